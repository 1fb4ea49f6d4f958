import Synchronization

/// courts-db's regular expressions for court names, each with its court id (`CourtPatternData`).
///
/// Over eight thousand patterns: none is compiled until a heading could match it. Each pattern
/// carries anchors, strings of which any match holds one (derived from the pattern's parse tree by
/// `scripts/generate-reference-data.py`); a heading is tested only against the patterns whose
/// anchors it contains, typically a few dozen, and those are compiled once, on first use, and
/// kept for every later document and thread. The table itself is read on first use too, so a
/// process that never reads a caption pays nothing.
final class CourtPatternTable: Sendable {
    struct Entry: Sendable {
        let id: String
        let parent: String?
        let type: String
        let source: String
    }

    /// The table once read: immutable, shared by reference.
    private final class Index: Sendable {
        let entries: [Entry]
        /// Anchors, lower case, laid end to end; anchor `n` is `anchorBytes[anchorStart[n]..<anchorStart[n + 1]]`.
        let anchorBytes: [UInt8]
        let anchorStart: [Int32]
        /// The entries each anchor selects, laid end to end likewise.
        let anchorEntries: [Int32]
        let entryStart: [Int32]
        /// Anchor numbers by their first two bytes (a one-byte anchor under `0x00, byte`): for key
        /// `k`, `keyAnchors[keyStart[k]..<keyStart[k + 1]]`, a flat table looked up without hashing.
        let keyStart: [Int32]
        let keyAnchors: [Int32]
        /// Patterns no anchor was derived for: tried on every heading.
        let unanchored: [Int32]
        let parents: [String: String]

        /// Built in one pass over the table's bytes: each anchor of each pattern is an anchor of
        /// its own (no dictionary of anchor strings), placed under its key by counting.
        init() {
            var entries: [Entry] = []
            entries.reserveCapacity(8400)
            var unanchored: [Int32] = []
            var parents: [String: String] = [:]
            var anchorBytes: [UInt8] = []
            anchorBytes.reserveCapacity(160_000)
            var anchorStart: [Int32] = [0]
            var anchorEntries: [Int32] = []
            var anchorKeys: [Int32] = []
            TSV.forEachRow(CourtPatternData.tsv) { row in
                guard row.count >= 5 else { return }
                let number = Int32(entries.count)
                entries.append(Entry(id: row[0], parent: row.isEmpty(1) ? nil : row[1], type: row.equals(2, "bankruptcy") ? "bankruptcy" : "",
                                     source: row[4]))
                if !row.isEmpty(1) { parents[row[0]] = row[1] }
                if row.isEmpty(3) { unanchored.append(number); return }
                for whole in row.bytes(3).split(separator: 0x7C) where !whole.isEmpty {
                    // The comma is optional when matching (`commasOptional`): an anchor holding one
                    // is cut to its longest piece without it, still a piece any match holds.
                    let anchor: [UInt8] = whole.contains(0x2C) ? Array(whole.split(separator: 0x2C).max { $0.count < $1.count } ?? whole[...])
                                                               : Array(whole)
                    guard !anchor.isEmpty else { continue }
                    anchorKeys.append(Int32(CourtPatternTable.key(Array(anchor.prefix(2))[...])))
                    anchorBytes += anchor
                    anchorStart.append(Int32(anchorBytes.count))
                    anchorEntries.append(number)
                }
            }
            // Anchors by key: counts, then offsets, then each anchor in its place.
            var keyStart = [Int32](repeating: 0, count: 65537)
            for key in anchorKeys { keyStart[Int(key) + 1] += 1 }
            for key in 0..<65536 { keyStart[key + 1] += keyStart[key] }
            var next = keyStart
            var keyAnchors = [Int32](repeating: 0, count: anchorKeys.count)
            for (anchor, key) in anchorKeys.enumerated() {
                keyAnchors[Int(next[Int(key)])] = Int32(anchor)
                next[Int(key)] += 1
            }
            self.entries = entries
            self.anchorBytes = anchorBytes
            self.anchorStart = anchorStart
            self.anchorEntries = anchorEntries
            self.entryStart = Array(0...Int32(anchorEntries.count))
            self.keyStart = keyStart
            self.keyAnchors = keyAnchors
            self.unanchored = unanchored
            self.parents = parents
        }
    }

    private let index = Mutex<Index?>(nil)
    /// What a folded heading was found to name, by its bytes: headings repeat from one order of
    /// a court to the next, so a bulk run reads each once. Emptied when it grows past its bound.
    private let results = Mutex<[[UInt8]: Answer?]>([:])
    static let resultCacheSize = 4096

    /// The court a folded heading names and where in it, as `CourtNameReader` decided.
    struct Answer: Sendable {
        let id: String
        let range: Range<Int>
    }

    /// The remembered answer for a folded heading: nil when never seen, `.some(nil)` when it
    /// named no court.
    func remembered(_ folded: [UInt8]) -> Answer?? { results.withLock { $0[folded] } }

