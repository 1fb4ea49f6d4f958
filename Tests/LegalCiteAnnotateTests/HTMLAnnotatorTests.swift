import Foundation
import Testing
@testable import LegalCiteAnnotate

@Suite struct HTMLAnnotatorTests {
    @Test func everyCorpusDocumentKeepsItsTextAndMarksEachMentionOnce() throws {
        let documents = corpusDocuments()
        #expect(documents.count >= 17)
        for url in documents {
            let bytes = Array(try Data(contentsOf: url))
            let (_, document) = try annotated(bytes, name: url.lastPathComponent)
            let html = HTMLAnnotator(document: document, original: bytes).page()
            let pre = preContent(html)
            // The page's text is the input, scalar for scalar (HTML input shown as its source).
            #expect(visibleText(pre) == String(decoding: bytes, as: UTF8.self), "\(url.lastPathComponent)")
            let marked = markedMentions(pre)
            #expect(marked.count == document.mentions.count, "\(url.lastPathComponent): \(marked.count) of \(document.mentions.count) marked")
            for mention in document.mentions {
                #expect(marked[mention.index] == [mention.text], "\(url.lastPathComponent) mention \(mention.index)")
            }
        }
    }

    @Test func idPointsAtTheMentionBeforeItAndCasesAtTheSideList() throws {
        let bytes = Array(try Data(contentsOf: corpus.appendingPathComponent("jones-v-kansas-2012-order.txt")))
        let (_, document) = try annotated(bytes)
        let pre = preContent(HTMLAnnotator(document: document, original: bytes).page())
        // Hand-checked against the expected JSON: mention 11 is `Id.* at 4`, after `ECF No. 26` (10).
        #expect(document.mentions[11].text == "Id.* at 4")
        #expect(pre.contains("<a class=\"cite cite-id backref\" id=\"m-11\" href=\"#m-10\""))
        #expect(pre.contains("refers to: ECF No. 26"))
        // `556 U.S. 662` (mention 3) links to Ashcroft v. Iqbal, authority 3.
        #expect(pre.contains("<a class=\"cite cite-case\" id=\"m-3\" href=\"#authority-3\""))
        #expect(pre.contains("case → Ashcroft v. Iqbal, 556 U.S. 662, 129 S. Ct. 1937 (2009)"))
    }

    @Test func sideListCountsMentionsOfEachAuthority() throws {
        let bytes = Array(try Data(contentsOf: corpus.appendingPathComponent("jones-v-kansas-2012-order.txt")))
        let (_, document) = try annotated(bytes)
        let page = HTMLAnnotator(document: document, original: bytes).page()
        // FRCP 26 is cited five times (mentions 2, 5, 6, 7, 8); ECF No. 21 twice (0 and 9); the
        // ids as OUTPUT.md spells them.
        #expect(page.contains("<span class=\"alabel\">FRCP 26</span> <code class=\"aid\">frcp/26</code> <span class=\"acount\" title=\"mentions\">5×</span>"))
        #expect(page.contains("<span class=\"alabel\">ECF No. 21 (Motion for Discovery)</span> <code class=\"aid\">ecf/21</code> <span class=\"acount\" title=\"mentions\">2×</span>"))
        #expect(page.contains("<div class=\"court\">United States District Court for the District of Kansas <span class=\"courtid\">ksd</span></div>"))
        #expect(page.contains("<span class=\"judge\">David J. Waxse</span>"))
    }

    @Test func documentMarkupIsEscapedNeverInjected() throws {
        let text = "<script>alert(1)</script> & \"q\" see 42 U.S.C. § 1983 <b>and</b> ECF No. 4 &amp;\r\n"
        let bytes = Array(text.utf8)
        let (_, document) = try annotated(bytes)
        let page = HTMLAnnotator(document: document, original: bytes).page()
        #expect(!page.contains("<script>"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"))
        #expect(page.contains("&amp;amp;"))
        #expect(page.contains("&#13;\n"))
        #expect(visibleText(preContent(page)) == text)
        #expect(document.mentions.map(\.text).contains("42 U.S.C. § 1983"))
    }

    @Test func htmlInputIsShownAsItsSource() throws {
        let bytes = Array(try Data(contentsOf: corpus.appendingPathComponent("flsd-2008-motion-in-limine-page13.html")))
        let (_, document) = try annotated(bytes, name: "flsd.html")
        let pre = preContent(HTMLAnnotator(document: document, original: bytes).page())
        #expect(pre.contains("&lt;"))
        // The only tags inside the text are the annotator's own.
        let tags = Set(pre.split(separator: "<").dropFirst().map { $0.prefix { $0 != " " && $0 != ">" } })
        #expect(tags.isSubset(of: ["a", "/a", "cite", "/cite", "span", "/span", "mark", "/mark"]), "\(tags)")
    }

