import Foundation
import GRDB

extension SQLiteWorkspace {
  /// For each keyword list, the selected patents whose title or abstract (any language) contains one of its
  /// keywords; empty lists match nothing. Matching ignores ASCII case and folds full-width forms (NFKC), so
  /// `ＬＥＤ` matches `led`.
  ///
  /// One scan of the selection's texts: O(text bytes × keywords) with `memchr`/`memcmp`, no `String` per row unless a
  /// text holds full-width forms.
  public func textMatches(_ lists: [[String]], matching filter: PatentFilter) throws -> [[Int64]] {
    let needles = lists.map { list in list.map(Self.folded).filter { !$0.isEmpty } }
    var result = Array(repeating: [Int64](), count: lists.count)
    guard needles.contains(where: { !$0.isEmpty }) else { return result }
    return try withSelection(filter) { db in
      let cursor = try RawCursor(
        db,
        sql: """
          SELECT x.patent_id, x.text FROM texts x JOIN temp.selection s ON s.id = x.patent_id
          WHERE x.type IN ('title', 'abstract') ORDER BY x.patent_id
          """)
      var buffer: [UInt8] = []
      while cursor.hasRow {
        let id = cursor.int64(0)
        let raw = cursor.bytes(1)
        if Self.hasFullWidth(raw) {
          buffer = Self.folded(String(decoding: raw, as: UTF8.self))
        } else {
          buffer.removeAll(keepingCapacity: true)
          buffer.append(contentsOf: raw)
          Self.lowercaseASCII(&buffer)
        }
        for (l, list) in needles.enumerated() where result[l].last != id {
          if list.contains(where: { Self.contains(buffer, $0) }) { result[l].append(id) }
        }
        try cursor.advance()
      }
      return result
    }
  }

  /// NFKC, then ASCII lower case, as UTF-8.
  static func folded(_ text: String) -> [UInt8] {
    var bytes = Array(text.precomposedStringWithCompatibilityMapping.utf8)
    lowercaseASCII(&bytes)
    return bytes
  }

  static func lowercaseASCII(_ bytes: inout [UInt8]) {
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

  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    haystack.withUnsafeBytes { h in
      needle.withUnsafeBytes { n in
        guard let hb = h.baseAddress, let nb = n.baseAddress, n.count <= h.count else { return false }
        let first = Int32(n[0])
        var offset = 0
        let last = h.count - n.count
        while offset <= last {
          guard let hit = memchr(hb + offset, first, last - offset + 1) else { return false }
          let position = hb.distance(to: UnsafeRawPointer(hit))
          if memcmp(hb + position, nb, n.count) == 0 { return true }
          offset = position + 1
        }
        return false
      }
    }
  }
}
