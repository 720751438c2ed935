"""Chinese and Japanese organisations, people and places from the gazetteer, name suffixes and titles."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from reader_app.core import japanese_morphology
from reader_app.core.facts import name_lists
from reader_app.core.facts.entities_en import Mention
from reader_app.core.facts.entities_ja import JapaneseNames
from reader_app.core.facts.gazetteer import (
    CHINESE_COMPOUND_SURNAMES,
    CHINESE_SURNAMES,
    JAPANESE_SURNAMES,
    GazetteerEntry,
    china_divisions,
    names,
    to_traditional,
)
from reader_app.core.facts.lexicon import lexicon_lines, lexicon_words
from reader_app.core.facts.model import FactKind
from reader_app.core.facts.names_zh import NOT_GIVEN as _NOT_GIVEN_CHARS
from reader_app.core.facts.names_zh import (
    armed_forces,
    chinese_subjects,
    foreign_people,
    foreign_places,
    foreign_subjects,
    glossed_names,
    latin_people,
    listed_people,
    listed_places,
    people_with_life_dates,
    places_after_verbs,
    regnal_names,
    short_foreign_subjects,
    transliterated_name_shape,
    transliteration_characters,
    transliteration_words,
    without_plain_latin_bodies,
)


def _has_cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _is_katakana(ch: str) -> bool:
    return "\u30a0" <= ch <= "\u30ff" or "\uff66" <= ch <= "\uff9d"


def _is_hiragana(ch: str) -> bool:
    return "\u3040" <= ch <= "\u309f"


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


@lru_cache(maxsize=1)
def _cjk_gazetteer() -> dict[str, GazetteerEntry]:
    """The kept gazetteer's CJK names, then the Chinese/Japanese names of large cities and regions from the
    generated place list (大阪市, 昆士兰), less the few that are also ordinary words or given names."""
    table = {form: entry for form, entry in names().items() if _has_cjk(form)}
    for line in name_lists.PLACES.strip().splitlines():
        english, _, aliases = line.partition("|")
        for alias in aliases.split(";"):
            if alias and alias not in _AMBIGUOUS_PLACE_NAMES:
                for form in (alias, to_traditional(alias)):
                    table.setdefault(form, GazetteerEntry(FactKind.PLACE, english))
    return table


# A model after a brand (华为Mate70, 小米YU7, 小米17系列); a bare number after a company is usually a date (台积电3日).
_MODEL_NUMBER = re.compile(r"[A-Za-z]{1,6} ?\d|\d{1,3} ?(?:系列|Pro|Ultra|Max|Plus|手机|手機|代)")
_TIME_ZONE_WORDS = ("时间", "時間", "標準時", "标准时")
# A place name followed by these names a language or a people (日本語, 韩国语, 台湾话, 日本人), not the place.
_LANGUAGE_ENDINGS = ("語", "语", "話", "话", "人")
_PEOPLE_WORDS = ("人民", "人寿", "人壽", "人大")
# City names that are also words or names: 四国 (four countries), 大庆 (a celebration), 中山 (Sun Yat-sen).
_AMBIGUOUS_PLACE_NAMES = frozenset({"四国", "大庆", "大慶", "长治", "長治", "中山", "玉林", "宜春", "九州"})


_CHINA_DIVISION = GazetteerEntry(FactKind.PLACE, "")


@lru_cache(maxsize=1)
def _zh_gazetteer() -> dict[str, GazetteerEntry]:
    """The CJK gazetteer and, for Chinese text only, China's divisions by full and short name (湘潭市, 涟源, 凉山;
    `resources/facts/places_china.txt`), which carry no English gloss."""
    table = dict(_cjk_gazetteer())
    for form, entry in _world_places().items():
        table.setdefault(form, entry)
    for word in lexicon_words("bodies_zh.txt"):
        for form in (word, to_traditional(word)):
            table.setdefault(form, GazetteerEntry(FactKind.ORG, ""))
    for form in china_divisions():
        if form not in _AMBIGUOUS_PLACE_NAMES:
            # 广东省 keeps the gazetteer's entry for 广东, with its English name
            known = table.get(form[:-1]) if form[-1] in _ADMIN_SUFFIX_CHARS else None
            table.setdefault(form, known if known is not None and known.kind is FactKind.PLACE else _CHINA_DIVISION)
    return table


@lru_cache(maxsize=1)
def _world_places() -> dict[str, GazetteerEntry]:
    """Countries, territories and larger cities by their Chinese names in both scripts (阿爾巴尼亞, 紐西蘭;
    `resources/facts/places_zh_world.txt`, from CLDR), with their English names."""
    table: dict[str, GazetteerEntry] = {}
    for line in lexicon_lines("places_zh_world.txt"):
        english, _, forms = line.partition("|")
        for form in forms.split(";"):
            for variant in (form, to_traditional(form)):
                if variant and variant not in _AMBIGUOUS_PLACE_NAMES:
                    table.setdefault(variant, GazetteerEntry(FactKind.PLACE, english))
    return table


@lru_cache(maxsize=2)
def _gazetteer_pattern(chinese: bool = False) -> re.Pattern[str]:
    return re.compile(trie_pattern(_zh_gazetteer() if chinese else _cjk_gazetteer()))


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, longest first, shaped as a trie: a flat alternation of
    thousands of names is tried name by name at every character, the trie one character at a time."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    # The regex engine tries a node's branches one after another: thousands of first characters would be tried
    # at every position, so they are split into a few groups, each behind a look-ahead for its first characters,
    # and each group again until a few characters are left, so a position costs a few look-aheads per level; one
    # look-ahead for all of them lets the engine pass over the other positions at once.
    def dispatch(firsts: list[str]) -> str:
        if len(firsts) <= _TRIE_FAN:
            return "|".join(re.escape(ch) + build(root[ch]) for ch in firsts)
        size = -(-len(firsts) // _TRIE_FAN)
        groups = [firsts[at : at + size] for at in range(0, len(firsts), size)]
        return "|".join(f"(?=[{''.join(re.escape(ch) for ch in group)}])(?:{dispatch(group)})" for group in groups)

    firsts = sorted(ch for ch in root if ch)
    if len(firsts) <= 16:
        return build(root)
    return f"(?=[{''.join(re.escape(ch) for ch in firsts)}])(?:{dispatch(firsts)})"


_TRIE_FAN = 6
"""Groups per level of a trie pattern's first characters (the fastest on news text of a handful tried)."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _variants(words: str) -> list[str]:
    items = words.split()
    return sorted({*items, *(to_traditional(item) for item in items)}, key=len, reverse=True)


