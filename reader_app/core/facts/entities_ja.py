"""Japanese organisations, people and places from SudachiPy's parts of speech, with titles kept outside names.

Sudachi marks family and given names (人名 姓/名), places (地名) and other proper nouns (固有名詞 一般, mostly
companies and bodies: ソフトバンクグループ, 内閣府). On top of its words these rules join katakana names written
with ・ (ウェルズ・ファーゴ), attach company forms (株式会社, (株), ホールディングス) to the name, find ministries and
agencies (総務省, デジタル庁), and decide a joined katakana name's kind from what surrounds it: a title or
honorific after it (氏, さん, 社長, 大統領) makes a person, a company word in or after it an organisation.
When SudachiPy is not installed this finds nothing and the shared CJK rules work alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader_app.core.facts.entities_en import Mention
from reader_app.core.facts.lexicon import lexicon_words
from reader_app.core.facts.model import FactKind
from reader_app.core.japanese_morphology import Morpheme, analyse, pieces


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DOTS = frozenset("・=＝")
# Titles and honorifics: they follow a person's name and stay outside it.
TITLES = _words(
    "氏 さん 様 君 ちゃん 首相 大統領 副大統領 社長 副社長 会長 副会長 知事 市長 町長 村長 区長 議員 議長 容疑者 被告 "
    "総裁 副総裁 長官 大臣 外相 財務相 防衛相 経産相 官房長官 選手 監督 主席 国家主席 首席 CEO COO CFO 最高経営責任者 "
    "代表 代表取締役 取締役 理事長 頭取 書記長 党首 幹事長 委員長 教授 准教授 博士 弁護士 記者 局長 部長 課長 "
    "所長 学長 校長 院長 署長 創業者 共同創業者 創設者 国王 女王 王子 皇太子 首脳 報道官 氏ら "
    # ranks, crews, clergy, courts and sport, which news writes after the name too (大谷翔平投手, 小田船長)
    "船長 機長 艦長 中将 大将 少将 大佐 中佐 少佐 元帥 提督 司令官 巡査 警部 刑事 大使 総領事 事務総長 事務局長 "
    "判事 検事 裁判長 アナウンサー キャスター コーチ 投手 捕手 内野手 外野手 騎手 棋士 名人 横綱 大関 関脇 力士 "
    "親方 住職 牧師 神父 司教 大司教 枢機卿 教皇 女史 夫人 先生"
)
# Words that make the name before them (or holding them) a company or body.
_ORG_WORDS = _words(
    "株式会社 有限会社 合同会社 (株) （株） ホールディングス グループ コーポレーション カンパニー インク "
    "インコーポレイテッド 銀行 証券 信託 生命 損保 保険 商事 物産 電機 電力 製作所 工業 自動車 新聞 新聞社 通信 "
    "通信社 放送 テレビ 航空 鉄道 製薬 建設 不動産 財団 機構 協会 連合 委員会 取引所 大学 研究所 "
    "エンド アンド タイムズ ポスト ジャーナル モーターズ エアラインズ エアライン バンク ファンド キャピタル "
    "テクノロジーズ テクノロジー システムズ ラボ ラボラトリーズ ファーマ ファイナンシャル フィナンシャル "
    "ネットワーク ネットワークス コミュニケーションズ エンタテインメント エンターテインメント"
)
_ORG_PREFIXES = frozenset({"株式会社", "有限会社", "合同会社", "(株)", "（株）"})
# Endings of ministries, agencies and public bodies (総務省, 金融庁, 内閣府, 気象庁, 国税局).
_BODY_ENDINGS = ("省", "庁", "府", "局", "委員会", "機構", "裁判所", "銀行")
# Common nouns with those endings, and determiners that make "the ministry" rather than a name.
_NOT_BODIES = _words(
    "省庁 官庁 本省 同省 各省 両省 当省 本庁 同庁 各庁 両庁 政府 同府 都道府県 府県 当局 同局 各局 支局 本局 "
    "薬局 放送局 事務局 郵便局 結局 難局 局面 委員会 同委員会 中央銀行 銀行 各銀行 大手銀行 地方銀行 地銀 "
    "テレビ局 ラジオ局 キー局 地方局 民放局 系列局 在京局 在阪局 独立局 地上波局"
)
_GENERIC_FIRST = frozenset("同各両当本他全該")
# Proper nouns Sudachi marks 固有名詞 一般 that name no organisation: eras, festivals, languages and the like.
_NOT_ORG_SUFFIXES = (
    "語", "文字", "時代", "戦争", "条約", "法", "賞", "杯", "祭", "線", "号", "駅", "川", "山", "島",
    # products, events and landmarks Sudachi also marks as proper nouns (ワールドカップ, スカイツリー)
    "ランド", "ツリー", "タワー", "カップ", "ナンバー", "シリーズ", "ウズ", "ステーション",
    # events (リーマンショック, 阪神・淡路大震災, アトランタオリンピック, 熊本地震, ジャパンオープン)
    "ショック", "震災", "事件", "選手権", "大会", "オリンピック", "パラリンピック", "博覧会", "地震", "オープン",
    "プレーオフ", "フェスティバル", "マーケット",
)  # fmt: skip
# Last words of a venue's, a tournament's or a work's name written like a person's (カウフマン・スタジアム,
# ナンシー・ロペス・ゴルフ, シューベルト・アレー).
_VENUE_OR_SPORT_WORDS = _words(
    "スタジアム アリーナ ホール ハウス ホテル パーク ガーデン アレー ストリート アベニュー ブリッジ タワー センター "
    "ゴルフ テニス カップ トロフィー クラシック オープン コンサート フェスティバル バレエ ショー ドーム プラザ"
)
# Last words of an event's name written like a person's (リーマン・ショック, ニクソン・ショック).
_EVENT_WORDS = _words("ショック 事件 事故 震災 危機 騒動 スキャンダル ゲート")
# What follows a proper noun that makes it an era (天正3年, 延暦年間, 慶長の役) or part of an event's or prize's name
# (スイスフィギュアスケート選手権, リーマンショック直後 is Sudachi's one word): no organisation either way.
_ERA_OR_EVENT_AFTER = re.compile(
    r"[0-9０-９一二三四五六七八九十元]+年|年間|年代|の(?:役|乱|変)(?![\u4e00-\u9fff])|"
    r"選手権|大会|杯|賞|事件|震災|地震|紅白歌合戦|チャンピオンズリーグ|グランプリ|映画祭|音楽祭|演劇祭"
)
# Industry words that make a place before them a company's name (奈良 + 交通, 阪神 + 電鉄): Sudachi knows the
# big ones whole (東京電力, 大阪ガス), these are the ones it leaves in two words.
_PLACE_INDUSTRY = _words(
    "交通 電鉄 鉄道 バス 航空 電力 ガス 銀行 証券 信金 信用金庫 テレビ 放送 新聞 汽車 海運 運輸 観光 倉庫 電灯"
)
# Two-word industry endings after a place (阪神急行電鉄, 東陽監査法人, 阪和電気鉄道) and one the list above lacks.
_PLACE_INDUSTRY_COMPOUNDS = _words(
    "急行電鉄 電気鉄道 急行電鉄 監査法人 信用金庫 信用組合 相互銀行 造船所 電気工業 瓦斯会社 高速鉄道 高速バス 観光バス"
)
# Endings that join a place name to make a larger place (カリブ海, ペルシャ湾, 千島列島).
_PLACE_ENDINGS = _words("海 湾 島 諸島 列島 半島 川 山 山脈 砂漠 高原 盆地 州 県 市 区 町 村")
# After a place, these make the place's government or one of its bodies an organisation (日本政府, 米国議会,
# イギリス海軍, 米国商務省, 中国中央テレビ): the words may come after a common noun or two (商務 + 省).
_PLACE_BODIES = _words(
    "政府 新政府 議会 国会 連邦議会 国民議会 海軍 陸軍 空軍 軍 警察 政府軍 国防軍 当局 省 庁 局 評議会 委員会 "
    "国勢調査局 中央銀行 テレビ 放送 新聞 通信 通信社"
)
_GENERIC_PLACE_BODIES = _words("当局")
"""'The authorities' is generic: only with a named body word before it (it never ends a name on its own)."""
_LEADERS = _words("首相 総理 総理大臣 大統領 知事")
# Particles and marks that end a name written without a title (田中は, 李斯に, ゲイリーが, 朱徳・陳雲).
_AFTER_BARE_NAME = _words("は が に と の も ら を や へ から より で 、 ・ 。 」 』 )")
# A lone family name needs a stronger cue: a topic or subject particle, or ら (田中は, 湯浅が, 野溝ら).
_AFTER_BARE_FAMILY = _words("は が ら と も")
# Company words strong enough to make a run of katakana common nouns before them a company (ノース + ウェスト + 航空).
_STRONG_COMPANY_WORDS = _words(
    "株式会社 (株) （株） ホールディングス コーポレーション 航空 銀行 証券 生命 損保 商事 物産 電機 製薬 製作所 "
    "工業 新聞 通信社 放送 鉄道 電鉄 監査法人 精肉店 造船所 建設 不動産 ジャーナル タイムズ"
)
# After a family name these make a business named after its founder (村上ファンド, 田中工務店, 山田商店).
_FOUNDER_BUSINESS_WORDS = _words("ファンド 商店 工務店 商会 事務所 興業 産業 組 建設 製作所 財団 グループ")
# Words before "の" that describe what follows as a company (コンビニエンスストアのローソン, 米大手のモルガン),
# and verbs of a company after its particle (ローソンが買収した).
_COMPANY_DESCRIPTIONS = _words(
    "コンビニエンスストア コンビニ 大手 最大手 会社 企業 チェーン メーカー ブランド 小売 スーパー 子会社 親会社 傘下 "
    "銀行 証券会社 航空会社 投資会社 運営会社 百貨店 量販店 販売店 通販"
)
_COMPANY_VERBS = _words("買収 出資 上場 提携 合併 傘下 子会社 営業 出店 閉店 倒産 経営統合 増資 減資 決算")
# After a place name these make a language or a people, not a mention of the place (日本語, 中国人).
_NOT_PLACE_AFTER = _words("語 人 系 製 産 式 風 料理 文字 時間 標準時")


def _is_katakana_word(text: str) -> bool:
    return bool(text) and all("\u30a0" <= ch <= "\u30ff" or ch in _DOTS for ch in text)


def _is_kanji_word(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _pos(word: Morpheme) -> tuple[str, ...]:
    return word.part_of_speech


def _is_person_part(word: Morpheme) -> bool:
    return word.part_of_speech[:3] == ("名詞", "固有名詞", "人名")


def _is_place(word: Morpheme) -> bool:
    return word.is_place_name


def _is_other_proper(word: Morpheme) -> bool:
    return word.part_of_speech[:3] == ("名詞", "固有名詞", "一般")


def _name_like(word: Morpheme) -> bool:
    """A word that can be part of a joined katakana or Latin name."""
    surface = word.surface
    return word.part_of_speech[0] == "名詞" and (
        _is_katakana_word(surface) or (surface.isascii() and surface.isalnum())
    )


def _strip_title(text: str) -> str:
    """トランプ大統領 → トランプ: Sudachi sometimes keeps a title inside a proper noun."""
    for title in sorted(TITLES, key=len, reverse=True):
        if text.endswith(title) and len(text) > len(title):
            return text[: -len(title)]
    return text


class JapaneseNames:
    """Finds name mentions in one text with Sudachi's words."""

    def find(self, text: str) -> list[Mention]:
        return self.find_with_hidden(text)[0]

    def find_with_hidden(self, text: str) -> tuple[list[Mention], list[tuple[int, int]]]:
        """The mentions, and the spans where no other rule should find a place: a place's name inside a facility's
        or an event's (浜岡原発, 東海地震) or inside a longer proper noun that names no body (東海道新幹線)."""
        mentions: list[Mention] = []
        hidden: list[tuple[int, int]] = []
        families: set[str] = set()  # family names of the full names found so far: 八木 after 八木誠 is the person
        for offset, end in pieces(text):  # a piece at a time: a long text's words are never all held at once
            piece = text[offset:end]
            words = analyse(piece, "C")
            index = 0
            while index < len(words):
                if words[index].surface in families and not _runs_on(words, index):
                    word = words[index]
                    mentions.append(Mention(word.start + offset, word.end + offset, FactKind.PERSON))
                    index += 1
                    continue
                consumed, mention = self._at(piece, words, index)
                if mention is None:
                    hides = _hidden_end(words, index)
                    if hides >= 0:
                        hidden.append((words[index].start + offset, hides + offset))
                if mention is not None and mention.kind is FactKind.PERSON and consumed >= 2:
                    first = words[index]
                    if first.is_family_name and len(first.surface) >= 2:
                        families.add(first.surface)
                if mention is not None and mention.end > mention.start:
                    for found in _split_places(piece, mention):
                        mentions.append(Mention(found.start + offset, found.end + offset, found.kind, found.name))
                index += max(consumed, 1)
            extra = _quoted_bodies(words) + _bodies_with_seat(words) + _leaders_governments(words)
            for found in extra + _companies_by_what_they_have(words):
                mentions.append(Mention(found.start + offset, found.end + offset, found.kind))
        return _one_kind_per_name(text, _people_by_surroundings(text, mentions)), hidden

    def _at(self, text: str, words: list[Morpheme], index: int) -> tuple[int, Mention | None]:
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else None
        known = _known_organisation(words, index)
        if known >= index:  # 楽天, 東京地検特捜部, フジテレビ(・ニッポン放送): a well-known organisation's words
            return known - index + 1, Mention(word.start, words[known].end, FactKind.ORG)
        # JPモルガン, UFJインターナショナル: capitals written together with a katakana name or a company word.
        if _acronym_company(words, index):
            last = max(index + 1, _kanji_company_end(words, index + 1))
            form = words[last + 1] if last + 1 < len(words) else None
            if form is not None and form.start == words[last].end and form.surface in _ORG_WORDS:
                last += 1  # UFJ + インターナショナル + 株式会社
            return last - index + 1, Mention(word.start, words[last].end, FactKind.ORG)
        # 株式会社メルカリ / (株)ソニー: the company form belongs to the name.
        if word.surface in _ORG_PREFIXES and following is not None and _proper_or_katakana(following):
            last = _joined_end(words, index + 1)
            return last - index + 1, Mention(word.start, words[last].end, FactKind.ORG)
        # Family name (+ given name): 山田 進太郎, 岸田 文雄; a lone family name needs a title after it.
        if word.is_family_name:
            end = index
            if following is not None and following.is_given_name and following.start == word.end:
                end = index + 1
            after = words[end + 1] if end + 1 < len(words) else None
            if end > index or (after is not None and after.surface in TITLES):
                return end - index + 1, Mention(word.start, words[end].end, FactKind.PERSON)
            given = _chinese_given_name(words, index)
            if given > index:  # 徐 + 平, 蔡 + 長庚, 楊 + 秀麗: a Chinese name, family name first
                return given - index + 1, Mention(word.start, words[given].end, FactKind.PERSON)
            if after is not None and after.start == word.end and after.surface in _FOUNDER_BUSINESS_WORDS:
                return 2, Mention(word.start, after.end, FactKind.ORG)  # 村上ファンド
            if _bare_family_name(words, index):
                return 1, Mention(word.start, word.end, FactKind.PERSON)  # 田中は, 野溝ら
            return 1, None
        # A joined katakana or Latin name: ウェルズ・ファーゴ, ビザ・ワールドワイド・ジャパン株式会社.
        if _name_like(word) and (
            _is_person_part(word)
            or _is_other_proper(word)
            or _is_place(word)
            or _dot_after(words, index)
            or _proper_katakana_after(words, index)
        ):
            last = _joined_end(words, index)
            parts = [item for item in words[index : last + 1] if item.surface not in _DOTS]
            joined = last > index
            after = words[last + 1] if last + 1 < len(words) else None
            before = words[index - 1] if index > 0 else None
            org_evidence = any(part.surface in _ORG_WORDS for part in parts[1:]) or (
                after is not None and after.surface in _ORG_WORDS
            )
            end = words[last].end
            if after is not None and after.surface in _ORG_WORDS and after.start == end:
                end = after.end  # ワールドワイド・ジャパン株式会社: the company form belongs to the name
            named_person = joined and _is_person_part(parts[0])  # マーロン・ブランド is a man, not a -ランド
            if joined and parts[-1].surface in _VENUE_OR_SPORT_WORDS:
                return last - index + 1, None  # カウフマン・スタジアム, ナンシー・ロペス・ゴルフ: no person
            if not org_evidence and parts[-1].surface in _EVENT_WORDS:
                return last - index + 1, None  # リーマン・ショック: an event, whoever it is named after
            if not org_evidence and not named_person and text[word.start : words[last].end].endswith(_NOT_ORG_SUFFIXES):
                return last - index + 1, None  # アトランタ + オリンピック: an event
            if not org_evidence and _ERA_OR_EVENT_AFTER.match(text, words[last].end):
                return last - index + 1, None  # スイスフィギュアスケート選手権: a championship, not a body
            if after is not None and after.surface in TITLES and not org_evidence:
                return last - index + 1, Mention(word.start, words[last].end, FactKind.PERSON)
            if joined and _separate_bodies(text, words, index, last):
                return 1, Mention(word.start, word.end, FactKind.ORG)  # フジテレビ・ニッポン放送: two companies
            if org_evidence:
                return last - index + 1, Mention(word.start, end, FactKind.ORG)
            if joined and all(_is_katakana_word(part.surface) for part in parts):
                dotted = any(item.surface in _DOTS for item in words[index : last + 1])
                if _is_person_part(parts[0]) and not (before is not None and before.surface in ("米", "英", "独")):
                    return last - index + 1, Mention(word.start, end, FactKind.PERSON)
                if dotted and _person_context(words, index) and not _company_context(words, index):
                    return last - index + 1, Mention(word.start, end, FactKind.PERSON)  # 女優のアドリエーン・ラルッサ
                if any(_is_other_proper(part) for part in parts):
                    return last - index + 1, Mention(word.start, end, FactKind.ORG)
                if dotted and _is_place(parts[0]) and _is_person_part(parts[-1]):
                    return last - index + 1, Mention(word.start, end, FactKind.ORG)  # バークシャー・ハサウェイ
                if dotted and any(map(_is_person_part, parts)) and not any(map(_is_place, parts)):
                    return last - index + 1, Mention(word.start, end, FactKind.PERSON)  # モティラル・ネルー
                if not dotted and any(part.is_proper_noun for part in parts) and not all(map(_is_place, parts)):
                    return last - index + 1, Mention(word.start, end, FactKind.ORG)  # ペトロ + チャイナ: one name
                if all(map(_is_place, parts)):
                    return last - index + 1, Mention(word.start, end, FactKind.PLACE)
                return last - index + 1, None
            if not joined and _is_place(word):
                return _place_or_company(words, index)
            if not joined and _is_other_proper(word):
                return 1, _proper_noun(text, word, after)
            if not joined and _is_person_part(word) and after is not None and after.surface in TITLES:
                return 1, Mention(word.start, word.start + len(_strip_title(word.surface)), FactKind.PERSON)
            if not joined and _is_person_part(word) and _bare_name_end(words, index) and len(word.surface) >= 3:
                kind = FactKind.ORG if _company_context(words, index) else FactKind.PERSON
                return 1, Mention(word.start, word.end, kind)  # ゲイリーは; コンビニエンスストアのローソンが買収
            return last - index + 1, None
        if word.is_given_name and _kin_before(words, index):
            return 1, Mention(word.start, word.end, FactKind.PERSON)  # 三女悦子, 妻の恵子: a relative named
        if _is_person_part(word) and not word.is_given_name:
            name = _strip_title(word.surface)
            after = following
            titled = name != word.surface or (after is not None and after.surface in TITLES)
            if titled or len(name) >= 3 or (len(name) == 2 and _bare_name_end(words, index)):
                return 1, Mention(word.start, word.start + len(name), FactKind.PERSON)
            return 1, None
        if _is_other_proper(word):
            return 1, _proper_noun(text, word, following)
        if _is_place(word):
            return _place_or_company(words, index)
        if _katakana_company(words, index) > index:  # ノース + ウェスト + 航空: common words, a company's name
            last = _katakana_company(words, index)
            return last - index + 1, Mention(word.start, words[last].end, FactKind.ORG)
        deed = _company_by_deed(words, index)
        if deed >= index and _does_company_deed(words, deed):  # フォックスコンに生産委託: a company's deed
            return deed - index + 1, Mention(word.start, words[deed].end, FactKind.ORG)
        residence = following is not None and following.surface == "官邸" and following.start == word.end
        if word.surface in _LEADERS and following is not None and residence:
            return 2, Mention(word.start, following.end, FactKind.ORG)  # 首相官邸: the leader's office
        if word.part_of_speech[:2] == ("名詞", "普通名詞") and _public_body(word.surface):
            return 1, Mention(word.start, word.end, FactKind.ORG)
        return 1, None


