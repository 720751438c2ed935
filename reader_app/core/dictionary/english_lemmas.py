"""The dictionary forms of an English word: the text says "suspending" or "users", a dictionary's senses say
"to suspend" and "user", so an English look-up also searches the word's lemmas.

LemmInflect's lemma table (from the SPECIALIST Lexicon) ships inside its wheel and needs no download."""

from __future__ import annotations

from functools import lru_cache

# The parts of speech whose lemmas a reader means; an inflected form is seldom anything else in news prose.
_PARTS_OF_SPEECH = ("VERB", "NOUN", "ADJ", "ADV")


@lru_cache(maxsize=4096)
def lemmas(word: str) -> tuple[str, ...]:
    """The lemmas of one English `word` other than the word itself, verbs first: "suspending" → ("suspend",),
    "children" → ("child",); () for a word already in its dictionary form, an unknown word or more than one word."""
    word = word.strip().lower()
    if not word or not word.isascii() or not word.replace("-", "").replace("'", "").isalpha():
        return ()
    import lemminflect  # its table loads on first use (see `warm_up`)

    found = lemminflect.getAllLemmas(word)
    out: list[str] = []
    for part in _PARTS_OF_SPEECH:
        for lemma in found.get(part, ()):
            if lemma != word and lemma not in out:
                out.append(lemma)
    return tuple(out)


def warm_up() -> None:
    """Load the lemma table now (off the UI thread), so no look-up waits for it."""
    lemmas("warming")
