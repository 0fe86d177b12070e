import Applicants
import PatentModel

/// One record's workspace rows, encoded on the parser threads so that the single SQLite writer only binds and
/// steps: every text value is a slice of one byte buffer (bound without a copy), integers are stored as they
/// are bound, and the ids only the writer knows (the patent's, the file's, an applicant's entity) are markers.
///
/// Three arrays per record instead of the record's dozens of strings and arrays, built and freed on the parser
/// threads; the writer's share of an ingest on fresh data is SQLite's own work. Row order and columns are
/// those of ``RecordWriter``'s statements, in the order the merge rules expect.
struct EncodedRecord: Sendable {
  /// The statement a row goes to.
  enum Table: Int, Sendable {
    case patent, source, text, classification, entity, party, citation, npl, priority, designation, event
  }

  /// A column value.
  enum Value: Sendable {
    case null
    case int(Int64)
    /// `count` bytes of ``text`` from `start`.
    case text(start: Int32, count: Int32)
    /// The id the patent row returned.
    case patentID
    /// The id of the entity row just before (NULL for a party that is not an applicant or assignee).
    case entityID
    /// The id of the file being committed.
    case fileID
  }

  /// A row: its statement and its values `values[first ..< first + count]`. An entity row's first value is
  /// the key's 64-bit hash (``StableID``), which the writer uses to cache entity ids and does not bind.
  struct Row: Sendable {
    let table: Table
    let first: Int32
    let count: Int32
  }

  /// The publication, for error messages.
  let publication: String
  /// Every text value, concatenated (UTF-8).
  private(set) var text: [UInt8] = []
  /// Every row's values, row after row.
  private(set) var values: [Value] = []
  /// The rows, in write order.
  private(set) var rows: [Row] = []

  /// Encodes `prepared` as the rows ``RecordWriter`` writes. O(size of the record).
  init(_ prepared: PreparedRecord) {
    let r = prepared.record
    let pub = r.publication
    let app = r.application
    let priority = prepared.earliestPriority
    publication = pub.normalized
    text.reserveCapacity(2048)
    values.reserveCapacity(128)
    rows.reserveCapacity(16)
    do {
      let row = values.count
      put(publication)
      put(pub.country)
      put(pub.number)
      put(pub.kind)
      put(r.kind.rawValue)
      put(pub.date?.description)
      put(pub.date?.year)
      put(app?.country)
      put(app?.number)
      put(app?.date?.description)
      put(app?.date?.year)
      put(prepared.applicationKey)
      put(priority?.description)
      put(priority?.year)
      put(r.familyID)
      put(r.claimsCount)
      put(r.statusText)
      put(prepared.rank)
      end(.patent, from: row)
    }
    do {
      let row = values.count
      put(Value.patentID)
      put(Value.fileID)
      put(r.source.file)
      put(r.source.index)
      put(r.source.record)
      put(r.source.format.rawValue)
      end(.source, from: row)
    }
    for (type, texts) in [("title", r.titles), ("abstract", r.abstracts)] {
      for t in texts {
        let row = values.count
        put(Value.patentID)
        put(type)
        put(t.lang)
        put(t.text)
        put(prepared.rank)
        end(.text, from: row)
      }
    }
    addClassifications(r)
    addParties(prepared)
    for c in r.citations {
      let d = c.document
      let row = values.count
      put(Value.patentID)
      put(d.country)
      put(d.number)
      put(d.kind)
      put(c.phase ?? "")
      put(d.date?.description)
      put(c.name)
      put(c.category)
      put(c.citedBy?.rawValue)
      end(.citation, from: row)
    }
    for c in r.nplCitations {
      let row = values.count
      put(Value.patentID)
      put(c.text)
      put(c.category)
      put(c.citedBy?.rawValue)
      put(c.phase)
      end(.npl, from: row)
    }
    for (claim, key) in zip(r.priorities, prepared.priorityKeys) {
      let row = values.count
      put(Value.patentID)
      put(key ?? "\(claim.country)?\(claim.number)")
      put(claim.country)
      put(claim.number)
      put(claim.date?.description)
      put(claim.isPCT)
      end(.priority, from: row)
    }
    for (type, states) in [
      ("designated", r.designatedStates), ("extension", r.extensionStates), ("validation", r.validationStates),
    ] {
      for state in states {
        let row = values.count
        put(Value.patentID)
        put(type)
        put(state)
        end(.designation, from: row)
      }
    }
    for (event, meaning) in zip(r.legalEvents, prepared.eventMeanings) {
      let row = values.count
      put(Value.patentID)
      put(event.date?.description ?? "")
      put(event.country ?? pub.country)
      put(event.code)
      put(event.description)
      put(event.influence)
      put(meaning.rawValue)
      put(event.newOwner)
      end(.event, from: row)
    }
  }

