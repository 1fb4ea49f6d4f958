import Testing
@testable import LegalCite

/// Signature and date layouts of issue 13's generalization round (branch sig9): docket-text signers
/// with an honorific or `Ordered by`, author lines after a star page, a label or a run-in title,
/// initials titles, a commissioner, LexisNexis's `OPINIONBY:`, concurring and panel signatures,
/// and head dates in ISO, in parentheses and after `RENDERED:`. Each example is a line of a real
/// document (named), with negatives.
@Suite("Signature layouts: docket signers, author lines, concurrences, head dates")
struct SignatureLayoutsTests {
    @Test func docketTextSignerWithAnHonorificOrOrderedBy() {
        // Corpus/captions/almd-2021-braggs-v-dunn.txt (Justia docket text).
        let honorable = extract("""
            ORDER: it is ORDERED that the plfs' 3354 motion to strike is denied as moot. Signed by Honorable Judge Myron H. Thompson on 7/21/2021. (wcl, )
            """)
        #expect(honorable.signature?.judge == "Myron H. Thompson")
        #expect(honorable.signature?.title == "Judge")
        #expect(honorable.signature?.date == "2021-07-21")
        // Corpus/captions/txnd-2014-garcia-v-bassel.txt.
        let ordered = extract("""
            MEMORANDUM OPINION AND ORDER: The Court AFFIRMS the Bankruptcy Court's order. (Ordered by Judge Reed C O'Connor on 4/2/2014) (skt)
            """)
        #expect(ordered.signature?.judge == "Reed C O'Connor")
        #expect(ordered.signature?.date == "2014-04-02")
        #expect(ordered.date?.date == "2014-04-02")
        // The suffix belongs to the name (the brief's M.D. La. docket text).
        let junior = extract("ORDER granting 12 Motion to Stay. Signed by Magistrate Judge Richard L. Bourgeois, Jr. on 3/4/2020. (jtm)")
        #expect(junior.signature?.judge == "Richard L. Bourgeois, Jr.")
        #expect(junior.signature?.title == "Magistrate Judge")
        // Corpus/captions/mied-2019-anderson-v-furst.txt: no date; the name ends before the sentence's period.
        let undated = extract("OPINION AND ORDER denying 87 Motion to Compel--Signed by Magistrate Judge Anthony P. Patti. (MWil)")
        #expect(undated.signature?.judge == "Anthony P. Patti")
        #expect(undated.signature?.date == nil)
        // An order of the court in prose names no signer.
        let prose = extract("IT IS ORDERED by the Court that the motion is denied.")
        #expect(prose.signature?.judge == nil)
    }

    @Test func authorLinesAfterAStarPageALabelOrARunInTitle() {
        // Corpus/captions/cal-2004-people-v-mosby.txt and calctapp-2002-ferguson-v-lieff-cabraser.txt.
        let star = extract("""
            Bill Lockyer, Attorney General, for Plaintiff and Respondent.

            *263 KENNARD, J.

            Thirty years ago this court held that before accepting a criminal defendant's admission …
            """)
        #expect(star.signature?.author == "KENNARD")
        #expect(star.signature?.title == "J.")
        let acting = extract("""
            Howard, Rice, Nemerovski, Canady, Falk & Rabkin, for respondents.
            *343 REARDON, Acting P.J.
            Appellants, objectors to a proposed class action settlement, sued class counsel.
            """)
        #expect(acting.signature?.author == "REARDON")
        #expect(acting.signature?.title == "Acting P.J.")
        // Corpus/captions/texapp-2013-ryder-v-fayette-county.txt: the byline's label names the writer,
        // not the trial judge above it nor the last of the sitting justices.
        let texas = extract("""
                From the 166th Judicial District Court, Bexar County, Texas
                Trial Court No. 2010-CI-03779
                Honorable Barbara Hanson Nellermoe, Judge Presiding
                Opinion by:       Catherine Stone, Chief Justice
                Sitting:          Catherine Stone, Chief Justice
                Marialyn Barnard, Justice
                Luz Elena D. Chapa, Justice
                Delivered and Filed: August 30, 2013
                AFFIRMED
            """)
        #expect(texas.signature?.author == "Catherine Stone")
        #expect(texas.signature?.title == "Chief Justice")
        #expect(texas.date?.date == "2013-08-30")
        // Corpus/captions/njd-2020-in-re-jsc-uralchem.txt: casetext runs the title onto the author's line.
        let initials = extract("""
            Civ. A. No. 20-3651 (CCC)
            07-24-2020
            NOT FOR PUBLICATION OPINION FALK , U.S.M.J.
            Before the Court is the application of Petitioner, JSC Uralchem, to serve discovery.
            """)
        #expect(initials.signature?.author == "FALK")
        #expect(initials.signature?.title == "U.S.M.J.")
        // A title line alone is no author.
        let title = extract("""
            MEMORANDUM OPINION AND ORDER
            Before the Court is the motion.
            """)
        #expect(title.signature?.author == nil)
    }

