import Synchronization

/// A thread-safe memo of ``LocationResolver/locate(country:address:city:state:postcode:)`` results: an
/// applicant's address repeats on every one of its patents, so each distinct address is resolved once.
public final class LocationCache: Sendable {
  private let resolver: LocationResolver
  private let memo = Mutex<[String: ApplicantLocation]>([:])

  /// Creates an empty cache over `resolver`.
  public init(resolver: LocationResolver) { self.resolver = resolver }

  /// The location of a party, computed once per distinct set of address parts.
  public func locate(
    country: String?, address: String?, city: String?, state: String?, postcode: String?
  ) -> ApplicantLocation {
    guard address != nil || city != nil || state != nil else { return ApplicantLocation(country: country) }
    let key = [country, address, city, state, postcode].map { $0 ?? "" }.joined(separator: "\u{1F}")
    if let hit = memo.withLock({ $0[key] }) { return hit }
    let result = resolver.locate(country: country, address: address, city: city, state: state, postcode: postcode)
    memo.withLock { $0[key] = result }
    return result
  }
}