# Endings that make the words before them an organisation's name.
# Suffixes that name one body by themselves (国家统计局, 海关): the words before them may be a country or 国家.
_SPECIFIC_SUFFIXES_TEXT = (
    "统计局 邮政局 税务局 气象局 公安局 教育局 民航局 能源局 药监局 知识产权局 铁路局 海关 外汇管理局"
)
_SPECIFIC_SUFFIXES = frozenset(_variants(_SPECIFIC_SUFFIXES_TEXT))
_ORG_SUFFIXES_ZH = _variants(
    "股份有限公司 有限责任公司 有限公司 公司 集团 控股 银行 证券 委员会 交易所 协会 基金会 研究院 研究所 大学 学院 "
    "医院 法院 检察院 办公室 管理局 总局 监管局 事务局 通讯社 日报 晚报 电视台 联合会 商会 工会 联盟 基金 党 "
    "书院 中学 小学 学校 " + _SPECIFIC_SUFFIXES_TEXT + " "
    "科技 传媒 汽车 电子 航空 保险 资本 "
    # Public bodies: 交通部, 重庆市气象台, 廉政公署, 公安厅, 卫健委, 事务所, 主计总处, 区议会 (guarded below).
    "部 局 署 院 厅 委 气象台 天文台 电台 俱乐部 事务所 派出所 分行 支行 总处 管理处 办事处 警务处 入境处 议会 "
    "理事会 机构 组织 中心 "
    # Missions abroad: 美国驻华大使馆, 日本驻上海总领事馆
    "大使馆 总领事馆 领事馆 代表处 "
    # Learned societies and think tanks (布鲁金斯学会, 中国化学学会; not the verb 学会了)
    "学会 研究会 "
    # Industry endings of company names (李长荣化工, 长荣钢铁), weak like 科技 (guarded below)
    "化工 钢铁 海运 航运 仓储 石化"
)
# Single-character endings of public bodies, and the ordinary words they end (内部, 结局, 部署, 住院, 餐厅, 常委):
# a body's name needs at least two characters before the ending and must not end in one of these words.
_BODY_ENDINGS = frozenset(_variants("部 局 署 院 厅 委"))
_NOT_BODY_WORDS = frozenset(
    _variants(
        "内部 外部 全部 局部 北部 南部 东部 西部 中部 总部 干部 本部 头部 腹部 胸部 背部 面部 脑部 底部 顶部 上部 下部 "
        "一部 这部 那部 每部 该部 各部 大部 细部 肺部 颈部 腰部 足部 腿部 手部 口部 胃部 肝部 脸部 眼部 耳部 鼻部 尾部 "
        "首部 前部 后部 结局 格局 当局 布局 僵局 开局 出局 饭局 邮局 赌局 时局 政局 定局 终局 危局 骗局 棋局 牌局 新局 "
        "变局 破局 残局 乱局 大局 全局 本局 该局 各局 战局 部署 签署 该署 本署 住院 出院 入院 庭院 寺院 合院 大院 "
        "小院 后院 前院 宅院 戏院 剧院 本院 该院 两院 全院 各院 餐厅 客厅 大厅 门厅 展厅 舞厅 歌厅 啡厅 宴厅 饭厅 "
        "前厅 该厅 本厅 乐厅 常委 主委 编委 评委 该委 本委 各委"
    )
)
# Bodies whose name ends in one of those words (国土安全部 holds 全部, 国家安全局 全局).
_BODIES_OVER_WORDS = frozenset(_variants("安全部 安全局 安全署"))
# "Agency" and "organisation" name a body only after an international scope (国际能源机构, 世界卫生组织).
_AGENCY_WORDS = frozenset(_variants("机构 组织"))
_LEARNED = frozenset(_variants("学会"))
_INTERNATIONAL_START = re.compile("|".join(_variants("国际 世界 联合国 全球 欧洲 亚洲 非洲 美洲 亚太")))
# Second characters of words that start with 党 (党委书记, 党内警告, 党政纪处分, 党员): no party is named.
_ORDINAL_START = re.compile("第[一二三四五六七八九十百千0-9]")
_PARTY_WORD_NEXT = frozenset(_variants("委 内 政 纪 员 组 风 性 建 务 籍 校 章 史 费 报 旗 徽 中央"))
# Endings of a description before a company suffix: 全资子公司, 控股子公司, 其中上市公司 name no company; nor does
# a body "concerned" (中国大陆有关研究所, 其他银行).
_DESCRIPTION_ENDINGS = tuple(_variants("子 上市 有关 相关 其他 其它"))
_NOT_AFTER_BODY = frozenset(_variants("分 门 长 署 位 队 件 落 面 员 托 屈 任 婉 派 靡 子 士 势 限 里"))
# Commercial endings that also end descriptions (小米新款电动汽车, 董事会核准资本): only after a short name.
_PRONOUNS = "他她我你们們它您"
# Less common family names that are also ordinary characters (蓝, 华, 常): trusted only right after a title.
_TITLE_ONLY_SURNAMES = frozenset(
    "蓝欧甘牛包左岑谷管单康解尤车米连浦丰巫乐符蒙房艾鲁池毕麦游温易常季章景宁柏卜桂盛古商查华骆吉伏穆萧焦关邝区麻钮"
    "凤雍储谌闻藍歐車連豐樂魯寧華蕭區鳳儲聞"
)
# Verbs that often stand right before a body's name (批评交通部, 根据国家统计局): the name starts after them.
_VERBS_BEFORE_BODY = _variants(
    "批评 指责 称赞 感谢 呼吁 要求 敦促 督促 支持 反对 根据 通过 会同 包括 召集 邀请 起诉 致函 致信 前往 来到 "
    "访问 会见 组建 成立 设立 撤销 改组 隶属 授权 委托 报告 提交 通报 批准 牵头 配合 协助 出席 参加 加入 离开 "
    "得到 获得 取得 成为 作为 建立 创建 创办 创立 宣布 提供 进行 计划 决定 同意 希望 属于 包括 涉及 推出 使用 "
    "担任 出任 就任 领导 资助 捐赠 捐助 起诉 控告 收购 投资 "
    "源自 来自 出自 喻示 象征 寓意 标志着 表明 意味着 告诉 通知 面向 针对 关于 对于 为了 拥有 持有 入股 退出 "
    "状告 并购 接管 接手 离职 辞职 加盟 任职 供职 就职 入职 签约 导致 开展 投到 投入 "
    "向 分属 隶属 归属 所属 "
    # replacing one body by another (以取代美国广播理事会)
    "取代 替代 代替 接替 顶替 替换"
)
_WEAK_SUFFIXES = frozenset(_variants("科技 传媒 汽车 电子 航空 保险 资本 化工 钢铁 海运 航运 仓储 石化"))
# 中心 names a body only with a word of what it does (联合台风警报中心, 安全政策研究中心, 疾病控制中心); 市中心,
# 购物中心 and 数据中心 are places and things.
_CENTRE = frozenset(_variants("中心"))
_CENTRE_WORDS = re.compile(
    "|".join(
        _variants(
            "研究 警报 预报 控制 预防 监测 指挥 协调 政策 疾病 人权 气象 台风 飓风 地震 新闻 援助 救援 反恐 情报 "
            "战略 法律 调解 仲裁 卫生 发展 评估 民意 调查"
        )
    )
)
# Endings of a body inside a known one: 国务院新闻办公室 is the office, not the State Council.
_SUB_BODY_SUFFIXES = frozenset(
    _variants("办公室 委员会 管理局 总局 事务局 部 局 署 司 处 总处 研究院 研究所 中心 学院 理事会")
)
_ORG_SUFFIXES_JA = [
    "製鉄",
    "製薬",
    "電力",
    "鉄道",
    "航空",
    "建設",
    "不動産",
    "海運",
    "化学",
    "重工業",
    "重工",
    "精機",
    "電工",
    "生命",
    "損保",
    "信託",
    "フィナンシャルグループ",
    "株式会社",
    "ホールディングス",
    "グループ",
    "銀行",
    "証券",
    "商事",
    "物産",
    "製作所",
    "工業",
    "電機",
    "自動車",
    "党",
    "新聞社",
    "新聞",
    "通信社",
    "放送",
    "大学",
    "委員会",
    "取引所",
    "協会",
    "財団",
    "研究所",
    "省",
    "庁",
    "機構",
    # co-operatives, public health centres and schools named after their place (大垣食肉供給センター協同組合,
    # 岐阜県西濃保健所, 茨城県立佐竹高等学校)
    "協同組合",
    "保健所",
    "高等学校",
    "中学校",
    "小学校",
    "会社",
    "社",
    # Chinese companies as Japanese news writes them (東風汽車, 遼寧衡業集団, 騰訊控股)
    "汽車",
    "集団",
    "控股",
    "有限公司",
    "公司",
    # missions abroad (日本総領事館, 在日米国大使館)
    "総領事館",
    "領事館",
    "大使館",
]
_ORG_PREFIXES_JA = ["株式会社", "有限会社"]
_JA_MINISTRY_SUFFIXES = frozenset({"省", "庁", "機構", "委員会"})
_TITLE_WORD_GOES_ON = frozenset("権団村職室")
# Endings that make a common noun from common nouns before them (製紙会社, 音楽グループ, 出版社, 中道政党).
_JA_GENERIC_HEADS = frozenset(
    {"会社", "社", "グループ", "政党", "建設", "鉄道", "航空", "放送", "不動産", "工業", "新聞", "自動車", "電力"}
)
_JA_GENERIC = frozenset({"同", "各", "両", "当", "本", "他", "関係", "政府", "所管", "監督"})
# 子会社, 親会社, 関連会社: a company's relation, not its name.
_JA_RELATION_ENDINGS = ("子", "親", "関連", "系列", "持株", "持ち株")
# Descriptive words before a company ending: 電気自動車 is an electric car, 大手銀行 a big bank.
_JA_DESCRIPTIVE = frozenset(
    _variants(
        "電気 次世代 国産 外国 外資 中古 新型 軽 大型 小型 高級 大手 中堅 地方 地銀 ネット 外国為替 旅客 貨物 "
        "民間 国内 海外 主要 日系 米系 欧州系 水素 燃料電池 自動運転 石油 総合 投資 商業 都市 全国 国際 国有 "
        "民営 新興 老舗"
    )
)
# Quantities before a kind of body (很多公司, 首家电影公司, 巨额银行存款): no name follows them.
_QUANTITY_WORDS = "很多 许多 首家 巨额 大量 一些 这些 那些 所有 部分 几家 数家 不少 众多 各种 各类 大批 少数 多数"
# Generic words before a suffix that make a common noun, not a name ("该公司", "科技公司", "同社").
_GENERIC = frozenset(
    _variants(
        "该 这 那 这家 那家 一家 多家 各 母 子 分 上市 科技 互联网 外国 外资 国有 民营 跨国 大型 小型 中小 本 其 两 几 "
        "执政 反对 在野 政 联合 主要 各大 两大 地区 区域 驻地 "
        "多 此 某 每 新 老 总 该家 同 当地 地方 全国 国家 国内 海外 中资 美资 港资 投资 金融 证券 保险 技术 网络 "
        "电子 汽车 航空 能源 媒体 传媒 电信 基金 控股 集团 公司 银行 私营 民间 中央 省 市 县 政府 监管 有关 相关 "
        "律师 会计师 基金会 委员会 理事会 董事会 协会 联合会 "
        "该行 本行 旗下 平台 企业 机构 部门 管理 商业 国际 全球 世界 亚洲 欧洲 主要 重要 知名 著名 大 小 前 后 "
        "同社 当社 弊社 本社 自社 他社 各社 親会社 子会社 会社 持ち 全 両 " + _QUANTITY_WORDS
    )
)
# Only these are cut from the front of a name-part: 该公司 / 这家银行 / 各银行 are no names, but 小鹏汽车 is.
_GENERIC_PREFIXES = sorted(
    _variants(
        "该 这 那 这家 那家 一家 多家 各 其 本 此 某 每 该家 旗下 同 当地 上市 国有 民营 外资 中资 "
        "另外 此外 其中 同时 以及 " + _QUANTITY_WORDS
    ),
    key=len,
    reverse=True,
)
# Function characters that end a name when walking left from a suffix (为, 以, 都, 可, 能 are left out: 华为,
# 以色列, 成都, 可口可乐, 能源 are names).
_STOP_ZH = frozenset(
    "的了在和与及是由对向将被把从等据称说让使给于而并或但也就还又已曾会要这那其该此各每某"
    "與對將從據稱說讓給於並還這"
    "、，。；：！？“”‘’「」『』（）()《》〈〉【】 \n\t\r,.;:!?\"'"
)
# 等 is "and so on" except in 高等/中等/初等 (高等法院).
_STOP_EXCEPTIONS = frozenset(
    {"高等", "中等", "初等", "平等", "自由"}
    | set(_variants("议会 法会 事会 员会 协会 商会 工会 学会 合会 金会 社会 会计"))
)
_TITLES_ZH = _variants(
    "国家主席 总统 主席 总理 首相 总书记 国务卿 部长 外长 副总统 副总理 发言人 董事长 总裁 首席执行官 行政总裁 创始人 "
    "联合创始人 行长 主任 局长 市长 省长 州长 议员 大使 教授 博士 分析师 经济学家 法官 国王 女王 王子 首席经济学家 "
    "总经理 执行董事 董事 秘书长 委员长 特首 行政长官 财长 防长 央行行长 院长 行政院长 立法院长 总干事 主委 署长 "
    "书记 市委书记 省委书记 州长 副主席 副总裁 主持人 导演 演员 歌手 教练 球员 选手 队长 "
    "司长 区长 处长 厅长 县长 镇长 村长 校长 社长 会长 总监 署长 关长 警务处长 立法会议员 "
    # Occupations stand before a name the same way (美国企业家吉米·威尔斯, 清朝政治家林则徐).
    "政治家 企业家 作家 科学家 艺术家 音乐家 画家 诗人 哲学家 历史学家 数学家 物理学家 化学家 工程师 律师 记者 "
    "编辑 主编 总编辑 研究员 学者 将军 皇帝 创办人 发明家 投资人 慈善家 活动家 思想家 革命家 外交家 程序员 设计师 "
    "CEO CFO COO CTO 负责人 首席财务官 首席技术官 首席运营官 "
    # Ranks, nobility and offices of history and foreign news (总督林则徐, 女皇叶卡捷琳娜, 法老图特摩斯三世).
    "总督 女皇 法老 骑士 勋爵 公爵 伯爵 爵士 上校 中校 少校 上将 中将 少将 元帅 司令 总司令 参议员 众议员 议长 "
    "大法官 检察官 检察长 作曲家 主播 "
    # Leaders of a party, a group or a team (共和党领袖麦康奈尔, 成员单位组长吴为民)
    "领袖 领导人 党魁 首脑 组长 团长 主帅 主管 "
    # A party's member stands before the name as a title does (共和党人布什, 民主党人).
    "党人 "
    # Family and close relations name the person right after them (儿子安德烈, 妻子爱丽丝, 侄子李四).
    "妻子 丈夫 儿子 女儿 兄弟 姐姐 妹妹 哥哥 弟弟 父亲 母亲 祖父 祖母 孙子 孙女 侄子 侄女 未婚妻 未婚夫 遗孀"
)
# People named by what they are in the story (用户李明, 志愿者王芳, 作者李四写道): weaker than a title, so the
# name must end where a function word or punctuation starts.
_ROLES_ZH = _variants(
    "用户 网民 网友 居民 市民 村民 学生 志愿者 员工 工人 医生 护士 老师 教师 司机 农民 游客 选民 患者 嫌疑人 "
    "犯罪嫌疑人 维基人 编者 撰稿人 作者 译者 摄影师 评论员 管理员 版主 成员 会员 爆料人 举报人 告密者 证人 原告 被告 "
    "当事人 受害者 幸存者 目击者 候选人 专家 人士 官员"
)
# What a founder or author does, after their name at the start of a clause (由王五创建, 李四于2001年创办): like a verb
# of saying, it makes the name before it a person's.
_DEEDS_ZH = [
    *_variants("创建 创办 创立 发起 提出 撰写 编写 设计 发明 共同创办 共同发起"),
    *(f"于{digit}" for digit in "0123456789一二三四五六七八九"),
]
_TITLE_PREFIXES_ZH = frozenset(_variants("副 前 原 代 老 已故"))
_AFTER_TITLES_ZH = _variants(
    "先生 女士 总统 主席 总理 首相 教授 博士 部长 大使 议员 "
    # offices news writes after the name as well (王毅外长, 李明市长, 张华董事长)
    "外长 财长 防长 国务卿 省长 市长 州长 县长 院长 校长 局长 董事长 总裁 行长 委员长 总经理 总书记 主任委员"
)
_SPEECH_ZH = _variants("表示 说 称 指出 认为 透露 告诉 强调 宣布 介绍 坦言 补充")
_STRONG_TITLES_JA = frozenset(
    _variants(
        "首相 大統領 社長 会長 知事 市長 議員 氏 さん 容疑者 被告 総裁 財務官 長官 大臣 選手 監督 主席 外相 財務相"
    )
)
# "ヤンキース戦" is a game against a team; "対ヤンキース" a game versus one.
_JA_OPPONENT = re.compile(
    "(?<![\u30a1-\u30fa\u30fc])([\u30a1-\u30fa\u30fc]{3,12})(?=戦)|(?<=対)([\u30a1-\u30fa\u30fc]{3,12})"
)
_JA_NOT_OPPONENTS = _words(
    "リーグ トーナメント シリーズ オープン ホーム アウェー アウェイ プレーオフ ナイター デー サバイバル ゲリラ "
    "バトル ワールドシリーズ タイトル チーム カード シーズン ラウンド ステージ グループ ブロック ワイルドカード "
    "ファイナル セミファイナル"
)
# A clause's subject followed, in the same sentence, by a verb of saying: 田中一郎は「…」と述べた.
_JA_SPEAKER = re.compile(
    "(?:^|(?<=[。、「」『』（）\\s]))([\u4e00-\u9fff々]{3,5})(?:は|が)(?=[^。\n]{0,120}?"
    "(?:述べ|語っ|語る|話し|話す|強調し|説明し|明らかにし|指摘し|述べる))"
)
_JA_NOT_IN_NAMES = tuple(_variants("会社 社 政府 自動車 銀行 証券 委員 大臣 長官 代表 同 各 副 前 元"))
_TITLES_JA = [
    "財務官",
    "大臣",
    "さん",
    "氏",
    "様",
    "首相",
    "大統領",
    "社長",
    "会長",
    "副社長",
    "容疑者",
    "被告",
    "教授",
    "議員",
    "知事",
    "市長",
    "外相",
    "財務相",
    "長官",
    "総裁",
    "国家主席",
    "主席",
    "首席",
    "CEO",
    "最高経営責任者",
    "代表",
    "理事長",
    "監督",
    "選手",
    "書記長",
    "党首",
    "代表取締役",
    *_words(
        "船長 機長 艦長 中将 大将 少将 大佐 中佐 少佐 元帥 提督 司令官 大使 事務総長 アナウンサー 投手 捕手 内野手 "
        "外野手 騎手 棋士 横綱 大関 力士 女史 先生 夫人"
    ),
]
_NAME_BLACKLIST = frozenset(
    _variants(
        "马上 高度 王国 周年 黄金 金融 金额 于是 方面 方式 白天 石油 高于 高达 程度 史上 许多 林业 向来 万人 钱包 严重 "
        "龙头 江苏 孙子 毛利 高层 高管 高位 任何 任务 任职 何时 何况 周期 周边 周末 周围 金钱 田园 安全 宋体 "
        "同社 同氏 両氏 各氏 前 元 現 新 米 中 英 日 韓 独 仏 露 同 両"
    )
)
_DOTS_ZH = "·・•‧"
_FULL_STOP_DOTS = ".．"


