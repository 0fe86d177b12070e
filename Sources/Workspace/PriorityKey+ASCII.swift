/// The rules of ``PriorityKey/make(country:number:year:isPCT:)`` on ASCII bytes, writing the key into a
/// caller-provided buffer: the number's letters and digits (upper-cased) go to `scratch`, followed by the
/// upper-cased office; the key is assembled in `out` (at least the two lengths plus 48 bytes).
struct ASCIIKey {
  private let scratch: UnsafeMutableBufferPointer<UInt8>
  private let out: UnsafeMutableBufferPointer<UInt8>
  private var length = 0

  init(scratch: UnsafeMutableBufferPointer<UInt8>, out: UnsafeMutableBufferPointer<UInt8>) {
    self.scratch = scratch
    self.out = out
  }

  private static func isLetter(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
  private static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
  private static func upper(_ b: UInt8) -> UInt8 { b &- 0x61 < 26 ? b - 0x20 : b }
  private static let wo: (UInt8, UInt8) = (0x57, 0x4F)
  private static let ep: (UInt8, UInt8) = (0x45, 0x50)

  /// The key, or `nil` when the number has no serial or there is no office. O(n).
  mutating func make(
    _ country: UnsafeBufferPointer<UInt8>, _ number: UnsafeBufferPointer<UInt8>, _ year: Int?, _ isPCT: Bool
  ) -> String? {
    // The number's letters and digits, then the office, upper-cased, in `scratch`.
    var n = 0
    for byte in number {
      let b = Self.upper(byte)
      if Self.isLetter(b) || Self.isDigit(b) {
        scratch[n] = b
        n += 1
      }
    }
    var t = 0..<n
    for byte in country {
      scratch[n] = Self.upper(byte)
      n += 1
    }
    var office = t.upperBound..<n
    // EPODOC form: the office is the number's two-letter prefix.
    if t.count > 2, Self.isLetter(scratch[t.lowerBound]), Self.isLetter(scratch[t.lowerBound + 1]) {
      let prefix = t.lowerBound..<(t.lowerBound + 2)
      if office.isEmpty || equal(office, prefix) || isPair(prefix, Self.wo) {
        office = prefix
        t = prefix.upperBound..<t.upperBound
      }
    }
    guard !t.isEmpty, !office.isEmpty else { return nil }
    let isWO = isPair(office, Self.wo)
    // PCT: `WO` + year + receiving office + serial (EPODOC), or receiving office + year·serial with the PCT flag.
    if isWO || isPCT {
      var digitsEnd = t.lowerBound
      while digitsEnd < t.upperBound, Self.isDigit(scratch[digitsEnd]) { digitsEnd += 1 }
      let digits = t.lowerBound..<digitsEnd
      let afterYear = (t.lowerBound + min(4, digits.count))..<t.upperBound
      if digits.count >= 4, afterYear.count > 2, Self.isLetter(scratch[afterYear.lowerBound]),
        Self.isLetter(scratch[afterYear.lowerBound + 1])
      {
        append("WO-")
        append(afterYear.lowerBound..<(afterYear.lowerBound + 2))
        append(digits.lowerBound..<(digits.lowerBound + 4))
        append("-")
        appendSerial((afterYear.lowerBound + 2)..<afterYear.upperBound)
        return result
      }
      if isPCT, !isWO, digits.count >= 6 {
        append("WO-")
        append(office)
        append(digits.lowerBound..<(digits.lowerBound + 4))
        append("-")
        appendSerial((digits.lowerBound + 4)..<digits.upperBound)
        return result
      }
    }
    // Drop kind letters at the end (`P` provisional, `A`, `U`), keep the digits (compacted in place: the
    // office, when it came from the country, lies after `t` and is not touched).
    var end = t.upperBound
    while end > t.lowerBound, Self.isLetter(scratch[end - 1]) { end -= 1 }
    var k = t.lowerBound
    for i in t.lowerBound..<end where Self.isDigit(scratch[i]) {
      scratch[k] = scratch[i]
      k += 1
    }
    let digits = t.lowerBound..<k
    guard !digits.isEmpty else { return nil }
    append(office)
    if digits.count >= 9, (1900...2100).contains(value(of: digits.prefix(4))) {
      append(digits.lowerBound..<(digits.lowerBound + 4))
      append("-")
      appendSerial((digits.lowerBound + 4)..<digits.upperBound)
      return result
    }
    if isWO || isPair(office, Self.ep), digits.count == 8 {
      let yy = value(of: digits.prefix(2))
      append(String(yy >= 78 ? 1900 + yy : 2000 + yy))
      append("-")
      appendSerial((digits.lowerBound + 2)..<digits.upperBound)
      return result
    }
    if let year { append(String(year)) }
    append("-")
    appendSerial(digits)
    return result
  }

  private var result: String { String(decoding: UnsafeBufferPointer(rebasing: out[0..<length]), as: UTF8.self) }

  private func equal(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { scratch[$0] == scratch[$1] }
  }

  private func isPair(_ range: Range<Int>, _ pair: (UInt8, UInt8)) -> Bool {
    range.count == 2 && scratch[range.lowerBound] == pair.0 && scratch[range.lowerBound + 1] == pair.1
  }

  /// The number written by the digits in `range` of `scratch` (the callers pass digit runs only).
  private func value(of range: Range<Int>) -> Int {
    range.reduce(0) { $0 * 10 + Int(scratch[$1] - 0x30) }
  }

  private mutating func append(_ range: Range<Int>) {
    for i in range {
      out[length] = scratch[i]
      length += 1
    }
  }

  private mutating func append(_ text: String) {
    for byte in text.utf8 {
      out[length] = byte
      length += 1
    }
  }

  /// A serial number without its leading zeros ("0" when nothing is left).
  private mutating func appendSerial(_ range: Range<Int>) {
    var start = range.lowerBound
    while start < range.upperBound, scratch[start] == 0x30 { start += 1 }
    if start == range.upperBound { append("0") } else { append(start..<range.upperBound) }
  }
}
