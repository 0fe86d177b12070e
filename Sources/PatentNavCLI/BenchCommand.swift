import ArgumentParser
import Foundation
import ReferenceData
import Workspace

/// `patnav bench`: measurements that belong in benchmarks, not in tests.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Measure workspace operations (wall time, peak memory).",
    subcommands: [Load.self])

  /// `patnav bench load`: time to load a selection into an in-memory corpus.
  struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "load", abstract: "Load the selection into a corpus; print counts, seconds and peak RSS (TSV).")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var filter: FilterOptions

    func run() throws {
      let workspace = try options.open()
      let start = Date()
      let corpus = try workspace.loadCorpus(matching: filter.filter, language: .en)
      let seconds = Date().timeIntervalSince(start)
      var usage = rusage()
      getrusage(RUSAGE_SELF.rawValue, &usage)
      let fields: [(String, String)] = [
        ("patents", String(corpus.count)), ("entities", String(corpus.entities.count)),
        ("ipc_values", String(corpus.ipc.values.count)), ("cited_in_corpus", String(corpus.citedPatents.values.count)),
        ("extended_families", String(corpus.extendedFamilyCount)), ("seconds", String(format: "%.2f", seconds)),
        ("peak_rss_mb", String(usage.ru_maxrss / 1024)),
      ]
      StandardOutput.print(fields.map(\.0).joined(separator: "\t"))
      StandardOutput.print(fields.map(\.1).joined(separator: "\t"))
    }
  }
}