_HONORIFICS = _words("氏 さん 様 君 ちゃん 夫人 女史")
"""After a known organisation's name these make it a person's (スズキ氏); a post (楽天会長) does not."""
_MAX_KNOWN_WORDS = 6
"""Sudachi words a well-known organisation's name may span (日本 + 維新 + の + 会)."""


def _known_organisation(words: list[Morpheme], index: int) -> int:
    """Index of the last word of a well-known organisation (resources/facts/organisations_ja.txt) whose words start
    at `index`, or -1: the name must be made of whole words (楽天 but not 楽天的, アップル but not アップルパイ),
    not run on into a katakana word or a place's ending (アマゾン川), nor be a person's (スズキ氏) or part of a
    dotted name (ニコラ・テスラ); a company form after it joins it (トヨタ自動車株式会社)."""
    known = lexicon_words("organisations_ja.txt")
    if words[index].surface[:1] not in _known_initials():
        return -1
    joined, found = "", -1
    for at in range(index, min(index + _MAX_KNOWN_WORDS, len(words))):
        if at > index and words[at].start != words[at - 1].end:
            break
        joined += words[at].surface
        if joined in known:
            found = at
    if found < 0:
        return -1
    first, last = words[index], words[found]
    before = words[index - 1] if index > 0 and words[index - 1].end == first.start else None
    after = words[found + 1] if found + 1 < len(words) and words[found + 1].start == last.end else None
    if before is not None and (
        before.surface in _DOTS or (_is_katakana_word(before.surface) and _is_katakana_word(first.surface[:1]))
    ):
        return -1
    if after is not None and after.surface in _ORG_WORDS:
        return found + 1  # トヨタ自動車 + 株式会社, ソニー + グループ: the company form belongs to the name
    if after is not None and (
        after.surface in _HONORIFICS
        or after.surface in _PLACE_ENDINGS
        or (_is_katakana_word(after.surface) and _is_katakana_word(last.surface[-1:]) and after.surface not in _DOTS)
    ):
        return -1
    return found


