/// Where the readers put documents: numbers them in input order, checks the ones a resumed run
/// has already written against what the output recorded for them, and stops the readers when
/// the run is interrupted.
///
/// Readers hand every item over with its content, kept or not: a resumed run compares each
/// kept record with the item the inputs now give at its place (`Check`). A name that differs
/// means other inputs (`ResumeMismatch`); the same name with other content (an input changed
/// since) ends the skipping there, and the run redoes everything from that item on
/// (`redoneFrom`, which the writer cuts its output and index back to).
final class ItemSink {
    /// Thrown through the readers to unwind them when the run stops early.
    struct Stopped: Error {}

    /// Whether a kept record still stands for the item now at its place: true to skip it,
    /// false to redo the run from it; throws `ResumeMismatch` when the inputs are other inputs.
    typealias Check = @Sendable (_ sequence: Int, _ name: String, _ payload: InputItem.Payload) throws -> Bool

    private(set) var nextSequence = 0
    private var skip: Int
    private let check: Check
    private let deliver: (InputItem) -> Bool
    /// Bytes of finished input files, to which a reader adds its position in the current one.
    var consumedBase: Int64 = 0
    /// Where a resumed run found a changed input and started over, if it did.
    private(set) var redoneFrom: Int?

    /// - Parameters:
    ///   - skip: how many documents a resumed run has already written.
    ///   - check: compares a kept record with the item now at its place.
    ///   - deliver: takes an item; false stops the run.
    init(skip: Int, check: @escaping Check, deliver: @escaping (InputItem) -> Bool) {
        self.skip = skip
        self.check = check
        self.deliver = deliver
    }

    /// Checks only the name of the last kept record (the index loader's results, whose
    /// records say nothing more about their input).
    convenience init(skip: Int, expectedLastSkipped: String?, name: @escaping @Sendable (String, InputItem.Payload) -> String = { name, _ in name },
                     deliver: @escaping (InputItem) -> Bool) {
        self.init(skip: skip, check: { sequence, fallback, payload in
            if sequence == skip - 1, let expected = expectedLastSkipped {
                let actual = name(fallback, payload)
                if actual != expected { throw ResumeMismatch(sequence: sequence, expected: expected, actual: actual) }
            }
            return true
        }, deliver: deliver)
    }

    /// True while documents are being skipped.
    var skipping: Bool { nextSequence < skip }

    func emit(name: String, _ payload: InputItem.Payload, consumed: Int64) throws {
        if skipping {
            if try check(nextSequence, name, payload) {
                nextSequence += 1
                return
            }
            redoneFrom = nextSequence
            skip = nextSequence
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
