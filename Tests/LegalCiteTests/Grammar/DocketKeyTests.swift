import Testing
@testable import LegalCite

/// `caption.dockets[].key`: spellings of one number meet, other shapes have none.
@Suite("Docket keys")
struct DocketKeyTests {
    @Test(arguments: [
        // The seed's number and the PACER spelling of it (issue 16).
        ("12-2486-KHV-DJW", "ksd/12/2486", nil),
        ("2:12-cv-02486", "ksd/12/2486", "cv"),
        ("2:12-CV-2486-KHV", "ksd/12/2486", "cv"),
        ("12cv2486", "ksd/12/2486", "cv"),
        ("CV 12-2486 KHV", "ksd/12/2486", "cv"),
        ("2:12-cr-02486-JWL", "ksd/12/2486", "cr"),
        ("20-25013-Civ-Scola", "ksd/20/25013", "cv"),
        ("5:07-CR-50072-1", "ksd/07/50072", "cr"),   // the defendant's number is no part of it
        ("2012-cv-00007", "ksd/12/7", "cv"),
        ("08-2575", "ksd/08/2575", nil),
    ] as [(String, String, String?)])
    func spellingsMeet(written: String, key: String, type: String?) throws {
        let parsed = try #require(DocketKey(reading: written, court: "ksd"))
        #expect(parsed.text == key)
        #expect(parsed.type == type)
    }

    @Test(arguments: ["04-20-00613-CV", "1-23-0093", "805340/2024", "B299907", "2D15-1754", "11905-14", "49A05-1206-CR-301",
                      "1711-CC00064", "0201-22-4", "12-1234567", "PD-1437-12", "no number"])
    func otherShapesHaveNoKey(written: String) {
        #expect(DocketKey(reading: written, court: "ksd") == nil, "\(written)")
    }

    @Test func theTypeRefinesButNeverContradicts() throws {
        let bare = try #require(DocketKey(reading: "12-2486-KHV-DJW", court: "ksd"))
        let civil = try #require(DocketKey(reading: "2:12-cv-02486", court: "ksd"))
        let criminal = try #require(DocketKey(reading: "2:12-cr-02486", court: "ksd"))
        #expect(bare.matches(civil) && civil.matches(bare) && bare.matches(criminal))
        #expect(!civil.matches(criminal))
        #expect(bare.text == criminal.text, "the key itself holds no type")
        let elsewhere = try #require(DocketKey(reading: "12-2486", court: "mod"))
        #expect(!bare.matches(elsewhere))
        #expect(try #require(DocketKey(reading: "12-2486")).matches(elsewhere), "no court matches any")
        #expect(DocketKey(reading: "12-2486")?.text == nil, "no court, no key text")
    }

    @Test func aKeyReadsBack() throws {
        let key = try #require(DocketKey(key: "ksd/12/2486"))
        #expect(key.court == "ksd" && key.year == 12 && key.sequence == 2486 && key.text == "ksd/12/2486")
        #expect(try #require(DocketKey(reading: "2:12-cv-02486", court: "ksd")).matches(key))
        for bad in ["ksd/2012/2486", "KSD/12/2486", "ksd/12", "/12/2486", "ksd/12/24x6", "ksd/12/1234567", "2:12-cv-02486"] {
            #expect(DocketKey(key: bad) == nil, "\(bad)")
        }
    }

    /// The key in the JSON of a caption, next to the number it reads.
    @Test func theJSONCarriesTheKey() throws {
        let text = "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF KANSAS\n\nCase No. 2:12-cv-02486-KHV-DJW\n\nJOHN DOE,\n\nPlaintiff,\n\nv.\n\nACME CORP.,\n\nDefendant.\n\nORDER\n\nThe motion is denied.\n"
        let json = String(decoding: try Extractor().extract(Array(text.utf8)).json(pretty: false), as: UTF8.self)
        #expect(json.contains(#""sequence":"02486","key":"ksd/12/2486""#), "\(json)")
    }
}
