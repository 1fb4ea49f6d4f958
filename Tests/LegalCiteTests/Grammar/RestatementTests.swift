import Testing
@testable import LegalCite

/// `restatement`: the American Law Institute's Restatements, named the Bluebook's way whatever
/// the spelling, with the section and a comment.
@Suite("Restatements")
struct RestatementTests {
    @Test(arguments: [
        // Corpus/citator/kywd-2024-catlett-v-avis-budget-group.txt.
        ("applying the Restatement (Second) of Conflict of Laws § 188 (1971).", "Restatement (Second) of Conflict of Laws § 188",
         "Restatement (Second) of Conflict of Laws", "188", nil),
        ("See Restatement (Second) of Torts § 402A cmt. b (1965).", "Restatement (Second) of Torts § 402A cmt. b",
         "Restatement (Second) of Torts", "402A", "cmt. b"),
        // Corpus/citator/texapp5-2024-oncor-v-hawkins.txt: small capitals typed as capitals.
        ("RESTATEMENT (SECOND) OF TORTS § 324A (1965)", "RESTATEMENT (SECOND) OF TORTS § 324A", "Restatement (Second) of Torts", "324A", nil),
        ("Restatement (Third) of Agency § 7.03 (2006)", "Restatement (Third) of Agency § 7.03", "Restatement (Third) of Agency", "7.03", nil),
        // California's forms.
        ("(Rest.2d Torts, § 402A.)", "Rest.2d Torts, § 402A", "Restatement (Second) of Torts", "402A", nil),
        ("the Restatement Second of Contracts, section 90", "Restatement Second of Contracts, section 90",
         "Restatement (Second) of Contracts", "90", nil),
        ("Restatement (Third) of Foreign Relations Law of the United States § 402", "Restatement (Third) of Foreign Relations Law of the United States § 402",
         "Restatement (Third) of Foreign Relations Law of the United States", "402", nil),
        ("Restatement (Third) of the Law Governing Lawyers § 14", "Restatement (Third) of the Law Governing Lawyers § 14",
         "Restatement (Third) of the Law Governing Lawyers", "14", nil),
        ("See Restatement of Torts, Second, § 402A.", "Restatement of Torts, Second, § 402A", "Restatement (Second) of Torts", "402A", nil),
        ("See Restatement (Third) of Torts: Prods. Liab. § 2 (1998).", "Restatement (Third) of Torts: Prods. Liab. § 2",
         "Restatement (Third) of Torts: Prods. Liab.", "2", nil),
        ("the Restatement (Second) of\nTorts § 402A", "Restatement (Second) of\nTorts § 402A", "Restatement (Second) of Torts", "402A", nil),
        ("Restatement of the Law (Third) of Torts: Products Liability § 2 (1998)", "Restatement of the Law (Third) of Torts: Products Liability § 2",
         "Restatement (Third) of Torts: Products Liability", "2", nil),
    ] as [(String, String, String, String, String?)])
    func forms(text: String, span: String, code: String, section: String, comment: String?) {
        let found = mentions(text, kind: "restatement")
        #expect(found.map(\.text) == [span])
        let law = found.first?.mention.law
        #expect(law?.code == code)
        #expect(law?.section == section)
        #expect(law?.subsection == comment)
    }

    @Test func spellingsOfOneSectionMeet() {
        let document = extract("Restatement (Second) of Torts § 402A; RESTATEMENT (SECOND) OF TORTS § 402A; Rest.2d Torts, § 402A.")
        #expect(document.resolution.authorities.map(\.id) == ["restatement/second-of-torts/402a"])
    }

    /// Prose about a Restatement is none, nor is a section of something else after the word.
    @Test(arguments: [
        "The Restatement approach, which the court in Smith v. Jones, 123 F.3d 456 (1st Cir. 1997), adopted under § 5 is wrong.",
        "The Restatement provision at § 5 governs.",
        "Plaintiffs invoke the Restatement (Second) of Torts and Section 5 of the Act.",
        "the Restatement (Second) of Contracts and section 2-207 of the UCC",
        "Restatement (Second) of Torts. Smith, 500 F.2d 1, applied § 5.",
    ])
    func notRestatements(text: String) {
        #expect(mentions(text, kind: "restatement").isEmpty)
    }
}
