"""Saved vocabulary: words with their reading, meaning and the sentence they were met in; export to Anki and TSV.

The words live in their own SQLite file beside the library database (the user's data folder), with a schema
version like the library's. Saving the same word (language, word, reading) again updates it. The Anki deck gives
each note a GUID made from the same three values, so importing a later export updates the card instead of adding a
second one.
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader_app.core.app_paths import data_dir

SCHEMA_VERSION = 1
DECK_ID = 1_707_113_501
MODEL_ID = 1_707_113_502
"""Fixed so that every export is the same deck and note type to Anki (it matches them by id)."""
DECK_NAME = "Reader vocabulary"
FIELDS = ("Word", "Reading", "Meaning", "Sentence", "Translation", "Link")


class VocabularyError(Exception):
    """The vocabulary file cannot be read or written; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class VocabularyItem:
    lang: str
    word: str
    reading: str
    meaning: str
    sentence: str = ""
    translation: str = ""
    link: str = ""
    """Where the word was met: the document's path (or title when it has no file)."""
    added: str = ""

    def key(self) -> tuple[str, str, str]:
        return (self.lang, self.word, self.reading)


def default_path() -> Path:
    return data_dir() / "vocabulary.sqlite3"


class VocabularyStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=10.0)
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                connection.close()
                raise VocabularyError(
                    f"{self.path} was written by a newer version of the app; it was left untouched."
                )
            if version == 0:
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS vocabulary (lang TEXT NOT NULL, word TEXT NOT NULL, "
                    "reading TEXT NOT NULL, meaning TEXT NOT NULL, sentence TEXT NOT NULL, "
                    "translation TEXT NOT NULL, link TEXT NOT NULL, added TEXT NOT NULL, "
                    "PRIMARY KEY (lang, word, reading))"
                )
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                connection.commit()
            return connection
        except sqlite3.Error as error:
            raise VocabularyError(f"the vocabulary file {self.path} cannot be used: {error}") from error

    def add(self, item: VocabularyItem) -> VocabularyItem:
        """Save `item`; a word already saved keeps its date and gets the new meaning and sentence."""
        added = item.added or datetime.now(UTC).isoformat(timespec="seconds")
        connection = self._connect()
        try:
            with connection:
                connection.execute(
                    "INSERT INTO vocabulary VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (lang, word, reading) DO "
                    "UPDATE SET meaning = excluded.meaning, sentence = excluded.sentence, "
                    "translation = excluded.translation, link = excluded.link",
                    (item.lang, item.word, item.reading, item.meaning, item.sentence, item.translation, item.link,
                     added),
                )
        except sqlite3.Error as error:
            raise VocabularyError(f"the word could not be saved: {error}") from error
        finally:
            connection.close()
        return VocabularyItem(**{**_as_dict(item), "added": added})

    def remove(self, key: tuple[str, str, str]) -> None:
        connection = self._connect()
        try:
            with connection:
                connection.execute("DELETE FROM vocabulary WHERE lang = ? AND word = ? AND reading = ?", key)
        finally:
            connection.close()

    def items(self) -> list[VocabularyItem]:
        """Every saved word, newest first."""
        if not self.path.exists():
            return []
        connection = self._connect()
        try:
            rows = connection.execute(
                "SELECT lang, word, reading, meaning, sentence, translation, link, added FROM vocabulary "
                "ORDER BY added DESC, word"
            ).fetchall()
        finally:
            connection.close()
        return [VocabularyItem(*row) for row in rows]


def _as_dict(item: VocabularyItem) -> dict[str, str]:
    return {name: getattr(item, name) for name in VocabularyItem.__slots__}


def note_guid(item: VocabularyItem) -> str:
    import genanki

    guid: str = genanki.guid_for("reader-app-vocabulary", *item.key())
    return guid


def _atomic_target(path: Path) -> tuple[int, str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    return tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)


HIGHLIGHT_MODEL_ID = 1_707_113_503
HIGHLIGHT_DECK_ID = 1_707_113_504
HIGHLIGHT_DECK_NAME = "Reader highlights"
HIGHLIGHT_FIELDS = ("Front", "Back", "Note", "Colour", "Source")


