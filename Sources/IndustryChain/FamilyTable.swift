import PatentCorpus

/// The corpus folded to extended families for the chain analysis: a family is in a segment when any member is,
/// in the subject (or reference) when any member has an applicant there; its year is its members' earliest
/// filing year; its citations are its most-cited member's forward citations.
struct FamilyTable: Sendable {
  let count: Int
  let words: Int
  var bits: [UInt64]
  var subject: [Bool]
  var reference: [Bool]
  var year: [Int]
  var citations: [Int32]
  /// The most-cited member (ties: the smaller publication number), the family's evidence.
  var representative: [Int32]
  /// Applicant entities of all members, unique and sorted.
  var holders = RaggedArray<Int32>()
  /// Inventors (ids into `corpus.inventorNames`) of all members, unique and sorted.
  var inventors = RaggedArray<Int32>()

  /// Folds the tagged corpus. O(patents × (words + applicants)) plus a sort of the (family, entity) pairs.
  init(corpus: Corpus, tagging: ChainTagging, subjectEntities: [Bool], referenceEntities: [Bool]) {
    count = corpus.extendedFamilyCount
    words = tagging.words
    bits = Array(repeating: 0, count: count * words)
    subject = Array(repeating: false, count: count)
    reference = Array(repeating: false, count: count)
    year = Array(repeating: 0, count: count)
    citations = Array(repeating: -1, count: count)
    representative = Array(repeating: -1, count: count)
    var pairs: [UInt64] = []
    pairs.reserveCapacity(corpus.applicants.values.count)
    var inventorPairs: [UInt64] = []
    inventorPairs.reserveCapacity(corpus.inventors.values.count)
    for i in 0..<corpus.count {
      let f = Int(corpus.extendedFamilies[i])
      for w in 0..<words { bits[f * words + w] |= tagging.bits[i * words + w] }
      for entity in corpus.applicants[i] {
        if subjectEntities[Int(entity)] { subject[f] = true }
        if referenceEntities[Int(entity)] { reference[f] = true }
        pairs.append(UInt64(f) << 32 | UInt64(UInt32(entity)))
      }
      for inventor in corpus.inventors[i] { inventorPairs.append(UInt64(f) << 32 | UInt64(UInt32(inventor))) }
      let filed = corpus.filingYear(of: i)
      if filed > 0 && (year[f] == 0 || filed < year[f]) { year[f] = filed }
      let cites = corpus.forwardCitations[i]
      let current = Int(representative[f])
      if current < 0 || cites > citations[f]
        || (cites == citations[f] && corpus.publications[i] < corpus.publications[current])
      {
        citations[f] = cites
        representative[f] = Int32(i)
      }
    }
    holders = Self.rows(pairs, count: count)
    inventors = Self.rows(inventorPairs, count: count)
  }

  /// Sorted unique (family, value) pairs packed in 64 bits → one row of values per family.
  private static func rows(_ packed: [UInt64], count: Int) -> RaggedArray<Int32> {
    var pairs = packed
    pairs.sort()
    var result = RaggedArray<Int32>()
    var previous = UInt64.max
    var row: [Int32] = []
    var family = 0
    for pair in pairs where pair != previous {
      previous = pair
      let f = Int(pair >> 32)
      while family < f {
        result.append(row)
        row.removeAll(keepingCapacity: true)
        family += 1
      }
      row.append(Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF))
    }
    while family < count {
      result.append(row)
      row.removeAll(keepingCapacity: true)
      family += 1
    }
    return result
  }

  /// Whether family `f` is in segment `k`. O(1).
  func contains(_ f: Int, _ k: Int) -> Bool { bits[f * words + k / 64] & (1 << UInt64(k % 64)) != 0 }

  /// Whether family `f` is in any segment. O(words).
  func isTagged(_ f: Int) -> Bool { (0..<words).contains { bits[f * words + $0] != 0 } }
}
