import ArgumentParser
import Foundation
import LegalCite
import LegalCiteAnnotate

/// `legalcite annotate [FILE…] [--to html|markdown] [--out PATH]`: the document with every
/// citation marked.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a document with every citation marked, as a web page or Markdown.",
        discussion: """
            Reads each FILE, or standard input when none is given or FILE is -, extracts it and \
            writes the text itself with each citation marked: with --to html (the default) a \
            standalone page (each citation a link to its authority in a side list, an Id. or \
            short cite to the cite it refers back to, kind and resolution on hover; caption, \
            signature and rulings set off), with --to markdown the text with links. With --json, \
            the page is drawn from that result of FILE (fields added to the JSON later, such as \
            rulings, signals and authority ids, are drawn when present). HTML input \
            is shown as its source text, escaped. One input goes to standard output or --out \
            FILE; several need --out DIR, which gets NAME.html or NAME.md for each. Exit codes: \
            0 written, 64 usage error, 65 an input that could not be read, 74 a failed write.
            """)

    @Argument(help: "Files to read; - or nothing for standard input.")
    var files: [String] = []

    @Option(help: "Output: html (a standalone page) or markdown.")
    var to: Annotation.Format = .html

    @Option(help: "Write here instead of standard output (a folder when several FILEs are given).")
    var out: String?

    @Option(help: "Input markup: auto, text or html.")
    var format: TextFormat = .auto

    @Option(help: "Draw from this JSON result of FILE (from `extract`, or one `--jsonl` line) instead of extracting it.")
    var json: String?

    @Option(help: "Refuse documents larger than this many bytes.")
    var maxBytes: Int = 256 << 20

    func validate() throws {
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive.") }
        if json != nil && files.count != 1 { throw ValidationError("--json goes with one FILE: the text the result was made from.") }
        if files.count > 1 {
            guard let out else { throw ValidationError("several inputs need --out DIR, a folder for one page each.") }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--out \(out): several inputs need an existing folder.")
            }
            if files.contains("-") { throw ValidationError("- (standard input) cannot be one of several inputs.") }
        } else if let out, files.first.map({ Self.sameFile($0, out) }) == true {
            throw ValidationError("--out \(out) is the input itself.")
        }
    }

    func run() throws {
        let extractor = try Extractor()
        let options = Extractor.Options(format: format, maxBytes: maxBytes)
        var failed = false
        let sources = files.isEmpty ? ["-"] : files
        var written = Set<String>()
        for path in sources {
            let label = path == "-" ? "<stdin>" : path
            let page: String
            do {
                let bytes = try InputFiles.read(path, limit: maxBytes)
                if let json {
                    let result = try InputFiles.read(json, limit: Int.max / 2)
                    page = try Annotation.render(json: result, original: bytes, to: to, markup: isHTML(bytes))
                } else {
                    let name = path == "-" ? nil : (path as NSString).lastPathComponent
                    let document = try extractor.extract(bytes, name: name, options: options)
                    page = try Annotation.render(json: document.json(pretty: false), original: bytes, to: to, markup: isHTML(bytes))
                }
            } catch {
                StandardStreams.report("legalcite: \(label): \(error)")
                failed = true
                continue
            }
            if sources.count > 1, let folder = out {
                var target = (folder as NSString).appendingPathComponent(Self.pageName(path, format: to))
                // Two inputs of one name (a/order.txt, b/order.txt) do not overwrite each other.
                var suffix = 2
                while written.contains(target) {
                    target = (folder as NSString).appendingPathComponent(Self.pageName(path, format: to, suffix: suffix))
                    suffix += 1
                }
                written.insert(target)
                try write(page, to: target)
            } else if let out {
                try write(page, to: out)
            } else {
                let output = OutputStream()
                output.write(page)
                output.flush()
            }
        }
        if failed { throw ExitCode(ExitStatus.dataError) }
    }

    /// Whether the input is read as HTML (`--format`, or detected as the extractor detects it).
    private func isHTML(_ bytes: [UInt8]) -> Bool {
        format == .html || (format == .auto && Annotation.looksLikeHTML(bytes))
    }

    /// `orders/jones.txt` → `jones.html`.
    static func pageName(_ path: String, format: Annotation.Format, suffix: Int? = nil) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return base + (suffix.map { "-\($0)" } ?? "") + (format == .html ? ".html" : ".md")
    }

    private func write(_ page: String, to path: String) throws {
        if files.contains(where: { Self.sameFile($0, path) }) {
            StandardStreams.report("legalcite: \(path): not written: it is an input")
            throw ExitCode(ExitStatus.usage)
        }
        do {
            try Data(page.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            StandardStreams.report("legalcite: \(path): write failed (\((error as NSError).localizedDescription))")
            throw ExitCode(ExitStatus.ioError)
        }
    }

    /// Whether two paths name one existing file (same device and inode).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}

extension Annotation.Format: ExpressibleByArgument {}
