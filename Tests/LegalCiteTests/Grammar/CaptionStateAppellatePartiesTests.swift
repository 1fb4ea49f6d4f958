import Testing
@testable import LegalCite

/// Parties of state-court and appellate captions read by grammar (parties11): the cross posture
/// alone as a role, New York's lower-case roles after `etc.`/`et al.`, Iowa's `Upon the Petition
/// of … And Concerning …`, Indiana's counsel block above the caption, Florida's finality notice and
/// cut docket numbers in a transcription, Texas's name and role on lines of their own and its
/// three-column caption, Ohio's venue block; and the three party-reader risks the 2026-12-04
/// review left (a district's office after `JUDICIAL DISTRICT`, a list of states, a bankruptcy
/// chapter inside the names). Each example is a real caption of `Corpus/captions/` or
/// `Corpus/mentions/` (named in each test), with negatives shaped like them.
@Suite("Caption: state and appellate parties")
struct CaptionStateAppellatePartiesTests {
    private func read(_ line: String) -> [String] {
        PartyReader.read(line.split(separator: " ").map(String.init)).map { "\($0.name)|\($0.role ?? "")" }
    }

    private func parties(_ document: ExtractedDocument) -> [String] {
        (document.caption?.parties ?? []).map { "\($0.name)|\($0.role ?? "")" }
    }

    /// ohio-2013-state-v-willan: `THE STATE OF OHIO, CROSS-APPELLANT, v. WILLAN, CROSS-APPELLEE.`
    /// Corpus/captions/michctapp-2023-balsamo-v-danna.txt: Michigan writes the counterclaim's
    /// posture in one word, the role run onto the next line after its hyphen.
    @Test func michigansCounterclaimPostureInOneWord() {
        let caption = extract("""
            STATE OF MICHIGAN
            COURT OF APPEALS
            GIUSEPPE BALSAMO and CALOGERA                                        UNPUBLISHED
            BALSAMO,                                                             May 18, 2023
            Plaintiffs/Counterdefendants-
            Appellants,
            v                                                                    No. 361114
            FRANK MANCINI,
            Defendant-Appellee.

            Before: SMITH, P.J., and JONES and ROE, JJ.

            PER CURIAM.

            Plaintiffs appeal as of right the trial court's order granting summary disposition to the defendant.

            """).caption
        #expect(caption?.parties.map(\.name) == ["Giuseppe Balsamo", "Calogera Balsamo", "Frank Mancini"])
        #expect(caption?.parties.first?.role == "plaintiff/counterdefendant-appellant")
        #expect(PartyReader.role("Counterplaintiff-Appellee,") == "appellee")
        #expect(PartyReader.role("Counterclaim") == nil)
    }

