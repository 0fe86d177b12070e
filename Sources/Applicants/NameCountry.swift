/// The country an applicant's name alone shows, for records that give no address (KIPRIS search results, some
/// OPS and ST.96 records): a Korean name in Hangul with a Korean legal form or organisation word, or a Korean
/// personal name (two to four Hangul syllables, no space); a Japanese name with kana and a Japanese legal form.
///
/// Names written in a script but carrying a foreign legal form (`애플 인크.`, `게엠베하`) show nothing: offices
/// write foreign applicants in their own script too. O(name length).
public enum NameCountry {
  /// Korean legal forms and organisation words.
  static let korean = [
    "주식회사", "(주)", "㈜", "유한회사", "유한책임회사", "합자회사", "합명회사", "재단법인", "사단법인", "학교법인",
    "의료법인", "농업회사법인", "어업회사법인", "대학교", "산학협력단", "연구원", "연구소", "공사", "공단",
  ]
  /// Transliterated foreign legal forms (not Korean or Japanese companies).
  static let foreign = [
    "인크", "코포레이션", "컴퍼니", "리미티드", "엘엘씨", "게엠베하", "아게", "에스에이", "가부시키가이샤", "카부시키가이샤", "비.브이",
    "インコーポレイテッド", "コーポレーション", "リミテッド", "ゲーエムベーハー", "エルエルシー",
  ]
  /// Japanese legal forms.
  static let japanese = ["株式会社", "有限会社", "合同会社", "国立大学法人", "学校法人", "独立行政法人"]

  /// The country the name shows, with the evidence; nil when it shows none.
  public static func infer(_ name: String) -> (country: String, evidence: String)? {
    if foreign.contains(where: { name.contains($0) }) { return nil }
    let scalars = name.unicodeScalars
    let hangul = scalars.filter { (0xAC00...0xD7A3).contains($0.value) }.count
    if hangul > 0 {
      if let form = korean.first(where: { name.contains($0) }) { return ("KR", "Hangul name with \(form)") }
      let letters = scalars.filter { !$0.properties.isWhitespace }.count
      if hangul == letters && (2...4).contains(hangul) && !name.contains(" ") {
        return ("KR", "Korean personal name in Hangul")
      }
      return nil
    }
    if let form = japanese.first(where: { name.contains($0) }) { return ("JP", "Japanese name with \(form)") }
    return nil
  }
}
