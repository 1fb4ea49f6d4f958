/// Turns validated UTF-8 input into `NormalizedText`, recording every change in an `OffsetMap`.
struct Normalizer {
    private let input: UnsafeBufferPointer<UInt8>
    private let format: TextFormat
    private var output: [UInt8] = []
    private var map = OffsetMap()
    private var skips: [Range<Int>]
    private var nextSkip = 0
    /// Positions of closing emphasis runs already paired with an opening run.
    private var pendingClosers: [Int] = []

    static func normalize(_ input: UnsafeBufferPointer<UInt8>, format: TextFormat) -> NormalizedText {
        var normalizer = Normalizer(input: input, format: format == .auto ? TextFormat.detect(input) : format)
        normalizer.run()
        return NormalizedText(bytes: normalizer.output, map: normalizer.map)
    }

    private init(input: UnsafeBufferPointer<UInt8>, format: TextFormat) {
        self.input = input
        self.format = format
        self.skips = PleadingLineNumbers.prefixes(in: input)
        output.reserveCapacity(input.count)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == 0x0D || byte == 0x2A || byte == 0x2D || byte == 0x3C || byte == 0x26
    }

    /// In HTML every white-space byte is special: a run of them is one space.
    private static func isSpecialInHTML(_ byte: UInt8) -> Bool {
        isSpecial(byte) || byte == 0x20 || byte == 0x09 || byte == 0x0A
    }

    /// `isSpecial` and `isSpecialInHTML` as one table (bit 0: text, bit 1: HTML), so a run of
    /// ordinary bytes costs a load and a test a byte.
    private static let specialTable: [UInt8] = (0...255).map { value in
        (isSpecial(UInt8(value)) ? 1 : 0) | (isSpecialInHTML(UInt8(value)) ? 2 : 0)
    }

    /// The end of the run of ordinary bytes from `start` (not past `limit`).
    private func ordinaryRun(from start: Int, limit: Int, html: Bool) -> Int {
        let mask: UInt8 = html ? 2 : 1
        return Self.specialTable.withUnsafeBufferPointer { table in
            var end = start
            while end < limit && table[Int(input[end])] & mask == 0 { end += 1 }
            return end
        }
    }

    private mutating func run() {
        let count = input.count
        var index = 0
        while index < count {
            if nextSkip < skips.count, skips[nextSkip].lowerBound <= index {
                if skips[nextSkip].lowerBound == index { index = skips[nextSkip].upperBound }
                nextSkip += 1
                continue
            }
            let byte = input[index]
            let html = format == .html
            // A run of ordinary bytes, copied at once; it stops where a line number starts.
            let limit = nextSkip < skips.count ? min(count, skips[nextSkip].lowerBound) : count
            let end = ordinaryRun(from: index, limit: limit, html: html)
            if end > index {
                append(input[index..<end], from: index)
                index = end
                continue
            }
            if html && ByteClass.isSpace(byte) {
                // In HTML a run of white space is one space; only block tags break lines.
                var end = index + 1
                while end < count && ByteClass.isSpace(input[end]) { end += 1 }
                if let last = output.last, !ByteClass.isSpace(last) {
                    if end - index == 1 && byte == 0x20 { append(input[index..<end], from: index) } else { emit([0x20], replacing: index..<end) }
                }
                index = end
                continue
            }
            switch byte {
            case 0x0A:
                append(input[index..<index + 1], from: index)
                index += 1
            case 0x0D:
                let end = index + 1 < count && input[index + 1] == 0x0A ? index + 2 : index + 1
                emit([0x0A], replacing: index..<end)
                index = end
            case 0x2A where format == .text:
                index = emphasis(at: index)
            case 0x2D:
                index = hyphen(at: index)
            case 0x3C where format == .html:
                index = tag(at: index)
            case 0x26 where format == .html:
                index = entity(at: index)
            case 0x80...:
                index = scalar(at: index)
            default:
                append(input[index..<index + 1], from: index)
                index += 1
            }
        }
        map.finish(originalCount: count)
    }

    // MARK: Emitting

