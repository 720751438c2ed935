"""Builds the outside name sets in this folder from their published files (run once; the outputs are committed).

    python benchmarks/names_eval/build.py --ja NER_JSON --en WIKIGOLD_CONLL --zh UNER_IOB2 [UNER_IOB2 ...]

--ja: ner.json of stockmarkteam/ner-wikipedia-dataset (Japanese Wikipedia sentences, CC BY-SA 3.0);
      every second sentence (by position) is kept, to keep the file small.
--en: wikigold.conll.txt (English Wikipedia articles, CoNLL tags; Balasuriya et al. 2009, CC BY 3.0);
      tokens are joined back into text by the usual detokenising rules, entity spans kept as offsets.
--zh: Universal NER .iob2 files (UNER v1: zh_pud-ud-test, Chinese PUD, CC BY-SA 3.0; zh_gsdsimp-ud-dev, simplified
      Chinese GSD, CC BY-SA 4.0); each sentence's `# text =` line is the text, token tags become offsets in it.
Each output line: {"id", "text", "entities": [{"type", "start", "end"}]} with the source's own type names.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|')$")
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def build_ja(source: Path) -> list[dict[str, object]]:
    rows = json.loads(source.read_text(encoding="utf-8"))
    out = []
    for index, row in enumerate(rows):
        if index % 2:
            continue
        entities = [{"type": e["type"], "start": e["span"][0], "end": e["span"][1]} for e in row["entities"]]
        for entity, original in zip(entities, row["entities"], strict=True):
            assert row["text"][entity["start"] : entity["end"]] == original["name"]
        out.append({"id": f"ja-{row['curid']}-{index}", "text": row["text"], "entities": entities})
    return out


def _documents(source: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents of sentences of (token, tag)."""
    documents: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for raw in source.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\\").strip()
        if not line:
            if sentence and documents:
                documents[-1].append(sentence)
            sentence = []
            continue
        token, tag = line.rsplit(" ", 1)
        if token == "-DOCSTART-":
            documents.append([])
            continue
        sentence.append((token, tag))
    if sentence and documents:
        documents[-1].append(sentence)
    return documents


def build_en(source: Path) -> list[dict[str, object]]:
    out = []
    for number, document in enumerate(_documents(source)):
        text = ""
        entities: list[dict[str, object]] = []
        for sentence in document:
            if text:
                text += " "
            previous = ""
            open_entity: dict[str, object] | None = None
            for token, tag in sentence:
                word = '"' if token in ("``", "''") else token
                spaced = text and not text.endswith(" ") and previous not in _NO_SPACE_AFTER
                if spaced and not _NO_SPACE_BEFORE.match(token):
                    text += " "
                start = len(text)
                text += word
                kind = tag[2:] if tag != "O" else ""
                continues = open_entity is not None and open_entity["type"] == kind and not tag.startswith("B-")
                if kind and continues and open_entity is not None:
                    open_entity["end"] = len(text)
                elif kind:
                    open_entity = {"type": kind, "start": start, "end": len(text)}
                    entities.append(open_entity)
                else:
                    open_entity = None
                previous = token
        out.append({"id": f"en-wikigold-{number:03d}", "text": text, "entities": entities})
    return out


def build_zh(sources: list[Path]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for source in sources:
        name = source.name.split("-")[0]
        for block in source.read_text(encoding="utf-8").split("\n\n"):
            lines = block.strip().splitlines()
            sent_id = next((line.split("= ", 1)[1] for line in lines if line.startswith("# sent_id")), "")
            text = next((line.split("= ", 1)[1] for line in lines if line.startswith("# text")), "")
            if not text:
                continue
            entities: list[dict[str, object]] = []
            at = 0
            open_entity: dict[str, object] | None = None
            for line in lines:
                if line.startswith("#"):
                    continue
                _, token, tag = line.split("\t")[:3]
                start = text.index(token, at)
                at = start + len(token)
                kind = tag[2:] if tag != "O" else ""
                if kind and tag.startswith("I-") and open_entity is not None and open_entity["type"] == kind:
                    open_entity["end"] = at
                elif kind:
                    open_entity = {"type": kind, "start": start, "end": at}
                    entities.append(open_entity)
                else:
                    open_entity = None
            out.append({"id": f"zh-{name}-{sent_id}", "text": text, "entities": entities})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ja", type=Path)
    parser.add_argument("--en", type=Path)
    parser.add_argument("--zh", type=Path, nargs="*")
    args = parser.parse_args()
    for name, rows in (
        ("ja_wikipedia_ner.jsonl", args.ja and build_ja(args.ja)),
        ("en_wikigold.jsonl", args.en and build_en(args.en)),
        ("zh_universal_ner.jsonl", args.zh and build_zh(args.zh)),
    ):
        if rows:
            with (HERE / name).open("w", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(name, len(rows))


if __name__ == "__main__":
    main()
