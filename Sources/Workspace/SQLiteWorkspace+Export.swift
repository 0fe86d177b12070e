import GRDB
import PatentModel

extension SQLiteWorkspace {
  /// The CSV columns, in order.
  public static var csvColumns: [String] { SelectionQueries.csvColumns }

  /// Writes the selected patents in id order; returns how many.
  public func export(
    matching filter: PatentFilter, format: ExportFormat, legal: ((Int64) -> ExportLegal?)?,
    emit: (String) -> Void
  ) throws -> Int {
    try withSelection(filter) { db in
      try SelectionQueries.export(SQLiteSession(db: db), format: format, legal: legal, emit: emit)
    }
  }
}
