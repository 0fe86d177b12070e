#!/usr/bin/env python3
"""Derives Sources/ReferenceData/Resources/hanzi-pinyin.tsv: every character of GB 2312 (levels 1 and 2, 6,763
hanzi) with its pinyin readings without tones, most common first, from pypinyin's character dictionary (MIT,
https://github.com/mozillazg/python-pinyin, data from the Unihan database and hanzi-pinyin sources).

    pip install pypinyin==0.55.0 && python3 Scripts/derive-hanzi-pinyin.py
"""
import datetime
import pathlib

import pypinyin
from pypinyin import Style, pinyin

out = pathlib.Path(__file__).resolve().parent.parent / "Sources/ReferenceData/Resources/hanzi-pinyin.tsv"
chars = []
for high in range(0xB0, 0xF8):
    for low in range(0xA1, 0xFF):
        try:
            c = bytes([high, low]).decode("gb2312")
        except UnicodeDecodeError:
            continue
        chars.append(c)
lines = [
    f"# source: pypinyin {pypinyin.__version__} character dictionary (MIT; Unihan kHanyuPinyin/kMandarin and hanzi-pinyin data), every character of GB 2312 levels 1 and 2",
    f"# as-of: pypinyin {pypinyin.__version__}; derived {datetime.date.today().isoformat()} by Scripts/derive-hanzi-pinyin.py",
    "# readings: without tones, most common first, separated by `|` (ü written v)",
    "hanzi\treadings",
]
for c in chars:
    readings = []
    for r in pinyin(c, style=Style.NORMAL, heteronym=True)[0]:
        r = r.replace("ü", "v")
        if r not in readings and r.isascii() and r.isalpha():
            readings.append(r)
    if readings:
        lines.append(f"{c}\t{'|'.join(readings)}")
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{len(lines) - 4} characters written to {out}")
