import Foundation
import LegalCiteTestSupport
import LegalCiteBatch
@testable import LegalCiteServe
#if canImport(Glibc)
import Glibc
#endif

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Four Corpus orders, whose expected JSON was checked by hand: Jones v. Kansas (ksd, 2012,
/// Waxse), Moreno v. Kansas City Steak (ksd, 2017, Crabtree), Green v. Sanchez (scd, 2022,
/// Gergel) and Wilson v. Doe (vawd, 2021, Cullen); documents 0 to 3 in that order.
let testDocuments = [
    "Corpus/jones-v-kansas-2012-order.txt", "Corpus/dkan-2017-moreno-v-kansas-city-steak.txt",
    "Corpus/eyecitets_cl10428001_district.txt", "Corpus/eyecitets_cl10692001_district.txt",
]

/// A folder holding an index of `testDocuments`, built once for the test run.
let testIndex: String = {
    let folder = Scratch.path("serve")
    try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let index = folder.appendingPathComponent("cites.sqlite").path
    // Run from the repository so that document names read `Corpus/…`, as in the README.
    let previous = FileManager.default.currentDirectoryPath
    FileManager.default.changeCurrentDirectoryPath(repository.path)
    defer { FileManager.default.changeCurrentDirectoryPath(previous) }
    _ = try! BatchRunner(options: .init(inputs: testDocuments, output: folder.appendingPathComponent("out.jsonl").path, index: index, jobs: 1)).run()
    return index
}()

/// An HTTP answer: status, headers (names in lower case), body.
struct Answer {
    let status: Int
    let headers: [String: String]
    let body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A server on a port of the system's choosing, for one test.
final class RunningServer: @unchecked Sendable {
    let port: Int
    private let task: Task<Void, Error>

    static func start(_ configuration: ServeConfiguration) async throws -> RunningServer {
        let server = try CiteServer(configuration: configuration)
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let task = Task { try await server.run { continuation.yield($0); continuation.finish() } }
        var iterator = stream.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { task.cancel(); throw CiteServer.Failure(description: "no port") }
        return RunningServer(port: port, task: task)
    }

    private init(port: Int, task: Task<Void, Error>) {
        self.port = port
        self.task = task
    }

    func stop() async {
        task.cancel()
        _ = await task.result
    }

    /// Sends `request` (bytes as they go on the wire) and reads the answer to the end
    /// (`Connection: close`). A server that closes early (a refused upload) is fine: what it
    /// answered is read.
    func send(_ request: [UInt8]) async throws -> Answer {
        // Off the cooperative pool: a blocked thread there would starve the server's own tasks.
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try self.sendBlocking(request) })
            }
        }
    }

    private func sendBlocking(_ request: [UInt8]) throws -> Answer {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw CiteServer.Failure(description: "socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        // Generous: in a full parallel test run, other suites can hold the cooperative threads the
        // server's handlers need for a while; the answer then comes late, not wrong.
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw CiteServer.Failure(description: "connect: \(errno)") }
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { break }  // the server stopped reading: read what it said
            sent += count
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        return try Self.parse(response)
    }

    func get(_ path: String) async throws -> Answer {
        try await send(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
    }

    func post(_ path: String, contentType: String, body: [UInt8]) async throws -> Answer {
        let head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\r\n"
        return try await send(Array(head.utf8) + body)
    }

    /// A multipart form of one file field and any text fields.
    func upload(_ file: [UInt8], name: String, fields: [String: String] = [:]) async throws -> Answer {
        let boundary = "legalciteTestBoundary7MA4YWxk"
        var body: [UInt8] = []
        for (key, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/plain\r\n\r\n".utf8)
        body += file
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        return try await post("/annotate", contentType: "multipart/form-data; boundary=\(boundary)", body: body)
    }

    static func parse(_ response: [UInt8]) throws -> Answer {
        guard let end = FormData.find(Array("\r\n\r\n".utf8), in: response, from: 0) else {
            throw CiteServer.Failure(description: "no HTTP head in \(response.count) bytes")
        }
        let head = String(decoding: response[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(response[(end + 4)...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = dechunked(body) }
        return Answer(status: status, headers: headers, body: body)
    }

    private static func dechunked(_ body: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var position = 0
        while let lineEnd = FormData.find([0x0D, 0x0A], in: body, from: position),
              let size = Int(String(decoding: body[position..<lineEnd], as: UTF8.self), radix: 16), size > 0 {
            out += body[(lineEnd + 2)..<min(body.count, lineEnd + 2 + size)]
            position = lineEnd + 2 + size + 2
        }
        return out
    }
}

/// Runs `body` with a server on the test index.
func withServer(maxUpload: Int = 1 << 20, _ body: (RunningServer) async throws -> Void) async throws {
    let server = try await RunningServer.start(ServeConfiguration(indexPath: testIndex, port: 0, maxUploadBytes: maxUpload))
    do { try await body(server) } catch { await server.stop(); throw error }
    await server.stop()
}
