/// The larger word lists of `AbuseDetector`, per language, folded as `ModerationText` folds
/// (lower case, no accents). Written for Vigil (#30) from common usage; words that are also said
/// of products or companies in plain complaints ("garbage", "liars", "scammers", "thieves")
/// are left out, and words that also name animals or everyday things ("cow", "troll",
/// "clown") count only when aimed ("you cow", "is a clown").
///
/// Data, not logic: over 400 lines because four languages of word lists are, and kept in one
/// file so a reviewer sees every language's list side by side.
enum AbuseLexicon {
    /// Nouns that insult a person, when aimed at someone ("you moron", "your agent is a moron").
    static let aimedInsults: [String: String] = [
        "en": """
    moron morons imbecile imbeciles dimwit dimwits halfwit halfwits dumbass dumbasses numpty numpties muppet
    muppets tosser tossers wanker wankers prick pricks twat twats hag hags weasel weasels scumbag scumbags
    lowlife lowlifes creep creeps douchebag douchebags douche clown clowns troll trolls cow cows idiot idiots
    asshole assholes arsehole arseholes bastard bastards bitch bitches dickhead dickheads jerk jerks cretin
    cretins nitwit dunce buffoon buffoons dipshit dipshits shithead shitheads cunt cunts slut sluts whore whores
    skank skanks retard retards loser losers sleazebag sleazebags dirtbag dirtbags knobhead bellend bellends
    pillock pillocks plonker plonkers prat prats fuckwit fuckwits fuckface fucker fuckers motherfucker
    motherfuckers cocksucker jackass jackasses pervert perverts pedo paedo incel twit airhead bonehead boneheads
    blockhead meathead numbskull fatass swine scum faggot faggots nigger niggers kike kikes spic spics wetback
    wetbacks raghead ragheads towelhead towelheads snake snakes rat rats pig pigs
    """,
        "es": """
    imbecil imbeciles gilipollas pendejo pendeja pendejos pendejas boludo boluda boludos boludas pelotudo
    pelotuda pelotudos pelotudas capullo capulla capullos tarado tarada tarados taradas subnormal subnormales
    mamon mamona mamones cabron cabrona cabrones cabronas zorra zorras payaso payasa payasos payasas idiota
    idiotas cretino cretina cretinos cretinas hijoputa hijueputa malparido malparida malparidos huevon huevona
    huevones weon weones culero culera culeros puta putas guarra guarras guarro guarros mamarracho mamarrachos
    bobo boba bobos bobas soplapollas lerdo lerda lerdos patan patanes canalla canallas
    desgraciado desgraciada desgraciados bastardo bastarda bastardos maricon maricones sudaca
    sudacas mongolo mongola mongolos baboso babosos chupapollas comemierda comemierdas lameculos pringado
    pringados paleto paletos cagon cagona pervertido pervertida pervertidos pedofilo pedofilos naco troll trolls
    bufon bufones majadero majaderos vaca vacas serpiente serpientes comadreja rata ratas amargado amargada
    amargados cenutrio cenutria
    """,
        "de": """
    vollidiot vollidioten vollidiotin vollpfosten trottel trotteln depp deppen spast spasten spasti spastis
    lappen wichser wixer arschloch arschlocher hurensohn hurensohne missgeburt missgeburten schlampe schlampen
    penner dummkopf dummkopfe idiot idioten idiotin arschgeige arschgeigen arschgesicht sackgesicht hackfresse
    dumpfbacke dumpfbacken hohlkopf hohlkopfe hohlbirne vollhonk hirni hirnis dodel spacko spackos bastard
    bastarde drecksack drecksau dreckskerl mistkerl mistkerle scheisskerl miststuck drecksstuck dreckschwein kuh
    nutte nutten fotze fotzen flittchen zicke zicken tussi tussis schnepfe luder lusche luschen schwachkopf
    schwachkopfe schwachmat schwachmaten knalltute pissnelke pisser kinderschander schmarotzer abschaum pobel
    assi assis proll prolls prolet proleten hinterwaldler schwuchtel schwuchteln kanake kanaken neger witzfigur
    witzfiguren clown clowns hampelmann pappnase pappnasen flachpfeife flachzange nulpe dummbeutel
    evolutionsbremse hohlbratze kackbratze schwanzlutscher arschkriecher speichellecker hurenbock dreckshure
    drecksfotze troll trolle hetzer schlange ratte ratten schwein schweine lauch ziege ziegen affe affen
    volltrottel schande
    """,
        "fr": """
    connard connards connasse connasses conne connes abruti abrutis abrutie abruties debile debiles cretin
    cretins cretine cretines imbecile imbeciles bouffon bouffons bouffonne boloss bolos enfoire enfoires enfoiree
    encule encules enculee salaud salauds salope salopes batard batards batarde ordure ordures raclure raclures
    petasse petasses tocard tocards tocarde guignol guignols idiot idiote idiots idiotes couillon couillons
    couillonne baltringue baltringues charogne charognes crevard crevards gogol gogols triso golmon cassos
    pouffiasse pouffiasses poufiasse grognasse garce garces catin salopard salopards merdeux merdeuse pede pedes
    tarlouze gouine gouines bougnoule bougnoules youpin youpins bamboula crouille blaireau blaireaux clown clowns
    pignouf pignoufs plouc ploucs lopette lopettes mauviette trouillard trouillarde trouillards nullard nullards
    teube trouduc neuneu nigaud nigauds benet benets bouseux pecquenaud feignasse saligaud fdp troll trolls
    serpent vipere rat rats porc porcs gourde gourdes conasse conasses chien chienne chiens tache taches vache
    vaches ane anes
    """,
    ]

