/// One way an order writes a citation: a reporter cite, `Id.`, a statute, a rule, a docket entry.
/// A form is built once per `Extractor` (its patterns compiled, its tables read) and shared by
/// every thread; `recognize` appends what it finds in one text, in normalized byte offsets, and
/// never reads or changes what another form found (overlaps are settled afterwards, by each
/// find's precedence). `CitationForms.all` lists the forms; that list is the only place that
/// names them.
protocol CitationForm: Sendable {
    init(tables: ReferenceTables) throws
    /// Appends every citation of this form in `text`.
    func recognize(_ text: TextView, into found: inout [Found])
    /// Its searches, each timed alone by `legalcite-bench` (`Extractor.stageTimings`).
    var stages: [TimedSearch] { get }
}

/// The reference tables the forms read, built once per extractor.
struct ReferenceTables: Sendable {
    let reporters: ReporterTable
    let courts: CourtTable
    let laws: LawTable
}

/// A search timed alone for `legalcite-bench`: its name, and a run over one text that returns
/// how many matches or tokens it found (so the work cannot be optimized away).
struct TimedSearch: Sendable {
    let name: String
    let run: @Sendable (UnsafeBufferPointer<UInt8>) -> Int

    init(_ name: String, run: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Int) {
        self.name = name
        self.run = run
    }

    /// A pattern's matches, counted, not parsed.
    init(_ name: String, _ pattern: some Searchable) {
        self.init(name) { buffer in
            var count = 0
            pattern.forEachMatch(in: buffer, from: 0) { _ in count += 1 }
            return count
        }
    }
}
