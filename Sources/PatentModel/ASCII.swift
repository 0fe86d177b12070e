/// Byte tests and constants for scanning ASCII text without building `Character`s.
enum ASCII {
  static let space: UInt8 = 0x20
  static let tab: UInt8 = 0x09
  static let slash: UInt8 = 0x2F
  static let zero: UInt8 = 0x30

  /// `0`–`9`.
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
  /// `A`–`Z`.
  @inline(__always) static func isUppercase(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
  /// An IPC/CPC section letter: `A`–`H` or `Y`.
  @inline(__always) static func isSection(_ b: UInt8) -> Bool { b &- 0x41 < 8 || b == 0x59 }
  /// The byte with `a`–`z` made upper case.
  @inline(__always) static func upper(_ b: UInt8) -> UInt8 { b &- 0x61 < 26 ? b - 0x20 : b }
  /// A space or a tab (the ASCII part of `CharacterSet.whitespaces`).
  @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == space || b == tab }
}