@lru_cache(maxsize=1)
def _known_initials() -> frozenset[str]:
    return frozenset(name[0] for name in lexicon_words("organisations_ja.txt"))


def _separate_bodies(text: str, words: list[Morpheme], index: int, last: int) -> bool:
    """Whether names joined by ・ are two bodies listed together (フジテレビ・ニッポン放送, 日本テレビ・読売テレビ):
    each part is one proper noun or a known organisation, and each ends in a company word or is known."""
    parts, current = [], [index]
    for at in range(index + 1, last + 1):
        if words[at].surface in _DOTS:
            parts.append(current)
            current = []
        else:
            current.append(at)
    parts.append(current)
    if len(parts) < 2:
        return False
    known = lexicon_words("organisations_ja.txt")
    for part in parts:
        name = "".join(words[at].surface for at in part)
        if name in known:
            continue
        if len(part) != 1 or not _is_other_proper(words[part[0]]) or not name.endswith(tuple(_ORG_WORDS)):
            return False
    return True


# Ordinary heads of a place of business: ordinary nouns before them name a kind (流通センター), not one.
_FACILITY_HEADS = _words("センター 会館 工場 市場 団地 施設 ターミナル")


def _common_nouns_only(surface: str) -> bool:
    """Whether a compound Sudachi lists as a proper noun is ordinary nouns ending in an action (社名 + 変更) or in
    a facility's head (流通 + センター), where a name keeps a proper part (東京 証券 取引 所) or ends in what it is
    (立憲 民主 党)."""
    facility = surface.endswith(tuple(_FACILITY_HEADS))
    if not facility and not all("\u4e00" <= ch <= "\u9fff" for ch in surface):
        return False
    parts = analyse(surface, "A")
    return (
        len(parts) >= 2
        and all(part.part_of_speech[1] in ("普通名詞", "名詞的") and part.known for part in parts)
        and (parts[-1].part_of_speech[2] == "サ変可能" or parts[-1].surface in _FACILITY_HEADS)
    )


