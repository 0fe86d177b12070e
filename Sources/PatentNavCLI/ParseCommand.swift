import ArgumentParser
import Foundation
import PatentModel
import PatentXML

/// `patnav parse`: patent XML in, JSON Lines out.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Parse patent XML (any supported office format) into JSON Lines, one object per patent document.",
    discussion: """
      Inputs are files, directories (recursed) and .gz/.zip archives. Records go to stdout (or --output),
      diagnostics and the summary to stderr. Exit status: 0 everything parsed, 3 some documents failed (the
      rest were written), 1 nothing could be read.
      """)

  @Argument(help: "Files or directories to read.")
  var paths: [String]

  @Option(help: "Parser threads.")
  var jobs: Int = 1

  @Option(help: "Write records to this file instead of stdout.")
  var output: String?

  @Flag(help: "Do not print the summary.")
  var quiet = false

  func run() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    let sink = try OutputSink(path: output)
    let reader = PatentReader(jobs: jobs)
    let summary = reader.read(
      paths,
      transform: { record in
        var writer = JSONWriter(capacity: 8192)
        record.writeJSONLine(to: &writer)
        return writer.bytes
      },
      emit: { sink.write($0) },
      diagnostic: { StandardError.print($0.description) })
    try sink.close()
    if !quiet { for line in summary.lines { StandardError.print(line) } }
    if summary.records == 0 && (summary.failedDocuments > 0 || summary.unreadableFiles > 0 || summary.documents == 0) {
      throw ExitCode(1)
    }
    if summary.failedDocuments > 0 || summary.unreadableFiles > 0 { throw ExitCode(3) }
  }
}
