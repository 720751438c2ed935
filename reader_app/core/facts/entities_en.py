"""English organisations, people and places from capitalised word runs, context cues and the gazetteer."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader_app.core.facts import name_lists
from reader_app.core.facts.gazetteer import ROMANISED_SURNAMES, GazetteerEntry, names
from reader_app.core.facts.model import FactKind


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity found in one passage: character offsets, kind and canonical name (None: its own text)."""

    start: int
    end: int
    kind: FactKind
    name: str | None = None


def outside_spans(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """`mentions` without those overlapping any of `spans` (sorted, non-overlapping), in one pass."""
    starts = [start for start, _ in spans]
    kept = []
    for mention in mentions:
        at = bisect_right(starts, mention.start) - 1
        inside = at >= 0 and spans[at][1] > mention.start
        if not inside and at + 1 < len(spans) and spans[at + 1][0] < mention.end:
            inside = True
        if not inside:
            kept.append(mention)
    return kept


# A word: letters (any script's Latin letters), digits, inner apostrophes/hyphens/ampersands, ".com"-style endings;
# or an initialism such as U.S. / J.P.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w]|[-'’&](?=\w))*(?:\.(?:com|ai|io|net|org)\b)?")
_ABBREVIATIONS = _words(
    "Mr Mrs Ms Dr Prof Inc Corp Co Ltd Jr Sr St Gen Sen Rep Gov Lt Col Capt Sgt Mt Bros Plc Cos Messrs Rev"
)
_CONNECTORS = _words("of and & for de du la van von der den da al bin the do dos das le el ibn")

_ORG_SUFFIXES = _words(
    """Inc Inc. Corp Corp. Corporation Co Co. Company Companies Ltd Ltd. Limited LLC LLP PLC Plc AG SA NV GmbH Group
    Holdings Holding Technologies Technology Systems Solutions Partners Capital Ventures Bank Bancorp Securities
    Investments Insurance Motors Airlines Airways Pharmaceuticals Pharma Labs Laboratories Industries Enterprises
    Networks Communications Media Entertainment Studios Foods Energy Electric Electronics Semiconductor Semiconductors
    Administration Ministry Department Agency Authority Commission Committee Council Bureau Exchange University
    College Institute Academy School Foundation Association Federation Union Society Organization Organisation
    Party Parliament Assembly Court Tribunal Police Army Navy Force Guard Fund Trust Board Times Post Journal News
    Herald Tribune Gazette Network Broadcasting Press Club FC Hospital Museum Centre Center Church Cabinet
    Secretariat Alliance Coalition Consortium Forum Reserve Service Services Office Agencies Ministries Logistics
    Robotics Dynamics Software Games Records Pictures Automotive Aerospace Biotech Therapeutics Biosciences Brands
    Retail Stores Beverages Brewing Brewery Coffee Restaurants Hotels Resorts Properties Realty Developments
    Construction Engineering Mining Metals Steel Petroleum Utilities Telecom Telecommunications Wireless Shipping
    Railways Railway Transport Lottery Corps Chemicals Materials Pharmaceutical Healthcare Clinic Analytics Consulting
    Advisors Advisers Financial
    Bancorp Payments Music Publishing Magazine League Championship Democrats Republicans Liberals Conservatives
    Socialists Greens Workers Cooperative Collective Institution Observatory Lab Laboratory Project Initiative
    Research United Rovers Wanderers Athletic Albion Quartet Quintet Trio Orchestra
    Philharmonic Symphony Choir Brothers Bros Bros.
    Confederation Affiliation Diocese Archdiocese Synod Guild Syndicate Conservancy Directorate Inspectorate
    Regiment Battalion Brigade Squadron Fleet Lines Survey
    Ensemble Band Chronicle Globe Examiner Telegraph Courier Sentinel Inquirer Dispatch Observer Report Review
    Daily Weekly"""
)
# Heads that start a name when followed by "of": Bank of China, University of Tokyo, Ministry of Commerce.
_ORG_HEADS = _words(
    """Bank Ministry Department University Institute Academy Office Bureau Commission Council Court Federation
    Association Board Church Museum College School Chamber League Union Organization Organisation Administration
    Agency Authority Society Fund Railway Corporation Company Service Commission Lottery Diocese Archdiocese
    Confederation Guild Center Centre Centers Centres Institutes Councils Offices"""
)
# Corporate endings that may be dropped in later mentions (Tencent Holdings → Tencent).
_CORPORATE = _words(
    """Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC LLP PLC Plc AG SA NV GmbH Group Holdings
    Holding Technologies Technology International"""
)
_PLACE_SUFFIXES = _words(
    """City County Province Prefecture District Island Islands River Lake Mountain Mountains Valley Bay Sea Ocean
    Strait Peninsula Region Square Street Avenue Park Stadium Arena Airport Station Bridge Gardens Harbour Harbor
    Beach Heights Boulevard Road Lane Plaza"""
)
# Venue words that are also family names ("Mr Park", "Jane Field"): after a title or given name they end a person.
_SURNAME_PLACE_SUFFIXES = _words("Park Lane Bridge Road Heights")
_PLACE_HEADS = _words("Gulf Sea Strait Bay Province City Republic Kingdom Isle State Port Lake Mount")

_TITLES = _words(
    """Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady President Vice Prime Minister
    Premier Chancellor Secretary Senator Sen Sen. Rep Rep. Representative Congressman Congresswoman Governor Gov
    Gov. Mayor Judge Justice King Queen Prince Princess Emperor Empress Pope Cardinal Bishop Archbishop Rabbi Imam
    Reverend Rev Rev. Father Sister General Gen Gen. Admiral Colonel Col Col. Captain Capt Capt. Lieutenant Lt Lt.
    Sergeant Sgt Sgt. Commander Chairman Chairwoman Chairperson Chair CEO CFO COO CTO Chief Executive Officer
    Director Founder Co-founder Cofounder Ambassador Envoy Commissioner Spokesman Spokeswoman Spokesperson Speaker
    Leader Coach Deputy Acting Former Interim Senior Attorney Agent Detective Inspector Superintendent Treasurer
    Foreign Finance Defense Defence Trade Commerce Health Interior Home Economy Digital Energy Education State
    Managing Partner Analyst Economist President-elect Vice-President Vice-Chairman Chief-Executive Saint
    Secretary-General Director-General Attorney-General Governor-General Surgeon-General Solicitor-General
    Inspector-General Auditor-General Commander-in-Chief Under-Secretary
    Manager Councillor Councilor Alderman Owner Chef Boss Principal Editor Trainer Striker Midfielder Defender
    Goalkeeper Quarterback Pitcher Nurse Trooper Constable Sheriff Prosecutor Lawyer Researcher Scientist
    Strategist Investor Entrepreneur Billionaire Candidate Nominee Magistrate Counsel Chancellor-elect
    Assemblyman Assemblywoman Lawmaker MP MEP Premier-elect Governor-elect Mayor-elect District Circuit
    Appeals"""
)
# Title words that name a role by themselves (the others only qualify one: Foreign, Deputy, Former...).
_TITLE_HEADS = _TITLES - _words(
    """Vice Prime Foreign Finance Defense Defence Trade Commerce Health Interior Home Economy Digital Energy
    Education State Deputy Acting Former Interim Senior Managing Executive Chief Saint"""
)
_ROLE_NOUNS = _words(
    """president chairman chairwoman founder co-founder cofounder ceo executive spokesman spokeswoman spokesperson
    analyst economist professor minister secretary senator governor mayor director manager official lawyer attorney
    investor billionaire researcher reporter correspondent editor actor actress singer writer author player coach
    scientist judge ambassador envoy leader premier chancellor boss head strategist partner chief officer
    commissioner representative lawmaker legislator candidate colleague son daughter wife husband mother father
    brother sister co-author coauthor co-host co-chair neighbour neighbor resident witness victim survivor student
    teacher farmer driver shopkeeper volunteer"""
)
_SPEECH_VERBS = _words(
    "said says told added wrote tweeted argued explained noted warned stated claimed insisted asked replied"
)
_WEEKDAYS_MONTHS = _words(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun January
    February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec"""
)
_DEMONYMS = _words(
    """Chinese American Japanese Korean British English French German Italian Spanish Russian Indian Canadian
    Australian European Asian African Taiwanese Hongkonger Israeli Iranian Saudi Turkish Ukrainian Brazilian
    Mexican Swiss Dutch Swedish Norwegian Danish Polish Irish Vietnamese Thai Indonesian Malaysian Singaporean
    Filipino Pakistani Arab Western Eastern Northern Southern Global Asian-American Muslim Christian Jewish
    Buddhist Catholic Protestant Hindu Communist Democratic Republican Democrat
    Internet"""
)
_NATIONALITIES = _words(
    """Chinese American Japanese Korean British English French German Italian Spanish Russian Indian Canadian
    Australian Taiwanese Israeli Iranian Saudi Turkish Ukrainian Brazilian Mexican Swiss Dutch Swedish Norwegian
    Danish Polish Irish Vietnamese Thai Indonesian Malaysian Singaporean Filipino Pakistani"""
)
# Capitalised words that are not names when they start a sentence or stand alone.
_COMMON_CAPS = _words(
    """I The A An In On At For But And Or So If When While After Before Since As This That These Those It Its He She
    They We You His Her Their Our My Your There Here What Which Who Whom Whose Why How Some Many Most All Any Each
    Every No Not Only Also Even Still Yet Then Now Today Yesterday Tomorrow Tonight Earlier Later Last Next
    Meanwhile However Although Though Because Despite During Under Over With Without From To By Of About Against
    Among Between Through Into Other Such More Less Much Few One Two Three Four Five Six Seven Eight Nine Ten Several
    Both Either Neither Another According Like Unlike Instead Indeed Overall Recently Currently Already Analysts
    Officials Investors Shares Users People Experts Critics Customers Sources Please Yes Thanks Thank Dear Hello Hi
    Is Are Was Were Be Been Do Does Did Has Have Had Can Could Will Would Shall Should May Might Must
    Let Let's Just Well Oh Perhaps Maybe Again Once Twice First Second Third Finally Further Furthermore Moreover
    Thus Therefore Hence Otherwise Similarly Additionally Notably Importantly Separately Elsewhere Regardless
    Around Above Below Near Within Across Along Behind Beyond Toward Towards Upon Until Unless Whether Where
    Although Everyone Everything Nothing Something Someone Anyone Nobody Why Note See Read Click Sign Get Go Make
    Take Use New Big Top Key Good Great Best Free Live Breaking Update Updated Editor Photo Video Watch
    Government Firm Market Markets Stock Stocks Rival Rivals Tech Chipmaker Automaker Carmaker Retailer Lender
    Insurer Regulator Regulators Giant Startup Conglomerate Airline Broker Brokerage Residents Workers Police
    Authorities Lawmakers Shareholders Employees Consumers Prosecutors Doctors Scientists Researchers Voters
    Protesters Troops Rescuers Passengers Fans Owners Sales Revenue Profit Prices Demand Exports Imports Growth
    Inflation Unemployment Both Former Current Local National Federal Regional Global Leading Major Senior Mother
    Father Brother Sister Uncle Aunt Grandma Grandpa Mum Mom Dad Baby Sir Madam Dear Yours Sincerely Regards"""
)
# Capitalised mid-sentence, these are still not names ("I", "The" starting a quoted title).
_ALWAYS_GRAMMAR = _words("I The A An This That These Those It Its He She They We You His Her Their Our My Your")
# Capitalised mid-sentence yet not names of organisations or places (products, currencies, religions...).
_NOT_NAMES = _words(
    """Bitcoin Ethereum Internet Web Covid Coronavirus Omicron Delta Brexit Parliament Christmas Easter Ramadan
    Eid Diwali Thanksgiving Halloween God Allah Bible Koran Quran Islam Christianity Judaism Buddhism Hinduism
    Catholic English Mandarin Cantonese Arabic Spanish French German Latin Hindi Urdu Russian Portuguese Korean
    Japanese Chinese iPhone iPad Android Windows Office Excel Word PowerPoint Lightning Pro Max Plus Ultra Mini Air
    Treasury Treasuries Dow Nasdaq Nikkei Hang Seng Euro Dollar Yen Yuan Renminbi Pound Sterling Rupee Won Bond
    Bonds Note Notes Budget Act Bill Law Constitution Article Section Chapter Part Phase Stage Level Grade Class
    Type Model Series Version Edition Season Episode Volume Figure Table Chart Appendix Exhibit Item Page""".replace(
        "\n", " "
    )
)
# Programming languages and systems: never places, organisations or people ("written in Rust", "Mark Python 3.13").
_PROGRAMMING = _words(
    """Python Rust Java JavaScript TypeScript Kotlin Haskell Scala Elixir Erlang Fortran Markdown Bash Linux Unix
    Perl PHP"""
)
_NOT_NAMES |= _PROGRAMMING
# All-caps words that are not organisations.
_NOT_ACRONYMS = _words(
    """KB MB GB TB PB KIB MIB GIB CPU GPU TPU RAM ROM SSD HDD PDF PNG JPG JPEG GIF SVG HTML CSS JSON XML YAML CSV
    SQL URL URI HTTP HTTPS FTP SSH TCP UDP IP DNS VPN SDK CLI GUI UI UX OS IDE LLM NLP NMT BLEU BPE OCR CJK ASCII
    UTF TODO FIXME README INI PID UID FROM NOT FILE DIR OUT LANG PATH HOME ENV TEST NT KM KG MPH KWH MW GW LB
    OZ FT SUV EVS RPM FPS HDR LCD OLED NFC RFID QR SIM SMS MMS PIN OTP ISBN DOI PS PPS NB ET AL NA TBA TBC WIP
    CEO CFO COO CTO CIO CMO EVP SVP VP MD GM HR PR IR QA QC PC MAC LAN WAN WIFI IOT AWS EC PM AM"""
) | _words(
    """AI IPO CEO CFO COO CTO GDP CPI PMI TV PC IT HR PR AM PM OK ID DNA RNA USB LED GPS API APP ETF ESG EV EVS VR AR
    FAQ PDF URL HTML SMS NFT NFTS CO PPE ICU HIV AIDS COVID SARS UTC GMT EST EDT PST PDT BST CST JST USD EUR RMB
    CNY JPY HKD GBP KRW INR AUD CAD CHF SGD TWD VIP MVP RIP ASAP FYI AKA TBD UFO BBQ II III IV VI VII VIII IX XI
    XII LLC PLC AG SA NV CO2 EU FY YOY QOQ MOM GMV ARPU DAU MAU SaaS IoT AML KYC ATM IQ PhD MBA BA MA MS MD UPDATE
    NEWS BREAKING NOTE EDITOR WATCH LIVE THE AND OF FOR TO IN ON AT BY A AN IS ARE WAS IT US ZIP TAR RAR EXE DMG APK
    ISO DLL MSI DEB TXT DOC DOCX XLS XLSX PPT PPTX MP3 MP4 WAV AVI MOV"""
) - frozenset({"EU", "US"})
_FIRST_NAMES = _words(
    """James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
    Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
    Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick
    Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah
    Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy
    Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason
    Philip Louis Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
    Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
    Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra
    Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren
    Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison
    Frances Kathryn Janice Jean Abigail Alice Judy Sophia Denise Marilyn Beverly Charlotte Natalie Theresa Diana
    Brittany Doris Kayla Alexis Lori Tim Tom Jim Bob Bill Mike Steve Dave Dan Ben Sam Alex Chris Nick Matt Josh Tony
    Jeff Greg Rob Rick Ron Ted Ken Kate Liz Beth Sue Jen Meg Nancy Jane Sally Elon Jeff Sundar Satya Jensen Sam
    Antony Kamala Hillary Barack Rishi Keir Boris Theresa Liz Emmanuel Olaf Angela Ursula Vladimir Volodymyr Sergei
    Sergey Dmitry Alexei Mikhail Ivan Narendra Rahul Priya Raj Ravi Amit Anil Sunil Vijay Mohammed Mohammad Muhammad
    Ahmed Ali Omar Hassan Hussein Ibrahim Khalid Mustafa Recep Benjamin Yair Pierre Jacques Francois Marie Hans
    Klaus Wolfgang Friedrich Jurgen Carlos Luis Jorge Miguel Pedro Antonio Manuel Francisco Javier Ana Lula Jair
    Javier Giorgia Mario Matteo Marco Giuseppe Justin Jacinda Scott Anthony Malcolm Fumio Shinzo Yoshihide Shigeru
    Sanae Masayoshi Tadashi Akio Hiroshi Takeshi Kenji Yuki Haruki Taro Ichiro Naoki Satoshi Koji Junichiro Yuko
    Jae-myung Moon Jae-in Suk-yeol Xi Pony Robin Colin Jean Jerome Janet Gina Lina Katherine Nancy Chuck Mitch
    Kevin Mike Ron Gavin Pete Ted Marco Rand Bernie Elizabeth Alexandria Ilhan Nikki Vivek Kamala Tulsi Lloyd
    Gordon Tony Margaret Winston Charles Harry Meghan Camilla Kate Philip Diana Warren Larry Sergey Jack Tim Marc
    Reid Peter Reed Jamie Ray Cathie Ken Abigail Mary Ginni Arvind Sheryl Susan Marissa Whitney Evan Travis Dara
    Brian Andy Jony Phil Craig Greg Lisa Jensen Masa Hiroshi Kazuo Shuntaro Shigetaka Kenichiro"""
)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# Generational suffixes that end a personal name ("Ferdinand Marcos Jr.").
_GENERATIONAL = _words("Jr. Sr. Jr Sr II III IV")
_NAME_PARTICLES = _words("da de do dos das van von der den du la le bin al el ibn")
_HYPHEN_PREFIXES = _words("Anti Pro Non Post Pre Mid Self Well Long Short High Low Multi Cross Inter Intra Ultra")
_BASED = _words("based headquartered born raised area region registered listed")
_SURNAMES = _words(name_lists.SURNAMES) | ROMANISED_SURNAMES
_FIRST_NAMES |= _words(name_lists.FIRST_NAMES)
GIVEN_NAMES = _FIRST_NAMES
"""Given names in Latin letters (also used for Latin names inside Chinese and Japanese text)."""
NOT_NAME_WORDS = (
    _NOT_NAMES | _NOT_ACRONYMS | _COMMON_CAPS | _WEEKDAYS_MONTHS | _DEMONYMS | _NATIONALITIES | _ALWAYS_GRAMMAR
)
"""Capitalised words that are no names: products, languages, units, common acronyms, grammar words, months."""
# Unknown single words take these kinds from the word before them ("in Portland", "the Bundestag").
_PLACE_BEFORE = _words("in near outside across throughout around")
_ORG_BEFORE = _words("the")
_ORG_AFTER = _words(
    """said says announced reported posted plans planned will would has had have is was raised won lost beat agreed
    expects expected hired launched sold bought acquired opened closed cut shares stock declined denied confirmed
    fell rose jumped gained slipped climbed dropped surged tumbled slumped soared"""
)
# Given names that are also words, left out of the name lists: alone they are people, not organisations.
_WORDLIKE_NAMES = _words(
    """Will May June April August Mark Bill Grace Hope Faith Joy Rose Summer Dawn Art Guy Sky Star Holly Ivy Iris
    Lily Violet Ruby Pearl Amber Crystal Jade Autumn Hazel Olive Ginger Candy Honey Penny Chase Miles Rich Don
    Bob Sue Jan Ray Gene Angel Precious Destiny Trinity Harmony Melody Heaven Max Jack Sandy Rocky Rusty Misty"""
)
# Last words that make a run a named thing, neither a person nor an organisation (James Webb Space Telescope).
_THING_HEADS = _words("Telescope Satellite Spacecraft Rover Probe Prize Award Awards Medal Trophy Syndrome Disease")
# A paragraph's opening dateline: a place in capitals, maybe a region or date after a comma, maybe the agency in
# brackets, then a dash.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<city>[A-Z][A-Z'.-]*[A-Z.](?:[ \xa0][A-Z][A-Z'.-]*[A-Z.]){0,3})"
    r"(?:,[ \xa0]*(?P<region>[A-Z][A-Za-z.]*(?:[ \xa0][A-Z][A-Za-z.]+)?))?"
    r"(?:,?[ \xa0]*[A-Z][a-z]{2,8}\.?[ \xa0]+\d{1,2})?"
    r"[ \xa0]*(?:\([A-Za-z .&-]{1,40}\)[ \xa0]*)?(?:[—–]|--|-(?=[ \xa0]))"
)
_NOT_DATELINES = _words(
    "UPDATE BREAKING EXCLUSIVE ANALYSIS OPINION WATCH LIVE EDITORIAL COMMENTARY REVIEW FACTBOX EXPLAINER INTERVIEW"
)
# AP-style abbreviations of US states, and state names, after a town and a comma.
_STATE_ABBREVIATIONS = _words(
    """Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss.
    Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis.
    Wyo. D.C."""
)
_TOWN_STATE = re.compile(
    r"(?<![\w.])(?P<town>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+){0,2}),[ \xa0](?P<state>"
    + "|".join(re.escape(word) for word in sorted(_STATE_ABBREVIATIONS, key=len, reverse=True))
    + r")(?!\w)"
)
# Nouns right before a name that make it an organisation's ("the charity Shelter", "state fund Acme Capital").
_ORG_NOUNS = _words(
    """charity charities group organisation organization nonprofit non-profit agency watchdog regulator union
    fund insurer lender retailer broker brokerage consultancy startup start-up firm company conglomerate
    carrier airline automaker carmaker chipmaker developer publisher broadcaster newspaper magazine band club
    think-tank institute platform app website marketplace"""
)
_LISTING_BEFORE = _words("including provinces states province state")
_PREPOSITIONS = _words("on in at for to with from by of over under")
# Last parts of CamelCase class names in code and technical text (ParseResult, HelloWidget).
_CODE_NOUNS = _words(
    """Spec Pattern Result Widget Store Error Warning Exception Handler Manager Config Builder Factory Parser Reader
    Writer Client Server Loader Type List Dict Map Set Model View Controller Service Provider Helper Util Utils Test
    Tests Case Mixin Base Impl Interface Adapter Wrapper Proxy Queue Stack Node Tree Graph Buffer Stream Request
    Response Event Listener Callback Context Session State Action Command Query Schema Field Record Entry Item
    Object Value Key Token Plugin Module Component Window Dialog Button Label Layout Panel Frame"""
)
# Verbs that start instructions and headings ("Install Ruff", "Ask Jones"): not given names.
_IMPERATIVES = _words(
    """Install Invoke Run Use Add Remove Set Call Ask Try Open Close Build Check Create Delete Download Enable
    Disable Configure Update Upgrade Import Export Start Stop Read Write Load Save Find Join Meet Visit Follow
    Contact Email Support Thank Welcome Install Choose Select Enter Type Press Keep Mix Stir Bake Serve"""
)
# Verbs only a company does: after one, even a sentence-initial unknown word is an organisation.
_FIRM_VERBS = _words(
    """reported posted acquired listed unveiled shipped recalled delisted outsourced trimmed reaffirmed
    forecast forecasts guided"""
)
# Capitalised plurals that name a party on their own after "the" ("the Greens", "the Conservatives").
_PARTY_PLURALS = _words("Democrats Republicans Conservatives Liberals Socialists Greens Tories")
# Sport-only words: two different ones make a text a match report.
_SPORTS_CUES = re.compile(
    r"\b(?:scored|scorer|goals?|goalkeeper|striker|midfielder|defender|penalty|penalties|kick-off|relegation|"
    r"fixtures?|derby|play-?offs?|innings|wickets?|touchdowns?|quarterback|pitcher|referee|equali[sz]er|"
    r"equali[sz]ed|hat-trick|clean sheet|stoppage time|half-time|halftime|home runs?|championship|league)\b",
    re.IGNORECASE,
)
# Club names' last words ("Nottingham Forest", "Crystal Palace", "Stoke City"): only in a match report.
_CLUB_WORDS = _words("City County Town Villa Forest Palace Rangers Hotspur Rovers United Wanderers Athletic Albion")
# Words around a city that make it a team playing a match.
_MATCH_BEFORE = _words(
    """beat beats beating against versus vs vs. v host hosts hosted hosting face faces faced facing visit visits
    visited visiting defeated defeat edged thrashed routed over behind above play plays played playing"""
)
_MATCH_AFTER = _words(
    """beat beats drew draw draws lost lose loses won win wins host hosts hosted face faces faced play plays played
    visit visits visited defeated edged thrashed manager boss coach striker midfielder defender goalkeeper fans
    supporters captain"""
)
_PLAYER_VERBS = _words("scored netted headed equalised equalized assisted")
# Names of nations kept as places even in a match report ("England beat Brazil": the country's team, unmarked).
_NATION_NAMES = _words("England Scotland Wales United States United Kingdom Northern Ireland South Korea North Korea")
_AMBIGUOUS_SURNAMES = _words("Park Long Song He Lee Moon Son Fan Ho Jin Ye Yu Ma Hu Su Lu Wan Ng Chan Shi")


@lru_cache(maxsize=1)
def _gazetteer_keys() -> dict[tuple[str, ...], GazetteerEntry]:
    table: dict[tuple[str, ...], GazetteerEntry] = {}
    for form, entry in names().items():
        key = tuple(match.group() for match in _TOKEN.finditer(form))
        if key and all(ch.isascii() or ch.isalpha() for ch in form):
            table.setdefault(key, entry)
    return table


@lru_cache(maxsize=1)
def _world_places() -> dict[tuple[str, ...], GazetteerEntry]:
    """Cities and countries from the generated list: used only for words nothing else explained."""
    table: dict[tuple[str, ...], GazetteerEntry] = {}
    known = _gazetteer_keys()
    not_places = _FIRST_NAMES | _SURNAMES | _PROGRAMMING  # once, not once a line: this runs on the facts' worker
    for line in name_lists.PLACES.strip().splitlines():
        name = line.split("|", 1)[0]
        key = tuple(match.group() for match in _TOKEN.finditer(name))
        single = len(key) == 1
        # Java the language before Java the island; a lone given or family name is a person's before a town's.
        if key and key not in known and not (single and key[0] in not_places):
            table[key] = GazetteerEntry(FactKind.PLACE, name)
    return table


def is_world_place(name: str) -> bool:
    """Whether the generated world list or the gazetteer names `name` as a place."""
    key = tuple(match.group() for match in _TOKEN.finditer(name))
    entry = _world_places().get(key) or _gazetteer_keys().get(key)
    return entry is not None and entry.kind is FactKind.PLACE


@lru_cache(maxsize=1)
def _name_places() -> dict[str, GazetteerEntry]:
    """Places named like people (Alberta, Jackson, Lincoln): places only after "in", "across" and the like."""
    table: dict[str, GazetteerEntry] = {}
    for line in name_lists.PLACES.strip().splitlines():
        name = line.split("|", 1)[0]
        if " " not in name and (name in _FIRST_NAMES or name in _SURNAMES) and (name,) not in _gazetteer_keys():
            table[name] = GazetteerEntry(FactKind.PLACE, name)
    return table


@lru_cache(maxsize=1)
def _longest_key() -> int:
    return max(len(key) for key in _gazetteer_keys())


@dataclass(slots=True)
class _Token:
    text: str
    start: int
    end: int
    initial: bool
    """Starts a sentence, a quotation or a heading: capitalised for grammar's sake, not as a name."""
    possessive: bool = False
    based: bool = False
    """Written as "Seattle-based": a place."""


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(ch.isupper() for ch in word))


def _is_name_like(word: str) -> bool:
    """Capitalised word that could be part of a personal name (Biden, O'Brien, Jae-myung, R.)."""
    if word in _TITLES or word in _WEEKDAYS_MONTHS or word in _ORG_SUFFIXES:
        return False
    if len(word) == 2 and word[1] == "." and word[0].isupper():
        return True
    if _INITIALS.fullmatch(word) or (len(word) == 1 and word.isupper() and word not in "AI"):
        return True  # "J.W. Kuo", "K Krithivasan"
    return word[:1].isupper() and not word.isupper() and word.replace("-", "").replace("'", "").isalpha()


def _tokens(text: str, sentence_starts: frozenset[int]) -> list[_Token]:
    """Capitalised words and the connectors that may join them; other words only matter as neighbours."""
    tokens: list[_Token] = []
    for region in _regions().finditer(text):
        for match in _TOKEN.finditer(text, region.start(), region.end()):
            tokens.append(_token(text, match, sentence_starts))
    _mark_headings(text, tokens)
    return tokens


def _token(text: str, match: re.Match[str], sentence_starts: frozenset[int]) -> _Token:
    word = match.group()
    start, end = match.start(), match.end()
    possessive = False
    named = word in names() or _name_possessive(word)  # "People's" of People's Bank of China stays whole
    if len(word) > 2 and word[-2] in "'’" and word[-1] == "s" and not named:
        word, end, possessive = word[:-2], end - 2, True
    elif word.endswith(("s'", "s’")) and len(word) > 3 and word[:1].isupper():
        word, end, possessive = word[:-1], end - 1, True
    if word in _ABBREVIATIONS and text[end : end + 1] == ".":
        word, end = word + ".", end + 1
    based = False
    if "-" in word:
        head, _, tail = word.rpartition("-")
        if (
            tail.islower()
            and head[:1].isupper()
            and (len(head) >= 3 or (tail in _BASED and head.isupper() and len(head) == 2))  # "UK-based"
            and head not in _HYPHEN_PREFIXES
            and not _hyphenated_given_name(text, start, tail)
        ):
            # "Seattle-based", "Hong Kong-listed": the name is the part before the hyphen.
            word, end, based, possessive = head, start + len(head), tail in _BASED, False
    token = _Token(word, start, end, _starts_sentence(text, start, sentence_starts), possessive)
    token.based = based
    return token


def _hyphenated_given_name(text: str, start: int, tail: str) -> bool:
    """ "Cho Jung-tai", "Lee Jae-myung": after a romanised East Asian family name, a hyphenated word is a given
    name, not "Seattle-based"."""
    if len(tail) > 6 or tail in _BASED or (len(tail) > 4 and tail.endswith(("ed", "ing"))):
        return False
    before = text[max(0, start - 12) : start]
    if not before.endswith((" ", "\xa0")):
        return False
    words = before.split()
    return bool(words) and words[-1] in ROMANISED_SURNAMES


@lru_cache(maxsize=1)
def _regions() -> re.Pattern[str]:
    """Stretches of capitalised words joined by spaces or lower-case connectors ("Bank of China", "U.S. Steel"):
    the only places names can be, so the rest of the text is skipped at regex speed."""
    upper = _character_class(str.isupper) + _character_class(str.istitle)
    lower_names = "|".join(re.escape(word) for word in sorted(_gazetteer_lowercase(), key=len, reverse=True))
    word = rf"(?:(?:[A-Z]\.){{2,}}|[{upper}](?:\w|[-'’&.](?=\w))*\.?{'|' + lower_names if lower_names else ''})"
    connectors = "|".join(sorted(_CONNECTORS - {"&"}, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-]){word}(?:(?:[ \xa0]|[ \xa0]&[ \xa0])(?:(?:{connectors})[ \xa0]){{0,2}}{word})*")


def _character_class(test: Callable[[str], bool]) -> str:
    """A regex character class body for the BMP characters passing `test`, as ranges."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x41, 0x10000):
        if 0xD800 <= code <= 0xDFFF or not test(chr(code)):
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(
        re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges
    )


def _starts_sentence(text: str, start: int, sentence_starts: frozenset[int]) -> bool:
    if start in sentence_starts:
        return True
    index = start - 1
    while index >= 0 and text[index] in " \t\u3000\xa0":
        index -= 1
    if index < 0:
        return True
    previous = text[index]
    if previous not in "\n\r.!?:;\"“‘'(「『[—–-•*#>|":
        return False
    # After an initial such as "Joe R. Biden" or the end of "U.S." the sentence goes on.
    return not (
        previous == "." and index > 0 and text[index - 1].isupper() and (index < 2 or not text[index - 2].isalpha())
    )


def _mark_headings(text: str, tokens: list[_Token]) -> None:
    """In a title-case line (a headline) every capital is grammar, so treat every word as sentence-initial."""
    starts = [token.start for token in tokens]
    for line in _SHORT_LINE.finditer(text):
        words = _WORD.findall(line.group())
        if len(words) < 4 or line.group().rstrip().endswith((".", "?", "!", "”", '"')):
            continue
        capitals = sum(1 for word in words if word[:1].isupper() or word in _CONNECTORS)
        if capitals >= 0.8 * len(words):
            for index in range(bisect_left(starts, line.start()), bisect_left(starts, line.end())):
                tokens[index].initial = True


_SHORT_LINE = re.compile(r"^[^\n]{1,160}$", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal runs of capitalised words joined by single spaces, with lower-case connectors inside (Bank of China)."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    pending: list[_Token] = []
    for token in tokens:
        last = (pending or current)[-1] if current else None
        joined = last is not None and _joined(text, last, token) and not last.possessive
        if _is_cap(token.text) or token.text in _gazetteer_lowercase():
            if current and joined:
                current.extend(pending)
                current.append(token)
            else:
                if current:
                    runs.append(current)
                current = [token]
            pending = []
        elif current and joined and token.text in _CONNECTORS and len(pending) < 2:
            pending.append(token)
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def _joined(text: str, left: _Token, right: _Token) -> bool:
    gap = text[left.end : right.start]
    return gap in (" ", "\xa0", " & ") or (gap == "" and left.text.endswith("."))


@lru_cache(maxsize=1)
def _gazetteer_lowercase() -> frozenset[str]:
    """Names written with a lower-case first letter (iQiyi, eBay)."""
    return frozenset(
        word for key in _gazetteer_keys() for word in key if word[:1].islower() and any(ch.isupper() for ch in word)
    )


class EnglishRecognizer:
    """Rule-based English entity finder: two passes, so a short later mention ("Biden") joins its full name."""

    def find(self, text: str, sentence_starts: frozenset[int]) -> list[Mention]:
        tokens = _tokens(text, sentence_starts)
        runs = _runs(text, tokens)
        previous_word = _Neighbours(text, after=False)
        next_word = _Neighbours(text, after=True)
        sports = _is_sports(text)
        found: list[Mention] = []
        leftovers: list[list[_Token]] = []
        for run in runs:
            mentions, rest = self._classify(text, run, previous_word, next_word, sports)
            found.extend(mentions)
            leftovers.extend(rest)
        aliases = _aliases(text, found, sports)
        defined = _parenthesised_acronyms(text, found)
        aliases.update(defined)
        votes = _context_votes(text, leftovers, previous_word, next_word, sports)
        shapes = _alias_shapes(aliases)
        for segment in leftovers:
            found.extend(_resolve_leftover(text, segment, aliases, votes, shapes))
        result = _canonicalised(text, found, aliases, defined)
        if sports:
            result = _teams(text, result, previous_word, next_word)
        return _with_datelines_and_states(text, _with_neighbours(text, result))

    # -- first pass --------------------------------------------------------------------------------------------

    def _classify(
        self,
        text: str,
        run: list[_Token],
        previous_word: _Neighbours,
        next_word: _Neighbours,
        sports: bool = False,
    ) -> tuple[list[Mention], list[list[_Token]]]:
        mentions: list[Mention] = []
        leftovers: list[list[_Token]] = []
        index = 0
        # Leading grammar words ("The", "In", sentence-initial "Earlier") never start a name.
        while index < len(run):
            word = run[index].text
            if word in _CONNECTORS:
                index += 1
                continue
            if word in _COMMON_CAPS and (run[index].initial or word in _ALWAYS_GRAMMAR):
                match = _gazetteer_match(run, index)
                if match is not None and match[0] > 1:
                    break
                index += 1
                continue
            break
        run = run[index:]
        if not run:
            return mentions, leftovers
        organisation = _organisation_by_cue(run, sports, previous_word.get(run[0].start, "") == "the")
        if organisation is not None:
            first, last = organisation
            if first > 0:
                sub_mentions, sub_rest = self._classify(text, run[:first], previous_word, next_word, sports)
                mentions.extend(sub_mentions)
                leftovers.extend(sub_rest)
            org_tokens = run[first : last + 1]
            entry = _gazetteer_match(org_tokens, 0)
            base = len(org_tokens)
            while base > 1 and org_tokens[base - 1].text in _CORPORATE:
                base -= 1
            if entry is not None and entry[0] in (len(org_tokens), base):
                mentions.append(Mention(org_tokens[0].start, org_tokens[-1].end, entry[1].kind, entry[1].name))
            else:
                kind = FactKind.PLACE if _is_place_cue(org_tokens) else FactKind.ORG
                if sports and org_tokens[-1].text in _CLUB_WORDS and len(org_tokens) >= 2:
                    # "Manchester City", "Stoke City" in a match report are clubs; "in Mexico City" stays a place
                    before = previous_word.get(org_tokens[0].start, "")
                    kind = FactKind.PLACE if before in _PLACE_BEFORE else FactKind.ORG
                mentions.append(Mention(org_tokens[0].start, org_tokens[-1].end, kind))
            if last + 1 < len(run):
                sub_mentions, sub_rest = self._segments(text, run[last + 1 :], previous_word, next_word, sports)
                mentions.extend(sub_mentions)
                leftovers.extend(sub_rest)
            return mentions, leftovers
        return self._segments(text, run, previous_word, next_word, sports)

    def _segments(
        self,
        text: str,
        run: list[_Token],
        previous_word: _Neighbours,
        next_word: _Neighbours,
        sports: bool = False,
    ) -> tuple[list[Mention], list[list[_Token]]]:
        """Split a run without an organisation cue at gazetteer names and titles; classify what is left."""
        mentions: list[Mention] = []
        leftovers: list[list[_Token]] = []
        unknown: list[_Token] = []
        before_run = previous_word.get(run[0].start)
        # "chief executive Tim Cook"; "written by Jane Doe" (only for a two-word name: "owned by Vidyaan" is no one)
        titled = before_run in _ROLE_NOUNS or (
            before_run == "by" and sum(1 for token in run if _is_name_like(token.text)) >= 2
        )
        index = 0

        def flush(after_title: bool) -> None:
            nonlocal unknown
            if unknown:
                mention = _classify_unknown(unknown, after_title or titled, next_word, sports)
                if (
                    unknown[0] is run[0]
                    and before_run in _ORG_NOUNS
                    and not (mention and after_title)
                    and not (run[0].initial and text[run[0].start - 2 : run[0].start - 1] in ".!?")
                ):
                    # "the charity Shelter", "consumer group Which", "state fund Central Huijin"
                    mention = Mention(unknown[0].start, unknown[-1].end, FactKind.ORG)
                if mention is not None:
                    mentions.append(mention)
                else:
                    leftovers.append(unknown)
            unknown = []

        after_title = False
        while index < len(run):
            token = run[index]
            match = _gazetteer_match(run, index)
            place = _world_place(run, index)
            if place is not None and place[0] >= 2 and (match is None or match[0] < place[0]):
                # "Northern Ireland", "New South Wales": a known place of several words, even with a direction
                flush(after_title)
                after_title = False
                length, entry = place
                mentions.append(Mention(token.start, run[index + length - 1].end, entry.kind, entry.name))
                index += length
                continue
            continues_name = bool(
                match is not None
                and len(unknown) == 1
                and match[0] == 1
                and _is_name_like(unknown[0].text)
                and (match[1].kind is FactKind.PERSON or unknown[0].text in _FIRST_NAMES)
            )
            if match is not None and not continues_name:
                length, entry = match
                flush(after_title)
                after_title = False
                tokens = run[index : index + length]
                mentions.append(Mention(tokens[0].start, tokens[-1].end, entry.kind, entry.name))
                index += length
                continue
            title_end = _title_span(run, index)
            if title_end > index:
                flush(after_title)
                after_title = True
                index = title_end
                continue
            if (
                token.text in _NAME_PARTICLES
                and unknown
                and _is_name_like(unknown[0].text)
                and _particle_joins(run, index)
            ):
                unknown.append(token)  # "Lula da Silva", "Ursula von der Leyen"
                index += 1
                continue
            if (
                token.text in _CONNECTORS
                or (token.text in _WEEKDAYS_MONTHS and not _month_as_given_name(run, index, unknown))
                or token.text in _DEMONYMS
                or token.text in _COMMON_CAPS
            ):
                flush(after_title)
                after_title = False
                index += 1
                continue
            unknown.append(token)
            if token.possessive:
                flush(after_title)
                after_title = False
            index += 1
        flush(after_title)
        return mentions, leftovers


_PUNCTUATION = " \t\n\r\xa0,;:.!?\"'“”‘’()[]—–-"


_QUOTE_ENDS = ('",', ',"', "”,", ",”", '"', "”")
_QUOTED_SPEECH = _words("said says added told wrote explained continued")


class _Neighbours:
    """The word before a start offset or after an end offset, looked up in the text only when asked."""

    def __init__(self, text: str, after: bool) -> None:
        self._text = text
        self._after = after

    def get(self, offset: int, default: str = "") -> str:
        return self._word_after(offset) if self._after else self._word_before(offset)

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and bool(self.get(offset))

    def __getitem__(self, offset: int) -> str:
        return self.get(offset)

    def phrase_before(self, start: int, phrase: str) -> bool:
        """Whether `phrase` ends right before `start` (spaces between)."""
        return self._text[max(0, start - len(phrase) - 3) : start].rstrip().endswith(phrase)

    def quote_before(self, start: int) -> bool:
        """Whether a quotation closes right before `start` ('"…", Saree said')."""
        return self._text[max(0, start - 4) : start].rstrip().endswith(_QUOTE_ENDS)

    def _word_before(self, start: int) -> str:
        """Lower-cased word before `start` (to see "chief executive Tim Cook")."""
        raw = self._text[max(0, start - 40) : start]
        window = raw.rstrip(_PUNCTUATION)
        if not window or "\n" in raw[len(window) :]:
            return ""  # context does not reach across a line break (a heading, a list, "Key: value" lines)
        parts = window.rsplit(None, 1)
        word = parts[-1].strip(_PUNCTUATION) if parts else ""
        return word.lower() if word[:1].isalpha() else ""

    def _word_after(self, end: int) -> str:
        """Word after `end`, with a leading comma kept (to see "Tim Cook said", "Jane Doe, who")."""
        match = _TOKEN.search(self._text, end, end + 40)
        if match is None or "\n" in self._text[end : match.start()]:
            return ""
        gap = self._text[end : match.start()].strip()
        word = match.group().lower()
        return f"{gap} {word}" if gap else word


@lru_cache(maxsize=1)
def _gazetteer_first_words() -> frozenset[str]:
    return frozenset(key[0] for key in _gazetteer_keys())


@lru_cache(maxsize=1)
def _name_possessives() -> frozenset[str]:
    """Possessives inside names the gazetteer knows ("People's" of People's Bank of China, Supreme People's Court)."""
    keys = [key for key in _gazetteer_keys() if len(key) > 1]
    return frozenset(word.replace("’", "'") for key in keys for word in key[:-1] if word[-2:] in ("'s", "’s"))


def _name_possessive(word: str) -> bool:
    return word.replace("’", "'") in _name_possessives()


def _gazetteer_match(run: Sequence[_Token], index: int) -> tuple[int, GazetteerEntry] | None:
    word = run[index].text
    fold = False
    if word not in _gazetteer_first_words():
        if len(word) > 2 and word.isupper() and word.isalpha():
            return _shouted_place(run, index)  # "BEIJING (Reuters) -", "NEW YORK (AP) —"
        if word.isascii() or _without_accents(word) not in _gazetteer_first_words():
            return None
        fold = True  # "Zürich" is the gazetteer's "Zurich"
    keys = _gazetteer_keys()
    for length in range(min(_longest_key(), len(run) - index), 0, -1):
        if length > 1 and any(run[index + k].possessive for k in range(length - 1)):
            continue
        key = tuple(_without_accents(token.text) if fold else token.text for token in run[index : index + length])
        entry = keys.get(key)
        if entry is not None:
            if length == 1 and run[index].initial and run[index].text in _COMMON_CAPS:
                return None
            return length, entry
    return None


def _shouted_place(run: Sequence[_Token], index: int) -> tuple[int, GazetteerEntry] | None:
    """A place written in capitals, as in a dateline."""
    keys = _gazetteer_keys()
    for length in range(min(3, len(run) - index), 0, -1):
        words = tuple(token.text.title() for token in run[index : index + length])
        if not all(token.text.isupper() for token in run[index : index + length]):
            continue
        entry = keys.get(words) or _world_places().get(words)
        if entry is not None and entry.kind is FactKind.PLACE:
            return length, entry
    return None


def _organisation_by_cue(
    run: Sequence[_Token], sports: bool = False, after_the: bool = False
) -> tuple[int, int] | None:
    """Token range of a name ending in a cue word (… Group, … Ministry) or a head followed by "of" (Bank of …)."""
    for index in range(len(run) - 1, -1, -1):
        word = run[index].text
        is_suffix = word in _ORG_SUFFIXES or word in _PLACE_SUFFIXES or (sports and word in _CLUB_WORDS)
        followed_by_of = index + 1 < len(run) and run[index + 1].text in ("of", "for")
        if followed_by_of and word.endswith("s") and word not in _ORG_HEADS and run[index + 1].text == "of":
            followed_by_of = False  # "the Conservatives of Jane Roe": a plural name ends before "of"
        is_head = (word in _ORG_HEADS or word in _PLACE_HEADS) and followed_by_of
        if not (is_suffix or is_head):
            continue
        if run[index].possessive and index + 1 < len(run):
            continue
        if (
            not followed_by_of
            and index + 1 < len(run)
            and run[index + 1].text in _TITLE_HEADS
            and (
                index == 0
                or word in _TITLES
                or run[index - 1].text in _TITLES
                or not _is_cap(run[index - 1].text)
            )
        ):
            # "District Judge", "Party Leader", "Chief Financial Officer": the cue word belongs to a title (but
            # "Labour Party Leader Keir Starmer" names the party)
            continue
        if (
            word in _SURNAME_PLACE_SUFFIXES
            and index > 0
            and (run[index - 1].text in _TITLES or run[index - 1].text in _FIRST_NAMES)
        ):
            continue  # "Mr Park", "Jane Park": a person's family name, not a park
        last = len(run) - 1 if followed_by_of else index
        if followed_by_of:
            while last > index + 1 and run[last].text in _CONNECTORS:
                last -= 1  # "University of Tulsa and": the "and" before the next name is not part of this one
            if run[last].text in _CONNECTORS:
                return None
            last = _before_title(run, index + 2, last)  # "Bank of Japan Governor Kazuo Ueda"
        first = index
        while (
            first > 0
            and not run[first - 1].possessive
            and (_is_cap(run[first - 1].text) or run[first - 1].text in ("of", "and", "&", "for"))
        ):
            if run[first - 1].text in ("and", "&") and _is_whole_name(run[: first - 1]):
                break  # "Samsung Electronics and Toyota Motor Corp." are two names
            if run[first - 1].text == "and" and any(
                run[k].start - run[k - 1].end == len(" & ") for k in range(first + 1, index + 1)
            ):
                break  # "Infoseek and Dow Jones & Company": a name with "&" is joined to no other by "and"
            if (
                first < index
                and run[first - 1].text in _TITLES
                and run[first - 1].text in _TITLE_HEADS
                and run[first - 1].text not in _ORG_SUFFIXES
            ):
                break  # "CEO Jane Roe Group" is no name; "Premier League" is
            first -= 1
        while first < index and (
            run[first].text in _CONNECTORS
            or (run[first].text in _COMMON_CAPS and (run[first].initial or run[first].text in ("The", "A", "An")))
        ):
            first += 1
        if run[first].text in _NATIONALITIES and index - first >= 2 and _gazetteer_match(run, first) is None:
            first += 1  # "Chinese Foreign Ministry": the nationality describes; "British Airways" keeps it
        # A bare cue word ("the Ministry", "Group") is not a name; the Fed's "Reserve" needs the gazetteer.
        if (
            first == index
            and not followed_by_of
            and not (
                word in _PARTY_PLURALS and ((after_the and index == 0) or (index > 0 and run[index - 1].text == "the"))
            )
        ):
            continue  # a bare cue word; but "the Greens" is the party (bare "Democrats" may be its members)
        if any(run[k].text in _WEEKDAYS_MONTHS for k in range(first, last + 1)):
            continue
        if run[first].initial and run[first].text in _COMMON_CAPS:
            continue
        return first, last
    return None


# Lower-case nouns of divisions and land forms after a name that make it a place's.
_PLACE_NOUNS_AFTER = _words(
    """region regions province provinces prefecture county district oblast state island islands river valley
    desert mountains peninsula archipelago"""
)
# Endings of one-word names that only firms have (Sberbank, Gazprombank).
_FIRM_WORD_ENDINGS = ("bank",)


def _month_as_given_name(run: Sequence[_Token], index: int, unknown: Sequence[_Token]) -> bool:
    """Whether a month's name starts a person's name ("Jan Egeland", "April Ryan"): a given name that is also a
    month, first in its run piece, before a name word that no list explains and that ends the run."""
    word = run[index].text
    if word not in _WORDLIKE_NAMES or unknown or index + 2 != len(run):
        return False
    after = run[index + 1].text
    return _is_name_like(after) and after not in _COMMON_CAPS and _gazetteer_match(run, index + 1) is None


def _before_title(run: Sequence[_Token], first: int, last: int) -> int:
    """The last token of a name before a title and the person it introduces ("Bank of Japan Deputy Governor
    Shinichi Uchida", "University of Tokyo Professor Jane Roe"); `last` when no such title follows. A title word
    followed by another title ("Court of Appeals Judge") is the body's own word."""
    for index in range(first, last):
        if run[index].text in _TITLE_HEADS and not run[index].possessive:
            after = run[index + 1].text
            if after in _TITLES or not _is_name_like(after):
                continue
            while index - 1 >= first and run[index - 1].text in _TITLES and run[index - 1].text not in _TITLE_HEADS:
                index -= 1  # "Deputy", "Vice", "Acting" qualify the title
            return index - 1
    return last


def _particle_joins(run: Sequence[_Token], index: int) -> bool:
    """Whether the particles from `index` on lead to another name word ("da Silva", "von der Leyen")."""
    while index < len(run) and run[index].text in _NAME_PARTICLES:
        index += 1
    return index < len(run) and _is_name_like(run[index].text)


def _is_whole_name(left: Sequence[_Token]) -> bool:
    """Whether the words before an "and" make a name of their own (Department of Energy, Samsung Electronics)."""
    start = len(left)
    while start > 0 and (_is_cap(left[start - 1].text) or left[start - 1].text in ("of", "for")):
        start -= 1
    words = [token.text for token in left[start:]]
    if len(words) < 2:
        return False
    if (words[-1] in _ORG_SUFFIXES or words[-1] in _PLACE_SUFFIXES) and _is_cap(words[-2]):
        return True
    if len(words) >= 3 and words[-2] in _ORG_SUFFIXES and is_world_place(words[-1]):
        return True  # "Sequoia Capital China and Hillhouse Capital": a regional arm is a whole name
    return any(word in _ORG_HEADS and words[i + 1] in ("of", "for") for i, word in enumerate(words[:-1]))


# Before "District" these make a public body, not an area ("Coronado Unified School District", "Water District").
_DISTRICT_BODIES = _words("School Water Fire Hospital Transit Utility Sanitation Irrigation Library Sewer Park")


def _is_place_cue(tokens: Sequence[_Token]) -> bool:
    if tokens[-1].text == "District" and len(tokens) >= 2 and tokens[-2].text in _DISTRICT_BODIES:
        return False
    if tokens[-1].text in _PLACE_SUFFIXES:
        return True
    for index, token in enumerate(tokens[:-1]):
        if tokens[index + 1].text == "of" and token.text in _ORG_HEADS:
            return False
        if tokens[index + 1].text == "of" and token.text in _PLACE_HEADS:
            return True
    return False


def _title_span(run: Sequence[_Token], index: int) -> int:
    """End of a title phrase starting at `index` (Prime Minister, Secretary of State, CEO), or `index` if none."""
    end = index
    has_head = False
    while end < len(run):
        word = run[end].text
        if word in _TITLES and end + 1 < len(run) and run[end + 1].text in _GENERATIONAL:
            break  # "Martin Luther King Jr.": a family name, not a title
        if word in _TITLES:
            has_head = has_head or word in _TITLE_HEADS
            end += 1
        elif word == "of" and end + 1 < len(run) and run[end + 1].text in _TITLES:
            end += 1
        else:
            break
        if run[end - 1].possessive:
            break
    return end if has_head or end - index >= 2 else index


def _classify_unknown(
    segment: list[_Token], after_title: bool, next_word: _Neighbours, sports: bool = False
) -> Mention | None:
    """A run piece no list explains: a person by title, first name or speech verb, else nothing (yet)."""
    while segment and segment[0].initial and segment[0].text in _COMMON_CAPS:
        segment = segment[1:]
    if len(segment) >= 3 and segment[0].initial and segment[0].text.lower() in _ROLE_NOUNS:
        segment, after_title = segment[1:], True  # "Co-author Jane Roe said": the role is no part of the name
    if not segment:
        return None
    words = [token.text for token in segment]
    start, end = segment[0].start, segment[-1].end
    generational = len(words) >= 3 and words[-1] in _GENERATIONAL
    if generational:
        words = words[:-1]  # the name is checked without "Jr.", which stays in the span
    if words[-1] in _THING_HEADS or any(word in _PROGRAMMING for word in words):
        return None
    if len(words) == 1 and words[0].endswith(_FIRM_WORD_ENDINGS) and words[0][:1].isupper():
        return Mention(start, end, FactKind.ORG)  # "Sberbank", "Rabobank", "Commerzbank"
    name_like = all(
        _is_name_like(word)
        or (0 < i < len(words) - 1 and word in _NAME_PARTICLES)
        or (i == 0 and len(words) >= 2 and word in _WORDLIKE_NAMES)  # "Jan Egeland", "April Ryan"
        or (generational and i == len(words) - 1 and word in _TITLES)  # "Martin Luther King Jr."
        for i, word in enumerate(words)
    )
    if any(word in _NAME_PARTICLES for word in words):
        words = [word for word in words if word not in _NAME_PARTICLES]
    if after_title and name_like and len(words) <= 4:
        return Mention(start, end, FactKind.PERSON)
    if not name_like and len(words) >= 3 and segment[0].initial and all(_is_name_like(w) for w in words[1:]):
        # "Owner Lena Marsh": a sentence-initial word the lists do not know as a title.
        rest = _classify_unknown(segment[1:], after_title, next_word, sports)
        return rest if rest is not None and rest.kind is FactKind.PERSON else None
    following = next_word.get(end, "")
    if (
        following in _PLACE_NOUNS_AFTER
        and len(words) <= 3
        and all(_is_name_like(word) for word in words)
        and words[0] not in _FIRST_NAMES
        and not (segment[0].initial and words[0] in _COMMON_CAPS)
    ):
        return Mention(start, end, FactKind.PLACE)  # "the Tigray region", "Balochistan provinces", "Rakhine state"
    if (
        name_like
        and 2 <= len(words) <= 4
        and following in _SPEECH_VERBS
        and words[0] not in _FIRST_NAMES
        and next_word.get(end + 1 + len(following), "") in ("it", "its")
    ):
        return Mention(start, end, FactKind.ORG)  # "Acme Widgets said it would…": a body, not a person
    if not name_like or not 2 <= len(words) <= 4 or _plural_noun(words[0]):
        return None
    if words[0] in _FIRST_NAMES and not (segment[0].initial and words[0] in _COMMON_CAPS):
        return Mention(start, end, FactKind.PERSON)
    if (
        words[-1] in _SURNAMES
        and words[0] not in _COMMON_CAPS
        and len(words) <= 3
        and not (segment[0].initial and len(words) == 2 and words[0] in _IMPERATIVES)
    ):
        return Mention(start, end, FactKind.PERSON)
    if words[0] in ROMANISED_SURNAMES and len(words) <= 3 and all(len(word) <= 10 for word in words):
        return Mention(start, end, FactKind.PERSON)
    if len(words) == 2 and words[1] in ROMANISED_SURNAMES and words[1] not in _AMBIGUOUS_SURNAMES:
        return Mention(start, end, FactKind.PERSON)
    if (
        (not segment[0].initial or words[0] not in _COMMON_CAPS)
        and len(words) <= 3
        and (
            following in _SPEECH_VERBS
            or following in _PLAYER_VERBS
            or following.startswith(", who")
            or following in (", a", ", an", ", the")
            or (following.startswith(", ") and following[2:] in _ROLE_NOUNS)  # "Kazuhiro Tsuga, chairman of"
        )
    ):
        return Mention(start, end, FactKind.PERSON)
    if sports and len(words) == 2 and following.endswith("ed") and following.isalpha():
        return Mention(start, end, FactKind.PERSON)  # "Jan Kowalczyk equalised": in a match report, a player
    return None


def _plural_noun(word: str) -> bool:
    """ "Citizens Advice", "Friends Provident": a first word that is a plural noun starts no personal name."""
    return (
        len(word) > 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "os", "as", "es", "ys"))
        and word not in _FIRST_NAMES
        and word not in _SURNAMES
    )


