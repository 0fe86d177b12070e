import Foundation
import PatentModel
import PatentXML
import Testing
import ZIPFoundation

/// Archives, directories and very large documents give the same records as the plain files.
@Suite("Input sources")
struct InputSourceTests {
  @Test("a gzip file reads like the plain file (truncated gzip is reported)")
  func gzip() throws {
    let scratch = try Scratch()
    let source = Corpus.path("uspto-grant-v4/ipg070102.small.xml")
    let gz = scratch.url.appendingPathComponent("ipg070102.xml.gz").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "gzip -c '\(source)' > '\(gz)'"]
    try process.run()
    process.waitUntilExit()
    let plain = PatentReader().records([source]).records
    let zipped = PatentReader().records([gz]).records
    #expect(zipped.count == 25)
    #expect(zipped.map(\.publication) == plain.map(\.publication))

    let whole = try Data(contentsOf: URL(fileURLWithPath: gz))
    let cut = try scratch.write("cut.xml.gz", whole.prefix(whole.count / 2))
    let (records, diagnostics, _) = PatentReader().records([cut])
    #expect(records.count < 25)
    #expect(diagnostics.contains { $0.message.contains("ends early") })
  }

  @Test("zip members are read in name order; nested archives are reported, not opened")
  func zip() throws {
    let scratch = try Scratch()
    let path = scratch.url.appendingPathComponent("bundle.zip")
    let archive = try Archive(url: path, accessMode: .create)
    try archive.addEntry(
      with: "b/ipg120327.two.xml", fileURL: URL(fileURLWithPath: Corpus.path("uspto-grant-v4/ipg120327.two.xml")))
    try archive.addEntry(
      with: "a/ps_cn_old1.xml", fileURL: URL(fileURLWithPath: Corpus.path("cnipa-legacy/ps_cn_old1.xml")))
    let inner = try scratch.write("inner.zip", Data([0x50, 0x4B, 0x03, 0x04]))
    try archive.addEntry(with: "c/inner.zip", fileURL: URL(fileURLWithPath: inner))
    let (records, diagnostics, _) = PatentReader().records([path.path])
    #expect(records.map(\.publication.country) == ["CN", "US", "US"])
    #expect(records.first?.source.file == "\(path.path)!a/ps_cn_old1.xml")
    #expect(diagnostics.contains { $0.message.contains("nested archive") })
  }

  @Test("directories are recursed in order; symlink loops and schema files are passed over")
  func directories() throws {
    let scratch = try Scratch()
    let data = try Data(contentsOf: URL(fileURLWithPath: Corpus.path("jpo/ps_jp_example1.xml")))
    try scratch.write("d/2.xml", data)
    try scratch.write("d/sub/1.xml", data)
    try scratch.write("d/schema.dtd", Data("<!ELEMENT x ANY>".utf8))
    try FileManager.default.createSymbolicLink(
      atPath: scratch.url.appendingPathComponent("d/sub/loop").path,
      withDestinationPath: scratch.url.appendingPathComponent("d").path)
    let (records, diagnostics, summary) = PatentReader().records([scratch.url.appendingPathComponent("d").path])
    #expect(records.count == 2)
    #expect(records.first?.source.file.hasSuffix("d/2.xml") == true)
    #expect(summary.skippedFiles == 1)
    #expect(diagnostics.contains { $0.message.contains("symlink loop") })
  }

  @Test(
    "a document too large to buffer is streamed with the same result",
    arguments: [
      "docdb/DE-backfile.xml", "uspto-grant-v4/ipg130416.small.xml", "kipris-api/kipris_patent_120060342061_1.xml",
    ])
  func streaming(_ file: String) {
    var small = PatentReader()
    small.largeDocumentBytes = 2048
    let streamed = small.records([Corpus.path(file)])
    let buffered = PatentReader().records([Corpus.path(file)])
    #expect(streamed.records == buffered.records)
    #expect(streamed.summary == buffered.summary)
  }
}
