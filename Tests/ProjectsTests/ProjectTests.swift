import ConfigFile
import Foundation
import Generator
import Projects
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Manifests, the stage runner and the reports.
@Suite("Projects", .serialized)
struct ProjectTests {
  // The demo manifest opens with a comment, so errors about the whole document point at line 2.
  @Test(
    "bad manifests fail with the line and field",
    arguments: [
      ("type: industry", "type: planning", 5, "type must be industry, regional or enterprise"),
      ("as_of: \"2025-03-01\"", "as_of: \"2025-13-01\"", 7, "as_of must be YYYY-MM-DD"),
      ("region: city=常州\n", "", 2, "needs `region`"),
      ("targets: bri+rcep", "targets: bri+rcep\nbudget: 3", 14, "budget: unknown field"),
      ("parameters: {core_top: 50, top: 30}", "parameters: {core_top: 0}", 14, "core_top: must be positive"),
      ("sources: [corpus]\n", "", 2, "sources: required field is missing"),
    ] as [(String, String, Int, String)])
  func badManifests(_ change: (String, String, Int, String)) {
    let text = DemoProject.manifest.replacingOccurrences(of: change.0, with: change.1)
    #expect(text != DemoProject.manifest)
    do {
      _ = try ProjectManifest.parse(text, file: "project.yaml")
      Issue.record("expected an error for \(change.1)")
    } catch {
      #expect(error.line == change.2, "\(error)")
      #expect(error.description.contains(change.3), "\(error)")
    }
  }

  @Test("the shipped templates parse")
  func templates() throws {
    for type in ProjectType.allCases {
      let manifest = try ProjectManifest.parse(try ProjectTemplates.manifest(type), file: "\(type).yaml")
      #expect(manifest.type == type)
    }
  }

  /// A small demo project (1,500 patents) in a fresh folder.
  static func project(_ manifest: String = DemoProject.manifest) throws -> URL {
    let directory = try TestCorpora.scratch("patnav-project")
    try Data(manifest.utf8).write(to: directory.appendingPathComponent("project.yaml"))
    try Data(DemoProject.industry.utf8).write(to: directory.appendingPathComponent("industry.csv"))
    _ = try CorpusGenerator(patents: 1_500, seed: 1, profile: .demo).write(
      to: directory.appendingPathComponent("corpus"))
    return directory
  }

  static func runner(_ directory: URL) throws -> ProjectRunner {
    try ProjectRunner(directory: directory, reference: TestCorpora.reference, toolVersion: "test")
  }

  static func ran(_ outcomes: [ProjectRunner.Outcome]) -> [String] {
    outcomes.filter { $0.action == "ran" }.map(\.stage.rawValue)
  }

