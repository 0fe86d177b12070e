import Foundation

extension GeneratorProfile {
  /// New-energy-vehicle power batteries, the chain a demo navigates (IPC symbols are real IPC 2024 groups).
  static let batteryChain: [Technology] = [
    .init(
      segmentZH: "正极材料", segmentEN: "Cathode materials",
      symbols: ["H01M 4/525", "H01M 4/505", "H01M 4/131", "H01M 4/1391", "H01M 4/36", "C01G 53/00"], weight: 1.4,
      trend: .mature, targetRegionWeight: 3.0),
    .init(
      segmentZH: "负极材料", segmentEN: "Anode materials",
      symbols: ["H01M 4/587", "H01M 4/133", "H01M 4/38", "H01M 4/386", "C01B 32/05"], weight: 1.0, trend: .mature,
      targetRegionWeight: 1.0),
    .init(
      segmentZH: "电解液", segmentEN: "Electrolytes",
      symbols: ["H01M 10/0567", "H01M 10/0568", "H01M 10/0569", "H01M 10/0562"], weight: 0.8, trend: .emerging,
      targetRegionWeight: 0.6),
    .init(
      segmentZH: "隔膜", segmentEN: "Separators", symbols: ["H01M 50/403", "H01M 50/411", "H01M 50/449", "H01M 50/46"],
      weight: 0.6, trend: .mature, targetRegionWeight: 0.4),
    .init(
      segmentZH: "电芯制造", segmentEN: "Cell manufacturing",
      symbols: ["H01M 10/0525", "H01M 10/0587", "H01M 10/04", "H01M 10/058"], weight: 1.2, trend: .mature,
      targetRegionWeight: 2.5),
    .init(
      segmentZH: "电池包与热管理", segmentEN: "Packs and thermal management",
      symbols: ["H01M 50/204", "H01M 50/249", "H01M 10/613", "H01M 10/625", "H01M 10/6556"], weight: 0.9,
      trend: .emerging, targetRegionWeight: 1.0),
    .init(
      segmentZH: "电池管理系统", segmentEN: "Battery management systems",
      symbols: ["H01M 10/48", "G01R 31/367", "G01R 31/382", "B60L 58/12", "H02J 7/00"], weight: 0.9, trend: .emerging,
      targetRegionWeight: 0.0),
    .init(
      segmentZH: "充电设施", segmentEN: "Charging infrastructure", symbols: ["B60L 53/10", "B60L 53/30", "H02J 7/02"],
      weight: 0.6, trend: .emerging, targetRegionWeight: 0.3),
    .init(
      segmentZH: "回收利用", segmentEN: "Recycling", symbols: ["H01M 10/54", "C22B 7/00", "C22B 26/12"], weight: 0.3,
      trend: .emerging, targetRegionWeight: 0.5),
  ]

  /// Chinese regions with their real division codes; 常州 first (the demo's target region).
  static let chineseRegions: [Region] = [
    .init(province: "江苏省", city: "常州市", divisionCode: "320400", weight: 0.10),
    .init(province: "江苏省", city: "苏州市", divisionCode: "320500", weight: 0.08),
    .init(province: "广东省", city: "深圳市", divisionCode: "440300", weight: 0.16),
    .init(province: "广东省", city: "广州市", divisionCode: "440100", weight: 0.06),
    .init(province: "福建省", city: "宁德市", divisionCode: "350900", weight: 0.06),
    .init(province: "浙江省", city: "杭州市", divisionCode: "330100", weight: 0.08),
    .init(province: "上海市", city: "上海市", divisionCode: "310000", weight: 0.10),
    .init(province: "北京市", city: "北京市", divisionCode: "110000", weight: 0.12),
    .init(province: "四川省", city: "成都市", divisionCode: "510100", weight: 0.06),
    .init(province: "湖北省", city: "武汉市", divisionCode: "420100", weight: 0.06),
    .init(province: "安徽省", city: "合肥市", divisionCode: "340100", weight: 0.06),
    .init(province: "湖南省", city: "长沙市", divisionCode: "430100", weight: 0.06),
  ]

  /// Offices families go to when filed abroad (RCEP and Belt-and-Road offices included).
  static let overseas: [(code: String, rate: Double)] = [
    ("US", 0.55), ("EP", 0.40), ("JP", 0.30), ("KR", 0.25), ("WO", 0.45), ("IN", 0.08), ("VN", 0.04), ("TH", 0.03),
    ("ID", 0.03), ("MY", 0.03), ("SG", 0.03), ("RU", 0.04), ("AU", 0.05), ("BR", 0.03),
  ]

  /// About 5 k patents of one chain, a target city (常州) with planted strengths (cathodes, cells), a gap
  /// (battery management), few overseas filings, and a foreign competitor owning the most-cited core families.
  public static let demo = GeneratorProfile(
    name: "demo", technologies: batteryChain, regions: chineseRegions,
    foreignCountries: [("JP", 0.12), ("KR", 0.08), ("US", 0.10), ("DE", 0.06)], years: 2010...2024,
    universityShare: 0.12, instituteShare: 0.05, individualShare: 0.08, overseasRate: 0.30,
    targetRegionOverseasRate: 0.04, overseasOffices: overseas, coreFamilies: 8)

  /// Several industries at any size, for the scale benchmarks.
  public static let scale = GeneratorProfile(
    name: "scale",
    technologies: batteryChain + [
      .init(
        segmentZH: "半导体器件", segmentEN: "Semiconductor devices", symbols: ["H01L 21/02", "H01L 29/78", "H01L 23/48"],
        weight: 1.5, trend: .mature, targetRegionWeight: 1),
      .init(
        segmentZH: "人工智能", segmentEN: "Artificial intelligence", symbols: ["G06N 3/08", "G06N 3/04", "G06N 20/00"],
        weight: 1.5, trend: .emerging, targetRegionWeight: 1),
      .init(
        segmentZH: "抗肿瘤药物", segmentEN: "Anti-cancer drugs", symbols: ["A61K 31/00", "A61P 35/00", "C07D 471/04"],
        weight: 1.0, trend: .mature, targetRegionWeight: 1),
      .init(
        segmentZH: "无线通信", segmentEN: "Wireless communication", symbols: ["H04W 72/04", "H04L 5/00", "H04W 24/02"],
        weight: 1.2, trend: .mature, targetRegionWeight: 1),
      .init(
        segmentZH: "内燃机", segmentEN: "Combustion engines", symbols: ["F02D 41/00", "F02M 26/00", "F01N 3/20"],
        weight: 0.6, trend: .declining, targetRegionWeight: 1),
    ],
    regions: chineseRegions, foreignCountries: [("JP", 0.12), ("KR", 0.08), ("US", 0.12), ("DE", 0.06)],
    years: 2005...2024, universityShare: 0.12, instituteShare: 0.05, individualShare: 0.08, overseasRate: 0.30,
    targetRegionOverseasRate: 0.30, overseasOffices: overseas, coreFamilies: 20)
}
