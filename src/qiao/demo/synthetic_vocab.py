"""Vocabulary for the synthetic demo data: sectors, products, places and names.

Every entry is written in English, German and Simplified Chinese. German product and
customer nouns are plural nominative (they also read correctly as accusative), so the
sentence templates in :mod:`qiao.demo.synthetic` can slot them in without inflection.
All companies, parks, institutes and people are fictional; only places are real.
"""

from __future__ import annotations

from dataclasses import dataclass

from qiao.demo.specs import Text


def t(en: str, de: str, zh: str) -> Text:
    """Shorthand for a trilingual text."""
    return Text(en=en, de=de, zh=zh)


@dataclass(frozen=True)
class Unit:
    """A capacity unit: formats for each language and a plausible range."""

    en: str
    de: str
    zh: str
    lo: int
    hi: int
    step: int


UNITS: dict[str, Unit] = {
    "units": Unit("{n} units a year", "{n} Einheiten pro Jahr", "每年{n}台（套）", 500, 30000, 500),
    "systems": Unit("{n} systems a year", "{n} Anlagen pro Jahr", "每年{n}台", 20, 1200, 10),
    "cells": Unit("{n} robot cells a year", "{n} Roboterzellen pro Jahr", "每年{n}套", 30, 900, 10),
    "parts": Unit("{n} parts a year", "{n} Teile pro Jahr", "每年{n}件", 500000, 30000000, 100000),
    "tonnes": Unit("{n} tonnes a year", "{n} Tonnen pro Jahr", "每年{n}吨", 200, 40000, 100),
    "modules": Unit("{n} modules a year", "{n} Module pro Jahr", "每年{n}件", 100000, 5000000, 50000),
    "mw": Unit("{n} megawatts a year", "{n} Megawatt pro Jahr", "每年{n}兆瓦", 20, 2000, 10),
    "metres": Unit(
        "{n} metres of fabric a year",
        "{n} Meter Stoff pro Jahr",
        "每年{n}米面料",
        1000000,
        40000000,
        500000,
    ),
    "orders": Unit(
        "{n} service assignments a year",
        "{n} Serviceeinsätze pro Jahr",
        "每年{n}个服务项目",
        100,
        3000,
        50,
    ),
    "licences": Unit("{n} licences a year", "{n} Lizenzen pro Jahr", "每年{n}套许可", 50, 5000, 50),
}


@dataclass(frozen=True)
class Product:
    """A product line and the unit its capacity is counted in."""

    name: Text
    unit: str


@dataclass(frozen=True)
class Sector:
    """A manufacturing field with the words its companies use about themselves."""

    key: str
    nace: tuple[str, ...]
    tags: tuple[str, ...]
    suffixes: tuple[tuple[str, str], ...]  # German company-name suffix, Chinese rendering
    cn_suffix: tuple[str, str]  # Chinese company-name sector word (English, Chinese)
    products: tuple[Product, ...]
    customers: tuple[Text, ...]
    certs: tuple[str, ...]
    focus: tuple[Text, ...]
    driver: Text  # German part in dative ("getrieben von ...")
    subject: Text  # academic subject for experts
    topics: tuple[Text, ...]  # uncountable research topics; German reads after "mit"


def p(en: str, de: str, zh: str, unit: str) -> Product:
    return Product(t(en, de, zh), unit)