@lru_cache(maxsize=1)
def _any_dot() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Middle dots, and full stops between two transliteration characters (numbers hold many full stops)."""
    chars = re.escape("".join(sorted(transliteration_characters())))
    full_stop = re.compile(f"[{chars}][{re.escape(_FULL_STOP_DOTS)}](?=[{chars}])")
    return re.compile(f"[{re.escape(_DOTS_ZH)}]"), full_stop


_EDITION_ENDS = frozenset("文语語版")
_EDITION_PREFIXES = sorted(
    _variants("中文版 英文版 日文版 中文 英文 日文 英语 英語 日语 日語 法文 德文 俄文 韩文 韓国語 英語版 日本語版"),
    key=len,
    reverse=True,
)


_PLACE_SUFFIXES = frozenset("省市县縣区區州府県都")
_NOT_PLACE_SUFFIXES = frozenset(
    _variants("市场 市值 市民 市面 市长 区域 区别 区间 州长 府の 都市 都是 都有 都在 都会 都將 都将 省份")
)


# Runs of Latin words (with inner spaces, dots, ampersands) between CJK text.
_LATIN_WORDS = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*)*(?![A-Za-z0-9])")


_ADMIN_SUFFIX_CHARS = frozenset("省市县縣区區州県町村镇鎮乡鄉")
# Divisions Japanese writes after a foreign name in katakana (テキサス州, マニラ市, ヘルマンド州).
_KATAKANA_DIVISIONS = frozenset("州市省")
_ADMIN_BOUNDARY = _ADMIN_SUFFIX_CHARS | frozenset("道都府")
_ADMIN_SUFFIX = re.compile("自治区|自治區|自治州|自治县|新区|新區|特别行政区|[省市县縣区區州県町村镇鎮乡鄉]")
# Common words that end in an administrative suffix without naming a place.
_NOT_ADMIN = frozenset(
    _variants(
        "上市 股市 城市 超市 都市 夜市 楼市 车市 门市 开市 收市 休市 退市 面市 闭市 本市 该市 全市 同市 各市 "
        "各省 全省 本省 外省 该省 同省 地区 社区 小区 园区 景区 城区 市区 郊区 辖区 片区 战区 山区 灾区 欧元区 "
        "自贸区 时区 误区 专区 分区 禁区 盲区 雷区 街区 湾区 展区 校区 矿区 牧区 老区 特区 本区 该区 全区 "
        "全县 该县 本县 各县 乡镇 城镇 小镇 重镇 农村 乡村 山村 渔村 本州 各州 全州 该州 同州 同県 同町 同村 "
        "全国 各国 市町村 都道府県 町村 区市 政府 区县 县市 省市 入市 救市 托市 护市 出市 进市 造市 砸市 稳市 "
        # 乡 is also home and the countryside; 村 after a verb is a village's doing (灭村, 进村)
        "家乡 故乡 城乡 下乡 回乡 老乡 他乡 异乡 同乡 本乡 水乡 梦乡 思乡 返乡 离乡 全乡 该乡 各乡 原乡 "
        "灭村 进村 入村 出村 回村 驻村 包村 并村 建村 屠村 全村 该村 本村 各村"
    )
)
_ADMIN_NOT_FOLLOWED = frozenset("场場值民长長委政内外域别別间間级級面议議村亲親愁土音")
# In Japanese 和, 在 and the like start place names (和歌山県): only determiners are generic there.
_JA_GENERIC_START = tuple("同各全本当両他該")
_JA_SHA_WORDS = frozenset("支商入出弊貴自御退帰来神結")
_TITLE_PREFIXES_JA = frozenset("准副元前故名誉")
_GENERIC_START = tuple(_variants("该 这 那 本 各 全 同 每 此 其 某 多 几 两 一 在 到 从 于 对 向 与 和 及 或"))


def _starts_generic(stem: str) -> bool:
    return stem.startswith(_GENERIC_START)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "org_zh": re.compile(f"(?:{_alternation(_ORG_SUFFIXES_ZH)})"),
        "org_ja": re.compile(f"(?:{_alternation(_ORG_SUFFIXES_JA)})"),
        "org_prefix_ja": re.compile(
            f"(?:{_alternation(_ORG_PREFIXES_JA)})([\u30a0-\u30ff\u4e00-\u9fffA-Za-z・＆&]{{2,12}})"
        ),
        "title_zh": re.compile(f"(?:{_alternation(_TITLES_ZH)})"),
        "role_zh": re.compile(f"(?:{_alternation(_ROLES_ZH)})"),
        "after_zh": re.compile(f"(?:{_alternation(_AFTER_TITLES_ZH + _SPEECH_ZH + _DEEDS_ZH)})"),
        "title_ja": re.compile(f"(?:{_alternation(_TITLES_JA)})"),
        "dot_name": re.compile("[\u4e00-\u9fff]{1,6}[·・•‧][\u4e00-\u9fff]{1,6}(?:[·・•‧][\u4e00-\u9fff]{1,6})?"),
        "kata_dot_name": re.compile("[\u30a1-\u30fa\u30fc]{2,10}(?:[・=＝][\u30a1-\u30fa\u30fc]{2,10})+"),
    }


class CjkRecognizer:
    """Rule-based Chinese/Japanese entity finder."""

    def __init__(self) -> None:
        self._japanese = JapaneseNames()

    def find(self, text: str, lang: str) -> list[Mention]:
        japanese = lang == "ja"
        found: list[Mention] = []
        morphology = japanese and japanese_morphology.available()
        found.extend(self._gazetteer(text, chinese=not japanese))
        found.extend(self._latin(text))
        found.extend(self._editions(text, found))
        people: dict[int, int] = {}
        hidden: list[tuple[int, int]] = []
        if morphology:
            sudachi, hidden = self._japanese.find_with_hidden(text)
            found.extend(sudachi)  # before the suffix rules: on equal spans Sudachi's reading wins
            people = {item.start: item.end for item in sudachi if item.kind is FactKind.PERSON}
        for item in self._organisations(text, japanese):
            if item.start in people and item.end > people[item.start]:
                # 福岡浩准防災研究所教授: a suffix rule's run that starts with a person Sudachi read holds her
                # title; the body, if any, starts after the name and its prefix (准, 副, 元).
                start = people[item.start]
                while start < item.end and text[start] in _TITLE_PREFIXES_JA:
                    start += 1
                if item.end - start < 3 or text.startswith(tuple(_TITLES_JA), start):
                    continue
                item = Mention(start, item.end, item.kind, item.name)
            found.append(item)
        found.extend(_news_agencies(text) if not japanese else _japanese_news_agencies(text))
        found.extend(self._people(text, japanese, morphology))
        found.extend(self._places(text, japanese))
        if not japanese:
            found.extend(_facilities(text))
            found.extend(_stakeholders(text))
            found.extend(_described_people(text))
        if not japanese:
            found.extend(foreign_people(text, _known_kind))
            found.extend(foreign_places(text, _known_kind))
            found.extend(foreign_subjects(text, _known_kind))
            found.extend(regnal_names(text, _known_kind))
            found.extend(armed_forces(text, _known_kind))
            found.extend(listed_places(text, _known_kind))
            found.extend(places_after_verbs(text, _known_kind))
            found.extend(people_with_life_dates(text, _known_kind))
            found.extend(chinese_subjects(text, _known_kind, _common_surnames(), _plausible_subject))
            found.extend(short_foreign_subjects(text, _known_kind, transliteration_words().__contains__))
            glosses = glossed_names(text, found, _known_kind)
            found = latin_people(text, _known_kind, glosses) + glosses + found  # first: they win on an equal span
        if japanese:
            found = [_japanese_reading(text, item) for item in found]
            if morphology and hidden:
                found = _not_hidden_places(found, hidden)
        if japanese:
            found = _without_quoted_products(text, found)
        chosen = _without_overlaps(found)
        extra = _parenthesised_aliases(text, chosen) + _governments(text, chosen)
        if japanese:
            extra += _listed_katakana_companies(text, chosen)
        if extra:
            chosen = _without_overlaps(chosen + extra)
        if not japanese:
            chosen = without_plain_latin_bodies(text, chosen)
            listed = listed_people(text, chosen, _name_shaped)
            if listed:
                chosen = _without_overlaps(chosen + listed)
        # A later short form of a name found here (威尔士 after 吉米·威尔士) wins over a same-length gazetteer guess.
        return _without_overlaps(_alias_mentions(text, chosen, morphology) + chosen)

    def _places(self, text: str, japanese: bool) -> list[Mention]:
        """Administrative names the gazetteer lacks: 义乌市, 雄安新区, 千葉県, 渋谷区 (two to four characters)."""
        mentions = []
        for match in _ADMIN_SUFFIX.finditer(text):
            suffix_at = match.start()
            word = text[suffix_at - 1 : match.end()] if suffix_at else ""
            if word in _NOT_ADMIN or text[match.end() : match.end() + 1] in _ADMIN_NOT_FOLLOWED:
                continue
            katakana_before = _is_katakana(text[suffix_at - 1 : suffix_at] or "a")
            if japanese and match.group() in _KATAKANA_DIVISIONS and katakana_before:
                start = suffix_at
                while start > 0 and suffix_at - start < 14 and _is_katakana(text[start - 1]):
                    start -= 1
                if suffix_at - start >= 2 and text[start - 1 : start] != "・":
                    mentions.append(Mention(start, match.end(), FactKind.PLACE))  # アンドラプラデシュ州, マニラ市
                continue
            start = suffix_at
            while (
                start > 0
                and suffix_at - start < 4
                and _is_han(text[start - 1])
                and text[start - 1] not in (_STOP_ZH if not japanese else "")
            ):
                if text[start - 1] in _ADMIN_BOUNDARY and start < suffix_at:
                    break  # 浙江省义乌市: the city starts after the province
                start -= 1
            stem = text[start:suffix_at]
            generic_start = stem.startswith(_JA_GENERIC_START) if japanese else _starts_generic(stem)
            if len(stem) < 2 or stem in _GENERIC or stem in _NAME_BLACKLIST or generic_start:
                continue
            if japanese and start > 0 and _is_han(text[start - 1]) and text[start - 1] not in _ADMIN_BOUNDARY:
                continue  # the kanji run goes on: not a clean name
            if japanese and match.group() == "省" and not _place_name(stem):
                continue  # 国防省, 外務省: a ministry; 広東省 is a province the gazetteer knows
            place_start: int | None = start if japanese else _chinese_admin_start(text, start, stem, match)
            if place_start is not None:
                mentions.append(Mention(place_start, match.end(), FactKind.PLACE))
        return mentions

    def _editions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A language edition of a known organisation is one in its own right: 中文维基百科, 英語版Wikipedia."""
        result = []
        for mention in mentions:
            if mention.kind is not FactKind.ORG or text[mention.start - 1 : mention.start] not in _EDITION_ENDS:
                continue
            for prefix in _EDITION_PREFIXES:
                start = mention.start - len(prefix)
                if start >= 0 and text.startswith(prefix, start):
                    result.append(Mention(start, mention.end, FactKind.ORG))
                    break
        return result

    def _latin(self, text: str) -> list[Mention]:
        """Names written in Latin letters inside Chinese or Japanese text (TikTok, Apple, WeChat)."""
        table = names()
        mentions = []
        for match in _LATIN_WORDS.finditer(text):
            word = match.group().rstrip(".'’-")
            entry = table.get(word)
            if entry is not None and len(word) >= 2:
                mentions.append(Mention(match.start(), match.start() + len(word), entry.kind, entry.name))
                continue
            end = match.start() + len(word)
            kind = (
                None
                if _in_gloss(text, match.start(), word) or _latin_not_a_name(text, match.start(), end)
                else _latin_name_kind(word)
            )
            if kind is None and _ACRONYM.fullmatch(word) and _acronym_of_body(text, match.start(), end, word):
                kind = FactKind.ORG
            if kind is not None:
                mentions.append(Mention(match.start(), match.start() + len(word), kind))
        return mentions

    def _gazetteer(self, text: str, chinese: bool = False) -> list[Mention]:
        table = _zh_gazetteer() if chinese else _cjk_gazetteer()
        mentions = []
        for match in _gazetteer_pattern(chinese).finditer(text):
            start, end = match.span()
            word = match.group()
            if table[word] is _CHINA_DIVISION and not _division_fits(text, start, end, word):
                continue
            if chinese and _inside_transliteration(text, start, end, word):
                continue  # 利马 in 利马索尔: a world name inside a longer transliterated one
            if word[-1] == "地" and text[end : end + 1] in "区區":
                continue  # 海地 in 沿海地区: 地区 is "region"
            # A katakana name inside a longer katakana word is a different word (タイ in タイプ).
            if _is_katakana(word[0]) and start > 0 and _is_katakana(text[start - 1]):
                continue
            if _is_katakana(word[-1]) and end < len(text) and _is_katakana(text[end]):
                continue
            entry = table[word]
            if (
                entry.kind is FactKind.PLACE
                and text.startswith(_LANGUAGE_ENDINGS, end)
                and not text.startswith(_PEOPLE_WORDS, end)
            ):
                continue  # 日本語 is the language
            if entry.kind is FactKind.PLACE and text.startswith(_TIME_ZONE_WORDS, end):
                continue  # 日本時間, 北京时间: a clock's time zone, not a mention of the place
            if entry.kind is FactKind.ORG and _MODEL_NUMBER.match(text, end):
                continue  # 小米17, 华为Mate60: a product's model name, not the company
            if (
                entry.kind is FactKind.PLACE
                and end < len(text)
                and text[end] in _PLACE_SUFFIXES
                and word[-1] not in _ADMIN_SUFFIX_CHARS  # 高雄市府 is the city's government
                and (entry is not _CHINA_DIVISION or word + text[end] in table)
                and not (end + 1 < len(text) and text[end : end + 2] in _NOT_PLACE_SUFFIXES)
            ):
                end += 1  # 广东省, 深圳市, 大阪府
            if text[end : end + 1] in _SERVICE_FIRST and entry.kind is FactKind.ORG and word[-1] not in _BODY_LAST:
                service = _SERVICE_AFTER.match(text, end)
                if service is not None:
                    mentions.append(Mention(start, service.end(), FactKind.ORG))  # 百度百科, 腾讯视频, 新浪网
                    continue
            mentions.append(Mention(start, end, entry.kind, entry.name or None))
        for match in _PUBLICATION.finditer(text):
            mentions.append(Mention(match.start(1), match.end(1), FactKind.ORG))  # 《自然》杂志
        return mentions

    def _organisations(self, text: str, japanese: bool) -> list[Mention]:
        mentions = []
        pattern = _patterns()["org_ja" if japanese else "org_zh"]
        for match in pattern.finditer(text):
            suffix = match.group()
            if (
                japanese
                and len(suffix) == 1
                and match.end() < len(text)
                and _is_han(text[match.end()])
                and text[match.end()] not in "及並等"
            ):
                continue  # 社長, 省エネ: the character starts another word (国防省及び is the ministry)
            if japanese and suffix == "自動車" and text[match.end() : match.end() + 1] == "道":
                continue  # 山陽自動車道: an expressway
            if japanese and suffix == "放送" and text[match.start() - 1 : match.start()] in ("再", "生"):
                continue  # 再放送, 生放送: a rerun, a live broadcast
            if not japanese and suffix in _LEARNED and (
                text[match.end() : match.end() + 1] in "了过過着著"
                or match.start() - _name_start(text, match.start(), False) < 3
            ):
                continue  # 孩子学会了: the verb "learn"; a society's name has three characters or more before 学会
            if not japanese and suffix in ("党", "黨") and text[match.end() : match.end() + 1] in _PARTY_WORD_NEXT:
                continue  # 党委, 党内, 党政纪: a word of the party's, not a party's name
            if (
                not japanese
                and suffix in _BODY_ENDINGS
                and (
                    (
                        text[match.start() - 1 : match.end()] in _NOT_BODY_WORDS
                        and text[match.start() - 2 : match.end()] not in _BODIES_OVER_WORDS
                    )
                    or text[match.end() : match.end() + 1] in _NOT_AFTER_BODY
                )
            ):
                continue
            scope_start = _name_start(text, match.start(), False)
            if not japanese and suffix in _AGENCY_WORDS and not _INTERNATIONAL_START.match(text, scope_start):
                continue  # 金融机构, 监管机构: a kind of body; 国际能源机构, 世界卫生组织 name one
            if suffix in _CENTRE and (
                match.start() - scope_start < 4 or not _CENTRE_WORDS.search(text, scope_start, match.start())
            ):
                continue
            if japanese and suffix in _JA_MINISTRY_SUFFIXES:
                start = _name_start(text, match.start(), True)
                stem = text[start : match.start()]
                if suffix in ("機構", "委員会") and len(stem) <= 2 and _only_common_nouns(stem):
                    continue  # 金融機構, 監視委員会: a kind of body, not one
                if match.start() - start >= 2 and stem not in _JA_GENERIC and stem[0] not in "同各両当該他":
                    mentions.append(Mention(start, match.end(), FactKind.ORG))  # not 同監視委員会 ("the committee")
                continue
            start = _name_start(text, match.start(), japanese)
            if japanese:
                start = _after_listed_body(text, start, match.start())
            else:
                start = _coordinated_start(text, start, match.start())
            if _known_org_ends(text, start, match.start(), match.end()):
                continue  # 苏·加德纳担任维基媒体基金会: the gazetteer's name, not a run from the clause before
            stem = text[start : match.start()]
            stem_start = start
            lead = _LEADING_DATE.match(stem)
            if lead is not None:  # 1839年為廣州越華書院: the date and the verb before the place are no name
                stem, stem_start = stem[lead.end() :], stem_start + lead.end()
            if stem[:1] in _VERB_BEFORE_PLACE and _place_name_at_start(stem[1:]):  # 任山东大学, 为广州越华书院
                stem, stem_start = stem[1:], stem_start + 1
            if japanese and suffix in ("社", "会社") and _COUNTED.search(stem):
                continue  # 上位10社, 大手3社: a number of companies
            stripped = True
            while stripped:  # 多家上市公司 → 上市 → nothing left but description
                stripped = False
                for prefix in _GENERIC_PREFIXES:
                    if stem.startswith(prefix) and len(stem) > len(prefix):
                        stem, stem_start, stripped = stem[len(prefix) :], stem_start + len(prefix), True
                        break
            if suffix in _SPECIFIC_SUFFIXES and (not stem or stem in _GENERIC or _place_name(stem)):
                mentions.append(Mention(stem_start if stem else match.start(), match.end(), FactKind.ORG))
                continue
            if _place_name(stem) and suffix in _PLACE_NAMED_SUFFIXES:
                mentions.append(Mention(stem_start, match.end(), FactKind.ORG))  # 宁波银行, 北京大学
                continue
            if japanese and suffix in ("会社", "社") and stem.endswith(_JA_RELATION_ENDINGS):
                continue  # 間接子会社: an indirect subsidiary
            if japanese and suffix in _JA_GENERIC_HEADS and _generic_kind(stem, suffix):
                continue  # 製紙会社, 音楽グループ, 中道政党: a kind of company or group, not one
            if japanese and suffix == "社" and stem[-1:] in _JA_SHA_WORDS:
                continue  # 東京支社, 大手商社, 神社, 入社: 社 ends another word (a branch, a trading house, a shrine)
            if japanese and stem[-1:] in _JA_GENERIC_START:
                continue  # 損害保険各社, 大手両社: "each/both companies", not a name
            if not _good_stem(stem, japanese) or (japanese and stem in _JA_DESCRIPTIVE):
                continue
            if not japanese and (stem.endswith(_DESCRIPTION_ENDINGS) or _ORDINAL_START.match(stem)):
                continue  # 全资子公司, 中上市公司, 第一家汽车制造厂: a description or a rank, not a name
            if not japanese:
                cut = max(stem.rfind(ch) for ch in _PRONOUNS) + 1
                for verb in _VERBS_BEFORE_BODY:
                    at = stem.rfind(verb)
                    if at >= 0:
                        cut = max(cut, at + len(verb))
                stem, stem_start = stem[cut:], stem_start + cut  # 他们批评交通部: the name starts after the verb
                if not _good_stem(stem, japanese):
                    continue  # 得到基金会理事会: nothing but a generic body is left
            if not japanese:
                counted = _last_quantity_end(stem)
                if counted:  # 中国一家国营石油公司, 臺灣第二家全服務航空公司: a description after a count
                    stem, stem_start = stem[counted:], stem_start + counted
                    if not _good_stem(stem, japanese):
                        continue
                if suffix in _BODY_ENDINGS and len(stem) > 6:
                    cut = _body_start(stem)  # 八仙樂園國有財產署: the body starts at 国有/国家/中央 or a place
                    stem, stem_start = stem[cut:], stem_start + cut
            body_length = len(_without_leading_places(stem))
            if suffix in _BODY_ENDINGS and (not 2 <= body_length <= 6 or stem[-1] in _PLACE_SUFFIXES):
                continue  # a long run is a clause, not a name; 北京市局 is no name either
            katakana_name = japanese and all(map(_is_katakana, stem))  # ユナイテッド航空: one long word, a name
            if suffix in _WEAK_SUFFIXES and not katakana_name and (len(stem) > 4 or any(ch in "会會" for ch in stem)):
                continue  # 小米新款电动汽车, 董事会核准资本: a description, not a company
            if not japanese:
                tail = _known_org_at_end(stem)
                if tail and not (len(stem) - tail == 1 and stem[0] in _common_surnames()):
                    # 杭州创立阿里巴巴集团: the group's name starts with the company the gazetteer knows (but
                    # 李长荣化工 is named after a person)
                    stem, stem_start = stem[-tail:], stem_start + len(stem) - tail
            if _starts_with_known_org(stem) and suffix not in _SUB_BODY_SUFFIXES:
                continue  # 比亚迪新能源汽车 is BYD's new-energy cars: the gazetteer names BYD
            known = _cjk_gazetteer().get(stem)
            if known is not None and known.kind is FactKind.ORG:
                mentions.append(Mention(stem_start, match.end(), FactKind.ORG, known.name))  # 鴻海集團 → Foxconn
                continue
            if not japanese and (suffix in _COMPANY_ENDINGS or suffix in _WEAK_SUFFIXES) and _only_description(stem):
                continue  # 中国电子商务公司, 国际广播公司, 私人公司: a kind of company, not one
            mentions.append(Mention(stem_start, match.end(), FactKind.ORG))
        if japanese:
            mentions.extend(_japanese_named_forms(text))
            mentions.extend(_katakana_companies(text))
            for match in _JA_OPPONENT.finditer(text):
                group = 1 if match.group(1) else 2
                if match.group(group) not in _JA_NOT_OPPONENTS:
                    mentions.append(Mention(match.start(group), match.end(group), FactKind.ORG))  # ドジャース戦
            for match in _patterns()["org_prefix_ja"].finditer(text):
                mentions.append(Mention(match.start(), match.end(), FactKind.ORG))
        return mentions

    def _people(self, text: str, japanese: bool, morphology: bool = False) -> list[Mention]:
        mentions = []
        patterns = _patterns()
        for match in patterns["kata_dot_name"].finditer(text if not morphology else ""):
            mentions.append(Mention(match.start(), match.end(), FactKind.PERSON))  # Sudachi tells person from org
        if japanese:
            for match in patterns["title_ja"].finditer(text):
                if text[match.end() : match.end() + 1] in _TITLE_WORD_GOES_ON:
                    continue  # 選手権, 代表団, 議員団, 社長室: the title is part of a longer word
                span = _japanese_name_before(text, match.start(), match.group())
                if span is not None:
                    mentions.append(Mention(span[0], span[1], FactKind.PERSON))
            for match in _JA_SPEAKER.finditer(text):
                name = match.group(1)
                if _japanese_full_name(name):
                    mentions.append(Mention(match.start(1), match.end(1), FactKind.PERSON))
            return mentions
        dotted = _transliterated_names(text)
        for match in patterns["title_zh"].finditer(text):
            # A table's label and its cell (董事長:林寶水, 創辦人 | 張榮發) read as a title before the name.
            separated = _TITLE_SEPARATOR.match(text, match.end())
            span = _chinese_name_after(text, separated.end() if separated else match.end())
            if span is not None:
                mentions.append(Mention(span[0], span[1], FactKind.PERSON))
        for match in patterns["role_zh"].finditer(text):
            length = _chinese_given_name_length(text, match.end()) if match.end() < len(text) else 0
            if not length:
                length = _transliterated_name_length(text, match.end())  # 爆料人斯诺登曾举证
            name = text[match.end() : match.end() + length]
            if length and name not in _NAME_BLACKLIST:
                mentions.append(Mention(match.end(), match.end() + length, FactKind.PERSON))
        for match in _LEADER_BODY.finditer(text):
            span = _leader_before(text, match.start())
            if span is not None:
                mentions.append(Mention(span[0], span[1], FactKind.PERSON))  # 里根政府, 刘兆玄内阁
        for match in patterns["after_zh"].finditer(text):
            end = match.start()
            speech = match.group() not in _AFTER_TITLES_ZH
            while not speech and end > 0 and text[end - 1] in _TITLE_PREFIXES_ZH:
                end -= 1  # 刘鹤副总理, 前总统: the prefix belongs to the title
            span = _chinese_name_before(text, end, speech=speech)
            if span is not None:
                mentions.append(Mention(span[0], span[1], FactKind.PERSON))
        return dotted + [mention for mention in mentions if _plausible_chinese_name(text, mention.start, mention.end)]