    /// Of those, the ones that insult wherever they stand ("@ana shut up, moron").
    static let standaloneInsults: [String: String] = [
        "en": """
    moron morons imbecile imbeciles dimwit dimwits halfwit halfwits dumbass dumbasses numpty numpties muppet
    muppets tosser tossers wanker wankers prick pricks twat twats scumbag scumbags lowlife lowlifes douchebag
    douchebags douche idiot idiots asshole assholes arsehole arseholes bastard bastards bitch bitches dickhead
    dickheads cretin cretins nitwit buffoon buffoons dipshit dipshits shithead shitheads cunt cunts slut sluts
    whore whores skank skanks retard retards loser losers sleazebag sleazebags dirtbag dirtbags knobhead bellend
    bellends pillock pillocks plonker plonkers fuckwit fuckwits fuckface fucker fuckers motherfucker
    motherfuckers cocksucker jackass jackasses pervert perverts pedo paedo incel airhead bonehead boneheads
    blockhead meathead numbskull fatass scum faggot faggots nigger niggers kike kikes spic spics wetback wetbacks
    raghead ragheads towelhead towelheads
    """,
        "es": """
    imbecil imbeciles gilipollas pendejo pendeja pendejos pendejas capullo capulla capullos tarado tarada tarados
    taradas subnormal subnormales zorra zorras idiota idiotas cretino cretina cretinos cretinas hijoputa
    hijueputa malparido malparida malparidos culero culera culeros mamarracho mamarrachos soplapollas lerdo lerda
    lerdos patan patanes canalla canallas desgraciado desgraciada desgraciados bastardo bastarda bastardos
    maricon maricones sudaca sudacas mongolo mongola mongolos escoria baboso babosos chupapollas comemierda
    comemierdas lameculos pringado pringados cagon cagona pervertido pervertida pervertidos pedofilo pedofilos
    majadero majaderos cenutrio cenutria
    """,
        "de": """
    vollidiot vollidioten vollidiotin vollpfosten trottel trotteln depp deppen spast spasten spasti spastis
    wichser wixer arschloch arschlocher hurensohn hurensohne missgeburt missgeburten schlampe schlampen penner
    dummkopf dummkopfe idiot idioten idiotin arschgeige arschgeigen arschgesicht sackgesicht hackfresse
    dumpfbacke dumpfbacken hohlkopf hohlkopfe hohlbirne vollhonk hirni hirnis dodel spacko spackos bastard
    bastarde drecksack drecksau dreckskerl mistkerl mistkerle scheisskerl miststuck drecksstuck dreckschwein
    nutte nutten fotze fotzen flittchen schnepfe lusche luschen schwachkopf schwachkopfe schwachmat schwachmaten
    knalltute pissnelke pisser kinderschander schmarotzer abschaum pobel hinterwaldler schwuchtel schwuchteln
    kanake kanaken neger witzfigur witzfiguren pappnase pappnasen flachpfeife flachzange nulpe dummbeutel
    evolutionsbremse hohlbratze kackbratze schwanzlutscher arschkriecher speichellecker hurenbock dreckshure
    drecksfotze hetzer volltrottel
    """,
        "fr": """
    connard connards connasse connasses conne connes abruti abrutis abrutie abruties cretin cretins cretine
    cretines imbecile imbeciles bouffon bouffons bouffonne boloss bolos enfoire enfoires enfoiree encule encules
    enculee salaud salauds salope salopes batard batards batarde ordure ordures raclure raclures petasse petasses
    tocard tocards tocarde idiot idiote idiots idiotes couillon couillons couillonne baltringue baltringues
    crevard crevards gogol gogols triso golmon cassos pouffiasse pouffiasses poufiasse grognasse garce garces
    catin salopard salopards merdeux merdeuse pede pedes tarlouze gouine gouines bougnoule bougnoules youpin
    youpins bamboula crouille pignouf pignoufs lopette lopettes mauviette trouillard trouillarde trouillards
    nullard nullards teube trouduc pecquenaud feignasse saligaud fdp conasse conasses
    """,
    ]

