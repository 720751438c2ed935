"""Turn the marked-up evaluation texts in src/ into dev.json and heldout.json (plain text plus labelled spans).

Markup: [[kind:text]] or [[kind:text=value]], where value is
  count/percent: a number, or null for vague counts ("dozens of …");
  money: "AMOUNT CUR" ("4400000000 USD"), "AMOUNT" when the currency is unknown, or null;
  date: "YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD", "YYYY-MM-DDTHH:MM", an ISO 8601 length of time ("P3W"), or null
    when unresolvable;
  org/person/place: no value.
A text starts with "=== id | lang | published | topic"; "=== negatives | lang" starts one string per line.
Run: python benchmarks/facts_eval/build.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_MARK = re.compile(
    r"\[\[(?P<kind>count|money|percent|date|org|person|place):(?P<text>[^=\]]+)(?:=(?P<value>[^\]]*))?\]\]"
)


def _value(kind: str, raw: str | None) -> Any:
    if raw is None:
        return "unlabelled"
    if raw == "null":
        return None
    if kind in ("count", "percent"):
        return {"number": float(raw)}
    if kind == "money":
        amount, _, currency = raw.partition(" ")
        return {"amount": float(amount), "currency": currency or None}
    if kind == "date":
        if raw.startswith("P"):
            return {"duration": raw}
        if raw.startswith("FREQ="):
            return {"recurrence": raw}
        if "T" in raw:
            day, clock = raw.split("T")
            return {"start": day, "end": day, "time": clock}
        start, _, end = raw.partition("/")
        return {"start": start, "end": end or start}
    return None


def _text(body: str) -> tuple[str, list[dict[str, Any]]]:
    plain = ""
    facts: list[dict[str, Any]] = []
    position = 0
    for match in _MARK.finditer(body):
        plain += body[position : match.start()]
        start = len(plain)
        plain += match.group("text")
        fact: dict[str, Any] = {"kind": match.group("kind"), "text": match.group("text"), "start": start,
                                "end": len(plain)}  # fmt: skip
        value = _value(match.group("kind"), match.group("value"))
        if match.group("kind") not in ("org", "person", "place") and value != "unlabelled":
            fact["value"] = value
        facts.append(fact)
        position = match.end()
    plain += body[position:]
    if "[[" in plain or "]]" in plain:
        raise ValueError(f"unparsed markup in: {plain[:80]}")
    return plain.strip("\n"), facts


def build(source: Path) -> dict[str, Any]:
    texts: list[dict[str, Any]] = []
    negatives: list[dict[str, str]] = []
    blocks = re.split(r"^=== ", source.read_text(encoding="utf-8"), flags=re.M)[1:]
    for block in blocks:
        header, _, body = block.partition("\n")
        fields = [field.strip() for field in header.split("|")]
        if fields[0] == "negatives":
            negatives += [{"lang": fields[1], "text": line.strip()} for line in body.splitlines() if line.strip()]
            continue
        ident, lang, published, topic = fields
        text, facts = _text(body.strip("\n"))
        texts.append({"id": ident, "lang": lang, "published": published, "topic": topic, "text": text, "facts": facts})
    return {"split": source.stem, "texts": texts, "negatives": negatives}


def main() -> int:
    for name in ("dev", "heldout"):
        data = build(HERE / "src" / f"{name}.txt")
        for item in data["texts"]:
            for fact in item["facts"]:
                assert item["text"][fact["start"] : fact["end"]] == fact["text"], fact
        (HERE / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts = sum(len(item["facts"]) for item in data["texts"])
        print(f"{name}: {len(data['texts'])} texts, {counts} labelled facts, {len(data['negatives'])} negatives")
    return 0


if __name__ == "__main__":
    sys.exit(main())
