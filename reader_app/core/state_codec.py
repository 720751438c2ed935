"""Plain-JSON forms of a Document and a ReadingState, shared by the saved file and the library."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reader_app.core.annotations import COLOURS, Anchor, Highlight
from reader_app.core.document import BlockKind, Document, Passage, PassageRole, Span, TextBlock
from reader_app.core.facts.model import FactKind
from reader_app.core.language import CHINESE, CHINESE_TRADITIONAL, ENGLISH, JAPANESE
from reader_app.core.reading_state import PinnedFact, ReadingState
from reader_app.core.translated import PassageTranslation, SentenceTranslation

JsonDict = dict[str, Any]
TARGET_LANGUAGES = frozenset({ENGLISH, JAPANESE, CHINESE, CHINESE_TRADITIONAL})


class CodecError(ValueError):
    """The JSON does not have the expected shape; the message names the field."""


# Reading helpers: each checks one field's type and says which field was wrong.


_SURROGATE = re.compile("[\ud800-\udfff]")


def _object(data: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise CodecError(f"{where} is not an object")
    return data


def _get(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    data = _object(data, where)
    if key not in data:
        raise CodecError(f"{where}.{key} is missing")
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise CodecError(f"{where}.{key} has the wrong type")
    if isinstance(value, str) and _SURROGATE.search(value) is not None:
        # JSON can spell one ("\ud800") but no file or library can store it: every later write would fail
        raise CodecError(f"{where}.{key} holds an invalid character (a lone surrogate)")
    return value


def _opt(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if _object(data, where).get(key) is None:
        return None
    return _get(data, key, kind, where)


def _list(data: Mapping[str, Any], key: str, where: str) -> list[Any]:
    return list(_get(data, key, list, where)) if _object(data, where).get(key) is not None else []


def _time(value: str, where: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as error:
        raise CodecError(f"{where} is not an ISO date-time") from error
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _enum(enum: type[PassageRole] | type[FactKind] | type[BlockKind], value: str, where: str) -> Any:
    try:
        return enum(value)
    except ValueError as error:
        raise CodecError(f"{where} has an unknown value {value!r}") from error


def _span(value: Any, where: str, limit: int | None = None) -> Span:
    if not (isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value)):
        raise CodecError(f"{where} is not a [start, end] pair")
    try:
        span = Span(value[0], value[1])
    except ValueError as error:
        raise CodecError(f"{where} is not a valid span") from error
    if limit is not None and span.end > limit:
        raise CodecError(f"{where} points past the end of its text")
    return span


# Document


def passage_to_json(passage: Passage, sentences: bool = True) -> JsonDict:
    """Without `sentences`, the "sentences" key is left out (the caller encodes them itself)."""
    data: JsonDict = {"role": passage.role.value, "lang": passage.lang, "text": passage.text}
    if sentences:
        data["sentences"] = [[s.start, s.end] for s in passage.sentences]
    return data


def passage_from_json(data: Mapping[str, Any], where: str = "passage") -> Passage:
    text = _get(data, "text", str, where)
    raw = _list(data, "sentences", where)
    sentences = tuple(_span(s, f"{where}.sentences[{i}]", len(text)) for i, s in enumerate(raw))
    return Passage(
        role=_enum(PassageRole, _get(data, "role", str, where), f"{where}.role"),
        text=text,
        lang=_get(data, "lang", str, where),
        sentences=sentences,
    )


def document_to_json(document: Document, sentences: bool = True) -> JsonDict:
    """Without `sentences`, each passage's "sentences" key is left out (see `passage_to_json`)."""
    return {
        "title": document.title,
        "source": str(document.source) if document.source is not None else None,
        "published": document.published.isoformat() if document.published is not None else None,
        "passages": [passage_to_json(p, sentences) for p in document.passages()],
        "byline": document.byline,
        "blocks": [[block.start, block.end, block.kind.value] for block in document.blocks],
    }


def document_from_json(data: Mapping[str, Any], where: str = "document") -> Document:
    passages = [passage_from_json(p, f"{where}.passages[{i}]") for i, p in enumerate(_list(data, "passages", where))]
    by_role = {p.role: p for p in passages}
    if len(by_role) != len(passages):
        raise CodecError(f"{where}.passages has two passages with the same role")
    article = by_role.get(PassageRole.ARTICLE)
    if article is None:
        raise CodecError(f"{where} has no article passage")
    published_text = _opt(data, "published", str, where)
    try:
        published = date.fromisoformat(published_text) if published_text else None
    except ValueError as error:
        raise CodecError(f"{where}.published is not an ISO date") from error
    source = _opt(data, "source", str, where)
    return Document(
        title=_get(data, "title", str, where),
        article=article,
        prompt=by_role.get(PassageRole.PROMPT),
        source=Path(source) if source else None,
        published=published,
        byline=_opt(data, "byline", str, where),
        blocks=_blocks(data.get("blocks") or [], f"{where}.blocks", len(article.text)),
    )


def _blocks(raw: Any, where: str, length: int) -> tuple[TextBlock, ...]:
    """Headings and list items of the article; optional (files written before they existed have none)."""
    if not isinstance(raw, list):
        raise CodecError(f"{where} is not a list")
    blocks: list[TextBlock] = []
    for index, item in enumerate(raw):
        if not (isinstance(item, list) and len(item) == 3 and isinstance(item[2], str)):
            raise CodecError(f"{where}[{index}] is not [start, end, kind]")
        span = _span(item[:2], f"{where}[{index}]", length)
        blocks.append(TextBlock(span.start, span.end, _enum(BlockKind, item[2], f"{where}[{index}].kind")))
    return tuple(blocks)


# Reading state


