/// Where the readers put documents: numbers them in input order, skips the ones a resumed run has
/// already written (checking that the last of them has the name the output recorded), and stops
/// the readers when the run is interrupted.
final class ItemSink {
    /// Thrown through the readers to unwind them when the run stops early.
    struct Stopped: Error {}

    private(set) var nextSequence = 0
    private let skip: Int
    private let expectedLastSkipped: String?
    private let deliver: (InputItem) -> Bool
    /// Bytes of finished input files, to which a reader adds its position in the current one.
    var consumedBase: Int64 = 0

    /// - Parameters:
    ///   - skip: how many documents a resumed run has already written.
    ///   - expectedLastSkipped: the name recorded for document `skip - 1`.
    ///   - deliver: takes an item; false stops the run.
    init(skip: Int, expectedLastSkipped: String?, deliver: @escaping (InputItem) -> Bool) {
        self.skip = skip
        self.expectedLastSkipped = expectedLastSkipped
        self.deliver = deliver
    }

    /// True while documents are being skipped: readers then need not read their content.
    var skipping: Bool { nextSequence < skip }

    /// Counts a document a resumed run already has. `name` is asked only for the last one.
    func skipped(name: () -> String) throws {
        if nextSequence == skip - 1, let expected = expectedLastSkipped {
            let actual = name()
            if actual != expected { throw ResumeMismatch(sequence: nextSequence, expected: expected, actual: actual) }
        }
        nextSequence += 1
    }

    func emit(name: String, _ payload: InputItem.Payload, consumed: Int64) throws {
        if skipping {
            try skipped { name }
            return
        }
        let item = InputItem(sequence: nextSequence, name: name, payload: payload, consumed: consumedBase + consumed)
        nextSequence += 1
        if !deliver(item) { throw Stopped() }
    }
}

/// The inputs of a resumed run are not the inputs of the run it continues.
public struct ResumeMismatch: Error, CustomStringConvertible {
    let sequence: Int
    let expected: String
    let actual: String

    public var description: String {
        "cannot resume: document \(sequence + 1) of the output is \"\(expected)\" but the inputs now give \"\(actual)\""
    }
}
