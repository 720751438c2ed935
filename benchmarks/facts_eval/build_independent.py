# ruff: noqa: E501
"""Builds independent.json (a set labelled without reading the extractor) from the inline-marked texts below.

Markup: [[k:text|value]] or [[k:text]] with k = c count, m money, p percent, d date, o org, n person, l place.
Values: count/percent a number; money "AMOUNT CUR"; date "YYYY-MM-DD", "A..B", "YYYY-MM-DD@HH:MM" or "null".
A date or money label without "|value" carries no "value" key, so the scorer does not check it (the value is
debatable, e.g. "the end of March", fiscal years, vague periods). Run: python benchmarks/facts_eval/build_independent.py

One convention was applied after labelling (see docs/facts.md): how a CJK approximator fused to a count's number
(超过/超/逾/近/约/約) is treated; no other label was changed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from reader_app.core.language import detect_language

KINDS = {"c": "count", "m": "money", "p": "percent", "d": "date", "o": "org", "n": "person", "l": "place"}
MARK = re.compile(r"\[\[([cmpdonl]):(.+?)(?:\|([^\]]*))?\]\]")

TEXTS: list[tuple[str, str | None, str, str]] = [
    (
        "en-wire-senate",
        "2025-03-13",
        "politics",
        """\
[[l:WASHINGTON]], [[d:March 12|2025-03-12]] ([[o:Reuters]]) - The [[o:U.S. Senate]] on [[d:Wednesday|2025-03-12]] passed a [[m:$1.5 trillion|1.5e12 USD]] stopgap spending bill by [[c:54 votes|54]] to 46, averting a partial government shutdown that would have begun at [[d:12:01 a.m. on Saturday|2025-03-15@00:01]].

Majority Leader [[n:John Thune]] said the measure keeps most agencies funded through [[d:Sept. 30|2025-09-30]] and adds [[m:$6 billion|6e9 USD]] for veterans' health care. Democrats led by [[n:Chuck Schumer]] had demanded changes, but [[c:ten Democratic senators|10]] eventually backed the bill.

The [[o:Congressional Budget Office]] estimated [[d:last month|2025-02-01..2025-02-28]] that the package would raise discretionary spending by [[p:0.4 percent|0.4]] compared with [[d:2024|2024-01-01..2024-12-31]] levels. Roughly [[c:2.1 million federal workers|2100000]] would have been furloughed or forced to work without pay.

Lawmakers may now turn to tax cuts. Speaker [[n:Mike Johnson]] told reporters on [[d:Tuesday|2025-03-11]] that the [[o:House of Representatives]] could vote on a budget resolution [[d:next week|2025-03-17..2025-03-23]], and the [[o:White House]] wants a bill on President [[n:Donald Trump]]'s desk before [[d:Memorial Day|2025-05-26]]. Treasury Secretary [[n:Scott Bessent]] said markets had been "watching closely" and that bond yields fell after the vote.

[[n:Thune]] is one of the few Republicans who has publicly questioned the timeline. "May the best plan win," he joked, adding that there was very little floor time left before the recess.""",
    ),
    (
        "en-earnings-chipmaker",
        "2025-10-29",
        "earnings",
        """\
[[o:Northbridge Semiconductor Inc.]] reported [[d:third-quarter|2025-07-01..2025-09-30]] revenue of [[m:$8.42 billion|8.42e9 USD]] on [[d:Tuesday|2025-10-28]], up [[p:17%|17]] from [[d:a year earlier]] and ahead of the [[m:$8.1 billion|8.1e9 USD]] analysts had expected, according to [[o:LSEG]] data.

Net income rose to [[m:$1.9 billion|1.9e9 USD]], or [[m:$1.27|1.27 USD]] per share, from [[m:$1.31 billion|1.31e9 USD]], or [[m:88 cents|0.88 USD]] a share, in the [[d:third quarter of 2024|2024-07-01..2024-09-30]]. Gross margin widened [[p:2.3 percentage points|2.3]] to [[p:61.4%|61.4]].

Chief executive [[n:Laura Mendez]] said data-centre orders had "roughly doubled" since [[d:January|2025-01-01..2025-01-31]] and that the company would add [[c:1,200 engineers|1200]] at its [[l:Austin]], [[l:Texas]], campus by the [[d:end of 2026]]. The [[l:Santa Clara]]-based chipmaker guided [[d:fourth-quarter|2025-10-01..2025-12-31]] revenue to between [[m:$8.7 billion|8.7e9 USD]] and [[m:$9.0 billion|9e9 USD]].

Shares rose [[p:6.5 per cent|6.5]] to [[m:$214.30|214.3 USD]] in extended trading. The stock has gained about [[p:48%|48]] [[d:so far this year]], compared with a [[p:21%|21]] rise in the sector index.

[[o:Northbridge]] also announced a [[m:$15bn|15e9 USD]] share buyback and raised its quarterly dividend by [[m:10 cents|0.1 USD]] to [[m:45 cents|0.45 USD]]. The company will hold its investor day in [[l:New York]] on [[d:Dec. 9|2025-12-09]], its first since [[d:2021|2021-01-01..2021-12-31]]. It shipped [[c:3.4 million accelerator cards|3400000]] in the quarter, versus [[c:2.6 million|2600000]] [[d:a year ago]].""",
    ),
    (
        "en-sports-football",
        "2024-11-18",
        "sports",
        """\
[[o:Manchester City]]'s unbeaten home run ended at [[l:Villa Park]] on [[d:Saturday|2024-11-16]] as [[o:Aston Villa]] won 2-1, their first home victory over the champions since [[d:1994|1994-01-01..1994-12-31]].

[[n:Ollie Watkins]] scored twice in the space of [[d:11 minutes|PT11M]] before [[n:Erling Haaland]] pulled one back in the 88th minute. [[o:City]], who had won 14 of their previous [[c:16 league matches|16]], slipped to third place, [[c:four points|4]] behind [[o:Liverpool]].

