import ArgumentParser
import Workspace

/// `patnav`: patent navigation from the command line.
@main
struct PatNav: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "patnav",
    abstract: "PatentNav (专利导航): patent XML to navigation analyses and reports.",
    version: "0.2.0",
    subcommands: [
      ParseCommand.self, IngestCommand.self, StatsCommand.self, AggregatesCommand.self, ExportCommand.self,
      ApplicantsCommand.self,
      BenchCommand.self, GenerateCommand.self, LandscapeCommand.self, ChainCommand.self, CoreCommand.self,
      FenceCommand.self, OverseasCommand.self, ProjectCommand.self, DemoCommand.self,
    ])

  /// Applies the process-wide SQLite settings (``SQLiteProcess``) before any command opens a workspace, then
  /// parses the arguments and runs the command.
  static func main() {
    SQLiteProcess.configure()
    main(nil)
  }
}
