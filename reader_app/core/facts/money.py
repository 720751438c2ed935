"""Amounts of money in English and CJK text, with the amount and the ISO currency when it is knowable."""

from __future__ import annotations

import re

from reader_app.core.facts.found import Context, Found, Taken, quick_start, scan
from reader_app.core.facts.model import FactKind, MoneyValue
from reader_app.core.facts.numbers import (
    BIG_WORD,
    CJK_NUMBER,
    DIGITS,
    SHORT_MAGNITUDE,
    WORD_NUMBER,
    is_vague,
    is_whole,
    parse_cjk,
    parse_english,
)

_SYMBOLS = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "hk$": "HKD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
    "nz$": "NZD", "s$": "SGD", "nt$": "TWD", "r$": "BRL", "mx$": "MXN", "€": "EUR", "£": "GBP", "₹": "INR",
    "rs": "INR", "rs.": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₱": "PHP", "₦": "NGN", "rmb": "CNY",
    "¥": None, "円": "JPY", "元": "CNY", "mex$": "MXN", "u.s$": "USD", "us$ ": "USD", "₡": "CRC", "₾": "GEL",
    "₭": "LAK", "₫": "VND", "₴": "UAH", "₪": "ILS", "₮": "MNT", "₵": "GHS", "฿": "THB", "₲": "PYG", "₸": "KZT",
    "₼": "AZN", "sen": "MYR", "₿": "BTC", "usd$": "USD", "mxn$": "MXN", "aud$": "AUD", "cad$": "CAD",
    "nzd$": "NZD", "hkd$": "HKD", "sgd$": "SGD", "twd$": "TWD", "cn¥": "CNY", "rmb¥": "CNY", "jp¥": "JPY",
}  # fmt: skip
_CODES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "HKD", "AUD", "CAD", "INR", "KRW", "SGD", "TWD", "CHF", "NZD",
    "RUB", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "THB", "IDR", "MYR", "PHP", "VND", "TRY", "SAR", "AED",
    "BTC",
)  # fmt: skip
_WORDS = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
    "hong kong dollar": "HKD", "australian dollar": "AUD", "canadian dollar": "CAD", "singapore dollar": "SGD",
    "new zealand dollar": "NZD", "taiwan dollar": "TWD", "new taiwan dollar": "TWD", "euro": "EUR",
    "pound": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "chinese yuan": "CNY", "yen": "JPY", "japanese yen": "JPY", "won": "KRW", "rupee": "INR",
    "indian rupee": "INR", "rouble": "RUB", "ruble": "RUB", "swiss franc": "CHF", "franc": "CHF", "ringgit": "MYR",
    "baht": "THB", "peso": None, "mexican peso": "MXN", "philippine peso": "PHP", "argentine peso": "ARS",
    "chilean peso": "CLP", "colombian peso": "COP", "real": "BRL", "reais": "BRL", "rand": "ZAR", "dirham": "AED",
    "riyal": "SAR", "guilder": "NLG", "dutch guilder": "NLG", "markka": "FIM", "finnish markka": "FIM",
    "peseta": "ESP", "deutsche mark": "DEM", "french franc": "FRF", "belgian franc": "BEF", "lira": None,
    "turkish lira": "TRY", "italian lira": "ITL", "shekel": "ILS", "zloty": "PLN", "forint": "HUF",
    "koruna": "CZK", "krona": "SEK", "swedish krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK",
    "rupiah": "IDR", "dong": "VND", "naira": "NGN", "hryvnia": "UAH", "dinar": None, "bitcoin": "BTC",
    "kuai": "CNY", "chinese renminbi": "CNY", "south african rand": "ZAR", "brazilian real": "BRL",
    "cent": "USD", "pence": "GBP", "penny": "GBP", "złoty": "PLN", "krone": None, "tenge": "KZT", "taka": "BDT",
    "kyat": "MMK", "kwacha": None, "shilling": None, "cedi": "GHS",
    "centavo": None, "centimo": None, "céntimo": None, "centime": None, "kopeck": "RUB", "kopek": "RUB",
    "paisa": "INR", "paise": "INR", "fils": None, "halala": "SAR", "satang": "THB", "fen": "CNY", "jiao": "CNY",
}  # fmt: skip
# Hundredths of a currency: "16 centavos" is 0.16 of the peso (or real) the text is about.
_SUBUNIT = {"cent", "pence", "penny", "centavo", "centimo", "céntimo", "centime", "kopeck", "kopek", "paisa", "paise",
            "halala", "satang", "fen"}  # fmt: skip
_PLURALS = {
    "markkaa": "markka", "lire": "lira", "kronor": "krona", "kroner": "krone", "marks": "mark", "zlotys": "zloty",
    "złotys": "złoty", "zlotych": "zloty", "złotych": "złoty", "fils": "fils",
}  # fmt: skip

