/// A minimal streaming JSON writer into a byte buffer.
///
/// The caller writes keys in the order it wants them (``PatentRecord`` writes them sorted), so output is
/// byte-for-byte deterministic. Strings are escaped per RFC 8259; non-ASCII is written as UTF-8.
public struct JSONWriter: Sendable {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []
  private var needsComma = false

  /// Creates an empty writer with `capacity` bytes reserved.
  public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

  /// Removes everything written, keeping the capacity.
  public mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    needsComma = false
  }

  private mutating func separator() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  /// Starts an object (as a value).
  public mutating func beginObject() {
    separator()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  /// Ends the current object.
  public mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  /// Starts an array (as a value).
  public mutating func beginArray() {
    separator()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  /// Ends the current array.
  public mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// Writes an object key; the next call writes its value.
  public mutating func key(_ name: StaticString) {
    separator()
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    needsComma = false
  }

  /// Writes a string value, escaped.
  public mutating func string(_ value: String) {
    separator()
    bytes.append(UInt8(ascii: "\""))
    var copy = value
    copy.withUTF8 { utf8 in
      var runStart = 0
      for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
        escape(byte)
        runStart = i + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
    needsComma = true
  }

  private mutating func escape(_ byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case 0x22: bytes.append(0x22)
    case 0x5C: bytes.append(0x5C)
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    default:
      let hex: [UInt8] = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
    }
  }

  /// Writes a string, or `null` for `nil`.
  public mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  /// Writes an integer.
  public mutating func int(_ value: Int) {
    separator()
    bytes.append(contentsOf: String(value).utf8)
    needsComma = true
  }

  /// Writes an integer, or `null` for `nil`.
  public mutating func int(_ value: Int?) {
    if let value { int(value) } else { null() }
  }

  /// Writes `true` or `false`.
  public mutating func bool(_ value: Bool) {
    separator()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
    needsComma = true
  }

  /// Writes `null`.
  public mutating func null() {
    separator()
    bytes.append(contentsOf: "null".utf8)
    needsComma = true
  }

  /// Writes `"key":"value"` (or `null`).
  public mutating func field(_ name: StaticString, _ value: String?) {
    key(name)
    string(value)
  }

  /// Writes `"key":number` (or `null`).
  public mutating func field(_ name: StaticString, _ value: Int?) {
    key(name)
    int(value)
  }

  /// Writes `"key":true|false`.
  public mutating func field(_ name: StaticString, _ value: Bool) {
    key(name)
    bool(value)
  }

  /// Writes `"key":true|false` (or `null`).
  public mutating func field(_ name: StaticString, _ value: Bool?) {
    if let value {
      field(name, value)
    } else {
      key(name)
      null()
    }
  }

  /// Writes `"key":[…]` with one element written by `element` per item.
  public mutating func array<Element>(
    _ name: StaticString, _ items: [Element], _ element: (inout JSONWriter, Element) -> Void
  ) {
    key(name)
    beginArray()
    for item in items { element(&self, item) }
    endArray()
  }

  /// Writes `{…}` as an array element or value, its fields written by `body`.
  public mutating func object(_ body: (inout JSONWriter) -> Void) {
    beginObject()
    body(&self)
    endObject()
  }

  /// Writes a newline (ends a JSON Lines record) and starts the next top-level value fresh.
  public mutating func newline() {
    bytes.append(0x0A)
    needsComma = false
  }
}
