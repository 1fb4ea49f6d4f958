import CMuPDF
import CPDFText

/// The text layer of a PDF, read in process through MuPDF (`Sources/CPDFText`), laid out line by
/// line as `pdftotext -layout` lays it out (`PDFPageLayout`), each page ended by a form feed.
///
/// The text is what the pipeline reads and what the spans of the JSON index; it travels in the
/// JSON as `text`. Bounded: at most `maxPages` pages, `maxMemory` bytes held by MuPDF for the
/// document (every allocation counted, so a font or object stream that inflates to gigabytes
/// fails instead of growing), bytes inflated from its streams (200 times the file past 256 MB,
/// so a content stream of a terabyte of white space, which takes no memory, ends in a second),
/// and `maxTextBytes` of text; one page is read, laid out and dropped at a time.
public enum PDFReader {
    public struct Limits: Sendable {
        public var maxPages: Int
        public var maxMemory: Int
        public var maxTextBytes: Int
        /// Bytes the document's streams may inflate to, all together: `inflateRatio` times the
        /// file, and at least `inflateFloor` (as archives: 200 times, past 256 MB).
        public var inflateRatio: Int
        public var inflateFloor: Int
        /// Characters on one page (a dense page holds about 5,000): what one page may cost.
        public var maxPageCharacters: Int
        /// Pages without a text layer are rendered at `ocrDPI` and read by Tesseract (`--ocr`),
        /// loaded when first needed.
        public var ocr = false
        public var ocrDPI = 300
        public var ocrLanguage = "eng"

        public init(maxPages: Int = 10_000, maxMemory: Int = 512 << 20, maxTextBytes: Int = 64 << 20,
                    inflateRatio: Int = 200, inflateFloor: Int = 256 << 20, maxPageCharacters: Int = 200_000) {
            self.maxPages = maxPages
            self.maxMemory = maxMemory
            self.maxTextBytes = maxTextBytes
            self.inflateRatio = inflateRatio
            self.inflateFloor = inflateFloor
            self.maxPageCharacters = maxPageCharacters
        }
    }

    /// A PDF's text and what the JSON says of it.
    public struct Text: Sendable {
        /// UTF-8, lines ended by `\n`, each page ended by `\f`.
        public let bytes: [UInt8]
        public let pages: Int
        /// Pages whose text came from OCR.
        public var ocrPages = 0
    }

