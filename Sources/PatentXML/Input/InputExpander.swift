import Foundation

/// Expands command-line paths into the files to read: directories are recursed (sorted, hidden entries and
/// symlink loops skipped), files are kept in the order given.
struct InputExpander {
  /// A problem with a path (missing, unreadable, a loop).
  struct Problem: Sendable {
    /// The path.
    let path: String
    /// What is wrong.
    let message: String
  }

  /// Files found, and problems met. Complexity: O(entries under the given directories).
  static func expand(_ paths: [String]) -> (files: [String], problems: [Problem]) {
    var files: [String] = []
    var problems: [Problem] = []
    var visited = Set<String>()
    let manager = FileManager.default

    func walk(_ path: String, isTopLevel: Bool) {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append(Problem(path: path, message: isTopLevel ? "no such file or directory" : "dangling link"))
        return
      }
      guard isDirectory.boolValue else {
        files.append(path)
        return
      }
      let real = (try? manager.destinationOfSymbolicLink(atPath: path)).map {
        URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: path).deletingLastPathComponent()).path
      } ?? path
      let canonical = URL(fileURLWithPath: real).resolvingSymlinksInPath().standardizedFileURL.path
      guard visited.insert(canonical).inserted else {
        problems.append(Problem(path: path, message: "directory already visited (symlink loop); skipped"))
        return
      }
      guard let entries = try? manager.contentsOfDirectory(atPath: path) else {
        problems.append(Problem(path: path, message: "cannot list directory"))
        return
      }
      for entry in entries.sorted() where !entry.hasPrefix(".") {
        walk((path as NSString).appendingPathComponent(entry), isTopLevel: false)
      }
    }

    for path in paths { walk(path, isTopLevel: true) }
    return (files, problems)
  }
}