def _aliases(text: str, found: list[Mention], sports: bool = False) -> dict[tuple[str, ...], Mention]:
    """Short forms that later refer to an entity already named in full."""
    aliases: dict[tuple[str, ...], Mention] = {}
    ambiguous: set[tuple[str, ...]] = set()

    def add(key: tuple[str, ...], mention: Mention) -> None:
        if not key or key in ambiguous:
            return
        known = aliases.get(key)
        if known is not None and (known.name or text[known.start : known.end]) != (
            mention.name or text[mention.start : mention.end]
        ):
            ambiguous.add(key)
            del aliases[key]
            return
        aliases[key] = mention

    def words_of(mention: Mention) -> tuple[str, ...]:
        words = tuple(match.group() for match in _TOKEN.finditer(text[mention.start : mention.end]))
        return tuple(word[:-2] if word.endswith(("'s", "’s")) else word for word in words)

    worded = sorted(((words_of(mention), mention) for mention in found), key=lambda item: -len(item[0]))
    for words, mention in worded:
        if words not in aliases:
            add(words, mention)
        if mention.kind is FactKind.PERSON and len(words) >= 2:
            add(words[-1:], mention)
            if words[0] in _FIRST_NAMES:
                add(words[:1], mention)
            if words[0] in ROMANISED_SURNAMES:
                add(words[:1], mention)
        elif mention.kind is FactKind.ORG and len(words) >= 2:
            base = list(words)
            while len(base) > 1 and base[-1] in _CORPORATE:
                base.pop()
            if len(base) < len(words):
                add(tuple(base), mention)
            if sports and words[-1] in _CLUB_WORDS:
                add(words[-1:], mention)  # "City" after "Manchester City", "Villa" after "Aston Villa"
            first = words[0]
            if (
                len(first) >= 3
                and first[:1].isupper()
                and first not in _COMMON_CAPS
                and first not in _DEMONYMS
                and first not in _FIRST_NAMES
                and first not in _ORG_SUFFIXES
                and first not in _ORG_HEADS
                and first not in _PLACE_HEADS
                and (first,) not in _gazetteer_keys()
                and (first,) not in _world_places()
            ):
                add((first,), mention)  # "Acme" after "Acme Robotics Inc.", "Goldman" after "Goldman Sachs"
            capitals = [word for word in words if word[:1].isupper() and word not in _CONNECTORS]
            if len(capitals) >= 2:
                add(("".join(word[0] for word in capitals),), mention)
    return aliases