[[n:Pep Guardiola]] said afterwards that his side had played "the worst [[d:45 minutes|PT45M]] of the season". A crowd of [[c:42,640 spectators|42640]] watched the game, the stadium's biggest attendance in [[d:three years|P3Y]].

Villa manager [[n:Unai Emery]], who signed a contract extension until [[d:June 2029|2029-06-01..2029-06-30]] [[d:earlier this month|2024-11-01..2024-11-17]], praised his defenders. The club paid a reported [[m:£40 million|40000000 GBP]] for centre-back [[n:Pau Torres]] in [[d:2023|2023-01-01..2023-12-31]].

[[o:City]] return to action on [[d:Wednesday night|2024-11-20]] against [[o:Feyenoord]] in the Champions League before hosting [[o:Tottenham Hotspur]] [[d:next Sunday at 4.30pm|2024-11-24@16:30]]. [[n:Guardiola]] confirmed that [[n:Kevin De Bruyne]] would miss both games and could be out for [[d:up to three weeks|P3W]].

For the 3rd time this season, [[n:Haaland]] was left without support up front. He has now scored [[c:12 goals|12]] in [[c:11 Premier League appearances|11]].""",
    ),
    (
        "en-disaster-typhoon",
        "2025-08-05",
        "weather",
        """\
[[l:MANILA]] ([[o:AP]]) — Typhoon Koinu slammed into the northern [[l:Philippines]] [[d:early Monday|2025-08-04]] with sustained winds of 185 kilometers per hour, killing at least [[c:23 people|23]] and forcing more than [[c:140,000 residents|140000]] from their homes, disaster officials said.

The [[o:National Disaster Risk Reduction and Management Council]] said [[c:11 people|11]] were still missing in [[l:Cagayan]] province on [[d:Tuesday morning|2025-08-05]]. Nearly [[c:2,300 houses|2300]] were damaged and power was cut to about [[p:60 percent|60]] of the region.

The state weather agency [[o:PAGASA]] had warned on [[d:Saturday|2025-08-02]] that rainfall could reach 300 millimeters in [[d:24 hours|PT24H]]. Classes were suspended in [[c:41 towns|41]], and the [[o:Civil Aviation Authority]] cancelled [[c:96 domestic flights|96]].

President [[n:Ferdinand Marcos Jr.]] flew to [[l:Tuguegarao City]] and pledged [[m:500 million pesos|500000000 PHP]] ([[m:$8.6 million|8600000 USD]]) in emergency aid. "This is the strongest storm to hit the area since Haiyan in [[d:November 2013|2013-11-01..2013-11-30]]," Governor [[n:Manuel Mamba]] told reporters.

The typhoon is expected to weaken as it crosses the [[l:Luzon Strait]] toward [[l:Taiwan]] on [[d:Wednesday|2025-08-06]]. Forecasters said another low-pressure area could form east of [[l:Mindanao]] [[d:later this week]].""",
    ),
    (
        "en-court-fraud",
        "2024-06-21",
        "court",
        """\
A former finance director of a [[l:Leeds]] property company was jailed for [[d:six years|P6Y]] and [[d:eight months|P8M]] at [[o:Leeds Crown Court]] on [[d:Thursday|2024-06-20]] after admitting he stole [[m:£2.7m|2700000 GBP]] from his employer over a period of [[d:five years|P5Y]].

[[n:David Ashworth]], 52, of [[l:Harrogate]], transferred money into [[c:14 personal accounts|14]] between [[d:March 2017 and January 2022|2017-03-01..2022-01-31]], the court heard. Prosecutor [[n:Helen Shaw]] said he used the funds to buy [[c:two houses|2]], a boat and [[c:38 designer watches|38]].

Judge [[n:Simon Batiste]] told [[n:Ashworth]] his offending was "calculated and sustained". He had been arrested in [[d:February 2023|2023-02-01..2023-02-28]] after an internal audit at [[o:Calder Homes Ltd]] found a shortfall of more than [[m:£900,000|900000 GBP]] in a single year.

[[n:Ashworth]] pleaded guilty to fraud by abuse of position at a hearing on [[d:3 May|2024-05-03]]. A confiscation hearing has been set for [[d:14 October|2024-10-14]], when the [[o:Crown Prosecution Service]] will seek to recover about [[p:70 per cent|70]] of the losses.

[[d:May 2022|2022-05-01..2022-05-31]] was the month the company first noticed discrepancies, according to a statement read to the court by managing director [[n:Priya Nair]]. Some [[c:140 staff|140]] had their bonuses frozen while the inquiry continued, she said. The full judgment is summarised at page 12 of the sentencing remarks.""",
    ),
    (
        "en-science-exoplanet",
        "2025-02-10",
        "science",
        """\
Astronomers using the James Webb Space Telescope have detected water vapour in the atmosphere of a rocky planet [[c:48 light-years|48]] from Earth, researchers at the [[o:University of Cambridge]] reported in [[o:Nature]] on [[d:Wednesday|2025-02-05]].

The planet, known as LHS 1140 b, is about 1.7 times the size of Earth and orbits a red dwarf [[d:every 25 days|FREQ=DAILY;INTERVAL=25]]. The team observed it during [[c:four transits|4]] between [[d:October 2023 and June 2024|2023-10-01..2024-06-30]], collecting [[d:more than 60 hours|PT60H]] of data.

"This is one of the most exciting results of the decade," said lead author Dr [[n:Amara Okafor]]. The signal is strong but still just below the threshold physicists use to claim a discovery.

Co-author [[n:Tomás Ruiz]] of the [[o:Max Planck Institute for Astronomy]] in [[l:Heidelberg]] said the group had requested [[d:120 more hours|PT120H]] of telescope time for [[d:next year|2026-01-01..2026-12-31]]. Observing proposals are due on [[d:March 1|2025-03-01]].

