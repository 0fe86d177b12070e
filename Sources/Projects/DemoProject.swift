import Foundation
import Generator

/// The demo: an industry-planning project for 常州 (the generator's demo region) on the generated `demo` corpus
/// (new-energy-vehicle power batteries, 5,000 patents, seed 1), with an industry-structure file, as of a fixed
/// date so the reports are the same on every machine.
public enum DemoProject {
  /// The demo's manifest.
  public static let manifest = """
    # PatentNav demo: industry-planning navigation of 常州's power-battery industry on a generated corpus.
    version: 1
    name: 常州市新能源汽车动力电池产业专利导航（演示）
    client: PatentNav demo
    type: industry
    language: [zh, en]
    as_of: "2025-03-01"
    sources: [corpus]
    region: city=常州
    reference: country=CN
    chains: [nev]
    industry_csv: industry.csv
    targets: bri+rcep
    parameters: {core_top: 50, top: 30}

    """

  /// 常州's (illustrative) output by segment, 100 million yuan.
  public static let industry = """
    segment,output
    cathode,420
    anode,160
    electrolyte,90
    separator,60
    cells,610
    packs,180
    bms,150
    charging,40
    recycling,30

    """

  /// Writes the project folder: manifest, industry file and the generated corpus (skipped when present). A
  /// folder that holds anything but the demo project (its manifest differs, or it has none) is refused unless
  /// `force`, so a real project is never overwritten and its workspace never gets the synthetic patents.
  public static func prepare(_ directory: URL, force: Bool = false) throws {
    let manager = FileManager.default
    let existing = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
    if !existing.isEmpty && !force {
      let current = manager.contents(atPath: directory.appendingPathComponent("project.yaml").path)
      guard current == Data(manifest.utf8) else {
        throw ProjectError.notEmpty(
          path: directory.path, reason: "it holds something other than the demo project (--force writes the demo there)"
        )
      }
    }
    try manager.createDirectory(at: directory, withIntermediateDirectories: true)
    try Data(manifest.utf8).write(to: directory.appendingPathComponent("project.yaml"))
    try Data(industry.utf8).write(to: directory.appendingPathComponent("industry.csv"))
    let corpus = directory.appendingPathComponent("corpus")
    if !FileManager.default.fileExists(atPath: corpus.appendingPathComponent("manifest.json").path) {
      _ = try CorpusGenerator(patents: 5_000, seed: 1, profile: .demo).write(to: corpus)
    }
  }
}