# Last words of katakana company and service names (ニュース・サービス, ホールディングス).
_KATAKANA_COMPANY_WORDS = sorted(
    _words(
        "サービス ニュース グループ カンパニー コーポレーション ホールディングス インターナショナル ネットワーク "
        "システムズ テクノロジーズ エアラインズ エアウェイズ パートナーズ キャピタル モーターズ エレクトロニクス "
        "コミュニケーションズ ラボラトリーズ エンターテインメント インダストリーズ ファンド バンク ジャパン"
    ),
    key=len,
    reverse=True,
)
# Japanese names told by their form. Each rule: (name, pattern whose group 1 is the name, kind); examples beside.
_JA_FORMS: tuple[tuple[str, re.Pattern[str], FactKind], ...] = (
    # 維新の党, 次世代の党, 生活の党: a party named "the party of X" (not 与党の党首: a word goes on after 党)
    (
        "party of a noun",
        re.compile("(?<![一-鿿ァ-ヺー])([一-鿿ァ-ヺー]{2,4}の党)(?![一-鿿])"),
        FactKind.ORG,
    ),
    # インド・アジアン・ニュース・サービス, ジョンソン・エンド・ジョンソン・グループ: katakana words joined by dots
    # that end in a word of companies and services
    (
        "dotted katakana company",
        re.compile(
            "(?<![ァ-ヺー・])((?:[ァ-ヺー]{2,12}・){1,5}(?:"
            + "|".join(_KATAKANA_COMPANY_WORDS)
            + "))(?![ァ-ヺー])"
        ),
        FactKind.ORG,
    ),
    # 井植歳男(いうえ・としお): a kanji name followed by its reading, family and given name apart
    (
        "name with its reading",
        re.compile("([一-鿿々]{2,6})[(（][ぁ-ゖ]{1,8}[・ 　][ぁ-ゖ]{1,8}[)）]"),
        FactKind.PERSON,
    ),
)
_JA_NOT_PARTIES = frozenset(("与党", "野党", "政党", "各党", "同党", "自党", "他党", "両党", "新党"))
# 米メタ, 英アーム, 独シーメンス, 韓サムスン: a company after the one-kanji name of its country (not after 欧米, 南米)
_JA_COUNTRY_COMPANY = re.compile(
    "(?<![一-鿿])[米英独仏中韓台露豪印蘭伊加]([ァ-ヺー]{2,12}(?:・[ァ-ヺー]{2,12})*)"
    "(?![ァ-ヺー一-鿿・])"
)
# What such a prefix also stands before: currencies and kinds of company (米ドル, 米メディア, 米ファンド).
_JA_COUNTRY_WORDS = _words(
    "ドル ポンド ユーロ ルーブル ウォン ルピー ドラマ メディア メーカー ファンド チーム ハイテク テック ネット アニメ "
    "ポップ ロック ソ"
)


def _japanese_named_forms(text: str) -> list[Mention]:
    mentions = []
    for _, pattern, kind in _JA_FORMS:
        for match in pattern.finditer(text):
            name = match.group(1)
            if kind is FactKind.ORG and name.endswith("の党") and name[:-2] in _JA_NOT_PARTIES:
                continue
            if kind is FactKind.PERSON and _cjk_gazetteer().get(name) is not None:
                continue  # a known place or body before its reading (大阪(おお・さか)) is no person
            mentions.append(Mention(match.start(1), match.end(1), kind))
    for match in _JA_COUNTRY_COMPANY.finditer(text):
        name = match.group(1)
        known = _cjk_gazetteer().get(name)
        if name in _JA_COUNTRY_WORDS or (known is not None and known.kind is not FactKind.ORG):
            continue  # 米ドル, 米ニューヨーク
        mentions.append(Mention(match.start(1), match.end(1), FactKind.ORG))
    return mentions


