import ArgumentParser
import Foundation
import LegalCiteBatch

/// `legalcite query --index FILE.sqlite …`: questions researchers ask of a batch run's index.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask an index which documents cite a case, rule or statute, what one document cites, or what is cited most.",
        discussion: """
            Give one of --cites, --case, --rule, --statute, --cited-by or --top; or only filters to list \
            documents (--document alone lists what that document cites). The filters narrow any query: \
            --court (a courts-db id), --from/--to (the document's date: YYYY, YYYY-MM or YYYY-MM-DD, \
            inclusive; documents without a date are left out, and said so, unless --undated include), \
            --docket (any spelling of the number: 2:12-cv-02486 and 12-2486-KHV-DJW meet), --judge, \
            --party (parts of names; case, accents and punctuation aside), --document. Each hit names \
            its document, its span (Unicode-scalar offsets, as in the JSON), a rule's subdivision and \
            a snippet of context; --per-document gives one row per document instead. A table on a \
            terminal, JSON or CSV with --json or --csv (JSON when standard output is not a terminal); \
            the table shows control characters and bidirectional overrides escaped (\\x1B, \\u{202E}), \
            JSON and CSV keep the text exact. A result cut by --limit says so on standard error. The \
            index is only read and nothing is created beside it (a read-only file or folder too). \
            Exit codes: 0 answered (an empty answer too), 64 usage error (an unknown --kind or court \
            id, a malformed or reversed date, a text that is no citation, an unknown --document), 65 a \
            missing, corrupt, foreign or older index, 74 output failed.
            """)

    @Option(help: "The index written by `legalcite batch --index` or `legalcite index`.")
    var index: String

    @Option(help: "Mentions of this case, by any of its parallel cites: \"556 U.S. 662\".")
    var cites: String?

    @Option(name: .customLong("case"), help: "Mentions of cases whose name holds this: Iqbal, \"Ashcroft v Iqbal\".")
    var caseName: String?

    @Option(help: "Mentions of a rule: \"FRCP 12\" (all of it), \"Fed. R. Civ. P. 12(b)(6)\" (that subdivision and under), \"D. Kan. Rule 7.1\".")
    var rule: String?

    @Option(help: "Mentions of a statute or regulation: \"42 U.S.C. § 1983\".")
    var statute: String?

    @Option(name: .customLong("cited-by"), help: "The documents citing this authority, one row each: \"556 U.S. 662\", \"FRCP 26\", \"42 U.S.C. § 1983\".")
    var citedBy: String?

    @Flag(help: "The most-cited authorities (with --kind to choose one kind).")
    var top = false

    @Option(help: "With --top: \(IndexQuery.authorityKinds.joined(separator: ", ")).")
    var kind: String?

    @Flag(help: "What the courts decided, one row per ruling (with --disposition, --motion and the filters).")
    var rulings = false

    @Option(help: "With --rulings: granted, denied, granted_in_part, moot, dismissed, withdrawn, affirmed, reversed, vacated, remanded, affirmed_in_part, adopted, other.")
    var disposition: String?

    @Option(help: "With --rulings: only motions whose name holds this: \"motion to dismiss\".")
    var motion: String?

    @Option(help: "Only mentions under this signal: see, \"see also\", \"but see\", cf., … (who distinguishes a case: --signal \"but see\").")
    var signal: String?

    @Flag(help: "The subsequent history of the cases found (aff'd, cert. denied, pet. denied), one row per phrase.")
    var history = false

    @Flag(name: .customLong("per-document"), help: "One row per document (its mentions counted) instead of one per mention.")
    var perDocument = false

    @Option(help: "Only this document (its name, last path part, or that without extension); alone: what it cites.")
    var document: String?

    @Option(help: "Only documents with this docket number, in any spelling: 2:12-cv-02486.")
    var docket: String?

    @Option(help: "Only documents a judge whose name holds this signed, wrote or sat on the panel of: Waxse.")
    var judge: String?

    @Option(help: "Only documents with a party whose name holds this: \"State of Kansas\".")
    var party: String?

    @Option(help: "Only documents of this court (courts-db id: ksd, nysd, ca10).")
    var court: String?

    @Option(help: "Only documents dated on or after this date.")
    var from: String?

    @Option(help: "Only documents dated on or before this date.")
    var to: String?

    @Option(help: "Documents without a date: include, exclude or only (by default left out by --from/--to, and said so).")
    var undated: IndexQuery.Undated?

    @Option(help: "At most this many rows (0 for all); a cut result says so on standard error.")
    var limit: Int = 100

    @Flag(help: "JSON output.")
    var json = false

    @Flag(help: "CSV output.")
    var csv = false

    func validate() throws {
        let subjects = [cites != nil, caseName != nil, rule != nil, statute != nil, citedBy != nil, top, rulings].filter { $0 }.count
        if subjects > 1 { throw ValidationError("Give one of --cites, --case, --rule, --statute, --cited-by, --top and --rulings.") }
        if (disposition != nil || motion != nil) && !rulings { throw ValidationError("--disposition and --motion go with --rulings.") }
        if history && (top || rulings || citedBy != nil || perDocument) { throw ValidationError("--history goes with --cites, --case, --rule, --statute or --document.") }
        let filters = [court, from, to, docket, judge, party, document].contains { $0 != nil } || undated != nil
        if subjects == 0 && !filters {
            throw ValidationError("Give --cites, --case, --rule, --statute, --cited-by or --top, or filters (--court, --from/--to, --docket, --judge, --party, --document) to list documents.")
        }
        if kind != nil && !top { throw ValidationError("--kind goes with --top.") }
        if perDocument && (top || (subjects == 0 && document == nil)) {
            throw ValidationError("--per-document goes with --cites, --case, --rule, --statute or --document.")
        }
        if json && csv { throw ValidationError("--json or --csv, not both.") }
        if limit < 0 { throw ValidationError("--limit must be 0 or more.") }
    }

    func run() throws {
        let subject: IndexQuery.Subject =
            if let cites { .cite(cites) }
            else if let caseName { .caseName(caseName) }
            else if let rule { .rule(rule) }
            else if let statute { .statute(statute) }
            else if let citedBy { .authority(citedBy) }
            else if top { .top(kind: kind) }
            else if rulings { .rulings }
            else if document != nil { .citations }
            else { .documents }
        var query = IndexQuery(subject: subject, perDocument: perDocument || citedBy != nil, court: court, from: from, to: to,
                               undated: undated, docket: docket, judge: judge, party: party, document: document, limit: limit)
        query.signal = signal
        query.history = history
        query.disposition = disposition
        query.motion = motion
        let answer: QueryAnswer
        do {
            answer = try IndexReader(path: index).answer(query)
        } catch {
            StandardStreams.report("legalcite: query: \(error)")
            throw ExitCode(error is QueryFailure ? ExitStatus.usage : ExitStatus.dataError)
        }
        let table = answer.table
        let text = csv ? table.csv() : (json || isatty(1) == 0) ? table.json() : table.table()
        let output = OutputStream()
        output.write(text)
        output.flush()
        if answer.undatedLeftOut > 0 {
            let documents = answer.undatedLeftOut == 1 ? "1 document" : "\(answer.undatedLeftOut) documents"
            StandardStreams.report("legalcite: query: \(documents) without a date left out by --from/--to (--undated include keeps them, --undated only lists them)")
        }
        if answer.isTruncated {
            StandardStreams.report("legalcite: query: \(table.rows.count) of \(answer.total) rows shown (--limit \(limit)); --limit 0 for all")
        }
    }
}

extension IndexQuery.Undated: ExpressibleByArgument {}