    @Test func htmlMarkupIsDrawnDimAndKeptAsText() throws {
        let bytes = Array(try Data(contentsOf: corpus.appendingPathComponent("flsd-2008-motion-in-limine-page13.html")))
        let (_, document) = try annotated(bytes, name: "flsd.html")
        #expect(Annotation.looksLikeHTML(bytes))
        let pre = preContent(HTMLAnnotator(document: document, original: bytes, markup: true).page())
        #expect(visibleText(pre) == String(decoding: bytes, as: UTF8.self))
        #expect(pre.contains("mach<span class=\"markup\">&lt;strong&gt;</span>in<span class=\"markup\">&lt;/strong&gt;</span>e design"))
        #expect(pre.contains("law<span class=\"markup\">&amp;#8217;</span>s strict"))
        // The cite broken by a tag stays one mark, the tag dim inside it.
        #expect(pre.contains(">2007 U.S.<span class=\"markup\">&lt;br /&gt;</span>"))
        let marked = markedMentions(pre)
        for mention in document.mentions { #expect(marked[mention.index] == [mention.text]) }
        #expect(!Annotation.looksLikeHTML(Array("See ECF No. 4 <b>x</b>\n".utf8)))
    }

    @Test func fieldsAddedLaterAreShownWhenPresent() throws {
        let text = "See Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009). IT IS ORDERED that the motion (ECF No. 21) is denied.\n"
        let bytes = Array(text.utf8)
        let json = try editedJSON(bytes) { object in
            var citations = object["citations"] as! [[String: Any]]
            citations[0]["signal"] = "see"
            citations[0]["history"] = [["relation": "cert_denied", "text": "cert. denied", "mention": NSNull()]]
            object["citations"] = citations
            var authorities = object["authorities"] as! [[String: Any]]
            authorities[0]["id"] = "case/us/556/662"
            object["authorities"] = authorities
            let start = text.distance(from: text.startIndex, to: text.range(of: "IT IS")!.lowerBound)
            object["rulings"] = [["motion": "Motion", "docket_entry": "21", "disposition": "denied", "span": [start, text.unicodeScalars.count - 1]]]
        }
        let document = try AnnotationDocument(json: json)
        let page = HTMLAnnotator(document: document, original: bytes).page()
        #expect(page.contains("data-authority=\"case/us/556/662\""))
        #expect(page.contains("<code class=\"aid\">case/us/556/662</code>"))
        #expect(page.contains("signal: see"))
        #expect(page.contains("history: cert denied (cert. denied)"))
        #expect(page.contains("<mark class=\"ruling\" id=\"ruling-0\" title=\"Ruling: denied&#10;Motion&#10;ECF No. 21\">IT IS ORDERED"))
        #expect(page.contains("<span class=\"disposition\">denied</span> — Motion (ECF No. 21)"))
        // The docket entry inside the ruling is marked inside it, whole.
        #expect(markedMentions(preContent(page)).values.contains(["ECF No. 21"]))
        #expect(visibleText(preContent(page)) == text)
    }

    @Test func aRulingEdgeInsideAMentionIsMovedOutOfIt() throws {
        let text = "The motion (ECF No. 21) is denied.\n"
        let bytes = Array(text.utf8)
        // A ruling that starts in the middle of `ECF No. 21` (scalar 12 is inside 12..<22).
        let json = try editedJSON(bytes) { $0["rulings"] = [["disposition": "denied", "span": [15, 33]]] }
        let page = HTMLAnnotator(document: try AnnotationDocument(json: json), original: bytes).page()
        #expect(preContent(page).contains("(<mark class=\"ruling\" id=\"ruling-0\""))
        #expect(markedMentions(preContent(page))[0] == ["ECF No. 21"])
    }

    @Test func foreignJSONIsRefusedWithAReason() {
        #expect(throws: AnnotationDocument.Unreadable.self) { try AnnotationDocument(json: Array("{\"schema\": \"other\"}".utf8)) }
        #expect(throws: AnnotationDocument.Unreadable.self) { try AnnotationDocument(json: Array("not json".utf8)) }
    }

    @Test func embeddedTemplatesMatchTheirFiles() throws {
        let folder = corpus.deletingLastPathComponent().appendingPathComponent("Sources/LegalCiteAnnotate/Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == AnnotationTemplateFiles.files.keys.sorted())
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(AnnotationTemplateFiles.files[file] == String(text.reversed().drop { $0 == "\n" }.reversed()), "\(file) is stale: run scripts/embed-templates")
        }
    }
}

@Suite struct AnnotationCheckTests {
    @Test func aResultOfAnotherTextIsRefused() throws {
        let bytes = Array("See ECF No. 21 and 42 U.S.C. § 1983.\n".utf8)
        let (json, _) = try annotated(bytes)
        #expect(try Annotation.render(json: json, original: bytes, to: .html).contains("id=\"m-1\""))
        let other = Array("See ECF No. 22 and 42 U.S.C. § 1983.\n".utf8)
        #expect { try Annotation.render(json: json, original: other, to: .html) } throws: { error in
            "\(error)" == "the result is not of this text: citation 0 (ECF No. 21) is not at 4..<14"
        }
        #expect(throws: AnnotationDocument.Unreadable.self) { try Annotation.render(json: json, original: Array("See".utf8), to: .markdown) }
    }
}
