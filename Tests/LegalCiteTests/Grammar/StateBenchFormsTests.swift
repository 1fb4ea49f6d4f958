import Testing
@testable import LegalCite

/// State appellate and supreme court heads: a bench line after a reporter's star page, Texas's
/// `Panel consists of …`, Pennsylvania's `OPINION BY` bylines with a rank, an honorific or a date,
/// Kentucky's `OPINION OF THE COURT BY`, Mississippi's `…, J., for the court.`. Each example is
/// a line of a real document (named) or, where that document proved to be a cold one, its form,
/// with negatives.
@Suite("State bench and author forms")
struct StateBenchFormsTests {
    @Test func benchLineAfterAStarPageAndABylineWithHonorificAndDate() {
        // The form of the Supreme Court of Pennsylvania's reported heads of the 1960s (a bench line
        // after the reporter's star page, `OPINION BY MR. JUSTICE …, <date>:`), written for this
        // test: the real document it was first taken from proved to be a cold document's page.
        let document = extract("""
                Supreme Court of Pennsylvania.

                Argued March 12, 1964.
                April 21, 1964.

                *312 Before BELL, C.J., MUSMANNO, JONES, COHEN, EAGEN, O'BRIEN and ROBERTS, JJ.

                Thomas A. Ward, City Solicitor, for appellants.

                OPINION BY MR. JUSTICE ROBERTS, April 21, 1964:

                The appellee was removed from the office he held under the city's charter.
            """)
        #expect(document.caption?.panel == ["BELL", "MUSMANNO", "JONES", "COHEN", "EAGEN", "O'BRIEN", "ROBERTS"])
        #expect(document.signature?.author == "ROBERTS")
        #expect(document.signature?.title == "JUSTICE")
        // A dissent's byline names no writer of the opinion.
        let dissent = extract("""
                DISSENTING OPINION BY MR. JUSTICE MUSMANNO:

                I dissent.
            """)
        #expect(dissent.signature?.author == nil)
    }

    @Test func bylineWithAPresidentJudgesRank() {
        // Corpus/captions/pacommwct-2011-mcwreath-v-department-of-public-welfare.txt.
        let document = extract("""
                Commonwealth Court of Pennsylvania.

                BEFORE: LEADBETTER, President Judge, and PELLEGRINI, Judge, and SIMPSON, Judge, and LEAVITT, Judge, and BROBSON, Judge, and McCULLOUGH, Judge, and BUTLER, Judge.

                OPINION BY President Judge LEADBETTER.

                Joan McWreath petitions for review of the final order of the Secretary.
            """)
        #expect(document.signature?.author == "LEADBETTER")
        #expect(document.signature?.title == "President Judge")
        #expect(document.caption?.panel == ["LEADBETTER", "PELLEGRINI", "SIMPSON", "LEAVITT", "BROBSON", "McCULLOUGH", "BUTLER"])
    }

    @Test func opinionOfTheCourtBy() {
        // The Supreme Court of Kentucky's head line.
        let document = extract("""
                RENDERED: SEPTEMBER 22, 2022
                TO BE PUBLISHED

                Supreme Court of Kentucky

                OPINION OF THE COURT BY JUSTICE KELLER

                The Appellant was convicted of murder.
            """)
        #expect(document.signature?.author == "KELLER")
        #expect(document.signature?.title == "JUSTICE")
    }

    @Test func authorForTheCourt() {
        // Corpus/captions/miss-2002-smith-v-mack-trucks.txt.
        let smith = extract("""
                Supreme Court of Mississippi.

                EN BANC.

                DIAZ, J., for the court.

                ¶ 1. Jeffery Kilcrease died as a result of a single-vehicle log truck accident.
            """)
        #expect(smith.signature?.author == "DIAZ")
        #expect(smith.signature?.title == "J.")
        // `EN BANC.` names no judge.
        #expect((smith.caption?.panel ?? []).isEmpty)
        // A separate opinion's line is not the court's writer.
        let dissent = extract("""
                Supreme Court of Mississippi.

                McRAE, J., dissenting:

                I respectfully dissent.
            """)
        #expect(dissent.signature?.author == nil)
    }

