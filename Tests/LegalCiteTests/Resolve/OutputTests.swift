import Testing
@testable import LegalCite

@Suite("Output")
struct OutputTests {
    @Test func sha256KnownVectors() {
        func hash(_ text: String) -> String { Array(text.utf8).withUnsafeBufferPointer { SHA256.hex($0) } }
        #expect(hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hash(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func scalarOffsetsCountCharactersNotBytes() {
        let document = extract("“Smith” – See ECF No. 21.")
        let json = String(decoding: document.json(pretty: false), as: UTF8.self)
        // “ and – are one scalar each but three bytes: ECF starts at scalar 14, byte 18.
        #expect(json.contains("\"span\":[14,24]"))
    }

    @Test func errorRecord() {
        let line = String(decoding: DocumentEncoder.error(name: "a.txt", bytes: 3, message: "not valid UTF-8"), as: UTF8.self)
        #expect(line == #"{"schema":"legalcite.error/1","source":{"name":"a.txt","bytes":3},"error":"not valid UTF-8"}"#)
    }

    @Test func writerEscapesNumbersAndLayout() {
        var json = JSONWriter(pretty: false, capacity: 1)
        json.beginObject()
        json.field("s", "a\"b\\c\nd\re\tf\u{1}g\u{1F}h é")
        json.field("n", 5 as Int?)
        json.key("ns"); json.beginArray()
        for value in [0, -7, 1234567890, Int.min, Int.max] { json.element(); json.number(value) }
        json.endArray()
        json.key("span"); json.pair(3, 12)
        json.field("none", nil as String?)
        json.field("yes", true)
        json.endObject()
        let expected = #"{"s":"a\"b\\c\nd\re\tf\u0001g\u001fh é","n":5,"ns":[0,-7,1234567890,-9223372036854775808,9223372036854775807],"span":[3,12],"none":null,"yes":true}"#
        #expect(String(decoding: json.bytes, as: UTF8.self) == expected)

        var pretty = JSONWriter(pretty: true)
        pretty.beginObject()
        pretty.key("a"); pretty.beginArray(); pretty.element(); pretty.number(1); pretty.element(); pretty.pair(2, 3); pretty.endArray()
        pretty.key("b"); pretty.beginArray(); pretty.endArray()
        pretty.endObject()
        #expect(String(decoding: pretty.bytes, as: UTF8.self) == "{\n  \"a\": [\n    1,\n    [2, 3]\n  ],\n  \"b\": []\n}")
    }

    @Test func streamedJSONIsTheWholeJSONInPieces() throws {
        let text = String(repeating: "See Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009); ECF No. 21; 42 U.S.C. § 1983. Id. at 4.\n", count: 200)
        let document = extract(text)
        for pretty in [false, true] {
            var pieces: [[UInt8]] = []
            DocumentEncoder.encode(document, pretty: pretty, chunkSize: 4096) { pieces.append($0) }
            #expect(pieces.count > 10)
            #expect(pieces.dropLast().allSatisfy { $0.count >= 4096 })
            #expect(Array(pieces.joined()) == document.json(pretty: pretty))
        }
    }
}
