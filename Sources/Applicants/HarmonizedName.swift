/// The harmonization of one party name.
public struct HarmonizedName: Sendable, Hashable, Codable {
  /// The normalized display form (NFKC, upper case, punctuation unified).
  public var normalized: String
  /// The entity key: legal forms removed, punctuation dropped, aliases applied. Names with equal keys are one
  /// entity.
  public var key: String
  /// The entity's display name: the alias's canonical name when an alias applied, else the normalized form.
  public var displayName: String
  /// The entity type.
  public var type: EntityType
  /// Why that type (e.g. `company legal form`, `name contains UNIVERSITY`).
  public var typeEvidence: String
  /// Whether a user alias decided the key.
  public var aliased: Bool
}

extension HarmonizedName {
  /// The normalization alone, for parties that are not harmonized into entities (inventors, agents).
  public static func unharmonized(_ name: String) -> HarmonizedName {
    let normalized = ApplicantName.normalize(name)
    return HarmonizedName(
      normalized: normalized, key: normalized, displayName: normalized, type: .individual,
      typeEvidence: "not harmonized (inventor or agent)", aliased: false)
  }
}