def _proper_noun(text: str, word: Morpheme, after: Morpheme | None) -> Mention | None:
    """A proper noun that is neither person nor place: an organisation unless its ending says otherwise."""
    surface = word.surface
    if len(surface) < 2 or surface.endswith(_NOT_ORG_SUFFIXES) or surface[0] in _GENERIC_FIRST:
        return None
    if _ERA_OR_EVENT_AFTER.match(text, word.end) or surface in lexicon_words("japanese_eras.txt"):
        return None  # 天正3年; 明治・大正期: an era
    if surface.isascii() or any(ch.isdigit() for ch in surface):
        return None  # Latin names are the shared rules' (gazetteer, capitalised words)
    if _common_nouns_only(surface):
        return None  # 社名変更: a title of the dictionary's made of ordinary words, not a name
    end = word.end
    if after is not None and after.surface in _ORG_WORDS and after.start == end:
        end = after.end  # トヨタ自動車 株式会社
    return Mention(word.start, end, FactKind.ORG)


def _place_or_company(words: list[Morpheme], index: int) -> tuple[int, Mention | None]:
    """奈良交通, 阪神電鉄: a place written together with an industry word names a company; 日本政府, 米国商務省:
    a place with a body of its state names that body; else the place."""
    word = words[index]
    after = words[index + 1] if index + 1 < len(words) else None
    if after is not None and after.start == word.end and after.surface in _PLACE_INDUSTRY and len(word.surface) >= 2:
        return 2, Mention(word.start, after.end, FactKind.ORG)
    second = words[index + 2] if index + 2 < len(words) else None
    if (
        after is not None
        and second is not None
        and after.start == word.end
        and second.start == after.end
        and after.surface + second.surface in _PLACE_INDUSTRY_COMPOUNDS
    ):
        return 3, Mention(word.start, second.end, FactKind.ORG)  # 阪神 + 急行 + 電鉄, 東陽 + 監査 + 法人
    body = _place_body(words, index)
    if body == index:
        body = _court_or_police(words, index)
    if body > index:
        return body - index + 1, Mention(word.start, words[body].end, FactKind.ORG)
    return 1, _place(word, after)


