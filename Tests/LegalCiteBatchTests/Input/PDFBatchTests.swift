import Foundation
import Testing
@testable import LegalCiteBatch

/// `batch` over folders and archives of real court PDFs: one record per file, in order, the
/// citations with their pages, scans and damaged files as error records that say why.
@Suite("batch of PDFs")
struct PDFBatchTests {
    static let pdfs = ["recap-ca2.pdf", "scan.pdf", "recap-cacd.pdf", "truncated.pdf", "encrypted.pdf", "recap-ca7.pdf", "pages-bomb.pdf"]

    static func pdf(_ name: String) throws -> [UInt8] { try PDFReaderTests.file(name) }

    static func check(_ records: [[String: Any]], names: [String]) {
        #expect(records.count == names.count)
        #expect(records.map { $0.name! } == names)
        #expect(records[0].citationCount == 5)
        #expect(records[1].error == "PDF: no text layer: scanned image (1 page); run OCR first")
        #expect(records[2].citationCount == 3)
        let pages = (records[2]["citations"] as? [[String: Any]])?.map { $0["doc_page"] as? Int }
        #expect(pages == [2, 2, 2])
        #expect(records[3].error == "PDF: truncated (the file ends before its %%EOF); not read")
        #expect(records[4].error == "PDF: encrypted, needs a password; not read")
        #expect(records[5].error == nil && (records[5]["text"] as? String)?.contains("O R D E R") == true)
        #expect(records[6].error == "PDF: 1000000 pages exceed the limit of 10000 pages; not read")
        // An error record says how large the file was.
        #expect((records[1]["source"] as? [String: Any])?["bytes"] as? Int == 29853)
    }

    @Test func aFolderOfPDFsAndText() throws {
        let folder = try Fixtures.folder()
        var names: [String] = []
        for (number, name) in Self.pdfs.enumerated() {
            // Numbered so that the walk's name order is this order; one without its extension:
            // PDFs are found by their content.
            let stored = String(format: "%02d-", number) + (number == 2 ? "order-without-extension" : name)
            try Fixtures.write(Self.pdf(name), to: folder.appendingPathComponent(stored))
            names.append(folder.appendingPathComponent(stored).path)
        }
        try Fixtures.write(Fixtures.order, to: folder.appendingPathComponent("99-order.txt"))
        names.append(folder.appendingPathComponent("99-order.txt").path)
        let (records, summary, _) = try Fixtures.run([folder.path])
        Self.check(records, names: names)
        #expect(records[7].citationCount == 6 && records[7]["text"] == nil)
        #expect(summary.documents == 8 && summary.errors == 4)
    }

    @Test func zipAndTarOfPDFs() throws {
        let folder = try Fixtures.folder()
        for format in [Fixtures.Format.zip, .tarGzip] {
            let archive = folder.appendingPathComponent(format == .zip ? "pdfs.zip" : "pdfs.tar.gz")
            try Fixtures.archive(try Self.pdfs.map { .file("court/\($0)", try Self.pdf($0)) }, format: format, to: archive)
            let (records, _, _) = try Fixtures.run([archive.path])
            Self.check(records, names: Self.pdfs.map { "\(archive.path)!court/\($0)" })
        }
    }

    @Test func aResumedRunChecksPDFsByTheirFile() throws {
        let folder = try Fixtures.folder()
        for name in ["recap-ca2.pdf", "recap-cacd.pdf"] { try Fixtures.write(Self.pdf(name), to: folder.appendingPathComponent(name)) }
        let (first, _, output) = try Fixtures.run([folder.path])
        let before = try Data(contentsOf: output)
        // Cut the output after its first record, as an interrupted run leaves it, and resume.
        let firstLine = before.prefix(through: before.firstIndex(of: 0x0A)!)
        try firstLine.write(to: output)
        let (resumed, summary, _) = try Fixtures.run([folder.path], resume: true, output: output)
        #expect(summary.resumedFrom == 1)
        #expect(resumed.count == first.count)
        #expect(try Data(contentsOf: output) == before)
    }
}
