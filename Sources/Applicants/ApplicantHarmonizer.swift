import ReferenceData

/// Harmonizes party names into entities: normalization, legal-form removal, aliases and entity types.
///
/// A value; safe to use from many threads. Cost per name is O(name length × legal-form rules) in the worst
/// case (about 1.1 k suffix tests); callers harmonize each distinct name once.
public struct ApplicantHarmonizer: Sendable {
  private let rules: LegalFormRules
  private let classifier = EntityTypeClassifier()
  private let aliasKeys: [String: (key: String, display: String, type: EntityType?)]
  /// The aliases in force.
  public let aliases: AliasTable

  /// Creates a harmonizer from the legal-form table and the user's aliases.
  public init(legalForms: LegalFormTable, aliases: AliasTable = AliasTable()) {
    let rules = LegalFormRules(table: legalForms)
    self.rules = rules
    self.aliases = aliases
    var map: [String: (String, String, EntityType?)] = [:]
    for alias in aliases.aliases {
      let canonicalKey = Self.baseKey(ApplicantName.normalize(alias.canonical), rules: rules)
      let entry = (canonicalKey, alias.canonical, alias.type)
      map[Self.baseKey(ApplicantName.normalize(alias.variant), rules: rules)] = entry
      if map[canonicalKey] == nil || alias.type != nil { map[canonicalKey] = entry }
    }
    self.aliasKeys = map
  }

  /// Harmonizes one name.
  ///
  /// - Parameters:
  ///   - name: the name as written.
  ///   - typeHint: the format's applicant-type field, if any.
  ///   - isPerson: whether the source gave a structured person name.
  public func harmonize(_ name: String, typeHint: String? = nil, isPerson: Bool? = nil) -> HarmonizedName {
    let normalized = ApplicantName.normalize(name)
    let stripped = rules.strip(normalized: normalized)
    var key = ApplicantName.key(stripped.tokens)
    let allTokens = ApplicantName.tokens(normalized)
    var (type, evidence) = classifier.classify(
      tokens: allTokens, strippedSector: stripped.sector, markerSector: rules.markerSector(tokens: allTokens),
      typeHint: typeHint, isPerson: isPerson, normalized: normalized)
    var display = normalized
    var aliased = false
    if let alias = aliasKeys[key] {
      key = alias.key
      display = alias.display
      aliased = true
      if let override = alias.type { (type, evidence) = (override, "alias file") }
    }
    if key.isEmpty { key = normalized }
    return HarmonizedName(
      normalized: normalized, key: key, displayName: display, type: type, typeEvidence: evidence, aliased: aliased)
  }

  private static func baseKey(_ normalized: String, rules: LegalFormRules) -> String {
    ApplicantName.key(rules.strip(normalized: normalized).tokens)
  }
}
