import ArgumentParser
import Foundation
import LegalCiteBatch

/// `legalcite query --index FILE.sqlite …`: questions researchers ask of a batch run's index.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask an index which documents cite a case, rule or statute, or what is cited most.",
        discussion: """
            Give one of --cites, --case, --rule, --statute or --top; or only --court/--from/--to to list \
            documents. --court and the dates (the signature's date; YYYY, YYYY-MM or YYYY-MM-DD, \
            inclusive) narrow any query. Each hit names its document, its span (Unicode-scalar \
            offsets, as in the JSON) and a snippet of context. A table on a terminal, JSON or CSV \
            with --json or --csv (JSON when standard output is not a terminal); the table shows \
            control characters and bidirectional overrides escaped (\\x1B, \\u{202E}), JSON and \
            CSV keep the text exact. The index is only read (a read-only file in a read-only folder \
            too). Exit codes: 0 answered, 64 usage error, 65 a missing, corrupt or foreign index, \
            74 output failed.
            """)

    @Option(help: "The index written by `legalcite batch --index`.")
    var index: String

    @Option(help: "Documents citing this case, by any of its cites: \"556 U.S. 662\".")
    var cites: String?

    @Option(name: .customLong("case"), help: "Documents citing a case whose name contains this: Iqbal.")
    var caseName: String?

    @Option(help: "Documents citing a rule: \"FRCP 26\", \"Fed. R. Evid. 702\", \"D. Kan. Rule 7.1\".")
    var rule: String?

    @Option(help: "Documents citing a statute or regulation: \"42 U.S.C. § 1983\".")
    var statute: String?

    @Flag(help: "The most-cited authorities (with --kind to choose one kind).")
    var top = false

    @Option(help: "With --top: case, statute, regulation, rule, constitution or journal.")
    var kind: String?

    @Option(help: "Only documents of this court (courts-db id: ksd, nysd, ca10).")
    var court: String?

    @Option(help: "Only documents signed on or after this date.")
    var from: String?

    @Option(help: "Only documents signed on or before this date.")
    var to: String?

    @Option(help: "At most this many rows (0 for all).")
    var limit: Int = 100

    @Flag(help: "JSON output.")
    var json = false

    @Flag(help: "CSV output.")
    var csv = false

    func validate() throws {
        let subjects = [cites != nil, caseName != nil, rule != nil, statute != nil, top].filter { $0 }.count
        if subjects > 1 { throw ValidationError("Give one of --cites, --case, --rule, --statute and --top.") }
        if subjects == 0 && court == nil && from == nil && to == nil {
            throw ValidationError("Give --cites, --case, --rule, --statute or --top, or --court/--from/--to to list documents.")
        }
        if kind != nil && !top { throw ValidationError("--kind goes with --top.") }
        if json && csv { throw ValidationError("--json or --csv, not both.") }
        if limit < 0 { throw ValidationError("--limit must be 0 or more.") }
    }

    func run() throws {
        let subject: IndexQuery.Subject =
            if let cites { .cite(cites) }
            else if let caseName { .caseName(caseName) }
            else if let rule { .rule(rule) }
            else if let statute { .statute(statute) }
            else if top { .top(kind: kind) }
            else { .documents }
        let table: QueryTable
        do {
            table = try IndexReader(path: index).run(IndexQuery(subject: subject, court: court, from: from, to: to, limit: limit))
        } catch {
            StandardStreams.report("legalcite: query: \(error)")
            throw ExitCode(error is QueryFailure ? ExitStatus.usage : ExitStatus.dataError)
        }
        let text = csv ? table.csv() : (json || isatty(1) == 0) ? table.json() : table.table()
        let output = OutputStream()
        output.write(text)
        output.flush()
    }
}