[[o:NASA]] spent roughly [[m:$10 billion|1e10 USD]] building the telescope, which launched on [[d:Christmas Day 2021|2021-12-25]]. Some [[c:2,000 researchers|2000]] from [[c:44 countries|44]] submitted proposals in the latest cycle, and only about 1 in 9 were accepted.""",
    ),
    (
        "en-local-budget",
        "2025-05-22",
        "local-government",
        """\
[[o:Springfield City Council]] approved a [[m:$412.6 million|412600000 USD]] operating budget for [[d:fiscal year 2026]] on [[d:Tuesday night|2025-05-20]], a [[p:3.8%|3.8]] increase over [[d:this year|2025-01-01..2025-12-31]]'s budget, after a four-hour public hearing.

The plan adds [[c:35 police officers|35]] and [[c:12 firefighters|12]] and sets aside [[m:$18.75 million|18750000 USD]] for road repairs, including resurfacing 64 miles of residential streets. Property tax rates stay flat at [[m:$1.12|1.12 USD]] per [[m:$100|100 USD]] of assessed value, but water and sewer fees will rise by [[m:$4.50|4.5 USD]] a month for a typical household starting [[d:July 1|2025-07-01]].

Mayor [[n:Karen Delgado]] called the budget "responsible but not painless". Council member [[n:Rob Ferris]] voted against it, arguing that the city's pension contributions, now [[m:$61 million|61000000 USD]] a year, had grown by a third since [[d:2019|2019-01-01..2019-12-31]].

The library system will cut Sunday hours at four of its [[c:nine branches|9]]. Parks director [[n:Luis Ortega]] said the pool at [[l:Lincoln Park]] would open on [[d:Memorial Day weekend|2025-05-24..2025-05-26]] as usual.

Residents can comment on the capital plan until [[d:June 15|2025-06-15]] by calling 217-555-0148 or visiting city hall between [[d:8 a.m.]] and [[d:5 p.m.]] The council will vote on the capital plan [[d:in two weeks|2025-06-05]]. Budget Version 2.1, posted [[d:last Friday|2025-05-16]], runs to [[c:388 pages|388]].""",
    ),
    (
        "en-product-phone",
        "2025-09-10",
        "product-launch",
        """\
[[l:CUPERTINO]], [[l:Calif.]] — [[o:Apple]] on [[d:Tuesday|2025-09-09]] unveiled the iPhone 17 Pro, priced from [[m:$1,099|1099 USD]], alongside a thinner iPhone Air at [[m:$999|999 USD]] and a new Apple Watch Series 11.

Pre-orders open at [[d:5 a.m. Pacific time on Friday|2025-09-12@05:00]], and the phones go on sale [[d:Sept. 19|2025-09-19]] in more than [[c:60 countries and regions|60]]. The Pro model's battery is [[p:12 percent|12]] larger and supports 45-watt charging; [[o:Apple]] says it lasts [[d:up to 39 hours|PT39H]] of video playback.

Analysts at [[o:Counterpoint Research]] expect [[o:Apple]] to ship about [[c:85 million iPhone 17 units|85000000]] by the [[d:end of March]]. "The Air is a bet on design over battery life," said analyst [[n:Ming-Chi Kuo]], who noted that the device weighs just 165 grams.

[[o:Apple]], which reported revenue of [[m:$94 billion|94e9 USD]] for its [[d:June quarter|2025-04-01..2025-06-30]], did not raise [[l:US]] prices despite tariffs. In [[l:India]] the Pro starts at [[m:₹1,34,900|134900 INR]], and in [[l:Japan]] at [[m:179,800 yen|179800 JPY]].