# A letter prefix may stand apart in lower-cased text ("c $ 16.4 million", "hk $"), but not "a $5" or "s $5".
_SYMBOL_RE = (
    r"(?:U\.S\.? ?\$|(?:US|HK|AU|CA|NZ|NT|MX|Mex|MEX) ?\$|(?:A|C|S|R)\$|(?:us|u\.s|hk|au|ca|nz|nt|mx|mex|c|r) ?\$"
    r"|(?i:usd|mxn|aud|cad|nzd|hkd|sgd|twd) ?\$|\$"
    r"|(?:CN|RMB|JP)¥|€|£|¥|₹|₩|₽|₺|₱|₦|₡|₾|₭|₫|₴|₪|₮|₵|฿|₲|₸|₼|₿|Rs\.?(?= ?\d)|RMB|Rmb)"
)
_CODE_RE = "(?:" + "|".join(_CODES) + ")"
_LOWER_CODE_RE = "(?:usd|rmb)"
_WORD_RE = (
    r"(?i:(?:US|U\.S\.|American|Hong Kong|Australian|Canadian|Singapore|New Zealand|(?:New )?Taiwan|Chinese|Japanese"
    r"|Indian|Swiss|Mexican|Philippine|Argentine|Chilean|Colombian|Dutch|Finnish|Deutsche|French|Belgian|Turkish"
    r"|Italian|Swedish|Norwegian|Danish|South African|Brazilian) )?"
    r"(?:dollars?|euros?|pounds?(?: sterling)?|sterling|yuan|renminbi|yen|won|rupees?|roubles?"
    r"|rubles?|francs?|ringgit|baht|pesos?|reais|rand|dirhams?|riyals?|cents?|pence|penny|guilders?|markkaa?"
    r"|pesetas?|(?<=eutsche )marks?|lira|lire|shekels?|z[lł]oty(?:s|ch)?|forints?|koruna|kronor|krona|kroner|krone"
    r"|rupiah|dong|naira|tenge|taka|kyats?|kwacha|shillings?|cedis?"
    r"|centavos?|c[eé]ntimos?|centimes?|kopecks?|kopeks?|paisa|paise|halalas?|satang"
    r"|hryvnias?|dinars?|bitcoins?|kuai)"
)
_EN_AMOUNT = rf"(?P<num>{DIGITS}|{WORD_NUMBER}|an?)(?P<mag>(?:[ -]{BIG_WORD}){{1,2}}|{SHORT_MAGNITUDE}\b)?"

_EN_PATTERNS = [
    # $4.4 billion, US$3m, € 300, RMB 5bn, Rs 2 crore
    re.compile(
        rf"(?<![A-Za-z0-9_$])(?P<cur>{_SYMBOL_RE}) ?(?P<num>{DIGITS})"
        rf"(?:-(?P<upto>{DIGITS})(?=[ -]?{BIG_WORD}|{SHORT_MAGNITUDE}\b))?"
        rf"(?P<mag>(?:[ -]{BIG_WORD}){{1,2}}|{SHORT_MAGNITUDE}\b)?"
    ),
    # USD 4.4 billion
    re.compile(
        rf"(?<![A-Za-z])(?P<million>M)?(?P<cur>{_CODE_RE}) ?(?P<num>{DIGITS})"
        rf"(?P<mag>(?:[ -]{BIG_WORD}){{1,2}}|{SHORT_MAGNITUDE}\b)?"
    ),
    # 4.4 billion dollars, a dollar, 300 euros, 50 cents, 5 million USD, 300€
    re.compile(rf"(?<![\w$.,])(?i:{_EN_AMOUNT})[ -](?P<cur>{_WORD_RE})\b"),
    re.compile(
        rf"(?<![\w$.,]){_EN_AMOUNT} ?(?P<million>M)?(?P<cur>{_CODE_RE}|{_LOWER_CODE_RE})\b"
        rf"(?P<mag2> (?:thousand|million|billion|trillion))?"
    ),
    # 300€, 50¢; 8p (pence, checked against the text)
    re.compile(
        rf"(?<![\w$.,])(?P<num>{DIGITS}) ?(?P<cur>€|£|¥|円|元|¢|₡|₾|₭|₫|₴|₪|₮|₵|฿|₲|₸|₼|₩|₽|₺|₱|₦)"
        r"|(?<![\w$.,£])(?P<pn>\d{1,3}(?:\.\d+)?)(?P<pence>p)\b"
    ),
    # billions of dollars, hundreds of millions of euros
    re.compile(
        r"(?<!\w)(?P<num>(?i:(?:tens |hundreds )?(?:of )?(?:thousands|millions|billions|trillions)))"
        rf" of (?P<cur>{_WORD_RE})\b"
    ),
]

