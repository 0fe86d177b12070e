import Applicants

/// A harmonized applicant entity as the analyses see it.
public struct CorpusEntity: Sendable, Hashable, Codable {
  /// The workspace's entity id.
  public var workspaceID: Int64
  /// The harmonized key.
  public var key: String
  /// The display name.
  public var name: String
  /// The entity type.
  public var type: EntityType
  /// The entity's location (most frequent among its party rows).
  public var location: ApplicantLocation
  /// Names of the entities merged into it (its Latin-script spellings, see ``EntityLinker``).
  public var aliases: [String] = []

  /// Creates an entity.
  public init(workspaceID: Int64, key: String, name: String, type: EntityType, location: ApplicantLocation) {
    self.workspaceID = workspaceID
    self.key = key
    self.name = name
    self.type = type
    self.location = location
  }
}
