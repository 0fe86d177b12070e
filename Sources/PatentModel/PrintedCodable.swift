/// A value stored in JSON as its printed form (`2005-01-04`, `H01M 10/052`), read back by parsing it.
public protocol PrintedCodable: Codable, CustomStringConvertible {
  /// Parses the printed form; `nil` when it is not valid.
  static func parsed(_ text: String) -> Self?
}

extension PrintedCodable {
  /// Encodes as the printed form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// Decodes from the printed form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Self.parsed(text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a \(Self.self): \(text)")
    }
    self = value
  }
}