    @Test func aCommissionersLineButNotAPartysCapacity() {
        // Corpus/captions/moctapp-1969-rowden-v-amick.txt.
        let missouri = extract("""
            Motion for Rehearing and/or Transfer to Supreme Court Denied October 6, 1969.

            MAUGHMER, Commissioner.

            Action for libel brought by a public official against a private citizen.
            """)
        #expect(missouri.signature?.author == "MAUGHMER")
        #expect(missouri.signature?.title == "Commissioner")
        let party = extract("""
            v.

            Andrew Saul, Commissioner.

            Plaintiff seeks review of the denial of benefits.
            """)
        #expect(party.signature?.author == nil)
        // A Social Security caption wrapped before `of Social Security,`: the title's rank changes nothing.
        let acting = extract("""
            v.

            NANCY A. BERRYHILL, Acting Commissioner
            of Social Security,

            Plaintiff seeks review of the denial of benefits.
            """)
        #expect(acting.signature?.author == nil)
    }

    /// An order's title ending in a judge's office is no author line.
    @Test(arguments: ["ORDER REFERRING CASE TO MAGISTRATE JUDGE", "ORDER REASSIGNING CASE TO A DISTRICT JUDGE", "ORDER ON MOTION TO DISQUALIFY JUDGE"])
    func anOrdersTitleIsNoAuthor(title: String) {
        let document = extract("UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nJOHN DOE, Plaintiff,\nv.\nACME CORP., Defendant.\n\n\(title)\n\nThe case is referred for all pretrial proceedings.\n")
        #expect(document.signature?.author == nil)
    }

    /// Long runs of spaces in a two-column caption (N.D. Ill.) are passed in linear time: a
    /// pattern that tried every split of each run hit PCRE2's match limit there and gave up the
    /// search, missing the judge below.
    @Test func longRunsOfSpacesBeforeACaptionsJudge() {
        let spaces = String(repeating: " ", count: 1200)
        let document = extract("JOHN DOE," + spaces + ")\nv." + spaces + ")\n                          Judge Robert M. Dow, Jr.\n\nThe motion is denied.\n")
        #expect(document.signature?.author == "Robert M. Dow, Jr.")
    }

