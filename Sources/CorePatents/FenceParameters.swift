/// The knobs of the fence analysis, all reported with the result.
public struct FenceParameters: Sendable, Codable, Equatable {
  /// How the owner's core set is chosen.
  public enum CoreSet: Sendable, Codable, Equatable {
    /// The owner's N highest-scoring families.
    case top(Int)
    /// These publications' families.
    case publications([String])
  }

  /// The owner's core set.
  public var core: CoreSet = .top(10)
  /// Core families of the competitor (or, without one, of the area's other holders) to surround.
  public var surroundTop = 10
  /// Cells are IPC subgroups (`subgroup`), main groups (`main-group`) or the landscape's technology clusters
  /// (`cluster`, cell codes given by the caller).
  public var cellLevel = "subgroup"
  /// Years in the recent window (and in the window before it).
  public var window = 5
  /// Last year of the recent window; `nil`: the latest first-filing year minus one (publication lag).
  public var endYear: Int?
  /// Defensive: the owner's share of a cell at or below this counts as "few".
  public var maxOwnerShare = 0.1
  /// Defensive and encirclement: others' recent families needed.
  public var minRecent = 2
  /// Encirclement: the top competitor's share of the others' recent families in the cell.
  public var encirclementShare = 0.5
  /// Surrounding: the core holder's share of a cell at or below this counts as "few".
  public var maxHolderShare = 0.1
  /// Lapsed core: the score percentile a family needs (top 10 % by default).
  public var lapsedPercentile = 0.9
  /// Rows kept per list.
  public var top = 20
  /// Evidence publications per opportunity.
  public var evidence = 5

  /// The defaults.
  public init() {}
}
