/// The registry: every citation form, in the order they run. Adding a form is one file (the form
/// and its kind) and one line here; `Extractor.recognize` runs the list and `legalcite-bench`
/// times each form's searches by the names the forms give them.
enum CitationForms {
    static let all: [any CitationForm.Type] = [
        CaseCitationRecognizer.self,          // 556 U.S. 662, 678 (2009); 556 U.S. at 678
        ShortFormRecognizer.self,             // Id. at 4; Twombly, supra, at 570
        LawRecognizer.self,                   // 42 U.S.C. § 1983; K.S.A. 60-513
        BareSectionRecognizer.self,           // § 1983; Section 1915A(b); Id. § 1988
        NeutralCitationRecognizer.self,       // 2017-Ohio-8676
        PublicLawRecognizer.self,             // Pub. L. No. 111-148
        ExecutiveOrderRecognizer.self,        // Exec. Order No. 13,769; Executive Order 12866
        LegislativeRecognizer.self,           // H.R. Rep. No. 104-458; H.R. 3590, 111th Cong.; 155 Cong. Rec. S13,796
        RestatementRecognizer.self,           // Restatement (Second) of Torts § 402A cmt. b
        ModelCodeRecognizer.self,             // U.C.C. § 2-207; Model Penal Code § 2.02; Model Rules of Prof'l Conduct R. 1.7
        TreatiseRecognizer.self,              // 5 Wright & Miller, Federal Practice and Procedure § 1357; 63A Am. Jur. 2d Products Liability § 1
        TreatyRecognizer.self,                // 1155 U.N.T.S. 331; 21 U.S.T. 77; T.I.A.S. No. 6298
        SubjectCodeRecognizer.self,           // Tex. Educ. Code Ann. § 51.803
        ArticleRecognizer.self,               // Article 46.04 of the Texas Code of Criminal Procedure
        YearNumberCitationRecognizer.self,    // T.C. Memo. 2020-26
        ConstitutionRecognizer.self,          // U.S. Const. amend. XIV; the Fourth Amendment
        RuleRecognizer.self,                  // Fed. R. Civ. P. 26(f); D. Kan. Rule 7.1; Rule 26; U.S.S.G. § 2B1.1
        DocketEntryRecognizer.self,           // ECF No. 21; (Doc. # 50)
        RecordRecognizer.self,                // Compl. ¶ 46; Tr. 45:3-12; Ex. A at 3
        BracketedDocketEntry.self,            // Motion [23] for Summary Judgment
    ]
}