    @Test func newYorkJusticeRunIntoTheTextAndLexisOpinionBy() {
        // Corpus/captions/nysupct-2015-matter-of-city-of-new-york-harlem-urban-renewal.txt (flattened).
        let newYork = extract("""
            [* 1] SUPREME COURT OF THE STATE OF NEW YORK COUNTY OF NEW YORK: IAS PART 17 -------------------------------------------------------)( In the Matter of the Application of THE CITY OF NEW YORK, Petitioner, DECISION/ORDER -------------------------------------------------------)( HON. SHLOMO S. HAGLER, J.S.C.: Motions under sequence numbers 001, 002 and 003 are consolidated herein for disposition and decided as follows.
            """)
        #expect(newYork.signature?.author == "SHLOMO S. HAGLER")
        #expect(newYork.signature?.title == "J.S.C.")
        // Corpus/captions/wied-1999-blas-v-endicott.txt: the head's JUDGES: line is no signature.
        let lexis = extract("""
            January 4, 1999, Decided
            COUNSEL: Jamie Blas, PLAINTIFF, Pro se, Portage, WI.
            JUDGES: HON. RUDOLPH T. RANDA, U. S. District Judge.
            OPINIONBY: RUDOLPH T. RANDA
            OPINION:
            DECISION AND ORDER
            This prisoner civil rights action comes before the Court on defendants' motion to dismiss.
            """)
        #expect(lexis.signature?.author == "RUDOLPH T. RANDA")
        #expect(lexis.signature?.judge == nil)
        #expect(lexis.signature?.title == "U. S. District Judge")
        #expect(lexis.date?.date == "1999-01-04")
    }

    @Test func honorificsAreNoPartOfASignersName() {
        #expect(SignatureReader.bareName("JUDGES: HON. RUDOLPH T. RANDA") == "RUDOLPH T. RANDA")
        #expect(SignatureReader.bareName("The Honorable Jane M. Doe") == "Jane M. Doe")
        #expect(SignatureReader.bareName("Honorine Smith") == "Honorine Smith")
        #expect(SignatureReader.withoutSentenceEnd("Anthony P. Patti.") == "Anthony P. Patti")
        #expect(SignatureReader.withoutSentenceEnd("Richard L. Bourgeois, Jr.") == "Richard L. Bourgeois, Jr.")
        let signed = extract("""
            IT IS SO ORDERED.

            /s/ Hon. Jane M. Doe
            United States District Judge
            """)
        #expect(signed.signature?.judge == "Jane M. Doe")
    }

    @Test func concurringAndPanelSignaturesNameNoSigner() {
        // Corpus/captions/tennctapp-1998-creative-resource-management-v-soskin.txt.
        // (The author's line at the head, the body long enough that the signature is the end's.)
        let body = String(repeating: "The trial court granted summary judgment to the defendant. ", count: 60)
        let tennessee = extract("""
                                                    WILLIAM B. CAIN, JUDGE

            \(body)
                  The judgment of the trial court is reversed.

                                                     ________________________________
                                                     WILLIAM B. CAIN, JUDGE
            CONCUR:


            __________________________________
            WILLIAM C. KOCH, JR., JUDGE


            __________________________________
            HENRY F. TODD, JUDGE
            """)
        #expect(tennessee.signature?.judge == "William B. Cain")
        // Corpus/captions/michctapp-2022-huth-v-bishop.txt: each judge of the panel signs.
        let michigan = extract("""
                   Affirmed. As the prevailing party, Shriners may tax its costs. See MCR 7.219(A).

                                                                  /s/ Michael J. Kelly
                                                                  /s/ Christopher M. Murray
                                                                  /s/ Michael J. Riordan
            """)
        #expect(michigan.signature?.judge == nil)
        // One /s/ line is the signer's.
        let one = extract("""
            IT IS SO ORDERED.

            /s/ Michael J. Riordan
            """)
        #expect(one.signature?.judge == "Michael J. Riordan")
    }

    @Test func placeThenDateAfterDated() {
        // Corpus/captions/nyed-2009-simon-v-bickell.txt.
        let document = extract("""
            SO ORDERED.

            Dated: Brooklyn, New York
            October 9, 2009

            ERIC N. VITALIANO
            United States District Judge
            """)
        #expect(document.signature?.place == "Brooklyn, New York")
        #expect(document.signature?.date == "2009-10-09")
        #expect(document.signature?.judge == "Eric N. Vitaliano")
    }

