/// Maps byte offsets of the normalized text back to byte offsets of the original input.
///
/// Normalization copies most bytes verbatim and rewrites a few (a curly quote becomes `'`, an
/// HTML entity becomes its character, emphasis markers vanish). The map records each change as it
/// happens, as a list of segments: a verbatim segment shifts offsets by a constant; a replacement
/// segment maps all its normalized bytes onto one original range.
struct OffsetMap: Sendable {
    /// Offsets are stored in 32 bits (documents are refused past 2 GB): 16 bytes a segment.
    struct Segment: Sendable {
        private var normalized32: UInt32
        private var original32: UInt32
        private var originalEnd32: UInt32
        let verbatim: Bool

        init(normalized: Int, original: Int, originalEnd: Int, verbatim: Bool) {
            normalized32 = UInt32(normalized)
            original32 = UInt32(original)
            originalEnd32 = UInt32(originalEnd)
            self.verbatim = verbatim
        }

        var normalized: Int { Int(normalized32) }
        var original: Int { Int(original32) }
        var originalEnd: Int {
            get { Int(originalEnd32) }
            set { originalEnd32 = UInt32(newValue) }
        }
    }

    private(set) var segments: [Segment] = []
    private(set) var normalizedCount = 0
    private(set) var originalCount = 0

    /// Records `count` bytes copied verbatim from `original`.
    mutating func copy(from original: Int, count: Int = 1) {
        guard count > 0 else { return }
        if let last = segments.last, last.verbatim,
           last.originalEnd == original, last.normalized + (last.originalEnd - last.original) == normalizedCount {
            segments[segments.count - 1].originalEnd = original + count
        } else {
            segments.append(Segment(normalized: normalizedCount, original: original,
                                    originalEnd: original + count, verbatim: true))
        }
        normalizedCount += count
    }

    /// Records `count` normalized bytes written in place of `original`.
    mutating func replace(_ original: Range<Int>, count: Int) {
        guard count > 0 else { return }
        segments.append(Segment(normalized: normalizedCount, original: original.lowerBound,
                                originalEnd: original.upperBound, verbatim: false))
        normalizedCount += count
    }

    mutating func finish(originalCount: Int) { self.originalCount = originalCount }

    private func segmentIndex(containing offset: Int) -> Int {
        var low = 0, high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].normalized <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The original offset where the normalized byte at `offset` came from.
    func originalStart(_ offset: Int) -> Int {
        guard offset < normalizedCount, !segments.isEmpty else { return originalCount }
        let segment = segments[segmentIndex(containing: offset)]
        return segment.verbatim ? segment.original + (offset - segment.normalized) : segment.original
    }

    /// The original offset just after the normalized byte before `offset` (an exclusive end).
    func originalEnd(_ offset: Int) -> Int {
        guard offset > 0, !segments.isEmpty else { return 0 }
        let segment = segments[segmentIndex(containing: offset - 1)]
        return segment.verbatim ? segment.original + (offset - segment.normalized) : segment.originalEnd
    }

    /// The original byte range of a normalized range.
    func original(_ range: Range<Int>) -> Range<Int> {
        let start = originalStart(range.lowerBound)
        return start..<max(start, originalEnd(range.upperBound))
    }

    /// The map of a text made of `runs` of this map's normalized text, in order, the bytes between
    /// them dropped: each byte kept maps to the original byte it maps to here (for a text made
    /// from the normalized one by deletions, such as `LetterSpacing`'s).
    func keeping(_ runs: [Range<Int>]) -> OffsetMap {
        var result = OffsetMap()
        for run in runs where !run.isEmpty && !segments.isEmpty {
            var offset = run.lowerBound
            var index = segmentIndex(containing: offset)
            while offset < min(run.upperBound, normalizedCount) {
                let segment = segments[index]
                let segmentEnd = index + 1 < segments.count ? segments[index + 1].normalized : normalizedCount
                let end = min(run.upperBound, segmentEnd)
                if segment.verbatim {
                    result.copy(from: segment.original + (offset - segment.normalized), count: end - offset)
                } else {
                    result.replace(segment.original..<segment.originalEnd, count: end - offset)
                }
                offset = end
                index += 1
            }
        }
        result.finish(originalCount: originalCount)
        return result
    }
}
