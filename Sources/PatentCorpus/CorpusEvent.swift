import ReferenceData

/// One legal event of a patent in a corpus: what it means, when, and where it applies. 8 bytes, no references.
public struct CorpusEvent: Sendable, Hashable {
  /// What the event means for the right.
  public var meaning: LegalEventMeaning
  /// Its date, yyyymmdd (0 when unknown).
  public var date: Int32
  /// The state it applies to when that is not the publishing office (an EPC state of an EP patent), as two
  /// ASCII letters packed by ``pack(_:)``; 0 for the office itself.
  public var state: UInt16

  /// Creates an event.
  public init(meaning: LegalEventMeaning, date: Int32, state: UInt16 = 0) {
    self.meaning = meaning
    self.date = date
    self.state = state
  }

  /// `DE` → a 16-bit code; anything but two ASCII capitals → 0.
  public static func pack(_ code: some StringProtocol) -> UInt16 { pack(bytes: code.utf8) }

  /// The same from UTF-8 bytes (a database row's, without making a `String`).
  public static func pack<C: Collection<UInt8>>(bytes: C) -> UInt16 {
    guard bytes.count == 2, bytes.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return 0 }
    return UInt16(bytes[bytes.startIndex]) << 8 | UInt16(bytes[bytes.index(after: bytes.startIndex)])
  }

  /// The state's code (`DE`), empty for the office itself.
  public var stateCode: String {
    state == 0 ? "" : String(decoding: [UInt8(state >> 8), UInt8(state & 0xFF)], as: UTF8.self)
  }
}