SECTORS: dict[str, Sector] = {
    s.key: s
    for s in (
        Sector(
            key="precision",
            nace=("C28", "C25"),
            tags=("precision-machinery", "industrie-4-0"),
            suffixes=(
                ("Präzisionstechnik", "精密技术"),
                ("Maschinenbau", "机械制造"),
                ("Feinwerktechnik", "精工技术"),
            ),
            cn_suffix=("Precision Machinery", "精密机械"),
            products=(
                p("ball screws", "Kugelgewindetriebe", "滚珠丝杠", "units"),
                p("linear guides", "Linearführungen", "直线导轨", "units"),
                p("motor spindles", "Motorspindeln", "电主轴", "units"),
                p("CNC rotary tables", "CNC-Rundtische", "数控转台", "units"),
                p("precision planetary gearboxes", "Präzisions-Planetengetriebe", "精密行星减速器", "units"),
                p("zero-point clamping systems", "Nullpunktspannsysteme", "零点快换夹紧系统", "units"),
            ),
            customers=(
                t("machine-tool builders", "Werkzeugmaschinenhersteller", "机床制造商"),
                t("semiconductor equipment makers", "Hersteller von Halbleiteranlagen", "半导体设备制造商"),
                t("packaging machine builders", "Verpackungsmaschinenbauer", "包装机械制造商"),
                t("aerospace suppliers", "Luftfahrtzulieferer", "航空零部件供应商"),
            ),
            certs=("ISO 9001", "ISO 14001", "ISO 50001"),
            focus=(
                t("sensor-integrated spindles", "sensorintegrierte Spindeln", "集成传感器的智能主轴"),
                t("condition monitoring", "Lösungen zur Zustandsüberwachung", "设备状态监测"),
                t("thermally stable machine structures", "thermisch stabile Maschinenstrukturen", "热稳定机床结构"),
            ),
            driver=t(
                "the upgrading of China's machine-tool industry",
                "der Modernisierung der chinesischen Werkzeugmaschinenindustrie",
                "中国机床产业转型升级",
            ),
            subject=t("mechanical engineering", "Maschinenbau", "机械工程"),
            topics=(
                t("ultra-precision machining", "Ultrapräzisionsbearbeitung", "超精密加工"),
                t("machine-tool dynamics", "Werkzeugmaschinendynamik", "机床动力学"),
                t("tribology of linear drives", "Tribologie von Linearantrieben", "直线驱动摩擦学"),
            ),
        ),
        Sector(
            key="robotics",
            nace=("C28", "C26"),
            tags=("robotics", "industrie-4-0"),
            suffixes=(
                ("Automation", "自动化"),
                ("Robotik", "机器人技术"),
                ("Handhabungstechnik", "搬运技术"),
            ),
            cn_suffix=("Intelligent Equipment", "智能装备"),
            products=(
                p("gripper systems", "Greifsysteme", "机器人抓取系统", "units"),
                p("collaborative robot cells", "kollaborative Roboterzellen", "协作机器人工作站", "cells"),
                p("automated guided vehicles", "fahrerlose Transportsysteme", "自动导引运输车", "units"),
                p("palletising systems", "Palettieranlagen", "自动码垛系统", "systems"),
                p("vision-guided assembly lines", "bildgeführte Montagelinien", "视觉引导装配线", "systems"),
            ),
            customers=(
                t("automotive plants", "Automobilwerke", "汽车整车厂"),
                t("electronics manufacturers", "Elektronikfertiger", "电子制造企业"),
                t("logistics centres", "Logistikzentren", "物流中心"),
                t("food producers", "Lebensmittelhersteller", "食品生产企业"),
            ),
            certs=("ISO 9001", "ISO 10218", "ISO 14001"),
            focus=(
                t("AI-based bin picking", "KI-gestützte Griffe in die Kiste", "基于人工智能的无序抓取"),
                t("human-robot collaboration", "Anwendungen der Mensch-Roboter-Kollaboration", "人机协作"),
                t("fleet management software", "Softwarelösungen für das Flottenmanagement", "AGV车队管理软件"),
            ),
            driver=t(
                "rising labour costs in manufacturing",
                "den steigenden Lohnkosten in der Fertigung",
                "制造业用工成本持续上升",
            ),
            subject=t("robotics and automation", "Robotik und Automatisierung", "机器人与自动化"),
            topics=(
                t("robot path planning", "Roboterbahnplanung", "机器人路径规划"),
                t("machine learning for grasping", "maschinellem Lernen für das Greifen", "面向抓取的机器学习"),
                t("safe human-robot interaction", "sicherer Mensch-Roboter-Interaktion", "安全人机交互"),
            ),
        ),
        Sector(
            key="laser",
            nace=("C28", "C25", "C27"),
            tags=("laser-additive-manufacturing", "new-materials"),
            suffixes=(
                ("Lasertechnik", "激光技术"),
                ("Photonik", "光子技术"),
                ("Lasersysteme", "激光系统"),
                ("Additive Systeme", "增材系统"),
            ),
            cn_suffix=("Laser Technology", "激光科技"),
            products=(
                p("fibre laser cutting systems", "Faserlaser-Schneidanlagen", "光纤激光切割设备", "systems"),
                p("metal 3D printers", "Metall-3D-Drucker", "金属3D打印机", "systems"),
                p("laser cladding heads", "Laserauftragsköpfe", "激光熔覆头", "units"),
                p(
                    "metal powders for additive manufacturing",
                    "Metallpulver für die additive Fertigung",
                    "增材制造用金属粉末",
                    "tonnes",
                ),
                p("laser welding cells", "Laserschweißzellen", "激光焊接工作站", "systems"),
                p("ultrashort-pulse laser sources", "Ultrakurzpulslaser", "超快激光器", "systems"),
            ),
            customers=(
                t("toolmakers", "Werkzeug- und Formenbauer", "模具制造商"),
                t("medical implant makers", "Implantathersteller", "植入物制造商"),
                t("turbine manufacturers", "Turbinenhersteller", "燃气轮机制造商"),
                t("battery producers", "Batteriehersteller", "动力电池生产商"),
            ),
            certs=("ISO 9001", "ISO 13485", "EN 9100"),
            focus=(
                t("multi-laser powder-bed fusion", "Mehrlaser-Pulverbettverfahren", "多激光粉末床熔融"),
                t("in-situ process monitoring", "Systeme zur In-situ-Prozessüberwachung", "原位过程监测"),
                t(
                    "copper welding with green lasers",
                    "Verfahren zum Kupferschweißen mit grünem Laser",
                    "绿光激光铜焊接",
                ),
            ),
            driver=t(
                "lightweight design and tooling for electric vehicles",
                "dem Leichtbau und Werkzeugbau für Elektrofahrzeuge",
                "新能源汽车轻量化和模具升级需求",
            ),
            subject=t("laser technology", "Lasertechnik", "激光技术"),
            topics=(
                t("laser powder-bed fusion", "Laserstrahlschmelzen", "激光粉末床熔融"),
                t("laser beam welding", "Laserstrahlschweißen", "激光焊接"),
                t(
                    "process monitoring in additive manufacturing",
                    "Prozessüberwachung in der additiven Fertigung",
                    "增材制造过程监测",
                ),
            ),
        ),
        Sector(
            key="ev",
            nace=("C29", "C27"),
            tags=("ev-support-services", "auto-parts", "green-energy"),
            suffixes=(
                ("Elektromobilität", "电动出行"),
                ("Ladetechnik", "充电技术"),
                ("Batterietechnik", "电池技术"),
                ("E-Systems", "电驱系统"),
            ),
            cn_suffix=("New Energy Technology", "新能源科技"),
            products=(
                p("DC fast chargers", "DC-Schnellladesäulen", "直流快充桩", "units"),
                p("battery cooling plates", "Batteriekühlplatten", "电池液冷板", "parts"),
                p("battery management systems", "Batteriemanagementsysteme", "电池管理系统", "units"),
                p("high-voltage connectors", "Hochvoltsteckverbinder", "高压连接器", "parts"),
                p("battery test benches", "Batterieprüfstände", "电池测试台", "systems"),
                p(
                    "end-of-line testers for electric drives",
                    "End-of-Line-Prüfstände für E-Antriebe",
                    "电驱动下线检测设备",
                    "systems",
                ),
            ),
            customers=(
                t("carmakers", "Automobilhersteller", "整车企业"),
                t("battery cell producers", "Batteriezellhersteller", "电芯制造商"),
                t("charging network operators", "Ladenetzbetreiber", "充电网络运营商"),
                t("bus manufacturers", "Bushersteller", "客车制造商"),
            ),
            certs=("IATF 16949", "ISO 26262", "ISO 9001"),
            focus=(
                t("megawatt charging", "Lösungen für das Megawattladen", "兆瓦级超充"),
                t("second-life battery storage", "Second-Life-Batteriespeicher", "退役电池梯次利用储能"),
                t("battery recycling", "Verfahren zum Batterierecycling", "动力电池回收"),
            ),
            driver=t(
                "the fast growth of new energy vehicles",
                "dem schnellen Wachstum der Elektrofahrzeuge",
                "新能源汽车的快速增长",
            ),
            subject=t("electromobility", "Elektromobilität", "电动汽车"),
            topics=(
                t("battery safety", "Batteriesicherheit", "电池安全"),
                t("fast-charging infrastructure", "Schnellladeinfrastruktur", "快充基础设施"),
                t(
                    "thermal management of traction batteries",
                    "Thermomanagement von Traktionsbatterien",
                    "动力电池热管理",
                ),
            ),
        ),
        Sector(
            key="autoparts",
            nace=("C29", "C22", "C25"),
            tags=("auto-parts", "new-materials"),
            suffixes=(
                ("Fahrzeugtechnik", "汽车技术"),
                ("Automotive", "汽车系统"),
                ("Komponenten", "零部件"),
            ),
            cn_suffix=("Auto Parts", "汽车零部件"),
            products=(
                p("aluminium die-cast housings", "Aluminium-Druckgussgehäuse", "铝合金压铸壳体", "parts"),
                p("seat adjusters", "Sitzversteller", "座椅调节器", "parts"),
                p("brake components", "Bremskomponenten", "制动系统部件", "parts"),
                p("steering column parts", "Lenksäulenteile", "转向柱零件", "parts"),
                p("thermal management modules", "Thermomanagementmodule", "热管理模块", "units"),
            ),
            customers=(
                t("carmakers", "Automobilhersteller", "整车企业"),
                t("tier-one suppliers", "Tier-1-Zulieferer", "一级供应商"),
                t("commercial-vehicle makers", "Nutzfahrzeughersteller", "商用车制造商"),
            ),
            certs=("IATF 16949", "ISO 14001", "VDA 6.3"),
            focus=(
                t("lightweight structural parts", "Leichtbau-Strukturbauteile", "轻量化结构件"),
                t("large-scale die casting", "Verfahren für den Großguss", "一体化压铸"),
                t("recycled aluminium", "Anwendungen für Sekundäraluminium", "再生铝应用"),
            ),
            driver=t(
                "the localisation strategies of international carmakers",
                "den Lokalisierungsstrategien internationaler Autohersteller",
                "国际车企的本土化战略",
            ),
            subject=t("automotive engineering", "Fahrzeugtechnik", "车辆工程"),
            topics=(
                t("lightweight vehicle design", "Fahrzeugleichtbau", "汽车轻量化"),
                t("supplier quality management", "Lieferantenqualitätsmanagement", "供应商质量管理"),
                t("die-casting simulation", "Druckgusssimulation", "压铸仿真"),
            ),
        ),
        Sector(
            key="imaging",
            nace=("C26", "C32"),
            tags=("biomedical-image-data", "medical-devices"),
            suffixes=(
                ("Bildgebung", "医学影像"),
                ("Medical Imaging", "医疗影像"),
                ("Diagnostik", "诊断技术"),
            ),
            cn_suffix=("Medical Imaging", "医学影像"),
            products=(
                p("ultrasound probes", "Ultraschallsonden", "超声探头", "units"),
                p("digital X-ray detectors", "digitale Röntgendetektoren", "数字X射线平板探测器", "units"),
                p(
                    "AI software for image-based diagnosis",
                    "KI-Programme für die Bilddiagnostik",
                    "人工智能影像辅助诊断软件",
                    "licences",
                ),
                p("digital pathology scanners", "Scanner für die digitale Pathologie", "数字病理切片扫描仪", "systems"),
                p("endoscopy camera modules", "Endoskopie-Kameramodule", "内窥镜摄像模组", "units"),
                p(
                    "archiving systems for clinical image data",
                    "Archivsysteme für klinische Bilddaten",
                    "临床影像数据归档系统",
                    "licences",
                ),
            ),
            customers=(
                t("hospitals", "Kliniken", "医院"),
                t("radiology practices", "radiologische Praxen", "影像诊断中心"),
                t("medical device OEMs", "Medizingeräte-OEMs", "医疗器械整机厂"),
                t("university hospitals", "Universitätskliniken", "大学附属医院"),
            ),
            certs=("ISO 13485", "ISO 27001", "IEC 62304"),
            focus=(
                t(
                    "federated learning on clinical image data",
                    "föderiertes Lernen auf klinischen Bilddaten",
                    "基于临床影像数据的联邦学习",
                ),
                t("photon-counting detectors", "photonenzählende Detektoren", "光子计数探测器"),
                t("anonymisation of image data", "Verfahren zur Anonymisierung von Bilddaten", "影像数据脱敏"),
            ),
            driver=t(
                "the expansion of county hospitals",
                "dem Ausbau der Kreiskrankenhäuser",
                "县级医院扩容提质",
            ),
            subject=t("medical imaging", "medizinische Bildgebung", "医学影像"),
            topics=(
                t("medical image analysis", "medizinischer Bildanalyse", "医学图像分析"),
                t("image data governance", "Governance klinischer Bilddaten", "影像数据治理"),
                t("ultrasound signal processing", "Ultraschall-Signalverarbeitung", "超声信号处理"),
            ),
        ),
        Sector(
            key="meddev",
            nace=("C32", "C26"),
            tags=("medical-devices", "innovative-design"),
            suffixes=(
                ("Medizintechnik", "医疗技术"),
                ("Chirurgietechnik", "外科器械"),
                ("Orthopädietechnik", "骨科技术"),
            ),
            cn_suffix=("Medical Devices", "医疗器械"),
            products=(
                p("surgical instruments", "chirurgische Instrumente", "手术器械", "units"),
                p("orthopaedic implants", "orthopädische Implantate", "骨科植入物", "units"),
                p("infusion pumps", "Infusionspumpen", "输液泵", "units"),
                p("dental milling units", "Dentalfräsmaschinen", "牙科切削设备", "systems"),
                p("single-use catheters", "Einwegkatheter", "一次性导管", "parts"),
            ),
            customers=(
                t("hospitals", "Krankenhäuser", "医院"),
                t("dental laboratories", "Dentallabore", "牙科技工所"),
                t("rehabilitation centres", "Rehakliniken", "康复中心"),
                t("medical supply distributors", "Medizinproduktehändler", "医疗用品经销商"),
            ),
            certs=("ISO 13485", "ISO 14971", "ISO 9001"),
            focus=(
                t("patient-specific implants", "patientenspezifische Implantate", "个性化定制植入物"),
                t("sterile single-use systems", "sterile Einwegsysteme", "无菌一次性系统"),
                t("connected therapy devices", "vernetzte Therapiegeräte", "联网治疗设备"),
            ),
            driver=t(
                "China's ageing population",
                "der Alterung der chinesischen Bevölkerung",
                "人口老龄化",
            ),
            subject=t("medical engineering", "Medizintechnik", "医疗器械工程"),
            topics=(
                t("implant biomechanics", "Implantatbiomechanik", "植入物生物力学"),
                t("medical device regulation", "Medizinprodukterecht", "医疗器械法规"),
                t("usability engineering", "Gebrauchstauglichkeit von Medizingeräten", "医疗器械可用性工程"),
            ),
        ),
        Sector(
            key="pharma",
            nace=("C21", "C20"),
            tags=("fine-chemicals", "medical-devices"),
            suffixes=(("Pharma", "制药"), ("Arzneimittelwerk", "药业"), ("Life Sciences", "生命科学")),
            cn_suffix=("Pharmaceutical", "药业"),
            products=(
                p("active pharmaceutical ingredients", "pharmazeutische Wirkstoffe", "原料药", "tonnes"),
                p("sterile injectables", "sterile Injektionslösungen", "无菌注射剂", "parts"),
                p("diagnostic reagents", "Diagnostikreagenzien", "体外诊断试剂", "parts"),
                p("cell-culture media", "Zellkulturmedien", "细胞培养基", "tonnes"),
            ),
            customers=(
                t("pharmaceutical wholesalers", "Pharmagroßhändler", "医药批发企业"),
                t("hospitals", "Kliniken", "医院"),
                t("testing laboratories", "Prüflabore", "第三方检测实验室"),
                t("contract manufacturers", "Lohnhersteller", "合同生产企业"),
            ),
            certs=("EU GMP", "ISO 13485", "ISO 9001"),
            focus=(
                t("continuous manufacturing", "Verfahren der kontinuierlichen Herstellung", "连续化生产"),
                t("biologics", "Biologika", "生物制剂"),
                t("green chemistry", "Ansätze der grünen Chemie", "绿色化学工艺"),
            ),
            driver=t(
                "the reform of China's drug approval system",
                "der Reform der chinesischen Arzneimittelzulassung",
                "药品审评审批制度改革",
            ),
            subject=t("pharmaceutical engineering", "Pharmatechnik", "制药工程"),
            topics=(
                t("process analytical technology", "prozessanalytischer Technologie", "过程分析技术"),
                t("GMP compliance", "GMP-Compliance", "药品生产质量管理规范合规"),
                t("bioprocess engineering", "Bioverfahrenstechnik", "生物过程工程"),
            ),
        ),
        Sector(
            key="chemicals",
            nace=("C20", "C22"),
            tags=("fine-chemicals", "new-materials"),
            suffixes=(("Chemie", "化学"), ("Spezialchemie", "特种化学品"), ("Feinchemie", "精细化工")),
            cn_suffix=("Fine Chemical", "精细化工"),
            products=(
                p("textile auxiliaries", "Textilhilfsmittel", "纺织助剂", "tonnes"),
                p("water-based coatings", "Wasserlacke", "水性涂料", "tonnes"),
                p("specialty adhesives", "Spezialklebstoffe", "特种胶粘剂", "tonnes"),
                p("electrolyte additives", "Elektrolytadditive", "电解液添加剂", "tonnes"),
                p("pigment preparations", "Pigmentpräparationen", "颜料制剂", "tonnes"),
            ),
            customers=(
                t("textile finishers", "Textilveredler", "纺织印染企业"),
                t("furniture makers", "Möbelhersteller", "家具制造商"),
                t("battery producers", "Batteriehersteller", "电池生产商"),
                t("packaging printers", "Verpackungsdrucker", "包装印刷企业"),
            ),
            certs=("ISO 9001", "ISO 14001", "ISO 45001"),
            focus=(
                t("bio-based raw materials", "biobasierte Rohstoffe", "生物基原料"),
                t("solvent-free formulations", "lösemittelfreie Formulierungen", "无溶剂配方"),
                t("PFAS-free finishes", "PFAS-freie Ausrüstungen", "无全氟化合物整理剂"),
            ),
            driver=t(
                "stricter environmental standards",
                "strengeren Umweltauflagen",
                "日益严格的环保标准",
            ),
            subject=t("chemical engineering", "Chemieingenieurwesen", "化学工程"),
            topics=(
                t("polymer chemistry", "Polymerchemie", "高分子化学"),
                t("process safety", "Prozesssicherheit", "工艺安全"),
                t("sustainable textile chemistry", "nachhaltiger Textilchemie", "绿色纺织化学"),
            ),
        ),
        Sector(
            key="plastics",
            nace=("C22", "C20"),
            tags=("new-materials", "auto-parts"),
            suffixes=(
                ("Kunststofftechnik", "塑料技术"),
                ("Polymertechnik", "高分子技术"),
                ("Dichtungstechnik", "密封技术"),
            ),
            cn_suffix=("New Material", "新材料"),
            products=(
                p("injection-moulded precision parts", "Spritzguss-Präzisionsteile", "精密注塑件", "parts"),
                p("technical seals", "technische Dichtungen", "工业密封件", "parts"),
                p(
                    "fibre-reinforced composite parts",
                    "faserverstärkte Verbundbauteile",
                    "纤维增强复合材料部件",
                    "parts",
                ),
                p("medical tubing", "medizinische Schläuche", "医用导管", "parts"),
                p("engineering plastic compounds", "technische Kunststoffcompounds", "工程塑料改性料", "tonnes"),
            ),
            customers=(
                t("carmakers", "Automobilhersteller", "汽车企业"),
                t("household appliance makers", "Hausgerätehersteller", "家电企业"),
                t("medical device OEMs", "Medizingerätehersteller", "医疗器械企业"),
                t("electrical equipment makers", "Elektrogerätehersteller", "电器制造商"),
            ),
            certs=("IATF 16949", "ISO 13485", "ISO 14001"),
            focus=(
                t("recycled polymers", "Rezyklate", "再生塑料"),
                t("bio-based plastics", "biobasierte Kunststoffe", "生物基塑料"),
                t("flame-retardant compounds", "flammhemmende Compounds", "阻燃改性材料"),
            ),
            driver=t(
                "the lightweighting of vehicles and appliances",
                "dem Leichtbau bei Fahrzeugen und Hausgeräten",
                "汽车和家电轻量化",
            ),
            subject=t("polymer engineering", "Kunststofftechnik", "高分子材料工程"),
            topics=(
                t("plastics recycling", "Kunststoffrecycling", "塑料循环利用"),
                t("injection-moulding simulation", "Spritzgusssimulation", "注塑仿真"),
                t("composite design", "Faserverbundauslegung", "复合材料设计"),
            ),
        ),
        Sector(
            key="metals",
            nace=("C24", "C25"),
            tags=("new-materials", "precision-machinery"),
            suffixes=(
                ("Metallwerke", "金属制品"),
                ("Umformtechnik", "成形技术"),
                ("Gusstechnik", "铸造技术"),
            ),
            cn_suffix=("Metal Products", "金属制品"),
            products=(
                p("cold-formed fasteners", "kaltumgeformte Verbindungselemente", "冷镦紧固件", "parts"),
                p("precision investment castings", "Feingussteile", "精密熔模铸件", "tonnes"),
                p("stainless steel strip", "Edelstahlbänder", "不锈钢精密带材", "tonnes"),
                p("titanium forgings", "Titanschmiedeteile", "钛合金锻件", "tonnes"),
                p("sintered components", "Sinterbauteile", "粉末冶金零件", "parts"),
            ),
            customers=(
                t("carmakers", "Automobilhersteller", "整车企业"),
                t("aerospace suppliers", "Luftfahrtzulieferer", "航空航天配套企业"),
                t("energy equipment makers", "Energieanlagenbauer", "能源装备制造商"),
                t("construction machinery makers", "Baumaschinenhersteller", "工程机械制造商"),
            ),
            certs=("ISO 9001", "IATF 16949", "EN 9100"),
            focus=(
                t("hydrogen-resistant steels", "wasserstoffbeständige Stähle", "抗氢脆钢材"),
                t("low-carbon production", "Konzepte für CO2-arme Produktion", "低碳生产"),
                t("high-strength alloys", "hochfeste Legierungen", "高强度合金"),
            ),
            driver=t(
                "the expansion of wind and hydrogen projects",
                "dem Ausbau von Wind- und Wasserstoffprojekten",
                "风电和氢能项目的加快建设",
            ),
            subject=t("materials science", "Werkstoffwissenschaft", "材料科学"),
            topics=(
                t("metal forming", "Umformtechnik", "金属成形"),
                t("corrosion protection", "Korrosionsschutz", "腐蚀防护"),
                t("casting metallurgy", "Gießereimetallurgie", "铸造冶金"),
            ),
        ),
        Sector(
            key="electronics",
            nace=("C26", "C27"),
            tags=("integrated-circuits", "industrie-4-0"),
            suffixes=(
                ("Elektronik", "电子"),
                ("Halbleitertechnik", "半导体技术"),
                ("Mikrosysteme", "微系统"),
            ),
            cn_suffix=("Microelectronics", "微电子"),
            products=(
                p("power semiconductor modules", "Leistungshalbleitermodule", "功率半导体模块", "modules"),
                p("MEMS pressure sensors", "MEMS-Drucksensoren", "MEMS压力传感器", "modules"),
                p("wafer cleaning equipment", "Waferreinigungsanlagen", "晶圆清洗设备", "systems"),
                p("printed circuit board assemblies", "Leiterplattenbaugruppen", "印刷电路板组件", "modules"),
                p("chip test sockets", "Chip-Testsockel", "芯片测试座", "parts"),
            ),
            customers=(
                t("automotive electronics suppliers", "Automobilelektronik-Zulieferer", "汽车电子供应商"),
                t("industrial drive makers", "Antriebshersteller", "工业驱动器制造商"),
                t("consumer electronics brands", "Unterhaltungselektronikmarken", "消费电子品牌"),
                t("chip factories", "Chipfabriken", "晶圆厂"),
            ),
            certs=("ISO 9001", "IATF 16949", "ISO 14644"),
            focus=(
                t("silicon carbide power electronics", "Siliziumkarbid-Leistungselektronik", "碳化硅功率电子"),
                t("chiplet packaging", "Chiplet-Packaging", "芯粒先进封装"),
                t("sensor fusion", "Lösungen zur Sensorfusion", "多传感器融合"),
            ),
            driver=t(
                "the electrification of industry and transport",
                "der Elektrifizierung von Industrie und Verkehr",
                "工业和交通电气化",
            ),
            subject=t("microelectronics", "Mikroelektronik", "微电子学"),
            topics=(
                t("semiconductor packaging", "Halbleiter-Aufbau- und Verbindungstechnik", "半导体封装"),
                t("power electronics reliability", "Zuverlässigkeit der Leistungselektronik", "功率电子可靠性"),
                t("MEMS design", "MEMS-Entwurf", "MEMS设计"),
            ),
        ),
        Sector(
            key="energy",
            nace=("C27", "C28"),
            tags=("green-energy", "new-materials"),
            suffixes=(
                ("Energietechnik", "能源技术"),
                ("Elektrotechnik", "电气技术"),
                ("Antriebstechnik", "驱动技术"),
            ),
            cn_suffix=("Electric", "电气"),
            products=(
                p("hydrogen electrolysers", "Wasserstoff-Elektrolyseure", "氢电解槽", "mw"),
                p("industrial heat pumps", "Industriewärmepumpen", "工业热泵", "units"),
                p("dry-type transformers", "Trockentransformatoren", "干式变压器", "units"),
                p("high-efficiency electric motors", "Hocheffizienz-Elektromotoren", "高效电机", "units"),
                p("battery storage systems", "Batteriespeichersysteme", "电池储能系统", "mw"),
                p("inverters for solar plants", "Wechselrichter für Solaranlagen", "光伏逆变器", "mw"),
            ),
            customers=(
                t("utilities", "Energieversorger", "能源公司"),
                t("industrial parks", "Industrieparks", "工业园区"),
                t("data centre operators", "Rechenzentrumsbetreiber", "数据中心运营商"),
                t("wind farm developers", "Windparkentwickler", "风电场开发商"),
            ),
            certs=("ISO 9001", "ISO 50001", "ISO 14001"),
            focus=(
                t("green hydrogen", "Anwendungen für grünen Wasserstoff", "绿氢"),
                t("sector coupling", "Konzepte der Sektorkopplung", "多能互补"),
                t("grid-forming inverters", "netzbildende Wechselrichter", "构网型逆变器"),
            ),
            driver=t(
                "China's carbon neutrality targets",
                "den chinesischen Klimaneutralitätszielen",
                "“双碳”目标",
            ),
            subject=t("energy systems", "Energiesysteme", "能源系统"),
            topics=(
                t("hydrogen electrolysis", "Wasserstoffelektrolyse", "电解水制氢"),
                t("grid integration of renewables", "Netzintegration erneuerbarer Energien", "可再生能源并网"),
                t("industrial energy efficiency", "industrieller Energieeffizienz", "工业能效"),
            ),
        ),
        Sector(
            key="textiles",
            nace=("C13", "C28"),
            tags=("textiles", "innovative-design", "new-materials"),
            suffixes=(
                ("Textilwerke", "纺织"),
                ("Technische Textilien", "技术纺织品"),
                ("Textilmaschinen", "纺织机械"),
                ("Weberei", "织造"),
            ),
            cn_suffix=("Textile", "纺织"),
            products=(
                p("technical nonwovens", "technische Vliesstoffe", "产业用非织造布", "tonnes"),
                p("flame-retardant workwear fabrics", "flammhemmende Arbeitsschutzgewebe", "阻燃防护面料", "metres"),
                p(
                    "smart textiles with integrated sensors",
                    "smarte Textilien mit integrierter Sensorik",
                    "集成传感器的智能纺织品",
                    "metres",
                ),
                p("digital textile printing machines", "digitale Textildruckmaschinen", "数码纺织印花机", "systems"),
                p("warp knitting machines", "Kettenwirkmaschinen", "高速经编机", "systems"),
                p("recycled polyester yarns", "recycelte Polyestergarne", "再生涤纶纱线", "tonnes"),
            ),
            customers=(
                t("fashion brands", "Modemarken", "服装品牌"),
                t("automotive interior suppliers", "Fahrzeuginterieur-Zulieferer", "汽车内饰供应商"),
                t("filter manufacturers", "Filterhersteller", "过滤材料制造商"),
                t("suppliers of protective equipment", "Anbieter persönlicher Schutzausrüstung", "劳保用品供应商"),
            ),
            certs=("OEKO-TEX Standard 100", "bluesign", "ISO 9001", "GOTS"),
            focus=(
                t("low-water dyeing", "wassersparende Färbeverfahren", "节水染色工艺"),
                t("fibre-to-fibre recycling", "Verfahren für Faser-zu-Faser-Recycling", "纤维循环再生"),
                t("digital colour management", "Lösungen für digitales Farbmanagement", "数字化色彩管理"),
            ),
            driver=t(
                "the upgrading of China's textile clusters",
                "der Modernisierung der chinesischen Textilcluster",
                "纺织产业集群转型升级",
            ),
            subject=t("textile engineering", "Textiltechnik", "纺织工程"),
            topics=(
                t("technical textiles", "technischen Textilien", "产业用纺织品"),
                t("textile recycling", "Textilrecycling", "纺织品回收"),
                t("dyeing and finishing technology", "Färberei- und Veredlungstechnik", "染整技术"),
            ),
        ),
        Sector(
            key="sensors",
            nace=("C26", "C33"),
            tags=("industrie-4-0", "integrated-circuits"),
            suffixes=(
                ("Sensortechnik", "传感技术"),
                ("Messtechnik", "测量技术"),
                ("Steuerungstechnik", "控制技术"),
                ("Industriesoftware", "工业软件"),
            ),
            cn_suffix=("Intelligent Technology", "智能科技"),
            products=(
                p("industrial IoT gateways", "Industrial-IoT-Gateways", "工业物联网网关", "units"),
                p("inline measuring systems", "Inline-Messsysteme", "在线测量系统", "systems"),
                p("manufacturing execution systems", "Manufacturing-Execution-Systeme", "制造执行系统", "licences"),
                p("machine vision cameras", "Industriekameras", "工业视觉相机", "units"),
                p(
                    "retrofit kits for predictive maintenance",
                    "Nachrüstsätze für vorausschauende Wartung",
                    "预测性维护改造套件",
                    "units",
                ),
            ),
            customers=(
                t("automotive suppliers", "Automobilzulieferer", "汽车零部件企业"),
                t("textile mills", "Textilbetriebe", "纺织企业"),
                t("machine builders", "Maschinenbauer", "装备制造企业"),
                t("chemical plants", "Chemiebetriebe", "化工企业"),
            ),
            certs=("ISO 9001", "ISO 27001", "IEC 62443"),
            focus=(
                t("digital twins", "digitale Zwillinge", "数字孪生"),
                t("edge AI", "Edge-KI-Anwendungen", "边缘智能"),
                t("OPC UA interoperability", "OPC-UA-Schnittstellen", "OPC UA互联互通"),
            ),
            driver=t(
                "the digital transformation of small and medium manufacturers",
                "der digitalen Transformation kleiner und mittlerer Fertigungsbetriebe",
                "中小制造企业数字化转型",
            ),
            subject=t("industrial informatics", "Industrieinformatik", "工业信息学"),
            topics=(
                t("industrial data analytics", "industrieller Datenanalyse", "工业数据分析"),
                t("cyber security for production", "Cybersicherheit in der Produktion", "工业信息安全"),
                t("digital twin engineering", "Engineering digitaler Zwillinge", "数字孪生工程"),
            ),
        ),
        Sector(
            key="service",
            nace=("C33", "C28"),
            tags=("industrie-4-0", "precision-machinery"),
            suffixes=(
                ("Industrieservice", "工业服务"),
                ("Anlagenservice", "设备服务"),
                ("Instandhaltung", "设备维护"),
            ),
            cn_suffix=("Equipment Service", "设备服务"),
            products=(
                p("retrofits of machine tools", "Retrofits von Werkzeugmaschinen", "机床数控化改造", "orders"),
                p("spindle repairs", "Spindelreparaturen", "主轴维修服务", "orders"),
                p(
                    "plant relocations and installations",
                    "Anlagenverlagerungen und Montagen",
                    "设备搬迁与安装",
                    "orders",
                ),
                p("calibration services", "Kalibrierdienstleistungen", "计量校准服务", "orders"),
            ),
            customers=(
                t("machine builders", "Maschinenbauer", "装备制造企业"),
                t("carmakers", "Automobilhersteller", "整车企业"),
                t("textile mills", "Textilbetriebe", "纺织企业"),
                t("aerospace suppliers", "Luftfahrtzulieferer", "航空配套企业"),
            ),
            certs=("ISO 9001", "ISO 45001", "ISO/IEC 17025"),
            focus=(
                t("remote service", "Ferndiagnose-Dienste", "远程运维"),
                t("AR-supported maintenance", "AR-gestützte Wartungskonzepte", "增强现实辅助维护"),
                t("energy-efficiency retrofits", "Energieeffizienz-Nachrüstungen", "节能改造"),
            ),
            driver=t(
                "the ageing installed base of imported machinery",
                "dem alternden Bestand importierter Maschinen",
                "进口设备存量老化",
            ),
            subject=t("maintenance engineering", "Instandhaltungstechnik", "设备维护工程"),
            topics=(
                t("reliability engineering", "Zuverlässigkeitstechnik", "可靠性工程"),
                t("predictive maintenance", "vorausschauender Instandhaltung", "预测性维护"),
                t("metrology", "Messtechnik", "计量学"),
            ),
        ),
        Sector(
            key="transport",
            nace=("C30", "C22"),
            tags=("new-materials", "precision-machinery"),
            suffixes=(
                ("Schienenfahrzeugtechnik", "轨道交通技术"),
                ("Luftfahrttechnik", "航空技术"),
                ("Leichtbau", "轻量化技术"),
            ),
            cn_suffix=("Rail Transit Equipment", "轨道交通装备"),
            products=(
                p("rail vehicle interiors", "Innenausstattungen für Schienenfahrzeuge", "轨道车辆内饰", "units"),
                p("bogie components", "Drehgestellkomponenten", "转向架部件", "parts"),
                p("aircraft cabin parts", "Flugzeugkabinenteile", "飞机客舱部件", "parts"),
                p("drone airframes", "Drohnenzellen", "无人机机体", "units"),
                p("composite aerostructures", "Faserverbund-Luftfahrtstrukturen", "航空复合材料结构件", "parts"),
            ),
            customers=(
                t("rail operators", "Bahnbetreiber", "轨道交通运营商"),
                t("rolling-stock manufacturers", "Schienenfahrzeughersteller", "轨道车辆制造商"),
                t("aircraft manufacturers", "Flugzeughersteller", "飞机制造商"),
                t("drone makers", "Drohnenhersteller", "无人机企业"),
            ),
            certs=("EN 9100", "ISO/TS 22163", "EN 15085"),
            focus=(
                t("fire-safe lightweight materials", "brandsichere Leichtbauwerkstoffe", "防火轻量化材料"),
                t("condition-based maintenance", "Konzepte der zustandsbasierten Instandhaltung", "状态修"),
                t("thermoplastic composites", "thermoplastische Faserverbunde", "热塑性复合材料"),
            ),
            driver=t(
                "the expansion of urban rail networks",
                "dem Ausbau städtischer Bahnnetze",
                "城市轨道交通网络的扩展",
            ),
            subject=t("lightweight engineering", "Leichtbau", "轻量化工程"),
            topics=(
                t("crashworthiness", "Crashsicherheit", "碰撞安全"),
                t("fire protection in vehicles", "Brandschutz in Fahrzeugen", "车辆防火"),
                t("fatigue of welded structures", "Betriebsfestigkeit geschweißter Strukturen", "焊接结构疲劳"),
            ),
        ),
        Sector(
            key="design",
            nace=("C32", "C13"),
            tags=("innovative-design", "textiles"),
            suffixes=(("Design", "设计"), ("Manufaktur", "工坊"), ("Designwerk", "设计工场")),
            cn_suffix=("Creative Products", "文创用品"),
            products=(
                p("premium writing instruments", "hochwertige Schreibgeräte", "高端书写工具", "parts"),
                p("eyewear frames", "Brillenfassungen", "眼镜架", "parts"),
                p("educational toys", "Lernspielzeuge", "益智玩具", "parts"),
                p("digital pianos", "Digitalpianos", "数码钢琴", "units"),
                p("premium sports equipment", "Premium-Sportgeräte", "高端运动器材", "units"),
            ),
            customers=(
                t("retail chains", "Handelsketten", "零售连锁"),
                t("specialist retailers", "Fachhändler", "专业零售商"),
                t("schools", "Schulen", "学校"),
                t("online retailers", "Onlinehändler", "电商平台"),
            ),
            certs=("ISO 9001", "EN 71", "FSC"),
            focus=(
                t("circular product design", "zirkuläres Produktdesign", "循环设计"),
                t("renewable materials", "nachwachsende Materialien", "可再生材料"),
                t("user-centred design", "nutzerzentriertes Design", "以用户为中心的设计"),
            ),
            driver=t(
                "the growing middle class",
                "der wachsenden Mittelschicht",
                "中等收入群体的持续扩大",
            ),
            subject=t("industrial design", "Industriedesign", "工业设计"),
            topics=(
                t("design management", "Designmanagement", "设计管理"),
                t("sustainable product design", "nachhaltiger Produktgestaltung", "可持续产品设计"),
                t("brand strategy", "Markenstrategie", "品牌战略"),
            ),
        ),
    )
}

