import Foundation
import Testing
@testable import LegalCiteAnnotate

@Suite struct MarkdownAnnotatorTests {
    @Test func eachMentionIsOneLinkToItsAuthority() throws {
        let bytes = Array(try Data(contentsOf: corpus.appendingPathComponent("jones-v-kansas-2012-order.txt")))
        let (_, document) = try annotated(bytes)
        let markdown = MarkdownAnnotator(document: document, original: bytes).render()
        // Hand-checked: the Iqbal cites and the Id. after ECF No. 26.
        #expect(markdown.contains("[556 U\\.S\\. 662](#authority-3 \"case → Ashcroft v. Iqbal, 556 U.S. 662, 129 S. Ct. 1937 (2009); id: case/us/556/662; cite type: federal; court: scotus; defendant: Iqbal; name: Ashcroft v. Iqbal; page: 662; plaintiff: Ashcroft; reporter: U.S.; reporter as written: U.S.; volume: 556; year: 2009\")"))
        #expect(markdown.contains("[Id\\.\\* at 4](#authority-4 \"id → ECF No. 26 (Order entered October 31, 2012); id: ecf/26; refers to: ECF No. 26; pin: 4"))
        #expect(markdown.components(separatedBy: "](#authority-").count - 1 == document.mentions.count)
        #expect(markdown.contains("- <a id=\"authority-2\"></a>**rule** FRCP 26 `frcp/26` — 5 mentions"))
    }

    @Test func markdownPunctuationOfTheDocumentIsEscaped() throws {
        let text = "# Not a heading\n*emphasis* [x](y) <b> see 42 U.S.C. § 1983\n    indented\n"
        let bytes = Array(text.utf8)
        let (_, document) = try annotated(bytes)
        let body = MarkdownAnnotator(document: document, original: bytes).body()
        #expect(body.hasPrefix("\\# Not a heading  \n\\*emphasis\\* \\[x\\]\\(y\\) \\<b\\> see [42 U\\.S\\.C\\. § 1983](#authority-0 "))
        #expect(body.contains("  \n&nbsp;&nbsp;&nbsp;&nbsp;indented  \n"))
    }
}
