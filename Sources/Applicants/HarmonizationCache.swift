import Synchronization

/// A thread-safe memo of ``ApplicantHarmonizer/harmonize(_:typeHint:isPerson:)`` results, shared by the
/// parser threads of one ingest: applicant names repeat across thousands of patents, so each distinct
/// (name, type hint, person flag) is harmonized once.
///
/// One lock-protected pair of dictionaries; a lookup is one hash probe under the lock, with no key string built.
/// Memory grows with distinct names.
public final class HarmonizationCache: Sendable {
  private struct Key: Hashable {
    let name: String
    let typeHint: String?
    let isPerson: Bool?
  }

  private struct Memo {
    var harmonized: [Key: HarmonizedName] = [:]
    var unharmonized: [String: HarmonizedName] = [:]
  }

  private let harmonizer: ApplicantHarmonizer
  private let memo = Mutex(Memo())

  /// Creates an empty cache over `harmonizer`.
  public init(harmonizer: ApplicantHarmonizer) { self.harmonizer = harmonizer }

  /// The harmonization of a name, computed once per distinct input.
  public func harmonize(_ name: String, typeHint: String?, isPerson: Bool?) -> HarmonizedName {
    let key = Key(name: name, typeHint: typeHint, isPerson: isPerson)
    if let hit = memo.withLock({ $0.harmonized[key] }) { return hit }
    let result = harmonizer.harmonize(name, typeHint: typeHint, isPerson: isPerson)
    memo.withLock { $0.harmonized[key] = result }
    return result
  }

  /// ``HarmonizedName/unharmonized(_:)`` (normalization only, for inventors and agents), computed once per name.
  public func unharmonized(_ name: String) -> HarmonizedName {
    if let hit = memo.withLock({ $0.unharmonized[name] }) { return hit }
    let result = HarmonizedName.unharmonized(name)
    memo.withLock { $0.unharmonized[name] = result }
    return result
  }
}