    /// Whether the bytes are a PDF: `%PDF-` in the first kilobyte, where readers look for it
    /// (some writers put a few bytes of junk before it).
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        let magic: [UInt8] = Array("%PDF-".utf8)
        let head = bytes.prefix(1024)
        guard head.count >= magic.count else { return false }
        var index = head.startIndex
        while index + magic.count <= head.endIndex {
            if head[index] == 0x25 && head[index..<index + magic.count].elementsEqual(magic) { return true }
            index += 1
        }
        return false
    }

    public static func text(of bytes: [UInt8], limits: Limits = Limits()) throws(PDFFailure) -> Text {
        try bytes.withUnsafeBufferPointer { (buffer) throws(PDFFailure) -> Text in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { throw .damaged("empty file") }
            var status: Int32 = 0
            var message = [CChar](repeating: 0, count: 512)
            func reason() -> String { String(decoding: message.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
            // Like an archive's: past a floor, at most `inflateRatio` bytes out for each byte of file.
            let inflateLimit = max(limits.inflateFloor, limits.inflateRatio * buffer.count)
            func bomb() -> PDFFailure { .bomb(limit: inflateLimit, file: buffer.count) }
            guard let pdf = lc_pdf_open(base, buffer.count, limits.maxMemory, UInt64(inflateLimit), &status, &message, message.count) else {
                switch status {
                case Int32(LC_PDF_ENCRYPTED): throw .encrypted
                case Int32(LC_PDF_MEMORY): throw .memory(limit: limits.maxMemory)
                case Int32(LC_PDF_INFLATE): throw bomb()
                default: throw Self.truncated(buffer) ? .truncated : .damaged(reason())
                }
            }
            defer { lc_pdf_close(pdf) }
            let count = Int(lc_pdf_page_count(pdf, &status, &message, message.count))
            if status == Int32(LC_PDF_INFLATE) { throw bomb() }
            guard count >= 0 else {
                if status == Int32(LC_PDF_MEMORY) { throw .memory(limit: limits.maxMemory) }
                throw Self.truncated(buffer) ? .truncated : .damaged(reason())
            }
            // MuPDF rebuilds a broken cross-reference table and reads on; a file cut short is
            // refused (its last pages and objects are gone), one merely repaired is read.
            if lc_pdf_was_repaired(pdf) != 0 && Self.truncated(buffer) { throw .truncated }
            guard count > 0 else { throw .damaged("no pages") }
            guard count <= limits.maxPages else { throw .tooManyPages(count, limit: limits.maxPages) }
            var text: [UInt8] = []
            text.reserveCapacity(count * 3000)
            var layout = PDFPageLayout()
            var characters = 0
            var ocr: OpaquePointer? = nil
            var ocrPages = 0
            defer { if let ocr { lc_ocr_close(ocr) } }
            for index in 0..<count {
                var page = lc_page()
                var result = lc_pdf_read_page(pdf, Int32(index), 0, Int32(clamping: limits.maxPageCharacters), &page, &message, message.count)
                if limits.ocr && result == Int32(LC_PDF_OK) && page.count == 0 {
                    // No text layer on this page: its image, read by Tesseract.
                    if ocr == nil {
                        ocr = lc_ocr_open(limits.ocrLanguage, &message, message.count)
                        if ocr == nil { throw .ocrUnavailable(reason()) }
                    }
                    lc_pdf_free_page(&page)
                    result = lc_pdf_ocr_page(pdf, ocr, Int32(index), Int32(limits.ocrDPI), Int32(clamping: limits.maxPageCharacters),
                                             &page, &message, message.count)
                    ocrPages += 1
                }
                guard result == Int32(LC_PDF_OK) else {
                    if result == Int32(LC_PDF_MEMORY) { throw .memory(limit: limits.maxMemory) }
                    if result == Int32(LC_PDF_INFLATE) { throw bomb() }
                    throw .damaged("page \(index + 1): \(reason())")
                }
                defer { lc_pdf_free_page(&page) }
                let chars = UnsafeBufferPointer(start: page.chars, count: Int(page.count))
                characters += layout.append(chars, to: &text)
                text.append(0x0C)
                if text.count > limits.maxTextBytes { throw .tooLarge(limit: limits.maxTextBytes) }
            }
            if characters == 0 && ocrPages > 0 { throw .ocrFoundNothing(pages: count) }
            if characters == 0 {
                // No text at all: a scan when its pages hold images.
                var images = 0
                for index in 0..<min(count, 50) where images == 0 {
                    var page = lc_page()
                    if lc_pdf_read_page(pdf, Int32(index), 1, Int32(clamping: limits.maxPageCharacters), &page, &message, message.count) == Int32(LC_PDF_OK) {
                        images += Int(page.images)
                    }
                    lc_pdf_free_page(&page)
                }
                if images > 0 { throw .scanned(pages: count) }
                // Nothing on the pages, and MuPDF stumbled on them: damage, not blank paper.
                if lc_pdf_warnings(pdf, &message, message.count) > 0 { throw .damaged(reason()) }
                throw .noText(pages: count)
            }
            var result = Text(bytes: text, pages: count)
            result.ocrPages = ocrPages
            return result
        }
    }

    /// A PDF ends with `%%EOF` (and at most some white space or a little junk after it): one
    /// without it in its last kilobyte was cut short.
    static func truncated(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let marker: [UInt8] = Array("%%EOF".utf8)
        let tail = bytes.suffix(1024)
        guard tail.count >= marker.count else { return true }
        var index = tail.endIndex - marker.count
        while index >= tail.startIndex {
            if tail[index] == 0x25 && tail[index..<index + marker.count].elementsEqual(marker) { return false }
            index -= 1
        }
        return true
    }
}

/// Why a PDF gives no text. Each has the one line its error record says.
public enum PDFFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case scanned(pages: Int)
    case noText(pages: Int)
    case encrypted
    case truncated
    case damaged(String)
    case tooManyPages(Int, limit: Int)
    case memory(limit: Int)
    case bomb(limit: Int, file: Int)
    case tooLarge(limit: Int)
    case ocrUnavailable(String)
    case ocrFoundNothing(pages: Int)

    public var description: String {
        switch self {
        case .scanned(let pages): "PDF: no text layer: scanned image (\(pages) page\(pages == 1 ? "" : "s")); run OCR first"
        case .noText(let pages): "PDF: no text layer: \(pages) page\(pages == 1 ? "" : "s") without text or images"
        case .encrypted: "PDF: encrypted, needs a password; not read"
        case .truncated: "PDF: truncated (the file ends before its %%EOF); not read"
        case .damaged(let detail): "PDF: damaged, not read: \(detail)"
        case .tooManyPages(let pages, let limit): "PDF: \(pages) pages exceed the limit of \(limit) pages; not read"
        case .memory(let limit): "PDF: needs more than the limit of \(limit >> 20) MB of memory to read (a decompression bomb?); not read"
        case .bomb(let limit, let file): "PDF: decompression bomb: its streams inflate to more than \(limit) bytes from a file of \(file); not read"
        case .ocrUnavailable(let reason): "PDF: no text layer, and OCR cannot run: \(reason)"
        case .ocrFoundNothing(let pages): "PDF: no text layer, and OCR found no text on its \(pages) page\(pages == 1 ? "" : "s")"
        case .tooLarge(let limit): "PDF: its text exceeds the limit of \(limit) bytes; not read"
        }
    }
}