    /// Adjectives that may stand between "you"/"is" and the insult ("you stupid ugly cow").
    static let adjectives: [String: String] = [
        "en": """
    stupid dumb useless rude lazy fat ugly pathetic miserable old little incompetent arrogant brainless clueless
    absolute complete total utter bloody fucking fuckin effing freaking frigging damn damned goddamn worthless
    disgusting filthy dirty nasty vile lying cheating thieving dishonest greedy selfish ignorant idiotic moronic
    retarded braindead insufferable obnoxious smug entitled pitiful spineless gutless cowardly smelly stinking
    stinky crazy deranged senile creepy sleazy slimy greasy shitty crappy lousy twisted evil wretched horrible
    uneducated illiterate thick dense dozy daft gormless pompous whiny spoiled spoilt bitchy hideous fugly scummy
    bigoted racist sexist fake phony big massive sodding blithering drooling inbred
    """,
        "es": """
    puto puta putos putas maldito maldita malditos malditas estupido estupida estupidos estupidas tonto tonta
    tontos tontas inutil inutiles gordo gorda gordos gordas feo fea feos feas asqueroso asquerosa asquerosos
    asquerosas vago vaga vagos vagas viejo vieja viejos viejas pobre pobres miserable miserables patetico
    patetica pateticos pateticas ignorante ignorantes inepto inepta ineptos ineptas incompetente incompetentes
    arrogante arrogantes sucio sucia sucios sucias maleducado maleducada maleducados maleducadas pinche pinches
    jodido jodida jodidos jodidas retrasado retrasada retrasados retrasadas amargado amargada amargados amargadas
    ridiculo ridicula ridiculos ridiculas infeliz infelices repugnante repugnantes despreciable despreciables
    mediocre mediocres completo completa autentico autentica verdadero verdadera enfermo enferma loco loca
    """,
        "de": """
    dumm dumme dummer dummes dummen blod blode bloder blodes bloden doof doofe doofer doofes hasslich hassliche
    hasslicher hassliches fett fette fetter fettes alte alter dreckig dreckige dreckiger dreckiges elende elender
    elendes erbarmlich erbarmliche erbarmlicher erbarmliches nutzlos nutzlose nutzloser nutzloses faule fauler
    faules verdammt verdammte verdammter verdammtes bescheuert bescheuerte bescheuerter bescheuertes bekloppt
    bekloppte bekloppter beklopptes gestort gestorte gestorter gestortes behindert behinderte behinderter
    behindertes kleine kleiner kleines miese mieser mieses verlogen verlogene verlogener verlogenes hirnlos
    hirnlose hirnloser hirnloses ekelhaft ekelhafte ekelhafter ekelhaftes widerlich widerliche widerlicher
    widerliches arrogante arroganter arrogantes inkompetente asoziale asozialer unfahige unfahiger scheiss drecks
    absolute absoluter absolutes echte echter echtes
    """,
        "fr": """
    sale sales petit petite petits petites gros grosse grosses vieux vieille vieilles pauvre pauvres stupide
    stupides moche moches laide laides minable minables pathetique pathetiques miserable miserables pitoyable
    pitoyables incompetent incompetente incompetents incompetentes arrogant arrogante arrogants arrogantes
    feignant feignante feignants feignantes faineant faineante faineants ignorant ignorante ignorants ignorantes
    inutile inutiles degueulasse degueulasses immonde immondes ignoble ignobles infect infecte putain foutu
    foutue foutus foutues maudit maudite maudits grand grande grands triple sombre affreux affreuse horrible
    horribles malhonnete malhonnetes lache laches cingle cinglee degenere degeneree degeneres puant puante puants
    ridicule ridicules parfait parfaite mechant mechante mechants odieux odieuse pretentieux pretentieuse raciste
    racistes
    """,
    ]