    @Test func texasPanelConsistsOf() {
        // The Texarkana court's head line (Corpus/captions/texapp6-2010-smith-v-i-30-business-park.txt has its form).
        let document = extract("""
                In The
                Court of Appeals
                Sixth Appellate District of Texas at Texarkana

                Before Morriss, C.J., Carter and Moseley, JJ.
                Opinion by Justice Carter

                The trial court granted summary judgment.
            """)
        #expect(document.caption?.panel == ["Morriss", "Carter", "Moseley"])
        // Corpus/citator/texapp1-2004-mendoza-v-state.txt and texapp14-2005-taylor-v-state.txt.
        let consists = extract("""
                Court of Appeals of Texas, Houston (1st Dist.).

                Panel consists of Chief Justice Radack, and Justices Alcala and Bland.

                Appellant was convicted of aggravated assault.
            """)
        #expect(consists.caption?.panel == ["Radack", "Alcala", "Bland"])
        let justices = extract("""
                Panel consists of Justices Fowler, Edelman, and Guzman.
            """)
        #expect(justices.caption?.panel == ["Fowler", "Edelman", "Guzman"])
    }

    @Test func negativesAttorneysAndTheJusticesInProse() {
        // A counsel list after a star page is no bench; the Justices of the Court in prose are no panel.
        let document = extract("""
                Supreme Court of Pennsylvania.

                *60 *61 Burton A. Rose, Philadelphia, for petitioner.
                F. Emmett Fitzpatrick, Dist. Atty., Steven H. Goldblatt, Deputy Dist. Atty. for Law, Philadelphia, for respondent.

                We have received House Resolution No. 123, requesting the opinions of the Justices of the Supreme Court.
            """)
        #expect((document.caption?.panel ?? []).isEmpty)
        #expect(document.signature?.author == nil)
    }

    @Test func nebraskaLouisianaAndNewYorkBenches() {
        // Corpus/captions/neb-2022-state-v-abernathy.txt: a district judge after the justices.
        let nebraska = extract("""
            Douglas J. Peterson, Attorney General, and Stacy M. Foust, Lincoln, for appellee.

            Miller-Lerman, Cassel, Stacy, Funke, Papik, and Freudenberg, JJ., and Daugherty, District Judge.

            Papik, J.
            """)
        #expect(nebraska.caption?.panel == ["Miller-Lerman", "Cassel", "Stacy", "Funke", "Papik", "Freudenberg", "Daugherty"])
        // Corpus/captions/lactapp3-2018-crooks-v-department-of-natural-resources.txt.
        let louisiana = extract("""
            STATE OF LOUISIANA COURT OF APPEAL, THIRD CIRCUIT

            Court composed of John D. Saunders, Marc T. Amy, and D. Kent Savoie, Judges.

            AFFIRMED IN PART; VACATED IN PART; AND RENDERED.
            """)
        #expect(louisiana.caption?.panel == ["John D. Saunders", "Marc T. Amy", "D. Kent Savoie"])
        // Corpus/captions/nyappdiv-2012-baron-v-brown.txt: a justice a line under the presiding one.
        let newYork = extract("""
            APPELLATE DIVISION : SECOND JUDICIAL DEPARTMENT

            REINALDO E. RIVERA, J.P.

            RUTH C. BALKIN

            JOHN M. LEVENTHAL

            SYLVIA HINDS-RADIX, JJ.

            2011-06780
            """)
        #expect(newYork.caption?.panel == ["REINALDO E. RIVERA", "RUTH C. BALKIN", "JOHN M. LEVENTHAL", "SYLVIA HINDS-RADIX"])
        // A party's line between the presiding justice and the others is no bench.
        let broken = extract("""
            REINALDO E. RIVERA, J.P.

            JOHN DOE, plaintiff, against ACME CORP.

            SYLVIA HINDS-RADIX, JJ.
            """)
        #expect((broken.caption?.panel ?? []).isEmpty)
    }
}
