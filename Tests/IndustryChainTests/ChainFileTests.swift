import ConfigFile
import IndustryChain
import Testing

/// Chain files: pattern syntax, and bad files failing with the right line and message.
@Suite("Chain files")
struct ChainFileTests {
  @Test(
    "IPC patterns parse to the documented prefix or exact match",
    arguments: [
      ("H01M", "H01M", IPCPattern.Kind.prefix),
      ("H01", "H01", .prefix),
      ("H01M 4", "H01M4/", .prefix),
      ("h01m4/", "H01M4/", .prefix),
      ("H01M 4/*", "H01M4/", .prefix),
      ("H01M 004/525", "H01M4/525", .exact),
      ("H01M 4/00", "H01M4/00", .exact),
      ("H01M 10/05*", "H01M10/05", .prefix),
    ])
  func patterns(_ text: String, _ value: String, _ kind: IPCPattern.Kind) throws {
    let pattern = try IPCPattern(text)
    #expect(pattern.value == value && pattern.kind == kind)
  }

  @Test("matching: main groups do not leak into longer numbers; truncation follows the subgroup digits")
  func matching() throws {
    let group = try IPCPattern("H01M 4")
    #expect(group.matches("H01M4/525") && !group.matches("H01M40/00"))
    let truncated = try IPCPattern("H01M 10/05*")
    #expect(truncated.matches("H01M10/0525") && truncated.matches("H01M10/05") && !truncated.matches("H01M10/04"))
    let exact = try IPCPattern("H01M 4/13")
    #expect(exact.matches("H01M4/13") && !exact.matches("H01M4/131"))
    let deeper = try IPCPattern("H01M 4/131")
    #expect(group.overlaps(exact) && !exact.overlaps(deeper))
  }

  @Test(
    "malformed patterns are refused with a reason",
    arguments: ["", "X01M", "H1M", "H01M 4/5", "H01M 4/52/5", "H01M A/00", "H01M 12345/00", "H01M 4/1234567"])
  func badPatterns(_ text: String) {
    #expect(throws: IPCPatternError.self) { try IPCPattern(text) }
  }

  static let valid = """
    id: t
    name: {zh: 测试, en: Test}
    sources: [s]
    as_of: "2026"
    segments:
      - id: up
        stage: upstream
        name: {zh: 上游, en: Up}
        ipc: ["H01M 4"]
    """

  @Test(
    "bad chain files fail with the line and field of the problem",
    arguments: [
      // (replace, with, expected line, expected text)
      ("ipc: [\"H01M 4\"]", "ipc: [\"H1M 4\"]", 9, "is not an IPC symbol"),
      ("ipc: [\"H01M 4\"]", "ipc: [\"Z01M 4\"]", 9, "must start with a section letter"),
      ("ipc: [\"H01M 4\"]", "ipc: [\"H01M 4/5\"]", 9, "one-digit subgroup"),
      (
        "    ipc: [\"H01M 4\"]",
        "    ipc: [\"H01M 4\"]\n  - id: up\n    stage: upstream\n    name: {zh: 重复, en: Dup}\n    ipc: [H01M]",
        10, "duplicate segment id `up` (first defined on line 6)"
      ),
      ("    ipc: [\"H01M 4\"]", "", 6, "segment `up` is empty"),
      ("    stage: upstream\n", "", 6, "needs a stage"),
      ("    stage: upstream", "    stage: sideways", 7, "stage must be upstream, midstream or downstream"),
      ("    ipc: [\"H01M 4\"]", "    ipc: [\"H01M 4\"]\n    ipcs: [H01M]", 10, "unknown field"),
      ("as_of: \"2026\"\n", "", 1, "as_of: required field is missing"),
      ("name: {zh: 测试, en: Test}", "name: {zh: 测试, en: Test", 3, "YAML syntax"),  // libyaml notices on the next line
      ("    ipc: [\"H01M 4\"]", "    keywords: [电池]\n    require_keywords: [车]", 10, "has no ipc"),
    ] as [(String, String, Int, String)])
  func badFiles(_ change: (String, String, Int, String)) {
    let text = Self.valid.replacingOccurrences(of: change.0, with: change.1)
    #expect(text != Self.valid)
    do {
      _ = try ChainFileParser.parse(text, file: "bad.yaml")
      Issue.record("expected an error for: \(change.1)")
    } catch {
      #expect(error.file == "bad.yaml")
      #expect(error.line == change.2, "\(error)")
      #expect(error.description.contains(change.3), "\(error)")
    }
  }

  @Test("overlapping segments are a warning naming both, unless an exclusion separates them")
  func overlaps() throws {
    let text = Self.valid + "\n  - {id: down, stage: downstream, name: {zh: 下游, en: Down}, ipc: [\"H01M 4/525\"]}\n"
    let output = try ChainFileParser.parse(text, file: "o.yaml")
    #expect(output.warnings.count == 1)
    #expect(output.warnings.first?.description.contains("overlaps H01M 4 of segment `up`") == true)
    let separated = text.replacingOccurrences(
      of: "ipc: [\"H01M 4\"]", with: "ipc: [\"H01M 4\"]\n    exclude: [\"H01M 4/52*\"]")
    let clean = try ChainFileParser.parse(separated, file: "o.yaml")
    #expect(clean.warnings.isEmpty)
  }
}
