/// Finds which of several keyword lists occur in a text, in one pass over its bytes (Aho–Corasick over UTF-8
/// with a dense transition table): O(text bytes) per text whatever the number of keywords; building costs
/// O(keyword bytes × 256).
struct KeywordMatcher {
  /// State × 256 → next state.
  private var next: [Int32]
  /// Per state, the lists with a keyword ending there (`words` 64-bit words per state, suffix outputs merged).
  private var output: [UInt64]
  let words: Int
  let lists: Int

  /// Builds the automaton; keywords are folded by the caller (ASCII lower case, NFKC), empty ones ignored.
  init(_ keywordLists: [[[UInt8]]]) {
    lists = keywordLists.count
    words = max(1, (keywordLists.count + 63) / 64)
    var goto: [[Int32]] = [Array(repeating: -1, count: 256)]
    var out: [UInt64] = Array(repeating: 0, count: words)
    for (l, list) in keywordLists.enumerated() {
      for keyword in list where !keyword.isEmpty {
        var state = 0
        for byte in keyword {
          if goto[state][Int(byte)] < 0 {
            goto[state][Int(byte)] = Int32(goto.count)
            goto.append(Array(repeating: -1, count: 256))
            out.append(contentsOf: repeatElement(0, count: words))
          }
          state = Int(goto[state][Int(byte)])
        }
        out[state * words + l / 64] |= 1 << UInt64(l % 64)
      }
    }
    // Breadth-first: failure links folded into a complete transition table.
    var fail = Array(repeating: 0, count: goto.count)
    var queue: [Int] = []
    for byte in 0..<256 {
      let child = goto[0][byte]
      if child < 0 {
        goto[0][byte] = 0
      } else {
        queue.append(Int(child))
      }
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      for w in 0..<words { out[state * words + w] |= out[fail[state] * words + w] }
      for byte in 0..<256 {
        let child = goto[state][byte]
        if child < 0 {
          goto[state][byte] = goto[fail[state]][byte]
        } else {
          fail[Int(child)] = Int(goto[fail[state]][byte])
          queue.append(Int(child))
        }
      }
    }
    next = goto.flatMap { $0 }
    output = out
  }

  /// ORs into `found` (one bit per list) the lists with a keyword in `text`. O(text bytes).
  func scan(_ text: UnsafeBufferPointer<UInt8>, into found: inout [UInt64], fold: Bool) {
    var state = 0
    for var byte in text {
      if fold && byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
      state = Int(next[state << 8 | Int(byte)])
      for w in 0..<words { found[w] |= output[state * words + w] }
    }
  }
}
