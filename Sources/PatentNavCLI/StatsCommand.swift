import ArgumentParser
import Foundation
import Workspace

/// `patnav stats`: what a workspace (or a selection of it) holds.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Counts by format, office, kind, year and IPC subclass, and the failures recorded at ingest.")

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func run() throws {
    let stats = try options.open().stats(matching: filter.filter)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      StandardOutput.print(String(decoding: try encoder.encode(stats), as: UTF8.self))
      return
    }
    var lines = [
      "selection: \(stats.selection)",
      "patents: \(stats.patents) (from \(stats.sourceRecords) source records in \(stats.files) files)",
      "families: \(stats.simpleFamilies) simple, \(stats.extendedFamilies) extended",
      "applicant entities: \(stats.entities)",
    ]
    func section(_ title: String, _ counts: [WorkspaceStats.Count]) {
      guard !counts.isEmpty else { return }
      lines.append("\(title):")
      lines += counts.map { "  \($0.label)\t\($0.count)" }
    }
    section("by format", stats.byFormat)
    section("by office", stats.byCountry)
    section("by kind", stats.byKind)
    section("by publication year", stats.byYear)
    section("top IPC subclasses", stats.topIPCSubclasses)
    section("entities by type", stats.entitiesByType)
    lines.append("entities without location: \(stats.entitiesWithoutLocation)")
    section("unmapped legal-event codes", stats.unmappedEventCodes)
    lines.append("failures: \(stats.failures.count)")
    for f in stats.failures {
      let location = [f.file, f.line.map(String.init)].compactMap { $0 }.joined(separator: ":")
      lines.append("  \(location): \(f.severity): \(f.documentIndex.map { "document \($0): " } ?? "")\(f.message)")
    }
    StandardOutput.print(lines.joined(separator: "\n"))
  }
}
