import Testing
@testable import LegalCite

/// The caption readers on layouts beyond the district order: courts-db's court names, the court
/// below, site furniture, docket-number forms, compound roles, descriptors, the opinion's head.
/// Each example is shaped on a real document of `Corpus/captions/`.
@Suite("Caption layouts: courts, dockets, parties, authors, panels, dates")
struct CaptionLayoutTests {
    @Test func stateAppellateCourtFromCourtsDB() {
        let document = extract("""
                                 In the Court of Appeals of Georgia

            A21A0259. TIMOTHY FRANZEN, INTERVENOR v. CITY OF ATLANTA.

            RICKMAN, Presiding Judge.

            This case involves two of three related bond validation proceedings, all of which concern the redevelopment.
            """)
        #expect(document.caption?.court?.id == "gactapp")
        #expect(document.signature?.author == "RICKMAN")
    }

    @Test func appellateCourtIsNotTheCourtBelow() {
        let document = extract("""
                          UNITED STATES COURT OF APPEALS
                               FOR THE FIFTH CIRCUIT

                                   No. 11-50000

            UNITED STATES OF AMERICA,
                                                  Plaintiff - Appellee
            v.

            JUAN SANTACRUZ-NARANJO,
                                                  Defendant - Appellant

                      Appeal from the United States District Court
                           for the Western District of Texas

            Before SMITH, DENNIS, and HIGGINSON, Circuit Judges.

            PER CURIAM:

            The defendant appeals the sentence imposed after his guilty plea to illegal reentry into the country.
            """)
        #expect(document.caption?.court?.id == "ca5")
        #expect(document.caption?.lowerCourt?.id == "txwd")
        #expect(document.caption?.parties.map(\.role) == ["plaintiff-appellee", "defendant-appellant"])
        #expect(document.caption?.panel == ["SMITH", "DENNIS", "HIGGINSON"])
        #expect(document.signature?.author == "PER CURIAM")
    }

    @Test func aStampBetweenHeadingLinesAndACitedCourtBelow() {
        let document = extract("""
                                  UNITED STATES COURT OF APPEALS
            Filed 10/4/96
                                         FOR THE TENTH CIRCUIT



                TRACIE LOUISE CASTILLEJA,

                            Plaintiff-Appellant,

                v.                                                   No. 96-6013
                                                              (D.C. No. CIV-95-106-BL)
                PHILLIP HARWELL,                                     (W.D. Okla.)

                            Defendant-Appellee.
            """)
        #expect(document.caption?.court?.id == "ca10")
        #expect(document.caption?.lowerCourt?.id == "okwd")
        #expect(document.caption?.docketNumbers.map(\.text) == ["96-6013"], "the court below's D.C. No. is not this case's")
        #expect(document.caption?.parties.map(\.name) == ["Tracie Louise Castilleja", "Phillip Harwell"])
        #expect(document.date?.date == "1996-10-04")
    }

    @Test func docketNumbersOfManyCourts() {
        func numbers(_ line: String) -> [String] {
            extract("IN THE COURT OF APPEALS OF THE STATE OF WASHINGTON\n\n\(line)\n\nJOHN DOE,\n\nAppellant.\n").caption?.docketNumbers.map(\.text) ?? []
        }
        #expect(numbers("NO. 14-14-00797-CV") == ["14-14-00797-CV"])
        #expect(numbers("No. W2004-02407-CCA-R3-HC") == ["W2004-02407-CCA-R3-HC"])
        #expect(numbers("Index No. 805340/2024") == ["805340/2024"])
        #expect(numbers("No. 107,359") == ["107,359"])
        #expect(numbers("Civil No. 09-3709 (JRT/RLE)") == ["09-3709 (JRT/RLE)"])
        #expect(numbers("No. 277 C.D. 2024") == ["277 C.D. 2024"])
        #expect(numbers("Trial Court Cause No. 2013-61281").isEmpty, "the trial court's number")
        #expect(numbers("TDCJ No. 0534058").isEmpty, "an inmate's number")
    }

    @Test func siteFurnitureIsNoCaption() {
        let document = extract("""
            Opinion
            22-12455 TBM Adv. Pro. 22-1258 TBM
            07-10-2023
            ORDER ON PLAINTIFF'S MOTION FOR SUMMARY JUDGMENT
            THOMAS B. MCNAMARA, BANKRUPTCY JUDGE
            I. Introduction.
            Bankruptcy provides a temporary safe haven for honest but unfortunate debtors who come before the court.
            """)
        #expect(document.caption?.docketNumbers.map(\.text) == ["22-12455 TBM", "22-1258 TBM"])
        #expect(document.caption?.title == "ORDER ON PLAINTIFF'S MOTION FOR SUMMARY JUDGMENT")
        #expect(document.signature?.author == "THOMAS B. MCNAMARA")
        #expect(document.date?.date == "2023-07-10")
        #expect(document.caption?.court == nil, "the page names no court")
    }

