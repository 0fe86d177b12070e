import Applicants
import ReferenceData

/// Links each applicant's Latin-script entity to its Chinese-script one (杭州通亿电新能源科技有限公司 at CNIPA,
/// TONGYIDIAN NEW ENERGY TECHNOLOGY CO., LTD. at the USPTO and EPO), from the corpus alone, and merges them.
///
/// **Evidence.** *Co-membership*: the two file on different members of one extended family (an application and
/// the foreign filings claiming its priority) and never on the same document (an applicant is never linked to its
/// own co-applicant). *Transliteration*: the distinctive part of the Latin name (generic words such as CO, LTD,
/// NEW, ENERGY, TECHNOLOGY, UNIVERSITY, INSTITUTE OF… removed) is the pinyin of a run of characters of the
/// Chinese name (any reading of each character, `hanzi-pinyin.tsv`); a person's name may be in either order.
/// **Rule.** confidence 0.99 with transliteration and ≥ 1 shared family; 0.7 with ≥ 3 shared families that are
/// at least 80 % of the variant's, without transliteration (Japanese and Korean names: no Hepburn or Revised
/// Romanization table yet); 0.6 with transliteration and no shared family in a family of the corpus is never
/// reached (pairs are only formed within families); 0.5 with 2 shared families. Links of at least
/// ``mergeThreshold`` merge, those of at least ``reviewThreshold`` are listed for review. A variant in another
/// country than the canonical one (both known) is only listed for review. **Merging** (``Corpus/merging(_:)``)
/// is document by document: the variant's documents in the shared families take the canonical entity, so two
/// Chinese applicants with one English name (`PENGMING ENERGY STORAGE` for 深圳鹏明 and 宁德鹏明) each keep
/// their own foreign filings; the variant's other documents follow only when all its merged links lead to one
/// canonical entity.
///
/// Cost: O(patents × applicants) to pair within families, then O(distinct pairs × name²) for transliteration.
public struct EntityLinker: Sendable {
  /// Links at or above merge.
  public var mergeThreshold = 0.9
  /// Links at or above (and below merge) are listed for review.
  public var reviewThreshold = 0.5
  /// Latin variant keys (harmonized) the user keeps apart (alias lines `NAME<TAB>-`).
  public var rejected: Set<String> = []

  /// The defaults.
  public init() {}

  /// Words of Latin names that say what kind of organisation or industry, not which one.
  static let generic: Set<String> = [
    "CO", "LTD", "LIMITED", "INC", "CORP", "CORPORATION", "COMPANY", "GROUP", "HOLDINGS", "HOLDING", "TECHNOLOGY",
    "TECHNOLOGIES", "TECH", "NEW", "ENERGY", "MATERIAL", "MATERIALS", "ELECTRONICS", "ELECTRONIC", "ELECTRIC",
    "BATTERY", "BATTERIES", "POWER", "INTELLIGENT", "INSTITUTE", "OF", "THE", "UNIVERSITY", "CHINESE", "ACADEMY",
    "SCIENCES", "SCIENCE", "RESEARCH", "INDUSTRIAL", "INDUSTRY", "INDUSTRIES", "DEVELOPMENT", "EQUIPMENT",
    "AUTOMOTIVE", "MOTOR", "MOTORS", "MANUFACTURING", "AND", "CHINA", "NATIONAL", "STATE", "KEY", "LABORATORY",
    "SHARE", "SHARES", "STOCK", "JOINT", "SYSTEM", "SYSTEMS", "SCI", "TECHNICAL", "HOSPITAL", "DEVICE", "DEVICES",
    "AUTOMATION", "SEMICONDUCTOR", "OPTOELECTRONICS", "PHOTOELECTRIC", "VEHICLE", "VEHICLES", "ENGINEERING",
    "STORAGE", "CHEMICAL", "CHEMICALS", "PHARMACEUTICAL", "PHARMACEUTICALS", "BIOTECHNOLOGY", "MEDICAL",
    "INFORMATION", "COMMUNICATION", "COMMUNICATIONS", "NETWORK", "SOFTWARE", "DIGITAL", "SMART", "TRADING",
    "INTERNATIONAL", "ENTERPRISE", "ENTERPRISES", "NEWENERGY", "NEW-ENERGY", "PHOTOVOLTAIC", "SOLAR", "LITHIUM",
    "CELL", "CELLS", "DISPLAY", "OPTICAL", "MACHINERY", "MACHINE", "INSTRUMENT", "INSTRUMENTS", "METAL", "METALS",
    "CONSTRUCTION", "ENVIRONMENTAL", "AUTO", "PARTS", "COLLEGE", "SCHOOL", "NORMAL", "POLYTECHNIC",
  ]

