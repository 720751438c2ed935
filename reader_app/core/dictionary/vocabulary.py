"""Saved vocabulary: words with their reading, meaning and the sentence they were met in; export to Anki and TSV.

The words live in the library database (table `vocabulary`, added by the library's schema migration, which also
imports the vocabulary.sqlite3 file earlier versions kept beside it). Saving the same word (language, word, reading)
again updates it. The Anki deck gives each note a GUID made from the same three values, so importing a later export
updates the card instead of adding a second one.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader_app.core.atomic_write import atomic_write_bytes

OLD_FILE_NAME = "vocabulary.sqlite3"
"""Where earlier versions kept the words, beside the library; imported once by the library's migration."""
OLD_SCHEMA_VERSION = 1
_COLUMNS = "lang, word, reading, meaning, sentence, translation, link, added"
_log = logging.getLogger(__name__)
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
    """The library database, which holds the saved words."""
    from reader_app.core import library

    return library.default_path()


def import_old_vocabulary(connection: sqlite3.Connection, folder: Path) -> int:
    """Copy the words of `folder`/vocabulary.sqlite3 (earlier versions' file) into the library's `vocabulary`
    table, inside the caller's transaction; returns how many. The old file is only read, never changed: a file that
    cannot be read, or was written by a newer version, is left as it is and its words are not imported (logged)."""
    old = folder / OLD_FILE_NAME
    if not old.is_file():
        return 0
    try:
        source = sqlite3.connect(f"file:{old}?mode=ro", uri=True, timeout=10.0)
        try:
            version = source.execute("PRAGMA user_version").fetchone()[0]
            if version > OLD_SCHEMA_VERSION:
                _log.warning("%s was written by a newer version of the app; its words were not imported", old)
                return 0
            has_table = source.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vocabulary'"
            ).fetchone()
            rows = source.execute(f"SELECT {_COLUMNS} FROM vocabulary").fetchall() if has_table else []
        finally:
            source.close()
    except sqlite3.Error as error:
        _log.warning("the words of %s could not be imported (%s); the file was left as it is", old, error)
        return 0
    connection.executemany(
        f"INSERT INTO vocabulary ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [tuple("" if value is None else str(value) for value in row) for row in rows],
    )
    return len(rows)


class VocabularyStore:
    """The saved words in the library database at `path` (opening it migrates it, as the library does)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._read_only: str | None = None
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        from reader_app.core.library import Library, LibraryError

        if not self._ready:
            try:
                library = Library(self.path)  # creates or migrates the schema, or refuses a newer or damaged file
            except LibraryError as error:
                raise VocabularyError(str(error)) from error
            self._read_only = library.read_only
            library.close()
            self._ready = True
        try:
            connection = sqlite3.connect(self.path, timeout=10.0)
            if self._read_only is not None:
                connection.execute("PRAGMA query_only = ON")
            connection.execute("PRAGMA synchronous = FULL")
            return connection
        except sqlite3.Error as error:
            raise VocabularyError(f"the library {self.path} cannot be used: {error}") from error

    def _writable(self) -> None:
        if self._read_only is not None:
            raise VocabularyError(self._read_only)

    def add(self, item: VocabularyItem) -> VocabularyItem:
        """Save `item`; a word already saved keeps its date and gets the new meaning and sentence."""
        added = item.added or datetime.now(UTC).isoformat(timespec="seconds")
        connection = self._connect()
        try:
            self._writable()
            with connection:
                connection.execute(
                    f"INSERT INTO vocabulary ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (lang, word, reading) DO UPDATE SET meaning = excluded.meaning, "
                    "sentence = excluded.sentence, translation = excluded.translation, link = excluded.link",
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
            self._writable()
            with connection:
                connection.execute("DELETE FROM vocabulary WHERE lang = ? AND word = ? AND reading = ?", key)
        except sqlite3.Error as error:
            raise VocabularyError(f"the word could not be removed: {error}") from error
        finally:
            connection.close()

    def items(self) -> list[VocabularyItem]:
        """Every saved word, newest first."""
        old = self.path.parent / OLD_FILE_NAME
        if not self.path.exists() and not old.exists():
            return []  # nothing saved yet: listing creates no library
        connection = self._connect()
        try:
            rows = connection.execute(f"SELECT {_COLUMNS} FROM vocabulary ORDER BY added DESC, word").fetchall()
        except sqlite3.Error as error:
            raise VocabularyError(f"the saved words could not be read: {error}") from error
        finally:
            connection.close()
        return [VocabularyItem(*row) for row in rows]


def _as_dict(item: VocabularyItem) -> dict[str, str]:
    return {name: getattr(item, name) for name in VocabularyItem.__slots__}


def note_guid(item: VocabularyItem) -> str:
    import genanki

    guid: str = genanki.guid_for("reader-app-vocabulary", *item.key())
    return guid


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
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, apkg_bytes(items, (), deck_name))  # with the mode every other export gets
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
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, text.encode("utf-8"))
    return text.count("\n") - 1
