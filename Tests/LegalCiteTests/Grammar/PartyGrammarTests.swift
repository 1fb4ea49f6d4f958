import Testing
@testable import LegalCite

/// The party reader's grammar beyond one name and one role: roles glued to the next field, role
/// modifiers (`Nominal Defendant`), offices between names of a list, lists of names closed by
/// corporate suffixes, a court's heading or an address run into the caption, a slipped comma after
/// `and`, representatives named in a descriptor. Each example is a real caption of
/// `Corpus/captions/` (the document named beside it), with the cases the rule must leave alone.
@Suite("Party grammar: roles, offices, suffix lists, headings")
struct PartyGrammarTests {
    private func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }
    private func read(_ text: String) -> [String] {
        PartyReader.read(words(text)).map { "\($0.name)|\($0.role ?? "")" }
    }

    // tax-1981-calbom-v-commissioner, illappct-2010-people-v-shorty
    @Test func aRoleGluedToTheNextFieldEndsAtItsPeriod() {
        #expect(PartyReader.gluedAfterRole("Respondent.Calbom") == ["Respondent.", "Calbom"])
        #expect(PartyReader.gluedAfterRole("Defendant-Appellant.No.") == ["Defendant-Appellant.", "No."])
        #expect(read("JOHN E. CALBOM AND MELODIE CALBOM, Petitioners v. COMMISSIONER OF INTERNAL REVENUE, Respondent.Calbom v. CommissionerDocket")
            == ["John E. Calbom|petitioner", "Melodie Calbom|petitioner", "Commissioner of Internal Revenue|respondent"])
        // Not an abbreviation's periods nor a word that is no role.
        #expect(PartyReader.gluedAfterRole("U.S.A.") == ["U.S.A."])
        #expect(PartyReader.gluedAfterRole("Plaintiffs.") == ["Plaintiffs."])
        #expect(PartyReader.gluedAfterRole("Dept.Of") == ["Dept.Of"])
    }

    // delch-2020-cruz-v-cruz
    @Test func aModifierBeforeTheRoleWordIsTheRolesFirstWord() {
        let parties = read("RENA DILLON CRUZ, ) ) Defendant, ) ) and ) ) CRUZ MINERAL INVESTMENTS, ) LLC, a Delaware limited liability ) company, ) ) Nominal Defendant. )")
        #expect(parties == ["Rena Dillon Cruz|defendant", "Cruz Mineral Investments, LLC|nominal defendant"])
        // A name's own word is no modifier unless a comma (or the group's opening) stands before it.
        #expect(read("JOHN NOMINAL Defendant.") == ["John Nominal|defendant"])
    }

    // wyd-2021-frank-v-buchanan
    @Test func officesBetweenPeoplesNamesPartAList() {
        let parties = read("""
            John C. FRANK and Grassfire, LLC, Plaintiffs, v. Ed BUCHANAN, Wyoming Secretary of State, Leigh Anne Manlove, Laramie \
            County District Attorney, Debra Lee, Laramie County Clerk, in their official capacities, Defendants.
            """)
        #expect(parties == ["John C. Frank|plaintiff", "Grassfire, LLC|plaintiff", "Ed Buchanan|defendant", "Leigh Anne Manlove|defendant",
                            "Debra Lee|defendant"])
        #expect(PartyReader.isOffice(words("Wyoming Secretary of State,")))
        #expect(PartyReader.isOffice(words("Laramie County District Attorney,")))
        #expect(!PartyReader.isOffice(words("Leigh Anne Manlove,")))
        #expect(!PartyReader.isOffice(words("Department of Transportation,")))
        #expect(!PartyReader.isOffice(words("City of Medford,")))
        // ca9-2009-doyle-v-city-of-medford: the place after an office is the office's, no party.
        #expect(read("MICHAEL DYAL, City Manager, City of Medford, in his official capacity and as an individual, Defendants-Appellees.")
            == ["Michael Dyal|defendant-appellee"])
    }

    // cand-2016-song-fi-v-google, nyed-2017-boyce-v-citibank
    @Test func namesClosedByCorporateSuffixesAreAList() {
        #expect(read("SONG FI, INC., JOSEPH N. BROTHERTON, LISA M. PELLEGRINO, N.G.B., RASTA ROCK, INC., 6 Plaintiffs,")
            == ["Song Fi, Inc.|plaintiff", "Joseph N. Brotherton|plaintiff", "Lisa M. Pellegrino|plaintiff", "N.G.B.|plaintiff",
                "Rasta Rock, Inc.|plaintiff"])
        #expect(read("GOOGLE, INC., YOUTUBE LLC, 9 10 Defendants.") == ["Google, Inc.|defendant", "Youtube LLC|defendant"])
        // A capacity after the suffix, in capitals, is no second party.
        #expect(read("CITIBANK, N.A., AS TRUSTEE FOR MLMI TRUST SERIES 2006-HES, Appellee.") == ["Citibank, N.A.|appellee"])
        // One name with its agency parts stays one name.
        #expect(read("Commonwealth of Pennsylvania, Department of Transportation, Bureau of Driver Licensing, Appellant")
            == ["Commonwealth of Pennsylvania, Department of Transportation, Bureau of Driver Licensing|appellant"])
    }

    // ohctapp4scioto-2018-state-v-luther, cand-2016-song-fi-v-google
    @Test func aCourtsHeadingRunIntoTheCaptionIsNoName() {
        #expect(read("FOURTH APPELLATE DISTRICT SCIOTO COUNTY STATE OF OHIO, Plaintiff-Appellee, : : vs. Case No. 16CA3742 : JAMES A. LUTHER, Defendant-Appellant.")
            == ["State of Ohio|plaintiff-appellee", "James A. Luther|defendant-appellant"])
        #expect(read("1 IN THE UNITED STATES DISTRICT COURT 2 FOR THE NORTHERN DISTRICT OF CALIFORNIA 3 4 5 TIARA N. JOHNSON, 8 Plaintiff,")
            == ["Tiara N. Johnson|plaintiff"])
        // A county's name inside a party's name stays (`LARAMIE COUNTY SCHOOL DISTRICT`).
        #expect(read("LARAMIE COUNTY SCHOOL DISTRICT NUMBER ONE, Defendant.") == ["Laramie County School District Number One|defendant"])
    }

    // texapp14-2023-bagby-3015-v-bagby-house
    @Test func aNamesNumberAndAnAddressAreReadAsSuch() {
        #expect(read("BAGBY 3015, LLC, Appellant V. BAGBY HOUSE, LLC, TASTE BAR & KITCHEN LLC, AND ALL OTHER OCCUPANTS OF 3015 BAGBY, HOUSTON, TEXAS 77006, Appellees")
            == ["Bagby 3015, LLC|appellant", "Bagby House, LLC|appellee", "Taste Bar & Kitchen LLC|appellee", "All Other Occupants of 3015 Bagby|appellee"])
        #expect(PartyReader.isPlace(words("TEXAS 77006,")))
        #expect(PartyReader.isPlace(words("Arizona")))
        #expect(!PartyReader.isPlace(words("STATE OF OHIO,")))
        // A docket number before a name is still no part of it.
        #expect(read("A-3947-13T2 WILLIAM W. LISOWSKI, Plaintiff-Appellant,") == ["William W. Lisowski|plaintiff-appellant"])
    }

    // nvd-1999-in-re-kieslich, cand-2017-hunter-v-oakland-school-for-the-arts
    @Test func aSlippedCommaAfterAndAndARepresentative() {
        #expect(read("Zdenek Kieslich and, Susan A. Kieslich, Plaintiffs-Appellees,")
            == ["Zdenek Kieslich|plaintiff-appellee", "Susan A. Kieslich|plaintiff-appellee"])
        #expect(read("I.H., by and through her guardian ad litem, CHERYLL HUNTER, Plaintiff,") == ["I.H.|plaintiff"])
        // ca9-1962-commissioner-v-estate-of-long: `His Guardian` describes; it is no party.
        #expect(read("ESTATE of Robert Louis LONG, a Minor, by Louis F. Long, His Guardian, Respondent.")
            == ["Estate of Robert Louis Long|respondent"])
    }

    // ga-2022-awad-v-state: counsel's line with a role's modifier after `for`.
    @Test func counselForAnAmicusIsNoParty() {
        #expect(read("Greg Allen Willis, Willis Law Firm, 6000 Lake Forrest Drive, Suite 375, Atlanta, Georgia 30328, for Amicus Appellant.").isEmpty)
        #expect(read("STATE OF GEORGIA, Appellee.") == ["State of Georgia|appellee"])
    }

    // gactapp-2006-pless-v-state: `The` in lower case in a caption in capitals.
    @Test func aCaptionWithoutRolesMayWriteItsArticleInLowerCase() {
        #expect(read("| PLESS v. The STATE. |") == ["Pless|", "The State|"])
        // A title line in ordinary case still names no parties (`Leszyk v Guthrie`).
        #expect(read("| Pless v. State of mind |").isEmpty)
    }
}