# German companies per sector (sums to 93); the summit's signing sectors are weighted up.
DE_SECTOR_COUNTS: tuple[tuple[str, int], ...] = (
    ("precision", 7),
    ("robotics", 6),
    ("laser", 9),
    ("ev", 9),
    ("autoparts", 5),
    ("imaging", 8),
    ("meddev", 4),
    ("pharma", 3),
    ("chemicals", 4),
    ("plastics", 4),
    ("metals", 4),
    ("electronics", 5),
    ("energy", 5),
    ("textiles", 8),
    ("sensors", 5),
    ("service", 2),
    ("transport", 3),
    ("design", 2),
)

CN_COMPANY_SECTORS: tuple[str, ...] = (
    "textiles", "textiles", "textiles", "textiles", "ev", "ev", "ev", "imaging", "imaging",
    "laser", "laser", "laser", "precision", "precision", "robotics", "robotics", "autoparts",
    "autoparts", "chemicals", "chemicals", "pharma", "meddev", "meddev", "electronics",
    "electronics", "energy", "energy", "sensors", "sensors", "plastics", "metals", "metals",
    "transport", "design", "service",
)  # fmt: skip

TAG_PHRASES: dict[str, Text] = {
    "industrie-4-0": t("intelligent manufacturing", "intelligente Fertigung", "智能制造"),
    "ev-support-services": t(
        "new energy vehicle supply and services",
        "Zulieferung und Dienste für Elektrofahrzeuge",
        "新能源汽车配套",
    ),
    "biomedical-image-data": t(
        "biomedical imaging and image data",
        "biomedizinische Bildgebung und Bilddaten",
        "生物医学影像与数据",
    ),
    "laser-additive-manufacturing": t(
        "laser and additive manufacturing", "Laser- und additive Fertigung", "激光与增材制造"
    ),
    "textiles": t("modern textiles", "moderne Textilien", "现代纺织"),
    "new-materials": t("new materials", "neue Werkstoffe", "新材料"),
    "medical-devices": t("medical devices", "Medizintechnik", "医疗器械"),
    "integrated-circuits": t("integrated circuits", "integrierte Schaltungen", "集成电路"),
    "robotics": t("robotics", "Robotik", "机器人"),
    "green-energy": t("green energy equipment", "grüne Energietechnik", "绿色能源装备"),
    "precision-machinery": t("precision machinery", "Präzisionsmaschinenbau", "精密机械"),
    "auto-parts": t("automotive components", "Fahrzeugkomponenten", "汽车零部件"),
    "fine-chemicals": t("fine chemicals", "Feinchemie", "精细化工"),
    "innovative-design": t("industrial design", "Industriedesign", "工业设计"),
}