_CJK_PREFIX = (
    r"(?P<pre>(?i:US\$|HK\$|NT\$)|(?:港币|港幣|港元|新台币|新台幣|新臺幣|台币|台幣|臺幣|澳門幣|澳门币|美金|美元)\$|\$|¥|\\|RMB|人民币|人民幣|美金|新台币|新台幣|新臺幣|台币|台幣|臺幣|港币|港幣|澳門幣|澳门币)"
)
# 元 closes an amount (1,950億元的債券) except in words: 一元化, 一元的 ("unified"), 多元的, 元素.
_CJK_SUFFIX = (
    r"(?P<suf>美元|美金|港元|港币|港幣|澳元|加元|欧元|歐元|英镑|英鎊|日元|日圓|日圆|日幣|韩元|韓元|新台币|新台幣|新臺幣|臺幣"
    r"|澳門元|澳门元|澳門幣|澳门币|歐羅|欧罗|韩圆|韓圓|港圓|港圆|蚊(?![子虫蟲帐帳香])"
    r"|台币|台幣|卢布|盧布|卢比|盧比|瑞郎|瑞士法郎|法郎|奈拉|美圆|美圓|个比特币|個比特幣|比特币|比特幣|新加坡元|人民币|人民幣|块钱|塊錢|块|塊"
    r"|元(?![化論论素管性])(?!(?<=[一二多]元)的)|円|米ドル|香港ドル|ニュー台湾ドル|新台湾ドル|台湾ドル|豪ドル|カナダドル|シンガポールドル|スイス・?フラン|ナイラ"
    r"|パナマ・?バルボア|バーツ|ドル|ユーロ|ポンド|人民元|ウォン|ルピー|ルーブル)"
)
_CJK_NUM = rf"(?P<num>{CJK_NUMBER}(?:[多余餘][万萬亿億]*)?|(?:十|[一二三四五六七八九]十)?[数數幾几上][十百千万萬亿億]+)"
_CJK_PATTERNS = [
    re.compile(
        rf"(?:{_CJK_PREFIX} ?)?{_CJK_NUM}(?: (?P<spaced>[十百千]?[万萬亿億兆]+))? ?{_CJK_SUFFIX}"
        r"(?P<tail>人民币|人民幣|新台币|新台幣|新臺幣|港币|港幣)?"  # 30億元新台幣: the currency after 元
    ),
    re.compile(rf"{_CJK_PREFIX} ?{_CJK_NUM}"),
]
"""A space may stand between digits and their magnitude, as text spaced between scripts writes them (38,000 億港元,
港幣 1,000 億元)."""
_CJK_CURRENCY = {
    "美元": "USD", "美金": "USD", "港元": "HKD", "港币": "HKD", "港幣": "HKD", "港圓": "HKD", "港圆": "HKD",
    "澳元": "AUD", "加元": "CAD",
    "欧元": "EUR", "歐元": "EUR", "英镑": "GBP", "英鎊": "GBP", "日元": "JPY", "日圓": "JPY", "日圆": "JPY",
    "日幣": "JPY", "韩元": "KRW", "韓元": "KRW", "新台币": "TWD", "新台幣": "TWD", "台币": "TWD", "台幣": "TWD",
    "新臺幣": "TWD", "臺幣": "TWD", "歐羅": "EUR", "欧罗": "EUR", "韩圆": "KRW", "韓圓": "KRW", "蚊": "HKD",
    "澳門元": "MOP", "澳门元": "MOP", "澳門幣": "MOP", "澳门币": "MOP",
    "卢布": "RUB", "盧布": "RUB", "卢比": "INR", "盧比": "INR", "瑞郎": "CHF", "新加坡元": "SGD", "人民币": "CNY",
    "人民幣": "CNY", "块钱": "CNY", "塊錢": "CNY", "块": "CNY", "塊": "CNY", "円": "JPY", "米ドル": "USD",
    "香港ドル": "HKD", "台湾ドル": "TWD", "豪ドル": "AUD", "ドル": "USD", "ユーロ": "EUR", "ポンド": "GBP",
    "人民元": "CNY", "ウォン": "KRW", "ルピー": "INR", "ルーブル": "RUB", "RMB": "CNY", "美金$": "USD",
    "US$": "USD", "HK$": "HKD", "NT$": "TWD", "$": "USD", "瑞士法郎": "CHF", "法郎": None, "奈拉": "NGN",
    "美圆": "USD", "美圓": "USD", "比特币": "BTC", "比特幣": "BTC", "ニュー台湾ドル": "TWD", "新台湾ドル": "TWD",
    "カナダドル": "CAD", "シンガポールドル": "SGD", "スイスフラン": "CHF", "スイス・フラン": "CHF", "ナイラ": "NGN",
    "パナマバルボア": "PAB", "パナマ・バルボア": "PAB", "バーツ": "THB",
    "个比特币": "BTC", "個比特幣": "BTC", "\\": "JPY", "港币$": "HKD", "港幣$": "HKD", "港元$": "HKD",
    "新台币$": "TWD", "新台幣$": "TWD", "新臺幣$": "TWD", "台币$": "TWD", "台幣$": "TWD", "臺幣$": "TWD",
    "澳門幣$": "MOP", "澳门币$": "MOP", "美元$": "USD",
}  # fmt: skip

_YEN_CUES = re.compile(r"(?i)\byen\b|\bjapan|\btokyo|\bnikkei|\bosaka|\bboj\b")
_YUAN_CUES = re.compile(r"(?i)\byuan\b|\brenminbi|\bchina\b|\bchinese\b|\bbeijing|\bshanghai|\bshenzhen|\bpboc\b")


def _yen_or_yuan(context: Context, start: int, end: int) -> str | None:
    """¥ is yen in Japanese text and yuan in Chinese; in English the surrounding words decide."""
    if context.lang == "ja":
        return "JPY"
    if context.lang.startswith("zh"):
        return "CNY"
    around = context.window(start, end)
    yen = len(_YEN_CUES.findall(around))
    yuan = len(_YUAN_CUES.findall(around))
    if yen > yuan:
        return "JPY"
    if yuan > yen:
        return "CNY"
    return None


def _yuan_in_chinese(context: Context, start: int, end: int) -> str | None:
    """元 is the yuan, except in traditional Chinese, where Taiwan or Hong Kong text means their dollar."""
    if not context.traditional:
        return "CNY"
    around = context.window(start, end, 400, 200)
    if re.search("新台|台灣|臺灣|台北|臺北|高雄|台中", around):
        return "TWD"
    if re.search("香港|港府|港交所", around):
        return "HKD"
    if re.search("人民|大陸|中國|北京|上海", around):
        return "CNY"
    return None