# A news agency named by its reports: 据韩联社报道, 塔斯社电, 共同社记者 (the gazetteer knows the big ones).
_AGENCY_ZH = re.compile("社(?=报道|報導|報道|消息|记者|記者|援引|电|電|发布|發佈|发表|發表|指出|称|稱)")
_AGENCY_LEAD = frozenset("据據在由从從经經向对對")
_NOT_AGENCIES = frozenset(
    _variants("出版社 旅行社 杂志社 报社 新闻社 合作社 公社 该社 本社 其社 我社 此社 同社 结社 会社")
)


def _news_agencies(text: str) -> list[Mention]:
    """The two or three characters before 社 that no function word interrupts name the agency."""
    mentions = []
    for match in _AGENCY_ZH.finditer(text):
        end = match.end()
        start = match.start()
        while (
            start > 0
            and end - start < 4
            and _is_han(text[start - 1])
            and text[start - 1] not in _STOP_ZH
            and text[start - 1] not in _AGENCY_LEAD
        ):
            start -= 1
        word = text[start:end]
        if len(word) >= 3 and not any(word.endswith(generic) for generic in _NOT_AGENCIES):
            mentions.append(Mention(start, end, FactKind.ORG))
    return mentions


# A Japanese news agency named by its reports: 時事通信によると, ロイター通信が報じた, 聯合通信社電.
_AGENCY_JA = re.compile(
    "(?P<name>[\u4e00-\u9fff\u30a0-\u30ffー]{2,8}?)通信(?:社)?(?=によると|によれば|が報じ|は報じ|の報道|が伝え|は伝え|電)"
)
_NOT_AGENCIES_JA = frozenset(("移動", "無線", "衛星", "情報", "データ", "光", "高速", "電気", "電子", "同"))


def _japanese_news_agencies(text: str) -> list[Mention]:
    mentions = []
    for match in _AGENCY_JA.finditer(text):
        name = match.group("name")
        known = _cjk_gazetteer().get(name) is not None  # ロイター通信: the gazetteer's name, with its gloss
        if not known and not any(name.endswith(generic) for generic in _NOT_AGENCIES_JA):
            mentions.append(Mention(match.start(), match.end(), FactKind.ORG))
    return mentions


# A company's named service written after its name (百度百科, 腾讯视频, 新浪网, 百度贴吧): a name of its own.
_SERVICE_AFTER = re.compile(
    "(?:百科(?!全书|全書)|知道|贴吧|貼吧|地图|地圖|网盘|網盤|视频|視頻|音乐|音樂|新闻(?!稿|发布|發佈)|新聞(?!稿|發佈)|"
    "网(?![络絡站页頁友民上址])|網(?![络絡站页頁友民上址])|云(?!计算)|雲(?!計算)|支付|直播|会议|會議|文档|文檔|"
    # a known company's business arms are bodies of their own (京东物流, 美团外卖, 阿里健康, 蚂蚁金服)
    "物流|外卖|外賣|健康|金服|数科|數科|国际(?!化)|國際(?!化))"
)
_SERVICE_FIRST = frozenset("百知贴貼地网網视視音新云雲支直会會文物外健金数數国國")
# Last characters of public bodies and agencies, which have no services named after them (国家统计局新闻发言人).
_BODY_LAST = frozenset("局部委院署厅廳会會办辦社处處司")
# A title in book brackets followed by what it is: a journal or newspaper (《自然》杂志, 《纽约时报》报道 is known).
_PUBLICATION = re.compile("《([^《》\n]{1,20})》(?=杂志|雜誌|期刊|周刊|週刊|月刊|日报|日報|报纸|報紙|時報|时报)")


# Places of a city named by their kind (labelled as places): an airport or a park (蘇凡納布國際機場, 八仙樂園), and
# a numbered road (三多一路, 凯旋三路) in a list or at a junction.
_FACILITY = re.compile("|".join(_variants("国际机场 机场 乐园")))
_RANKING = re.compile("|".join(_variants("世界 全球 百强 十大 最 主要 繁忙 大型 小型 民用 军用 国内 附近 当地 主题")))
# The scan starts at the numeral and looks back: a pattern opening with any two characters is tried everywhere.
_NUMBERED_ROAD = re.compile("[一二三四五六七八九十]路(?=[、，。与與和及口交段 ]|$)")


def _facilities(text: str) -> list[Mention]:
    """Airports, parks and numbered roads, named by two to eight characters before their kind."""
    mentions = []
    for match in _FACILITY.finditer(text):
        start = _name_start(text, match.start(), False)
        stem = text[start : match.start()]
        for prefix in _GENERIC_PREFIXES:
            if stem.startswith(prefix):
                stem, start = stem[len(prefix) :], start + len(prefix)
                break
        if _RANKING.search(stem):
            continue  # 列世界百强机场: a rank of airports, not one
        if 2 <= len(stem) <= 8 and stem not in _GENERIC and not any(ch in _NOT_GIVEN_CHARS for ch in stem[-1:]):
            mentions.append(Mention(start, match.end(), FactKind.PLACE))
    for road in _NUMBERED_ROAD.finditer(text):
        start = road.start() - 2
        stem = text[max(start, 0) : road.start()]
        if len(stem) < 2 or not all(map(_is_han, stem)):
            continue
        before = text[start - 1] if start else "\n"
        if any(ch in _NOT_GIVEN_CHARS and ch not in "一二三四五六七八九十心" for ch in stem):
            continue  # 我们一路: grammar, not a road's name
        if _is_han(before) and before not in _STOP_ZH and before not in _ADMIN_SUFFIX_CHARS:
            continue
        mentions.append(Mention(start, road.end(), FactKind.PLACE))
    return mentions


# A stake after a name in a shareholder list (張國政(1.76%)、華光投資(9.18%)): a person when the name has a Chinese
# name's shape, a company when it ends in a company word.
_STAKE = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*[%％]\s*[)）]")
_STAKEHOLDER_COMPANY_ENDINGS = tuple(_variants("投资 控股 集团 公司 实业 海运 钢铁 国际 资本 基金"))


# A name followed by its office or a note on the name in brackets: 潘菽（原南京大学校长）, 李四（化名）.
_DESCRIBED = re.compile(r"[（(]([^（()）\n]{1,20})[)）]")
_NAME_NOTES = tuple(_variants("化名 音译 译音 右 左 中 前排 后排"))


def _described_people(text: str) -> list[Mention]:
    mentions = []
    titles = _patterns()["title_zh"]
    for match in _DESCRIBED.finditer(text):
        inside = match.group(1)
        if not (inside.endswith(_NAME_NOTES) or any(m.end() == len(inside) for m in titles.finditer(inside))):
            continue
        end = match.start()
        for length in (3, 2):
            start = end - length
            word = text[start:end] if start >= 0 else ""
            before = text[start - 1 : start] if start > 0 else "\n"
            if (
                len(word) == length
                and _name_shaped(word)
                and (not _is_han(before) or before in _STOP_ZH or _starts_title_end(text, start))
                and _known_kind(word) is None
            ):
                mentions.append(Mention(start, end, FactKind.PERSON))
                break
    return mentions


def _starts_title_end(text: str, start: int) -> bool:
    """Whether a title ends right before `start` (任命潘菽, 校长李四): the name may follow a verb or a title."""
    return any(text.endswith(title, 0, start) for title in _TITLES_ZH) or text.endswith(("任命", "任命了"), 0, start)


def _stakeholders(text: str) -> list[Mention]:
    mentions = []
    for match in _STAKE.finditer(text):
        end = match.start()
        start = end
        while start > 0 and end - start < 8 and _is_han(text[start - 1]) and text[start - 1] not in _STOP_ZH:
            start -= 1
        word = text[start:end]
        if len(word) == 3 and _name_shaped(word) and _known_kind(word) is None:
            mentions.append(Mention(start, end, FactKind.PERSON))
        elif 3 <= len(word) <= 6 and word.endswith(_STAKEHOLDER_COMPANY_ENDINGS) and _known_kind(word) is None:
            mentions.append(Mention(start, end, FactKind.ORG))
    return mentions


def _in_gloss(text: str, start: int, word: str) -> bool:
    """Latin words in the parenthesis after a CJK term translate it (時価総額(Market capitalization),
    (…、Pandemic 2009H1N1)); an acronym there is the body's short name (欧州疾病予防管理センター(ECDC)) and counts."""
    if word.isupper() or _COMPANY_IN_GLOSS.search(word):
        return False  # ビザ(Visa Inc.): a company's own name, not a translation
    opening = max(text.rfind("(", max(0, start - 40), start), text.rfind("（", max(0, start - 40), start))
    if opening < 1 or any(ch in text[opening:start] for ch in ")）"):
        return False
    return _has_cjk(text[opening - 1])


# Corporate endings of a Latin company name (Visa Inc., Tencent Holdings Ltd.).
_CORPORATE_ENDINGS = "Inc|Corp|Corporation|Ltd|Limited|Co|LLC|PLC|plc|AG|SA|GmbH|Holdings|Group|Company|N\\.V"
_COMPANY_IN_GLOSS = re.compile(f" (?:{_CORPORATE_ENDINGS})\\.?$")
# ビザ（Visa Inc.）: the katakana name before a Latin company name in parentheses is the same company.
_KATAKANA_BEFORE_COMPANY = re.compile(
    "(?<![ァ-ヺー・])([ァ-ヺー][ァ-ヺー・]{1,20})[（(]"
    f"[A-Z][A-Za-z0-9&.'’ -]*? (?:{_CORPORATE_ENDINGS})\\.?[)）,，、]"
)


# Katakana names listed with 、 (サウジアラムコ、アップル、マイクロソフト): one list item each.
_KATAKANA_LIST = re.compile("[ァ-ヺー][ァ-ヺー・]{1,20}(?:、[ァ-ヺー][ァ-ヺー・]{1,20})+")


def _listed_katakana_companies(text: str, found: list[Mention]) -> list[Mention]:
    """A katakana name listed beside two companies or more is a company too (サウジアラムコ, アップル and
    マイクロソフト); what the rules found as a place or person stays one."""
    if "、" not in text:
        return []
    kinds = {(mention.start, mention.end): mention.kind for mention in found}
    result = []
    for match in _KATAKANA_LIST.finditer(text):
        items = []
        at = match.start()
        for item in match.group().split("、"):
            items.append((at, at + len(item)))
            at += len(item) + 1
        if items[-1][1] < len(text) and _is_katakana(text[items[-1][1]]):
            items = items[:-1]
        known = [kinds.get(item) for item in items]
        if sum(kind is FactKind.ORG for kind in known) < 2:
            continue
        for (start, end), kind in zip(items, known, strict=True):
            if kind is None and not any(mention.start < end and start < mention.end for mention in found):
                result.append(Mention(start, end, FactKind.ORG))
    return result


# A name in 「」 or 『』 that a product or work word introduces, or that is sold, launched or broadcast, is a
# product's or work's name, no organisation (充電池の「エネループ」, 『進研ゼミ』などのサービス, 「○○」を発売).
_PRODUCT_BEFORE_QUOTE = re.compile(
    "(?:商品|製品|新製品|新商品|番組|映画|ゲーム|アニメ|ドラマ|作品|小説|楽曲|曲|アルバム|シリーズ|充電池|ブランド|"
    "通信教育|講座|雑誌の企画|キャンペーン)(?:の|・)?[「『]$"
)
_PRODUCT_AFTER_QUOTE = re.compile(
    "[」』](?:を|の)(?:発売|販売|開発|公開|放送|出版|配信|刊行|発表|リリース|上映)|[」』](?:など|等)(?:の)?[0-9０-９]*"
    "(?:サービス|商品|製品|番組|作品|講座)"
)


_MORE_QUOTED = re.compile("(?:、?[「『][^」』\n]{1,20}[」』])*")


def _without_quoted_products(text: str, mentions: list[Mention]) -> list[Mention]:
    if "「" not in text and "『" not in text:
        return mentions
    kept = []
    for mention in mentions:
        if mention.kind is FactKind.ORG and text[mention.start - 1 : mention.start] in "「『":
            closing = text.find("」" if text[mention.start - 1] == "「" else "』", mention.end, mention.end + 20)
            more = _MORE_QUOTED.match(text, closing + 1) if closing >= 0 else None
            if more is not None and more.end() > closing + 1:
                closing = more.end() - 1  # 『進研ゼミ』『こどもちゃれんじ』など: after the last of the list
            if closing >= 0 and (
                _PRODUCT_BEFORE_QUOTE.search(text, max(0, mention.start - 8), mention.start)
                or _PRODUCT_AFTER_QUOTE.match(text, closing)
            ):
                continue
        kept.append(mention)
    return kept


def _katakana_companies(text: str) -> list[Mention]:
    return [Mention(match.start(1), match.end(1), FactKind.ORG) for match in _KATAKANA_BEFORE_COMPANY.finditer(text)]


_LATIN_TAIL_NOT_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]| [a-z0-9]")


