import Foundation

/// Hands items to worker threads and their results back in input order.
///
/// Memory is bounded: the reader blocks while `window` items, or `byteBudget` bytes of them, are
/// between reading and writing (one item is always let through, however large, so that a big
/// document cannot stall the run).
final class OrderedWorkQueue<Item: Sendable, Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Items not yet taken, from `pendingHead` on; taken slots are emptied at once so that their
    /// memory goes back before the array is compacted.
    private var pending: [(sequence: Int, item: Item)?] = []
    private var pendingHead = 0
    private var finished: [Int: Result] = [:]
    private var nextToWrite = 0
    private var inFlight = 0
    private var inFlightBytes = 0
    private var sizes: [Int: Int] = [:]
    private var closed = false
    private let window: Int
    private let byteBudget: Int

    init(window: Int, byteBudget: Int) {
        self.window = window
        self.byteBudget = byteBudget
    }

    /// Queues an item for the workers; blocks while the window is full.
    func submit(_ item: Item, sequence: Int, bytes: Int) {
        condition.lock()
        while inFlight > 0 && (inFlight >= window || inFlightBytes + bytes > byteBudget) { condition.wait() }
        pending.append((sequence, item))
        sizes[sequence] = bytes
        inFlight += 1
        inFlightBytes += bytes
        condition.broadcast()
        condition.unlock()
    }

    /// No more items: workers end when the queue is empty, the writer when all are written.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// A worker's next item and its number, or nil when the queue is closed and empty.
    func take() -> (Int, Item)? {
        condition.lock()
        defer { condition.unlock() }
        while pendingHead == pending.count && !closed { condition.wait() }
        guard pendingHead < pending.count, let taken = pending[pendingHead] else { return nil }
        pending[pendingHead] = nil
        pendingHead += 1
        if pendingHead > 1024 && pendingHead * 2 > pending.count {
            pending.removeFirst(pendingHead)
            pendingHead = 0
        }
        return taken
    }

    func finish(_ sequence: Int, _ result: Result) {
        condition.lock()
        finished[sequence] = result
        condition.broadcast()
        condition.unlock()
    }

    enum Next {
        case result(Result)
        case timedOut
        case done
    }

    /// The result that comes next in input order; `.timedOut` after `timeout` seconds without it
    /// (for the progress bar); `.done` when everything submitted has been returned.
    func next(timeout: Double) -> Next {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: timeout)
        while finished[nextToWrite] == nil {
            if closed && inFlight == 0 { return .done }
            if !condition.wait(until: deadline) { return .timedOut }
        }
        let result = finished.removeValue(forKey: nextToWrite)!
        inFlight -= 1
        inFlightBytes -= sizes.removeValue(forKey: nextToWrite) ?? 0
        nextToWrite += 1
        condition.broadcast()
        return .result(result)
    }

}
