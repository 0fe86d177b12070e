import Applicants

/// Precision and recall of cross-script links against a truth that lists, for documents written under a
/// Latin-script name, the Chinese name they belong to (the generator's `applicants-truth.tsv`).
public struct LinkQuality: Sendable, Equatable, Codable {
  /// Entity pairs (Latin key, Chinese key): merged and true / merged; merged and true / true pairs present.
  public var precision = 1.0, recall = 1.0
  /// Documents: rewritten to the true Chinese entity / rewritten; naming it after linking / documents in the truth.
  public var documentPrecision = 1.0, documentRecall = 1.0
  /// True pairs present in the corpus, merged pairs, documents of the truth in the corpus.
  public var pairs = 0, merged = 0, documents = 0
  /// Merged pairs that the truth does not list (`LATIN<TAB>中文`).
  public var falseMerges: [String] = []

  /// One line of the truth: the publication, the Chinese name it belongs to, the name as written.
  public typealias Truth = (publication: String, canonical: String, written: String)

  /// Measures `links` on `unlinked` (the corpus before merging). A person written `Liu Jie` in one source is
  /// `JIE LIU` in another (USPTO full texts put the given name first): both orders count as true when present.
  /// O(patents × applicants + truth).
  public static func measure(
    unlinked: Corpus, links: [EntityLink], truth: [Truth], harmonizer: ApplicantHarmonizer
  ) -> LinkQuality {
    let linked = unlinked.merging(links)
    var patentOf: [String: Int] = [:]
    for i in 0..<unlinked.count { patentOf[unlinked.publications[i]] = i }
    var truthPairs = Set<String>()
    var expected: [Int: String] = [:]
    for line in truth {
      guard let i = patentOf[line.publication] else { continue }
      let (zh, en) = (harmonizer.harmonize(line.canonical).key, harmonizer.harmonize(line.written).key)
      truthPairs.insert(en + "\t" + zh)
      let words = line.written.split(separator: " ")
      if words.count == 2, line.canonical.count <= 4 {
        truthPairs.insert(harmonizer.harmonize(words.reversed().joined(separator: " ")).key + "\t" + zh)
      }
      expected[i] = zh
    }
    let present = Set(unlinked.entities.map(\.key))
    truthPairs = truthPairs.filter { present.contains(String($0.prefix { $0 != "\t" })) }
    var q = LinkQuality()
    let mergedPairs = Set(links.filter { $0.decision == .merged }.map { $0.variantKey + "\t" + $0.canonicalKey })
    let right = mergedPairs.intersection(truthPairs)
    q.pairs = truthPairs.count
    q.merged = mergedPairs.count
    q.precision = mergedPairs.isEmpty ? 1 : Double(right.count) / Double(mergedPairs.count)
    q.recall = truthPairs.isEmpty ? 1 : Double(right.count) / Double(truthPairs.count)
    q.falseMerges = mergedPairs.subtracting(truthPairs).sorted()
    var rewritten = 0
    var rewrittenRight = 0
    var found = 0
    for i in 0..<linked.count {
      let before = Set(unlinked.applicants[i].map { unlinked.entities[Int($0)].key })
      let after = Set(linked.applicants[i].map { linked.entities[Int($0)].key })
      let hit = expected[i].map(after.contains) ?? false
      if hit { found += 1 }
      if before != after {
        rewritten += 1
        if hit { rewrittenRight += 1 }
      }
    }
    q.documents = expected.count
    q.documentRecall = expected.isEmpty ? 1 : Double(found) / Double(expected.count)
    q.documentPrecision = rewritten == 0 ? 1 : Double(rewrittenRight) / Double(rewritten)
    return q
  }

  /// Parses the truth file (`#` comments, three tab-separated columns).
  public static func truth(_ text: String) -> [Truth] {
    text.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return cells.count == 3 ? (cells[0], cells[1], cells[2]) : nil
    }
  }
}
