"""Chinese names the gazetteer does not know, found from their shape and their context: transliterated foreign
names (a run of transliteration characters) before a verb of saying or a title, foreign places before a
geographic ending (萊茵河, 堪察加半島, 弗倫斯堡), and the Latin spelling a name is glossed with (霍普利（Hopley）)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from reader_app.core.facts.entities_en import Mention
from reader_app.core.facts.gazetteer import to_traditional
from reader_app.core.facts.lexicon import lexicon_characters, lexicon_words
from reader_app.core.facts.model import FactKind

KnownKind = Callable[[str], "FactKind | None"]


def _variants(words: str) -> list[str]:
    items = words.split()
    return sorted({*items, *(to_traditional(item) for item in items)}, key=len, reverse=True)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in words)


@lru_cache(maxsize=1)
def transliteration_characters() -> frozenset[str]:
    """Characters used to write foreign names (resources/facts/transliteration_zh.txt), in both scripts."""
    simplified = lexicon_characters("transliteration_zh.txt")
    return simplified | frozenset(to_traditional("".join(simplified)))


# Syllables that almost only occur in transliterations (尔, 斯, 娜): a run holding one is a foreign name, not
# ordinary words that happen to use transliteration characters (保安, 高明).
_FOREIGN_MARKS = frozenset(
    "尔斯茨兹娜娅妮莉蒂迪耶奥埃瓦维韦沃萨瑟塞桑森詹扎泽佩彭珀帕潘皮普蕾薇芙菲弗霍赫翰杰基吉贾卡凯肯库克拉莱赖兰朗劳勒"
    "雷里利莉罗洛卢鲁伦马麦迈曼梅蒙米姆穆纳奈尼努诺欧乔琼丘切舍什施舒索苏塔泰坦汤特提托图乌伍希谢辛休雅亚扬伊约"
)

# What follows a person's name in a report: a verb of saying, a title or an honorific after the name.
_AFTER_PERSON = _variants(
    "说 说道 表示 称 指出 认为 写道 补充 补充道 告诉 强调 透露 警告 承认 否认 回忆 解释 宣布 坦言 提出 问道 答道 "
    "先生 女士 小姐 夫人 太太 博士 教授 总统 总理 首相 主席 部长 议员 参议员 众议员 州长 市长 法官 大使 将军 上校 "
    "公爵 伯爵 勋爵 爵士 王子 公主 教皇 主教 牧师 医生 律师 国务卿 外长 财长 防长 董事长 总裁"
)
# Geographic endings after a transliterated name; the longer ones first.
_PLACE_ENDINGS = _variants(
    "河 湖 海 山 山脉 半岛 岛 群岛 湾 海峡 海湾 沙漠 运河 平原 高原 盆地 堡 港 角 峡谷 瀑布 海域"
)
# A character after the ending that makes another word of it (海军, 山庄, 岛国): not a place's name then.
_ENDING_GOES_ON = {
    ending: frozenset(_variants(chars))
    for ending, chars in (
        ("海", "军 关 外 报 洋 鲜 运 员 域 底 归 啸 绵 滩 量 选 盗 战 拔 豹 狮 产 峡 湾"),
        ("山", "庄 寨 区 头 羊 顶 谷 药 林 水 楂"),
        ("河", "道 流 水 谷 马 豚 床"),
        ("湖", "泊 水 面 南 北"),
        ("岛", "国 屿 内 民 链"),
        ("港", "口 币 元 人 股 澳 区"),
        ("角", "色 度 落 逐 力 斗 膜"),
        ("堡", "垒"),
    )
    for ending in (ending, to_traditional(ending))
}
# Before a transliterated name at the start of a clause.
_BOUNDARY = frozenset(
    "，。、；：！？“”‘’「」『』（）()《》〈〉【】 \n\t\r,.;:!?\"'—-·・"
    "的了在和与與及是由对對向将將被把从從等据據让讓使给給于於而并並或但也就还還又已曾会會要这這那其该該此各"
)
# Latin letters with the accents of European names (Kühn, Dündar, Krätschmer, Benoît).
_LATIN_GLOSS = re.compile(r"[（(]\s*([A-ZÀ-Þ][A-Za-zÀ-ÿ.'’-]*(?:[ -][A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.'’-]*){0,4})\s*[）)]")
_PLACE_AFTER = frozenset(_variants("州 省 市 县 区 郡 镇 村 河 湖 山 岛 湾"))
_PLACE_LEADS = tuple(_variants("在 到 往 赴 前往 来自 位于 抵达 飞往 途经 经过 离开 访问 出访 回到 返回 搬到 定居"))


def _after_transliteration(words: list[str]) -> re.Pattern[str]:
    """`words` right after a transliteration character: the check before the match runs inside the regex engine."""
    characters = "".join(sorted(transliteration_characters()))
    return re.compile(f"(?<=[{re.escape(characters)}])(?:{_alternation(words)})")


@lru_cache(maxsize=1)
def _after_person() -> re.Pattern[str]:
    return _after_transliteration(_AFTER_PERSON)


@lru_cache(maxsize=1)
def _person_cues() -> re.Pattern[str]:
    return re.compile(_alternation(_AFTER_PERSON))


@lru_cache(maxsize=1)
def _place_ending() -> re.Pattern[str]:
    return _after_transliteration(_PLACE_ENDINGS)


def _run_before(text: str, end: int, limit: int = 8) -> int:
    """Start of the run of transliteration characters (and inner middle dots) that ends at `end`."""
    chars = transliteration_characters()
    start = end
    while start > 0 and end - start < limit:
        ch = text[start - 1]
        if ch in chars or (ch in "·・•‧" and start - 1 > 0 and text[start - 2] in chars and start < end):
            start -= 1
        else:
            break
    while start < end and text[start] in "·・•‧":
        start += 1
    return start


@lru_cache(maxsize=1)
def _marks() -> frozenset[str]:
    return _FOREIGN_MARKS | frozenset(to_traditional("".join(_FOREIGN_MARKS)))


def _has_mark(word: str) -> bool:
    marks = _marks()
    return sum(ch not in "·・•‧" for ch in word) >= 2 and any(ch in marks for ch in word)


def _at_boundary(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _BOUNDARY or not ("\u4e00" <= text[start - 1] <= "\u9fff")


def _known_kind_inside(word: str, known: KnownKind) -> FactKind | None:
    """The kind the gazetteer gives `word`, or a known name it ends with (叙利亚 in 叙利亚称)."""
    for at in range(len(word) - 1):
        kind = known(word[at:])
        if kind is not None:
            return kind
    return None


def foreign_people(text: str, known: KnownKind) -> list[Mention]:
    """A transliterated name at the start of a clause right before a verb of saying or a title after a name:
    特魯多表示, 霍普利女士, 梅爾里斯說."""
    mentions = []
    for match in _after_person().finditer(text):
        end = match.start()
        start = _run_before(text, end)
        word = text[start:end]
        if not _has_mark(word) or not _at_boundary(text, start):
            continue
        if _known_kind_inside(word, known) not in (None, FactKind.PERSON):
            continue
        mentions.append(Mention(start, end, FactKind.PERSON))
    return mentions


def foreign_places(text: str, known: KnownKind) -> list[Mention]:
    """A transliterated name before a geographic ending: 萊茵河, 阿爾卑斯山脈, 堪察加半島, 弗倫斯堡."""
    mentions = []
    for match in _place_ending().finditer(text):
        ending = match.group()
        if text[match.end() : match.end() + 1] in _ENDING_GOES_ON.get(ending, ()):
            continue
        start = _run_before(text, match.start(), limit=7)
        word = text[start : match.start()]
        # The run is as long as transliteration characters go (沿着莱茵河, 海岸皮尔斯堡): no boundary is needed.
        if (
            not (_has_mark(word) or len(word) >= 3)
            or "·" in word
            or "・" in word
            or (start and text[start - 1] in transliteration_characters())
        ):
            continue
        if known(word) in (FactKind.PERSON, FactKind.ORG):
            continue
        mentions.append(Mention(start, match.end(), FactKind.PLACE))
    return mentions


def glossed_names(text: str, found: list[Mention], known: KnownKind) -> list[Mention]:
    """The Latin spelling in parentheses right after a name is the same name (卡塔拉諾（Catalano）), and a
    transliterated run before such a gloss is a name too: a person, or a place after 在/前往."""
    by_end: dict[int, Mention] = {}
    for mention in found:  # the longest name ending at each place
        held = by_end.get(mention.end)
        if held is None or mention.start < held.start:
            by_end[mention.end] = mention
    mentions = []
    for match in _LATIN_GLOSS.finditer(text):
        latin = match.group(1)
        if latin.isupper() or any(ch.isdigit() for ch in latin):
            continue  # an acronym (RSPB) is the body's short name; the suffix rules judge the body
        before = by_end.get(match.start())
        if before is not None:
            if before.kind in (FactKind.PERSON, FactKind.PLACE, FactKind.ORG):
                mentions.append(Mention(match.start(1), match.end(1), before.kind))
            continue
        start = _run_before(text, match.start())
        word = text[start : match.start()]
        if not _has_mark(word) or not _at_boundary(text, start):
            continue
        kind = known(latin) or _known_kind_inside(word, known)
        if kind is None:
            place = text.endswith(_PLACE_LEADS, 0, start) or text[match.end() : match.end() + 1] in _PLACE_AFTER
            kind = FactKind.PLACE if place else FactKind.PERSON  # 沃卢西亚(Volusia)县 is a county
        mentions.append(Mention(start, match.start(), kind))
        mentions.append(Mention(match.start(1), match.end(1), kind))
    return mentions


# What follows a person's name as the subject or owner at the start of a clause: a verb, an adverb of time or
# manner, or 的 (西格爾的祖母, 克萊恩似乎, 菲利普隨後, 羅娜發明).
_PERSON_FOLLOWERS = _variants(
    "的 曾 曾经 将 已 已经 也 还 又 就 并 便 则 却 仍 才 都 随后 后来 同时 一直 于是 亦 再 早 最 被 向 与 和 对 "
    "把 将会 "
    "似乎 认为 觉得 希望 决定 试图 开始 继续 出生 生于 去世 逝世 死于 参加 出席 出演 发明 发现 发表 发布 进入 接替 "
    "遇见 驳回 控制 统治 描述 批评 获得 赢得 写 写道 创作 担任 出任 成为 离开 返回 来到 访问 会见 拒绝 同意 要求 "
    "建立 领导 率领 支持 反对 签署 宣称 声称 承认 否认 相信 指控 起诉 加入 退出 带领 嫁给 娶 生 死 也是 就是 "
    "接任 继任 就任 上任 卸任 辞职 辞去 主持 主演 饰演 病逝 遇害 牺牲 不幸 随 跟随 毕业 就读 考入 当选 任命 提名 "
    "渐 等人 "
    # a place after the name (皮克特在, 汉密尔顿在), and a relation (叶企孙侄子)
    "在 侄子 儿子 女儿 父亲 母亲 妻子 丈夫"
)
# Endings that make a transliterated word a people, a language, a dynasty or a place (斯拉夫人, 哈布斯堡王朝,
# 克里米亞): not a person's name.
_NOT_PERSON_ENDINGS = tuple(_variants("亚 尼 国 州 城 堡 港 兰 坦"))
_NOT_PERSON_NEXT = tuple(_variants("人 族 语 文 式 裔 派 教 王朝 帝国 军 队 舰队 公国 王国 主义 风格 体 风"))
_SUBJECT_BOUNDARY = frozenset('，。；：！？“”「」『』（）() \n\t\r,.;:!?"')
_SUBJECT_LEADS = tuple(_variants("和 与 及 由 被 让 使 对 向 据 是 当 在 但 而 连 因为 由于 如果 虽然 只有 就连 其后"))


@lru_cache(maxsize=1)
def _person_followers() -> re.Pattern[str]:
    return re.compile(_alternation(_PERSON_FOLLOWERS))


# Verbs and adverbs after a two-character transliterated name opening a clause (羅娜發明, 帕克認為, 貝瑞進了):
# two transliteration characters are often an ordinary word, so only these, never 的 or a preposition.
_SHORT_NAME_FOLLOWERS = _variants(
    "说 说道 表示 称 认为 指出 写道 发明 发现 发表 似乎 随后 后来 曾经 已经 一直 也是 就是 于 在 出生 生于 去世 "
    "逝世 参加 出席 进入 进了 担任 成为 离开 来到 宣布 承认 否认 拒绝 同意 决定 试图 开始 继续 获得 赢得 致信 "
    "只好 并未 还 则 却 仍"
)


@lru_cache(maxsize=1)
def _short_name_pattern() -> re.Pattern[str]:
    characters = re.escape("".join(sorted(transliteration_characters())))
    boundary = re.escape("".join(sorted(_SUBJECT_BOUNDARY)))
    # The boundary character is consumed, not looked behind at, so the engine can skip to the places that have one.
    return re.compile(
        f"(?:[{boundary}]|^)([{characters}]{{2}})(?![{characters}])(?={_alternation(_SHORT_NAME_FOLLOWERS)})"
    )


def short_foreign_subjects(text: str, known: KnownKind, words: Callable[[str], bool]) -> list[Mention]:
    """A two-character transliterated name that opens a sentence or clause before a verb (羅娜發明了, 帕克認為):
    both characters transliterate, one marks a foreign name, and the pair is no known name or common word
    (`words`)."""
    mentions = []
    for match in _short_name_pattern().finditer(text):
        word = match.group(1)
        if not _has_mark(word) or known(word) is not None or words(word):
            continue
        mentions.append(Mention(match.start(1), match.end(1), FactKind.PERSON))
    return mentions


def foreign_subjects(text: str, known: KnownKind) -> list[Mention]:
    """A transliterated name that opens a clause and is followed by a verb or 的: 西格爾的祖母, 菲利普隨後朝南推進,
    羅娜發明了 (克萊恩沉默寡言 has no verb the list knows). Three characters at least, one of them marking a
    transliteration; places the gazetteer knows, peoples, languages and dynasties are left out."""
    mentions = []
    followers = _person_followers()
    for match in _transliteration_run().finditer(text):
        start, end = match.span()
        word = match.group()
        if not _has_mark(word):
            continue
        before = text[start - 1] if start else "\n"
        if not (before in _SUBJECT_BOUNDARY or text.endswith(_SUBJECT_LEADS, 0, start)):
            continue
        if followers.match(text, end) is None or text.startswith(_NOT_PERSON_NEXT, end):
            continue
        if word.endswith(_NOT_PERSON_ENDINGS) or _known_kind_inside(word, known) not in (None, FactKind.PERSON):
            continue
        mentions.append(Mention(start, end, FactKind.PERSON))
    return mentions


@lru_cache(maxsize=1)
def _transliteration_run() -> re.Pattern[str]:
    """Three to six transliteration characters with none on either side."""
    characters = re.escape("".join(sorted(transliteration_characters())))
    return re.compile(f"(?<![{characters}])[{characters}]{{3,6}}(?![{characters}])")


_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){0,2}(?![A-Za-z0-9])")


def latin_people(text: str, known: KnownKind, glosses: list[Mention]) -> list[Mention]:
    """A capitalised Latin name in Chinese text that the gazetteer does not know is a person when a verb of saying
    or an honorific follows it (Tarlo說, Pugh女士) or when it starts with a given name or ends with a family name of
    the census lists (Stephen, Freeman, Goffredo Petrassi is neither); otherwise the Latin rules call it a body.
    A gloss after a Chinese name (皮尔斯堡(Fort Pierce)) keeps the kind of that name."""
    from reader_app.core.facts.entities_en import GIVEN_NAMES, NOT_NAME_WORDS

    mentions = []
    family_names = lexicon_words("surnames_en.txt")
    glossed = {mention.start for mention in glosses}
    for match in _LATIN_NAME.finditer(text):
        word = match.group()
        parts = word.split()
        if match.start() in glossed or known(word) is not None or any(part in NOT_NAME_WORDS for part in parts):
            continue
        cued = _person_cues().match(text, match.end()) is not None
        if cued or parts[0] in GIVEN_NAMES or parts[-1] in family_names:
            mentions.append(Mention(match.start(), match.end(), FactKind.PERSON))
    return mentions


# Characters that end or start grammar, numbers and common word endings, never a given name's (马上就将, 高科技在,
# 李某某): a candidate holding one is words, not a name.
NOT_GIVEN = frozenset(
    _variants(
        "的 了 是 在 有 个 们 这 那 就 也 都 还 又 不 没 得 地 着 过 来 去 到 把 被 "
        "等 些 种 样 么 什 怎 很 最 更 太 已 将 会 要 能 可 应 该 各 每 某 其 此 一 "
        "二 三 四 五 六 七 八 九 十 百 千 万 亿 两 几 年 月 日 时 分 秒 省 市 县 区 "
        "部 局 业 性 化 者 员 家 人 方 面 外 内 中 下 前 后 里 间 上 之 与 和 及 或 "
        "并 而 但 所 以 为 于 从 对 向 让 使 给 由 比 跟 同 如 若 因 即 便 再 才 只 "
        "仅 却 虽 然 无 非 未 别 另 公 司 校 院 党 委 队 军 网 机 车 路 街 站 楼 厂 "
        "店 科 技 术 学 系 级 组 类 型 式 版 量 度 率 额 价 费 钱 元 号 期 届 次 项 "
        "条 件 份 批 称 说 道 表 示 指 认 据 报 问 答 写 讲 谈 呼 吁 "
    )
)
_CHINESE_SUBJECT_LEADS = tuple(_variants("的 和 与 由 被 让 据 当 同 跟 及 以及 而 但 其后 随后"))
# Verbs and adverbs after a Chinese name at the head of a clause (沈括使用, 袁世凱認為, 周志仁随护国军); 的 is
# left out: after three characters it as often ends a word (高科技的).
_CHINESE_PERSON_FOLLOWERS = tuple(
    word for word in _PERSON_FOLLOWERS if word not in ("的", "最", "早", "再", "和", "与", "與", "对", "對", "把", "在")
)


@lru_cache(maxsize=8)
def _chinese_subject_pattern(surnames: frozenset[str]) -> re.Pattern[str]:
    """Family name, two given characters and a following word, after a clause boundary or a lead word: one regular
    expression, so the scan over the text runs inside the regex engine. The given characters are no grammar
    characters or ones names use; the follower is one of either list (chinese_subjects tells them apart)."""
    boundary = "".join(sorted(_SUBJECT_BOUNDARY | {word for word in _CHINESE_SUBJECT_LEADS if len(word) == 1}))
    longer = [word for word in _CHINESE_SUBJECT_LEADS if len(word) > 1]
    leads = "|".join([f"(?<=[{re.escape(boundary)}])", *(f"(?<={re.escape(word)})" for word in longer), "^"])
    not_given = re.escape("".join(sorted(NOT_GIVEN - given_name_characters())))
    given = f"(?![{not_given}])[\u4e00-\u9fff]"
    family = re.escape("".join(sorted(surnames)))
    followers = _alternation(list(_NAMED_SUBJECT_FOLLOWERS))
    return re.compile(f"(?:{leads})([{family}]{given}{given})(?=({followers}))")


def chinese_subjects(
    text: str,
    known: KnownKind,
    surnames: frozenset[str],
    plausible: Callable[[str, int, int], bool],
) -> list[Mention]:
    """A three-character Chinese name (family name and two given characters) that opens a clause and is followed
    by a verb: 沈括使用, 袁世凱認為, 陈宗仁接任. The three characters hold no grammar or number character, no known
    place or body, and pass the recogniser's other checks (`plausible`). With two characters of the given-name
    list, more words may follow: a place's preposition, a companion or an office (吕卫伦在, 谢根荣请, 秦志明任)."""
    mentions = []
    narrow = frozenset(_CHINESE_PERSON_FOLLOWERS)
    given_characters = given_name_characters()
    for match in _chinese_subject_pattern(surnames).finditer(text):
        start, end = match.span(1)
        word = match.group(1)
        if match.group(2) in narrow and not any(ch in NOT_GIVEN for ch in word[1:]):
            pass  # a plain name's shape before a verb
        elif not all(ch in given_characters for ch in word[1:]):
            continue
        if _known_kind_inside(word, known) is not None or known(word[:2]) is not None or known(word) is not None:
            continue
        if plausible(text, start, end):
            mentions.append(Mention(start, end, FactKind.PERSON))
    return mentions


