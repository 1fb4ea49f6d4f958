import LegalCite

/// What a worker makes of one input item: its output line, and its index rows when indexing.
struct ProcessedRecord: Sendable {
    let sequence: Int
    let name: String
    /// One JSON object and its newline.
    let line: [UInt8]
    let index: IndexRecord?
    let failed: Bool
    /// Text bytes read, for MB/s.
    let bytes: Int
    let consumed: Int64
}

/// Runs the extractor on one item. Never throws: whatever goes wrong is an error record.
struct DocumentProcessor: Sendable {
    let extractor: Extractor
    let options: Extractor.Options
    let indexing: Bool
    let contextWidth: Int
    var pdfLimits = PDFReader.Limits()

    func process(_ item: InputItem) -> ProcessedRecord {
        switch item.payload {
        case .failure(let reason, let bytes):
            return failure(item, name: item.name, bytes: bytes, reason: reason)
        case .jsonLine(let line):
            switch JSONLDocument.decode(line, fallbackName: item.name) {
            case .failure(let name, let reason):
                return failure(item, name: name, bytes: line.count, reason: reason)
            case .document(let name, let text):
                return extract(item, name: name, text: text)
            }
        case .document(let bytes):
            if PDFReader.isPDF(bytes) { return extractPDF(item, file: bytes) }
            return extract(item, name: item.name, text: bytes)
        }
    }

    private func extract(_ item: InputItem, name: String, text: [UInt8]) -> ProcessedRecord {
        do {
            let document = try extractor.extract(text, name: name, options: options)
            var line = document.json(pretty: false)
            line.append(0x0A)
            let rows = indexing ? IndexRecord(document, contextWidth: contextWidth) : nil
            return ProcessedRecord(sequence: item.sequence, name: name, line: line, index: rows, failed: false,
                                   bytes: text.count, consumed: item.consumed)
        } catch {
            return failure(item, name: name, bytes: text.count, reason: NotTextHint.describe(error, text, name: name))
        }
    }

    /// A PDF, found by its content: its text layer through the pipeline, or an error record
    /// that says why there is none.
    private func extractPDF(_ item: InputItem, file: [UInt8]) -> ProcessedRecord {
        do {
            var limits = pdfLimits
            limits.maxTextBytes = min(limits.maxTextBytes, options.maxBytes)
            let pdf = try PDFReader.text(of: file, limits: limits)
            let document = try extractor.extract(text: pdf.bytes, from: .init(format: "pdf", file: file, pages: pdf.pages, ocrPages: pdf.ocrPages),
                                                 name: item.name, options: options)
            var line = document.json(pretty: false)
            line.append(0x0A)
            let rows = indexing ? IndexRecord(document, contextWidth: contextWidth) : nil
            return ProcessedRecord(sequence: item.sequence, name: item.name, line: line, index: rows, failed: false,
                                   bytes: file.count, consumed: item.consumed)
        } catch let error as PDFFailure {
            return failure(item, name: item.name, bytes: file.count, reason: error.description)
        } catch {
            return failure(item, name: item.name, bytes: file.count, reason: "\(error)")
        }
    }

    private func failure(_ item: InputItem, name: String, bytes: Int?, reason: String) -> ProcessedRecord {
        var line = DocumentEncoder.error(name: name, bytes: bytes, message: reason)
        line.append(0x0A)
        let rows = indexing ? IndexRecord(failedDocument: name, bytes: bytes, reason: reason) : nil
        return ProcessedRecord(sequence: item.sequence, name: name, line: line, index: rows, failed: true,
                               bytes: bytes ?? 0, consumed: item.consumed)
    }
}
