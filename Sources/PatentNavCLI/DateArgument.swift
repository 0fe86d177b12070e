import ArgumentParser
import Foundation

/// Dates on the command line.
enum DateArgument {
  /// `2026-11-21` → 20261121; `nil` → today (UTC).
  static func date(_ text: String?) throws -> Int32 {
    guard let text else {
      let parts = Calendar(identifier: .gregorian).dateComponents(
        in: TimeZone(identifier: "UTC") ?? .current, from: Date())
      return Int32((parts.year ?? 2000) * 10_000 + (parts.month ?? 1) * 100 + (parts.day ?? 1))
    }
    let digits = text.split(separator: "-").compactMap { Int($0) }
    guard digits.count == 3, (1...12).contains(digits[1]), (1...31).contains(digits[2]) else {
      throw ValidationError("--as-of \(text): expected YYYY-MM-DD")
    }
    return Int32(digits[0] * 10_000 + digits[1] * 100 + digits[2])
  }
}