_REGNAL = re.compile("[一二三四五六七八九十]{1,3}世(?![纪紀界代])")


def regnal_names(text: str, known: KnownKind) -> list[Mention]:
    """A transliterated name with its regnal number: 圖特摩斯三世, 保羅六世, 伊丽莎白二世 (not 二十一世纪)."""
    mentions = []
    for match in _REGNAL.finditer(text):
        start = _run_before(text, match.start(), limit=6)
        word = text[start : match.start()]
        if len(word) >= 2 and _known_kind_inside(word, known) in (None, FactKind.PERSON):
            mentions.append(Mention(start, match.end(), FactKind.PERSON))
    return mentions


_FORCES = re.compile(_alternation(_variants("军队 部队 舰队 海军 陆军 空军 海军陆战队")))


def armed_forces(text: str, known: KnownKind) -> list[Mention]:
    """A country's or a ruler's armed forces are a body: 瑞典軍隊, 馬其頓軍隊, 阿契美尼德軍隊, 維勒訥沃艦隊; the
    name before the ending is a place the gazetteer knows or a transliterated one."""
    mentions = []
    for match in _FORCES.finditer(text):
        start = _run_before(text, match.start(), limit=7)
        word = text[start : match.start()]
        if len(word) >= 2 and (_has_mark(word) or len(word) >= 3) and known(word) in (None, FactKind.PLACE):
            mentions.append(Mention(start, match.end(), FactKind.ORG))
            continue
        for length in (4, 3, 2):  # 德国军队, 英國軍隊: a known country
            if match.start() >= length and known(text[match.start() - length : match.start()]) is FactKind.PLACE:
                mentions.append(Mention(match.start() - length, match.end(), FactKind.ORG))
                break
    return mentions