    @Test(arguments: [
        // The Florida districts' closing, with and without `in Chambers` and a comma.
        ("DONE and ORDERED in Chambers in Orlando, Florida on June 3, 2020.", "2020-06-03", "Orlando, Florida"),
        ("DONE and ORDERED in Chambers, in Fort Lauderdale, Florida, on June 3, 2020.", "2020-06-03", "Fort Lauderdale, Florida"),
        ("DONE AND ORDERED at West Palm Beach, Florida on June 3, 2020.", "2020-06-03", "West Palm Beach, Florida"),
        ("DONE AND ORDERED in Chambers at Miami, Florida, this 3rd day of June, 2020.", "2020-06-03", "Miami, Florida"),
        // The place after the date (the District of Hawaii's `DATED: …, at Honolulu, Hawaii.`).
        ("DATED: March 3, 2019 at Honolulu, Hawaii.", "2019-03-03", "Honolulu, Hawaii"),
        // A city and state on the line above a bare date (the District of Connecticut's closing).
        ("New Haven, Connecticut\nMarch 3, 2019\n\n/s/ Stefan R. Underhill", "2019-03-03", "New Haven, Connecticut"),
        // Negatives: an hour and a phrase after `at` are no place.
        ("DATED: March 3, 2019 at 10:00 a.m.", "2019-03-03", nil),
        ("Dated: March 3, 2019\nat the hearing of the parties.", "2019-03-03", nil),
    ] as [(String, String, String?)])
    func theDatingLinesPlaceBeforeAfterOrAboveTheDate(closing: String, date: String, place: String?) {
        let document = extract("""
            UNITED STATES DISTRICT COURT
            MIDDLE DISTRICT OF FLORIDA

            ORDER

            The motion is denied.

            \(closing)

            ROY B. DALTON JR.
            United States District Judge
            """)
        #expect(document.signature?.date == date)
        #expect(document.signature?.place == place)
    }

    @Test func headDatesInISOInParenthesesAndRendered() {
        // Corpus/captions/ctb-2019-in-re-rumbin.txt (casetext's ISO head date).
        let iso = extract("""
            Opinion
            Case No. 18-31424 (AMN) Case No. 18-31425 (AMN)
            2019-08-15
            MEMORANDUM OF DECISION AND RULING
            """)
        #expect(iso.date?.date == "2019-08-15")
        // Corpus/captions/dcd-2018-doe-v-mattis.txt.
        let parenthesized = extract("""
            JAMES N. MATTIS, et al.,
            Defendants
            MEMORANDUM OPINION
            (August 24, 2018)
            On July 26, 2017, President Donald J. Trump issued a statement via Twitter.
            """)
        #expect(parenthesized.date?.date == "2018-08-24")
        // Corpus/captions/kyctapp-2021-gasaway-v-commonwealth.txt.
        let rendered = extract("RENDERED: SEPTEMBER 10, 2021; 10:00 A.M. NOT TO BE PUBLISHED Commonwealth of Kentucky Court of Appeals NO. 2020-CA-0031-MR")
        #expect(rendered.date?.date == "2021-09-10")
        // Corpus/captions/ariz-2002-state-v-smith.txt: a site's field.
        let field = extract("""
            State v. Smith
            Date filed: 2002-07-29
            """)
        #expect(field.date?.date == "2002-07-29")
        // A date in prose is no head date.
        let prose = extract("The motion was filed on 2019-08-15 and heard later.")
        #expect(prose.date == nil)
    }


    @Test func perCuriamAfterAFlattenedLineNumber() {
        // Corpus/captions/nm-2023-kincaid-v-lucero-ortega.txt (pleading line numbers flattened).
        let document = extract("17 Santa Fe, NM 18 for Appellee 19 DISPOSITIONAL ORDER OF AFFIRMANCE 20 PER CURIAM. 21 {1} WHEREAS, this matter came on for consideration")
        #expect(document.signature?.author == "PER CURIAM")
        // A case cited as per curiam in prose is no author.
        let cited = extract("See Smith v. Jones, 123 F.3d 45 (5th Cir. 1997) (per curiam).")
        #expect(cited.signature?.author == nil)
    }
}