# A peso is the currency of several countries: the text says which, else the currency stays unknown.
_PESO_COUNTRIES = (
    ("PHP", re.compile(r"Philippine|Filipino|Manila|Mindanao|Luzon|Cebu|Davao|Marcos|Duterte")),
    ("MXN", re.compile(r"Mexic|Banxico|Monterrey|Guadalajara|Sheinbaum|Obrador")),
    ("ARS", re.compile(r"Argentin|Buenos Aires|Milei")),
    ("CLP", re.compile(r"Chile|Santiago")),
    ("COP", re.compile(r"Colombia|Bogot")),
    ("UYU", re.compile(r"Urugua|Montevideo")),
    ("DOP", re.compile(r"Dominican")),
    ("CUP", re.compile(r"Cuba|Havana")),
)


def _peso(context: Context, start: int, end: int) -> str | None:
    around = context.window(start, end, 2000, 2000)
    hits = [code for code, cue in _PESO_COUNTRIES if cue.search(around)]
    return hits[0] if len(hits) == 1 else None


# A text that writes its dollars as C$, A$, NZ$ or S$ (and never as US$) means the same dollar by a bare "$",
# except in a bracketed conversion right after another amount ("HK$10 ($1.28)").
_LOCAL_DOLLARS = {"c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD", "s$": "SGD"}
_LOCAL_DOLLAR = re.compile(r"(?<![\w$])(?:C|CA|A|AU|NZ|S)\$ ?\d|\bCanadian dollars?\b|\bAustralian dollars?\b")
_LOCAL_DOLLAR_ANCHOR = re.compile(r"\$|Canadian|Australian")
_US_DOLLAR = re.compile(r"US\$|U\.S\.\$|\bUSD\b|\bU\.?S\.? dollars?\b|\bAmerican dollars?\b")
_WORD_DOLLARS = {"canadian": "CAD", "australian": "AUD"}


def _local_dollar(text: str) -> str | None:
    """The one dollar other than the US dollar that the text names explicitly (C$50,000; "in Canadian dollars"),
    if it names exactly one and never the US dollar."""
    cues = {
        _LOCAL_DOLLARS.get(hit.group().rstrip("0123456789 ").lower())
        or _WORD_DOLLARS.get(hit.group().split()[0].lower(), "")
        for hit in scan(_LOCAL_DOLLAR, text, _LOCAL_DOLLAR_ANCHOR, 3)
    }
    cues.discard("")
    if len(cues) != 1 or _US_DOLLAR.search(text):
        return None
    return cues.pop()


def _bare_dollar(context: Context, start: int, local: str | None) -> str:
    """USD, unless the text has its own dollar (see `_local_dollar`) and this is not a bracketed conversion."""
    if local is None or re.search(r"\d[^()]{0,20}\($", context.folded[max(0, start - 24) : start]):
        return "USD"
    return local


def _clean(value: float) -> float:
    return float(f"{value:.12g}")


_ANCHOR_WORDS = (
    "dollar", "euro", "pound", "sterling", "yuan", "renminbi", "yen", "won", "rupee", "rouble",
    "ruble", "franc", "ringgit", "baht", "peso", "reais", "rand", "dirham", "riyal", "cent",
    "pence", "penny", "guilder", "markka", "peseta", "lira", "lire", "shekel", "zloty", "forint",
    "koruna", "krona", "krone", "rupiah", "dong", "naira", "hryvnia", "dinar", "bitcoin", "kuai",
    "kronor", "złot", "tenge", "taka", "kyat", "kwacha", "shilling", "cedi", "ntimo", "kopec", "kopek", "paisa",
    "paise", "halala", "satang",
)
_CODE_ANCHOR = "|".join(_CODES)