def _parenthesised_acronyms(text: str, found: list[Mention]) -> dict[tuple[str, ...], Mention]:
    """ "Cyberspace Administration of China (CAC)" makes "CAC" a name of that organisation."""
    aliases: dict[tuple[str, ...], Mention] = {}
    for mention in found:
        if mention.kind is FactKind.PERSON:
            continue
        match = _PAREN_ACRONYM.match(text, mention.end)
        if match is not None:
            aliases[(match.group(1),)] = mention
    return aliases


_PAREN_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def _context_votes(
    text: str,
    leftovers: list[list[_Token]],
    previous_word: _Neighbours,
    next_word: _Neighbours,
    sports: bool = False,
) -> dict[str, FactKind]:
    """Kinds of lone unknown words from their contexts anywhere in the text ("Kroger said" names Kroger an
    organisation in "a merger of Kroger" too). A sentence-initial context counts only for a word that is also
    capitalised mid-sentence, so "Residents said" makes nothing."""
    mid_sentence = {token.text for segment in leftovers for token in segment if not token.initial}
    votes: dict[str, FactKind] = {}
    disputed: set[str] = set()
    for segment in leftovers:
        if len(segment) != 1:
            continue
        token = segment[0]
        if token.initial and token.text not in mid_sentence and next_word.get(token.end, "") not in _FIRM_VERBS:
            continue  # "Residents said" is no one; "Infosys reported" is a company
        if _follows_capital(text, token.start):
            continue  # the tail of a longer name ("Nasdaq Composite"): its context belongs to the whole
        kind = _kind_from_context(token, previous_word, next_word, sports)
        if kind is None or token.text in disputed:
            continue
        if votes.setdefault(token.text, kind) is not kind:
            disputed.add(token.text)
            del votes[token.text]
    return votes


