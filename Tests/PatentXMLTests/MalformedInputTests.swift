import Foundation
import PatentModel
import PatentXML
import Testing

/// A broken document is reported with file, document index, line and column, and every other document of the
/// file is still read. The broken bundles are made from real USPTO grants at test time.
@Suite("Malformed input")
struct MalformedInputTests {
  /// Ways a document in the wild is broken.
  enum Damage: String, CaseIterable, Sendable {
    case rawAmpersand, unescapedLessThan, truncated
  }

  @Test("a broken middle document fails alone, located by index and line", arguments: Damage.allCases)
  func brokenMiddle(_ damage: Damage) throws {
    let scratch = try Scratch()
    let documents = Array(try Scratch.documents(of: "uspto-grant-v4/ipg050104.small.xml").prefix(3))
    var middle = documents[1]
    let title = try #require(middle.range(of: Data("<invention-title".utf8)))
    let close = try #require(middle.range(of: Data(">".utf8), in: title.upperBound..<middle.endIndex))
    let damageAt: Int
    switch damage {
    case .rawAmpersand:
      middle.insert(contentsOf: Data("R&D ".utf8), at: close.upperBound)
      damageAt = close.upperBound - middle.startIndex
    case .unescapedLessThan:
      middle.insert(contentsOf: Data("a < b ".utf8), at: close.upperBound)
      damageAt = close.upperBound - middle.startIndex
    case .truncated:
      middle = middle.prefix(middle.count / 2)
      damageAt = middle.count
    }
    var bundle = documents[0]
    let middleStart = bundle.count
    bundle.append(middle)
    if damage == .truncated { bundle.append(Data("\n".utf8)) }
    bundle.append(documents[2])
    let path = try scratch.write("bundle.xml", bundle)

    let (records, diagnostics, summary) = PatentReader().records([path])
    #expect(records.count == 2)
    #expect(records.map(\.source.index) == [0, 2])
    #expect(summary.failedDocuments == 1)
    let error = try #require(diagnostics.first { $0.severity == .error })
    #expect(error.file == path)
    #expect(error.documentIndex == 1)
    let line = try #require(error.line)
    let expectedLine = Scratch.line(of: middleStart + damageAt, in: bundle)
    #expect(abs(line - expectedLine) <= 1, "reported line \(line), damage at line \(expectedLine)")
    #expect(error.description.hasPrefix("\(path):\(line):"))
  }

  @Test("an external entity is never read; the document is still read")
  func externalEntityNotResolved() throws {
    let scratch = try Scratch()
    let secret = try scratch.write("secret.txt", Data("TOP-SECRET-CONTENT".utf8))
    var text = try Self.grant(internalSubset: "<!ENTITY xxe SYSTEM \"file://\(secret)\">")
    let title = try #require(text.range(of: "<invention-title"))
    let titleEnd = try #require(text.range(of: ">", range: title.upperBound..<text.endIndex))
    text.insert(contentsOf: "&xxe;", at: titleEnd.upperBound)
    let path = try scratch.write("xxe.xml", Data(text.utf8))
    let (records, _, summary) = PatentReader().records([path])
    #expect(summary.failedDocuments == 0)
    let record = try #require(records.first)
    #expect(!(record.titles.first?.text.contains("TOP-SECRET") ?? true))
  }

  @Test("entity expansion bombs are not expanded")
  func billionLaughs() throws {
    let scratch = try Scratch()
    var declarations = "<!ENTITY l0 \"lol\">"
    for i in 1...30 { declarations += "<!ENTITY l\(i) \"" + String(repeating: "&l\(i - 1);", count: 10) + "\">" }
    var text = try Self.grant(internalSubset: declarations)
    let title = try #require(text.range(of: "<invention-title"))
    let titleEnd = try #require(text.range(of: ">", range: title.upperBound..<text.endIndex))
    text.insert(contentsOf: "&l30;", at: titleEnd.upperBound)
    let path = try scratch.write("bomb.xml", Data(text.utf8))
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      let (records, _, _) = PatentReader().records([path])
      let record = try #require(records.first)
      #expect((record.titles.first?.text.count ?? 0) < 1_000)
    }
    #expect(elapsed < .seconds(10))
  }

  /// A real grant whose DOCTYPE gets the given internal subset.
  static func grant(internalSubset: String) throws -> String {
    var text = try String(contentsOfFile: Corpus.path("uspto-grant-v4/gouspto_v4-5-B1.xml"), encoding: .utf8)
    let start = try #require(text.range(of: "<!DOCTYPE"))
    let end = try #require(text.range(of: ">", range: start.upperBound..<text.endIndex))
    text.replaceSubrange(
      start.lowerBound..<end.upperBound,
      with: "<!DOCTYPE us-patent-grant SYSTEM \"us-patent-grant-v45-2014-04-03.dtd\" [ \(internalSubset) ]>")
    return text
  }

  @Test("a file that is not a patent document is reported, naming the supported formats")
  func notAPatent() throws {
    let scratch = try Scratch()
    let path = try scratch.write("page.xml", Data("<?xml version=\"1.0\"?>\n<html><body>hi</body></html>\n".utf8))
    let (records, diagnostics, summary) = PatentReader().records([path])
    #expect(records.isEmpty)
    #expect(summary.failedDocuments == 1)
    #expect(diagnostics.first?.message.contains("not a supported patent format") == true)
    #expect(diagnostics.first?.message.contains("us-patent-grant") == true)
  }

  @Test("empty and missing files are reported, not fatal")
  func emptyAndMissing() throws {
    let scratch = try Scratch()
    let empty = try scratch.write("empty.xml", Data())
    let (records, diagnostics, summary) = PatentReader().records(
      [empty, scratch.url.appendingPathComponent("missing.xml").path, Corpus.path("uspto-grant-v4/pv_2009_1.xml")])
    #expect(records.count == 1)
    #expect(summary.unreadableFiles == 1)
    #expect(diagnostics.count == 2)
  }
}
