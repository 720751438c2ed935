"""Names beside titles and verbs in news prose: where an organisation's name ends and a person's starts."""

from __future__ import annotations

import pytest

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.segmentation import split_sentences

RULES = RuleBasedRecognizer()


def names(text: str, lang: str) -> list[tuple[str, str]]:
    passage = Passage(role=PassageRole.ARTICLE, text=text, lang=lang, sentences=split_sentences(text, lang))
    return [(str(fact.kind), fact.text) for fact in RULES.find_entities(passage)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation, then a title and the person it introduces
        (
            "Securities and Exchange Commission Chair Gary Gensler spoke.",
            [("org", "Securities and Exchange Commission"), ("person", "Gary Gensler")],
        ),
        ("Labour Party Leader Keir Starmer spoke.", [("org", "Labour Party"), ("person", "Keir Starmer")]),
        ("Bank of Japan Governor Kazuo Ueda spoke.", [("org", "Bank of Japan"), ("person", "Kazuo Ueda")]),
        (
            "Bank of Japan Deputy Governor Shinichi Uchida spoke.",
            [("org", "Bank of Japan"), ("person", "Shinichi Uchida")],
        ),
        # a title word that is the body's own, and a title whose words end like a body's
        ("The Court of Appeals Judge Jane Roe ruled.", [("org", "Court of Appeals"), ("person", "Jane Roe")]),
        ("Chief Financial Officer Sam Molinaro remarked on it.", [("person", "Sam Molinaro")]),
        ("District Judge Jane Roe ruled.", [("person", "Jane Roe")]),
        # a name in apposition with a role
        (
            '"We are pleased," said Kazuhiro Tsuga, chairman of Panasonic Holdings Corp.',
            [("person", "Kazuhiro Tsuga"), ("org", "Panasonic Holdings Corp.")],
        ),
    ],
)
def test_english_titles_between_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of replacing before a body's name
        ("将以取代美国广播理事会的新机构负责对外广播。", [("org", "美国广播理事会")]),
        # a world place inside a foreign person's dotted name
        ("理查德·尼克松在1972年访问了北京。", [("person", "理查德·尼克松"), ("place", "北京")]),
        # a verb of leaving a post or announcing right after a two-character name
        ("董事长赵勇辞职后，总经理刘洋表示将继续推进。", [("person", "赵勇"), ("person", "刘洋")]),
        ("小米集团创始人雷军发布新车。", [("org", "小米集团"), ("person", "雷军")]),
        ("部长王志刚说明情况。", [("person", "王志刚")]),
    ],
)
def test_chinese_names_beside_verbs(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text, "zh") == expected


def test_a_world_place_in_a_transliterated_given_name_is_no_place() -> None:
    assert ("place", "查德") not in names("理查德说，他不会参加。", "zh")
