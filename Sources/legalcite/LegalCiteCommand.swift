import ArgumentParser
import Foundation
import LegalCiteBatch

@main
struct LegalCiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "legalcite",
        abstract: "Reads U.S. court orders and opinions and writes their caption, signature and citations as JSON.",
        discussion: """
            Exit codes: 0 success; 64 usage error (also an output or index that --force may not \
            replace); 65 an input that is missing or could not be read (not text, not UTF-8, too \
            large, a corrupt index); 74 an I/O error (a failed write); 75 the output or index is in \
            use by another run; 130 interrupted.
            """,
        version: "0.1.0",
        subcommands: [Extract.self, Batch.self, Query.self, Index.self, Evaluate.self, Annotate.self, Serve.self],
        defaultSubcommand: Extract.self)

    static func main() {
        StandardStreams.prepare()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, let meant = mistypedSubcommand(first) {
            StandardStreams.report("legalcite: unknown subcommand '\(first)' (did you mean '\(meant)'? see legalcite --help)")
            Foundation.exit(ExitStatus.usage)
        }
        main(arguments)
    }

    /// The subcommand `word` looks like a typing slip of, when it is not one itself and no file
    /// of that name exists (then it is a document for the default subcommand, `extract`).
    static func mistypedSubcommand(_ word: String) -> String? {
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(word), word.count >= 3, word.allSatisfy({ $0.isASCII && $0.isLetter }),
              access(word, F_OK) != 0
        else { return nil }
        return names.first { editDistance(Array(word.lowercased()), Array($0)) <= 2 }
    }

    /// Levenshtein distance.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Exit codes of `sysexits.h`, as CLI.md asks.
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let ioError: Int32 = 74
    /// EX_TEMPFAIL: another run holds the output or index; try again when it is done.
    static let inUse: Int32 = 75
}

extension ExitStatus {
    /// The exit status of a failed batch or index run.
    static func of(_ error: Error) -> Int32 {
        switch (error as? BatchRunner.Failure)?.kind ?? .io {
        case .usage: usage
        case .input: dataError
        case .io: ioError
        case .inUse: inUse
        }
    }
}
