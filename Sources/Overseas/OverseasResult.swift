import PatentCorpus

/// The overseas layout analysis as written to `overseas.json`.
public struct OverseasResult: Sendable, Codable, Equatable {
  /// Parameters used.
  public let parameters: OverseasParameters
  /// The subject's families (alive, pending or ended alike).
  public let subjectFamilies: Int
  /// The benchmark competitors and their families.
  public let competitors: [Competitor]
  /// Competitor families (held by a competitor and not by the subject).
  public let competitorFamilies: Int
  /// Per target country.
  public let countries: [CountryRow]
  /// Coverage per named set (`bri`, `rcep`, `asean`, the custom list).
  public let sets: [SetRow]
  /// Gap countries, by priority.
  public let gaps: [CountryRow]
  /// Open windows as of the date: family, country, route and deadline.
  public let windows: [Window]
  /// Per subject family: its coverage code per target country (`N` national, `R` regional with the state
  /// recorded, `?` regional with states unknown, empty none), in `countries` order.
  public let matrix: [FamilyRow]
  /// Coverage per technology segment (chain segment or cluster), when segments were given.
  public let segments: [SegmentRow]
  /// How each figure was computed.
  public let method: [String: String]

  /// Coverage of one technology segment: families and, per country anyone covers, subject and competitors.
  public struct SegmentRow: Sendable, Codable, Equatable {
    /// Segment label.
    public let segment: String
    /// Subject and competitor families in the segment.
    public let subjectFamilies: Int, competitorFamilies: Int
    /// Countries covered by the subject or the competitors in this segment.
    public let countries: [SegmentCountry]
  }

  /// One country of a segment.
  public struct SegmentCountry: Sendable, Codable, Equatable {
    /// Country code.
    public let code: String
    /// Subject and competitor families of the segment covering it.
    public let subject: Int, competitors: Int
  }

  /// A benchmark competitor.
  public struct Competitor: Sendable, Codable, Equatable {
    /// Harmonized name.
    public let name: String
    /// Its families in the selection.
    public let families: Int
  }

  /// One target country.
  public struct CountryRow: Sendable, Codable, Equatable {
    /// ISO code, names.
    public let code: String, nameEN: String, nameZH: String
    /// Treaty facts.
    public let rcep: Bool, beltAndRoad: Bool, pct: Bool
    /// The route a new filing would take, and its availability score (1 PCT national, 0.75 regional only,
    /// 0.5 direct Paris, 0.25 national without priority).
    public let route: String, routeScore: Double
    /// Subject families covering it, their share of the subject's families, and regional families whose states
    /// are unknown.
    public let subjectFamilies: Int, subjectShare: Double, subjectRegionalUnknown: Int
    /// Competitor families covering it and their share of the competitors' families.
    public let competitorFamilies: Int, competitorShare: Double
    /// Competitor families covering it first filed in the recent and the previous window.
    public let competitorRecent: Int, competitorPrevious: Int
    /// Whether it is a gap (competitors file, the subject does not or far less).
    public let gap: Bool
    /// Priority components (0–1): presence, growth, market, route; and the weighted score.
    public let presence: Double, growth: Double, market: Double, priority: Double
  }

  /// Coverage of one named set.
  public struct SetRow: Sendable, Codable, Equatable {
    /// `bri`, `rcep`, `asean` or `custom`.
    public let name: String
    /// Countries in the set that are targets.
    public let countries: Int
    /// Share of the subject's families covering at least one country of the set.
    public let familiesCovering: Double
    /// Mean over the set's countries of the subject's coverage share.
    public let meanCountryCoverage: Double
    /// The same two for the competitors.
    public let competitorFamiliesCovering: Double, competitorMeanCountryCoverage: Double
  }

  /// An open window to extend a family to a country.
  public struct Window: Sendable, Codable, Equatable {
    /// The family's representative publication.
    public let publication: String
    /// Its earliest priority date.
    public let priority: String
    /// The target country.
    public let country: String
    /// `paris` (12-month priority year) or `pct` (national or regional phase).
    public let basis: String
    /// What to file where.
    public let route: String
    /// The last day, `YYYY-MM-DD` (empty when no priority right applies).
    public let deadline: String
    /// Days left as of the analysis date.
    public let daysLeft: Int?
  }

  /// One subject family's coverage codes.
  public struct FamilyRow: Sendable, Codable, Equatable {
    /// Representative publication.
    public let publication: String
    /// Codes per target country.
    public let coverage: [String]
  }
}