The company also cut the price of AirPods Pro 2 by [[m:$20|20 USD]] to [[m:$229|229 USD]]. Software update iOS 26 arrives on [[d:Monday|2025-09-15]] for devices released in [[d:2020|2020-01-01..2020-12-31]] or later. [[n:Tim Cook]] described the launch as [[o:Apple]]'s biggest in [[d:three years|P3Y]].""",
    ),
    (
        "en-opinion-housing",
        "2024-12-02",
        "opinion",
        """\
Opinion | We keep promising cheaper housing. Here is why it never arrives.

Every election year, politicians in [[l:Ottawa]] discover the housing crisis. [[d:Last spring]] it was a promise of [[c:3.9 million new homes|3900000]] by [[d:2031|2031-01-01..2031-12-31]]; [[d:this autumn]] it is a tax break worth up to [[m:C$50,000|50000 CAD]] for first-time buyers. May I suggest that neither will matter much?

Consider the numbers. [[l:Canada]] completed roughly [[c:245,000 homes|245000]] in [[d:2023|2023-01-01..2023-12-31]], according to the [[o:Canada Mortgage and Housing Corporation]]. To hit the target, builders would need to nearly double that pace for [[d:eight straight years|P8Y]]. Construction wages rose [[p:7 per cent|7]] [[d:last year|2023-01-01..2023-12-31]], and one in five skilled trades workers is over 55.

Meanwhile, the average rent for a two-bedroom apartment in [[l:Toronto]] is now [[m:$3,100|3100 CAD]] a month, a figure that would have seemed absurd [[d:a decade ago]]. Housing Minister [[n:Sean Fraser]] likes to say that "every tool is on the table." Yet the most powerful tool, zoning, belongs to the cities.

[[l:Montreal]] and [[l:Vancouver]] have quietly legalised fourplexes on most residential lots since [[d:2022|2022-01-01..2022-12-31]]. The results are early but encouraging: permits for small multi-unit buildings in [[l:Vancouver]] rose by a third in the [[d:first half of this year|2024-01-01..2024-06-30]].

If [[l:Ottawa]] wants results before the next election, due by [[d:October 2025|2025-10-01..2025-10-31]], it should tie its [[m:$6 billion|6e9 CAD]] infrastructure fund to zoning reform. Anything else is a press release.""",
    ),
    (
        "en-india-tcs",
        "2025-01-17",
        "business-india",
        """\
[[l:MUMBAI]]: [[o:Tata Consultancy Services]] ([[o:TCS]]) on [[d:Thursday|2025-01-16]] reported a [[p:12%|12]] year-on-year rise in net profit to [[m:₹12,380 crore|123800000000 INR]] for the [[d:October-December quarter|2024-10-01..2024-12-31]], beating Street estimates of [[m:₹12,100 crore|121000000000 INR]].

Revenue grew [[p:5.6%|5.6]] to [[m:₹63,973 crore|639730000000 INR]], while the company's headcount fell by [[c:5,370 employees|5370]] during the quarter to [[c:6,07,354|607354]]. The board declared a third interim dividend of [[m:₹10|10 INR]] per share and a special dividend of [[m:₹66|66 INR]], with a record date of [[d:January 17|2025-01-17]].

Chief executive [[n:K Krithivasan]] said deal wins totalled [[m:$10.2 billion|10.2e9 USD]], and that the BFSI vertical had returned to growth after [[c:two difficult quarters|2]]. Attrition rose to [[p:13.3 per cent|13.3]] from [[p:12.3 per cent|12.3]] [[d:a year ago]].

Shares of [[o:TCS]] closed [[p:5.6 per cent|5.6]] higher at [[m:₹4,265|4265 INR]] on the [[o:NSE]] on [[d:Friday|2025-01-17]], adding nearly [[m:₹87,000 crore|870000000000 INR]] to its market value in a single session. [[o:Infosys]] and [[o:HCLTech]] also gained.

Separately, the [[l:Pune]]-based startup [[o:Zentro Foods]] raised [[m:Rs 45 lakh|4500000 INR]] in a seed round led by angel investors. Founder [[n:Ritika Sharma]] said the company would hire [[c:30 delivery partners|30]] by [[d:March|2025-03-01..2025-03-31]] and aims for annual revenue of [[m:Rs 5 crore|50000000 INR]] in [[d:FY26|2025-04-01..2026-03-31]].""",
    ),
    (
        "en-hongkong-markets",
        "2025-04-08",
        "markets-hk",
        """\
[[l:HONG KONG]] — The Hang Seng Index plunged [[p:13.2%|13.2]] on [[d:Monday|2025-04-07]], its steepest one-day fall since [[d:1997|1997-01-01..1997-12-31]], as investors dumped Chinese technology stocks after [[l:Washington]] announced new tariffs.

[[o:Alibaba Group]] lost [[m:HK$236 billion|236e9 HKD]] in market value, while [[o:Tencent Holdings]] slid [[p:12.7%|12.7]] to [[m:HK$420.40|420.4 HKD]]. Turnover on the exchange hit a record [[m:HK$620.9 billion|620.9e9 HKD]].

Financial Secretary [[n:Paul Chan]] urged calm, saying the city's banking system held more than [[m:HK$2 trillion|2e12 HKD]] in liquid assets. The [[o:Hong Kong Monetary Authority]] injected [[m:HK$5 billion|5e9 HKD]] into the interbank market at [[d:10am on Tuesday|2025-04-08@10:00]].

Mainland funds bought a net [[m:HK$35.6 billion|35.6e9 HKD]] of [[l:Hong Kong]] shares through the Stock Connect link, the most since the scheme launched in [[d:November 2014|2014-11-01..2014-11-30]]. In [[l:Shanghai]], the CSI 300 fell [[p:7%|7]], and state fund [[o:Central Huijin Investment]] pledged to increase its holdings.

Property developers were hit hard: [[o:New World Development]] dropped [[p:9.8 per cent|9.8]] after it said it would delay repaying a [[m:US$200 million|200000000 USD]] bond due on [[d:April 30|2025-04-30]]. Analysts at [[o:Goldman Sachs]] cut their year-end Hang Seng target by [[c:2,000 points|2000]] to 21,000.""",
    ),
    (
        "en-blog-cabin",
        "2025-06-12",
        "blog",
        """\
Okay so quick update from the cabin! We got here [[d:yesterday|2025-06-11]] [[d:around 4:30 in the afternoon|2025-06-11@16:30]] after a ridiculous 7-hour drive (thanks, roadworks on the I-90). [[d:Tomorrow|2025-06-13]] we're hiking to the lake, and [[d:the day after tomorrow|2025-06-14]] my sister [[n:Jess]] arrives with her [[c:two kids|2]].

Grocery haul was wild: [[c:3 dozen eggs|36]], [[c:6 loaves of bread|6]] and way too many marshmallows, for a total of [[m:$187.46|187.46 USD]]. Gas was [[m:$4.19|4.19 USD]] a gallon, which honestly isn't terrible for up here.

The Wi-Fi password is on page 2 of the welcome binder, lol. Cell signal is basically [[c:one bar|1]]. If you need me, text rather than call.

Plan for the week: fishing [[d:Saturday morning|2025-06-14]], the farmers' market [[d:next Friday at 3 p.m.|2025-06-20@15:00]], and then we drive back [[d:in two weeks|2025-06-26]]. I'm also trying to finish my book before [[d:June 30|2025-06-30]]; I'm on chapter 14 of 22.

Fun fact: the owner says the cabin was built in [[d:1962|1962-01-01..1962-12-31]] and has had only [[c:three owners|3]]. It cost them [[m:$38k|38000 USD]] back in [[d:the '90s|1990-01-01..1999-12-31]], which is less than a used car now. Anyway, time to light the fire. It's [[d:9 pm|2025-06-12@21:00]] and the stars are out. More [[d:tomorrow|2025-06-13]]!""",
    ),
    (
        "en-taiwan-tsmc",
        "2024-07-30",
        "taiwan",
        """\
[[l:TAIPEI]] ([[o:Focus Taiwan]]) — [[o:Taiwan Semiconductor Manufacturing Co.]] will spend [[m:NT$150 billion|150e9 TWD]] on a new advanced packaging plant in [[l:Chiayi County]], the [[o:Ministry of Economic Affairs]] said on [[d:Monday|2024-07-29]], creating about [[c:3,000 jobs|3000]].

Construction began in [[d:May|2024-05-01..2024-05-31]] and the first production line is scheduled to start in the [[d:second half of 2026|2026-07-01..2026-12-31]]. Economic Affairs Minister [[n:J.W. Kuo]] said the project was one of the largest private investments in southern [[l:Taiwan]] [[d:this decade]].

[[l:Taiwan]]'s exports rose [[p:23.5 percent|23.5]] year on year in [[d:June|2024-06-01..2024-06-30]] to [[m:US$39.94 billion|39.94e9 USD]], a record for the month, driven by demand for AI servers, according to the [[o:Ministry of Finance]]. Shipments to the [[l:United States]] jumped [[p:61.5 percent|61.5]].

Meanwhile, Typhoon Gaemi left [[c:10 people|10]] dead and more than [[c:900 injured|900]] after making landfall in [[l:Yilan]] [[d:last Wednesday night|2024-07-24]]. The [[o:Executive Yuan]] approved [[m:NT$2 billion|2e9 TWD]] in emergency relief, and Premier [[n:Cho Jung-tai]] said subsidies of up to [[m:NT$50,000|50000 TWD]] per household would be paid before [[d:Sept. 15|2024-09-15]].

The central bank's board meets again on [[d:Sept. 19|2024-09-19]]. Governor [[n:Yang Chin-long]] has kept the benchmark rate at [[p:2 percent|2]] since [[d:March|2024-03-01..2024-03-31]].""",
    ),
    (
        "en-uk-energy",
        "2025-11-04",
        "energy",
        """\
[[l:LONDON]] — [[l:Britain]]'s energy regulator [[o:Ofgem]] said on [[d:Monday|2025-11-03]] that the typical household energy bill will rise by [[p:1.2%|1.2]] to [[m:£1,758|1758 GBP]] a year from [[d:January 1|2026-01-01]], the third increase in a row.

The price cap, which covers about [[c:22 million homes|22000000]] in [[l:England]], [[l:Scotland]] and [[l:Wales]], is reviewed [[d:every three months|FREQ=MONTHLY;INTERVAL=3]]. Standing charges will go up by [[m:8p|0.08 GBP]] a day for electricity, and the regulator estimated that [[c:1.6 million households|1600000]] are behind on payments, owing a combined [[m:£3.7bn|3.7e9 GBP]].

Wholesale gas prices have fallen from their [[d:August 2022|2022-08-01..2022-08-31]] peak but remain roughly [[p:60 per cent|60]] above their [[d:2019|2019-01-01..2019-12-31]] average. Across the Channel, [[o:EU]] energy ministers meeting in [[l:Brussels]] [[d:next Tuesday|2025-11-11]] will discuss a [[m:€15 billion|15e9 EUR]] fund to support heavy industry.

[[o:Octopus Energy]] chief executive [[n:Greg Jackson]] said the changes were "a sticking plaster". [[o:Citizens Advice]] said it had helped a record [[c:45,000 people|45000]] with energy debts in [[d:the three months to September]].

Energy Secretary [[n:Ed Miliband]] is due to set out plans for a "social tariff" in the [[d:next fortnight]]. The Warm Home Discount of [[m:£150|150 GBP]] will be extended to [[c:2.7 million more households|2700000]] [[d:this winter]], the government said.""",
    ),
    (
        "en-festival-nodate",
        None,
        "events",
        """\
Riverside Jazz Festival returns to [[l:Portland]]'s [[l:Waterfront Park]] from [[d:August 14 to August 17, 2026|2026-08-14..2026-08-17]], with [[c:48 acts|48]] on [[c:three stages|3]]. Early-bird passes cost [[m:$89|89 USD]] until [[d:March 31, 2026|2026-03-31]], after which the price rises to [[m:$120|120 USD]]. Children under 12 get in free.

Headliners include the [[o:Marcus Hale Quartet]] and Brazilian singer [[n:Luiza Prado]], who last played the festival in [[d:2019|2019-01-01..2019-12-31]]. Gates open at [[d:11 a.m.]] daily and the final set starts at [[d:9:45 p.m.]] Organisers expect around [[c:60,000 visitors|60000]] over the [[d:four days|P4D]].

Volunteers can sign up online; each shift lasts [[d:5 hours|PT5H]] and comes with a free T-shirt and [[c:two meal vouchers|2]]. The festival, founded in [[d:1988|1988-01-01..1988-12-31]] by the [[o:Portland Jazz Society]], donates [[p:10%|10]] of ticket revenue to music education programmes. Parking near the park is limited, so [[o:TriMet]] will run extra trains every [[d:15 minutes|PT15M]] until [[d:1 a.m.]] Call 503-555-0199 for accessibility requests. Tickets go on sale [[d:next Monday|null]].""",
    ),
    # ---- CJK ----
    (
        "zh-stats-gdp",
        "2025-04-16",
        "economy-cn",
        """\
[[o:国家统计局]][[d:4月16日|2025-04-16]]发布数据显示，初步核算，[[d:一季度|2025-01-01..2025-03-31]]国内生产总值[[m:318758亿元|31875800000000 CNY]]，按不变价格计算，同比增长[[p:5.4%|5.4]]，比[[d:上年四季度|2024-10-01..2024-12-31]]加快[[p:0.1个百分点|0.1]]。

分产业看，第一产业增加值[[m:11713亿元|1171300000000 CNY]]，同比增长[[p:3.5%|3.5]]；第二产业增加值[[m:111903亿元|11190300000000 CNY]]，增长[[p:5.9%|5.9]]。[[d:3月份|2025-03-01..2025-03-31]]，全国规模以上工业增加值同比增长[[p:7.7%|7.7]]，社会消费品零售总额[[m:42920亿元|4292000000000 CNY]]，同比增长[[p:5.9%|5.9]]。

[[o:国家统计局]]新闻发言人[[n:付凌晖]]在[[o:国务院新闻办公室]]举行的发布会上表示，[[d:一季度|2025-01-01..2025-03-31]]全国城镇新增就业[[c:308万人|3080000]]，[[d:3月末]]城镇调查失业率为[[p:5.2%|5.2]]，比[[d:2月份|2025-02-01..2025-02-28]]下降[[p:0.2个百分点|0.2]]。全国居民人均可支配收入[[m:11723元|11723 CNY]]，名义增长[[p:5.5%|5.5]]。

[[n:付凌晖]]说，外部环境更趋复杂严峻，但我国经济有信心、有能力实现全年[[p:5%|5]]左右的增长目标。[[d:上周|2025-04-07..2025-04-13]]，[[o:国务院]]常务会议部署了扩大内需的新举措。一些地方也将在[[d:下个月|2025-05-01..2025-05-31]]推出消费券。""",
    ),
    (
        "zh-earnings-byd",
        "2025-08-21",
        "earnings-cn",
        """\
[[o:比亚迪股份有限公司]][[d:8月20日晚间|2025-08-20]]发布半年报，[[d:今年上半年|2025-01-01..2025-06-30]]实现营业收入[[m:3712.81亿元|371281000000 CNY]]，同比增长[[p:23.3%|23.3]]；归属于上市公司股东的净利润[[m:155.11亿元|15511000000 CNY]]，同比增长[[p:13.8%|13.8]]。

[[d:上半年|2025-01-01..2025-06-30]]，[[o:比亚迪]]新能源汽车销量达[[c:214.6万辆|2146000]]，同比增长[[p:33%|33]]，其中海外销量约[[c:46.4万辆|464000]]，是[[d:去年同期]]的两倍多。公司董事长[[n:王传福]]在业绩说明会上表示，位于[[l:匈牙利]]和[[l:巴西]]的工厂将于[[d:明年|2026-01-01..2026-12-31]]投产，预计年产能合计超过[[c:30万辆|300000]]。

报告显示，公司研发投入达[[m:309亿元|30900000000 CNY]]，研发人员超过[[c:11万人|110000]]。截至[[d:6月30日|2025-06-30]]，公司账上货币资金为[[m:1549亿元|154900000000 CNY]]。每股收益为[[m:5.12元|5.12 CNY]]。

受此消息影响，[[o:比亚迪]]H股[[d:周四早盘|2025-08-21]]一度上涨[[p:4.2%|4.2]]，报[[m:港币115.6元|115.6 HKD]]。分析师认为，价格战仍将持续到[[d:第四季度|2025-10-01..2025-12-31]]，行业利润率可能进一步下降[[p:2个百分点|2]]。""",
    ),
    (
        "zh-flood-chongqing",
        "2024-07-11",
        "weather-cn",
        """\
受强降雨影响，[[l:重庆市]][[l:万州区]][[d:7月10日凌晨|2024-07-10]]发生严重内涝，截至[[d:昨天18时|2024-07-10@18:00]]，已造成[[c:3人|3]]死亡、[[c:5人|5]]失踪，紧急转移群众[[c:1.2万余人|12000]]。

[[o:重庆市气象台]]数据显示，[[d:8日20时至10日8时|2024-07-08..2024-07-10]]，[[l:万州区]]累计降雨量达286.5毫米，为当地有气象记录以来最大值。全区共有[[c:47所学校|47]]停课，直接经济损失初步估计约[[m:3.6亿元|360000000 CNY]]。

[[o:应急管理部]]已派出工作组赶赴现场，并调拨[[c:帐篷2000顶|2000]]、[[c:折叠床5000张|5000]]。[[o:中国气象局]]预计，[[d:未来三天]][[l:长江]]上游仍有大到暴雨，局地降雨量可能超过100毫米。

[[l:万州区]]区长[[n:王强]]表示，将在一周内恢复主要道路通行。市民万一遇到险情，可拨打求助电话023-12345。""",
    ),
    (
        "zh-launch-xiaomi",
        "2025-09-12",
        "product-launch-cn",
        """\
[[o:小米集团]][[d:昨天晚上7点|2025-09-11@19:00]]在[[l:北京]]召开新品发布会，正式推出小米17系列手机，标准版起售价为[[m:4499元|4499 CNY]]，Pro Max版售价[[m:5999元|5999 CNY]]，将于[[d:9月15日上午10点|2025-09-15@10:00]]全渠道开售。

[[o:小米集团]]创始人[[n:雷军]]在发布会上表示，新机搭载[[c:7500毫安时|7500]]电池，续航较上一代提升约[[p:18%|18]]。截至[[d:8月底]]，小米手机全球累计用户超过[[c:7亿|700000000]]，[[d:今年第二季度|2025-04-01..2025-06-30]]智能手机[[c:出货量为4240万台|42400000]]，同比增长[[p:0.6%|0.6]]，全球市场份额[[p:14.7%|14.7]]。

[[n:雷军]]还透露，小米YU7电动汽车上市[[d:18小时|PT18H]]锁定订单超过[[c:24万台|240000]]，公司计划在[[d:2025年全年|2025-01-01..2025-12-31]]交付[[c:35万辆汽车|350000]]。[[o:小米汽车]]工厂二期将于[[d:下周|2025-09-15..2025-09-21]]正式投产。

发布会当天，[[o:小米集团]]港股收涨[[p:3.5%|3.5]]，报每股[[m:58.3港元|58.3 HKD]]，总市值约[[m:1.5万亿港元|1.5e12 HKD]]。""",
    ),
    (
        "zh-hant-hk-budget",
        "2025-02-26",
        "budget-hk",
        """\
財政司司長[[n:陳茂波]][[d:今日|2025-02-26]]（[[d:2月26日|2025-02-26]]）發表新一份財政預算案，預計[[d:2024至25年度]]綜合赤字為[[m:872億港元|87200000000 HKD]]，較原先估計的[[m:481億元|48100000000 HKD]]大幅增加。

[[n:陳茂波]]表示，政府將在[[d:未來五年]]削減公務員編制約[[c:一萬個職位|10000]]，並凍結公務員薪酬[[d:一年|P1Y]]。[[d:去年第四季|2024-10-01..2024-12-31]]，本地生產總值按年實質增長[[p:2.4%|2.4]]，全年經濟增長預測為[[p:2%|2]]至[[p:3%|3]]。

預算案提出寬減[[d:2024/25年度]][[p:百分之一百|100]]的薪俸稅，上限為[[m:3,000元|3000 HKD]]，惠及約[[c:200萬名納稅人|2000000]]，涉及政府收入[[m:57億元|5700000000 HKD]]。此外，政府將發行總額約[[m:1,500億|150000000000 HKD]]至[[m:1,950億元|195000000000 HKD]]的債券。

[[o:香港交易所]][[d:昨日|2025-02-25]]收市時，恒生指數報[[c:23,787點|23787]]，上升[[p:3.27%|3.27]]。[[o:立法會]]議員[[n:周浩鼎]]批評，赤字已[[d:連續三年|P3Y]]超過[[m:1,000億元|100000000000 HKD]]，政府應該「開源節流」。

[[o:財政司]]將於[[d:下星期三|2025-03-05]]出席[[o:立法會財經事務委員會]]會議。""",
    ),
    (
        "zh-hant-tw-cpi",
        "2024-10-15",
        "economy-tw",
        """\
[[o:行政院主計總處]][[d:今天|2024-10-15]]公布，[[d:9月|2024-09-01..2024-09-30]]消費者物價指數（CPI）年增[[p:1.82%|1.82]]，漲幅較[[d:8月|2024-08-01..2024-08-31]]縮小[[p:0.61個百分點|0.61]]，為[[d:近8個月|P8M]]新低。

[[o:主計總處]]官員表示，颱風山陀兒[[d:上週|2024-10-07..2024-10-13]]重創南部，蔬菜價格短期上漲，預料[[d:10月|2024-10-01..2024-10-31]]CPI年增率可能回升至[[p:2%|2]]以上。[[d:今年前9月|2024-01-01..2024-09-30]]CPI平均上漲[[p:2.14%|2.14]]。

另外，[[o:台積電]][[d:昨晚8點|2024-10-14@20:00]]公告，董事會核准資本預算[[m:新台幣4,543億元|454300000000 TWD]]，並將在[[l:高雄]]興建第三座先進製程廠，預計創造約[[c:3000個工作機會|3000]]。[[o:台積電]]董事長[[n:魏哲家]][[d:上個月|2024-09-01..2024-09-30]]表示，[[d:明年|2025-01-01..2025-12-31]]營收將以美元計成長約[[p:20%|20]]至[[p:25%|25]]。

[[o:交通部]]表示，[[d:國慶連假期間]][[o:台鐵]]共疏運旅客逾[[c:120萬人次|1200000]]。[[o:台北捷運]][[d:下週一|2024-10-21]]起延長營運至[[d:凌晨1點]]。""",
    ),
    (
        "ja-earnings-toyota",
        "2025-05-09",
        "earnings-jp",
        """\
[[o:トヨタ自動車]]は[[d:8日|2025-05-08]]、[[d:2025年3月期|2024-04-01..2025-03-31]]の連結決算を発表した。売上高は前期比[[p:6.5％|6.5]]増の[[m:48兆367億円|48036700000000 JPY]]と過去最高を更新した一方、純利益は[[p:3.6％|3.6]]減の[[m:4兆7650億円|4765000000000 JPY]]だった。

[[d:2026年3月期|2025-04-01..2026-03-31]]の業績予想では、[[l:米国]]の関税政策の影響で営業利益が前期比[[p:20.9％|20.9]]減の[[m:3兆8000億円|3800000000000 JPY]]になる見通しを示した。関税による減益影響は[[d:4月|2025-04-01..2025-04-30]]と[[d:5月|2025-05-01..2025-05-31]]の[[d:2カ月|P2M]]だけで[[m:1800億円|180000000000 JPY]]に上るという。

[[n:佐藤恒治]]社長は記者会見で「一度も経験したことのない環境だ」と述べた。世界販売台数は前期比[[p:3.7％|3.7]]減の[[c:1027万台|10270000]]となり、そのうち電動車は約[[c:470万台|4700000]]だった。

同社は[[d:同日]]、最大[[m:1兆円|1000000000000 JPY]]の自社株買いを実施すると発表した。[[o:東京証券取引所]]で[[o:トヨタ]]株は[[d:9日午前|2025-05-09]]、一時[[p:2％|2]]高の[[m:2700円|2700 JPY]]をつけた。次回の決算発表は[[d:8月上旬|2025-08-01..2025-08-10]]を予定している。""",
    ),
    (
        "ja-boj-rates",
        "2025-01-24",
        "economy-jp",
        """\
[[o:日本銀行]]は[[d:24日|2025-01-24]]に開いた金融政策決定会合で、政策金利を[[p:0.25％|0.25]]程度から[[p:0.5％|0.5]]程度に引き上げることを賛成多数で決めた。利上げは[[d:昨年7月以来|2024-07-01..2025-01-24]]で、政策金利は[[d:約17年|P17Y]]ぶりの高水準となる。

[[n:植田和男]]総裁は[[d:午後3時半|2025-01-24@15:30]]からの記者会見で、「賃上げの動きが広がっている」と説明した。[[o:連合]]によると、[[d:今年|2025-01-01..2025-12-31]]の春闘で組合側は[[p:5％|5]]以上の賃上げを求めている。

[[o:日銀]]は[[d:同日]]公表した展望リポートで、[[d:2025年度|2025-04-01..2026-03-31]]の消費者物価指数（生鮮食品を除く）の見通しを[[p:2.4％|2.4]]に引き上げた。

一方、政府は[[d:先週|2025-01-13..2025-01-19]]、[[l:能登半島]]地震の被災地支援として予備費から約[[m:1000億円|100000000000 JPY]]を追加支出することを閣議決定した。[[n:石破茂]]首相は[[d:来月上旬|2025-02-01..2025-02-10]]にも[[l:石川県]]を訪れる予定だ。円相場は[[m:1ドル|1 USD]]＝[[m:155円|155 JPY]]台で推移した。""",
    ),
    (
        "ja-sports-ohtani",
        "2024-09-02",
        "sports-jp",
        """\
大リーグ、[[o:ドジャース]]の[[n:大谷翔平]]選手は[[d:1日|2024-09-01]]（日本時間[[d:2日|2024-09-02]]）、本拠地[[l:ロサンゼルス]]で行われた[[o:ダイヤモンドバックス]]戦に「1番・指名打者」で出場し、今季44号本塁打を放った。

この日は[[c:4打数|4]][[c:2安打|2]][[c:1打点|1]]で、今季の盗塁数は46に伸びた。試合は6－3で[[o:ドジャース]]が勝ち、連勝を4に伸ばした。[[c:観客数は5万2000人|52000]]を超えた。

[[n:大谷]]選手は[[d:昨年12月|2023-12-01..2023-12-31]]、[[o:ドジャース]]と[[d:10年|P10Y]]総額[[m:7億ドル|700000000 USD]]（約[[m:1015億円|101500000000 JPY]]）の契約を結んだ。史上初の「[[c:50本塁打|50]]・[[c:50盗塁|50]]」まで残り[[c:6本|6]]と[[c:4盗塁|4]]で、レギュラーシーズンは残り[[c:26試合|26]]。

次の試合は[[d:3日午前10時40分|2024-09-03@10:40]]（日本時間）から始まる。一番の目標はワールドシリーズ制覇だと話している。""",
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    ("en", "It was the 3rd time she had asked about the refund."),
    ("en", "One of the reasons is that nobody reads the manual."),
    ("en", "Prices may fall if demand stays weak, and buyers may wait."),
    ("en", "May we suggest a different approach?"),
    ("en", "Upgrade to Python 3.11 before running the installer."),
    ("en", "Call 555-0142 or 020 7946 0958 for details."),
    ("en", "See page 42 and the notes on page 7."),
    ("en", "Meanwhile, Residents complained about the noise."),
    ("en", "However, Critics said the change came too late."),
    ("en", "Version 2.4.1 fixes the crash reported by users."),
    ("en", "He finished the race in first place, ahead of the others."),
    ("en", "Chapter 11 describes how the committee works."),
    ("en", "Room 204 is on the second floor."),
    ("en", "Nothing will change, Officials insisted."),
    ("en", "A number of people complained, and she was the one who called."),
    ("en", "Press 1 for sales or 2 for support."),
    ("en", "The recipe serves four; step 3 is the tricky one."),
    ("en", "Section 230 was debated again."),
    ("zh", "他第一次来这里，觉得十分满意。"),
    ("zh", "万一下雨，我们就不去了。"),
    ("zh", "千万不要忘记带护照。"),
    ("zh", "一些人认为，这个问题需要一步一步解决。"),
    ("zh", "请翻到第12页，看第3段。"),
    ("zh", "大家三三两两地走进会场。"),
    ("zh", "软件版本3.2修复了这个问题。"),
    ("zh", "他一心一意地工作，从不三心二意。"),
    ("zh-Hant", "這是一個非常重要的問題，我們一定要認真對待。"),
    ("zh-Hant", "請撥打電話02-2345-6789查詢。"),
    ("ja", "一番好きな食べ物はラーメンです。"),
    ("ja", "一度も行ったことがない。"),
    ("ja", "万が一の場合に備えてください。"),
    ("ja", "十分に注意してください。"),
    ("ja", "第3章を読んでください。"),
]


