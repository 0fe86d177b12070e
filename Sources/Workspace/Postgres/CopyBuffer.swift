#if Postgres
  /// Rows in PostgreSQL's COPY text format (tab-separated, `\N` for NULL, backslash escapes), built without a
  /// `String` per value: bytes are appended straight from each value's UTF-8 view.
  struct CopyBuffer {
    /// The encoded rows.
    private(set) var bytes: [UInt8] = []
    private var fieldsInRow = 0

    /// Appends a text field (or NULL).
    mutating func add(_ value: String?) {
      guard var value else {
        separate()
        return appendNull()
      }
      value.withUTF8 { add(text: $0) }
    }

    /// Appends a text field from its UTF-8 bytes.
    mutating func add(text: UnsafeBufferPointer<UInt8>) {
      separate()
      for byte in text {
        switch byte {
        case 0x5C: bytes += [0x5C, 0x5C]
        case 0x09: bytes += [0x5C, 0x74]
        case 0x0A: bytes += [0x5C, 0x6E]
        case 0x0D: bytes += [0x5C, 0x72]
        case 0x00: continue  // PostgreSQL text cannot hold NUL (XML cannot either)
        default: bytes.append(byte)
        }
      }
    }

    /// Appends an integer field (or NULL).
    mutating func add(_ value: Int?) {
      separate()
      guard let value else { return appendNull() }
      appendDigits(Int64(value))
    }

    /// Appends an integer field.
    mutating func add(_ value: Int64) {
      separate()
      appendDigits(value)
    }

    /// Appends a boolean as 0/1 (or NULL).
    mutating func add(_ value: Bool?) { add(value.map { $0 ? 1 : 0 }) }

    /// Ends the current row.
    mutating func endRow() {
      bytes.append(0x0A)
      fieldsInRow = 0
    }

    private mutating func separate() {
      if fieldsInRow > 0 { bytes.append(0x09) }
      fieldsInRow += 1
    }

    private mutating func appendNull() { bytes += [0x5C, 0x4E] }

    private mutating func appendDigits(_ value: Int64) {
      if value < 0 { bytes.append(0x2D) }
      var magnitude = value.magnitude
      let start = bytes.count
      repeat {
        bytes.append(UInt8(0x30 + magnitude % 10))
        magnitude /= 10
      } while magnitude > 0
      bytes[start...].reverse()
    }
  }
#endif
