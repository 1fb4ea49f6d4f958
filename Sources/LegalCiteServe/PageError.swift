import HTTPTypes

/// A request the server answers with an error page: its status and a one-line reason.
struct PageError: Error, CustomStringConvertible {
    let status: HTTPResponse.Status
    let description: String

    static func badRequest(_ message: String) -> PageError { PageError(status: .badRequest, description: message) }
    static func notFound(_ message: String) -> PageError { PageError(status: .notFound, description: message) }
}
