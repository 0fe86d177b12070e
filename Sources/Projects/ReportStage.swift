import Foundation
import Mustache

/// Renders a project's reports from Mustache templates: `report.<lang>.<format>.mustache` with the `style`
/// partial. A template in the project's `templates/` folder overrides the shipped one of the same name
/// (`Templates/reports/` of the repository). HTML is one self-contained file: inline CSS and SVG, no external
/// references. The only line that changes between runs on the same input is the generated-at line.
public enum ReportStage {
  /// Report languages and formats.
  public static let languages = ["zh", "en"]
  /// Formats.
  public static let formats = ["html", "md"]

  /// The shipped templates folder (the repository's `Templates/reports`).
  static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Templates/reports")

  /// Where templates are looked up, first match wins: the project's `templates/`, `$PATNAV_TEMPLATES`, the
  /// working directory's `Templates/reports`, the shipped folder.
  static func folders(_ runner: ProjectRunner) -> [URL] {
    var folders = [runner.directory.appendingPathComponent("templates")]
    if let env = ProcessInfo.processInfo.environment["PATNAV_TEMPLATES"] { folders.append(URL(fileURLWithPath: env)) }
    folders.append(
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Templates/reports"))
    folders.append(shipped)
    return folders
  }

  static func template(_ name: String, _ runner: ProjectRunner) throws -> String {
    for folder in folders(runner) {
      let url = folder.appendingPathComponent(name)
      if let text = try? String(contentsOf: url, encoding: .utf8) { return text }
    }
    throw ReportError.missingTemplate(name, folders(runner).map(\.path))
  }

  /// Renders every language and format into `directory` and writes the JSON results beside as annexes.
  /// Returns the report files.
  @discardableResult
  public static func render(
    runner: ProjectRunner, into directory: URL, languages: [String]? = nil, formats: [String] = formats,
    generatedAt: String = ISO8601DateFormatter().string(from: Date())
  ) throws -> [URL] {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let context = try ReportContext.build(runner: runner, generatedAt: generatedAt)
    var library = MustacheLibrary()
    try library.register(try template("style.mustache", runner), named: "style")
    var written: [URL] = []
    for language in languages ?? runner.manifest.languages {
      for format in formats {
        let name = "report.\(language).\(format)"
        let template = try MustacheTemplate(string: try Self.template(name + ".mustache", runner))
        let text = template.render(format == "md" ? Self.markdownSafe(context) : context, library: library)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        written.append(url)
      }
    }
    return written
  }
}

extension ReportStage {
  /// The context with every string made inert in Markdown: backslashes and the characters that make tables,
  /// emphasis, code and links (`\ | * _ ` [ ]`) escaped with a backslash, line breaks turned into spaces, so a
  /// holder named `A | 0.99 | alive` cannot add table cells. (Mustache then escapes `<`, `>` and `&` as in HTML,
  /// which CommonMark shows as text.) O(context size).
  static func markdownSafe(_ value: Any) -> Any {
    switch value {
    case let text as String:
      var out = ""
      out.reserveCapacity(text.utf8.count)
      for character in text {
        switch character {
        case "\\", "|", "*", "_", "`", "[", "]": out += "\\" + String(character)
        case "\n", "\r", "\r\n": out += " "
        default: out.append(character)
        }
      }
      return out
    case let dictionary as [String: Any]: return dictionary.mapValues(markdownSafe)
    case let list as [[String: Any]]: return list.map { $0.mapValues(markdownSafe) }
    case let list as [Any]: return list.map(markdownSafe)
    default: return value
    }
  }
}

/// Why a report cannot be rendered.
public enum ReportError: Error, Sendable, CustomStringConvertible {
  /// No folder has the template.
  case missingTemplate(String, [String])
  /// A stage result that does not decode.
  case unreadableResult(String, String)

  /// What is missing and where it was looked for.
  public var description: String {
    switch self {
    case .missingTemplate(let name, let folders):
      "no template \(name) in \(folders.joined(separator: ", ")); copy Templates/reports into the project's templates/"
    case .unreadableResult(let path, let reason):
      "\(path) cannot be read (\(reason)); rerun its stage with `patnav project run DIR --from STAGE --force`"
    }
  }
}
