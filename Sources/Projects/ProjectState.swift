import Foundation

/// What a project folder remembers between runs (`state.json`): per stage, the fingerprint of the inputs its
/// results were made from, when and how it last ran.
public struct ProjectState: Sendable, Codable, Equatable {
  /// One stage's record.
  public struct StageRecord: Sendable, Codable, Equatable {
    /// Fingerprint of the inputs of the last successful run.
    public var fingerprint: String
    /// When it finished (ISO 8601).
    public var finishedAt: String
    /// Wall seconds.
    public var seconds: Double
  }

  /// Completed stages.
  public var stages: [String: StageRecord] = [:]

  /// An empty state.
  public init() {}

  /// Reads `state.json`, or an empty state when there is none.
  static func load(_ url: URL) throws -> ProjectState {
    guard FileManager.default.fileExists(atPath: url.path) else { return ProjectState() }
    return try JSONDecoder().decode(ProjectState.self, from: Data(contentsOf: url))
  }

  /// Writes `state.json` atomically (a killed run leaves the previous state).
  func save(_ url: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(self).write(to: url, options: .atomic)
  }
}

/// A 64-bit FNV-1a fingerprint of texts, as 16 hex digits. Deterministic across runs and machines.
enum Fingerprint {
  static func of(_ parts: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for part in parts {
      for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
      hash = (hash ^ 0x1E) &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}

/// The audit log (`audit.jsonl`): one JSON line per stage run: time, tool version, stage, fingerprint,
/// parameters, duration and outcome.
struct AuditLog {
  let url: URL

  struct Entry: Codable {
    let time: String
    let tool: String
    let stage: String
    let fingerprint: String
    let parameters: String
    let seconds: Double
    let outcome: String
    let message: String
  }

  func append(_ entry: Entry) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var line = try encoder.encode(entry)
    line.append(0x0A)
    if let handle = try? FileHandle(forWritingTo: url) {
      defer { try? handle.close() }
      try handle.seekToEnd()
      try handle.write(contentsOf: line)
    } else {
      try line.write(to: url)
    }
  }

  /// The entries so far.
  func entries() throws -> [Entry] {
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
      try JSONDecoder().decode(Entry.self, from: Data($0.utf8))
    }
  }
}