def _by_first_letter(words: list[str]) -> str:
    """An alternation of literal words grouped by first character (d(?:ollar|inar|ong)|e(?:uro|…)): the regex engine
    then tries one group at a text position instead of every word, so a longer list costs little."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))
_EN_ANCHORS = [
    (re.compile(r"\$|€|£|¥|₹|₩|₽|₺|₱|₦|₡|₾|₭|₫|₴|₪|₮|₵|฿|₲|₸|₼|₿|Rs|RMB|Rmb"), 6),
    (re.compile(_CODE_ANCHOR), 1),
    (re.compile(_by_first_letter([*_ANCHOR_WORDS, *(w.capitalize() for w in _ANCHOR_WORDS), "eutsche mark"])), 44),
    (re.compile(_CODE_ANCHOR + "|usd|rmb"), 36),
    (re.compile(r"€|£|¥|円|元|¢|₡|₾|₭|₫|₴|₪|₮|₵|฿|₲|₸|₼|₩|₽|₺|₱|₦|\dp\b"), 24),
    (re.compile("thousands|millions|billions|trillions|Thousands|Millions|Billions|Trillions"), 16),
]


def _english(context: Context) -> list[Found]:
    found: list[Found] = []
    text = context.folded
    local = _local_dollar(text) if "$" in text else None
    for pattern, (anchor, back) in zip(_EN_PATTERNS, _EN_ANCHORS, strict=True):
        for match in scan(pattern, text, anchor, back):
            groups = match.groupdict()
            if groups.get("pence"):
                pence = _pence(context, match)
                if pence is not None:
                    found.append(pence)
                continue
            num, cur = groups["num"], groups["cur"]
            mag = groups.get("mag")
            lowered = num.lower()
            if lowered in ("a", "an"):
                amount: float | None = 1.0
            elif is_vague(lowered) or lowered.endswith(("thousands", "millions", "billions", "trillions")):
                amount = None
            else:
                amount = parse_english(num, mag.strip(" -") if mag else None)
            if lowered in ("a", "an") and mag:
                amount = parse_english("1", mag.strip(" -"))
            extra = groups.get("mag2")
            if amount is not None and (extra or groups.get("million")):
                amount *= (parse_english("1", extra.strip()) or 1.0) if extra else 1e6  # "75 USD million", "30 MUSD"
            key = cur.lower() if not cur.endswith("$") else cur.lower().replace(" ", "")
            if key in ("u.s.$", "u.s$"):
                key = "us$"
            words = key if key in _WORDS or not key.endswith("s") else key[:-1]
            words = _PLURALS.get(words, words)
            if " " in words:
                head, _, last = words.rpartition(" ")
                words = f"{head} {_PLURALS.get(last, last)}"  # "50 Norwegian kroner"
            currency: str | None
            if key == "¥":
                currency = _yen_or_yuan(context, match.start(), match.end())
            elif key == "$":
                currency = _bare_dollar(context, match.start(), local)
            elif key in _SYMBOLS:
                currency = _SYMBOLS[key]
            elif cur.upper() in _CODES and (cur.isupper() or match.re is _EN_PATTERNS[3]):
                currency = "CNY" if cur.upper() == "RMB" else cur.upper()
            elif key == "¢":
                currency, amount = "USD", None if amount is None else amount / 100
            elif words == "peso":
                currency = _peso(context, match.start(), match.end())
            else:
                currency = _WORDS.get(words) or _WORDS.get(words.split(" ")[-1])
                if words.split(" ")[-1] in _SUBUNIT and amount is not None:
                    amount /= 100
            if not _plausible(text, match, lowered, words, amount):
                continue
            # "$3-5 million" is a range: its value is the lower bound, with the magnitude ("at least $3 million")
            start = match.start()
            lower = _RANGE_LOWER.search(text, max(0, start - 24), start) if num[:1].isdigit() else None
            if lower is not None and amount is not None:
                # "5,000-7,000 rupees", "3-5 million dollars": the range starts at the first number
                upper = parse_english(num)
                low = parse_english(lower.group("low"))
                if upper and low is not None and low < upper:
                    start, amount = lower.start(), amount * low / upper
            value = None if amount is None else MoneyValue(_clean(amount), currency)
            found.append(Found(FactKind.MONEY, start, match.end(), value))
    return found


_RANGE_LOWER = re.compile(rf"(?<![\w$€£¥₹.,-])(?P<low>{DIGITS}) ?- ?$")


_ARTICLE_CURRENCIES = {"dollar", "euro", "pound", "yen", "cent", "penny", "us dollar", "u.s. dollar"}


_PENCE_CONTEXT = re.compile(r"£|\bpence\b|\bpenny\b|\bpounds?\b|\bsterling\b|\bBritain|\bUK\b|\bEngland")


def _pence(context: Context, match: re.Match[str]) -> Found | None:
    """ "8p a litre": pence, only in a text about British money (1080p is a screen, not money)."""
    if not _PENCE_CONTEXT.search(context.window(match.start(), match.end(), 1500, 1500)):
        return None
    amount = parse_english(match.group("pn"))
    if amount is None:
        return None
    return Found(FactKind.MONEY, match.start(), match.end(), MoneyValue(_clean(amount / 100), "GBP"))


def _plausible(text: str, match: re.Match[str], number: str, word: str, amount: float | None) -> bool:
    """Reject currency words that are also ordinary words: "two won", "a real problem", "5 pounds of beef"."""
    if number in ("a", "an") and word not in _ARTICLE_CURRENCIES:
        return False
    if word == "won" and (amount is None or amount < 1000):
        return False
    if word in ("real", "rand", "franc") and not number[:1].isdigit():
        return False
    return not (word == "pound" and re.match(r" of [a-z]", text[match.end() : match.end() + 5]))


_VAGUE_NUMERAL = re.compile("[数數幾几上]")


_MORE_THAN = re.compile("[多余餘]")


_LEADING_DIGITS = re.compile(r"[\d.]+")


def _cjk(context: Context) -> list[Found]:
    found: list[Found] = []
    with_suffix = Taken(len(context.folded))
    for pattern in _CJK_PATTERNS:
        for match in quick_start(pattern).finditer(context.folded):
            if pattern is _CJK_PATTERNS[1] and with_suffix.overlaps(match.start(), match.end()):
                continue  # "4人民币 5美元": 人民币 closes the first amount
            if pattern is _CJK_PATTERNS[0]:
                with_suffix.add(match.start(), match.end())
            num = match.group("num")
            groups = match.groupdict()
            if groups.get("spaced") and re.fullmatch(r"[\d.,]+", num):
                num += groups["spaced"]  # 38,000 億港元
            pre, suf, tail = groups.get("pre"), groups.get("suf"), groups.get("tail")
            unit_line = _UNIT_LINE.search(context.folded, max(0, match.start() - 4), match.start())
            if not pre and unit_line and _BARE_MAGNITUDE.fullmatch(num):
                continue  # （單位：百萬港元）: the unit of a table, not an amount
            if _VAGUE_NUMERAL.search(num[:3]) and not num[0].isdigit():
                amount: float | None = None
            else:
                # 一两亿元, 两三百万元: two neighbouring numerals are a range, valued at the lower one
                amount = parse_cjk(_ADJACENT_NUMERALS.sub(r"\1", _MORE_THAN.sub("", num)))
            currency: str | None = None
            for mark in (suf, tail, pre):
                if not mark:
                    continue
                if mark == "¥":
                    currency = _yen_or_yuan(context, match.start(), match.end())
                elif mark in ("元", "块", "塊", "块钱", "塊錢") and context.lang != "ja":
                    currency = _yuan_in_chinese(context, match.start(), match.end())
                elif mark == "元":
                    currency = "CNY"
                else:
                    currency = _CJK_CURRENCY.get(mark if mark[-1] != "$" else mark.upper(), currency)
                if mark not in ("元", "块", "塊"):
                    break
            start = match.start()
            short = _CJK_SHORT_LOWER.search(context.folded, max(0, start - 8), start) if not pre else None
            lead = _LEADING_DIGITS.match(num)
            if short is not None and amount is not None and lead and re.search("[万萬亿億兆千]", num):
                # 2至3亿元: one range, valued at its lower bound with the magnitude of the upper one
                low, high = float(short.group("low")), float(lead.group())
                if 0 < low < high:
                    start, amount = short.start(), amount * low / high
            end = match.end()
            spaced = _SPACED_MAGNITUDE.match(context.folded, end) if not suf and amount is not None else None
            if spaced is not None and re.fullmatch(r"[\d.,]+", num):
                # "$ 48.2 万": a magnitude after a space
                amount, end = amount * _MAGNITUDES[spaced.group(1)], spaced.end()  # type: ignore[operator]
            if amount is not None:
                change = _cjk_subunits(context.folded, end, currency)
                if change is not None:
                    amount, end = amount + change[0], change[1]  # 2222円13銭, 50元6角3分
            value = None if amount is None else MoneyValue(_clean(amount), currency)
            found.append(Found(FactKind.MONEY, start, end, value))
            if suf and value is not None and start == match.start():
                first = _range_start(context, match.start(), currency)
                if first is not None:
                    found.append(first)
    return found


_UNIT_LINE = re.compile("(?:单位|單位|単位)[:：] ?$|[（(]$")
_BARE_MAGNITUDE = re.compile("[十百千]?[万萬亿億兆]?|[十百千]")


_ADJACENT_NUMERALS = re.compile(
    "^(一|[两兩]|三|四|五|六|七|八)"
    "(?:(?<=一)[二两兩]|(?<=[两兩])三|(?<=三)四|(?<=四)五|(?<=五)六|(?<=六)七|(?<=七)八|(?<=八)九)(?=[十百千万萬亿億])"
)
_SPACED_MAGNITUDE = re.compile(r" ?([万萬亿億兆])(?![\u4e00-\u9fff])")
_MAGNITUDES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
_CJK_SMALL = r"(?:\d{1,2}|[一二两兩三四五六七八九十]{1,2})"
# The sub-units after an amount: 角/毛 tenths and 分 hundredths of a yuan, 銭/セント/美分/cents hundredths.
_CJK_SUBUNITS = re.compile(
    rf"(?:又|と|零|和)?(?:(?P<jiao>{_CJK_SMALL})[角毛](?:(?P<fen>{_CJK_SMALL})分?)?|(?P<fen2>{_CJK_SMALL})分(?![钟鐘之])"
    rf"|(?P<cent>{_CJK_SMALL})(?:日本)?(?:銭|セント|美分|仙|cents?))"
)


def _cjk_subunits(text: str, end: int, currency: str | None) -> tuple[float, int] | None:
    """The change written after an amount and where it ends: ("6角3分" -> 0.63), ("13銭" -> 0.13)."""
    match = _CJK_SUBUNITS.match(text, end)
    if match is None:
        return None
    if match.group("cent"):
        cents = parse_cjk(match.group("cent"))
        return None if cents is None else (cents / 100, match.end())
    if currency not in ("CNY", "TWD", "HKD", None):
        return None
    jiao = parse_cjk(match.group("jiao")) if match.group("jiao") else 0.0
    fen_text = match.group("fen") or match.group("fen2")
    fen = parse_cjk(fen_text) if fen_text else 0.0
    if jiao is None or fen is None:
        return None
    return jiao / 10 + fen / 100, match.end()


_CJK_SHORT_LOWER = re.compile(r"(?<![\d.,])(?P<low>\d+(?:\.\d+)?)(?:至|到|-|~|〜)$")


_CJK_RANGE_START = re.compile(rf"(?<![\d.,]){CJK_NUMBER}(?=(?:至|到|-|~|〜)$)")


def _range_start(context: Context, start: int, currency: str | None) -> Found | None:
    """1,500億至1,950億元: the first number of a range has the currency of the second, if it has a magnitude."""
    before = context.folded[max(0, start - 16) : start]
    match = _CJK_RANGE_START.search(before)
    if match is None or not re.search("[万萬亿億兆千]", match.group()):
        return None
    amount = parse_cjk(match.group())
    if amount is None:
        return None
    offset = start - len(before)
    return Found(FactKind.MONEY, offset + match.start(), offset + match.end(), MoneyValue(_clean(amount), currency))


_AND_CENTS = re.compile(r"^(?: and |,? )$")
_TRAILING_CENTS = re.compile(
    rf"(?: and | )(?P<n>\d{{1,2}}|(?i:{WORD_NUMBER}))(?=[,;!?)]|\.(?!\d)|$)"
)


_DOLLARS_AT_END = re.compile(r"(?i)dollars?$")


def _with_cents(text: str, found: list[Found]) -> list[Found]:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "thirteen dollars forty five": one amount."""
    found = sorted(found, key=lambda f: f.start)
    joined: list[Found] = []
    for item in found:
        last = joined[-1] if joined else None
        value, previous = item.value, (last.value if last is not None else None)
        if (
            last is not None
            and isinstance(value, MoneyValue)
            and isinstance(previous, MoneyValue)
            and value.amount < 1
            and is_whole(previous.amount)
            and re.search(r"(?i)(?:cents?|pence)$", text[item.start : item.end])
            and _AND_CENTS.match(text[last.end : item.start])
            and re.search(r"(?i)dollars?$|pounds?$|euros?$", text[last.start : last.end])
        ):
            joined[-1] = Found(FactKind.MONEY, last.start, item.end, MoneyValue(_clean(previous.amount + value.amount),
                                                                                 previous.currency))
            continue
        if isinstance(value, MoneyValue) and _DOLLARS_AT_END.search(text[item.start : item.end]):
            tail = _TRAILING_CENTS.match(text, item.end)  # "thirteen dollars forty five"
            if tail is not None and any(item.end <= other.start < tail.end() for other in found):
                tail = None  # "50 dollar 40 rmb": the next number is an amount of its own
            cents = parse_english(tail.group("n").lower()) if tail else None
            if tail is not None and cents is not None and 0 < cents < 100 and is_whole(value.amount):
                item = Found(FactKind.MONEY, item.start, tail.end(), MoneyValue(_clean(value.amount + cents / 100),
                                                                                 value.currency))
        joined.append(item)
    return joined


