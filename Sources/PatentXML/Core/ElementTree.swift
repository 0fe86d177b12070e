/// A compact, append-only element tree for the part of a document an extractor needs.
///
/// Nodes are rows in parallel integer arrays; all text goes into one byte buffer in document order, so the
/// text of a node and all its descendants is the slice `textStart..<textEnd` (XPath `string()` for free).
/// Nothing is allocated per node beyond amortized array growth. After a record is extracted its rows are
/// truncated away, so memory is bounded by the largest record, not the file.
struct ElementTree {
  /// The interned names of elements and attributes.
  var names = NameTable()
  private(set) var name: [Int32] = []
  private(set) var parent: [Int32] = []
  private(set) var firstChild: [Int32] = []
  private(set) var nextSibling: [Int32] = []
  private var lastChild: [Int32] = []
  private(set) var textStart: [Int32] = []
  private(set) var textEnd: [Int32] = []
  private(set) var attrStart: [Int32] = []
  private(set) var attrEnd: [Int32] = []
  /// All text bytes (UTF-8) in document order.
  private(set) var text: [UInt8] = []
  private(set) var attrName: [Int32] = []
  private(set) var attrValueStart: [Int32] = []
  private(set) var attrValueEnd: [Int32] = []
  private(set) var attrBytes: [UInt8] = []

  init() {
    text.reserveCapacity(1 << 16)
  }

  /// Number of nodes.
  var count: Int { name.count }

  /// Removes every node and byte.
  mutating func removeAll() { truncate(to: 0) }

  /// Appends a node as the last child of `parentIndex` (-1 for a root) and returns its index.
  @inline(__always)
  mutating func open(name id: Int32, parent parentIndex: Int32) -> Int32 {
    let index = Int32(name.count)
    name.append(id)
    parent.append(parentIndex)
    firstChild.append(-1)
    nextSibling.append(-1)
    lastChild.append(-1)
    textStart.append(Int32(text.count))
    textEnd.append(Int32(text.count))
    attrStart.append(Int32(attrName.count))
    attrEnd.append(Int32(attrName.count))
    if parentIndex >= 0 {
      let p = Int(parentIndex)
      if lastChild[p] >= 0 { nextSibling[Int(lastChild[p])] = index } else { firstChild[p] = index }
      lastChild[p] = index
    }
    return index
  }

  /// Adds an attribute to the node just opened.
  @inline(__always)
  mutating func addAttribute(name id: Int32, value: UnsafeBufferPointer<UInt8>) {
    attrName.append(id)
    attrValueStart.append(Int32(attrBytes.count))
    attrBytes.append(contentsOf: value)
    attrValueEnd.append(Int32(attrBytes.count))
    attrEnd[attrEnd.count - 1] = Int32(attrName.count)
  }

  /// Appends character data (to every open node, by construction of the text ranges).
  @inline(__always)
  mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) { text.append(contentsOf: bytes) }

  /// Appends character data given as a string (entity replacements).
  mutating func appendText(_ string: String) { text.append(contentsOf: string.utf8) }

  /// Closes a node: its text range ends here.
  @inline(__always)
  mutating func close(_ index: Int32) { textEnd[Int(index)] = Int32(text.count) }

  /// Number of text bytes held.
  var textByteCount: Int { text.count }

  /// Removes the node `index` and everything after it (its subtree, which was appended last).
  mutating func truncate(to index: Int32) {
    let i = Int(index)
    guard i < name.count else { return }
    let p = i > 0 ? Int(parent[i]) : -1
    if p >= 0 {
      // Unlink from the parent's child list: the removed node is the parent's last child.
      if firstChild[p] == index {
        firstChild[p] = -1
        lastChild[p] = -1
      } else {
        var c = firstChild[p]
        while c >= 0, nextSibling[Int(c)] != index { c = nextSibling[Int(c)] }
        if c >= 0 { nextSibling[Int(c)] = -1 }
        lastChild[p] = c
      }
    }
    text.removeSubrange(Int(textStart[i])...)
    let a = Int(attrStart[i])
    if a < attrName.count { attrBytes.removeSubrange(Int(attrValueStart[a])...) }
    attrName.removeSubrange(a...)
    attrValueStart.removeSubrange(a...)
    attrValueEnd.removeSubrange(a...)
    name.removeSubrange(i...)
    parent.removeSubrange(i...)
    firstChild.removeSubrange(i...)
    nextSibling.removeSubrange(i...)
    lastChild.removeSubrange(i...)
    textStart.removeSubrange(i...)
    textEnd.removeSubrange(i...)
    attrStart.removeSubrange(i...)
    attrEnd.removeSubrange(i...)
  }

}
