"""English date rules, each a named `DateRule` (pattern, handler, anchor), and the handlers that resolve them."""

from __future__ import annotations

import calendar
import re
from datetime import date, time, timedelta

from reader_app.core.facts.date_values import (
    DateRule,
    _add_months,
    _ago,
    _century,
    _clock,
    _coming,
    _day,
    _day_in,
    _Groups,
    _half,
    _lunar_new_year,
    _month,
    _month_end,
    _part_of_month,
    _part_of_year,
    _past,
    _pick_year,
    _quarter,
    _Ref,
    _relative_unit,
    _season,
    _shifted,
    _time_value,
    _weekday,
    _year,
)
from reader_app.core.facts.found import Context
from reader_app.core.facts.model import DateValue
from reader_app.core.facts.numbers import SMALL_WORD_NUMBER, is_whole, parse_english

_MONTHS = {name: index for index, name in enumerate(calendar.month_name) if name}


_MONTHS.update({name: index for index, name in enumerate(calendar.month_abbr) if name})


_MONTHS["Sept"] = 9


_MONTHS.update({name.lower(): index for name, index in list(_MONTHS.items())})


_WEEKDAYS = {name: index for index, name in enumerate(calendar.day_name)}


_WEEKDAYS.update({name.lower(): index for index, name in enumerate(calendar.day_name)})


_WEEKDAYS.update({"Tues": 1, "Wed": 2, "Thur": 3, "Thurs": 3, "Mon": 0, "Tue": 1, "Thu": 3, "Fri": 4,
                  "Sat": 5, "Sun": 6})  # fmt: skip


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?= \d)))"
)


# Lower-case month names count too (not "may" or "march", which are also a verb), read by copies of the rules that
# name months or weekdays, anchored on the lower-case names, so capitalised text pays nothing for them.
_MONTH_LOWER = r"(?:january|february|april|june|july|august|september|october|november|december)"


_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)"
)


_WEEKDAY_LOWER = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"


_W_DIGIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"


_W_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"


_W_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"


# A year read aloud, as spoken news writes it: "nineteen ninety-eight", "eighteen sixty-five", "nineteen oh five",
# "two thousand three", "two thousand and eight", "twenty twelve". Never before a scale, a noun in the plural or a
# percent ("two thousand people", "nineteen hundred dollars"): those are numbers.
# The rest of "two thousand (and) eight", "nineteen hundred ninety-three"; when the rest is there but the whole is
# no year ("in two thousand three sales rose" is not 2000), the head alone is none either.
_W_YEAR_TAIL = (
    rf"(?:(?: and)? (?:{_W_TENS}(?:[ -]{_W_DIGIT})?|{_W_TEEN}|{_W_DIGIT})"
    rf"|(?!(?: and)? (?:{_W_TENS}|{_W_TEEN}|{_W_DIGIT})\b))"
)


_SPOKEN_YEAR = (
    rf"(?i:(?:eighteen|nineteen|twenty)[ -](?:hundred{_W_YEAR_TAIL}|oh[ -]{_W_DIGIT}|{_W_TEEN}"
    rf"|{_W_TENS}(?:[ -]{_W_DIGIT})?)"
    rf"|two thousand{_W_YEAR_TAIL})"
    r"(?![\w-]|[ -](?i:hundred|thousand|million|billion|trillion|point|percent|per cent|dollars?)\b"
    r"| (?!(?:has|was|does|says|goes|gets|makes|seems|looks|marks|remains|brings|shows|means|this|thus|its|his"
    r"|yes)\b)[a-z]*[a-hj-rtv-z]s\b| (?:people|men|women|children|more)\b)"
)


# After in/since/until/by a year read aloud with its last part is a year even before a plural ("in two thousand
# three sales rose").
_SPOKEN_YEAR_AFTER_PREPOSITION = (
    rf"(?:(?<=\b[Ii]n )|(?<=\b[Ss]ince )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y )|(?<=\b[Dd]uring ))"
    rf"(?P<year>(?i:(?:eighteen|nineteen|twenty)[ -](?:hundred(?: and)? (?:{_W_TENS}(?:[ -]{_W_DIGIT})?|{_W_TEEN}"
    rf"|{_W_DIGIT})|oh[ -]{_W_DIGIT}|{_W_TEEN}|{_W_TENS}(?:[ -]{_W_DIGIT})?)"
    rf"|two thousand(?: and)? (?:{_W_TENS}(?:[ -]{_W_DIGIT})?|{_W_TEEN}|{_W_DIGIT})))"
    r"(?![\w-]|[ -](?i:hundred|thousand|million|billion|trillion|point|percent|per cent|dollars?)\b)"
)


_YEAR_OR_SPOKEN = rf"(?:{_YEAR}|{_SPOKEN_YEAR})"


# Words after which a year read aloud is a year; a bare "two thousand" only after the first few ("rose to two
# thousand" is a number).
_SPOKEN_YEAR_CUES = (
    "in", "In", "since", "Since", "until", "Until", "by", "By", "year", "till", "before", "Before", "after",
    "After", "of", "from", "From", "through", "during", "During", "and", "to", "early", "late", "mid", "between",
    "Between", "years", "the", "The",
)  # fmt: skip
_YEAR_BEFORE_LINK = re.compile(rf"(?<![\w-])(?:{_YEAR}|{_SPOKEN_YEAR}) (?:to|through|until|and) $")
_BARE_YEAR_CUES = frozenset(("in", "since", "until", "by", "year", "till"))


def _en_spoken_year(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    text = match.group("year").lower()
    if text in ("two thousand", "eighteen hundred", "nineteen hundred") and not match.groupdict().get("mod"):
        before = match.string[max(0, match.start() - 7) : match.start()].split()
        ranged = _YEAR_BEFORE_LINK.search(match.string, max(0, match.start() - 60), match.start())
        if not ranged and (not before or before[-1].lower() not in _BARE_YEAR_CUES):
            return None, "reject"  # "rose to two thousand"; but "from nineteen ninety-six to two thousand"
    return _en_year(match, ref)


def _year_number(text: str) -> int:
    """2003 for "2003", "two thousand three" or "two thousand and three"; 1998 for "nineteen ninety-eight"."""
    if text[:1].isdigit():
        return int(text)
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [word for word in words[2:] if word != "and"]
        return 2000 + int(parse_english(" ".join(rest)) or 0) if rest else 2000
    century = int(parse_english(words[0]) or 0) * 100
    rest = [word for word in words[1:] if word not in ("oh", "hundred", "and")]
    if not rest:
        return century
    return century + int(parse_english(" ".join(rest)) or 0)


_DAY_ORDINALS = {
    word: index + 1
    for index, word in enumerate(
        (
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth",
        )
    )
}


_UNITS_ORDINAL = list(_DAY_ORDINALS.items())[:9]


_DAY_ORDINALS.update({f"twenty{sep}{word}": 20 + n for sep in (" ", "-") for word, n in _UNITS_ORDINAL})


_DAY_ORDINALS.update({"thirtieth": 30, "thirty first": 31, "thirty-first": 31})


_DAY = (
    r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?:(?:twenty[ -])?(?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth|thirty[ -]first)(?![\w-]))"
)


_NUM = (
    rf"(?:\d+|half an?|{SMALL_WORD_NUMBER}(?![\w-])|an? (?:hundred|thousand)|an?|several|a few|few|a couple of"
    r"|a couple|couple of"
    r"|couple)"
)


_UNIT = r"(?:hour|day|week|fortnight|month|quarter|year|decade)s?"


PERIOD_LEAD = r"(?:(?i:the) )?(?i:first|initial|opening|final) "
"""What opens a stretch of time counted from a start: "(its) first few weeks", "the first six months"."""


_PERIOD_LEAD = PERIOD_LEAD


