import Foundation
import Testing

@testable import PatentXML

/// Whitespace collapsing writes straight into the string's storage; checked against the plain array version.
struct TextNormalizerTests {
  /// The straightforward version: collect the bytes, then decode (repairing invalid UTF-8).
  private static func oracle(_ bytes: ArraySlice<UInt8>) -> String? {
    var out: [UInt8] = []
    var pendingSpace = false
    for byte in bytes {
      if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(0x20) }
        pendingSpace = false
        out.append(byte)
      }
    }
    return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
  }

  @Test("whitespace runs, empty and blank text, CJK, and invalid UTF-8 (repaired alike)")
  func cases() {
    let samples: [[UInt8]] = [
      [], Array("   \n\t ".utf8), Array("CN".utf8), Array("  H01M  10/052 \r\n 20060101AFI ".utf8),
      Array(" 比亚迪股份有限公司\u{3000} （深圳） ".utf8), Array(String(repeating: "a b\n", count: 40).utf8),
      [0x41, 0xFF, 0x20, 0x20, 0xC3], [0xE4, 0xB8], [0x20, 0x80, 0x0A],
    ]
    for bytes in samples {
      #expect(TextNormalizer.collapse(bytes[...]) == Self.oracle(bytes[...]), "\(bytes)")
      // A slice that does not start at index 0, as the element tree hands out.
      let padded = [0x78] + bytes + [0x79]
      let inner = padded[1..<(padded.count - 1)]
      #expect(TextNormalizer.collapse(inner) == Self.oracle(inner), "\(bytes)")
    }
  }

  @Test("every line of the corpora files, and every 1 KiB window", arguments: Corpus.allFiles)
  func corpora(_ file: String) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Corpus.path(file))))
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      #expect(TextNormalizer.collapse(line) == Self.oracle(line))
    }
    for start in stride(from: 0, to: bytes.count, by: 1024) {
      let window = bytes[start..<min(bytes.count, start + 1024)]
      #expect(TextNormalizer.collapse(window) == Self.oracle(window))
    }
  }
}
