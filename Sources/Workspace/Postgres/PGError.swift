#if Postgres
  /// A failure reported by libpq or the PostgreSQL server.
  enum PGError: Error, CustomStringConvertible {
    /// The connection could not be made (server down, wrong URL, authentication).
    case connection(location: String, message: String)
    /// The server rejected a statement; `sqlState` is its five-character SQLSTATE code.
    case server(sqlState: String, message: String, statement: String)

    /// Whether running the same transaction again may succeed (deadlock, serialization failure).
    var isTransient: Bool {
      if case .server(let state, _, _) = self { return state == "40P01" || state == "40001" }
      return false
    }

    /// Whether this is a unique-constraint violation on `constraint`.
    func isUniqueViolation(of constraint: String) -> Bool {
      if case .server(let state, let message, _) = self { return state == "23505" && message.contains(constraint) }
      return false
    }

    var description: String {
      switch self {
      case .connection(let location, let message): "cannot connect to \(location): \(message)"
      case .server(let state, let message, let statement):
        "\(message) [SQLSTATE \(state)] in \(statement.prefix(80).replacingOccurrences(of: "\n", with: " "))…"
      }
    }
  }
#endif
