/// Where an applicant is: country, and for Chinese applicants province and city.
public struct ApplicantLocation: Sendable, Hashable, Codable {
  /// ST.3 country code, when known.
  public var country: String?
  /// Province-level division (`广东省`), for Chinese applicants when found.
  public var province: String?
  /// Two-digit province code (`44`).
  public var provinceCode: String?
  /// Prefecture-level city (`深圳市`; municipalities give `北京市`), when found.
  public var city: String?

  /// Creates a location.
  public init(country: String? = nil, province: String? = nil, provinceCode: String? = nil, city: String? = nil) {
    self.country = country
    self.province = province
    self.provinceCode = provinceCode
    self.city = city
  }
}