/// The limits of those rules, on the captions they first misread.
@Suite("Party grammar: what the rules leave alone")
struct PartyGrammarLimitsTests {
    private func read(_ text: String) -> [String] {
        PartyReader.read(text.split(separator: " ").map(String.init)).map { "\($0.name)|\($0.role ?? "")" }
    }

    @Test func anOfficeAfterAPersonsSuffixIsNoSecondParty() {
        #expect(read("Eric H. HOLDER, Jr., United States Attorney General, Respondent.") == ["Eric H. Holder, Jr.|respondent"])
        #expect(PartyReader.isCorporateSuffix("INC.,"))
        #expect(!PartyReader.isCorporateSuffix("Jr.,"))
    }

    @Test func aStateAfterANameIsWrittenWithIt() {
        #expect(read("HOUSTON COUNTY, GEORGIA, Defendant.") == ["Houston County, Georgia|defendant"])
        #expect(read("HERMAN HUISENGA, d/b/a HUISENGA ADVERTISING, Billings, Montana, Plaintiff and Respondent,")
            == ["Herman Huisenga, d/b/a Huisenga Advertising|plaintiff and respondent"])
    }

    @Test func aCourtNamedAsAPartyKeepsItsDistrict() {
        // The heading rule stops at `DISTRICT COURT`: the words stay for the name test to judge.
        #expect(!read("SIXTH JUDICIAL DISTRICT COURT in and for the County of Bannock, Defendant.").contains("Court in and for the County of Bannock|defendant"))
    }

    @Test func theArticleRuleCountsCapitalsOfASmallWordInCapitals() {
        #expect(read("ROBERT CONKLIN, Appellant, v. DEPARTMENT OF THE ARMY, Agency. |").contains("Department of the Army, Agency|"))
    }
}