def _latin_not_a_name(text: str, start: int, end: int) -> bool:
    """A Latin word written together with katakana (Momoチャレンジ, Javaベース), running on in lower case or with a
    number (Cape gauge, Forza Horizon 3), or alone inside title quotes (「Amazing Fantasy」) names a thing or a
    work, not a body."""
    if _LATIN_TAIL_NOT_NAME.match(text, end):
        return True
    return text[start - 1 : start] in ("「", "『", "“") and text[end : end + 1] in ("」", "』", "”")


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
# What makes an acronym no list explains a body's name: a company word after it (MS社は), a report credited to
# it (JOCによれば, 据BBC报道), its people or side (KFC幹部, TBS側), or a description before it (大手の「HMV」).
_ACRONYM_BODY_AFTER = re.compile(
    "社(?![\u4e00-\u9fff])|側|幹部|関係者|広報|傘下|経営陣|代表(?![\u4e00-\u9fff])|"
    "によると|によれば|の発表|が発表|は発表|との契約|と契約|を買収|が買収|は買収|"
    "报道|報道|消息|发言人|發言人|公司|集团|集團|旗下"
)
_ACRONYM_BODY_BEFORE = re.compile("(?:大手|会社|企業|メーカー|据|據)(?:の)?[「『]?$")


def _acronym_of_body(text: str, start: int, end: int, word: str) -> bool:
    """Whether the text around an unexplained acronym in CJK text says it names a company or a body; a common
    acronym (AI, IT, CEO) only when a company word follows it (MS社)."""
    from reader_app.core.facts import entities_en

    after = end + (text[end : end + 1] in "」』)）")
    if word in entities_en.NOT_NAME_WORDS:
        return text.startswith("社", after) and not _is_han(text[after + 1 : after + 2] or "a")
    if _ACRONYM_BODY_AFTER.match(text, after):
        return True
    if text[start - 1 : start] in "(（" and text[max(0, start - 4) : start - 1].endswith(_BODY_BEFORE_ACRONYM):
        return True  # 高能物理所(IHEP), 直线加速器中心(SLAC), 网络设施(NCFC): a body's name and its acronym
    return _ACRONYM_BODY_BEFORE.search(text, max(0, start - 6), start) is not None


# Endings of a body's name before its acronym in parentheses.
_BODY_BEFORE_ACRONYM = tuple(
    _variants(
        "所 中心 局 部 院 会 署 委 厅 司 处 组织 机构 设施 公司 集团 银行 大学 联盟 协会 基金 社 台 机场 "
        "省 庁 機構 機関 銀行 大学 会社 協会"
    )
)


_GOVERNMENT_WORDS = tuple(_variants("政府 政権 政权"))
# A country's parliament is a body of its own (美国国会, 韩国国会).
_PARLIAMENT_WORDS = tuple(_variants("国会"))
# A city's or county's government in short (高雄市府, 台北县府), after the place or after its 市/县.
_LOCAL_GOVERNMENT_WORDS = tuple(_variants("市府 县府 省府"))


def _governments(text: str, found: list[Mention]) -> list[Mention]:
    """美国政府, 拜登政府, バイデン政権, 高雄市府: a place's or a leader's government is an organisation of its
    own."""
    result = []
    for mention in found:
        if mention.kind not in (FactKind.PLACE, FactKind.PERSON):
            continue
        if text.startswith(_GOVERNMENT_WORDS, mention.end) or (
            mention.kind is FactKind.PLACE and text.startswith(_LOCAL_GOVERNMENT_WORDS + _PARLIAMENT_WORDS, mention.end)
        ):
            result.append(Mention(mention.start, mention.end + 2, FactKind.ORG))
        elif (
            mention.kind is FactKind.PLACE
            and text[mention.end - 1 : mention.end] in _ADMIN_SUFFIX_CHARS
            and text[mention.end - 1 : mention.end + 1] in _LOCAL_GOVERNMENT_WORDS
        ):
            result.append(Mention(mention.start, mention.end + 1, FactKind.ORG))
    return result


_ALIAS_IN_PARENTHESES = re.compile(
    r"[(（](?:(?:英语|英語|英文|英訳)[:：]?\s*)?"
    r"([A-Z][A-Za-z0-9&.'’-]*(?: (?:[A-Z][A-Za-z0-9&.'’-]*|of|and|for|the|de))*)(?=[)）,，;；、])"
)


def _parenthesised_aliases(text: str, found: list[Mention]) -> list[Mention]:
    """東京放送(TBS), 马约卡斯(Alejandro Mayorkas), 美国之音(英语:Voice of America,…): a Latin name or acronym in
    parentheses right after a name is the same entity's other name, of the same kind."""
    kinds = {mention.end: mention.kind for mention in found}
    result = []
    for match in _ALIAS_IN_PARENTHESES.finditer(text):
        kind = kinds.get(match.start())
        name = match.group(1).rstrip(" .-")
        if kind is not None and len(name) >= 2 and name.split()[-1] not in ("of", "and", "for", "the", "de"):
            result.append(Mention(match.start(1), match.start(1) + len(name), kind))
    return result


def _latin_name_kind(word: str) -> FactKind | None:
    """A capitalised Latin name the gazetteer does not know, inside Chinese or Japanese text: a person when it starts
    with a given name and has two to four words (Alfred F. Kelly), a place when the world list names it, else an
    organisation or service (Wikinews, WikiTribune, ECDC); products, languages, units and common acronyms are none."""
    from reader_app.core.facts import entities_en

    words = word.split()
    if len(word) < 3 or any(ch.isdigit() for ch in word) or any(part in entities_en.NOT_NAME_WORDS for part in words):
        return None
    if words[0] in entities_en.GIVEN_NAMES and 2 <= len(words) <= 4:
        return FactKind.PERSON
    if entities_en.is_world_place(word):
        return FactKind.PLACE
    if len(words) > 4 or (len(words) == 1 and word.isupper() and len(word) > 6):
        return None  # a heading or a shouted phrase
    if len(words) == 1 and len(word) <= 5 and sum(ch.isupper() for ch in word) >= 2:
        return None  # an acronym no list explains (PSI, MeSH): as in English text, not a body without more
    return FactKind.ORG


def _has_foreign_mark(word: str) -> bool:
    return transliterated_name_shape(word.replace(".", "").replace("．", "")[:6])


def _transliterated_names(text: str) -> list[Mention]:
    """Foreign names written with a middle dot, as far as transliteration characters reach on both sides:
    吉米·威尔士 in 由吉米·威尔士所宣布, and 苏·加德纳 or 乔·拜登 (a one-character given name, a longer family name)."""
    mentions: list[Mention] = []
    at = 0
    dots = _DOTS_ZH + _FULL_STOP_DOTS
    # Each kind of mark found with one scan (a find per mark rescanned the text at every dot); a full stop only
    # between transliteration characters, a pattern that opens with a character class the engine skips to.
    middle, between_names = _any_dot()
    places = sorted(
        [found.start() for found in middle.finditer(text)] + [f.start() + 1 for f in between_names.finditer(text)]
    )
    for dot in places:
        if dot < at:
            continue
        start = dot
        while start > 0 and dot - start < 6 and text[start - 1] in transliteration_characters():
            start -= 1
        end, part = dot + 1, 0
        while end < len(text):
            if text[end] in transliteration_characters() and part < 6:
                end, part = end + 1, part + 1
            elif text[end] in dots and part and end + 1 < len(text) and text[end + 1] in transliteration_characters():
                end, part = end + 1, 0  # another part: 约翰·菲茨杰拉德·肯尼迪
            else:
                break
        # A full stop between two transliterated names stands for the middle dot (弗兰克.加弗尼): both sides must
        # be names of two characters or more, one of them marked as foreign.
        full_stop = text[dot] in _FULL_STOP_DOTS
        if full_stop and not (dot - start >= 2 and _has_foreign_mark(text[start:end])):
            at = dot + 1
            continue
        if dot - start >= 1 and part >= 2 and (not mentions or start >= mentions[-1].end):
            mentions.append(Mention(start, end, FactKind.PERSON))
        at = max(end, dot + 1)
    return mentions


def _name_start(text: str, end: int, japanese: bool) -> int:
    """Walk left from `end` over characters that can belong to a name (at most 10)."""
    start = end
    while start > 0 and end - start < 10:
        ch = text[start - 1]
        if japanese:
            if not (_is_han(ch) or _is_katakana(ch) or (ch.isascii() and ch.isalnum()) or ch in "・＆&"):
                break
        elif (
            ch in _STOP_ZH
            and text[start - 2 : start] not in _STOP_EXCEPTIONS
            and text[start - 1 : start + 1] not in _STOP_EXCEPTIONS
            and not (ch == "那" and text[start - 2 : start - 1] in transliteration_characters())  # 西雅那銀行
        ) or not (_is_han(ch) or (ch.isascii() and ch.isalnum())):
            break
        start -= 1
    # Japanese: a katakana name does not take the kanji before it (米ソフトバンク → ソフトバンク), unless that kanji
    # is a country's or region's name opening a national body's (日本サッカー協会, 全日本プロレス).
    if japanese and start < end and _is_katakana(text[end - 1]):
        kanji_start = start
        while start < end and not _is_katakana(text[start]):
            start += 1
        if start > kanji_start and _place_prefix(text[kanji_start:start]):
            start = kanji_start
    return start


_AND = frozenset("和与與")


def _coordinated_start(text: str, start: int, suffix_start: int) -> int:
    """Where a body's name starts when "and" joins two of its words (深圳市发展和改革委员会, 美中经济与安全审查委员会,
    人力资源和社会保障部): the words before 和 stand alone in their clause, name no body by themselves (交通部和
    安全委员会 are two) and are no bare place (中国和美国银行)."""
    if start < 2 or suffix_start - start < 2 or text[start - 1] not in _AND:
        return start
    first = _name_start(text, start - 1, False)
    words = text[first : start - 1]
    if not 2 <= len(words) <= 6 or (first > 0 and _is_han(text[first - 1]) and text[first - 1] not in _STOP_ZH):
        return start
    if words[-1] in _BODY_LAST or words.endswith(tuple(_ORG_SUFFIXES_ZH)) or _place_name(words):
        return start
    if any(_place_name(words[at:]) for at in range(1, len(words) - 1)) or words.endswith(tuple(_TITLES_ZH)):
        return start  # 访问中国和美国银行, 王运丰教授和…大学: a place or a title ends the words before 和
    if _place_name_at_start(text[start:suffix_start]):
        return start  # 和西德卡尔斯鲁厄大学: the words after 和 start a body's name of their own
    return first


# Kanji place names Japanese reads as another place than Chinese does: 東海 is the Tōkai region in Japanese news,
# the East China Sea (东海) in Chinese.
_JAPANESE_PLACE_READINGS = {"東海": "Tokai"}


def _japanese_reading(text: str, mention: Mention) -> Mention:
    reading = _JAPANESE_PLACE_READINGS.get(text[mention.start : mention.end])
    if reading is None or mention.kind is not FactKind.PLACE:
        return mention
    return Mention(mention.start, mention.end, mention.kind, reading)


def _not_hidden_places(found: list[Mention], hidden: list[tuple[int, int]]) -> list[Mention]:
    """Drop places inside the spans Sudachi's words show to be a facility, an event or a longer proper noun
    (東海 in 東海道新幹線 and 東海地震, 浜岡 in 浜岡原発)."""
    starts = [start for start, _ in hidden]
    kept = []
    for mention in found:
        at = bisect_right(starts, mention.start) - 1
        if mention.kind is FactKind.PLACE and at >= 0 and mention.end <= hidden[at][1]:
            continue
        kept.append(mention)
    return kept


def _place_prefix(run: str) -> bool:
    """日本, 全日本, 東京都: a known place (or 全 + one) of two characters or more written before a body's name."""
    run = run[1:] if run.startswith("全") else run
    if len(run) < 2:
        return False
    entry = _cjk_gazetteer().get(run) or _cjk_gazetteer().get(run[:-1] if run[-1] in "都道府県" else "")
    return entry is not None and entry.kind is FactKind.PLACE


def _after_listed_body(text: str, start: int, suffix_start: int) -> int:
    """フジテレビ・ニッポン放送, 防府市・山陽…: when the part before a ・ is a known organisation or a place, the
    name before the suffix starts after the dot (two names listed together, not one)."""
    dot = text.rfind("・", start, suffix_start)
    if dot < 0:
        return start
    left_start = text.rfind("・", start, dot) + 1 or start
    left = text[max(left_start, start) : dot]
    entry = _cjk_gazetteer().get(left)
    if entry is not None or left in lexicon_words("organisations_ja.txt") or left[-1:] in _ADMIN_SUFFIX_CHARS:
        return dot + 1  # 防府市・山陽…: a place listed before the name is not part of it
    return start


# After a place these endings make a proper name (宁波银行 is Bank of Ningbo); 中国公司 stays "Chinese companies".
_PLACE_NAMED_SUFFIXES = frozenset(
    _variants(
        "银行 证券 大学 交易所 电视台 日报 晚报 航空 医院 法院 检察院 研究院 研究所 学院 銀行 証券 大学 新聞 "
        "气象台 天文台 电台 局 署 厅 委 议会 总处 大使馆 总领事馆 领事馆 大使館 総領事館 領事館"
    )
)


# Counts before a kind of body (中国一家, 一些, 第二家, 几家, 数个): what follows them describes, it names nothing.
_QUANTITY_IN_STEM = re.compile(
    "|".join(_variants("一家 一些 这家 那家 几家 多家 首家 两家 数家 这个 那个 各家 一所 一间"))
    + "|第[一二三四五六七八九十0-9]+[家个個所间間]|[一两兩三四五六七八九十几幾数數多各][个個起所间間座条條位名]"
)
# One verb or preposition character before a known place at the head of a name (任山东大学, 为广州越华书院,
# 赴北京大学): the name starts at the place.
_VERB_BEFORE_PLACE = frozenset(_variants("为 以 任 赴 往 入 进 回 离 至 经 去 来 访 抵 到 上 读 考"))
# Words of a description before a company ending: scope, ownership and industry (国际, 国营, 私人, 电子商务, 广播).
_DESCRIPTION_WORDS = _variants(
    "国际 国营 国有 私人 私营 民营 外资 外国 跨国 大型 小型 中型 全球 全国 地方 本地 当地 上市 新兴 新 老 "
    "电子商务 电商 广播 石油 能源 科技 互联网 网络 汽车 航空 电信 通信 金融 媒体 传媒 保险 证券 投资 制药 医药 "
    "化工 钢铁 航运 物流 房地产 地产 建筑 电力 电影 出版 广告 软件 游戏 食品 饮料 零售 咨询 会计 律师 安全 国防 "
    "军工 服务 全服务 贸易 运输 管理 技术 生物 芯片 半导体 电子 矿业 农业 旅游 教育 医疗 能源 天然气 煤炭 实收 "
    "注册 风险 人力 社会 产业 工商 地区 办事 国内外 消费者 单位 客户 用户 铁路 制造 生产 研发 开发 销售 研究"
)


