/// Court rules: the Federal Rules in every spelling (`Fed. R. Civ. P. 26(f)`, `Fed.R.Civ.P.
/// 12(b)(6)`, `FED. R. CIV. P. 12`, `Fed. R. Civ. Pro. 56`, `Federal Rule of Civil Procedure
/// 26(f)`, `FRCP 12(c)`, `F.R.E. 403`, `Bankruptcy Rule 9019`), checked against the rule numbers
/// each set has (`FederalRuleNumbers`); bare `Rule 26(f)` and `Rules 26 and 34`, placed later by
/// `RuleSetInference`; local rules (`D. Kan. Rule 7.1(c)`, `Local Rule 230(1)`, `Civ. L.R. 7-3`,
/// `L.Civ.R. 72.1(c)(1)(A)`, `N.D. IA. L.R. 7.1`); a state's rules (`Tex. R. Civ. P. 91a`,
/// `Cal. Rules of Court, rule 8.204`, `Ill. S. Ct. R. 23`, Ohio's `Civ.R. 56(C)`); and the
/// Sentencing Guidelines (`U.S.S.G. § 2B1.1`).
struct RuleRecognizer: CitationForm {
    private static let subdivisions = #"((?:\s?\([A-Za-z0-9]{1,4}\))*)"#
    private static let number = #"(\d{1,4}(?:\.\d+)*)(?![\w-]|\.\d)"# + subdivisions
    /// After an explicit federal set, OCR's `l` for a leading `1` is read (`Fed. R. Civ. P. l2(b)(6)`).
    private static let federalNumber = #"((?:l(?=\d)|\d)\d{0,3}(?:\.\d+)*)(?![\w-]|\.\d)"# + subdivisions
    /// Local rules are numbered with hyphens too (`Civ. L.R. 7-3`, `LBR 9013-1`, `General Rule 22-01`).
    /// (The Western District of Texas prefixes its civil and criminal rules: `Local Rule CV-7(e)`.)
    /// (A capital letter may close the number, as the District of Colorado's did: `D.C.COLO.LCivR 7.1A`.)
    /// (The District of South Carolina's have a roman part between the two: `Local Civil Rule 83.I.07(B)(3)`.)
    private static let localNumber = #"((?:CV-|CR-)?\d{1,4}(?:\.[IVX]{1,4}(?=\.\d))?(?:[.-]\d+)*(?:[A-Z](?![\w:-]))?)(?![\w-]|[.-]\d)"# + subdivisions
    /// A state's rule numbers: `91a`, `1.140`, `4:6-2`, `2.116`, `8.204`.
    /// (Virginia's part and letter: `Va. Sup. Ct. R. 5A:18`.)
    /// (Wisconsin numbers a paragraph after its letter, `Wis. Stat. Rule 809.23(1)(b)5.`: a digit
    /// glued to the last parenthesis and closed by the sentence's period.)
    private static let stateNumber = #"(\d{1,4}(?:[a-z]|[A-Z](?=:))?(?:[.:-]\d+[a-z]?)*)(?![\w]|[.:-]\d)"#
        + #"((?:\s?\([A-Za-z0-9]{1,4}\))*(?:(?<=\))\d{1,2}(?=\.(?!\w)))?)"#

    /// (`the [Fed. R. Crim. P.] 11 proceeding`: the set's name a quotation inserts in brackets.)
    /// (Also glued to the sentence before by its period, as a block quotation's cite comes out of
    /// some sites' text: `with instructions.FED R. CIV. P. 72(b)`.)
    static let federalPattern =
        #"(?:(?<![\w.])|(?<=[a-z]{2}\.))\[?(?i:fed(?:eral|\.)?\s*r(?:ules?|\.)?\s*(?:of\s+)?"#
        + #"(civ(?:il|\.)?|crim(?:inal|\.)?|cr\.|app(?:ellate|\.)?|bankr(?:uptcy|\.)?|evid(?:ence|\.)?)"#
        + #"\s*(?:p(?:roc(?:edure|\.)?|ro\.|\.)?)?\]?\s*(?:r(?:ule|\.)\s*)?)"#
        // `Federal Rule of Criminal Procedure ("Rule") 33`: the short name the opinion defines.
        + #"(?:\((?:"|\xE2\x80\x9C)Rules?(?:"|\xE2\x80\x9D)\)\s*)?"# + federalNumber

    /// The sets' short names: `FRCP`, `FRCrP`, `F.R.Civ.P.`, `F.R.E.`, `FRAP`, `Bankruptcy Rule`.
    static let acronymPattern =
        #"(?<![\w.])(?<!Local )(FRCP|FRCrP|FRCRP|FRE|FRAP|FRBP|Bankruptcy\s+Rules?|"#
        + #"F\.\s?R\.\s?(?:C\.\s?P|Civ\.\s?P|Crim\.\s?P|Cr\.\s?P|E|Evid|A\.\s?P|App\.\s?P|B\.\s?P|Bankr\.\s?P)\.)"#
        + #"\s*(?:R(?:ule|\.)\s*)?"# + federalNumber

