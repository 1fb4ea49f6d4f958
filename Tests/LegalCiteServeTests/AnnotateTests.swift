import Foundation
import Testing
@testable import LegalCiteServe

@Suite(.serialized) struct AnnotateTests {
    @Test func anUploadedOrderIsAnnotatedWithItsJSON() async throws {
        let order = Array(try Data(contentsOf: repository.appendingPathComponent("Corpus/jones-v-kansas-2012-order.txt")))
        try await withServer { server in
            let answer = try await server.upload(order, name: "jones.txt", fields: ["format": "auto"])
            #expect(answer.status == 200)
            let page = answer.text
            // The 12 mentions of the expected JSON, each marked once.
            #expect(page.components(separatedBy: "class=\"cite cite-").count - 1 == 12)
            #expect(page.contains("<a class=\"cite cite-id backref\" id=\"m-11\" href=\"#m-10\""))
            #expect(page.contains("download=\"jones.json\""))
            let base64 = try #require(page.components(separatedBy: "data:application/json;base64,").dropFirst().first?.prefix { $0 != "\"" })
            let json = try #require(Data(base64Encoded: String(base64)))
            let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
            #expect(object["schema"] as? String == "legalcite.document/1")
            #expect((object["citations"] as? [Any])?.count == 12)
            #expect((object["source"] as? [String: Any])?["name"] as? String == "jones.txt")
        }
    }

    @Test func aPastedTextIsAnnotatedAndItsMarkupEscaped() async throws {
        try await withServer { server in
            let body = Array("text=See+42+U.S.C.+%C2%A7+1983+%3Cscript%3Ealert(1)%3C%2Fscript%3E+%26+more&format=text".utf8)
            let answer = try await server.post("/annotate", contentType: "application/x-www-form-urlencoded", body: body)
            #expect(answer.status == 200)
            #expect(!answer.text.contains("<script>"))
            #expect(answer.text.contains(">42 U.S.C. § 1983</a> &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</pre>"))
            #expect(answer.text.contains("download=\"pasted.json\""))
        }
    }

    @Test func badUploadsGetTheirStatus() async throws {
        try await withServer(maxUpload: 1 << 20) { server in
            let notUTF8 = try await server.upload([0x62, 0x61, 0x64, 0x20, 0xFF, 0xFE, 0x0A], name: "bad.txt")
            #expect(notUTF8.status == 422)
            #expect(notUTF8.text.contains("bad.txt: not valid UTF-8 (first bad byte at offset 4)"))
            let binary = try await server.upload([0x00, 0x01, 0x02, 0x03], name: "x.bin")
            #expect(binary.status == 422)
            // 3 MB of file and 164 bytes of form around it (counted by hand from the form written).
            let huge = try await server.upload([UInt8](repeating: 0x61, count: 3 << 20), name: "huge.txt")
            #expect(huge.status == 413)
            #expect(huge.text.contains("The upload is 3145892 bytes; this server accepts at most 1048576."))
            // Over the limit without a declared length: chunked, cut off while reading.
            var chunked = Array("POST /annotate HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
            for _ in 0..<24 { chunked += Array("10000\r\n".utf8) + [UInt8](repeating: 0x61, count: 0x10000) + Array("\r\n".utf8) }
            chunked += Array("0\r\n\r\n".utf8)
            let unsized = try await server.send(chunked)
            #expect(unsized.status == 413)
            #expect(unsized.text.contains("The upload is larger than that; this server accepts at most 1048576."))
            let empty = try await server.post("/annotate", contentType: "application/x-www-form-urlencoded", body: Array("text=++%0A".utf8))
            #expect(empty.status == 400)
            #expect(empty.text.contains("There is nothing to annotate"))
            #expect(try await server.post("/annotate", contentType: "application/json", body: Array("{}".utf8)).status == 415)
            let cut = try await server.post("/annotate", contentType: "multipart/form-data; boundary=abc", body: Array("--abc\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nSee".utf8))
            #expect(cut.status == 400)
            #expect(try await server.post("/annotate", contentType: "multipart/form-data", body: Array("x".utf8)).status == 400)
            #expect(try await server.post("/annotate", contentType: "application/x-www-form-urlencoded", body: Array("text=x&format=pdf".utf8)).status == 400)
            #expect(try await server.get("/annotate").status == 303)
            #expect(try await server.get("/").status == 200)
        }
    }
}
