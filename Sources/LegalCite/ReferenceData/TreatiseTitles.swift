/// The treatises and encyclopedias courts cite most, each with the spellings they are written in
/// (Bluebook rule 15 and the forms in `Corpus/` and the shared documents), and the short name of
/// its id. Written by hand: no community table lists them. A title not here is not read, so
/// that a book's name is never guessed from capitalized words before a `§`.
enum TreatiseTitles {
    struct Title {
        /// The name the Bluebook gives it.
        let name: String
        /// Its id's short name: `treatise/fpp/1357`.
        let key: String
        /// Literals one of which every spelling contains, so that a document citing none of the
        /// titles skips the search after a scan at memory speed.
        let literals: [String]
        /// Its spellings, a PCRE2 alternation (no capturing groups).
        let spellings: String
        /// An encyclopedia, whose sections run per topic: the topic's words between the name and
        /// the `§` are part of the cite (`63A Am. Jur. 2d Products Liability § 1`).
        var topical = false
    }

    static let all: [Title] = [
        Title(name: "Federal Practice and Procedure", key: "fpp", literals: ["Practice and", "Practice &", "Prac.", "& Miller", "and Miller"],
              spellings: #"(?:Wright\s*(?:&|and)\s*Miller,?\s+)?(?:Federal\s+Practice\s+(?:and|&)\s+Procedure|Fed\.\s*Prac\.\s*(?:and|&)\s*Proc\.(?:\s+(?:Civ|Crim|Evid|Juris)\.(?:\s+[234]d)?)?)(?::\s+[A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|[234]d))?)?|Wright\s*(?:&|and)\s*Miller"#),
        Title(name: "Moore's Federal Practice", key: "moores", literals: ["Moore's", "Moores"], spellings: #"Moore'?s\s+Fed(?:eral|\.)\s+Prac(?:tice|\.)(?:\s*-\s*Civil)?"#),
        Title(name: "Collier on Bankruptcy", key: "collier", literals: ["Collier"], spellings: #"Collier\s+on\s+Bankruptcy"#),
        Title(name: "McCormick on Evidence", key: "mccormick", literals: ["McCormick"], spellings: #"McCormick\s+on\s+Evid(?:ence|\.)"#),
        Title(name: "Wigmore on Evidence", key: "wigmore", literals: ["Wigmore"], spellings: #"Wigmore\s+on\s+Evidence|Wigmore,\s+Evidence"#),
        Title(name: "Weinstein's Federal Evidence", key: "weinstein", literals: ["Weinstein"], spellings: #"Weinstein'?s\s+Fed(?:eral|\.)\s+Evid(?:ence|\.)"#),
        Title(name: "Prosser and Keeton on the Law of Torts", key: "prosser-keeton", literals: ["Keeton"],
              spellings: #"Prosser\s+(?:and|&)\s+Keeton\s+on\s+(?:the\s+Law\s+of\s+)?Torts"#),
        Title(name: "Williston on Contracts", key: "williston", literals: ["Williston"], spellings: #"Williston\s+on\s+Contracts"#),
        Title(name: "Corbin on Contracts", key: "corbin", literals: ["Corbin"], spellings: #"Corbin\s+on\s+Contracts"#),
        Title(name: "Nimmer on Copyright", key: "nimmer", literals: ["Nimmer"], spellings: #"Nimmer\s+on\s+Copyright"#),
        Title(name: "McCarthy on Trademarks and Unfair Competition", key: "mccarthy", literals: ["McCarthy"],
              spellings: #"McCarthy\s+on\s+Trademarks(?:\s+(?:and|&)\s+Unfair\s+Competition)?"#),
        Title(name: "Chisum on Patents", key: "chisum", literals: ["Chisum"], spellings: #"Chisum\s+on\s+Patents"#),
        Title(name: "Couch on Insurance", key: "couch", literals: ["Couch"], spellings: #"Couch\s+on\s+Ins(?:urance|\.)(?:\s+3d)?"#),
        Title(name: "Newberg on Class Actions", key: "newberg", literals: ["Newberg"], spellings: #"Newberg\s+(?:(?:and|&)\s+Rubenstein\s+)?on\s+Class\s+Actions"#),
        Title(name: "Search and Seizure", key: "lafave-search", literals: ["LaFave"], spellings: #"(?<=LaFave,\s)Search\s+(?:and|&)\s+Seizure"#),
        Title(name: "Substantive Criminal Law", key: "lafave-criminal", literals: ["LaFave"], spellings: #"(?<=LaFave,\s)Substantive\s+Criminal\s+Law"#),
        Title(name: "Am. Jur. 2d", key: "am-jur-2d", literals: ["Am. Jur", "Am.Jur", "AM. JUR", "AM.JUR", "American Jurisprudence"], spellings: #"Am\.\s?Jur\.\s?2d|AM\.\s?JUR\.\s?2D|American\s+Jurisprudence,?\s+Second"#, topical: true),
        Title(name: "C.J.S.", key: "cjs", literals: ["C.J.S", "C. J. S", "Secundum"], spellings: #"C\.\s?J\.\s?S\.|Corpus\s+Juris\s+Secundum"#, topical: true),
    ]
}