def _follows_capital(text: str, start: int) -> bool:
    if start < 2 or text[start - 1] not in " \xa0":
        return False
    word = (text[max(0, start - 30) : start - 1].rsplit(None, 1)[-1:] or [""])[0]
    return word[:1].isupper() and word[-1:].isalnum() and word not in _COMMON_CAPS


def _alias_shapes(aliases: dict[tuple[str, ...], Mention]) -> dict[str, list[tuple[int, str]]]:
    """Per first word, the (length, last word) of each alias, longest first: only those lengths are tried (trying
    every length cost cubic time in a long run of capitals). Built once per text, not once per leftover."""
    shapes: dict[str, list[tuple[int, str]]] = {}
    for alias in aliases:
        if alias:
            shapes.setdefault(alias[0], []).append((len(alias), alias[-1]))
    for candidates in shapes.values():
        candidates.sort(reverse=True)
    return shapes


def _resolve_leftover(
    text: str,
    segment: list[_Token],
    aliases: dict[tuple[str, ...], Mention],
    votes: dict[str, FactKind],
    shapes: dict[str, list[tuple[int, str]]] | None = None,
) -> list[Mention]:
    """Second pass over words nothing explained: known short forms, then CamelCase brands and acronyms."""
    found: list[Mention] = []
    if shapes is None:
        shapes = _alias_shapes(aliases)
    index = 0
    while index < len(segment):
        matched = False
        for length, last in shapes.get(segment[index].text, ()):
            if index + length > len(segment) or segment[index + length - 1].text != last:
                continue
            key = tuple(token.text for token in segment[index : index + length])
            target = aliases.get(key)
            if target is not None:
                tokens = segment[index : index + length]
                found.append(Mention(tokens[0].start, tokens[-1].end, target.kind, _target_name(text, target)))
                index += length
                matched = True
                break
        if matched:
            continue
        place = _world_place(segment, index)
        if place is not None:
            length, entry = place
            found.append(Mention(segment[index].start, segment[index + length - 1].end, entry.kind, entry.name))
            index += length
            continue
        token = segment[index]
        named_place = _name_places().get(token.text) if len(segment) == 1 else None
        if (
            named_place is not None
            and not token.possessive
            and _word_before_is(text, token.start, _PLACE_BEFORE | _LISTING_BEFORE)
        ):
            found.append(Mention(token.start, token.end, FactKind.PLACE, named_place.name))
            index += 1
            continue
        kind = votes.get(token.text) if len(segment) == 1 else None
        if not token.initial and _looks_like_brand(token.text):
            found.append(Mention(token.start, token.end, FactKind.ORG))
        elif kind is not None:
            found.append(Mention(token.start, token.end, kind))
        index += 1
    return found


