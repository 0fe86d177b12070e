import Foundation

/// Infers an applicant's country from a CJK address text when the format gives no ISO code
/// (CNIPA legacy addresses, JPO addresses). Returns `nil` rather than guess.
enum AddressCountry {
  /// Foreign country names as CNIPA and JPO print them at the start of an address, longest first.
  private static let names: [(String, String)] = [
    ("美国", "US"), ("日本", "JP"), ("韩国", "KR"), ("大韩民国", "KR"), ("德国", "DE"), ("法国", "FR"), ("英国", "GB"),
    ("瑞士", "CH"), ("荷兰", "NL"), ("瑞典", "SE"), ("意大利", "IT"), ("加拿大", "CA"), ("澳大利亚", "AU"), ("芬兰", "FI"),
    ("丹麦", "DK"), ("比利时", "BE"), ("奥地利", "AT"), ("以色列", "IL"), ("新加坡", "SG"), ("印度", "IN"), ("俄罗斯", "RU"),
    ("西班牙", "ES"), ("爱尔兰", "IE"), ("挪威", "NO"), ("卢森堡", "LU"), ("新西兰", "NZ"), ("巴西", "BR"),
    ("中国台湾", "TW"), ("台湾", "TW"), ("中国香港", "HK"), ("香港", "HK"), ("澳门", "MO"),
    ("アメリカ合衆国", "US"), ("米国", "US"), ("ドイツ", "DE"), ("フランス", "FR"), ("イギリス", "GB"), ("英国", "GB"),
    ("大韓民国", "KR"), ("中華人民共和国", "CN"), ("中国", "CN"), ("スイス", "CH"), ("オランダ", "NL"), ("スウェーデン", "SE"),
    ("イタリア", "IT"), ("カナダ", "CA"), ("台湾", "TW"), ("フィンランド", "FI"), ("デンマーク", "DK"), ("ベルギー", "BE"),
  ]

  /// Chinese province-level names; an address starting with one (or with a 6-digit postcode) is domestic.
  private static let provinces = [
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
    "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏",
    "新疆",
  ]

  /// The country of a CNIPA address: a foreign name prefix, else `CN` for a postcode or province prefix.
  static func chinese(_ address: String?) -> String? {
    guard let text = address?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
    for (name, code) in names where text.hasPrefix(name) { return code }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    var rest = Substring(text)
    if digits.count == 6 {
      rest = text.dropFirst(6).drop { $0 == " " }
      for (name, code) in names where rest.hasPrefix(name) { return code }
      return "CN"
    }
    return provinces.contains { rest.hasPrefix($0) } ? "CN" : nil
  }

  /// The country of a JPO address: a foreign name prefix, else `JP` for a prefecture (都道府県) address.
  static func japanese(_ address: String?) -> String? {
    guard let text = address?.precomposedStringWithCompatibilityMapping, !text.isEmpty else { return nil }
    for (name, code) in names where text.hasPrefix(name) { return code }
    let head = text.prefix(5)
    return head.contains("都") || head.contains("道") || head.contains("府") || head.contains("県") ? "JP" : nil
  }
}
