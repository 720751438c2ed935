"""Counts: a number of things or people together with the noun phrase it counts ("15 other markets", "3名员工")."""

from __future__ import annotations

import re

from reader_app.core.facts.count_nouns import (
    cjk_noun_before,
    english_noun_before,
    english_noun_label,
    english_noun_of,
    english_number_of,
    is_people_count,
)
from reader_app.core.facts.date_values import iso_duration
from reader_app.core.facts.found import Context, Found, quick_start, scan
from reader_app.core.facts.model import CountValue, DurationValue, FactKind
from reader_app.core.facts.numbers import (
    CJK_NUMBER,
    DIGITS,
    WORD_NUMBER,
    is_vague,
    is_whole,
    parse_cjk,
    parse_english,
)

# ---------------------------------------------------------------------------------------------- English


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN_NUMBER = re.compile(
    rf"(?<![\w$€£¥₹.,/:#+-])(?P<num>{DIGITS}|{WORD_NUMBER})"
    r"(?P<mag>(?:-| {1,2})(?:thousand|million|billion|trillion|lakh|crore)s?)?"
    r"(?![\w%]|[.,]\d|-\w|:\d|/\d| ?(?:percent|per cent)\b)"
)
"""A number and its magnitude, matched in lower-cased text ("Two" as "two")."""
_PHRASE = re.compile(r"(?: {1,2}(?:[A-Z]\.){2,3}(?= )| {1,2}[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?){1,5}")
"""The words after a number; an abbreviation with dots is one of them ("1,500 U.S. troops"); a doubled space
between them is a slip of the writer ("452 available  district council seats")."""
_WORD = re.compile(r"\S+")
_OF = re.compile(r" of(?= )")
_RATIO = re.compile(r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of|of) $")
# "two of its hedge funds", "three of his family members": a part of what someone has; the count is the number
# alone, and the group's noun is what it counts. After "the" the group was named before and the number only
# picks from it ("two of the banks declined").
_PART_OF = re.compile(
    r" of (?:its|their|his|her|our|your|my|[A-Z][\w.&-]*['’]s) (?P<phrase>(?:\d[\d,.]* )?(?:[A-Za-z][\w'’-]* ?){1,4})"
)
_ALL_OF = re.compile(
    r" of (?:the|its|their|his|her|our|your|my|these|those|[A-Z][\w.&-]*['’]s) (?P<phrase>(?:[A-Za-z][\w'’-]* ?){1,4})"
)
_ALL_BEFORE = re.compile(r"\b(?:[Aa]ll|[Ee]ach of the|[Ee]very one of the) $")
# "17 out of 18 districts" counts districts twice; "9 out of 10 voters" and "one in five" are shares (a
# denominator of ten or less, or a power of ten).
_OUT_OF = re.compile(r" out of (?P<total>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")
_SHARE_TOTALS = frozenset((2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000))
# "the 2.9 million strong turnout", "its 386 strong chain": a number and "strong" give the size of a group.
_STRONG = re.compile(r"[ -]strong\b")
# "a 149 vote margin", "a 12-person crew": a number and a singular noun of people or votes before another noun.
_SIZE_OF = re.compile(r"(?:-| )(?P<noun>vote|seat|member|person|man|woman)\b(?= [a-z])")
# "18 FM and five AM radio stations": the first number shares the noun of the second.
_SHARED_HEAD = re.compile(r"(?P<mod>(?: [A-Za-z][\w-]*){1,2}) (?:and|or) (?=\S)")
# "the two companies", "both three-year deals": a small number after a definite determiner describes rather than
# counts.
_DESCRIPTIVE_BEFORE = re.compile(r"(?i)\b(?:the|these|those|both) $")

_STOP = frozenset(
    _words(
        """of in on at to for from by with as and or but nor than that which who whom whose the a an this these
    those is are was were be been being have has had do does did will would can could should may might
    must shall said says say per each every last next ago earlier later into onto over under about after
    before during since until while when where if so such not no also only just even still more less
    most least fewer its their his her our your my it they them we you he she i there here than via
    between among against across around through toward towards up down out off again very too much many
    some any all both either neither other's whether what how why then now already yet ever never almost
    nearly roughly approximately around because though although got get gets including include includes
    included like unlike amid outside inside within without yes"""
    )
)
_NOT_COUNT_HEADS = frozenset(
    _words(
        """times percent cents dollars euros pounds yuan yen rupees points-of-view ways fold others ones"""
    )
)
_FRACTIONS = frozenset(_words("halves thirds quarters fifths sixths eighths tenths"))
_TIME_HEADS = frozenset(_words("years months weeks days hours minutes seconds decades centuries fortnights"))
"""Durations: "six years" right after its number is found by the date rules (as a count of time); with a word
between ("120 more hours", "eight straight years") it is found here."""
# Words that sit between a number and its noun and belong to the count: "2.7 million more households".
_COUNT_MODIFIERS = frozenset(_words("more fewer other additional extra further"))
# A measurement counts no things (labelling.md: a count is "a number of things or people"): distances, areas,
# weights, volumes, speeds, temperatures, power and data sizes are no counts ("160 km", "1.48 degrees Celsius",
# "185 kilometers per hour"). Barrels are counted, as blind labellers of news count them ("5.7 million barrels").
_MEASURES = frozenset(
    _words(
        """degrees kilometers kilometres km miles metres meters feet foot inches yards litres liters gallons tonnes
    tons kg kilograms grams kilogrammes grammes pounds mph kph knots cubic square acres hectares ha sq mm cm ft lb
    lbs mt megawatts gigawatts kilowatts watts mw gw kw kwh gwh twh mwh mb gb tb megabytes gigabytes terabytes
    millimeters millimetres centimeters centimetres"""
    )
)
# A capitalised word right before a number makes the number part of a name: "Chapter 11", "iOS 26", "Route 66".
_LABEL_BEFORE = re.compile(r"(?:^|[^\w.,$])([A-Za-z]*[A-Z][A-Za-z]*) $")
# A scale or a numbered place before a number makes it a rank or a label in lower case too: "magnitude 8
# earthquakes", "category 5 hurricanes", "a level 3 alert", "size 10 shoes", "gate 12 passengers".
_LABEL_WORD_BEFORE = re.compile(
    r"\b(?:magnitude|force|category|level|grade|size|class|type|stage|phase|tier|version|gate|platform|route|room"
    r"|page|chapter|section|article|episode|season|flight|row|seat|channel|floor|round|step|no\.|number) $"
)
_NOT_LABELS = frozenset(
    _words(
        """some about nearly almost around roughly only just over under more than fewer less another all
    exactly precisely perhaps maybe possibly reportedly currently recently overall total altogether yesterday
    today tomorrow tonight
    january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday"""
    )
)

