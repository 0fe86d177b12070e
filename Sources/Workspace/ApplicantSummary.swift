import Applicants

/// One applicant entity with the evidence a consultant needs to review it.
public struct ApplicantSummary: Sendable, Equatable, Codable {
  /// A name as written, with how many patents use it.
  public struct Variant: Sendable, Equatable, Codable {
    /// The name as written.
    public var name: String
    /// Patents using this spelling.
    public var patents: Int
  }

  /// Workspace entity id.
  public var id: Int64
  /// The harmonized key.
  public var key: String
  /// The display name (the alias's canonical name, else the most used spelling).
  public var name: String
  /// The type.
  public var type: EntityType
  /// Why that type.
  public var typeEvidence: String
  /// Whether an alias decided the key.
  public var aliased: Bool
  /// Patents of the selection naming this entity as applicant or assignee.
  public var patents: Int
  /// Countries of the party rows.
  public var countries: [String]
  /// Provinces (Chinese applicants).
  public var provinces: [String]
  /// Name variants, most used first.
  public var variants: [Variant]
}