  private mutating func addClassifications(_ r: PatentRecord) {
    for (scheme, entries) in [("IPC", r.ipc), ("CPC", r.cpc)] {
      for (position, entry) in entries.enumerated() {
        let s = entry.symbol
        let row = values.count
        put(Value.patentID)
        put(scheme)
        putSymbol(s)
        put(entry.isInventive)
        put(entry.isFirst)
        put(position)
        put(entry.version?.description)
        end(.classification, from: row)
      }
    }
    for (position, entry) in r.nationalClassifications.enumerated() {
      let row = values.count
      put(Value.patentID)
      put(entry.scheme)
      put(entry.symbol)
      put(entry.symbol)
      for _ in 0..<7 { put(Value.null) }  // section … subgroup, is_inventive, is_first
      put(position)
      put(Value.null)
      end(.classification, from: row)
    }
  }

  private mutating func addParties(_ prepared: PreparedRecord) {
    for p in prepared.parties {
      let party = p.party
      let h = p.harmonized
      let isOwner = party.role == .applicant || party.role == .assignee
      if isOwner {
        let row = values.count
        put(StableID.of(h.key))
        put(h.key)
        put(h.displayName)
        put(h.type.rawValue)
        put(h.typeEvidence)
        put(h.aliased)
        end(.entity, from: row)
      }
      let row = values.count
      put(Value.patentID)
      put(party.role.rawValue)
      put(h.normalized)
      put(party.sequence)
      put(party.name)
      put(isOwner ? Value.entityID : Value.null)
      put(party.isPerson)
      put(p.location.country ?? party.country)
      put(party.address)
      put(party.city)
      put(party.state)
      put(party.postcode)
      put(p.location.province)
      put(p.location.provinceCode)
      put(p.location.city)
      put(party.typeHint)
      put(party.registrationNumber)
      end(.party, from: row)
    }
  }

  /// The symbol's columns `symbol`, `compact`, `section`, `class`, `subclass`, `main_group`, `subgroup`
  /// (`H01M 10/052`, `H01M10/052`, `H`, `H01`, `H01M`, `10`, `052`), written from its parts into the text buffer
  /// with no intermediate strings. The section and subclass are ASCII letters (the symbol checked them).
  private mutating func putSymbol(_ s: ClassificationSymbol) {
    let section = s.section.asciiValue ?? 0x3F
    let subclass = s.subclass.asciiValue ?? 0x3F
    func appending(_ body: (inout [UInt8]) -> Void) {
      let start = Int32(text.count)
      body(&text)
      values.append(.text(start: start, count: Int32(text.count) - start))
    }
    func subclassSymbol(_ out: inout [UInt8]) {
      out.append(section)
      out.append(contentsOf: s.classCode.utf8)
      out.append(subclass)
    }
    appending {
      subclassSymbol(&$0)
      $0.append(0x20)
      $0.append(contentsOf: s.mainGroup.utf8)
      $0.append(0x2F)
      $0.append(contentsOf: s.subgroup.utf8)
    }
    appending {
      subclassSymbol(&$0)
      $0.append(contentsOf: s.mainGroup.utf8)
      $0.append(0x2F)
      $0.append(contentsOf: s.subgroup.utf8)
    }
    appending { $0.append(section) }
    appending {
      $0.append(section)
      $0.append(contentsOf: s.classCode.utf8)
    }
    appending(subclassSymbol)
    appending { $0.append(contentsOf: s.mainGroup.utf8) }
    appending { $0.append(contentsOf: s.subgroup.utf8) }
  }

  /// Closes the row of `table` whose values start at `first`.
  private mutating func end(_ table: Table, from first: Int) {
    rows.append(Row(table: table, first: Int32(first), count: Int32(values.count - first)))
  }

  // One overload per column type (no generics: this runs for every column of every record).

  private mutating func put(_ value: String) {
    var value = value
    let start = Int32(text.count)
    value.withUTF8 { text.append(contentsOf: $0) }
    values.append(.text(start: start, count: Int32(text.count) - start))
  }

  private mutating func put(_ value: String?) {
    if let value { put(value) } else { values.append(.null) }
  }

  private mutating func put(_ value: Int?) {
    if let value { values.append(.int(Int64(value))) } else { values.append(.null) }
  }

  private mutating func put(_ value: Int64) { values.append(.int(value)) }

  private mutating func put(_ value: Bool?) {
    if let value { values.append(.int(value ? 1 : 0)) } else { values.append(.null) }
  }

  private mutating func put(_ value: Value) { values.append(value) }
}
