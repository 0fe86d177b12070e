import Foundation
import PatentXML
import Testing

#if os(Linux)
  /// Regression for libFuzzer's first finding: libxml2 builds a document behind a SAX parser when an internal
  /// subset declares entities, and `xmlFreeParserCtxt` does not free it; the parser now does. Each reader makes
  /// and frees its own parser, so reading such a file many times would grow the heap by the declarations each
  /// time.
  @Suite("Parser memory")
  struct ParserMemoryTests {
    @Test("entity declarations in an internal subset are freed with the parser")
    func internalSubsetIsFreed() throws {
      let scratch = try Scratch()
      let declarations = (0..<400).map { "<!ENTITY e\($0) \"\(String(repeating: "x", count: 64))\">" }
      let file = try scratch.write(
        "subset.xml",
        Data("<?xml version=\"1.0\"?>\n<!DOCTYPE x [\(declarations.joined(separator: "\n"))]>\n<x>&e1;</x>\n".utf8))
      func readMany(_ times: Int) {
        for _ in 0..<times {
          _ = PatentReader().read([file], transform: { $0 }, emit: { _ in }, diagnostic: { _ in })
        }
      }
      /// Resident memory in KiB (`VmRSS` of /proc/self/status).
      func residentKiB() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
      }
      readMany(20)  // warm up caches and the Swift runtime
      let before = try residentKiB()
      readMany(300)
      let growth = try residentKiB() - before
      // Leaking would keep 300 × 400 declarations (over 15 MB); a freed parser keeps nothing.
      #expect(growth < 6 * 1024, "resident memory grew by \(growth) KiB over 300 reads")
    }
  }
#endif