_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")


def without_plain_latin_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """In Chinese text a single capitalised Latin word no list knows (Khanzir, Odi, Rastiz) is more often a
    person or a thing of a translated story than a body: it is dropped unless a company word follows it.
    Words with inner capitals (WikiTribune, EMicro) and acronyms stay bodies."""
    kept = []
    for mention in mentions:
        word = text[mention.start : mention.end]
        if (
            mention.kind is FactKind.ORG
            and mention.name is None
            and _PLAIN_WORD.fullmatch(word)
            and not text.startswith(_COMPANY_WORDS, mention.end)
        ):
            continue
        kept.append(mention)
    return kept


_COMPANY_WORDS = tuple(_variants("公司 集团 银行 基金 网站 平台 应用 软件 品牌 乐队 报 杂志 电视台 大学"))


_LIST_ITEM = re.compile("[\u4e00-\u9fff]{2,6}")
_ITEM_END = frozenset("，。；：！？、）)」』”等和与與及的在\n ,.;:!?")


def listed_places(text: str, known: KnownKind) -> list[Mention]:
    """Names listed with 、 beside places the gazetteer knows are places too: 盖亚那、苏利南、斐济 (with 斐济 known),
    郑州、新密、荥阳. An item counts when it stands whole between separators (or ends at punctuation, 等 or 和)
    and holds no grammar character; the list needs two known places, or one in a list of two or three, or a
    word for places after it (等地, 等国)."""
    mentions = []
    for items in _lists(text):
        # The first item may carry words before it (包括美国): keep the known place or transliteration ending it.
        first_start, first_end = items[0]
        word = text[first_start:first_end]
        for cut in range(len(word) - 1):
            if known(word[cut:]) is FactKind.PLACE:
                items[0] = (first_start + cut, first_end)
                break
        else:
            if first_start and text[first_start - 1] not in _ITEM_END:
                items = items[1:]
        # The last item may run on into the clause (模里西斯使用): keep it only when it ends at a boundary.
        last_start, last_end = items[-1] if items else (0, 0)
        cut = text.find("等", last_start + 2, last_end)
        if cut > 0 and text.startswith(_PLACES_AFTER_LIST, cut):  # 巩义等地, 平顶山等地: the list ends before 等
            last_end = cut
            items[-1] = (last_start, last_end)
        if items and last_end < len(text) and text[last_end] not in _ITEM_END:
            items = items[:-1]
        kinds = [known(text[start:end]) for start, end in items]
        places = sum(kind is FactKind.PLACE for kind in kinds)
        places_named = bool(items) and text.startswith(_PLACES_AFTER_LIST, items[-1][1])  # 郑州、新密、荥阳等地
        if places < 2 and not (places == 1 and len(items) <= 3) and not places_named:
            continue
        for (start, end), kind in zip(items, kinds, strict=True):
            word = text[start:end]
            if kind is None and not any(ch in _NOT_PLACE_CHARS for ch in word):
                mentions.append(Mention(start, end, FactKind.PLACE))
    return mentions