  /// Links between the corpus's Latin- and Chinese-script entities, best first (by confidence, then shared
  /// families, then keys). Pairs below ``reviewThreshold`` are left out.
  public func links(in corpus: Corpus, pinyin: PinyinTable) -> [EntityLink] {
    let isCJK = corpus.entities.map { ApplicantName.containsCJK($0.name) }
    let families = corpus.extendedFamilyMembers()
    var shared: [UInt64: (families: Int, evidence: [String], documents: [Int32])] = [:]
    var familiesOf = [Int](repeating: 0, count: corpus.entities.count)
    var onDocument = Set<UInt64>()  // pairs that file together on one document: never linked
    var seen: [Int32] = []
    for f in 0..<families.count {
      let members = families[f]
      seen.removeAll(keepingCapacity: true)
      var chinese: [(entity: Int32, patent: Int32)] = []
      var latin: [(entity: Int32, patent: Int32)] = []
      for m in members {
        let row = corpus.applicants[Int(m)]
        for e in row {
          if !seen.contains(e) {
            seen.append(e)
            familiesOf[Int(e)] += 1
          }
          if isCJK[Int(e)] { chinese.append((e, m)) } else { latin.append((e, m)) }
        }
        for a in row where isCJK[Int(a)] {
          for b in row where !isCJK[Int(b)] { onDocument.insert(UInt64(UInt32(b)) << 32 | UInt64(UInt32(a))) }
        }
      }
      guard !chinese.isEmpty, !latin.isEmpty else { continue }
      var counted = Set<UInt64>()
      for l in latin {
        for c in chinese where c.patent != l.patent {
          let pair = UInt64(UInt32(l.entity)) << 32 | UInt64(UInt32(c.entity))
          var entry = shared[pair] ?? (0, [], [])
          if entry.documents.last != l.patent { entry.documents.append(l.patent) }
          if counted.insert(pair).inserted {
            entry.families += 1
            if entry.evidence.count < 3 {
              entry.evidence.append("\(corpus.publications[Int(c.patent)]) · \(corpus.publications[Int(l.patent)])")
            }
          }
          shared[pair] = entry
        }
      }
    }
    var candidates: [EntityLink] = []
    for (pair, entry) in shared where !onDocument.contains(pair) {
      let (l, c) = (Int(pair >> 32), Int(pair & 0xFFFF_FFFF))
      let (variant, canonical) = (corpus.entities[l], corpus.entities[c])
      let spelled = Self.transliteration(variant, canonical, pinyin: pinyin)
      var confidence = 0.0
      if !spelled.isEmpty {
        confidence = 0.99
      } else if entry.families >= 3 && Double(entry.families) >= 0.8 * Double(familiesOf[l]) {
        confidence = 0.7
      } else if entry.families >= 2 {
        confidence = 0.5
      }
      guard confidence >= reviewThreshold else { continue }
      let countries = (variant.location.country, canonical.location.country)
      let foreign = countries.0 != nil && countries.1 != nil && countries.0 != countries.1
      var decision: EntityLink.Decision = confidence >= mergeThreshold && !foreign ? .merged : .review
      if rejected.contains(variant.key) { decision = .rejected }
      candidates.append(
        EntityLink(
          variantKey: variant.key, variant: variant.name, canonicalKey: canonical.key, canonical: canonical.name,
          sharedFamilies: entry.families, variantFamilies: familiesOf[l], transliteration: !spelled.isEmpty,
          spelled: spelled, confidence: confidence, decision: decision, evidence: entry.evidence,
          documents: Array(Set(entry.documents)).sorted()))
    }
    candidates.sort {
      ($1.confidence, $1.sharedFamilies, $0.variantKey, $0.canonicalKey)
        < ($0.confidence, $0.sharedFamilies, $1.variantKey, $1.canonicalKey)
    }
    return candidates
  }

  /// The romanization of the Latin name's distinctive part when it spells a run of the Chinese name's
  /// characters (a person's name also in the reverse order); empty when it does not.
  static func transliteration(_ latin: CorpusEntity, _ chinese: CorpusEntity, pinyin: PinyinTable) -> String {
    let words = latin.name.uppercased().split { !$0.isLetter }.map(String.init)
    let distinctive = words.filter { !generic.contains($0) }
    guard !distinctive.isEmpty else { return "" }
    var keys = [PinyinTable.latinKey(distinctive.joined())]
    if distinctive.count <= 3 { keys.append(PinyinTable.latinKey(distinctive.reversed().joined())) }
    let characters = Array(chinese.name.filter { !$0.isWhitespace })
    for key in keys where key.count >= 2 {
      for start in characters.indices {
        for length in 2...max(2, min(8, characters.count - start)) where start + length <= characters.count {
          if pinyin.spells(key, String(characters[start..<start + length])) { return key }
        }
      }
    }
    return ""
  }
}