_MOD = (
    r"(?:(?<![\w-])(?i:early|mid|late|the (?:end|beginning|start|middle) of|(?:end|beginning|start|middle) of)[ -]"
    r"|(?<![\w-])(?:Early|Mid|Late|mid|end)-)"
)


_PARTS = r"(?:[ -](?:morning|afternoon|evening|night))"


_TZ = (
    r"(?: ?(?:GMT|UTC|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CET|CEST|JST|KST|HKT|SGT|IST|AEST"
    r"|(?:Pacific|Eastern|Central|Mountain|Atlantic|Hawaii|Alaska)(?: (?:Standard|Daylight))? [Tt]ime"
    r"|(?:local|Beijing|Tokyo|Hong Kong|Singapore|Taipei|Seoul|Japan|Korea|India|London|UK|Paris|Moscow|Sydney) time))?"
)


_NUMBER_WORDS = {"a": 1, "an": 1, "several": None, "a few": None, "few": None, "half a": 0.5, "half an": 0.5,
                 "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2}  # fmt: skip


def _count(text: str) -> float | None:
    lowered = text.lower()
    if lowered in _NUMBER_WORDS:
        return _NUMBER_WORDS[lowered]
    return parse_english(lowered)


def _mod_part(mod: str | None) -> str | None:
    if not mod:
        return None
    lowered = mod.lower()
    if "early" in lowered or "beginning" in lowered or "start" in lowered:
        return "early" if "early" in lowered else "start"
    if "mid" in lowered:
        return "mid"
    if "late" in lowered:
        return "late"
    return "end"


_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}


def _ordinal_day(ref: _Ref, day: int, weekday: str | None) -> DateValue | None:
    """The 13th (on a Monday): the nearest month that has it, the past counting nearer unless the clause looks
    ahead."""
    if ref.published is None:
        return None
    pub = ref.published
    wanted = _WEEKDAY_ABBR.get((weekday or "").lower())
    best: tuple[float, date] | None = None
    for offset in range(-13, 14):
        year, month = _add_months(pub.year, pub.month, offset)
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if wanted is not None and candidate.weekday() != wanted:
            continue
        later = candidate > pub
        distance = abs((candidate - pub).days) * (2.0 if later != ref.future else 1.0)
        if best is None or distance < best[0]:
            best = (distance, candidate)
    return _day(best[1]) if best else None