def _lists(text: str) -> list[list[tuple[int, int]]]:
    """Spans of the items of each list written with 、, items of two to six Chinese characters."""
    lists: list[list[tuple[int, int]]] = []
    at = text.find("、")
    while at >= 0:
        start = at
        while start > 0 and at - start < 6 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        items = [(start, at)] if at - start >= 2 else []
        while items and at < len(text) and text[at] == "、":
            end = at + 1
            while end < len(text) and end - at <= 6 and "\u4e00" <= text[end] <= "\u9fff":
                end += 1
            if end - at - 1 < 2:
                break
            items.append((at + 1, end))
            at = end
        if len(items) >= 2:
            lists.append(items)
        at = text.find("、", max(at, start) + 1)
    return lists


_PLACES_AFTER_LIST = tuple(_variants("等地 等国 等城市 等省 等县 等市 等州 等地区 等国家 等县市 等乡镇 等区"))
_NOT_PLACE_CHARS = frozenset(
    _variants(
        "的 了 是 在 有 和 与 及 等 们 个 这 那 其 该 此 也 都 还 就 不 没 为 以 于 从 对 向 被 把 将 "
        "人 语 文 族 公 司 部"
    )
)


_PLACE_VERBS = tuple(
    _variants("在 到 往 赴 前往 来自 位于 抵达 飞往 途经 经过 离开 出访 回到 返回 搬到 定居 住在 生于 出生于")
)
# Verbs of origin and location: the name after them is a place even before 的 (来自德克萨斯的众议员).
_ORIGIN_VERBS = frozenset(_variants("来自 位于 生于 出生于 定居"))
# After the place: the rest of a locative phrase or a verb of staying, never a person's doing (当政, 皈依).
_PLACE_NEXT = tuple(
    _variants(
        "， 。 、 ； 发现 举行 召开 停留 居住 生活 工作 读书 学习 登陆 登录 附近 地区 一带 境内 市区 郊区 "
        "北部 南部 东部 西部 中部 举办 去世 逝世 出生 长大 上空 海岸 街头 以北 以南 以东 以西 时 期间"
    )
)


