"""English count families: a noun before its verb and number, lists and tables, numbers in words, casualties and
votes, a noun a list leaves out; and what is no count (ages, scores, model numbers, ranks)."""

from __future__ import annotations

from typing import Any

import pytest
from facts_helpers import found


def counts(text: str) -> list[tuple[str, Any]]:
    return [(span, value) for kind, span, value in found(text, lang="en") if kind == "count"]


@pytest.mark.parametrize(
    ("text", "span", "number", "unit"),
    [
        ("Daily active users climbed 8% to 345 million.", "345 million", 345e6, "daily active users"),
        ("Subscribers rose 12 percent year-on-year to 7.5 million.", "7.5 million", 7.5e6, "subscribers"),
        ("The platform's user base now stands at 900 million.", "900 million", 900e6, "user base"),
        ("The death toll rose to 142 on Tuesday.", "142", 142, "death toll"),
        ("Its headcount was 450 at the end of June.", "450", 450, "headcount"),
        ("Membership grew from 400 to 1,200.", "1,200", 1200, "membership"),
        ("Its workforce shrank to 9,800 from 11,000.", "11,000", 11000, "workforce"),
    ],
)
def test_a_noun_before_its_verb_and_number(text: str, span: str, number: float, unit: str) -> None:
    assert (span, {"number": number, "unit": unit}) in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The shares rose to 142 on Tuesday.",
        "Exports fell to 300 in May.",
        "The victims were 12 and 14.",
        "The workers were 45.",
        "One in five skilled workers is over 55.",
        "The rate rose to 5.5.",
    ],
)
def test_a_small_number_after_a_verb_counts_only_people_and_places(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revenue: $4 billion; employees: 12,500; stores: 340.",
            [("12,500", 12500, "employees"), ("340", 340, "stores")],
        ),
        ("Number of stores | 340\n", [("340", 340, "stores")]),
        ("Users\t1.2 million\n", [("1.2 million", 1.2e6, "users")]),
    ],
)
def test_a_label_and_its_number_in_a_list_or_table(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert counts(text) == [(span, {"number": number, "unit": unit}) for span, number, unit in expected]


@pytest.mark.parametrize(
    ("text", "span", "number", "unit"),
    [
        ("About two dozen employees were laid off.", "two dozen employees", 24, "employees"),
        ("Half a dozen firms bid.", "Half a dozen firms", 6, "firms"),
        ("Three dozen workers walked out.", "Three dozen workers", 36, "workers"),
        ("It sent 1,500 U.S. troops to the region.", "1,500 U.S. troops", 1500, "U.S. troops"),
    ],
)
def test_dozens_and_dotted_abbreviations(text: str, span: str, number: float, unit: str) -> None:
    assert counts(text) == [(span, {"number": number, "unit": unit})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm killed 12 and left 40,000 homes without power.",
            [("12", 12, "killed"), ("40,000 homes", 40000, "homes")],
        ),
        ("Officials said 14 were wounded.", [("14", 14, "wounded")]),
        ("Police say 30 have died since Monday.", [("30", 30, "dead")]),
        (
            "The quake killed more than 2,000 people and injured 6,000.",
            [("2,000 people", 2000, "people"), ("6,000", 6000, "injured")],
        ),
    ],
)
def test_casualties_counted_by_what_befell_them(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert counts(text) == [(span, {"number": number, "unit": unit}) for span, number, unit in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The House voted 219 to 212 to pass the bill.", ["219", "212"]),
        ("The bill passed by a vote of 68 to 32.", ["68", "32"]),
        ("The Senate voted 52-48 to confirm her.", ["52", "48"]),
        ("The measure was approved 52 votes to 47.", ["52 votes", "47"]),
    ],
)
def test_a_tally_of_votes_is_two_counts_of_votes(text: str, expected: list[str]) -> None:
    assert [(span, value["unit"]) for span, value in counts(text)] == [(span, "votes") for span in expected]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Obama won 365 electoral votes to McCain's 173.", "173", "electoral votes"),
        ("The company employs 1,100 people in Ireland and 300 in Britain.", "300", "people"),
        ("The group has 2,300 members, including 400 in Asia.", "400", "members"),
    ],
)
def test_a_number_whose_noun_a_list_or_comparison_leaves_out(text: str, span: str, unit: str) -> None:
    assert counts(text)[-1][0] == span
    assert counts(text)[-1][1]["unit"] == unit


def test_a_larger_number_after_and_is_not_part_of_the_count_before() -> None:
    assert counts("The firm has 300 staff in Paris and 1,200 in the year.") == [
        ("300 staff", {"number": 300, "unit": "staff"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The 45-year-old man was arrested.",
        "Smith, 54, joined the board.",
        "He is 67 years old.",
        "Manchester United won 3-1 on Sunday.",
        "The Lakers beat the Celtics 112-105.",
        "The new Boeing 737 jets were grounded.",
        "The iPhone 15 sold well.",
        "She finished 3rd in the race.",
        "The company ranks No. 5 in the list.",
        "It was the company's 10th acquisition.",
        "Windows 11 users complained.",
        "The two dozen or so staff left.",
        "The score was 98 to 95.",
    ],
)
def test_ages_scores_models_and_ranks_are_no_counts(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over 80% of the 452 available  district council seats went to them.",
            [("452 available  district council seats", 452)],
        ),
        ("Officials said 5.7  million barrels were lost.", [("5.7  million barrels", 5.7e6)]),
        ("All eleven of the legislative bills are stuck.", [("eleven", 11)]),
        ("It gave them control of 17 out of 18 of the area's districts.", [("17", 17), ("18", 18)]),
        ("It will merge them into its currently 386 strong Netto chain.", [("386", 386)]),
        ("He lost to a candidate with a 149 vote margin.", [("149 vote", 149)]),
        ("It has 18 FM and five AM radio stations.", [("18 FM", 18), ("five AM radio stations", 5)]),
        (
            "It passed with 215 votes in favor, ten abstentions, and one vote against.",
            [("215 votes", 215), ("ten abstentions", 10), ("one vote", 1)],
        ),
        ("The Conservatives gained 66 seats, while Labour lost 42.", [("66 seats", 66), ("42", 42)]),
    ],
)
def test_groups_sized_without_a_plural_noun_after_the_number(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(span, value["number"]) for span, value in counts(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("185 thousand customers lost power. By noon over half a million could be affected.", "customers"),
        ("The bank says there are still at least 100 million still to be returned.", ""),
    ],
)
def test_a_big_number_without_a_noun_counts_what_the_story_counts(text: str, unit: str) -> None:
    assert counts(text)[-1][1]["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Revenue reached 3.5 billion in 2019.",
        "The company was valued at 2 billion.",
        "The Dow closed at 13,181.91.",
        "Nine out of 10 voters agree.",
        "They employ around three quarters of the eurozone.",
        "He cast one vote.",
    ],
)
def test_money_levels_shares_and_a_single_thing_are_no_such_counts(text: str) -> None:
    assert counts(text) == []
