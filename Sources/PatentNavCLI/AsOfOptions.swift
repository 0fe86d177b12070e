import ArgumentParser
import Workspace

/// The `--as-of` date every analysis command takes: the world as it stood that day.
struct AsOfOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The as-of date, YYYY-MM-DD (default: today, UTC).",
      discussion:
        "Documents published and legal events dated after it are not used; families, forward citations, legal "
        + "status and remaining life are those of that day."))
  var asOf: String?

  /// The date as yyyymmdd.
  func date() throws -> Int32 { try DateArgument.date(asOf) }

  /// `filter` cut at the as-of date, and the date.
  func cut(_ filter: PatentFilter) throws -> (PatentFilter, Int32) {
    var filter = filter
    let date = try date()
    filter.asOf = date
    return (filter, date)
  }
}
