import ArgumentParser
import IndustryChain

/// `patnav chain show`: a chain's tree with its patterns and sources.
struct ChainShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a chain's segments, IPC patterns, keywords and sources.")

  @Argument(help: "A built-in chain id or a chain file.")
  var chain: String

  @Flag(help: "Print the chain file text instead (built-in chains: a starting point for your own).")
  var source = false

  func run() throws {
    if source, let text = BuiltinChains.text(chain) {
      print(text, terminator: "")
      return
    }
    let definition = try ChainCommand.load(chain)
    print("\(definition.id): \(definition.name.zh) / \(definition.name.en) (as of \(definition.asOf))")
    for line in definition.sources { print("  source: \(line)") }
    for segment in definition.segments {
      let indent = String(repeating: "  ", count: segment.depth + 1)
      print("\(indent)\(segment.id) [\(segment.stage.rawValue)] \(segment.name.zh) / \(segment.name.en)")
      if !segment.ipc.isEmpty { print("\(indent)  ipc: \(segment.ipc.map(\.text).joined(separator: ", "))") }
      if !segment.exclude.isEmpty {
        print("\(indent)  exclude: \(segment.exclude.map(\.text).joined(separator: ", "))")
      }
      if !segment.keywords.isEmpty { print("\(indent)  keywords: \(segment.keywords.joined(separator: ", "))") }
      if !segment.requireKeywords.isEmpty {
        print("\(indent)  require keywords: \(segment.requireKeywords.joined(separator: ", "))")
      }
    }
  }
}
