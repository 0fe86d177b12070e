import Foundation

/// Expands command-line paths into the files to read: directories are recursed (sorted; hidden entries,
/// schema/catalog/image files and symlink loops skipped), files are kept in the order given.
struct InputExpander {
  /// A problem with a path (missing, unreadable, a loop).
  struct Problem: Sendable {
    /// The path.
    let path: String
    /// What is wrong.
    let message: String
  }

  /// Files found, and problems met. Complexity: O(entries under the given directories).
  static func expand(_ paths: [String]) -> (files: [String], problems: [Problem], skipped: Int) {
    var skipped = 0
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
      let real =
        (try? manager.destinationOfSymbolicLink(atPath: path)).map {
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
        let child = (path as NSString).appendingPathComponent(entry)
        if isDocumentLike(entry) || isDirectoryPath(child) {
          walk(child, isTopLevel: false)
        } else {
          skipped += 1
        }
      }
    }

    for path in paths { walk(path, isTopLevel: true) }
    return (files, problems, skipped)
  }

  /// Extensions of files met in patent data folders that are never patent documents (schemas, catalogs,
  /// notes, images). Inside directories these are passed over; a file named on the command line is always
  /// read, and formats are always detected from content.
  static let nonDocumentExtensions: Set<String> = [
    "dtd", "ent", "mod", "cat", "dcl", "xsd", "xsl", "xslt", "md", "txt", "json", "csv", "tsv", "py", "pdf", "tif",
    "tiff", "png", "jpg", "jpeg", "gif", "html", "htm", "css", "js", "sha1", "md5",
  ]

  private static func isDocumentLike(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: ".") else { return true }
    return !nonDocumentExtensions.contains(name[name.index(after: dot)...].lowercased())
  }

  private static func isDirectoryPath(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