    static let localPattern =
        #"(?<![\w.])(?:((?:[NSEWCM]\.\s?)?D\.\s?[A-Z][A-Za-z]*\.?(?:\s?(?!Loc\.)[A-Z][A-Za-z]*\.)?"#
        + #"|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.C\.|Federal)\s+Circuit"#
        // `Central District of Illinois Local Rule 7.1(D)`: a district court by its name.
        + #"|(?:(?:Northern|Southern|Eastern|Western|Central|Middle)\s+)?District\s+of\s+[A-Z][a-z]+"#
        + #"(?:\s+(?!(?:Local|Civil|Criminal|Bankruptcy|General|Rules?)\b)[A-Z][a-z]+)?"#
        + #"|(?:1st|2d|2nd|3d|3rd|[4-9]th|1[01]th|D\.C\.|Fed\.)\s+Cir\.(?:\s+BAP)?"#
        // The Fifth Circuit's own capitals, `5TH CIR. R. 47.5` (also `5TH CIR . R.`, as its
        // opinions' footnotes come out of PDF).
        + #"|(?:1ST|2D|2ND|3D|3RD|[4-9]TH|1[01]TH|D\.C\.|FED\.)\s+CIR\s?\.)(?:\s+|(?<=\.)(?=L[A-Z]?[a-z]*R\s)))?"#
        + #"(L\.\s?(?:Civ\.\s?|Cr\.\s?|Crim\.\s?|B\.\s?|Bankr\.\s?|Cv\.\s?)?R\.|L\.\s?R\.|(?:Gen|Civ|Crim|Cr)?LR|LRCiv|LRCrim|"#
        + #"LCvR|LCrR|LCivR|LCrimR|LCR|LBR|NELR|NECivR|NECrimR|NEGenR|L\.\s?B\.\s?R\.|(?:Civ|Crim)\.\s?L\.\s?R\.|Loc\.\s?R\.|"#
        // The Eastern District of Pennsylvania's `Local R. Civ. P. 7.1(c)`, `Local Rule of Civil
        // Procedure 7.1`; the District of Nevada's `Local Rule LR 7-2(d)`; `Loc. Civ. R. 7.1`.
        + #"Local\s+R(?:ules?|\.)\s+(?:of\s+)?Civ(?:il|\.)\s?P(?:rocedure|\.)|Local\s+Rules?\s+LR|Loc\.\s?(?:Civ|Crim)\.\s?R\.|"#
        + #"Local\s+(?:(?:Civil|Criminal|Bankruptcy|Patent|Admiralty|Appellate)\s+|(?:Civ|Crim|Bankr)\.\s?)?(?:Rules?|R\.)|"#
        + #"LOCAL\s+RULES?|(?:Civil|Criminal)\s+Local\s+Rules?|(?:Civil|Criminal)\s+L\.\s?R\.|General\s+Rules?|LAR|BAP\s+Rule|Rules?|R\.)\s*"# + localNumber

    /// A bare rule's number, or Maryland's title and rule (`Rule 4-345(a)`, also with an en dash):
    /// a set none of the federal ones has, placed by the document (`RuleSetInference`).
    /// (A capital letter may close it: the former `Rule 71A`, D. Colo.'s `Rule 7.1A`; never a
    /// part's letter before a colon, Virginia's `Rule 5A:18`.)
    /// (Never the part before a colon of a rule numbered as Virginia's and New Jersey's are, `Rule 5:25`.)
    private static let bareNumber = #"(\d{1,2}-\d{3}|\d{1,4}(?:\.\d+)*(?:[A-Z](?![\w:-]))?)(?![\w-]|[.:]\d)"# + subdivisions
    static let barePattern = #"(?<![\w.])(Rules?)\s+"# + bareNumber

    /// `rule 8.1115(b)`, `rule 3.850`: a lower-case `rule` with a state's decimal number (a
    /// chapter, then two to four digits), as state courts write their own rules (California's
    /// Rules of Court, Florida's rules of procedure); federal rules are written `Rule`.
    static let stateLowerPattern = #"(?<![\w.])(rules?)\s+(\d{1,2}\.\d{2,4})(?![\w-]|\.\d)"# + subdivisions

    /// `U.S.S.G. § 2B1.1(b)(1)`, and a guidelines section alone (`§ 5G1.3`, `Section 2B1.1`):
    /// chapter, part letter and section are the Guidelines' form and no code's.
    /// (Three patterns, each opening with what PCRE2 can look for fast: the combined alternation
    /// ran at a twentieth of their speed.)
    static let guidelinesPattern =
        #"(?<![\w.])(?:U\.\s?S\.\s?S\.\s?G\.|USSG|(?:U\.\s?S\.\s+)?Sentencing\s+Guidelines(?:\s+Manual)?)\s*(?:\xC2\xA7\s*)+"#
        + guidelinesSection
    static let guidelinesMarkPattern = #"(?<!\xA7)(?<!\xA7 )(?:\xC2\xA7\s*)+"# + guidelinesSection
    static let guidelinesWordPattern = #"(?<![\w.])[Ss]ections?\s+"# + guidelinesSection
    private static let guidelinesSection = #"(\d[A-Z]\d(?:\.\d+)?)((?:\([A-Za-z0-9]{1,4}\))*)"#

