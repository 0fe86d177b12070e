import ArgumentParser
import Workspace

/// `patnav export`: the selected patents as JSON Lines or CSV.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write the selected patents (merged across sources) as JSON Lines or CSV.")

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions

  @Option(help: "jsonl or csv.")
  var format: ExportFormat = .jsonl

  @Option(help: "Write to this file instead of stdout.")
  var output: String?

  func run() throws {
    let sink = try OutputSink(path: output)
    let count = try options.open().export(matching: filter.filter, format: format) { sink.write(Array($0.utf8)) }
    try sink.close()
    StandardError.print("exported \(count) patents")
  }
}

extension ExportFormat: ExpressibleByArgument {}