def _word_before_is(text: str, start: int, words: frozenset[str]) -> bool:
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower() in words


def _world_place(segment: Sequence[_Token], index: int) -> tuple[int, GazetteerEntry] | None:
    table = _world_places()
    for length in range(min(4, len(segment) - index), 0, -1):
        key = tuple(token.text for token in segment[index : index + length])
        entry = table.get(key)
        if entry is None and not all(word.isascii() for word in key):
            entry = table.get(tuple(map(_without_accents, key)))  # "Bogotá" is the list's "Bogota"
        if entry is not None and not (segment[index].initial and length == 1):
            return length, entry
    return None


@lru_cache(maxsize=1024)
def _without_accents(word: str) -> str:
    """The word with its Latin letters' accents dropped (Bogotá → Bogota), as the generated world list writes it."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _kind_from_context(
    token: _Token, previous_word: _Neighbours, next_word: _Neighbours, sports: bool = False
) -> FactKind | None:
    """A lone capitalised word no list knows: a place after "in", an organisation after "the" or before "said"."""
    word = token.text
    if word.isupper() and word.isalpha() and 2 <= len(word) <= 6 and word not in _NOT_ACRONYMS:
        return _acronym_kind(token, previous_word, next_word)
    if not word.isalpha() or not word[:1].isupper() or len(word) < 3 or word.isupper():
        return None
    if word in _COMMON_CAPS or word in _DEMONYMS or word in _WEEKDAYS_MONTHS or word in _TITLES:
        return None
    if word.endswith("s") and (word[:-1] in _NATIONALITIES or word[:-1] in _DEMONYMS):
        return None  # "Russians would", "the Saudis": a people, not a body
    if word in _ORG_SUFFIXES or word in _PLACE_SUFFIXES or word in _NOT_NAMES or _code_identifier(word):
        return None
    if word in _FIRST_NAMES or word in _SURNAMES or word in _WORDLIKE_NAMES:
        return None  # a lone given or family name is a person the text has not introduced
    if token.based:
        return FactKind.PLACE
    before = previous_word.get(token.start, "")
    after = next_word.get(token.end, "")
    if after[:1].isdigit():
        return None  # "Series 7", "Model 3": a name with a number is a product
    if before in _PLACE_BEFORE and not token.possessive:
        return FactKind.PLACE
    if sports and (before in _MATCH_BEFORE or after in _MATCH_AFTER):
        return FactKind.ORG  # "against Feyenoord", "Brentford drew": an opponent
    if after in _QUOTED_SPEECH and previous_word.quote_before(token.start):
        return FactKind.PERSON  # '"…", Saree said': a quotation's speaker
    ends_phrase = not after or not after[0].isalpha() or after in _ORG_AFTER
    if (before in _ORG_BEFORE and ends_phrase) or token.possessive or after in _ORG_AFTER:
        return FactKind.ORG
    return None


def _acronym_kind(token: _Token, previous_word: _Neighbours, next_word: _Neighbours) -> FactKind | None:
    """An unknown acronym is an organisation when it acts like one ("the NTSB said", "FAA's rules")."""
    before = previous_word.get(token.start, "")
    after = next_word.get(token.end, "")
    if after[:1].isdigit():
        return None  # "CSI 300", "LHS 1140 b": an index, a catalogue or a model number
    ends_phrase = not after or not after[0].isalpha() or after in _ORG_AFTER or after in _PREPOSITIONS
    if (before in _ORG_BEFORE and ends_phrase) or token.possessive or after in _ORG_AFTER:
        return FactKind.ORG  # "the NTSB said", "the NSE on Friday"
    if before in _ACRONYM_ORG_BEFORE or previous_word.phrase_before(token.start, "according to"):
        return FactKind.ORG  # "told VOA", "approved by FDA", "the head of NASA": no person goes by an acronym
    if after in _ORG_NOUNS or (after.endswith("s") and after[:-1] in _ORG_NOUNS) or after in _ACRONYM_ORG_AFTER:
        return FactKind.ORG  # "the RTS exchange", "the KKR fund", "BHP shares"
    return None


# Words before an unknown acronym that make it a body: a person is never written as an acronym after them.
_ACRONYM_ORG_BEFORE = _words("told by at from of via with against joined join joins joining")
# Nouns after an unknown acronym that make it a body, besides the nouns of companies and groups (_ORG_NOUNS).
_ACRONYM_ORG_AFTER = _words(
    """exchange exchanges bank banks ministry board bureau commission committee council party parties
    spokesman spokeswoman spokesperson headquarters executives officials chairman chief"""
)


def _with_datelines_and_states(text: str, found: list[Mention]) -> list[Mention]:
    """Wire datelines ("CUPERTINO, Calif. (AP) —", "HONG KONG (Reuters) -") name a place even when no list knows
    it, and so does a town before a US state's abbreviation ("Plano, Texas"/"Palo Alto, Calif.")."""
    extra: list[Mention] = []
    starts = [mention.start for mention in found]
    for match in _DATELINE.finditer(text):
        words = match.group("city").split()
        if any(word.strip(".") in _NOT_ACRONYMS or word.strip(".") in _NOT_DATELINES for word in words):
            continue
        start, end = match.span("city")
        extra.append(Mention(start, end, FactKind.PLACE, _place_name(match.group("city").title())))
        region = match.group("region")
        if region and (
            region in _STATE_ABBREVIATIONS or (region,) in _gazetteer_keys() or (region,) in _world_places()
        ):
            extra.append(Mention(match.start("region"), match.end("region"), FactKind.PLACE, _place_name(region)))
    for match in _TOWN_STATE.finditer(text):
        town = match.group("town")
        if town.split()[0] in _COMMON_CAPS or town.split()[0] in _WEEKDAYS_MONTHS:
            continue
        index = bisect_left(starts, match.end("town")) - 1
        clash = index >= 0 and found[index].end > match.start("town") and found[index].kind is not FactKind.PLACE
        if not clash:
            extra.append(Mention(match.start("town"), match.end("town"), FactKind.PLACE, _place_name(town)))
        extra.append(
            Mention(match.start("state"), match.end("state"), FactKind.PLACE, _place_name(match.group("state")))
        )
    if not extra:
        return found
    extra.sort(key=lambda mention: mention.start)
    extra_starts = [mention.start for mention in extra]
    kept = []
    for mention in found:  # drop what a dateline or a state replaces (one bisect each: linear in the text)
        index = bisect_left(extra_starts, mention.end) - 1
        if index < 0 or extra[index].end <= mention.start:
            kept.append(mention)
    return sorted(kept + extra, key=lambda mention: mention.start)


