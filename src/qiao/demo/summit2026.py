"""The 2026 summit, in preparation: announced, programme partly set, speakers to come."""

from __future__ import annotations

from qiao.demo.specs import Text

EVENT_KEY = "summit-2026"
NAME = Text(
    en="2026 China-Germany High-End Manufacturing Summit",
    de="Deutsch-Chinesischer Gipfel für High-End-Fertigung 2026",
    zh="2026中德高端制造峰会",
)
THEME = Text(
    en="From intent to operation: German projects landing in Shaoxing",
    de="Von der Absicht zum Betrieb: Deutsche Projekte in Shaoxing",
    zh="从意向到投产：德国项目落地绍兴",
)
DESCRIPTION = Text(
    en=(
        "The ninth edition brings German companies and Chinese districts together in Shaoxing and online. "
        "One-to-one meetings are planned across China and German business hours. The programme is being prepared."
    ),
    de=(
        "Die neunte Ausgabe bringt deutsche Unternehmen und chinesische Bezirke in Shaoxing und online zusammen. "
        "Einzelgespräche werden über die Geschäftszeiten in China und Deutschland hinweg geplant. Das Programm wird vorbereitet."
    ),
    zh="第九届峰会在绍兴线上线下同步举行，汇聚德国企业与中国各区县。一对一洽谈将兼顾中德两地的工作时间。议程正在筹备中。",
)
# (key, kind, day offset, start CST, end CST, online, title, capacity)
SESSIONS: list[tuple[str, str, int, str, str, bool, Text, int | None]] = [
    ("forum", "forum", 0, "09:00", "11:00", False, Text("High-level forum", "Hochrangiges Forum", "高峰论坛"), 400),
    (
        "keynotes",
        "keynote",
        0,
        "11:00",
        "12:00",
        False,
        Text("Keynotes on smart manufacturing", "Keynotes zur intelligenten Fertigung", "智能制造主旨演讲"),
        400,
    ),
    (
        "overseas-connection",
        "online",
        0,
        "15:00",
        "17:30",
        True,
        Text(
            "Overseas online connection: German companies present their projects",
            "Überseeschaltung: Deutsche Unternehmen stellen ihre Projekte vor",
            "海外连线：德国企业项目推介",
        ),
        None,
    ),
    (
        "exhibition",
        "exhibition",
        0,
        "13:30",
        "17:30",
        False,
        Text("German project exhibition", "Deutsche Projektausstellung", "德国项目展"),
        None,
    ),
    (
        "signing",
        "signing",
        1,
        "10:00",
        "11:00",
        False,
        Text("Signing ceremony", "Unterzeichnungszeremonie", "签约仪式"),
        200,
    ),
    # Only in Chinese so far: the translation is pending, and the page shows the fallback.
    ("site-visit-binhai", "site_visit", 1, "14:00", "17:00", False, Text("", "", "参观滨海新区智能制造产业园"), 40),
]
