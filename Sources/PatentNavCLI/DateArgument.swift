import ArgumentParser
import Foundation
import PatentModel

/// Dates on the command line.
enum DateArgument {
  /// `2026-11-21` → 20261121; `nil` → today (UTC).
  static func date(_ text: String?) throws -> Int32 {
    guard let text else {
      let parts = Calendar(identifier: .gregorian).dateComponents(
        in: TimeZone(identifier: "UTC") ?? .current, from: Date())
      return Int32((parts.year ?? 2000) * 10_000 + (parts.month ?? 1) * 100 + (parts.day ?? 1))
    }
    guard let date = DayNumber.parse(text) else { throw ValidationError("--as-of \(text): expected YYYY-MM-DD") }
    return date
  }
}
