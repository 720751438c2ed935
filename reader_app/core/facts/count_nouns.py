"""Counts whose noun comes first: "paying subscribers reached 220 million", "注册用户为2.1亿", "登録者数が1億人".

Business news writes user and staff figures noun first. When only a linking word separates the noun from the number
(Chinese: nothing, 为, 是, 达, 达到; Japanese: nothing, は, が) the count's span runs from the noun to the number;
with anything else between (a verb in English, an adverb, a date, an approximator, another number) the span is the
number alone. Either way the noun becomes the count's unit, so the panel reads "220 million — paying subscribers".
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(text: str) -> list[str]:
    return text.split()


# ---------------------------------------------------------------------------------------------- English

# Singular nouns that stand for a number of people or things.
_EN_COLLECTIVE = frozenset(
    _words(
        """headcount population workforce membership attendance enrollment enrolment ridership readership
    viewership circulation audience turnout staff toll"""
    )
)
# "user base", "labor force": a collective noun made of two words.
_EN_BASES = frozenset(_words("base force"))
_EN_BASE_LEADS = frozenset(
    _words("user customer subscriber member fan reader viewer player install installed labor labour")
)
# Nouns whose number is a count even when it is small ("the death toll rose to [142]"); other nouns linked by a
# verb need a magnitude or a big number, since "exports fell to 300" measures rather than counts.
_EN_PEOPLE_COUNTS = frozenset(
    _words(
        """toll headcount population workforce membership attendance enrollment enrolment turnout staff deaths
    fatalities casualties victims dead injured wounded cases infections patients arrests people employees
    workers members users subscribers customers students troops soldiers refugees passengers visitors residents
    stores branches shops outlets offices factories plants schools hospitals countries cities jobs seats votes
    delegates candidates participants applicants"""
    )
)


def is_people_count(noun: str) -> bool:
    """Whether `noun` (a counted noun phrase) counts people or places that a small number still counts."""
    words = noun.lower().split()
    return bool(words) and (words[-1] in _EN_PEOPLE_COUNTS or " ".join(words[-2:]) in ("user base", "labor force"))


# Plural heads whose numbers are amounts, rates or prices rather than counts of things.
_EN_NOT_COUNTED = frozenset(
    _words(
        """sales revenues profits earnings prices costs assets deposits loans funds bonds shares stocks rates
    yields points levels gains losses years months weeks days hours minutes seconds percent temperatures
    figures numbers results terms times"""
    )
)
_EN_DETERMINERS = frozenset(
    _words(
        """the a an its their his her our your my this that these those total overall"""
    )
)
_EN_VERB = re.compile(
    r"(?i)(?: \([^)]{1,30}\))?(?: (?:has|have|had|also|now|then|already|recently|finally|first))*"
    r" (?:rose|grew|climbed|jumped|increased|surged|soared|fell|dropped|declined|slipped|reached|hit|topped|surpassed"
    r"|exceeded|passed|crossed|totaled|totalled|numbered|stood at|stands at|was|were|is|are|reaches|hits|tops|came to"
    r"|come to|rise|grow|reach|climb|increase|fall|drop|has risen|have risen|has grown|have grown|swelled"
    r"|ballooned|doubled|tripled|shrank|dipped|edged up|edged down|jumped)"
    # a change on the way to the level: "climbed 8% to", "grew from 400 to", "rose 12 percent year-on-year to"
    r"(?: (?:by )?(?:about |nearly |some )?[\d.,]+ ?(?:%|percent|per cent)(?: (?:year-on-year|year-over-year|on the"
    r" year|from a year (?:earlier|ago)))?(?= to\b)| from [\d.,]+(?: (?:million|billion|thousand))?(?= to\b))?"
    r"(?: (?:to|by|at|from))?(?: (?:about|around|roughly|nearly|almost|more than|over|some|just over|just under|just"
    r"|approximately|an estimated|a record|a total of|close to))? $"
)
_EN_VERB_ANCHOR = re.compile(r"[a-z] $")


def english_noun_before(text: str, start: int) -> str | None:
    """The counted noun phrase before a verb that leads to the number at `start` ("Monthly active users rose to"),
    or None."""
    piece = text[max(0, start - 90) : start]
    if not _EN_VERB_ANCHOR.search(piece, max(0, len(piece) - 12)):
        return None
    # The phrase starts after the last clause break (a line break is one character, the others two).
    after = max(
        0, piece.rfind("\n") + 1, *(at + 2 for mark in (". ", "; ", ", ", ": ") if (at := piece.rfind(mark)) >= 0)
    )
    piece = piece[after:]
    match = _EN_VERB.search(piece, max(0, len(piece) - 70))
    if match is None:
        return None
    words = piece[: match.start()].split(" ")[-5:]
    head = words[-1].lower() if words else ""
    if not re.fullmatch(r"[a-z][\w-]*", head) or head in _EN_NOT_COUNTED:
        return None
    compound = len(words) >= 2 and head in _EN_BASES and words[-2].lower() in _EN_BASE_LEADS
    if not (head in _EN_COLLECTIVE or _plural(head) or compound):
        return None
    for index in range(len(words) - 1, -1, -1):
        word = words[index].lower()
        if word in _EN_DETERMINERS or word in _EN_STOP or not re.fullmatch(r"[a-z][\w-]*", word):
            words = words[index + 1 :]
            break
    if not words:
        return None
    return " ".join(words).lower() if not any(w[:1].isupper() for w in words[1:]) else " ".join(words)


# A label and a number in a list or a table row: "Employees: 12,500", "Stores | 340", "users\t1.2 million".
_EN_LABEL = re.compile(r"(?:^|[\n;|•·]) ?((?:[A-Za-z][\w'’-]* ){0,3}[A-Za-z][\w'’-]*) ?(?::|\t|\|) *$")
_EN_LABEL_LEADS = frozenset(_words("number total no no. count"))


def english_noun_label(text: str, start: int) -> str | None:
    """The plural or collective label before the number at `start` in a list or table row ("Employees: [12,500]",
    "Number of stores | [340]"), or None."""
    if text[max(0, start - 6) : start].rstrip(" ")[-1:] not in (":", "\t", "|"):
        return None
    match = _EN_LABEL.search(text, max(0, start - 48), start)
    if match is None:
        return None
    words = match.group(1).split(" ")
    head = words[-1].lower()
    if head in _EN_NOT_COUNTED or not (head in _EN_COLLECTIVE or _plural(head)):
        return None
    lowered = [word.lower() for word in words]
    if "of" in lowered:  # "Number of stores"
        cut = lowered.index("of")
        if not set(lowered[:cut]) <= _EN_LABEL_LEADS:
            return None
        words = words[cut + 1 :]
    if any(word.lower() in _EN_STOP or word.lower() in _EN_DETERMINERS for word in words):
        return None
    return " ".join(words).lower()


# A collective noun and "of" before a number name what it counts: "an audience of 280.9 million", "a population of
# 1.4 billion", "a workforce of 45,000".
_EN_NOUN_OF = re.compile(
    r"\b((?:[a-z][\w-]* ){0,2}(?:audience|population|workforce|headcount|membership|readership|viewership|"
    r"user base|subscriber base|customer base|fleet|crowd|army|staff|following|turnout|enrollment|enrolment|"
    r"labor force|labour force|electorate|congregation|student body)) of $",
    re.IGNORECASE,
)
_EN_NOUN_OF_LEAD = frozenset(_words("a an the its their his her our your this that total whole combined"))


def english_noun_of(text: str, start: int) -> str | None:
    """The collective noun joined by "of" to the number at `start` ("a population of [1.4 billion]"), or None."""
    match = _EN_NOUN_OF.search(text, max(0, start - 48), start)
    if match is None:
        return None
    words = match.group(1).lower().split(" ")
    leads = [index for index, word in enumerate(words) if word in _EN_NOUN_OF_LEAD or word in _EN_STOP]
    # Modifiers only after a determiner ("a user base", "its total workforce"); else the noun alone, since the words
    # before it may be a verb ("has a population") or the tail of a longer phrase.
    kept = words[leads[-1] + 1 :] if leads else []
    if kept:
        return " ".join(kept)
    return " ".join(words[-2:] if words[-1] in ("base", "force", "body") else words[-1:])


# "The number of dead will be much bigger than one hundred fifty thousand": a big number later in the sentence that
# opens with "the number of" counts what that phrase names.
_EN_NUMBER_OF = re.compile(
    r"\b(?:[Tt]he|[Aa]) (?:total |overall )?number of (?P<noun>[A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,3})"
)
_EN_SENTENCE_BREAK = re.compile(r"[.;!?](?:[\s\"”’)]|$)|\n")
_EN_CASUALTY = frozenset(_words("dead injured wounded killed missing displaced homeless unemployed jobless"))


def english_number_of(text: str, start: int) -> str | None:
    """What "the number of" names earlier in the sentence of the number at `start` ("the number of [dead]"), or
    None."""
    window_start = max(0, start - 160)
    piece = text[window_start:start]
    if "number of" not in piece:
        return None
    breaks = list(_EN_SENTENCE_BREAK.finditer(piece))
    offset = breaks[-1].end() if breaks else 0
    found = None
    for found in _EN_NUMBER_OF.finditer(piece, offset):  # noqa: B007 (the last one is wanted)
        pass
    if found is None or re.search(r"\d|%", piece[found.end() :]):
        return None  # another number in between is the one the phrase counts
    words = found.group("noun").split(" ")
    kept: list[str] = []
    for word in words:
        lowered = word.lower()
        if lowered in _EN_STOP or lowered in _EN_DETERMINERS or lowered in _EN_LINKS:
            break
        kept.append(word)
        counted = _plural(lowered) and lowered not in _EN_NOT_COUNTED
        if lowered in _EN_CASUALTY or lowered in _EN_COLLECTIVE or counted:
            return " ".join(kept)
    return None


_EN_LINKS = frozenset(_words("will would could can may might has have had is are was were rose fell grew reached"))


_EN_STOP = frozenset(
    _words(
        """of in on at to for from by with as and or but than that which who while when where if also said says
    after before during since"""
    )
)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "'s"))


# ---------------------------------------------------------------------------------------- Chinese/Japanese

_CJK_HEADS = sorted(
    _words(
        """用户 用戶 会员 會員 员工 員工 职工 職工 人口 账户 帳戶 账号 帳號 賬戶 帐户 条目 條目
        粉丝 粉絲 观众 觀眾 订阅者 訂閱者 订户 訂戶 游客 遊客 旅客 乘客 访客 訪客 客户 客戶
        学生 學生 患者 病例 网民 網民 股东 股東 投资者 投資者 读者 讀者 玩家 司机 司機 商户
        商戶 商家 骑手 騎手 居民 人次 销量 銷量 下载量 下載量 装机量 裝機量 出货量 出貨量
        ユーザー 利用者 会員 登録者 加入者 契約者 視聴者 来場者 入場者 観客 従業員 社員 職員
        患者 感染者 死者 読者 購読者 来場者 訪問者 販売台数 台数 件数 人数 人數 フォロワー
        ダウンロード"""
    ),
    key=len,
    reverse=True,
)
_CJK_MODIFIERS = sorted(
    _words(
        """注册 註冊 活跃 活躍 日活跃 月活跃 日活躍 月活躍 日活 月活 付费 付費 月间 月間 日间
        日間 累计 累計 新增 登録 有料 年間 全球 海外 国内 國內 个人 個人 移动 移動 在线 在線
        同时 同時 总 總 实名 實名 企业 企業 平均 延べ 新規 アクティブ"""
    ),
    key=len,
    reverse=True,
)
_CJK_SUFFIXES = ("数量", "數量", "总数", "總數", "人数", "人數", "规模", "規模", "数", "數")
_CJK_LINKS = ("达到", "達到", "为", "為", "是", "达", "達", "は", "が", "")
_CLAUSE_END = re.compile(r"[，。、；：！？,;:!?\n（(「『【]")
_HEAD_PATTERN = re.compile("|".join(re.escape(head) for head in _CJK_HEADS))


@dataclass(frozen=True, slots=True)
class CjkNoun:
    start: int
    """Where the count's span starts: the noun when it links straight to the number, else the number."""
    unit: str


