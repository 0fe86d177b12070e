import Networks

/// Files other tools open: VOSviewer map and network files, and GraphML for Gephi.
public enum NetworkExport {
  /// VOSviewer map file (tab-separated: id, label, cluster, weight) for nodes with labels and clusters.
  public static func vosviewerMap(labels: [String], partition: Partition, graph: WeightedGraph) -> String {
    var lines = ["id\tlabel\tcluster\tweight<Links>"]
    for u in 0..<graph.nodeCount {
      let links = Int(graph.offsets[u + 1] - graph.offsets[u])
      lines.append("\(u + 1)\t\(clean(labels[u]))\t\(partition.community[u] + 1)\t\(links)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// VOSviewer network file (tab-separated: id, id, strength), each undirected edge once.
  public static func vosviewerNetwork(_ graph: WeightedGraph) -> String {
    var lines: [String] = []
    for u in 0..<graph.nodeCount {
      for (v, w) in graph.edges(of: u) where Int(v) > u { lines.append("\(u + 1)\t\(v + 1)\t\(format(w))") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// GraphML with a `label` and a `cluster` attribute per node and a `weight` per edge.
  public static func graphML(labels: [String], partition: Partition, graph: WeightedGraph) -> String {
    var x = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="label" for="node" attr.name="label" attr.type="string"/>
      <key id="cluster" for="node" attr.name="cluster" attr.type="int"/>
      <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
      <graph id="G" edgedefault="undirected">

      """
    for u in 0..<graph.nodeCount {
      x += "<node id=\"n\(u)\"><data key=\"label\">\(escape(labels[u]))</data>"
      x += "<data key=\"cluster\">\(partition.community[u])</data></node>\n"
    }
    var e = 0
    for u in 0..<graph.nodeCount {
      for (v, w) in graph.edges(of: u) where Int(v) > u {
        x += "<edge id=\"e\(e)\" source=\"n\(u)\" target=\"n\(v)\"><data key=\"weight\">\(format(w))</data></edge>\n"
        e += 1
      }
    }
    return x + "</graph>\n</graphml>\n"
  }

  /// The subgraph of nodes with at least one edge, renumbered, with their labels (for applicant networks,
  /// where most entities file alone).
  public static func linkedOnly(_ graph: WeightedGraph, labels: [String]) -> (graph: WeightedGraph, labels: [String]) {
    let keep = (0..<graph.nodeCount).filter { graph.offsets[$0 + 1] > graph.offsets[$0] }
    var index = Array(repeating: -1, count: graph.nodeCount)
    for (i, u) in keep.enumerated() { index[u] = i }
    var builder = GraphBuilder(nodeCount: keep.count)
    for u in keep {
      for (v, w) in graph.edges(of: u) where Int(v) > u { builder.add(index[u], index[Int(v)], weight: w) }
    }
    return (builder.build(), keep.map { labels[$0] })
  }

  private static func clean(_ text: String) -> String {
    String(text.map { $0 == "\t" || $0 == "\n" ? " " : $0 })
  }

  private static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// Weights with up to 6 decimals, trailing zeros dropped, so files are stable across platforms.
  private static func format(_ w: Double) -> String {
    var s = String(Int((w * 1_000_000).rounded()))
    while s.count < 7 { s = "0" + s }
    var text = String(s.dropLast(6)) + "." + String(s.suffix(6))
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