def places_after_verbs(text: str, known: KnownKind) -> list[Mention]:
    """A transliterated name after a verb of place and before what ends a locative phrase (在坦帕发现,
    前往科林斯停留, 在蒙特卡罗附近); 的 or a doing after it (在罗斯福的, 在卡达尔当政) leaves it to the person
    rules."""
    mentions = []
    chars = transliteration_characters()
    for verb in _PLACE_VERBS:
        at = text.find(verb)
        while at >= 0:
            start = at + len(verb)
            end = start
            while end < len(text) and text[end] in chars and end - start < 7:
                end += 1
            word = text[start:end]
            if (
                len(word) >= 2
                and _has_mark(word)
                and (
                    text.startswith(_PLACE_NEXT, end)
                    or (verb in _ORIGIN_VERBS and text.startswith(("的", "，"), end))
                )
                and known(word) is None
                and not _known_kind_inside(word, known)
            ):
                mentions.append(Mention(start, end, FactKind.PLACE))
            at = text.find(verb, at + 1)
    return mentions


_LIFE_DATES = re.compile(r"[（(]\s*(?:前|公元前)?\d{1,4}年?\s*[-–—~～至]\s*(?:前|公元前)?\d{1,4}年?\s*[）)]")


def people_with_life_dates(text: str, known: KnownKind) -> list[Mention]:
    """A transliterated name followed by the years of a life in parentheses: 卢克莱修（前99年-前55年）."""
    mentions = []
    for match in _LIFE_DATES.finditer(text):
        start = _run_before(text, match.start())
        word = text[start : match.start()]
        if _has_mark(word) and _known_kind_inside(word, known) in (None, FactKind.PERSON):
            mentions.append(Mention(start, match.start(), FactKind.PERSON))
    return mentions


