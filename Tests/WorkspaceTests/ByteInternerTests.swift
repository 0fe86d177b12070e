import Testing

@testable import Workspace

/// ``ByteInterner`` against a `Dictionary` of the same keys: every name, number and text of the real corpora
/// (CJK, Latin, digits, the empty string), interned twice, through several table growths.
@Suite("Byte interner")
struct ByteInternerTests {
  @Test("ids are dense, stable and agree with a dictionary")
  func agreesWithADictionary() {
    var keys: [String] = [""]
    for record in QueryTests.records {
      keys.append(record.publication.number)
      keys += record.titles.map(\.text)
      keys += record.parties.map(\.name)
      keys += record.citations.map(\.document.number)
    }
    var interner = ByteInterner()
    var reference: [String: Int32] = [:]
    for key in keys + keys {
      var bytes = Array(key.utf8)
      let id = bytes.withUnsafeMutableBufferPointer { interner.intern(UnsafeBufferPointer($0)) }
      let expected = reference[key] ?? Int32(reference.count)
      reference[key] = expected
      #expect(id == expected, "\(key)")
    }
    #expect(interner.count == reference.count)
    #expect(reference.count > 500)
    for (key, id) in reference {
      var bytes = Array(key.utf8)
      #expect(bytes.withUnsafeMutableBufferPointer { interner.find(UnsafeBufferPointer($0)) } == id)
      #expect(interner.withBytes(of: id) { String(decoding: $0, as: UTF8.self) } == key)
    }
    var absent = Array("not a key in any corpus".utf8)
    #expect(absent.withUnsafeMutableBufferPointer { interner.find(UnsafeBufferPointer($0)) } == nil)
  }
}