    /// A state's rules: its name or abbreviation (group 1), a court's name, then the rules
    /// (`Tex. R. Civ. P.`, `Texas Rule of Evidence`, `Cal. Rules of Court, rule`, `Ill. S. Ct. R.`,
    /// `Pa.R.C.P. No.`); or a state's own short forms (group 2: Ohio's `Civ.R.`, `Crim.R.`,
    /// `Evid.R.`, `App.R.`, `Juv.R.`; Colorado's `C.R.C.P.`; Michigan's `MCR`).
    static func statePattern(states: [String]) -> String {
        // In capitals, a PDF's small capitals may part a period from its word (`TEX . R. APP. P.`).
        let names = states.sorted { $0.count > $1.count }.map { name in
            let pattern = LawTable.flexiblePattern(name)
            return name.uppercased() == name && name.hasSuffix(".") ? SmallCapitals.periodsMayStandApart(pattern) : pattern
        }.joined(separator: "|")
        // The court's and the rules' words in any case: `Tex. R. App. P.` and `TEX. R. APP. P.`.
        // Wisconsin's rules of appellate procedure are among its statutes: `Wis. Stat. Rule 809.23`.
        return #"(?<![\w.])(?:("# + names + #")\s*(?i:"#
            + #"(?:Stat(?:s|\.)?\s*(?=Rule))?(?:Unif(?:orm|\.)\s*)?(?:(?:Supreme\s+Court|Sup(?:reme|r?\.)\s*Ct\.?|S\.\s*Ct\.|Super(?:ior|\.)\s*Ct\.?|Ct\.|Court)\s*)?"#
            + #"(?:R(?:ules?|\.)|Rules?)\s*(?:of\s+(?:the\s+)?)?"#
            + #"(?:(?:Civ\.\s*App\.|(?:Civ|Crim)\.\s*Evid\.|Sup\.\s*Ct\.|P\.\s*Spec\.\s*Act(?:ions|\.)|Civ(?:il|\.)?|Crim(?:inal|\.)?|App(?:ellate|\.)?|Evid(?:ence|\.)?|Juv(?:enile|\.)?|Prof(?:essional|\.)|Court|C\.|A\.|E\.)\s*"#
            + #"(?:P(?:roc(?:edure|\.)?|\.)|Conduct)?\s*,?\s*)?(?:[Rr]ule\s+|No\.\s*)?)"#
            // (Delaware's Supreme Court as it writes itself, `Del. Supr. Ct. R. 8`; Texas's former
            // `Tex. R. Civ. Evid. 403` and `Tex. R. Crim. Evid. 403`.)
            // Delaware's Court of Chancery Rules (`Ct. Ch. R. 12(b)(7)`), Ohio's Rules of
            // Superintendence (`Sup.R. 44`).
            // Superior courts' own civil and criminal rules, with the state before them or not
            // (`Super. Ct. Civ. R. 12(b)(6)`, `Del. Super. Ct. Civ. R. 56(c)`, `Wash. Super. Ct. Civ. R. 12`);
            // the states' short names of their sets (Nevada's `NRCP 12(b)(5)`, `NRAP 3A`, Hawaii's
            // `HRCP`, `HRAP`, Arizona's and Alabama's `ARCP`, Texas's `TRAP`, Kentucky's `KRE`, `RCr`,
            // Michigan's `MRE`, Vermont's `V.R.C.P.`, Montana's and Maine's `M.R. Civ. P.`).
            + #"|((?:(?:[A-Z][a-z]{1,4}\.\s?|D\.\s?C\.\s?)?Super(?:ior|\.)\s?Ct\.\s?)?(?:Civ|Crim|Evid|App|Juv)(?:\.\s?R\.?|R\.|R(?=\s\d))|Ct\.\s?Ch\.\s?R\.|"#
            + #"(?:NRCP|NRAP|HRCP|HRAP|ARCP|TRAP|KRE|MRE)(?:\s+Rule)?(?=\s?\d)|RCr(?=\s\d)|V\.\s?R\.\s?C\.\s?P\.|M\.\s?R\.\s?Civ\.\s?P\.|Sup\.\s?R\.|C\.\s?R\.\s?C\.\s?P\.|MCR|CrR|CrRLJ|JuCR|CR(?=\s\d{1,2}(?:\.\d{1,2})?(?!\d|\.\d|-))|RAP(?=\s\d+\.\d)"#
            // New Jersey's rules by their part and colon (`R. 4:6-2(e)`, the former `R.R. 1:10-1(a)`).
            + #"|(?:R\.\s?)?R\.(?=\s?\d{1,2}:\d))\s*)"# + stateNumber
    }

    /// The initials (or words) a state's courts write before a rule's number for their own sets,
    /// with no state's name needed, from the states' citation forms: Idaho's `I.R.C.P. 56(c)`,
    /// Mississippi's `M.R.C.P. 12(b)(6)`, Vermont's `V.R.A.P. 28`, Wyoming's `W.R.C.P. 12(b)(6)`,
    /// Oregon's `ORCP 21`, Colorado's `C.A.R. 35(e)`, South Carolina's `SCRCP 12(b)(6)`, North
    /// Dakota's `N.D.R.Civ.P. 12(b)`, Georgia's `USCR 6.2`, Indiana's `Trial Rule 12(B)(6)`; the
    /// state's abbreviation may stand before them (`Ind. Trial Rule 12(B)(6)`), and must before
    /// words the federal sets share (`Ind. Appellate Rule 65(D)`, not `Appellate Rule 28`).
    static let stateInitials: [(initials: String, state: String)] = [
        ("I.R.C.P.", "Idaho"), ("I.C.R.", "Idaho"), ("I.R.E.", "Idaho"), ("I.A.R.", "Idaho"),
        ("M.R.C.P.", "Mississippi"), ("M.R.A.P.", "Mississippi"), ("M.R.E.", "Mississippi"),
        ("V.R.A.P.", "Vermont"), ("V.R.E.", "Vermont"), ("V.R.Cr.P.", "Vermont"),
        ("W.R.C.P.", "Wyoming"), ("W.R.A.P.", "Wyoming"), ("W.R.E.", "Wyoming"), ("W.R.Cr.P.", "Wyoming"),
        ("ORCP", "Oregon"), ("ORAP", "Oregon"), ("C.A.R.", "Colorado"), ("C.R.E.", "Colorado"), ("CRE", "Colorado"),
        ("SCRCrimP", "South Carolina"), ("SCRCP", "South Carolina"), ("SCACR", "South Carolina"), ("SCRE", "South Carolina"),
        ("N.D.R.Civ.P.", "North Dakota"), ("N.D.R.App.P.", "North Dakota"), ("N.D.R.Crim.P.", "North Dakota"), ("N.D.R.Ev.", "North Dakota"),
        ("USCR", "Georgia"), ("Uniform Superior Court Rule", "Georgia"),
        ("Trial Rule", "Indiana"), ("Appellate Rule", "Indiana"), ("Evidence Rule", "Indiana"), ("Post-Conviction Rule", "Indiana"),
    ]
    private static let stateInitialsNeedingTheState: Set<String> = ["Appellate Rule", "Evidence Rule"]

    static func stateInitialsPattern(states: [String]) -> String {
        let names = states.sorted { $0.count > $1.count }.map(LawTable.flexiblePattern).joined(separator: "|")
        let initials = stateInitials.map(\.initials).sorted { $0.count > $1.count }.map(LawTable.flexiblePattern).joined(separator: "|")
        return #"(?<![\w.])(?:("# + names + #")\s*)?("# + initials + #")\s*(?:Rule\s+)?"# + stateNumber
    }

    /// The Rules of the Supreme Court of the United States: `Sup. Ct. R. 10`, `S. Ct. R. 14.1(a)`,
    /// not after a state's name (`Ill. S. Ct. R. 23` is Illinois's), numbered 1 to 48.
    static let supremeCourtPattern = #"(?<![\w.])(?:Sup\.\s?Ct\.|S\.\s?Ct\.)\s?R(?:ule|\.)\s*"# + number