def cjk_noun_before(text: str, start: int, japanese: bool = False) -> CjkNoun | None:
    """The counted noun phrase before the number at `start` in the same clause ("日活跃用户数3.5亿",
    "月間利用者数は9500万人", "付费用户同比增长8%至1.1亿"), or None."""
    window_start = max(0, start - 30)
    piece = text[window_start:start]
    ends = list(_CLAUSE_END.finditer(piece))
    offset = ends[-1].end() if ends else 0
    heads = list(_HEAD_PATTERN.finditer(piece, offset))
    if not heads or (japanese and heads[-1].end() < len(piece) - 6):
        noun = _japanese_noun_before(piece, offset) if japanese else None
        return None if noun is None else CjkNoun(window_start + noun[0], noun[1])
    head = heads[-1]
    noun_end = head.end()
    for suffix in _CJK_SUFFIXES:
        if piece.startswith(suffix, noun_end):
            noun_end += len(suffix)
            break
    noun_start = head.start()
    for previous in reversed(heads[:-1]):
        if previous.end() != noun_start:
            break
        noun_start = previous.start()  # 用户人数, 利用者数: one noun
    while True:
        for modifier in _CJK_MODIFIERS:
            if noun_start - len(modifier) >= offset and piece.startswith(modifier, noun_start - len(modifier)):
                noun_start -= len(modifier)
                break
        else:
            break
    unit = piece[noun_start:noun_end]
    gap = piece[noun_end:]
    linked = gap in _CJK_LINKS
    if japanese:
        # the whole run of kanji and katakana is the noun: 収容人数は5万人, 観客動員数は300万人
        whole = _japanese_noun_before(piece, offset)
        if whole is not None and whole[0] <= noun_start:
            return CjkNoun(window_start + whole[0], whole[1])
    return CjkNoun(window_start + noun_start if linked else start, unit)