def _place_body(words: list[Morpheme], index: int) -> int:
    """Index of the last word of a body named after the place at `index` (日本 + 政府, 米国 + 商務 + 省, 中国 +
    中央 + テレビ), or `index` when none follows: at most two common nouns between, all written together."""
    last = index
    for step in range(1, 4):
        at = index + step
        if at >= len(words) or words[at].start != words[at - 1].end:
            return index
        word = words[at]
        if word.surface in _PLACE_BODIES and not (step == 1 and word.surface in _GENERIC_PLACE_BODIES):
            if word.surface in ("省", "庁", "局") and step == 1:
                return index  # 広東省 is a province, 東京都庁 a building: the suffix rules and places decide
            after = words[at + 1] if at + 1 < len(words) else None
            if (
                after is not None
                and after.start == word.end
                and after.part_of_speech[0] == "名詞"
                and (after.surface not in TITLES and after.part_of_speech[1] != "数詞")
                and after.part_of_speech[:2] != ("接尾辞", "名詞的")
            ):
                return index  # 日本政府系 + 金融機関, 政府 + 関係者: the body word starts a longer phrase
            last = at
            break
        if word.part_of_speech[:2] != ("名詞", "普通名詞") or not _is_kanji_word(word.surface):
            return index
    return last


# Prosecutors, courts and police named after their place (東京地検, 大阪高裁, 大阪府警, 神奈川県警捜査一課).
_COURT_OR_POLICE = re.compile(
    "(?:都|道|府|県)?(?:地検特捜部|地検|高検|最高検|地裁|高裁|家裁|簡裁|地方検察庁|地方裁判所|高等裁判所|"
    "警察本部|警察署|警察|警)(?:捜査[一二三四五六七八九十0-9]+課)?"
)


def _court_or_police(words: list[Morpheme], index: int) -> int:
    """Index of the last word of a court, prosecutors' office or police force written after the place at
    `index`, or `index` when none is."""
    end, following, last = words[index].end, "", index
    ends: dict[int, int] = {}
    for at in range(index + 1, min(index + 6, len(words))):
        if words[at].start != end:
            break
        following += words[at].surface
        end = words[at].end
        ends[len(following)] = at
    match = _COURT_OR_POLICE.match(following)
    if match is not None and match.end() in ends and match.group() not in ("都", "道", "府", "県"):
        last = ends[match.end()]
    return last


def _bare_name_end(words: list[Morpheme], index: int) -> bool:
    """Whether a particle or a mark written right after the word ends a name (李斯に, ゲイリーは, 朱徳・)."""
    if index + 1 >= len(words):
        return False
    after = words[index + 1]
    return after.start == words[index].end and after.surface in _AFTER_BARE_NAME


# What a person is, written before the name with or without の (女優のアドリエーン・ラルッサ, 父モティラル).
_PERSON_DESCRIPTIONS = _words(
    "女優 俳優 歌手 作家 小説家 詩人 画家 作曲家 指揮者 歌手 政治家 実業家 経営者 投資家 学者 経済学者 科学者 "
    "父 母 妻 夫 息子 娘 兄 弟 姉 妹 祖父 祖母 長男 長女 次男 次女 友人 恋人 同僚 弟子 師匠 主人公 "
    "三男 四男 五男 三女 四女 五女 孫 叔父 叔母 伯父 伯母 義父 義母 夫人 長兄 次兄 長姉 実子 養子 愛娘"
)
_KIN = _words(
    "父 母 妻 夫 息子 娘 兄 弟 姉 妹 祖父 祖母 長男 長女 次男 次女 三男 四男 五男 三女 四女 五女 孫 "
    "叔父 叔母 伯父 伯母 義父 義母 長兄 次兄 長姉 実子 養子 愛娘"
)


def _kin_before(words: list[Morpheme], index: int) -> bool:
    """Whether a relative's word stands right before a given name, with or without の (三女悦子, 妻の恵子)."""
    at = index - 1
    if at >= 1 and words[at].surface == "の":
        at -= 1
    return at >= 0 and words[at].surface in _KIN and words[at].end <= words[index].start


def _person_context(words: list[Morpheme], index: int) -> bool:
    """Whether a description of a person stands right before the name, with or without の."""
    at = index - 1
    if at >= 0 and words[at].surface == "の":
        at -= 1
    return at >= 0 and (words[at].surface in _PERSON_DESCRIPTIONS or words[at].surface in TITLES)


_ACRONYM_COMPANY_WORDS = _words(
    "インターナショナル ジャパン アセットマネジメント パートナーズ ホールディングス グループ"
)


def _acronym_company(words: list[Morpheme], index: int) -> bool:
    """Two to five capitals written together with a katakana proper noun or a company word after them (JP +
    モルガン, UFJ + インターナショナル): one company's name; a Latin word before a common katakana word is not
    (Javaベース, Momoチャレンジ)."""
    word = words[index]
    if not (2 <= len(word.surface) <= 5 and word.surface.isascii() and word.surface.isupper()):
        return False
    if index + 1 >= len(words) or words[index + 1].start != word.end:
        return False
    after = words[index + 1]
    if _kanji_company_end(words, index + 1) > index:
        return True  # AIJ + 投資 + 顧問, SBI + 証券
    return _is_katakana_word(after.surface) and (
        after.is_proper_noun or after.surface in _ACRONYM_COMPANY_WORDS or after.surface in _ORG_WORDS
    )


# Kanji words that end a company's name after capitals (AIJ投資顧問, SBI証券, GMO銀行).
_KANJI_COMPANY_ENDS = _words(
    "顧問 証券 銀行 商事 物産 電機 工業 製作所 自動車 航空 電力 製薬 建設 不動産 生命 損保 信託 運輸 通信 放送"
)