    /// Illinois's Supreme Court Rules as its official reports print them, by the volume of
    /// Illinois Reports 2d that carries them: `134 Ill. 2d R. 137`, `177 Ill.2d R. 402(a)`.
    static let illinoisVolumePattern = #"(?<![\w.])\d{2,3}\s?Ill\.\s?2d\s?R(?:ule|\.)\s?(\d{1,3})(?![\w-]|\.\d)"# + subdivisions

    /// A court's internal operating procedures (`SUPERIOR COURT I.O.P. 65.37`, every Pennsylvania
    /// Superior Court memorandum's head; `3d Cir. I.O.P. 5.7`): rule set `other`, the court's words
    /// before it in the span.
    static let operatingProcedurePattern =
        #"(?<![\w.])(?:((?:SUPERIOR\s+COURT|Superior\s+Court|Super\.\s?Ct\.|Pa\.\s?Super\.(?:\s?Ct\.)?|(?:3d|Third)\s+Cir(?:cuit|\.)))\s+)?"#
        + #"(?:I\.\s?O\.\s?P\.|Internal\s+Operating\s+Procedures?)\s*(\d{1,3}(?:\.\d+)*)(?![\w-]|\.\d)"# + subdivisions

    let federalSearch: Pattern
    let operatingProcedureSearch: Pattern
    let illinoisVolumeSearch: Pattern
    let supremeCourtSearch: Pattern
    let acronymSearch: Pattern
    let stateSearch: Pattern
    let stateInitialsSearch: Pattern
    /// State name or abbreviation as written → the state's name.
    let states: [String: String]
    let localSearch: Pattern
    let bareSearch: Pattern
    let stateLowerSearch: Pattern
    let guidelinesSearch: Pattern
    let guidelinesMarkSearch: Pattern
    let guidelinesWordSearch: Pattern
    let courts: CourtTable

