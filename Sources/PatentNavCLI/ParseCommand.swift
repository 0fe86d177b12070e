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
    guard (1...64).contains(jobs) else { throw ValidationError("--jobs \(jobs): between 1 and 64") }
    if let output {
      // The output never lands on or inside an input: it would be emptied before being read, or read back.
      let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
      for input in paths {
        let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
        if target == source || target.hasPrefix(source.hasSuffix("/") ? source : source + "/") {
          throw ValidationError("--output \(output) is \(target == source ? "the input" : "inside the input") \(input)")
        }
      }
    }
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