SUPPLY_PHRASES: dict[str, Text] = {
    "industrie-4-0": t(
        "automation components and system integration",
        "Automatisierungskomponenten und Systemintegration",
        "自动化部件与系统集成",
    ),
    "ev-support-services": t(
        "battery cells, busbars and thermal components",
        "Batteriezellen, Stromschienen und Thermokomponenten",
        "电芯、汇流排和热管理部件",
    ),
    "biomedical-image-data": t(
        "detector electronics, optics and clinical data services",
        "Detektorelektronik, Optiken und klinische Datendienste",
        "探测器电子、光学元件和临床数据服务",
    ),
    "laser-additive-manufacturing": t(
        "metal powders, sheet metal and laser optics",
        "Metallpulver, Bleche und Laseroptiken",
        "金属粉末、钣金和激光光学元件",
    ),
    "textiles": t(
        "yarns, weaving, dyeing and finishing",
        "Garne, Weberei, Färberei und Veredlung",
        "纱线、织造、印染和后整理",
    ),
    "new-materials": t(
        "engineering plastics, composites and special alloys",
        "technische Kunststoffe, Verbundwerkstoffe und Speziallegierungen",
        "工程塑料、复合材料和特种合金",
    ),
    "medical-devices": t(
        "clean-room moulding and sterile packaging",
        "Reinraum-Spritzguss und Sterilverpackung",
        "洁净注塑和无菌包装",
    ),
    "integrated-circuits": t(
        "PCB assembly, packaging and testing",
        "Leiterplattenbestückung, Packaging und Test",
        "电路板贴装、封装和测试",
    ),
    "robotics": t(
        "servo motors, reducers and machine vision",
        "Servomotoren, Untersetzungsgetriebe und Bildverarbeitung",
        "伺服电机、减速器和机器视觉",
    ),
    "green-energy": t(
        "copper windings, power electronics and steel structures",
        "Kupferwicklungen, Leistungselektronik und Stahlbau",
        "铜绕组、电力电子和钢结构",
    ),
    "precision-machinery": t(
        "turned, milled and ground precision parts",
        "Dreh-, Fräs- und Schleifteile",
        "精密车铣磨加工件",
    ),
    "auto-parts": t(
        "die castings, stampings and wiring harnesses",
        "Druckguss, Stanzteile und Kabelbäume",
        "压铸件、冲压件和线束",
    ),
    "fine-chemicals": t(
        "basic chemicals, solvents and hazardous-goods logistics",
        "Grundchemikalien, Lösemittel und Gefahrgutlogistik",
        "基础化学品、溶剂和危化品物流",
    ),
    "innovative-design": t(
        "prototyping, packaging design and small-batch production",
        "Prototypenbau, Verpackungsdesign und Kleinserien",
        "样品制作、包装设计和小批量生产",
    ),
}

