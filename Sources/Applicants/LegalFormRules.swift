import PatentModel
import ReferenceData

/// The legal-form file compiled for matching: patterns in matching form, longest first, by position.
///
/// Patterns with brackets (`(주)`, `(中国)`, `(有限合伙)`) are matched literally on the normalized name, so that
/// a bracketed one-syllable form never strips a syllable of a name; the others on the token form, Latin ones at
/// word boundaries, CJK ones anywhere at the given end.
public struct LegalFormRules: Sendable {
  /// One compiled pattern. A class: the matching loops walk hundreds of rules per name, and iterating a class
  /// array retains one reference per rule where a struct's six fields were each copied and destroyed.
  final class Rule: Sendable {
    let pattern: String
    let replacement: String
    let action: String
    let sector: EntityType?
    let isLegalForm: Bool
    let isCJK: Bool

    init(
      pattern: String, replacement: String, action: String, sector: EntityType?, isLegalForm: Bool, isCJK: Bool
    ) {
      self.pattern = pattern
      self.replacement = replacement
      self.action = action
      self.sector = sector
      self.isLegalForm = isLegalForm
      self.isCJK = isCJK
    }
  }

  var literalStart: [Rule] = []
  var literalEnd: [Rule] = []
  var literalAnywhere: [Rule] = []
  var start: [Rule] = []
  var end: [Rule] = []
  /// `keep` rules: organisation words that type an entity but stay in the name.
  var markers: [Rule] = []

  /// Compiles the table.
  public init(table: LegalFormTable) {
    var seen = Set<String>()
    for row in table.rows {
      let normalized = ApplicantName.normalize(row.pattern)
      let bracketed = normalized.contains("(") || normalized.contains(")")
      let pattern = bracketed ? normalized : ApplicantName.tokens(normalized)
      guard !pattern.isEmpty, seen.insert("\(bracketed)|\(row.position)|\(pattern)").inserted else { continue }
      let rule = Rule(
        pattern: pattern, replacement: ApplicantName.tokens(ApplicantName.normalize(row.replacement)),
        action: row.action, sector: EntityType(sector: row.sector),
        isLegalForm: row.kind == "legal_form" || row.kind == "org_suffix", isCJK: ApplicantName.containsCJK(pattern))
      if row.action == "strip_legal_part" { continue }  // the shorter legal form alone is stripped
      if row.action == "keep" {
        markers.append(rule)
        continue
      }
      switch (bracketed, row.position) {
      case (true, "anywhere"): literalAnywhere.append(rule)
      case (true, "start"): literalStart.append(rule)
      case (true, "end"): literalEnd.append(rule)
      case (true, _):
        literalStart.append(rule)
        literalEnd.append(rule)
      case (false, "start"): start.append(rule)
      case (false, "end"), (false, "anywhere"): end.append(rule)
      default:
        start.append(rule)
        end.append(rule)
      }
    }
    for keyPath in [\LegalFormRules.literalStart, \.literalEnd, \.literalAnywhere, \.start, \.end, \.markers] {
      self[keyPath: keyPath].sort { ($0.pattern.count, $0.pattern) > ($1.pattern.count, $1.pattern) }
    }
    endByLast = Dictionary(grouping: end) { $0.pattern.last ?? " " }
    startByFirst = Dictionary(grouping: start) { $0.pattern.first ?? " " }
  }

  /// End rules by their last character (longest first within each), so a name is tested against a handful.
  var endByLast: [Character: [Rule]] = [:]
  /// Start rules by their first character.
  var startByFirst: [Character: [Rule]] = [:]

  /// The result of stripping legal forms.
  struct Stripped {
    var tokens: String
    var removed: [String] = []
    var sector: EntityType?
  }

  /// Removes legal forms from a normalized name; never returns an empty name (the input is kept instead).
  ///
  /// Complexity: O(rules × passes) string suffix tests; passes stop when nothing changes (at most 6).
  func strip(normalized: String) -> Stripped {
    var text = normalized
    var result = Stripped(tokens: "")
    func note(_ rule: Rule) {
      result.removed.append(rule.pattern)
      guard let sector = rule.sector ?? (rule.isLegalForm ? .company : nil) else { return }
      if result.sector == nil || (result.sector == .company && sector != .company) { result.sector = sector }
    }
    // Every literal pattern has a bracket (that is what makes it literal), so a name without one skips them all.
    if text.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) {
      for rule in literalAnywhere where UTF8Search.contains(text, rule.pattern) {
        text = text.replacingOccurrences(of: rule.pattern, with: " ")
        note(rule)
      }
      for rule in literalStart where UTF8Search.hasAffix(text, rule.pattern, atEnd: false, spaced: false) {
        text = String(text.dropFirst(rule.pattern.count))
        note(rule)
        break
      }
      for rule in literalEnd where UTF8Search.hasAffix(text, rule.pattern, atEnd: true, spaced: false) {
        text = String(text.dropLast(rule.pattern.count))
        note(rule)
        break
      }
    }
    var tokens = ApplicantName.tokens(text)
    for _ in 0..<6 {
      var changed = false
      if let last = tokens.last, let rule = endByLast[last]?.first(where: { matchesEnd(tokens, $0) }) {
        tokens = String(tokens.dropLast(rule.pattern.count)).trimmingSpaces()
        if rule.action == "replace", !rule.replacement.isEmpty { tokens += " " + rule.replacement }
        note(rule)
        changed = true
      }
      if let first = tokens.first, let rule = startByFirst[first]?.first(where: { matchesStart(tokens, $0) }) {
        tokens = String(tokens.dropFirst(rule.pattern.count)).trimmingSpaces()
        note(rule)
        changed = true
      }
      if let word = Self.genericEndWords.first(where: { UTF8Search.hasAffix(tokens, $0, atEnd: true, spaced: true) }) {
        tokens = String(tokens.dropLast(word.count + 1))
        if result.sector == nil { result.sector = .company }
        changed = true
      }
      if !changed { break }
    }
    if tokens.hasPrefix("THE ") { tokens = String(tokens.dropFirst(4)) }
    result.tokens = tokens.isEmpty ? ApplicantName.tokens(normalized) : tokens
    return result
  }

  /// The sector of the first organisation word found (`大学`, `研究所`, `医院`…), for typing.
  func markerSector(tokens: String) -> EntityType? {
    for rule in markers {
      if rule.isCJK ? UTF8Search.contains(tokens, rule.pattern) : matchesEnd(tokens, rule) { return rule.sector }
    }
    return nil
  }

  /// Words left after Magerman's replacements that carry no identity (`SONY CORPORATION` = `SONY`).
  static let genericEndWords = [
    "COMPANY", "CORPORATION", "INCORPORATED", "LIMITED", "CO", "CORP", "INC", "LTD", "LLC", "PLC", "GROUP",
    "HOLDINGS", "HOLDING", "KK", "&",
  ]

  private func matchesEnd(_ tokens: String, _ rule: Rule) -> Bool {
    UTF8Search.hasAffix(tokens, rule.pattern, atEnd: true, spaced: !rule.isCJK)
  }

  private func matchesStart(_ tokens: String, _ rule: Rule) -> Bool {
    UTF8Search.hasAffix(tokens, rule.pattern, atEnd: false, spaced: !rule.isCJK)
  }
}
