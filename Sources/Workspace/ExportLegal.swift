/// The legal status of one exported patent as of a date (``PatentCorpus/LegalStatus``), as `patnav export`
/// writes it beside the record.
public struct ExportLegal: Sendable, Hashable {
  /// The as-of date, `YYYY-MM-DD`.
  public var asOf: String
  /// Its application's state (`alive`, `lapsed`, `partially-invalidated`…).
  public var state: String
  /// Its family's overall status (alive anywhere, else pending anywhere, else how it ended).
  public var familyStatus: String
  /// Its family's state per office, `CN:lapsed; US:alive`.
  public var familyOffices: String

  /// Creates the columns.
  public init(asOf: String, state: String, familyStatus: String, familyOffices: String) {
    self.asOf = asOf
    self.state = state
    self.familyStatus = familyStatus
    self.familyOffices = familyOffices
  }
}