# What a court or a hospital did to people, right after their number: the number alone is the span ("[11] charged").
_PEOPLE_VERBS = frozenset(
    _words("charged convicted indicted sentenced jailed rescued hospitalized hospitalised infected stranded trapped")
)
# Casualty words that stand for people right after a number in disaster and conflict news.
_CASUALTIES = frozenset(
    _words("dead injured wounded killed missing displaced hurt evacuated homeless arrested detained")
)
_IRREGULAR = frozenset(
    _words(
        """people men women children staff police personnel cattle sheep fish deer aircraft feet teeth mice
    geese data media crew livestock offspring infantry youth clergy militia persons kids folks"""
    )
)
_UNITS = frozenset(
    _words(
        """km kg mm cm mph kph mw gw kw kwh gwh twh mwh mb gb tb lb lbs ft sq tonnes tons mt bpd ha"""
    )
)


def _plural_like(word: str) -> bool:
    lowered = word.lower().replace("’", "'")
    if lowered in _IRREGULAR or lowered in _UNITS:
        return True
    if len(lowered) <= 2 or not lowered.endswith("s") or lowered.endswith("'s"):
        return False
    return not lowered.endswith(("ss", "us", "is", "ous", "'"))


def _headline(text: str, position: int) -> bool:
    """Whether the line around `position` is in title case ("Storm Kills 12 People"), where a capitalised word
    before a number is an ordinary verb or noun, not a name."""
    start = text.rfind("\n", max(0, position - 160), position) + 1
    end = text.find("\n", position, position + 160)
    words = re.findall(r"[A-Za-z]{3,}", text[start : end if end >= 0 else position + 160])
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.75 * len(words)


_QUESTION_AFTER = re.compile(r" (?:how|that|what|why|whether)\b")


def _looks_like_verb(text: str, head_end: int) -> bool:
    """A lone -s word after a number and before "how"/"that"/"what" is a verb: "section 4 explains how"."""
    after = text[head_end : head_end + 12]
    return bool(_QUESTION_AFTER.match(after))


_APPROXIMATORS = frozenset(_words("about only just nearly almost roughly some"))
_COMPARED_CUES = ("versus", "vs", "compared", "from", "'s", "’s")
# A comparison leaves out the noun the number before it named: "versus 2.6 million", "up from 900", "365 electoral
# votes to McCain's 173".
_COMPARED = re.compile(
    r"(?:\b(?:versus|vs\.?|compared (?:with|to)|(?:(?:up|down) )?from)|\bto [A-Z][\w.-]*(?: [A-Z][\w.-]*)?['’]s)"
    r" (?:(?:the |its |their )?(?:previous |earlier |prior |old )?(?:number|total|figure|count|level) of )?"
    r"(?:about |nearly |some |around |almost |roughly )?$"
)
# The end of a change leaves out the noun of its start: "from 480,000 a year to around [702,000]".
_CHANGE_TO = re.compile(
    r"(?: (?:a|per|each) (?:year|month|week|day))? to (?:about |around |nearly |almost |roughly |some |over )?"
)
# A list or a contrast leaves out the noun of the count just before it: "1,100 people in Ireland and [300] in
# Britain", "2,300 members, including [400] in Asia".
_ELIDED_BEFORE = re.compile(r"(?:\band|\bincluding|\bbut|\bwhile|,) (?:about |some |nearly |another |only )?$")
_ELIDED_AFTER = re.compile(r" (?:in|at|on|from|were|are|was|remain|remained|had|have|more)\b")
_GAP_BREAK = re.compile(r"[.!?;]\s|\d")
_CLAUSE_END = re.compile(r"[.,;:!?)]|$| (?:and|or|but|while)\b")


# Disaster and conflict news counts people by what befell them, the noun left out: "the blast killed [12]", "[14]
# were wounded", "[30] have died".
_HARMED_BEFORE = re.compile(
    r"\b(?P<verb>killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds|rescued|rescuing|evacuated"
    r"|evacuating|arrested|arresting|detained|detaining)(?: (?:at least|about|around|nearly|some|more than|over|an"
    r" estimated|another|a further))? $"
)
_HARMED_STEMS = ("kill", "injur", "wound", "rescu", "evacuat", "arrest", "detain")
_HARMED_AFTER = re.compile(
    r" (?:people |others |more )?(?:(?:were|have been|had been|are|was|being) (?:reported |confirmed )?"
    r"(?P<verb>killed|injured|wounded|hurt|arrested|detained|missing|dead|hospitali[sz]ed|rescued|evacuated)"
    r"|(?:have |had )?(?P<died>died|perished))\b"
)
_PARTICIPLES = {
    "killing": "killed", "kills": "killed", "injuring": "injured", "injures": "injured", "wounding": "wounded",
    "wounds": "wounded", "rescuing": "rescued", "evacuating": "evacuated", "arresting": "arrested",
    "detaining": "detained", "hurt": "injured", "hospitalised": "hospitalized",
}  # fmt: skip
_HARMED_END = re.compile(r"[.,;:!?)]|$| (?:and|or|but|in|on|at|when|after|during|while|across|as|including)\b")


def _casualty(text: str, match: re.Match[str]) -> str | None:
    """What befell the people a headless number counts ("killed", "wounded", "dead"), or None."""
    window = text[max(0, match.start() - 40) : match.start()]
    cued = any(stem in window for stem in _HARMED_STEMS)
    before = _HARMED_BEFORE.search(window) if cued else None
    if before is not None and _HARMED_END.match(text, match.end()):
        verb = before.group("verb")
        return _PARTICIPLES.get(verb, verb)
    following = text[match.end() : match.end() + 28]
    if not any(verb in following for verb in (" were", " have", " had", " are", " was", " being", " died", " perish")):
        return None
    after = _HARMED_AFTER.match(text, match.end())
    if after is not None:
        if after.group("died"):
            return "dead"
        verb = after.group("verb")
        return _PARTICIPLES.get(verb, verb)
    return None


