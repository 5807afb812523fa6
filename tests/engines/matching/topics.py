"""A small hand-written trilingual corpus for the matching tests (not from any eval set)."""

from __future__ import annotations

# Six topics, each written in German, English and Chinese for these tests.
TOPICS: dict[str, dict[str, str]] = {
    "moulding": {
        "de": "Wir fertigen Kunststoffteile im Spritzguss für Autoinnenräume, "
        "etwa Armaturenbretter und Türverkleidungen. "
        "Für ein Werk in China suchen wir eine Halle mit Kränen und gelernte Werkzeugmacher.",
        "en": "We injection-mould plastic parts for car interiors such as dashboards and door panels. "
        "For a plant in China we need a hall with cranes and trained toolmakers.",
        "zh": "本开发区欢迎汽车内饰注塑企业入驻，例如仪表板和门板生产。园区可提供带行车的厂房，并协助招聘模具技工。",
    },
    "wind": {
        "de": "Unser Unternehmen wartet und repariert Getriebe von Windkraftanlagen. "
        "Wir möchten in Küstennähe eine Servicewerkstatt mit Prüfstand aufbauen.",
        "en": "Our company services and repairs gearboxes of wind turbines. "
        "We want to build a service workshop with a test bench near the coast.",
        "zh": "沿海风电产业园寻找风机齿轮箱维修和保养服务商。园区可提供建设试验台的场地，靠近海上风电场。",
    },
    "dairy": {
        "de": "Wir bauen Anlagen für Molkereien: Pasteurisierung, Käsefertigung und Abfüllung von Joghurt. "
        "Gesucht wird ein Vertriebspartner für Milchverarbeiter in Nordchina.",
        "en": "We build plants for dairies: pasteurisation, cheese making and yoghurt filling. "
        "We are looking for a sales partner serving milk processors in northern China.",
        "zh": "我们是华北地区的乳制品加工企业，计划升级巴氏杀菌、奶酪生产和酸奶灌装生产线。"
        "希望与欧洲乳品设备制造商合作。",
    },
    "beds": {
        "de": "Das Unternehmen stellt elektrisch verstellbare Krankenhausbetten und Pflegebetten her. "
        "Wir suchen einen Standort mit Zulassungsberatung für Medizinprodukte.",
        "en": "The company makes electrically adjustable hospital beds and nursing beds. "
        "We are seeking a site with advice on medical device registration.",
        "zh": "医疗器械产业园招引电动护理床和医院病床生产企业。园区提供医疗器械注册咨询服务。",
    },
    "training": {
        "de": "Wir bilden Mechatroniker und CNC-Fachkräfte nach dem dualen System aus. "
        "Mit einer Berufsschule in China möchten wir ein gemeinsames Ausbildungszentrum gründen.",
        "en": "We train mechatronics technicians and CNC specialists in the dual system. "
        "We want to found a joint training centre with a vocational college in China.",
        "zh": "某职业技术学院希望引进德国双元制模式，培养机电一体化和数控技术人才。"
        "学院计划与德国培训机构共建实训中心。",
    },
    "battery": {
        "de": "Wir recyceln Lithium-Ionen-Batterien aus Elektroautos und gewinnen Nickel, Kobalt und Lithium zurück. "
        "Für eine zweite Anlage suchen wir ein Industriegebiet mit Genehmigung für Gefahrstoffe.",
        "en": "We recycle lithium-ion batteries from electric cars and recover nickel, cobalt and lithium. "
        "For a second plant we seek an industrial zone permitted for hazardous materials.",
        "zh": "循环经济产业园重点引进新能源汽车动力电池回收项目，回收镍、钴、锂等金属。园区具备危险废物处理资质。",
    },
}
