import ArgumentParser
import Foundation
import PatentCorpus
import Workspace

/// A subject SPEC on the command line: `all`, `country=…`, `province=…`, `city=…`, or `entities=FILE` (one
/// applicant name or entity key per line, `#` comments; names harmonized with the workspace's aliases).
enum SubjectArgument {
  static func parse(_ spec: String, _ workspace: SQLiteWorkspace) throws -> SubjectSpec {
    let trimmed = spec.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("entities=") else {
      return try SubjectSpec.parse(trimmed, divisions: workspace.reference.chinaDivisions)
    }
    let path = String(trimmed.dropFirst("entities=".count))
    let names = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    guard !names.isEmpty else { throw ValidationError("\(path): no entity names") }
    return .entities(try workspace.entityKeys(for: names))
  }
}
