import ArgumentParser
import IndustryChain

/// `patnav chain list`: the built-in chains.
struct ChainListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List the built-in chains.")

  func run() throws {
    for id in BuiltinChains.ids {
      let chain = try BuiltinChains.load(id).chain
      let leaves = chain.segments.indices.filter(chain.isLeaf).count
      print(
        "\(id)\t\(chain.name.zh)\t\(chain.name.en)\t\(chain.segments.count) segments (\(leaves) leaves)\t\(chain.asOf)")
    }
  }
}
