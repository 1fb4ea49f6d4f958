/// What a mention cites, with the fields of its kind. Values are built once and never mutated.
public indirect enum Citation: Sendable {
    case fullCase(CaseCitation)
    case shortCase(ShortCaseCitation)
    case id(IdCitation)
    case supra(SupraCitation)
    case statute(LawCitation)
    case regulation(LawCitation)
    case rule(RuleCitation)
    case constitution(ConstitutionCitation)
    case docketEntry(DocketEntryCitation)
    case journal(JournalCitation)
    case record(RecordCitation)

    /// The kind's own value, for what every kind answers in its own way (see `CitationKind`).
    var value: any CitationKind {
        switch self {
        case .fullCase(let cite): cite
        case .shortCase(let cite): cite
        case .id(let cite): cite
        case .supra(let cite): cite
        case .statute(let law), .regulation(let law): law
        case .rule(let rule): rule
        case .constitution(let provision): provision
        case .docketEntry(let entry): entry
        case .journal(let cite): cite
        case .record(let cite): cite
        }
    }

    /// The `kind` string of the JSON contract.
    public var kind: String { value.kind }

    /// The pin cite, for the kinds that carry one (`678`, `*3`, `¶¶ 46-53`).
    public var pin: String? { value.pin }

    /// Which of two overlapping finds wins: lower first (see `CitationKind.precedence`).
    var precedence: Int { type(of: value).precedence }
}

/// What each kind of citation says for itself, declared beside the form that finds it (the
/// kind's file under `Grammar/`): its JSON `kind`, how it ranks against a find it overlaps, its
/// pin, its JSON fields, and the authority it names on its own.
protocol CitationKind: Sendable {
    /// The `kind` string of the JSON contract (`case`, `statute`, `docket_entry`).
    var kind: String { get }
    /// Which of two overlapping finds wins, lower first: a reporter cite beats a rule that looks
    /// like it (`24 Fed. R. Serv. 3d 1492`), a statute beats a docket reference inside it.
    static var precedence: Int { get }
    var pin: String? { get }
    /// The authority a mention of this kind names by itself; nil for the kinds the resolver
    /// places from what came before (cases and their short forms, `Id.`, `supra`).
    var authority: Authority? { get }
    /// The kind's fields of a mention in the JSON contract, after `kind`, `text` and `span`.
    func encodeFields(_ json: inout JSONWriter)
}

extension CitationKind {
    var pin: String? { nil }
    var authority: Authority? { nil }
}

/// `Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)`: one reporter cite of a case.
public struct CaseCitation: Sendable {
    /// Nil for a blank volume (`___ U.S. ___`, a case not yet in its reporter).
    public let volume: String?
    /// The canonical edition (`S. Ct.`), whatever the text wrote.
    public let reporter: String
    public let reporterAsWritten: String
    /// Nil for a blank page (`___`).
    public let page: String?
    public let pin: String?
    public let year: Int?
    /// courts-db id, from the parenthetical or implied by the reporter.
    public let court: String?
    public let plaintiff: String?
    public let defendant: String?
    /// The case name as a whole: `Ashcroft v. Iqbal`, `In re Bucchino`.
    public let caseName: String?
    public let parenthetical: String?
    /// reporters-db cite type: `federal`, `state`, `neutral`, `specialty_west`, …
    public let citeType: CiteType
    /// Cites of one case written together (`556 U.S. 662, 129 S. Ct. 1937`) share a group.
    let parallelGroup: Int
    /// History written inside the court's parenthetical (Texas's `(Tex. App.-Dallas 1999, pet.
    /// denied)`), for `HistoryReader`.
    var courtHistory: [HistoryPhrases.Match] = []

    /// `556 U.S. 662`: the cite as an authority names it.
    public var normalizedCite: String { "\(volume ?? "___") \(reporter) \(page ?? "___")" }
}

/// reporters-db's cite types (`cite_type` of reporters.json; `journal` for journals.json); the
/// raw value is the string reporters-db and the JSON write.
public enum CiteType: String, Sendable, CaseIterable {
    case federal, state, stateRegional = "state_regional", neutral, specialty, specialtyWest = "specialty_west"
    case specialtyLexis = "specialty_lexis", scotusEarly = "scotus_early", journal
    /// Session laws (`94 Stat. 3305`) and registers (`82 Fed. Reg. 13,209`): read as laws, not cases.
    case legSession = "leg_session", adminRegister = "admin_register"
}

/// `Iqbal, 556 U.S. at 678`.
public struct ShortCaseCitation: Sendable {
    public let volume: String
    public let reporter: String
    public let reporterAsWritten: String
    public let pin: String?
    public let name: String?
}

/// `Id.`, `id. at 680-81`, `Ibid.`.
public struct IdCitation: Sendable {
    public let pin: String?
}

/// `Twombly, supra, at 570`.
public struct SupraCitation: Sendable {
    public let name: String?
    public let pin: String?
}

