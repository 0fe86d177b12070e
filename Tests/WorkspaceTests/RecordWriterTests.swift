import GRDB
import PatentModel
import PatentXML
import Testing
import Workspace

/// The writer buffers records and inserts each child table's rows up to 32 per statement; these check that every
/// parsed fact still lands under its own patent. (Batches of more than 64 records, the flush on a full batch, are
/// covered by the generator's demo corpus, whose ingested counts must equal the generator's manifest.)
@Suite("Record writer")
struct RecordWriterTests {
  /// Each publication's facts, as `key` makes them, from the parsed records (merged publications unite theirs).
  private static func parsed(_ key: (PatentRecord) -> [String]) -> [String: Set<String>] {
    var facts: [String: Set<String>] = [:]
    for record in PatentReader().records([TestWorkspace.corpora.path]).records {
      facts[record.publication.normalized, default: []].formUnion(key(record))
    }
    return facts.filter { !$0.value.isEmpty }
  }

  /// Each publication's facts in the shared workspace: `sql` selects the publication, then the fact.
  private static func stored(_ sql: String) throws -> [String: Set<String>] {
    let rows = try TestWorkspace.query(TestWorkspace.allSQLite) { db in try Row.fetchAll(db, sql: sql) }
    var facts: [String: Set<String>] = [:]
    for row in rows { facts[row[0] as String, default: []].insert(row[1] as String) }
    return facts
  }

  @Test("every parsed citation is stored under its patent, in records of up to 296 citations (ten statements)")
  func citations() throws {
    let expected = Self.parsed { r in
      r.citations.map { "\($0.document.country) \($0.document.number) \($0.document.kind)" }
    }
    let most = PatentReader().records([TestWorkspace.corpora.path]).records.map(\.citations.count).max() ?? 0
    try #require(most > 32)  // the multi-statement path runs
    let actual = try Self.stored(
      """
      SELECT p.publication, c.cited_country || ' ' || c.cited_number || ' ' || c.cited_kind
      FROM citations c JOIN patents p ON p.id = c.patent_id
      """)
    #expect(actual == expected)
  }

  @Test("every publication keeps a parsed title in each language it has one in, and every parsed legal event")
  func titlesAndEvents() throws {
    let titles = Self.parsed { r in r.titles.map { "\($0.lang) \($0.text)" } }
    let storedTitles = try Self.stored(
      "SELECT p.publication, t.lang || ' ' || t.text FROM texts t JOIN patents p ON p.id = t.patent_id WHERE t.type = 'title'"
    )
    // One title per language is kept (the better source's), and it is one of those parsed.
    let language = { (title: String) in String(title.prefix { $0 != " " }) }
    #expect(storedTitles.mapValues { Set($0.map(language)) } == titles.mapValues { Set($0.map(language)) })
    for (publication, stored) in storedTitles {
      #expect(stored.isSubset(of: titles[publication] ?? []), "\(publication)")
    }
    let events = Self.parsed { r in r.legalEvents.map { "\($0.code) \($0.date?.description ?? "")" } }
    let storedEvents = try Self.stored(
      "SELECT p.publication, e.code || ' ' || e.date FROM legal_events e JOIN patents p ON p.id = e.patent_id")
    #expect(!events.isEmpty)
    #expect(storedEvents == events)
  }
}