def translation_to_json(translation: PassageTranslation) -> JsonDict:
    return {
        "role": translation.role.value,
        "source_lang": translation.source_lang,
        "target_lang": translation.target_lang,
        "package": translation.package,
        "sentences": [None if s is None else {"text": s.text, "warning": s.warning} for s in translation.sentences],
    }


def translation_from_json(data: Mapping[str, Any], where: str) -> PassageTranslation:
    sentences: list[SentenceTranslation | None] = []
    for i, item in enumerate(_list(data, "sentences", where)):
        here = f"{where}.sentences[{i}]"
        if item is None:
            sentences.append(None)
        else:
            sentences.append(SentenceTranslation(_get(item, "text", str, here), _opt(item, "warning", str, here)))
    return PassageTranslation(
        role=_enum(PassageRole, _get(data, "role", str, where), f"{where}.role"),
        source_lang=_get(data, "source_lang", str, where),
        target_lang=_get(data, "target_lang", str, where),
        package=_get(data, "package", str, where),
        sentences=tuple(sentences),
    )


def highlight_to_json(highlight: Highlight) -> JsonDict:
    anchor = highlight.anchor
    return {
        "id": highlight.id,
        "role": highlight.role.value,
        "translated": highlight.translated,
        **({"lang": highlight.lang} if highlight.lang is not None else {}),
        "colour": highlight.colour,
        "note": highlight.note,
        "anchor": {
            "exact": anchor.exact,
            "prefix": anchor.prefix,
            "suffix": anchor.suffix,
            "start": anchor.start,
            "end": anchor.end,
        },
        "created": highlight.created.isoformat(),
        "modified": highlight.modified.isoformat(),
    }


def highlight_from_json(data: Mapping[str, Any], where: str) -> Highlight:
    anchor_data = _get(data, "anchor", dict, where)
    here = f"{where}.anchor"
    start, end = _get(anchor_data, "start", int, here), _get(anchor_data, "end", int, here)
    if not 0 <= start <= end:
        raise CodecError(f"{here} has a bad start/end")
    colour = _get(data, "colour", str, where)
    if colour not in COLOURS:
        raise CodecError(f"{where}.colour {colour!r} is not one of {', '.join(COLOURS)}")
    return Highlight(
        id=_get(data, "id", str, where),
        role=_enum(PassageRole, _get(data, "role", str, where), f"{where}.role"),
        translated=bool(_opt(data, "translated", bool, where)),
        lang=_opt(data, "lang", str, where),  # absent before format version 4, and for the original's highlights
        colour=colour,
        note=_opt(data, "note", str, where) or "",
        anchor=Anchor(
            exact=_get(anchor_data, "exact", str, here),
            prefix=_get(anchor_data, "prefix", str, here),
            suffix=_get(anchor_data, "suffix", str, here),
            start=start,
            end=end,
        ),
        created=_time(_get(data, "created", str, where), f"{where}.created"),
        modified=_time(_get(data, "modified", str, where), f"{where}.modified"),
    )


def pin_to_json(pin: PinnedFact) -> JsonDict:
    return {"kind": pin.kind.value, "role": pin.role.value, "span": [pin.span.start, pin.span.end], "text": pin.text}


def pin_from_json(data: Mapping[str, Any], where: str) -> PinnedFact:
    return PinnedFact(
        kind=_enum(FactKind, _get(data, "kind", str, where), f"{where}.kind"),
        role=_enum(PassageRole, _get(data, "role", str, where), f"{where}.role"),
        span=_span(_get(data, "span", list, where), f"{where}.span"),
        text=_get(data, "text", str, where),
    )


def state_to_json(state: ReadingState) -> JsonDict:
    return {
        "text_hash": state.text_hash,
        "title": state.title,
        "source": state.source,
        "summary_length": state.summary_length,
        "summary_edit": state.summary_edit,
        "pinned_facts": [pin_to_json(p) for p in state.pinned_facts],
        "highlights": [highlight_to_json(h) for h in state.highlights],
        "translations": [translation_to_json(t) for t in state.translations],
        "target_lang": state.target_lang,
        "created": state.created.isoformat(),
        "modified": state.modified.isoformat(),
        "revision": state.revision,
    }


def state_from_json(data: Mapping[str, Any], where: str = "state") -> ReadingState:
    length = _opt(data, "summary_length", int, where)
    if length is not None and length < 0:
        raise CodecError(f"{where}.summary_length is negative")
    revision = _opt(data, "revision", int, where) or 0  # states written before revisions existed count as 0
    if revision < 0:
        raise CodecError(f"{where}.revision is negative")
    target = _opt(data, "target_lang", str, where)  # absent before format version 3: the default
    if target is not None and target not in TARGET_LANGUAGES:
        raise CodecError(f"{where}.target_lang has an unknown value {target!r}")
    return ReadingState(
        text_hash=_get(data, "text_hash", str, where),
        title=_get(data, "title", str, where),
        source=_opt(data, "source", str, where),
        summary_length=length,
        summary_edit=_opt(data, "summary_edit", str, where),
        pinned_facts=tuple(
            pin_from_json(p, f"{where}.pinned_facts[{i}]") for i, p in enumerate(_list(data, "pinned_facts", where))
        ),
        highlights=tuple(
            highlight_from_json(h, f"{where}.highlights[{i}]") for i, h in enumerate(_list(data, "highlights", where))
        ),
        translations=tuple(
            translation_from_json(t, f"{where}.translations[{i}]")
            for i, t in enumerate(_list(data, "translations", where))
        ),
        created=_time(_get(data, "created", str, where), f"{where}.created"),
        modified=_time(_get(data, "modified", str, where), f"{where}.modified"),
        target_lang=target,
        revision=revision,
    )