/// What kind of law a law citation cites; the raw value is the JSON `kind`.
public enum LawKind: String, CaseIterable, Sendable {
    case statute, regulation
    /// An act as enacted, not codified: `Pub. L. No. 104-134, § 101`, `110 Stat. 3009`, `2006 N.C.
    /// Sess. Laws 6`.
    case sessionLaw = "session_law"
    /// The Federal Register and its like, where rules are published: `82 Fed. Reg. 5844`.
    case register
    /// A President's order, by its number: `Exec. Order No. 13,769`, `Executive Order 12866`.
    case executiveOrder = "executive_order"
    /// Congress's papers: committee reports (`H.R. Rep. No. 104-458`), bills (`H.R. 3590, 111th
    /// Cong.`), the Congressional Record (`155 Cong. Rec. S13,796`).
    case legislative
    /// The American Law Institute's Restatements: `Restatement (Second) of Torts § 402A cmt. b`.
    case restatement
    /// Uniform and model codes, not law until a legislature enacts them: `U.C.C. § 2-207`, `Model
    /// Penal Code § 2.02(2)(c)`, `Model Rules of Prof'l Conduct R. 1.7`.
    case modelCode = "model_code"
    /// Treatises and legal encyclopedias of `TreatiseTitles`, by section or paragraph: `5 Wright &
    /// Miller, Federal Practice and Procedure § 1357`, `63A Am. Jur. 2d Products Liability § 1`.
    case treatise
    /// Treaties in their series: `1155 U.N.T.S. 331`, `21 U.S.T. 77`, `T.I.A.S. No. 6298`.
    case treaty
}

/// `42 U.S.C. § 1983`, `29 C.F.R. § 1630.2(g)`, `Kan. Stat. Ann. § 44-501`.
public struct LawCitation: Sendable {
    public let lawKind: LawKind
    /// Canonical code abbreviation: `U.S.C.`, `C.F.R.`, `Kan. Stat. Ann.`.
    public let code: String
    public let title: String?
    public let section: String
    public let subsection: String?
    public let jurisdiction: String?
    public let etSeq: Bool
    /// How the code was known: written (`42 U.S.C. § 1983`), or not (`§ 1983`, `Id. § 1988`),
    /// then filled in from the document where it could be (`SectionCodeInference`).
    public internal(set) var origin: SectionOrigin = .written
}

/// Whether a statute's code was written with its section.
public enum SectionOrigin: Sendable {
    case written
    /// `§ 1983`: no code before the section; `inferred` once a code was found for it.
    case bare(inferred: Bool)
    /// `Id. § 1988`: the code of the statute before; `first` for the mention that opens with `Id.`
    /// (not `(r)(6)` in `Id. § 74.351(a), (r)(6)`).
    case afterId(inferred: Bool, first: Bool)
}

/// The rule sets a rule mention can belong to.
public enum RuleSet: String, Sendable {
    case frcp = "FRCP", frcrp = "FRCrP", fre = "FRE", frap = "FRAP", frbp = "FRBP"
    case local, ussg = "USSG"
    /// A state's rules of court, procedure or evidence (`Tex. R. Civ. P. 91a`, `Civ.R. 56(C)`).
    case state
    /// A court's own rules that are none of these: the Tax Court's, the Court of Federal Claims'
    /// (`Vaccine Rule 18(b)`).
    case other
    /// Rules Governing Section 2254 Cases and Section 2255 Proceedings.
    case section2254 = "2254 Rules", section2255 = "2255 Rules"
}

/// `Fed. R. Civ. P. 26(f)`, `Rule 26(d)(1)`, `D. Kan. Rule 7.1(c)`, `U.S.S.G. § 2B1.1`.
public struct RuleCitation: Sendable {
    /// Nil when a bare `Rule 12` cannot be placed in a rule set.
    public let ruleSet: RuleSet?
    public let rule: String
    public let subdivision: String?
    /// For local rules: the court as written (`D. Kan.`) and its courts-db id when known.
    public let courtText: String?
    public let court: String?
    /// True when the text said only `Rule 26`, and the set was inferred.
    public let bare: Bool
    /// The federal set a bare rule's own words name when the court is federal (`Appellate Rule
    /// 28` → FRAP, `Civil Rule 56` → FRCP): a hint for `RuleSetInference`, not a finding.
    var family: RuleSet? = nil
}

/// `U.S. Const. amend. XIV, § 1`, `the Fourth Amendment`.
public struct ConstitutionCitation: Sendable {
    public let jurisdiction: String
    public let article: String?
    public let amendment: String?
    public let section: String?
    public let clause: String?
}

/// `ECF No. 21`, `(Doc. # 50)`, `ECF No. 99-1, at 1`.
public struct DocketEntryCitation: Sendable {
    public let number: String
    public let attachment: String?
    public let pin: String?
    /// The last entry of a range (`Dkt. Nos. 40-42`, `Docs. # 127-138`), `number` the first.
    public internal(set) var through: String? = nil
    /// What the text calls the filing (`Motion for Discovery (ECF No. 21)`), when it says.
    public let description: String?
}

/// The documents of a case's record a citation can name; the raw value is the JSON string.
public enum RecordDocument: String, Sendable, CaseIterable {
    case amendedComplaint = "amended_complaint", complaint, answer, transcript, deposition, exhibit, declaration
    case presentenceReport = "presentence_report", record, jointAppendix = "joint_appendix", appendix, brief
}

/// `Compl. ¶¶ 46-53`, `Tr. 45:3-12`, `Ex. A at 3`, `[PSR ¶ 84]`: the case's own record.
public struct RecordCitation: Sendable {
    public let document: RecordDocument
    /// `A` of `Ex. A`; the deponent or declarant (`Smith` of `Smith Dep.`).
    public let label: String?
    /// `¶¶ 46-53`, `45:3-12`, `4`, `Claim III ¶¶ 46-53`.
    public let pin: String?
}

/// `100 Harv. L. Rev. 1234, 1240 (1987)`.
public struct JournalCitation: Sendable {
    public let volume: String
    public let journal: String
    public let journalAsWritten: String
    public let page: String
    public let pin: String?
    public let year: Int?
}