_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been)(?: (?:about|around|nearly|only|just|over|under|at least|more than|less than"
    r"|older than|younger than|aged|age))? $"
)

_PREPOSITIONS = frozenset(_words("of to by in on at for from with than and or as per into over under about the a an"))


def _parallel_noun(text: str, match: re.Match[str], found: list[Found]) -> str | None:
    """The noun a number leaves out because the same verb just counted it: "Bush won 29 states and Gore won
    [21]", "Florida has 25 votes, Texas has [32]"; None unless the verb before both numbers is the same word."""
    last = next((item for item in reversed(found) if item.kind is FactKind.COUNT), None)
    if last is None or match.start() - last.end > 100 or not isinstance(last.value, CountValue) or not last.value.unit:
        return None
    if _CHANGE_TO.fullmatch(text, last.end, match.start()) and text.endswith("from ", 0, last.start):
        return last.value.unit
    before = text[max(0, match.start() - 48) : match.start()]
    comparison = any(cue in before for cue in _COMPARED_CUES) and _COMPARED.search(before)
    if _GAP_BREAK.search(text, last.end, match.start()):
        return None
    if not comparison and _ELIDED_BEFORE.search(before) and _ELIDED_AFTER.match(text, match.end()):
        number = parse_english(match.group("num"), (match.group("mag") or "").strip(" -").rstrip("s") or None)
        return last.value.unit if number is not None and number < last.value.number else None
    if not comparison and not _CLAUSE_END.match(text, match.end()):
        return None
    if comparison:
        # "3.4 million cards in the quarter, versus 2.6 million a year ago"; a level far from the change before it
        # is something else ("rose 12 points, up from 1,200")
        number = parse_english(match.group("num"), (match.group("mag") or "").strip(" -").rstrip("s") or None)
        near = number is not None and last.value.number > 0 and 0.1 <= number / last.value.number <= 10
        return last.value.unit if near else None
    verb = _word_before(text, match.start())
    if verb is None or verb in _PREPOSITIONS:
        return None  # "of", "to", "by": no verb
    before_last = _word_before(text, last.start)
    if verb != before_last and frozenset((verb, before_last or "")) not in _OPPOSITE_VERBS:
        return None
    return last.value.unit


# Verbs of gain and loss that count the same thing: "the Conservatives gained 66 seats, Labour lost [42]".
_OPPOSITE_VERBS = frozenset(
    frozenset(pair.split("/"))
    for pair in ("gained/lost", "won/lost", "added/lost", "added/cut", "gained/dropped", "picked/lost", "wins/loses")
)


def _word_before(text: str, position: int) -> str | None:
    """The word before a number, past an approximator ("won [about] 29" → "won"), lower-cased."""
    words = text[max(0, position - 30) : position].lower().split(" ")[:-1]
    while words and words[-1] in _APPROXIMATORS:
        words.pop()
    if len(words) >= 2 and words[-1] == "than" and words[-2] in ("more", "fewer"):
        words = words[:-2]
    return words[-1] if words and words[-1].isalpha() else None


def _part_of(text: str, end: int, whole: bool = False) -> str | None:
    """The noun phrase of the group the number at `end` is part of ("of its major hedge funds" → "major hedge
    funds"), or None when no group follows or the group is itself counted ("two of the three companies"). With
    `whole` ("all eleven of the bills") the number is the whole group, also after "the"."""
    match = (_ALL_OF if whole else _PART_OF).match(text, end)
    if match is None:
        return None
    kept: list[str] = []
    words = match.group("phrase").split()
    if words and _EN_NUMBER.fullmatch(words[0].lower()):
        return None  # "four of its nine branches": the whole is the count
    for index, word in enumerate(words):
        lowered = word.lower()
        if lowered in _STOP or (not kept and (_EN_NUMBER.fullmatch(lowered) or lowered in _NUMBER_LEADS)):
            return None
        kept.append(word)
        if _plural_like(word):
            following = words[index + 1 : index + 2]
            if following and _plural_like(following[0]) and following[0].lower() not in _STOP:
                continue  # "hedge funds managers": the noun goes on
            if lowered in _TIME_HEADS or lowered in _NOT_COUNT_HEADS:
                return None  # "five of the last seven years", "two of its points"
            return " ".join(kept)
    return None


_NUMBER_LEADS = frozenset(_words("last first next past few several many other two three four five six seven eight"))


def _noun_after(text: str, position: int) -> str | None:
    """The plural noun phrase starting at `position` (past "of the", "of its"), up to its head, or None."""
    of = _GROUP_OF.match(text, position)
    phrase = _PHRASE.match(text, of.end() if of else position)
    kept: list[str] = []
    for word in phrase.group().split() if phrase else []:
        if word.lower() in _STOP:
            return None
        kept.append(word)
        if _plural_like(word):
            return " ".join(kept)
    return None


_GROUP_OF = re.compile(r" of (?:the|its|their|his|her|our|these|those|[A-Z][\w.&-]*(?: [A-Za-z][\w.&-]*)?['’]s)(?= )")


def _sized(text: str, match: re.Match[str], value: float, totals: set[int]) -> list[Found]:
    """Counts of forms that give a group's size without a plural noun after the number: "17 out of 18
    districts" (both), "386 strong", "a 149 vote margin", "18 FM and five AM radio stations"."""
    end = match.end()
    after = text[end : end + 40]
    if not after.startswith((" out of ", " strong", "-strong", " vote", "-vote", " seat", "-seat", " member", "-member",
                             " person", "-person", " man", "-man", " woman", "-woman")) and not (
        " and " in after or " or " in after
    ):
        return []  # none of the forms below can follow
    out_of = _OUT_OF.match(text, end)
    if out_of is not None:
        total = parse_english(out_of.group("total"))
        if total is None or total in _SHARE_TOTALS or total <= value:
            return []
        noun = _noun_after(text, out_of.end())
        if noun is None:
            return []
        totals.add(out_of.start("total"))
        return [
            Found(FactKind.COUNT, match.start(), end, CountValue(value, noun)),
            Found(FactKind.COUNT, out_of.start("total"), out_of.end("total"), CountValue(total, noun)),
        ]
    strong = _STRONG.match(text, end)
    if strong is not None:
        noun = _noun_after(text, strong.end())
        return [Found(FactKind.COUNT, match.start(), end, CountValue(value, noun or "strong"))]
    size = _SIZE_OF.match(text, end)
    if size is not None and re.search(r"\b[Aa]n? $", text[max(0, match.start() - 3) : match.start()]):
        return [Found(FactKind.COUNT, match.start(), size.end(), CountValue(value, size.group("noun") + "s"))]
    shared = _SHARED_HEAD.match(text, end)
    following = _EN_NUMBER.match(text[shared.end() : shared.end() + 40].lower()) if shared is not None else None
    if shared is not None and following is not None:
        noun = _noun_after(text, shared.end() + following.end())
        modifier = shared.group("mod").strip()
        if noun is not None and not any(word.lower() in _STOP or _plural_like(word) for word in modifier.split()):
            unit = f"{modifier} {noun.split()[-1]}"
            return [Found(FactKind.COUNT, match.start(), shared.end("mod"), CountValue(value, unit))]
    return []


_MONEY_WORDS = re.compile(
    r"(?i)\b(?:revenues?|sales|profits?|income|earnings|costs?|cost of|worth|budget|valued?|valuation|prices?"
    r"|loss(?:es)?|debts?|raised|raise|spent|spend|spending|paid|pay|owe[sd]?|funds?|funding|investment|invested|gdp|capital"
    r"|turnover|deficit|surplus|fine[sd]?|bid|offer|deal|assets|market cap|sold for|bought for|price tag)\b"
)
_HEADLESS_END = re.compile(
    r"[.,;:!?)]|$| (?:still|could|would|will|may|might|were|are|was|is|have|had|remain|remained|sitting|left|more|in|on"
    r"|at|from|to|by|across|nationwide|worldwide|and|of)\b"
)


def _headless_big(text: str, match: re.Match[str]) -> bool:
    """Whether a big number with no noun stands for a count: neither money nor a measure is about, and the
    clause goes on without a noun."""
    if not match.group("mag") and not re.search(r"[a-z]", match.group("num")):
        return False  # bare digits ("a score of 13181.91"): an index, a code
    if _MONEY_WORDS.search(text, max(0, match.start() - 60), match.start()):
        return False
    return bool(_HEADLESS_END.match(text, match.end()))


def _one_of_a_list(text: str, match: re.Match[str], found: list[Found]) -> Found | None:
    """"one vote" after "215 votes in favor, ten abstentions, and": a single thing in a list of counts of it."""
    word = _SINGLE_NOUN.match(text, match.end())
    if word is None:
        return None
    plural = word.group(1).lower() + "s"
    for item in reversed(found[-3:]):
        if match.start() - item.end > 120 or _GAP_BREAK.search(text, item.end, match.start()):
            return None
        if isinstance(item.value, CountValue) and item.value.unit.lower().split()[-1:] == [plural]:
            return Found(FactKind.COUNT, match.start(), word.end(), CountValue(1, word.group(1)))
    return None


_SINGLE_NOUN = re.compile(r" ([a-z]+)\b")


_YEAR_DIGITS = re.compile(r"(?:1[89]|2[01])\d\d")


def _english(context: Context) -> list[Found]:
    text = context.folded
    found: list[Found] = []
    totals: set[int] = set()
    for match in _EN_NUMBER.finditer(context.lowered):
        number_text, magnitude = match.group("num"), match.group("mag")
        if match.start() in totals:
            continue  # the total of "17 out of 18 districts", counted with the first number
        if _RATIO.search(text, max(0, match.start() - 16), match.start()):
            continue  # "7 in 10 voters" is a share, not a count of voters
        if _YEAR_DIGITS.fullmatch(number_text) and not magnitude:
            continue  # a year, never a count ("2,000 researchers" has a comma, so it is no year)
        label = _LABEL_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if label and label.group(1).lower() not in _STOP | _NOT_LABELS and not _headline(text, match.start()):
            continue  # "Chapter 11", "iOS 26", "Windows 11 users": the number names something
        if _LABEL_WORD_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        vague = is_vague(number_text)
        value = None if vague else parse_english(number_text, magnitude.strip(" -").rstrip("s") if magnitude else None)
        if value == 1 and not magnitude:
            single = _one_of_a_list(text, match, found)
            if single is not None:
                found.append(single)
            continue
        if not vague and value is None:
            continue
        special = None if vague or value is None else _sized(text, match, value, totals)
        if special:
            found.extend(special)
            continue
        descriptive = (
            value is not None
            and value < 10
            and not magnitude
            and bool(_DESCRIPTIVE_BEFORE.search(text, max(0, match.start() - 8), match.start()))
        )
        before = text[max(0, match.start() - 16) : match.start()]
        whole = ("ll " in before or "of the " in before) and bool(_ALL_BEFORE.search(before))
        part = None if vague or value is None or descriptive else _part_of(text, match.end(), whole)
        if part is not None and value is not None:
            found.append(Found(FactKind.COUNT, match.start(), match.end(), CountValue(value, part)))
            continue
        position = match.end()
        if vague:
            of = _OF.match(text, position)
            if of is None:
                continue
            position = of.end()
        head_end: int | None = None
        head_word = ""
        phrase = _PHRASE.match(text, position)
        words = phrase.group().split() if phrase else []
        ends = [position + hit.end() for hit in _WORD.finditer(phrase.group())] if phrase else []
        modified = False
        for index, word in enumerate(words):
            position = ends[index]
            lowered = word.lower()
            if index == 0 and lowered in _COUNT_MODIFIERS:
                modified = True
                continue
            if lowered in _STOP:
                break
            if index == 0 and lowered in _PEOPLE_VERBS and value is not None:
                following = words[1] if len(words) > 1 else ""
                if not (following and following.lower() not in _STOP and _plural_like(following)):
                    break  # "11 charged": counted below with the verb as its unit
            if index == 0 and lowered in _CASUALTIES:
                following = words[1] if len(words) > 1 else ""
                if not (following and following.lower() not in _STOP and _plural_like(following)):
                    head_end, head_word = position, lowered  # "900 injured", "at least 30 dead"
                    break
                modified = True  # "12 arrested men": a modifier of the noun after it
                continue
            if _plural_like(word):
                head_end, head_word = position, lowered
            elif head_end is not None:
                break
            else:
                modified = True
        if head_end is None and value is not None and (magnitude or value >= 1000):
            # "paying subscribers reached 220 million", "an audience of 280.9 million"
            noun = (
                english_noun_before(text, match.start())
                or english_noun_of(text, match.start())
                or english_number_of(text, match.start())
            )
            if noun is not None:
                found.append(Found(FactKind.COUNT, match.start(), match.end(), CountValue(value, noun)))
                continue
        elif head_end is None and value is not None and value >= 2 and is_whole(value) and not descriptive:
            # a small number counts only nouns of people and places: "the death toll rose to [142]"
            noun = english_noun_before(text, match.start())
            copula = _COPULA_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if noun is not None and is_people_count(noun) and not (copula and noun.endswith("s")):
                # "the victims were 12 and 14" gives their ages; a collective noun has no age
                found.append(Found(FactKind.COUNT, match.start(), match.end(), CountValue(value, noun)))
                continue
        first_word = words[0].lower() if words else ""
        if head_end is None and value is not None and first_word in _PEOPLE_VERBS and not descriptive:
            found.append(Found(FactKind.COUNT, match.start(), match.end(), CountValue(value, first_word)))
            continue
        if head_end is None and value is not None and value >= 2 and is_whole(value) and not descriptive:
            noun = _casualty(text, match) or english_noun_label(text, match.start())
            if noun is not None:
                found.append(Found(FactKind.COUNT, match.start(), match.end(), CountValue(value, noun)))
                continue
        if head_end is None and value is not None and not descriptive:
            noun = _parallel_noun(text, match, found)
            if noun is None and value >= 100_000 and _headless_big(text, match):
                # "there are still at least [100 million] still to be returned", "over [half a million] could be
                # affected": a number this big with no noun and no money about it counts what the story counts
                noun = next((f.value.unit for f in reversed(found) if isinstance(f.value, CountValue)), "")
            if noun is not None:
                found.append(Found(FactKind.COUNT, match.start(), match.end(), CountValue(value, noun)))
            continue
        if head_end is None or head_word in _NOT_COUNT_HEADS:
            continue
        if head_word in _FRACTIONS and text.startswith(" of ", head_end):
            continue  # "three quarters of the eurozone": a share
        if descriptive and head_word not in _TIME_HEADS:
            continue  # "the two companies" describes; "the 5 upcoming years" is still a length of time
        if head_word in _TIME_HEADS:
            # "120 more hours", "eight straight years": a length of time, a date; a plain "six years" is found by
            # the date rules
            if modified and value is not None:
                iso = iso_duration(value, head_word.rstrip("s"))
                found.append(Found(FactKind.DATE, match.start(), head_end, DurationValue(iso) if iso else None))
            continue
        if head_word == words[0].lower() and head_word not in _IRREGULAR and _looks_like_verb(text, head_end):
            continue
        if head_word in _MEASURES:
            continue
        unit = " ".join(text[match.end() : head_end].split())
        if vague:
            unit = re.sub(r"^of ", "", unit)
        count_value = None if value is None else CountValue(float(f"{value:.12g}"), unit)
        found.append(Found(FactKind.COUNT, match.start(), head_end, count_value))
    return found


# ---------------------------------------------------------------------------------------- Chinese/Japanese

_NOUN_CLASSIFIERS = (
    "人次|万人|萬人|人|社|打数|打席|安打|打点|本塁打|盗塁|試合|三振|四球|得点|失点|勝|敗|毫安时|毫安時|mAh|カ国|か国|ヵ国|ヶ国|カ所|か所|箇所|ヶ所"
    "|店舗|世帯|品目|銘柄|種類|機種|車種|チーム|人民|便|票|議席|席|架次|班次|趟|ミリ|センチ|キロ|メートル|トン|ヘクタール|毫米|厘米"
    "|顶|頂|回|株|リンク|記事|項目|件数|言語版|言語|都市|地域|団体|部門|球団"
    "|都道府県|都府県|道府県|府県|単位時間|単位|食|人分"
)
_CLASSIFIERS = (
    "个|個|名|位|家|辆|輛|台|部|架|艘|座|所|间|間|条|條|项|項|件|只|隻|头|頭|匹|本|册|冊|枚|张|張|场|場|起|例|宗|户|戶|篇"
    "|套|款|种|種|批|支|颗|顆|栋|棟|层|層|吨|噸|公里|千米|公斤|千克|平方米|平方公里|亩|畝|店|校|機|軒|羽|戸|国|國|省|城|基|桶"
)
_HEAD_NOUNS = sorted(
    _words(
        """用户 用戶 员工 員工 企业 企業 公司 市场 市場 人口 患者 病例 游客 遊客 乘客 学生 學生 国家 國家 城市
        项目 項目 产品 產品 门店 門店 店铺 店鋪 车辆 車輛 航班 会员 會員 粉丝 粉絲 观众 觀眾 选民 選民 工人
        农民 農民 居民 家庭 职工 職工 岗位 崗位 儿童 兒童 医生 醫生 护士 護士 警察 士兵 军人 軍人 难民 難民
        死者 伤者 傷者 病人 机会 機會 订单 訂單 账户 賬戶 帐户 帳戶 账号 帳號 设备 設備 手机 手機 汽车 汽車 机构 機構
        银行 銀行 股票 合同 案件 网站 網站 应用 應用 游戏 遊戲 门店 工厂 工廠 学校 學校 医院 醫院 社区 社區
        村民 市民 网民 網民 投资者 投資者 股东 股東 客户 客戶 会员 房屋 住房 套房 座位 席位 议席 議席 选票
        選票 飞机 飛機 船只 船隻 房间 房間 岗位 职位 職位 毕业生 畢業生 志愿者 志願者 代表 议员 議員 官员 官員
        成员 成員 运动员 運動員 球员 球員 选手 選手 教师 教師 老师 老師 作品 店 家 ユーザー 社員 従業員 企業
        店舗 人 用户数 新闻稿 新聞稿 新闻 新聞 条目 條目 词条 詞條 文章 地区 地區"""
    ),
    key=len,
    reverse=True,
)
_STOP_CHARS = set(
    "了在是和与與及或等被将將已也都还還就而且但从從对對向到为為于於以之其这這那中上下内內外前后後里裡并並又再才仅僅"
    "只共达達约約近超过過占佔比较較由因所把给給让讓使令受遭获獲参參加入出来來去说說表示称稱认認要会會能可应應该該需"
    "须須死伤傷亡患感确確增减減少多余餘各每月日年时時点點不没沒的仍均皆亦"
    "，。、；：！？「」（）《》が の は を に で と も や へ から まで"
)
_ACTIVITY_PREFIXES = sorted(
    _words("月活跃 月活躍 日活跃 日活躍 周活跃 週活躍 月度活跃 月度活躍 月均 日均 月活 日活"), key=len, reverse=True
)
"""Measures of activity before a counted noun ("12亿月活跃用户"): their 月 and 日 name no date."""
_ACTIVITY_NOUNS = frozenset(("月活", "日活"))
"""Activity measures that are nouns themselves ("日活过亿", "12亿月活")."""
_CJK_NUM = (
    rf"(?P<num>[一二三四五六七八九]?[十百千][数數幾几][十百千万萬亿億]*"
    rf"|{CJK_NUMBER}(?:[多余餘][万萬亿億]*|(?<=0)[数數幾几](?![字据據値值学學量]))?"
    r"|[数數幾几上何][十百千万萬亿億]+|[万萬](?<=[近逾超约約过過].)(?![万萬亿億]))"
)
"""A CJK number, with the vague ones: 数十, 十数, 十几, 二十数, 百数十 (a dozen or so, some tens)."""
_NOUN_CHAR = "[\u4e00-\u9fff\u30a0-\u30ffー]"
_CJK_COUNT = re.compile(rf"{_CJK_NUM}(?:(?<=\d) (?=[\u4e00-\u9fff]))?(?P<tail>(?:か(?=[国國所]))?{_NOUN_CHAR}{{0,9}})")
"""A number and the kanji or katakana after it; か is the counter's own kana in 50か国 and 3か所."""
_NOUN_CLASSIFIER_LIST = sorted(_NOUN_CLASSIFIERS.split("|"), key=len, reverse=True)
_CLASSIFIER_LIST = sorted(_CLASSIFIERS.split("|"), key=len, reverse=True)
_HEADS_BY_FIRST: dict[str, list[str]] = {}
for _head in _HEAD_NOUNS:
    _HEADS_BY_FIRST.setdefault(_head[0], []).append(_head)


def _by_first(options: list[str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for option in options:
        index.setdefault(option[0], []).append(option)
    return index


_NOUN_CLASSIFIERS_BY_FIRST = _by_first(_NOUN_CLASSIFIER_LIST)
_CLASSIFIERS_BY_FIRST = _by_first(_CLASSIFIER_LIST)


def _starts(text: str, options: dict[str, list[str]]) -> str:
    """The longest of `options` (indexed by first character, longest first) that `text` starts with, or ""."""
    for option in options.get(text[:1], ()):
        if text.startswith(option):
            return option
    return ""


def _head_noun_end(text: str, modifiers: int) -> int | None:
    """End of the first known head noun in `text` after at most `modifiers` other characters ("活跃用户"); nouns
    written together are one ("新闻条目")."""
    for offset in range(min(modifiers, len(text) - 1) + 1):
        end = _head_at(text, offset)
        if end is not None:
            while (following := _head_at(text, end)) is not None:
                end = following
            return _with_thing_tail(text, end)
    return None


def _with_thing_tail(text: str, end: int) -> int:
    """The end of a noun, one character further when a thing named for it follows (选举人票, 警车)."""
    if text[end : end + 1] in _THING_TAILS and text[end - 1 : end] not in _THING_TAILS:
        return end + 1
    return end


def _head_at(text: str, offset: int) -> int | None:
    for head in _HEADS_BY_FIRST.get(text[offset : offset + 1], ()):
        if text.startswith(head, offset):
            return offset + len(head)
    return None


def _cjk_noun(noun: str) -> str:
    """Cut a guessed noun at the first character that cannot belong to it."""
    for index, ch in enumerate(noun):
        if ch in _STOP_CHARS:
            return noun[:index]
    return noun


# Characters that end a noun of people or things (抗议者, 航空母舰, 中国公民, 士兵): a noun after a measure word runs
# to the first of them within six characters (电动公交车), else it is taken as two characters (房屋, 民族).
_NOUN_ENDS = frozenset("者员員人民家师師生手商户戶兵警官舰艦机機车車船国國校院厂廠店站馆館队隊团團")
_NOUN_RUN = re.compile("[\u4e00-\u9fff]{0,6}")
# Things named by what or whom they are for, after a noun that already ended: 选举人[票], 警[车], 客[机], 货[船].
_THING_TAILS = frozenset("票车車船机機舰艦")
_NOUN_LEADS = ("中国", "中國", "中资", "中資")
"""Nouns that open with a character the noun cutter stops at (中 "in")."""


_PLACE_NOUNS = frozenset("州省县縣区區镇鎮村岛島")
_PLACE_WORDS = frozenset(
    ("省份", "州长", "州長", "州立", "县长", "縣長", "区长", "區長", "镇长", "鎮長", "村民", "村庄", "村莊", "岛屿")
)
_JA_OKURIGANA = re.compile("[\u3041-\u3096](?<![がをにはのともでへやか])")
"""Hiragana other than a particle after the kanji that follow a counter: okurigana, so the kanji begin a verb (買った,
持って), not the counted noun."""
_CJK_MEASURES = frozenset(
    (
        *("公里", "千米", "平方米", "平方公里", "亩", "畝", "吨", "噸", "公斤", "千克", "毫米", "厘米"),
        *("ミリ", "センチ", "キロ", "メートル", "トン", "ヘクタール"),
    )
)
"""Distances, areas and weights count no things (1000公里, 200公里, 2500キロ): no count, and no noun after them
either (1000公里海面 is a distance, not a count of sea surfaces)."""


def _classified_noun(rest: str) -> str:
    """The noun after a measure word: 名[抗议者], 艘[航空母舰], 名[中国公民], 栋[房屋]."""
    run = _NOUN_RUN.match(rest).group()  # type: ignore[union-attr]
    if run[:1] in _PLACE_NOUNS and run[:2] not in _PLACE_WORDS:
        return run[0]  # 7个州竞争激烈: the state alone, not 州竞
    lead = next((word for word in _NOUN_LEADS if run.startswith(word)), "")
    for index in range(len(lead), len(run)):
        if run[index] in _STOP_CHARS:
            break
        if index and run[index] in _NOUN_ENDS:
            return run[: _with_thing_tail(run, index + 1)]
    return _cjk_noun(run[:2])


_MAGNITUDE_CHARACTER = re.compile("[万萬亿億千百]")


def _cjk_unit(tail: str, number_text: str, japanese: bool, following: str = "") -> str:
    """What follows a CJK number and belongs to the count: a counter word, a classifier and its noun
    ("名员工"), or a noun after a big number ("亿用户", "亿的活跃用户"); "" when nothing does."""
    options = [_starts(tail, _NOUN_CLASSIFIERS_BY_FIRST)]
    classifier = _starts(tail, _CLASSIFIERS_BY_FIRST)
    verb = japanese and 0 < len(tail) - len(classifier) <= 2 and _JA_OKURIGANA.match(following)
    if classifier in _CJK_MEASURES or verb:
        options.append(classifier)  # 本を三冊買った: a verb follows the counter, not a noun
    elif classifier:
        rest = tail[len(classifier) :]
        end = _head_noun_end(rest, 3) if rest else None
        if end is not None:
            options.append(classifier + rest[:end])
        else:
            options.append(classifier + _classified_noun(rest))
    if tail and (japanese or _MAGNITUDE_CHARACTER.search(number_text)):
        lead = "的" if tail.startswith("的") else ""
        activity = next((p for p in _ACTIVITY_PREFIXES if tail.startswith(p, len(lead))), "")
        rest = tail[len(lead) + len(activity) :]
        end = _head_noun_end(rest, 3 if lead else 2) if rest else None
        if end is not None:
            noun = tail[: len(lead) + len(activity) + end]
        elif activity in _ACTIVITY_NOUNS:
            noun = lead + activity
        else:
            noun = ""
        if noun and not any(ch in _STOP_CHARS for ch in noun[len(lead) + len(activity) :]):
            options.append(noun)
    return max(options, key=len)


def _cjk(context: Context) -> list[Found]:
    text = context.folded
    found: list[Found] = []
    japanese = context.lang == "ja"
    for match in quick_start(_CJK_COUNT).finditer(text):
        number_text = match.group("num")
        approximated = number_text in _ROUND_ALONE and _APPROXIMATOR_BEFORE.match(text, max(0, match.start() - 1))
        ten = number_text == "十" and match.group("tail")[:1] in _TEN_COUNTERS  # 十人, 十家公司 (not 十分, 十字)
        if number_text in _NOT_NUMBERS_ALONE and not (
            (number_text in "百千" and match.group("tail")[:1] in "人名") or approximated or ten
        ):
            continue  # 一个, 一起, 一部: "a", "together", "part"; 零部件, 零售: "parts", "retail"
        if text[max(0, match.start() - 2) : match.start()].rstrip(" ")[-1:] == "第":
            continue  # 第三座: an ordinal, not a count
        named = not japanese and _ZH_DEMONSTRATIVE.search(text, max(0, match.start() - 2), match.start())
        if named and (_value_of(number_text) or 10) < 10:
            continue  # 这三个州: the three states already named (labelling.md: "the two companies")
        if text[match.start() - 1 : match.start()].isascii() and text[match.start() - 1 : match.start()].isalpha():
            continue  # H1N1インフル, A380: a number inside a code or a model name
        if match.group("tail").startswith(("个百分", "個百分")):
            continue  # percentage points, or a rough range of them (二三十个百分点)
        if _RANK_BEFORE.search(text, max(0, match.start() - 3), match.start()):
            continue  # 上位10社, 前10名: a rank, not a count
        unit = _cjk_unit(match.group("tail"), number_text, japanese, text[match.end() : match.end() + 1])
        if unit in _CJK_MEASURES:
            continue  # a measurement, not a number of things
        after = text[match.start("tail") + len(unit) : match.start("tail") + len(unit) + 1]
        if japanese and _PER_UNIT.match(text, match.start("tail") + len(unit)):
            continue  # 1株あたり, 1000人当たり: the unit of a rate, not a count
        if unit in ("回", "株") and after in ("目", "式", "価", "主", "数"):
            continue  # 3回目 is an ordinal; 株式, 株価 are no counter
        if japanese and unit and _ordinal_counter(match.group("tail"), unit):
            continue  # 3人目, 2度目, 5店舗目: ordinals
        if japanese and unit == "位":
            continue  # リーグ3位: a rank (Chinese 3位专家 counts people)
        if japanese and _JA_ONE_IN.match(text, match.start("tail") + len(unit)):
            continue  # 5人に1人: a share, not a count
        if japanese and unit and _JA_ONE_IN_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # the 1人 of 5人に1人
        if number_text in ("1", "一") and unit == "人" and after == "の":
            continue  # 1人の利用者: "a single user", descriptive
        if japanese and unit.startswith("条") and match.start() and "\u4e00" <= text[match.start() - 1] <= "\u9fff":
            continue  # 野球協約183条: an article of an agreement or a law, a label
        if japanese and unit.startswith("国") and len(number_text) == 1 and not number_text.isdigit():
            continue  # 四国 is Shikoku; four countries are 4カ国
        if (
            japanese
            and not unit
            and _JA_TIMES.match(match.group("tail"))
            and _value_of(number_text) not in (None, 1)
            and not _JA_MEASURE_BEFORE.search(text, max(0, match.start() - 8), match.start())
        ):
            unit = "度"  # 2度合併交渉: times (not 2度目, nor 気温30度)
        if japanese and (not unit or re.fullmatch("[\u30a1-\u30faー]+", unit)):
            katakana = re.match("[\u30a1-\u30faー]{2,12}", match.group("tail"))
            unit = katakana.group() if katakana else unit  # 320万リンク, 500万ダウンロード, 300ページ, 10キロワット
            if unit.endswith(("ワット", "ワット時")):
                continue  # power and energy are measured, not counted
        if japanese and not unit:
            things = _JA_THINGS.match(text, match.start("tail"))
            bare = things is not None and not things["tsu"] and not things["alone"]
            year_like = len(number_text) == 4 and "1800" <= number_text <= "2100"
            label = _KATAKANA_BEFORE.match(text, max(0, match.start() - 1))
            if bare and (not number_text.isdigit() or year_like or label):
                things = None  # ステージ3の患者: a label; 2012の: a year; 一の: no count
            if things is not None and _value_of(number_text) not in (None, 1):
                # 4つの駅: the number, つ and the noun after の
                noun = things["noun"] or "つ"
                trimmed = _JA_THING_END.search(noun)
                noun = noun[: trimmed.start()] if trimmed and trimmed.start() else noun
                end = things.end() - (len(things["noun"]) - len(noun)) if things["noun"] else things.end()
                found.append(Found(FactKind.COUNT, match.start(), end, CountValue(_value_of(number_text) or 0, noun)))
                continue
        market = _JA_MARKET_BEFORE.search(text, max(0, match.start() - 3), match.start())
        if japanese and unit.startswith("部") and market:
            continue  # 東証1部: a section of an exchange
        bare_counter = unit in _COUNTER_ONLY or (japanese and unit in _BARE_COUNTERS)
        if not unit or bare_counter:
            # "注册用户为2.1亿", "月間利用者数は9500万人": the counted noun comes first
            first = _noun_first(text, match, number_text, unit, japanese)
            if first is not None:
                found.append(first)
                continue
        if not unit:
            points = _index_points(text, match, number_text)
            if points is not None:
                found.append(points)
            continue
        following = text[match.start("tail") + len(unit) : match.start("tail") + len(unit) + 2]
        if unit[-1] in "个個" and (following[:1] == "月" or following in ("星期", "礼拜", "禮拜")):
            continue  # 8个月 is a length of time, found by the date rules
        end = match.start("tail") + len(unit)
        if not japanese and unit and text[end : end + 1] in _AND:
            other = _head_noun_end(text[end + 1 : end + 8], 0)
            if other is not None:
                end += 1 + other  # 340万户家庭和企业, 60多个国家和地区: both nouns are counted
        vague = _vague(number_text)
        value = None if vague else parse_cjk(_ROUGH.sub("", number_text))
        if value is not None and is_whole(value) and 1800 <= value <= 2100 and text[end : end + 1] == "年":
            continue
        start = match.start()
        ranged = value is not None and text[start - 1 : start] in _RANGE_MARKS
        lower = _COUNT_RANGE_LOWER.search(text, max(0, start - 16), start) if ranged else None
        low = _range_low(lower.group("low"), number_text) if lower is not None else None
        if lower is not None and text[lower.start() - 1 : lower.start()] == "第":
            continue  # 第3-5名: a range of ranks
        if lower is not None and low is not None and value is not None and 0 < low < value:
            # 2000〜3000人, 300万至500万人: one range, valued at its lower bound (as money and percent ranges are)
            start, value = lower.start(), low
            while found and found[-1].end > start:
                found.pop()  # the first number, read alone before
        count_value = None if value is None else CountValue(float(f"{value:.12g}"), unit.lstrip("的"))
        found.append(Found(FactKind.COUNT, start, end, count_value))
    return found


_RANGE_MARKS = frozenset("至到-~〜～")
_COUNT_RANGE_LOWER = re.compile(rf"(?<![\d.,])(?P<low>{CJK_NUMBER})(?:至|到|-|~|〜|～)$")


def _range_low(low_text: str, high_text: str) -> float | None:
    """The first number of a range; without a magnitude of its own it takes the second's (2至3万人: 20000)."""
    low = parse_cjk(low_text)
    if low is None:
        return None
    magnitude = re.search("[万萬亿億兆]+$", high_text)
    if magnitude is not None and not re.search("[万萬亿億兆千百十]", low_text):
        scale = parse_cjk("1" + magnitude.group())
        low = low * scale if scale is not None else low
    return low


_AND = frozenset("和及与與")


_CJK_MAGNITUDE = re.compile("[万萬亿億兆]")
_ROUGH = re.compile("[多余餘]")
_NOT_NUMBERS_ALONE = frozenset(("一", "壹", "十", "百", "千", "万", "萬", "亿", "億", "零", "〇"))


_VAGUE_DIGITS = frozenset("数數幾几何")


def _vague(number_text: str) -> bool:
    """数十, 十数, 几百, 上千: a number with no exact value."""
    return number_text[0] == "上" or not _VAGUE_DIGITS.isdisjoint(number_text)


def _ordinal_counter(tail: str, unit: str) -> bool:
    """Whether the counter at the start of `tail` is followed by 目, which makes an ordinal (3人目, 5店舗目); the
    longer counter is read first, so 項目 (items) is a counter, not 項 and 目."""
    counter = _starts(tail, _NOUN_CLASSIFIERS_BY_FIRST) or _starts(tail, _CLASSIFIERS_BY_FIRST) or unit
    after = tail[len(counter) : len(counter) + 2]
    # 目 opening another word is no ordinal: 100万人目標, 1万人目指す, 3人目撃
    return after[:1] == "目" and not re.match("目[\u4e00-\u9fff]", after) and counter + "目" not in _NOUNS_IN_ME


_NOUNS_IN_ME = frozenset(
    ("種目", "科目", "品目", "項目", "演目", "曲目", "題目", "名目", "面目", "条目", "條目", "細目", "費目", "款目")
)
"""Nouns ending in 目 that count things (33競技339種目, 5科目): no ordinal."""


_JA_THINGS = re.compile("(?P<tsu>つ)?の(?P<noun>[\u4e00-\u9fff\u30a1-\u30faー]{1,6})|(?P<alone>つ)(?![の目])")
"""4つの駅, 292の選挙区 (a number, の and its noun), 議席を5つ減らす (つ alone counts what was named)."""
_JA_THING_END = re.compile("(?:以外|以上|以下|未満|全体|全て|など|ほか|他)$")
"""What closes the noun after の and does not belong to it (3つの選挙区以外)."""
_ZH_DEMONSTRATIVE = re.compile("(?:这|這|那|该|該|此|上述|前述)$")
_KATAKANA_BEFORE = re.compile("[\u30a1-\u30faー]")
_JA_MARKET_BEFORE = re.compile("(?:東証|名証|福証|札証|取引所|市場)$")
_JA_NOUN_COUNTERS = frozenset(("社", "店舗", "球団", "団体", "チーム", "校"))
_JA_SAME_KIND = re.compile("(?:会社|企業|メーカー|銀行|商社|事業者|法人|店|チーム|球団|団体|学校|大学|数)$")
_PER_UNIT = re.compile("あたり|当たり|当り|辺り|につき")
_TEN_COUNTERS = frozenset("人名家社件台个個位匹頭头冊册枚")
_ROUND_ALONE = frozenset(("百", "千", "万", "萬"))
_APPROXIMATOR_BEFORE = re.compile("[近逾超约約过過]")
"""近万名学生, 逾千人: a round magnitude alone is a number after an approximator (which stays outside the span)."""
_JA_ONE_IN = re.compile(r"に(?:1|一)(?:人|社|件|台|世帯|校)")
_JA_ONE_IN_BEFORE = re.compile(r"\d(?:人|社|件|台|世帯|校)に$")
_JA_TIMES = re.compile("度(?![目数數])")
"""度 after a Japanese number counts times (2度合併); 気温30度 is a measure, read only after a temperature word."""
_JA_MEASURE_BEFORE = re.compile("気温|温度|水温|体温|摂氏|華氏|北緯|南緯|東経|西経|角度|震度|度数|傾斜")


def _value_of(number_text: str) -> float | None:
    return None if _vague(number_text) else parse_cjk(re.sub("[多余餘]", "", number_text))
_RANK_BEFORE = re.compile("(?:上位|下位|前|トップ|top|Top|TOP)$")
_BARE_COUNTERS = frozenset((*_NOUN_CLASSIFIER_LIST, *_CLASSIFIER_LIST))


_COUNTER_ONLY = frozenset(("人", "名", "万人", "萬人", "人次", "个", "個", "位", "件", "台", "回", "户", "戶"))


_LATIN_LETTER = re.compile("[A-Za-z]")


def _noun_first(
    text: str, match: re.Match[str], number_text: str, counter: str, japanese: bool = False
) -> Found | None:
    """A count whose noun comes before its number; `counter` (人, 名) is kept in the span."""
    if _vague(number_text):
        if not (japanese and counter):
            return None
        vague_noun = cjk_noun_before(text, match.start(), True)
        if vague_noun is None or vague_noun.start == match.start():
            return None
        return Found(FactKind.COUNT, vague_noun.start, match.start("tail") + len(counter), None)  # 社員20数人
    magnitude = bool(_CJK_MAGNITUDE.search(number_text))
    if not (counter or magnitude or len(number_text) >= 4 or "千" in number_text or "仟" in number_text):
        return None  # below 1000 with nothing after it: no count
    value = parse_cjk(_ROUGH.sub("", number_text))
    if value is None or not (counter or magnitude or value >= 1000):
        return None
    a_year = is_whole(value) and 1800 <= value <= 2100 and not counter
    if text[match.start() - 1 : match.start()] == "第" or a_year:
        return None
    if not counter and _LATIN_LETTER.match(text[match.start("tail") : match.start("tail") + 1]):
        return None  # 出力100万kW: a measure in a Latin unit, not a count of the noun before
    # a bare number after a Japanese noun is a code or a label (私書箱8999) unless a counter or magnitude follows
    counted = bool(counter) or magnitude
    noun = cjk_noun_before(text, match.start(), japanese and counted)
    if noun is None:
        return None
    if japanese and counter in _JA_NOUN_COUNTERS and not _JA_SAME_KIND.search(noun.unit):
        return None  # 電力10社, 大手5社: a counter that is itself the noun; the word before only qualifies it
    end = match.start("tail") + len(counter)
    return Found(FactKind.COUNT, noun.start, end, CountValue(float(f"{value:.12g}"), noun.unit))


def _index_points(text: str, match: re.Match[str], number_text: str) -> Found | None:
    """恒指收报23,787点: points of an index; a number with a comma or decimals, or above 24, is no clock time."""
    end = match.end("num")
    if text[end : end + 1] not in ("点", "點") or re.match("[钟鐘半]|\\d", text[end + 1 : end + 2]):
        return None
    value = parse_cjk(number_text)
    if value is None or not ("," in number_text or "." in number_text or value > 24):
        return None
    return Found(FactKind.COUNT, match.start(), end + 1, CountValue(float(f"{value:.12g}"), text[end]))


_GLUED_UNIT = re.compile(
    rf"(?<![\w$€£¥₹.,/:#+-])(?P<num>{DIGITS})(?P<unit>(?i:km|kg|mm|cm|mph|kph|mw|gw|kw|kwh|gwh|twh|mwh|mb|gb|tb|mah"
    r"|lbs?|ft|mt|bpd|ha|km2|sq ?km))(?![\w%])"
)


def _glued(context: Context) -> list[Found]:
    """Numbers written together with a unit: 256GB, 5km, 3,000mAh."""
    found = []
    for match in quick_start(_GLUED_UNIT).finditer(context.folded):
        value = parse_english(match.group("num"))
        if value is not None:
            found.append(Found(FactKind.COUNT, match.start(), match.end(), CountValue(value, match.group("unit"))))
    return found


# A tally of votes: "voted 219 to 212", "by a vote of 68 to 32", "approved 52-48", "52 votes to 47".
_TALLY = re.compile(
    r"\b(?:voted|vote of|vote was|votes? (?:were|was)|margin of|approved|passed|rejected|defeated|confirmed"
    r"|backed|endorsed)(?: (?:it|him|her|them|the (?:bill|measure|resolution|motion|nomination|plan)))?(?: by)?"
    r" (?P<a>\d{1,3}(?:,\d{3})*)(?P<votes> votes?)?(?: to |-|–| against )(?P<b>\d{1,3}(?:,\d{3})*)(?![\w.,%-]\w|-)"
)


_TALLY_ANCHOR = re.compile(r"\d(?: votes?)?(?: to |-|–| against )\d")


def _tallies(context: Context) -> list[Found]:
    found = []
    for match in scan(_TALLY, context.folded, _TALLY_ANCHOR, 80, 24):
        for group in ("a", "b"):
            value = parse_english(match.group(group))
            if value is not None:
                end = match.end("votes") if group == "a" and match.group("votes") else match.end(group)
                found.append(Found(FactKind.COUNT, match.start(group), end, CountValue(value, "votes")))
    return found


def find_counts(context: Context) -> list[Found]:
    """Every count in the passage."""
    if context.cjk:
        return _cjk(context) + _glued(context)
    return _english(context) + _glued(context) + _tallies(context)
