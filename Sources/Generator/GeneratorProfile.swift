import Foundation

/// What a generated corpus looks like: its technologies, regions, applicant mix and filing behaviour.
public struct GeneratorProfile: Sendable {
  /// How filings in a technology grow over the years.
  public enum Trend: String, Sendable {
    /// Filings grow about 25 % a year.
    case emerging
    /// Filings grow about 5 % a year.
    case mature
    /// Filings shrink about 8 % a year.
    case declining

    /// Relative filing weight of `year` (0 = first year of the profile).
    func weight(yearIndex: Int) -> Double {
      switch self {
      case .emerging: pow(1.25, Double(yearIndex))
      case .mature: pow(1.05, Double(yearIndex))
      case .declining: pow(0.92, Double(yearIndex))
      }
    }
  }

  /// One technology (an industry-chain segment) with its real IPC symbols.
  public struct Technology: Sendable {
    /// Segment name in Chinese (`正极材料`).
    public let segmentZH: String
    /// Segment name in English.
    public let segmentEN: String
    /// Printed IPC symbols of the segment; the first is the most common.
    public let symbols: [String]
    /// Share of filings.
    public let weight: Double
    /// Growth over time.
    public let trend: Trend
    /// Weight of this technology for applicants of the profile's target region (demo strengths and gaps).
    public let targetRegionWeight: Double

    /// Creates a technology.
    public init(
      segmentZH: String, segmentEN: String, symbols: [String], weight: Double, trend: Trend,
      targetRegionWeight: Double
    ) {
      self.segmentZH = segmentZH
      self.segmentEN = segmentEN
      self.symbols = symbols
      self.weight = weight
      self.trend = trend
      self.targetRegionWeight = targetRegionWeight
    }
  }

  /// A Chinese city applicants come from.
  public struct Region: Sendable {
    /// Province name (`江苏省`).
    public let province: String
    /// City name (`常州市`).
    public let city: String
    /// GB/T 2260 city code (`320400`).
    public let divisionCode: String
    /// Share of Chinese applicants.
    public let weight: Double
  }

  /// Profile name (`demo`, `scale`).
  public let name: String
  /// Technologies.
  public let technologies: [Technology]
  /// Chinese regions; the first is the target region of a demo.
  public let regions: [Region]
  /// Foreign applicant countries and their shares of applicants (the rest are Chinese).
  public let foreignCountries: [(code: String, share: Double)]
  /// First and last filing year.
  public let years: ClosedRange<Int>
  /// Shares of Chinese applicants that are universities, institutes and individuals (the rest companies).
  public let universityShare: Double, instituteShare: Double, individualShare: Double
  /// Probability that a family of an ordinary applicant is filed abroad at all.
  public let overseasRate: Double
  /// The same for applicants of the target region (demo: low, to plant an overseas gap).
  public let targetRegionOverseasRate: Double
  /// Offices a family filed abroad goes to, with probabilities.
  public let overseasOffices: [(code: String, rate: Double)]
  /// Number of planted core families (highly cited, owned by the first foreign applicant).
  public let coreFamilies: Int

  /// Creates a profile (the built-in ones are `demo` and `scale`).
  public init(
    name: String, technologies: [Technology], regions: [Region], foreignCountries: [(code: String, share: Double)],
    years: ClosedRange<Int>, universityShare: Double, instituteShare: Double, individualShare: Double,
    overseasRate: Double, targetRegionOverseasRate: Double, overseasOffices: [(code: String, rate: Double)],
    coreFamilies: Int
  ) {
    self.name = name
    self.technologies = technologies
    self.regions = regions
    self.foreignCountries = foreignCountries
    self.years = years
    self.universityShare = universityShare
    self.instituteShare = instituteShare
    self.individualShare = individualShare
    self.overseasRate = overseasRate
    self.targetRegionOverseasRate = targetRegionOverseasRate
    self.overseasOffices = overseasOffices
    self.coreFamilies = coreFamilies
  }

  /// The named profile, or `nil`.
  public static func named(_ name: String) -> GeneratorProfile? {
    switch name {
    case "demo": .demo
    case "scale": .scale
    default: nil
    }
  }

  /// Names of the built-in profiles.
  public static let names = ["demo", "scale"]
}
