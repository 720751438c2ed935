"""A small hand-kept gazetteer of well-known places, organisations and people in English, Chinese and Japanese."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reader_app.core.facts.model import FactKind

# One entry a line: kind | canonical English name | other names (English, Chinese, Japanese), ";"-separated.
# Traditional Chinese spellings are derived from the simplified ones with the character table below.
_ENTRIES = """
place|China|中国;中國;中华人民共和国;PRC;People's Republic of China;Mainland China;中国大陆
place|United States|U.S.;US;U.S.A.;USA;United States of America;America;美国;米国;アメリカ;合衆国;美利坚
place|Japan|日本
place|South Korea|Korea;Republic of Korea;韩国;韓国;大韓民国
place|North Korea|朝鲜;北朝鮮;DPRK
place|Taiwan|台湾;臺灣;台灣
place|Hong Kong|香港;HK;Hong Kong SAR
place|Macau|Macao;澳门;澳門;マカオ
place|United Kingdom|UK;U.K.;Britain;Great Britain;英国;イギリス;英國
place|England|英格兰;イングランド
place|Scotland|苏格兰;スコットランド
place|France|法国;フランス
place|Germany|德国;ドイツ
place|Italy|意大利;イタリア
place|Spain|西班牙;スペイン
place|Portugal|葡萄牙;ポルトガル
place|Netherlands|Holland;荷兰;オランダ
place|Belgium|比利时;ベルギー
place|Switzerland|瑞士;スイス
place|Sweden|瑞典;スウェーデン
place|Norway|挪威;ノルウェー
place|Denmark|丹麦;デンマーク
place|Finland|芬兰;フィンランド
place|Ireland|爱尔兰;アイルランド
place|Poland|波兰;ポーランド
place|Austria|奥地利;オーストリア
place|Greece|希腊;ギリシャ
place|Turkey|Türkiye;土耳其;トルコ
place|Russia|Russian Federation;俄罗斯;ロシア
place|Ukraine|乌克兰;ウクライナ
place|India|印度;インド
place|Pakistan|巴基斯坦;パキスタン
place|Bangladesh|孟加拉国;バングラデシュ
place|Indonesia|印度尼西亚;印尼;インドネシア
place|Malaysia|马来西亚;マレーシア
place|Singapore|新加坡;シンガポール
place|Thailand|泰国;タイ
place|Vietnam|Viet Nam;越南;ベトナム
place|Philippines|菲律宾;フィリピン
place|Cambodia|柬埔寨;カンボジア
place|Myanmar|Burma;缅甸;ミャンマー
place|Mongolia|蒙古;モンゴル
place|Australia|澳大利亚;澳洲;オーストラリア
place|New Zealand|新西兰;ニュージーランド
place|Canada|加拿大;カナダ
place|Mexico|墨西哥;メキシコ
place|Brazil|巴西;ブラジル
place|Argentina|阿根廷;アルゼンチン
place|Chile|智利;チリ
place|Peru|秘鲁;ペルー
place|Colombia|哥伦比亚;コロンビア
place|Venezuela|委内瑞拉;ベネズエラ
place|Cuba|古巴;キューバ
place|Egypt|埃及;エジプト
place|South Africa|南非;南アフリカ
place|Nigeria|尼日利亚;ナイジェリア
place|Kenya|肯尼亚;ケニア
place|Ethiopia|埃塞俄比亚;エチオピア
place|Israel|以色列;イスラエル
place|Iran|伊朗;イラン
place|Iraq|伊拉克;イラク
place|Syria|叙利亚;シリア
place|Saudi Arabia|沙特阿拉伯;沙特;サウジアラビア
place|United Arab Emirates|UAE;阿联酋;アラブ首長国連邦
place|Qatar|卡塔尔;カタール
place|Afghanistan|阿富汗;アフガニスタン
place|Kazakhstan|哈萨克斯坦;カザフスタン
place|Asia|亚洲;アジア
place|Europe|欧洲;ヨーロッパ;欧州
place|Yangtze River|Yangtze;长江;長江;揚子江
place|Yellow River|黄河
place|Pearl River|珠江
place|Huai River|淮河
place|Taiwan Strait|台湾海峡
place|South China Sea|南海;南シナ海
place|East China Sea|东海;東シナ海
place|Yellow Sea|黄海
place|Bohai Sea|渤海
place|Himalayas|喜马拉雅;喜马拉雅山;ヒマラヤ
place|Mount Fuji|富士山
place|Yangtze River Delta|长三角;长江三角洲
place|Pearl River Delta|珠三角;珠江三角洲
place|Greater Bay Area|大湾区;粤港澳大湾区
place|Pacific Ocean|太平洋
place|Indian Ocean|印度洋;インド洋
place|South America|南美;南美洲;南米
place|Africa|非洲;アフリカ
place|North America|北美;北米
place|Latin America|拉丁美洲;拉美;中南米
place|Middle East|中东;中東
place|Southeast Asia|东南亚;東南アジア
place|Silicon Valley|硅谷;シリコンバレー
place|Wall Street|华尔街;ウォール街
place|Beijing|Peking;北京
place|Shanghai|上海
place|Shenzhen|深圳
place|Guangzhou|Canton;广州
place|Hangzhou|杭州
place|Chengdu|成都
place|Chongqing|重庆
place|Wuhan|武汉
place|Tianjin|天津
place|Nanjing|南京
place|Xi'an|西安
place|Suzhou|苏州
place|Xiamen|厦门
place|Qingdao|青岛
place|Dalian|大连
place|Shenyang|沈阳
place|Harbin|哈尔滨
place|Changsha|长沙
place|Zhengzhou|郑州
place|Kunming|昆明
place|Lhasa|拉萨
place|Urumqi|乌鲁木齐
place|Taipei|台北;臺北
place|Kaohsiung|高雄
place|Guangdong|广东
place|Zhejiang|浙江
place|Jiangsu|江苏
place|Fujian|福建
place|Shandong|山东
place|Sichuan|四川
place|Hubei|湖北
place|Hunan|湖南
place|Henan|河南
place|Hebei|河北
place|Yunnan|云南
place|Guangxi|广西
place|Xinjiang|新疆
place|Tibet|西藏;チベット
place|Inner Mongolia|内蒙古
place|Hainan|海南
place|Tokyo|东京;東京
place|Osaka|大阪
place|Kyoto|京都
place|Yokohama|横浜;横滨
place|Nagoya|名古屋
place|Sapporo|札幌
place|Fukuoka|福冈;福岡
place|Kobe|神户;神戸
place|Hiroshima|广岛;広島
place|Nagasaki|长崎;長崎
place|Okinawa|冲绳;沖縄
place|Hokkaido|北海道
place|Fukushima|福岛;福島
place|Seoul|首尔;ソウル
place|Pyongyang|平壤;平壌
place|New York|New York City;NYC;纽约;ニューヨーク
place|Washington|Washington D.C.;Washington, D.C.;华盛顿;ワシントン
place|Los Angeles|洛杉矶;ロサンゼルス
place|San Francisco|旧金山;サンフランシスコ
place|Chicago|芝加哥;シカゴ
place|Boston|波士顿;ボストン
place|Seattle|西雅图;シアトル
place|California|加州;加利福尼亚;カリフォルニア
place|Texas|德州;得克萨斯;テキサス
place|Florida|佛罗里达;フロリダ
place|Alabama|
place|Alaska|阿拉斯加;アラスカ
place|Arkansas|
place|Colorado|
place|Connecticut|
place|Delaware|
place|Hawaii|夏威夷;ハワイ
place|Idaho|
place|Illinois|伊利诺伊
place|Indiana|
place|Iowa|
place|Kansas|
place|Kentucky|
place|Louisiana|
place|Maine|
place|Maryland|
place|Massachusetts|马萨诸塞
place|Michigan|密歇根
place|Minnesota|
place|Mississippi|
place|Missouri|
place|Montana|
place|Nebraska|
place|Nevada|内华达
place|New Hampshire|
place|New Jersey|新泽西
place|New Mexico|
place|North Carolina|
place|North Dakota|
place|Ohio|俄亥俄
place|Oklahoma|
place|Oregon|
place|Pennsylvania|宾夕法尼亚
place|Rhode Island|
place|South Carolina|
place|South Dakota|
place|Tennessee|
place|Utah|
place|Vermont|
place|Virginia|弗吉尼亚
place|West Virginia|
place|Wisconsin|
place|Wyoming|
place|Washington State|
place|London|伦敦;ロンドン
place|Paris|巴黎;パリ
place|Berlin|柏林;ベルリン
place|Brussels|布鲁塞尔;ブリュッセル
place|Geneva|日内瓦;ジュネーブ
place|Moscow|莫斯科;モスクワ
place|Kyiv|Kiev;基辅;キーウ
place|Rome|罗马;ローマ
place|Madrid|马德里;マドリード
place|Amsterdam|阿姆斯特丹;アムステルダム
place|Frankfurt|法兰克福;フランクフルト
place|Zurich|苏黎世;チューリッヒ
place|Dubai|迪拜;ドバイ
place|Mumbai|Bombay;孟买;ムンバイ
place|New Delhi|Delhi;新德里;ニューデリー
place|Bangalore|Bengaluru;班加罗尔
place|Bangkok|曼谷;バンコク
place|Jakarta|雅加达;ジャカルタ
place|Hanoi|河内;ハノイ
place|Manila|马尼拉;マニラ
place|Sydney|悉尼;シドニー
place|Melbourne|墨尔本;メルボルン
place|Toronto|多伦多;トロント
place|Vancouver|温哥华;バンクーバー
place|Ottawa|渥太华;オタワ
place|Tehran|德黑兰;テヘラン
place|Jerusalem|耶路撒冷;エルサレム
place|Gaza|加沙;ガザ
place|Cairo|开罗;カイロ
place|Istanbul|伊斯坦布尔;イスタンブール
place|Sao Paulo|São Paulo;圣保罗;サンパウロ
place|Hungary|匈牙利;ハンガリー
place|Czech Republic|Czechia;捷克;チェコ
place|Romania|罗马尼亚;ルーマニア
place|Bulgaria|保加利亚;ブルガリア
place|Serbia|塞尔维亚;セルビア
place|Croatia|克罗地亚;クロアチア
place|Slovakia|斯洛伐克;スロバキア
place|Lithuania|立陶宛;リトアニア
place|Latvia|拉脱维亚;ラトビア
place|Estonia|爱沙尼亚;エストニア
place|Belarus|白俄罗斯;ベラルーシ
place|Iceland|冰岛;アイスランド
place|Luxembourg|卢森堡;ルクセンブルク
place|Morocco|摩洛哥;モロッコ
place|Algeria|阿尔及利亚;アルジェリア
place|Tunisia|突尼斯;チュニジア
place|Libya|利比亚;リビア
place|Sudan|苏丹;スーダン
place|Ghana|加纳;ガーナ
place|Tanzania|坦桑尼亚;タンザニア
place|Uganda|乌干达;ウガンダ
place|Angola|安哥拉;アンゴラ
place|Zimbabwe|津巴布韦;ジンバブエ
place|Sri Lanka|斯里兰卡;スリランカ
place|Nepal|尼泊尔;ネパール
place|Laos|老挝;ラオス
place|Brunei|文莱;ブルネイ
place|Jordan|约旦;ヨルダン
place|Lebanon|黎巴嫩;レバノン
place|Kuwait|科威特;クウェート
place|Oman|阿曼;オマーン
place|Bahrain|巴林;バーレーン
place|Yemen|也门;イエメン
place|Uzbekistan|乌兹别克斯坦;ウズベキスタン
place|Ecuador|厄瓜多尔;エクアドル
place|Bolivia|玻利维亚;ボリビア
place|Paraguay|巴拉圭;パラグアイ
place|Uruguay|乌拉圭;ウルグアイ
place|Arizona|亚利桑那;アリゾナ
place|Kumamoto|熊本
place|Yorkshire|West Yorkshire;North Yorkshire;South Yorkshire
org|S&P 500|S&P;标普500
org|FTSE 100|FTSE
org|Dow Jones Industrial Average|Dow Jones;Dow;道琼斯
org|Nikkei 225|日经225;日経平均
org|Shanghai Composite Index|上证指数;上证综指;沪指
org|Shenzhen Component Index|深证成指;深成指
org|ChiNext Index|创业板指
org|Hang Seng Index|恒生指数;恒生指數;恒指
org|TSMC|台灣積體電路製造;台灣積體電路製造公司;台湾积体电路制造;台积电公司
org|Executive Yuan|行政院
org|Legislative Yuan|立法院
org|Legislative Council|LegCo;立法会
org|Ministry of Economic Affairs|经济部;經濟部
org|Ministry of Economy, Trade and Industry|METI;経済産業省;经济产业省
org|Bosch|博世;ボッシュ
org|Infineon|英飞凌;インフィニオン
org|NXP|恩智浦
org|Siemens|西门子;シーメンス
org|Volkswagen|大众汽车;フォルクスワーゲン;VW
org|BMW|宝马
org|Mercedes-Benz|梅赛德斯-奔驰;奔驰;メルセデス・ベンツ
org|Walt Disney|Disney;Walt Disney Co.;The Walt Disney Company;迪士尼;ディズニー
org|Warner Bros. Discovery|Warner Bros.
org|Comcast|康卡斯特
org|Paramount|派拉蒙
org|BNP Paribas|法国巴黎银行
org|Deutsche Bank|德意志银行;ドイツ銀行
org|UBS|瑞银
org|Credit Suisse|瑞信
org|Barclays|巴克莱
org|Nomura|Nomura Holdings;野村;野村证券;野村證券;野村ホールディングス
org|Mizuho|Mizuho Financial Group;瑞穗;みずほ;みずほフィナンシャルグループ;みずほ銀行
org|MUFG|Mitsubishi UFJ Financial Group;三菱UFJ;三菱UFJ銀行;三菱日联
org|Nippon Steel|日本製鉄;日本制铁
org|U.S. Steel|United States Steel;USスチール;美国钢铁
org|Arm|Arm Holdings;ARM;アーム
org|Walmart|沃尔玛;ウォルマート
org|Costco|好市多;开市客;コストコ
org|Starbucks|星巴克;スターバックス
org|McDonald's|麦当劳;マクドナルド
org|Coca-Cola|可口可乐;コカ・コーラ
org|PepsiCo|Pepsi;百事
org|Nike|耐克;ナイキ
org|Adidas|阿迪达斯;アディダス
org|Boeing|波音;ボーイング
org|Airbus|空客;空中客车;エアバス
org|ExxonMobil|Exxon;埃克森美孚
org|Chevron|雪佛龙
org|Shell|壳牌;シェル
org|BP|英国石油
org|Saudi Aramco|Aramco;沙特阿美
org|Pfizer|辉瑞;ファイザー
org|Moderna|莫德纳;モデルナ
org|Johnson & Johnson|强生
org|AstraZeneca|阿斯利康
org|Novartis|诺华
org|Roche|罗氏
org|Unilever|联合利华
org|Nestle|Nestlé;雀巢;ネスレ
org|LVMH|路威酩轩
org|Hermes|Hermès;爱马仕
org|Ford|Ford Motor;福特;フォード
org|General Motors|GM;通用汽车
org|Stellantis|斯特兰蒂斯
org|Hyundai|现代汽车;ヒュンダイ;현대
org|Kia|起亚
org|Geely|吉利;吉利汽车
org|Great Wall Motor|长城汽车
org|XPeng|Xpeng;小鹏;小鹏汽车
org|Li Auto|理想汽车
org|SAIC Motor|上汽;上汽集团
org|Haier|海尔
org|Midea|美的
org|Gree|格力
org|Kweichow Moutai|Moutai;贵州茅台;茅台
org|Ping An|Ping An Insurance;中国平安;平安保险
org|China Merchants Bank|招商银行;招行
org|Bank of Communications|交通银行
org|Postal Savings Bank of China|中国邮政储蓄银行;邮储银行
org|CITIC|中信;中信集团
org|Sinochem|中化
org|COSCO|中远海运;中国远洋
org|China Southern Airlines|南方航空;南航
org|Air China|中国国航;国航
org|China Eastern Airlines|东方航空;东航
org|Cathay Pacific|国泰航空
org|Japan Airlines|JAL;日本航空
org|All Nippon Airways|ANA;全日空
org|Fast Retailing|ファーストリテイリング;迅销
org|Keyence|キーエンス
org|Tokyo Electron|東京エレクトロン
org|Fujitsu|富士通
org|NEC|日本電気
org|NTT|日本電信電話;NTTドコモ
org|KDDI|
org|Seven & i|セブン&アイ;セブン＆アイ・ホールディングス
org|Mercari|メルカリ
org|Denso|デンソー
org|Subaru|スバル
org|Mazda|マツダ
org|Suzuki Motor|スズキ
org|Kioxia|キオクシア
org|Rapidus|ラピダス
place|Dresden|德累斯顿;德勒斯登;ドレスデン
place|Munich|慕尼黑;ミュンヘン
place|Hamburg|汉堡;ハンブルク
place|Milan|米兰;ミラノ
place|Barcelona|巴塞罗那;バルセロナ
place|Stockholm|斯德哥尔摩;ストックホルム
place|Vienna|维也纳;ウィーン
place|Warsaw|华沙;ワルシャワ
place|Prague|布拉格;プラハ
place|Budapest|布达佩斯;ブダペスト
place|Athens|雅典;アテネ
place|Lisbon|里斯本;リスボン
place|Dublin|都柏林;ダブリン
place|Edinburgh|爱丁堡;エディンバラ
place|Manchester|曼彻斯特;マンチェスター
place|Riyadh|利雅得;リヤド
place|Abu Dhabi|阿布扎比;アブダビ
place|Doha|多哈;ドーハ
place|Ankara|安卡拉;アンカラ
place|Kabul|喀布尔;カブール
place|Islamabad|伊斯兰堡;イスラマバード
place|Karachi|卡拉奇;カラチ
place|Dhaka|达卡;ダッカ
place|Kolkata|Calcutta;加尔各答;コルカタ
place|Chennai|Madras;金奈;チェンナイ
place|Hyderabad|海得拉巴
place|Ho Chi Minh City|Saigon;胡志明市;ホーチミン
place|Kuala Lumpur|吉隆坡;クアラルンプール
place|Phnom Penh|金边;プノンペン
place|Yangon|仰光;ヤンゴン
place|Ulaanbaatar|乌兰巴托;ウランバートル
place|Vladivostok|符拉迪沃斯托克;海参崴;ウラジオストク
place|Nairobi|内罗毕;ナイロビ
place|Lagos|拉各斯;ラゴス
place|Johannesburg|约翰内斯堡;ヨハネスブルク
place|Buenos Aires|布宜诺斯艾利斯;ブエノスアイレス
place|Rio de Janeiro|Rio;里约热内卢;里约;リオデジャネイロ
place|Mexico City|墨西哥城;メキシコシティ
place|Santiago|圣地亚哥;サンティアゴ
place|Havana|哈瓦那;ハバナ
place|Honolulu|火奴鲁鲁;檀香山;ホノルル
place|Las Vegas|拉斯维加斯;ラスベガス
place|Miami|迈阿密;マイアミ
place|Atlanta|亚特兰大;アトランタ
place|Detroit|底特律;デトロイト
place|Philadelphia|费城;フィラデルフィア
place|Dallas|达拉斯;ダラス
place|Houston|休斯敦;ヒューストン
place|Austin|奥斯汀
place|Denver|丹佛;デンバー
place|Phoenix|凤凰城;フェニックス
place|San Diego|圣迭戈;サンディエゴ
place|San Jose|圣何塞;サンノゼ
place|Portland|波特兰;ポートランド
place|Montreal|蒙特利尔;モントリオール
place|Nanning|南宁
place|Hefei|合肥
place|Jinan|济南
place|Fuzhou|福州
place|Nanchang|南昌
place|Taiyuan|太原
place|Shijiazhuang|石家庄
place|Lanzhou|兰州
place|Guiyang|贵阳
place|Hohhot|呼和浩特
place|Yinchuan|银川
place|Xining|西宁
place|Haikou|海口
place|Sanya|三亚
place|Zhuhai|珠海
place|Dongguan|东莞
place|Foshan|佛山
place|Ningbo|宁波
place|Wuxi|无锡
place|Changchun|长春
place|Jilin|吉林
place|Heilongjiang|黑龙江
place|Liaoning|辽宁
place|Shanxi|山西
place|Shaanxi|陕西
place|Gansu|甘肃
place|Qinghai|青海
place|Ningxia|宁夏
place|Guizhou|贵州
place|Jiangxi|江西
place|Anhui|安徽
place|Sendai|仙台
place|Hiroshima Prefecture|広島県
place|Aichi|愛知;愛知県
place|Kanagawa|神奈川;神奈川県
place|Saitama|埼玉;埼玉県
place|Chiba|千葉県
place|Hyogo|兵庫;兵庫県
place|Shizuoka|静岡;静岡県
place|Niigata|新潟;新潟県
place|Nara|奈良;奈良県
place|Kumamoto Prefecture|熊本県
place|Kagoshima|鹿児島;鹿児島県
place|Nagano|長野;長野県
place|Ishikawa|石川県
place|Noto Peninsula|能登;能登半島
org|International Olympic Committee|IOC;国际奥委会;國際奧委會;国際オリンピック委員会
org|Los Angeles Dodgers|Dodgers;道奇;ドジャース
org|New York Yankees|Yankees;洋基;ヤンキース
place|Lausanne|洛桑;ローザンヌ
place|Brisbane|布里斯班;ブリスベン
place|Perth|珀斯;パース
place|Auckland|奥克兰;オークランド
org|Ministry of National Defense|国防部;國防部
org|Ministry of Science and Technology|科技部;科學技術部;科学技术部
org|Ministry of Human Resources and Social Security|人力资源和社会保障部;人社部
org|Ministry of Natural Resources|自然资源部
org|Ministry of Ecology and Environment|生态环境部
org|Ministry of Housing and Urban-Rural Development|住房和城乡建设部;住建部
org|Ministry of Transport|交通运输部
org|Ministry of Agriculture and Rural Affairs|农业农村部
org|Ministry of Water Resources|水利部
org|Ministry of Culture and Tourism|文化和旅游部;文旅部
org|Ministry of Civil Affairs|民政部
org|Ministry of Emergency Management|应急管理部
org|Ministry of State Security|国家安全部
org|National Audit Office|审计署
org|General Administration of Customs|海关总署
org|State Taxation Administration|国家税务总局
org|National Financial Regulatory Administration|国家金融监督管理总局;金融监管总局;银保监会;中国银保监会
org|State Administration of Foreign Exchange|SAFE;国家外汇管理局;外汇局
org|State-owned Assets Supervision and Administration Commission|SASAC;国资委;国务院国资委
org|National Bureau of Statistics|NBS;国家统计局;國家統計局
org|National Healthcare Security Administration|国家医保局;医保局
org|Chinese People's Political Consultative Conference|CPPCC;全国政协;政协
org|Standing Committee of the National People's Congress|全国人大常委会
org|Supreme People's Court|最高人民法院;最高法
org|Supreme People's Procuratorate|最高人民检察院;最高检
org|Central Military Commission|中央军委;中央军事委员会
org|Hong Kong Monetary Authority|HKMA;香港金融管理局;金管局
org|Ministry of Health, Labour and Welfare|厚生労働省;厚生劳动省
org|Ministry of Internal Affairs and Communications|総務省
org|Ministry of Education, Culture, Sports, Science and Technology|文部科学省
org|Ministry of Land, Infrastructure, Transport and Tourism|国土交通省
org|Ministry of Defense (Japan)|防衛省
org|Cabinet Office (Japan)|内閣府
org|Financial Services Agency|FSA;金融庁;日本金融厅
org|Digital Agency|デジタル庁
org|Government Pension Investment Fund|GPIF;年金積立金管理運用独立行政法人
org|Keidanren|経団連;日本经团联
org|Japan Exchange Group|JPX;日本取引所グループ
org|Arsenal|阿森纳;アーセナル
org|Chelsea|切尔西;チェルシー
org|Liverpool FC|Liverpool F.C.;利物浦足球俱乐部
org|Manchester City|Man City;曼城;マンチェスター・シティ
org|Manchester United|Man United;Man Utd;曼联;マンチェスター・ユナイテッド
org|Tottenham Hotspur|Tottenham;热刺;トッテナム
org|Newcastle United|纽卡斯尔联
org|Aston Villa|阿斯顿维拉
org|Everton|埃弗顿
org|West Ham United|West Ham;西汉姆联
org|Brighton & Hove Albion|布莱顿
org|Real Madrid|皇家马德里;皇马;レアル・マドリード
org|Barcelona FC|FC Barcelona;Barca;Barça;巴塞罗那足球俱乐部;巴萨
org|Atletico Madrid|Atlético Madrid;马德里竞技
org|Bayern Munich|Bayern;拜仁;拜仁慕尼黑;バイエルン
org|Borussia Dortmund|多特蒙德足球俱乐部
org|Juventus|尤文图斯;ユベントス
org|AC Milan|AC米兰
org|Inter Milan|国际米兰
org|Paris Saint-Germain|PSG;巴黎圣日耳曼
org|Premier League|英超;プレミアリーグ
org|La Liga|西甲
org|Bundesliga|德甲
org|Serie A|意甲
org|Champions League|欧冠;UEFA Champions League
org|FIFA|国际足联;国際サッカー連盟
org|UEFA|欧足联
org|NBA|美国职业篮球联赛
org|NFL|
org|MLB|美国职业棒球大联盟
org|Los Angeles Lakers|Lakers;湖人;レイカーズ
org|Golden State Warriors|
org|Boston Celtics|Celtics
org|New York Knicks|Knicks
org|Chicago Bulls|
org|Dallas Cowboys|
org|Kansas City Chiefs|
org|New England Patriots|
org|Boston Red Sox|Red Sox;红袜
org|Chicago Cubs|
org|New York Mets|Mets;大都会;メッツ
org|San Francisco Giants|
org|Yomiuri Giants|読売ジャイアンツ
org|Hanshin Tigers|阪神タイガース
org|Bundestag|德国联邦议院;連邦議会
org|Kremlin|克里姆林宫;クレムリン
org|Downing Street|唐宁街
org|Elysee|Élysée;Elysee Palace;爱丽舍宫
org|Knesset|以色列议会
org|Duma|State Duma;国家杜马
org|Hamas|哈马斯;ハマス
org|Hezbollah|真主党;ヒズボラ
org|Taliban|塔利班;タリバン
org|Greenpeace|绿色和平
org|Red Cross|International Committee of the Red Cross;ICRC;红十字会;赤十字
org|Amnesty International|国际特赦组织
org|Human Rights Watch|人权观察
org|OPEC|石油输出国组织;欧佩克
org|BRICS|金砖国家
org|African Union|非洲联盟;非盟
org|Interpol|国际刑警组织
org|NASA|National Aeronautics and Space Administration;美国国家航空航天局;美国宇航局;NASA（アメリカ航空宇宙局）
org|Federal Aviation Administration|FAA;美国联邦航空管理局
org|Food and Drug Administration|FDA;美国食品药品监督管理局
org|Centers for Disease Control and Prevention|CDC;美国疾控中心
org|National Institutes of Health|NIH
org|Environmental Protection Agency|EPA
org|Internal Revenue Service|IRS
org|National Health Service|NHS
org|NBC|NBC News
org|CBS|CBS News
org|NPR|National Public Radio
org|Agence France-Presse|AFP;法新社
org|International Atomic Energy Agency|IAEA;国际原子能机构
org|OECD|Organisation for Economic Co-operation and Development;经合组织;経済協力開発機構
org|UNICEF|联合国儿童基金会
org|UNESCO|联合国教科文组织;ユネスコ
org|UNHCR|联合国难民署
org|International Criminal Court|ICC;国际刑事法院
org|International Court of Justice|ICJ;国际法院
org|International Energy Agency|IEA;国际能源署
org|Asian Development Bank|ADB;亚洲开发银行
org|Asian Infrastructure Investment Bank|AIIB;亚投行
org|National Security Agency|NSA
org|Department of Homeland Security|DHS
org|Transportation Security Administration|TSA
org|National Transportation Safety Board|NTSB
org|Federal Emergency Management Agency|FEMA
org|Department of Defense|DOD;DoD;Pentagon
org|Department of Energy|DOE
org|NHL|
org|Kuomintang|KMT;国民党;國民黨
org|Democratic Progressive Party|DPP;民进党;民進黨
org|Christian Democratic Union|CDU
org|Social Democratic Party|SPD
org|Bharatiya Janata Party|BJP
org|African National Congress|ANC
org|Hewlett-Packard|HP;惠普
org|General Electric|GE;通用电气
org|AT&T|
org|Verizon|威瑞森
org|Tencent|Tencent Holdings;腾讯;腾讯控股;テンセント
org|WeChat|Weixin;微信;ウィーチャット
org|QQ|腾讯QQ
org|Alibaba|Alibaba Group;阿里巴巴;阿里巴巴集团;アリババ
org|Ant Group|Ant Financial;蚂蚁集团;蚂蚁金服;アント・グループ
org|Alipay|支付宝
org|Taobao|淘宝
org|Tmall|天猫
org|Baidu|百度;バイドゥ
org|ByteDance|字节跳动;バイトダンス
org|TikTok|抖音;ティックトック;Douyin
org|Didi|Didi Chuxing;Didi Global;滴滴;滴滴出行;滴滴全球;ディディ
org|Meituan|美团
org|JD.com|JD;京东;京東
org|Pinduoduo|PDD;拼多多
org|Xiaomi|小米;シャオミ
org|Huawei|华为;ファーウェイ
org|ZTE|中兴;中兴通讯
org|Lenovo|联想;レノボ
org|BYD|比亚迪
org|NIO|蔚来
org|Kuaishou|快手
org|Bilibili|哔哩哔哩;B站
org|NetEase|网易
org|Weibo|Sina Weibo;微博;新浪微博
org|Sina|新浪
org|Sohu|搜狐
org|iQiyi|爱奇艺
org|SMIC|中芯国际
org|CATL|宁德时代
org|DJI|大疆
org|Ctrip|Trip.com;携程
org|Full Truck Alliance|满帮
org|Kanzhun|Boss Zhipin;BOSS直聘
org|Yunmanman|运满满
org|Huolala|货拉拉
org|SenseTime|商汤;商汤科技
org|China Mobile|中国移动
org|China Unicom|中国联通
org|China Telecom|中国电信
org|Sinopec|中国石化
org|PetroChina|中国石油
org|CNOOC|中海油
org|State Grid|国家电网
org|Evergrande|China Evergrande;恒大;中国恒大
org|Country Garden|碧桂园
org|Industrial and Commercial Bank of China|ICBC;中国工商银行;工商银行
org|Bank of China|中国银行
org|China Construction Bank|CCB;中国建设银行;建设银行
org|Agricultural Bank of China|中国农业银行;农业银行
org|People's Bank of China|PBOC;PBoC;中国人民银行;人民银行
org|China Securities Regulatory Commission|CSRC;中国证监会;证监会;中国证券监督管理委员会
org|Cyberspace Administration of China|CAC;国家互联网信息办公室;国家网信办;网信办;中国国家互联网信息办公室
org|State Administration for Market Regulation|SAMR;国家市场监督管理总局;市场监管总局
org|Ministry of Industry and Information Technology|MIIT;工业和信息化部;工信部
org|Ministry of Commerce|MOFCOM;商务部
org|Ministry of Foreign Affairs|Foreign Ministry;外交部;外務省
org|Ministry of Finance|Finance Ministry;财政部;財務省
org|Ministry of Public Security|公安部
org|Ministry of Education|教育部
org|National Development and Reform Commission|NDRC;国家发展和改革委员会;国家发改委;发改委
org|National Health Commission|国家卫生健康委员会;国家卫健委;卫健委
org|State Council|国务院
org|Communist Party of China|Chinese Communist Party;CCP;CPC;Communist Party;中国共产党;中共;共产党
org|National People's Congress|NPC;全国人民代表大会;全国人大
org|People's Liberation Army|PLA;中国人民解放军;解放军
org|Xinhua|Xinhua News Agency;新华社;新華社
org|People's Daily|人民日报
org|Global Times|环球时报
org|CCTV|China Central Television;中央电视台;央视
org|South China Morning Post|SCMP;南华早报
org|Caixin|财新
org|Shanghai Stock Exchange|上海证券交易所;上交所;上海証券取引所
org|Shenzhen Stock Exchange|深圳证券交易所;深交所
org|Hong Kong Stock Exchange|HKEX;Hong Kong Exchanges and Clearing;香港交易所;港交所;香港联合交易所
org|New York Stock Exchange|NYSE;纽约证券交易所;纽交所;ニューヨーク証券取引所
org|Nasdaq|NASDAQ;Nasdaq Composite;纳斯达克;ナスダック
org|Tokyo Stock Exchange|TSE;东京证券交易所;東京証券取引所
org|London Stock Exchange|LSE;伦敦证券交易所
org|Apple|Apple Inc.;苹果公司;アップル
org|Google|谷歌;グーグル
org|Alphabet|Alphabet Inc.
org|Microsoft|微软;マイクロソフト
org|Amazon|亚马逊;アマゾン
org|Meta|Meta Platforms
org|Facebook|脸书;脸谱;フェイスブック
org|Instagram|インスタグラム
org|WhatsApp|
org|Twitter|推特;ツイッター
org|X Corp|
org|YouTube|ユーチューブ
org|Netflix|奈飞;ネットフリックス
org|Tesla|特斯拉;テスラ
org|SpaceX|
org|OpenAI|
org|Nvidia|NVIDIA;英伟达;エヌビディア
org|Intel|英特尔;インテル
org|AMD|超威
org|Qualcomm|高通;クアルコム
org|IBM|
org|Oracle|
org|Samsung|Samsung Electronics;三星;サムスン;三星电子
org|LG|
org|SK Hynix|
org|TSMC|Taiwan Semiconductor Manufacturing Company;台积电;台積電;台湾積体電路製造
org|Foxconn|Hon Hai;富士康;鸿海;鴻海;鸿海集团;鴻海集團
org|Sony|索尼;ソニー
org|Toyota|Toyota Motor;丰田;トヨタ;トヨタ自動車
org|Honda|本田;ホンダ
org|Nissan|日産;日産自動車
org|Panasonic|松下;パナソニック
org|Nintendo|任天堂
org|Capcom|カプコン;卡普空
org|Square Enix|スクウェア・エニックス
org|Bandai Namco|バンダイナムコ
org|Konami|コナミ
org|SoftBank|SoftBank Group;软银;ソフトバンク;ソフトバンクグループ
org|Rakuten|
org|Hitachi|日立
org|Toshiba|东芝;東芝
org|Mitsubishi|三菱
org|Uniqlo|优衣库;ユニクロ
org|Uber|优步;ウーバー
org|Lyft|
org|Airbnb|爱彼迎
org|PayPal|
org|Visa|
org|Mastercard|
org|Goldman Sachs|高盛;ゴールドマン・サックス
org|Morgan Stanley|摩根士丹利;モルガン・スタンレー
org|JPMorgan|JPMorgan Chase;J.P. Morgan;摩根大通
org|Citigroup|Citi;花旗
org|Bank of America|美国银行;美國銀行
org|HSBC|汇丰;汇丰银行
org|BlackRock|贝莱德
org|Berkshire Hathaway|伯克希尔
org|Bloomberg|彭博;彭博社;ブルームバーグ
org|Reuters|路透;路透社;ロイター
org|Associated Press|AP;美联社
org|CNN|
org|BBC|英国广播公司
org|The New York Times|New York Times;纽约时报
org|The Wall Street Journal|Wall Street Journal;WSJ;华尔街日报
org|Financial Times|FT;金融时报
org|Nikkei|日经;日本経済新聞;日経
org|NHK|
org|Kyodo News|Kyodo;共同社;共同通信
org|Securities and Exchange Commission|SEC;U.S. Securities and Exchange Commission;美国证券交易委员会;美国证交会
org|Securities and Exchange Commission|证交会;米証券取引委員会
org|Federal Reserve|Fed;美联储;美國聯準會;聯準會;美国联邦储备委员会;联邦储备委员会;連邦準備制度理事会;FRB
org|European Central Bank|ECB;欧洲央行
org|Bank of Japan|BOJ;BoJ;日本银行;日本銀行;日銀
org|Bank of England|BoE;英格兰银行
org|International Monetary Fund|IMF;国际货币基金组织;国際通貨基金
org|World Bank|世界银行;世界銀行
org|World Trade Organization|WTO;世界贸易组织;世贸组织;世界貿易機関
org|World Health Organization|WHO;世界卫生组织;世卫组织;世界保健機関
org|United Nations|UN;U.N.;联合国;国連;国際連合
org|European Union|EU;E.U.;欧盟;欧州連合
org|European Commission|欧盟委员会;欧州委員会
org|NATO|北约;北大西洋公約機構
org|ASEAN|东盟;東南アジア諸国連合
org|G7|七国集团
org|G20|二十国集团
org|White House|白宫;ホワイトハウス
org|Congress|U.S. Congress;美国国会
org|Senate|U.S. Senate;参议院
org|House of Representatives|众议院
org|Pentagon|五角大楼;国防総省
org|Department of Justice|Justice Department;DOJ;司法部
org|Department of Commerce|Commerce Department;美国商务部
org|Treasury Department|U.S. Treasury;美国财政部
org|State Department|U.S. State Department;美国国务院
org|Federal Trade Commission|FTC;联邦贸易委员会
org|Federal Communications Commission|FCC;联邦通信委员会
org|FBI|Federal Bureau of Investigation;联邦调查局
org|CIA|Central Intelligence Agency;中央情报局
org|Supreme Court|最高法院;最高裁
org|Harvard University|Harvard;哈佛;哈佛大学;ハーバード大学
org|Stanford University|Stanford;斯坦福;斯坦福大学
org|MIT|Massachusetts Institute of Technology;麻省理工;麻省理工学院
org|Tsinghua University|Tsinghua;清华;清华大学
org|Peking University|北京大学;北大
org|University of Tokyo|東京大学;东京大学;東大
org|Chinese Academy of Sciences|中国科学院;中科院
org|Liberal Democratic Party|LDP;自民党;自由民主党
org|Democratic Party|民主党
org|Republican Party|GOP;共和党
org|Counterpoint Research|Counterpoint
org|Gartner|
org|IDC|
org|Moody's|穆迪
org|Fitch|Fitch Ratings;惠誉
org|Standard & Poor's|标普
person|Joe Biden|Biden;拜登;バイデン;约瑟夫·拜登
person|Donald Trump|Trump;特朗普;川普;トランプ;唐纳德·特朗普
person|Barack Obama|Obama;奥巴马;オバマ
person|Kamala Harris|哈里斯;ハリス
person|Xi Jinping|Xi;习近平;習近平;习主席
person|Li Keqiang|李克强
person|Li Qiang|李强
person|Wang Yi|王毅
person|Hu Jintao|胡锦涛
person|Mao Zedong|毛泽东
person|Deng Xiaoping|邓小平
person|Vladimir Putin|Putin;普京;プーチン
person|Volodymyr Zelensky|Zelensky;Zelenskiy;泽连斯基;ゼレンスキー
person|Fumio Kishida|Kishida;岸田文雄;岸田
person|Shinzo Abe|安倍晋三;安倍
person|Yoshihide Suga|Suga;菅义伟;菅義偉
person|Shigeru Ishiba|Ishiba;石破茂;石破
person|Sanae Takaichi|Takaichi;高市早苗
person|Emmanuel Macron|Macron;马克龙;マクロン
person|Angela Merkel|Merkel;默克尔;メルケル
person|Olaf Scholz|Scholz;朔尔茨;ショルツ
person|Boris Johnson|约翰逊
person|Rishi Sunak|Sunak;苏纳克
person|Keir Starmer|Starmer;斯塔默
person|Narendra Modi|Modi;莫迪;モディ
person|Yoon Suk-yeol|Yoon Suk Yeol;尹锡悦;尹錫悦
person|Kim Jong Un|Kim Jong-un;金正恩
person|Tsai Ing-wen|蔡英文
person|Lai Ching-te|赖清德
person|John Lee|李家超
person|Carrie Lam|林郑月娥
person|Jerome Powell|Powell;鲍威尔;パウエル
person|Janet Yellen|Yellen;耶伦;イエレン
person|Antony Blinken|Blinken;布林肯;ブリンケン
person|Elon Musk|Musk;马斯克;イーロン・マスク
person|Jeff Bezos|Bezos;贝索斯;ベゾス
person|Mark Zuckerberg|Zuckerberg;扎克伯格;ザッカーバーグ
person|Tim Cook|库克;ティム・クック
person|Sundar Pichai|Pichai;皮查伊
person|Satya Nadella|Nadella;纳德拉
person|Bill Gates|盖茨;ビル・ゲイツ
person|Warren Buffett|Buffett;巴菲特;バフェット
person|Jensen Huang|黄仁勋
person|Sam Altman|Altman;奥尔特曼;阿尔特曼
person|Jack Ma|Ma Yun;马云;馬雲;ジャック・マー
person|Pony Ma|Ma Huateng;马化腾;馬化騰
person|Cheng Wei|程维
person|Jean Liu|
person|Zhang Yiming|张一鸣
person|Robin Li|Li Yanhong;李彦宏
person|Lei Jun|雷军
person|Ren Zhengfei|任正非
person|Richard Liu|Liu Qiangdong;刘强东
person|Colin Huang|Huang Zheng;黄峥
person|Wang Xing|王兴
person|Masayoshi Son|孙正义;孫正義
person|Tadashi Yanai|柳井正
person|Akio Toyoda|丰田章男;豊田章男
"""

# Simplified → traditional for the characters the entries above use (pairs "简繁").
_PAIRS = """
数數 综綜 创創 沪滬 处處 厅廳 师師 审審 应應 签簽 结結 终終 当當 变變 细細 干幹 颈頸 顶頂 剧劇 戏戲 饭飯 编編 评評
乱亂 残殘 骗騙 赌賭 责責 称稱 赞讚 吁籲 对對 据據 请請 诉訴 访訪 见見 销銷 隶隸 牵牽 协協 脚腳 该該
万萬 与與 专專 业業 东東 两兩 个個 丰豐 为為 丽麗 义義 乌烏 乐樂 乔喬 习習 书書 买買 于於 云雲
亚亞 产產 亿億 从從 仑崙 价價 众眾 优優 会會 伟偉 传傳 伦倫 储儲 党黨 兰蘭 兴興 兹茲 冈岡 军軍
农農 冯馮 凤鳳 划劃 刘劉 办辦 务務 动動 劳勞 勋勳 区區 华華 卖賣 卢盧 卫衛 厂廠 厦廈 县縣 参參
发發 叙敘 台臺 叶葉 后後 听聽 吴吳 员員 哔嗶 团團 园園 国國 圣聖 场場 壮壯 复復 头頭 奥奧 孙孫
学學 宁寧 宝寶 实實 宫宮 宾賓 导導 尔爾 岁歲 岛島 岭嶺 峥崢 币幣 带帶 帮幫 广廣 庆慶 库庫 开開
张張 强強 录錄 彦彥 总總 恒恆 悦悅 战戰 户戶 扬揚 报報 携攜 无無 时時 术術 机機 权權 来來 杨楊
杰傑 构構 样樣 楼樓 欧歐 汇匯 汉漢 汤湯 泽澤 济濟 涛濤 湾灣 满滿 爱愛 猫貓 环環 电電 监監 盖蓋
矶磯 码碼 硅矽 积積 税稅 约約 级級 纳納 纽紐 线線 组組 织織 经經 络絡 统統 绳繩 维維 缅緬 网網
罗羅 联聯 脑腦 脸臉 腾騰 艺藝 节節 苏蘇 苹蘋 莱萊 营營 萧蕭 萨薩 蒋蔣 虾蝦 蚁蟻 蚂螞 观觀 规規
视視 觉覺 计計 认認 议議 讯訊 许許 论論 设設 证證 识識 话話 语語 说說 读讀 调調 谈談 谢謝 谱譜
贝貝 财財 货貨 购購 贷貸 贸貿 费費 资資 赖賴 赛賽 赵趙 车車 软軟 载載 输輸 边邊 达達 过過 迈邁
运運 还還 这這 进進 远遠 连連 逊遜 邓鄧 邮郵 郑鄭 钟鍾 钢鋼 钱錢 铁鐵 银銀 锡錫 锦錦 长長 门門
问問 间間 闻聞 阳陽 际際 陆陸 陈陳 韦韋 韩韓 顿頓 领領 飞飛 马馬 鲁魯 鲍鮑 鸣鳴 鸿鴻 黄黃 齐齊
龙龍 龚龔 龟龜 ()
"""
_S2T: dict[str, str] = {pair[0]: pair[1] for pair in _PAIRS.split()}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    kind: FactKind
    name: str
    """Canonical English name."""


def to_traditional(text: str) -> str:
    """Traditional spelling of a simplified name, character by character, as far as the table reaches."""
    return "".join(_S2T.get(ch, ch) for ch in text)


def _has_cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


@lru_cache(maxsize=1)
def names() -> dict[str, GazetteerEntry]:
    """Every known surface form (English keys as written, CJK keys also in traditional) → entry."""
    table: dict[str, GazetteerEntry] = {}
    for line in _ENTRIES.strip().splitlines():
        kind_name, canonical, others = line.split("|", 2)
        entry = GazetteerEntry(FactKind(kind_name), canonical)
        forms = [canonical, *(form.strip() for form in others.split(";"))]
        for form in forms:
            if not form:
                continue
            table.setdefault(form, entry)
            if _has_cjk(form):
                table.setdefault(to_traditional(form), entry)
    return table


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common family names, for telling a person's name from other words.
CHINESE_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习柳"
    "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賀顧龔錢嚴湯習"
    "卓洪邱侯孟段贺赖龚庞樊殷施翟颜倪俞葛伍聂邢岳庄辛祝涂祁耿詹苗凌纪靳童甄裴鲍霍翁隋柯阮闵柴冉饶瞿戚滕邬臧褚娄郎"
    "賴龐顏聶莊塗紀鮑饒鄔婁閔"
)
CHINESE_COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "东方", "歐陽", "司馬", "諸葛", "東方"})
JAPANESE_SURNAMES = frozenset(
    {
        "佐藤",
        "鈴木",
        "高橋",
        "田中",
        "伊藤",
        "渡辺",
        "山本",
        "中村",
        "小林",
        "加藤",
        "吉田",
        "山田",
        "佐々木",
        "山口",
        "松本",
        "井上",
        "木村",
        "林",
        "斎藤",
        "清水",
        "山崎",
        "森",
        "池田",
        "橋本",
        "阿部",
        "石川",
        "山下",
        "中島",
        "石井",
        "小川",
        "前田",
        "岡田",
        "長谷川",
        "藤田",
        "後藤",
        "近藤",
        "村上",
        "遠藤",
        "青木",
        "坂本",
        "斉藤",
        "福田",
        "太田",
        "西村",
        "藤井",
        "金子",
        "岡本",
        "藤原",
        "三浦",
        "中野",
        "原田",
        "松田",
        "竹内",
        "小野",
        "田村",
        "中山",
        "和田",
        "石田",
        "上田",
        "森田",
        "柴田",
        "酒井",
        "工藤",
        "横山",
        "宮崎",
        "宮本",
        "内田",
        "高木",
        "安藤",
        "島田",
        "谷口",
        "大野",
        "丸山",
        "今井",
        "河野",
        "藤本",
        "村田",
        "武田",
        "上野",
        "杉山",
        "増田",
        "小山",
        "大塚",
        "平野",
        "菅原",
        "久保",
        "松井",
        "千葉",
        "岩崎",
        "桜井",
        "木下",
        "野口",
        "松尾",
        "菊地",
        "野村",
        "新井",
        "渡部",
        "岸田",
        "安倍",
        "菅",
        "石破",
        "高市",
        "孫",
        "豊田",
        "柳井",
        "三木谷",
        "植田",
        "吉村",
        "小池",
        "大谷",
        "茂木",
        "麻生",
        "二階",
        "松野",
        "萩生田",
        "野田",
        "枝野",
        "玉木",
        "志位",
        "細野",
        "菅野",
        "上川",
        "岩屋",
        "武藤",
        "赤沢",
        "十時",
        "前澤",
        "永守",
        "稲盛",
        "松下",
        "盛田",
        "井深",
        "中川",
        "中田",
        "石原",
        "坂口",
        "杉本",
        "堀",
        "菊池",
        "内藤",
        "安田",
        "松岡",
        "関",
        "古川",
        "高田",
        "北村",
        "西田",
        "原",
        "平田",
        "大西",
        "福島",
        "小松",
        "大橋",
        "浅野",
        "荒木",
        "大久保",
        "片山",
        "市川",
        "本田",
        "久保田",
        "服部",
        "水野",
        "桑原",
        "望月",
        "松村",
        "西川",
        "五十嵐",
        "中西",
        "高野",
        "宮田",
        "横田",
        "大島",
        "小野寺",
        "岡崎",
        "伊東",
        "川口",
        "米田",
        "吉川",
        "土屋",
        "秋山",
        "足立",
        "永井",
        "三上",
        "飯田",
        "宮下",
        "新田",
        "上原",
        "富田",
        "熊谷",
        "小島",
        "岩田",
        "星野",
        "松浦",
        "黒田",
        "田口",
        "森本",
        "川村",
        "竹田",
        "岡",
        "成田",
        "堤",
        "辻",
        "岸",
        "椎名",
        "江口",
        "矢野",
        "奥村",
        "村井",
        "樋口",
        "大川",
        "田島",
        "神田",
        "植村",
        "榊原",
        "白石",
        "宮沢",
        "宮澤",
        "黒川",
        "小泉",
        "鳩山",
        "野中",
        "甘利",
        "谷垣",
        "浜田",
        "中谷",
        "新浪",
        "十倉",
        "芳野",
        "日覚",
        "河合",
        "長嶋",
        "王",
        "張",
        "李",
        "陳",
    }
)
ROMANISED_SURNAMES = _words(
    """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang
    Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lyu Lu Ding Ren Shen Yao Jin
    Fu Zhong Cui Tan Liao Fan Xi Qin Xiong Meng Qiu Bai Yan Hou Long Shi Tao Mao Hao Gong Shao Wan Qian Kong Yin
    Chan Wong Cheung Leung Lau Ng Ho Lam Tsang Chow Kwok Yip Tsai Lai Kuo Chang Hsu Lee Kim Park Choi Jung Kang Cho
    Yoon Jang Lim Moon Shin Kwon Suzuki Tanaka Sato Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida
    Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Saito Yamazaki Ikeda Hashimoto Ishikawa Ogawa
    Okada Fujita Goto Kondo Murakami Endo Aoki Sakamoto Nishimura Fujii Okamoto Miura Nakano Harada Matsuda Takeuchi
    Ono Nakayama Wada Ishida Ueda Morita Kishida Suga Ishiba Takaichi Toyoda Yanai Mikitani Abe Son Nguyen Tran"""
)