# German city, Land (en, de, zh)
DE_CITIES: tuple[tuple[Text, Text], ...] = tuple(
    (t(c, c_de, c_zh), t(s_en, s_de, s_zh))
    for c, c_de, c_zh, s_en, s_de, s_zh in (
        ("Reutlingen", "Reutlingen", "罗伊特林根", "Baden-Württemberg", "Baden-Württemberg", "巴登-符腾堡州"),
        ("Tuttlingen", "Tuttlingen", "图特林根", "Baden-Württemberg", "Baden-Württemberg", "巴登-符腾堡州"),
        ("Heilbronn", "Heilbronn", "海尔布隆", "Baden-Württemberg", "Baden-Württemberg", "巴登-符腾堡州"),
        ("Ulm", "Ulm", "乌尔姆", "Baden-Württemberg", "Baden-Württemberg", "巴登-符腾堡州"),
        ("Pforzheim", "Pforzheim", "普福尔茨海姆", "Baden-Württemberg", "Baden-Württemberg", "巴登-符腾堡州"),
        ("Aalen", "Aalen", "阿伦", "Baden-Württemberg", "Baden-Württemberg", "巴登-符腾堡州"),
        ("Karlsruhe", "Karlsruhe", "卡尔斯鲁厄", "Baden-Württemberg", "Baden-Württemberg", "巴登-符腾堡州"),
        ("Freiburg", "Freiburg", "弗莱堡", "Baden-Württemberg", "Baden-Württemberg", "巴登-符腾堡州"),
        ("Villingen-Schwenningen", "Villingen-Schwenningen", "菲林根-施文宁根", "Baden-Württemberg", "Baden-Württemberg", "巴登-符腾堡州"),
        ("Augsburg", "Augsburg", "奥格斯堡", "Bavaria", "Bayern", "巴伐利亚州"),
        ("Regensburg", "Regensburg", "雷根斯堡", "Bavaria", "Bayern", "巴伐利亚州"),
        ("Erlangen", "Erlangen", "埃尔朗根", "Bavaria", "Bayern", "巴伐利亚州"),
        ("Nuremberg", "Nürnberg", "纽伦堡", "Bavaria", "Bayern", "巴伐利亚州"),
        ("Ingolstadt", "Ingolstadt", "因戈尔施塔特", "Bavaria", "Bayern", "巴伐利亚州"),
        ("Würzburg", "Würzburg", "维尔茨堡", "Bavaria", "Bayern", "巴伐利亚州"),
        ("Rosenheim", "Rosenheim", "罗森海姆", "Bavaria", "Bayern", "巴伐利亚州"),
        ("Bielefeld", "Bielefeld", "比勒费尔德", "North Rhine-Westphalia", "Nordrhein-Westfalen", "北莱茵-威斯特法伦州"),
        ("Aachen", "Aachen", "亚琛", "North Rhine-Westphalia", "Nordrhein-Westfalen", "北莱茵-威斯特法伦州"),
        ("Wuppertal", "Wuppertal", "伍珀塔尔", "North Rhine-Westphalia", "Nordrhein-Westfalen", "北莱茵-威斯特法伦州"),
        ("Münster", "Münster", "明斯特", "North Rhine-Westphalia", "Nordrhein-Westfalen", "北莱茵-威斯特法伦州"),
        ("Dortmund", "Dortmund", "多特蒙德", "North Rhine-Westphalia", "Nordrhein-Westfalen", "北莱茵-威斯特法伦州"),
        ("Siegen", "Siegen", "锡根", "North Rhine-Westphalia", "Nordrhein-Westfalen", "北莱茵-威斯特法伦州"),
        ("Krefeld", "Krefeld", "克雷菲尔德", "North Rhine-Westphalia", "Nordrhein-Westfalen", "北莱茵-威斯特法伦州"),
        ("Mönchengladbach", "Mönchengladbach", "门兴格拉德巴赫", "North Rhine-Westphalia", "Nordrhein-Westfalen", "北莱茵-威斯特法伦州"),
        ("Chemnitz", "Chemnitz", "开姆尼茨", "Saxony", "Sachsen", "萨克森州"),
        ("Dresden", "Dresden", "德累斯顿", "Saxony", "Sachsen", "萨克森州"),
        ("Leipzig", "Leipzig", "莱比锡", "Saxony", "Sachsen", "萨克森州"),
        ("Zwickau", "Zwickau", "茨维考", "Saxony", "Sachsen", "萨克森州"),
        ("Plauen", "Plauen", "普劳恩", "Saxony", "Sachsen", "萨克森州"),
        ("Darmstadt", "Darmstadt", "达姆施塔特", "Hesse", "Hessen", "黑森州"),
        ("Kassel", "Kassel", "卡塞尔", "Hesse", "Hessen", "黑森州"),
        ("Wetzlar", "Wetzlar", "韦茨拉尔", "Hesse", "Hessen", "黑森州"),
        ("Fulda", "Fulda", "富尔达", "Hesse", "Hessen", "黑森州"),
        ("Brunswick", "Braunschweig", "不伦瑞克", "Lower Saxony", "Niedersachsen", "下萨克森州"),
        ("Hanover", "Hannover", "汉诺威", "Lower Saxony", "Niedersachsen", "下萨克森州"),
        ("Osnabrück", "Osnabrück", "奥斯纳布吕克", "Lower Saxony", "Niedersachsen", "下萨克森州"),
        ("Göttingen", "Göttingen", "哥廷根", "Lower Saxony", "Niedersachsen", "下萨克森州"),
        ("Kiel", "Kiel", "基尔", "Schleswig-Holstein", "Schleswig-Holstein", "石勒苏益格-荷尔斯泰因州"),
        ("Lübeck", "Lübeck", "吕贝克", "Schleswig-Holstein", "Schleswig-Holstein", "石勒苏益格-荷尔斯泰因州"),
        ("Flensburg", "Flensburg", "弗伦斯堡", "Schleswig-Holstein", "Schleswig-Holstein", "石勒苏益格-荷尔斯泰因州"),
        ("Jena", "Jena", "耶拿", "Thuringia", "Thüringen", "图林根州"),
        ("Erfurt", "Erfurt", "埃尔福特", "Thuringia", "Thüringen", "图林根州"),
        ("Kaiserslautern", "Kaiserslautern", "凯泽斯劳滕", "Rhineland-Palatinate", "Rheinland-Pfalz", "莱茵兰-普法尔茨州"),
        ("Hamburg", "Hamburg", "汉堡", "Hamburg", "Hamburg", "汉堡州"),
        ("Bremen", "Bremen", "不来梅", "Bremen", "Bremen", "不来梅州"),
    )
)  # fmt: skip

# Fictional German family or place names used for company names, with Chinese renderings.
DE_FIRM_NAMES: tuple[tuple[str, str], ...] = (
    ("Hallberg", "哈尔贝格"), ("Lindenau", "林德瑙"), ("Ostermann", "奥斯特曼"),
    ("Falkenberg", "法尔肯贝格"), ("Thalheim", "塔尔海姆"), ("Rohrbach", "罗尔巴赫"),
    ("Eichenau", "艾兴瑙"), ("Wiesenthal", "维森塔尔"), ("Steinfeld", "施泰因费尔德"),
    ("Birkenhain", "比尔肯海恩"), ("Albrecht", "阿尔布雷希特"), ("Hartwig", "哈特维希"),
    ("Vossberg", "福斯贝格"), ("Kranich", "克拉尼希"), ("Lorenzen", "洛伦岑"),
    ("Weidenbach", "魏登巴赫"), ("Haberland", "哈伯兰"), ("Reinholdt", "莱因霍尔特"),
    ("Sommerfeld", "佐默费尔德"), ("Grünwald", "格林瓦尔德"), ("Moosburg", "莫斯堡"),
    ("Kaltenbach", "卡尔滕巴赫"), ("Jungnickel", "容尼克尔"), ("Tiedemann", "蒂德曼"),
    ("Engelhardt", "恩格尔哈特"), ("Brandauer", "布兰道尔"), ("Holtkamp", "霍尔特坎普"),
    ("Quandel", "宽德尔"), ("Wendland", "文德兰"), ("Schallmoser", "沙尔莫泽"),
    ("Feldhaus", "费尔德豪斯"), ("Ahlers", "阿勒斯"), ("Böttcher", "伯特歇尔"),
    ("Dannenberg", "丹嫩贝格"), ("Ehrhardt", "埃哈特"), ("Fischbach", "菲施巴赫"),
    ("Gerlach", "格拉赫"), ("Hufnagel", "胡夫纳格尔"), ("Isenberg", "伊森贝格"),
    ("Jessen", "耶森"), ("Kämmerer", "克默雷尔"), ("Leitner", "莱特纳"),
    ("Mertens", "默滕斯"), ("Nordhoff", "诺德霍夫"), ("Oberländer", "奥伯兰德"),
    ("Prange", "普朗格"), ("Rautenberg", "劳滕贝格"), ("Sattler", "扎特勒"),
    ("Trautmann", "特劳特曼"), ("Uhland", "乌兰"), ("Vogelsang", "福格尔桑"),
    ("Wallner", "瓦尔纳"), ("Zeidler", "蔡德勒"), ("Achterberg", "阿赫特贝格"),
    ("Bergmann", "贝格曼"), ("Claussen", "克劳森"), ("Dietrich", "迪特里希"),
    ("Eggers", "埃格斯"), ("Frommhold", "弗罗姆霍尔德"), ("Gutknecht", "古特克内希特"),
    ("Heinemann", "海涅曼"), ("Imhof", "伊姆霍夫"), ("Kirchhoff", "基希霍夫"),
    ("Lammers", "拉默斯"), ("Möllenkamp", "默伦坎普"), ("Neuhaus", "诺伊豪斯"),
    ("Osterloh", "奥斯特洛"), ("Petersen", "彼得森"), ("Reichenbach", "赖兴巴赫"),
    ("Schönfeld", "舍恩费尔德"), ("Thielemann", "蒂勒曼"), ("Ullrich", "乌尔里希"),
    ("Wagenknecht", "瓦根克内希特"), ("Westphal", "韦斯特法尔"), ("Zimmerling", "齐默林"),
    ("Altenburg", "阿尔滕堡"), ("Bischoff", "比朔夫"), ("Degenhardt", "德根哈特"),
    ("Eisenreich", "艾森赖希"), ("Fuhrmann", "富尔曼"), ("Gottschalk", "戈特沙尔克"),
    ("Herzberg", "赫茨贝格"), ("Jahnke", "扬克"), ("Klingenberg", "克林根贝格"),
    ("Lohmeyer", "洛迈尔"), ("Mühlenbeck", "米伦贝克"), ("Niederberger", "尼德贝格尔"),
    ("Rosenau", "罗森瑙"), ("Scheller", "舍勒"), ("Tannenberg", "坦嫩贝格"),
    ("Vierling", "菲尔林"), ("Winterhalder", "温特哈尔德"), ("Wolters", "沃尔特斯"),
    ("Brachmann", "布拉赫曼"), ("Kortmann", "科特曼"), ("Hesselbach", "黑塞尔巴赫"),
    ("Stegmann", "施泰格曼"), ("Ruppert", "鲁佩特"), ("Sievers", "西弗斯"),
    ("Dornhof", "多恩霍夫"),
)  # fmt: skip

