import ArgumentParser
import PatentCorpus
import PatentModel
import Workspace

/// `patnav export`: the selected patents as JSON Lines or CSV, with their legal status as of a date.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write the selected patents (merged across sources) as JSON Lines or CSV.",
    discussion: """
      Each patent carries its legal status as of --as-of (default today): its application's state, its family's
      overall status and its family's state per office (JSON: workspace.legal; CSV: the last four columns).
      --no-status skips them (and the corpus load they need).
      """)

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions
  @OptionGroup var asOf: AsOfOptions

  @Option(help: "jsonl or csv.")
  var format: ExportFormat = .jsonl

  @Option(help: "Write to this file instead of stdout.")
  var output: String?

  @Flag(help: "Leave out the legal-status columns.")
  var noStatus = false

  func run() throws {
    let workspace = try options.open()
    let (selection, date) = try asOf.cut(filter.filter)
    let legal = noStatus ? nil : try Self.legal(workspace, selection, date)
    let sink = try OutputSink(path: output)
    let count = try workspace.export(matching: selection, format: format, legal: legal) { sink.write(Array($0.utf8)) }
    try sink.close()
    StandardError.print(
      "exported \(count) patents" + (noStatus ? "" : " with their legal status as of \(DayNumber.iso(date))"))
  }

  /// Each selected patent's legal columns by workspace id (a binary search over the corpus's ids).
  static func legal(
    _ workspace: any WorkspaceStore, _ selection: PatentFilter, _ date: Int32
  ) throws -> (Int64) -> ExportLegal? {
    let corpus = try workspace.loadCorpus(matching: selection, language: .en)
    let view = FamilyView(corpus: corpus, reference: workspace.reference, asOf: date)
    var familyOf = [Int32](repeating: 0, count: corpus.count)
    for f in 0..<view.count { for m in view.members[f] { familyOf[Int(m)] = Int32(f) } }
    let offices = (0..<view.count).map { f in
      view.officeStatus[f].map { "\(corpus.countries[$0.office]):\($0.state.rawValue)" }.sorted()
        .joined(separator: "; ")
    }
    let iso = DayNumber.iso(date)
    return { id in
      var (low, high) = (0, corpus.count)
      while low < high {
        let mid = (low + high) / 2
        if corpus.workspaceIDs[mid] < id { low = mid + 1 } else { high = mid }
      }
      guard low < corpus.count, corpus.workspaceIDs[low] == id else { return nil }
      let f = Int(familyOf[low])
      return ExportLegal(
        asOf: iso, state: view.law.of(patent: low, in: corpus).state.rawValue,
        familyStatus: view.status[f].rawValue, familyOffices: offices[f])
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