def listed_people(text: str, found: list[Mention], name_shaped: Callable[[str], bool]) -> list[Mention]:
    """Names listed with 、 beside a person found elsewhere are people too (黄复生、卢师谛; 哈利、罗恩、赫敏) when they
    have a name's shape (`name_shaped`: a family name and one or two given characters, or a transliteration)."""
    people = {(mention.start, mention.end) for mention in found if mention.kind is FactKind.PERSON}
    if not people:
        return []
    taken = [(mention.start, mention.end) for mention in found]
    ordered = sorted(people)
    starts = [span[0] for span in ordered]
    mentions = []
    for items in _lists(text):
        trimmed = []
        for start, end in items:
            # the first person inside the item (a sorted search: a text has thousands of people and of items)
            at = bisect_left(starts, start)
            inside = next((span for span in ordered[at:] if span[0] > end or span[1] <= end), None)
            trimmed.append(inside if inside is not None and inside[0] <= end else (start, end))
        joined = _joined_to_person(text, items[0], people)
        if joined is not None:
            trimmed[0] = (joined, items[0][1])  # 马化腾与张志东、许晨晔: the first name starts after 与
        elif not any(span in people for span in trimmed):
            continue
        for index, (start, end) in enumerate(trimmed):
            if (start, end) in people:
                continue
            # The first item may carry words before the name, the last the clause after it (李大伟共同主持).
            spans = [(start, end)]
            if index == len(trimmed) - 1:
                spans += [(start, start + length) for length in (3, 2) if start + length < end]
            if index == 0:
                spans += [(end - length, end) for length in (3, 2) if end - length > start]
            for span_start, span_end in spans:
                overlaps = any(s < span_end and span_start < e for s, e in taken)
                if not overlaps and name_shaped(text[span_start:span_end]):
                    mentions.append(Mention(span_start, span_end, FactKind.PERSON))
                    break
    return mentions


