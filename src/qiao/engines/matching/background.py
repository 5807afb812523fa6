"""A small background corpus, written for this engine, to estimate language means.

Per-language mean vectors remove the language-specific component of the embeddings.
They are estimated from the indexed corpus; these sentences are the prior that the
corpus means are shrunk towards (and the whole estimate while the index is small).
They are generic statements about firms, sites and cooperation, deliberately spread
over many industries so that the mean carries language, not topic.
"""

from __future__ import annotations

BACKGROUND: dict[str, tuple[str, ...]] = {
    "de": (
        "Unser Familienunternehmen wurde vor über fünfzig Jahren gegründet und beschäftigt heute rund 300 Mitarbeiter.",
        "Wir entwickeln und fertigen Pumpen, Ventile und Armaturen für die Wasserwirtschaft.",
        "Für den Ausbau unserer Produktion suchen wir ein Grundstück mit guter Verkehrsanbindung.",
        "Das Unternehmen liefert Softwarelösungen für die Planung und Steuerung von Lagern.",
        "Wir möchten gemeinsam mit einem Partner vor Ort eine Vertriebs- und Servicegesellschaft gründen.",
        "Die geplante Investition umfasst Gebäude, Maschinen und die Schulung des Personals.",
        "Unsere Kunden kommen vor allem aus dem Maschinenbau, der Lebensmittelindustrie und der Bauwirtschaft.",
        "Wir stellen Kunststoffteile im Spritzgussverfahren für Haushaltsgeräte her.",
        "Gesucht werden qualifizierte Fachkräfte sowie Unterstützung bei Genehmigungsverfahren.",
        "Der Standort sollte nah an einem Hafen oder an einer Autobahn liegen.",
        "Das Projekt befindet sich in der Planungsphase und soll im nächsten Jahr beginnen.",
        "Wir bieten Beratung, Prüfung und Zertifizierung für Produkte der Elektrotechnik an.",
        "Im Bereich erneuerbare Energien planen und bauen wir Wind- und Solaranlagen.",
        "Die Firma produziert Möbelbeschläge und exportiert in mehr als vierzig Länder.",
        "Wir sind an einer langfristigen Zusammenarbeit mit Hochschulen und Forschungsinstituten interessiert.",
        "Eine Halle mit Kran und ausreichender Deckenhöhe ist für uns wichtig.",
        "Unsere Labore analysieren Boden-, Wasser- und Luftproben für Behörden und Industrie.",
        "Wir suchen Zulieferer für Gussteile, Blechteile und elektronische Baugruppen.",
        "Das neue Werk soll nach hohen Umweltstandards gebaut und betrieben werden.",
        "Ein Teil der Produktion soll künftig näher an unseren asiatischen Kunden erfolgen.",
    ),
    "en": (
        "Our family-owned company was founded more than fifty years ago and now employs about 300 people.",
        "We develop and manufacture pumps, valves and fittings for the water industry.",
        "To expand our production we are looking for a plot of land with good transport links.",
        "The company supplies software for planning and controlling warehouses.",
        "We would like to set up a sales and service company together with a local partner.",
        "The planned investment covers buildings, machinery and staff training.",
        "Our customers come mainly from mechanical engineering, the food industry and construction.",
        "We produce injection-moulded plastic parts for household appliances.",
        "We need qualified staff as well as support with permits and approvals.",
        "The site should be close to a port or a motorway.",
        "The project is in the planning phase and is due to start next year.",
        "We offer consulting, testing and certification for electrical products.",
        "In renewable energy we plan and build wind and solar installations.",
        "The firm makes furniture fittings and exports to more than forty countries.",
        "We are interested in long-term cooperation with universities and research institutes.",
        "A hall with a crane and sufficient ceiling height is important to us.",
        "Our laboratories analyse soil, water and air samples for authorities and industry.",
        "We are looking for suppliers of castings, sheet metal parts and electronic assemblies.",
        "The new plant is to be built and run to high environmental standards.",
        "Part of the production is to move closer to our customers in Asia.",
    ),
    "zh": (
        "本公司是一家成立于上世纪的家族企业，目前拥有员工约三百人。",
        "我们研发和生产用于水务行业的水泵、阀门和管件。",
        "为扩大生产规模，我们正在寻找交通便利的工业用地。",
        "该企业为仓储规划和管理提供软件解决方案。",
        "我们希望与当地合作伙伴共同成立销售和服务公司。",
        "计划投资包括厂房建设、设备购置和人员培训。",
        "客户主要来自机械制造、食品工业和建筑行业。",
        "公司采用注塑工艺为家用电器生产塑料零部件。",
        "我们需要专业技术人才，并希望在审批手续方面得到支持。",
        "选址最好靠近港口或高速公路。",
        "项目目前处于规划阶段，预计明年启动。",
        "我们为电气产品提供咨询、检测和认证服务。",
        "在可再生能源领域，我们规划并建设风电和光伏项目。",
        "该公司生产家具五金配件，产品出口到四十多个国家。",
        "我们有意与高校和科研院所开展长期合作。",
        "我们需要配备行车且层高充足的厂房。",
        "我们的实验室为政府部门和企业分析土壤、水和空气样品。",
        "园区内已有铸件、钣金件和电子组件配套企业。",
        "开发区为入驻企业提供税收优惠和一站式审批服务。",
        "新工厂将按照较高的环保标准建设和运营。",
    ),
}