# Cents on their own: 上涨66美分, 50セント. (Cents after a larger unit join that amount: 2222円13銭.)
_CJK_CENTS = re.compile(r"(?<![\d.,])(?P<num>\d{1,2}|[一二两兩三四五六七八九十]{1,3})(?P<unit>美分|セント|港仙)")
_CJK_CENTS_WORD = re.compile("美分|セント|港仙")
_CENTS_CURRENCY = {"美分": "USD", "セント": "USD", "港仙": "HKD"}


def _cjk_cents(context: Context) -> list[Found]:
    found = []
    text = context.folded
    for word in _CJK_CENTS_WORD.finditer(text):  # the rare word first, then the number before it
        match = _CJK_CENTS.search(text, max(0, word.start() - 3), word.end())
        if match is None or match.end() != word.end():
            continue
        cents = parse_cjk(match.group("num"))
        if cents is not None and 0 < cents < 100:
            currency = _CENTS_CURRENCY.get(match.group("unit"), "USD")
            found.append(Found(FactKind.MONEY, match.start(), match.end(), MoneyValue(_clean(cents / 100), currency)))
    return found


# A currency name written before the amount, as in a conversion: 約合美元2,400萬, 折合港元5億.
_CJK_NAME_FIRST = re.compile(
    r"(?P<pre>美元|港元|日元|日圓|欧元|歐元|英镑|英鎊|澳元|加元|新加坡元|韩元|韓元)"
    rf" ?(?P<num>{CJK_NUMBER})(?<=[万萬亿億兆\d])(?![\d万萬亿億兆年月日号號时時点點分秒%％个個名人次倍元])"
)


