/// What the head of an opinion or order says besides its caption: who wrote it (`KATSAS, Circuit
/// Judge:`, `TOBY CROUSE UNITED STATES DISTRICT JUDGE.`, `PER CURIAM.`), the panel (`Before:
/// MARTIN, SILER and MOORE, Circuit Judges.`) and the date it was decided or filed (`Decided
/// March 12, 2010`, a casetext head's `05-07-2024`, a PACER stamp's `Filed 05/11/23`).
struct OpinionHeadReader {
    struct Patterns: Sendable {
        /// `KATSAS, Circuit Judge:`, `W. EUGENE DAVIS, Circuit Judge.`, `RICKMAN, Presiding Judge.`,
        /// `BEATTY BLUNT, J.`, `DAVIS, Acting P.J.`, `Robert S. Lasnik, United States District Judge.`,
        /// `ROSEANN A. KETCHMARK, JUDGE`, `TOBY CROUSE UNITED STATES DISTRICT JUDGE.`: a line of its own,
        /// or with the filing stamp after it (`MEMORANDUM BY SHOGAN, J.: FILED NOVEMBER 13, 2018`).
        /// The official reports' dash after the title (`FRANSON, Acting P.J. —`, `GLASGOW, J.—WH was
        /// 17 years old`, California and Washington; normalized text has `-` for the dash).
        /// Mississippi's `DIAZ, J., for the court.` (also with `Justice`; a dissent's
        /// `SMITH, J., dissenting:` is not the writer's).
        /// Also after a reporter's star page (`*263 KENNARD, J.`, `*343 REARDON, Acting P.J.`: a rank
        /// before a title in letters), after a label's colon (`Opinion by:   Catherine Stone, Chief
        /// Justice`, Texas), after the writing's title run onto the line (casetext's `NOT FOR
        /// PUBLICATION OPINION FALK , U.S.M.J.`, a space before the comma), with a federal judge's
        /// initials (`U.S.M.J.`) or New York's `J.S.C.`, and a Missouri commissioner's `HOUSER,
        /// Commissioner.` (the name one word in capitals, read in Swift, for any commissioner's title:
        /// a Social Security caption's `NANCY A. BERRYHILL, Acting Commissioner` is a party's).
        let author = try! Pattern(
            #"(?m)^\f?[ \t]*(?:\*\d+[ \t]+)?(?:(?:Opinion|OPINION|Memorandum|MEMORANDUM)\s+(?:by|BY):?\s+(?:(?:Judge|Justice|JUDGE|JUSTICE)\s+)?|(?:NOT[ \t]+FOR[ \t]+PUBLICATION[ \t]+)?(?:MEMORANDUM|OPINION|Opinion|ORDER|DECISION)[ \t]+(?:(?:AND|&)[ \t]+(?:MEMORANDUM|OPINION|ORDER|DECISION)[ \t]+)?)?([A-Z](?:[ ][A-Za-z]){3,24}(?=,)|(?:[A-Z][A-Za-z'’.-]*\.?|[A-Z]')(?:[ \t]+(?:[A-Z][A-Za-z'’.-]*|[A-Z]\.|Mc[A-Z][a-z]+)){0,4}?(?:,[ \t]+(?:JR|Jr|SR|Sr|III|II)\.?)?)[ \t]?,?[ \t]+((?:(?:Vice|VICE)[ \t]+)?(?:(?:Chief|Senior|Presiding|Associate|Acting|Retired|CHIEF|SENIOR|PRESIDING|ASSOCIATE|ACTING|RETIRED)[ \t]+)?(?:(?:(?:United[ \t]+States|UNITED[ \t]+STATES|U\.[ \t]?S\.)[ \t]+)?(?:(?:District|Circuit|Magistrate|Bankruptcy|Appellate|DISTRICT|CIRCUIT|MAGISTRATE|BANKRUPTCY)[ \t]+)?(?:Judge|Justice|JUDGE|JUSTICE)|J\.|C\.[ \t]?J\.|P\.[ \t]?J\.|S\.[ \t]?J\.|U\.[ \t]?S\.[ \t]?[DMB]\.[ \t]?J\.|(?:A\.)?J\.S\.C\.|Commissioner|COMMISSIONER))(?:[ \t]*[.:]?\*?[ \t]*$|[ \t]?-{1,2}(?![ \t]*(?:concur|dissent|CONCUR|DISSENT))|,[ \t]+(?:for|FOR)[ \t]+(?:the|THE)[ \t]+(?:Court|COURT|court)[ \t]*[.:]?[ \t]*$|[ \t]*[.:]?[ \t]{3,}(?=FILED|Filed)|:[ \t]+(?=FILED[ \t]|Filed[ \t])|[.:][ \t]{3,}(?=[A-Z][a-z]+[ \t])|(?<=Judge)(?=[A-Z][a-z]))"#,
            requiring: ["Judge", "JUDGE", "Justice", "JUSTICE", "J.", "Commissioner", "COMMISSIONER"])
        /// The author line run into the text by a converter: `… Attorneys for Defendant SIMON,
        /// District Judge, On October 11, …`, `B R A M M E R, Presiding Judge. Robinson …`,
        /// `T.S. Ellis, III, United States District JudgeFollowing …`, `… AND TAYLOR, JUDGES. TAYLOR,
        /// JUDGE: Maurice Gasaway brings …` (Kentucky; the title in capitals only before a colon),
        /// `)( HON. SHLOMO S. HAGLER, J.S.C.: Motions under …` (a New York justice's): a name in
        /// capitals (or with `III`), the title, then a sentence.
        let inlineAuthor = try! Pattern(
            #"(?<![^ \t\n])([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3}(?:,[ \t]+(?:JR|Jr|SR|Sr|III|II)\.?)?),[ \t]+((?:(?:Chief|Senior|Presiding|Acting)[ \t]+)?(?:United[ \t]+States[ \t]+)?(?:(?:District|Circuit|Magistrate|Bankruptcy)[ \t]+)?(?:Judge|Justice)|JUDGE(?=:)|JUSTICE(?=:)|(?:A\.)?J\.S\.C\.(?=:)|J\.(?=[ \t]+[A-Z][a-z]))(?:[.,:][ \t]+(?=[A-Z])|(?<=J\.)[ \t]+(?=[A-Z])|(?=[A-Z][a-z])|[ \t]+(?=\*\d+[ \t]+[A-Z])|(?m:[.:]?[ \t]*$))"#,
            requiring: ["Judge", "Justice", "JUDGE:", "JUSTICE:", "J.S.C.:", "J. "])
        /// The author's line opening the opinion's first paragraph (Connecticut): `WESTBROOK, J. Before
        /// us is …`, a name in capitals, a short title, then a sentence: after a colon any sentence
        /// (`MCDONALD, J.: Frances A. Oxner appeals`), without one a sentence's first two words, not
        /// a name (`WILLIAMS, J. Michael Smith and Ann Roe, for appellant.` is counsel's line). Also
        /// after the first paragraph's number, where the head is flattened (`… JJ. ¶ 1. CARROLL, J.
        /// Following …`, Vermont).
        /// Georgia's Court of Appeals writes the name in mixed case, the title in full and a period,
        /// the first paragraph on the same line: `Hodges, Judge. E. Amanda Dellinger-Allen …`,
        /// `McFadden, Presiding Judge. The trial court …`.
        let runInAuthor = try! Pattern(
            #"(?m)(?|(?:^[ \t]*|\xC2\xB6[ \t]*1\.?[ \t]+)((?:[A-Z]\.[ \t]?)*[A-Z][A-Z'’-]+(?:[ \t](?:[A-Z][A-Z'’-]+|[A-Z]\.)){0,3}),[ \t]+(J\.|C\.[ \t]?J\.|P\.[ \t]?J\.|(?:(?:Chief|Senior|Presiding|Associate|Acting)[ \t]+)?(?:Judge|Justice)|JUDGE|JUSTICE)(?::[ \t]+(?=[A-Z][a-z]+[ \t])|\.?[ \t]+(?=[A-Z][a-z]+[ \t]+[a-z])|(?:(?<=\.)|\.)[ \t]+(?=[IVX]{1,4}\.[ \t]+[A-Z]{2}))"#
            + #"|^[ \t]*([A-Z][a-z]+(?:[A-Z][a-z]+)?),[ \t]+((?:(?:Chief|Presiding)[ \t]+)?(?:Judge|Justice))\.[ \t]+(?=[A-Z]))"#,
            requiring: ["J.", "Judge", "Justice", "JUDGE", "JUSTICE"])
        /// `Opinion by Justice Kennedy`, `Memorandum Opinion by Justice Yañez` (Texas) on a line of its
        /// own, the title before the name (a dissent's or concurrence's byline is not the writer's).
        /// Also Pennsylvania's `OPINION BY President Judge LEADBETTER.` and `OPINION BY MR. JUSTICE
        /// ROBERTS, June 4, 1963:` (the honorific no part of the title, the date after the name),
        /// Kentucky's `OPINION OF THE COURT BY JUSTICE KELLER`.
        let byline = try! Pattern(
            #"(?m)^[ \t]*(?:(?:Memorandum|MEMORANDUM)[ \t]+)?(?:Opinion|OPINION)(?:[ \t]+(?:of|OF)[ \t]+(?:the|THE)[ \t]+(?:Court|COURT))?[ \t]+(?:by|BY)[ \t]+(?:(?:Mr|MR|Mrs|MRS|Ms|MS)\.[ \t]+)?((?:(?:Chief|Senior|Presiding|President|Acting|CHIEF|SENIOR|PRESIDING|PRESIDENT|ACTING)[ \t]+)?(?:Justice|Judge|JUSTICE|JUDGE))[ \t]+([A-Z][^\s,;:()]*(?:[ \t][A-Z][^\s,;:()]*){0,3}?)[ \t]*(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4}[ \t]*)?[.:]?(?:[ \t]*$|[ \t]{3,}(?=FILED|Filed|DECIDED|Decided))"#,
            requiring: ["Opinion", "OPINION"])
        /// The byline run into a flattened head (Texas's Thirteenth Court): `… Before Justices
        /// Rodriguez, Garza, and Vela Memorandum Opinion by Justice Garza Appellant, Kelly …`: the
        /// title, then a surname of one word before the next sentence's capital; read only on a
        /// long line (a head flattened into one).
        let runInByline = try! Pattern(
            #"(?:Memorandum|MEMORANDUM)[ \t]+(?:Opinion|OPINION)[ \t]+(?:by|BY)[ \t]+((?:(?:Chief|CHIEF)[ \t]+)?(?:Justice|Judge|JUSTICE|JUDGE))[ \t]+([A-Z][a-z\x80-\xFF'’-]+|[A-Z][A-Z'’-]+)[ \t]+(?=[A-Z])"#,
            requiring: ["Memorandum", "MEMORANDUM"])
        /// The same with the name first (Maryland's flattened head: `… Barbera, JJ. Opinion by Greene,
        /// J. Filed: March 25, 2010 …`; Pennsylvania's `… MUSMANNO, J. MEMORANDUM BY MURRAY, J.: FILED
        /// APRIL 16, 2019 Kenneth …`).
        let runInBylineNameFirst = try! Pattern(
            #"(?:Opinion|OPINION|Memorandum|MEMORANDUM)[ \t]+(?:by|BY)[ \t]+([A-Z][A-Za-z'’-]+),[ \t]+(J\.|C\.[ \t]?J\.|P\.[ \t]?J\.|P\.[ \t]?J\.[ \t]?E\.|Judge|Justice|JUDGE|JUSTICE):?[ \t]+(?=[A-Z])"#,
            requiring: ["Opinion", "OPINION", "Memorandum", "MEMORANDUM"])
        /// The D.C. and Federal Circuits' `Opinion for the Court filed by Circuit Judge SCALIA.`,
        /// `… filed by Senior Circuit Judge` ⏎ `RANDOLPH.`, `… filed by Chief Judge Edwards.`: the
        /// title, then the name (separate opinions' `Additional views filed by` are not the court's).
        let filedBy = try! Pattern(
            #"(?m)^[ \t]*(?:Opinion|OPINION)[ \t]+(?:for|FOR)[ \t]+(?:the|THE)[ \t]+(?:Court|court|COURT)[ \t]+(?:filed|FILED)[ \t]+(?:by|BY)\s+((?:(?:Chief|Senior)[ \t]+)?(?:Circuit[ \t]+)?Judge)\s+([A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+){0,2})\.?[ \t]*$"#,
            requiring: ["Opinion", "OPINION"])
        /// The writer's line run in after the writing's title in a head flattened into one line
        /// (ecases, cetient): `… MEMORANDUM OPINION DAVID R. STRAWBRIDGE UNITED STATES MAGISTRATE JUDGE
        /// November 30, 2021 This action …`, `… OPINION AND ORDER SMITH, Senior Judge This bid protest
        /// …` (the Court of Federal Claims): the name in capitals, the title, then the next word's
        /// capital. Read only on a long line.
        let titledRunInAuthor = try! Pattern(
            #"(?:OPINION|ORDER|MEMORANDUM|DECISION)[ \t]+(?!(?:AND|OPINION|ORDER|MEMORANDUM|DECISION|OF|ON|BY|TO|FOR)\b)([A-Z][A-Z'’-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Z'’-]+)){0,3}),?[ \t]+((?:(?:Chief|Senior|CHIEF|SENIOR)[ \t]+)?(?:(?:UNITED[ \t]+STATES|United[ \t]+States)[ \t]+)?(?:(?:DISTRICT|MAGISTRATE|BANKRUPTCY|District|Magistrate|Bankruptcy)[ \t]+)?(?:JUDGE|Judge))[ \t]+(?=[A-Z])"#,
            requiring: ["OPINION", "ORDER", "MEMORANDUM", "DECISION"])
        /// Ohio's flattened head: `… DATE JOURNALIZED:4-11-18 ABELE, J. {¶ 1} This is an appeal`: the
        /// writer's line just before the first paragraph's mark.
        let beforeFirstParagraph = try! Pattern(
            #"(?<![^ \t\n])([A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){0,2}|[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?),[ \t]+(J\.|P\.[ \t]?J\.|C\.[ \t]?J\.|Judge|JUDGE)[ \t]+\{?\xC2\xB6[ \t]*1\b"#,
            requiring: ["\u{B6}"])
        /// `JUDGE GLEN A. HUFF` alone in the right column, `BY JUDGE WALLACE` (Virginia, Pennsylvania).
        let byJudge = try! Pattern(
            #"(?m)(?:(?:^|[ \t]{2,})(?:BY[ \t]+)?|[ \t]BY[ \t]+)(?:JUDGE|JUSTICE)[ \t]+([A-Z][A-Z.'’ -]{1,40}?[A-Z.])(?=[ \t]{2,}|[ \t]*$)"#,
            requiring: ["JUDGE", "JUSTICE"])
        /// `Judge Robert M. Dow, Jr.` alone on a caption's line or in its right column (the Northern
        /// District of Illinois's assigned judge, who writes the order); read only when it is the head's
        /// one such line (`District Judge Victoria A. Roberts` ⏎ `Magistrate Judge Anthony P. Patti`
        /// names two).
        let captionJudge = try! Pattern(
            #"(?m)(?:^[ \t]*+|[ \t]{3}[ \t]*+)(?:(?:District|Magistrate|Bankruptcy)[ \t]+)?Judge[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z]\.)*(?:[ \t]+[A-Z][A-Za-z'’-]+){1,2}(?:,[ \t]+(?:Jr|Sr)\.|[ \t]+(?:III|II|IV))?)[ \t]*$"#,
            requiring: ["Judge "])
        /// `PER CURIAM.` opening a line, or after a sentence of a flattened head (`… DAVIS, JJ. PER CURIAM. Plaintiffs …`),
        /// or after a pleading paper's line number flattened into the text (`… AFFIRMANCE 20 PER CURIAM. 21 {1}`, New Mexico).
        let perCuriam = try! Pattern(#"(?m)(?:^\f?[ \t]*|(?<=\.)[ \t]+(?=PER)|(?<=[ \t]\d)[ \t]+(?=PER[ \t]+CURIAM)|(?<=[ \t]\d\d)[ \t]+(?=PER[ \t]+CURIAM))(PER[ \t]+CURIAM|Per[ \t]+Curiam)[ \t]*(?:[.:]\*?(?:[ \t]|\xEF\xBF\xBD)|[.:]?\*?[ \t]*$)"#, requiring: ["CURIAM", "Curiam"])
        /// `Justice Ginsburg delivered the opinion of the Court.`, `Mr. Justice John Conway Harrison
        /// delivered the Opinion`, `DAVID G. HAYES, J., delivered the opinion of the court`.
        let delivered = try! Pattern(
            #"(?:(?:(?:Mr\.|MR\.)\s+)?(?:(?:Chief|CHIEF|Presiding|PRESIDING)\s+)?(?:Justice|JUSTICE|Judge|JUDGE)\s+((?:[A-Z][A-Za-z'’.-]*[ \t]+){0,3}?[A-Z][A-Za-z'’-]+)|((?:[A-Z][A-Za-z'’.-]*[ \t]+){0,3}?[A-Z][A-Za-z'’-]+(?:,[ \t]+(?:JR|Jr|SR|Sr|III|II)\.?)?),\s+(?:J\.|P\.\s?J\.|C\.\s?J\.|Judge|JUDGE|Justice|JUSTICE),?)\s+delivered\s+the\s+(?i:opinion|judgment|decision)"#,
            requiring: ["delivered"])
        /// `OPINION Justice Goldberg, for the Court. This case came …` (Rhode Island): the title, the
        /// name, `for the Court` and the sentence's end (`Justice Scalia, for the Court, explained`
        /// in prose is a citing sentence's).
        let forTheCourt = try! Pattern(
            #"(?:(?:Chief|CHIEF)\s+)?(?:Justice|JUSTICE|Judge|JUDGE)\s+((?:[A-Z][A-Za-z'’.-]*[ \t]+){0,3}?[A-Z][A-Za-z'’-]+),\s+for\s+the\s+(?:Court|COURT)\."#,
            requiring: ["for the"])
        /// `Judge: John J. Kelley` (the New York Slip Opinion head), a LexisNexis head's `OPINIONBY:
        /// RUDOLPH T. RANDA` (or `OPINION BY:`).
        let judgeLabel = try! Pattern(#"(?m)^[ \t]*(?:Judge|OPINIONBY|OPINION[ \t]BY):[ \t]+([A-Z][A-Za-z.'’ -]{2,60}?)[ \t]*$"#, requiring: ["Judge:", "OPINIONBY:", "OPINION BY:"])
        /// `The Opinions handed down on the 18th day of September, 2017` (Louisiana).
        let decisionDay = try! Pattern(
            #"(?i:"# + DateWords.decisionVerbs.map { $0.split(separator: " ").joined(separator: #"\s+"#) }.joined(separator: "|")
                + #")\s+on\s+the\s+(\d{1,2})(?:st|nd|rd|th|d)?\s+day\s+of\s+([A-Z][a-z]+),?\s+(\d{4})"#,
            requiring: ["day of"])
        /// `[June 23, 2017]`: the Supreme Court's slip opinion date; `[No. 1664 February 25, 2000]`
        /// (Alaska's, after the opinion's number).
        let bracketDate = try! Pattern(#"\[(?:No\.[ \t]+\d{1,6}[ \t]+)?([A-Z][a-z]{2,8})\.?[ \t]+(\d{1,2}),[ \t]*(\d{4})\]"#)
        /// `January 5, 1998, Filed`, `March 3, 2005, Decided`: a LexisNexis head, the label after
        /// the date (the next word may be run into it: `FiledJames S. Black`).
        let dateThenLabel = try! Pattern(
            #"\b([A-Z][a-z]{2,8})\.?[ \t]+(\d{1,2}),[ \t]*(\d{4}),[ \t]*(Decided|Filed|Entered|Argued|Submitted|Released)(?![a-z])"#,
            requiring: ["Decided", "Filed", "Entered", "Argued", "Submitted", "Released"])
        /// `Before: …` / `BEFORE …` / `Present: …` at the start of a line, read up to the end of
        /// its sentence (at most three lines).
        /// A reporter's star pages may open the line (`*265 Before BELL, C.J., MUSMANNO, … JJ.`, Pennsylvania);
        /// Texas's `Panel consists of Chief Justice Morriss and Justices Carter and Moseley.`
        /// Also `Before:` inside a flattened caption, `Considered by EISENHAUER, P.J., …` (Iowa),
        /// `(By: Recktenwald, C.J., …)` (Hawaii), San Antonio's `Sitting:   Catherine Stone, Chief Justice` ⏎
        /// `Marialyn Barnard, Justice` (one judge a line, each with a title), a flattened head's
        /// `… OPINION Appeal from … Colorado Before CORNISH, MICHAEL, and HALL, Bankruptcy Judges.`
        /// (two names in capitals and their commas after it).
        /// (Two patterns, so that each opens on bytes PCRE2's JIT can skip to.)
        let panel = try! Pattern(#"(?m)^[ \t]*(?:\*\d+[ \t]+){0,3}(?:Before|BEFORE|Present|PRESENT|Panel|PANEL|Judges:|JUDGES:|Sitting:|Considered[ \t]+and[ \t]+decided[ \t]+by)(?::|[ \t]|[ \t]*\n(?=[ \t]*\n|[ \t]*[A-Z]))[ \t]*(?:(?:composed|consists|consisting)[ \t]+of[ \t]+)?\s*([^\n]{3,200}(?:\n[^\n]{0,200}){0,3})"#,
                                 requiring: ["Before", "BEFORE", "Present", "PRESENT", "Panel", "PANEL", "Judges:", "JUDGES:", "Sitting:", "Considered"])
        let inlinePanel = try! Pattern(#"(?:Before:|BEFORE:|Present:|PRESENT:|Sitting:|Before[ \t]+(?:Judges|Justices)[ \t]|(?<![^ \t\n])Before[ \t]+(?=[A-Z][A-Z'’-]+,[ \t]+[A-Z][A-Z'’-]+,?[ \t]+(?:and[ \t]+)?[A-Z])|Panel[ \t]+composed[ \t]+of[ \t]|Court[ \t]+composed[ \t]+of[ \t]|Considered[ \t]+by[ \t]+(?=[A-Z])|CONSIDERED[ \t]+BY[ \t]+|\(By:|\(BY:)[ \t]*([^\n]{3,200}(?:\n[^\n]{1,200}){0,2})"#,
                                       requiring: ["Before:", "BEFORE:", "Present:", "PRESENT:", "Sitting:", "Before", "Panel", "composed", "Considered", "CONSIDERED", "(By:", "(BY:"])
        /// Texas's closing line after the signature, anywhere in the writing: `Panel consisted of
        /// Worthen, C.J., Hoyle, J., and Neeley, J.`, `Panel consists of Justices Fowler, Edelman, and
        /// Guzman.` (read when the head names no panel).
        let closingPanel = try! Pattern(#"(?m)^[ \t]*Panel[ \t]+consist(?:s|ed)[ \t]+of[ \t]+([^\n]{3,200}(?:\n[^\n]{1,200})?)"#, requiring: ["Panel consist"])
        /// The end of a bench line with no label: `… and Funke, JJ.`, `… and RICKMAN, P.J.`; the
        /// line and the lines it continues are read in Swift.
        let benchLine = try! Pattern(#"(?m)(?:,[ \t]+(?:JJ|Js|[CPS]\.[ \t]?J)|^[ \t]*JJ)\.(?:,?[ \t]+and[ \t]+[A-Z][A-Za-z'’ .-]{1,40},[ \t]+(?:District|Retired|Senior|Circuit)[ \t]+(?:Judge|Justice)\.)?[ \t]*$"#, requiring: ["J.", "Js."])
        /// `Decided March 12, 2010`, `Filed: June 4, 2012`, `Order filed November 6, 2014`, `Dated: …`,
        /// `FILED BY CLERK JUN 15 2011` (Arizona), `UNPUBLISHED July 15, 2010` (Michigan). `filed` in
        /// lower case only after the writing's name (`filed on December 15, 2022` in prose is a pleading's).
        /// Kentucky's `RENDERED: SEPTEMBER 10, 2021; 10:00 A.M.`
        let labeledDate = try! Pattern(
            #"\b(Decided|DECIDED|Filed|FILED|(?<=Opinion |Order |Judgment |Memorandum |Decision |OPINION |ORDER )filed|Dated|DATED|Entered|ENTERED|Submitted|SUBMITTED|Argued|ARGUED|Issued|ISSUED|Signed|SIGNED|UNPUBLISHED|PUBLISHED|Released|RELEASED|(?<=officially )released|Rendered|RENDERED)\b(?:[ \t]+BY[ \t]+CLERK)?:?[ \t]*(?:on[ \t]+)?([A-Z][A-Za-z]{2,8})\.?[ \t]+(\d{1,2}),?[ \t]+(\d{4})"#)
        /// The day before the month (North Carolina): `Filed: 20 June 2017`, `(Filed 7 September 1993)`,
        /// `Decided 3 May 2001`; the month written out.
        let labeledDayFirstDate = try! Pattern(
            #"\b(Decided|DECIDED|Filed|FILED)\b:?[ \t]+(\d{1,2})[ \t]+(January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+(\d{4})\b"#,
            requiring: ["Decided", "DECIDED", "Filed", "FILED"])
        /// `Filed 10/4/96`, `Filed 05/11/23` (a PACER stamp), `FILED: 12/01/2021`, `REL: 08/24/2012`
        /// (Alabama), `RELEASED: 04/18/2023` (Ohio's Fourth District), `(Filed on 2/13/2017)` (a docket
        /// entry's text on Justia).
        let labeledSlashDate = try! Pattern(#"\b(Decided|DECIDED|Filed|FILED|filed|Dated|DATED|Entered|ENTERED|REL|Released|RELEASED)(?:[ \t]+Date)?\b:?[ \t]+(?:(?<=\(Filed )on[ \t]+)?(\d{1,2})/(\d{1,2})/(\d{2,4})\b"#)
        /// Ohio's `DATE JOURNALIZED:4-11-18`, `Date Journalized: 6-2-11`: the day the decision was
        /// entered on the court's journal (the date it is filed under); the Fourth District's
        /// `File-stamped date: 6-02-11` (group 1 set), the clerk's stamp.
        let journalized = try! Pattern(
            #"\b(?:(?:DATE|Date)[ \t]+(?:JOURNALIZED|Journalized)|(File-stamped[ \t]+date)):?[ \t]*(\d{1,2})[-/](\d{1,2})[-/](\d{2,4})\b"#,
            requiring: ["JOURNALIZED", "Journalized", "File-stamped"])
        /// A site's field with an ISO date: `Date filed: 2002-07-29`, `Decided: 2019-08-15`.
        let labeledISODate = try! Pattern(#"\b(Decided|DECIDED|Filed|FILED|Date[ \t]+filed|Date[ \t]+decided|Date[ \t]+Filed|Date[ \t]+Decided)\b:?[ \t]+(\d{4})-(\d{2})-(\d{2})\b"#)
        /// Michigan's right column: `UNPUBLISHED` (or `FOR PUBLICATION`) at a line's end, the date at
        /// the end of the next (`the ESTATE OF EVELYN R. RAGSDALE,          December 22, 2022`).
        let publicationColumn = try! Pattern(
            #"(?m)(?:^|[ \t]{3})[ \t]*(?:UNPUBLISHED|PUBLISHED|FOR[ \t]+PUBLICATION)[ \t]*\n(?:[^\n]{0,120}?[ \t]{3,})?[ \t]*([A-Z][a-z]{2,8})\.?[ \t]+(\d{1,2}),[ \t]*(\d{4})[ \t]*$"#,
            requiring: ["PUBLISHED", "PUBLICATION"])
        /// A clerk's stamp: `FILED` ⏎ `… JUN 29 2011` (the Ninth Circuit's, at the end of the next
        /// line), `Electronically Filed … 22-FEB-2023 09:33 AM` (Hawaii).
        let stampDate = try! Pattern(
            #"(?m)(?:\bFILED[ \t]*\n[^\n]{0,120}?[ \t]([A-Z]{3})[ \t]+(\d{1,2}),?[ \t]+(\d{4})[ \t]*$|\b(?:Electronically[ \t]+)?Filed\b[^\n]{0,80}?\b(\d{1,2})-([A-Z]{3})-(\d{4})\b)"#,
            requiring: ["FILED", "Filed"])
        /// A date alone on a line: `05-07-2024` (casetext), `March 12, 2010.`, `Jun 17, 1952`,
        /// `SEPTEMBER 13, 2022`, `March 10, 2010.*57 …`, `August 19, 2010. *648 …` (a reporter's page star after it), a site's
        /// `| S.D.N.Y. | Jun 30, 2025`, casetext's ISO `2019-08-15`, a memorandum's `(August 24, 2018)`
        /// under its title.
        let dateLine = try! Pattern(
            #"(?m)^[ \t]*(?:\|[^|\n]{2,40}\|[ \t]*)?(?:(\d{2})-(\d{2})-(\d{4})|\(?([A-Z][A-Za-z]{2,8})\.?[ \t]+(\d{1,2}),[ \t]*(\d{4})\.?\)?|(\d{4})-(\d{2})-(\d{2}))(?:[ \t]*$|(?<=\.)[ \t]?\*\d)"#)
    }

    let text: TextView
    let lines: Lines
    let patterns: Patterns

    /// How far into the document the head's author, panel and date may stand.
    static let headBytes = 12000

    private var head: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: text.bytes[..<min(text.count, Self.headBytes)]) }

    /// The author line: the judge's name as written and the title (`PER CURIAM` has none), and
    /// where it stands (a normalized offset).
    /// Whether the last nonblank line before `lineStart` ends a sentence or a heading: a period,
    /// colon or question mark after a word of two letters or more (not an initial, `Michael T.`).
    static func endsASentence(_ text: TextView, before lineStart: Int) -> Bool {
        var end = lineStart
        while end > 0, ByteClass.isSpace(text[end - 1]) { end -= 1 }
        guard end > 0 else { return true }
        let last = text[end - 1]
        guard last == 0x2E || last == 0x3A || last == 0x3F else { return false }
        var wordStart = end - 1
        while wordStart > 0, !ByteClass.isSpace(text[wordStart - 1]) { wordStart -= 1 }
        return end - 1 - wordStart >= 2
    }

    func author() -> (name: String, title: String?, offset: Int)? {
        var found: (offset: Int, name: String, title: String?)? = nil
        var byline: (offset: Int, name: String, title: String?)? = nil
        let concurAt = SignatureReader.concurrenceLabel(in: text, from: 0, to: head.count)
        // The first author line that names a judge and is no lower court's (`Appeal from the
        // Circuit Court for Hillsborough County; Steven Scott` ⏎ `Stephens, Judge.`).
        for pattern in [patterns.author, patterns.inlineAuthor, patterns.runInAuthor] where pattern.mayMatch(in: head, from: 0) {
            var seen = 0
            pattern.forEachMatch(in: head, using: MatchData(for: pattern)) { match in
                let opensByline = byline == nil && pattern === patterns.author
                    && (text.hasCaseless("opinion by", at: text.skipSpaces(from: match.range.lowerBound, limit: 80))
                        || text.hasCaseless("memorandum by", at: text.skipSpaces(from: match.range.lowerBound, limit: 80)))
                guard seen < 12, found == nil || match.range.lowerBound < found!.offset || opensByline,
                      let name = match.range(1), let title = match.range(2) else { return }
                seen += 1
                if pattern === patterns.inlineAuthor {
                    // The run-in form only where a converter flattened the head onto long lines, or
                    // as the last sentence of a flattened head (`… HALL, Bankruptcy Judges. CORNISH,
                    // Bankruptcy Judge.` ⏎), after another sentence's end.
                    let atLineEnd = text.skipSpaces(from: match.range.upperBound, limit: 4) >= text.lineEnd(from: match.range.lowerBound)
                    let before = text.skipSpacesBackward(from: match.range.lowerBound, limit: 4)
                    let afterSentence = before < match.range.lowerBound && before > 0 && (text[before - 1] == 0x2E || text[before - 1] == 0x3A)
                    if atLineEnd ? !afterSentence
                        : text.lineEnd(from: match.range.lowerBound) - text.lineStart(before: match.range.lowerBound) <= 200 { return }
                }
                // The mixed-case run-in form (`Hodges, Judge. E. Amanda …`) opens a paragraph: not the
                // trial judge's name wrapped onto a line of its own (`… Superior Court of San Diego
                // County, Michael T.` ⏎ `Smyth, Judge. Affirmed.`).
                if pattern === patterns.runInAuthor, text.string(name).contains(where: \.isLowercase),
                   !Self.endsASentence(text, before: text.lineStart(before: match.range.lowerBound)) { return }
                var written = Self.unspaced(text.words(name).trimmedASCII(" ,"))
                // `JUDGES. TAYLOR, JUDGE:`: the bench's sentence ends before the name.
                if pattern === patterns.inlineAuthor { written = Self.afterSentenceEnd(written) }
                let titleWritten = text.words(title)
                // A commissioner's line only with one name in capitals (`MAUGHMER, Commissioner.`): a
                // party's capacity (`Andrew Saul, Commissioner`) is no writer's.
                if titleWritten.lowercased().hasSuffix("commissioner"), written.contains(" ") || written.contains(where: \.isLowercase) { return }
                // New York's `HON. SHLOMO S. HAGLER, J.S.C.:`: the honorific is no part of the name.
                if titleWritten.hasSuffix("J.S.C."), let bare = SignatureReader.bareName(written) { written = bare }
                // A byline's label names the writer, whatever judge the lines above name (Texas's
                // `Honorable …, Judge Presiding` ⏎ `Opinion by:  Catherine Stone, Chief Justice`).
                guard isName(written), opensByline || !namesLowerCourt(before: match.range.lowerBound) else { return }
                // The writer's signature over `WE CONCUR:` at the end of a short opinion is a signing,
                // and the concurring judges' lines under it are no writer's.
                if SignatureReader.concurrenceLabelFollows(text, after: match.range.upperBound)
                    || concurAt.map({ match.range.lowerBound > $0 }) == true { return }
                let line = (match.range.lowerBound, written, text.words(title))
                if opensByline { byline = line }
                if found == nil || match.range.lowerBound < found!.offset { found = line }
            }
        }
        if byline == nil, patterns.byline.mayMatch(in: head, from: 0),
           let match = patterns.byline.firstMatch(in: head, from: 0, using: MatchData(for: patterns.byline)) {
            let written = text.words(match.range(2)!).trimmedASCII(" .")
            // The same judge's own line (`JOHNSTONE, Circuit Judge:` below the Ninth Circuit's
            // `Opinion by Judge Johnstone`) gives the fuller title.
            if isName(written), found.map({ $0.name.lowercased() != written.lowercased() }) ?? true {
                byline = (match.range.lowerBound, written, text.words(match.range(1)!))
            }
        }
        // The D.C. Circuit's `Opinion for the Court filed by Circuit Judge SCALIA.`
        if byline == nil, patterns.filedBy.mayMatch(in: head, from: 0),
           let match = patterns.filedBy.firstMatch(in: head, from: 0, using: MatchData(for: patterns.filedBy)) {
            let written = text.words(match.range(2)!)
            if isName(written), found.map({ $0.name.lowercased() != written.lowercased() }) ?? true {
                byline = (match.range.lowerBound, written, text.words(match.range(1)!))
            }
        }
        // A flattened head's writer after the writing's title, or before the first paragraph's mark.
        if found == nil, byline == nil {
            for pattern in [patterns.titledRunInAuthor, patterns.beforeFirstParagraph] where pattern.mayMatch(in: head, from: 0) {
                guard let match = pattern.firstMatch(in: head, from: 0, using: MatchData(for: pattern)),
                      text.lineEnd(from: match.range.lowerBound) - text.lineStart(before: match.range.lowerBound) > 200 else { continue }
                let written = text.words(match.range(1)!)
                if isName(written), !namesLowerCourt(before: match.range(1)!.lowerBound) {
                    found = (match.range(1)!.lowerBound, written, text.words(match.range(2)!))
                    break
                }
            }
        }
        if byline == nil, patterns.runInByline.mayMatch(in: head, from: 0),
           let match = patterns.runInByline.firstMatch(in: head, from: 0, using: MatchData(for: patterns.runInByline)),
           text.lineEnd(from: match.range.lowerBound) - text.lineStart(before: match.range.lowerBound) > 200 {
            let written = text.words(match.range(2)!)
            if isName(written) { byline = (match.range.lowerBound, written, text.words(match.range(1)!)) }
        }
        if byline == nil, patterns.runInBylineNameFirst.mayMatch(in: head, from: 0),
           let match = patterns.runInBylineNameFirst.firstMatch(in: head, from: 0, using: MatchData(for: patterns.runInBylineNameFirst)),
           text.lineEnd(from: match.range.lowerBound) - text.lineStart(before: match.range.lowerBound) > 200 {
            let written = text.words(match.range(1)!)
            if isName(written) { byline = (match.range.lowerBound, written, text.words(match.range(2)!)) }
        }
        // `Opinion by Greene, J.` names the writer, whatever name line stands above it (the
        // bench's `Barbera, C.J.` of a Maryland head).
        if let byline { found = byline }
        if patterns.byJudge.mayMatch(in: head, from: 0) {
            var seen = 0
            patterns.byJudge.forEachMatch(in: head, using: MatchData(for: patterns.byJudge)) { match in
                guard seen < 12, found == nil || match.range.lowerBound < found!.offset, let name = match.range(1) else { return }
                seen += 1
                let written = text.words(name).trimmedASCII(" ,.")
                // The title as written before the name (`JUDGE` of `BY JUDGE WALLACE`).
                let title = text.words(match.range.lowerBound..<name.lowerBound).splitOnSpaces().last.map(String.init)
                if isName(written), !namesLowerCourt(before: match.range.lowerBound) { found = (match.range.lowerBound, written, title) }
            }
        }
        if found == nil, patterns.captionJudge.mayMatch(in: head, from: 0) {
            var lines: [(offset: Int, name: String)] = []
            let early = UnsafeBufferPointer(rebasing: head[..<min(head.count, 3000)])
            patterns.captionJudge.forEachMatch(in: early, using: MatchData(for: patterns.captionJudge)) { match in
                guard lines.count < 3, let name = match.range(1) else { return }
                lines.append((match.range.lowerBound, text.words(name)))
            }
            if lines.count == 1, isName(lines[0].name), !namesLowerCourt(before: lines[0].offset) {
                found = (lines[0].offset, lines[0].name, "Judge")
            }
        }
        if patterns.perCuriam.mayMatch(in: head, from: 0),
           let match = patterns.perCuriam.firstMatch(in: head, from: 0, using: MatchData(for: patterns.perCuriam)),
           found == nil || match.range.lowerBound < found!.offset {
            found = (match.range.lowerBound, "PER CURIAM", nil)
        }
        // Who delivered the opinion, or the head's `Judge:` line, says it best.
        for pattern in [patterns.delivered, patterns.forTheCourt, patterns.judgeLabel] {
            guard pattern.mayMatch(in: head, from: 0), let match = pattern.firstMatch(in: head, from: 0, using: MatchData(for: pattern)),
                  let name = match.range(1) ?? match.range(2) else { continue }
            let written = text.words(name).trimmedASCII(" ,")
            if isName(written), found == nil || match.range.lowerBound < found!.offset + 2000 {
                found = (match.range.lowerBound, written, deliveredTitle(match) ?? found?.title)
                break
            }
        }
        return found.map { ($0.name, $0.title, $0.offset) }
    }

    /// The words of a name after the last that ends a sentence (a word of three letters or more
    /// and a period, or the bench's `JJ.`: `JUDGES. TAYLOR` → `TAYLOR`; `T.S. ELLIS` and `ST. JOHN` are kept whole).
    static func afterSentenceEnd(_ written: String) -> String {
        let words = written.splitOnSpaces()
        guard let last = words.dropLast().lastIndex(where: { ($0.count >= 4 || $0 == "JJ.") && $0.hasSuffix(".") && !$0.dropLast().contains(".") })
        else { return written }
        return words[(last + 1)...].joined(separator: " ")
    }

    /// A name letter-spaced for emphasis, closed up: `M c G R E G O R` → `McGREGOR` (Arizona); any
    /// other name as written.
    static func unspaced(_ written: String) -> String {
        let words = written.splitOnSpaces()
        guard words.count >= 4, words.allSatisfy({ $0.count == 1 && $0.first!.isLetter }) else { return written }
        return words.joined()
    }

    /// The title of who delivered the opinion as written: `JUSTICE` of `JUSTICE BREYER delivered`,
    /// `Chief Justice`, `J.` of `DAVID G. HAYES, J., delivered`.
    private func deliveredTitle(_ match: Match) -> String? {
        guard match.range.lowerBound < match.range.upperBound, let name = match.range(1) ?? match.range(2) else { return nil }
        if match.range(1) != nil {
            let before = text.words(match.range.lowerBound..<name.lowerBound).splitOnSpaces().filter { !["Mr.", "MR."].contains($0) }
            // A label (`Judge:`, `OPINIONBY:`) is no title.
            return before.isEmpty || before.last!.hasSuffix(":") ? nil : before.joined(separator: " ")
        }
        let after = text.words(name.upperBound..<match.range.upperBound).trimmedASCII(" ,")
        let title = after.prefix { $0 != "," && $0 != " " }
        return title.isEmpty || title == "delivered" ? nil : String(title)
    }

    /// Whether the judge's line at `offset` ends a sentence naming the court below: its line, or
    /// the lines of its paragraph before it (back to a blank line or a sentence's end), say
    /// `Appeal from …`, `FROM THE CIRCUIT COURT OF …`, `Honorable`.
    private func namesLowerCourt(before offset: Int) -> Bool {
        var start = text.lineStart(before: offset)
        // In a flattened head only the words just before the name: `… Cause No. C20086158
        // Honorable …` (the court below's judge named earlier on the line is another sentence's).
        if start < offset - 200 {
            let near = text.string(offset - 60..<offset)
            return near.contains("Honorable") || near.contains("HONORABLE") || near.contains("Hon.")
        }
        let own = text.string(start..<offset)
        if own.contains("Honorable") || own.contains("HONORABLE") || own.hasSuffix("Hon. ") { return true }
        for _ in 0..<3 {
            guard start > 1 else { return false }
            let previousEnd = start - 1
            let previousStart = text.lineStart(before: previousEnd)
            let previous = text.string(previousStart..<previousEnd).trimmedASCII(" \t")
            if previous.isEmpty || previous.hasSuffix(".") || previous.hasSuffix(":") { return false }
            let lower = previous.lowercased()
            if lower.contains("appeal from") || lower.hasPrefix("from the ") || lower.contains(" from the ") || lower.contains("county;")
                || lower.contains("honorable") || lower.contains("trial court") { return true }
            start = previousStart
        }
        return false
    }

    /// Words a judge's name never is (`ORDER`, `Dated`, `United States`).
    private static let notNames: Set<String> = ["order", "the", "dated", "honorable", "hon.", "before", "united", "states",
                                                "district", "magistrate", "signed", "entered", "by", "of", "court", "and",
                                                "circuit", "chief", "senior", "memorandum", "opinion", "judgment", "filed",
                                                // An order's title before a judge's office (`ORDER REFERRING CASE TO
                                                // MAGISTRATE JUDGE`, `ORDER ON MOTION TO DISQUALIFY JUDGE`); not `re`,
                                                // a judge's name (`RE, Chief Judge`, the Court of International Trade).
                                                "to", "on", "for", "a", "an", "in", "with", "case", "motion"]

    private func isName(_ name: String) -> Bool {
        let words = name.splitOnSpaces()
        guard (1...6).contains(words.count), !name.contains(where: \.isNumber) else { return false }
        // Nor a party's role (`DEFENDANTS, Judge Roe granted …`).
        return !words.contains { Self.notNames.contains($0.lowercased()) || PartyReader.role(String($0)) != nil }
    }

    /// `Before: MARTIN, SILER and MOORE, Circuit Judges.` → MARTIN, SILER, MOORE; `Before` alone
    /// on a line above the names; `Panel composed of Judges …`, `Before Judges …` in a flattened
    /// head; one judge a line (`BEFORE: HONORABLE RENÉE COHN JUBELIRER, President Judge`); a bench
    /// line with no label (`Heavican, C.J., Wright, … and Funke, JJ.`, `MCFADDEN, C. J.,` ⏎
    /// `BARNES, P. J., and RICKMAN, P.J.`). The first list of two names or more.
    func panel() -> [String] {
        var found: [(offset: Int, names: [String])] = []
        for pattern in [patterns.panel, patterns.inlinePanel] where pattern.mayMatch(in: head, from: 0) {
            var seen = 0
            pattern.forEachMatch(in: head, using: MatchData(for: pattern)) { match in
                guard seen < 8, found.allSatisfy({ match.range.lowerBound < $0.offset }), let body = match.range(1) else { return }
                seen += 1
                let written = Self.beforeFieldLine(text.string(body))
                let names = written.contains(" delivered the ") ? Self.deliveringPanel(written) : Self.panelNames(written)
                // A site's `Judges:` field lists a trial court's judges too (`Judges: Ponsor, Neiman`,
                // the district judge and the magistrate judge; `Judges: McCormick, V.C.`): a panel
                // only with three names or more.
                let field = text.hasCaseless("judges:", at: text.skipSpaces(from: match.range.lowerBound, limit: 40))
                if names.count >= (field ? 3 : 2) { found.append((match.range.lowerBound, names)) }
            }
        }
        if patterns.benchLine.mayMatch(in: head, from: 0), found.isEmpty {
            var seen = 0
            patterns.benchLine.forEachMatch(in: head, using: MatchData(for: patterns.benchLine)) { match in
                guard seen < 8, found.isEmpty else { return }
                seen += 1
                let alone = text[match.range.lowerBound] != 0x2C
                // New York's Appellate Division: `RIVERA, J.P.` ⏎ ⏎ `BALKIN` ⏎ ⏎ … `HINDS-RADIX, JJ.`, a name a line.
                if !alone, let column = presidingColumn(endingAt: match.range.upperBound) {
                    found.append(column)
                    return
                }
                guard let start = alone ? benchColumnStart(match.range.lowerBound) : benchLineStart(match.range.lowerBound) else { return }
                let written = text.string(start..<match.range.upperBound)
                // Two titles or `JJ.`: a bench, not one judge's line (`Cassel, J.`).
                let titles = written.splitOnSpaces().filter { $0.hasSuffix("J.") || $0.hasSuffix("J.,") }.count
                guard titles >= 2 || written.contains("JJ.") || written.trimmedASCII(" \t").hasSuffix(", Js.") else { return }
                let names = Self.panelNames(written)
                if names.count >= 2 { found.append((start, names)) }
            }
        }
        if found.isEmpty, patterns.closingPanel.mayMatch(in: text.bytes, from: 0),
           let match = patterns.closingPanel.firstMatch(in: text.bytes, from: 0, using: MatchData(for: patterns.closingPanel)),
           let body = match.range(1) {
            let names = Self.panelNames(text.string(body))
            if names.count >= 2 { return names }
        }
        return found.min { $0.offset < $1.offset }?.names ?? []
    }

    /// The panel's lines up to a line of a site's fields (`Judges: Reiber, …, Carroll` ⏎ `Filed
    /// Date: 10/26/2018`): a line that opens with one to three words and a colon.
    static func beforeFieldLine(_ written: String) -> String {
        var kept: [Substring] = []
        for (index, line) in written.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0, let colon = line.firstIndex(of: ":") {
                let label = line[..<colon].split(separator: " ")
                // `Delivered and Filed: August 30, 2013` (Texas) is a field too.
                if (1...3).contains(label.count), label.first!.first!.isUppercase,
                   label.allSatisfy({ ($0.first!.isUppercase || $0 == "and") && $0.allSatisfy(\.isLetter) }) { break }
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    /// New York's Appellate Division bench, a justice a line under the presiding one, blank lines
    /// between: `REINALDO E. RIVERA, J.P.` ⏎ ⏎ `RUTH C. BALKIN` ⏎ ⏎ `SYLVIA HINDS-RADIX, JJ.`, the
    /// lines between it and the `JJ.` line each a name in capitals; nil for any other layout.
    private func presidingColumn(endingAt end: Int) -> (offset: Int, names: [String])? {
        var lines = [text.string(text.lineStart(before: end)..<end).trimmedASCII(" \t")]
        var cursor = text.lineStart(before: end)
        for _ in 0..<10 {
            guard cursor > 1 else { return nil }
            let previousStart = text.lineStart(before: cursor - 1)
            let line = text.string(previousStart..<(cursor - 1)).trimmedASCII(" \t")
            cursor = previousStart
            if line.isEmpty { continue }
            if line.hasSuffix(", J.P.") {
                lines.insert(line, at: 0)
                // Each line a name once the first's and the last's titles are off.
                let names = lines.map { line in [", J.P.", ", JJ."].reduce(line) { $1.count < $0.count && $0.hasSuffix($1) ? String($0.dropLast($1.count)) : $0 } }
                return names.allSatisfy({ (2...4).contains($0.splitOnSpaces().count) && !$0.contains(",") }) ? (previousStart, names) : nil
            }
            let words = line.splitOnSpaces()
            guard (2...4).contains(words.count), line == line.uppercased(), !line.contains(where: { $0.isNumber || $0 == "," }) else { return nil }
            lines.insert(line, at: 0)
        }
        return nil
    }

    /// `JJ.` alone on a line under a column of names (`Barbera, C.J.` ⏎ `Greene,` ⏎ … `Getty,` ⏎ ⏎
    /// `JJ.`, Maryland): where the column begins, when the line above (past blank lines) ends in a comma.
    private func benchColumnStart(_ offset: Int) -> Int? {
        var end = text.lineStart(before: offset)
        for _ in 0..<3 {
            guard end > 1 else { return nil }
            let previousStart = text.lineStart(before: end - 1)
            let previous = text.string(previousStart..<(end - 1)).trimmedASCII(" \t")
            if previous.isEmpty { end = previousStart; continue }
            return previous.hasSuffix(",") ? benchLineStart(previousStart, lines: 12) : nil
        }
        return nil
    }

    /// Where the bench line ending at `end`'s line begins: earlier lines of the paragraph that end
    /// in a comma or `and` continue it.
    private func benchLineStart(_ offset: Int, lines: Int = 3) -> Int {
        var start = text.lineStart(before: offset)
        for _ in 0..<lines {
            guard start > 1 else { break }
            let previousEnd = start - 1
            let previousStart = text.lineStart(before: previousEnd)
            let previous = text.string(previousStart..<previousEnd).trimmedASCII(" \t")
            // A column's chief on its first line (`Barbera, C.J.` ⏎ `Greene,`).
            let chief = lines > 3 && (previous.hasSuffix(", C.J.") || previous.hasSuffix(", C. J."))
            guard previous.hasSuffix(",") || previous.hasSuffix(" and") || chief else { break }
            start = previousStart
            if chief { break }
        }
        return start
    }

    /// Words of a panel list that are titles, ranks or furniture, never a judge's name.
    private static let panelTitleWords: Set<String> = [
        "circuit", "district", "chief", "senior", "judge", "judges", "justice", "justices", "jj", "js", "c.j", "p.j", "s.j",
        "a.c.j", "presiding", "associate", "acting", "magistrate", "bankruptcy", "united", "states", "court", "of", "appeals",
        "the", "for", "sitting", "by", "designation", "cj", "pj", "sj", "retired", "honorable", "hon", "president", "pro",
        "tem", "tempore", "(p", "(p.)", "administrative", "p.j.e", "vice", "chairman", "chairwoman", "member", "members", "supreme", "superior", "appellate", "special",
    ]

    /// Illinois's `Panel` of sentences: `JUSTICE McLAREN delivered the judgment of the court, with
    /// opinion.` ⏎ `Justices Burke and Birkett concurred in the judgment and opinion.`: the names before
    /// each `delivered`, `concurred` or `dissented`, in order.
    static func deliveringPanel(_ written: String) -> [String] {
        var rest = written.replacingAll("\n", with: " ").splitOnSpaces().joined(separator: " ")
        var names: [String] = []
        while let verb = [" delivered ", " concurred", " dissented"].compactMap({ rest.firstRangeBytes(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            // The sentence's subject: back to the previous sentence's end.
            let subject = String(rest[..<verb.lowerBound])
            let start = subject.lastRange(of: ". ")?.upperBound ?? subject.startIndex
            let list = panelNames(String(subject[start...]).replacingAll(" also ", with: " ").replacingAll(" specially", with: ""))
            guard !list.isEmpty, list.count <= 3 else { break }
            names += list.filter { !names.contains($0) }
            rest = String(rest[verb.upperBound...])
        }
        return names
    }

    /// The names in a panel list, as written (`EDWARD A. DUFRESNE, JR.`, `St. John`, `O'SCANNLAIN`).
    static func panelNames(_ written: String) -> [String] {
        // Lines: a line goes on with the list; after a blank line only where the list goes on (`…,`,
        // `… and`, `Before` alone above it); a line opening with `HONORABLE` is the next name.
        var joined = ""
        var blank = false
        for line in written.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.splitOnSpaces().joined(separator: " ")
            guard !words.isEmpty else { blank = !joined.isEmpty; continue }
            let continues = joined.isEmpty || joined.hasSuffix(",") || joined.hasSuffix(";") || joined.hasSuffix(" and") || joined.hasSuffix("&")
            if blank && !continues { break }
            if joined.isEmpty { joined = words }
            else if blank || words.hasPrefix("HONORABLE ") || words.hasPrefix("Honorable ") || words.hasPrefix("Hon. ") { joined += " , " + words }
            else { joined += " " + words }
            blank = false
        }
        var all = joined.splitOnSpaces().map(String.init)
        // The sentence ends at the first period that closes a title (`Judges.`, `JJ.`) or a word
        // (`St. John.`), unless more names follow (`JJ., and Circuit Judge DeWeese`).
        var count = all.count
        for (index, word) in all.enumerated() {
            guard let end = sentenceEnd(word) else { continue }
            if index + 1 < all.count, ["and", "AND"].contains(all[index + 1]) { continue }
            all[index] = end
            count = index + 1
            break
        }
        let sentence = all.prefix(count).joined(separator: " ")
        // The writing's title after the list (`Memorandum Opinion by Justice Perkes`, `PER CURIAM`) ends it.
        let stops: Set<String> = ["OPINION", "MEMORANDUM", "ORDER", "PER", "CURIAM", "JUDGMENT", "DISMISSED", "AFFIRMED", "REVERSED", "DECISION"]
        var names: [String] = []
        for piece in sentence.replacingAll(" and ", with: ",").replacingAll(" AND ", with: ",").replacingAll(";", with: ",").replacingAll("&", with: ",").split(separator: ",") {
            var words = piece.splitOnSpaces().map { String($0).trimmedASCII("*:[]") }.filter { !$0.isEmpty }
            var last = false
            if let stop = words.firstIndex(where: { stops.contains($0.uppercased().trimmedASCII(".,")) }) {
                words.removeSubrange(stop...)
                last = true
            }
            // `in place of Recktenwald`, `for the District of Nebraska`: prose or the court after a title.
            if let cut = words.firstIndex(where: { ["for", "of", "in", "sitting"].contains($0) }), cut > 0,
               words[..<cut].contains(where: { panelTitleWords.contains($0.lowercased().trimmedASCII(".")) }) {
                words.removeSubrange(cut...)
            }
            let kept = words.filter { !panelTitleWords.contains($0.lowercased().trimmedASCII(".,")) && !panelTitleWords.contains($0.lowercased()) }
            guard !kept.isEmpty else { if last { break } else { continue } }
            // `JR.` after a comma belongs to the name before it.
            if kept.count == 1, ["JR", "SR", "II", "III", "IV"].contains(kept[0].uppercased().trimmedASCII(".")), !names.isEmpty {
                names[names.count - 1] += ", " + kept[0]
                continue
            }
            // `C. J.`, `J.`: a title in letters.
            if kept.allSatisfy({ $0.count == 2 && $0.hasSuffix(".") }) { continue }
            // A piece in prose (`this panel has determined`) ends the list.
            guard kept.count <= 4, kept.allSatisfy({ $0.first?.isUppercase == true }),
                  !kept.contains(where: { $0.contains(where: \.isNumber) }) else { break }
            var name = kept.joined(separator: " ")
            // A period that ends the sentence is not the name's (`St. John.`; `A.` of an initial stays).
            if name.hasSuffix("."), let final = kept.last, final.count > 2, !final.dropLast().contains(".") { name.removeLast() }
            names.append(name)
            if last { break }
        }
        return names
    }

    private static let titleEnds = ["Judges.", "JUDGES.", "Judge.", "JUDGE.", "JJ.", "Js.", "Justices.", "JUSTICES.", "Justice.", "JUSTICE.",
                                    "J.)", "JJ.)", "S.J.", "P.J.)", "Tempore.", "Members.", "Member."]

    /// A word that ends a panel sentence, as it stands in the list: a title's period (`Judges.`,
    /// `JJ.,`, `S.J.[*]`, `Judges.OPINION` run together → `Judges.`), or a period after a word of
    /// three letters or more (`St. John.`); nil for any other word.
    private static func sentenceEnd(_ written: String) -> String? {
        let word = written.hasSuffix(",") ? String(written.dropLast()) : written
        if let end = titleEnds.first(where: { word == $0 || (word.hasPrefix($0) && word.dropFirst($0.count).first.map { !$0.isLowercase } == true) }) {
            return end
        }
        guard word == written, word.hasSuffix(".") else { return nil }
        let letters = word.dropLast()
        return letters.count >= 3 && letters.allSatisfy(\.isLetter) && letters.first?.isUppercase == true
            && !panelTitleWords.contains(letters.lowercased()) ? word : nil
    }

    /// Whether the label at `offset` dates what is appealed from: `Appeal from the Judgment of
    /// Sentence Entered …`, `Appeal from the Order entered …`, within the few words before it.
    private func datesJudgmentBelow(_ offset: Int, lineStart: Int) -> Bool {
        let before = text.string(max(lineStart, offset - 80)..<offset).lowercased()
        guard let range = before.lastRange(of: "appeal from") else { return false }
        return !before[range.upperBound...].contains(where: { $0 == "." || $0 == ";" })
    }

    /// The date a researcher files the document under, and what kind of date it is.
    func date(signature: Signature?) -> DocumentDate? {
        var candidates: [(offset: Int, date: String, kind: DocumentDate.Kind)] = []
        patterns.labeledDate.forEachMatch(in: head, using: MatchData(for: patterns.labeledDate)) { match in
            // A month in capitals: a clerk's stamp (`JUN 15 2011`, `FILED: APRIL 24, 2015`), not a
            // title's words (`… COMPLAINT FILED FEBRUARY 11, 2022`).
            // A stamp in its own column (`OPINION BY KING, J.:      FILED JANUARY 06, 2022`) stands after a wide gap,
            // or on a line of its own after a blank one (a title in capitals wrapped onto the next
            // line, `… FIRST AMENDED COMPLAINT⏎FILED FEBRUARY 11, 2022`, is still the title's).
            let lineStart = text.lineStart(before: match.range.lowerBound)
            let column = text.has("   ", at: match.range.lowerBound - 3)
                || (lineStart == match.range.lowerBound && (lineStart < 2 || text.lineStart(before: lineStart - 1) == lineStart - 1
                        || (text.lineStart(before: lineStart - 1)..<(lineStart - 1)).allSatisfy { ByteClass.isSpace(text[$0]) }))
            // `DECIDED AUGUST 31, 2005.` opening its line is a head's (no title names a decision so).
            let decidedLine = lineStart == match.range.lowerBound && text.has("DECIDED", at: match.range.lowerBound)
            // After the author's byline and its colon (`MEMORANDUM BY SHOGAN, J.: FILED NOVEMBER 13, 2018`).
            let afterByline = text.has(".: ", at: match.range.lowerBound - 3)
            if let month = match.range(2), text[month.lowerBound + 1] < 0x61, month.count > 3, !column, !decidedLine, !afterByline,
               !text.string(match.range(1)!.upperBound..<month.lowerBound).contains(where: { $0 == ":" || $0 == "K" }) { return }
            // The court below's date, in the line that names what is appealed (`Appeal from the
            // Judgment of Sentence Entered April 10, 2017`), is not the writing's.
            guard !datesJudgmentBelow(match.range.lowerBound, lineStart: lineStart) else { return }
            guard let word = match.range(1), let kind = Self.kind(text.string(word).lowercased()),
                  let date = DateWords.iso(year: text.string(match.range(4)!), month: DateWords.month(text.string(match.range(2)!), strict: true),
                                      day: text.string(match.range(3)!)) else { return }
            candidates.append((match.range.lowerBound, date, kind))
        }
        if patterns.labeledDayFirstDate.mayMatch(in: head, from: 0) {
            patterns.labeledDayFirstDate.forEachMatch(in: head, using: MatchData(for: patterns.labeledDayFirstDate)) { match in
                guard let kind = Self.kind(text.string(match.range(1)!).lowercased()),
                      let date = DateWords.iso(year: text.string(match.range(4)!), month: DateWords.month(text.string(match.range(3)!), strict: true),
                                               day: text.string(match.range(2)!)) else { return }
                candidates.append((match.range.lowerBound, date, kind))
            }
        }
        patterns.labeledSlashDate.forEachMatch(in: head, using: MatchData(for: patterns.labeledSlashDate)) { match in
            guard let word = match.range(1), let kind = Self.kind(text.string(word).lowercased()) else { return }
            var year = text.string(match.range(4)!)
            if year.count == 2 { year = DateWords.fullYear(year) }
            guard let date = DateWords.iso(year: year, month: Int(text.string(match.range(2)!)), day: text.string(match.range(3)!)) else { return }
            candidates.append((match.range.lowerBound, date, kind))
        }
        if patterns.journalized.mayMatch(in: head, from: 0),
           let match = patterns.journalized.firstMatch(in: head, from: 0, using: MatchData(for: patterns.journalized)) {
            var year = text.string(match.range(4)!)
            if year.count == 2 { year = DateWords.fullYear(year) }
            if let date = DateWords.iso(year: year, month: Int(text.string(match.range(2)!)), day: text.string(match.range(3)!)) {
                candidates.append((match.range.lowerBound, date, match.range(1) == nil ? .decided : .filed))
            }
        }
        patterns.labeledISODate.forEachMatch(in: head, using: MatchData(for: patterns.labeledISODate)) { match in
            let label = text.words(match.range(1)!).lowercased()
            guard let kind = Self.kind(label.hasPrefix("date ") ? String(label.dropFirst(5)) : label),
                  let date = DateWords.iso(year: text.string(match.range(2)!), month: Int(text.string(match.range(3)!)), day: text.string(match.range(4)!)) else { return }
            candidates.append((match.range.lowerBound, date, kind))
        }
        if patterns.publicationColumn.mayMatch(in: head, from: 0),
           let match = patterns.publicationColumn.firstMatch(in: head, from: 0, using: MatchData(for: patterns.publicationColumn)),
           let date = DateWords.iso(year: text.string(match.range(3)!), month: DateWords.month(text.string(match.range(1)!), strict: true), day: text.string(match.range(2)!)) {
            candidates.append((match.range.lowerBound, date, .decided))
        }
        patterns.stampDate.forEachMatch(in: head, using: MatchData(for: patterns.stampDate)) { match in
            let (month, day, year) = match.range(1) != nil ? (1, 2, 3) : (5, 4, 6)
            guard let date = DateWords.iso(year: text.string(match.range(year)!), month: DateWords.month(text.string(match.range(month)!), strict: true),
                                           day: text.string(match.range(day)!)) else { return }
            candidates.append((match.range.lowerBound, date, .filed))
        }
        var dateLineAt: Int? = nil
        var tried = 0
        let early = UnsafeBufferPointer(rebasing: head[..<min(head.count, 2500)])
        patterns.dateLine.forEachMatch(in: early, using: MatchData(for: patterns.dateLine)) { match in
            guard dateLineAt == nil, tried < 8 else { return }
            tried += 1
            // A date wrapped onto a line of its own from a sentence (`… held a de novo hearing on` ⏎
            // `November 28, 2018.`) is the sentence's, not the head's.
            if !continuesSentence(at: match.range.lowerBound) { dateLineAt = match.range.lowerBound }
        }
        // Re-run anchored at the line kept, so that its groups are live.
        if let at = dateLineAt, let match = patterns.dateLine.match(in: early, at: at) {
            let date: String?
            if let month = match.range(1) {
                date = DateWords.iso(year: text.string(match.range(3)!), month: Int(text.string(month)), day: text.string(match.range(2)!))
            } else if let year = match.range(7) {
                date = DateWords.iso(year: text.string(year), month: Int(text.string(match.range(8)!)), day: text.string(match.range(9)!))
            } else {
                date = DateWords.iso(year: text.string(match.range(6)!), month: DateWords.month(text.string(match.range(4)!), strict: true), day: text.string(match.range(5)!))
            }
            if let date { candidates.append((match.range.lowerBound, date, .decided)) }
        }
        patterns.dateThenLabel.forEachMatch(in: head, using: MatchData(for: patterns.dateThenLabel)) { match in
            guard let kind = Self.kind(text.string(match.range(4)!).lowercased()),
                  let date = DateWords.iso(year: text.string(match.range(3)!), month: DateWords.month(text.string(match.range(1)!), strict: true),
                                           day: text.string(match.range(2)!)) else { return }
            candidates.append((match.range.lowerBound, date, kind))
        }
        if let match = patterns.decisionDay.firstMatch(in: head, from: 0, using: MatchData(for: patterns.decisionDay)),
           let date = DateWords.iso(year: text.string(match.range(3)!), month: DateWords.month(text.string(match.range(2)!), strict: true), day: text.string(match.range(1)!)) {
            candidates.append((match.range.lowerBound, date, .decided))
        }
        if let match = patterns.bracketDate.firstMatch(in: head, from: 0, using: MatchData(for: patterns.bracketDate)),
           let date = DateWords.iso(year: text.string(match.range(3)!), month: DateWords.month(text.string(match.range(1)!), strict: true), day: text.string(match.range(2)!)) {
            candidates.append((match.range.lowerBound, date, .decided))
        }
        // Decided before filed before signed; the earliest of a kind.
        let order: [DocumentDate.Kind] = [.decided, .filed, .entered, .signed]
        for kind in order {
            if let first = candidates.filter({ $0.kind == kind }).min(by: { $0.offset < $1.offset }) {
                return DocumentDate(date: first.date, kind: kind)
            }
        }
        if let signed = signature?.date { return DocumentDate(date: signed, kind: .signed) }
        for kind in [DocumentDate.Kind.argued, .submitted] {
            if let first = candidates.filter({ $0.kind == kind }).min(by: { $0.offset < $1.offset }) {
                return DocumentDate(date: first.date, kind: kind)
            }
        }
        return nil
    }

    /// Whether the line at `offset` goes on from a sentence on the line just above it: that line is
    /// not blank and ends in a word in lower case (`on`, `hearing`), not a date's label (`filed`).
    func continuesSentence(at offset: Int) -> Bool {
        let start = text.lineStart(before: offset)
        guard start > 1 else { return false }
        let above = text.words(text.lineStart(before: start - 1, limit: 400)..<(start - 1)).trimmedASCII(" \t")
        guard let last = above.splitOnSpaces().last, let first = last.first, first.isLowercase,
              last.allSatisfy({ $0.isLetter }) else { return false }
        return Self.kind(String(last)) == nil
    }

    private static func kind(_ word: String) -> DocumentDate.Kind? {
        switch word {
        case "decided", "issued", "unpublished", "published", "released", "rel", "rendered": .decided
        case "filed": .filed
        case "entered": .entered
        case "dated", "signed": .signed
        // When the case was heard: the date to file under only when nothing else is dated.
        case "argued": .argued
        case "submitted": .submitted
        default: nil
        }
    }
}

/// The date a document is filed under (`date` at the top level of the JSON).
public struct DocumentDate: Sendable {
    public enum Kind: String, Sendable { case decided, filed, signed, entered, argued, submitted }
    /// ISO 8601 (`2013-06-24`).
    public let date: String
    public let kind: Kind
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self
        while let range = rest.firstRangeBytes(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = String(rest[range.upperBound...])
        }
        return result + rest
    }
}