    init(tables: ReferenceTables) throws {
        federalSearch = try Pattern(Self.federalPattern)
        operatingProcedureSearch = try Pattern(Self.operatingProcedurePattern, requiring: ["I.O", "I. O", "Operating"])
        illinoisVolumeSearch = try Pattern(Self.illinoisVolumePattern, requiring: ["Ill"])
        supremeCourtSearch = try Pattern(Self.supremeCourtPattern, requiring: ["Ct."])
        acronymSearch = try Pattern(Self.acronymPattern)
        // Names and abbreviations as written and in capitals (`TEX.`, `TEXAS`).
        states = StateData.byNameOrAbbreviationInAnyCase
        stateSearch = try Pattern(Self.statePattern(states: Array(states.keys)))
        stateInitialsSearch = try Pattern(Self.stateInitialsPattern(states: Array(StateData.byNameOrAbbreviation.keys)))
        localSearch = try Pattern(Self.localPattern)
        bareSearch = try Pattern(Self.barePattern)
        stateLowerSearch = try Pattern(Self.stateLowerPattern, requiring: ["rule"])
        guidelinesSearch = try Pattern(Self.guidelinesPattern, requiring: ["\u{A7}"])
        guidelinesMarkSearch = try Pattern(Self.guidelinesMarkPattern, requiring: ["\u{A7}"])
        guidelinesWordSearch = try Pattern(Self.guidelinesWordPattern, requiring: ["ection"])
        courts = tables.courts
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        federalSearch.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: Self.federal(text, match: $0)) }
        acronymSearch.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: Self.federal(text, match: $0)) }
        stateSearch.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: state(text, match: $0)) }
        stateInitialsSearch.forEachMatch(in: text.bytes, from: 0) { match in
            guard let written = match.range(2), let rule = match.range(3) else { return }
            let key = text.string(written).filter { !$0.isWhitespace }
            guard let entry = Self.stateInitials.first(where: { $0.initials.filter { !$0.isWhitespace } == key || $0.initials == key + "." }) else { return }
            // A state's name before the initials is theirs (`Ind. Trial Rule`); another state's is no match.
            let named = match.range(1).flatMap { states[text.words($0)] }
            if match.range(1) != nil, named != entry.state { return }
            if named == nil, Self.stateInitialsNeedingTheState.contains(entry.initials) { return }
            let start = named == nil ? written.lowerBound : match.range.lowerBound
            let state = entry.state
            found.append(contentsOf: Self.withList(text, first: start, rule: rule, subdivision: match.range(4)) {
                RuleCitation(ruleSet: .state, rule: $0, subdivision: $1, courtText: state, court: nil, bare: false)
            })
        }
        illinoisVolumeSearch.forEachMatch(in: text.bytes, from: 0) { match in
            guard let rule = match.range(1) else { return }
            found.append(contentsOf: Self.withList(text, first: match.range.lowerBound, rule: rule, subdivision: match.range(2)) {
                RuleCitation(ruleSet: .state, rule: $0, subdivision: $1, courtText: "Illinois", court: nil, bare: false)
            })
        }
        supremeCourtSearch.forEachMatch(in: text.bytes, from: 0) { match in
            guard let rule = match.range(1), let whole = Int(text.string(rule).prefix { $0.isNumber }), FederalRuleNumbers.isSupremeCourtRule(whole),
                  !followsStateName(text, match.range.lowerBound) else { return }
            found.append(contentsOf: Self.withList(text, first: match.range.lowerBound, rule: rule, subdivision: match.range(2)) {
                RuleCitation(ruleSet: .other, rule: $0, subdivision: $1, courtText: "Sup. Ct.", court: "scotus", bare: false)
            })
        }
        operatingProcedureSearch.forEachMatch(in: text.bytes, from: 0) { match in
            guard let rule = match.range(2) else { return }
            let court = match.range(1).map { text.words($0) }
            found.append(contentsOf: Self.withList(text, first: match.range.lowerBound, rule: rule, subdivision: match.range(3)) {
                RuleCitation(ruleSet: .other, rule: $0, subdivision: $1, courtText: court, court: nil, bare: false)
            })
        }
        localSearch.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: Self.local(text, match: $0, courts: courts)) }
        bareSearch.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: Self.bare(text, match: $0)) }
        stateLowerSearch.forEachMatch(in: text.bytes, from: 0) { match in
            guard let rule = match.range(2) else { return }
            found.append(contentsOf: Self.withList(text, first: match.range.lowerBound, rule: rule, subdivision: match.range(3)) {
                RuleCitation(ruleSet: .state, rule: $0, subdivision: $1, courtText: nil, court: nil, bare: false)
            })
        }
        for search in [guidelinesSearch, guidelinesMarkSearch, guidelinesWordSearch] {
            search.forEachMatch(in: text.bytes, from: 0) { if let item = Self.guidelines(text, match: $0) { found.append(item) } }
        }
    }

    var stages: [TimedSearch] {
        [TimedSearch("pcre2: federal rules", federalSearch), TimedSearch("pcre2: internal operating procedures", operatingProcedureSearch), TimedSearch("pcre2: Illinois rules by volume", illinoisVolumeSearch), TimedSearch("pcre2: federal rules' short names", acronymSearch),
         TimedSearch("pcre2: state rules", stateSearch), TimedSearch("pcre2: state rules by initials", stateInitialsSearch), TimedSearch("pcre2: local rules", localSearch),
         TimedSearch("pcre2: bare rules", bareSearch), TimedSearch("pcre2: Supreme Court rules", supremeCourtSearch), TimedSearch("pcre2: state rules in lower case", stateLowerSearch), TimedSearch("pcre2: guidelines", guidelinesSearch),
         TimedSearch("pcre2: guidelines' sections", guidelinesMarkSearch), TimedSearch("pcre2: guidelines' Section", guidelinesWordSearch)]
    }

    /// An explicit federal cite, by its set's name (`Fed. R. Civ. P.`, `FRCP`, `Bankruptcy Rule`);
    /// a number the set does not have (`Fed. R. Evid. 1200`) is no rule.
    static func federal(_ text: TextView, match: Match) -> [Found] {
        guard let setRange = match.range(1), let rule = match.range(2), let set = federalSet(text.string(setRange)) else { return [] }
        // A bracket opened before the set's name closes after it, and only then.
        let opened = text[match.range.lowerBound] == 0x5B
        let closed = text.next(0x5D, from: setRange.upperBound, before: rule.lowerBound) < rule.lowerBound
        guard opened == closed else { return [] }
        let items = withList(text, first: match.range.lowerBound, rule: rule, subdivision: match.range(3)) {
            RuleCitation(ruleSet: set, rule: String($0.map { $0 == "l" ? "1" : $0 }), subdivision: $1, courtText: nil, court: nil, bare: false)
        }
        return Array(items.prefix { item in
            guard case .rule(let rule) = item.citation else { return false }
            return FederalRuleNumbers.exists(rule.rule, in: set)
        })
    }

    /// The set a federal name spells: `Civ`, `CIVIL`, `C.P`, `FRCP` → FRCP; `Crim`, `Cr.`, `FRCrP` → FRCrP; ….
    private static func federalSet(_ spelled: String) -> RuleSet? {
        if spelled.hasPrefix("Bankruptcy") { return .frbp }
        // Past the `F`/`R` of an acronym (`FRCP`, `F.R.Civ.P.`) to the letters that name the set.
        var letters = Substring(spelled.lowercased().filter { $0.isLetter })
        if letters.hasPrefix("fr"), spelled.hasPrefix("F") && !spelled.lowercased().hasPrefix("fed") { letters = letters.dropFirst(2) }
        if letters.hasPrefix("cr") { return .frcrp }
        if letters.hasPrefix("ci") || letters == "cp" { return .frcp }
        if letters.hasPrefix("e") { return .fre }
        if letters.hasPrefix("a") { return .frap }
        if letters.hasPrefix("b") { return .frbp }
        return nil
    }

    /// A state's rule: `rule_set` state, the state's name (when written) as its jurisdiction.
    func state(_ text: TextView, match: Match) -> [Found] {
        guard let rule = match.range(3) else { return [] }
        var jurisdiction = match.range(1).flatMap { states[SmallCapitals.closed(text.words($0))] }
        if match.range(1) == nil, let short = match.range(2), text[short.lowerBound] == 0x52, text[short.lowerBound + 1] == 0x2E {
            jurisdiction = "New Jersey"
        }
        if match.range(1) == nil, let short = match.range(2), text.has("Ct.", at: short.lowerBound) { jurisdiction = "Delaware" }
        // Washington's Civil Rules for the superior court, `CR 12(b)(6)`, `CR 56(c)`; not a
        // criminal case's number (`No. CR 12`, `Case CR 12`, `No. 19 CR 12`, `Case No. 3:20 CR 12`:
        // a docket word among the three words before, or a number just before).
        if match.range(1) == nil, let short = match.range(2), short.count == 2, text.has("CR", at: short.lowerBound) {
            let before = text.words(max(0, short.lowerBound - 32)..<short.lowerBound).split(separator: " ").suffix(3)
            let docketWords: Set<Substring> = ["No.", "No", "Nos.", "Case", "Crim.", "Criminal", "Action", "Docket"]
            if before.contains(where: docketWords.contains)
                || before.last.map({ $0.utf8.allSatisfy { ByteClass.isDigit($0) || $0 == 0x3A } }) == true { return [] }
            jurisdiction = "Washington"
        }
        let subdivision = match.range(4).flatMap { $0.isEmpty ? nil : text.string($0).filter { $0 != " " } }
        return [Found(citation: .rule(RuleCitation(ruleSet: .state, rule: text.string(rule), subdivision: subdivision,
                                                   courtText: jurisdiction, court: nil, bare: false)),
                      range: match.range.lowerBound..<(match.range(4).map { $0.isEmpty ? rule.upperBound : $0.upperBound } ?? rule.upperBound))]
    }

    static func local(_ text: TextView, match: Match, courts: CourtTable) -> [Found] {
        guard let designation = match.range(2), let rule = match.range(3) else { return [] }
        var courtText = match.range(1).map { text.words($0) }
        let designated = text.string(designation)
        // `Local Civil Rule 73.02(B)(2) (D. S.C.)`: the court written after the rule.
        if courtText == nil {
            let open = text.skipSpaces(from: match.range.upperBound, limit: 2)
            if text[open] == 0x28, let close = Balanced.closing(text, open: open, limit: 24) {
                let inside = text.words(open + 1..<close)
                if courts.court(citationString: inside) != nil { courtText = inside }
            }
        }
        // A court that sits: local rules are today's (`District of Illinois` is no court since 1855).
        let court = courtText.flatMap {
            courts.court(citationString: Self.circuitCitation($0) ?? Self.circuitInCapitals($0) ?? Self.districtCitation($0) ?? $0)
        }.flatMap { $0.sitting ? $0.id : nil }
        // `Rule 7.1` after a court only: without the court it is a bare rule, handled elsewhere;
        // `R. 6.1` and `General Rule 22-01` only after a court the table knows.
        if designated.hasPrefix("Rule"), courtText == nil { return [] }
        if designated == "R." || designated.hasPrefix("General"), court == nil { return [] }
        return withList(text, first: match.range.lowerBound, rule: rule, subdivision: match.range(4)) {
            RuleCitation(ruleSet: .local, rule: $0, subdivision: $1, courtText: courtText, court: court, bare: false)
        }
    }

    /// Whether the word before `start` is a state's name or abbreviation (`Ill. S. Ct. R. 23`).
    private func followsStateName(_ text: TextView, _ start: Int) -> Bool {
        let end = text.skipSpacesBackward(from: start, limit: 8)
        var wordStart = end
        while wordStart > 0, ByteClass.isAlphanumeric(text[wordStart - 1]) || text[wordStart - 1] == 0x2E { wordStart -= 1 }
        guard wordStart < end else { return false }
        let word = text.string(wordStart..<end)
        return states[word] != nil || states[String(word.dropLast())] != nil
    }

    /// `5TH CIR.`, `5TH CIR .`, `2ND CIR.` → `5th Cir.`, `2d Cir.`.
    static func circuitInCapitals(_ written: String) -> String? {
        guard SmallCapitals.closed(written).hasSuffix("CIR."), let space = written.firstIndex(of: " ") else { return nil }
        let ordinal = written[..<space].lowercased()
        return "\(["2nd": "2d", "3rd": "3d"][ordinal] ?? (ordinal == "d.c." ? "D.C." : ordinal == "fed." ? "Fed." : ordinal)) Cir."
    }

    /// `Central District of Illinois` → `C.D. Ill.`, `District of New Mexico` → `D. N.M.`: the
    /// citation string of a district court written by its name (the state's abbreviation from
    /// reporters-db's table); nil for a name that is not a state's.
    static func districtCitation(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard let district = words.firstIndex(of: "District"), district <= 1, words.count > district + 2, words[district + 1] == "of",
              let abbreviation = StateData.abbreviationByName[words[(district + 2)...].joined(separator: " ")] else { return nil }
        let initials = ["Northern": "N.", "Southern": "S.", "Eastern": "E.", "Western": "W.", "Central": "C.", "Middle": "M."]
        guard let initial = district == 0 ? "" : initials[String(words[0])] else { return nil }
        return "\(initial)D. \(abbreviation)"
    }

    /// `Second Circuit` → `2d Cir.`, the citation string courts-db knows the court by.
    static func circuitCitation(_ name: String) -> String? {
        guard name.hasSuffix(" Circuit") else { return nil }
        let ordinals = ["First": "1st", "Second": "2d", "Third": "3d", "Fourth": "4th", "Fifth": "5th", "Sixth": "6th",
                        "Seventh": "7th", "Eighth": "8th", "Ninth": "9th", "Tenth": "10th", "Eleventh": "11th", "D.C.": "D.C.",
                        "Federal": "Fed."]
        return ordinals[String(name.dropLast(8))].map { "\($0) Cir." }
    }

    /// `Rule 26(f)`, `Rules 26 and 34`. The set is inferred later from the document; `Rule 11 of
    /// the club` is not a court rule, `Rule 26 of the Federal Rules of Civil Procedure` is FRCP.
    static func bare(_ text: TextView, match: Match) -> [Found] {
        guard let rule = match.range(2), !namesAnotherRuleBook(text, before: match.range.lowerBound) else { return [] }
        // `Supreme Court Rule 23`: a court's own rules, of a court the words do not name (the
        // words in the span).
        if match.range.lowerBound >= 14, text.has("Supreme Court ", at: match.range.lowerBound - 14) {
            return [Found(citation: .rule(RuleCitation(ruleSet: nil, rule: text.string(rule), subdivision: match.range(3).flatMap { $0.isEmpty ? nil : text.string($0) },
                                                       courtText: nil, court: nil, bare: false)),
                          range: match.range.lowerBound - 14..<(match.range(3).map { $0.isEmpty ? rule.upperBound : $0.upperBound } ?? rule.upperBound))]
        }
        // `Rule 12(c) of the Federal Rules of Civil Procedure`, `Rule 4 of the Rules Governing §
        // 2254 Cases`, `Rule 4, Rules Governing Section 2255 Proceedings`: the set named after the
        // rule, in the mention's span.
        let ruleEnd = match.range.upperBound
        // `Rule 59(e), SCRCP`: a state's rules named by their initials after the rule.
        if let (state, end) = stateSetAfter(text, ruleEnd) {
            return [Found(citation: .rule(RuleCitation(ruleSet: .state, rule: text.string(rule),
                                                       subdivision: match.range(3).flatMap { $0.isEmpty ? nil : text.string($0).filter { $0 != " " } },
                                                       courtText: state, court: nil, bare: false)),
                          range: match.range.lowerBound..<end)]
        }
        if let (set, end) = setNamed(text, after: ruleEnd) {
            var found = withList(text, first: match.range.lowerBound, rule: rule, subdivision: match.range(3)) {
                RuleCitation(ruleSet: set, rule: $0, subdivision: $1, courtText: nil, court: nil, bare: false)
            }
            if found.count == 1 { found[0] = Found(citation: found[0].citation, range: found[0].range.lowerBound..<end) }
            return found
        }
        // `Rule 23 of the Arizona Rules of Civil Appellate Procedure`: a state's rules by its name.
        if let (state, end) = stateRulesNamed(text, after: ruleEnd) {
            var found = withList(text, first: match.range.lowerBound, rule: rule, subdivision: match.range(3)) {
                RuleCitation(ruleSet: .state, rule: $0, subdivision: $1, courtText: state, court: nil, bare: false)
            }
            if found.count == 1 { found[0] = Found(citation: found[0].citation, range: found[0].range.lowerBound..<end) }
            return found
        }
        // `Rule 11 of the club`: another `of` after the number is another rule book; but `of the
        // Federal Rules` whose set's name is cut off (an excerpt's end) is a federal rule, placed as a bare one.
        let after = text.skipSpaces(from: ruleEnd, limit: 2)
        let federalRules: StaticString = "of the Federal Rules"
        let federalRulesEnd = after + federalRules.utf8CodeUnitCount
        if text.has("of ", at: after),
           !(text.has(federalRules, at: after) && !ByteClass.isLetter(text[federalRulesEnd]) && text[federalRulesEnd] != 0x20) { return [] }
        // `Vaccine Rule 18(b)`, `Habeas Corpus Rule 4`, `Appellate Rule 28(b)(6)`: words before the
        // rule that name its set, or its family (federal or the state's, by the court).
        var start = match.range.lowerBound
        var set: RuleSet? = nil
        var family: RuleSet? = nil
        for (words, named, hint) in Self.namingWords {
            guard let wordStart = text.startOfWords(words, endingBefore: start) else { continue }
            start = wordStart
            set = named
            family = hint
            break
        }
        let found = withList(text, first: start, rule: rule, subdivision: match.range(3)) {
            var citation = RuleCitation(ruleSet: set, rule: $0, subdivision: $1, courtText: nil, court: nil, bare: set == nil)
            citation.family = family
            return citation
        }
        // `Rules 12(b)(1) and 12(b)(6) of the Federal Rules of Civil Procedure`: the set named
        // after the list is every item's (the name stays outside the last item's span).
        if found.count > 1, set == nil, let (named, _) = setNamed(text, after: found[found.count - 1].range.upperBound) {
            return found.map { item in
                guard case .rule(let rule) = item.citation else { return item }
                return Found(citation: .rule(RuleCitation(ruleSet: named, rule: rule.rule, subdivision: rule.subdivision,
                                                          courtText: nil, court: nil, bare: false)), range: item.range)
            }
        }
        return found
    }

    /// The initials a state's courts write after a rule for their rules (South Carolina's
    /// `SCRCP`, `SCACR`, `SCRE`, `SCRCrimP`; New Mexico's `NMRA`; North Dakota's `N.D.R.Civ.P.`),
    /// from the states' own citation forms, and the state.
    private static let stateSetInitials: [(String, String)] = [
        ("SCRCrimP", "South Carolina"), ("SCRCP", "South Carolina"), ("SCACR", "South Carolina"), ("SCRE", "South Carolina"),
        ("NMRA", "New Mexico"), ("N.D.R.Civ.P.", "North Dakota"), ("N.D.R.Crim.P.", "North Dakota"), ("N.D.R.Ev.", "North Dakota"),
    ]

    /// `, SCRCP` (or ` NMRA`) right after a rule: the state and where the initials end.
    static func stateSetAfter(_ text: TextView, _ end: Int) -> (String, Int)? {
        var cursor = end
        if text[cursor] == 0x2C { cursor += 1 }
        guard text[cursor] == 0x20 else { return nil }
        cursor += 1
        for (initials, state) in stateSetInitials {
            let bytes = Array(initials.utf8)
            guard cursor + bytes.count <= text.count, (0..<bytes.count).allSatisfy({ text[cursor + $0] == bytes[$0] }),
                  !ByteClass.isAlphanumeric(text[cursor + bytes.count]) else { continue }
            return (state, cursor + bytes.count)
        }
        return nil
    }

    /// Words before `Rule` that name its set (`Vaccine Rule`) or the family of a bare rule.
    private static let namingWords: [(words: [String], set: RuleSet?, family: RuleSet?)] = [
        (["Vaccine"], .other, nil), (["Tax", "Court"], .other, nil),
        (["Habeas", "Corpus"], .section2254, nil),
        (["Appellate"], nil, .frap), (["Civil"], nil, .frcp), (["Criminal"], nil, .frcrp), (["Evidence"], nil, .fre),
    ]

    private static let namedSets: [(words: [String], set: RuleSet)] = [
        (["Federal", "Rules", "of", "Civil", "Procedure"], .frcp),
        (["Federal", "Rules", "of", "Criminal", "Procedure"], .frcrp),
        (["Federal", "Rules", "of", "Evidence"], .fre),
        (["Federal", "Rules", "of", "Appellate", "Procedure"], .frap),
        (["Federal", "Rules", "of", "Bankruptcy", "Procedure"], .frbp),
        (["Rules", "Governing", "Section", "2254", "Cases"], .section2254),
        (["Rules", "Governing", "§", "2254", "Cases"], .section2254),
        (["Rules", "Governing", "Section", "2255", "Proceedings"], .section2255),
        (["Rules", "Governing", "§", "2255", "Proceedings"], .section2255),
        // `Rule 5.1 of the Local Rules`, `Rule 7 of the Local Civil Rules`: the court's own.
        (["Local", "Rules", "of", "Civil", "Practice"], .local),
        (["Local", "Rules", "of", "Civil", "Procedure"], .local),
        (["Local", "Civil", "Rules"], .local), (["Local", "Criminal", "Rules"], .local),
        (["Local", "Bankruptcy", "Rules"], .local), (["Local", "Rules"], .local),
    ]

    /// The set named right after a rule (` of the Federal Rules of Evidence`, `, Rules Governing
    /// § 2254 Cases in the United States District Courts`) and where its name ends.
    static func setNamed(_ text: TextView, after end: Int) -> (RuleSet, Int)? {
        var cursor = end
        if text[cursor] == 0x2C { cursor += 1 }
        if let next = text.endOfWords(["of", "the"], at: cursor) { cursor = next }
        for named in namedSets {
            guard var close = text.endOfWords(named.words, at: cursor) else { continue }
            if let courts = text.endOfWords(["in", "the", "United", "States", "District", "Courts"], at: close)
                ?? text.endOfWords(["for", "the", "United", "States", "District", "Courts"], at: close) { close = courts }
            return (named.set, close)
        }
        return nil
    }

    /// ` of the Arizona Rules of Civil Appellate Procedure`, `, Texas Rules of Evidence`: a state
    /// named by its name (one to three words, from the states' table), then `Rules of` and up to
    /// four capitalized words ending in `Procedure` or `Evidence`, right after a rule; the state
    /// and where the name ends.
    static func stateRulesNamed(_ text: TextView, after end: Int) -> (String, Int)? {
        var cursor = end
        if text[cursor] == 0x2C { cursor += 1 }
        if let next = text.endOfWords(["of", "the"], at: cursor) { cursor = next }
        let start = text.skipSpaces(from: cursor, limit: 3)
        guard start > cursor, ByteClass.isUpper(text[start]) else { return nil }
        // The state's words: the longest run of up to three that the table names.
        var wordEnds: [Int] = []
        var wordEnd = start
        while wordEnds.count < 3 {
            while ByteClass.isLetter(text[wordEnd]) || text[wordEnd] == 0x2E { wordEnd += 1 }
            guard wordEnd > start else { break }
            wordEnds.append(wordEnd)
            guard text[wordEnd] == 0x20, ByteClass.isUpper(text[wordEnd + 1]) else { break }
            wordEnd += 1
        }
        guard let (state, stateEnd) = wordEnds.reversed().lazy
            .compactMap({ close in StateData.byNameOrAbbreviation[text.string(start..<close)].map { ($0, close) } }).first,
              var close = text.endOfWords(["Rules", "of"], at: stateEnd) else { return nil }
        for _ in 0..<4 {
            let wordStart = text.skipSpaces(from: close, limit: 3)
            guard wordStart > close, ByteClass.isUpper(text[wordStart]) else { return nil }
            var next = wordStart
            while ByteClass.isLetter(text[next]) { next += 1 }
            close = next
            let word = text.string(wordStart..<next)
            if word == "Procedure" || word == "Evidence" { return (state, close) }
        }
        return nil
    }

    /// `FINRA Rule 2010`, `NYSE Rule 431`, `SEC Rule 10b-5`, `Model Rule 1.7`: the word before a
    /// bare `Rule` names a rule book that is no court's rules of procedure here (an acronym, or a
    /// word that names a body or a model code). `Supreme Court Rule 23` is read in `bare`.
    static func namesAnotherRuleBook(_ text: TextView, before start: Int) -> Bool {
        guard start >= 2, text[start - 1] == 0x20 else { return false }
        var begin = start - 1
        while begin > 0, ByteClass.isLetter(text[begin - 1]) { begin -= 1 }
        guard begin < start - 1 else { return false }
        let word = text.string(begin..<(start - 1))
        if word.count >= 2, word.allSatisfy({ $0.isUppercase }), !["LOCAL", "THE", "SEE", "UNDER", "AND", "OF", "TO", "IN", "BY"].contains(word) {
            return true
        }
        return ["Model", "Commission", "Exchange", "Board", "Conduct", "Association", "Bar", "Arbitration"].contains(word)
    }

    static func guidelines(_ text: TextView, match: Match) -> Found? {
        guard let rule = match.range(1) else { return nil }
        let subdivision = match.range(2).flatMap { $0.isEmpty ? nil : text.string($0) }
        return Found(citation: .rule(RuleCitation(ruleSet: .ussg, rule: text.string(rule), subdivision: subdivision,
                                                  courtText: nil, court: nil, bare: false)), range: match.range)
    }

    /// The first rule, then any more joined by `, `, ` and `, `, and `, ` & `, ` or `.
    private static func withList(_ text: TextView, first start: Int, rule: Range<Int>, subdivision: Range<Int>?,
                                 _ make: (String, String?) -> RuleCitation) -> [Found] {
        func subdivisionText(_ range: Range<Int>?) -> String? {
            guard let range, !range.isEmpty else { return nil }
            return text.string(range).filter { $0 != " " }
        }
        var found = [Found(citation: .rule(make(text.string(rule), subdivisionText(subdivision))),
                           range: start..<(subdivision?.upperBound ?? rule.upperBound))]
        var cursor = found[0].range.upperBound
        // Numbers with a hyphen (`L.R. 7-3 through 7-8`, `Civ. L.R. 7-2, 7-3`): later items are read
        // whole, as the first is written.
        let hyphenated = text.string(rule).contains("-")
        while true {
            guard let next = ListJoin.next(text, after: cursor), ByteClass.isDigit(text[next]) else { break }
            var end = next
            while ByteClass.isDigit(text[end]) || ((text[end] == 0x2E || (hyphenated && text[end] == 0x2D)) && ByteClass.isDigit(text[end + 1])) { end += 1 }
            guard end - next <= 6, !ByteClass.isLetter(text[end]) else { break }
            // `Rules 26 and 34` but not `Rule 26, 2012 WL 1234` or `Rule 12, 28 U.S.C.`.
            if CiteLookahead.opensCitation(text, after: end) { break }
            let subdivisions = SectionList.subsections(text, at: end)
            let rangeEnd = subdivisions?.upperBound ?? end
            found.append(Found(citation: .rule(make(text.string(next..<end), subdivisionText(subdivisions))),
                               range: next..<rangeEnd))
            cursor = rangeEnd
        }
        return found
    }
}

extension RuleCitation: CitationKind {
    var kind: String { "rule" }
    static let precedence = 3

    var authority: Authority? { .rule(ruleSet: ruleSet, rule: rule, court: court, courtAsWritten: courtText) }

    func encodeFields(_ json: inout JSONWriter) {
        json.field("rule_set", ruleSet?.rawValue)
        json.field("rule", rule)
        json.field("subdivision", subdivision)
        if ruleSet == .local {
            json.field("court", court)
            json.field("court_as_written", courtText)
        }
        if ruleSet == .state { json.field("jurisdiction", courtText) }
        if bare { json.field("inferred_rule_set", true) }
    }
}
