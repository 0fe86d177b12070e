import Foundation
import Testing

@testable import PatentXML

/// Line numbers of diagnostics come from counting line feeds in each document's bytes.
struct LineCounterTests {
  private static func naive(_ bytes: [UInt8]) -> Int { bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }

  @Test("every length and position up to 300 bytes, and a buffer over the 64 KiB block")
  func counts() {
    for length in 0...300 {
      for step in [1, 2, 3, 7, 64, 301] {
        let bytes = (0..<length).map { i -> UInt8 in i % step == 0 ? 0x0A : (i % 5 == 0 ? 0x0D : 0x61) }
        let counted = bytes.withUnsafeBytes { LineCounter.newlines(in: $0) }
        #expect(counted == Self.naive(bytes), "length \(length), step \(step)")
      }
    }
    let large = (0..<200_003).map { i -> UInt8 in i % 41 == 0 ? 0x0A : UInt8(truncatingIfNeeded: i) | 0x80 }
    #expect(large.withUnsafeBytes { LineCounter.newlines(in: $0) } == Self.naive(large))
  }

  @Test("the corpora files", arguments: Corpus.allFiles)
  func corpora(_ file: String) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Corpus.path(file))))
    #expect(bytes.withUnsafeBytes { LineCounter.newlines(in: $0) } == Self.naive(bytes))
  }
}
