#if Postgres
  import CLibPQ

  /// One result of a statement: owner of the libpq `PGresult`, which `deinit` clears. Values are read in place
  /// in libpq's text format.
  final class PGResult {
    private let handle: OpaquePointer
    /// Rows in the result.
    let rows: Int32

    /// Takes ownership of `handle`.
    init(_ handle: OpaquePointer) {
      self.handle = handle
      rows = PQntuples(handle)
    }

    deinit { PQclear(handle) }

    /// Rows the statement changed (`INSERT`, `UPDATE`, `DELETE`), 0 for others.
    var affected: Int { Int(String(cString: PQcmdTuples(handle))) ?? 0 }

    /// Whether the value at (`row`, `column`) is NULL.
    func isNull(_ row: Int32, _ column: Int32) -> Bool { PQgetisnull(handle, row, column) == 1 }

    /// The value's bytes in text format, valid while the result lives (empty for NULL).
    func bytes(_ row: Int32, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
      guard let value = PQgetvalue(handle, row, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
      let count = Int(PQgetlength(handle, row, column))
      return value.withMemoryRebound(to: UInt8.self, capacity: count) { UnsafeBufferPointer(start: $0, count: count) }
    }

    /// The value as text (`""` for NULL).
    func text(_ row: Int32, _ column: Int32) -> String { String(decoding: bytes(row, column), as: UTF8.self) }

    /// The value as text, `nil` for NULL.
    func optionalText(_ row: Int32, _ column: Int32) -> String? { isNull(row, column) ? nil : text(row, column) }

    /// The value as an integer: decimal text parsed in place, `t`/`f` as 1/0, 0 for NULL or anything else.
    func int64(_ row: Int32, _ column: Int32) -> Int64 {
      let text = bytes(row, column)
      guard let first = text.first else { return 0 }
      if first == UInt8(ascii: "t") { return 1 }
      var value: Int64 = 0
      var negative = false
      for (i, byte) in text.enumerated() {
        if i == 0 && byte == UInt8(ascii: "-") {
          negative = true
        } else if byte >= 0x30 && byte <= 0x39 {
          value = value &* 10 &+ Int64(byte - 0x30)
        } else {
          break
        }
      }
      return negative ? -value : value
    }
  }
#endif
