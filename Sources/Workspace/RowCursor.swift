/// A forward-only cursor over a query's rows, column by index, for the read paths both backends share.
///
/// Values are read in place: `bytes(_:)` is valid until the cursor moves, and nothing is boxed per row.
protocol RowCursor: AnyObject {
  /// Whether the cursor is on a row.
  var hasRow: Bool { get }
  /// Moves to the next row; `hasRow` is false at the end.
  func advance() throws
  /// Column `i` as an integer (0 for NULL).
  func int64(_ i: Int32) -> Int64
  /// Whether column `i` is NULL.
  func isNull(_ i: Int32) -> Bool
  /// Column `i`'s UTF-8 bytes, valid until the cursor moves (empty for NULL).
  func bytes(_ i: Int32) -> UnsafeBufferPointer<UInt8>
}

extension RowCursor {
  /// Column `i` as text (`""` for NULL).
  func text(_ i: Int32) -> String { String(decoding: bytes(i), as: UTF8.self) }

  /// Column `i` as text, `nil` for NULL.
  func optionalText(_ i: Int32) -> String? { isNull(i) ? nil : text(i) }

  /// Column `i` as an integer, `nil` for NULL.
  func optionalInt(_ i: Int32) -> Int? { isNull(i) ? nil : Int(int64(i)) }

  /// Column `i` as an integer id, `nil` for NULL.
  func optionalInt64(_ i: Int32) -> Int64? { isNull(i) ? nil : int64(i) }

  /// Column `i` (0/1) as a boolean, `nil` for NULL.
  func optionalBool(_ i: Int32) -> Bool? { isNull(i) ? nil : int64(i) != 0 }
}