def _place_name(surface: str) -> str:
    entry = _gazetteer_keys().get(tuple(surface.split())) or _world_places().get(tuple(surface.split()))
    return entry.name if entry is not None else surface


_SPORTS_WORDS = (
    *_words(
        """scored scorer goal goals goalkeeper striker midfielder defender penalty penalties kick-off relegation
        fixture fixtures derby play-off play-offs playoff playoffs innings wicket wickets touchdown touchdowns
        quarterback pitcher referee equaliser equalizer equalised equalized hat-trick championship league"""
    ),
    "clean sheet",
    "stoppage time",
    "half-time",
    "halftime",
    "home run",
    "home runs",
)
"""The words of _SPORTS_CUES one by one: looked up with str.find, which is far faster than the pattern on a long
text with no sport in it."""


def _is_sports(text: str) -> bool:
    """A match report: two different words only sport uses (scored, striker, penalty, innings...)."""
    lower = text.lower()
    seen = 0
    for word in _SPORTS_WORDS:
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _is_word_char(lower[at - 1])) and (end == len(lower) or not _is_word_char(lower[end])):
                seen += 1
                break
            at = lower.find(word, at + 1)
        if seen >= 2:
            return True
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _teams(text: str, found: list[Mention], previous_word: _Neighbours, next_word: _Neighbours) -> list[Mention]:
    """In a match report a city that plays ("Leeds beat Hull", "against Porto", "Burnley manager") is its club;
    every other mention of that name then is the club too, except after "in"/"near". Countries stay places."""
    playing: set[str] = set()
    for mention in found:
        surface = text[mention.start : mention.end]
        if mention.kind is not FactKind.PLACE or surface in _countries() or " " in surface:
            continue
        before = previous_word.get(mention.start, "")
        after = next_word.get(mention.end, "")
        if before in _MATCH_BEFORE or after in _MATCH_AFTER or text.startswith(("'s ", "’s "), mention.end):
            playing.add(surface)
    if not playing:
        return found
    result = []
    for mention in found:
        surface = text[mention.start : mention.end]
        if (
            mention.kind is FactKind.PLACE
            and surface in playing
            and previous_word.get(mention.start, "") not in _PLACE_BEFORE
        ):
            mention = Mention(mention.start, mention.end, FactKind.ORG, surface)
        result.append(mention)
    return result


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(name_lists.COUNTRIES.strip().splitlines()) | frozenset(
        entry.name for entry in names().values() if entry.kind is FactKind.PLACE and entry.name in _NATION_NAMES
    )


def _target_name(text: str, target: Mention) -> str:
    return target.name or text[target.start : target.end]


def _code_identifier(word: str) -> bool:
    """URLs, APIs (plural acronyms), GitIgnoreSpec, ParseResult (class names in technical text)."""
    if len(word) >= 3 and word.endswith("s") and word[:-1].isupper():
        return True
    humps = re.findall(r"[A-Z][a-z0-9]+", word)
    return word[:1].isupper() and (
        (len(humps) >= 3 and "".join(humps) == word) or (len(humps) >= 2 and humps[-1] in _CODE_NOUNS)
    )


def _looks_like_brand(word: str) -> bool:
    """TikTok, SoftBank, OpenAI: a capital inside the word. (Acronyms need context: "the NTSB", "FAA said".)"""
    if word in _NOT_ACRONYMS or word in _COMMON_CAPS or word in _NOT_NAMES:
        return False
    if "-" in word and any(len(part) < 3 for part in word.split("-")):
        return False  # Wi-Fi, Hi-Fi
    if _code_identifier(word):
        return False
    letters = word.replace("-", "")
    last_capital = max((i for i, ch in enumerate(letters) if ch.isupper()), default=0)
    tail = letters[last_capital:]
    if len(tail) >= 4 and tail.endswith("s") and not tail.endswith("ss"):
        return False  # AirPods, AirTags: a product in the plural, not a company
    return (
        letters.isalpha()
        and len(letters) >= 4
        and letters[0].isupper()
        and any(ch.isupper() for ch in letters[2:])
        and any(ch.islower() for ch in letters)
        and not letters.startswith(("Mc", "Mac", "O'"))
    )


def _canonicalised(
    text: str,
    found: list[Mention],
    aliases: dict[tuple[str, ...], Mention],
    defined: dict[tuple[str, ...], Mention],
) -> list[Mention]:
    """Give every mention the name of its entity: the gazetteer's, or the longest form it was written in.
    An acronym the text defines ("Federal Aviation Authority (FAA)") means what the text says."""
    result: list[Mention] = []
    for mention in sorted(found, key=lambda item: item.start):
        if result and mention.start < result[-1].end:
            continue
        name = mention.name
        local = defined.get((text[mention.start : mention.end],))
        if local is not None and local.kind is mention.kind and local.start != mention.start:
            name = _target_name(text, local)
        if name is None:
            surface = text[mention.start : mention.end]
            key = tuple(match.group() for match in _TOKEN.finditer(surface))
            target = aliases.get(key)
            name = _target_name(text, target) if target is not None and target.kind is mention.kind else surface
        end = mention.end
        number = name.rpartition(" ")[2]
        if (
            number.isdigit()
            and text.startswith(" " + number, end)
            and not text[end + len(number) + 1 : end + len(number) + 2].isalnum()
        ):
            end += len(number) + 1  # "S&P 500": the index's number belongs to its name
        result.append(Mention(mention.start, end, mention.kind, name))
    return result


# -- names their neighbours reveal ------------------------------------------------------------------------------