def _en_full(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    month = _MONTHS[(groups["m1"] or groups["m2"]).rstrip(".").lower()]
    day_text = groups["d1"] or groups["d2"]
    day = _DAY_ORDINALS[day_text.lower()] if day_text.lower() in _DAY_ORDINALS else int(re.sub(r"\D", "", day_text))
    year_text = groups["y1"] or groups["y2"]
    last = int(re.sub(r"\D", "", groups["dto"])) if groups.get("dto") else day

    def make(year: int) -> DateValue | None:
        try:
            return DateValue(date(year, month, day), date(year, month, last), "day") if last > day else (
                _day(date(year, month, day))
            )
        except ValueError:
            return None

    if not year_text:
        # "August 14 to August 17, 2026": a range's second date lends its year to the first
        partner = _RANGE_PARTNER.match(match.string, match.end())
        year_text = partner.group("year") if partner else None
    return (make(_year_number(year_text)) if year_text else _pick_year(ref, make)), "date"


# "14 nov", "12 of Nov": after a day number a month's abbreviation needs no full stop (not "may" or "mar").
_DAY_MONTH_ABBR = r"(?:[Jj]an|[Ff]eb|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec)\.?(?![a-z])"

_RANGE_PARTNER = re.compile(
    rf"(?: ?[-–] ?| to | through | until | and )(?:{_WEEKDAY},? )?(?:{_MONTH} )?{_DAY},? (?P<year>{_YEAR})(?!\d)"
)


def _en_month(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    month = _MONTHS[groups["month"].rstrip(".")]
    part = _mod_part(groups.get("mod"))
    relation = (groups.get("rel") or "").lower()

    def make(year: int) -> DateValue:
        if part in ("early", "mid", "late"):
            return _part_of_month(year, month, part)
        if part == "end":
            return _part_of_month(year, month, "late")
        if part == "start":
            return _part_of_month(year, month, "early")
        return _month(year, month)

    if groups.get("year"):
        return make(_year_number(groups["year"])), "date"
    if relation and ref.published is not None:
        pub = ref.published
        if relation == "last":
            return make(pub.year if month < pub.month else pub.year - 1), "date"
        if relation == "next":
            return make(pub.year if month > pub.month else pub.year + 1), "date"
        return make(pub.year), "date"
    return _pick_year(ref, make), "date"


# Where a fiscal year starts, from cues in the text: April in India, Japan and the UK, October for the US federal
# budget, July in Australia. Companies and cities choose their own, so without a cue the value stays null.
_FISCAL_CUES = (
    (4, re.compile(
        r"₹|\bRs\.? ?\d|\bcrore|\blakh|\bIndia|\bJapan|\bTokyo|\bBritain|\bUK\b|£|\bpounds\b|\bsterling\b|\bpence\b"
        r"|\bHong Kong|HK\$"
    )),
    (10, re.compile(r"\b(?:federal|Congress|Pentagon|Senate|White House|Treasury Department)\b")),
    (7, re.compile(r"\bAustralia")),
)


def _fiscal(match: re.Match[str], end_year: int) -> DateValue | None:
    """The fiscal year that ends in `end_year` ("fiscal 2026", "FY26"), when the text says where it starts."""
    around = match.string[max(0, match.start() - 1500) : match.end() + 1500]
    for month, cue in _FISCAL_CUES:
        if cue.search(around):
            start_year, start_month = _add_months(end_year, month, -12)
            last_year, last_month = _add_months(end_year, month, -1)
            return DateValue(date(start_year, start_month, 1), _month_end(last_year, last_month), "year")
    return None


def _en_decade(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "the '90s": the 1990s, or the 2000s when that decade has already begun."""
    short = int(match.group("dd"))
    now = ref.published.year if ref.published is not None else date.today().year
    start = 2000 + short if 2000 + short <= now else 1900 + short
    return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "year"), "year"


def _en_year(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    if groups.get("fys") or groups.get("fys2"):
        first, last = int(groups["fys"] or groups["fys2"] or 0), groups["fye"] or groups["fye2"] or ""
        end_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        return (_fiscal(match, end_year) if end_year == first + 1 else None), "year"
    if groups.get("fy"):
        short = groups["fy"]
        return _fiscal(match, int(short) if len(short) == 4 else 2000 + int(short)), "year"
    year = _year_number(groups["year"])
    if groups.get("fiscal"):
        return _fiscal(match, year), "year"
    if groups.get("decade"):
        return DateValue(date(year, 1, 1), date(year + 9, 12, 31), "year"), "year"
    part = _mod_part(groups.get("mod"))
    if part:
        return _part_of_year(year, part), "year"
    return _year(year), "year"


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "final": 4, "last": 4}  # fmt: skip


def _year_of(groups: dict[str, str | None], ref: _Ref, *names: str) -> int | None:
    for name in names:
        text = groups.get(name)
        if text:
            text = text.lstrip("'")
            if not text[:1].isdigit():
                return _year_number(text)
            return int(text) if len(text) == 4 else 2000 + int(text)
    relation = (groups.get("rel") or "").lower()
    if ref.published is None:
        return None
    return ref.published.year + {"last": -1, "next": 1}.get(relation, 0)


def _en_quarter(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    if groups.get("fiscal"):
        return None, "date"  # a company's fiscal quarter: where its year starts is its own choice
    if groups.get("q"):
        label = groups["q"].upper()
        number, unit = int(label[1]), "half" if label[0] == "H" else "quarter"
    else:
        number, unit = _ORDINALS[(groups["ord"] or "").lower()], (groups["unit"] or "").lower()
        if unit == "half":
            number = min(number, 2)
    explicit = groups.get("y1") or groups.get("y2") or groups.get("y3") or groups.get("rel")
    if explicit:
        year = _year_of(groups, ref, "y1", "y2", "y3")
        if year is None:
            return None, "date"
        value = _half(year, number) if unit == "half" else _quarter(year, number)
        return value, "date"

    def make(year: int) -> DateValue:
        return _half(year, number) if unit == "half" else _quarter(year, number)

    return _pick_year(ref, make), "date"


_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)


def _en_fiscal_quarter(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "Q3 FY25", "H1 FY2025": a quarter or half of a fiscal year whose start the text gives away."""
    label, short = match.group("q").upper(), match.group("fy")
    whole = _fiscal(match, int(short) if len(short) == 4 else 2000 + int(short))
    if whole is None:
        return None, "date"
    size = 6 if label[0] == "H" else 3
    start_year, start_month = _add_months(whole.start.year, whole.start.month, size * (int(label[1]) - 1))
    end_year, end_month = _add_months(start_year, start_month, size - 1)
    grain = "quarter" if size == 3 else "month"
    return DateValue(date(start_year, start_month, 1), _month_end(end_year, end_month), grain), "date"


def _en_month_quarter(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "the June quarter" (April–June), "the October-December quarter", "the three months to September"."""
    groups = match.groupdict()
    last = _MONTHS[(groups.get("m2") or groups.get("m1") or "").rstrip(".")]
    if groups.get("yr"):
        length = 12
    elif groups.get("n"):
        length = int(_count(groups["n"] or "") or 0)
    elif groups.get("m1") and groups.get("m2"):
        length = (last - _MONTHS[(groups["m1"] or "").rstrip(".")]) % 12 + 1
    else:
        length = 3
    if not 1 <= length <= 12:
        return None, "date"

    end_day = int(groups["d3"]) if groups.get("d3") else None

    def make(year: int) -> DateValue:
        if end_day is not None:
            # "the year to March 29": the day after the same date one period earlier, up to that day
            end = _day_in(date(year, last, 1), end_day)
            begin = _shifted(end.start, -length, "month") if end is not None else None
            if end is not None and begin is not None:
                return DateValue(begin + timedelta(days=1), end.start, "day")
        start_year, start_month = _add_months(year, last, 1 - length)
        grain = "quarter" if length == 3 else "month"
        return DateValue(date(start_year, start_month, 1), _month_end(year, last), grain)

    if groups.get("year"):
        return make(int(groups["year"])), "date"
    # the period is named by its last month: that month's nearest occurrence decides the year
    end_month = _pick_year(ref, lambda y: _month(y, last))
    return (make(end_month.start.year) if end_month else None), "date"


def _en_weekday(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    weekday = _WEEKDAYS[groups["wd"].rstrip(".")]
    relation = (groups.get("rel") or "").lower().replace("this past", "past")
    return _weekday(ref, weekday, relation), "weekday"


_DAY_WORDS = {"today": 0, "tonight": 0, "tonite": 0, "end of day": 0, "end of the day": 0, "the end of the day": 0,
              "the end of day": 0, "eod": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "this morning": 0, "this afternoon": 0, "this evening": 0,
              "last night": -1, "overnight": 0}  # fmt: skip


def _en_day_word(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    word = match.group("word").lower()
    offset = _DAY_WORDS.get(word, 0)
    return _relative_unit(ref, "day", offset), "date"


_RELATIONS = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
              "following": 1}  # fmt: skip


def _en_relative(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    relation = groups["rel"].lower()
    unit = groups["unit"].lower()
    if relation == "this" and unit == "weekend" and ref.published is not None:
        # "this weekend": the Saturday and Sunday of the publication's week (Monday to Sunday)
        saturday = ref.published + timedelta(days=5 - ref.published.weekday())
        return DateValue(saturday, saturday + timedelta(days=1), "day"), "date"
    if relation == "the" and match.string.startswith(" of ", match.end()):
        return None, "reject"  # "the weekend of March 8": the date after "of" says which
    if relation == "the":
        if unit != "weekend":
            return None, "reject"  # "the year", "the quarter": which one depends on the story
        relation = "this"
    if unit in ("spring", "summer", "autumn", "fall", "winter"):
        return _season(ref, unit, relation), "date"
    value = _relative_unit(ref, unit, _RELATIONS[relation])
    part = _mod_part(groups.get("mod"))
    if part is not None and value is not None:
        # "early next year", "late last month"
        if unit == "year":
            return _part_of_year(value.start.year, part), "date"
        return _part_of_month(value.start.year, value.start.month, part), "date"
    return value, ("week" if unit == "week" else "date")


def _en_fiscal_relative(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "this financial year", "next fiscal year": the fiscal year around publication, where the text's cues say
    it starts (see `_fiscal`); null without a cue or a publication date."""
    if ref.published is None:
        return None, "date"
    offset = {"last": -1, "previous": -1, "next": 1}.get(match.group("rel").lower().split()[-1], 0)
    pub = ref.published
    for year in (pub.year, pub.year + 1):
        whole = _fiscal(match, year)
        if whole is None:
            return None, "date"
        if whole.start <= pub <= whole.end:
            return _fiscal(match, year + offset), "date"
    return None, "date"


def _en_part_of_relative(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "the end of the year", "the start of next month": the first or last part of a unit around publication."""
    groups = match.groupdict()
    relation = groups["rel"].lower()
    unit = groups["unit"].lower()
    whole = _relative_unit(ref, unit, {"last": -1, "next": 1}.get(relation, 0))
    if whole is None:
        return None, "date"
    part = _mod_part(groups["mod"].replace("turn", "start")) or "start"
    if unit == "year":
        return _part_of_year(whole.start.year, part), "date"
    if unit == "month":
        month_part = {"start": "early", "end": "late"}.get(part, part)
        return _part_of_month(whole.start.year, whole.start.month, month_part), "date"
    if unit == "decade":
        # "the end of the decade": its last two years; "the start of": its first two
        first = whole.start.year + (8 if part in ("end", "late") else 0)
        return DateValue(date(first, 1, 1), date(first + 1, 12, 31), "year"), "date"
    return whole, "date"


def _en_season_year(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    return _season(ref, match.group("season").lower(), "", _year_number(match.group("year"))), "date"


def _en_within(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "earlier this month", "later this year": the part of the unit before or after publication."""
    groups = match.groupdict()
    whole = _relative_unit(ref, groups["unit"].lower(), 0)
    if whole is None or ref.published is None:
        return None, "date"
    pub = ref.published
    if groups["side"].lower() in ("earlier", "so far"):
        return DateValue(whole.start, pub, "day"), "date"
    return DateValue(pub, whole.end, "day"), "date"


def _en_ago(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    unit = (groups["unit"] or "").lower().rstrip("s")
    if groups.get("past1"):
        return _past(ref, 1, unit), "date"
    count = _count(groups["n"] or "")
    if count is None and groups.get("in") and _looks_back(match, ref):
        return None, "duration"  # "the business failed in a few months": a length of time, not a date
    if count is None:
        return None, "date"
    if groups.get("ago"):
        if groups["ago"] != "ago":
            return None, "date"  # "a year earlier" counts from some other date in the story
        return _ago(ref, count, unit, -1), "date"
    if groups.get("past"):
        return _past(ref, count, unit), "date"
    if groups.get("next"):
        return _coming(ref, count, unit), "date"
    if _looks_back(match, ref):
        return None, "duration"  # "the highest in two years", "it was built in two years": a length of time
    return _ago(ref, count, unit, 1), "date"  # "in two weeks" counts from publication


def _looks_back(match: re.Match[str], ref: _Ref) -> bool:
    """ "in two years" is a length of time after a superlative, in a past-tense clause or after a change ("the
    index is up 10% in two weeks"), else a point that far after publication."""
    if _SUPERLATIVE.search(match.string, max(0, match.start() - 60), match.start()) or ref.tense < 0:
        return True
    return not ref.future and bool(_CHANGE.search(match.string, max(0, match.start() - 40), match.start()))


_SUPERLATIVE = re.compile(
    r"(?i)\b(?:(?:bigg|hott|wett|fatt|sadd)est|(?:high|low|larg|small|strong|weak|fast|slow|great|long|short|sharp|steep"
    r"|deep|cold|warm|dri|busi|cheap|few|lat|earli|tight|loos|wid|fin|low|rich|poor|heavi|light|quick)est"
    r"|(?:the|its|their) (?:most|least)|first|record|worst|best)\b(?:(?![.!?]).)*$"
)


def _en_first_of(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "the first six weeks of 2024", "the last three months of the year": that stretch of the period."""
    groups = match.groupdict()
    count = _count(groups["n"])
    unit = groups["unit"].lower().rstrip("s")
    if groups.get("year"):
        whole: DateValue | None = _year(_year_number(groups["year"]))
    elif groups.get("month"):
        month = _MONTHS[groups["month"].rstrip(".")]
        whole = _pick_year(ref, lambda y: _month(y, month))
    else:
        whole = _relative_unit(ref, "year", {"last": -1, "next": 1}.get((groups.get("rel") or "").lower(), 0))
    if whole is None or count is None or not is_whole(count) or count > 400:
        return None, "date"
    if groups["side"].lower() == "first":
        shifted = _shifted(whole.start, int(count), unit)
        if shifted is None:
            return None, "date"
        return DateValue(whole.start, min(whole.end, shifted - timedelta(days=1)), "day"), "date"
    back = _shifted(whole.end + timedelta(days=1), -int(count), unit)
    return (None if back is None else DateValue(max(whole.start, back), whole.end, "day")), "date"


_CHANGE = re.compile(r"(?i)(?:\d ?%|\bper ?cent\b|\bpercentage points?\b|\b(?:up|down)\b)(?:(?![.!?]).)*$")


def _en_none(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "six years", "11 minutes": a length of time, reported as a count; "recent days" stays a vague date."""
    return None, ("duration" if match.group("n") else "date")


def _en_unit_word(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "this weekend", "the week after next", "year to date", "end of month"; "the same week" and "the day
    before" are placed by the story (no value)."""
    groups = match.groupdict()
    pub = ref.published
    if groups.get("weekend"):
        relation = match.group().lower().split()[0]
        return _relative_unit(ref, "weekend", {"next": 1, "last": -1}.get(relation, 0)), "date"
    if groups.get("after_next"):
        unit = match.group().lower().split()[1]
        return _relative_unit(ref, unit, 2), "date"
    if groups.get("todate"):
        return None, "date"  # "to date": everything up to now, with no start
    if groups.get("decade"):
        words = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
        spoken = match.group().lower().replace("-", " ").split()
        century = 1800 if "eighteen" in spoken else 1900  # "the nineteen eighties"; bare "the eighties" too
        start = century + 20 + 10 * words.index(spoken[-1])
        return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "year"), "date"
    if groups.get("ytd"):
        return (None if pub is None else DateValue(date(pub.year, 1, 1), pub, "day")), "date"
    if groups.get("end"):
        unit = (groups.get("unit") or {"eoy": "year", "eom": "month"}.get(match.group().lower(), "year")).lower()
        whole = _relative_unit(ref, unit, 0)
        if whole is None:
            return None, "date"
        if unit == "week":
            return DateValue(whole.end - timedelta(days=1), whole.end, "day"), "date"
        return (_part_of_month(whole.end.year, whole.end.month, "late") if unit == "month"
                else _part_of_year(whole.end.year, "late")), "date"  # fmt: skip
    return None, "date"


def _en_numeric(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    groups = match.groupdict()
    try:
        if groups.get("iy"):
            return _day(date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))), "date"
        return _day(date(int(groups["uy"]), int(groups["um"]), int(groups["ud"]))), "date"
    except ValueError:
        return None, "date"


_MD_CONTEXT = re.compile(
    r"(?i)(?:\b(?:on|from|between|until|till|by|since|before|after|through|due|dated|starting|ending) |^|\n)$"
)


def _en_numeric_month_day(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "on 5/12", "this 5/12", "10/1-11/7", "5/1-5/7/2020", "12/12/30": a numeric month and day with no four-digit
    year, taken as a date only where it cannot be a fraction or a score: after a word that introduces a date, after
    this/next/last, with a year, or as a range of two such dates."""
    groups = match.groupdict()
    text = match.string
    before = text[max(0, match.start() - 10) : match.start()]
    ranged = groups.get("m2") is not None
    if not (ranged or groups.get("rel") or groups.get("y1") or _MD_CONTEXT.search(before)):
        return None, "reject"
    first = _month_day(int(groups["m1"]), int(groups["d1"]))
    second = _month_day(int(groups["m2"]), int(groups["d2"])) if ranged else None
    if first is None or (ranged and second is None):
        return None, "reject"
    year_text = groups.get("y2") or groups.get("y1")
    if year_text is not None:
        year = int(year_text) if len(year_text) == 4 else _two_digit_year(int(year_text), ref)
        start = _safe_day(year, *first)
        end = _safe_day(year, *second) if second is not None else start
        if start is None or end is None or end.start < start.start:
            return None, "date"
        return DateValue(start.start, end.end, "day"), "date"
    relation = (groups.get("rel") or "").lower()
    pub = ref.published
    if relation and pub is not None:
        year = pub.year + {"next": 1, "last": -1}.get(relation, 0)
        value = _safe_day(year, *first)
    else:
        value = _pick_year(ref, lambda y: _safe_day(y, *first))
    if value is None or second is None:
        return value, "date"
    end = _safe_day(value.start.year, *second)
    if end is not None and end.end < value.start:
        end = _safe_day(value.start.year + 1, *second)
    return (None if end is None else DateValue(value.start, end.end, "day")), "date"


def _month_day(first: int, second: int) -> tuple[int, int] | None:
    """(month, day) of a numeric pair: month first, or day first when the first number cannot be a month."""
    if 1 <= first <= 12 and 1 <= second <= 31:
        return first, second
    if 1 <= second <= 12 and 13 <= first <= 31:
        return second, first
    return None


def _safe_day(year: int, month: int, day: int) -> DateValue | None:
    try:
        return _day(date(year, month, day))
    except ValueError:
        return None


def _two_digit_year(year: int, ref: _Ref) -> int:
    """'30 is 2030 up to ten years after publication, else 1930 (news looks back)."""
    pub_year = ref.published.year if ref.published is not None else 2000
    return 2000 + year if 2000 + year <= pub_year + 10 else 1900 + year


_MIXED_GROUPS = {"mon": ("mon3", "mon4", "mon5"), "d": ("d2", "d3", "d4", "d5"), "y": ("y2", "y3", "y4", "y5", "y6")}


_MONTH_ABBR = r"(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec)"


def _en_mixed(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    """ "Oct/2", "Dec-2018", "05-Aug-2016", "2019/aug/01", "Dec31, 1994": a month written as a word among numbers."""
    groups = match.groupdict()
    month = _MONTHS[(groups["mon"] or "").capitalize()]
    year_text, day_text = groups.get("y"), groups.get("d")
    if day_text is None:
        return (_month(int(year_text), month) if year_text else None), "date"
    day = int(day_text)
    if year_text:
        try:
            return _day(date(int(year_text), month, day)), "date"
        except ValueError:
            return None, "date"

    def make(year: int) -> DateValue | None:
        try:
            return _day(date(year, month, day))
        except ValueError:
            return None

    return _pick_year(ref, make), "date"


_HOUR_WORDS = {word: index + 1 for index, word in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])}  # fmt: skip


def _en_clock(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str, time] | tuple[None, str]:
    groups = match.groupdict()
    if groups.get("word"):
        clock: time | None = time(12, 0) if groups["word"].lower() in ("noon", "midday") else time(0, 0)
        whole = True
    elif groups.get("h6"):
        # "half past seven", "quarter to nine", "20 min past eight"
        hour_text = groups["h6"].lower()
        hour = int(hour_text) if hour_text.isdigit() else _HOUR_WORDS[hour_text]
        words = groups["past"].lower()
        minutes = {"half": 30, "quarter": 15}.get(words)
        if minutes is None:
            number = re.sub(r" min(?:ute)?s?$", "", words)
            minutes = int(number) if number.isdigit() else int(parse_english(number) or 0)
        if groups["rel"].lower() == "to":
            hour, minutes = hour - 1 if hour > 1 else 12, 60 - minutes
        part = groups.get("dp") or ""
        if hour < 12 and ("afternoon" in part or "evening" in part or ("night" in part and hour >= 6)):
            hour += 12
        clock = _clock(hour, minutes, None) if 0 < minutes < 60 else None
        whole = False
    else:
        minute = groups.get("mi")
        hour = int(groups["h"] or 0)
        part = groups.get("dp") or ""
        # "4:30 in the afternoon", "10 o'clock at night": the part of the day says which half
        if hour < 12 and ("afternoon" in part or "evening" in part or ("night" in part and hour >= 6)):
            hour += 12
        clock = _clock(hour, int(minute or 0), groups.get("ampm"))
        whole = minute is None
    if clock is None:
        return None, "time"
    return _time_value(ref, clock, whole), "time", clock


_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
             "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
             "valentine's day": (2, 14), "independence day": (7, 4), "boxing day": (12, 26),
             "veterans day": (11, 11), "juneteenth": (6, 19), "may day": (5, 1), "labour day": (5, 1),
             "remembrance day": (11, 11), "guy fawkes night": (11, 5), "bastille day": (7, 14),
             "canada day": (7, 1), "australia day": (1, 26), "inauguration day": (1, 20)}  # fmt: skip


# Holidays on the n-th (or, with -1, the last) weekday of a month: (month, weekday, n).
_NTH_HOLIDAYS = {"thanksgiving": (11, 3, 4), "memorial day": (5, 0, -1), "labor day": (9, 0, 1),
                 "martin luther king jr. day": (1, 0, 3), "martin luther king day": (1, 0, 3), "mlk day": (1, 0, 3),
                 "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3), "columbus day": (10, 0, 2),
                 "mother's day": (5, 6, 2), "father's day": (6, 6, 3)}  # fmt: skip


_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = _month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return date(year, month, (h + l_ - 7 * m + 114) % 31 + 1)


def _en_holiday(match: re.Match[str], ref: _Ref) -> tuple[DateValue | None, str]:
    name = re.sub(r"\s+", " ", match.group("holiday").lower()).replace("’", "'")
    weekend = bool(match.group("weekend"))
    if name in _NTH_HOLIDAYS:
        month_, weekday_, nth = _NTH_HOLIDAYS[name]

        def make(year: int) -> DateValue:
            day_ = _nth_weekday(year, month_, weekday_, nth)
            if weekend and weekday_ == 0:  # "Memorial Day weekend": the Saturday to the Monday
                return DateValue(day_ - timedelta(days=2), day_, "day")
            return _day(day_)

    elif name in ("lunar new year", "chinese new year"):

        def make(year: int) -> DateValue:
            return _lunar_new_year(year) or DateValue(date(year, 1, 1), date(year, 12, 31), "unknown")

        if match.group("year"):
            found = make(int(match.group("year")))
            return (None if found.grain == "unknown" else found), "date"
        value = _pick_year(ref, make)
        return (None if value is None or value.grain == "unknown" else value), "date"

    elif name == "election day":
        # the United States' federal Election Day: the Tuesday after the first Monday in November

        def make(year: int) -> DateValue:
            return _day(_nth_weekday(year, 11, 0, 1) + timedelta(days=1))

    elif name in _EASTER_OFFSETS:
        offset = _EASTER_OFFSETS[name]

        def make(year: int) -> DateValue:
            return _day(_easter(year) + timedelta(days=offset))

    elif name in _HOLIDAYS:
        month, day = _HOLIDAYS[name]

        def make(year: int) -> DateValue:
            return _day(date(year, month, day))

    else:
        return None, "date"
    if match.group("year"):
        return make(int(match.group("year"))), "date"
    return _pick_year(ref, make), "date"


_MONTH_ANCHOR = r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"


_EN_RULES: tuple[DateRule, ...] = (
    DateRule(
        "month-day",
        re.compile(
            rf"(?:{_WEEKDAY},? )?(?:(?P<m1>{_MONTH}) (?P<d1>{_DAY})(?:-(?P<dto>{_DAY}))?(?!\d|:| ?%)"
            rf"(?:(?:,? | of )(?P<y1>{_YEAR_OR_SPOKEN}))?"
            # "the 26th of December" keeps its article; "the 26 December 2004 tsunami" does not (a determiner of
            # the noun after the date)
            rf"|(?:the (?=\d{{1,2}}(?:st|nd|rd|th) of ))?(?P<d2>{_DAY}) (?:of )?(?P<m2>{_MONTH}|{_DAY_MONTH_ABBR})"
            rf"(?:(?:,? | of )(?P<y2>{_YEAR_OR_SPOKEN}))?)"
            r"(?![\w])"
        ),
        _en_full,
        anchor=re.compile(
            _MONTH_ANCHOR
            + r"|\d (?:jan|feb|apr|jun|jul|aug|sep|oct|nov|dec)|of (?:jan|feb|apr|jun|jul|aug|sep|oct|nov|dec)"
        ),
        back=20,
    ),
    DateRule(
        "ordinal-day",  # Mon 13th, Fri 14th, on the 18th, on 29th: the nearest month with that day
        re.compile(
            r"(?:(?P<wd>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.? (?:the )?|(?<=\bon )(?:the )?)"
            r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?! ?[A-Za-z0-9])"
        ),
        lambda m, ref: (_ordinal_day(ref, int(m.group("d")), m.group("wd")), "date"),
        anchor=re.compile(r"\d(?:st|nd|rd|th)\b"),
        back=12,
    ),
    DateRule(
        "month",
        re.compile(
            rf"(?:(?P<mod>{_MOD})|(?P<rel>(?i:last|next|this)) )?(?P<month>{_MONTH})"
            rf"(?:(?:,? | of )(?P<year>{_YEAR_OR_SPOKEN}))?(?![\w])"
        ),
        _en_month,
        anchor=re.compile(_MONTH_ANCHOR),
        back=20,
    ),
    DateRule(
        "iso-numeric",
        re.compile(r"(?<![A-Za-z0-9_/.-])(?P<iy>\d{4})[-/](?P<im>[01]?\d)[-/](?P<id>[0-3]?\d)(?![A-Za-z0-9_/]|\.\d)"),
        _en_numeric,
        anchor=re.compile(r"-|/"),
        back=12,
        also_cjk=True,
    ),
    DateRule(
        "us-numeric",
        re.compile(r"(?<![A-Za-z0-9_/.-])(?P<um>[01]?\d)/(?P<ud>[0-3]?\d)/(?P<uy>\d{4})(?![A-Za-z0-9_/]|\.\d)"),
        _en_numeric,
        anchor=re.compile(r"/"),
        back=6,
        also_cjk=True,
    ),
    DateRule(
        "numeric-month-day",  # on 5/12, this 5/12, 22/04, 10/1-11/7, 5/1-5/7/2020, 12/12/30 (fractions are not)
        re.compile(
            r"(?:(?P<rel>(?i:this|next|last)) )?(?<![\w/.$€£¥#:-])(?P<m1>[0-3]?\d)/(?P<d1>[0-3]?\d)"
            r"(?:/(?P<y1>\d{4}|\d\d))?(?:(?: ?[-–] ?| to | through | until )(?P<m2>[0-3]?\d)/(?P<d2>[0-3]?\d)"
            r"(?:/(?P<y2>\d{4}|\d\d))?)?(?![\w/%]|[.,:]\d| ?(?:cups?|inches|inch|mile|of)\b)"
        ),
        _en_numeric_month_day,
        anchor=re.compile("/"),
        back=12,
    ),
    DateRule(
        "us-numeric-dashes",  # 02-02-2020, 10-1-2018 (month first, with a four-digit year)
        re.compile(
            r"(?:(?<=\d{4}-)|(?<![A-Za-z0-9_/.-]))(?P<um>[01]?\d)-(?P<ud>[0-3]?\d)-(?P<uy>(?:19|20)\d\d)"
            r"(?![A-Za-z0-9_/]|\.\d)"
        ),
        _en_numeric,
        anchor=re.compile("-19|-20"),
        back=6,
    ),
    DateRule(
        "month-among-numbers",  # Oct/2, Dec-2018, Dec/2018, 05-Aug-2016, 2019/aug/01, Dec31, 1994, mar4
        re.compile(
            rf"(?<![\w/-])(?:(?P<mon>{_MONTH_ABBR})[a-z]*(?:[/-](?P<d>[12]\d|3[01]|0?[1-9])(?:-(?P<y6>(?:19|20)\d\d))?(?![\d/-])"
            rf"|[/-](?P<y>(?:19|20)\d\d)(?![\d/-])|(?P<d2>[12]\d|3[01]|0?[1-9])(?:, (?P<y2>(?:19|20)\d\d))?(?!\d))"
            rf"|(?P<d3>[0-3]?\d)-(?P<mon3>{_MONTH_ABBR})-(?P<y3>(?:19|20)\d\d)"
            rf"|(?P<y4>(?:19|20)\d\d)/(?P<mon4>{_MONTH_ABBR})/(?P<d4>[0-3]?\d)"
            rf"|(?P<d5>[0-3]?\d)/(?P<mon5>{_MONTH_ABBR})/(?P<y5>(?:19|20)\d\d))(?![\w/-])"
        ),
        lambda m, ref: _en_mixed(
            _Groups(m, _MIXED_GROUPS),  # type: ignore[arg-type]
            ref,
        ),
        anchor=re.compile(r"[nbrylgptvc][/-]?\d|\d[/-][A-Za-z]"),  # the last letter of a month, then a number
        back=12,
    ),
    DateRule(
        "year-range",  # 2014-2018, 2014 – 2018
        re.compile(rf"(?<![\w$€£¥#.,/-])(?P<y1>{_YEAR}) ?[-–] ?(?P<y2>{_YEAR})(?![\w%-])"),
        lambda m, ref: (DateValue(date(int(m.group("y1")), 1, 1), date(int(m.group("y2")), 12, 31), "year"), "date")
        if int(m.group("y1")) < int(m.group("y2"))
        else (None, "reject"),
        anchor=re.compile(r"\d ?[-–] ?[12]\d\d\d"),
        back=6,
    ),
    DateRule(
        "year",
        re.compile(
            r"(?<![\w-])(?:FY ?|(?i:fiscal(?: year)?) )(?P<fys>(?:19|20)\d\d)[-/](?P<fye>\d\d(?:\d\d)?)(?![\w-])|"
            # "the 2019/20 fiscal year", "the 2019-20 financial year": the split year before its noun
            r"(?<![\w-])(?P<fys2>(?:19|20)\d\d)[-/](?P<fye2>\d\d(?:\d\d)?) (?i:fiscal|financial) year(?![\w-])|"
            rf"(?:(?P<mod>{_MOD})|(?P<fiscal>(?i:fiscal(?: year)? |FY ?))|(?<![\w$€£¥#.,/-]))(?P<year>{_YEAR})"
            r"(?:(?P<decade>(?<=0)s)|(?!\w|,\d|\.\d| ?%| ?(?i:per ?cent)))"
            r"|(?<![\w-])FY ?'?(?P<fy>\d\d)(?!\w)"
        ),
        _en_year,
        anchor=re.compile(r"18|19|20|21|FY|fiscal|Fiscal"),
        back=20,
    ),
    DateRule(
        "spoken-year",  # in nineteen ninety-eight, since two thousand three, by two thousand fifty
        re.compile(
            rf"(?:(?P<mod>{_MOD})|"
            + "|".join(f"(?<=\\b{cue} )" for cue in _SPOKEN_YEAR_CUES)
            + rf")(?P<year>{_SPOKEN_YEAR})"
        ),
        _en_spoken_year,
        anchor=re.compile(r"ighteen |ineteen |wenty |wo thousand"),  # without the first letter: any case
        back=25,
    ),
    DateRule(
        "spoken-year-after-preposition",  # in two thousand three sales rose
        re.compile(_SPOKEN_YEAR_AFTER_PREPOSITION),
        _en_spoken_year,
        anchor=re.compile(r"ighteen |ineteen |wenty |wo thousand"),
        back=25,
    ),
    DateRule(
        "quarter-or-half",
        re.compile(
            r"(?:(?i:the) (?=(?:(?i:fiscal) )?\w+ (?i:quarter|half)))?(?P<fiscal>(?i:fiscal) |FY ?(?=Q))?"
            r"(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[ -](?P<unit>(?i:quarter|half))"
            rf"(?: of (?:(?P<y1>{_YEAR_OR_SPOKEN})|(?P<rel>this|last|next) year|the year)|,? (?P<y3>{_YEAR}))?\b"
            rf"|\b(?P<q>Q[1-4]|H[12]|q[1-4])(?:[ /-]?(?P<y2>{_YEAR}|'\d\d|\d\d(?!\d)))?\b"
        ),
        _en_quarter,
        anchor=re.compile(r"quarter|Quarter|half|Half|Q1|Q2|Q3|Q4|H1|H2|q1|q2|q3|q4"),
        back=28,
    ),
    DateRule(
        "weekday",
        re.compile(
            r"(?:(?P<rel>(?i:last|next|this past|this|coming|past|early|late)) |(?<![\w-])(?i:early|late) on )?"
            rf"(?<![\w-])(?P<wd>{_WEEKDAY})(?:{_PARTS})?(?![\w-])"
        ),
        _en_weekday,
        anchor=re.compile(r"Mon|Tue|Wed|Thu|Fri|Sat|Sun"),
        back=12,
    ),
    DateRule(
        "day-word",
        re.compile(
            r"(?:(?<![\w-])(?i:early|late)(?: on)? (?=(?i:yesterday|today|tomorrow|tonight)))?"
            r"(?<![\w-])(?P<word>(?i:the day (?:after tomorrow|before yesterday)|yesterday|today|tonight|tonite"
            r"|tomorrow|this (?:morning|afternoon|evening)|last night|(?:the )?end of (?:the )?day|eod))"
            r"(?:[ -](?:morning|afternoon|evening|night))?\b"
        ),
        _en_day_word,
        anchor=re.compile(
            r"yesterday|Yesterday|today|Today|tomorrow|Tomorrow|tonight|Tonight|tonite|morning|afternoon|evening|night"
            r"|end of|End of|eod|EOD"
        ),
        back=16,
    ),
    DateRule(
        "part-so-far",
        re.compile(
            r"(?<![\w-])(?P<side>(?i:earlier|later|so far)) (?:this|in the) (?P<unit>week|month|year|quarter)\b"
        ),
        _en_within,
        anchor=re.compile(
            r"earlier this|Earlier this|later this|Later this|so far this|So far this|earlier in the|Earlier in the"
            r"|later in the|Later in the"
        ),
        back=0,
    ),
    DateRule(
        "relative-unit",
        re.compile(
            r"(?<![\w-])(?:(?P<mod>(?i:early|late|mid)[ -])(?=(?i:last|next|this) (?:year|month)\b))?"
            r"(?P<rel>(?i:last|next|this|previous|current|coming|following|the)) "
            r"(?:calendar (?=year)|working (?=week)|work(?=week))?"
            r"(?P<unit>week|weekend|fortnight|month|year|quarter|decade|spring|summer|autumn|fall|winter)\b"
        ),
        _en_relative,
        anchor=re.compile(
            r" week| month| year| quarter| decade| spring| summer| autumn| fall| winter| weekend| fortnight| workweek"
            r"| calendar| working"
        ),
        back=12,
    ),
    DateRule(
        "part-of-relative",
        re.compile(
            r"(?<![\w-])(?P<mod>(?i:the )?(?i:start|beginning|end|middle|turn) of) (?P<rel>the|this|last|next) "
            r"(?P<unit>year|month|week|quarter|decade)\b"
        ),
        _en_part_of_relative,
        anchor=re.compile(r"of the |of this |of last |of next "),
        back=16,
    ),
    DateRule(
        "season-year",
        re.compile(
            rf"(?<![\w-])(?:(?i:the) )?(?P<season>(?i:spring|summer|autumn|fall|winter))(?: of)? "
            rf"(?P<year>{_YEAR_OR_SPOKEN})\b"
        ),
        _en_season_year,
        anchor=re.compile(r"spring|Spring|summer|Summer|autumn|Autumn|fall|Fall|winter|Winter"),
        back=4,
    ),
    DateRule(
        "ago-past-next",
        re.compile(
            rf"(?<![\w-])(?:(?P<n>{_NUM}) (?P<unit>{_UNIT}) (?P<ago>ago|earlier|later)\b"
            rf"|(?P<past>(?i:the )?(?i:past|last|previous)) (?P<n2>{_NUM}) (?P<unit2>{_UNIT})\b"
            rf"|(?P<next>(?i:the )?(?i:next|coming|following)) (?P<n4>{_NUM}) (?P<unit4>{_UNIT})\b"
            r"|(?P<past1>(?:(?i:the) )?(?i:past|last)) (?P<unit5>week|fortnight|month|quarter|year|decade)\b"
            rf"|(?P<in>(?i:in)) (?P<n3>{_NUM}) (?P<unit3>{_UNIT})(?=(?:['’]s)? time\b| from now\b|[.,;)]|$))"
        ),
        lambda m, ref: _en_ago(_regroup(m), ref),
        anchor=re.compile(r" day| week| month| year| decade| hour| fortnight| quarter"),
        back=28,
    ),
    DateRule(
        "length-of-time",
        re.compile(
            rf"(?<![\w-])(?:{_PERIOD_LEAD})?(?P<n>\d+\.\d+|{_NUM})(?: and a half| and half)? "
            r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|seconds?|hrs?|mins?|secs?|nights)"
            r"(?! old| of age)\b"
            r"|(?<![\w-])(?i:recent|coming) (?:days|weeks|months|years)\b"
        ),
        _en_none,
        anchor=re.compile(r" day| week| month| year| decade| hour| minute| second| hr| min| sec| night"),
        back=20,
    ),
    DateRule(
        "period-to-month",
        re.compile(
            rf"(?<![\w-])(?:(?P<m1>{_MONTH_NAMES})(?:-| to | through |/)?(?P<m2>{_MONTH_NAMES})? quarter"
            rf"(?:,? (?:of )?(?P<year>{_YEAR}))?"
            rf"|(?:(?i:the) )?(?:(?P<n>{_NUM}) months|(?P<yr>year|twelve months)) (?:to|ended|ending|through)"
            rf" (?P<m3>{_MONTH_NAMES})(?: (?P<d3>[12]\d|3[01]|0?[1-9])(?!\d))?"
            rf"(?:,? (?P<year2>{_YEAR}))?)(?![\w])"
        ),
        lambda m, ref: _en_month_quarter(_Groups(m, {"m2": ("m3",), "year": ("year2",)}), ref),  # type: ignore[arg-type]
        anchor=re.compile(r" quarter| months to| months end| months through| year to| year end"),
        back=30,
    ),
    DateRule(
        "decade-apostrophe",
        re.compile(r"(?<![\w'])(?:(?i:the) )?'(?P<dd>\d0)s\b"),
        _en_decade,
        anchor=re.compile(r"'\d0s"),
        back=8,
    ),
    DateRule(
        "fiscal-relative",
        re.compile(
            r"(?<![\w-])(?P<rel>(?i:this|last|next|the current|the previous|the next)) (?:fiscal|financial) year\b"
        ),
        _en_fiscal_relative,
        anchor=re.compile(r"fiscal year|financial year"),
        back=14,
    ),
    DateRule(
        "fiscal-quarter",
        re.compile(r"(?<![\w-])(?P<q>Q[1-4]|H[12]) ?FY ?'?(?P<fy>\d\d(?:\d\d)?)(?![\w-])"),
        _en_fiscal_quarter,
        anchor=re.compile(r"FY"),
        back=4,
    ),
    DateRule(
        "first-of-period",
        re.compile(
            rf"(?<![\w-])(?:(?i:the) )?(?P<side>(?i:first|last|final)) (?P<n>{_NUM}) (?P<unit>days|weeks|months)"
            rf" of (?:(?P<year>{_YEAR_OR_SPOKEN})|(?P<month>{_MONTH})|(?P<rel>this|last|next|the) year)\b"
        ),
        _en_first_of,
        anchor=re.compile(r"first|First|last|Last|final|Final"),
        back=4,
    ),
    DateRule(
        "clock",
        re.compile(
            r"(?<![\w.:])(?P<h>1[0-2]|0?[1-9])(?::?(?P<mi>[0-5]\d)(?::[0-5]\d)?|\.(?P<mi5>[0-5]\d))?(?:\.| ?)"
            r"(?P<ampm>[ap] ?\. ?m\.|[ap] ?\. ?m\b|[AP]\.M\.|[AaPp][Mm]\b|[ap] m\b)"
            + _TZ
            + r"|(?<![\w.:-])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
            + _TZ
            + r"(?P<dp> in the (?:morning|afternoon|evening)| at night)?"
            + r"|(?:(?<=at )|(?<=by )|(?<=to )|(?<=until )|(?<=from )|(?<=before )|(?<=after )|(?<=around )|(?<=\())"
            + r"(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d) (?=GMT|UTC|BST|ET\b|EST|EDT|CET|JST|HKT|SGT)" + _TZ
            + r"|(?<![\w-])(?P<word>(?i:noon|midday|midnight))(?:ish)?\b" + _TZ
            + r"|(?<![\w.:-])(?P<h3>1[0-2]|[1-9]) (?:o'clock|oclock)\b"
            + r"(?P<dp3> in the (?:morning|afternoon|evening)| at night)?"
            + r"|(?<![\w-])(?<![Tt]he )(?<!this )(?<!last )(?<!next )"
            + rf"(?P<past>(?i:half|quarter|(?:\d{{1,2}}|{SMALL_WORD_NUMBER})(?: min(?:ute)?s?)?)) (?P<rel>past|to)"
            + r" (?P<h6>1[0-2]|[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
            + r"(?![\d,.]\d)(?: (?:o'clock|oclock))?\b(?P<dp6> in the (?:morning|afternoon|evening)| at night)?"
        ),
        lambda m, ref: _en_clock(_regroup_clock(m), ref),
        anchor=re.compile(
            r"a.m|p.m|a . m|p . m|am\b|pm\b|AM\b|PM\b| a m| p m|:|noon|Noon|midday|Midday"
            r"|midnight|Midnight|o'clock|oclock|GMT"
            r"|UTC|BST|ET|EST|EDT|CET|JST|HKT|SGT| past |quarter to|min to|mins to|minutes to|ten to|five to|twenty to"
        ),
        back=8,
        also_cjk=True,
    ),
    DateRule(
        "part-of-day",  # (in) the morning, early morning, late afternoon, later in the evening
        re.compile(
            r"(?:(?<=\bin )(?:the )?|(?<=\bIn )(?:the )?|(?<![\w-])(?i:early|late|later|earlier|mid)[ -](?:in the )?)"
            r"(?i:morning|afternoon|evening|daytime|night-?time)s?\b"
            # meal times: "after breakfast", "at lunch", "around dinner", "lunchtime"
            r"|(?:(?<=\b[Aa]t )|(?<=\b[Aa]fter )|(?<=\b[Bb]efore )|(?<=\b[Aa]round )|(?<=\b[Dd]uring )|(?<=\buntil )"
            r"|(?<=\bby ))(?i:breakfast|brunch|lunch|dinner|supper)(?:[ -]?time)?\b(?! (?:with|for|at|of|party)\b)"
            r"|(?<![\w-])(?i:lunchtime|dinnertime|suppertime)\b"
        ),
        lambda m, ref: (None, "date"),
        anchor=re.compile("morning|afternoon|evening|daytime|night-?time|breakfast|brunch|lunch|dinner|supper"),
        back=16,
    ),
    DateRule(
        "unit-word",  # the weekend, the week after next, week 31, year to date, end of month, the day before
        re.compile(
            r"(?<![\w-])(?:(?P<weekend>(?i:(?:this|that|the|next|last) )?weekend)\b(?! of)"
            r"|(?P<after_next>(?i:the (?:week|month|year) after next))"
            r"|(?P<ytd>(?i:year to date|year-to-date|ytd))\b|(?<![\w-])(?P<todate>(?:to|till) date)\b"
            r"|(?P<decade>(?i:(?:the )?(?:(?:eighteen|nineteen)[ -])?(?:twenties|thirties|forties|fifties|sixties"
            r"|seventies|eighties|nineties)))\b"
            r"|(?P<same>(?i:(?:the )?same (?:day|week|month|year)))\b"
            r"|(?P<anaphor>(?i:the (?:day|week|month|year) (?:before|after)))(?! \w)"
            r"|(?P<anaphor2>(?i:the (?:next|following|previous|prior) day))\b"
            r"|(?P<end>(?i:(?:the )?end of (?:the )?(?P<unit>month|year|week)|eoy|eom))\b)"
        ),
        lambda m, ref: _en_unit_word(m, ref),
        anchor=re.compile("weekend|Weekend|after next|to date|till date|to-date|YTD|ytd|same day|same week"
                          "|same month|same year|day before"
                          "|day after|week before|week after|next day|following day|previous day|prior day"
                          "|ties\\b"
                          "|month before|month after|year before|year after|end of|End of|EOY|eoy|EOM|eom"),
        back=24,
    ),
    DateRule(
        "century",  # the 15th century, 21st century
        re.compile(r"(?<![\w-])(?P<n>\d{1,2})(?:st|nd|rd|th) +(?i:century)\b"),
        lambda m, ref: (_century(int(m.group("n"))), "date"),
        anchor=re.compile("century|Century"),
        back=8,
    ),
    DateRule(
        "holiday",
        re.compile(
            r"(?<![\w-])(?P<holiday>(?i:Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Halloween|Valentine's Day"
            r"|Thanksgiving|Lunar New Year|Chinese New Year|Easter(?: Sunday| Monday)?|Good Friday|Memorial Day"
            r"|Labou?r Day|Martin Luther King(?: Jr\.)? Day|MLK Day|Presidents'? Day|Columbus Day|Veterans Day"
            r"|Mother's Day|Father's Day|Boxing Day|Juneteenth|Remembrance Day|Independence Day|Bastille Day"
            rf"|Canada Day|Australia Day|Election Day|Inauguration Day))(?P<weekend> weekend)?(?: (?P<year>{_YEAR}))?\b"
        ),
        _en_holiday,
        anchor=re.compile(
            r"Christmas|New Year|Halloween|Valentine|Thanksgiving|Lunar|Chinese New"
            r"|Easter|Good Friday|Day\b|Juneteenth|christmas|easter|independence day|thanksgiving|halloween"
        ),
        back=30,
    ),
)


_NAMED_MONTHS_OR_DAYS = ("month-day", "month", "weekday")


def _lower_case_copy(rule: DateRule) -> DateRule:
    """The same rule for month and weekday names written in lower case ("between august and october")."""
    source = rule.pattern.pattern.replace(_MONTH, f"(?:{_MONTH}|{_MONTH_LOWER})")
    source = source.replace(_WEEKDAY, f"(?:{_WEEKDAY}|{_WEEKDAY_LOWER})")
    anchor = re.compile(f"{_MONTH_LOWER}|{_WEEKDAY_LOWER}")
    return DateRule(f"{rule.name}, lower case", re.compile(source), rule.handler, anchor, rule.back)


_EN_RULES = (*_EN_RULES, *(_lower_case_copy(rule) for rule in _EN_RULES if rule.name in _NAMED_MONTHS_OR_DAYS))


_LOWER_CASE_COPIES = frozenset(f"{name}, lower case" for name in _NAMED_MONTHS_OR_DAYS)


_LOWER_NAMES = re.compile(f"{_MONTH_LOWER}|{_WEEKDAY_LOWER}")


def _regroup(match: re.Match[str]) -> re.Match[str]:
    names = {"n": ("n2", "n3", "n4"), "unit": ("unit2", "unit3", "unit4", "unit5")}
    return _Groups(match, names)  # type: ignore[return-value]


def _regroup_clock(match: re.Match[str]) -> re.Match[str]:
    names = {"h": ("h2", "h3", "h4"), "mi": ("mi2", "mi4", "mi5"), "dp": ("dp3", "dp6")}
    return _Groups(match, names)  # type: ignore[return-value]


# Bare "May" is a date only after a word that introduces one; "May" as a verb or a name is not.
_MAY_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|on|since|until|till|by|from|through|during|of|early|mid|late|last|next|this|between|and"
    r"|before|after|for|to|end|beginning|start|through|until|around|late|since)[ -]|mid-)$"
)


def _accept_en(context: Context, match: re.Match[str], value: DateValue | None, sort: str) -> bool:
    text = match.group()
    if "month" in match.re.groupindex and text == match.group("month"):
        introduced = bool(_MAY_BEFORE.search(context.folded[max(0, match.start() - 12) : match.start()]))
        if text == "May":
            return introduced
        # "August Wilson", "April Ryan": a bare month name followed by a capitalised word is a name
        if not introduced and re.match(r" [A-Z][a-z]", context.folded[match.end() : match.end() + 3]):
            return False
    if sort == "duration" and re.match(r"(?i)an? ", text):
        before = context.folded[max(0, match.start() - 8) : match.start()]
        if not re.search(r"(?i)\b(?:for|than|within|after|over|in|past|nearly|almost|about|around) $", before):
            return False  # "twice a day", "$5 million a year"
    if sort == "year":
        before = context.folded[max(0, match.start() - 12) : match.start()]
        after = context.folded[match.end() : match.end() + 3]
        # "No. 2021", "Flight 1900", "at 1900 hours"; page/score numbers are not years.
        if re.search(r"(?i)(?:no\.|number|flight|route|page|#|model|version|top|room|article|section) $", before):
            return False
        if re.match(r"-\d", after):
            return False
    return True
