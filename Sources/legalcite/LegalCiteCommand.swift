import ArgumentParser

@main
struct LegalCiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "legalcite",
        abstract: "Reads U.S. court orders and opinions and writes their caption, signature and citations as JSON.",
        discussion: """
            Exit codes: 0 success; 64 usage error; 65 an input could not be read (not text, not UTF-8, \
            too large); 74 an I/O error.
            """,
        version: "0.1.0",
        subcommands: [Extract.self, Batch.self, Query.self, Index.self, Evaluate.self],
        defaultSubcommand: Extract.self)
}

/// Exit codes of `sysexits.h`, as CLI.md asks.
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let ioError: Int32 = 74
}
