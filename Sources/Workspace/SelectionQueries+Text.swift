import Foundation

extension SelectionQueries {
  /// For each keyword list, the selected patents whose title or abstract (any language) contains one of its
  /// keywords; empty lists match nothing. Matching ignores ASCII case and folds full-width forms (NFKC), so
  /// `ＬＥＤ` matches `led`.
  ///
  /// One scan of the selection's texts through an Aho–Corasick automaton of all keywords: O(text bytes),
  /// no `String` per row unless a text holds full-width forms.
  static func textMatches<S: SQLSession>(_ s: S, _ lists: [[String]]) throws -> [[Int64]] {
    let matcher = KeywordMatcher(lists.map { list in list.map(Self.folded) })
    var result = Array(repeating: [Int64](), count: lists.count)
    guard lists.contains(where: { $0.contains { !$0.isEmpty } }) else { return result }
    let cursor = try s.cursor(
      """
      SELECT x.patent_id, x.text FROM texts x JOIN \(s.dialect.selection) s ON s.id = x.patent_id
      WHERE x.type IN ('title', 'abstract') ORDER BY x.patent_id
      """, [])
    var found = Array(repeating: UInt64(0), count: matcher.words)
    var current: Int64 = -1
    func flush() {
      for w in 0..<matcher.words {
        var word = found[w]
        while word != 0 {
          result[w * 64 + word.trailingZeroBitCount].append(current)
          word &= word - 1
        }
        found[w] = 0
      }
    }
    while cursor.hasRow {
      let id = cursor.int64(0)
      if id != current {
        flush()
        current = id
      }
      let raw = cursor.bytes(1)
      if Self.hasFullWidth(raw) {
        Self.folded(String(decoding: raw, as: UTF8.self)).withUnsafeBufferPointer {
          matcher.scan($0, into: &found, fold: false)
        }
      } else {
        matcher.scan(raw, into: &found, fold: true)
      }
      try cursor.advance()
    }
    flush()
    return result
  }

  /// NFKC, then ASCII lower case, as UTF-8.
  static func folded(_ text: String) -> [UInt8] {
    var bytes = Array(text.precomposedStringWithCompatibilityMapping.utf8)
    lowercaseASCII(&bytes)
    return bytes
  }

  private static func lowercaseASCII(_ bytes: inout [UInt8]) {
    for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
  }

  /// Full-width forms (U+FF00–U+FFEF) are EF BC xx … EF BF xx in UTF-8.
  static func hasFullWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i + 1 < bytes.count {
      if bytes[i] == 0xEF && bytes[i + 1] >= 0xBC && bytes[i + 1] <= 0xBF { return true }
      i += 1
    }
    return false
  }
}
