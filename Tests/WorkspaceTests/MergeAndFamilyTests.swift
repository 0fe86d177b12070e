import Foundation
import GRDB
import PatentModel
import PatentXML
import Testing
import Workspace

@Suite("Merging and families")
struct MergeAndFamilyTests {
  /// Publications that the corpora hold in two sources, and those sources.
  @Test(arguments: [
    ("US 20210049351 A1", ["uspto-app-v4", "wipo-st96"]),
    ("US 9291047 B2", ["ops"]),
    ("CN 104968889 A", ["ops"]),
  ])
  func samePublicationIsOnePatent(_ publication: String, _ formats: [String]) throws {
    let (patents, sources, sourceFormats) = try TestWorkspace.query(TestWorkspace.allSQLite) { db in
      (
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM patents WHERE publication = ?", arguments: [publication]),
        try Int.fetchOne(
          db,
          sql: "SELECT COUNT(*) FROM patent_sources ps JOIN patents p ON p.id = ps.patent_id WHERE p.publication = ?",
          arguments: [publication]),
        try String.fetchAll(
          db,
          sql:
            "SELECT DISTINCT format FROM patent_sources ps JOIN patents p ON p.id = ps.patent_id WHERE p.publication = ? ORDER BY format",
          arguments: [publication])
      )
    }
    #expect(patents == 1)
    #expect((sources ?? 0) >= 2)
    #expect(sourceFormats == formats)
  }

  @Test("the OPS family member record is enriched by the biblio record of the same US grant")
  func familyMemberEnrichedByBiblio() throws {
    let member = try #require(
      TestWorkspace.query(TestWorkspace.allSQLite) { db in
        try Row.fetchOne(
          db,
          sql: """
            SELECT (SELECT COUNT(*) FROM texts t WHERE t.patent_id = p.id AND t.type = 'title'),
                   (SELECT COUNT(*) FROM citations c WHERE c.patent_id = p.id),
                   (SELECT COUNT(*) FROM parties a WHERE a.patent_id = p.id AND a.role = 'applicant'),
                   p.docdb_family
            FROM patents p WHERE p.publication = 'US 9291047 B2'
            """)
      })
    // The family response carries no title or citations for US 9291047 B2; its biblio response does.
    let biblio = try #require(
      PatentReader().records([
        TestWorkspace.path("ops/pclient_published-data_publication_docdb_US.9291047.B2_biblio.xml")
      ])
      .records.first)
    #expect(member[0] as Int >= 1)
    #expect(member[1] as Int == Set(biblio.citations.map { "\($0.document.normalized)|\($0.phase ?? "")" }).count)
    #expect(member[2] as Int >= 1)
    #expect(member[3] as String? == "50474376")
  }

  /// Each OPS family response lists its members; priority-based grouping (DOCDB ids ignored) must find the
  /// same members in one extended family.
  @Test(arguments: [
    "ops/epoops_get_family.xml", "ops/epoops_get_family_with_legal.xml",
    "ops/pclient_family_publication_docdb_EP.2906782.A2_.xml",
  ])
  func familiesFromPrioritiesMatchOPSMembers(_ file: String) throws {
    let members = Set(PatentReader().records([TestWorkspace.path(file)]).records.map(\.publication.normalized))
    try #require(members.count >= 3)
    let workspace = try TestWorkspace.empty()
    _ = try workspace.ingest([TestWorkspace.corpora.path], jobs: 2, progress: nil)
    try DatabaseQueue(path: workspace.path).write { db in
      try db.execute(
        sql: "UPDATE patents SET docdb_family = NULL; UPDATE meta SET value = '1' WHERE key = 'derived_stale'")
    }
    #expect(try workspace.rebuildDerivedIfStale())
    let grouped = try TestWorkspace.query(workspace) { db in
      let families = try Int64.fetchAll(
        db,
        sql:
          "SELECT DISTINCT extended_family FROM patents WHERE publication IN (\(members.map { "'\($0)'" }.joined(separator: ",")))"
      )
      return (
        families,
        Set(
          try String.fetchAll(
            db, sql: "SELECT publication FROM patents WHERE extended_family = ?", arguments: [families.first ?? -1]))
      )
    }
    #expect(grouped.0.count == 1)
    #expect(grouped.1 == members)
  }

  @Test("an invention's offices come from its family")
  func familyOffices() throws {
    let offices = try TestWorkspace.query(TestWorkspace.allSQLite) { db in
      try String.fetchOne(
        db,
        sql: """
          SELECT group_concat(DISTINCT pub_country) FROM (SELECT pub_country FROM patents WHERE extended_family =
            (SELECT extended_family FROM patents WHERE publication = 'EP 2906782 A2') ORDER BY pub_country)
          """)
    }
    #expect(offices == "CA,CN,EP,RU,US,WO")
  }

  @Test("priority keys agree across DOCDB, EPODOC and PCT notations")
  func priorityKeys() {
    #expect(PriorityKey.make(country: "EP", number: "10167109", year: 2010, isPCT: false) == "EP2010-167109")
    #expect(PriorityKey.make(country: "", number: "EP20100167109", year: 2010, isPCT: false) == "EP2010-167109")
    #expect(PriorityKey.make(country: "US", number: "2013064552", year: 2013, isPCT: true) == "WO-US2013-64552")
    #expect(PriorityKey.make(country: "", number: "WO2013US64552", year: 2013, isPCT: false) == "WO-US2013-64552")
    #expect(PriorityKey.make(country: "", number: "US201261713164P", year: 2012, isPCT: false) == "US2012-61713164")
    #expect(PriorityKey.make(country: "US", number: "201261713164", year: 2012, isPCT: false) == "US2012-61713164")
    #expect(PriorityKey.make(country: "NL", number: "1010536", year: 1998, isPCT: false) == "NL1998-1010536")
    #expect(PriorityKey.make(country: "", number: "NL19981010536", year: 1998, isPCT: false) == "NL1998-1010536")
  }
}
