import Applicants
import ArgumentParser
import Foundation
import Workspace

/// `patnav ingest`: parse inputs into a workspace.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Parse patent XML into a SQLite workspace (idempotent; one transaction per file).",
    discussion: """
      Files already in the workspace (same content) are skipped; the same publication from several sources is
      merged into one patent. Progress goes to stderr when it is a terminal. Exit status: 0 all ingested,
      3 some documents failed (recorded; see `patnav stats`), 1 nothing could be read, 4 workspace busy.
      """)

  @Argument(help: "Files or directories to read.")
  var paths: [String]

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "Parser threads.")
  var jobs: Int = 1

  @Option(help: "An alias file (variant<TAB>canonical[<TAB>type]) to store and apply before ingesting.")
  var aliases: String?

  @Flag(help: "No progress and no summary.")
  var quiet = false

  func run() throws {
    guard (1...64).contains(jobs) else { throw ValidationError("--jobs \(jobs): between 1 and 64") }
    let workspace = try options.open(create: true)
    do {
      if let aliases { _ = try workspace.setAliases(try AliasTable(contentsOf: URL(fileURLWithPath: aliases))) }
      let showProgress = !quiet && isatty(STDERR_FILENO) == 1
      let report = try workspace.ingest(paths, jobs: jobs) { p in
        guard showProgress else { return }
        StandardError.write(
          "\r\u{1B}[K[\(p.filesDone)/\(p.filesTotal) files] \(p.records) records, "
            + "\(Int(p.recordsPerSecond)) records/s, \(p.failedDocuments) failed")
      }
      if showProgress { StandardError.write("\r\u{1B}[K") }
      if !quiet {
        StandardError.print(
          "ingested \(report.count(.ingested)) files (\(report.count(.alreadyIngested)) already in the workspace, "
            + "\(report.count(.unreadable)) unreadable): \(report.records) records, \(report.failedDocuments) failed "
            + "documents in \(String(format: "%.2f", report.seconds)) s")
      }
      if report.records == 0 && report.count(.ingested) + report.count(.alreadyIngested) == 0 { throw ExitCode(1) }
      if report.failedDocuments > 0 || report.count(.unreadable) > 0 { throw ExitCode(3) }
    } catch let error as WorkspaceError {
      if case .busy = error {
        StandardError.print("patnav: \(error)")
        throw ExitCode(4)
      }
      throw error
    }
  }
}
