import ArgumentParser
import Foundation
import Landscape
import PatentCorpus
import ReferenceData
import Workspace

/// `patnav bench`: measurements that belong in benchmarks, not in tests.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Measure workspace operations (wall time, peak memory).",
    subcommands: [Load.self, Clusters.self, BenchLinksCommand.self])

  /// `patnav bench load`: time to load a selection into an in-memory corpus.
  struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "load", abstract: "Load the selection into a corpus; print counts, seconds and peak RSS (TSV).")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var filter: FilterOptions

    @Option(help: "Cut the selection at this date, YYYY-MM-DD (default: no cut).")
    var asOf: String?

    func run() throws {
      let workspace = try options.open()
      var selection = filter.filter
      if let asOf { selection.asOf = try DateArgument.date(asOf) }
      let start = Date()
      let unlinked = try workspace.loadUnlinkedCorpus(matching: selection, language: .en, inventors: false)
      let loaded = Date()
      let links = try workspace.entityLinks(in: unlinked)
      let corpus = unlinked.merging(links)
      let seconds = Date().timeIntervalSince(start)
      let fields: [(String, String)] = [
        ("patents", String(corpus.count)), ("entities", String(corpus.entities.count)),
        ("merged_links", String(links.filter { $0.decision == .merged }.count)),
        ("link_seconds", String(format: "%.2f", Date().timeIntervalSince(loaded))),
        ("ipc_values", String(corpus.ipc.values.count)), ("cited_in_corpus", String(corpus.citedPatents.values.count)),
        ("extended_families", String(corpus.extendedFamilyCount)), ("seconds", String(format: "%.2f", seconds)),
        ("peak_rss_mb", String(peakRSSMegabytes())),
      ]
      StandardOutput.print(fields.map(\.0).joined(separator: "\t"))
      StandardOutput.print(fields.map(\.1).joined(separator: "\t"))
    }
  }

  /// `patnav bench clusters`: time to cluster the selection's IPC codes.
  struct Clusters: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "clusters", abstract: "Load the selection and cluster its IPC codes; print counts, seconds, RSS.")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var filter: FilterOptions

    @Option(help: "IPC level: section, class, subclass, main-group, subgroup.")
    var level: IPCLevel = .mainGroup

    func run() throws {
      let corpus = try options.open().loadCorpus(matching: filter.filter, language: .en)
      let start = Date()
      let clusters = IPCClusters(corpus: corpus, level: level)
      let seconds = Date().timeIntervalSince(start)
      StandardOutput.print("patents\tcodes\tclusters\tmodularity\tseconds\tpeak_rss_mb")
      StandardOutput.print(
        "\(corpus.count)\t\(clusters.codes.count)\t\(clusters.partition.communityCount)\t"
          + String(format: "%.3f\t%.2f\t", clusters.modularity, seconds) + "\(peakRSSMegabytes())")
    }
  }
}

extension IPCLevel: ExpressibleByArgument {}

/// Peak resident memory of this process so far, in MB.
private func peakRSSMegabytes() -> Int {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return usage.ru_maxrss / 1024
}
