/// The pages of a text, where its form feeds (`\f`, as `pdftotext` and the PDF reader end each
/// page) mark them: the page of a byte offset of the original, counted from 1. A text without
/// a form feed has no pages (`nil`): its JSON carries no `doc_page` at all.
struct PageBreaks: Sendable {
    /// Byte offsets of the form feeds, in order.
    let breaks: [Int]

    init?(_ text: UnsafeBufferPointer<UInt8>) {
        var breaks: [Int] = []
        var position = 0
        while position < text.count {
            position = ByteSearch.first(0x0C, in: text, from: position, before: text.count)
            guard position < text.count else { break }
            breaks.append(position)
            position += 1
        }
        guard !breaks.isEmpty else { return nil }
        self.breaks = breaks
    }

    /// The page the byte at `offset` stands on: one more than the form feeds before it.
    func page(at offset: Int) -> Int {
        var low = 0, high = breaks.count
        while low < high {
            let mid = (low + high) / 2
            if breaks[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low + 1
    }
}
