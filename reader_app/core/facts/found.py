"""What each detector hands to extraction: a raw match with its span and value, plus the text it searched."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reader_app.core.facts.model import FactKind, FactValue
from reader_app.core.facts.numbers import fold

# Characters that only traditional Chinese uses; a few of them mark a passage as traditional.
_TRADITIONAL_ONLY = frozenset(
    "們這國為說會與經濟發開時對個來後從過還進動實體區於當應點長該萬億兩門單"
    "計華讓傳網遊戲現關際聯"
)
_SIMPLIFIED_ONLY = frozenset(
    "们这国为说会与经济发开时对个来后从过还进动实体区于当应点长该万亿两门单"
    "计华让传网游戏现关际联"
)


_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}

_FULL_STOP = re.compile(r"\. ")
# Abbreviations whose full stop is not a sentence end: clock suffixes, month and title abbreviations.
_ABBREVIATION = re.compile(
    r"(?:\b[ap]\.m|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun"
    r"|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Prof|No|vs|approx|est))\.$"
)


@dataclass(frozen=True, slots=True)
class Found:
    """One detected fact before overlaps between detectors are settled."""

    kind: FactKind
    start: int
    end: int
    value: FactValue | None


@dataclass(slots=True)
class Context:
    """The passage text as detectors see it: original, folded to ASCII forms, language and publication date."""

    text: str
    lang: str
    published: date | None = None
    traditional: bool | None = None
    """Whether Chinese text is traditional; worked out from the text when None."""
    folded: str = field(init=False)
    _lowered: str | None = field(default=None, init=False, repr=False)

    @property
    def lowered(self) -> str:
        """`folded` in lower case, character for character (offsets hold): a pattern that ignores case runs far
        faster as a plain one over this text."""
        if self._lowered is None:
            lowered = self.folded.lower()
            self._lowered = lowered if len(lowered) == len(self.folded) else self.folded.translate(_ASCII_LOWER)
        return self._lowered

    def __post_init__(self) -> None:
        self.folded = fold(self.text)
        if self.traditional is not None:
            return
        self.traditional = False
        if self.lang.startswith("zh"):
            sample = self.text[:20000]
            trad = sum(1 for ch in sample if ch in _TRADITIONAL_ONLY)
            simp = sum(1 for ch in sample if ch in _SIMPLIFIED_ONLY)
            self.traditional = self.lang == "zh-Hant" or trad > simp

    @property
    def cjk(self) -> bool:
        return self.lang in ("zh", "ja", "zh-Hant") or self.lang.startswith("zh")

    def window(self, start: int, end: int, before: int = 300, after: int = 300) -> str:
        return self.folded[max(0, start - before) : end + after]

    def clause_before(self, start: int, size: int = 80) -> str:
        """Text before `start` back to the sentence start (at most `size` characters); the full stop of an
        abbreviation ("12:01 a.m. on Saturday", "before Sept. 15") does not end the sentence."""
        piece = self.folded[max(0, start - size) : start]
        cut = max(piece.rfind(mark) for mark in ("。", "!", "?", "！", "？", "\n"))
        for stop in _FULL_STOP.finditer(piece, cut + 1):
            if not _ABBREVIATION.search(piece, max(0, stop.start() - 6), stop.start() + 1):
                cut = max(cut, stop.start())
        return piece[cut + 1 :] if cut >= 0 else piece

    def clause_after(self, end: int, size: int = 40) -> str:
        piece = self.folded[end : end + size]
        match = re.search(r"[.。!?！？\n]", piece)
        return piece[: match.start()] if match else piece


class Taken:
    """Characters already claimed by a kept span: checking a short span costs its length, so settling all the
    candidates of a long text stays linear."""

    def __init__(self, length: int) -> None:
        self._mask = bytearray(length + 1)

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self._mask[start : max(end, start + 1)]

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)


def without_overlaps(items: list[Found], length: int) -> list[Found]:
    """Keep items in the given order of preference, dropping any that overlaps one kept before; text order out."""
    taken = Taken(length)
    chosen: list[Found] = []
    for item in items:
        if item.end <= item.start or taken.overlaps(item.start, item.end):
            continue
        taken.add(item.start, item.end)
        chosen.append(item)
    return sorted(chosen, key=lambda f: f.start)


def scan(
    pattern: re.Pattern[str], text: str, anchor: re.Pattern[str] | None = None, back: int = 48, ahead: int = 48
) -> list[re.Match[str]]:
    """All matches of `pattern` in `text`, like `finditer`, but when an `anchor` is given (a cheap literal pattern that
    every match contains) the full pattern only runs in a window around each anchor hit: whole-text scans with
    complex patterns are the slow part of extraction. A match starts at most `back` characters before its anchor
    and ends well within `ahead` characters after it."""
    required = required_strings(pattern)
    if required and not any(word in text for word in required):
        return []  # a text without any string every match holds has no match: a substring search or two, no scan
    if anchor is None:
        return list(pattern.finditer(text))
    matches: list[re.Match[str]] = []
    seen: set[tuple[int, int]] = set()
    length = len(text)
    resume = 0
    for hit in by_first_character(anchor).finditer(text):
        start = max(resume, hit.start() - back)
        stop = min(length, hit.end() + ahead)
        safe = stop if stop == length else stop - 12
        position = start
        while position <= hit.start():
            match = pattern.search(text, position, stop)
            if match is None or match.start() > hit.start():
                break
            if match.end() <= safe and (match.start(), match.end()) not in seen and match.end() > match.start():
                seen.add((match.start(), match.end()))
                matches.append(match)
            position = max(match.end(), position + 1)
        resume = max(resume, min(position, hit.start()))
    matches.sort(key=lambda m: m.start())
    return matches


_REQUIRED: dict[re.Pattern[str], frozenset[str] | None] = {}


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which is in every text `pattern` matches in (a literal run every match holds, or one per
    alternative: "年代", {"世纪", "世紀"}), or None when no such strings are worked out."""
    if pattern not in _REQUIRED:
        _REQUIRED[pattern] = _required(pattern)
    return _REQUIRED[pattern]


