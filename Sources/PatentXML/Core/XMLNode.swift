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
  func `is`(_ name: StaticString) -> Bool { exists && tree.name[Int(index)] == id(name) }

  /// The first child with the given local name, or an empty handle.
  subscript(_ name: StaticString) -> XMLNode {
    guard exists else { return self }
    let id = id(name)
    var c = tree.firstChild[Int(index)]
    while c >= 0 {
      if tree.name[Int(c)] == id { return XMLNode(tree: pointer, index: c) }
      c = tree.nextSibling[Int(c)]
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
    var c = tree.firstChild[Int(index)]
    while c >= 0 {
      if tree.name[Int(c)] == id { result.append(XMLNode(tree: pointer, index: c)) }
      c = tree.nextSibling[Int(c)]
    }
    return result
  }

  /// Number of children with the given local name.
  func count(_ name: StaticString) -> Int {
    guard exists else { return 0 }
    let id = id(name)
    var n = 0
    var c = tree.firstChild[Int(index)]
    while c >= 0 {
      if tree.name[Int(c)] == id { n += 1 }
      c = tree.nextSibling[Int(c)]
    }
    return n
  }

  /// All descendants with the given local name, in document order (depth-first).
  func descendants(_ name: StaticString) -> [XMLNode] {
    guard exists else { return [] }
    let id = id(name)
    var result: [XMLNode] = []
    // Descendants occupy the contiguous index range after this node up to the next node that is not one.
    var i = Int(index) + 1
    while i < tree.count, isAncestor(of: Int32(i)) {
      if tree.name[i] == id { result.append(XMLNode(tree: pointer, index: Int32(i))) }
      i += 1
    }
    return result
  }

  /// The first descendant with the given local name, or an empty handle.
  func first(_ name: StaticString) -> XMLNode {
    guard exists else { return self }
    let id = id(name)
    var i = Int(index) + 1
    while i < tree.count, isAncestor(of: Int32(i)) {
      if tree.name[i] == id { return XMLNode(tree: pointer, index: Int32(i)) }
      i += 1
    }
    return XMLNode(tree: pointer, index: -1)
  }

  private func isAncestor(of other: Int32) -> Bool {
    var p = tree.parent[Int(other)]
    while p >= 0 {
      if p == index { return true }
      if p < index { return false }
      p = tree.parent[Int(p)]
    }
    return false
  }

  /// The parent node, or an empty handle.
  var parent: XMLNode {
    guard exists else { return self }
    return XMLNode(tree: pointer, index: tree.parent[Int(index)])
  }

  /// The attribute value with the given local name, or `nil`.
  func attribute(_ name: StaticString) -> String? {
    guard exists else { return nil }
    let id = id(name)
    let i = Int(index)
    for a in Int(tree.attrStart[i])..<Int(tree.attrEnd[i]) where tree.attrName[a] == id {
      let bytes = tree.attrBytes[Int(tree.attrValueStart[a])..<Int(tree.attrValueEnd[a])]
      return String(decoding: bytes, as: UTF8.self)
    }
    return nil
  }

  /// The node's text (itself and all descendants), whitespace collapsed and trimmed; `nil` when empty.
  var text: String? {
    guard exists else { return nil }
    let i = Int(index)
    return TextNormalizer.collapse(tree.text[Int(tree.textStart[i])..<Int(tree.textEnd[i])])
  }

}
