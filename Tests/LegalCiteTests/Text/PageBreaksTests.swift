import Foundation
import Testing
@testable import LegalCite

/// `doc_page` from form feeds: the page a mention, a footnote or the signature stands on, counted
/// from 1; no `doc_page` at all in a text without a form feed.
@Suite("doc_page from form feeds")
struct PageBreaksTests {
    static func json(_ text: String) throws -> [String: Any] {
        let document = extract(text)
        return try JSONSerialization.jsonObject(with: Data(document.json(pretty: false))) as! [String: Any]
    }

    @Test func pageOfAnOffset() {
        let text = Array("one\u{0C}two\u{0C}\u{0C}four".utf8)
        let pages = text.withUnsafeBufferPointer { PageBreaks($0) }!
        #expect(pages.breaks == [3, 7, 8])
        #expect(pages.page(at: 0) == 1)
        #expect(pages.page(at: 3) == 1)   // the form feed ends page 1
        #expect(pages.page(at: 4) == 2)
        #expect(pages.page(at: 8) == 3)
        #expect(pages.page(at: 9) == 4)
        #expect(Array("no breaks".utf8).withUnsafeBufferPointer { PageBreaks($0) } == nil)
    }

    @Test func mentionsFootnotesAndSignatureCarryTheirPage() throws {
        // Page 1: a statute; page 2: a case and a footnote marker; page 3: the footnote and the
        // signature, as pdftotext lays out an order's last page.
        let text = """
            Plaintiff sues under 42 U.S.C. § 1983.
            \u{0C}See Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009).¹ The motion is denied.

            \u{0C}IT IS SO ORDERED.

            Dated this 26th day of November, 2012.

            s/ David J. Waxse
            David J. Waxse
            United States Magistrate Judge

            ¹ See ECF No. 26.
            \u{0C}
            """
        let document = try Self.json(text)
        let citations = document["citations"] as! [[String: Any]]
        let pages = Dictionary(uniqueKeysWithValues: citations.map { ($0["text"] as! String, $0["doc_page"] as? Int) })
        #expect(pages["42 U.S.C. § 1983"] == 1)
        #expect(pages["556 U.S. 662, 678"] == 2)
        #expect(pages["ECF No. 26"] == 3)
        // The case mention's own `page` is its reporter page, not the document's.
        #expect(citations.first { $0["kind"] as? String == "case" }?["page"] as? String == "662")
        let footnotes = document["footnotes"] as! [[String: Any]]
        #expect(footnotes.count == 1 && footnotes[0]["doc_page"] as? Int == 3)
        let signature = document["signature"] as! [String: Any]
        #expect(signature["judge"] as? String == "David J. Waxse")
        #expect(signature["doc_page"] as? Int == 3)
    }

    @Test func aTextWithoutFormFeedsHasNoDocPage() throws {
        let text = "See Ashcroft v. Iqbal, 556 U.S. 662 (2009); 42 U.S.C. § 1983.\n\ns/ David J. Waxse\nUnited States Magistrate Judge\n"
        let bytes = extract(text).json(pretty: false)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("doc_page"))
        let document = try Self.json(text)
        #expect((document["citations"] as! [Any]).count == 2)
        // A text document carries no `text` and no `format`: only a converted one does.
        #expect(document["text"] == nil)
        #expect((document["source"] as! [String: Any])["format"] == nil)
    }
}