def _value(kind: str, raw: str | None) -> tuple[bool, object]:
    """(has a value key, the value)."""
    if raw is None:
        return False, None
    if raw == "null":
        return True, None
    if kind in ("count", "percent"):
        return True, {"number": float(raw)}
    if kind == "money":
        amount, currency = raw.split()
        return True, {"amount": float(amount), "currency": currency}
    if kind == "date":
        if raw.startswith("P"):
            return True, {"duration": raw}
        if raw.startswith("FREQ="):
            return True, {"recurrence": raw}
        if "@" in raw:
            day, clock = raw.split("@")
            return True, {"start": day, "end": day, "time": clock}
        start, _, end = raw.partition("..")
        return True, {"start": start, "end": end or start}
    raise ValueError(raw)


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    facts: list[dict[str, object]] = []
    pos = 0
    length = 0
    for match in MARK.finditer(marked):
        before = marked[pos : match.start()]
        out.append(before)
        length += len(before)
        kind = KINDS[match.group(1)]
        text = match.group(2)
        fact: dict[str, object] = {"kind": kind, "text": text, "start": length, "end": length + len(text)}
        has, value = _value(kind, match.group(3))
        if has:
            fact["value"] = value
        facts.append(fact)
        out.append(text)
        length += len(text)
        pos = match.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    for fact in facts:
        assert text[fact["start"] : fact["end"]] == fact["text"]  # type: ignore[misc]
    return text, facts


def main() -> None:
    texts = []
    for ident, published, topic, marked in TEXTS:
        text, facts = parse(marked)
        item: dict[str, object] = {
            "id": ident,
            "lang": detect_language(text),
            "published": published,
            "topic": topic,
            "text": text,
            "facts": facts,
        }
        texts.append(item)
    data = {
        "split": "independent",
        "texts": texts,
        "negatives": [{"lang": lang, "text": text} for lang, text in NEGATIVES],
    }
    path = Path(__file__).resolve().parent / "independent.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path}: {len(texts)} texts, {sum(len(t['facts']) for t in texts)} facts, {len(NEGATIVES)} negatives")


if __name__ == "__main__":
    main()
