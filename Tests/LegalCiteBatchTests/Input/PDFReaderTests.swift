import Foundation
import LegalCite
import Testing
@testable import LegalCiteBatch

/// The PDF reader on real court PDFs (RECAP documents from freelawproject/doctor's test assets),
/// PDFs made from Corpus texts, and hostile ones (Tests/PDF, made by scripts/make-pdf-fixtures).
/// Expected values were read by hand from `pdftotext -layout` of the same files.
@Suite("PDF reader")
struct PDFReaderTests {
    static let folder = Fixtures.root.appendingPathComponent("Tests/PDF")
    static let extractor: Extractor = { try! Extractor() }()

    static func file(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: folder.appendingPathComponent(name))) }

    static func text(_ name: String, limits: PDFReader.Limits = .init()) throws -> PDFReader.Text {
        try PDFReader.text(of: file(name), limits: limits)
    }

    static func failure(_ name: String, limits: PDFReader.Limits = .init()) throws -> PDFFailure? {
        let bytes = try file(name)
        do {
            _ = try PDFReader.text(of: bytes, limits: limits)
            return nil
        } catch let error as PDFFailure {
            return error
        }
    }

    /// The JSON of a PDF, as `batch` and `extract` write it.
    static func json(_ name: String) throws -> [String: Any] {
        let bytes = try file(name)
        let pdf = try PDFReader.text(of: bytes)
        let document = try extractor.extract(text: pdf.bytes, from: .init(format: "pdf", file: bytes, pages: pdf.pages), name: name)
        return try JSONSerialization.jsonObject(with: Data(document.json(pretty: false))) as! [String: Any]
    }

    static func lines(_ text: PDFReader.Text) -> [String] {
        String(decoding: text.bytes, as: UTF8.self).components(separatedBy: "\n")
    }

    @Test func detectsPDFsByContent() {
        #expect(PDFReader.isPDF(Array("%PDF-1.4\n".utf8)))
        // A few bytes of junk before the header, as some writers leave it.
        #expect(PDFReader.isPDF(Array(repeating: 0x20, count: 500) + Array("%PDF-1.7".utf8)))
        #expect(!PDFReader.isPDF(Array(repeating: 0x20, count: 1100) + Array("%PDF-1.7".utf8)))
        #expect(!PDFReader.isPDF(Array("An order about %PDF files".utf8)))
        #expect(!PDFReader.isPDF([0x25, 0x50, 0x44, 0x46, 0x00, 0xFF]))
        #expect(!PDFReader.isPDF([]))
    }

    @Test func pagesEndWithFormFeeds() throws {
        let text = try Self.text("recap-cacd.pdf")
        #expect(text.pages == 4)
        #expect(text.bytes.filter { $0 == 0x0C }.count == 4)
        #expect(text.bytes.last == 0x0C)
        // Each page opens with its PACER stamp, on a line of its own.
        let pages = String(decoding: text.bytes, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false)
        for (number, page) in pages.prefix(4).enumerated() {
            let first = page.split(separator: "\n").first.map(String.init)
            #expect(first == "Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page \(number + 1) of 4 Page ID #:\(365 + number)")
        }
    }

    @Test func pleadingPaperLineNumbersStayAtTheLeftMargin() throws {
        let lines = Self.lines(try Self.text("recap-cacd.pdf"))
        // Page 1 of the C.D. Cal. order: line numbers 1 to 28 down the left margin, the caption
        // beside them (`13    CONSUMERINFO.COM, INC. dba          Case No. 8:16-cv-1261 DOC (KESx)`).
        let numbered = lines.prefix(80).compactMap { line -> Int? in
            let digits = line.drop(while: { $0 == " " }).prefix(while: \.isNumber)
            return digits.isEmpty ? nil : Int(digits)
        }
        #expect(Array(numbered.prefix(28)) == Array(1...28))
        let caption = try #require(lines.first { $0.contains("CONSUMERINFO.COM, INC. dba") && $0.contains("Case No.") })
        #expect(caption.trimmingCharacters(in: .whitespaces).hasPrefix("13 "))
        #expect(caption.hasSuffix("Case No. 8:16-cv-1261 DOC (KESx)"))
    }

    @Test func captionRailsLineUp() throws {
        // The Seventh Circuit's caption: parties on the left, `]` down the middle, the court
        // below on the right; every `]` of the caption in one column, as in the PDF.
        let lines = Self.lines(try Self.text("recap-ca7.pdf"))
        let start = try #require(lines.firstIndex { $0.hasPrefix("IN RE:") })
        let end = try #require(lines.firstIndex { $0.contains("Defendant-Appellant.") })
        let rails = lines[start...end].compactMap { line in line.firstIndex(of: "]").map { line.distance(from: line.startIndex, to: $0) } }
        #expect(rails.count == 13)
        #expect(Set(rails).count == 1)
        #expect(lines[start].hasSuffix("] Appeal from the United"))
        #expect(lines.contains { $0.hasSuffix("] No. 3:05-cv-00595-RLM-MGG") && $0.contains("Plaintiffs-Appellants,") })
    }

    @Test func citationsCarryTheirPageAndSpansIndexTheText() throws {
        let document = try Self.json("recap-cacd.pdf")
        let source = document["source"] as! [String: Any]
        #expect(source["format"] as? String == "pdf")
        #expect(source["pages"] as? Int == 4)
        #expect(source["bytes"] as? Int == 45085)
        let text = try #require(document["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        let citations = document["citations"] as! [[String: Any]]
        // `(Dkt. 10)`, `(Dkt. 30)`, `(Dkt. 37)`, all on page 2 of the order.
        #expect(citations.map { $0["text"] as! String } == ["Dkt. 10", "Dkt. 30", "Dkt. 37"])
        #expect(citations.map { $0["doc_page"] as? Int } == [2, 2, 2])
        for citation in citations {
            let span = citation["span"] as! [Int]
            #expect(String(String.UnicodeScalarView(scalars[span[0]..<span[1]])) == citation["text"] as! String)
        }
        let signature = document["signature"] as! [String: Any]
        #expect(signature["judge"] as? String == "David O. Carter")
        #expect(signature["date"] as? String == "2016-08-05")
        #expect(signature["doc_page"] as? Int == 4)
        let caption = document["caption"] as! [String: Any]
        #expect((caption["court"] as? [String: Any])?["id"] as? String == "cacd")
    }

    @Test func rulesOnTheSecondPage() throws {
        // The Second Circuit's docketing notice: `FRAP 12(a), 32(a)`, `FRAP 15(a) … 21(a)` and
        // `FRAP 12(b)` stand on its second page.
        let citations = try Self.json("recap-ca2.pdf")["citations"] as! [[String: Any]]
        #expect(citations.map { $0["text"] as! String } == ["FRAP 12(a)", "32(a)", "FRAP 15(a)", "21(a)", "FRAP 12(b)"])
        #expect(citations.allSatisfy { $0["doc_page"] as? Int == 2 })
        #expect(citations.allSatisfy { $0["rule_set"] as? String == "FRAP" })
    }

    /// PDFs made from Corpus texts give the citations of the text they show.
    @Test(arguments: ["jones-v-kansas-2012-order", "dkan-2017-moreno-v-kansas-city-steak"])
    func aPDFOfACorpusTextGivesItsCitations(_ name: String) throws {
        let pdf = try Self.json("corpus-\(name).pdf")
        let text = try Self.extractor.extract(Self.file("corpus-\(name).folded.txt"))
        func key(_ kind: String, _ text: String) -> String { kind + ": " + text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let fromPDF = (pdf["citations"] as! [[String: Any]]).map { key($0["kind"] as! String, $0["text"] as! String) }
        let fromText = text.mentions.map { key($0.citation.kind, text.text(of: $0.span)) }
        #expect(!fromText.isEmpty)
        #expect(fromPDF == fromText)
    }

    @Test func theSeedOrderAsAPDF() throws {
        // enscript sets the seed order on two pages: its last three lines (the signature) on the
        // second.
        let document = try Self.json("corpus-jones-v-kansas-2012-order.pdf")
        #expect((document["source"] as! [String: Any])["pages"] as? Int == 2)
        let citations = document["citations"] as! [[String: Any]]
        #expect(citations.count == 12)
        #expect(citations.allSatisfy { $0["doc_page"] as? Int == 1 })
        #expect((citations.first { $0["kind"] as? String == "case" })?["text"] as? String == "556 U.S. 662")
        let text = document["text"] as! String
        let pageTwo = text.components(separatedBy: "\u{0C}")[1]
        #expect(pageTwo == "s/ David J. Waxse\nDavid J. Waxse\nUnited States Magistrate Judge\n")
    }

    @Test func aScanIsNoTextLayer() throws {
        let failure = try Self.failure("scan.pdf")
        #expect(failure == .scanned(pages: 1))
        #expect(failure?.description == "PDF: no text layer: scanned image (1 page); run OCR first")
    }

    /// Whether Tesseract and its English data are here (`--ocr` loads them at run time).
    static let tesseract: Bool = {
        guard let library = dlopen("libtesseract.so.5", RTLD_NOW) else { return false }
        dlclose(library)
        return ["/usr/share/tesseract-ocr/5/tessdata/eng.traineddata", "/usr/share/tesseract-ocr/4.00/tessdata/eng.traineddata"]
            .contains { FileManager.default.fileExists(atPath: $0) }
    }()

    @Test(.enabled(if: PDFReaderTests.tesseract, "needs libtesseract5 and tesseract-ocr-eng"))
    func ocrReadsAScan() throws {
        // The Second Circuit notice's second page, scanned at 150 dpi: without OCR no text, with
        // it the rules that page cites (pdftotext of the original: `FRAP 12(a), 32(a)`,
        // `FRAP 15(a) or 21(a)`, `FRAP 12(b)`; OCR reads `21(a)` as `21{a)`, so that one is
        // not asked for).
        #expect(try Self.failure("scan-ca2-page2.pdf") == .scanned(pages: 1))
        var limits = PDFReader.Limits()
        limits.ocr = true
        let bytes = try Self.file("scan-ca2-page2.pdf")
        let pdf = try PDFReader.text(of: bytes, limits: limits)
        #expect(pdf.ocrPages == 1)
        let document = try Self.extractor.extract(text: pdf.bytes, from: .init(format: "pdf", file: bytes, pages: pdf.pages, ocrPages: pdf.ocrPages))
        let json = try JSONSerialization.jsonObject(with: Data(document.json(pretty: false))) as! [String: Any]
        #expect((json["source"] as! [String: Any])["ocr_pages"] as? Int == 1)
        let rules = (json["citations"] as! [[String: Any]]).filter { $0["kind"] as? String == "rule" }
        let texts = Set(rules.map { $0["text"] as! String })
        #expect(texts.isSuperset(of: ["FRAP 12(a)", "32(a)", "FRAP 15(a)", "FRAP 12(b)"]))
        #expect(rules.allSatisfy { $0["doc_page"] as? Int == 1 })
        // A language Tesseract has no data for: one clear reason, no crash.
        limits.ocrLanguage = "xyz"
        #expect(throws: PDFFailure.ocrUnavailable("Tesseract has no data for the language (apt-get install tesseract-ocr-eng)")) {
            try PDFReader.text(of: bytes, limits: limits)
        }
        limits.ocrLanguage = "eng"
        // A PDF with a text layer is not read again by OCR.
        let text = try PDFReader.text(of: Self.file("recap-ca2.pdf"), limits: limits)
        #expect(text.ocrPages == 0)
    }

    @Test func encryptedTruncatedAndDamaged() throws {
        #expect(try Self.failure("encrypted.pdf") == .encrypted)
        // Only an owner password (permissions): readable without one, as every reader does.
        let owner = try Self.text("owner-password-only.pdf")
        #expect(String(decoding: owner.bytes, as: UTF8.self).contains("Case Number: 17-2678"))
        #expect(try Self.failure("truncated.pdf") == .truncated)
        let garbage = Array("%PDF-1.7\n".utf8) + (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
        #expect(throws: PDFFailure.self) { try PDFReader.text(of: garbage) }
        #expect(throws: PDFFailure.self) { try PDFReader.text(of: Array("%PDF-1.4\n".utf8)) }
    }

    @Test func bombsAreBounded() throws {
        // A page tree claiming a million pages in 12 KB: refused on its count.
        #expect(try Self.failure("pages-bomb.pdf") == .tooManyPages(1_000_000, limit: 10_000))
        // A content stream deflated twice that inflates to 1 GB of spaces: stopped at 256 MB.
        #expect(try Self.failure("stream-bomb.pdf") == .bomb(limit: 256 << 20, file: 2393))
        #expect(try Self.failure("stream-bomb.pdf", limits: .init(inflateFloor: 8 << 20)) == .bomb(limit: 8 << 20, file: 2393))
        // A font that inflates to 1 GB: MuPDF gives up on the font and reads the text with its own.
        let font = try Self.text("font-bomb.pdf")
        #expect(String(decoding: font.bytes, as: UTF8.self) == "See 42 U.S.C. § 1983.\n\u{0C}")
        // Past the page limit the run stops early: at most `maxPages`.
        #expect(try Self.failure("recap-cacd.pdf", limits: .init(maxPages: 3)) == .tooManyPages(4, limit: 3))
        #expect(try Self.failure("recap-cacd.pdf", limits: .init(maxTextBytes: 1000)) == .tooLarge(limit: 1000))
        // One page's cost: the order's first page holds about 800 characters.
        #expect(try Self.failure("recap-cacd.pdf", limits: .init(maxPageCharacters: 100)) == .damaged("page 1: more than 100 characters on the page"))
    }

    /// Cut short, bytes overwritten, runs of NULs: each is text or a PDFFailure, never a crash,
    /// and a file cut before its last third is never read as a whole document.
    @Test func damagedCopiesOfARealOrderNeverCrash() throws {
        let original = try Self.file("recap-ca2.pdf")
        var generator = SplitMix64Generator(seed: 18)
        var failures = 0
        for round in 0..<120 {
            var bytes = original
            switch round % 3 {
            case 0:
                bytes = Array(bytes.prefix(Int.random(in: 9..<(bytes.count * 2 / 3), using: &generator)))
            case 1:
                for _ in 0..<Int.random(in: 1...200, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
            default:
                let start = Int.random(in: 0..<bytes.count, using: &generator)
                let end = min(bytes.count, start + Int.random(in: 16...4096, using: &generator))
                for index in start..<end { bytes[index] = 0 }
            }
            do {
                let text = try PDFReader.text(of: bytes)
                #expect(round % 3 != 0, "a PDF cut at \(bytes.count) bytes was read as \(text.pages) pages")
            } catch let error as PDFFailure {
                failures += 1
                #expect(!error.description.isEmpty)
            }
        }
        #expect(failures >= 40)
    }
}
