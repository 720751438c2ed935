"""Why a machine-translated sentence cannot be trusted: empty, looping, runaway, or an echo of the source."""

from __future__ import annotations

import re
import unicodedata

from reader_app.core.language import cjk_ratio, is_cjk

EMPTY = "empty output"
REPETITION = "repetition loop"
ECHO = "untranslated (echoes the source)"
RUNAWAY = "runaway output (cut off at the length limit)"
"""Set by the engine, which alone knows that decoding stopped at its length cap instead of ending."""

_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def _tokens(text: str, lang: str) -> list[str]:
    """Words for spaced languages; single characters for CJK (these models loop on characters)."""
    if is_cjk(lang):
        return [ch for ch in text if not ch.isspace()]
    return _WORD.findall(text.lower())


def has_repetition_loop(tokens: list[str], *, max_ngram: int = 6) -> bool:
    """The same token 4+ times in a row, or the same n-gram (n ≥ 2) 3+ times in a row covering 6+ tokens.

    Linear per n: a run of positions where `tokens[i] == tokens[i - n]` is a stretch with period n.
    """
    count = len(tokens)
    for n in range(1, max_ngram + 1):
        needed = 4 if n == 1 else max(3, -(-6 // n))
        if count < n * needed:
            break
        span = n * (needed - 1)
        run = 0
        for i in range(n, count):
            if tokens[i] != tokens[i - n]:
                run = 0
                continue
            run += 1
            if run >= span and any(token.isalnum() for token in tokens[i - n + 1 : i + 1]):
                return True  # "……", "!!!!" or "~~~~~~" is punctuation, not a loop
    return False


def _normalised(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def is_echo(source: str, target: str, source_lang: str, target_lang: str) -> bool:
    """The target repeats the source, or stays in the source's script when the target language has another one."""
    source_key, target_key = _normalised(source), _normalised(target)
    if source_lang == target_lang:
        return False
    if len(source_key) < 6 if is_cjk(source_lang) else len(_WORD.findall(source)) < 3:
        return False  # a name or a number may rightly stay as it is
    if source_key == target_key:
        return True
    source_cjk, target_cjk = cjk_ratio(source), cjk_ratio(target)
    if is_cjk(source_lang) and not is_cjk(target_lang):
        return source_cjk >= 0.5 and target_cjk >= 0.5
    if not is_cjk(source_lang) and is_cjk(target_lang):
        return source_cjk < 0.2 and target_cjk < 0.2 and len(_WORD.findall(target)) >= 3
    return False


def assess(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """A short reason when `target` cannot be trusted as a translation of `source`, else None."""
    if not target.strip():
        return EMPTY
    if has_repetition_loop(_tokens(target, target_lang)):
        return REPETITION
    if is_echo(source, target, source_lang, target_lang):
        return ECHO
    return None
