import ArgumentParser
import Foundation
import LegalCite
import LegalCiteBatch

/// `legalcite extract [FILE…]`: files, or standard input, to the JSON contract.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the caption, signature, footnotes and citations of court documents.",
        discussion: """
            Reads each FILE (a .gz, .bz2, .xz or .zst file decompressed), or standard input when none \
            is given or FILE is -. Documents are named by their file's name (<stdin> for standard \
            input). Writes one pretty \
            JSON object for one input, a JSON array for several, or one line per input with --jsonl. \
            With --input jsonl, standard input holds one {"id": …, "text": …} object per line and \
            one result line is written per input line, in order, errors included.
            """)

    enum InputKind: String, ExpressibleByArgument, CaseIterable { case document, jsonl }

    @Argument(help: "Files to read; - or nothing for standard input.")
    var files: [String] = []

    @Flag(help: "Write one JSON object per line (JSON Lines).")
    var jsonl = false

    @Option(help: "Input markup: auto, text or html.")
    var format: TextFormat = .auto

    @Option(help: "What standard input holds: a document, or JSON Lines of {\"id\", \"text\"}.")
    var input: InputKind = .document

    @Option(help: "Refuse documents larger than this many bytes.")
    var maxBytes: Int = 256 << 20

    @Flag(help: "Read PDF pages without a text layer (scans) with Tesseract, where it is installed.")
    var ocr = false

    func validate() throws {
        if input == .jsonl && !files.isEmpty && files != ["-"] {
            throw ValidationError("--input jsonl reads standard input only.")
        }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive.") }
    }

    func run() throws {
        let extractor = try Extractor()
        let options = Extractor.Options(format: format, maxBytes: maxBytes)
        let output = OutputStream()
        var failed = false
        if input == .jsonl {
            try JSONLMapper(extractor: extractor, options: options, output: output).run()
            return
        }
        let sources = files.isEmpty ? ["-"] : files
        // `legalcite` alone on a terminal would wait in silence for a document to be typed.
        if files.isEmpty && isatty(0) != 0 {
            StandardStreams.report("legalcite: reading a document from standard input (end it with Ctrl-D; legalcite --help for the commands)")
        }
        let asArray = !jsonl && sources.count > 1
        if asArray { output.write("[\n") }
        // Separators count written documents, not inputs: a first input that fails leaves no
        // dangling comma (`[\n,\n{`).
        var written = 0
        for path in sources {
            // A document and an error record are named alike: the file's name without its
            // folders (as the JSON has always named documents), `<stdin>` for standard input
            // (as `batch -` names its lines); error lines on stderr give the path.
            let shown = path == "-" ? "<stdin>" : path
            let name = path == "-" ? "<stdin>" : (path as NSString).lastPathComponent
            var bytes: [UInt8]
            do {
                bytes = try InputFiles.read(path, limit: maxBytes)
                if path != "-" && SingleDocument.isCompressed(path) { bytes = try SingleDocument.decompress(path, limit: maxBytes) }
            } catch {
                failed = true
                report(shown, "\(error)")
                if jsonl { output.write(DocumentEncoder.error(name: name, bytes: nil, message: "\(error)")); output.write("\n") }
                continue
            }
            do {
                let document: ExtractedDocument
                if PDFReader.isPDF(bytes) {
                    // A PDF, found by its content: its text layer, which the JSON carries.
                    var limits = PDFReader.Limits(maxTextBytes: maxBytes)
                    limits.ocr = ocr
                    let pdf = try PDFReader.text(of: bytes, limits: limits)
                    document = try extractor.extract(text: pdf.bytes, from: .init(format: "pdf", file: bytes, pages: pdf.pages, ocrPages: pdf.ocrPages),
                                                     name: name, options: options)
                } else {
                    document = try extractor.extract(bytes, name: name, options: options)
                }
                if asArray && written > 0 { output.write(",\n") }
                DocumentEncoder.encode(document, pretty: !jsonl, chunkSize: 1 << 20) { output.write($0) }
                output.write("\n")
                written += 1
            } catch {
                failed = true
                // A PDF's own reason, or what a document that is not text most likely is.
                let reason = (error as? InputError).map { NotTextHint.describe($0, bytes, name: name) } ?? "\(error)"
                report(shown, reason)
                if jsonl { output.write(DocumentEncoder.error(name: name, bytes: bytes.count, message: reason)); output.write("\n") }
            }
        }
        if asArray { output.write("]\n") }
        output.flush()
        if failed { throw ExitCode(ExitStatus.dataError) }
    }

    private func report(_ name: String, _ message: String) {
        StandardStreams.report("legalcite: \(name): \(message)")
    }
}

extension TextFormat: ExpressibleByArgument {}
