#if Postgres
  import CLibPQ
  import Foundation

  /// One connection to a PostgreSQL server through libpq: owner of the `PGconn`, which `deinit` closes.
  ///
  /// Not shared between threads; each ingest worker opens its own. The password comes from `PGPASSWORD` or
  /// `~/.pgpass` (libpq reads both), never from the URL.
  final class PGConnection {
    private let handle: OpaquePointer
    /// The server location for messages (the URL, which carries no password).
    let location: String

    /// Connects to `url` (`postgres://user@host:port/db`); a URL that carries a password is refused.
    init(url: String) throws {
      location = url
      if let components = URLComponents(string: url), components.password != nil {
        throw PGError.connection(
          location: WorkspaceLocation.redacted(url),
          message: "put the password in PGPASSWORD or ~/.pgpass, not in the workspace URL")
      }
      guard let handle = PQconnectdb(url) else {
        throw PGError.connection(location: url, message: "libpq could not allocate a connection")
      }
      guard PQstatus(handle) == CONNECTION_OK else {
        let message = String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
        PQfinish(handle)
        throw PGError.connection(location: url, message: message)
      }
      self.handle = handle
      try execute("SET client_encoding = 'UTF8'; SET client_min_messages = warning")
    }

    deinit { PQfinish(handle) }

    /// Runs `sql`. Without arguments several statements may be given; with arguments, one statement whose `?`
    /// placeholders take them in order (as text, typed by the server).
    @discardableResult
    func execute(_ sql: String, _ arguments: [SQLValue] = []) throws -> PGResult {
      let result: OpaquePointer?
      if arguments.isEmpty {
        result = PQexec(handle, sql)
      } else {
        let numbered = Self.numbered(sql)
        let texts = arguments.map { $0.textForm.map { strdup($0) } ?? nil }
        defer { texts.forEach { free($0) } }
        result = texts.map { UnsafePointer($0) }.withUnsafeBufferPointer { values in
          PQexecParams(handle, numbered, Int32(values.count), nil, values.baseAddress, nil, nil, 0)
        }
      }
      return try check(result, sql)
    }

    /// Streams `data` (PostgreSQL's COPY text format) into `COPY table (columns) FROM STDIN`.
    func copy(into table: String, columns: [String], data: [UInt8]) throws {
      guard !data.isEmpty else { return }
      let sql = "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN"
      _ = try check(PQexec(handle, sql), sql)
      var offset = 0
      while offset < data.count {
        let chunk = min(1 << 20, data.count - offset)
        let sent = data.withUnsafeBufferPointer { buffer -> Int32 in
          guard let base = buffer.baseAddress else { return -1 }
          return base.advanced(by: offset).withMemoryRebound(to: CChar.self, capacity: chunk) {
            PQputCopyData(handle, $0, Int32(chunk))
          }
        }
        guard sent == 1 else { break }
        offset += chunk
      }
      guard PQputCopyEnd(handle, nil) == 1 else {
        throw PGError.server(sqlState: "08006", message: String(cString: PQerrorMessage(handle)), statement: sql)
      }
      _ = try check(PQgetResult(handle), sql)
      while let extra = PQgetResult(handle) { PQclear(extra) }
    }

    /// Runs `body` in a transaction (`BEGIN … COMMIT`, `ROLLBACK` when it throws).
    func transaction<T>(_ begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
      try execute(begin)
      do {
        let value = try body()
        try execute("COMMIT")
        return value
      } catch {
        _ = try? execute("ROLLBACK")
        throw error
      }
    }

    private func check(_ result: OpaquePointer?, _ sql: String) throws -> PGResult {
      guard let result else {
        throw PGError.server(sqlState: "08006", message: String(cString: PQerrorMessage(handle)), statement: sql)
      }
      switch PQresultStatus(result) {
      case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_COPY_IN, PGRES_EMPTY_QUERY:
        return PGResult(result)
      default:
        let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? "?????"
        let message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
        PQclear(result)
        throw PGError.server(sqlState: state, message: message, statement: sql)
      }
    }

    /// `?` placeholders → `$1`, `$2`… (outside quoted strings and identifiers).
    static func numbered(_ sql: String) -> String {
      var out = ""
      out.reserveCapacity(sql.utf8.count + 16)
      var n = 0
      var quote: Character?
      for c in sql {
        if let q = quote {
          if c == q { quote = nil }
          out.append(c)
        } else if c == "'" || c == "\"" {
          quote = c
          out.append(c)
        } else if c == "?" {
          n += 1
          out += "$\(n)"
        } else {
          out.append(c)
        }
      }
      return out
    }
  }
#endif