LEGAL_FORMS: tuple[tuple[str, str, int], ...] = (
    ("GmbH", "有限公司", 76),
    ("AG", "股份公司", 10),
    ("KG", "两合公司", 9),
    ("SE", "欧洲股份公司", 5),
)


@dataclass(frozen=True)
class Place:
    """A district, county or county-level city in Zhejiang."""

    key: str  # ascii slug
    name: Text  # "Keqiao District" / "Keqiao" / "柯桥区"
    stem_zh: str  # "柯桥"
    city: Text  # prefecture-level city
    level: str  # district | city | county
    tags: tuple[str, ...]  # industries the place is known for


def _pl(key: str, en: str, zh: str, city: str, level: str, tags: str) -> Place:
    cities = {
        "Shaoxing": "绍兴",
        "Hangzhou": "杭州",
        "Ningbo": "宁波",
        "Jiaxing": "嘉兴",
        "Huzhou": "湖州",
        "Taizhou": "台州",
        "Jinhua": "金华",
    }
    short = en.replace(" District", "").replace(" County", "")
    stem = zh[:-1] if zh[-1] in "区县市" else zh
    return Place(
        key=key,
        name=t(en, short, zh),
        stem_zh=stem,
        city=t(city, city, cities[city]),
        level=level,
        tags=tuple(tags.split()),
    )


PLACES: dict[str, Place] = {
    pl.key: pl
    for pl in (
        _pl("keqiao", "Keqiao District", "柯桥区", "Shaoxing", "district", "textiles innovative-design fine-chemicals"),
        _pl("shangyu", "Shangyu District", "上虞区", "Shaoxing", "district", "fine-chemicals ev-support-services new-materials"),
        _pl("zhuji", "Zhuji", "诸暨市", "Shaoxing", "city", "industrie-4-0 precision-machinery auto-parts"),
        _pl("shengzhou", "Shengzhou", "嵊州市", "Shaoxing", "city", "precision-machinery green-energy textiles"),
        _pl("xinchang", "Xinchang County", "新昌县", "Shaoxing", "county", "medical-devices precision-machinery fine-chemicals"),
        _pl("xiaoshan", "Xiaoshan District", "萧山区", "Hangzhou", "district", "auto-parts integrated-circuits textiles"),
        _pl("yuhang", "Yuhang District", "余杭区", "Hangzhou", "district", "industrie-4-0 laser-additive-manufacturing biomedical-image-data"),
        _pl("qiantang", "Qiantang District", "钱塘区", "Hangzhou", "district", "biomedical-image-data integrated-circuits medical-devices"),
        _pl("fuyang", "Fuyang District", "富阳区", "Hangzhou", "district", "new-materials precision-machinery"),
        _pl("linping", "Linping District", "临平区", "Hangzhou", "district", "industrie-4-0 textiles"),
        _pl("beilun", "Beilun District", "北仑区", "Ningbo", "district", "auto-parts ev-support-services precision-machinery"),
        _pl("yinzhou", "Yinzhou District", "鄞州区", "Ningbo", "district", "integrated-circuits innovative-design"),
        _pl("cixi", "Cixi", "慈溪市", "Ningbo", "city", "green-energy robotics"),
        _pl("yuyao", "Yuyao", "余姚市", "Ningbo", "city", "robotics laser-additive-manufacturing"),
        _pl("zhenhai", "Zhenhai District", "镇海区", "Ningbo", "district", "fine-chemicals new-materials"),
        _pl("nanhu", "Nanhu District", "南湖区", "Jiaxing", "district", "integrated-circuits industrie-4-0"),
        _pl("pinghu", "Pinghu", "平湖市", "Jiaxing", "city", "precision-machinery auto-parts"),
        _pl("haining", "Haining", "海宁市", "Jiaxing", "city", "laser-additive-manufacturing textiles"),
        _pl("tongxiang", "Tongxiang", "桐乡市", "Jiaxing", "city", "new-materials textiles"),
        _pl("jiashan", "Jiashan County", "嘉善县", "Jiaxing", "county", "integrated-circuits precision-machinery"),
        _pl("wuxing", "Wuxing District", "吴兴区", "Huzhou", "district", "industrie-4-0 green-energy"),
        _pl("changxing", "Changxing County", "长兴县", "Huzhou", "county", "green-energy ev-support-services"),
        _pl("deqing", "Deqing County", "德清县", "Huzhou", "county", "new-materials industrie-4-0"),
        _pl("anji", "Anji County", "安吉县", "Huzhou", "county", "innovative-design green-energy"),
        _pl("huangyan", "Huangyan District", "黄岩区", "Taizhou", "district", "new-materials auto-parts fine-chemicals"),
        _pl("wenling", "Wenling", "温岭市", "Taizhou", "city", "precision-machinery robotics"),
        _pl("yuhuan", "Yuhuan", "玉环市", "Taizhou", "city", "auto-parts ev-support-services"),
        _pl("yiwu", "Yiwu", "义乌市", "Jinhua", "city", "innovative-design green-energy"),
        _pl("yongkang", "Yongkang", "永康市", "Jinhua", "city", "industrie-4-0 ev-support-services"),
        _pl("dongyang", "Dongyang", "东阳市", "Jinhua", "city", "innovative-design medical-devices"),
    )
}  # fmt: skip

GOV_PLACES: tuple[str, ...] = (
    "keqiao", "shangyu", "zhuji", "shengzhou", "xinchang", "xiaoshan", "yuhang", "qiantang",
    "fuyang", "beilun", "yinzhou", "cixi", "yuyao", "nanhu", "pinghu", "haining", "tongxiang",
    "changxing", "deqing", "huangyan", "wenling", "yongkang",
)  # fmt: skip

AGENCY_PLACES: tuple[str, ...] = (
    "keqiao", "shangyu", "zhuji", "xinchang", "shengzhou", "linping", "zhenhai", "jiashan",
    "anji", "yiwu",
)  # fmt: skip


@dataclass(frozen=True)
class ParkTheme:
    """A thematic industrial park type."""

    name: Text  # en "{place} ... Park", de "... {place}", zh "{stem}..."
    tags: tuple[str, ...]
    nace: tuple[str, ...]


PARK_THEMES: dict[str, ParkTheme] = {
    "sino-german": ParkTheme(
        t("Sino-German Industrial Cooperation Park", "Deutsch-Chinesischer Industriekooperationspark", "中德产业合作园"),
        ("industrie-4-0", "precision-machinery", "auto-parts"),
        ("C28", "C29", "C27"),
    ),
    "smart": ParkTheme(
        t("Intelligent Manufacturing Park", "Park für intelligente Fertigung", "智能制造产业园"),
        ("industrie-4-0", "robotics"),
        ("C28", "C26"),
    ),
    "nev": ParkTheme(
        t("New Energy Vehicle Industrial Park", "Industriepark für Elektrofahrzeuge", "新能源汽车产业园"),
        ("ev-support-services", "auto-parts"),
        ("C29", "C27"),
    ),
    "bio": ParkTheme(
        t("Biomedicine and Medical Imaging Park", "Park für Biomedizin und medizinische Bildgebung", "生物医药与医学影像产业园"),
        ("biomedical-image-data", "medical-devices"),
        ("C21", "C26", "C32"),
    ),
    "laser": ParkTheme(
        t("Laser and Additive Manufacturing Park", "Park für Laser- und additive Fertigung", "激光与增材制造产业园"),
        ("laser-additive-manufacturing", "new-materials"),
        ("C28", "C25"),
    ),
    "textile": ParkTheme(
        t("Modern Textile Industrial Park", "Industriepark für moderne Textilien", "现代纺织产业园"),
        ("textiles", "innovative-design"),
        ("C13", "C28"),
    ),
    "ic": ParkTheme(
        t("Integrated Circuit Industrial Park", "Industriepark für integrierte Schaltungen", "集成电路产业园"),
        ("integrated-circuits",),
        ("C26",),
    ),
    "materials": ParkTheme(
        t("New Materials Industrial Park", "Industriepark für neue Werkstoffe", "新材料产业园"),
        ("new-materials", "fine-chemicals"),
        ("C20", "C22", "C24"),
    ),
    "energy": ParkTheme(
        t("Green Energy Equipment Park", "Park für grüne Energietechnik", "绿色能源装备产业园"),
        ("green-energy",),
        ("C27", "C28"),
    ),
    "equipment": ParkTheme(
        t("High-End Equipment Industrial Park", "Industriepark für High-End-Ausrüstung", "高端装备产业园"),
        ("precision-machinery", "robotics"),
        ("C28", "C30"),
    ),
    "chem": ParkTheme(
        t("Fine Chemicals Park", "Park für Feinchemie", "精细化工园区"),
        ("fine-chemicals",),
        ("C20", "C21"),
    ),
    "design": ParkTheme(
        t("Design and Innovation Park", "Design- und Innovationspark", "创意设计产业园"),
        ("innovative-design", "textiles"),
        ("C13", "C32"),
    ),
}  # fmt: skip

PARKS: tuple[tuple[str, str], ...] = (
    ("keqiao", "textile"), ("keqiao", "design"), ("keqiao", "sino-german"), ("shangyu", "nev"),
    ("shangyu", "chem"), ("zhuji", "smart"), ("zhuji", "laser"), ("shengzhou", "equipment"),
    ("xinchang", "bio"), ("xiaoshan", "ic"), ("qiantang", "bio"), ("yuhang", "laser"),
    ("beilun", "nev"), ("yinzhou", "ic"), ("cixi", "energy"), ("yuyao", "smart"),
    ("pinghu", "sino-german"), ("haining", "laser"), ("jiashan", "ic"), ("changxing", "energy"),
    ("deqing", "materials"), ("huangyan", "materials"), ("yuhuan", "nev"), ("yongkang", "smart"),
    ("dongyang", "design"), ("wenling", "equipment"),
)  # fmt: skip