@dataclass(frozen=True, slots=True)
class HighlightCard:
    """A highlight as an Anki note: fields already HTML (the TSV export's cards), and what identifies it."""

    fields: tuple[str, ...]
    """Front, Back, Note, Colour, Source."""
    key: tuple[str, str]
    """(document title, quote): the same highlight exported again is the same note."""


def _word_model() -> Any:
    import genanki

    return genanki.Model(
        MODEL_ID,
        "Reader vocabulary word",
        fields=[{"name": name} for name in FIELDS],
        templates=[
            {
                "name": "Recognition",
                "qfmt": '<div class="word">{{Word}}</div>',
                "afmt": '{{FrontSide}}<hr id="answer"><div class="reading">{{Reading}}</div>'
                '<div class="meaning">{{Meaning}}</div><div class="sentence">{{Sentence}}</div>'
                '<div class="translation">{{Translation}}</div><div class="link">{{Link}}</div>',
            }
        ],
        css=_CSS,
    )


def _highlight_model() -> Any:
    import genanki

    return genanki.Model(
        HIGHLIGHT_MODEL_ID,
        "Reader highlight",
        fields=[{"name": name} for name in HIGHLIGHT_FIELDS],
        templates=[
            {
                "name": "Sentence",
                "qfmt": '<div class="sentence">{{Front}}</div>',
                "afmt": '{{FrontSide}}<hr id="answer"><div class="translation">{{Back}}</div>'
                '<div class="link">{{Note}}</div><div class="link">{{Colour}} · {{Source}}</div>',
            }
        ],
        css=_CSS,
    )


_CSS = (
    ".card { font-family: 'Noto Sans CJK SC', 'Noto Sans CJK JP', sans-serif; text-align: center; }"
    " .word { font-size: 2.5em; } .reading { font-size: 1.4em; color: #555; } .sentence { margin-top: 1em; }"
    " .translation, .link { color: #777; font-size: 0.9em; }"
)


def apkg_bytes(
    items: Iterable[VocabularyItem],
    highlights: Iterable[HighlightCard] = (),
    deck_name: str = DECK_NAME,
    deck_id: int = DECK_ID,
) -> bytes:
    """An Anki package of saved words and highlight cards (one deck, fixed ids, stable note GUIDs)."""
    import genanki

    deck = genanki.Deck(deck_id, deck_name)
    word_model, highlight_model = _word_model(), _highlight_model()
    for item in items:
        fields = [item.word, item.reading, item.meaning, item.sentence, item.translation, item.link]
        deck.add_note(genanki.Note(model=word_model, fields=[_html(f) for f in fields], guid=note_guid(item)))
    for card in highlights:
        guid = genanki.guid_for("reader-app-highlight", *card.key)
        deck.add_note(genanki.Note(model=highlight_model, fields=list(card.fields), guid=guid))
    descriptor, temporary = tempfile.mkstemp(suffix=".apkg")
    os.close(descriptor)
    try:
        genanki.Package(deck).write_to_file(temporary)
        return Path(temporary).read_bytes()
    finally:
        Path(temporary).unlink(missing_ok=True)


def export_apkg(items: Iterable[VocabularyItem], path: Path, deck_name: str = DECK_NAME) -> int:
    """Write an Anki package of `items`; returns the number of notes. Written atomically."""
    items = list(items)
    data = apkg_bytes(items, (), deck_name)
    descriptor, temporary = _atomic_target(path)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(items)


def _html(text: str) -> str:
    import html

    return html.escape(text).replace("\n", "<br>")


def tsv_text(items: Iterable[VocabularyItem]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([name.lower() for name in FIELDS])
    for item in items:
        writer.writerow([item.word, item.reading, item.meaning, item.sentence, item.translation, item.link])
    return out.getvalue()


def export_tsv(items: Iterable[VocabularyItem], path: Path) -> int:
    text = tsv_text(items)
    descriptor, temporary = _atomic_target(path)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return text.count("\n") - 1
