import Testing
@testable import LegalCite

@Suite("Text layer: normalization keeps a map to the original")
struct NormalizerTests {
    private func normalize(_ text: String, format: TextFormat = .text) -> (String, NormalizedText) {
        let bytes = Array(text.utf8)
        let normalized = bytes.withUnsafeBufferPointer { Normalizer.normalize($0, format: format) }
        return (String(decoding: normalized.bytes, as: UTF8.self), normalized)
    }

    @Test func curlyQuotesDashesAndSpaces() {
        let (text, _) = normalize("“State Defendants” – 678–79\u{00A0}and\u{2009}more\u{00AD}over")
        #expect(text == "\"State Defendants\" - 678-79 and moreover")
    }

    @Test func markdownEmphasisIsDroppedButStarPagingKept() {
        #expect(normalize("In *Ashcroft v. Iqbal*, see *Id.* at 4").0 == "In Ashcroft v. Iqbal, see Id. at 4")
        #expect(normalize("**ORDER**").0 == "ORDER")
        #expect(normalize("at *684 and * 8 and 135 *355 Mass.").0 == "at *684 and * 8 and 135 *355 Mass.")
    }

    @Test func wordsHyphenatedAcrossLinesAreJoined() {
        #expect(normalize("the discov-\nery stay").0 == "the discovery stay")
        #expect(normalize("a well-known rule").0 == "a well-known rule")
    }

    @Test func pleadingLineNumbersAreDropped() {
        let lines = (1...12).map { "\($0 < 10 ? " " : "")\($0)    line \($0) text" }.joined(separator: "\n")
        let (text, _) = normalize(lines)
        #expect(text.hasPrefix("line 1 text\nline 2 text"))
    }

    @Test func htmlTagsEntitiesAndBlocks() {
        let (text, _) = normalize("op<strong>in</strong>ions&#8217; &amp; &sect; 5<br />\n\nnext", format: .html)
        #expect(text == "opinions' & § 5\nnext")
    }

    @Test func courtListenerInlineSegmentsAreOneRunOfText() {
        // CourtListener's html_with_citations, as in eyecite's tests (a Georgia cite with its
        // parallel in parentheses): the segments around the link are not blocks.
        let marked = "see also Harper v. State, </pre><span class=\"citation no-link\">286 Ga. 216</span><pre class=\"inline\">, 218\n(1) (686 SE2d 786) (2009)"
        #expect(normalize(marked, format: .html).0 == "see also Harper v. State, 286 Ga. 216, 218 (1) (686 SE2d 786) (2009)")
        // A plain <pre> block still breaks the text.
        #expect(normalize("ORDER<pre>text</pre>next", format: .html).0 == "ORDER\ntext\nnext")
    }

    @Test func mapPointsBackIntoTheOriginal() {
        let original = "“Id.*” at *4 &amp; more"
        let (_, normalized) = normalize(original)
        let originalBytes = Array(original.utf8)
        // Every normalized range maps into the original and covers the same visible word.
        let range = normalized.map.original(1..<4)   // `Id.`
        #expect(String(decoding: originalBytes[range], as: UTF8.self) == "Id.")
        #expect(normalized.map.originalStart(0) == 0)
        #expect(normalized.map.originalEnd(normalized.count) == originalBytes.count)
    }

    @Test func crlfBecomesNewline() {
        #expect(normalize("a\r\nb\rc").0 == "a\nb\nc")
    }
}