def _kanji_company_end(words: list[Morpheme], index: int) -> int:
    """Index of a company word ending a run of at most two kanji words written together from `index`, or -1."""
    for at in range(index, min(index + 2, len(words))):
        if words[at].start != words[at - 1].end or not _is_kanji_word(words[at].surface):
            return -1
        if words[at].surface in _KANJI_COMPANY_ENDS:
            return at
    return -1


# Words that describe what a name in 「」 after them is: a company, a shop chain, a body, a publication or a
# service (チェーン店「ペッパーランチ」, 独立行政法人・「情報通信研究機構」, 大手の「HMV」, 通販サイト「ゾゾタウン」).
_QUOTE_DESCRIPTIONS = _COMPANY_DESCRIPTIONS | _words(
    "チェーン店 レストラン 店舗 法人 独立行政法人 社団法人 財団法人 事業者 業者 団体 組合 新聞 雑誌 誌 月刊誌 週刊誌 "
    "サイト ウェブサイト アプリ サービス プラットフォーム 通販サイト"
)
_QUOTES = {"「": "」", "『": "』"}
# Last words that make a whole quoted name a body's without a description (「大垣食肉供給センター協同組合」).
_QUOTED_ORG_ENDS = _ORG_WORDS | _words("協同組合 組合 協会 連盟 法人 社")
_MAX_QUOTED_WORDS = 8


def _quoted_bodies(words: list[Morpheme]) -> list[Mention]:
    """A name in 「」 right after a word that says it is a company, body, publication or service (with の or ・
    between), or ending in a body's word (「大垣食肉供給センター協同組合」): that organisation, up to a bracket
    inside the quotes (情報通信研究機構(NICT))."""
    found = []
    for index, word in enumerate(words):
        closing = _QUOTES.get(word.surface)
        if closing is None or index == 0:
            continue
        before = index - 1
        if words[before].surface in ("の", "・") and before > 0:
            before -= 1
        described = words[before].surface in _QUOTE_DESCRIPTIONS
        last = index
        for at in range(index + 1, min(index + 1 + _MAX_QUOTED_WORDS, len(words))):
            surface = words[at].surface
            if surface == closing or surface in ("(", "（"):
                break
            if words[at].part_of_speech[0] not in ("名詞", "接尾辞", "接頭辞") and surface not in _DOTS | {"&", "＆"}:
                last = index
                break
            last = at
        else:
            last = index
        if last > index and (described or words[last].surface in _QUOTED_ORG_ENDS):
            found.append(Mention(words[index + 1].start, words[last].end, FactKind.ORG))
    return found


# What only a company has, written right after its name (パランティア株, スノーフレーク傘下, クラウドストライク本社)
# or after its name and の (マイクロンの日本法人, ブルーボトルの従業員).
_COMPANY_HAS = _words("株 株価 傘下 子会社 本社 広報 幹部 株主 日本法人 社員 従業員 経営陣 筆頭株主 時価総額")
_GENERIC_COMPANY_WORDS = _words(
    "グループ メーカー チーム ブランド チェーン ベンチャー スタートアップ ファンド ホールディングス カンパニー メディア"
)
_COMPANY_HAS_AFTER_NO = _words("株価 傘下 子会社 本社 株主 日本法人 社員 従業員 経営陣 筆頭株主 時価総額 広報担当者")


def _companies_by_what_they_have(words: list[Morpheme]) -> list[Mention]:
    """A katakana name followed by what only a company has (shares, a head office, a subsidiary, staff) is a
    company's, even when Sudachi reads it as a person's or does not know it."""
    found = []
    index = 0
    while index < len(words):
        if not _is_katakana_word(words[index].surface) or (
            index > 0 and words[index - 1].end == words[index].start and _is_katakana_word(words[index - 1].surface)
        ):
            index += 1
            continue
        last = _joined_end(words, index)
        run = words[index : last + 1]
        name_end = run[-1].end
        after = words[last + 1] if last + 1 < len(words) else None
        cue = after is not None and after.start == name_end and after.surface in _COMPANY_HAS
        if after is not None and after.surface == "の" and last + 2 < len(words):
            cue = cue or words[last + 2].surface in _COMPANY_HAS_AFTER_NO
        generic = len(run) == 1 and run[0].surface in _GENERIC_COMPANY_WORDS  # グループ社員: the group's staff
        long_enough = name_end - run[0].start >= 3 and run[-1].surface not in _DOTS
        if cue and not generic and long_enough and not all(map(_is_place, run)):
            found.append(Mention(run[0].start, name_end, FactKind.ORG))
        index = last + 1
    return found


def _leaders_governments(words: list[Morpheme]) -> list[Mention]:
    """A leader's name written together with 政権 is that government (朴槿恵政権, ユドヨノ政権, ゴメス政権): the
    name holds a katakana word, a personal name or a word Sudachi does not know; 軍事政権 and 現政権 are kinds."""
    found = []
    for index, word in enumerate(words):
        if word.surface != "政権" or index == 0:
            continue
        run = words[_noun_run_start(words, index, 3) : index]
        if run and any(_is_katakana_word(item.surface) or _is_person_part(item) or not item.known for item in run):
            found.append(Mention(run[0].start, word.end, FactKind.ORG))
    return found


def _noun_run_start(words: list[Morpheme], index: int, most: int, first: int | None = None) -> int:
    """Where the run of at most `most` touching nouns (no numerals) that ends before `words[index]` starts, reading
    back from `first` (default `index`)."""
    first = index if first is None else first
    while (
        first > 0
        and index - first < most
        and words[first - 1].end == words[first].start
        and words[first - 1].part_of_speech[0] == "名詞"
        and words[first - 1].part_of_speech[1] != "数詞"
    ):
        first -= 1
    return first


# What a seat in brackets after a company starts with (シンフォーム(岡山市), JR西日本(本社:大阪市)).
_SEAT_WORDS = _words("本社 本部 本店 所在地")
# Endings of a place of business, whose seat in brackets says where the place is, not who runs it (桜木町駅(横浜市)).
_NOT_SEATED = (
    "駅", "店", "空港", "港", "工場", "病院", "学校", "校", "園", "館", "場", "所", "線", "道", "ビル", "タワー",
    "ホテル", "センター", "ホール", "モール", "支社", "支店", "営業所", "事業所", "本部",
)  # fmt: skip


