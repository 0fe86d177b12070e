/// A person or organization named on a patent document, as written.
public struct Party: Sendable, Hashable, Codable {
  /// The party's role on the document.
  public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Applicant (the one who filed; for US grants the `us-applicant`).
    case applicant
    /// Assignee or proprietor (owner at grant).
    case assignee
    /// Inventor.
    case inventor
    /// Agent, attorney or representative.
    case agent
  }

  /// The role.
  public var role: Role
  /// The name as written (organization name, or `First Last` for a structured person name).
  public var name: String
  /// ST.3 country of the address or residence; `nil` when not given.
  public var country: String?
  /// Free-text address when given (street and city lines joined by `, `).
  public var address: String?
  /// City when given separately.
  public var city: String?
  /// State, province or prefecture when given separately (CNIPA gives division codes here).
  public var state: String?
  /// Postcode when given separately.
  public var postcode: String?
  /// 1-based order among parties of the same role.
  public var sequence: Int
  /// The format's own applicant type, e.g. `applicant-inventor`, `assignee`, CNIPA/KIPO category codes.
  public var typeHint: String?
  /// An office registration number for the party (JPO applicant registration numbers).
  public var registrationNumber: String?
  /// `true` when the source gives a structured person name (first/last), `false` when it gives an
  /// organization name; `nil` when the format does not say.
  public var isPerson: Bool?

  /// Creates a party.
  public init(
    role: Role, name: String, country: String? = nil, address: String? = nil, city: String? = nil,
    state: String? = nil, postcode: String? = nil, sequence: Int, typeHint: String? = nil,
    registrationNumber: String? = nil, isPerson: Bool? = nil
  ) {
    self.role = role
    self.name = name
    self.country = country
    self.address = address
    self.city = city
    self.state = state
    self.postcode = postcode
    self.sequence = sequence
    self.typeHint = typeHint
    self.registrationNumber = registrationNumber
    self.isPerson = isPerson
  }
}
