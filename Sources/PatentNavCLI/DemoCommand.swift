import ArgumentParser
import Foundation
import Projects

/// `patnav demo`: the whole product on the generated demo corpus, in one command.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Generate the demo corpus, run an industry-planning project for 常州 end to end, write zh and en reports.",
    discussion: "Prints the report paths. Rerunning skips the stages that are up to date.")

  @Option(help: "The project folder.")
  var out = "patnav-demo"

  @Flag(help: "Write the demo into a folder that holds something else.")
  var force = false

  func run() throws {
    let directory = URL(fileURLWithPath: out)
    StandardError.print("preparing \(out) (generated corpus: 5,000 patents, NEV power batteries)")
    try DemoProject.prepare(directory, force: force)
    let runner = try ProjectCommand.runner(out, referenceData: nil)
    _ = try runner.run { StandardError.print($0) }
    for file in try FileManager.default.contentsOfDirectory(
      atPath: directory.appendingPathComponent("results/report").path
    )
    .sorted() {
      StandardOutput.print(directory.appendingPathComponent("results/report").appendingPathComponent(file).path)
    }
  }
}