    /// Threats of harm to a person, as folded word sequences, one per line.
    static let threats: [String: String] = [
        "en": """
    i ll stab you
    i will stab you
    ill stab you
    i ll kill you
    ill kill you
    i m going to kill you
    gonna kill you
    i will find you
    i ll find you
    i know where you live
    i know which street you live on
    i know where your kids
    i know where you work
    watch your back
    you won t like what happens
    should be dragged out and beaten
    smash your face
    smash your face in
    set fire to
    burn your store down
    burn your house down
    i ll burn your
    i ll hurt
    i ll come to your
    waiting in the car park
    i ll break your legs
    break your legs
    i ll break your neck
    i ll beat you
    beat the shit out of you
    i ll punch you
    punch your lights out
    knock your teeth out
    i ll slit your throat
    slit your throat
    put a bullet in
    i ll shoot you
    i will shoot you
    you re going to die
    you re a dead man
    you deserve to die
    hope you die
    someone should shoot you
    someone should kill you
    i ll make you pay
    you ll pay for this
    i ll end you
    i ll ruin your life
    sleep with one eye open
    your days are numbered
    i m coming for you
    we re coming for you
    coming to get you
    i ll cut you
    i ll rape you
    rape you
    throw acid
    acid in your face
    i ll strangle you
    i ll run you over
    i will hurt you
    hurt your family
    your family will pay
    i ll make you suffer
    blow up your
    kill yourself
    go kill yourself
    go die
    see you outside
    i ll be waiting outside
    """,
        "es": """
    te voy a partir la cara
    te voy a reventar
    se donde vives
    vas a acabar mal
    vas a terminar mal
    te voy a matar
    voy a matarte
    te vamos a matar
    te rompo la cara
    te parto la cara
    te voy a romper la cara
    te voy a partir
    te voy a pegar
    te voy a dar una paliza
    te voy a buscar
    te voy a encontrar
    te vamos a encontrar
    voy a ir a por ti
    voy a por ti
    vamos a por ti
    se donde trabajas
    se donde estudias
    se donde viven tus
    se donde esta tu casa
    cuidate la espalda
    cuida tu espalda
    te voy a quemar
    quemar tu casa
    quemar tu tienda
    te voy a apunalar
    te voy a acuchillar
    te meto un tiro
    te pego un tiro
    te voy a pegar un tiro
    te voy a romper las piernas
    te rompo las piernas
    te voy a cortar el cuello
    te corto el cuello
    te voy a degollar
    te voy a ahorcar
    te voy a violar
    te espero a la salida
    te espero afuera
    tus dias estan contados
    eres hombre muerto
    estas muerto
    estas muerta
    te vas a morir
    ojala te mueras
    deberias morirte
    alguien deberia matarte
    te voy a arruinar la vida
    te voy a hacer dano
    voy a ir a tu casa
    dejarte en silla de ruedas
    te voy a sacar los ojos
    te voy a desfigurar
    te reviento
    te mato
    me las vas a pagar
    las vas a pagar
    vas a acabar en el hospital
    """,
        "de": """
    ich weiss wo du wohnst
    ich weiss wo du arbeitest
    ich weiss wo deine kinder
    ich polier dir die fresse
    ich polier dir die schnauze
    pass bloss auf
    ich mach dich kalt
    ich bring dich um
    ich bringe dich um
    ich bringe euch um
    ich werde dich umbringen
    ich werde dich toten
    ich tote dich
    ich stech dich ab
    ich steche dich ab
    ich schlag dich tot
    ich schlage dich tot
    ich hau dir die fresse
    ich schlag dir die fresse
    ich hau dir eine rein
    ich breche dir die beine
    ich brech dir die beine
    ich brech dir alle knochen
    ich brech dir das genick
    ich mach dich platt
    ich mach dich fertig
    ich krieg dich
    ich kriege dich
    wir kriegen dich
    wir finden dich
    ich werde dich finden
    ich finde dich
    dir wird was passieren
    sonst passiert was
    das wirst du bereuen
    deine tage sind gezahlt
    du bist ein toter mann
    du bist so gut wie tot
    du bist tot
    ich zund dein haus an
    ich zunde dein haus an
    dein haus anzunden
    ich warte draussen auf dich
    ich erschiess dich
    ich erschiesse dich
    ich knall dich ab
    ich knalle dich ab
    man sollte dich aufhangen
    man sollte dich erschiessen
    man sollte dich vergasen
    an die wand gestellt
    ich vergewaltige dich
    ich schlitz dich auf
    ich schneid dir die kehle
    ich mach dich alle
    ich trete dich zusammen
    ich werde dir wehtun
    ich tu dir weh
    ich komme zu dir nach hause
    du wirst sterben
    bring dich doch um
    geh sterben
    verreck doch
    """,
        "fr": """
    je vais te defoncer
    je sais ou tu habites
    je vais te retrouver
    fais gaffe a toi
    on va te faire la peau
    je vais te faire la peau
    je vais te tuer
    je vais te buter
    je vais te crever
    je vais te planter
    je vais te saigner
    je vais t egorger
    je vais te casser la gueule
    je vais te peter la gueule
    je te casse la gueule
    je vais te casser les jambes
    je vais te bruler
    bruler ta maison
    mettre le feu a ta
    on va te retrouver
    on sait ou tu habites
    je sais ou tu travailles
    je sais ou sont tes
    je vais venir chez toi
    on va venir chez toi
    je t attends a la sortie
    je t attends dehors
    tu vas crever
    tu vas mourir
    t es un homme mort
    tu es un homme mort
    tes jours sont comptes
    je vais te frapper
    je vais te cogner
    je vais te fracasser
    je vais t eclater
    je vais te demolir
    je vais te massacrer
    je vais t etrangler
    je vais te violer
    je vais te tirer dessus
    je vais te mettre une balle
    une balle dans la tete
    je te tue
    je vais te faire du mal
    je vais te faire souffrir
    je vais te pourrir la vie
    tu merites de crever
    tu merites de mourir
    va te pendre
    va crever
    tu devrais crever
    suicide toi
    on devrait te pendre
    faut le buter
    faut la buter
    surveille tes arrieres
    je te retrouverai
    je vais te choper
    on va te choper
    je vais te tabasser
    on va te tabasser
    je vais te lyncher
    """,
    ]

