/// A read-only handle on one node of an ``ElementTree``, for extractors.
///
/// Missing nodes are represented by an empty handle (index -1) so lookups chain without optionals:
/// `doc["publication-reference"]["document-id"]["country"].text` is `nil` when any step is missing.
/// Child lookups are O(number of children); names compare as interned integers.
///
/// A handle is valid only while the extractor runs (the tree is truncated after each record).
struct XMLNode {
  private let pointer: UnsafeMutablePointer<ElementTree>
  let index: Int32

  init(tree: UnsafeMutablePointer<ElementTree>, index: Int32) {
    self.pointer = tree
    self.index = index
  }

  private var tree: ElementTree {
    _read { yield pointer.pointee }
  }

  private func id(_ name: StaticString) -> Int32 { pointer.pointee.names.id(name) }

  /// Whether the node exists.
  var exists: Bool { index >= 0 }

  /// Whether the node has the given local name.
  func `is`(_ name: StaticString) -> Bool { exists && tree.nodes[Int(index)].name == id(name) }

  /// The first child with the given local name, or an empty handle.
  subscript(_ name: StaticString) -> XMLNode {
    guard exists else { return self }
    let id = id(name)
    var c = tree.nodes[Int(index)].firstChild
    while c >= 0 {
      if tree.nodes[Int(c)].name == id { return XMLNode(tree: pointer, index: c) }
      c = tree.nodes[Int(c)].nextSibling
    }
    return XMLNode(tree: pointer, index: -1)
  }

  /// Follows a path of child names; the first match at each step.
  subscript(_ first: StaticString, _ rest: StaticString...) -> XMLNode {
    var node = self[first]
    for name in rest { node = node[name] }
    return node
  }

  /// The children with the given local name, in order.
  func all(_ name: StaticString) -> [XMLNode] {
    guard exists else { return [] }
    let id = id(name)
    var result: [XMLNode] = []
    var c = tree.nodes[Int(index)].firstChild
    while c >= 0 {
      if tree.nodes[Int(c)].name == id { result.append(XMLNode(tree: pointer, index: c)) }
      c = tree.nodes[Int(c)].nextSibling
    }
    return result
  }

  /// Number of children with the given local name.
  func count(_ name: StaticString) -> Int {
    guard exists else { return 0 }
    let id = id(name)
    var n = 0
    var c = tree.nodes[Int(index)].firstChild
    while c >= 0 {
      if tree.nodes[Int(c)].name == id { n += 1 }
      c = tree.nodes[Int(c)].nextSibling
    }
    return n
  }

  /// All descendants with the given local name, in document order (depth-first).
  func descendants(_ name: StaticString) -> [XMLNode] {
    guard exists else { return [] }
    let id = id(name)
    var result: [XMLNode] = []
    for i in descendantRange where tree.nodes[i].name == id { result.append(XMLNode(tree: pointer, index: Int32(i))) }
    return result
  }

  /// The first descendant with the given local name, or an empty handle.
  func first(_ name: StaticString) -> XMLNode {
    guard exists else { return self }
    let id = id(name)
    for i in descendantRange where tree.nodes[i].name == id { return XMLNode(tree: pointer, index: Int32(i)) }
    return XMLNode(tree: pointer, index: -1)
  }

  /// The indices of the node's descendants: the rows after it, up to its end (every later row while the node
  /// is still open).
  private var descendantRange: Range<Int> {
    let node = tree.nodes[Int(index)]
    return (Int(index) + 1)..<(node.end >= 0 ? Int(node.end) : tree.count)
  }

  /// The parent node, or an empty handle.
  var parent: XMLNode {
    guard exists else { return self }
    return XMLNode(tree: pointer, index: tree.nodes[Int(index)].parent)
  }

  /// The attribute value with the given local name, or `nil`.
  func attribute(_ name: StaticString) -> String? {
    guard exists else { return nil }
    let id = id(name)
    let node = tree.nodes[Int(index)]
    for a in Int(node.attrStart)..<Int(node.attrEnd) where tree.attributes[a].name == id {
      let attribute = tree.attributes[a]
      return String(decoding: tree.attrBytes[Int(attribute.valueStart)..<Int(attribute.valueEnd)], as: UTF8.self)
    }
    return nil
  }

  /// The node's text (itself and all descendants), whitespace collapsed and trimmed; `nil` when empty.
  var text: String? {
    guard exists else { return nil }
    let node = tree.nodes[Int(index)]
    return TextNormalizer.collapse(tree.text[Int(node.textStart)..<Int(node.textEnd)])
  }

}