CN_BRANDS: tuple[tuple[str, str], ...] = (
    ("Yueda", "越达"), ("Hengxin", "恒鑫"), ("Jiahe", "嘉禾"), ("Ruifeng", "瑞丰"),
    ("Tianyu", "天宇"), ("Huarui", "华锐"), ("Yuanhang", "远航"), ("Jingcheng", "精诚"),
    ("Boyuan", "博远"), ("Dingli", "鼎立"), ("Haina", "海纳"), ("Jinqiao", "金桥"),
    ("Zhuoyue", "卓越"), ("Hongyi", "弘毅"), ("Mingchuan", "明川"), ("Lanting", "兰亭"),
    ("Jianhu", "鉴湖"), ("Jishan", "稽山"), ("Cao'e", "曹娥"), ("Huansha", "浣纱"),
    ("Wozhou", "沃洲"), ("Qianjiang", "钱江"), ("Zhijiang", "之江"), ("Yongxin", "甬新"),
    ("Hesheng", "禾盛"), ("Tiaoxi", "苕溪"), ("Yonghe", "永和"), ("Zhongchi", "中驰"),
    ("Kaiyue", "凯越"), ("Hengbang", "恒邦"), ("Zhonghe", "众合"), ("Kerun", "科润"),
    ("Xinyue", "新越"), ("Runda", "润达"), ("Jincheng", "锦程"), ("Shuntai", "顺泰"),
)  # fmt: skip

# (en, de, zh, city/place key, tags, de phrase used after "an/am", domain)
UNIVERSITIES: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    (
        "Black Forest-Baar University of Applied Sciences",
        "Hochschule Schwarzwald-Baar für Technik",
        "黑森林-巴尔应用技术大学",
        "DE:Villingen-Schwenningen",
        "precision-machinery medical-devices",
        "an der Hochschule Schwarzwald-Baar für Technik",
        "hs-schwarzwald-baar.example.de",
        "C28 C32",
    ),
    (
        "Erlangen Institute for Imaging and Data Science",
        "Erlanger Institut für Bildgebung und Datenwissenschaft",
        "埃尔朗根影像与数据科学研究所",
        "DE:Erlangen",
        "biomedical-image-data medical-devices",
        "am Erlanger Institut für Bildgebung und Datenwissenschaft",
        "ibd-erlangen.example.de",
        "C26 C32",
    ),
    (
        "Lower Rhine Textile and Fibre Research Centre",
        "Textil- und Faserforschungszentrum Niederrhein",
        "下莱茵纺织与纤维研究中心",
        "DE:Krefeld",
        "textiles new-materials",
        "am Textil- und Faserforschungszentrum Niederrhein",
        "tfz-niederrhein.example.de",
        "C13 C20",
    ),
    (
        "Saxon Institute for Electromobility and Lightweight Design",
        "Sächsisches Institut für Elektromobilität und Leichtbau",
        "萨克森电动出行与轻量化研究所",
        "DE:Chemnitz",
        "ev-support-services auto-parts",
        "am Sächsischen Institut für Elektromobilität und Leichtbau",
        "sel-chemnitz.example.de",
        "C29 C27",
    ),
    (
        "Aachen-West Centre for Laser Production",
        "Zentrum für Laserproduktion Aachen-West",
        "亚琛西部激光生产中心",
        "DE:Aachen",
        "laser-additive-manufacturing precision-machinery",
        "am Zentrum für Laserproduktion Aachen-West",
        "zlp-aachen.example.de",
        "C28 C25",
    ),
    (
        "Shaoxing Institute of Intelligent Manufacturing",
        "Shaoxing-Institut für intelligente Fertigung",
        "绍兴智能制造研究院",
        "CN:Shaoxing",
        "industrie-4-0 robotics",
        "am Shaoxing-Institut für intelligente Fertigung",
        "sxiim.example.cn",
        "C28 C26",
    ),
    (
        "Keqiao Textile Innovation Institute",
        "Textilinnovationsinstitut Keqiao",
        "柯桥纺织创新研究院",
        "CN:keqiao",
        "textiles innovative-design",
        "am Textilinnovationsinstitut Keqiao",
        "kqtii.example.cn",
        "C13 C20",
    ),
    (
        "Hangzhou Bay Institute of Biomedical Imaging",
        "Hangzhou-Bay-Institut für biomedizinische Bildgebung",
        "杭州湾生物医学影像研究院",
        "CN:qiantang",
        "biomedical-image-data medical-devices",
        "am Hangzhou-Bay-Institut für biomedizinische Bildgebung",
        "hzbibi.example.cn",
        "C26 C21",
    ),
    (
        "Ningbo Institute of Laser and Additive Manufacturing",
        "Ningbo-Institut für Laser- und additive Fertigung",
        "宁波激光与增材制造研究院",
        "CN:beilun",
        "laser-additive-manufacturing new-materials",
        "am Ningbo-Institut für Laser- und additive Fertigung",
        "nbilam.example.cn",
        "C28 C25",
    ),
    (
        "Zhejiang Sino-German University of Applied Technology",
        "Deutsch-Chinesische Hochschule für angewandte Technik Zhejiang",
        "浙江中德应用技术大学",
        "CN:Hangzhou",
        "industrie-4-0 precision-machinery",
        "an der Deutsch-Chinesischen Hochschule für angewandte Technik Zhejiang",
        "zjsgu.example.cn",
        "C28 C29",
    ),
    (
        "Yuedong University of Science and Technology",
        "Yuedong-Universität für Wissenschaft und Technik",
        "越东科技大学",
        "CN:Shaoxing",
        "new-materials green-energy",
        "an der Yuedong-Universität für Wissenschaft und Technik",
        "ydust.example.cn",
        "C27 C24",
    ),
    (
        "Shangyu Research Institute of Fine Chemicals",
        "Forschungsinstitut für Feinchemie Shangyu",
        "上虞精细化工研究院",
        "CN:shangyu",
        "fine-chemicals new-materials",
        "am Forschungsinstitut für Feinchemie Shangyu",
        "syrifc.example.cn",
        "C20 C21",
    ),
)

# (en, de, zh, place, tags, domain, nace)
ASSOCIATIONS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    (
        "German-Chinese Business Circle Rhine-Ruhr",
        "Deutsch-Chinesischer Wirtschaftskreis Rhein-Ruhr",
        "莱茵-鲁尔德中经济圈",
        "DE:Dortmund",
        "industrie-4-0 auto-parts",
        "dcwk-rhein-ruhr.example.de",
        "C28 C29",
    ),
    (
        "China Working Group of the Swabian Mittelstand",
        "Arbeitskreis China des schwäbischen Mittelstands",
        "施瓦本中小企业中国工作组",
        "DE:Reutlingen",
        "precision-machinery industrie-4-0",
        "ak-china-schwaben.example.de",
        "C28 C25",
    ),
    (
        "Danube-Heuberg Medical Technology Network",
        "Medizintechnik-Netzwerk Donau-Heuberg",
        "多瑙-霍伊贝格医疗技术网络",
        "DE:Tuttlingen",
        "medical-devices biomedical-image-data",
        "medtech-donau-heuberg.example.de",
        "C32 C26",
    ),
    (
        "Saxony-Vogtland Textile Network",
        "Textilnetzwerk Sachsen-Vogtland",
        "萨克森-福格特兰纺织网络",
        "DE:Plauen",
        "textiles innovative-design",
        "textilnetz-vogtland.example.de",
        "C13",
    ),
    (
        "Lower Saxony Electromobility Cluster",
        "Cluster Elektromobilität Niedersachsen",
        "下萨克森电动出行产业集群",
        "DE:Brunswick",
        "ev-support-services auto-parts",
        "emob-niedersachsen.example.de",
        "C29 C27",
    ),
    (
        "Central Germany Photonics and Laser Alliance",
        "Allianz Photonik und Laser Mitteldeutschland",
        "德国中部光子与激光联盟",
        "DE:Jena",
        "laser-additive-manufacturing integrated-circuits",
        "photonik-mitteldeutschland.example.de",
        "C26 C28",
    ),
    (
        "Shaoxing Sino-German Enterprise Exchange Association",
        "Verein für deutsch-chinesischen Unternehmensaustausch Shaoxing",
        "绍兴市中德企业交流协会",
        "CN:Shaoxing",
        "industrie-4-0 precision-machinery",
        "sxsgeea.example.cn",
        "C28 C29",
    ),
    (
        "Keqiao Functional Textiles Alliance",
        "Allianz für Funktionstextilien Keqiao",
        "柯桥功能性纺织品产业联盟",
        "CN:keqiao",
        "textiles new-materials",
        "kqfta.example.cn",
        "C13",
    ),
    (
        "Shangyu New Energy Vehicle Parts Alliance",
        "Allianz für E-Fahrzeugkomponenten Shangyu",
        "上虞新能源汽车零部件产业联盟",
        "CN:shangyu",
        "ev-support-services auto-parts",
        "synevpa.example.cn",
        "C29 C27",
    ),
    (
        "Zhejiang Medical Imaging Data Alliance",
        "Allianz für medizinische Bilddaten Zhejiang",
        "浙江医学影像数据产业联盟",
        "CN:Hangzhou",
        "biomedical-image-data medical-devices",
        "zjmida.example.cn",
        "C26 C32",
    ),
    (
        "Ningbo Laser and Additive Manufacturing Association",
        "Verband für Laser- und additive Fertigung Ningbo",
        "宁波激光与增材制造协会",
        "CN:Ningbo",
        "laser-additive-manufacturing precision-machinery",
        "nblama.example.cn",
        "C28 C25",
    ),
)

CN_CITIES_SALES: tuple[Text, ...] = (
    t("Shanghai", "Shanghai", "上海"),
    t("Suzhou", "Suzhou", "苏州"),
    t("Hangzhou", "Hangzhou", "杭州"),
    t("Ningbo", "Ningbo", "宁波"),
    t("Shenzhen", "Shenzhen", "深圳"),
    t("Beijing", "Peking", "北京"),
    t("Tianjin", "Tianjin", "天津"),
    t("Guangzhou", "Guangzhou", "广州"),
    t("Qingdao", "Qingdao", "青岛"),
    t("Wuxi", "Wuxi", "无锡"),
)

REGIONS: dict[str, Text] = {
    "Shaoxing": t("Shaoxing", "Shaoxing", "绍兴"),
    "Hangzhou": t("Hangzhou", "Hangzhou", "杭州"),
    "Ningbo": t("Ningbo", "Ningbo", "宁波"),
    "Jiaxing": t("Jiaxing", "Jiaxing", "嘉兴"),
    "Huzhou": t("Huzhou", "Huzhou", "湖州"),
    "Taizhou": t("Taizhou", "Taizhou", "台州"),
    "Jinhua": t("Jinhua", "Jinhua", "金华"),
    "Shanghai": t("Shanghai", "Shanghai", "上海"),
    "Suzhou": t("Suzhou", "Suzhou", "苏州"),
}

MARKETS: tuple[Text, ...] = (
    t("in East China", "in Ostchina", "华东地区"),
    t("in the Yangtze River Delta", "im Jangtse-Delta", "长三角地区"),
    t("in Zhejiang and Jiangsu", "in Zhejiang und Jiangsu", "浙江和江苏"),
    t("across China", "in ganz China", "全国各地"),
    t("in China and South-East Asia", "in China und Südostasien", "中国及东南亚"),
)

SUPPORT: tuple[Text, ...] = (
    t("recruiting skilled workers", "der Gewinnung von Fachkräften", "技术工人招聘"),
    t("land-use and building permits", "den Landnutzungs- und Baugenehmigungen", "用地和施工许可"),
    t("recognition as a high-tech enterprise", "der Anerkennung als Hightech-Unternehmen", "高新技术企业认定"),
    t("customs clearance of production equipment", "der Zollabfertigung der Produktionsanlagen", "生产设备进口通关"),
    t("the environmental impact assessment", "der Umweltverträglichkeitsprüfung", "环境影响评价"),
    t("housing for expatriate staff", "der Wohnungssuche für entsandte Mitarbeitende", "外派员工住房安排"),
    t("contacts to local suppliers", "der Anbahnung von Kontakten zu lokalen Zulieferern", "本地供应商对接"),
    t(
        "product registration with Chinese authorities",
        "der Produktzulassung bei chinesischen Behörden",
        "产品注册审批",
    ),
    t("training local technicians", "der Ausbildung lokaler Techniker", "本地技术人员培训"),
)