/// A clerk's dating line and the author's fuller title (branch sig9).
@Suite("Signature layouts: clerk's entry date, the author's fuller title")
struct SignatureClerkAndTitleTests {
    @Test func aClerksEntryDateIsNoSigningDate() {
        // Corpus/captions/pasuperct-2022-zp-v-kp.txt: the prothonotary enters the judgment.
        let entered = extract("""
                  Order reversed.     Case remanded with instructions.

                  Judge Olson joins this opinion.

            Judgment Entered.




            Joseph D. Seletyn, Esq.
            Prothonotary



            Date: 01/06/2022
            """)
        #expect(entered.signature?.date == nil)
        // A judge's own dating line under the signature stays.
        let signed = extract("""
            IT IS SO ORDERED.

            /s/ Jane M. Doe
            United States District Judge

            Date: 01/06/2022
            """)
        #expect(signed.signature?.date == "2022-01-06")
    }

    @Test func theAuthorsFullerTitleForTheSameJudge() {
        // Corpus/captions/nyed-2017-boyce-v-citibank.txt (Justia: the docket text, then the opinion's head).
        let document = extract("""
            Court Description: MEMORANDUM AND OPINION. SO ORDERED. Ordered by Judge Joseph F. Bianco on 1/10/2017. (Zbrozek, Alex)

            MEMORANDUM AND ORDER
            January 10, 2017
            JOSEPH F. BIANCO, District Judge:
            Sherwood L. Boyce and Heather Boyce appeal the Bankruptcy Court's order.
            """)
        #expect(document.signature?.judge == "Joseph F. Bianco")
        #expect(document.signature?.title == "District Judge")
        // Another judge's title is not taken over.
        let other = extract("""
            SO ORDERED. Ordered by Judge Joseph F. Bianco on 1/10/2017.

            JANE M. DOE, Magistrate Judge:
            The motion is before the Court.
            """)
        #expect(other.signature?.title == "Judge")
    }
}

/// The assigned judge's caption line (branch sig9).
@Suite("Signature layouts: a caption's judge line")
struct CaptionJudgeLineTests {
    @Test func theOneJudgeLineOfACaptionNamesTheWriter() {
        // The Northern District of Illinois's caption column (the brief's `Judge Robert M. Dow, Jr.`).
        let illinois = extract("""
                              IN THE UNITED STATES DISTRICT COURT
                             FOR THE NORTHERN DISTRICT OF ILLINOIS
            JOHN SMITH,                         )
                        Plaintiff,              )    Case No. 17-cv-1234
                 v.                             )
            ACME CORP.,                         )    Judge Robert M. Dow, Jr.
                        Defendant.              )

                             MEMORANDUM OPINION AND ORDER

            Before the Court is Defendant's motion to dismiss.
            """)
        #expect(illinois.signature?.author == "Robert M. Dow, Jr.")
        #expect(illinois.signature?.title == "Judge")
        // Corpus/captions/mied-2019-anderson-v-furst.txt: two judges assigned, no writer named.
        let michigan = extract("""
            JERRY ANDERSON,                     Case No. 2:17-12676
                                                District Judge Victoria A. Roberts
                                                Magistrate Judge Anthony P. Patti
                 Plaintiff
            v.
            COLTER FURST,
                 Defendants.
            """)
        #expect(michigan.signature?.author == nil)
        // A judge in the party list is a party.
        let party = extract("""
            MARY ROE,
                 Plaintiff,
            v.
            JUDGE JOHN DOE, in his official capacity,
                 Defendant.
            """)
        #expect(party.signature?.author == nil)
    }
}