def _last_quantity_end(stem: str) -> int:
    """End of the last count inside `stem` (中国一家 → after 一家), or 0."""
    last = 0
    for match in _QUANTITY_IN_STEM.finditer(stem):
        last = match.end()
    return last


_COMPANY_ENDINGS = frozenset(_variants("公司 有限公司 股份有限公司 有限责任公司"))


def _without_leading_places(stem: str, most: int = 3) -> str:
    """`stem` less the known places it starts with, `most` of them (台湾高雄地方检察 → 地方检察)."""
    for _ in range(most):
        length = next((n for n in range(min(len(stem) - 1, 5), 1, -1) if _place_name(stem[:n])), 0)
        if not length:
            break
        stem = stem[length:]
    return stem


_BODY_STARTS = tuple(_variants("国家 国有 中央 国立 联邦 行政院"))


def _body_start(stem: str) -> int:
    """Where a public body's name starts inside a run too long to be one: at the last 国家/国有/中央 or known
    place that leaves two to six characters after it (八仙樂園國有財產 → 國有財產), else at the run's start."""
    for at in range(len(stem) - 2, 0, -1):
        if len(stem) - at > 8:
            break
        if stem.startswith(_BODY_STARTS, at) or _place_name_at_start(stem[at:]):
            return at
    return 0


@lru_cache(maxsize=1)
def _description_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{_alternation(_DESCRIPTION_WORDS)})+")


def _only_description(stem: str) -> bool:
    """Whether `stem` is only places, scope, ownership and industry words: 中国电子商务, 国际广播, 美国私人."""
    rest = _without_leading_places(stem, most=1)  # 美国哥伦比亚广播公司 names CBS
    if rest != stem and not rest:
        return False  # a place alone: the rules before judge it
    if _place_name(rest):
        return True
    return bool(rest) and _description_pattern().fullmatch(rest) is not None


def _known_org_ends(text: str, start: int, suffix_start: int, end: int) -> bool:
    """Whether a known organisation, starting after `start`, ends with the suffix at `end` and what stands before
    it is no place (the gazetteer's name, not a run from the clause before it)."""
    table = _cjk_gazetteer()
    for at in range(start + 1, suffix_start + 1):
        entry = table.get(text[at:end])
        if entry is not None and entry.kind is FactKind.ORG:
            before = text[start:at]
            # 深圳市卫健委: a place before a known body makes the local body, a name of its own
            return not (before[-1] in _ADMIN_SUFFIX_CHARS or _place_name(before))
    return False


def _known_org_at_end(stem: str) -> int:
    """Length of the longest known organisation that ends `stem` and leaves words before it, or 0."""
    table = _cjk_gazetteer()
    for length in range(len(stem) - 1, 1, -1):
        entry = table.get(stem[-length:])
        if entry is not None and entry.kind is FactKind.ORG:
            return length
    return 0


def _starts_with_known_org(stem: str) -> bool:
    """Whether `stem` is a known organisation followed by more words (not the organisation alone)."""
    table = _cjk_gazetteer()
    return any(stem[:length] in table and table[stem[:length]].kind is FactKind.ORG for length in range(2, len(stem)))


_LEADING_DATE = re.compile(r"(?:[0-9０-９]+[年月日号號])+")
_COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十百千]$")


# After a Chinese administrative ending, these make another word of it (市旗, 市內, 省辖市, 州份).
_ZH_ADMIN_NOT_FOLLOWED = frozenset("內旗徽辖轄份")


def _chinese_admin_start(text: str, start: int, stem: str, match: re.Match[str]) -> int | None:
    """Where the place before a Chinese administrative ending starts, or None when `stem` names none: a stem cut
    at four characters inside a longer run keeps only the known or transliterated place that ends it (来自安大略省,
    搬往田納西州), or all four when none is known (成为南投市 holds the city); 省 is also "to save" (可以省,
    节省), so a province is one the gazetteer knows or a transliterated one (魁北克省); 第三区 is a rank, 市旗 and
    省辖市 other words."""
    if text[match.end() : match.end() + 1] in _ZH_ADMIN_NOT_FOLLOWED or stem.startswith("第"):
        return None
    if not _place_name(stem + match.group()):
        # 北界湘乡: a known division ending the run with its ending (湘乡) is the place, the words before it are not
        known = next((at for at in range(1, len(stem)) if _place_name(stem[at:] + match.group())), 0)
        if known:
            return start + known
    if start > 0 and len(stem) >= 4 and _is_han(text[start - 1]) and text[start - 1] not in _STOP_ZH:
        if _place_name(stem) or _transliterated(stem):
            return start
        cut = next((at for at in range(1, len(stem) - 1) if _place_name(stem[at:]) or _transliterated(stem[at:])), 0)
        start, stem = start + cut, stem[cut:]
    if any(ch in _COUNTING for ch in stem):
        return None  # 多个州份, 七個選區: a number of them
    if match.group() == "省" and not (_place_name(stem) or _transliterated(stem)):
        return None
    return start


_COUNTING = frozenset("个個多几幾数數两兩")


def _transliterated(word: str) -> bool:
    return len(word) >= 2 and all(ch in transliteration_characters() for ch in word)


def _inside_transliteration(text: str, start: int, end: int, word: str) -> bool:
    """Whether a short name of the world list written with transliteration characters runs on into more of them
    (a part of a longer foreign name); names the hand-kept gazetteer knows are trusted."""
    if len(word) > 3 or word in _cjk_gazetteer() or word not in _world_places():
        return False
    chars = transliteration_characters()
    if not any(ch in chars for ch in word):
        return False
    if text[start - 1 : start] in _DOTS_ZH or text[end : end + 1] in _DOTS_ZH:
        return True  # 理查德·尼克松: a name beside a name dot is part of a foreign person's name
    return text[start - 1 : start] in chars or text[end : end + 1] in chars


def _division_fits(text: str, start: int, end: int, word: str) -> bool:
    """Whether a name of China's divisions stands as a word. A county's short form (涟源, 平原, 天台) and a
    one-character county's full name (单县, 任县) are also ordinary words or parts of other words, so they need a
    word boundary on both sides (湖南涟源、湘乡; not 历任县长, 在平原上, 法蘭西); every short form that runs on in
    transliteration characters is part of a foreign name (卡普蘭), and one after a family name a given name (李永康)."""
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    chars = transliteration_characters()
    if all(ch in chars for ch in word) and (before in chars or after in chars):
        return False
    level = china_divisions().get(word)
    # 沿海城市, 大城市: a county-level city's full name can end a longer word before 市 ("city").
    city_word = level == "county" and word[-1] == "市"
    if not (level == "county short" or city_word or (len(word) == 2 and word[-1] in _ADMIN_SUFFIX_CHARS)):
        return True
    if before in _common_surnames():
        return False
    before_ok = (
        not _is_han(before)
        or before in _STOP_ZH
        or before in _ADMIN_BOUNDARY
        or before in _PLACE_LEAD_CHARS
        or _place_name(text[start - 2 : start])
    )
    after_ok = (
        level != "county short"
        or not _is_han(after)
        or after in _STOP_ZH
        or (after in _ADMIN_SUFFIX_CHARS and word + after in china_divisions())
        or text.startswith(_LOCATIVE_AFTER, end)
    )
    return before_ok and after_ok and after not in _ADMIN_NOT_FOLLOWED


# Verbs of going and bordering right before a place (赴, 经, 东邻湘潭, 西毗邵东) and words that continue a
# locative phrase after it (涟源一带, 高淳境内).
_PLACE_LEAD_CHARS = frozenset(_variants("赴 往 至 抵 经 回 离 飞 邻 毗 接 界 近 入 出 返"))
_LOCATIVE_AFTER = tuple(
    _variants("一带 地区 境内 县城 城区 市区 农村 乡村 乡下 街头 附近 北部 南部 东部 西部 中部 以北 以南 以东 以西")
)


def _known_kind(word: str) -> FactKind | None:
    entry = _zh_gazetteer().get(word) or names().get(word)
    return entry.kind if entry is not None else None


def _place_name_at_start(word: str) -> bool:
    return any(_place_name(word[:length]) for length in range(2, min(len(word), 6) + 1))


def _place_name(word: str) -> bool:
    entry = _zh_gazetteer().get(word)
    return entry is not None and entry.kind is FactKind.PLACE


def _only_common_nouns(stem: str) -> bool:
    """Whether Sudachi reads `stem` as common nouns of its dictionary only (製紙, 音楽, 中道, シングル), so that it
    names no one; a word it does not know (フジサンケイ, ナデラ) reads as a common noun too and may be a name."""
    if not stem or not japanese_morphology.available():
        return False
    words = japanese_morphology.analyse(stem, "C")
    return bool(words) and all(word.known and word.part_of_speech[:2] == ("名詞", "普通名詞") for word in words)


def _generic_kind(stem: str, suffix: str) -> bool:
    """製紙会社, 音楽グループ, 出版社: one common noun before a company word names a kind of company; a katakana
    word before 社, 航空, 鉄道 or 自動車 is a foreign company's name even when it is also a word (リクルート社,
    ショート社, アメリカン航空)."""
    if suffix in ("社", "航空", "鉄道", "自動車") and all(map(_is_katakana, stem)):
        return False  # リクルート社, アメリカン航空, ユナイテッド航空: a katakana word before these is a name
    return bool(stem) and len(japanese_morphology.analyse(stem, "C")) <= 3 and _only_common_nouns(stem)


def _good_stem(stem: str, japanese: bool) -> bool:
    if not stem or stem in _GENERIC or stem in _NAME_BLACKLIST:
        return False
    if len(stem) == 1 and not (stem.isascii() or _is_katakana(stem)):
        return False
    if stem.isdigit() or all(ch in "一二三四五六七八九十百千万亿两几多第" for ch in stem):
        return False
    entry = _cjk_gazetteer().get(stem)
    # A bare place before a generic suffix is a description ("中国公司"), not a name.
    return not (entry is not None and entry.kind is FactKind.PLACE)


def _chinese_given_name_length(text: str, start: int) -> int:
    """Length of a Chinese personal name starting at `start` (surname + one or two characters), or 0."""
    surname = 2 if text[start : start + 2] in CHINESE_COMPOUND_SURNAMES else 1
    if surname == 1 and text[start] not in CHINESE_SURNAMES:
        return 0
    for given in (2, 1):
        end = start + surname + given
        if end > len(text):
            continue
        if not all(_is_han(ch) and ch not in _STOP_ZH for ch in text[start + surname : end]):
            continue
        following = text[end : end + 2]
        if given == 2 and text[end - 1] in _CAUSE_AFTER_NAME:
            continue  # 王兵因违规: "because" follows a one-character given name
        if given == 2 and (following[:1] in _STOP_ZH or _starts_function_word(following) or not following):
            return surname + given
        if given == 1 and (
            following[:1] in _STOP_ZH
            or following[:1] in _CAUSE_AFTER_NAME
            or _starts_function_word(following)
            or not following
        ):
            return surname + given
    return 0


# Characters that open a clause right after a name (因 "because", 被 "by"), never a given name's last character.
_CAUSE_AFTER_NAME = frozenset(_variants("因 被"))
_FUNCTION_STARTS = _variants(
    "表示 说 称 指出 认为 透露 告诉 强调 宣布 介绍 坦言 补充 今天 昨天 星期 礼拜 周 日 月 年 上 下 曾 将 已 于 在 "
    "也 则 "
    "先生 女士 总统 主席 总理 首相 教授 博士 部长 大使 议员 等 对 向 和 与 及 是 的 之 领导 会见 访问 出席 签署 "
    "批评 质疑 呼吁 回应 承认 否认 警告 提醒 写道 说道 问道 答道 写 撰文 发文 发帖 留言 "
    "创建 创办 创立 发起 提出 撰写 编写 设计 发明 共同 "
    # Verbs that follow a name and its title in reports (国务院总理李强主持召开…)
    "主持 视察 考察 参加 参观 发表 致电 致信 召开 接见 听取 率领 陪同 会晤 通话 抵达 前往 提出 回答 接受 就 同 "
    # Verbs of winning and losing after a candidate's name (罗姆尼拿下了这三个州)
    "拿下 赢得 赢下 获得 取得 击败 输掉 失去 当选 胜选 败选 "
    # Verbs of announcing and of leaving or taking a post after a named executive (董事长赵勇辞职, 创始人雷军发布)
    "发布 公布 披露 证实 确认 解释 说明 表态 宣称 声称 谈到 提到 辞职 辞去 卸任 离任 上任 接任 退休 出任 担任 "
    "推出 带领 签约 加入 离开 被捕 遇害 去世 逝世"
)


@lru_cache(maxsize=1)
def _function_start() -> re.Pattern[str]:
    return re.compile(_alternation(_FUNCTION_STARTS))


def _starts_function_word(text: str) -> bool:
    return _function_start().match(text) is not None


