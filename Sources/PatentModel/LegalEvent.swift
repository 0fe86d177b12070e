/// A legal (procedural) event on a patent: INPADOC events, register events, national status changes.
public struct LegalEvent: Sendable, Hashable, Codable {
  /// The event date (gazette or effective date).
  public var date: PatentDate?
  /// The event code as the source gives it (INPADOC `PG25`, DPMA `R000`, register status codes…).
  public var code: String
  /// The country or office the event applies to.
  public var country: String?
  /// The source's description of the event, when given.
  public var description: String?
  /// INPADOC influence: `+` positive, `-` negative, when given.
  public var influence: String?
  /// The owner after a transfer, when the event names one (OPS `L509EP` OWNER, or "Patentee after:" in its
  /// free text).
  public var newOwner: String?

  /// Creates an event.
  public init(
    date: PatentDate?, code: String, country: String? = nil, description: String? = nil,
    influence: String? = nil, newOwner: String? = nil
  ) {
    self.date = date
    self.code = code
    self.country = country
    self.description = description
    self.influence = influence
    self.newOwner = newOwner
  }
}

/// A text with its language, e.g. a title or an abstract.
public struct LocalizedText: Sendable, Hashable, Codable {
  /// ISO 639-1 language code in lower case (`en`, `zh`, `ja`); empty when unknown.
  public var lang: String
  /// The text, whitespace-collapsed.
  public var text: String

  /// Creates a text.
  public init(lang: String, text: String) {
    self.lang = lang
    self.text = text
  }
}
