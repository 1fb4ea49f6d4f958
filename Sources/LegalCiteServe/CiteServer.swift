import Foundation
import HTTPTypes
import Hummingbird
import LegalCite
import LegalCiteBatch
import Logging
import NIOCore

/// `legalcite serve`: a local web page over an index (most-cited authorities, search, one
/// document's citations, one authority's citing sentences) and an annotator for pasted or
/// uploaded documents. The index is opened read-only; every bad request gets an error page
/// with its status.
public final class CiteServer: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    let configuration: ServeConfiguration
    let browser: IndexBrowser
    let pages: ServePages
    let extractor: Extractor

    /// Opens the index and builds the extractor: a missing, unreadable or foreign index is a
    /// `Failure` here, before anything listens.
    public init(configuration: ServeConfiguration) throws {
        self.configuration = configuration
        do { browser = try IndexBrowser(path: configuration.indexPath) } catch { throw Failure(description: "\(error)") }
        pages = try ServePages(indexName: (configuration.indexPath as NSString).lastPathComponent)
        extractor = try Extractor()
    }

    /// Listens until the task is cancelled or the process gets SIGINT or SIGTERM; `onListening`
    /// gets the port (the one chosen when the configuration's is 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        var logger = Logger(label: "legalcite-serve")
        logger.logLevel = .error
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "legalcite"),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorPageMiddleware(pages: pages))
        router.get("/") { _, _ in try self.html(self.home()) }
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=300"],
                     body: .init(byteBuffer: ByteBuffer(string: self.pages.style)))
        }
        router.post("/annotate") { request, context in try await self.html(self.annotate(request, context: context)) }
        router.get("/annotate") { _, _ in
            Response(status: .seeOther, headers: [.location: "/"])
        }
        router.get("/search") { request, _ in try self.html(self.search(try Self.query(request))) }
        router.get("/documents") { request, _ in try self.html(self.documents(try Self.query(request))) }
        router.get("/authorities") { request, _ in try self.html(self.authorities(try Self.query(request))) }
        router.get("/authority/:id") { request, context in
            try self.html(self.authority(try Self.id(context), try Self.query(request)))
        }
        router.get("/document/:id") { _, context in try self.html(self.document(try Self.id(context))) }
        return router
    }

    /// The query string's parameters; a malformed one is 400.
    static func query(_ request: Request) throws -> FormData {
        do { return try FormData(urlEncoded: Array((request.uri.query ?? "").utf8)) } catch let error as FormData.BadRequest {
            throw PageError.badRequest(error.description)
        }
    }

    /// A path's `:id`, a row number.
    static func id(_ context: BasicRequestContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), text.count <= 18, text.allSatisfy({ $0.isASCII && $0.isNumber }),
              let id = Int64(text)
        else { throw PageError.badRequest("not a number: \(context.parameters.get("id") ?? "")") }
        return id
    }

    func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Self.html(page, status: status)
    }

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: securityHeaders, body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// Nothing runs on these pages but the server's own styles; no frame, no sniffing.
    static let securityHeaders: HTTPFields = [
        .contentType: "text/html; charset=utf-8",
        .contentSecurityPolicy: "default-src 'none'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        .cacheControl: "no-store",
    ]
}

/// Any error of a route (or no route at all) becomes an error page with its status: a
/// `PageError`, Hummingbird's own (404 for no route, 413 for a body over the limit), and
/// anything else as 500 with its message; the process never stops for a request.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let pages: ServePages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PageError {
            return page(error.status, error.description)
        } catch let error as any HTTPResponseError {
            if error.status == .notFound, ![.get, .head, .post].contains(request.method) {
                return page(.methodNotAllowed, "\(request.method) is not accepted here: the pages answer GET, and /annotate POST.")
            }
            let message: String =
                switch error.status {
                case .notFound: "There is no page \(request.uri.path)."
                case .contentTooLarge: "The request is larger than this server accepts."
                case .methodNotAllowed: "\(request.method) is not accepted here."
                default: "\(error)"
                }
            return page(error.status, message)
        } catch {
            return page(.internalServerError, "\(error)")
        }
    }

    private func page(_ status: HTTPResponse.Status, _ message: String) -> Response {
        let html = pages.render("error", title: "\(status.code) \(status.reasonPhrase)",
                                ["status": status.code, "reason": status.reasonPhrase, "message": message])
        return CiteServer.html(html, status: status)
    }
}