_ORG_PLURALS = (
    "websites|sites|companies|firms|platforms|services|apps|brands|outlets|newspapers|banks|groups|organisations|"
    "organizations|agencies|publications|startups|retailers|networks|portals|carriers|airlines|insurers|lenders|"
    "stores|supermarkets|chains|discounters|shops|manufacturers|makers|automakers|carmakers|broadcasters|operators|"
    "providers|exchanges|universities|charities|unions|parties"
)
_NAMING_NOUNS = (
    "business|company|firm|startup|start-up|website|site|platform|app|service|brand|newspaper|magazine|agency|"
    "outlet|portal|network|retailer|subsidiary|venture|employer|lender|insurer|carrier|airline"
)
_NAME = r"[A-Z][A-Za-z]+(?:[A-Z][a-z]+)*(?:\.com|\.net|\.cn)?"
# Each pattern starts with a space, so the scan jumps from space to space (a leading alternation would be tried at
# every character); the word before is checked afterwards.
_LISTED_ORG = re.compile(rf" (?:such as|like|including) ({_NAME})(?: (?:and|or) ({_NAME}))?")
_LISTING_NOUNS = frozenset(_ORG_PLURALS.split("|"))
# "its mother company eBay", "the British newspaper The Daily Telegraph": up to three words after the noun.
_NAMED_BY_NOUN = re.compile(
    rf" (?:{_NAMING_NOUNS}) ((?:The )?(?:{_NAME}|e[A-Z][a-z]+)(?: {_NAME}){{0,2}})\b(?! [A-Z])(?!['’]s? [a-z]+ [A-Z])"
)
# "the Fanfou service", "his Kuxun website": the noun after the name; read from the noun, the name looked for before.
_NOUN_AFTER_NAME = re.compile(
    r" (?:app|platform|website|site|service|network|startup|start-up|portal|search engine|microblog|"
    r"social network|messaging app|video app|marketplace|brand|chain|newspaper|magazine)\b"
)
_DETERMINERS_BEFORE_NAME = frozenset(["the", "its", "his", "her", "their", "own", "rival"])
_NOUN_DETERMINERS = frozenset(
    ["his", "her", "their", "its", "own", "new", "the", "a", "mother", "parent", "sister", "holding", "rival"]
)
_COORDINATED_AFTER = re.compile(rf" (?:and|or) ({_NAME})\b(?! [A-Z])")
_ORG_OBJECT = re.compile(
    r"[ \n](?:acquired|acquire|acquiring|merged with|partnered with|invested in|joined|owns|a stake in|subsidiary of|"
    r"unit of|rival|rivals|competitor|competitors|listed on|worked at|worked for|employed by|spun off from|"
    r"founder of|co-founder of|cofounder of|chief executive of|chairman of|CEO of|owner of|spokesman for|"
    r"spokeswoman for|spokesperson for|employees of|shareholders of|shares in|shares of|Shares in|Shares of|"
    r"published in|published by|founders of|co-founders of|executives at|executives of|employees at|staff at|"
    r"analysts at|investors in|operated by|owned by|run by|taken over by|bought by|backed by|a unit of|"
    r"president of|head of|director of|chairwoman of|merger of|merger between|merger with|takeover of) "
    rf"({_NAME}(?: {_NAME}){{0,2}})\b(?! [A-Z])"
    # what a founder does with a company, in biographies and business news; the name must end its phrase
    # ("creating Super Bowl events" made events)
    r"|[ \n](?:founded|co-founded|cofounded|established|launched|set up|start|started|created|creating|left) "
    rf"({_NAME}(?: {_NAME}){{0,2}})\b(?! [A-Z])(?=[,.;:)]|$| (?:in|with|and|or|to|which|that|as|on|for|at|"
    r"from|by|after|before|when|while|but|together|alongside|along)\b)"
)
_NOT_ORG_OBJECTS = _words("Operation Campaign Mission Program Programme Project Phase Season Series Version Plan")
_ORG_TAILS = frozenset(
    [
        "Daily",
        "Times",
        "Post",
        "Music",
        "Pay",
        "Cloud",
        "Bank",
        "Capital",
        "Ventures",
        "Securities",
        "Insurance",
        "Motors",
        "Airlines",
        "Entertainment",
        "Pictures",
        "Studios",
        "Games",
        "Foundation",
        "Institute",
        "Research",
        "Labs",
        "Media",
        "News",
        "Video",
        "Finance",
        "Financial",
        "Technology",
        "Technologies",
        "Mobile",
        "Telecom",
        "Electronics",
        "Pharmaceutical",
        "Pharma",
        "Energy",
        "Logistics",
        "Express",
        "Air",
    ]
)
# "Staedtler, a stationery company": a name followed by an apposition whose head is an organisation's noun.
# Read from ", a"/", an"/", the" on, so the scan jumps between those commas; the name before is found afterwards.
_APPOSITION = re.compile(
    rf", (?:a|an|the) (?:[\w-]+ ){{0,3}}?(?:{_NAMING_NOUNS}|"
    r"maker|manufacturer|producer|bank|group|conglomerate|chain|broadcaster|developer|publisher|operator|"
    r"supplier|distributor|automaker|carmaker|chipmaker|watchdog|regulator|charity|nonprofit|organisation|"
    r"organization)\b(?!['’])(?! of)(?! (?:spokes|executive|official|director|founder|employee|analyst|worker|manager|"
    r"source|representative|lawyer|owner|boss|chief|insider)\w*)"
)
# One to three capitalised words ending where the search stops (its endpos).
_NAME_ENDING_HERE = re.compile(rf"(?:^|(?<=[ \n(\"“]))({_NAME}(?: {_NAME}){{0,2}})$")
_COORDINATED_BEFORE = re.compile(rf"\b({_NAME}) (?:and|or) $")
# "Zoox CEO Aicha Evans", "Kalshi chief executive Tarek Mansour", "Rivian shares": a role or a company's
# stock right after a name makes that name the company's.
_COMPANY_ROLE = re.compile(
    r" (?:CEO|CFO|COO|CTO|chief executive|chief financial officer|chief operating officer|chief technology officer|"
    r"chairman|chairwoman|co-founder|cofounder|founder|spokesman|spokeswoman|spokesperson|executives|employees|"
    r"shareholders|shares|stock)\b"
)
# "Islamic State militants", "Wagner fighters": a named armed or political group (not "Syrian rebels").
_GROUP_MEMBERS = re.compile(r" (?:militants|fighters|rebels|insurgents|gunmen|lawmakers|negotiators)\b")
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "ic", "an", "i", "ch", "en", "ean", "ite", "ot")
# An acronym listed with commas beside an organisation ("the Associated Press, VOA, the BBC").
_LISTED_ACRONYM_AFTER = re.compile(r",(?: and| or)? (?:the )?([A-Z]{2,6})(?=,| and | or |\.)")
_LISTED_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{2,6}),(?: and| or)? (?:the )?$")
_GLOSSED_NAME = re.compile(r" ?\(([A-Z][a-z]+)\)")
_GLOSS_LABEL = re.compile(
    r"(?:(?:simplified|traditional) Chinese|Chinese|pinyin|Pinyin|Japanese|Hepburn|Korean|Jyutping|Cantonese): ?"
    r"([^;,()]{1,40}?)(?=\s*[;,)])"
)
_DOTTED_ACRONYM = re.compile(r"[A-Z]\.[A-Z]\.(?:[A-Z]\.){0,3}")
# A broadcaster or writer naming themselves: "I'm Steve Ember.", "This is Jane Doe with the news."
_SIGN_OFF = re.compile(r"(?:I'm|I’m|I am|This is) ([A-Z][a-z]+) ([A-Z][a-z]+)\b(?! [A-Z])")
_BARE_DOMAIN = re.compile(r"\.(?:com|net|cn)(?![\w/.-])")
_DOMAIN_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*$")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b(?! [A-Z])(?!['’]s)")
_DEGREE = re.compile(r"(?:Master|Bachelor|Doctor|Masters|Bachelors)'?s? of ")
_REGIONAL_ARM = re.compile(r" (?:Asia Pacific|Asia|Europe|Africa|Americas|International|Global)(?![A-Za-z])")


# Cues after which a name is a company even when its words read as a person's ("Shares of Bear Stearns").
_STRONG_ORG_OBJECT = re.compile(
    r"^[ \n](?:shares (?:in|of)|Shares (?:in|of)|a stake in|subsidiary of|unit of|a unit of|listed on|employees of|"
    r"shareholders of|executives at|executives of|employees at|staff at|analysts at|investors in) "
)


