import Testing
@testable import LegalCite

/// Rulings from decretal language, on sentences of real orders and opinions (the seed order,
/// D.D.C.'s `Institute for Policy Studies v. CIA`, the Second Circuit's summary orders, E.D.N.C.,
/// Texas courts of appeals) and on the sentences a reader must not take for rulings.
@Suite("Rulings")
struct RulingTests {
    /// `disposition | motion | docket entry | text of the span` for each ruling of `text`.
    private func rulings(_ text: String) -> [String] {
        let document = extract(text)
        return document.rulings.map { "\($0.disposition.rawValue) | \($0.motion ?? "-") | \($0.docketEntry ?? "-") | \(document.text(of: $0.span))" }
    }

    @Test func theSeedOrdersDecretalSentence() {
        #expect(rulings("""
            Plaintiff may not obtain discovery from his adversaries.

            IT IS THEREFORE ORDERED that Plaintiff's Motion for Discovery (ECF No. 21) is denied.
            """) == ["denied | Motion for Discovery | 21 | denied"])
    }

    @Test func twoRulingsInOneOrderedClause() {
        #expect(rulings("""
                   ORDERED that on the issue of the CIA conducting a search based on the date of

            the request, CIA’s Motion for summary judgment is GRANTED and IPS’ Cross-Motion

            for summary judgment is DENIED; and it is further
            """) == ["granted | Motion for summary judgment | - | GRANTED", "denied | Cross-Motion for summary judgment | - | DENIED"])
    }

    @Test func compoundsAreOneRuling() {
        #expect(rulings("For the reasons that follow, the Plaintiffs’ Motion is GRANTED IN PART AND DENIED IN PART.")
                    == ["granted_in_part | Motion | - | GRANTED IN PART AND DENIED IN PART"])
        #expect(rulings("Any pending motion for a stay of removal in this petition is DISMISSED as moot.")
                    == ["moot | motion for a stay of removal | - | DISMISSED as moot"])
        #expect(rulings("We reverse and remand in part and affirm in part.").map { $0.prefix(16) } == ["affirmed_in_part"])
    }

    @Test func theCourtsVerbsAndTheirList() {
        #expect(rulings("""
            In sum, the court OVERRULES plaintiffs objections to the M&R [D.E. 32], ADOPTS the conclusions in the M&R [D.E. 31], \
            DENIES plaintiffs motion for judgment on the pleadings [D.E. 22], and DISMISSES this action.
            """) == ["other | objections to the M&R | 32 | OVERRULES", "adopted | conclusions in the M&R | 31 | ADOPTS",
                     "denied | motion for judgment on the pleadings | 22 | DENIES", "dismissed | - | - | DISMISSES"])
        #expect(rulings("Because the district court did not abuse its discretion, we affirm.") == ["affirmed | - | - | affirm"])
    }

    @Test func orderedAndAListOfRulings() {
        #expect(rulings("Accordingly, IT IS ORDERED:\n\n1. The motion to dismiss (doc. 29) is GRANTED.\n\n2. This action is DISMISSED.")
                    == ["granted | motion to dismiss | 29 | GRANTED", "dismissed | - | - | DISMISSED"])
    }

    @Test func dispositionLinesStandingAlone() {
        #expect(rulings("argument would not aid the decisional process.\n\n                                  AFFIRMED\n")
                    == ["affirmed | - | - | AFFIRMED"])
        #expect(rulings("order denying a stay of removal.\n\n        PETITION FOR REVIEW DENIED.\n")
                    == ["denied | PETITION FOR REVIEW | - | DENIED"])
    }

    @Test func pleadingLineNumbersInsideTheSentence() {
        #expect(rulings("3    ORDERED, ADJUDGED, AND DECREED that the petition for review is\n\n4    DENIED.\n")
                    == ["denied | petition for review | - | DENIED"])
    }

    @Test func aMotionNamedWithoutItsNumberTakesTheEntryItWasFiledAs() {
        #expect(rulings("""
            Before the Court is Plaintiff's Motion for Discovery (ECF No. 21). The Motion for Discovery is denied.
            """) == ["denied | Motion for Discovery | 21 | denied"])
    }

    @Test func sentencesThatAreNoRulings() {
        for text in [
            "The district court denied the motion to dismiss.",                       // another court, in the past
            "The Court previously denied Plaintiff's motion [12].",                    // this court, earlier
            "It is RECOMMENDED that the motion to dismiss be granted.",                // a recommendation
            "A motion to dismiss should be granted only if the complaint fails.",      // a standard
            "Summary judgment is granted only if there is no genuine dispute.",        // a standard
            "When a case is remanded, however, the court loses jurisdiction.",         // a subordinate clause
            "Plaintiff requested that the Court grant him leave to amend.",            // a party's request
            "The court wrote: \"the motion is denied.\" That order stands.",         // a quotation
            "Appellant's second issue is overruled.",                                 // an appellate issue
            "Under this standard, we will reverse the trial court only when its decision is arbitrary.",
            "We will affirm a dismissal if it was proper under any legal theory.",
            // A magistrate judge's list of recommendations, in the subjunctive.
            "It is RECOMMENDED that:\n\n1. Plaintiff's Statement of Errors (Doc. No. 10) be GRANTED;\n\n2. The Court REVERSE the Commissioner's non-disability determination;",
            "If convinced that he is unable to pay the costs, the court will grant leave to proceed in forma pauperis.",
            "Nguyen's challenge to the order compelling her deposition is moot because her deposition was taken.",
            // The seed order quoting an earlier order of the court as a block.
            "Against government officials raising immunity defenses, this Court held:\n\nuntil the issues are resolved, discovery would be wasteful. Because the court finds merit in the relief requested, the court will grant the State Defendants' motion.",
        ] {
            #expect(extract(text).rulings.isEmpty, "\(text)")
        }
    }
}
