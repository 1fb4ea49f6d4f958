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
        /// Anchor numbers by their first two bytes (a one-byte anchor under `0x00, byte`).
        let byKey: [UInt16: [Int32]]
        /// Patterns no anchor was derived for: tried on every heading.
        let unanchored: [Int32]
        let parents: [String: String]

        init() {
            var entries: [Entry] = []
            var byAnchor: [String: [Int32]] = [:]
            var unanchored: [Int32] = []
            var parents: [String: String] = [:]
            for row in TSV.rows(CourtPatternData.tsv) where row.count >= 5 {
                let number = Int32(entries.count)
                entries.append(Entry(id: row[0], parent: row[1].isEmpty ? nil : row[1], type: row[2], source: row[4]))
                if !row[1].isEmpty { parents[row[0]] = row[1] }
                if row[3].isEmpty { unanchored.append(number); continue }
                for anchor in row[3].split(separator: "|") { byAnchor[String(anchor), default: []].append(number) }
            }
            var anchorBytes: [UInt8] = [], anchorStart: [Int32] = [0], anchorEntries: [Int32] = [], entryStart: [Int32] = [0]
            var byKey: [UInt16: [Int32]] = [:]
            for (anchor, numbers) in byAnchor.sorted(by: { $0.key < $1.key }) {
                let bytes = Array(anchor.utf8)
                byKey[CourtPatternTable.key(bytes[...]), default: []].append(Int32(anchorStart.count - 1))
                anchorBytes += bytes
                anchorStart.append(Int32(anchorBytes.count))
                anchorEntries += numbers
                entryStart.append(Int32(anchorEntries.count))
            }
            self.entries = entries
            self.anchorBytes = anchorBytes
            self.anchorStart = anchorStart
            self.anchorEntries = anchorEntries
            self.entryStart = entryStart
            self.byKey = byKey
            self.unanchored = unanchored
            self.parents = parents
        }
    }

    private let index = Mutex<Index?>(nil)
    /// Compiled patterns by entry; nil before first use, and for a pattern PCRE2 refuses.
    private let compiled = Mutex<[Int32: Pattern?]>([:])

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
        var selected = [Bool](repeating: false, count: index.entries.count)
        for number in index.unanchored { selected[Int(number)] = true }
        for offset in text.indices {
            let one = UInt16(Self.lower(text[offset]))
            for width in 1...2 {
                guard width == 1 || offset + 1 < text.count else { continue }
                let key = width == 1 ? one : one << 8 | UInt16(Self.lower(text[offset + 1]))
                guard let anchors = index.byKey[key] else { continue }
                for anchor in anchors {
                    let start = Int(index.anchorStart[Int(anchor)]), end = Int(index.anchorStart[Int(anchor) + 1])
                    guard offset + end - start <= text.count else { continue }
                    var equal = true
                    for position in start..<end where Self.lower(text[offset + position - start]) != index.anchorBytes[position] {
                        equal = false
                        break
                    }
                    guard equal else { continue }
                    for slot in Int(index.entryStart[Int(anchor)])..<Int(index.entryStart[Int(anchor) + 1]) {
                        selected[Int(index.anchorEntries[slot])] = true
                    }
                }
            }
        }
        return selected.indices.filter { selected[$0] }.map(Int32.init)
    }

    func entry(_ number: Int32) -> Entry { loadedIndex().entries[Int(number)] }

    /// The court a court belongs to in courts-db (`calctapp` for `calctapp2d`).
    func parent(of id: String) -> String? { loadedIndex().parents[id] }

    /// The compiled pattern of an entry (case-insensitive, as courts-db runs them), or nil when
    /// PCRE2 cannot compile it.
    func pattern(_ number: Int32) -> Pattern? {
        if let cached = compiled.withLock({ $0[number] }) { return cached }
        let pattern = try? Pattern(entry(number).source, caseless: true, jit: false)
        compiled.withLock { $0[number] = .some(pattern) }
        return pattern
    }
}