def _only_people_inside(found: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether the mentions inside [start, end) are one person's name exactly covering it."""
    inside = found[bisect_left(starts, start) : bisect_left(starts, end)]
    return len(inside) == 1 and inside[0].kind is FactKind.PERSON and (inside[0].start, inside[0].end) == (start, end)


def _org_object_over_places(found: list[Mention], starts: list[int], start: int, end: int, words: list[str]) -> bool:
    """Whether a name after an organisation's cue holds only places read from its words, and no person or body.
    `starts` are the sorted starts of `found`, so only the mentions in the span are looked at."""
    inside = found[bisect_left(starts, start) : bisect_left(starts, end)]
    return (
        bool(inside)
        and all(item.kind is FactKind.PLACE and item.end <= end for item in inside)
        and not is_world_place(" ".join(words))
        and not any(word in NOT_NAME_WORDS or word in _FIRST_NAMES for word in words)
    )


_LIST_ITEM = re.compile(rf", (?:(and|or) )?({_NAME}(?: {_NAME}){{0,2}})\b(?! [A-Z])")


def _listed_after(text: str, end: int, found: list[Mention]) -> list[tuple[int, int]]:
    """The names listed after an organisation with commas ("McKinsey, Kingsoft and Lehman Brothers"), when the
    list closes with "and"/"or" and every item is an unexplained name or already an organisation."""
    items: list[tuple[int, int]] = []
    at = end
    for _ in range(8):
        item = _LIST_ITEM.match(text, at)
        if item is None:
            return []
        start, stop = item.span(2)
        known = [mention for mention in found if mention.start == start and mention.end == stop]
        if known and known[0].kind is not FactKind.ORG:
            return []
        if not known and not all(map(_plain_name, item.group(2).split())):
            return []
        items.append((start, stop))
        if item.group(1):
            return items
        after = _COORDINATED_AFTER.match(text, stop)
        if after is not None:
            return [*items, after.span(1)] if _plain_name(after.group(1)) else []
        at = stop
    return []


def _firm_of_partners(surface: str) -> bool:
    """Single names joined by an ampersand make a firm ("Ernst & Young", "Marks & Spencer"); "Jenny Seaton & Gary
    Carvolth" are two people."""
    sides = surface.split(" & ")
    return len(sides) == 2 and all(len(side.split()) == 1 for side in sides)


def _listed_acronym(word: str) -> bool:
    return word not in NOT_NAME_WORDS and word not in _STATE_ABBREVIATIONS and not is_world_place(word)


def _apposed_name(word: str) -> bool:
    """A word that can name the company an apposition describes: family names too ("Hutchison, a conglomerate")."""
    return not (word in NOT_NAME_WORDS or word in _FIRST_NAMES or word in _TITLES or is_world_place(word))


def _demonym_compound(surface: str) -> bool:
    """ "Danish-German", "Sino-Japanese", "Dutch-Australian": peoples joined, no organisation or place."""
    parts = surface.split("-")
    return len(parts) > 1 and all(part in _DEMONYMS or part in _COMBINING_FORMS for part in parts)


_COMBINING_FORMS = _words("Anglo Franco Sino Indo Afro Euro Austro Italo Greco Russo Judeo Hispano Luso Nippo")


def _word_before(text: str, at: int) -> str:
    return text[max(0, at - 20) : at].rpartition(" ")[2].lower()


def _plain_name(word: str) -> bool:
    """A capitalised word that no list explains: not a given or family name, a title, a place or a common word."""
    return not (
        word in NOT_NAME_WORDS
        or word in _FIRST_NAMES
        or word in _SURNAMES
        or word in ROMANISED_SURNAMES
        or word in _TITLES
        or is_world_place(word)
    )


# A plural or singular place noun before names, or a field's noun after one, makes them places.
# (Patterns start with a literal, not a word boundary, so that the scan skips ahead at C speed; the boundary is
# checked on the few matches.)
_PLACES_BY_NOUN = re.compile(
    r"(?:cities|towns|villages|provinces|regions|islands|ports|capitals|city|town|village|province|island|port) "
    rf"(?:of|such as|like|including) ({_NAME})(?:,? (?:and|or) ({_NAME}))?\b(?! [A-Z])"
    rf"|the ({_NAME}) (?:oil|gas|oil and gas) field\b"
)
_PLACE_NOUNS = ("cities", "towns", "villages", "provinces", "regions", "islands", "ports", "capitals", "city", "town")
_PLACE_NOUNS_MORE = ("village", "province", "island", "port")
_PLACE_LINKS = ("of", "such as", "like", "including")
_PLACE_NOUN_PHRASES = (
    *(f"{noun} {link} " for noun in _PLACE_NOUNS + _PLACE_NOUNS_MORE for link in _PLACE_LINKS),
    " oil field",
    " gas field",
)


def _places_by_noun(text: str) -> list[re.Match[str]]:
    """Matches of _PLACES_BY_NOUN, found from the literal phrases that open them (a few substring scans)."""
    found: dict[int, re.Match[str]] = {}
    for phrase in _PLACE_NOUN_PHRASES:
        at = text.find(phrase)
        while at >= 0:
            if phrase.startswith(" "):  # "the Khurais oil field": the match starts at "the" before the name
                window = text.rfind("the ", max(0, at - 40), at)
                start = window if window >= 0 else -1
            else:
                start = at
            if start >= 0 and not (start and text[start - 1].isalnum()):
                match = _PLACES_BY_NOUN.match(text, start)
                if match is not None:
                    found[match.start()] = match
            at = text.find(phrase, at + 1)
    return [found[start] for start in sorted(found)]


_PREFIXED_PLACE = re.compile(r"-([A-Z][a-z]+)\b")
_PLACE_PREFIXES = ("pro", "anti")
_BRACKETED_INITIALS = re.compile(r" \(([A-Z]{2,8})\)")
# The words before bracketed initials, read backwards from them (a literal scan first keeps this off most text).
_DEFINED_ACRONYM = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’&.-]*|of|for|from|and|the|on|in|&)(?: (?:[A-Z][\w'’&.-]*|of|for|from|and|the|on|in|&))"
    r"{1,7})$"
)
# After these a mid-sentence "The" opens a publication's or a body's title ("told The Atlantic", "in The Economist").
_THE_NAME = re.compile(r" (The|the) ([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})\b(?! of\b)")
# Before a capitalised "The" inside a sentence these open a title ("told The Atlantic", "in The Economist"); before
# a lower-case "the" only verbs of speaking do ("told the Guardian", "in an interview with the BBC").
_TITLE_CUE = re.compile(r"(?:[a-z,] )(?:told|to|by|in|for|with|from|at|of|according to)$")
_OUTLET_CUE = re.compile(r"\b(?:told|speaking to|spoke to|interview with|according to|quoted by|reported by)$")


def _replacing_all(found: list[Mention], spans: list[tuple[int, int]], new: list[Mention]) -> list[Mention]:
    """`found` without the mentions that overlap any of `spans`, plus `new`, in text order (one pass)."""
    if not spans:
        return found
    spans.sort()
    return sorted(outside_spans(found, spans) + new, key=lambda item: item.start)


def _defined_acronyms(
    text: str, result: list[Mention], added: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """A name followed by its initials in brackets is an organisation, and so are the initials ("Notes from
    Poland (NFP)", "Federal Aviation Administration (FAA)"), unless the name is a place's ("United Arab Emirates
    (UAE)"); whatever was read inside it gives way."""
    table = names()
    spans: list[tuple[int, int]] = []
    new: list[Mention] = []
    for bracket in _BRACKETED_INITIALS.finditer(text):
        match = _DEFINED_ACRONYM.search(text, max(0, bracket.start() - 120), bracket.start())
        if match is None:
            continue
        words, acronym = match.group(1).split(), bracket.group(1)
        if words[-1].endswith(("'s", "’s")) or acronym in NOT_NAME_WORDS or any(word in _TITLES for word in words):
            continue  # "Gross Domestic Product (GDP)", "Chief Executive Officer (CEO)": a term or a post; a
            # possessive ("the United Kingdom's (UK) Conservative Party") glosses the owner, not a defined name
        for first in range(len(words) - 1):
            tail = words[first:]
            if not tail[0][:1].isupper():
                continue
            capitals = "".join(word[0] for word in tail if word[0].isupper()).upper()
            every = "".join(word[0] for word in tail if word != "&").upper()
            if acronym not in (capitals, every):
                continue
            name = " ".join(tail)
            entry = table.get(name)
            if (entry is not None and entry.kind is not FactKind.ORG) or is_world_place(name):
                break
            start = match.end(1) - len(name)
            spans.append((start, bracket.end(1)))
            new += [Mention(start, match.end(1), FactKind.ORG), Mention(bracket.start(1), bracket.end(1), FactKind.ORG)]
            break
    return _replacing_all(result, spans, new), _replacing_all(added, list(spans), [])


def _titled_publications(
    text: str, result: list[Mention], added: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """A capitalised "The" inside a sentence opens a title: "told The Atlantic" is the magazine, not the ocean;
    places whose name holds "The" (The Hague, The Gambia) stay places."""
    table = names()
    spans: list[tuple[int, int]] = []
    new: list[Mention] = []
    for match in _THE_NAME.finditer(text):
        capital = match.group(1) == "The"
        cue = _TITLE_CUE if capital else _OUTLET_CUE
        if cue.search(text, max(0, match.start() - 20), match.start()) is None:
            continue
        name = match.group(1) + " " + match.group(2) if capital else match.group(2)
        bare = match.group(2)
        entry = table.get(name) or table.get(bare)
        if entry is not None and entry.kind is FactKind.PLACE and (name in table or bare in _THE_PLACES):
            continue
        if bare in _THE_PLACES or is_world_place(name):
            continue
        if not capital and (name in NOT_NAME_WORDS or name.split()[0] in _TITLES or name.split()[0] in _NATIONALITIES):
            continue  # "told the President", "according to the Chinese": no outlet
        start, end = match.start(1) if capital else match.start(2), match.end(2)
        spans.append((start, end))
        new.append(Mention(start, end, FactKind.ORG))
    return _replacing_all(result, spans, new), _replacing_all(added, list(spans), [])


_THE_PLACES = _words("Hague Gambia Bahamas Netherlands Philippines Congo Vatican Maldives Seychelles Bronx Alps")


def _with_neighbours(text: str, found: list[Mention]) -> list[Mention]:
    """Names the lists do not know, told by what stands beside them: a company in a list of companies
    ("websites such as OhMyNews and Indymedia") or named by its noun ("his own business Jingdong"), a body beside a
    known one ("Reuters and Xinhua"), a person's English name in brackets ("Liu Qiangdong (Richard)") and their
    Chinese or Japanese name in the gloss after it (simplified Chinese: 程维; pinyin: Chéng Wéi), a bare domain
    (99fang.com), a country's name leading a company's ("Japan Life"), a company's regional arm ("Goldman Sachs
    Asia"); and no degree is an organisation ("Master of Business Administration")."""
    result = [
        mention
        for mention in found
        if not _DEGREE.match(text, mention.start) and not _demonym_compound(text[mention.start : mention.end])
    ]
    starts = [mention.start for mention in result]
    added: list[Mention] = []

    def add(start: int, end: int, kind: FactKind) -> None:
        index = bisect_right(starts, start)
        taken = (index and result[index - 1].end > start) or (index < len(result) and result[index].start < end)
        if end > start and not taken and all(item.end <= start or end <= item.start for item in added):
            added.append(Mention(start, end, kind))

    for match in _LISTED_ORG.finditer(text):
        if _word_before(text, match.start()) in _LISTING_NOUNS:
            for group in (1, 2):
                if match.group(group) and _plain_name(match.group(group)):
                    add(match.start(group), match.end(group), FactKind.ORG)
    for match in _NAMED_BY_NOUN.finditer(text):
        before = _word_before(text, match.start())
        words = match.group(1).split()
        if words[0] == "The" and len(words) == 1:
            continue
        described = before in _NOUN_DETERMINERS or before.capitalize() in _NATIONALITIES
        if described and all(map(_plain_name, words[1:] if words[0] == "The" else words)):
            add(match.start(1), match.end(1), FactKind.ORG)
    for match in _ORG_OBJECT.finditer("\n" + text):  # the leading line break lets a text start with a cue
        group = 1 if match.group(1) else 2
        match_start, match_end = match.start(group) - 1, match.end(group) - 1
        words = match.group(group).split()
        if len(words) > 1 and "published in" in match.group().lower():
            continue  # "published in Nature" is a journal, "published in Jackson Heights" a neighbourhood
        if words[0] in _NOT_ORG_OBJECTS:
            continue  # "launched Operation Sandstorm", "started Project Titan": an undertaking, not a body
        strong = _STRONG_ORG_OBJECT.search(match.group()) is not None
        if _org_object_over_places(result, starts, match_start, match_end, words) or (
            strong and _only_people_inside(result, starts, match_start, match_end)
        ):
            # "shares in Rio Tinto", "published in Nature": the cue outweighs a place read from one word
            result = [item for item in result if not (match_start <= item.start < match_end)]
            starts[:] = [item.start for item in result]
            add(match_start, match_end, FactKind.ORG)
        elif all(map(_plain_name, words)) or (strong and all(map(_apposed_name, words))):
            add(match_start, match_end, FactKind.ORG)  # "analysts at Jefferies": a family name is a firm's too
    for cue in _COMPANY_ROLE.finditer(text):
        named = _NAME_ENDING_HERE.search(text, max(0, cue.start() - 60), cue.start())
        words = named.group(1).split() if named is not None else []
        # "American Express shares", "British Airways CEO": a nationality may open a company's name
        rest = words[1:] if len(words) >= 2 and words[0] in _NATIONALITIES and words[-1] in _ORG_TAILS else words
        if named is not None and all(map(_apposed_name, rest)) and not (words[0] in _SURNAMES or words[0] in _TITLES):
            add(named.start(1), named.end(1), FactKind.ORG)
    for cue in _NOUN_AFTER_NAME.finditer(text):
        named = _NAME_ENDING_HERE.search(text, max(0, cue.start() - 60), cue.start())
        if named is None:
            continue
        words = named.group(1).split()
        start = named.start(1)
        determiner = _word_before(text, start - 1)
        while words and words[0].lower() in _DETERMINERS_BEFORE_NAME:  # "The Fanfou service" opening a sentence
            determiner = words[0].lower()
            start += len(words[0]) + 1
            words = words[1:]
        if words and determiner in _DETERMINERS_BEFORE_NAME and all(map(_plain_name, words)):
            add(start, named.end(1), FactKind.ORG)
    for cue in _GROUP_MEMBERS.finditer(text):
        named = _NAME_ENDING_HERE.search(text, max(0, cue.start() - 60), cue.start())
        words = named.group(1).split() if named is not None else []
        if (
            named is not None
            and all(map(_apposed_name, words))
            and not (len(words) == 1 and words[0].endswith(_DEMONYM_ENDINGS))
        ):
            add(named.start(1), named.end(1), FactKind.ORG)
    for cue in _APPOSITION.finditer(text):
        named = _NAME_ENDING_HERE.search(text, max(0, cue.start() - 60), cue.start())
        if named is not None and all(map(_apposed_name, named.group(1).split())):
            add(named.start(1), named.end(1), FactKind.ORG)
    table = names()
    for match in _DOTTED_ACRONYM.finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "."):
            continue
        entry = table.get(match.group().replace(".", ""))
        if entry is not None and entry.kind is FactKind.ORG and match.group() not in table:
            add(match.start(), match.end(), FactKind.ORG)  # W.H.O., F.B.I.: the known body written with dots
    for match in _SIGN_OFF.finditer(text):
        if match.start() and text[match.start() - 1].isalnum():
            continue
        if match.group(1) in _FIRST_NAMES and (_plain_name(match.group(2)) or match.group(2) in _SURNAMES):
            add(match.start(1), match.end(2), FactKind.PERSON)
    for match in _BARE_DOMAIN.finditer(text):
        label = _DOMAIN_LABEL.search(text, max(0, match.start() - 40), match.start())
        if label is not None and label.start() > 0 and text[label.start() - 1] not in "@./-" + "_":
            add(label.start(), match.end(), FactKind.ORG)
        elif label is not None and label.start() == 0:
            add(0, match.end(), FactKind.ORG)
    for match in _PREFIXED_PLACE.finditer(text):
        pieces = re.split(r"[^A-Za-z]", text[max(0, match.start() - 6) : match.start()])
        if len(pieces) < 2 or pieces[-1].lower() not in _PLACE_PREFIXES:
            continue  # "pro-Beijing", "anti-Kremlin"; not "Coca-Cola" or "Austria-Hungary"
        entry = table.get(match.group(1))
        if (entry is not None and entry.kind is FactKind.PLACE) or is_world_place(match.group(1)):
            add(match.start(1), match.end(1), FactKind.PLACE)  # "pro-Beijing candidates"
    for match in _places_by_noun(text):
        for group in (1, 2, 3):
            name = match.group(group)
            if name and name not in NOT_NAME_WORDS and name not in _TITLES:
                add(match.start(group), match.end(group), FactKind.PLACE)  # "the holy cities of Mecca and Medina"
    result, added = _defined_acronyms(text, result, added)
    result, added = _titled_publications(text, result, added)
    starts[:] = [item.start for item in result]
    countries = _countries()
    merged: list[Mention] = []
    for index, mention in enumerate(result):
        surface = text[mention.start : mention.end]
        following = result[index + 1] if index + 1 < len(result) else None
        if mention.kind is FactKind.ORG:
            tail = _NEXT_WORD.match(text, mention.end)
            if tail is not None and tail.group(1) in _ORG_TAILS:
                mention = Mention(mention.start, tail.end(1), FactKind.ORG)  # "Apple Daily", "Tencent Music"
                if following is not None and following.start < mention.end:
                    result[index + 1] = Mention(0, 0, following.kind)
            arm = _REGIONAL_ARM.match(text, mention.end)
            if arm is not None:
                mention = Mention(mention.start, arm.end(), FactKind.ORG, mention.name)
                if following is not None and following.start < mention.end:
                    result[index + 1] = Mention(0, 0, following.kind)  # the arm's place is part of the name
            # Names coordinated with or listed beside an organisation are organisations too.
            neighbours = (
                (_COORDINATED_AFTER.match(text, mention.end), _plain_name),
                (_COORDINATED_BEFORE.search(text, max(0, mention.start - 40), mention.start), _plain_name),
                (_LISTED_ACRONYM_AFTER.match(text, mention.end), _listed_acronym),
                (_LISTED_ACRONYM_BEFORE.search(text, max(0, mention.start - 16), mention.start), _listed_acronym),
            )
            for neighbour, fits in neighbours:
                if neighbour is not None and fits(neighbour.group(1)):
                    add(neighbour.start(1), neighbour.end(1), FactKind.ORG)
        elif mention.kind is FactKind.PERSON:
            bracket = _GLOSSED_NAME.match(text, mention.end)
            if bracket is not None and bracket.group(1) in _FIRST_NAMES:
                add(bracket.start(1), bracket.end(1), FactKind.PERSON)
            at = mention.end
            for _ in range(2):  # "Liu Qiangdong (Richard) (simplified Chinese: …)": the gloss may come second
                opening = text.find("(", at, at + 40)
                if opening < 0 or "." in text[at:opening]:
                    break
                closing = text.find(")", opening, opening + 300)
                end = closing if closing > 0 else opening + 300
                for gloss in _GLOSS_LABEL.finditer(text, opening, end + 1):
                    add(gloss.start(1), gloss.end(1), FactKind.PERSON)
                at = end + 1
        elif mention.kind is FactKind.PLACE and (surface in countries or (mention.name or "") in countries):
            word = _NEXT_WORD.match(text, mention.end)
            next_is_mention = following is not None and word is not None and following.start == word.start(1)
            if (
                word is not None
                and (
                    _plain_name(word.group(1))
                    or (next_is_mention and following is not None and following.kind is not FactKind.PLACE)
                )
                and not is_world_place(word.group(1))
            ):
                mention = Mention(mention.start, word.end(1), FactKind.ORG)  # "Japan Life": a company's name
                if next_is_mention:
                    result[index + 1] = Mention(0, 0, FactKind.ORG)
        if mention.end > mention.start:
            merged.append(mention)
    for mention in list(added):
        if mention.kind is FactKind.ORG:  # "worked for Kuxun and Yingtian": the second of a pair found by a cue
            after = _COORDINATED_AFTER.match(text, mention.end)
            if after is not None and _plain_name(after.group(1)):
                add(after.start(1), after.end(1), FactKind.ORG)
    organisations = sorted([item for item in merged + added if item.kind is FactKind.ORG], key=lambda item: item.start)
    for mention in organisations:
        for start, end in _listed_after(text, mention.end, merged):
            add(start, end, FactKind.ORG)
    merged = [
        Mention(item.start, item.end, FactKind.ORG, item.name)
        if item.kind is FactKind.PERSON and _firm_of_partners(text[item.start : item.end])
        else item
        for item in merged
    ]
    merged = [mention for mention in merged if mention.end > mention.start]
    return sorted(merged + added, key=lambda mention: mention.start)
