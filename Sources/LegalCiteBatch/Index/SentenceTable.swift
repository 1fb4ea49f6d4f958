import LegalCite

/// The sentence around each mention, for the citing-sentence pages of `legalcite serve`: a table
/// of its own beside `mentions` (added in schema 1 without changing a table: an index without it
/// is read as before, its sentences cut from the mentions' context). A batch run cuts each
/// sentence from up to `width` bytes of the document on each side of the mention, and keeps it
/// only where the mention's stored context does not already hold the whole sentence (a reader
/// cuts those from the context); `legalcite index`, which has no text around a mention, writes
/// none.
enum SentenceTable {
    static let width = 300

    static let schema = """
        CREATE TABLE IF NOT EXISTS mention_sentences(
            doc INTEGER NOT NULL, ordinal INTEGER NOT NULL,
            before TEXT NOT NULL, after TEXT NOT NULL,   -- the sentence's text before and after the mention
            cut_before INTEGER NOT NULL, cut_after INTEGER NOT NULL,  -- 1: the sentence runs on past the window
            PRIMARY KEY(doc, ordinal)) WITHOUT ROWID;
        """

    static let insert = "INSERT INTO mention_sentences(doc, ordinal, before, after, cut_before, cut_after) VALUES (?, ?, ?, ?, ?, ?)"
    static let truncate = "DELETE FROM mention_sentences WHERE doc >= ?"

    /// The sentence of the mention at `span` of `original`, when `context` (the mention's
    /// stored context) cuts it short; nil when the context holds all of it.
    static func sentence(_ original: [UInt8], around span: Span, text: String, context: String) -> Sentence? {
        let short = Sentence.cut(context: context, mention: text)
        guard short.cutBefore || short.cutAfter else { return nil }
        return Sentence.cut(context: IndexRecord.context(original, around: span, width: width), mention: text)
    }

    static func row(doc: Int64, ordinal: Int, _ sentence: Sentence) -> [SQLiteStatement.Value] {
        [.integer(doc), .integer(Int64(ordinal)), .text(sentence.before), .text(sentence.after),
         .integer(sentence.cutBefore ? 1 : 0), .integer(sentence.cutAfter ? 1 : 0)]
    }
}