_JOINING = frozenset(_variants("与 和 及 同 跟"))


def _joined_to_person(text: str, item: tuple[int, int], people: set[tuple[int, int]]) -> int | None:
    """Where the first name of a list starts when a person found elsewhere is joined to it by "and" inside its first
    item (马化腾与张志东、许晨晔), else None."""
    for at in range(item[0], item[1] - 1):
        if text[at] in _JOINING and any((at - length, at) in people for length in range(2, 8)):
            return at + 1
    return None


def transliterated_name_shape(word: str) -> bool:
    chars = transliteration_characters()
    return 2 <= len(word) <= 6 and all(ch in chars for ch in word) and _has_mark(word)


@lru_cache(maxsize=1)
def transliteration_words() -> frozenset[str]:
    """Common two-character words written only in transliteration characters (resources/facts/
    translit_words_zh.txt: 坦克, 基金, 措施), in both scripts: no two-character foreign name."""
    words = lexicon_words("translit_words_zh.txt")
    return words | frozenset(to_traditional(word) for word in words)


@lru_cache(maxsize=1)
def given_name_characters() -> frozenset[str]:
    """Characters most used in Chinese given names (resources/facts/given_chars_zh.txt), in both scripts."""
    simplified = lexicon_characters("given_chars_zh.txt")
    return simplified | frozenset(to_traditional("".join(simplified)))


# With two given-name characters of the list, more words may follow a name opening a clause: a place or a
# companion (吕卫伦在纽西兰, 谢根荣请史树青, 秦国镛任首任校长, 汪精卫从重庆, 周化人归国).
_NAMED_SUBJECT_FOLLOWERS = tuple(
    sorted(
        {
            *_CHINESE_PERSON_FOLLOWERS,
            *_variants("在 是 任 请 从 与 和 等人 向 以 于 到 对 把 说 表示 称 归国 回国 改任 出任 升任 兼任 带 让"),
        },
        key=len,
        reverse=True,
    )
)