def _bodies_with_seat(words: list[Morpheme]) -> list[Mention]:
    """A name followed by its seat in brackets, as Japanese news writes a company the first time (シンフォーム
    (岡山市), 文献社(福生市), パンワールド(武蔵野市)): the name is an organisation's when it holds a katakana word, a
    proper noun or ends in 社, and is not a person's or a place's."""
    found = []
    for index in range(1, len(words) - 1):
        if words[index].surface not in ("(", "（") or words[index].start != words[index - 1].end:
            continue
        seat = words[index + 1]
        if not (seat.is_place_name or seat.surface in _SEAT_WORDS or seat.surface.endswith(("市", "区", "町", "村"))):
            continue
        run = words[_noun_run_start(words, index, 4, first=index - 1) : index]
        name = "".join(word.surface for word in run)
        if any(word.part_of_speech[0] != "名詞" or word.part_of_speech[1] == "数詞" for word in run):
            continue
        if _is_person_part(run[0]) or all(map(_is_place, run)) or name.endswith(_NOT_SEATED):
            continue
        if any(_is_katakana_word(word.surface) or word.is_proper_noun for word in run) or name.endswith("社"):
            found.append(Mention(run[0].start, run[-1].end, FactKind.ORG))
    return found


_TITLE_OPENERS = frozenset("「『“\"〈《")
# Area words written after a name that make it a place's (シャイフ・マクスード地区, スミスフィールド郡区), and the
# endings of a larger place written right before one (オクラホマ州エイダ).
_AREA_AFTER = ("地区", "郡区", "郡", "州", "市", "町", "村", "区", "県", "地方", "通り")
_AREA_BEFORE = ("州", "県", "市", "郡", "省")
# After an area word these make a title or another word (市長, 県知事, 区議, 市民, 県立, 州警察).
_AREA_WORD_GOES_ON = frozenset("長知議民立営警内外政庁場連域")
_TITLE_CLOSERS = frozenset("」』”\"〉》")
_TITLES_BY_LENGTH = tuple(sorted(TITLES, key=len, reverse=True))


def _people_by_surroundings(text: str, mentions: list[Mention]) -> list[Mention]:
    """A katakana person's name that opens a quoted title is a work's (「アイ・ラブ・ルーシー」); one with an area
    word after it or a larger place right before it is a place's (スミスフィールド郡区, オクラホマ州エイダ)."""
    result = []
    for mention in mentions:
        if mention.kind is FactKind.PERSON:
            before = text[mention.start - 1 : mention.start]
            katakana = _is_katakana_word(text[mention.start : mention.end])
            if before in _TITLE_OPENERS and katakana and text[mention.end : mention.end + 1] in _TITLE_CLOSERS:
                continue  # the whole quotation is the name: a title; 「トランプ大統領は…」 opens with a speaker
            titled = text.startswith(_TITLES_BY_LENGTH, mention.end)  # 田中市長, 同州ニューサム知事: a person
            area_after = next((area for area in _AREA_AFTER if text.startswith(area, mention.end)), "")
            area_after_ends = area_after and text[mention.end + len(area_after) : mention.end + len(area_after) + 1]
            area_named = bool(area_after) and area_after_ends not in _AREA_WORD_GOES_ON
            state_before = katakana and before in _AREA_BEFORE and text[mention.start - 2 : mention.start - 1] not in (
                _GENERIC_FIRST
            )
            if (area_named or state_before) and not titled:
                mention = Mention(mention.start, mention.end, FactKind.PLACE, mention.name)
        result.append(mention)
    return result


def _one_kind_per_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name read as a company once (コンビニエンスストアのローソン) is the company wherever a bare mention of it
    was read as a person's (ローソンが保有)."""
    companies = {text[item.start : item.end] for item in mentions if item.kind is FactKind.ORG}
    if not companies:
        return mentions
    return [
        Mention(item.start, item.end, FactKind.ORG, item.name)
        if item.kind is FactKind.PERSON and text[item.start : item.end] in companies
        else item
        for item in mentions
    ]


def _company_context(words: list[Morpheme], index: int) -> bool:
    """Whether the words around a name say it is a company's: a description and の before it (コンビニエンスストア
    の), or a company's verb after its particle (が買収, は上場)."""
    if index >= 2 and words[index - 1].surface == "の" and words[index - 2].surface in _COMPANY_DESCRIPTIONS:
        return True
    return index + 2 < len(words) and words[index + 2].surface in _COMPANY_VERBS


# What a company does or has done to it, after the particle that follows its name (Xを買収, Xに生産委託,
# Xと提携, Xが上場): a katakana name Sudachi does not know is a company's there.
_COMPANY_DEEDS = {
    "が": _words("買収 出資 上場 合併 倒産 設立 提携 経営統合 子会社化"),
    "は": _words("買収 出資 上場 合併 倒産 提携 経営統合 子会社化"),
    "を": _words("買収 設立 子会社化 傘下"),
    "と": _words("提携 合併 経営統合 業務提携 資本提携 契約"),
    "に": _words("出資 生産委託 委託 買収 売却 譲渡 吸収合併"),
    "から": _words("出資 買収 受託"),
}
_MIN_DEED_NAME = 4
"""Characters of the shortest katakana name told by a deed alone (short ones are too often ordinary words)."""


def _company_by_deed(words: list[Morpheme], index: int) -> int:
    """Index of the last of adjacent katakana words starting at `index` (フォックス + コン), or `index` - 1 when
    the word there is no katakana."""
    if not _is_katakana_word(words[index].surface):
        return index - 1
    last = index
    while (
        last + 1 < len(words)
        and words[last + 1].start == words[last].end
        and _is_katakana_word(words[last + 1].surface)
    ):
        last += 1
    return last


def _does_company_deed(words: list[Morpheme], last: int) -> bool:
    """Whether a particle and a company's deed follow the name ending at `last`, and the name is long enough."""
    if last < 0 or last + 2 >= len(words):
        return False
    first = last
    while first > 0 and words[first - 1].end == words[first].start and _is_katakana_word(words[first - 1].surface):
        first -= 1
    if words[last].end - words[first].start < _MIN_DEED_NAME:
        return False
    if first == last and words[first].known:
        return False  # ソフトウェアを買収: one word of the dictionary is a thing, not a name
    particle = words[last + 1]
    deeds = _COMPANY_DEEDS.get(particle.surface, frozenset())
    deed = words[last + 2].surface
    joined = deed + words[last + 3].surface if last + 3 < len(words) else deed
    return particle.start == words[last].end and (deed in deeds or joined in deeds)


def _bare_family_name(words: list[Morpheme], index: int) -> bool:
    """A family name standing alone as the subject (田中は, 湯浅が, 野溝ら): two characters or more."""
    if index + 1 >= len(words) or len(words[index].surface) < 2:
        return False
    after = words[index + 1]
    return after.start == words[index].end and after.surface in _AFTER_BARE_FAMILY


