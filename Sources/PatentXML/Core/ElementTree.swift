/// A compact, append-only element tree for the part of a document an extractor needs.
///
/// Nodes are fixed-size rows of integers in one array (one append per element); all text goes into one byte
/// buffer in document order, so the text of a node and all its descendants is the slice `textStart..<textEnd`
/// (XPath `string()` for free), and its descendants are the rows `index + 1 ..< end`. Nothing is allocated per
/// node beyond amortized array growth. After a record is extracted its rows are truncated away, so memory is
/// bounded by the largest record, not the file.
struct ElementTree {
  /// One element: its interned name and integer links into the node, text and attribute arrays.
  struct Node {
    /// The interned local name.
    var name: Int32
    /// The parent's index, -1 for a root.
    var parent: Int32
    /// The first child's index, -1 when none.
    var firstChild: Int32 = -1
    /// The next sibling's index, -1 when none.
    var nextSibling: Int32 = -1
    /// The last child's index (for appending children in O(1)), -1 when none.
    var lastChild: Int32 = -1
    /// The node's text range in ``ElementTree/text`` (its own and its descendants' text).
    var textStart: Int32
    var textEnd: Int32
    /// The node's attribute range in ``ElementTree/attributes``.
    var attrStart: Int32
    var attrEnd: Int32
    /// One past the node's last descendant; -1 while the node is open (then every later node is one).
    var end: Int32 = -1
  }

  /// One attribute: its interned name and value range in ``ElementTree/attrBytes``.
  struct Attribute {
    var name: Int32
    var valueStart: Int32
    var valueEnd: Int32
  }

  /// The interned names of elements and attributes.
  var names = NameTable()
  /// The nodes in document order.
  private(set) var nodes: [Node] = []
  /// All text bytes (UTF-8) in document order.
  private(set) var text: [UInt8] = []
  /// The attributes, grouped by node in document order.
  private(set) var attributes: [Attribute] = []
  /// All attribute value bytes (UTF-8).
  private(set) var attrBytes: [UInt8] = []

  init() {
    text.reserveCapacity(1 << 16)
    nodes.reserveCapacity(1 << 10)
  }

  /// Number of nodes.
  var count: Int { nodes.count }

  /// Removes every node and byte.
  mutating func removeAll() { truncate(to: 0) }

  /// Appends a node as the last child of `parentIndex` (-1 for a root) and returns its index. O(1) amortized.
  @inline(__always)
  mutating func open(name id: Int32, parent parentIndex: Int32) -> Int32 {
    let index = Int32(nodes.count)
    let textAt = Int32(text.count)
    let attrAt = Int32(attributes.count)
    nodes.append(
      Node(name: id, parent: parentIndex, textStart: textAt, textEnd: textAt, attrStart: attrAt, attrEnd: attrAt))
    if parentIndex >= 0 {
      let p = Int(parentIndex)
      let last = nodes[p].lastChild
      if last >= 0 { nodes[Int(last)].nextSibling = index } else { nodes[p].firstChild = index }
      nodes[p].lastChild = index
    }
    return index
  }

  /// Adds an attribute to the node just opened.
  @inline(__always)
  mutating func addAttribute(name id: Int32, value: UnsafeBufferPointer<UInt8>) {
    let start = Int32(attrBytes.count)
    attrBytes.append(contentsOf: value)
    attributes.append(Attribute(name: id, valueStart: start, valueEnd: Int32(attrBytes.count)))
    nodes[nodes.count - 1].attrEnd = Int32(attributes.count)
  }

  /// Appends character data (to every open node, by construction of the text ranges).
  @inline(__always)
  mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) { text.append(contentsOf: bytes) }

  /// Appends character data given as a string (entity replacements).
  mutating func appendText(_ string: String) { text.append(contentsOf: string.utf8) }

  /// Closes a node: its text range and its descendants end here.
  @inline(__always)
  mutating func close(_ index: Int32) {
    let i = Int(index)
    nodes[i].textEnd = Int32(text.count)
    nodes[i].end = Int32(nodes.count)
  }

  /// Number of text bytes held.
  var textByteCount: Int { text.count }

  /// Removes the node `index` and everything after it (its subtree, which was appended last).
  mutating func truncate(to index: Int32) {
    let i = Int(index)
    guard i < nodes.count else { return }
    let p = i > 0 ? Int(nodes[i].parent) : -1
    if p >= 0 {
      // Unlink from the parent's child list: the removed node is the parent's last child.
      if nodes[p].firstChild == index {
        nodes[p].firstChild = -1
        nodes[p].lastChild = -1
      } else {
        var c = nodes[p].firstChild
        while c >= 0, nodes[Int(c)].nextSibling != index { c = nodes[Int(c)].nextSibling }
        if c >= 0 { nodes[Int(c)].nextSibling = -1 }
        nodes[p].lastChild = c
      }
    }
    text.removeSubrange(Int(nodes[i].textStart)...)
    let a = Int(nodes[i].attrStart)
    if a < attributes.count { attrBytes.removeSubrange(Int(attributes[a].valueStart)...) }
    attributes.removeSubrange(a...)
    nodes.removeSubrange(i...)
  }

}
