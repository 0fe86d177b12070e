import PatentCorpus

/// Industry chain ↔ patent layout matching (产业链与专利布局匹配度): tags a corpus to a chain's segments,
/// places a subject (region, entity list) against a reference population per segment (shares, RTA, control,
/// concentration, growth), positions each segment, names candidates, and compares the patent structure with an
/// industry structure when one is given. A pure function of (corpus, chain, keyword hits, parameters).
public enum ChainAnalysis {
  /// The knobs, all reported in the result.
  public struct Parameters: Sendable, Codable, Equatable {
    /// The subject (region).
    public var subject: SubjectSpec = .all
    /// The reference population (`all`: the whole selection).
    public var reference: SubjectSpec = .all
    /// Also match CPC symbols against the IPC patterns.
    public var useCPC = false
    /// The date the corpus was cut at (`YYYY-MM-DD`: documents published by then), stated in the result; empty
    /// when the caller did not say.
    public var asOf = ""
    /// Holders listed per segment.
    public var topHolders = 10
    /// Candidates listed per kind and segment.
    public var candidates = 10
    /// n of CR-n.
    public var concentrationN = 4
    /// Growth window in years.
    public var growthWindow = 5
    /// Last year of the recent window; `nil`: the latest first-filing year in the selection minus `publicationLag`.
    public var growthEndYear: Int?
    /// Years left out at the end for publication lag (applications publish about 18 months after filing).
    public var publicationLag = 1
    /// Share of a segment's families (by forward citations) taken as its core, when no core set is given.
    public var coreShare = 0.1
    /// Positioning thresholds.
    public var thresholds = PositionThresholds()
    /// Evidence publications listed per holder.
    public var evidence = 3

    /// The defaults.
    public init() {}
  }

  /// The analysis.
  public struct Result: Sendable, Codable, Equatable {
    /// Parameters used.
    public let parameters: Parameters
    /// The chain: id, names, sources and as-of date.
    public let chain: ChainSummary
    /// Tagging coverage.
    public let tagging: TaggingSummary
    /// N_R: the subject's families in any segment.
    public let subjectFamilies: Int
    /// N_N: the reference's families in any segment.
    public let referenceFamilies: Int
    /// The growth windows used (recent and previous, inclusive years).
    public let recentYears: [Int], previousYears: [Int]
    /// Per segment, in chain order (parents before children).
    public let segments: [SegmentMetrics]
    /// Structure comparison, with an industry structure.
    public let structure: StructureComparison?
    /// How each figure was computed.
    public let method: [String: String]
    /// How the core families were chosen.
    public let coreMethod: String
  }

  /// Runs the analysis. `coreFamilies` (extended-family ids of the corpus) replaces the citation-based proxy
  /// when core-patent scores exist. O(patents × segments / 64 + families × segments + holders log holders).
  public static func run(
    _ corpus: Corpus, chain: ChainDefinition, keywordHits: KeywordHits, industry: IndustryStructure? = nil,
    coreFamilies: Set<Int32>? = nil, parameters: Parameters = Parameters()
  ) -> Result {
    analyze(
      corpus, chain: chain, keywordHits: keywordHits, industry: industry, coreFamilies: coreFamilies,
      parameters: parameters
    ).result
  }

  /// Runs the analysis and also returns the tagging behind it (for the per-patent segment table).
  public static func analyze(
    _ corpus: Corpus, chain: ChainDefinition, keywordHits: KeywordHits, industry: IndustryStructure?,
    coreFamilies: Set<Int32>?, parameters: Parameters
  ) -> (result: Result, tagging: ChainTagging) {
    let tagging = ChainTagging(chain: chain, corpus: corpus, keywordHits: keywordHits, useCPC: parameters.useCPC)
    let subjectEntities = parameters.subject.members(of: corpus)
    let referenceEntities = parameters.reference.members(of: corpus)
    let table = FamilyTable(
      corpus: corpus, tagging: tagging, subjectEntities: subjectEntities, referenceEntities: referenceEntities)
    let lastYear = (0..<table.count).filter { table.isTagged($0) }.map { table.year[$0] }.max() ?? 0
    let end = parameters.growthEndYear ?? (lastYear - parameters.publicationLag)
    let window = max(1, parameters.growthWindow)
    let recent = (end - window + 1)...end
    let previous = (end - 2 * window + 1)...(end - window)
    let aggregator = SegmentAggregator(
      corpus: corpus, chain: chain, table: table, subjectEntities: subjectEntities, recent: recent,
      previous: previous, coreFamilies: coreFamilies, parameters: parameters)
    let industryIndices = industry.map { structure in
      Dictionary(zip(structure.rows.map(\.segment), structure.indices), uniquingKeysWith: { a, _ in a })
    }
    let segments = chain.segments.indices.map { k in
      aggregator.metrics(k, industryIndex: industryIndices?[k], patents: tagging.patentCounts[k])
    }
    let structure = industry.map {
      StructureComparison.compare(chain: chain, industry: $0, subjectFamilies: segments.map(\.subjectFamilies))
    }
    let taggedFamilies = (0..<table.count).filter { table.isTagged($0) }.count
    let result = Result(
      parameters: parameters, chain: ChainSummary(chain),
      tagging: TaggingSummary(
        patents: corpus.count, taggedPatents: corpus.count - tagging.untaggedPatents,
        untaggedPatents: tagging.untaggedPatents,
        untaggedShare: corpus.count > 0 ? Double(tagging.untaggedPatents) / Double(corpus.count) : 0,
        families: table.count, taggedFamilies: taggedFamilies,
        keywordOnlyPatents: Dictionary(
          zip(chain.segments.map(\.id), tagging.keywordOnlyCounts).filter { $0.1 > 0 }, uniquingKeysWith: +),
        method: taggingMethod),
      subjectFamilies: aggregator.subjectTotal, referenceFamilies: aggregator.referenceTotal,
      recentYears: Array(recent), previousYears: Array(previous), segments: segments, structure: structure,
      method: method(parameters), coreMethod: aggregator.coreMethod)
    return (result, tagging)
  }

