/// Threats the phrase list does not spell out: a word of violence ("stab", "paliza",
/// "abstechen", "cramer") with, within a few words before it, someone announcing or calling for
/// it ("I'll", "voy a", "ich werde", "je vais", "should be", "habría que", "man sollte"), and
/// a person it is aimed at near it ("you", "te", "dich", "toi", "the CEO", "los empleados").
/// Anger at a product ("I'm going to smash this toaster") names no person; words that are
/// as often harmless ("shoot you an email", "l'appli va planter", "kalt") are left out.
enum ThreatPattern {
    static func fold(_ words: String) -> Set<String> {
        Set(words.split(whereSeparator: { $0.isWhitespace }).map { ModerationText.fold(String($0)) })
    }

    static let violence = fold("""
    stab stabbed kill killed murder hurt beat beaten beating punch punched smash smashed strangle shot burn torch \
    bash batter slap choke strangled knife bleed bleeding
    matar mato matarte lastimar herir apunalar apunalo acuchillar paliza palizas partir parto partirle reventar revienta reviento quemar prender fuego \
    golpear golpearte pegar pegarle pegarte romper rompo degollar ahorcar puñalada punalada punaladas tiro tiros
    umbringen toten tote abstechen steche stech verprugeln verprugelt schlagen schlage schlag totschlagen abfackeln anzunden anzuenden \
    aufschlitzen erwurgen erschiessen kaputtschlagen fresse polieren polier zusammenschlagen platt tot sprenge sprengen
    tuer tue buter bute defoncer defonce cramer brule bruler frapper cogner massacrer poignarder egorger crever saigner \
    casser peter tabasser tabasse lyncher fracasser eclate eclater fusil molotov peau
    """)

    static let intent = fold("""
    ll ill will gonna going should needs need deserve deserves deserved wait waiting someone somebody
    voy vamos va habria tendria deberia deberian hay merece merecen ojala espero
    werde werd werden sollte sollten muss musste gehort verdient wart warte jemand
    vais vas allons vont faudrait faut devrait devraient merite meritent attends quelqu
    """)

    static let targets = fold("""
    you your ya u him her them ceo boss manager managers staff employee employees agent agents owner owners rep supervisor
    te ti tu tus jefe jefes empleado empleados empleada agente ceo dueno encargado encargada supervisor
    dich dir du dein deine euch ihn ihm sie chef mitarbeiter mitarbeiterin mitarbeitern inhaber filialleiter
    toi ta ton tes vous votre vos lui leur patron employe employes agent gerant responsable pdg
    """)

    /// The first threatening stretch of `words`, or nil: the person aimed at within three
    /// words before the violence or four after it ("te voy a matar", "I'll stab your manager").
    static func find(_ words: [String]) -> String? {
        guard words.contains(where: targets.contains) else { return nil }
        for (index, word) in words.enumerated() where violence.contains(word) {
            let start = max(0, index - 6)
            guard words[start..<index].contains(where: intent.contains) else { continue }
            let near = words[max(0, index - 3)..<min(words.count, index + 5)]
            if near.contains(where: targets.contains) { return words[start...index].joined(separator: " ") }
        }
        return nil
    }
}
