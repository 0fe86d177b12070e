/// Market-concentration measures over counts per holder (applicants, countries…), with how they were computed.
public struct Concentration: Sendable, Equatable, Codable {
  /// Total count the shares are taken of.
  public let total: Int
  /// Number of holders with a non-zero count.
  public let holders: Int
  /// Share of the largest 4 holders (0–1).
  public let cr4: Double
  /// Share of the largest 8 holders (0–1).
  public let cr8: Double
  /// Herfindahl–Hirschman index on the 0–10,000 scale: Σ (100 · share)².
  public let hhi: Double
  /// How the figures were computed, for reports.
  public let formula: String

  /// Computes the measures from counts (order does not matter; zeros are ignored). O(n log n).
  public init(counts: [Int]) {
    let positive = counts.filter { $0 > 0 }.sorted(by: >)
    let total = positive.reduce(0, +)
    self.total = total
    holders = positive.count
    func share(_ top: Int) -> Double {
      total == 0 ? 0 : Double(positive.prefix(top).reduce(0, +)) / Double(total)
    }
    cr4 = share(4)
    cr8 = share(8)
    hhi = total == 0 ? 0 : positive.reduce(0) { $0 + pow2(100 * Double($1) / Double(total)) }
    formula =
      "share_i = count_i / total; CR4 = Σ of the 4 largest shares; CR8 likewise; HHI = Σ (100·share_i)² "
      + "(0–10,000; above 2,500 counts as highly concentrated, as in the US merger guidelines)"
  }
}

private func pow2(_ x: Double) -> Double { x * x }