_MOST_STRINGS = 16
"""Beyond this many alternatives a requirement costs more substring searches than it saves."""


def _required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    from re import _constants, _parser  # type: ignore[attr-defined]  # the engine's own parser: no stubs

    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        return _required_in(_parser.parse(pattern.pattern, pattern.flags).data, _constants)
    except (re.error, RecursionError):
        return None


def _required_in(items: Any, c: Any) -> frozenset[str] | None:
    """The best requirement of a sequence: a run of literals (small sets of literal characters multiply it) or
    the requirement of one of its items, whichever has the longest shortest string."""
    options: list[frozenset[str]] = []
    run = {""}
    for op, av in items:
        if op is c.LITERAL:
            run = {head + chr(av) for head in run}
            continue
        if op is c.IN and all(kind is c.LITERAL for kind, _ in av) and len(run) * len(av) <= _MOST_STRINGS:
            run = {head + chr(code) for head in run for _, code in av}
            continue
        if run != {""}:
            options.append(frozenset(run))
            run = {""}
        inner = _required_of(op, av, c)
        if inner:
            options.append(inner)
    if run != {""}:
        options.append(frozenset(run))
    return max(options, key=lambda words: (min(map(len, words)), -len(words))) if options else None


def _required_of(op: Any, av: Any, c: Any) -> frozenset[str] | None:
    if op is c.SUBPATTERN:
        return None if av[1] or av[2] else _required_in(av[3].data, c)  # flags switched inside: not worked out
    if op is c.BRANCH:
        words: set[str] = set()
        for alternative in av[1]:
            inner = _required_in(alternative.data, c)
            if not inner:
                return None  # an alternative that needs nothing: the branch needs nothing
            words |= inner
        return frozenset(words) if len(words) <= _MOST_STRINGS else None
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT or op is c.POSSESSIVE_REPEAT:
        return _required_in(av[2].data, c) if av[0] >= 1 else None
    if op is c.ASSERT:
        return _required_in(av[1].data, c)  # a look-around's text is in the text too
    if op is c.ATOMIC_GROUP:
        return _required_in(av.data, c)
    return None


_GATHERED: dict[re.Pattern[str], re.Pattern[str]] = {}


def by_first_character(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """An alternation of words (an anchor such as "dollar|Dollar|euro|Euro|…") with the alternatives that open with
    the same character gathered behind it, in their order: the engine tries every alternative in turn at each
    character that can start one, the gathered form one per distinct first character. Alternatives that open with
    different characters never both match at one position, so every hit is the same; `pattern` itself when some
    alternative's first character is not a plain one that no other kind of alternative can start with."""
    gathered = _GATHERED.get(pattern)
    if gathered is None:
        gathered = _GATHERED[pattern] = _gathered(pattern)
    return gathered


_LITERAL_FIRST = re.compile(r"\\[^\w\s]|[^\\()\[\].^$*+?{|]")
"""The first character of an alternative when it is a literal one: an escaped punctuation mark or a plain character."""
_QUANTIFIER = re.compile(r"[*+?{]")


def _gathered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    from re import _constants, _parser  # type: ignore[attr-defined]  # the engine's own parser: no stubs

    if not isinstance(pattern.pattern, str):
        return pattern
    alternatives = _top_alternatives(pattern.pattern)
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or pattern.groups or alternatives is None:  # groups: numbered
        return pattern
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alternative in alternatives:
        first = _LITERAL_FIRST.match(alternative)
        if first is None or _QUANTIFIER.match(alternative, first.end()):
            others.append(alternative)  # "\\d(?:st|nd)", "(?:a|b)c", "a?b": no single literal first character
        else:
            groups.setdefault(first.group()[-1], []).append(alternative[first.end() :])
    if len(groups) == len(alternatives) - len(others):
        return pattern  # no two alternatives share a first character: nothing to gather
    try:
        if others:
            # The other alternatives may stand anywhere among the gathered ones only if none of them can start
            # with the first character of a gathered one.
            starts, empty = _first_characters(_parser.parse("|".join(others), pattern.flags).data, _constants)
            other_start = re.compile(_start_class(starts), pattern.flags)
            if empty or any(other_start.match(character) for character in groups):
                return pattern
        branches = [
            re.escape(character) + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
            for character, rests in groups.items()
        ]
        return re.compile("|".join(branches + others), pattern.flags)
    except (_UnknownStartError, re.error):
        return pattern


def _top_alternatives(source: str) -> list[str] | None:
    """`source` split at its top-level bars, or None when a set or a group is left open."""
    parts: list[str] = []
    depth = 0
    in_set = False
    start = 0
    at = 0
    while at < len(source):
        ch = source[at]
        if ch == "\\":
            at += 2
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
            at += 1 if source.startswith("^", at + 1) else 0
            at += 1 if source.startswith("]", at + 1) else 0  # a first "]" belongs to the set
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:at])
            start = at + 1
        at += 1
    if depth or in_set:
        return None
    return [*parts, source[start:]]


