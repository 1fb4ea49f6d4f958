import CPCRE2

/// A PCRE2 pattern compiled once, JIT-compiled, and shared by every thread.
///
/// Patterns run in byte mode over text that was validated as UTF-8 once, up front (UTF mode would
/// re-validate the rest of the buffer on every call, which is quadratic). Non-ASCII literals such
/// as `§` are written as their UTF-8 bytes. Each pattern carries a match limit so that no input
/// can make a match backtrack without bound.
final class Pattern: @unchecked Sendable {
    // Safety: PCRE2 compiled code and a match context that is never modified after `init` may be
    // used by several threads at once (pcre2api, "Multithreading").
    let code: OpaquePointer
    private let context: OpaquePointer
    let source: String
    /// Literals of which every match contains at least one (`Const` for constitutional cites):
    /// when none occurs in the text, a pass is skipped after a `memchr` scan at memory speed
    /// instead of running the pattern at one to two bytes a cycle. Empty: always run.
    private let required: [[UInt8]]

    struct CompileError: Error, CustomStringConvertible {
        let pattern: String
        let message: String
        let offset: Int
        var description: String { "PCRE2 cannot compile \(pattern) at \(offset): \(message)" }
    }

    static let matchLimit: UInt32 = 200_000

    /// `jit: false` for patterns run a few times on short strings (courts-db's court names), where
    /// JIT compilation would cost more than it saves.
    init(_ source: String, caseless: Bool = false, multiline: Bool = false, requiring literals: [String] = [], jit: Bool = true) throws {
        self.source = source
        required = literals.map { Array($0.utf8) }
        var errorCode: Int32 = 0
        var errorOffset = 0
        var options: UInt32 = 0
        if caseless { options |= UInt32(PCRE2_CASELESS) }
        if multiline { options |= UInt32(PCRE2_MULTILINE) }
        let compiled = source.withCString { pointer in
            pcre2_compile_8(UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                            source.utf8.count, options, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            var buffer = [UInt8](repeating: 0, count: 256)
            let length = pcre2_get_error_message_8(errorCode, &buffer, buffer.count)
            throw CompileError(pattern: source, message: String(decoding: buffer.prefix(max(0, Int(length))), as: UTF8.self),
                               offset: errorOffset)
        }
        code = compiled
        if jit { pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_COMPLETE)) }
        context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, Self.matchLimit)
        pcre2_set_depth_limit_8(context, 10_000)
    }

    deinit {
        pcre2_match_context_free_8(context)
        pcre2_code_free_8(code)
    }

    /// The number of a named capture group, or nil.
    func groupNumber(_ name: String) -> Int? {
        let number = name.withCString { pcre2_substring_number_from_name_8(code, UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self)) }
        return number > 0 ? Int(number) : nil
    }

    /// Finds the first match at or after `start` (exactly at `start` when `anchored`), or nil.
    /// The returned match reads `data` and is valid until `data` is used again.
    func firstMatch(in text: UnsafeBufferPointer<UInt8>, from start: Int, anchored: Bool = false,
                    using data: MatchData) -> Match? {
        guard start <= text.count, let base = text.baseAddress else { return nil }
        let options: UInt32 = anchored ? UInt32(PCRE2_ANCHORED) : 0
        let result = pcre2_match_8(code, base, text.count, start, options, data.pointer, context)
        guard result > 0 else { return nil }  // no match, or a limit reached: treated as no match
        return Match(data: data, ovector: pcre2_get_ovector_pointer_8(data.pointer), pairs: Int(result))
    }

    /// Whether a match may start at or after `from`: false only when no required literal occurs.
    func mayMatch(in text: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        guard !required.isEmpty else { return true }
        return required.contains { ByteSearch.contains($0, in: text, from: from) }
    }

    /// Calls `body` with each non-overlapping match at or after `from`, left to right. A match
    /// `accept` refuses is treated as no match at its start: the search goes on one byte later.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, from: Int = 0, using data: MatchData,
                      accepting accept: (Match) -> Bool = { _ in true }, _ body: (Match) -> Void) {
        guard mayMatch(in: text, from: from) else { return }
        var start = from
        while start < text.count, let match = firstMatch(in: text, from: start, using: data) {
            let range = match.range
            guard accept(match) else { start = range.lowerBound + 1; continue }
            body(match)
            start = range.upperBound > range.lowerBound ? range.upperBound : range.lowerBound + 1
        }
    }
}

/// Per-thread scratch space for matches of one pattern.
final class MatchData {
    let pointer: OpaquePointer
    /// The pattern whose matches this space holds (for its group names).
    let pattern: Pattern

    init(for pattern: Pattern) {
        self.pattern = pattern
        pointer = pcre2_match_data_create_from_pattern_8(pattern.code, nil)
    }

    deinit { pcre2_match_data_free_8(pointer) }
}

/// One match: the byte ranges of the whole match and its capture groups. It holds its match data,
/// so the ovector it reads lives as long as the match (until the data is used for another match).
struct Match {
    let data: MatchData
    let ovector: UnsafeMutablePointer<Int>
    let pairs: Int

    var range: Range<Int> { ovector[0]..<ovector[1] }

    /// The pattern that matched (of an `Alternatives`, the branch).
    var pattern: Pattern { data.pattern }

    /// The range of capture group `group`, or nil when it did not take part in the match.
    func range(_ group: Int) -> Range<Int>? {
        guard group < pairs else { return nil }
        let start = ovector[2 * group]
        guard start >= 0, ovector[2 * group + 1] >= start else { return nil }
        return start..<ovector[2 * group + 1]
    }
}
