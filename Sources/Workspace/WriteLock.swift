import Foundation

/// The exclusive write lock of a workspace: an `flock` on `<workspace>.lock`, held for a whole ingest (and
/// taken shared by readers that need one snapshot on two connections).
///
/// One owner per file descriptor; `deinit` releases the lock and closes it. The kernel releases it too when the
/// process dies (so a killed ingest never leaves a stale lock).
final class WriteLock: Sendable {
  private let fd: Int32

  /// Takes the lock or throws ``WorkspaceError/busy(path:holder:)`` without waiting. With `shared` set, takes
  /// it in shared mode instead (no note is written): held by readers for the moment they start their read
  /// transactions, so that no writer commits between them.
  init(workspace path: String, shared: Bool = false) throws {
    let lockPath = path + ".lock"
    fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
    guard fd >= 0 else {
      throw WorkspaceError.cannotOpen(path: lockPath, reason: String(cString: strerror(errno)))
    }
    guard flock(fd, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) == 0 else {
      var buffer = [UInt8](repeating: 0, count: 64)
      let n = pread(fd, &buffer, 63, 0)
      let holder = n > 0 ? String(decoding: buffer.prefix(n), as: UTF8.self) : "unknown process"
      close(fd)
      throw WorkspaceError.busy(path: path, holder: holder.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    guard !shared else { return }
    let note = Array("pid \(getpid())\n".utf8)
    _ = ftruncate(fd, 0)
    _ = pwrite(fd, note, note.count, 0)
  }

  /// Releases the lock before the owner goes away (the descriptor stays open until then).
  func unlock() { flock(fd, LOCK_UN) }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }
}
