import Foundation
import Hummingbird
import LegalCite
import LegalCiteAnnotate

extension CiteServer {
    /// `POST /annotate`: a pasted text (`text`) or an uploaded file (`file`), as a multipart or
    /// URL-encoded form, annotated; its JSON offered for download. Over the upload limit is 413,
    /// a form without a document 400, a document that is not UTF-8 text 422.
    func annotate(_ request: Request, context: BasicRequestContext) async throws -> String {
        let limit = configuration.maxUploadBytes
        // A body over the limit is still read to its end (up to `drainLimit`, and discarded), so
        // that the client, still sending, gets the error page rather than a reset connection.
        let drainLimit = max(4 * limit, 64 << 20)
        let declared = request.headers[.contentLength].flatMap(Int.init)
        if let declared, declared > drainLimit {
            throw PageError(status: .contentTooLarge, description: "The upload is \(declared) bytes; this server accepts at most \(limit).")
        }
        var body: [UInt8] = []
        var received = 0
        for try await buffer in request.body {
            received += buffer.readableBytes
            if received <= limit {
                body.append(contentsOf: buffer.readableBytesView)
            } else if received > drainLimit {
                break
            }
        }
        if received > limit {
            let size = declared.map { "\($0) bytes" } ?? "larger than that"
            throw PageError(status: .contentTooLarge, description: "The upload is \(size); this server accepts at most \(limit).")
        }
        let contentType = request.headers[.contentType] ?? ""
        let form: FormData
        do {
            if contentType.lowercased().hasPrefix("multipart/form-data") {
                form = try FormData(multipart: body, contentType: contentType)
            } else if contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
                form = try FormData(urlEncoded: body)
            } else {
                throw PageError(status: .unsupportedMediaType, description: "Send the document as a form (multipart/form-data or application/x-www-form-urlencoded).")
            }
        } catch let error as FormData.BadRequest {
            throw PageError.badRequest(error.description)
        }
        let format: TextFormat
        switch try textField(form, "format") ?? "auto" {
        case "auto": format = .auto
        case "text": format = .text
        case "html": format = .html
        case let other: throw PageError.badRequest("format must be auto, text or html, not \(other)")
        }
        let document: [UInt8]
        let name: String
        if let file = form.bytes("file"), !file.isEmpty {
            document = file
            name = (form.fileNames["file"].map { ($0 as NSString).lastPathComponent }).flatMap { $0.isEmpty ? nil : $0 } ?? "upload.txt"
        } else if let text = form.bytes("text"), text.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
            document = text
            name = "pasted.txt"
        } else {
            throw PageError.badRequest("There is nothing to annotate: paste a text or choose a file.")
        }
        let extracted: ExtractedDocument
        do {
            extracted = try extractor.extract(document, name: name, options: .init(format: format, maxBytes: limit))
        } catch {
            throw PageError(status: .unprocessableContent, description: "\(name): \(error)")
        }
        let json = extracted.json(pretty: true)
        let annotation: AnnotationDocument
        do { annotation = try AnnotationDocument(json: json) } catch {
            throw PageError(status: .internalServerError, description: "\(error)")
        }
        let markup = format == .html || (format == .auto && Annotation.looksLikeHTML(document))
        var page = HTMLAnnotator(document: annotation, original: document, markup: markup).context()
        page["json_base64"] = Data(json).base64EncodedString()
        page["json_name"] = ((name as NSString).deletingPathExtension) + ".json"
        return pages.render("annotated", title: "Annotated: \(name)", page)
    }

    /// A text field: nil when absent or blank, 400 when not UTF-8.
    func textField(_ form: FormData, _ name: String) throws -> String? {
        do { return try form.text(name) } catch let error as FormData.BadRequest { throw PageError.badRequest(error.description) }
    }
}