# An amount written without its currency where the words around it say it is money: a bare magnitude after a
# money noun (营收达1,234亿, 罚款182亿), or before a bracketed conversion into a currency (153萬(約合美元4.8萬)).
_CJK_MONEY_NOUN = (
    "营收|營收|营业额|營業額|营业收入|營業收入|销售额|銷售額|收入|净利润|淨利潤|净利|淨利|利润|利潤|亏损|虧損|市值|"
    "估值|罚款|罰款|罚金|罰金|赔偿金|賠償金|赔偿|賠償|花费|花費|费用|費用|成本|投资|投資|融资|融資|资产|資產|负债|"
    "負債|债务|債務|贷款|貸款|预算|預算|拨款|撥款|补贴|補貼|捐款|税收|稅收|售价|售價|年薪|薪酬|交易额|交易額|成交额|"
    "成交額|贸易额|貿易額|出口额|出口額|进口额|進口額|逆差|顺差|順差|赤字|损失|損失|医疗费|醫療費|奖金|獎金|月薪|薪水|"
    "工资|工資|价值|價值|造价|造價|耗资|耗資|斥资|斥資|募得|筹得|籌得|募资|募資|筹资|籌資|总额|總額|投入|资金|資金|"
    "经费|經費|开支|開支|支出|援助|补偿|補償|资本|資本|股本"
)
_CJK_BARE_AMOUNT = (
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[万萬亿億兆]+|[一二三四五六七八九十百千两兩]+[万萬亿億兆]+)"
)
_CJK_NOT_MONEY_AFTER = (
    "(?![\\d万萬亿億兆年月日号號时時点點分秒%％个個名人次倍元美港日欧歐英澳加韩韓台臺新人户戶家部台辆輛件吨噸桶股只张張架艘套头頭棵公千平米里升亩畝项項份篇条條次])"
)
_CJK_MONEY_BY_NOUN = re.compile(
    rf"(?:{_CJK_MONEY_NOUN})(?:总额|總額|总计|總計|共|高|约|約|近|逾|超过|超過|[为為达達是至到了]|达到|達到|[:：])?"
    rf"(?:约|約|近|逾|超过|超過)?\s?{_CJK_BARE_AMOUNT}{_CJK_NOT_MONEY_AFTER}"
)
_CJK_MONEY_BY_CONVERSION = re.compile(
    rf"(?<![\d.,]){_CJK_BARE_AMOUNT}(?=[(（](?:约合|約合|折合|合|约|約)?(?:美元|港元|港幣|港币|人民币|人民幣|新台幣|新台币|日元|欧元|歐元|英镑|英鎊|US\$|\$)?[\d一二三四五六七八九十])"
)


