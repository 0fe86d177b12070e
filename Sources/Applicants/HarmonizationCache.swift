import Synchronization

/// A thread-safe memo of ``ApplicantHarmonizer/harmonize(_:typeHint:isPerson:)`` results, shared by the
/// parser threads of one ingest: applicant names repeat across thousands of patents, so each distinct
/// (name, type hint, person flag) is harmonized once.
///
/// One lock-protected dictionary; a lookup is one hash probe under the lock. Memory grows with distinct names.
public final class HarmonizationCache: Sendable {
  private let harmonizer: ApplicantHarmonizer
  private let memo = Mutex<[String: HarmonizedName]>([:])

  /// Creates an empty cache over `harmonizer`.
  public init(harmonizer: ApplicantHarmonizer) { self.harmonizer = harmonizer }

  /// The harmonization of a name, computed once per distinct input.
  public func harmonize(_ name: String, typeHint: String?, isPerson: Bool?) -> HarmonizedName {
    let key = name + "\u{1F}" + (typeHint ?? "") + "\u{1F}" + (isPerson.map { $0 ? "1" : "0" } ?? "")
    if let hit = memo.withLock({ $0[key] }) { return hit }
    let result = harmonizer.harmonize(name, typeHint: typeHint, isPerson: isPerson)
    memo.withLock { $0[key] = result }
    return result
  }

  /// ``HarmonizedName/unharmonized(_:)`` (normalization only, for inventors and agents), computed once per name.
  public func unharmonized(_ name: String) -> HarmonizedName {
    let key = "\u{1E}" + name
    if let hit = memo.withLock({ $0[key] }) { return hit }
    let result = HarmonizedName.unharmonized(name)
    memo.withLock { $0[key] = result }
    return result
  }
}