    @Test func theCrossPostureAloneIsARole() {
        #expect(read("THE STATE OF OHIO, CROSS-APPELLANT, v. WILLAN, CROSS-APPELLEE. |")
                == ["The State of Ohio|cross-appellant", "Willan|cross-appellee"])
        #expect(PartyReader.role("Cross-Respondent.") == "respondent")
        // `Cross` alone, a cross motion, a word that only begins so: no role.
        #expect(PartyReader.role("Cross") == nil)
        #expect(PartyReader.role("Cross-Motion") == nil)
        #expect(PartyReader.role("Crossing") == nil)
        // coloctapp-2018-lees-v-james (Corpus/mentions): `Robert A. Lees, Attorney-Appellant and
        // Cross-Appellee,`: counsel appealing in his own name; `Attorney` alone is no role.
        #expect(read("Robert A. Lees, Attorney-Appellant and Cross-Appellee, v. M. Tracy James, Defendant-Appellee and Cross-Appellant |")
                == ["Robert A. Lees|attorney-appellant and cross-appellee", "M. Tracy James|defendant-appellee and cross-appellant"])
        #expect(PartyReader.role("Attorney") == nil)
        #expect(PartyReader.role("Attorney-General") == nil)
        // The posture after a trial role is still read whole.
        #expect(read("JOHN DOE, Plaintiff-Appellee and Cross-Appellant, v. ACME CORP., Defendant. |")
                == ["John Doe|plaintiff-appellee and cross-appellant", "Acme Corp.|defendant"])
    }

    /// nyappdiv-2012-baron-v-brown: `[*1]Kathleen Baron, etc., appellant, ⏎ v ⏎ Howard Brown,
    /// etc., et al., defendants, Janice McCormack, etc., et al., respondents.`
    @Test func newYorkRolesInLowerCaseAfterEtcAndEtAl() {
        let document = extract("""
            SUPREME COURT OF THE STATE OF NEW YORK

            APPELLATE DIVISION : SECOND JUDICIAL DEPARTMENT

            2011-06780

            [*1]Kathleen Baron, etc., appellant,

            v

            Howard Brown, etc., et al., defendants, Janice McCormack, etc., et al., respondents.

            DECISION & ORDER

            In an action, inter alia, to recover damages for medical malpractice and wrongful death, etc., the plaintiff appeals, as limited by her brief, from so much of an order of the Supreme Court, Suffolk County (Molia, J.), dated June 13, 2011.
            """)
        #expect(parties(document) == ["Kathleen Baron|appellant", "Howard Brown|defendant", "Janice McCormack|respondent"])
        // A caption's lower-case words are roles, `etc.`, `et al.`; a sentence's are not.
        #expect(CaptionReader.isCaptionLowercaseWord("respondents."))
        #expect(CaptionReader.isCaptionLowercaseWord("etc.,"))
        #expect(!CaptionReader.isCaptionLowercaseWord("appeals,"))
        #expect(!CaptionReader.isCaptionLowercaseWord("the"))
        // A sentence's `and`, a role not set off by its comma: prose's words.
        #expect(!CaptionReader.isCaptionLowercaseWord("and"))
        #expect(!CaptionReader.isCaptionLowercaseWord("defendants"))
        #expect(PartyReader.withoutStarPage("[*1]Kathleen") == "Kathleen")
        #expect(PartyReader.withoutStarPage("[Cite") == "[Cite")
        // A role in lower case inside a sentence names no party.
        #expect(read("the plaintiff appeals, as limited by her brief, from so much of an order |").isEmpty)
    }

    /// iowactapp-2015-in-re-marriage-of-petesich.
    @Test func iowaPetitionAndConcerningOpenEachParty() {
        #expect(read("| IN RE THE MARRIAGE OF MARYANN S. PETESICH AND JOHN A. PETESICH Upon the Petition of MARYANN S. PETESICH, Petitioner-Appellee, And Concerning JOHN A. PETESICH, Respondent-Appellant. |")
                == ["Maryann S. Petesich|petitioner-appellee", "John A. Petesich|respondent-appellant"])
        // `Concerning` inside a name in progress stays (only a party's first word is dropped).
        #expect(read("BOARD CONCERNING ZONING, Respondent. |") == ["Board Concerning Zoning|respondent"])
    }

    /// indctapp-2013-troyer-v-troyer: the filing stamp, then `APPELLANT PRO SE: ATTORNEY FOR
    /// APPELLEE:` and counsel's names above the court and the `)`-rail caption.
    @Test func indianaCounselHeadingIsNoRole() {
        #expect(read("Apr 30 2013, 9:20 am FOR PUBLICATION APPELLANT PRO SE: ATTORNEY FOR APPELLEE: PHILLIP J. TROYER PERRY D. SHILTS Fort Wayne, Indiana Fort Wayne, Indiana IN THE | PHILLIP J. TROYER, Appellant/Cross-Appellee-Respondent, v. TRACY L. TROYER, Appellee/Cross-Appellant-Petitioner. |")
                == ["Phillip J. Troyer|appellant/cross-appellee-respondent", "Tracy L. Troyer|appellee/cross-appellant-petitioner"])
        // A date is never a party: a month's abbreviation beside a number is a date's.
        #expect(PartyReader.containsDate(["Apr", "30", "2013,"]))
        #expect(PartyReader.containsDate(["Sept.", "4,", "2019"]))
        #expect(!PartyReader.containsDate(["Jan", "Novak"]))
        #expect(!PartyReader.containsDate(["DEC", "INTERNATIONAL,", "INC."]))
    }

    /// fladistctapp1-2017-dbpr-v-dania-entertainment: the court's heading ended by `STATE OF
    /// FLORIDA`, the finality notice between the name and its role, `CASE NO. 1D` before a
    /// semicolon list.
    @Test func floridaNoticeHeadingAndCutNumber() {
        let parties = read("Transcription 1 IN THE DISTRICT COURT OF APPEAL FIRST DISTRICT, STATE OF FLORIDA DEPARTMENT OF BUSINESS AND PROFESSIONAL REGULATION, DIVISION OF PARI-MUTUEL WAGERING, NOT FINAL UNTIL TIME EXPIRES TO FILE MOTION FOR REHEARING AND DISPOSITION THEREOF IF FILED Appellant, v. CASE NO. 1D DANIA ENTERTAINMENT CENTER, LLC; DAYTONA BEACH KENNEL CLUB, INC.; JACKSONVILLE KENNEL CLUB, INC., Appellees. |")
        #expect(parties == ["Department of Business and Professional Regulation, Division of Pari-Mutuel Wagering|appellant",
                            "Dania Entertainment Center, LLC|appellee", "Daytona Beach Kennel Club, Inc.|appellee",
                            "Jacksonville Kennel Club, Inc.|appellee"])
        #expect(PartyReader.withoutFinalityNotices(["A,", "NOT", "FINAL", "UNTIL", "TIME", "EXPIRES", "IF", "FILED", "Appellant,"]) == ["A,", "|", "Appellant,"])
        // `NOT FINAL` with no end of the notice near is left as written.
        #expect(PartyReader.withoutFinalityNotices(["NOT", "FINAL", "UNTIL", "PAYMENT"]) == ["NOT", "FINAL", "UNTIL", "PAYMENT"])
    }

    /// fla-2018-allen-v-nunez: `1 Supreme Court of Florida LEWIS, J. No. SC W. RILEY ALLEN,
    /// Petitioner, vs. JAIRO RAFAEL NUNEZ, et al., Respondents.` (the number's digits lost).
    @Test func aCutDocketNumberPartsTheNames() {
        #expect(read("1 Supreme Court of Florida LEWIS, J. No. SC W. RILEY ALLEN, Petitioner, vs. JAIRO RAFAEL NUNEZ, et al., Respondents. |")
                == ["W. Riley Allen|petitioner", "Jairo Rafael Nunez|respondent"])
        #expect(PartyReader.isCutDocketNumber("SC"))
        #expect(PartyReader.isCutDocketNumber("1D"))
        #expect(!PartyReader.isCutDocketNumber("II"))
        #expect(!PartyReader.isCutDocketNumber("283"))
        #expect(!PartyReader.isCutDocketNumber("Smith"))
        // A roman numeral after `No.` is no cut number: what precedes it is not parted off.
        #expect(read("ACME CORP. No. II JOHN DOE, Defendant. |") != ["John Doe|defendant"])
    }

    /// illappct-2010-people-v-shorty: `Lloyd SHORTY, Defendant-Appellant.No. 3-08-0994.`: the
    /// docket number glued after the role's period is removed, the role before it kept.
    @Test func aRoleGluedBeforeARemovedDocketNumberStays() {
        let document = extract("""
            934 N.E.2d 647 (2010) The PEOPLE of the State of Illinois, Plaintiff-Appellee,
            v.
            Lloyd SHORTY, Defendant-Appellant.No. 3-08-0994. Appellate Court of Illinois, Third District.
            August 19, 2010. *648 Bryon Kohut, Office of the State Appellate Defender, Ottawa, IL, for Appellant.
            Justice SCHMIDT delivered the opinion of the court:
            The defendant, Lloyd Shorty, was convicted of burglary and appeals from the judgment of the circuit court.
            """)
        let read = parties(document).map { $0.lowercased() }
        #expect(read.contains("lloyd shorty|defendant-appellant"))
        #expect(read.contains("the people of the state of illinois|plaintiff-appellee"))
    }

    /// texapp2-2012-celis-v-state: `MARCOS ANTONIO CELIS` ⏎ `APPELLANT` ⏎ `V.` ⏎ `The State of Texas` ⏎ `STATE`.
    @Test func aTexasRoleAloneUnderTheNameClosesIt() {
        #expect(read("| FORT WORTH | MARCOS ANTONIO CELIS | APPELLANT v. The State of Texas | STATE |") == ["Marcos Antonio Celis|appellant"])
        #expect(PartyReader.isBareNameLine(["MARCOS", "ANTONIO", "CELIS"]))
        // A court's line, a name ended by its comma (read as held already), one word: no bare name.
        #expect(!PartyReader.isBareNameLine(["COURT", "OF", "APPEALS"]))
        #expect(!PartyReader.isBareNameLine(["JOHN", "DOE,"]))
        #expect(!PartyReader.isBareNameLine(["MEMORANDUM", "OPINION"]))
        #expect(!PartyReader.isBareNameLine(["CELIS"]))
    }

    /// texapp12-2007-smith-v-state: Tyler's three columns flattened line by line.
    @Test func aTexasCourtBelowColumnIsNoPartOfTheNames() {
        #expect(read("| JAMES EARL SMITH, APPEAL FROM THE 241ST APPELLANT V. JUDICIAL DISTRICT COURT OF THE STATE OF TEXAS, APPELLEE SMITH COUNTY, TEXAS | MEMORANDUM OPINION")
                == ["James Earl Smith|appellant", "The State of Texas|appellee"])
        // `APPEAL FROM` with no name's comma before it is the court's line of a caption read already.
        #expect(read("MAURICE GASAWAY v. APPELLANT APPEAL FROM HARDIN CIRCUIT COURT HONORABLE KEN M. HOWARD, JUDGE ACTION NO. 18-CR-00927 COMMONWEALTH OF KENTUCKY APPELLEE |")
                == ["Maurice Gasaway|appellant", "Commonwealth of Kentucky|appellee"])
    }

    /// ohctapp9wayne-2019-state-v-fridley: `STATE OF OHIO ) ⏎ )ss: ⏎ COUNTY OF WAYNE ) ⏎ STATE OF OHIO ⏎ Appellee`.
    @Test func anOhioVenueBlockIsNoParty() {
        #expect(read("| )ss: COUNTY OF WAYNE STATE OF OHIO Appellee v. |").first == "State of Ohio|appellee")
        // Without the venue's mark, `COUNTY OF WAYNE` is a party's name.
        #expect(read("COUNTY OF WAYNE, Defendant. |") == ["County of Wayne|defendant"])
    }

    /// The review's case: a district's office after `JUDICIAL DISTRICT` is a party; the court's
    /// heading run into the caption is still cut (ohctapp4scioto-2018-state-v-luther).
    @Test func aDistrictsOfficeIsNoCourtHeading() {
        #expect(read("JOHN DOE, Plaintiff, v. 18TH JUDICIAL DISTRICT ATTORNEY, Defendant. |")
                == ["John Doe|plaintiff", "18th Judicial District Attorney|defendant"])
        #expect(read("COURT OF APPEALS OF OHIO FOURTH APPELLATE DISTRICT SCIOTO COUNTY STATE OF OHIO, Plaintiff-Appellee, v. JOHN LUTHER, Defendant-Appellant. |")
                == ["State of Ohio|plaintiff-appellee", "John Luther|defendant-appellant"])
        #expect(PartyReader.isDistrictOffice("ATTORNEY,"))
        #expect(!PartyReader.isDistrictOffice("SCIOTO"))
    }

    /// The review's case: states listed as plaintiffs are one party each; a state after a city or
    /// a county is still that name's place.
    @Test func aListOfStatesIsOnePartyEach() {
        #expect(read("TEXAS, ALABAMA, ARIZONA, Plaintiffs, v. UNITED STATES OF AMERICA, Defendant. |")
                == ["Texas|plaintiff", "Alabama|plaintiff", "Arizona|plaintiff", "United States of America|defendant"])
        #expect(read("CITY OF TUCSON, ARIZONA, Defendant. |") == ["City of Tucson, Arizona|defendant"])
        #expect(read("HOUSTON COUNTY, GEORGIA, Defendant. |") == ["Houston County, Georgia|defendant"])
    }

    /// bankr-wdmich-2007-in-re-novak (Corpus/mentions): `In re: Case No. HM 07-90133 ROBERT NORBERT
    /// NOVAK and Chapter 7 JENIFER JOAN NOVAK, Debtors.`; mssb-2012-advanced-recovery-v-clemons:
    /// `IN RE: CHAPTER 13 ⏎ OSCAR CLEMONS, JR. CASE NO. …`.
    @Test func aBankruptcyChapterIsNoPartOfTheNames() {
        #expect(read("In re: | ROBERT NORBERT NOVAK and Chapter 7 JENIFER JOAN NOVAK, Debtors. |")
                == ["Robert Norbert Novak|debtor", "Jenifer Joan Novak|debtor"])
        #expect(read("| IN RE: CHAPTER 13 OSCAR CLEMONS, JR. CASE |") == ["Oscar Clemons, Jr.|"])
        // A trustee's chapter is the descriptor's, which goes with it.
        #expect(read("JOHN DOE, Chapter 7 Trustee, Plaintiff, v. JANE ROE, Defendant. |") == ["John Doe|plaintiff", "Jane Roe|defendant"])
    }

    /// okla-1959-harris-v-conway: `Vera L. HARRIS, Plaintiff in Error, v. Mrs. J. Richard CONWAY,
    /// Defendant in Error.` (the writ of error's parties, as Oklahoma's reports write them).
    @Test func theWritOfErrorsPostureIsARole() {
        #expect(read("Vera L. HARRIS, Plaintiff in Error, v. Mrs. J. Richard CONWAY, Defendant in Error. |")
                == ["Vera L. Harris|plaintiff in error", "Mrs. J. Richard Conway|defendant in error"])
        #expect(read("JOHN DOE and JANE DOE, Plaintiffs in Error, v. ACME CORP., Defendant in Error. |")
                == ["John Doe|plaintiff in error", "Jane Doe|plaintiff in error", "Acme Corp.|defendant in error"])
        // A role word that opens prose with `in` is still no role, and `in` alone extends none.
        #expect(!PartyReader.isInError(["in", "its", "complaint"], at: 0))
        #expect(PartyReader.isInError(["in", "Error."], at: 0))
        #expect(read("JOHN DOE, Plaintiff, v. ACME CORP., Defendant. |") == ["John Doe|plaintiff", "Acme Corp.|defendant"])
    }

    /// wisctapp-1998-juneau-county-v-courthouse-employees: `Respondents-Respondents-Cross-Appellants.[†]`,
    /// a copy's footnote mark in brackets after the role.
    @Test func aBracketedFootnoteMarkAfterTheRole() {
        #expect(PartyReader.role("Respondents-Respondents-Cross-Appellants.[†]") != nil)
        #expect(PartyReader.role("Appellee.[1]") == "appellee")
        #expect(read("JUNEAU COUNTY, Petitioner-Appellant, v. JOHN DOE, Respondent.[†] |")
                == ["Juneau County|petitioner-appellant", "John Doe|respondent"])
        // Brackets that are no mark: no role.
        #expect(PartyReader.role("Appellee[reversed]") == nil)
    }

    /// iowactapp-2021-in-re-dt-jb-ml: `IN THE INTEREST OF D.T., J.B., and M.L., ⏎ Minor Children, ⏎
    /// C.B., Mother, ⏎ Appellant, ⏎ A.T., Father, ⏎ Appellant.`: the children, so described, name
    /// no role; each parent is the appellant, without the word that describes it.
    @Test func aChildsMatterNamesTheChildrenWithoutARole() {
        #expect(read("| IN THE INTEREST OF D.T., J.B., and M.L., Minor Children, C.B., Mother, Appellant, A.T., Father, Appellant. |")
                == ["D.T.|", "J.B.|", "M.L.|", "C.B.|appellant", "A.T.|appellant"])
        #expect(read("| IN THE INTEREST OF K.I., Minor Child, C.I., Mother, Appellant. |") == ["K.I.|", "C.I.|appellant"])
        #expect(PartyReader.matterWordCount(["IN", "THE", "INTEREST", "OF", "K.I.,"]) == 4)
        // texapp7-2019-in-re-lmb: a Texas head flattened onto one line; the child's name ends at
        // `A CHILD`, the court below's words after it are none of it.
        #expect(read("In The | at Amarillo | IN THE INTEREST OF L.M.B., A CHILD On Appeal from the County Court at Law Number 3 Lubbock County, Texas Trial Court |")
                == ["L.M.B.|"])
        #expect(PartyReader.childDescribedName(["L.M.B.,", "A", "CHILD", "On", "Appeal"]) == ["L.M.B.,"])
        // Prose after `In the Interest of`, or a name that no child's words follow: none.
        #expect(read("| IN THE INTEREST OF JUSTICE the court finds that the motion should be granted and so orders it today |") == [])
        #expect(PartyReader.childDescribedName(["JOHN", "DOE,", "Appellant"]) == nil)
        // shared/corpus eyecitets_cl4510001 (Tex. App. Dallas): two children's initials joined by
        // `AND` are two parties; initials are capitals each with its period.
        #expect(read("| IN THE INTEREST OF R.L. AND A.L., MINOR CHILDREN |") == ["R.L.|", "A.L.|"])
        #expect(PartyReader.isInitials("L.E.C.,"))
        #expect(!PartyReader.isInitials("Inc."))
        #expect(!PartyReader.isInitials("U.S.A.B.C."))
        // A party's name that only begins with a family's word is still a name.
        #expect(read("JOHN DOE, Plaintiff, v. CHILD PROTECTIVE SERVICES, Defendant. |")
                == ["John Doe|plaintiff", "Child Protective Services|defendant"])
        #expect(read("JOHN DOE, GUARDIAN LIFE INSURANCE COMPANY, and ACME CORP., Defendants. |")
                == ["John Doe|defendant", "Guardian Life Insurance Company|defendant", "Acme Corp.|defendant"])
    }

    /// nev-1973-voorhees-v-spencer: `MARIANNE SPENCER, Administratrix of the Estate of Raylen
    /// Stanley Voorhees, Deceased; and HAZEL JEWEL McMASTERS, Respondents.`
    @Test func anAdministratrixIsADescriptor() {
        #expect(read("JOHN DOE, Appellant, v. MARIANNE SPENCER, Administratrix of the Estate of Raylen Stanley Voorhees, Deceased; and HAZEL JEWEL McMASTERS, Respondents. |")
                == ["John Doe|appellant", "Marianne Spencer|respondent", "Hazel Jewel McMASTERS|respondent"])
    }

    /// kanctapp-2015-in-re-estate-of-rickabaugh: `In the Matter of the Estate of ⏎ BEUFORD W.
    /// RICKABAUGH a/k/a B.W. RICKABAUGH, Deceased.`: the name's length is counted without the
    /// matter's words and kind.
    @Test func anEstatesLongNameAfterTheMattersWords() {
        #expect(read("| In the Matter of the Estate of BEUFORD W. RICKABAUGH a/k/a B.W. RICKABAUGH, Deceased. |")
                == ["Beuford W. Rickabaugh a/k/a B.W. Rickabaugh|"])
        // Still no party when the words after the matter run on as prose.
        #expect(read("| In the Matter of the Estate of the late owner of the farm on the hill by the river and the mill and more |") == [])
    }

    /// txnd-2012-igbokwe-v-dallas-county-schools: `DALLAS COUNTY SCHOOLS and RICK SORRELLS, in his
    /// Individual and Official Capacity, Defendants.`: a county's entity and a person, two parties.
    @Test func aCountysEntityAndAPersonAreTwoParties() {
        #expect(read("JOHN DOE, Plaintiff, v. DALLAS COUNTY SCHOOLS and RICK SORRELLS, in his Individual and Official Capacity, Defendants. |")
                == ["John Doe|plaintiff", "Dallas County Schools|defendant", "Rick Sorrells|defendant"])
        // One entity whose name holds `and` stays one.
        // vactapp-2011-hodnett-v-stanco-masonry (Corpus/citator): `INCORPORATED` written out is the
        // name's suffix; the list's next name follows its `and`.
        #expect(PartyReader.splitList(["STANCO", "MASONRY,", "INCORPORATED", "and", "Amerisure", "Mutual", "Insurance", "Company."]).map { $0.joined(separator: " ") }
                == ["STANCO MASONRY, INCORPORATED", "Amerisure Mutual Insurance Company."])
        #expect(read("JOHN DOE, Plaintiff, v. DEPARTMENT OF HEALTH AND HUMAN SERVICES, Defendant. |")
                == ["John Doe|plaintiff", "Department of Health and Human Services|defendant"])
    }
}
