import Foundation
import Testing
@testable import LegalCiteServe

@Suite struct FormDataTests {
    @Test func urlEncodedPairsDecodePlusAndPercent() throws {
        let form = try FormData(urlEncoded: Array("cite=556+U.S.+662&s=%C2%A7%201983&empty=&a=1&a=2".utf8))
        #expect(try form.text("cite") == "556 U.S. 662")
        #expect(try form.text("s") == "§ 1983")
        #expect(try form.text("empty") == nil)
        #expect(try form.text("a") == "1")
        #expect(try form.text("missing") == nil)
        #expect(throws: FormData.BadRequest.self) { try FormData(urlEncoded: Array("a=%4".utf8)) }
        #expect(throws: FormData.BadRequest.self) { try FormData(urlEncoded: Array("a=%FF".utf8)).text("a") }
    }

    @Test func multipartPartsKeepTheirBytesAndFileName() throws {
        let body = Array("--XyZ\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\ntext\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a b.txt\"\r\nContent-Type: text/plain\r\n\r\nline 1\r\n--not the boundary\r\n\u{00A7}\r\n--XyZ--\r\n".utf8)
        let form = try FormData(multipart: body, contentType: "multipart/form-data; boundary=XyZ")
        #expect(try form.text("format") == "text")
        #expect(form.bytes("file") == Array("line 1\r\n--not the boundary\r\n\u{00A7}".utf8))
        #expect(form.fileNames["file"] == "a b.txt")
        #expect(throws: FormData.BadRequest.self) { try FormData(multipart: body, contentType: "multipart/form-data") }
        #expect(throws: FormData.BadRequest.self) { try FormData(multipart: Array(body.prefix(60)), contentType: "multipart/form-data; boundary=XyZ") }
    }
}

@Suite struct TemplateFileTests {
    @Test func embeddedServerTemplatesMatchTheirFiles() throws {
        let folder = repository.appendingPathComponent("Sources/LegalCiteServe/Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ServeTemplateFiles.files.keys.sorted())
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(ServeTemplateFiles.files[file] == String(text.reversed().drop { $0 == "\n" }.reversed()), "\(file) is stale: run scripts/embed-templates")
        }
    }

    @Test func everyTemplateParses() throws {
        let pages = try ServePages(indexName: "x.sqlite")
        for name in ["home", "annotated", "search", "documents", "authorities", "authority", "document", "error", "annotation"] {
            #expect(pages.library.getTemplate(named: name) != nil, "\(name)")
        }
    }
}
