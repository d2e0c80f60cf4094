/// The fields Vigil understands in a generic feed, whatever a file calls them.
public enum CanonicalField: String, CaseIterable, Sendable {
    case id, createdAt = "created_at", platform, author, authorName = "author_name", followers, verified
    case kind, text, likes, shares, replies, views, reach, language = "lang", url, sentiment
    case parentID = "parent_id", conversationID = "conversation_id"
    /// A review's stars (1–5, "★★★", "FIVE"): the sentiment when the record gives none.
    case rating

    /// Header spellings accepted for each field (compared lowercased, with spaces and dashes as `_`).
    public var aliases: [String] {
        switch self {
        case .id: return ["id", "post_id", "mention_id", "tweet_id", "status_id", "native_id", "comment_id", "review_id", "message_id", "identificador", "kennung"]
        case .createdAt: return ["created_at", "date", "time", "timestamp", "published", "published_at", "created", "datetime", "date_time", "created_time", "fecha", "fecha_de_publicación", "fecha_de_publicacion", "fecha_y_hora", "datum", "erstellt", "erstellt_am", "veröffentlicht", "veröffentlicht_am", "zeitpunkt", "date_de_publication", "date_et_heure", "publié_le", "publie_le"]
        case .platform: return ["platform", "network", "source", "site", "channel", "plataforma", "plattform", "plateforme", "red_social", "red", "canal", "netzwerk", "kanal", "quelle", "réseau", "reseau", "réseau_social", "reseau_social"]
        case .author: return ["author", "handle", "username", "user", "screen_name", "autor", "auteur", "author_handle", "usuario", "cuenta", "benutzer", "benutzername", "nutzer", "konto", "utilisateur", "compte", "pseudo"]
        case .authorName: return ["author_name", "name", "display_name", "full_name", "nombre", "nom", "anzeigename"]
        case .followers: return ["followers", "follower", "followers_count", "seguidores", "abonnés", "abonnes", "abonnenten", "follower_anzahl"]
        case .verified: return ["verified", "is_verified", "verificado", "verifiziert", "vérifié"]
        case .kind: return ["kind", "type", "post_type", "tipo", "typ", "art"]
        case .text: return ["text", "content", "message", "body", "full_text", "hit_sentence", "comment", "texto", "mensaje", "comentario", "contenido", "publicación", "publicacion", "inhalt", "nachricht", "kommentar", "beitrag", "contenu", "commentaire", "texte", "publication"]
        case .likes: return ["likes", "like_count", "favorites", "favorite_count", "me_gusta", "gefällt_mir", "j'aime", "j’aime"]
        case .shares: return ["shares", "share_count", "retweets", "retweet_count", "reposts", "compartidos", "compartir", "geteilt", "teilungen", "partages"]
        case .replies: return ["replies", "reply_count", "comments", "comment_count", "respuestas", "comentarios", "antworten", "kommentare", "réponses", "commentaires"]
        case .views: return ["views", "view_count", "impressions", "impression_count"]
        case .reach: return ["reach", "alcance", "reichweite", "portée"]
        case .language: return ["lang", "language", "idioma", "sprache", "langue"]
        case .url: return ["url", "link", "permalink", "permalink_url", "post_url", "enlace", "vínculo", "verknüpfung", "lien"]
        case .sentiment: return ["sentiment", "sentimiento", "stimmung", "sentiment_label", "tonalidad", "tonalität", "tonalité"]
        case .parentID: return ["parent_id", "in_reply_to", "in_reply_to_id", "reply_to"]
        case .conversationID: return ["conversation_id", "thread_id"]
        case .rating: return ["rating", "stars", "star_rating", "review_stars", "score_stars", "valoración", "valoracion", "puntuación", "puntuacion", "estrellas", "bewertung", "sterne", "étoiles", "etoiles", "note_sur_5"]
        }
    }

    private static let byAlias: [String: CanonicalField] = {
        var table: [String: CanonicalField] = [:]
        for field in CanonicalField.allCases {
            for alias in field.aliases where table[alias] == nil { table[alias] = field }
        }
        return table
    }()

    /// The canonical field a header names, if any.
    public init?(header: String) {
        // Fast path: JSON keys are usually already in canonical form.
        if let field = CanonicalField.byAlias[header] {
            self = field
            return
        }
        self.init(key: header.headerKey)
    }

    /// The canonical field a header already in `headerKey` form names, if any.
    init?(key: String) {
        guard let field = CanonicalField.byAlias[key] else { return nil }
        self = field
    }
}

/// One record's values by canonical field, as UTF-8 bytes, for `MentionMapper`.
///
/// Importers point a field at their input bytes (no copy: the import hot path decodes only
/// the fields a mention keeps as text) or store a value they had to decode (unescaped quotes,
/// JSON escapes, rendered numbers) in the record's own arena. Pointed-at input must outlive
/// the record's use, which importers guarantee by mapping inside their `withUnsafeBytes`.
/// A class, not a struct: the values point into its arena, so a copy that could be cleared
/// while the original still reads them must not exist. Importers reuse one per file.
public final class FieldRecord {
    // Raw memory behind `let`s: a class's `var` array would pay a runtime exclusivity check
    // on every field of every row.
    private let values: UnsafeMutablePointer<UnsafeBufferPointer<UInt8>?>
    private let arena = ByteArena()
    private static let fieldCount = CanonicalField.allCases.count

    public init() {
        values = .allocate(capacity: Self.fieldCount)
        values.initialize(repeating: nil, count: Self.fieldCount)
    }

    deinit {
        values.deallocate()
    }

    /// The field's bytes, or nil when the record has none.
    /// Always inlined: a mapper reads every field of every row, and the call cost 2% of a CSV import.
    public subscript(field: CanonicalField) -> UnsafeBufferPointer<UInt8>? {
        @inline(__always) get { values[field.index] }
    }

    /// Points the field at bytes the caller keeps alive.
    public func point(_ field: CanonicalField, at bytes: UnsafeBufferPointer<UInt8>) {
        values[field.index] = bytes
    }

    /// Stores a copy of the text.
    public func set(_ field: CanonicalField, _ text: String) {
        var text = text
        values[field.index] = text.withUTF8 { arena.copy($0) }
    }

    /// Reserves `count` bytes in the arena for the field; the caller fills them through `body`,
    /// which returns how many it wrote.
    public func write(_ field: CanonicalField, capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        let buffer = arena.allocate(capacity)
        let written = body(buffer)
        values[field.index] = UnsafeBufferPointer(rebasing: buffer[..<written])
    }

    public func removeAll() {
        values.update(repeating: nil, count: Self.fieldCount)
        arena.reset()
    }
}

extension CanonicalField {
    /// Position in `allCases`, without hashing on the hot path.
    var index: Int {
        switch self {
        case .id: return 0
        case .createdAt: return 1
        case .platform: return 2
        case .author: return 3
        case .authorName: return 4
        case .followers: return 5
        case .verified: return 6
        case .kind: return 7
        case .text: return 8
        case .likes: return 9
        case .shares: return 10
        case .replies: return 11
        case .views: return 12
        case .reach: return 13
        case .language: return 14
        case .url: return 15
        case .sentiment: return 16
        case .parentID: return 17
        case .conversationID: return 18
        case .rating: return 19
        }
    }
}
