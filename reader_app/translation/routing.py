"""Which installed models translate a pair: a direct one, two through English, and for Traditional Chinese also
the Simplified models through OpenCC's script conversion.

Argos publishes Traditional Chinese models of their own (code "zt"), used first when installed; a reader who has
only the common Simplified ones still gets a translation: the source sentences go through OpenCC's `t2s` before
the model, and a translation into Traditional comes out of the Simplified model through `s2tw`. Only the text given
to the model changes: the passage, its sentences and their offsets stay as they are.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from reader_app.core.language import CHINESE, CHINESE_TRADITIONAL, language_name
from reader_app.core.search_text import convert_script
from reader_app.translation.languages import PIVOT

Pair = tuple[str, str]

SCRIPT_FORMS = {CHINESE_TRADITIONAL: (CHINESE, "t2s", "s2tw")}
"""A language whose text a model of another translates after a script conversion: (that language, OpenCC's
configuration into it, and back: Taiwan's standard forms, as the display toggle writes Traditional)."""

_ANY_SCRIPT = {CHINESE_TRADITIONAL: "Chinese (Simplified or Traditional)"}


@dataclass(frozen=True)
class Plan:
    """How a pair is translated: the models' pairs in order, between two optional script conversions."""

    pairs: tuple[Pair, ...]
    before: str | None = None
    """OpenCC's configuration for the source sentences before the first model ("t2s"), or None."""
    after: str | None = None
    """OpenCC's configuration for the last model's output ("s2tw"), or None."""

    @property
    def converts(self) -> bool:
        return self.before is not None or self.after is not None

    def into_model(self, text: str) -> str:
        return convert_script(text, self.before) if self.before else text

    def out_of_model(self, text: str) -> str:
        return convert_script(text, self.after) if self.after else text


def _forms(lang: str, *, source: bool) -> list[tuple[str, str | None]]:
    """`lang` as written, then as a model of its other script reads (source) or writes (target) it."""
    forms: list[tuple[str, str | None]] = [(lang, None)]
    other = SCRIPT_FORMS.get(lang)
    if other is not None:
        forms.append((other[0], other[1] if source else other[2]))
    return forms


def _needed(from_lang: str, to_lang: str) -> list[Pair]:
    """The models a pair takes: none for one language, a direct one when English is either end, else two."""
    if from_lang == to_lang:
        return []
    if PIVOT in (from_lang, to_lang):
        return [(from_lang, to_lang)]
    return [(from_lang, PIVOT), (PIVOT, to_lang)]


def plan(from_lang: str, to_lang: str, installed: Collection[Pair]) -> Plan | None:
    """The first of: the models of the pair as written (direct, then through English), then with a script
    conversion at either end; None when no installed models make the pair."""
    if from_lang == to_lang:
        return Plan(())
    for source, before in _forms(from_lang, source=True):
        for target, after in _forms(to_lang, source=False):
            if source == target and (before or after):
                return Plan((), before, after)  # the conversion is the whole translation
            direct = (source, target)
            if source != target and direct in installed:
                return Plan((direct,), before, after)
    for source, before in _forms(from_lang, source=True):
        for target, after in _forms(to_lang, source=False):
            if PIVOT not in (source, target) and source != target:
                hops = ((source, PIVOT), (PIVOT, target))
                if all(hop in installed for hop in hops):
                    return Plan(hops, before, after)
    return None


def missing(from_lang: str, to_lang: str, installed: Collection[Pair]) -> list[Pair]:
    """The models to install so the pair can be translated (none when it can): the way that lacks the fewest,
    the pair as written first."""
    if plan(from_lang, to_lang, installed) is not None:
        return []
    best: list[Pair] | None = None
    for source, _before in _forms(from_lang, source=True):
        for target, _after in _forms(to_lang, source=False):
            lacking = [pair for pair in _needed(source, target) if pair not in installed]
            if best is None or len(lacking) < len(best):
                best = lacking
    return best or [(from_lang, to_lang)]


def model_pair_name(from_lang: str, to_lang: str) -> str:
    """The pair as a model for it is named in the window: "Chinese (Simplified or Traditional) → English" where
    either script's model serves."""
    return f"{_model_language(from_lang)} → {_model_language(to_lang)}"


def _model_language(lang: str) -> str:
    return _ANY_SCRIPT.get(lang, language_name(lang))


def missing_message(from_lang: str, to_lang: str, lacking: list[Pair]) -> str:
    """What to install, in plain sentences: "No Japanese → English model is installed." and, when the way found
    goes through English or another script, which models make it."""
    wanted = model_pair_name(from_lang, to_lang)
    if not lacking or lacking == [(from_lang, to_lang)]:
        return f"No {wanted} model is installed."
    needed = " and ".join(f"{language_name(f)} → {language_name(t)}" for f, t in lacking)
    through = []
    if any(PIVOT in pair and PIVOT not in (from_lang, to_lang) for pair in lacking):
        through.append("translation goes through English")
    converted = {SCRIPT_FORMS[lang][0] for lang in (from_lang, to_lang) if lang in SCRIPT_FORMS}
    if any(code in pair for pair in lacking for code in converted):
        through.append("the text is converted between Traditional and Simplified Chinese for it")
    reason = f" ({'; '.join(through)})" if through else ""
    return f"No {wanted} model is installed. Install {needed}{reason}, or a direct {wanted} model."