    /// Words that insult only after "you are", "eres", "du bist", "t'es" ("you useless…"):
    /// after "is" they are as often said of a product or a service ("the app is useless").
    static let secondPersonOnly: [String: String] = [
        "en": "thick brainless clueless",
        "es": "tonto tonta tontos tontas basura escoria estupido estupida estupidos estupidas maleducado maleducada maleducados prepotente prepotentes",
        "de": "dumm blod bloed",
        "fr": "merde",
    ]

    /// Strongly insulting adjectives that make the insult noun right after them aimed ("dumme
    /// Kuh", "sale chien", "stupid cow"), where a milder one is just description ("fat cow's milk").
    static let insultingAdjectives: [String: String] = [
        "en": "stupid dumb ugly filthy pathetic miserable worthless useless dirty bloody fucking",
        "es": "estupida estupido tonta tonto fea feo maldita maldito asquerosa asqueroso pinche puto puta",
        "de": "dumme dummer dummes blode bloder blodes damliche damlicher hassliche hasslicher dreckige dreckiger verdammte verdammter",
        "fr": "sale pauvre grosse gros espece vieille vieux putain",
    ]

    /// Words that report someone else's insult ("someone called the CEO an idiot").
    static let reporting = """
    called calls calling call named said say says wrote written llamo llamaron llamar llama llamado llamarme decirme dije dijo dicho decir escrito \
    nannte nannten nennt bezeichnete beschimpfte gesagt sagt sagte geschrieben traite traitee traites traiter insulte insultee dit ecrit
    """

    /// A language's list as words.
    static func words(_ lists: [String: String]) -> [String] {
        lists.values.flatMap { $0.split(whereSeparator: { $0.isWhitespace }).map(String.init) }
    }
}
