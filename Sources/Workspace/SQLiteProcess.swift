import CSQLiteConfig

/// Process-wide SQLite settings, applied once by the program before it opens its first workspace.
///
/// SQLite keeps such settings in the library, not per connection, and accepts them only before it is first
/// used; so this is the program's call (the CLI makes it first thing), never a library's side effect.
public enum SQLiteProcess {
  /// Turns off SQLite's memory statistics, which take a process-wide mutex on every allocation SQLite makes
  /// (the writer of a 1 M-patent ingest makes tens of millions: about 3 % of the ingest's CPU time). Nothing in
  /// PatentNav reads those statistics. Returns whether the setting took effect: `false` when SQLite was already
  /// in use, in which case nothing changed. Not thread-safe (SQLite's rule): call it before starting threads.
  @discardableResult
  public static func configure() -> Bool {
    patnav_sqlite3_disable_memstatus() == 0
  }
}
