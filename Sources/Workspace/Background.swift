import Dispatch
import Synchronization

/// A computation started on a global queue whose result is collected later with ``value()``: the file hash
/// beside a file's transaction, the derived-data computations beside the entity updates.
final class Background<T: Sendable>: Sendable {
  private let group = DispatchGroup()
  private let result = Mutex<Result<T, any Error>?>(nil)

  /// Starts `body` at once.
  init(_ body: @escaping @Sendable () throws -> T) {
    DispatchQueue.global().async(group: group) {
      let outcome = Result { try body() }
      self.result.withLock { $0 = outcome }
    }
  }

  /// Waits for the computation; returns its value or rethrows its error. May be called more than once.
  func value() throws -> T {
    group.wait()
    guard let outcome = result.withLock({ $0 }) else { preconditionFailure("finished without a result") }
    return try outcome.get()
  }
}