def _transliteration_end(text: str, start: int, end: int) -> int:
    """Where a run of transliteration characters after a title ends as a name: a run that runs on into the words
    after it (罗姆尼拿下, 拿 is also a transliteration character) ends where a verb or function word starts, or
    after a known person."""
    if end - start < 3 or end >= len(text) or not _is_han(text[end]) or text[end] in _STOP_ZH:
        return end
    for cut in range(start + 2, end):
        word = _function_start().match(text, cut)
        if (word is not None and len(word.group()) >= 2) or _known_kind(text[start:cut]) is FactKind.PERSON:
            return cut
    return end


def _chinese_name_after(text: str, start: int) -> tuple[int, int] | None:
    """A name right after a title: a transliterated one (拜登) or a Chinese one (习近平)."""
    end = start
    while end < len(text) and end - start < 8 and (text[end] in transliteration_characters() or text[end] in "·・•‧"):
        end += 1
    end = _transliteration_end(text, start, end)
    length = _chinese_given_name_length(text, start) if start < len(text) else 0
    if not length and start < len(text) and (text[start] in CHINESE_SURNAMES or text[start] in _TITLE_ONLY_SURNAMES):
        # Right after a title a name is expected: surname and two given-name characters is the common shape.
        given = text[start + 1 : start + 3]
        if _starts_function_word(text[start + 2 :]) and _is_han(text[start + 1 : start + 2]):
            length = 2  # 李强主持: the verb after a two-character name is no part of it
        elif len(given) == 2 and all(_is_han(ch) and ch not in _STOP_ZH for ch in given):
            length = 3
            after = text[start + 3 : start + 4]
            rest = text[start + 4 :]
            if (
                text[start + 1] in CHINESE_SURNAMES
                and _is_han(after)
                and after not in _STOP_ZH
                and not _starts_function_word(text[start + 3 :])
                and (not rest or not _is_han(rest[0]) or rest[0] in _STOP_ZH or _starts_function_word(rest))
            ):
                length = 4  # 叶刘淑仪: a married name in Hong Kong, her husband's family name first
    if not length and _korean_name_with_zai(text, start):
        length = 3  # 总统李在明表示, 会长李在镕出席: 在 in a Korean given name, not "at"
    translit_ends = end - start >= 3 and (
        end >= len(text) or text[end] in _STOP_ZH or _starts_function_word(text[end:])
    )
    if length and end - start > length and translit_ends:
        length = 0  # 古特雷斯呼吁: a transliterated name running to a clause's verb, not 古 + two given characters
    if length and (end - start < 2 or end - start > length):
        return (start, start + length) if text[start : start + length] not in _NAME_BLACKLIST else None
    if end - start >= 2 and text[start:end] not in _NAME_BLACKLIST:
        return start, end
    return None


_ZAI = frozenset(_variants("在"))


def _korean_name_with_zai(text: str, start: int) -> bool:
    """A family name, 在 and one more given character right after a title, ending where a verb of two characters
    or more, 说/称, or punctuation starts (李在明表示, 文在寅说); not 王在会上说 ("Wang said at the meeting")."""
    if start + 3 > len(text) or text[start] not in CHINESE_SURNAMES or text[start + 1] not in _ZAI:
        return False
    if not _is_han(text[start + 2]) or text[start + 2] in _STOP_ZH:
        return False
    rest = text[start + 3 :]
    if not rest or rest[0] in _STOP_ZH or rest[0] in "说說称稱":
        return True
    word = _function_start().match(rest)
    return word is not None and len(word.group()) >= 2


_TITLE_SEPARATOR = re.compile(r"[ \t]*[:：|｜][ \t]*")
# A government or cabinet named after its leader (里根政府, 刘兆玄内阁, 拜登政府): the name before it is a person's.
_LEADER_BODY = re.compile("|".join(_variants("政府 内阁 政权 当局")))


def _transliterated_name_length(text: str, start: int) -> int:
    """Length of a transliterated name (a run holding a syllable that marks one) starting at `start` and ending
    where a function word, punctuation or a verb starts, or 0."""
    chars = transliteration_characters()
    end = start
    while end < len(text) and end - start < 7 and text[end] in chars:
        end += 1
    word = text[start:end]
    if not transliterated_name_shape(word):
        return 0
    after = text[end : end + 1]
    if after and _is_han(after) and after not in _STOP_ZH and not _starts_function_word(text[end:]):
        return 0
    return end - start


def _leader_before(text: str, end: int) -> tuple[int, int] | None:
    """The person a government is named after: a transliterated name (里根) or a Chinese name of family name and
    two given characters (刘兆玄), neither a place nor a known body; the run must start a word."""
    chars = transliteration_characters()
    start = end
    while start > 0 and end - start < 6 and text[start - 1] in chars:
        start -= 1
    for begin in range(start, end - 1):
        word = text[begin:end]
        if transliterated_name_shape(word) and _known_kind(word) in (None, FactKind.PERSON):
            if _known_kind_in(word):
                return None
            return begin, end
    word = text[end - 3 : end] if end >= 3 else ""
    if (
        len(word) == 3
        and word[0] in _common_surnames()
        and all(_is_han(ch) and ch not in _STOP_ZH and ch not in _NOT_GIVEN_CHARS for ch in word[1:])
        and _known_kind(word) is None
        and not _known_kind_in(word)
        and _plausible_chinese_name(text, end - 3, end)
    ):
        return end - 3, end
    return None


def _known_kind_in(word: str) -> bool:
    """Whether a known place or body of two characters or more ends or starts `word` (美国, 叙利亚)."""
    return any(_known_kind(word[at:]) not in (None, FactKind.PERSON) for at in range(len(word) - 1)) or any(
        _known_kind(word[:length]) not in (None, FactKind.PERSON) for length in range(2, len(word))
    )


# Words a family-name character ends (对于, 时任, 方向): the character after them starts no name.
_WORDS_ENDING_IN_SURNAME = frozenset(
    _variants(
        "对于 由于 关于 等于 至于 属于 位于 终于 在于 基于 鉴于 处于 过于 时任 现任 曾任 出任 担任 前任 历任 继任 "
        "接任 首任 升任 转任 方向 面向 转向 走向 一向 志向 朝向 倾向 取向 导向 去向 动向 意向 偏向 流向 指向 反向 "
        "而且 并且 况且 一旦 明白 坦白 空白 蛋白 黑白 告白 独白"
    )
)
# Last characters of a title's qualifier or of the verb before it, not of a given name (任职副总统, 任命为总统).
_NOT_NAME_LAST = frozenset(_variants("副 前 原 代 总 为 后 时 间 期"))


@lru_cache(maxsize=1)
def _common_surnames() -> frozenset[str]:
    """Family names trusted without a title: the list less the characters that are also common words (蓝, 华)."""
    return frozenset(CHINESE_SURNAMES - _TITLE_ONLY_SURNAMES)


def _name_shaped(word: str) -> bool:
    """A Chinese name's shape (a family name and one or two given characters, no grammar among them) or a
    transliteration's."""
    if transliterated_name_shape(word):
        return True
    if not 2 <= len(word) <= 3 or word[0] not in _common_surnames() or word in _NAME_BLACKLIST:
        return False
    return not any(ch in _STOP_ZH or ch in _NOT_GIVEN_CHARS for ch in word[1:])


def _plausible_subject(text: str, start: int, end: int) -> bool:
    return text[start:end] not in _NAME_BLACKLIST and _plausible_chinese_name(text, start, end)


def _plausible_chinese_name(text: str, start: int, end: int) -> bool:
    """Whether a guessed Chinese name is no run of other words: its family name does not end a word before it
    (时任美国总统, 对于算命先生), it holds no known place (向埃及法老), and it does not end in a title's qualifier."""
    if text[max(0, start - 1) : start + 1] in _WORDS_ENDING_IN_SURNAME or text[end - 1] in _NOT_NAME_LAST:
        return False
    return not any(
        _place_name(text[at : at + length])
        for at in range(start + 1, end)
        for length in (2, 3)
        if at + length <= len(text)
    )


_SPEAKER_CLAUSE_START = frozenset('，。；：！？“”「」『』（）、\n ,.;:!?"由和与與及据據')


def _chinese_name_before(text: str, end: int, speech: bool) -> tuple[int, int] | None:
    """A name right before 先生/总统 (or a speech verb, then only at the start of a clause)."""
    for length in (3, 2, 4):
        start = end - length
        if start < 0:
            continue
        word = text[start:end]
        if word in _NAME_BLACKLIST or not all(_is_han(ch) for ch in word):
            continue
        prefixed = text[end : end + 1] in _TITLE_PREFIXES_ZH  # 刘鹤 + 副总理: the name ends at the title's prefix
        surname = 2 if text[start : start + 2] in CHINESE_COMPOUND_SURNAMES else 1
        if _chinese_given_name_length(text, start) != length and not (
            prefixed and text[start] in CHINESE_SURNAMES and length - surname in (1, 2)
        ):
            continue
        before = text[start - 1] if start > 0 else "\n"
        # 据王小明说: "according to" opens the clause of a speaker too
        clause_start = before in _SPEAKER_CLAUSE_START or (before == "的" and length == 3)
        if speech and not clause_start:
            continue  # 比亚迪的王传福说: a full name after 的 starts a clause too
        if not speech and before not in _STOP_ZH and _is_han(before) and length < 3:
            continue
        return start, end
    return None


def _japanese_full_name(word: str) -> bool:
    """3-5 kanji starting with a known family name and holding no common word: 田中一郎, 佐々木健太."""
    if word in _NAME_BLACKLIST or any(generic in word for generic in _JA_NOT_IN_NAMES):
        return False
    if word.endswith(tuple(_TITLES_JA)) or word.endswith(tuple(_ORG_SUFFIXES_JA)):
        return False  # 鈴木花子氏 (the title rule finds her), 山田化学 (a company)
    return any(word.startswith(surname) and len(word) - len(surname) >= 1 for surname in JAPANESE_SURNAMES)


def _japanese_name_before(text: str, end: int, title: str = "") -> tuple[int, int] | None:
    """The name before さん/氏/首相: a katakana word, or 2-4 kanji starting with a known family name."""
    start = end
    if start > 0 and _is_katakana(text[start - 1]):
        while start > 0 and (_is_katakana(text[start - 1]) or text[start - 1] in "・＝="):
            start -= 1
        word = text[start:end]
        if (
            len(word) >= 2
            and word not in ("グループ", "メンバー", "ユーザー", "チーム")
            and not _only_common_nouns(word)
        ):
            return start, end
        return None  # シングル選手, ベテラン選手: a kind of player, not a name
    while start > 0 and end - start < 5 and _is_han(text[start - 1]):
        start -= 1
    for offset in range(start, end - 1):
        word = text[offset:end]
        if not 2 <= len(word) <= 4 or word in _NAME_BLACKLIST:
            continue
        if _holds_title(word):
            continue  # 楽天会長兼社長: a run of titles, the name comes after them
        if any(word.startswith(surname) for surname in JAPANESE_SURNAMES if len(surname) >= 2) or (
            len(word) >= 3 and word[0] in JAPANESE_SURNAMES
        ):
            return offset, end
    # Four or five kanji after a clause boundary, right before a personal title: family and given name
    # (吉村洋文知事, 小池百合子知事).
    for length in (4, 5):
        word = text[end - length : end] if end >= length else ""
        before = text[end - length - 1] if end > length else ""
        if (
            title in _STRONG_TITLES_JA
            and len(word) == length
            and all(_is_han(ch) for ch in word)
            and (not before or not _is_han(before))
            and not any(generic in word for generic in _JA_NOT_IN_NAMES)
            and not _holds_title(word)
        ):
            return end - length, end
    return None


def _holds_title(word: str) -> bool:
    """楽天会長兼 (before 社長): a company and titles joined by 兼; 回参議院 (before 議員): a chamber or a body
    the title belongs to; never a name."""
    return (
        "兼" in word
        or word.endswith(_BODY_NAME_ENDINGS_JA)
        or any(title in word for title in _TITLES_JA if len(title) >= 2)
    )


_BODY_NAME_ENDINGS_JA = ("院", "会", "党", "省", "庁", "局", "府", "部", "県", "国", "社")


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longer of overlapping mentions (中国银行 over 中国), the earlier on ties; one sweep."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda item: (item.start, -(item.end - item.start))):
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def _alias_mentions(text: str, found: list[Mention], japanese: bool = False) -> list[Mention]:
    """Later short forms: 岸田 after 岸田文雄, 特朗普 after 唐纳德·特朗普, 蚂蚁 after 蚂蚁集团."""
    aliases: dict[str, Mention] = {}
    for mention in found:
        word = text[mention.start : mention.end]
        if mention.name is not None:
            continue
        if mention.kind is FactKind.PERSON:
            for separator in "·・•‧":
                if separator in word:
                    aliases[word.rsplit(separator, 1)[1]] = mention
            if len(word) >= 3 and word[:2] in JAPANESE_SURNAMES:
                aliases[word[:2]] = mention
            elif len(word) == 4 and all(_is_han(ch) for ch in word):
                aliases[word[:2]] = mention  # 大谷翔平 → 大谷 (family names are usually two kanji)
        elif mention.kind is FactKind.ORG:
            for suffix in _ORG_SUFFIXES_ZH + _ORG_SUFFIXES_JA:
                if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                    short = word[: -len(suffix)]
                    known = _cjk_gazetteer().get(short)
                    if known is not None and known.kind is FactKind.PLACE:
                        break  # 日本 of 日本総領事館, 北京 of 北京大学: the place stays a place
                    if not (japanese and _only_common_nouns(short)):  # 再発防止 of 再発防止委員会 is no name
                        aliases[short] = mention
                    break
    aliases = {alias: mention for alias, mention in aliases.items() if len(alias) >= 2}
    if not aliases:
        return []
    pattern = re.compile(_alternation(list(aliases)))
    return [
        Mention(
            match.start(),
            match.end(),
            aliases[match.group()].kind,
            text[aliases[match.group()].start : aliases[match.group()].end],
        )
        for match in pattern.finditer(text)
    ]
