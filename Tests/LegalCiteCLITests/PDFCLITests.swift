import Foundation
import LegalCiteTestSupport
import Testing

/// `legalcite extract` on PDFs: the JSON with its text and pages; a scan or a damaged file is one
/// line on stderr, exit 65, and an error record with --jsonl.
@Suite("PDF on the command line")
struct PDFCLITests {
    static func fixture(_ name: String) -> String { CLITests.root.appendingPathComponent("Tests/PDF/\(name)").path }

    @Test func extractsARealOrder() throws {
        let result = try CLITests.run(["extract", Self.fixture("recap-cacd.pdf")])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let source = json["source"] as! [String: Any]
        #expect(source["name"] as? String == "recap-cacd.pdf")
        #expect(source["format"] as? String == "pdf")
        #expect(source["pages"] as? Int == 4)
        let text = try #require(json["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        for citation in json["citations"] as! [[String: Any]] {
            let span = citation["span"] as! [Int]
            #expect(String(String.UnicodeScalarView(scalars[span[0]..<span[1]])) == citation["text"] as? String)
            #expect(citation["doc_page"] as? Int == 2)
        }
    }

    @Test func aScanIsOneClearLineAndExit65() throws {
        let result = try CLITests.run(["extract", Self.fixture("scan.pdf")])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "legalcite: \(Self.fixture("scan.pdf")): PDF: no text layer: scanned image (1 page); run OCR first\n")
    }

    @Test func ocrIsAskedFor() throws {
        // Without Tesseract, `--ocr` on a scan is one line saying what to install; with it, text.
        let result = try CLITests.run(["extract", "--ocr", Self.fixture("scan-ca2-page2.pdf")])
        if FileManager.default.fileExists(atPath: "/usr/lib/x86_64-linux-gnu/libtesseract.so.5") {
            #expect(result.status == 0)
            #expect(result.stdout.contains("\"ocr_pages\":1") || result.stdout.contains("\"ocr_pages\": 1"))
        } else {
            #expect(result.status == 65)
            #expect(result.stderr.contains("OCR cannot run: Tesseract is not installed"))
        }
    }

    @Test func jsonlKeepsCountInEqualToCountOut() throws {
        let inputs = ["scan.pdf", "recap-ca2.pdf", "truncated.pdf", "stream-bomb.pdf", "recap-ca7.pdf"].map(Self.fixture)
        let result = try CLITests.run(["extract", "--jsonl"] + inputs)
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count == 5)
        #expect(lines.map { $0["schema"] as? String } == ["legalcite.error/1", "legalcite.document/1", "legalcite.error/1", "legalcite.error/1", "legalcite.document/1"])
        #expect((lines[2]["error"] as? String)?.hasPrefix("PDF: truncated") == true)
        #expect((lines[3]["error"] as? String)?.hasPrefix("PDF: decompression bomb") == true)
        #expect(result.stderr.split(separator: "\n").count == 3)
    }

    @Test func batchOverAFolderOfPDFs() throws {
        let folder = Scratch.path("pdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["recap-ca2.pdf", "scan.pdf", "recap-cacd.pdf", "encrypted.pdf"] {
            try FileManager.default.copyItem(atPath: Self.fixture(name), toPath: folder.appendingPathComponent(name).path)
        }
        let output = folder.appendingPathComponent("out.jsonl").path
        let result = try CLITests.run(["batch", folder.path, "--out", output])
        #expect(result.status == 0)
        #expect(result.stderr.contains("4 records (2 errors)"))
        let records = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(records.count == 4)
    }
}
