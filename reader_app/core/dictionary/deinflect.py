"""Japanese deinflection: candidate dictionary forms of an inflected word, Yomitan style.

The rules are data (suffix in, suffix out, the word class the inflected form must have, the class of the result,
a reason), built from the conjugation tables below. A candidate is only accepted by the look-up when an entry of
that form has the resulting word class (食べました → 食べる needs an Ichidan verb 食べる), so over-generation costs
nothing but a few index reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

ANY = frozenset[str]()
"""The class of the text as found: it may be any word."""

ICHIDAN = frozenset({"v1"})
SURU = frozenset({"vs-i", "vs-s"})
SURU_NOUN = frozenset({"vs"})
KURU = frozenset({"vk"})
I_ADJECTIVE = frozenset({"adj-i", "adj-ix"})

# Godan dictionary ending -> (class, i-row, a-row, e-row, o-row, te-form, past).
GODAN: dict[str, tuple[str, str, str, str, str, str, str]] = {
    "う": ("v5u", "い", "わ", "え", "お", "って", "った"),
    "く": ("v5k", "き", "か", "け", "こ", "いて", "いた"),
    "ぐ": ("v5g", "ぎ", "が", "げ", "ご", "いで", "いだ"),
    "す": ("v5s", "し", "さ", "せ", "そ", "して", "した"),
    "つ": ("v5t", "ち", "た", "て", "と", "って", "った"),
    "ぬ": ("v5n", "に", "な", "ね", "の", "んで", "んだ"),
    "ぶ": ("v5b", "び", "ば", "べ", "ぼ", "んで", "んだ"),
    "む": ("v5m", "み", "ま", "め", "も", "んで", "んだ"),
    "る": ("v5r", "り", "ら", "れ", "ろ", "って", "った"),
}


@dataclass(frozen=True, slots=True)
class Rule:
    suffix_in: str
    suffix_out: str
    class_in: frozenset[str]
    """The inflected form must be of one of these classes (empty: any, i.e. the text as found)."""
    class_out: frozenset[str]
    reason: str


@dataclass(frozen=True, slots=True)
class Candidate:
    form: str
    classes: frozenset[str]
    """Word classes an entry of `form` must have one of (empty: any)."""
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Stems:
    ending: str
    classes: frozenset[str]
    masu: str
    negative: str
    te: str
    past: str
    conditional: str
    volitional: str
    imperative: tuple[str, ...]
    potential: str
    passive: str
    causative: str


def _verb_stems() -> list[_Stems]:
    stems = [
        _Stems("る", ICHIDAN, "", "", "て", "た", "れば", "よう", ("ろ", "よ"), "られる", "られる", "させる"),
        _Stems("する", SURU, "し", "し", "して", "した", "すれば", "しよう", ("しろ", "せよ"), "", "される", "させる"),
        _Stems(
            "くる", KURU, "き", "こ", "きて", "きた", "くれば", "こよう", ("こい",), "こられる", "こられる", "こさせる"
        ),
        _Stems(
            "来る", KURU, "来", "来", "来て", "来た", "来れば", "来よう", ("来い",), "来られる", "来られる", "来させる"
        ),
    ]
    for ending, (klass, i_row, a_row, e_row, o_row, te, past) in GODAN.items():
        classes = frozenset({klass, "v5aru"} if klass == "v5r" else {klass})
        stems.append(
            _Stems(
                ending,
                classes,
                i_row,
                a_row,
                te,
                past,
                e_row + "ば",
                o_row + "う",
                (e_row,),
                e_row + "る",
                a_row + "れる",
                a_row + "せる",
            )
        )
    # 行く conjugates 行って/行った, not 行いて.
    stems.append(
        _Stems(
            "く", frozenset({"v5k-s"}), "き", "か", "って", "った", "けば", "こう", ("け",), "ける", "かれる", "かせる"
        )
    )
    return stems


def _verb_rules() -> list[Rule]:
    rules: list[Rule] = []

    def add(suffix_in: str, stems: _Stems, reason: str, class_in: frozenset[str] = ANY) -> None:
        if suffix_in:
            rules.append(Rule(suffix_in, stems.ending, class_in, stems.classes, reason))

    for s in _verb_stems():
        for suffix, reason in (
            ("ます", "polite"),
            ("ました", "polite past"),
            ("ません", "polite negative"),
            ("ませんでした", "polite past negative"),
            ("ましょう", "polite volitional"),
            ("まして", "polite te-form"),
            ("ながら", "while"),
            ("なさい", "imperative"),
            ("そう", "seems"),
        ):
            add(s.masu + suffix, s, reason)
        add(s.masu + "たい", s, "want", I_ADJECTIVE)
        if s.ending not in ("る",) or s.classes != ICHIDAN:
            add(s.masu, s, "masu stem")
        add(s.te, s, "te-form")
        add(s.te + "いる", s, "progressive", ICHIDAN)
        add(s.te + "る", s, "progressive (casual)", ICHIDAN)
        add(s.te + "いた", s, "progressive past")
        add(s.te + "います", s, "progressive polite")
        add(s.te + "いました", s, "progressive polite past")
        add(s.te + "しまう", s, "completion", frozenset({"v5u"}))
        add(s.te + "ください", s, "request")
        add(s.past, s, "past")
        add(s.past + "ら", s, "conditional")
        add(s.past + "り", s, "-tari")
        add(s.negative + "ない", s, "negative", I_ADJECTIVE)
        add(s.negative + "ず", s, "negative (-zu)")
        add(s.negative + "ずに", s, "without")
        add(s.conditional, s, "provisional")
        add(s.volitional, s, "volitional")
        for imperative in s.imperative:
            add(imperative, s, "imperative")
        add(s.potential, s, "potential", ICHIDAN)
        add(s.passive, s, "passive", ICHIDAN)
        add(s.causative, s, "causative", ICHIDAN)
    return rules


def _adjective_rules() -> list[Rule]:
    out = I_ADJECTIVE
    table = (
        ("く", "adverbial"),
        ("かった", "past"),
        ("くない", "negative"),
        ("くて", "te-form"),
        ("ければ", "provisional"),
        ("かったら", "conditional"),
        ("さ", "noun"),
        ("そう", "seems"),
        ("すぎる", "too"),
        ("くなる", "become"),
    )
    rules = [Rule(suffix, "い", I_ADJECTIVE if suffix == "くない" else ANY, out, reason) for suffix, reason in table]
    rules[-2] = Rule("すぎる", "い", ICHIDAN, out, "too")
    rules[-1] = Rule("くなる", "い", frozenset({"v5r"}), out, "become")
    # ない and たい conjugate as i-adjectives; the chain 食べたくなかった → 食べたくない → 食べたい → 食べる.
    rules.append(Rule("くなかった", "くない", ANY, I_ADJECTIVE, "past"))
    rules.append(Rule("いです", "い", ANY, I_ADJECTIVE, "polite"))
    return rules


def _suru_noun_rules() -> list[Rule]:
    # 登録する is the suru-verb use of the noun 登録: JMdict lists the noun with the class "vs".
    return [Rule("する", "", SURU, SURU_NOUN, "suru verb")]


RULES: tuple[Rule, ...] = tuple(_verb_rules() + _adjective_rules() + _suru_noun_rules())
_MAX_DEPTH = 4


def _rules_by_last_character() -> dict[str, tuple[Rule, ...]]:
    # A form can only end with a rule's suffix if it ends with that suffix's last character: the popup's Shift
    # look-up tries every prefix of the text under the mouse, so scanning every rule for each one shows.
    grouped: dict[str, list[Rule]] = {}
    for rule in RULES:
        grouped.setdefault(rule.suffix_in[-1], []).append(rule)
    return {last: tuple(rules) for last, rules in grouped.items()}


_RULES_BY_LAST = _rules_by_last_character()


def deinflect(text: str) -> list[Candidate]:
    """`text` itself (any class) and every form it may be an inflection of, with the classes that form must have."""
    return list(_deinflect(text))


@lru_cache(maxsize=4096)
def _deinflect(text: str) -> tuple[Candidate, ...]:
    results = [Candidate(text, ANY, ())]
    seen = {(text, ANY)}
    index = 0
    while index < len(results):
        current = results[index]
        index += 1
        if len(current.reasons) >= _MAX_DEPTH:
            continue
        for rule in _RULES_BY_LAST.get(current.form[-1:], ()):
            if current.classes and not (current.classes & rule.class_in):
                continue
            if not current.form.endswith(rule.suffix_in):
                continue
            stem_length = len(current.form) - len(rule.suffix_in)
            if stem_length + len(rule.suffix_out) <= 0 or (stem_length == 0 and not rule.suffix_out):
                continue
            form = current.form[:stem_length] + rule.suffix_out
            key = (form, rule.class_out)
            if key in seen:
                continue
            seen.add(key)
            results.append(Candidate(form, rule.class_out, (*current.reasons, rule.reason)))
    return tuple(results)