  static let taggingMethod =
    "A patent is in a segment when one of its IPC symbols matches one of the segment's patterns and none of its "
    + "exclusions (prefix patterns match every symbol below them; full symbols match exactly; `*` truncates), and, "
    + "if the segment lists require_keywords, its title or abstract contains one of them; or when its title or "
    + "abstract contains one of the segment's keywords. A patent in a segment is also in the segment's ancestors; "
    + "a patent may be in several segments."

  static func method(_ p: Parameters) -> [String: String] {
    [
      "unit":
        "Extended families (INPADOC-style, built at ingest). A family is in a segment when any member is, in the "
        + "subject (reference) when any member has an applicant in it; its year is its earliest member filing year.",
      "subject": "Subject: \(p.subject). Reference: \(p.reference). A patent belongs when any of its applicants does.",
      "share": "s_R,k = n_R,k / N_R and s_N,k = n_N,k / N_N, where N is the number of families in any segment.",
      "gap": "share gap = s_R,k − s_N,k (share points).",
      "rta":
        "RTA (location quotient) = s_R,k / s_N,k (> 1: the subject specializes in the segment); symmetric RTA = "
        + "(RTA − 1)/(RTA + 1) in [−1, 1].",
      "control":
        "专利控制力 = n_R,k / n_k, n_k the segment's families held by the subject or the reference; core control = the "
        + "subject's share of the segment's core families.",
      "concentration":
        "CR-\(p.concentrationN) = families held by any of the \(p.concentrationN) largest holders / n_k.",
      "growth":
        "growth = families first filed in the recent \(p.growthWindow) years / those in the \(p.growthWindow) years "
        + "before − 1; relative = (1 + subject growth)/(1 + reference growth). The window ends \(p.publicationLag) "
        + "year(s) before the latest filing year unless set, because recent applications are not yet published.",
      "position":
        "Level by RTA: absent (no subject family), weak < \(p.thresholds.weakBelow) ≤ average < "
        + "\(p.thresholds.strongFrom) ≤ strong. With an industry structure: industry-strong when the industry index "
        + "≥ \(p.thresholds.quadrantIndustry), patent-strong when RTA ≥ \(p.thresholds.quadrantRTA); matched (巩固), "
        + "industry ahead (补链/布局), patents ahead (转化/招商), both weak (培育). When the subject holds fewer than "
        + "\(p.thresholds.minimumSubject) families in the chain's segments, or the reference fewer than "
        + "\(p.thresholds.minimumReference), every non-empty segment reads insufficient evidence (证据不足), with no "
        + "level, quadrant or advice.",
      "candidates":
        "attract: companies outside the subject by segment families; cultivate: the subject's companies; partners: "
        + "universities and institutes, the subject's first. Evidence: each holder's most-cited families.",
      "inventors":
        "人才: the segment's inventors by families (identified by normalized name, so namesakes merge); local = on a "
        + "family of the subject; affiliation = the applicant on most of their families in the segment.",
    ]
  }
}

/// The chain as the result cites it.
public struct ChainSummary: Sendable, Codable, Equatable {
  /// Chain id.
  public let id: String
  /// Names.
  public let nameZH: String, nameEN: String
  /// Sources of the definition.
  public let sources: [String]
  /// As-of date of the definition.
  public let asOf: String

  init(_ chain: ChainDefinition) {
    id = chain.id
    nameZH = chain.name.zh
    nameEN = chain.name.en
    sources = chain.sources
    asOf = chain.asOf
  }
}

/// How much of the selection the chain covers.
public struct TaggingSummary: Sendable, Codable, Equatable {
  /// Patents in the selection.
  public let patents: Int
  /// Patents in at least one segment.
  public let taggedPatents: Int
  /// Patents in no segment.
  public let untaggedPatents: Int
  /// untagged / patents.
  public let untaggedShare: Double
  /// Extended families in the selection.
  public let families: Int
  /// Families in at least one segment.
  public let taggedFamilies: Int
  /// Per segment id, patents tagged by keywords alone (no IPC match).
  public let keywordOnlyPatents: [String: Int]
  /// The tagging rule.
  public let method: String
}
