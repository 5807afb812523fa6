"""The 2020 China-Germany High-End Manufacturing Summit as reported (China News Service,
2020-12-15): the project's own transcription of the report's facts.

The eight German companies are fictional: the report names none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from qiao.demo.specs import Text

EVENT_KEY = "summit-2020"
SOURCE = "China News Service (中国新闻网), report of 2020-12-15"
PHOTO_CREDIT = "王刚 摄 (Wang Gang)"

NAME = Text(
    en="2020 China-Germany High-End Manufacturing Summit",
    de="Deutsch-Chinesischer Gipfel für High-End-Fertigung 2020",
    zh="2020中德高端制造峰会",
)
THEME = Text(
    en="High-end manufacturing, smart connection with Germany",
    de="Hochwertige Fertigung – intelligent vernetzt mit Deutschland",
    zh="高端制造 智联德国",
)
CITY = Text(en="Shaoxing, Zhejiang", de="Shaoxing, Zhejiang", zh="浙江绍兴")
DESCRIPTION = Text(
    en=(
        "The third edition of the yearly summit, held on 14 December 2020 in Shaoxing, onsite and "
        "online at the same time: German companies and experts who could not travel joined through "
        "the overseas online connection. Germany is Zhejiang's largest trading partner in Europe, and "
        "at least 600 German companies are established in the province."
    ),
    de=(
        "Die dritte Ausgabe des jährlichen Gipfels fand am 14. Dezember 2020 in Shaoxing statt, vor Ort "
        "und zugleich online: Deutsche Unternehmen und Fachleute, die nicht anreisen konnten, waren über "
        "die Überseeschaltung dabei. Deutschland ist Zhejiangs größter Handelspartner in Europa, und "
        "mindestens 600 deutsche Unternehmen sind in der Provinz ansässig."
    ),
    zh=(
        "第三届年度峰会于2020年12月14日在绍兴举行，线上线下联动：无法到场的德国企业和专家通过海外连线同步参会。"
        "德国是浙江在欧洲最大的贸易伙伴，至少600家德国企业落户浙江。"
    ),
)

# Organisations named in the report: key, kind, country, names (en, de, zh).
ORGANISATIONS: list[tuple[str, str, str, Text]] = [
    (
        "cn-shaoxing-gov",
        "government",
        "CN",
        Text("Shaoxing Municipal People's Government", "Volksregierung der Stadt Shaoxing", "绍兴市人民政府"),
    ),
    (
        "cn-zj-deit",
        "government",
        "CN",
        Text(
            "Zhejiang Provincial Department of Economy and Information Technology",
            "Amt für Wirtschaft und Informationstechnologie der Provinz Zhejiang",
            "浙江省经信厅",
        ),
    ),
    (
        "cn-zj-commerce",
        "government",
        "CN",
        Text("Zhejiang Provincial Department of Commerce", "Handelsamt der Provinz Zhejiang", "浙江省商务厅"),
    ),
    (
        "cn-yuecheng",
        "government",
        "CN",
        Text("Yuecheng District People's Government", "Volksregierung des Bezirks Yuecheng", "越城区人民政府"),
    ),
    (
        "cn-binhai",
        "park",
        "CN",
        Text(
            "Shaoxing Binhai New Area Administrative Committee",
            "Verwaltungskomitee des Neuen Gebiets Binhai, Shaoxing",
            "绍兴滨海新区管委会",
        ),
    ),
    (
        "cn-chinanews-zj",
        "media",
        "CN",
        Text("China News Service, Zhejiang Branch", "China News Service, Zweigstelle Zhejiang", "中国新闻社浙江分社"),
    ),
    (
        "cn-zj-invest",
        "agency",
        "CN",
        Text(
            "Zhejiang International Investment Promotion Center",
            "Internationales Investitionsförderzentrum Zhejiang",
            "浙江省国际投资促进中心",
        ),
    ),
    (
        "cn-sx-deit",
        "government",
        "CN",
        Text(
            "Shaoxing Bureau of Economy and Information Technology",
            "Amt für Wirtschaft und Informationstechnologie Shaoxing",
            "绍兴市经信局",
        ),
    ),
    ("cn-sx-commerce", "government", "CN", Text("Shaoxing Bureau of Commerce", "Handelsamt Shaoxing", "绍兴市商务局")),
    (
        "cn-cndca-zj",
        "association",
        "CN",
        Text(
            "China National Democratic Construction Association, Zhejiang Committee",
            "Chinesische Demokratische Nationale Aufbauvereinigung, Komitee Zhejiang",
            "中国民主建国会浙江省委员会",
        ),
    ),
    ("cn-tju", "university", "CN", Text("Tianjin University", "Universität Tianjin", "天津大学")),
    (
        "cn-tju-me",
        "university",
        "CN",
        Text(
            "School of Mechanical Engineering, Tianjin University",
            "Fakultät für Maschinenbau der Universität Tianjin",
            "天津大学机械工程学院",
        ),
    ),
    ("de-easia", "company", "DE", Text("EASIA GmbH", "EASIA GmbH", "德国EASIA GmbH")),
    (
        "cn-sino-german-park",
        "park",
        "CN",
        Text(
            "Sino-German Science and Education Park",
            "Deutsch-Chinesischer Wissenschafts- und Bildungspark",
            "中德科教园",
        ),
    ),
    (
        "de-wtsh",
        "agency",
        "DE",
        Text(
            "WTSH — Business Development and Technology Transfer Corporation of Schleswig-Holstein",
            "WTSH – Wirtschaftsförderung und Technologietransfer Schleswig-Holstein",
            "德国石荷州经济技术促进中心",
        ),
    ),
]

# Bodies seated in Shaoxing (the city shown for them and used by matching's region wishes).
SHAOXING_BODIES = frozenset({"cn-shaoxing-gov", "cn-yuecheng", "cn-binhai", "cn-sx-deit", "cn-sx-commerce"})

# Organisers by role, in the report's order.
ORGANISER_ROLES: dict[str, list[str]] = {
    "host": ["cn-shaoxing-gov"],
    "supporter": ["cn-zj-deit", "cn-zj-commerce"],
    "organiser": ["cn-yuecheng", "cn-binhai", "cn-chinanews-zj", "cn-zj-invest", "cn-sx-deit", "cn-sx-commerce"],
    "co_organiser": ["cn-cndca-zj", "cn-tju", "de-easia", "cn-sino-german-park", "de-wtsh"],
}


@dataclass(frozen=True)
class SpeakerFact:
    key: str
    name: Text
    position: Text
    title: Text | None = None  # keynote title; None for addresses


ADDRESSES: list[SpeakerFact] = [
    SpeakerFact(
        "ma-weiguang",
        Text("Ma Weiguang", "Ma Weiguang", "马卫光"),
        Text("Party Secretary of Shaoxing", "Parteisekretär der Stadt Shaoxing", "绍兴市委书记"),
    ),
    SpeakerFact(
        "christine-althauser",
        Text("Dr. Christine D. Althauser", "Dr. Christine D. Althauser", "欧珍"),
        Text(
            "Consul General of Germany in Shanghai",
            "Generalkonsulin der Bundesrepublik Deutschland in Shanghai",
            "德国驻上海总领事",
        ),
    ),
    SpeakerFact(
        "wang-min",
        Text("Wang Min", "Wang Min", "王旻"),
        Text(
            "member of the Party committee and deputy editor-in-chief, China News Service",
            "Mitglied des Parteikomitees und stellvertretender Chefredakteur, China News Service",
            "中国新闻社党委委员、副总编辑",
        ),
    ),
    SpeakerFact(
        "du-huahong",
        Text("Du Huahong", "Du Huahong", "杜华红"),
        Text(
            "deputy director, Zhejiang Provincial Department of Economy and Information Technology",
            "Stellvertretender Direktor, Amt für Wirtschaft und Informationstechnologie der Provinz Zhejiang",
            "浙江省经信厅副厅长",
        ),
    ),
    SpeakerFact(
        "wang-jian",
        Text("Wang Jian", "Wang Jian", "王坚"),
        Text(
            "deputy director, Zhejiang Provincial Department of Commerce",
            "Stellvertretender Direktor, Handelsamt der Provinz Zhejiang",
            "浙江省商务厅副厅长",
        ),
    ),
    SpeakerFact(
        "chen-xiaoping",
        Text("Chen Xiaoping", "Chen Xiaoping", "陈小平"),
        Text(
            "vice chair, Zhejiang CPPCC; chair, China National Democratic Construction Association Zhejiang committee",
            "Stellvertretender Vorsitzender der PKKCV Zhejiang; Vorsitzender des Komitees Zhejiang der Demokratischen Nationalen Aufbauvereinigung",
            "浙江省政协副主席、民建浙江省委会主委",
        ),
    ),
    SpeakerFact(
        "li-jiajun",
        Text("Li Jiajun", "Li Jiajun", "李家俊"),
        Text("Party Secretary, Tianjin University", "Parteisekretär der Universität Tianjin", "天津大学党委书记"),
    ),
]

KEYNOTES: list[SpeakerFact] = [
    SpeakerFact(
        "henning-kagermann",
        Text("Henning Kagermann", "Henning Kagermann", "孔翰宁"),
        Text(
            'acatech; "father of Industrie 4.0"; science adviser to the Federal Government',
            "acatech; „Vater von Industrie 4.0“; wissenschaftlicher Berater der Bundesregierung",
            "德国国家科学与工程院（acatech）；“工业4.0之父”；德国联邦政府科学顾问",
        ),
        Text(
            "Industrie 4.0 and the Smart Service World",
            "Industrie 4.0 und die Smart Service Welt",
            "工业4.0和智能服务世界",
        ),
    ),
    SpeakerFact(
        "gu-peihua",
        Text("Gu Peihua", "Gu Peihua", "顾佩华"),
        Text(
            "Fellow, Canadian Academy of Engineering",
            "Mitglied der Kanadischen Akademie der Ingenieurwissenschaften",
            "加拿大工程院院士",
        ),
        Text(
            "Development report on the International Institute of Innovative Design",
            "Entwicklungsbericht des Internationalen Instituts für innovatives Design",
            "关于国际创新设计研究院的发展报告",
        ),
    ),
    SpeakerFact(
        "thorsten-keiter",
        Text("Dr. Thorsten Keiter", "Dr. Thorsten Keiter", "陶思腾"),
        Text(
            "Senior Vice President, TÜV Rheinland Greater China",
            "Senior Vice President, TÜV Rheinland Greater China",
            "德国莱茵TÜV大中华区高级副总裁",
        ),
        Text(
            "Innovation ignites traditional industries",
            "Innovation entzündet traditionelle Branchen",
            "创新点燃传统行业",
        ),
    ),
    SpeakerFact(
        "juergen-roedel",
        Text("Jürgen Rödel", "Jürgen Rödel", "Jürgen Rödel"),
        Text(
            "acatech; former Vice President, TU Darmstadt",
            "acatech; ehemaliger Vizepräsident der TU Darmstadt",
            "德国国家科学与工程院（acatech）；达姆施塔特工业大学前副校长",
        ),
        Text(
            "On creativity and craftsmanship — the foundation of innovation",
            "Über Kreativität und Handwerkskunst – die Grundlage der Innovation",
            "关于创意、匠心的讨论——创新的基础",
        ),
    ),
    SpeakerFact(
        "jiang-chonglong",
        Text("Jiang Chonglong", "Jiang Chonglong", "江崇龙"),
        Text(
            "Managing Director, Accenture Greater China; head of Industry X",
            "Managing Director, Accenture Greater China; Leiter Industry X",
            "埃森哲大中华区董事总经理、工业X负责人",
        ),
        Text(
            "New trends in the digital transformation of Chinese manufacturing",
            "Neue Trends der digitalen Transformation der chinesischen Fertigung",
            "中国制造业数字化转型新风向",
        ),
    ),
]

# The programme parts as reported; times are the platform's illustration (the report gives none).
# (key, kind, start "HH:MM" CST, end, online, title)
SESSIONS: list[tuple[str, str, str, str, bool, Text]] = [
    (
        "forum-opening",
        "forum",
        "09:00",
        "09:50",
        False,
        Text("High-level forum: opening addresses", "Hochrangiges Forum: Eröffnungsreden", "高峰论坛：开幕致辞"),
    ),
    (
        "forum-keynotes",
        "keynote",
        "09:50",
        "11:40",
        False,
        Text("High-level forum: keynotes", "Hochrangiges Forum: Keynotes", "高峰论坛：主旨演讲"),
    ),
    ("signing", "signing", "11:40", "12:10", False, Text("Project signing", "Projektunterzeichnung", "项目签约")),
    (
        "exhibition",
        "exhibition",
        "13:30",
        "17:00",
        False,
        Text("German project exhibition", "Deutsche Projektausstellung", "德国项目展"),
    ),
    (
        "overseas-connection",
        "online",
        "15:30",
        "17:00",
        True,
        Text(
            "Overseas online connection with German companies and experts",
            "Überseeschaltung mit deutschen Unternehmen und Fachleuten",
            "海外连线：德国企业与专家同步参会",
        ),
    ),
    ("site-visits", "site_visit", "14:00", "17:00", False, Text("Site visits", "Besichtigungen", "参观考察")),
]

THEME_EV = "ev-support-services"
THEME_BIO = "biomedical-image-data"
THEME_LAM = "laser-additive-manufacturing"
SIGNING_THEMES = (THEME_EV, THEME_BIO, THEME_LAM)


@dataclass(frozen=True)
class GermanCompany:
    key: str
    name: str
    city: Text
    theme: str
    sector: str
    project_title: Text
    project_summary: Text


# Fictional companies: the report names none.
GERMAN_COMPANIES: list[GermanCompany] = [
    GermanCompany(
        "de-2020-voltwerk",
        "Voltwerk Ladetechnik GmbH",
        Text("Stuttgart", "Stuttgart", "斯图加特"),
        THEME_EV,
        "C27",
        Text(
            "Charging-station service centre for electric vehicles",
            "Servicezentrum für Ladestationen von Elektrofahrzeugen",
            "电动车充电桩服务中心",
        ),
        Text(
            "Voltwerk installs and maintains fast-charging stations for electric cars and buses. In Shaoxing it plans a service centre that keeps charging parks in the Yangtze River Delta running. Its technicians are trained to German standards on site.",
            "Voltwerk installiert und wartet Schnellladestationen für Elektroautos und -busse. In Shaoxing plant das Unternehmen ein Servicezentrum, das Ladeparks im Jangtse-Delta betriebsbereit hält. Die Techniker werden vor Ort nach deutschen Standards geschult.",
            "Voltwerk为电动汽车和电动客车安装并维护快速充电桩。公司计划在绍兴设立服务中心，保障长三角地区充电场站的运行。技术人员在当地按照德国标准接受培训。",
        ),
    ),
    GermanCompany(
        "de-2020-stroehm",
        "Ströhm E-Mobility Service GmbH",
        Text("Munich", "München", "慕尼黑"),
        THEME_EV,
        "C29",
        Text(
            "Battery diagnostics and repair for electric fleets",
            "Batteriediagnose und -reparatur für Elektroflotten",
            "电动车队电池诊断与维修",
        ),
        Text(
            "Ströhm diagnoses traction batteries of electric delivery fleets and repairs them module by module. A workshop in Shaoxing would serve logistics operators across Zhejiang. Repair instead of replacement halves the cost of a battery failure.",
            "Ströhm diagnostiziert Traktionsbatterien elektrischer Lieferflotten und repariert sie Modul für Modul. Eine Werkstatt in Shaoxing würde Logistikbetreiber in ganz Zhejiang versorgen. Reparatur statt Austausch halbiert die Kosten eines Batterieschadens.",
            "Ströhm为电动物流车队的动力电池提供诊断，并按模块进行维修。在绍兴设立的维修车间将服务浙江各地的物流企业。以维修代替更换，可使电池故障成本减半。",
        ),
    ),
    GermanCompany(
        "de-2020-kessler",
        "Kessler Batteriesysteme GmbH",
        Text("Brunswick", "Braunschweig", "布伦瑞克"),
        THEME_EV,
        "C27",
        Text(
            "Second-life storage from used EV batteries",
            "Second-Life-Speicher aus gebrauchten E-Auto-Batterien",
            "退役动力电池梯次利用储能",
        ),
        Text(
            "Kessler builds stationary storage systems from used electric-vehicle batteries. The company wants to test and regroup returned battery packs near the Chinese carmakers that supply them. Each system comes with monitoring software developed in Brunswick.",
            "Kessler baut stationäre Speichersysteme aus gebrauchten Fahrzeugbatterien. Das Unternehmen will zurückgenommene Batteriepakete in der Nähe der chinesischen Autohersteller prüfen und neu gruppieren. Jedes System wird mit einer in Braunschweig entwickelten Überwachungssoftware geliefert.",
            "Kessler利用退役电动汽车电池制造固定式储能系统。公司希望在提供电池的中国车企附近对回收电池包进行检测和重组。每套系统都配有在布伦瑞克开发的监控软件。",
        ),
    ),
    GermanCompany(
        "de-2020-medvisio",
        "MedVisio Analytics GmbH",
        Text("Heidelberg", "Heidelberg", "海德堡"),
        THEME_BIO,
        "C26",
        Text(
            "Analysis of biomedical images for clinical research",
            "Analyse biomedizinischer Bilder für die klinische Forschung",
            "面向临床研究的生物医学图像分析",
        ),
        Text(
            "MedVisio processes microscopy and tomography images for pharmaceutical trials. Its software segments tissue structures automatically and documents every step for the authorities. A data-processing team in Shaoxing would work with hospitals in Zhejiang.",
            "MedVisio verarbeitet Mikroskopie- und Tomographiebilder für pharmazeutische Studien. Die Software segmentiert Gewebestrukturen automatisch und dokumentiert jeden Schritt für die Behörden. Ein Datenverarbeitungsteam in Shaoxing würde mit Kliniken in Zhejiang zusammenarbeiten.",
            "MedVisio为药物临床试验处理显微和断层扫描图像。其软件可自动分割组织结构，并为监管部门记录每一个处理步骤。在绍兴设立的数据处理团队将与浙江的医院开展合作。",
        ),
    ),
    GermanCompany(
        "de-2020-bildwerk",
        "Bildwerk Biomedical Imaging GmbH",
        Text("Jena", "Jena", "耶拿"),
        THEME_BIO,
        "C32",
        Text(
            "Image data platform for pathology laboratories",
            "Bilddatenplattform für Pathologielabore",
            "病理实验室图像数据平台",
        ),
        Text(
            "Bildwerk digitises pathology slides and analyses them with trained models. The company seeks a partner laboratory in Zhejiang to validate its methods on Chinese patient data. Data stays in China and is processed under local rules.",
            "Bildwerk digitalisiert Pathologie-Präparate und wertet sie mit trainierten Modellen aus. Das Unternehmen sucht ein Partnerlabor in Zhejiang, um seine Verfahren an chinesischen Patientendaten zu validieren. Die Daten bleiben in China und werden nach lokalen Regeln verarbeitet.",
            "Bildwerk将病理切片数字化，并利用训练好的模型进行分析。公司正在浙江寻找合作实验室，以便用中国患者数据验证其方法。数据留在中国境内，并按照当地法规处理。",
        ),
    ),
    GermanCompany(
        "de-2020-auerbach",
        "Auerbach Lasersysteme GmbH",
        Text("Aachen", "Aachen", "亚琛"),
        THEME_LAM,
        "C28",
        Text(
            "Service base for laser powder-bed fusion machines",
            "Servicestützpunkt für Laser-Pulverbett-Anlagen",
            "激光粉末床熔融设备服务基地",
        ),
        Text(
            "Auerbach builds metal 3D printers that melt powder with lasers. Its customers in eastern China need spare parts and calibration within days, not weeks. A service base in Shaoxing would keep parts in stock and train local engineers.",
            "Auerbach baut Metall-3D-Drucker, die Pulver mit Lasern aufschmelzen. Die Kunden in Ostchina brauchen Ersatzteile und Kalibrierung innerhalb von Tagen, nicht Wochen. Ein Servicestützpunkt in Shaoxing würde Teile vorhalten und örtliche Ingenieure schulen.",
            "Auerbach制造利用激光熔化金属粉末的3D打印机。华东地区的客户需要在数天而非数周内获得备件和校准服务。在绍兴设立的服务基地将储备备件并培训当地工程师。",
        ),
    ),
    GermanCompany(
        "de-2020-nordlicht",
        "Nordlicht Additive Fertigung GmbH",
        Text("Kiel", "Kiel", "基尔"),
        THEME_LAM,
        "C25",
        Text(
            "Technical support for additive manufacturing of turbine parts",
            "Technischer Support für die additive Fertigung von Turbinenteilen",
            "涡轮部件增材制造技术支持",
        ),
        Text(
            "Nordlicht qualifies printing parameters for nickel alloys used in turbines. The company offers Chinese manufacturers process development and acceptance testing. Engineers from Kiel would work alongside a local team in the Binhai New Area.",
            "Nordlicht qualifiziert Druckparameter für Nickellegierungen im Turbinenbau. Das Unternehmen bietet chinesischen Herstellern Prozessentwicklung und Abnahmeprüfungen an. Ingenieure aus Kiel würden gemeinsam mit einem örtlichen Team im Neuen Gebiet Binhai arbeiten.",
            "Nordlicht为涡轮制造所用的镍基合金验证打印工艺参数。公司为中国制造商提供工艺开发和验收测试服务。来自基尔的工程师将与滨海新区的本地团队协同工作。",
        ),
    ),
    GermanCompany(
        "de-2020-pulverbett",
        "Pulverbett Technik Rhein GmbH",
        Text("Düsseldorf", "Düsseldorf", "杜塞尔多夫"),
        THEME_LAM,
        "C33",
        Text(
            "Maintenance and powder handling for laser printers",
            "Wartung und Pulverhandling für Laserdrucksysteme",
            "激光打印设备维护与粉末处理",
        ),
        Text(
            "Pulverbett maintains laser additive manufacturing lines and recycles unused metal powder. Its sieving and drying stations extend the life of expensive powder. A maintenance team in Shaoxing would cover printers of several makes.",
            "Pulverbett wartet Linien für die laserbasierte additive Fertigung und bereitet ungenutztes Metallpulver auf. Die Sieb- und Trockenstationen verlängern die Nutzungsdauer teuren Pulvers. Ein Wartungsteam in Shaoxing würde Anlagen verschiedener Hersteller betreuen.",
            "Pulverbett为激光增材制造产线提供维护，并回收未使用的金属粉末。其筛分和干燥设备可延长昂贵粉末的使用寿命。在绍兴的维护团队将服务多个品牌的设备。",
        ),
    ),
]

SIGNING_THEME_TITLES: dict[str, Text] = {
    THEME_EV: Text("electric-vehicle support services", "Services rund um Elektrofahrzeuge", "电动车配套服务"),
    THEME_BIO: Text(
        "biomedical image data processing and analysis",
        "biomedizinische Bilddatenverarbeitung und -analyse",
        "生物医学图像数据处理和分析",
    ),
    THEME_LAM: Text(
        "laser additive manufacturing technical support and equipment maintenance",
        "technischer Support und Anlagenwartung für die laserbasierte additive Fertigung",
        "激光增材制造技术支持和设备保障",
    ),
}

INSTITUTE_AGREEMENT = (
    "agr-2020-institute",
    "co_building",
    Text(
        "Intent to co-build the Zhejiang International Institute of Innovative Design and Intelligent Manufacturing",
        "Absichtserklärung zum gemeinsamen Aufbau des Internationalen Zhejiang-Instituts für innovatives Design und intelligente Fertigung",
        "共建浙江国际创新设计与智造研究院意向",
    ),
    Text(
        "The parties will also set up an expert think tank for Sino-German business cooperation.",
        "Die Parteien richten außerdem einen Expertenbeirat für die deutsch-chinesische Wirtschaftskooperation ein.",
        "各方还将组建中德商贸合作专家智库。",
    ),
    ["cn-yuecheng", "cn-binhai", "cn-tju-me"],
)
WTSH_AGREEMENT = (
    "agr-2020-wtsh",
    "strategic",
    Text(
        "Strategic cooperation between WTSH, Yuecheng District and Binhai New Area",
        "Strategische Zusammenarbeit zwischen der WTSH, dem Bezirk Yuecheng und dem Neuen Gebiet Binhai",
        "德国石荷州经济技术促进中心与越城区、滨海新区战略合作",
    ),
    Text("", "", ""),
    ["de-wtsh", "cn-yuecheng", "cn-binhai"],
)

# Figures quoted (key, label, value, unit, period start, period end).
FIGURES: list[tuple[str, Text, Decimal, str, str | None, str | None]] = [
    (
        "trade-total",
        Text(
            "Zhejiang–Germany trade, January–October 2020",
            "Handel Zhejiang–Deutschland, Januar–Oktober 2020",
            "2020年1–10月浙江对德贸易额",
        ),
        Decimal("16530000000"),
        "USD",
        "2020-01-01",
        "2020-10-31",
    ),
    (
        "exports",
        Text(
            "Zhejiang's exports to Germany, January–October 2020",
            "Exporte Zhejiangs nach Deutschland, Januar–Oktober 2020",
            "2020年1–10月浙江对德出口额",
        ),
        Decimal("13080000000"),
        "USD",
        "2020-01-01",
        "2020-10-31",
    ),
    (
        "exports-growth",
        Text(
            "Growth of exports to Germany, year on year",
            "Wachstum der Exporte nach Deutschland gegenüber dem Vorjahr",
            "对德出口同比增长",
        ),
        Decimal("8.8"),
        "%",
        "2020-01-01",
        "2020-10-31",
    ),
    (
        "german-companies",
        Text(
            "German companies established in Zhejiang (at least)",
            "In Zhejiang ansässige deutsche Unternehmen (mindestens)",
            "落户浙江的德国企业（至少）",
        ),
        Decimal("600"),
        "",
        None,
        None,
    ),
]
