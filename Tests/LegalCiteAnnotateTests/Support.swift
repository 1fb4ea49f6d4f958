import Foundation
import LegalCite
@testable import LegalCiteAnnotate

let extractor: Extractor = {
    do { return try Extractor() } catch { fatalError("cannot build the extractor: \(error)") }
}()

let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus")

/// The Corpus documents the golden tests use: the `.txt` and `.html` files at its top.
func corpusDocuments() -> [URL] {
    let files = (try? FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)) ?? []
    return files.filter { ["txt", "html"].contains($0.pathExtension) }.sorted { $0.lastPathComponent < $1.lastPathComponent }
}

/// A document's bytes, its JSON and the JSON read back.
func annotated(_ bytes: [UInt8], name: String = "test.txt") throws -> (json: [UInt8], document: AnnotationDocument) {
    let extracted = try extractor.extract(bytes, name: name)
    let json = extracted.json(pretty: false)
    return (json, try AnnotationDocument(json: json))
}

/// The JSON of `bytes` with `edit` applied to its object: for fields the extractor does not
/// write yet (`signal`, `rulings`, authority `id`).
func editedJSON(_ bytes: [UInt8], _ edit: (inout [String: Any]) -> Void) throws -> [UInt8] {
    let extracted = try extractor.extract(bytes, name: "test.txt")
    var object = try JSONSerialization.jsonObject(with: Data(extracted.json(pretty: false))) as! [String: Any]
    edit(&object)
    return Array(try JSONSerialization.data(withJSONObject: object))
}

/// The content of `<pre class="text" id="text">…</pre>`.
func preContent(_ html: String) -> String {
    guard let open = html.range(of: "<pre class=\"text\" id=\"text\">"), let close = html.range(of: "</pre>", range: open.upperBound..<html.endIndex)
    else { return "" }
    return String(html[open.upperBound..<close.lowerBound])
}

/// Text as a browser shows it: tags dropped, the five entities and numeric references decoded.
func visibleText(_ html: String) -> String {
    var out = ""
    var index = html.startIndex
    while index < html.endIndex {
        let character = html[index]
        if character == "<" {
            index = html[index...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
            continue
        }
        if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";") {
            let entity = String(html[html.index(after: index)..<semicolon])
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'", "#13": "\r", "#10": "\n"]
            if let value = named[entity] { out += value; index = html.index(after: semicolon); continue }
        }
        out.append(character)
        index = html.index(after: index)
    }
    return out
}

/// The mention elements of the marked text (`<a class="cite …" id="m-N">`, `<cite class="cite …">`):
/// N → the visible text of each element with that id.
func markedMentions(_ pre: String) -> [Int: [String]] {
    var found: [Int: [String]] = [:]
    for (opening, closing) in [("<a class=\"cite ", "</a>"), ("<cite class=\"cite ", "</cite>")] {
        var rest = pre[...]
        while let start = rest.range(of: opening) {
            guard let tagEnd = rest[start.upperBound...].firstIndex(of: ">"),
                  let id = rest[start.upperBound..<tagEnd].range(of: " id=\"m-"),
                  let number = Int(rest[id.upperBound...].prefix { $0.isNumber }),
                  let end = rest[tagEnd...].range(of: closing)
            else { break }
            found[number, default: []].append(visibleText(String(rest[rest.index(after: tagEnd)..<end.lowerBound])))
            rest = rest[end.upperBound...]
        }
    }
    return found
}
