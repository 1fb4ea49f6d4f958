import Testing
@testable import LegalCite

/// A head flattened onto one line (a transcription site's copy of a slip opinion) whose caption
/// writes no roles: the names in capitals right next to a `v.`, cut from the notice's prose, the
/// court's words and the dates around them. Each example is a real caption of a document of
/// `Corpus/captions/`.
@Suite("Caption: role-less names in a flattened head")
struct CaptionFlattenedVersusTests {
    /// scotus-2010-united-states-v-stevens: the reporter's notice cites `United States v. Detroit
    /// Timber & Lumber Co.` before the syllabus head `UNITED STATES v. STEVENS CERTIORARI TO …`.
    static let stevens = ["See", "United", "States", "v.", "Detroit", "Timber", "&", "Lumber", "Co.,", "200", "U.", "S.", "321,", "337.", "|",
                          "Syllabus", "UNITED", "STATES", "v.", "STEVENS", "CERTIORARI", "TO", "THE", "UNITED", "STATES", "COURT", "OF",
                          "APPEALS", "FOR", "THE", "THIRD", "CIRCUIT", "No", "Argued", "October", "6,", "2009", "Decided", "April", "20,", "2010"]

    @Test func syllabusHeadNamesBothSidesNotTheCitedCase() {
        let parties = PartyReader.read(Self.stevens, flattened: true)
        #expect(parties.map { $0.name.lowercased() } == ["united states", "stevens"])
        #expect(parties.allSatisfy { $0.role == nil })
        // The same words from a head that was not flattened: no such reading.
        #expect(PartyReader.read(Self.stevens, flattened: false).isEmpty)
    }

    /// md-2010-proctor-v-wmata: `… Misc. No. 1 September Term, 2009 SYLVESTER L. PROCTOR, et ux. v.
    /// WASHINGTON METROPOLITAN AREA TRANSIT AUTHORITY Bell, C.J. Harrell …`: the term's year and the
    /// panel bound the names; `et ux.` goes.
    @Test func termYearAndPanelBoundTheNames() {
        let words = ["September", "Term,", "2009", "SYLVESTER", "L.", "PROCTOR,", "et", "ux.", "v.", "WASHINGTON", "METROPOLITAN", "AREA",
                     "TRANSIT", "AUTHORITY", "Bell,", "C.J.", "Harrell", "Battaglia"]
        let parties = PartyReader.read(words, flattened: true)
        #expect(parties.map { $0.name.lowercased() } == ["sylvester l. proctor", "washington metropolitan area transit authority"])
    }

    /// A `v.` inside a cited case's name in the body, written in mixed case, gives no party; nor
    /// does a side that is a title, a role, a date or a docket number.
    @Test func negatives() {
        #expect(PartyReader.read(["and", "this", "Court", "s", "decision", "in", "Oaks", "v.", "Connors,", "339", "Md.", "24,"], flattened: true).isEmpty)
        #expect(PartyReader.shoutingRunsAround(before: ["MEMORANDUM", "OPINION"], after: ["JONES"]) == nil)
        #expect(PartyReader.shoutingRunsAround(before: ["DAVID", "MEYER,", "PETITIONER"], after: ["HOLLEY"]) == nil)
        #expect(PartyReader.shoutingRunsAround(before: ["Decided", "JANUARY", "22,", "2003"], after: ["HOLLEY"]) == nil)
        #expect(PartyReader.shoutingRunsAround(before: ["STATE"], after: ["2020-258", "OCTOBER", "TERM"]) == nil)
        // The tail of a name in mixed case (delch-2018-ravenswood-v-estate-of-winmill: `Re: The
        // Ravenswood Inv. Co. L.P. v. The Estate of …; C.A. No. 3730-VCS`).
        #expect(PartyReader.shoutingRunsAround(before: ["The", "Ravenswood", "Inv.", "Co.", "L.P."], after: ["C.A.", "No."]) == nil)
        #expect(PartyReader.shoutingRunsAround(before: ["SUPREME", "COURT", "OF", "THE", "UNITED", "STATES"], after: ["HOLLEY"]) == nil)
        // `et ux.` goes with the name it follows (md-2010-proctor-v-wmata).
        let runs = PartyReader.shoutingRunsAround(before: ["2009", "SYLVESTER", "L.", "PROCTOR,", "et", "ux."],
                                                  after: ["WASHINGTON", "METROPOLITAN", "AREA", "TRANSIT", "AUTHORITY", "Bell,", "C.J."])
        #expect(runs?.0 == ["SYLVESTER", "L.", "PROCTOR,", "et", "ux."])
        #expect(runs?.1 == ["WASHINGTON", "METROPOLITAN", "AREA", "TRANSIT", "AUTHORITY"])
    }

    /// illappct-2022-in-re-marriage-of-saunders: `In re MARRIAGE OF ) … JOSHUA SAUNDERS, ) …
    /// Petitioner-Appellant, )`: the kind of matter after `In re` is no part of the first name.
    @Test func marriageAfterInReIsNoPartOfTheName() {
        let parties = PartyReader.read(["In", "re", "MARRIAGE", "OF", ")", "JOSHUA", "SAUNDERS,", ")", ")", "Petitioner-Appellant,", ")",
                                        "and", ")", ")", "LISA", "SAUNDERS,", ")", "Respondent-Appellee.", ")"])
        #expect(parties.map { "\($0.name.lowercased())|\($0.role ?? "")" } == ["joshua saunders|petitioner-appellant", "lisa saunders|respondent-appellee"])
        // Without `In re`, `Estate of` stays in the name (delch-2018-ravenswood-v-estate-of-winmill).
        let estate = PartyReader.read(["The", "Ravenswood", "Inv.", "Co.", "L.P.,", "Plaintiff,", "v.", "The", "Estate", "of", "Bassett", "S.", "Winmill,", "Defendant."])
        #expect(estate.last?.name.lowercased() == "the estate of bassett s. winmill")
    }
}