  @Test("up-to-date stages are skipped; editing the chains makes exactly the stages reading them stale")
  func staleness() throws {
    let directory = try Self.project()
    #expect(Self.ran(try Self.runner(directory).run()) == ProjectType.industry.stages.map(\.rawValue))
    #expect(Self.ran(try Self.runner(directory).run()).isEmpty)
    let manifest = directory.appendingPathComponent("project.yaml")
    let edited = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(
      of: "chains: [nev]", with: "chains: [nev, ic]")
    try Data(edited.utf8).write(to: manifest)
    let status = try Self.runner(directory).status()
    #expect(status.filter { $0.state == "stale" }.map(\.stage.rawValue) == ["chain", "overseas", "paths", "report"])
    #expect(Self.ran(try Self.runner(directory).run()) == ["chain", "overseas", "paths", "report"])
    #expect(
      FileManager.default.fileExists(atPath: directory.appendingPathComponent("results/chain/ic/chain.json").path))
    // Only the report's fields: only the report reruns.
    let renamed = edited.replacingOccurrences(of: "client: PatentNav demo", with: "client: 常州市知识产权局")
    try Data(renamed.utf8).write(to: manifest)
    #expect(Self.ran(try Self.runner(directory).run()) == ["report"])
  }

  @Test("a failing stage keeps earlier results, says what to fix, and the next run resumes there; all audited")
  func failureAndResume() throws {
    let directory = try Self.project(DemoProject.manifest.replacingOccurrences(of: "industry.csv", with: "missing.csv"))
    #expect(throws: ProjectError.self) { try Self.runner(directory).run() }
    let status = Dictionary(uniqueKeysWithValues: try Self.runner(directory).status().map { ($0.stage, $0.state) })
    #expect(status[.collect] == "done" && status[.landscape] == "done" && status[.chain] == "pending")
    do {
      _ = try Self.runner(directory).run()
    } catch {
      #expect("\(error)".contains("stage chain failed") && "\(error)".contains("missing.csv"))
    }
    let manifest = directory.appendingPathComponent("project.yaml")
    try Data(DemoProject.manifest.utf8).write(to: manifest)
    let outcomes = try Self.runner(directory).run()
    #expect(Self.ran(outcomes).first == "chain")
    #expect(outcomes.filter { $0.action == "skipped" }.map(\.stage) == [.collect, .landscape])
    let audit = try String(contentsOf: directory.appendingPathComponent("audit.jsonl"), encoding: .utf8)
      .split(separator: "\n")
    #expect(audit.filter { $0.contains("\"outcome\":\"failed\"") }.count == 2)
    #expect(audit.filter { $0.contains("\"outcome\":\"ok\"") }.count == ProjectType.industry.stages.count)
    #expect(audit.allSatisfy { $0.contains("\"tool\":\"test\"") && $0.contains("\"fingerprint\"") })
  }

  @Test("reports: same input, same bytes apart from the generated-at line; self-contained, every chart")
  func reports() throws {
    let directory = try Self.project()
    let runner = try Self.runner(directory)
    _ = try runner.run()
    let a = try ReportStage.render(
      runner: runner, into: directory.appendingPathComponent("a"), generatedAt: "2026-01-01T00:00:00Z")
    let b = try ReportStage.render(
      runner: runner, into: directory.appendingPathComponent("b"), generatedAt: "2026-01-01T00:00:00Z")
    #expect(a.count == 4)
    for (x, y) in zip(a, b) { #expect(try Data(contentsOf: x) == Data(contentsOf: y), "\(x.lastPathComponent)") }
    for url in a where url.pathExtension == "html" {
      let html = try String(contentsOf: url, encoding: .utf8)
      // Trends, applicants, clusters, applicant × cluster, chain matrix, core scores, overseas grid.
      #expect(html.components(separatedBy: "<svg").count - 1 == 7)
      #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("@import"))
      #expect(html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http") == false)
      let parser = XMLParser(data: Data(html.utf8))
      #expect(parser.parse(), "\(url.lastPathComponent): \(parser.parserError.map { "\($0)" } ?? "")")
      #expect(html.contains("method") && html.contains("RTA"))
    }
    let zh = try String(contentsOf: a[0], encoding: .utf8)  // zh html, zh md, en html, en md
    #expect(zh.contains("三、产业链与专利布局匹配") && zh.contains("七、导航结论与发展路径"))
  }

  @Test("an enterprise project: fence map and action list with owners and deadlines")
  func enterprise() throws {
    let manifest = """
      version: 1
      name: 企业导航
      type: enterprise
      as_of: "2025-03-01"
      sources: [corpus]
      enterprise: [杭州通亿电新能源科技有限公司, "TONGYIDIAN NEW ENERGY TECHNOLOGY CO., LTD."]
      competitors: ["DOKA ENERGY CORPORATION"]
      chains: [nev]
      """
    let directory = try Self.project(manifest)
    let runner = try Self.runner(directory)
    #expect(Self.ran(try runner.run()) == ProjectType.enterprise.stages.map(\.rawValue))
    let files = try ReportStage.render(runner: runner, into: directory.appendingPathComponent("r"), generatedAt: "x")
    let html = try String(contentsOf: files[2], encoding: .utf8)  // en html
    #expect(html.contains("Fence map") && html.contains("Action list"))
    let actions = try String(
      contentsOf: directory.appendingPathComponent("results/actions/actions.json"), encoding: .utf8)
    #expect(actions.contains("\"owner\"") && actions.contains("\"deadline\""))
  }

  @Test("a regional project ends in the competitiveness × matching grid over its chains")
  func regional() throws {
    let manifest = DemoProject.manifest.replacingOccurrences(of: "type: industry", with: "type: regional")
      .replacingOccurrences(of: "chains: [nev]", with: "chains: [nev, robot]")
    let directory = try Self.project(manifest)
    let runner = try Self.runner(directory)
    #expect(Self.ran(try runner.run()) == ProjectType.regional.stages.map(\.rawValue))
    let paths = try ResultWriter.read(
      DevelopmentPaths.self, directory.appendingPathComponent("results/paths"), json: "paths.json")
    #expect(paths.grid.map(\.chain) == ["nev", "robot"])
    // The demo region files batteries, not robots: NEV is the more competitive chain, robots the weak cell.
    #expect(paths.grid[0].competitiveness > paths.grid[1].competitiveness && paths.grid[1].cell == "weak")
    let zh = try String(contentsOf: directory.appendingPathComponent("results/report/report.zh.html"), encoding: .utf8)
    #expect(zh.contains("竞争力 × 匹配度"))
  }
}
