/// A generated applicant: one entity, with a Chinese and an English name and the variants documents use.
public struct SyntheticApplicant: Sendable {
  /// Entity kinds the generator makes.
  public enum Kind: String, Sendable {
    /// A company.
    case company
    /// A university.
    case university
    /// A research institute.
    case institute
    /// A natural person.
    case individual
  }

  /// 0-based index; the Zipf rank (0 is the largest).
  public let index: Int
  /// Home country (`CN`, `JP`…).
  public let country: String
  /// What it is.
  public let kind: Kind
  /// The Chinese region (index into the profile's regions) for Chinese applicants.
  public let region: Int?
  /// The name on Chinese documents.
  public let nameZH: String
  /// The name on other offices' documents (DOCDB style).
  public let nameEN: String
  /// Technologies it files in (indices into the profile's technologies), most active first.
  public let technologies: [Int]
  /// Relative filing activity (Zipf weight).
  public let weight: Double
}

/// Makes applicant names from syllables, so that thousands of distinct, pronounceable names exist.
enum NamePieces {
  /// Chinese characters with their pinyin, for company stems.
  static let syllables: [(String, String)] = [
    ("华", "Hua"), ("锂", "Li"), ("能", "Neng"), ("源", "Yuan"), ("科", "Ke"), ("电", "Dian"), ("新", "Xin"),
    ("材", "Cai"), ("动", "Dong"), ("储", "Chu"), ("宁", "Ning"), ("德", "De"), ("恒", "Heng"), ("通", "Tong"),
    ("创", "Chuang"), ("达", "Da"), ("瑞", "Rui"), ("泰", "Tai"), ("邦", "Bang"), ("盛", "Sheng"), ("嘉", "Jia"),
    ("晶", "Jing"), ("远", "Yuan"), ("博", "Bo"), ("亿", "Yi"), ("鹏", "Peng"), ("航", "Hang"), ("星", "Xing"),
    ("海", "Hai"), ("宇", "Yu"), ("中", "Zhong"), ("天", "Tian"), ("力", "Li"), ("光", "Guang"), ("明", "Ming"),
  ]
  /// Industry words on Chinese company names.
  static let industries: [(String, String)] = [
    ("新能源科技", "New Energy Technology"), ("电池", "Battery"), ("材料科技", "Material Technology"),
    ("动力", "Power"), ("智能科技", "Intelligent Technology"), ("电子", "Electronics"), ("储能技术", "Energy Storage"),
  ]
  /// Chinese surnames and given-name characters, for individuals.
  static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"]
  static let given = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞"]
  static let pinyin: [String: String] = [
    "王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang", "赵": "Zhao",
    "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu", "伟": "Wei", "芳": "Fang",
    "娜": "Na", "敏": "Min", "静": "Jing", "强": "Qiang", "磊": "Lei", "军": "Jun", "洋": "Yang", "勇": "Yong",
    "艳": "Yan", "杰": "Jie", "涛": "Tao", "明": "Ming", "超": "Chao", "霞": "Xia",
  ]
  /// Latin syllables for foreign names.
  static let latin = ["ka", "ro", "ven", "tel", "mar", "lu", "sen", "do", "ri", "na", "bel", "tor", "gra", "vi", "zen"]

  /// The legal form a foreign applicant of `country` uses, in English and on Chinese documents.
  static func legalForm(_ country: String) -> (en: String, zh: String) {
    switch country {
    case "JP": ("Corporation", "株式会社")
    case "KR": ("Co., Ltd.", "株式会社")
    case "DE": ("GmbH", "有限责任公司")
    default: ("Inc.", "公司")
    }
  }
}