_QUICK: dict[re.Pattern[str], re.Pattern[str]] = {}


def quick_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a one-character look-ahead of the characters any match can start with, when the regex
    engine cannot skip ahead by itself (a pattern that opens with optional words tries them at every character
    of the text; the look-ahead rejects most characters at once). Matches are the same; `pattern` itself when it
    already opens with a literal or a character set, or when its first characters cannot be worked out."""
    quick = _QUICK.get(pattern)
    if quick is None:
        quick = _QUICK[pattern] = _with_lookahead(pattern)
    return quick


def _with_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    from re import _constants, _parser  # type: ignore[attr-defined]  # the engine's own parser: no stubs

    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return pattern
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
        if _starts_plainly(items, _constants):
            return pattern
        starts, empty = _first_characters(items, _constants)
        if empty or not starts:
            return pattern
        return re.compile(f"(?={_start_class(starts)})(?:{pattern.pattern})", pattern.flags)
    except (_UnknownStartError, re.error, KeyError):
        return pattern


def _start_class(starts: list[_Piece]) -> str:
    """A pattern of one character out of `starts`; pieces from a (?i:) group stay under (?i:), so the engine's own
    case rules say which characters they stand for."""
    plain = "".join(piece for piece, any_case in starts if not any_case)
    folded = "".join(piece for piece, any_case in starts if any_case)
    return "|".join([f"[{plain}]"] * bool(plain) + [f"(?i:[{folded}])"] * bool(folded))


class _UnknownStartError(Exception):
    """A construct whose first characters are not worked out."""


def _starts_plainly(items: Any, c: Any) -> bool:
    """Whether the engine can skip to candidate starts by itself: a literal, a set or literal alternatives."""
    if not items:
        return False
    op, av = items[0]
    if op is c.LITERAL or op is c.IN:
        return True
    if op is c.BRANCH:
        return all(alternative.data and alternative.data[0][0] is c.LITERAL for alternative in av[1])
    return False


_Piece = tuple[str, bool]
"""A character-set piece a match can start with, and whether it matches in any case (inside a (?i:) group)."""


def _first_characters(items: Any, c: Any) -> tuple[list[_Piece], bool]:
    """The character-set pieces a match of `items` can start with, and whether it can match nothing."""
    starts: list[_Piece] = []
    for op, av in items:
        pieces, empty = _first_of(op, av, c)
        starts += pieces
        if not empty:
            return starts, False
    return starts, True


def _first_of(op: Any, av: Any, c: Any) -> tuple[list[_Piece], bool]:
    if op is c.LITERAL:
        return [(re.escape(chr(av)), False)], False
    if op is c.IN:
        return [(_set_piece(item, c), False) for item in av], False
    if op is c.AT or op is c.ASSERT_NOT or op is c.ASSERT:
        return [], True  # zero-width: the next item starts the match
    if op is c.SUBPATTERN:
        if av[1] == re.IGNORECASE and not av[2]:  # (?i:...): its pieces match in any case
            pieces, empty = _first_characters(av[3].data, c)
            return [(piece, True) for piece, _ in pieces], empty
        if av[1] or av[2]:  # other flags switched inside the pattern
            raise _UnknownStartError
        return _first_characters(av[3].data, c)
    if op is c.BRANCH:
        starts: list[_Piece] = []
        empty = False
        for alternative in av[1]:
            pieces, alternative_empty = _first_characters(alternative.data, c)
            starts += pieces
            empty = empty or alternative_empty
        return starts, empty
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        pieces, empty = _first_characters(av[2].data, c)
        return pieces, empty or av[0] == 0
    raise _UnknownStartError


def _set_piece(item: Any, c: Any) -> str:
    op, av = item
    if op is c.LITERAL:
        return re.escape(chr(av))
    if op is c.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is c.CATEGORY:
        return _CATEGORIES[str(av)]
    raise _UnknownStartError


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S",
}  # fmt: skip
