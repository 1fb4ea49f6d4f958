import ArgumentParser
import Dispatch
import Foundation
import LegalCiteServe

/// `legalcite serve --index FILE.sqlite [--host 127.0.0.1] [--port 8080]`.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A local web page: annotate a pasted or uploaded order, browse an index.",
        discussion: """
            Serves http://HOST:PORT/: paste or upload an order and see it annotated, with its JSON \
            to download; the index's most-cited authorities; search by cite, case name, rule, \
            statute, docket number, judge, party, court and date; one document's citations; one \
            authority's citing documents with the sentence around each. Binds to loopback unless \
            --host says otherwise; the index is opened read-only. Stops on Ctrl-C or SIGTERM. \
            Exit codes: 0 stopped, 64 usage error, 65 a missing, corrupt or foreign index, 74 \
            the address cannot be bound.
            """)

    @Option(help: "The index written by `legalcite batch --index` or `legalcite index`.")
    var index: String

    @Option(help: "The address to listen on (loopback by default; another address opens the page to the network).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    @Option(help: "The largest upload accepted, in bytes.")
    var maxUpload = 8 << 20

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
        guard maxUpload > 0 else { throw ValidationError("--max-upload must be positive.") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty.") }
    }

    func run() throws {
        let configuration = ServeConfiguration(indexPath: index, host: host, port: port, maxUploadBytes: maxUpload)
        let server: CiteServer
        do { server = try CiteServer(configuration: configuration) } catch {
            StandardStreams.report("legalcite: serve: \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
        if !configuration.isLoopback {
            StandardStreams.report("legalcite: serve: listening on \(host), not loopback: anyone who can reach it can read the index")
        }
        let done = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        Task {
            do {
                try await server.run { port in
                    StandardStreams.report("legalcite: serving \(index) at http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (Ctrl-C to stop)")
                }
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            StandardStreams.report("legalcite: serve: \(host):\(port): \(error)")
            throw ExitCode(ExitStatus.ioError)
        }
    }
}

/// The error the server task ended with, handed to the waiting thread.
private final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    var error: Error? { lock.withLock { stored } }
    func set(_ error: Error) { lock.withLock { stored = error } }
}
