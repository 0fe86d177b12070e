import Foundation
import PatentModel
import Testing
import Workspace

/// The as-of cut of the selection and the legal columns of `export`, on both backends.
@Suite struct AsOfSelectionTests {
  @Test("as of a date: only documents published by then, and events dated by then", arguments: Backend.available)
  func cut(backend: Backend) throws {
    let workspace = try TestWorkspace.all(backend)
    var filter = PatentFilter()
    let all = try workspace.loadCorpus(matching: filter, language: .en)
    filter.asOf = 2010_12_31
    let cut = try workspace.loadCorpus(matching: filter, language: .en)
    #expect(cut.count > 0 && cut.count < all.count)
    #expect(cut.publicationDates.allSatisfy { $0 <= 2010_12_31 })
    #expect(cut.events.values.allSatisfy { $0.date <= 2010_12_31 })
    #expect(all.events.values.contains { $0.date > 2010_12_31 })
    #expect(filter.summary.contains("as of 2010-12-31"))
  }

  @Test("export writes the legal columns it is given", arguments: Backend.available)
  func legalColumns(backend: Backend) throws {
    let workspace = try TestWorkspace.all(backend)
    let legal = ExportLegal(
      asOf: "2026-01-01", state: "lapsed", familyStatus: "alive", familyOffices: "CN:lapsed; US:alive")
    var csv: [String] = []
    _ = try workspace.export(matching: PatentFilter(), format: .csv, legal: { _ in legal }) { csv.append($0) }
    #expect(
      csv.first?.trimmingCharacters(in: .newlines).hasSuffix("status_as_of,legal_state,family_status,family_offices")
        == true)
    #expect(
      csv.dropFirst().allSatisfy {
        $0.trimmingCharacters(in: .newlines).hasSuffix("2026-01-01,lapsed,alive,CN:lapsed; US:alive")
      })
    var json: [String] = []
    _ = try workspace.export(matching: PatentFilter(), format: .jsonl, legal: { _ in legal }) { json.append($0) }
    let object = try JSONSerialization.jsonObject(with: Data(json[0].utf8)) as? [String: Any]
    let row = (object?["workspace"] as? [String: Any])?["legal"] as? [String: String]
    #expect(
      row == [
        "as_of": "2026-01-01", "state": "lapsed", "family_status": "alive", "family_offices": "CN:lapsed; US:alive",
      ])
  }
}
