/// A link between an applicant's entity written in Latin script and one written in Chinese script: the same
/// applicant as two offices spell it, with the evidence and a confidence.
public struct EntityLink: Sendable, Hashable, Codable {
  /// What happens to it: merged, listed for review, or kept apart (rejected by an alias line).
  public enum Decision: String, Sendable, Hashable, Codable {
    case merged, review, rejected
  }

  /// The Latin-script entity's key and display name (merged into the canonical one).
  public let variantKey: String, variant: String
  /// The Chinese-script entity's key and display name (the canonical one: it keeps its location).
  public let canonicalKey: String, canonical: String
  /// Extended families where the two file on different members (never on the same document).
  public let sharedFamilies: Int
  /// Families of the variant.
  public let variantFamilies: Int
  /// Whether the distinctive part of the Latin name is the pinyin of part of the Chinese one.
  public let transliteration: Bool
  /// The romanization that matched (`tongyidian` ↔ `通亿电`), empty when none did.
  public let spelled: String
  /// 0–1, from the rule in ``EntityLinker``.
  public let confidence: Double
  /// Merged, review or rejected.
  public let decision: Decision
  /// Up to three publication pairs (Chinese member · foreign member) showing the shared families.
  public let evidence: [String]
  /// The variant's documents in the shared families (corpus patent indices, ascending): merged document by
  /// document, so that two Chinese applicants with one English name keep their own filings.
  public let documents: [Int32]
}