TALENT_NEEDS: tuple[str, ...] = (
    "CNC machinists and maintenance technicians",
    "quality engineers with German language skills",
    "process engineers with three to five years of experience",
    "a bilingual plant manager and a purchasing lead",
    "software developers for embedded systems",
    "regulatory affairs specialists for NMPA registration",
    "production supervisors with lean manufacturing experience",
    "electrical engineers for commissioning",
    "laboratory technicians and a QA manager",
    "sales engineers for East China",
)

HUBS: tuple[Text, ...] = (
    t("Ningbo-Zhoushan Port", "dem Hafen Ningbo-Zhoushan", "宁波舟山港"),
    t("Hangzhou Xiaoshan International Airport", "dem Flughafen Hangzhou-Xiaoshan", "杭州萧山国际机场"),
    t("Shanghai Pudong International Airport", "dem Flughafen Shanghai-Pudong", "上海浦东国际机场"),
    t("Shaoxing North high-speed railway station", "dem Schnellzugbahnhof Shaoxing-Nord", "绍兴北站"),
    t("Hangzhou East railway station", "dem Bahnhof Hangzhou-Ost", "杭州东站"),
    t("Yangshan Deep-Water Port", "dem Tiefwasserhafen Yangshan", "洋山深水港"),
)

FAIRS: tuple[Text, ...] = (
    t("Hannover Messe", "zur Hannover Messe", "汉诺威工业博览会"),
    t("automatica in Munich", "zur Fachmesse automatica in München", "慕尼黑自动化及机器人展"),
    t("Techtextil in Frankfurt", "zur Techtextil in Frankfurt", "法兰克福国际产业用纺织品展"),
    t("MEDICA in Düsseldorf", "zur MEDICA in Düsseldorf", "杜塞尔多夫医疗展"),
    t("LASER World of PHOTONICS in Munich", "zur LASER World of PHOTONICS in München", "慕尼黑激光光电展"),
    t("Formnext in Frankfurt", "zur Formnext in Frankfurt", "法兰克福增材制造展"),
    t("The smarter E Europe in Munich", "zur Messe The smarter E Europe in München", "慕尼黑智慧能源展"),
)

POLICIES: tuple[Text, ...] = (
    t("Advanced Manufacturing Programme", "Programm für fortschrittliche Fertigung", "先进制造业扶持办法"),
    t("Foreign Investment Incentive Scheme", "Anreizprogramm für Auslandsinvestitionen", "外资招引奖励政策"),
    t("Talent Ecosystem Programme", "Talente-Ökosystem", "人才生态建设若干意见"),
    t("Digital Transformation Fund", "Fonds für digitale Transformation", "数字化改造专项资金管理办法"),
    t("Green Manufacturing Subsidy", "Förderung für grüne Fertigung", "绿色制造专项补助办法"),
    t("Headquarters Economy Policy", "Förderprogramm für Unternehmenszentralen", "总部经济扶持政策"),
)

CN_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"),
    ("Zhao", "赵"), ("Huang", "黄"), ("Zhou", "周"), ("Wu", "吴"), ("Xu", "徐"), ("Sun", "孙"),
    ("Zhu", "朱"), ("Ma", "马"), ("Hu", "胡"), ("Guo", "郭"), ("He", "何"), ("Lin", "林"),
    ("Luo", "罗"), ("Gao", "高"), ("Shen", "沈"), ("Qian", "钱"), ("Jiang", "蒋"), ("Fang", "方"),
)  # fmt: skip

CN_GIVEN: tuple[tuple[str, str, str], ...] = (
    ("Wei", "伟", "m"), ("Jianguo", "建国", "m"), ("Haoran", "浩然", "m"), ("Zhiqiang", "志强", "m"),
    ("Ming", "明", "m"), ("Lei", "磊", "m"), ("Yong", "勇", "m"), ("Tao", "涛", "m"),
    ("Bin", "斌", "m"), ("Xiaoming", "晓明", "m"), ("Yuhang", "宇航", "m"), ("Jun", "俊", "m"),
    ("Fang", "芳", "f"), ("Li", "丽", "f"), ("Jing", "静", "f"), ("Min", "敏", "f"),
    ("Yan", "艳", "f"), ("Xiaoyan", "晓燕", "f"), ("Hui", "慧", "f"), ("Ling", "玲", "f"),
    ("Qian", "倩", "f"), ("Yue", "悦", "f"), ("Xin", "欣", "f"), ("Yiwen", "怡雯", "f"),
)  # fmt: skip

DE_GIVEN: tuple[tuple[str, str, str], ...] = (
    ("Thomas", "托马斯", "m"), ("Andreas", "安德烈亚斯", "m"), ("Michael", "米夏埃尔", "m"),
    ("Stefan", "斯特凡", "m"), ("Matthias", "马蒂亚斯", "m"), ("Jürgen", "于尔根", "m"),
    ("Klaus", "克劳斯", "m"), ("Frank", "弗兰克", "m"), ("Markus", "马库斯", "m"),
    ("Jan", "扬", "m"), ("Tobias", "托比亚斯", "m"), ("Florian", "弗洛里安", "m"),
    ("Sabine", "萨比娜", "f"), ("Katrin", "卡特琳", "f"), ("Claudia", "克劳迪娅", "f"),
    ("Anja", "安雅", "f"), ("Julia", "尤利娅", "f"), ("Susanne", "苏珊娜", "f"),
    ("Monika", "莫妮卡", "f"), ("Petra", "佩特拉", "f"), ("Christina", "克里斯蒂娜", "f"),
    ("Birgit", "比吉特", "f"), ("Lena", "莉娜", "f"), ("Miriam", "米丽娅姆", "f"),
)  # fmt: skip

DE_FAMILY: tuple[tuple[str, str], ...] = (
    ("Becker", "贝克尔"), ("Hoffmann", "霍夫曼"), ("Schulte", "舒尔特"), ("Krämer", "克雷默"),
    ("Lehmann", "莱曼"), ("Winkler", "温克勒"), ("Brandt", "勃兰特"), ("Vogel", "福格尔"),
    ("Keller", "凯勒"), ("Lang", "朗"), ("Roth", "罗特"), ("Busch", "布施"),
    ("Franke", "弗兰克"), ("Haas", "哈斯"), ("Seifert", "赛弗特"), ("Kuhn", "库恩"),
    ("Berger", "贝格尔"), ("Sauer", "绍尔"), ("Pohl", "波尔"), ("Arnold", "阿诺德"),
    ("Ziegler", "齐格勒"), ("Jansen", "扬森"), ("Horn", "霍恩"), ("Engel", "恩格尔"),
)  # fmt: skip

# given, family, country, zh, gender, home-language code
OTHER_EXPERTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("Elena", "Rossi", "IT", "埃琳娜·罗西", "f"),
    ("Pieter", "de Vries", "NL", "彼得·德弗里斯", "m"),
    ("Claire", "Dubois", "FR", "克莱尔·杜布瓦", "f"),
    ("Lars", "Nyström", "SE", "拉尔斯·尼斯特伦", "m"),
    ("Anna", "Gruber", "AT", "安娜·格鲁贝尔", "f"),
    ("Reto", "Ammann", "CH", "雷托·阿曼", "m"),
    ("Marek", "Nowak", "PL", "马雷克·诺瓦克", "m"),
    ("Hiroshi", "Tanaka", "JP", "田中宏", "m"),
)

# Consultancies experts may work for: en, de, zh, de phrase after "bei", domain
CONSULTANCIES: tuple[tuple[str, str, str, str, str], ...] = (
    ("Sinoplan Industrial Consulting", "Sinoplan Industrieberatung", "中规工业咨询", "bei Sinoplan Industrieberatung", "sinoplan.example.de"),
    ("Yangtze Delta Investment Advisory", "Yangtze Delta Investment Advisory", "长三角投资咨询", "bei Yangtze Delta Investment Advisory", "ydia.example.cn"),
    ("Rhine-Yangtze Management Consulting", "Rhein-Jangtse Managementberatung", "莱茵-长江管理咨询", "bei der Rhein-Jangtse Managementberatung", "rhein-jangtse.example.de"),
    ("Qiantang Technology Transfer Partners", "Qiantang Technologietransfer Partner", "钱塘技术转移合伙企业", "bei Qiantang Technologietransfer Partner", "qttp.example.cn"),
)  # fmt: skip

PREVIOUS_EMPLOYERS: tuple[Text, ...] = (
    t("a large German automotive supplier", "bei einem großen deutschen Automobilzulieferer", "一家大型德国汽车零部件企业"),
    t("a Swabian machine-tool builder", "bei einem schwäbischen Werkzeugmaschinenhersteller", "一家施瓦本机床制造企业"),
    t("a listed Chinese battery maker", "bei einem börsennotierten chinesischen Batteriehersteller", "一家中国上市电池企业"),
    t("a medical imaging group in Bavaria", "bei einem Bildgebungskonzern in Bayern", "巴伐利亚一家医学影像集团"),
    t("a textile machinery maker on the Lower Rhine", "bei einem Textilmaschinenbauer am Niederrhein", "下莱茵地区一家纺织机械企业"),
    t("a provincial investment promotion agency", "bei einer Investitionsförderagentur auf Provinzebene", "省级投资促进机构"),
    t("a state-owned equipment group in Hangzhou", "bei einem staatlichen Ausrüstungskonzern in Hangzhou", "杭州一家国有装备集团"),
    t("an international engineering consultancy", "bei einem internationalen Ingenieurbüro", "一家国际工程咨询公司"),
    t("a chemical park operator in Shangyu", "bei einem Chemieparkbetreiber in Shangyu", "上虞一家化工园区运营公司"),
    t("a laser systems manufacturer in Wuhan", "bei einem Laseranlagenbauer in Wuhan", "武汉一家激光设备制造商"),
)  # fmt: skip

RESPONSIBILITIES: tuple[Text, ...] = (
    t("plant planning in Asia", "die Werksplanung in Asien", "亚洲区工厂规划"),
    t("the quality department", "die Qualitätsabteilung", "质量管理部门"),
    t("technology transfer to China", "den Technologietransfer nach China", "对华技术转移"),
    t("supplier development", "die Lieferantenentwicklung", "供应商开发"),
    t("the research and development centre", "das Forschungs- und Entwicklungszentrum", "研发中心"),
    t("foreign investment projects", "die Auslandsinvestitionsprojekte", "外资项目招引"),
    t("production engineering", "die Fertigungstechnik", "生产工艺"),
    t("the joint-venture negotiations", "die Joint-Venture-Verhandlungen", "合资谈判"),
)

STUDY_CITIES: tuple[Text, ...] = (
    t("Aachen", "Aachen", "亚琛"),
    t("Stuttgart", "Stuttgart", "斯图加特"),
    t("Munich", "München", "慕尼黑"),
    t("Dresden", "Dresden", "德累斯顿"),
    t("Karlsruhe", "Karlsruhe", "卡尔斯鲁厄"),
    t("Hangzhou", "Hangzhou", "杭州"),
    t("Shanghai", "Shanghai", "上海"),
    t("Harbin", "Harbin", "哈尔滨"),
    t("Xi'an", "Xi’an", "西安"),
    t("Delft", "Delft", "代尔夫特"),
    t("Zurich", "Zürich", "苏黎世"),
)
