import Foundation

/// The shipped project manifests (`Templates/projects/<type>.yaml`, commented in zh and en).
public enum ProjectTemplates {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Templates/projects")

  /// The manifest template of a project type.
  public static func manifest(_ type: ProjectType) throws -> String {
    let name = "\(type.rawValue).yaml"
    for folder in [
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Templates/projects"),
      folder,
    ] {
      if let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) { return text }
    }
    throw ReportError.missingTemplate(name, [folder.path])
  }

  /// Creates `directory/project.yaml` from the template; refuses to overwrite.
  public static func initialize(_ type: ProjectType, at directory: URL) throws -> URL {
    let file = directory.appendingPathComponent("project.yaml")
    guard !FileManager.default.fileExists(atPath: file.path) else { throw ProjectError.exists(file.path) }
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try Data(try manifest(type).utf8).write(to: file)
    return file
  }
}