    private mutating func append(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, from original: Int) {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes))  // contiguous: one memcpy
        map.copy(from: original, count: bytes.count)
    }

    private mutating func emit(_ bytes: [UInt8], replacing original: Range<Int>) {
        output.append(contentsOf: bytes)
        map.replace(original, count: bytes.count)
    }

    /// Writes a decoded scalar from `original`, normalized. Unchanged characters keep their bytes.
    private mutating func emit(scalar: UInt32, replacing original: Range<Int>, verbatim: Bool) {
        if let replacement = UnicodeFolding.replacement(for: scalar) {
            emit(replacement, replacing: original)
        } else if verbatim {
            append(input[original], from: original.lowerBound)
        } else {
            emit(Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8), replacing: original)
        }
    }

    // MARK: Constructs

    private mutating func scalar(at index: Int) -> Int {
        let lead = input[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let end = min(index + length, input.count)
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for position in index + 1..<end { value = value << 6 | UInt32(input[position] & 0x3F) }
        emit(scalar: value, replacing: index..<end, verbatim: true)
        return end
    }

    /// `-` at a line break between lower-case letters joins the word (`discov-\nery`).
    private mutating func hyphen(at index: Int) -> Int {
        let count = input.count
        if let last = output.last, ByteClass.isLower(last) {
            var next = index + 1
            if next < count && input[next] == 0x0D { next += 1 }
            if next < count && input[next] == 0x0A {
                next += 1
                if nextSkip < skips.count, skips[nextSkip].lowerBound == next {
                    next = skips[nextSkip].upperBound
                    nextSkip += 1
                }
                while next < count && (input[next] == 0x20 || input[next] == 0x09) { next += 1 }
                if next < count && ByteClass.isLower(input[next]) { return next }
            }
        }
        append(input[index..<index + 1], from: index)
        return index + 1
    }

    /// Drops a run of `*` that opens or closes emphasis (`*Iqbal*`, `**ORDER**`); keeps star
    /// paging (`*684`, `at *3`) and lone footnote stars.
    private mutating func emphasis(at index: Int) -> Int {
        let count = input.count
        var end = index
        while end < count && input[end] == 0x2A && end - index < 3 { end += 1 }
        if let position = pendingClosers.firstIndex(of: index) {
            pendingClosers.remove(at: position)
            return end
        }
        let before: UInt8 = index > 0 ? input[index - 1] : 0x20
        let after: UInt8 = end < count ? input[end] : 0x20
        let opens = (ByteClass.isLetter(after) || after == 0x22 || after == 0x28) && !ByteClass.isAlphanumeric(before)
        if opens, let closer = matchingCloser(from: end, length: end - index) {
            pendingClosers.append(closer)
            return end
        }
        append(input[index..<end], from: index)
        return end
    }

    /// Finds a closing run of `length` stars after `start`, within the same paragraph.
    private func matchingCloser(from start: Int, length: Int) -> Int? {
        let limit = min(input.count, start + 400)
        var index = start
        while index < limit {
            let byte = input[index]
            if byte == 0x0A, index + 1 < limit, input[index + 1] == 0x0A { return nil }
            if byte == 0x2A {
                var end = index
                while end < input.count && input[end] == 0x2A { end += 1 }
                let before = input[index - 1]
                let after: UInt8 = end < input.count ? input[end] : 0x20
                if end - index == length && !ByteClass.isSpace(before) && !ByteClass.isAlphanumeric(after) {
                    return index
                }
                index = end
                continue
            }
            index += 1
        }
        return nil
    }

    /// Drops an HTML tag; block-level tags become a line break; script and style bodies vanish.
    private mutating func tag(at index: Int) -> Int {
        let count = input.count
        guard index + 1 < count else { append(input[index..<index + 1], from: index); return index + 1 }
        let first = input[index + 1]
        guard ByteClass.isLetter(first) || first == 0x2F || first == 0x21 || first == 0x3F else {
            append(input[index..<index + 1], from: index)
            return index + 1
        }
        if input[index...].starts(with: "<!--".utf8) {
            let end = find("-->", from: index + 4).map { $0 + 3 } ?? count
            return end
        }
        guard let close = findByte(0x3E, from: index + 1, limit: 4096) else {
            append(input[index..<index + 1], from: index)
            return index + 1
        }
        var nameStart = index + 1
        if input[nameStart] == 0x2F { nameStart += 1 }
        var nameEnd = nameStart
        while nameEnd < close && ByteClass.isAlphanumeric(input[nameEnd]) { nameEnd += 1 }
        let name = String(decoding: input[nameStart..<nameEnd], as: UTF8.self).lowercased()
        let end = close + 1
        if (name == "script" || name == "style") && input[index + 1] != 0x2F {
            return find("</\(name)", from: end).flatMap { findByte(0x3E, from: $0, limit: 64).map { $0 + 1 } } ?? count
        }
        // CourtListener's and Harvard's star pages (`<span class="star-pagination">*355</span>`,
        // `<page-number …>*1029</page-number>`) stand between a cite's volume and reporter: the
        // page marker goes with its tags.
        if input[index + 1] != 0x2F {
            // A star page is a few bytes: the closing tag is looked for within 64 of them, so an
            // unclosed one costs nothing and hides no text.
            if input[index...].starts(with: "<page-number".utf8) {
                return find("</page-number", from: end, within: 64).flatMap { findByte(0x3E, from: $0, limit: 64).map { $0 + 1 } } ?? end
            }
            if name == "span", ByteSearch.contains(Array("star-pagination".utf8), in: UnsafeBufferPointer(rebasing: input[index..<close]), from: 0) {
                return find("</span", from: end, within: 64).flatMap { findByte(0x3E, from: $0, limit: 64).map { $0 + 1 } } ?? end
            }
        }
        if name == "pre", isInlineSegment(tagAt: index, close: close) {
            // CourtListener's marked-up opinions write the text between two citation links as
            // `<pre class="inline">…</pre><span class="citation">…</span><pre class="inline">`:
            // those segments are one run of text, not blocks.
            return end
        }
        if Self.blockTags.contains(name) {
            emit([0x0A], replacing: index..<end)
        } else if name == "td" || name == "th" {
            emit([0x20], replacing: index..<end)
        } else if input[index + 1] == 0x2F, index > 0, ByteClass.isLetter(input[index - 1]), Self.emphasisTags.contains(name),
                  input[end...].starts(with: "<\(name)>".utf8) || input[end...].starts(with: "<\(name) ".utf8),
                  let nextClose = findByte(0x3E, from: end, limit: 256), nextClose + 2 < count,
                  input[nextClose + 1] == 0x76, input[nextClose + 2] == 0x2E {
            // `Jin Fuey Moy</em><em>v. United States`: two runs of the same emphasis that meet
            // before a case name's `v.` were two words (not `<i>Mc</i><i>Donald</i>`).
            emit([0x20], replacing: index..<end)
        }
        return end
    }

    /// An opening `<pre class="inline">`, or a `</pre>` that the next inline segment or a
    /// citation link follows at once.
    private func isInlineSegment(tagAt index: Int, close: Int) -> Bool {
        if input[index + 1] != 0x2F {
            return ByteSearch.contains(Array("class=\"inline\"".utf8), in: UnsafeBufferPointer(rebasing: input[index..<close]), from: 0)
        }
        let rest = input[(close + 1)...]
        return rest.starts(with: "<pre class=\"inline\"".utf8) || rest.starts(with: "<span class=\"citation".utf8)
    }

    private static let emphasisTags: Set<String> = ["em", "i", "b", "strong", "u"]

    private static let blockTags: Set<String> = [
        "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
        "blockquote", "pre", "hr", "section", "article", "header", "footer", "title", "dt", "dd",
        "center", "body", "html", "head",
    ]

    /// Decodes `&amp;`, `&#8217;`, `&#x2019;`; an unknown or unterminated entity stays as written.
    private mutating func entity(at index: Int) -> Int {
        let count = input.count
        var end = index + 1
        while end < count && end - index < 12 && input[end] != 0x3B && !ByteClass.isSpace(input[end]) { end += 1 }
        guard end < count, input[end] == 0x3B, end > index + 1 else {
            append(input[index..<index + 1], from: index)
            return index + 1
        }
        let body = String(decoding: input[index + 1..<end], as: UTF8.self)
        let value: UInt32?
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            value = UInt32(body.dropFirst(2), radix: 16)
        } else if body.hasPrefix("#") {
            value = UInt32(body.dropFirst())
        } else {
            value = HTMLEntities.named[body]
        }
        guard let scalar = value, scalar > 0, Unicode.Scalar(scalar) != nil else {
            append(input[index..<index + 1], from: index)
            return index + 1
        }
        emit(scalar: scalar, replacing: index..<end + 1, verbatim: false)
        return end + 1
    }

    // MARK: Searching

    private func findByte(_ byte: UInt8, from start: Int, limit: Int) -> Int? {
        let end = min(input.count, start + limit)
        var index = start
        while index < end {
            if input[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private func find(_ needle: String, from start: Int, within limit: Int = .max) -> Int? {
        let bytes = Array(needle.utf8)
        var index = start
        let last = limit == .max ? input.count : min(input.count, start + limit + bytes.count)
        while index + bytes.count <= last {
            if input[index] == bytes[0] && input[index...].starts(with: bytes) { return index }
            index += 1
        }
        return nil
    }
}