_CJK_TARGET = re.compile("美元|港元|港幣|港币|人民币|人民幣|新台幣|新台币|日元|欧元|歐元|英镑|英鎊|US\\$|\\$")


def _cjk_in_context(context: Context, found: list[Found]) -> list[Found]:
    """Amounts whose currency is written first (美元2,400萬), or not at all where the words around make them money;
    the latter take the currency of the amount named last before them (else none is known)."""
    text = context.folded
    taken = Taken(len(text))
    for item in found:
        taken.add(item.start, item.end)
    extra: list[Found] = []
    for match in _CJK_NAME_FIRST.finditer(text):
        amount = parse_cjk(match.group("num"))
        if amount is None or taken.overlaps(match.start(), match.end()):
            continue
        currency = _CJK_CURRENCY.get(match.group("pre"))
        extra.append(Found(FactKind.MONEY, match.start(), match.end(), MoneyValue(_clean(amount), currency)))
        taken.add(match.start(), match.end())
    known = sorted(found + extra, key=lambda f: f.start)
    for pattern in (_CJK_MONEY_BY_NOUN, _CJK_MONEY_BY_CONVERSION):
        for match in pattern.finditer(text):
            start, end = match.start("num"), match.end("num")
            amount = parse_cjk(match.group("num"))
            if amount is None or taken.overlaps(start, end):
                continue
            target = _CJK_TARGET.search(text, end, end + 8) if pattern is _CJK_MONEY_BY_CONVERSION else None
            into = _CJK_CURRENCY.get(target.group()) if target is not None else None
            # the last amount before, skipping earlier conversions into the same currency (153萬(約合美元4.8萬))
            currencies = [
                f.value.currency
                for f in known
                if f.end <= start and isinstance(f.value, MoneyValue) and (into is None or f.value.currency != into)
            ]
            currency = currencies[-1] if currencies else None
            extra.append(Found(FactKind.MONEY, start, end, MoneyValue(_clean(amount), currency)))
            taken.add(start, end)
    return extra


def find_money(context: Context) -> list[Found]:
    """Every amount of money in the passage; CJK passages also get the English forms (US$, HK$, €)."""
    if context.cjk:
        found = _cjk(context) + _cjk_cents(context) + [f for f in _english(context) if f.value is not None]
        if context.lang != "ja":
            found += _cjk_in_context(context, found)
        return _table_amounts(context, found)
    return _with_cents(context.folded, _english(context))


# A table's unit written on a line of its own, as (百万米ドル) or （単位：億円）: the numbers ending the rows below it
# are amounts in that unit.
_TABLE_UNIT = re.compile(
    r"(?m)^[ \t]*[(（](?:単位|单位|單位)?[:：]?\s*(?P<scale>千|百万|千万|十億|億|万|百萬|千萬|亿|萬)?"
    r"(?P<cur>米ドル|ドル|円|ユーロ|人民元|元|美元|港元|港幣|港币|人民币|人民幣|新台幣|新台币|日元|欧元|歐元)"
    r"[)）][ \t]*$"
)
_ROW_AMOUNT = re.compile(r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)[ \t]*$")
_TABLE_SCALES = {"千": 1e3, "万": 1e4, "萬": 1e4, "百万": 1e6, "百萬": 1e6, "千万": 1e7, "千萬": 1e7, "億": 1e8,
                 "亿": 1e8, "十億": 1e9}  # fmt: skip


def _table_amounts(context: Context, found: list[Found]) -> list[Found]:
    """(百万米ドル) above a ranked table: each row's last number is an amount in millions of dollars; the unit line
    itself is no amount."""
    text = context.folded
    if "(" not in text and "（" not in text:
        return found
    for header in _TABLE_UNIT.finditer(text):
        found = [item for item in found if not (header.start() <= item.start < header.end())]
        scale = _TABLE_SCALES.get(header.group("scale") or "", 1.0)
        currency = _CJK_CURRENCY.get(header.group("cur"))
        if header.group("cur") in ("元", "ドル"):
            currency = "CNY" if header.group("cur") == "元" else "USD"
        position = header.end() + 1
        for _ in range(200):  # the rows up to the first line without an amount at its end
            line_end = text.find("\n", position)
            line_end = len(text) if line_end < 0 else line_end
            row = _ROW_AMOUNT.search(text, position, line_end)
            if row is None or line_end == position:
                break
            number = parse_cjk(row.group("num"))
            if number is not None and not any(item.start < row.end() and row.start() < item.end for item in found):
                value = MoneyValue(_clean(number * scale), currency)
                found.append(Found(FactKind.MONEY, row.start("num"), row.end("num"), value))
            position = line_end + 1
            if position >= len(text):
                break
    return found