# Japanese writes nouns in kanji and katakana between kana, so the noun right before a number is the run of them
# that ends there (a middle dot joins two: 死者・行方不明者): 死者3000人, 月間編集30万回, 人口1400万人. After は/が
# it must be a counted noun: a "number of" (記事数, 従業員数) or a kind of people (参加者, 会員): "同社は3000人を
# 雇用" does not count 同社. Where the things are (世界190カ国, 国内1000店舗) is no counted noun.
_JA_RUN = re.compile("(?:[\u4e00-\u9fff\u30a1-\u30faー々]|(?<=[\u4e00-\u9fff])・(?=[\u4e00-\u9fff])|子ども){1,14}$")
_JA_LEADING_TIME = re.compile("(?:[年月日度期末頃半]|時点|現在|当時|以降|以来|今年|昨年|同年)+")
_JA_NOT_NOUNS = re.compile(
    "(?:約|計|合計|総計|総勢|累計|延べ|最大|最小|最多|最少|最高|最低|推定|全|各|同|第|毎年|毎月|毎日|毎週|年間|月間"
    "|日間|週間|当時|現在|今年|昨年|前年|例年|過去|以上|以下|未満|比|増|減|増加|減少|平均|実に|約|計約|上位|下位"
    "|時点|人口約|倍|分|秒|時|季|期|年度|通算|今回|前回|今月|先月|来月|今週|先週|来週|来年|本年|シーズン"
    "|世界|全世界|全国|国内|海外|県内|市内|都内|府内|道内|域内|管内|園内|店内|社内|世界中|日本"
    "|事実上|実質|実際|新た|合わせて|わずか|計約|最終的)$"
)
_JA_PLACE_LEAD = re.compile("全世界|世界|国内|海外|全国|日本|県内|市内|都内|国外")
_JA_COUNTED = re.compile("(?:数|者|員|客|民|人口|会員|ユーザー|メンバー|フォロワー|子|児|生徒|兵)$")
_JA_ONE_CHARACTER_NOUNS = frozenset("客男女子兵")
"""Nouns of one character that may stand before a number (客11人)."""


def _japanese_noun_before(piece: str, offset: int) -> tuple[int, str] | None:
    """(start, noun) of the Japanese noun that links to the number at the end of `piece`, or None."""
    link = piece[-1:] if piece[-1:] in ("は", "が") else ""
    end = len(piece) - len(link)
    run = _JA_RUN.search(piece, offset, end)
    if run is None:
        return None
    noun_start = run.start()
    if noun_start > 0 and piece[noun_start - 1].isdigit():
        leading = _JA_LEADING_TIME.match(piece, noun_start, end)
        if leading is None:
            return None  # 3打数1安打: the counter of the number before, not a noun
        noun_start = leading.end()
    place = _JA_PLACE_LEAD.match(piece, noun_start, end)
    if place is not None and end - place.end() >= 2:
        noun_start = place.end()  # 世界販売台数: where is no part of what is counted
    noun = piece[noun_start:end]
    if (len(noun) < 2 and noun not in _JA_ONE_CHARACTER_NOUNS) or _JA_NOT_NOUNS.search(noun):
        return None
    if link and not _JA_COUNTED.search(noun):
        return None
    return noun_start, noun