    @Test func rolesAsWrittenAndDescriptorsCut() {
        #expect(PartyReader.rolePhrase(["Plaintiff", "-", "Appellant/", "Cross", "Appellee,"]) == "plaintiff-appellant/cross-appellee")
        #expect(PartyReader.rolePhrase(["Plaintiffs", "and", "Respondents."]) == "plaintiff and respondent")
        #expect(PartyReader.rolePhrase(["Petitioners,", "Appellants"]) == "petitioner-appellant")
        let parties = PartyReader.read(["KILOLO", "KIJAKAZI,", "Acting", "Commissioner", "of", "Social", "Security,", "Defendant."])
        #expect(parties.map(\.name) == ["Kilolo Kijakazi"])
        let list = PartyReader.read(["STEVE", "PETERSON,", "SAM", "EILERT,", "and", "RANDY", "HLAD,", "Appellees,"])
        #expect(list.map(\.name) == ["Steve Peterson", "Sam Eilert", "Randy Hlad"])
        let firm = PartyReader.read(["JONES", "LAW", "FIRM,", "P.C.,", "Defendant."])
        #expect(firm.map(\.name) == ["Jones Law Firm, P.C."])
    }

    @Test func prosePartiesAndDatesAreNoNames() {
        let parties = PartyReader.read(["03-20-2024", "JAMUS", "ORAN", "BRYANT,", "Plaintiff,"])
        #expect(parties.isEmpty, "a name holding a date is refused, not guessed at")
        #expect(PartyReader.read(["Burlington,", "VT,", "for", "Defendants."]).isEmpty)
    }

    @Test func whoDeliveredTheOpinion() {
        let document = extract("""
            SUPREME COURT OF THE UNITED STATES

            No. 16–399

            [June 23, 2017]

            Justice Ginsburg delivered the opinion of the Court.

            A federal employee who suffers an adverse action may contest it before the Merit Systems Protection Board.
            """)
        #expect(document.caption?.court?.id == "scotus")
        #expect(document.signature?.author == "Ginsburg")
        #expect(document.date?.date == "2017-06-23")
        #expect(document.date?.kind == .decided)
    }

    /// Two parties joined by `and` are two entries when each side is a person or plainly an
    /// entity; one name stays one (`SECRETARY OF HEALTH AND HUMAN SERVICES`, `BRANCH BANKING AND
    /// TRUST COMPANY`); an ordinal is a name's word (`114TH DISTRICT COURT`).
    @Test func partiesJoinedByAnd() {
        let document = extract("""
            UNITED STATES DISTRICT COURT
            DISTRICT OF UTAH

            MIGUEL CARRANZA AND AMELIA SANCHEZ,
                    Plaintiffs,
            v.                                  Case No. 2:07-cv-00291
            CITY OF NEW RICHMOND AND NEW RICHMOND REGIONAL AIRPORT COMMISSION,
                    Defendants.

            MEMORANDUM DECISION AND ORDER
            """)
        #expect(document.caption?.parties.map(\.name) == ["Miguel Carranza", "Amelia Sanchez", "City of New Richmond",
                                                         "New Richmond Regional Airport Commission"])
        #expect(PartyReader.splitList(["SECRETARY", "OF", "HEALTH", "AND", "HUMAN", "SERVICES"]).count == 1)
        #expect(PartyReader.splitList(["BRANCH", "BANKING", "AND", "TRUST", "COMPANY"]).count == 1)
        #expect(NameCase.titleCaseIfShouting("114TH DISTRICT COURT") == "114th District Court")
    }

    /// A name read from the normalized text gets its apostrophe back as the caption writes it.
    @Test func typographicApostrophesOfTheCaption() {
        let document = extract("""
            IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA
            SECOND APPELLATE DISTRICT

            ERIKKA SKINNER,
                    Plaintiff and Respondent,
            v.
            KEN\u{2019}S FOODS, INC.,
                    Defendant and Appellant.
            """)
        #expect(document.caption?.parties.last?.name == "Ken\u{2019}s Foods, Inc.")
    }
}