def _chinese_given_name(words: list[Morpheme], index: int) -> int:
    """Index of the last word of a one- or two-kanji given name after a one-kanji family name (徐 + 平, 楊 + 秀麗),
    which Sudachi reads as common nouns; the name must end at a particle or a mark. `index` when there is none."""
    if len(words[index].surface) != 1:
        return index
    last, length = index, 0
    while last + 1 < len(words) and length < 2:
        nxt = words[last + 1]
        if nxt.start != words[last].end or not _is_kanji_word(nxt.surface):
            break
        if nxt.part_of_speech[0] != "名詞" or nxt.part_of_speech[1] == "数詞" or nxt.surface in TITLES:
            break
        last, length = last + 1, length + len(nxt.surface)
    if last == index or length > 2 or not _bare_name_end(words, last):
        return index
    return last


def _katakana_company(words: list[Morpheme], index: int) -> int:
    """Index of a strong company word ending a run of two katakana words or more (ノース + ウェスト + 航空);
    `index` when the run is shorter or ends otherwise."""
    last = index
    while (
        last < len(words)
        and _is_katakana_word(words[last].surface)
        and (last == index or words[last].start == words[last - 1].end)
        and words[last].surface not in _STRONG_COMPANY_WORDS
    ):
        last += 1
    if last - index < 2 or last >= len(words):
        return index
    end = words[last]
    if end.start != words[last - 1].end or end.surface not in _STRONG_COMPANY_WORDS:
        return index
    return last


def _runs_on(words: list[Morpheme], index: int) -> bool:
    """Whether the word is written together with a following noun (八木 + 山: another name)."""
    if index + 1 >= len(words):
        return False
    after = words[index + 1]
    return after.start == words[index].end and after.part_of_speech[0] == "名詞" and after.surface not in TITLES


# A place written together with these names a facility or an event, not the place (浜岡原発, 成田空港, 東海地震,
# 伊勢湾台風): labellers leave facilities and events out.
_FACILITY_OR_EVENT_AFTER = _words(
    "原発 原子力発電所 発電所 空港 駅 港 球場 スタジアム ダム 城 地震 大震災 震災 沖地震 豪雨 台風 大火 大空襲 事件 "
    "事故 裁判 会談 会議 サミット 宣言 合意 条約 協定"
)
# Place names Sudachi knows that news writes as ordinary words (河口 "river mouth", 中央 "centre").
_PLACES_THAT_ARE_WORDS = _words("河口 中央 本町 大和 神戸町 新町 本郷 大手 中野区役所")


def _hidden_end(words: list[Morpheme], index: int) -> int:
    """Where the span ends in which no place should be reported, when the word at `index`, found to be no name,
    holds one: a place before a facility or event word (浜岡 + 原発), or a longer proper noun (東海道新幹線); -1
    otherwise."""
    word = words[index]
    if _is_place(word):
        after = words[index + 1] if index + 1 < len(words) else None
        if after is not None and after.start == word.end and after.surface in _FACILITY_OR_EVENT_AFTER:
            return after.end
        return -1
    if _district_word(word):
        return word.end  # 選挙区, 比例区, 経済特区: a kind of district, no place's name
    after = words[index + 1] if index + 1 < len(words) else None
    if word.part_of_speech[0] == "接頭辞" and after is not None and after.start == word.end and _district_word(after):
        return after.end  # 小選挙区
    return word.end if word.is_proper_noun and len(word.surface) >= 3 and not word.surface.isascii() else -1


# Endings of administrative divisions, which also end common nouns for kinds of district (選挙区, 特区, 学区).
_DIVISION_ENDINGS = tuple("区州県市町村")


def _district_word(word: Morpheme) -> bool:
    return (
        len(word.surface) >= 2
        and word.surface.endswith(_DIVISION_ENDINGS)
        and word.part_of_speech[:2] == ("名詞", "普通名詞")
    )


def _place(word: Morpheme, after: Morpheme | None) -> Mention | None:
    """A place name, with an ending that makes it a larger place (カリブ + 海); not a language or people (日本語),
    a facility or an event (浜岡原発, 東海地震), nor a place name that is an ordinary word (河口付近)."""
    if len(word.surface) < 2 or word.surface.isascii() or word.surface in _PLACES_THAT_ARE_WORDS:
        return None
    if after is not None and after.start == word.end:
        if after.surface in _NOT_PLACE_AFTER or after.surface in _FACILITY_OR_EVENT_AFTER:
            return None
        if after.surface in _PLACE_ENDINGS:
            return Mention(word.start, after.end, FactKind.PLACE)
    return Mention(word.start, word.end, FactKind.PLACE)


def _split_places(text: str, mention: Mention) -> list[Mention]:
    """千葉県船橋市 is two places, as Sudachi's middle-sized words show (千葉県 / 船橋市)."""
    if mention.kind is not FactKind.PLACE or mention.end - mention.start < 5:
        return [mention]
    parts = analyse(text[mention.start : mention.end], "B")
    if len(parts) < 2 or not all(part.is_place_name for part in parts):
        return [mention]
    return [Mention(mention.start + part.start, mention.start + part.end, FactKind.PLACE) for part in parts]


def _public_body(surface: str) -> bool:
    """総務省, 金融庁, デジタル庁, 国税局: three characters or more ending like a ministry or agency."""
    return (
        len(surface) >= 3
        and surface.endswith(_BODY_ENDINGS)
        and surface not in _NOT_BODIES
        and surface[0] not in _GENERIC_FIRST
    )


def _proper_or_katakana(word: Morpheme) -> bool:
    return word.is_proper_noun or _is_katakana_word(word.surface)


def _dot_after(words: list[Morpheme], index: int) -> bool:
    return (
        index + 2 < len(words)
        and words[index + 1].surface in _DOTS
        and words[index + 1].start == words[index].end
        and _name_like(words[index + 2])
    )


def _proper_katakana_after(words: list[Morpheme], index: int) -> bool:
    """ペトロ + チャイナ: a katakana word written together with a katakana proper noun."""
    if index + 1 >= len(words) or not _is_katakana_word(words[index].surface):
        return False
    nxt = words[index + 1]
    return nxt.start == words[index].end and nxt.is_proper_noun and _is_katakana_word(nxt.surface)


def _joined_end(words: list[Morpheme], index: int) -> int:
    """Index of the last word of a name joined with ・ or ＝ (or written as adjacent katakana words)."""
    last = index
    while last + 1 < len(words):
        nxt = words[last + 1]
        if (
            nxt.surface in _DOTS
            and last + 2 < len(words)
            and _name_like(words[last + 2])
            and nxt.start == words[last].end
        ):
            last += 2
            continue
        if (
            nxt.start == words[last].end
            and _is_katakana_word(nxt.surface)
            and _is_katakana_word(words[last].surface)
            and nxt.surface not in _ORG_WORDS
        ):
            last += 1  # エクソン + モービル: one katakana word split in two
            continue
        break
    return last