    func remember(_ folded: [UInt8], _ answer: Answer?) {
        results.withLock { cache in
            if cache.count >= Self.resultCacheSize { cache.removeAll(keepingCapacity: true) }
            cache[folded] = answer
        }
    }
    /// Compiled patterns by entry; nil before first use, and for a pattern PCRE2 refuses.
    private let compiled = Mutex<[Int32: Compiled]>([:])

    /// A pattern as compiled so far: interpreted at first (compiling is what a one-document run
    /// pays for), JIT-compiled once it has been used often enough to repay it (a bulk run).
    private struct Compiled {
        let pattern: Pattern?
        var uses: Int
        let isJIT: Bool
    }

    /// Uses after which a pattern is compiled again with PCRE2's JIT.
    static let jitAfterUses = 24

    init() {}

    private func loadedIndex() -> Index {
        index.withLock { index in
            if let index { return index }
            let built = Index()
            index = built
            return built
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { ByteClass.isUpper(byte) ? byte | 0x20 : byte }

    private static func key(_ bytes: ArraySlice<UInt8>) -> UInt16 {
        let first = bytes.startIndex
        return bytes.count >= 2 ? UInt16(lower(bytes[first])) << 8 | UInt16(lower(bytes[first + 1])) : UInt16(lower(bytes[first]))
    }

    /// The entries whose anchors occur in `text` (white space already folded to single spaces).
    func candidates(in text: [UInt8]) -> [Int32] {
        let index = loadedIndex()
        var selected = index.unanchored
        for offset in text.indices {
            let one = UInt16(Self.lower(text[offset]))
            for width in 1...2 {
                guard width == 1 || offset + 1 < text.count else { continue }
                let key = Int(width == 1 ? one : one << 8 | UInt16(Self.lower(text[offset + 1])))
                for slot in Int(index.keyStart[key])..<Int(index.keyStart[key + 1]) {
                    let anchor = index.keyAnchors[slot]
                    let start = Int(index.anchorStart[Int(anchor)]), end = Int(index.anchorStart[Int(anchor) + 1])
                    guard offset + end - start <= text.count else { continue }
                    var equal = true
                    for position in start..<end where Self.lower(text[offset + position - start]) != index.anchorBytes[position] {
                        equal = false
                        break
                    }
                    guard equal else { continue }
                    selected += index.anchorEntries[Int(index.entryStart[Int(anchor)])..<Int(index.entryStart[Int(anchor) + 1])]
                }
            }
        }
        selected.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(selected.count)
        for number in selected where unique.last != number { unique.append(number) }
        return unique
    }

    func entry(_ number: Int32) -> Entry { loadedIndex().entries[Int(number)] }

    /// courts-db writes a comma where a heading breaks a line (`Superior Court of New Jersey,
    /// Appellate Division` is `SUPERIOR COURT OF NEW JERSEY` ⏎ `APPELLATE DIVISION` on paper): a
    /// comma before a space matches with or without it.
    static func commasOptional(_ source: String) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(source.utf8)
        bytes.reserveCapacity(utf8.count + 8)
        for (index, byte) in utf8.enumerated() {
            bytes.append(byte)
            let escaped = index > 0 && utf8[index - 1] == 0x5C
            if byte == 0x2C, !escaped, index + 1 < utf8.count, utf8[index + 1] == 0x20 { bytes.append(0x3F) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The court a court belongs to in courts-db (`calctapp` for `calctapp2d`).
    func parent(of id: String) -> String? { loadedIndex().parents[id] }

    /// The compiled pattern of an entry (case-insensitive, as courts-db runs them), or nil when
    /// PCRE2 cannot compile it.
    func pattern(_ number: Int32) -> Pattern? {
        let (known, promote) = compiled.withLock { cache -> (Pattern??, Bool) in
            guard var entry = cache[number] else { return (nil, false) }
            entry.uses += 1
            cache[number] = entry
            return (.some(entry.pattern), !entry.isJIT && entry.pattern != nil && entry.uses == Self.jitAfterUses)
        }
        if let known, !promote { return known }
        // First use, or the use that earns a JIT compilation; a thread still matching with the
        // interpreted pattern keeps it alive until it is done.
        let pattern = try? Pattern(Self.commasOptional(entry(number).source), caseless: true, jit: promote)
        compiled.withLock { cache in
            // Two threads may compile a first use at once, and a promotion may land between: an
            // entry already there stays unless this store is the promotion.
            if let existing = cache[number], !promote {
                if existing.isJIT { return }
                cache[number] = Compiled(pattern: existing.pattern ?? pattern, uses: existing.uses, isJIT: false)
                return
            }
            cache[number] = Compiled(pattern: pattern, uses: cache[number]?.uses ?? 1, isJIT: promote)
        }
        return pattern
    }
}
