/// Why a chain analysis cannot run.
public enum ChainAnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A problem in the industry-structure CSV (file, line, message).
  case industryCSV(String, Int, String)

  /// What went wrong, with the context to fix it.
  public var description: String {
    switch self {
    case .industryCSV(let file, let line, let message): "\(file):\(line): \(message)"
    }
  }
}
