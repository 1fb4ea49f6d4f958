import Foundation
import NIOCore
import Hummingbird
import LegalCite
import LegalCiteAnnotate

extension CiteServer {
    /// `POST /annotate`: a pasted text (`text`) or an uploaded file (`file`), as a multipart or
    /// URL-encoded form, annotated; its JSON offered for download. Over the upload limit is 413,
    /// a form without a document 400, a document that is not UTF-8 text 422.
    func annotate(_ request: Request, context: BasicRequestContext) async throws -> String {
        let limit = configuration.maxUploadBytes
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw PageError(status: .contentTooLarge, description: "The upload is \(declared) bytes; this server accepts at most \(limit).")
        }
        let body: [UInt8]
        do {
            var buffer = try await request.body.collect(upTo: limit)
            body = buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch is NIOTooManyBytesError {
            throw PageError(status: .contentTooLarge, description: "The upload is larger than this server accepts (\(limit) bytes).")
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
