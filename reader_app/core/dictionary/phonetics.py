"""Reading notations: CC-CEDICT's numbered pinyin to tone marks and zhuyin; katakana to hiragana and romaji."""

from __future__ import annotations

import re

_SYLLABLE = re.compile(r"^([A-Za-z:üÜ]+)([1-5])$")
_VOWEL_START = re.compile(r"^[aeoāáǎàēéěèōóǒò]", re.IGNORECASE)


_TONE_MARKS = {
    "a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "ü": "ǖǘǚǜ",
    "A": "ĀÁǍÀ", "E": "ĒÉĚÈ", "I": "ĪÍǏÌ", "O": "ŌÓǑÒ", "U": "ŪÚǓÙ", "Ü": "ǕǗǙǛ",
}


def _tone_marked(syllable: str) -> str:
    """'xin4' -> 'xìn' by the standard rule: a or e takes the mark, else the o of ou, else the last vowel.
    (Done here rather than with pypinyin so a look-up never waits for pypinyin's phrase dictionary to load.)"""
    match = _SYLLABLE.match(syllable)
    if match is None:
        return syllable
    body, tone = match.groups()
    body = body.replace("u:", "ü").replace("U:", "Ü").replace("v", "ü").replace("V", "Ü")
    if tone == "5":
        return body
    lower = body.lower()
    if "a" in lower:
        index = lower.index("a")
    elif "e" in lower:
        index = lower.index("e")
    elif "ou" in lower:
        index = lower.index("o")
    else:
        vowels = [i for i, c in enumerate(lower) if c in "aeiouü"]
        if not vowels:
            return body  # r5, m2: syllabic consonants keep their letters
        index = vowels[-1]
    return body[:index] + _TONE_MARKS[body[index]][int(tone) - 1] + body[index + 1 :]


def pinyin_syllables(numbered: str) -> list[str]:
    """'Wei1 xin4' -> ['Wēi', 'xìn']; anything that is not a numbered syllable (·, letters, digits) is kept."""
    return [_tone_marked(part) for part in numbered.split()]


def join_syllables(syllables: list[str]) -> str:
    """Syllables of one word written together, with an apostrophe before a, e, o (Xī'ān), as dictionaries print them."""
    out = ""
    for syllable in syllables:
        if out and out[-1].isalpha() and _VOWEL_START.match(syllable):
            out += "'"
        out += syllable
    return out


def pinyin_word(numbered: str) -> str:
    """CC-CEDICT's 'Wei1 xin4' as 'Wēixìn'; a name's parts stay apart at '·'."""
    return join_syllables(pinyin_syllables(numbered)).replace("·", " · ")


def zhuyin(syllables: list[str]) -> str:
    """Tone-marked syllables in zhuyin (bopomofo), separated by spaces."""
    from pypinyin import Style
    from pypinyin.style import convert

    out = []
    for syllable in syllables:
        try:
            converted = convert(syllable.lower(), Style.BOPOMOFO, True)
        except Exception:  # pypinyin raises on what is not a syllable (letters, digits)
            converted = syllable
        out.append(converted or syllable)
    return " ".join(out)


def hiragana(text: str) -> str:
    """Katakana → hiragana (ァ-ヶ); other characters, including ー, unchanged."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


_ROMAJI_DIGRAPHS = {
    "きゃ": "kya",
    "きゅ": "kyu",
    "きょ": "kyo",
    "しゃ": "sha",
    "しゅ": "shu",
    "しょ": "sho",
    "ちゃ": "cha",
    "ちゅ": "chu",
    "ちょ": "cho",
    "にゃ": "nya",
    "にゅ": "nyu",
    "にょ": "nyo",
    "ひゃ": "hya",
    "ひゅ": "hyu",
    "ひょ": "hyo",
    "みゃ": "mya",
    "みゅ": "myu",
    "みょ": "myo",
    "りゃ": "rya",
    "りゅ": "ryu",
    "りょ": "ryo",
    "ぎゃ": "gya",
    "ぎゅ": "gyu",
    "ぎょ": "gyo",
    "じゃ": "ja",
    "じゅ": "ju",
    "じょ": "jo",
    "びゃ": "bya",
    "びゅ": "byu",
    "びょ": "byo",
    "ぴゃ": "pya",
    "ぴゅ": "pyu",
    "ぴょ": "pyo",
    "ぢゃ": "ja",
    "ぢゅ": "ju",
    "ぢょ": "jo",
    "てぃ": "ti",
    "でぃ": "di",
    "ふぁ": "fa",
    "ふぃ": "fi",
    "ふぇ": "fe",
    "ふぉ": "fo",
    "うぃ": "wi",
    "うぇ": "we",
    "しぇ": "she",
    "じぇ": "je",
    "ちぇ": "che",
    "ゔぁ": "va",
}
_ROMAJI = dict(
    zip(
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわゐゑをん"
        "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉゃゅょゔ",
        [
            "a",
            "i",
            "u",
            "e",
            "o",
            "ka",
            "ki",
            "ku",
            "ke",
            "ko",
            "sa",
            "shi",
            "su",
            "se",
            "so",
            "ta",
            "chi",
            "tsu",
            "te",
            "to",
            "na",
            "ni",
            "nu",
            "ne",
            "no",
            "ha",
            "hi",
            "fu",
            "he",
            "ho",
            "ma",
            "mi",
            "mu",
            "me",
            "mo",
            "ya",
            "yu",
            "yo",
            "ra",
            "ri",
            "ru",
            "re",
            "ro",
            "wa",
            "i",
            "e",
            "o",
            "n",
            "ga",
            "gi",
            "gu",
            "ge",
            "go",
            "za",
            "ji",
            "zu",
            "ze",
            "zo",
            "da",
            "ji",
            "zu",
            "de",
            "do",
            "ba",
            "bi",
            "bu",
            "be",
            "bo",
            "pa",
            "pi",
            "pu",
            "pe",
            "po",
            "a",
            "i",
            "u",
            "e",
            "o",
            "ya",
            "yu",
            "yo",
            "vu",
        ],
        strict=True,
    )
)


def romaji(kana: str) -> str:
    """Hepburn romanisation of kana (hiragana or katakana); the long-vowel mark repeats the vowel."""
    text = hiragana(kana)
    out: list[str] = []
    index = 0
    double_next = False
    while index < len(text):
        pair = text[index : index + 2]
        char = text[index]
        if pair in _ROMAJI_DIGRAPHS:
            piece, index = _ROMAJI_DIGRAPHS[pair], index + 2
        elif char == "っ":
            double_next, index = True, index + 1
            continue
        elif char == "ー":
            piece, index = (out[-1][-1] if out and out[-1][-1] in "aeiou" else ""), index + 1
        else:
            piece, index = _ROMAJI.get(char, char), index + 1
        if double_next and piece and piece[0].isalpha():
            piece = ("t" if piece.startswith("ch") else piece[0]) + piece
        double_next = False
        if out and out[-1] == "n" and piece[:1] in ("a", "i", "u", "e", "o", "y"):
            out[-1] = "n'"
        out.append(piece)
    return "".join(out)
