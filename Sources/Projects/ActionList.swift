import CorePatents
import Foundation
import Overseas
import PatentModel

/// The application stage of an enterprise project (成果运用): concrete actions with an owner, a deadline and the
/// evidence, from the fence opportunities and risks, the lapsed core patents and the open overseas windows.
public struct ActionList: Sendable, Codable, Equatable {
  /// One action.
  public struct Action: Sendable, Codable, Equatable {
    /// What to do.
    public let actionZH: String, actionEN: String
    /// Who does it (a function of the enterprise).
    public let owner: String
    /// By when, `YYYY-MM-DD`.
    public let deadline: String
    /// Where it comes from (`defensive`, `surrounding`, `encirclement`, `lapsed-core`, `window`).
    public let source: String
    /// Publications behind it.
    public let evidence: [String]
  }

  /// Actions, earliest deadline first.
  public let actions: [Action]
  /// How deadlines were set.
  public let method: String

  init(runner: ProjectRunner) throws {
    let asOf = runner.manifest.asOf
    func months(_ n: Int) -> String { DayNumber.iso(DayNumber.adding(months: n, to: asOf)) }
    var actions: [Action] = []
    if let fence = try? ResultWriter.read(FenceResult.self, runner.results(.fence), json: "fence.json") {
      actions += fence.defensive.prefix(5).map {
        Action(
          actionZH: "在 \($0.code)（\($0.titleZH)）布局改进专利，补强防御",
          actionEN: "File improvements in \($0.code) (\($0.titleEN))",
          owner: "R&D + IP", deadline: months(6), source: "defensive", evidence: $0.evidence)
      }
      actions += fence.surrounding.prefix(5).map {
        Action(
          actionZH: "围绕 \($0.holder ?? "") 的核心专利在 \($0.code) 布局外围专利",
          actionEN: "Surround \($0.holder ?? "")'s core in \($0.code)", owner: "IP", deadline: months(12),
          source: "surrounding", evidence: $0.core + $0.evidence)
      }
      actions += fence.encirclement.prefix(5).map {
        Action(
          actionZH: "监控 \($0.holder ?? "") 在 \($0.code) 的布局，评估包围风险",
          actionEN: "Monitor \($0.holder ?? "") in \($0.code)", owner: "IP", deadline: months(3),
          source: "encirclement",
          evidence: $0.evidence)
      }
      actions += fence.lapsedCore.prefix(5).map {
        Action(
          actionZH: "评估利用失效专利 \($0.publication)（\($0.office) 自由实施）",
          actionEN: "Assess free use of \($0.publication) in \($0.office)", owner: "R&D", deadline: months(3),
          source: "lapsed-core", evidence: [$0.publication] + $0.aliveElsewhere.map { "alive in \($0)" })
      }
    }
    if let overseas = try? ResultWriter.read(OverseasResult.self, runner.results(.overseas), json: "overseas.json") {
      actions += overseas.windows.filter { !$0.deadline.isEmpty }.prefix(20).map {
        Action(
          actionZH: "\($0.publication) 进入 \($0.country)：\($0.route)",
          actionEN: "\($0.publication) into \($0.country): \($0.route)",
          owner: "IP", deadline: $0.deadline, source: "window", evidence: [$0.publication])
      }
    }
    self.actions = actions.sorted { ($0.deadline, $0.source, $0.actionEN) < ($1.deadline, $1.source, $1.actionEN) }
    method =
      "Deadlines from the as-of date \(DayNumber.iso(asOf)): encirclement monitoring and lapsed-core assessment 3 "
      + "months, defensive filings 6, surrounding 12; overseas windows at their legal deadline."
  }
}
