/// A deterministic random-number generator (xoshiro256**, seeded through SplitMix64), so the same seed gives
/// the same corpus on every machine and Swift version (the standard library's `random(in:using:)` algorithms
/// are not guaranteed stable, so the helpers below are written out).
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  /// Seeds the generator.
  public init(seed: UInt64) {
    var x = seed
    func splitMix() -> UInt64 {
      x &+= 0x9E37_79B9_7F4A_7C15
      var z = x
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (splitMix(), splitMix(), splitMix(), splitMix())
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = ((state.1 &* 5) << 7 | (state.1 &* 5) >> 57) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = state.3 << 45 | state.3 >> 19
    return result
  }

  /// A double in [0, 1).
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// An integer in `0..<bound` (bound > 0).
  public mutating func below(_ bound: Int) -> Int { Int(unit() * Double(bound)) }

  /// An integer in the closed range.
  public mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// An element of a non-empty array.
  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// An index drawn in proportion to `weights` (cumulative weights, ascending, last = total). O(log n).
  public mutating func weightedIndex(cumulative weights: [Double]) -> Int {
    guard let total = weights.last, total > 0 else { return 0 }
    let target = unit() * total
    var low = 0
    var high = weights.count - 1
    while low < high {
      let mid = (low + high) / 2
      if weights[mid] > target { high = mid } else { low = mid + 1 }
    }
    return low
  }
}

extension Array where Element == Double {
  /// Running sums, for ``SeededRandom/weightedIndex(cumulative:)``.
  func cumulative() -> [Double] {
    var sum = 0.0
    return map {
      sum += $0
      return sum
    }
  }
}
