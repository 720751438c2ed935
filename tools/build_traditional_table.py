"""Complete resources/facts/simplified_traditional.txt: a traditional form for every simplified character the name
lexicons and the Chinese name rules use, so that a name or a title written in traditional script is found too.

Pairs already in the file (kept by hand) stay as they are; the others come from OpenCC's standard character table
(its `s2t` configuration, the `opencc` package the project already depends on), one character at a time.
Run: python tools/build_traditional_table.py
"""

from __future__ import annotations

import re
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "resources" / "facts" / "simplified_traditional.txt"
# The lexicons and rule modules whose characters need a traditional form.
INPUTS = [
    *(ROOT / "resources" / "facts").glob("*.txt"),
    ROOT / "reader_app" / "core" / "facts" / "entities_cjk.py",
]
_HAN = re.compile("[\u4e00-\u9fff]")
# Characters OpenCC maps by their commonest word that keep their form in names: the family names 余, 范, 岳, 涂,
# 游; 里 of 希拉里 and 里约 (not 裏, "inside"); 几, 冲, 并, 征, 秘, 咸, 岩, 厘 in names of places.
MARK = "# From OpenCC s2t (tools/build_traditional_table.py)."
KEEP = frozenset("余范岳涂游里几冲并征秘咸岩厘")


def main() -> None:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    if MARK in lines:
        lines = lines[: lines.index(MARK)]  # the generated block is made again below
    known = {pair[0] for line in lines if not line.startswith("#") for pair in line.split()}
    characters = sorted({ch for path in INPUTS for ch in _HAN.findall(path.read_text(encoding="utf-8"))})
    converter = opencc.OpenCC("s2t")
    added = []
    for ch in characters:
        traditional = converter.convert(ch)
        if ch not in known and ch not in KEEP and traditional != ch and len(traditional) == 1:
            added.append(ch + traditional)
    if not added:
        print("nothing to add")
        return
    lines.append(MARK)
    lines.extend(" ".join(added[i : i + 24]) for i in range(0, len(added), 24))
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"added {len(added)} pairs")


if __name__ == "__main__":
    main()
