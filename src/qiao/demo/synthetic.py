"""Synthetic demo data in English, German and Simplified Chinese.

``generate(seed)`` builds German companies with their projects, Chinese districts, parks,
agencies and companies with their offers, research institutes, associations and think-tank
experts. Every profile text is assembled from parallel sentence templates whose slots carry
the profile's own facts (products, capacities, places, years, head counts), so that each
sentence is specific and no sentence occurs twice in the whole data set; ``generate``
checks this and raises ``ValueError`` otherwise. Pure Python, no Django import.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from qiao.demo.specs import ExpertSpec, OfferSpec, OrgSpec, ProjectSpec, SyntheticData, Text
from qiao.demo.synthetic_vocab import (
    AGENCY_PLACES,
    ASSOCIATIONS,
    CN_BRANDS,
    CN_CITIES_SALES,
    CN_COMPANY_SECTORS,
    CN_GIVEN,
    CN_SURNAMES,
    CONSULTANCIES,
    DE_CITIES,
    DE_FAMILY,
    DE_FIRM_NAMES,
    DE_GIVEN,
    DE_SECTOR_COUNTS,
    FAIRS,
    GOV_PLACES,
    HUBS,
    LEGAL_FORMS,
    MARKETS,
    OTHER_EXPERTS,
    PARK_THEMES,
    PARKS,
    PLACES,
    POLICIES,
    PREVIOUS_EMPLOYERS,
    REGIONS,
    RESPONSIBILITIES,
    SECTORS,
    STUDY_CITIES,
    SUPPLY_PHRASES,
    SUPPORT,
    TAG_PHRASES,
    TALENT_NEEDS,
    UNITS,
    UNIVERSITIES,
    Place,
    Product,
    Sector,
    t,
)

__all__ = [
    "DISTRICT_ORG_KEYS",
    "NACE_CODES",
    "THEME_TAGS",
    "generate",
    "profile_texts",
    "split_sentences",
]

THEME_TAGS: tuple[str, ...] = (
    "industrie-4-0",
    "ev-support-services",
    "biomedical-image-data",
    "laser-additive-manufacturing",
    "textiles",
    "new-materials",
    "medical-devices",
    "integrated-circuits",
    "robotics",
    "green-energy",
    "precision-machinery",
    "auto-parts",
    "fine-chemicals",
    "innovative-design",
)

NACE_CODES: tuple[str, ...] = tuple(f"C{n}" for n in range(10, 34))

# Organisations the lead creates from the 2020 report; offers may point at them.
DISTRICT_ORG_KEYS: tuple[str, ...] = ("cn-yuecheng", "cn-binhai")

LANGS: tuple[str, ...] = ("en", "de", "zh")

_T = TypeVar("_T")
Slot = Text | str | int

# --------------------------------------------------------------------------- helpers


def split_sentences(text: str, lang: str) -> list[str]:
    """Split a text into sentences: zh on 。！？, en/de on . ! ? before a space or the end."""
    pattern = r"(?<=[。！？])" if lang == "zh" else r"(?<=[.!?])(?:\s+|$)"
    parts = re.split(pattern, text)
    return [part.strip() for part in parts if part.strip()]


def profile_texts(data: SyntheticData) -> list[tuple[str, Text]]:
    """All long texts (descriptions, summaries, bios) with the key of their owner."""
    texts: list[tuple[str, Text]] = [(o.key, o.description) for o in data.organisations]
    texts += [(p.key, p.summary) for p in data.projects]
    texts += [(o.key, o.summary) for o in data.offers]
    texts += [(e.key, e.bio) for e in data.experts]
    return texts


def _group(digits: str, sep: str) -> str:
    out = ""
    while len(digits) > 3:
        out = sep + digits[-3:] + out
        digits = digits[:-3]
    return digits + out


def _num(value: int | Decimal, lang: str) -> str:
    """Format a number: en 12,500.5 · de 12.500,5 · zh 12500.5."""
    dec = Decimal(value).normalize()
    exponent = dec.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        dec = dec.quantize(Decimal(1))
    text = format(dec, "f")
    whole, _, frac = text.partition(".")
    if lang == "zh":
        return text
    if len(whole) <= 4:
        return whole + ("" if not frac else ("." if lang == "en" else ",") + frac)
    if lang == "en":
        return _group(whole, ",") + ("." + frac if frac else "")
    return _group(whole, ".") + ("," + frac if frac else "")


def n_(value: int | Decimal) -> Text:
    """A number as trilingual text."""
    return Text(_num(value, "en"), _num(value, "de"), _num(value, "zh"))


def count_zh(value: int) -> str:
    """Chinese count with 万 for round large numbers."""
    if value >= 10000 and value % 10000 == 0:
        return f"{value // 10000}万"
    if value >= 100000 and value % 1000 == 0:
        return f"{_num(Decimal(value) / 10000, 'zh')}万"
    return str(value)


def _de_big(value: Decimal, word: str) -> str:
    """German "1 Million" but "2 Millionen", "1,5 Millionen"."""
    if value == 1:
        return word
    return word + ("n" if word.endswith("e") else "en")


def money(millions: Decimal, currency: str) -> Text:
    """An amount given in millions of `currency`."""
    m = millions.normalize()
    wan = (millions * 100).quantize(Decimal(1))
    if currency in ("EUR", "USD") and millions >= 1000:
        b = millions / 1000
        cur_en, cur_de, cur_zh = ("EUR", "Euro", "欧元") if currency == "EUR" else ("USD", "US-Dollar", "美元")
        return Text(
            f"{cur_en} {_num(b, 'en')} billion",
            f"{_num(b, 'de')} {_de_big(b, 'Milliarde')} {cur_de}",
            f"{_num(b * 10, 'zh')}亿{cur_zh}",
        )
    if currency in ("EUR", "USD"):
        cur_en, cur_de, cur_zh = ("EUR", "Euro", "欧元") if currency == "EUR" else ("USD", "US-Dollar", "美元")
        zh = f"{_num(m / 100, 'zh')}亿{cur_zh}" if wan >= 10000 else f"{wan}万{cur_zh}"
        return Text(f"{cur_en} {_num(m, 'en')} million", f"{_num(m, 'de')} {_de_big(m, 'Million')} {cur_de}", zh)
    return cny(int(millions * 1000000))


def cny(amount: int) -> Text:
    """An amount in yuan."""
    if amount >= 1000000000:
        b = Decimal(amount) / Decimal(1000000000)
        en, de = f"CNY {_num(b, 'en')} billion", f"{_num(b, 'de')} {_de_big(b, 'Milliarde')} Yuan"
    elif amount >= 1000000:
        m = Decimal(amount) / Decimal(1000000)
        en, de = f"CNY {_num(m, 'en')} million", f"{_num(m, 'de')} {_de_big(m, 'Million')} Yuan"
    else:
        en, de = f"CNY {_num(amount, 'en')}", f"{_num(amount, 'de')} Yuan"
    if amount >= 100000000:
        zh = f"{_num(Decimal(amount) / Decimal(100000000), 'zh')}亿元"
    elif amount >= 10000 and amount % 10000 == 0:
        zh = f"{amount // 10000}万元"
    else:
        zh = f"{amount}元"
    return Text(en, de, zh)


_MONTHS_EN = "January February March April May June July August September October November December"
_MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"


def month(ym: str) -> Text:
    year, mon = ym.split("-")
    i = int(mon) - 1
    return Text(f"{_MONTHS_EN.split()[i]} {year}", f"{_MONTHS_DE.split()[i]} {year}", f"{year}年{int(mon)}月")


def capacity(unit_key: str, n: int) -> Text:
    unit = UNITS[unit_key]
    return Text(unit.en.format(n=_num(n, "en")), unit.de.format(n=_num(n, "de")), unit.zh.format(n=count_zh(n)))


def _cap_first(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


class _LangSlots(dict[str, str]):
    """Slot values for one language, formatted only when a template asks for them."""

    def __init__(self, slots: Mapping[str, Slot], lang: str) -> None:
        super().__init__()
        self.slots = slots
        self.lang = lang

    def __missing__(self, key: str) -> str:
        value = self.slots[key]
        if isinstance(value, Text):
            return str(getattr(value, self.lang))
        if isinstance(value, int):
            return _num(value, self.lang)
        return value


def fill(tpl: Text, slots: Mapping[str, Slot], cap: bool = True) -> Text:
    """Fill a trilingual template; Text slots give per-language values."""
    out: dict[str, str] = {}
    for lang in LANGS:
        filled = getattr(tpl, lang).format_map(_LangSlots(slots, lang))
        if lang == "de":
            filled = filled.replace(" von dem ", " vom ")
        out[lang] = _cap_first(filled) if cap else filled
    return Text(out["en"], out["de"], out["zh"])


def join(sentences: Sequence[Text]) -> Text:
    return Text(" ".join(s.en for s in sentences), " ".join(s.de for s in sentences), "".join(s.zh for s in sentences))


def land_m2(mu: Decimal) -> Decimal:
    """Square metres for an area in mu (1 mu = 10000/15 m²), rounded to cents."""
    return round(mu * 10000 / 15, 2)


def ascii_slug(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def size_for(staff: int) -> str:
    if staff < 10:
        return "micro"
    if staff < 50:
        return "small"
    if staff < 250:
        return "medium"
    return "large"


class _Registry:
    """Remembers every sentence used so far."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def take(self, texts: Sequence[Text]) -> bool:
        fresh: set[str] = set()
        for text in texts:
            for lang in LANGS:
                sentences = split_sentences(getattr(text, lang), lang)
                if len(sentences) < 3:
                    return False
                for sentence in sentences:
                    key = "".join(sentence.split())
                    if key in self.seen or key in fresh:
                        return False
                    fresh.add(key)
        self.seen |= fresh
        return True


def _unique(reg: _Registry, rng: random.Random, build: Callable[[random.Random], tuple[_T, Text]]) -> _T:
    for _ in range(3000):
        spec, text = build(rng)
        if reg.take([text]):
            return spec
    raise ValueError("could not build a profile with unique sentences")


def _pick(rng: random.Random, options: Sequence[_T], k: int) -> list[_T]:
    return rng.sample(list(options), k)


def _step(rng: random.Random, lo: int, hi: int, step: int) -> int:
    return rng.randrange(lo, hi + 1, step) if hi > lo else lo


# --------------------------------------------------------------------------- German firms


@dataclass(frozen=True)
class _Firm:
    key: str
    sector: Sector
    short: Text
    city: Text
    products: tuple[Product, ...]
    customers: tuple[Text, ...]
    cert: str
    china_city: Text | None
    tags: tuple[str, ...]
    domain: str


FIRM_INTRO: tuple[Text, ...] = (
    t(
        "{name} was founded in {year} in {city} and develops and manufactures {p1} and {p2}.",
        "{name} wurde {year} in {city} gegründet und entwickelt und fertigt {p1} sowie {p2}.",
        "{name}于{year}年在{city}成立，主要研发和生产{p1}及{p2}。",
    ),
    t(
        "Based in {city}, {state}, {name} is a family-owned manufacturer specialising in {p1}.",
        "{name} ist ein familiengeführtes Unternehmen aus {city} ({state}) mit dem Schwerpunkt {p1}.",
        "{name}是一家总部位于{state}{city}的家族企业，专注于{p1}的研发制造。",
    ),
    t(
        "Since {year}, {name} has been building {p1} for {c1} at its headquarters in {city}.",
        "Seit {year} baut {name} am Stammsitz in {city} {p1} für {c1}.",
        "自{year}年以来，{name}一直在{city}总部为{c1}生产{p1}。",
    ),
    t(
        "{name}, a {gen}-generation family business from {city} in {state}, makes {p1} and {p2}.",
        "{name} ist ein Familienunternehmen in {gen_de} Generation aus {city} ({state}) und stellt {p1} und {p2} her.",
        "{name}是来自{state}{city}的第{gen_zh}代家族企业，生产{p1}和{p2}。",
    ),
)

FIRM_SCALE: tuple[Text, ...] = (
    t(
        "The company employs {staff} people and generated revenue of {rev} in {rev_year}, {export}% of it abroad.",
        "Das Unternehmen beschäftigt {staff} Mitarbeitende und erzielte {rev_year} einen Umsatz von {rev}, davon {export} Prozent im Ausland.",
        "公司现有员工{staff}人，{rev_year}年营业收入约{rev}，其中{export}%来自海外市场。",
    ),
    t(
        "Around {staff} employees work at {sites} sites, and the export share has risen to {export}% in recent years.",
        "Rund {staff} Beschäftigte arbeiten an {sites} Standorten; die Exportquote ist in den letzten Jahren auf {export} Prozent gestiegen.",
        "公司在{sites}个基地共有员工约{staff}名，近年来出口占比已提升至{export}%。",
    ),
    t(
        "With {staff} staff and a turnover of {rev}, {short} is one of the leading mid-sized suppliers in its field.",
        "Mit {staff} Beschäftigten und einem Umsatz von {rev} gehört {short} zu den führenden mittelständischen Anbietern der Branche.",
        "凭借{staff}名员工和约{rev}的年营业额，{short}已跻身细分领域领先的中型企业之列。",
    ),
)

FIRM_CUSTOMERS: tuple[Text, ...] = (
    t(
        "Its main customers are {c1} and {c2}, and production in {city} is certified to {cert}.",
        "Zu den wichtigsten Kunden zählen {c1} und {c2}; die Fertigung in {city} ist nach {cert} zertifiziert.",
        "主要客户包括{c1}和{c2}，{city}工厂已通过{cert}认证。",
    ),
    t(
        "About {pct}% of sales go to {c1}, while {c2} account for most of the rest.",
        "Etwa {pct} Prozent des Umsatzes entfallen auf {c1}, den Großteil des Rests machen {c2} aus.",
        "约{pct}%的销售额来自{c1}，其余大部分来自{c2}。",
    ),
    t(
        "The {cert}-certified plant in {city} supplies {c1} in more than {countries} countries.",
        "Das nach {cert} zertifizierte Werk in {city} beliefert {c1} in mehr als {countries} Ländern.",
        "位于{city}的工厂已通过{cert}认证，产品销往{countries}个以上国家的{c1}。",
    ),
)

FIRM_RND: tuple[Text, ...] = (
    t(
        "Roughly {rd}% of revenue is reinvested in research and development, currently with a focus on {focus}.",
        "Etwa {rd} Prozent des Umsatzes fließen in Forschung und Entwicklung; aktuelle Schwerpunkte sind {focus}.",
        "公司每年将约{rd}%的营业收入投入研发，目前重点方向为{focus}。",
    ),
    t(
        "The in-house development team of {eng} engineers holds {patents} patents, most recently in {focus}.",
        "Das hauseigene Entwicklungsteam mit {eng} Ingenieurinnen und Ingenieuren hält {patents} Patente; aktuelle Schwerpunkte sind {focus}.",
        "公司自有研发团队共有{eng}名工程师，拥有{patents}项专利，近期重点布局{focus}。",
    ),
)

FIRM_CHINA: tuple[Text, ...] = (
    t(
        "{short} has sold to Chinese customers through a distributor in {cn_city} since {cn_year} and now wants to get closer to its users in the Yangtze River Delta.",
        "Seit {cn_year} verkauft {short} über einen Vertriebspartner in {cn_city} an chinesische Kunden und möchte nun näher an die Anwender im Jangtse-Delta rücken.",
        "自{cn_year}年起，{short}通过{cn_city}的经销商向中国客户供货，目前希望进一步贴近长三角地区的用户。",
    ),
    t(
        "China already accounts for {cn_share}% of sales, served so far by a small sales office in {cn_city} opened in {cn_year}.",
        "China steht bereits für {cn_share} Prozent des Umsatzes und wird bislang über ein kleines Vertriebsbüro in {cn_city} betreut, das {cn_year} eröffnet wurde.",
        "中国市场已占公司销售额的{cn_share}%，目前由{cn_year}年设立的{cn_city}小型销售办事处负责服务。",
    ),
)

FIRM_NO_CHINA = t(
    "{short} has no presence in China yet and is looking at Zhejiang as its first location in Asia, ideally close to its customers' plants.",
    "{short} ist in China noch nicht vertreten und prüft Zhejiang als ersten Standort in Asien, möglichst nah an den Werken der Kunden.",
    "{short}目前尚未进入中国市场，正考虑将浙江作为其在亚洲的首个落脚点，最好靠近客户工厂。",
)

_GEN = {2: ("second", "zweiter", "二"), 3: ("third", "dritter", "三"), 4: ("fourth", "vierter", "四")}


def _german_firms(rng: random.Random, reg: _Registry) -> tuple[list[OrgSpec], list[_Firm]]:
    orgs: list[OrgSpec] = []
    firms: list[_Firm] = []
    names = list(DE_FIRM_NAMES)
    rng.shuffle(names)
    sector_keys = [key for key, count in DE_SECTOR_COUNTS for _ in range(count)]
    forms = [f for f in LEGAL_FORMS for _ in range(f[2])]
    for index, sector_key in enumerate(sector_keys, start=1):
        sector = SECTORS[sector_key]
        family, family_zh = names[index - 1]
        suffix, suffix_zh = rng.choice(sector.suffixes)
        form, form_zh, _ = rng.choice(forms)
        full = f"{family} {suffix} {form}"
        name = Text(full, full, f"{family_zh}{suffix_zh}{form_zh}")
        short = Text(family, family, family_zh)
        city, state = rng.choice(DE_CITIES)
        domain = f"{ascii_slug(family)}.example.de"
        key = f"de-co-{index:03d}"

        def build(
            r: random.Random,
            sector: Sector = sector,
            name: Text = name,
            short: Text = short,
            city: Text = city,
            state: Text = state,
            key: str = key,
            domain: str = domain,
        ) -> tuple[tuple[OrgSpec, _Firm], Text]:
            staff = r.choice([r.randint(25, 120), r.randint(80, 450), r.randint(300, 2400)])
            products = tuple(_pick(r, sector.products, 3))
            customers = tuple(_pick(r, sector.customers, 2))
            cert = r.choice(sector.certs)
            rev = Decimal(max(3, int(staff * r.uniform(0.12, 0.3) * 10))) / 10
            if rev >= 100:
                rev = rev.quantize(Decimal(1))
            china_city = r.choice(CN_CITIES_SALES) if r.random() < 0.7 else None
            gen = r.choice([2, 3, 4])
            slots: dict[str, Slot] = {
                "name": name,
                "short": short,
                "city": city,
                "state": state,
                "year": r.randint(1921, 2012),
                "p1": products[0].name,
                "p2": products[1].name,
                "c1": customers[0],
                "c2": customers[1],
                "cert": cert,
                "staff": staff,
                "rev": money(rev, "EUR"),
                "rev_year": r.choice([2024, 2025]),
                "export": r.randint(25, 85),
                "sites": r.randint(2, 6),
                "pct": r.randint(35, 75),
                "countries": r.choice([12, 15, 20, 25, 30, 40, 50, 60]),
                "rd": r.randint(3, 14),
                "eng": max(4, staff // r.randint(6, 15)),
                "patents": r.randint(8, 240),
                "focus": r.choice(sector.focus),
                "cn_city": china_city or "",
                "cn_year": r.randint(2004, 2023),
                "cn_share": r.randint(6, 28),
                "gen": _GEN[gen][0],
                "gen_de": _GEN[gen][1],
                "gen_zh": _GEN[gen][2],
            }
            parts = [r.choice(FIRM_INTRO), r.choice(FIRM_SCALE), r.choice(FIRM_CUSTOMERS)]
            if r.random() < 0.75:
                parts.append(r.choice(FIRM_RND))
            parts.append(r.choice(FIRM_CHINA) if china_city else FIRM_NO_CHINA)
            description = join([fill(p, slots) for p in parts])
            tags = sector.tags if r.random() < 0.6 else sector.tags[:2]
            nace = sector.nace[:2] if r.random() < 0.7 else sector.nace[:1]
            org = OrgSpec(
                key=key,
                kind="company",
                country="DE",
                province=state,
                city=city,
                district=Text("", "", ""),
                name=name,
                description=description,
                website=f"https://{domain.split('.')[0]}.example.de",
                size=size_for(staff),
                sectors=nace,
                tags=tags,
                address=f"{r.choice(['Industriestraße', 'Gewerbepark', 'Am Technologiepark', 'Werkstraße', 'Daimlerstraße', 'Robert-Koch-Straße'])} {r.randint(1, 80)}, {r.randint(10000, 99999)} {city.de}",
                verified=r.random() < 0.9,
            )
            firm = _Firm(
                key=key,
                sector=sector,
                short=short,
                city=city,
                products=products,
                customers=customers,
                cert=cert,
                china_city=china_city,
                tags=tags,
                domain=domain,
            )
            return (org, firm), description

        org, firm = _unique(reg, rng, build)
        orgs.append(org)
        firms.append(firm)
    return orgs, firms


# --------------------------------------------------------------------------- projects

PROJECT_WHAT: dict[str, tuple[Text, ...]] = {
    "invest": (
        t(
            "{short} plans to set up a wholly foreign-owned plant for {p} in {region}, with a first-phase capacity of {cap}.",
            "{short} plant in {region} ein Werk in vollständigem Eigentum für {p}, das in der ersten Ausbaustufe {cap} herstellen soll.",
            "{short}计划在{region}设立外商独资工厂，生产{p}，一期产能为{cap}。",
        ),
        t(
            "The project is a new production site in {region} for {p} that will initially make {cap} for customers in China and South-East Asia.",
            "Geplant ist ein neuer Produktionsstandort in {region} für {p}, der zunächst {cap} für Kunden in China und Südostasien liefern soll.",
            "项目拟在{region}新建{p}生产基地，初期产能为{cap}，面向中国及东南亚客户。",
        ),
        t(
            "For its first plant outside Europe, {short} wants to produce {p} in {region}, starting with {cap}.",
            "Für das erste Werk außerhalb Europas will {short} in {region} {p} produzieren, zunächst {cap}.",
            "{short}拟在{region}建设其欧洲以外的首个工厂，生产{p}，起步产能为{cap}。",
        ),
    ),
    "expand": (
        t(
            "{short} wants to turn its assembly shop in {cn_city} into a full plant for {p} and move it to {region}, raising output to {cap}.",
            "{short} will die bestehende Montage in {cn_city} zu einem vollständigen Werk ausbauen, in dem künftig {p} gefertigt werden, und dafür nach {region} umziehen; der Ausstoß soll auf {cap} steigen.",
            "{short}希望将其在{cn_city}的组装车间升级为{p}的完整工厂并迁至{region}，产能提升至{cap}。",
        ),
        t(
            "To keep up with demand, {short} is expanding local production of {p} with a second site in {region} for another {cap}.",
            "Um mit der Nachfrage Schritt zu halten, erweitert {short} die lokale Produktion um einen zweiten Standort in {region}, an dem weitere {cap} entstehen sollen; im Mittelpunkt stehen {p}.",
            "为满足市场需求，{short}拟在{region}设立第二个生产基地，扩大{p}的本地化生产，新增产能{cap}。",
        ),
    ),
    "partner": (
        t(
            "{short} is looking for a Chinese partner to manufacture and distribute {p} locally, either as a joint venture or under a long-term supply agreement.",
            "{short} sucht einen chinesischen Partner, der {p} vor Ort fertigt und vertreibt, entweder als Joint Venture oder über einen langfristigen Liefervertrag.",
            "{short}正在寻找中方合作伙伴，以合资或长期供货协议的形式在当地生产和销售{p}。",
        ),
        t(
            "For {p}, {short} seeks a partner in {region} that can take over contract manufacturing and local after-sales service.",
            "Für {p} sucht {short} einen Partner in {region}, der Auftragsfertigung und den lokalen Kundendienst übernehmen kann.",
            "{short}正在{region}为{p}寻找合作伙伴，承担代工生产和本地售后服务。",
        ),
    ),
    "technology": (
        t(
            "{short} offers its technology for {p} for licensing, including process know-how, documentation and training of the licensee's staff.",
            "{short} bietet die eigene Technologie für {p} zur Lizenzierung an, einschließlich Prozess-Know-how, Dokumentation und Schulung des Personals beim Lizenznehmer.",
            "{short}拟对外许可其{p}技术，内容包括工艺诀窍、技术文档以及对被许可方员工的培训。",
        ),
        t(
            "{short} would like to sell the production technology for {p} to a Chinese manufacturer and support the transfer on site.",
            "{short} möchte die Fertigungstechnologie für {p} an einen chinesischen Hersteller verkaufen und den Transfer vor Ort begleiten.",
            "{short}希望向中国制造企业转让{p}的生产技术，并在现场提供技术转移支持。",
        ),
    ),
}

PROJECT_MONEY: tuple[Text, ...] = (
    t(
        "The total investment is estimated at {inv}, and about {jobs} jobs are to be created by {job_year}.",
        "Die Gesamtinvestition wird auf {inv} geschätzt; bis {job_year} sollen rund {jobs} Arbeitsplätze entstehen.",
        "项目总投资预计约{inv}，到{job_year}年将创造约{jobs}个就业岗位。",
    ),
    t(
        "We expect to invest {inv} in {phases} phases and to employ {jobs} people at full capacity.",
        "Wir rechnen mit Investitionen von {inv} in {phases} Phasen und mit {jobs} Beschäftigten bei voller Auslastung.",
        "项目计划分{phases}期投资{inv}，满产后用工约{jobs}人。",
    ),
)

PROJECT_JV: tuple[Text, ...] = (
    t(
        "{short} would contribute {inv} in equity to a joint venture and expects the partner to provide the site, staff and sales channels.",
        "{short} würde {inv} Eigenkapital in ein Joint Venture einbringen und erwartet vom Partner Standort, Personal und Vertriebskanäle.",
        "{short}拟向合资企业注资{inv}，并希望合作方提供场地、人员和销售渠道。",
    ),
    t(
        "In the first three years, the partner should be able to supply about {cap} to the Asian customers of {short}.",
        "In den ersten drei Jahren sollte der Partner etwa {cap} für die asiatischen Kunden von {short} liefern können.",
        "前三年内，合作方应具备为{short}的亚洲客户提供约{cap}的供货能力。",
    ),
)

PROJECT_LICENCE: tuple[Text, ...] = (
    t(
        "The licence package covers {variants} product variants, and {short} would send {eng} engineers for a ramp-up phase of {months} months.",
        "Das Lizenzpaket umfasst {variants} Produktvarianten; {short} würde für eine Anlaufphase von {months} Monaten {eng} Ingenieurinnen und Ingenieure entsenden.",
        "许可包涵盖{variants}个产品型号，{short}将派出{eng}名工程师提供为期{months}个月的投产支持。",
    ),
    t(
        "Besides a one-off fee, {short} proposes royalties of {roy}% of net sales over {roy_years} years.",
        "Neben einer einmaligen Gebühr schlägt {short} Lizenzgebühren von {roy} Prozent des Nettoumsatzes über {roy_years} Jahre vor.",
        "除一次性入门费外，{short}建议在{roy_years}年内按净销售额的{roy}%收取提成费。",
    ),
)

PROJECT_LAND = t(
    "We are looking for about {mu} mu ({m2} m²) of industrial land, on which a plant of roughly {fm2} m² is planned.",
    "Gesucht werden rund {mu} Mu ({m2} m²) Industrieland, auf dem eine Halle mit etwa {fm2} m² entstehen soll.",
    "项目需要工业用地约{mu}亩（约{m2}平方米），规划建设厂房约{fm2}平方米。",
)
PROJECT_RENT = t(
    "Instead of building, we would prefer to rent a standard factory of about {fm2} m² with a floor load of at least {load} kN/m² and {office} m² of offices.",
    "Statt selbst zu bauen, würden wir lieber eine Standardfabrik mit etwa {fm2} m², mindestens {load} kN/m² Bodenbelastbarkeit und {office} m² Büroflächen mieten.",
    "相比自建厂房，我们更倾向于租赁约{fm2}平方米的标准厂房，地面承重不低于{load}千牛/平方米，并配套{office}平方米办公空间。",
)
PROJECT_PARTNER_PROFILE = t(
    "The ideal partner already supplies {c1}, has at least {pstaff} employees and works to {cert}.",
    "Der ideale Partner beliefert bereits {c1}, hat mindestens {pstaff} Beschäftigte und arbeitet nach {cert}.",
    "理想的合作伙伴应已为{c1}供货，员工不少于{pstaff}人，并按照{cert}标准运营。",
)

PROJECT_WHEN: tuple[Text, ...] = (
    t(
        "Work on the project for {p} should start in {start}, and we would welcome support with {support}.",
        "Der Start des Vorhabens für {p} ist für {start} vorgesehen; Unterstützung wünschen wir uns bei {support}.",
        "{p}项目计划于{start}启动，希望在{support}等方面获得支持。",
    ),
    t(
        "The timetable foresees the start in {start}, subject to approval by the advisory board of {short}.",
        "Der Zeitplan sieht den Start im {start} vor, vorbehaltlich der Zustimmung des Beirats von {short}.",
        "按计划项目将于{start}启动，具体以{short}顾问委员会批准为准。",
    ),
    t(
        "If talks go well, a contract could be signed in {start}; help with {support} would speed things up.",
        "Bei guten Gesprächen könnte im {start} ein Vertrag unterzeichnet werden; Unterstützung bei {support} würde das Vorhaben beschleunigen.",
        "如洽谈顺利，有望于{start}签约；若能在{support}方面获得协助，将加快项目推进。",
    ),
)

PROJECT_MARKET: tuple[Text, ...] = (
    t(
        "Customers {market} currently wait up to {weeks} weeks for {p} shipped from Germany, which local production would cut to a few days.",
        "Kunden {market} warten derzeit bis zu {weeks} Wochen auf {p} aus Deutschland; eine lokale Fertigung würde die Lieferzeit auf wenige Tage verkürzen.",
        "目前{market}的客户从德国进口{p}需等待长达{weeks}周，本地化生产可将交货期缩短至数天。",
    ),
    t(
        "The Chinese market for {p} has been growing by about {growth}% a year, driven by {driver}.",
        "Der chinesische Markt für {p} wächst jährlich um etwa {growth} Prozent, getrieben von {driver}.",
        "受{driver}推动，中国市场对{p}的需求每年增长约{growth}%。",
    ),
)

PROJECT_TITLES: dict[str, Text] = {
    "invest": t(
        "{short}: new plant for {p} in {region}",
        "{short}: neues Werk für {p} in {region}",
        "{short}：在{region}新建{p}工厂",
    ),
    "expand": t(
        "{short}: expanding production of {p} in {region}",
        "{short}: Ausbau der Fertigung in {region} ({p})",
        "{short}：在{region}扩大{p}生产",
    ),
    "partner": t(
        "{short} seeks Chinese partner for {p}",
        "{short} sucht chinesischen Partner für {p}",
        "{short}为{p}寻找中方合作伙伴",
    ),
    "technology": t(
        "{short} licenses technology for {p}",
        "{short} lizenziert Technologie für {p}",
        "{short}对外许可{p}技术",
    ),
}

# Neighbouring themes a project of a sector often also belongs to.
_EXTRA_TAGS = {
    "precision": "laser-additive-manufacturing",
    "metals": "laser-additive-manufacturing",
    "autoparts": "ev-support-services",
    "electronics": "ev-support-services",
    "energy": "ev-support-services",
    "plastics": "medical-devices",
    "meddev": "biomedical-image-data",
    "chemicals": "textiles",
    "sensors": "textiles",
    "service": "textiles",
    "robotics": "ev-support-services",
}

_KIND_WEIGHTS = (("invest", 40), ("expand", 20), ("partner", 25), ("technology", 15))


def _start_month(rng: random.Random) -> str:
    index = rng.randrange(0, 34)  # 2026-03 ... 2028-12
    year, mon = 2026 + (index + 2) // 12, (index + 2) % 12 + 1
    return f"{year}-{mon:02d}"


def _regions(rng: random.Random) -> tuple[str, ...]:
    first = rng.choices(
        ["Shaoxing", "Hangzhou", "Ningbo", "Jiaxing", "Huzhou", "Taizhou", "Jinhua"],
        weights=[45, 15, 12, 10, 6, 6, 6],
    )[0]
    extra = [r for r in ("Shaoxing", "Hangzhou", "Ningbo", "Shanghai", "Suzhou") if r != first]
    return (first, *rng.sample(extra, rng.choice([0, 0, 1, 2])))


def _projects(rng: random.Random, reg: _Registry, firms: list[_Firm]) -> list[ProjectSpec]:
    projects: list[ProjectSpec] = []
    kinds_all = [k for k, w in _KIND_WEIGHTS for _ in range(w)]
    number = 0
    for firm in firms:
        n_projects = 3 if rng.random() < 0.15 else 2
        kinds: list[str] = []
        while len(kinds) < n_projects:
            kind = rng.choice(kinds_all)
            if kind == "expand" and firm.china_city is None:
                kind = "invest"
            if kind not in kinds:
                kinds.append(kind)
        for kind in kinds:
            number += 1
            key = f"de-prj-{number:03d}"

            def build(
                r: random.Random, kind: str = kind, key: str = key, firm: _Firm = firm
            ) -> tuple[ProjectSpec, Text]:
                product = r.choice(firm.products)
                unit = UNITS[product.unit]
                regions = _regions(r)
                region = REGIONS[regions[0]]
                currency = "EUR"
                investment: Decimal | None
                jobs: int | None
                if kind == "invest":
                    investment = Decimal(r.randint(30, 800)) / 10
                    jobs = min(600, max(20, int(investment * r.randint(6, 14))))
                    roll = r.random()
                    if roll < 0.06:
                        currency = "USD"
                    elif roll < 0.1:
                        currency = "CNY"
                        investment = Decimal(r.randint(20, 400))
                elif kind == "expand":
                    investment = Decimal(r.randint(10, 300)) / 10
                    jobs = min(400, max(10, int(investment * r.randint(5, 12))))
                elif kind == "partner":
                    investment = Decimal(r.randint(5, 100)) / 10 if r.random() < 0.6 else None
                    jobs = r.randint(5, 80) if investment else None
                else:
                    investment, jobs = None, None
                cap_n = _step(r, unit.lo, unit.hi, unit.step)
                if kind != "invest":
                    cap_n = max(unit.lo, (cap_n // 2) // unit.step * unit.step)
                mu: Decimal | None = None
                m2: Decimal | None = None
                factory: Decimal | None = None
                office: Decimal | None = None
                if kind == "invest" or (kind == "expand" and r.random() < 0.4):
                    if r.random() < 0.7:
                        mu = Decimal(r.randint(10, 150))
                        m2 = land_m2(mu)
                        factory = Decimal(min(30000, max(1000, int(m2 * Decimal(r.uniform(0.35, 0.6)) / 100) * 100)))
                    else:
                        factory = Decimal(r.randrange(2000, 15001, 100))
                    office = Decimal(r.randrange(150, 2001, 50))
                elif kind == "expand":
                    factory = Decimal(r.randrange(1500, 12001, 100))
                    office = Decimal(r.randrange(100, 1201, 50))
                elif kind == "partner" and r.random() < 0.2:
                    factory = Decimal(r.randrange(300, 5001, 100))
                start = _start_month(r)
                slots: dict[str, Slot] = {
                    "short": firm.short,
                    "p": product.name,
                    "region": region,
                    "cap": capacity(product.unit, cap_n),
                    "cn_city": firm.china_city or region,
                    "inv": money(investment, currency) if investment is not None else "",
                    "jobs": jobs or 0,
                    "job_year": int(start[:4]) + r.randint(2, 4),
                    "phases": r.choice([t("two", "zwei", "两"), t("three", "drei", "三")]),
                    "mu": n_(mu) if mu is not None else "",
                    "m2": n_(m2.quantize(Decimal(1))) if m2 is not None else "",
                    "fm2": n_(factory) if factory is not None else "",
                    "load": r.choice([5, 8, 10, 15, 20, 30]),
                    "office": n_(office) if office is not None else "",
                    "c1": r.choice(firm.customers),
                    "pstaff": r.choice([50, 80, 100, 150, 200, 300, 500]),
                    "cert": firm.cert,
                    "start": month(start),
                    "support": r.choice(
                        SUPPORT if kind in ("invest", "expand") else [SUPPORT[i] for i in (2, 6, 7, 8)]
                    ),
                    "market": r.choice(MARKETS),
                    "weeks": r.randint(6, 20),
                    "growth": r.randint(6, 28),
                    "driver": firm.sector.driver,
                    "variants": r.randint(2, 12),
                    "eng": r.randint(2, 8),
                    "months": r.choice([3, 4, 6, 9, 12]),
                    "roy": n_(Decimal(r.randint(15, 60)) / 10),
                    "roy_years": r.choice([5, 6, 8, 10]),
                }
                what = PROJECT_WHAT[kind]
                if kind == "expand" and firm.china_city is not None and firm.china_city.en == region.en:
                    what = what[1:]
                parts = [r.choice(what)]
                if kind in ("invest", "expand"):
                    parts.append(r.choice(PROJECT_MONEY))
                    parts.append(PROJECT_LAND if mu is not None else PROJECT_RENT)
                elif kind == "partner":
                    parts.append(PROJECT_JV[0] if investment is not None else PROJECT_JV[1])
                    parts.append(PROJECT_PARTNER_PROFILE)
                else:
                    parts.extend(r.sample(PROJECT_LICENCE, 2) if r.random() < 0.5 else [r.choice(PROJECT_LICENCE)])
                if kind in ("technology",) and len(parts) < 3:
                    parts.append(PROJECT_PARTNER_PROFILE)
                if r.random() < 0.7 or len(parts) < 3:
                    shipped = product.unit not in ("licences", "orders")
                    parts.append(r.choice(PROJECT_MARKET if shipped else PROJECT_MARKET[1:]))
                parts.append(r.choice(PROJECT_WHEN))
                summary = join([fill(p, slots) for p in parts])
                title = fill(PROJECT_TITLES[kind], slots)
                roll = r.random()
                visibility = "public" if roll < 0.78 else "matched" if roll < 0.94 else "private"
                tags = firm.tags if r.random() < 0.7 else firm.tags[:1]
                extra = _EXTRA_TAGS.get(firm.sector.key)
                if extra and r.random() < 0.45:
                    tags = (*tags, extra)
                if firm.sector.key in ("robotics", "precision", "sensors", "service") or r.random() < 0.1:
                    tags = tuple(dict.fromkeys((*tags, "industrie-4-0")))
                spec = ProjectSpec(
                    key=key,
                    org_key=firm.key,
                    kind=kind,
                    sectors=firm.sector.nace[:2],
                    tags=tags,
                    title=title,
                    summary=summary,
                    investment=(investment * 1000000).quantize(Decimal(1)) if investment is not None else None,
                    currency=currency,
                    jobs=jobs,
                    land_mu=mu,
                    land_m2=m2,
                    factory_m2=factory,
                    office_m2=office,
                    needs_talent=r.choice(TALENT_NEEDS) if kind in ("invest", "expand") else "",
                    needs_certification=r.choice(["", firm.cert, "CCC", "CE and CCC"]) if kind != "technology" else "",
                    needs_subsidies=kind in ("invest", "expand") and r.random() < 0.6,
                    start=start,
                    preferred_regions=regions,
                    visibility=visibility,
                )
                return spec, summary

            projects.append(_unique(reg, rng, build))
    return projects


# --------------------------------------------------------------------------- Chinese hosts


_EMPTY = Text("", "", "")

# Transport hubs (index into HUBS) and plausible road distances in km, by prefecture city.
_HUB_DISTANCES: dict[str, tuple[tuple[int, int, int], ...]] = {
    "Shaoxing": ((3, 5, 30), (1, 20, 60), (0, 90, 150)),
    "Hangzhou": ((1, 8, 50), (4, 5, 40), (0, 140, 190)),
    "Ningbo": ((0, 10, 60), (2, 150, 220)),
    "Jiaxing": ((2, 80, 130), (5, 60, 110), (4, 70, 100)),
    "Huzhou": ((4, 60, 110), (2, 150, 200)),
    "Taizhou": ((0, 150, 220),),
    "Jinhua": ((4, 120, 170), (1, 110, 160)),
}


@dataclass(frozen=True)
class _Host:
    key: str
    kind: str  # government | park | agency | company
    host: Text  # how prose names it as a sentence subject
    area: Text  # "in Keqiao, Shaoxing"
    place_name: Text  # for titles
    tags: tuple[str, ...]
    nace: tuple[str, ...]
    domain: str
    sector: Sector | None = None
    title_name: Text = _EMPTY
    city: str = "Shaoxing"


def _place_area(place: Place) -> Text:
    return Text(
        f"in {place.name.en}, {place.city.en}",
        f"in {place.name.de} ({place.city.de})",
        f"{place.city.zh}市{place.name.zh}" if place.level != "city" else place.name.zh,
    )


def _nace_for_tags(tags: Sequence[str]) -> tuple[str, ...]:
    table = {
        "industrie-4-0": "C28",
        "ev-support-services": "C29",
        "biomedical-image-data": "C26",
        "laser-additive-manufacturing": "C28",
        "textiles": "C13",
        "new-materials": "C22",
        "medical-devices": "C32",
        "integrated-circuits": "C26",
        "robotics": "C28",
        "green-energy": "C27",
        "precision-machinery": "C28",
        "auto-parts": "C29",
        "fine-chemicals": "C20",
        "innovative-design": "C32",
    }
    return tuple(dict.fromkeys(table[tag] for tag in tags))


_LEVEL = {
    "district": t("a district of {city}", "ein Stadtbezirk von {city}", "{city}市下辖区"),
    "city": t(
        "a county-level city administered by {city}",
        "eine kreisfreie Stadt unter der Verwaltung von {city}",
        "由{city}市代管的县级市",
    ),
    "county": t("a county of {city}", "ein Kreis der Stadt {city}", "{city}市下辖县"),
}

GOV_TEXTS: tuple[tuple[Text, ...], ...] = (
    (
        t(
            "{place} is {level} in Zhejiang Province with about {pop} residents and a gross domestic product of {gdp} in {gyear}.",
            "{place} ist {level} in der Provinz Zhejiang mit rund {pop} Einwohnerinnen und Einwohnern und einem Bruttoinlandsprodukt von {gdp} im Jahr {gyear}.",
            "{place}是浙江省{level}，常住人口约{pop}，{gyear}年地区生产总值达{gdp}。",
        ),
    ),
    (
        t(
            "Its pillar industries are {i1}, {i2} and {i3}, with more than {firms} industrial enterprises above designated size.",
            "Die Leitindustrien sind {i1}, {i2} und {i3}; mehr als {firms} Industriebetriebe liegen über der statistischen Größenschwelle.",
            "主导产业为{i1}、{i2}和{i3}，规模以上工业企业超过{firms}家。",
        ),
        t(
            "Local industry is built around {i1} and {i2}, and {i3} is being developed as a new growth field with {firms} larger firms already in place.",
            "Die örtliche Industrie ist um {i1} und {i2} herum aufgebaut; {i3} wird als neues Wachstumsfeld entwickelt, in dem bereits {firms} größere Betriebe tätig sind.",
            "当地产业以{i1}和{i2}为核心，并将{i3}作为新兴增长领域加以培育，目前已有{firms}家规模企业。",
        ),
    ),
    (
        t(
            "{place} has attracted {n_de} companies with German capital so far and runs a dedicated service team for European investors.",
            "Bisher haben sich in {place} {n_de} Unternehmen mit deutschem Kapital angesiedelt; ein eigenes Serviceteam betreut europäische Investoren.",
            "{place}目前已吸引{n_de}家德资企业落户，并设有专门服务欧洲投资者的团队。",
        ),
        t(
            "Since {de_year}, {n_de} German-invested projects have settled in {place}, most of them family-owned suppliers.",
            "Seit {de_year} haben sich {n_de} Projekte mit deutscher Beteiligung in {place} niedergelassen, die meisten davon familiengeführte Zulieferer.",
            "自{de_year}年以来，已有{n_de}个德资项目落户{place}，其中大多数为家族型配套企业。",
        ),
    ),
    (
        t(
            "The local government promises foreign investors a business licence within {days} working days through a one-stop service window in {place}.",
            "Über ein zentrales Servicefenster in {place} sagt die örtliche Regierung ausländischen Investoren die Gewerbelizenz innerhalb von {days} Arbeitstagen zu.",
            "{place}为外国投资者设立一站式服务窗口，承诺{days}个工作日内办结营业执照。",
        ),
        t(
            "By high-speed rail, {place} is {m1} minutes from Hangzhou and {m2} minutes from Shanghai Hongqiao.",
            "Mit dem Hochgeschwindigkeitszug ist {place} {m1} Minuten von Hangzhou und {m2} Minuten von Shanghai-Hongqiao entfernt.",
            "乘高铁从{place}到杭州约需{m1}分钟，到上海虹桥约需{m2}分钟。",
        ),
    ),
)

PARK_TEXTS: tuple[tuple[Text, ...], ...] = (
    (
        t(
            "The {park} was established in {year} and covers a planned area of {area} square kilometres {where}.",
            "Der {park} wurde {year} gegründet und umfasst eine Planungsfläche von {area} Quadratkilometern {where}.",
            "{park}成立于{year}年，位于{where}，规划面积{area}平方公里。",
        ),
    ),
    (
        t(
            "The park focuses on {i1} and {i2} and is home to {firms} companies, {foreign} of them foreign-invested.",
            "Der Park konzentriert sich auf {i1} und {i2} und beherbergt {firms} Unternehmen, davon {foreign} mit ausländischem Kapital.",
            "园区聚焦{i1}和{i2}，已集聚企业{firms}家，其中外资企业{foreign}家。",
        ),
        t(
            "Of the {firms} companies in the park, {foreign} are foreign-invested, and most work in {i1} or {i2}.",
            "Von den {firms} Unternehmen im Park haben {foreign} ausländische Kapitalgeber, die meisten sind in den Bereichen {i1} oder {i2} tätig.",
            "园区现有企业{firms}家，其中外资企业{foreign}家，多数从事{i1}或{i2}。",
        ),
    ),
    (
        t(
            "The one-stop service centre of the {park} handles registration, building permits and customs matters, usually within {days} working days.",
            "Das Servicezentrum des {park_gen} erledigt Registrierung, Baugenehmigungen und Zollangelegenheiten in der Regel innerhalb von {days} Arbeitstagen.",
            "{park}一站式服务中心负责企业注册、施工许可和海关事务，一般在{days}个工作日内办结。",
        ),
        t(
            "Shared facilities in the {park} include a testing centre, a training school for technicians and {canteens} canteens.",
            "Zu den gemeinsamen Einrichtungen des {park_gen} gehören ein Prüfzentrum, eine Technikerschule und {canteens} Kantinen.",
            "{park}配套建有公共检测中心、技工培训学校和{canteens}座员工食堂。",
        ),
    ),
    (
        t(
            "At present, {avail_mu} mu of land and {avail_fac} m² of standard factory space are still available.",
            "Derzeit stehen noch {avail_mu} Mu Fläche und {avail_fac} m² Standardfabrikfläche zur Verfügung.",
            "目前园区尚有可供地{avail_mu}亩、标准厂房{avail_fac}平方米。",
        ),
    ),
)

AGENCY_TEXTS: tuple[tuple[Text, ...], ...] = (
    (
        t(
            "The {agency} is the first point of contact for foreign investors {where} and reports to the local commerce bureau.",
            "Das {agency} ist erste Anlaufstelle für ausländische Investoren {where} und untersteht dem örtlichen Handelsamt.",
            "{agency}是{where}外国投资者的首要联络窗口，隶属当地商务局。",
        ),
    ),
    (
        t(
            "Its team of {staff} includes {de_speakers} German-speaking project managers, some of whom studied in {de_city}.",
            "Zum {staff}-köpfigen Team gehören {de_speakers} deutschsprachige Projektmanagerinnen und Projektmanager, von denen einige in {de_city} studiert haben.",
            "中心共有{staff}名工作人员，其中{de_speakers}名项目经理能讲德语，部分曾在{de_city}留学。",
        ),
    ),
    (
        t(
            "Since {year}, the centre has accompanied {projects} European projects with a combined investment of {inv}.",
            "Seit {year} hat das Zentrum {projects} europäische Projekte mit einem Gesamtvolumen von {inv} begleitet.",
            "自{year}年以来，中心已服务{projects}个欧洲项目，累计投资额{inv}。",
        ),
    ),
    (
        t(
            "It also organises delegation trips to Germany, most recently to {fair} in {fair_year}.",
            "Außerdem organisiert es Delegationsreisen nach Deutschland, zuletzt {fair} im Jahr {fair_year}.",
            "中心还组织赴德招商考察，最近一次是{fair_year}年参加{fair}。",
        ),
    ),
)

CN_CO_TEXTS: tuple[tuple[Text, ...], ...] = (
    (
        t(
            "{short} was founded in {year} {where} and makes {p1} and {p2} for {c1}.",
            "{short} wurde {year} {where} gegründet und stellt {p1} und {p2} für {c1} her.",
            "{name}成立于{year}年，位于{where}，主要为{c1}生产{p1}和{p2}。",
        ),
    ),
    (
        t(
            "The company has {staff} employees and annual sales of about {rev}, and it was recognised as a national high-tech enterprise in {hte}.",
            "Das Unternehmen hat {staff} Beschäftigte und einen Jahresumsatz von etwa {rev}; seit {hte} ist es als nationales Hightech-Unternehmen anerkannt.",
            "公司现有员工{staff}人，年销售额约{rev}，{hte}年被认定为国家高新技术企业。",
        ),
        t(
            "With {staff} employees, {short} reached sales of {rev} last year and has been listed as a provincial specialised and innovative enterprise since {hte}.",
            "Mit {staff} Beschäftigten erzielte {short} im vergangenen Jahr einen Umsatz von {rev} und gilt seit {hte} als spezialisiertes und innovatives Unternehmen der Provinz.",
            "{short}现有员工{staff}人，去年销售额达{rev}，{hte}年入选省级专精特新企业。",
        ),
    ),
    (
        t(
            "Its plant covers {fm2} m², runs {lines} production lines and is certified to {cert}.",
            "Das Werk umfasst {fm2} m² mit {lines} Fertigungslinien und ist nach {cert} zertifiziert.",
            "工厂占地{fm2}平方米，拥有{lines}条生产线，并通过{cert}认证。",
        ),
    ),
    (
        t(
            "{short} already buys from {n_de} German suppliers and wants to deepen cooperation with German partners in the field of {focus}.",
            "{short} bezieht bereits von {n_de} deutschen Lieferanten und will die Zusammenarbeit mit deutschen Partnern im Bereich {focus} vertiefen.",
            "{short}目前已与{n_de}家德国供应商合作，希望在{focus}领域与德国伙伴深化合作。",
        ),
        t(
            "German equipment makes up about {de_share}% of the machinery in the plant, and {short} would like to add a German partner for {focus}.",
            "Deutsche Maschinen machen etwa {de_share} Prozent des Anlagenparks aus, und {short} sucht zusätzlich einen deutschen Partner für {focus}.",
            "工厂约{de_share}%的设备来自德国，{short}希望在{focus}方面引入德国合作伙伴。",
        ),
    ),
)

UNI_TEXTS: tuple[tuple[Text, ...], ...] = (
    (
        t(
            "{name} was founded in {year} and today has {staff} researchers working in {f1} and {f2}.",
            "{name} wurde {year} gegründet; heute forschen dort {staff} Wissenschaftlerinnen und Wissenschaftler in den Bereichen {f1} und {f2}.",
            "{name}成立于{year}年，现有科研人员{staff}名，主要研究方向为{f1}和{f2}。",
        ),
    ),
    (
        t(
            "It runs {labs} joint laboratories with industry and has transferred {transfers} technologies to companies in the last five years.",
            "Gemeinsam mit der Industrie betreibt die Einrichtung {labs} Labore und hat in den letzten fünf Jahren {transfers} Technologien an Unternehmen übertragen.",
            "该机构与企业共建联合实验室{labs}个，近五年向企业转化技术成果{transfers}项。",
        ),
    ),
    (
        t(
            "Around {students} students and doctoral candidates are enrolled, {abroad}% of them from abroad.",
            "Eingeschrieben sind rund {students} Studierende und Promovierende, davon {abroad} Prozent aus dem Ausland.",
            "目前在读学生和博士研究生约{students}人，其中{abroad}%来自海外。",
        ),
        t(
            "Each year about {students} engineers complete a degree or continuing-education course there, many of them in dual programmes with local firms.",
            "Jedes Jahr schließen dort etwa {students} Ingenieurinnen und Ingenieure ein Studium oder eine Weiterbildung ab, viele davon in dualen Programmen mit örtlichen Firmen.",
            "每年约有{students}名工程技术人员在此完成学历教育或继续教育，其中不少参加与本地企业合办的双元制项目。",
        ),
    ),
    (
        t(
            "A partnership with {partner} has existed since {py}, with a regular exchange of researchers.",
            "Seit {py} besteht eine Partnerschaft mit {partner}, die einen regelmäßigen Austausch von Forschenden vorsieht.",
            "自{py}年起与{partner}建立合作关系，定期开展科研人员互访。",
        ),
    ),
)

UNI_PARTNERS_FOR_CN: tuple[Text, ...] = (
    t("a technical university in Stuttgart", "einer technischen Universität in Stuttgart", "斯图加特一所理工大学"),
    t(
        "a university of applied sciences in Aachen",
        "einer Hochschule für angewandte Wissenschaften in Aachen",
        "亚琛一所应用技术大学",
    ),
    t("a research institute in Dresden", "einem Forschungsinstitut in Dresden", "德累斯顿一家研究所"),
    t("a university hospital in Bavaria", "einem Universitätsklinikum in Bayern", "巴伐利亚一家大学医院"),
)
UNI_PARTNERS_FOR_DE: tuple[Text, ...] = (
    t("a university in Hangzhou", "einer Universität in Hangzhou", "杭州一所大学"),
    t("a research institute in Shaoxing", "einem Forschungsinstitut in Shaoxing", "绍兴一家研究院"),
    t("a polytechnic in Ningbo", "einer Fachhochschule in Ningbo", "宁波一所职业技术学院"),
    t("a medical school in Shanghai", "einer medizinischen Fakultät in Shanghai", "上海一所医学院"),
)

ASSOC_TEXTS: tuple[tuple[Text, ...], ...] = (
    (
        t(
            "{name} represents {members} member companies with a combined workforce of around {workforce}.",
            "{name} vertritt {members} Mitgliedsunternehmen mit zusammen rund {workforce} Beschäftigten.",
            "{name}拥有会员企业{members}家，员工总数约{workforce}人。",
        ),
    ),
    (
        t(
            "Its work focuses on {f1} and {f2}, with about {events} events and delegation trips a year.",
            "Im Mittelpunkt stehen {f1} und {f2}; jährlich finden etwa {events} Veranstaltungen und Delegationsreisen statt.",
            "协会重点关注{f1}和{f2}领域，每年组织活动和考察交流约{events}场。",
        ),
    ),
    (
        t(
            "Since {py}, it has cooperated with partners in {partner_place} and helped {helped} members enter the {target} market.",
            "Seit {py} arbeitet man mit Partnern in {partner_place} zusammen und hat {helped} Mitgliedern beim Markteintritt in {target} geholfen.",
            "自{py}年起与{partner_place}的合作伙伴开展合作，已帮助{helped}家会员企业进入{target}市场。",
        ),
    ),
    (
        t(
            "Membership is open to {open}, and companies with fewer than {thr} employees pay a reduced fee of {fee} a year.",
            "Die Mitgliedschaft steht {open} offen; Unternehmen mit weniger als {thr} Beschäftigten zahlen einen ermäßigten Jahresbeitrag von {fee}.",
            "协会面向{open}开放，员工少于{thr}人的企业年费减至{fee}。",
        ),
    ),
)


def _sentences(rng: random.Random, groups: Sequence[Sequence[Text]], slots: Mapping[str, Slot]) -> Text:
    return join([fill(rng.choice(group), slots) for group in groups])


def _tag_phrases(rng: random.Random, tags: Sequence[str], k: int) -> list[Text]:
    pool = list(dict.fromkeys(tags))
    extra = [tag for tag in THEME_TAGS if tag not in pool]
    rng.shuffle(extra)
    pool += extra
    return [TAG_PHRASES[tag] for tag in pool[:k]]


def _cn_location(key: str) -> tuple[Text, Text, Text]:
    """Province, city, district for a CN location key (place key or city name)."""
    province = t("Zhejiang", "Zhejiang", "浙江省")
    if key in PLACES:
        place = PLACES[key]
        if place.level == "city":
            return province, place.name, Text("", "", "")
        return province, place.city, place.name
    city = REGIONS[key]
    return province, city, Text("", "", "")


def _de_location(city_en: str) -> tuple[Text, Text]:
    for city, state in DE_CITIES:
        if city.en == city_en:
            return state, city
    raise KeyError(city_en)


def _chinese_orgs(rng: random.Random, reg: _Registry) -> tuple[list[OrgSpec], list[_Host]]:
    orgs: list[OrgSpec] = []
    hosts: list[_Host] = []
    province = t("Zhejiang", "Zhejiang", "浙江省")

    for index, place_key in enumerate(GOV_PLACES, start=1):
        place = PLACES[place_key]
        short = place.name.de
        if place.level == "district":
            name = Text(
                f"{place.name.en} People's Government",
                f"Volksregierung des Bezirks {short}",
                f"{place.city.zh}市{place.name.zh}人民政府",
            )
            host = Text(f"the {short} district government", f"die Bezirksregierung {short}", f"{place.name.zh}政府")
        elif place.level == "city":
            name = Text(
                f"{short} Municipal People's Government",
                f"Volksregierung der Stadt {short}",
                f"{place.name.zh}人民政府",
            )
            host = Text(f"the {short} city government", f"die Stadtregierung {short}", f"{place.name.zh}政府")
        else:
            name = Text(
                f"{place.name.en} People's Government",
                f"Volksregierung des Kreises {short}",
                f"{place.city.zh}市{place.name.zh}人民政府",
            )
            host = Text(f"the {short} county government", f"die Kreisregierung {short}", f"{place.name.zh}政府")
        key = f"cn-gov-{index:03d}"
        nace = _nace_for_tags(place.tags)

        def build_gov(r: random.Random, place: Place = place) -> tuple[Text, Text]:
            pop = Decimal(r.randint(5, 19)) / 10
            gdp = r.randrange(40, 320, 5)
            inds = _tag_phrases(r, place.tags, 3)
            slots: dict[str, Slot] = {
                "place": place.name,
                "level": fill(_LEVEL[place.level], {"city": place.city}, cap=False),
                "pop": Text(f"{_num(pop, 'en')} million", f"{_num(pop, 'de')} Millionen", f"{int(pop * 100)}万"),
                "gdp": cny(gdp * 1000000000),
                "gyear": r.choice([2024, 2025]),
                "i1": inds[0],
                "i2": inds[1],
                "i3": inds[2],
                "firms": r.randrange(300, 2200, 10),
                "n_de": r.randint(6, 75),
                "de_year": r.randint(1995, 2012),
                "days": r.choice([3, 5, 7, 10]),
                "m1": r.randint(15, 70),
                "m2": r.randint(60, 150),
            }
            return _dup(_sentences(r, GOV_TEXTS, slots))

        description = _unique(reg, rng, build_gov)
        orgs.append(
            OrgSpec(
                key=key,
                kind="government",
                country="CN",
                province=province,
                city=place.city,
                district=place.name if place.level != "city" else Text("", "", ""),
                name=name,
                description=description,
                website=f"https://{place.key}.example.cn",
                size="large",
                sectors=nace,
                tags=place.tags,
                address=f"{place.name.en}, {place.city.en}, Zhejiang",
            )
        )
        hosts.append(
            _Host(
                key,
                "government",
                host,
                _place_area(place),
                place.name,
                place.tags,
                nace,
                f"{place.key}.example.cn",
                title_name=place.name,
                city=place.city.en,
            )
        )

    for index, (place_key, theme_key) in enumerate(PARKS, start=1):
        place = PLACES[place_key]
        theme = PARK_THEMES[theme_key]
        short = place.name.de
        name = Text(
            f"{short} {theme.name.en}", f"{theme.name.de} {short}", f"{place.city.zh}{place.stem_zh}{theme.name.zh}"
        )
        key = f"cn-park-{index:03d}"
        domain = f"{place.key}-{theme_key}-park.example.cn"

        in_prose = Text(name.en, f"{_PARK_NOM.get(theme_key, theme.name.de)} {short}", name.zh)
        genitive = Text("", f"{_PARK_GEN[theme_key]} {short}", "")

        def build_park(
            r: random.Random,
            place: Place = place,
            name: Text = in_prose,
            genitive: Text = genitive,
            tags: tuple[str, ...] = theme.tags,
        ) -> tuple[Text, Text]:
            inds = _tag_phrases(r, tags, 2)
            slots: dict[str, Slot] = {
                "park": name,
                "park_gen": genitive,
                "year": r.randint(2003, 2021),
                "area": n_(Decimal(r.randint(12, 260)) / 10),
                "where": _place_area(place),
                "i1": inds[0],
                "i2": inds[1],
                "firms": r.randint(40, 420),
                "foreign": r.randint(5, 60),
                "days": r.choice([5, 7, 10, 15]),
                "canteens": r.randint(2, 9),
                "avail_mu": r.randrange(80, 2400, 10),
                "avail_fac": r.randrange(20000, 400000, 5000),
            }
            return _dup(_sentences(r, PARK_TEXTS, slots))

        description = _unique(reg, rng, build_park)
        nace = theme.nace
        orgs.append(
            OrgSpec(
                key=key,
                kind="park",
                country="CN",
                province=province,
                city=place.city if place.level != "city" else place.name,
                district=place.name if place.level != "city" else Text("", "", ""),
                name=name,
                description=description,
                website=f"https://{domain.removesuffix('.example.cn')}.example.cn",
                size="large",
                sectors=nace,
                tags=theme.tags,
                address=f"{place.name.en}, {place.city.en}, Zhejiang",
            )
        )
        host = Text(f"the {name.en}", f"der {in_prose.de}", name.zh)
        hosts.append(
            _Host(
                key,
                "park",
                host,
                _place_area(place),
                place.name,
                theme.tags,
                nace,
                domain,
                title_name=name,
                city=place.city.en,
            )
        )

    for index, place_key in enumerate(AGENCY_PLACES, start=1):
        place = PLACES[place_key]
        short = place.name.de
        name = Text(
            f"{short} Investment Promotion Service Centre",
            f"Investitionsförderzentrum {short}",
            f"{place.name.zh}投资促进服务中心",
        )
        key = f"cn-agency-{index:03d}"

        def build_agency(r: random.Random, place: Place = place, name: Text = name) -> tuple[Text, Text]:
            fair = r.choice(FAIRS)
            slots: dict[str, Slot] = {
                "agency": name,
                "where": _place_area(place),
                "staff": r.randint(12, 60),
                "de_speakers": r.randint(2, 8),
                "de_city": r.choice(STUDY_CITIES[:5]),
                "year": r.randint(2008, 2019),
                "projects": r.randint(20, 140),
                "inv": money(Decimal(r.randint(80, 2400)), "EUR"),
                "fair": fair,
                "fair_year": r.choice([2024, 2025, 2026]),
            }
            return _dup(_sentences(r, AGENCY_TEXTS, slots))

        description = _unique(reg, rng, build_agency)
        nace = _nace_for_tags(place.tags)
        orgs.append(
            OrgSpec(
                key=key,
                kind="agency",
                country="CN",
                province=province,
                city=place.city if place.level != "city" else place.name,
                district=place.name if place.level != "city" else Text("", "", ""),
                name=name,
                description=description,
                website=f"https://{place.key}-invest.example.cn",
                size="small",
                sectors=nace,
                tags=place.tags,
                address=f"{place.name.en}, {place.city.en}, Zhejiang",
            )
        )
        host = Text(f"the {name.en}", f"das {name.de}", name.zh)
        hosts.append(
            _Host(
                key,
                "agency",
                host,
                _place_area(place),
                place.name,
                place.tags,
                nace,
                f"{place.key}-invest.example.cn",
                title_name=name,
                city=place.city.en,
            )
        )

    brands = list(CN_BRANDS)
    rng.shuffle(brands)
    place_keys = list(PLACES)
    for index, sector_key in enumerate(CN_COMPANY_SECTORS, start=1):
        sector = SECTORS[sector_key]
        brand, brand_zh = brands[index - 1]
        suffix_en, suffix_zh = sector.cn_suffix
        fitting = [k for k in place_keys if set(PLACES[k].tags) & set(sector.tags)] or place_keys
        place = PLACES[rng.choice(fitting)]
        name = Text(
            f"Zhejiang {brand} {suffix_en} Co., Ltd.",
            f"Zhejiang {brand} {suffix_en} Co., Ltd.",
            f"浙江{brand_zh}{suffix_zh}有限公司",
        )
        co_short = Text(f"{brand} {suffix_en}", f"{brand} {suffix_en}", f"{brand_zh}{suffix_zh}")
        key = f"cn-co-{index:03d}"
        slug = ascii_slug(brand)

        def build_co(
            r: random.Random, sector: Sector = sector, place: Place = place, name: Text = name, short: Text = co_short
        ) -> tuple[tuple[Text, int], Text]:
            products = _pick(r, sector.products, 2)
            staff = r.choice([r.randint(60, 300), r.randint(250, 1800)])
            slots: dict[str, Slot] = {
                "short": short,
                "name": name,
                "year": r.randint(1993, 2018),
                "where": _place_area(place),
                "p1": products[0].name,
                "p2": products[1].name,
                "c1": r.choice(sector.customers),
                "staff": staff,
                "rev": cny(max(20000000, round(staff * r.randint(6, 20) / 100) * 10000000)),
                "hte": r.randint(2012, 2024),
                "fm2": r.randrange(5000, 120000, 500),
                "lines": r.randint(3, 24),
                "cert": r.choice(sector.certs),
                "n_de": r.randint(2, 30),
                "de_share": r.randint(15, 70),
                "focus": r.choice(sector.focus),
            }
            text = _sentences(r, CN_CO_TEXTS, slots)
            return (text, staff), text

        description, staff = _unique(reg, rng, build_co)
        orgs.append(
            OrgSpec(
                key=key,
                kind="company",
                country="CN",
                province=province,
                city=place.city if place.level != "city" else place.name,
                district=place.name if place.level != "city" else Text("", "", ""),
                name=name,
                description=description,
                website=f"https://{slug}.example.cn",
                size=size_for(staff),
                sectors=sector.nace[:2],
                tags=sector.tags[:2],
                address=f"{place.name.en}, {place.city.en}, Zhejiang",
            )
        )
        hosts.append(
            _Host(
                key,
                "company",
                co_short,
                _place_area(place),
                place.name,
                sector.tags[:2],
                sector.nace[:2],
                f"{slug}.example.cn",
                sector,
                title_name=co_short,
                city=place.city.en,
            )
        )
    return orgs, hosts


def _dup(text: Text) -> tuple[Text, Text]:
    return text, text


_PARK_NOM = {"sino-german": "Deutsch-Chinesische Industriekooperationspark"}
_PARK_GEN = {
    "sino-german": "Deutsch-Chinesischen Industriekooperationsparks",
    "smart": "Parks für intelligente Fertigung",
    "nev": "Industrieparks für Elektrofahrzeuge",
    "bio": "Parks für Biomedizin und medizinische Bildgebung",
    "laser": "Parks für Laser- und additive Fertigung",
    "textile": "Industrieparks für moderne Textilien",
    "ic": "Industrieparks für integrierte Schaltungen",
    "materials": "Industrieparks für neue Werkstoffe",
    "energy": "Parks für grüne Energietechnik",
    "equipment": "Industrieparks für High-End-Ausrüstung",
    "chem": "Parks für Feinchemie",
    "design": "Design- und Innovationsparks",
}


def _research_and_associations(rng: random.Random, reg: _Registry) -> list[OrgSpec]:
    orgs: list[OrgSpec] = []
    for index, (en, de, zh, loc, tags_s, _prep, domain, nace_s) in enumerate(UNIVERSITIES, start=1):
        country, loc_key = loc.split(":")
        tags = tuple(tags_s.split())
        name = Text(en, de, zh)
        if country == "DE":
            province, city = _de_location(loc_key)
            district = Text("", "", "")
        else:
            province, city, district = _cn_location(loc_key)
        partners = UNI_PARTNERS_FOR_DE if country == "DE" else UNI_PARTNERS_FOR_CN

        prose = Text(f"the {en}", _DE_PROSE[de], zh)

        def build_uni(
            r: random.Random, prose: Text = prose, tags: tuple[str, ...] = tags, partners: tuple[Text, ...] = partners
        ) -> tuple[Text, Text]:
            fields = _tag_phrases(r, tags, 2)
            slots: dict[str, Slot] = {
                "name": prose,
                "year": r.randint(1958, 2016),
                "staff": r.randrange(60, 1500, 10),
                "f1": fields[0],
                "f2": fields[1],
                "labs": r.randint(4, 40),
                "transfers": r.randint(15, 260),
                "students": r.randrange(400, 18000, 100),
                "abroad": r.randint(3, 25),
                "partner": r.choice(partners),
                "py": r.randint(2005, 2022),
            }
            return _dup(_sentences(r, UNI_TEXTS, slots))

        description = _unique(reg, rng, build_uni)
        orgs.append(
            OrgSpec(
                key=f"{'de' if country == 'DE' else 'cn'}-uni-{index:03d}",
                kind="university",
                country=country,
                province=province,
                city=city,
                district=district,
                name=name,
                description=description,
                website=f"https://{domain}",
                size="large" if "University" in en else "medium",
                sectors=tuple(nace_s.split()),
                tags=tags,
                address=f"{city.en}, {province.en}",
            )
        )
    for index, (en, de, zh, loc, tags_s, domain, nace_s) in enumerate(ASSOCIATIONS, start=1):
        country, loc_key = loc.split(":")
        tags = tuple(tags_s.split())
        name = Text(en, de, zh)
        if country == "DE":
            province, city = _de_location(loc_key)
            district = Text("", "", "")
        else:
            province, city, district = _cn_location(loc_key)

        prose = Text(f"the {en}", _DE_PROSE[de], zh)

        def build_assoc(
            r: random.Random, prose: Text = prose, tags: tuple[str, ...] = tags, country: str = country
        ) -> tuple[Text, Text]:
            fields = _tag_phrases(r, tags, 2)
            is_de = country == "DE"
            slots: dict[str, Slot] = {
                "name": prose,
                "members": r.randint(35, 420),
                "workforce": r.randrange(4000, 90000, 500),
                "f1": fields[0],
                "f2": fields[1],
                "events": r.randint(8, 40),
                "py": r.randint(2006, 2021),
                "partner_place": r.choice([REGIONS["Shaoxing"], REGIONS["Hangzhou"], REGIONS["Ningbo"]])
                if is_de
                else r.choice(DE_CITIES)[0],
                "helped": r.randint(8, 90),
                "target": t("Chinese", "China", "中国") if is_de else t("German", "Deutschland", "德国"),
                "open": t("companies of all sizes", "Unternehmen aller Größen", "各类规模企业")
                if r.random() < 0.5
                else t("manufacturers and service providers", "Herstellern und Dienstleistern", "制造企业和服务机构"),
                "thr": r.choice([20, 50, 100, 250]),
                "fee": _fee_eur(r) if is_de else cny(r.randrange(2000, 20001, 1000)),
            }
            return _dup(_sentences(r, ASSOC_TEXTS, slots))

        description = _unique(reg, rng, build_assoc)
        orgs.append(
            OrgSpec(
                key=f"{'de' if country == 'DE' else 'cn'}-assoc-{index:03d}",
                kind="association",
                country=country,
                province=province,
                city=city,
                district=district,
                name=name,
                description=description,
                website=f"https://{domain}",
                size="small",
                sectors=tuple(nace_s.split()),
                tags=tags,
                address=f"{city.en}, {province.en}",
            )
        )
    return orgs


_DE_PROSE = {
    "Hochschule Schwarzwald-Baar für Technik": "die Hochschule Schwarzwald-Baar für Technik",
    "Erlanger Institut für Bildgebung und Datenwissenschaft": "das Erlanger Institut für Bildgebung und Datenwissenschaft",
    "Textil- und Faserforschungszentrum Niederrhein": "das Textil- und Faserforschungszentrum Niederrhein",
    "Sächsisches Institut für Elektromobilität und Leichtbau": "das Sächsische Institut für Elektromobilität und Leichtbau",
    "Zentrum für Laserproduktion Aachen-West": "das Zentrum für Laserproduktion Aachen-West",
    "Shaoxing-Institut für intelligente Fertigung": "das Shaoxing-Institut für intelligente Fertigung",
    "Textilinnovationsinstitut Keqiao": "das Textilinnovationsinstitut Keqiao",
    "Hangzhou-Bay-Institut für biomedizinische Bildgebung": "das Hangzhou-Bay-Institut für biomedizinische Bildgebung",
    "Ningbo-Institut für Laser- und additive Fertigung": "das Ningbo-Institut für Laser- und additive Fertigung",
    "Deutsch-Chinesische Hochschule für angewandte Technik Zhejiang": "die Deutsch-Chinesische Hochschule für angewandte Technik Zhejiang",
    "Yuedong-Universität für Wissenschaft und Technik": "die Yuedong-Universität für Wissenschaft und Technik",
    "Forschungsinstitut für Feinchemie Shangyu": "das Forschungsinstitut für Feinchemie Shangyu",
    "Deutsch-Chinesischer Wirtschaftskreis Rhein-Ruhr": "der Deutsch-Chinesische Wirtschaftskreis Rhein-Ruhr",
    "Arbeitskreis China des schwäbischen Mittelstands": "der Arbeitskreis China des schwäbischen Mittelstands",
    "Medizintechnik-Netzwerk Donau-Heuberg": "das Medizintechnik-Netzwerk Donau-Heuberg",
    "Textilnetzwerk Sachsen-Vogtland": "das Textilnetzwerk Sachsen-Vogtland",
    "Cluster Elektromobilität Niedersachsen": "das Cluster Elektromobilität Niedersachsen",
    "Allianz Photonik und Laser Mitteldeutschland": "die Allianz Photonik und Laser Mitteldeutschland",
    "Verein für deutsch-chinesischen Unternehmensaustausch Shaoxing": "der Verein für deutsch-chinesischen Unternehmensaustausch Shaoxing",
    "Allianz für Funktionstextilien Keqiao": "die Allianz für Funktionstextilien Keqiao",
    "Allianz für E-Fahrzeugkomponenten Shangyu": "die Allianz für E-Fahrzeugkomponenten Shangyu",
    "Allianz für medizinische Bilddaten Zhejiang": "die Allianz für medizinische Bilddaten Zhejiang",
    "Verband für Laser- und additive Fertigung Ningbo": "der Verband für Laser- und additive Fertigung Ningbo",
}


def _fee_eur(rng: random.Random) -> Text:
    fee = rng.randrange(250, 2001, 50)
    return Text(f"EUR {_num(fee, 'en')}", f"{_num(fee, 'de')} Euro", f"{fee}欧元")


# --------------------------------------------------------------------------- offers

OFFER_WHAT: dict[str, tuple[Text, ...]] = {
    "land": (
        t(
            "{host} offers a serviced industrial plot of {mu} mu ({m2} m²) {area}, earmarked for projects in {industry}.",
            "{host} bietet {area} ein erschlossenes Industriegrundstück von {mu} Mu ({m2} m²) an, das für Vorhaben aus dem Bereich {industry} vorgesehen ist.",
            "{host}在{area}提供一宗{mu}亩（约{m2}平方米）的熟地工业用地，定向用于{industry}项目。",
        ),
        t(
            "{host} has {mu} mu ({m2} m²) of ready-to-build land {area} for a manufacturing project in {industry}.",
            "{host} hält {area} {mu} Mu ({m2} m²) baureifes Land für ein Fertigungsprojekt aus dem Bereich {industry} bereit.",
            "{host}在{area}储备了{mu}亩（约{m2}平方米）可即时开工的土地，用于引进{industry}制造项目。",
        ),
    ),
    "factory": (
        t(
            "{host} has {units} standard factory units ready for lease {area}, the largest with {fm2} m² {floors}.",
            "{host} hat {area} {units} Standardfabrikeinheiten bezugsfertig zur Miete, die größte mit {fm2} m² {floors}.",
            "{host}在{area}现有{units}套标准厂房可供租赁，最大单体面积{fm2}平方米，{floors}。",
        ),
        t(
            "{host} is completing {units} standard factory buildings {area} for {industry}, with single units of up to {fm2} m².",
            "{host} stellt {area} {units} Standardfabrikgebäude für den Bereich {industry} fertig, mit Einzeleinheiten von bis zu {fm2} m².",
            "{host}正在{area}建设{units}栋面向{industry}的标准厂房，单体面积最大{fm2}平方米。",
        ),
    ),
    "talent_flats": (
        t(
            "{host} provides {flats} furnished talent apartments {area} for foreign experts and engineers of newly settled companies.",
            "{host} stellt {area} {flats} möblierte Talentwohnungen für ausländische Fachkräfte und Ingenieure neu angesiedelter Unternehmen bereit.",
            "{host}在{area}为新落户企业的外籍专家和工程师提供{flats}套拎包入住的人才公寓。",
        ),
    ),
    "subsidy": (
        t(
            "Under its {policy}, {host} grants qualifying manufacturing projects up to {amount}.",
            "Über das Förderprogramm „{policy}“ gewährt {host} förderfähigen Industrieprojekten bis zu {amount}.",
            "根据《{policy}》，{host}对符合条件的制造业项目给予最高{amount}的扶持。",
        ),
    ),
    "supply_chain": (
        t(
            "{host} connects German investors with {suppliers} local suppliers of {supply} within a radius of {km} km.",
            "{host} vermittelt deutschen Investoren {suppliers} lokale Zulieferer für {supply} im Umkreis von {km} km.",
            "{host}可为德国投资者对接周边{km}公里范围内{suppliers}家{supply}本地供应商。",
        ),
    ),
    "partner_need": (
        t(
            "{host} is looking for a German technology partner for {p} to upgrade its production line for {c1}.",
            "{host} sucht einen deutschen Technologiepartner für {p}, um die eigene Fertigungslinie für {c1} zu modernisieren.",
            "{host}正在为{p}寻找德国技术合作伙伴，以升级面向{c1}的生产线。",
        ),
    ),
}

OFFER_DETAILS: dict[str, tuple[tuple[Text, ...], ...]] = {
    "land": (
        (
            t(
                "The plot is connected to {kv} kV power, natural gas, industrial water and wastewater treatment, and the guide price is about {price} per mu.",
                "Das Grundstück ist an {kv}-kV-Strom, Erdgas, Industriewasser und Abwasserbehandlung angeschlossen; der Richtpreis liegt bei etwa {price} pro Mu.",
                "地块已实现{kv}千伏供电、天然气、工业用水和污水处理配套，指导价约为每亩{price}。",
            ),
            t(
                "A floor-area ratio of at least {far} is required, the maximum building height is {bh} m, and the land price is around {price} per mu.",
                "Vorgeschrieben ist eine Geschossflächenzahl von mindestens {far}, die maximale Bauhöhe beträgt {bh} m und der Bodenpreis liegt bei etwa {price} pro Mu.",
                "项目容积率不低于{far}，建筑限高{bh}米，土地价格约为每亩{price}。",
            ),
        ),
        (
            t(
                "The site is {hub_km} km from {hub} and {mins} minutes by car from the nearest motorway junction.",
                "Der Standort liegt {hub_km} km von {hub} entfernt und {mins} Autominuten von der nächsten Autobahnauffahrt.",
                "项目地距{hub}{hub_km}公里，距最近的高速公路出入口车程{mins}分钟。",
            ),
        ),
        (
            t(
                "Projects should reach an investment intensity of at least {intensity} per mu and annual tax revenue of {tax} per mu.",
                "Erwartet werden eine Investitionsintensität von mindestens {intensity} pro Mu und jährliche Steuereinnahmen von {tax} pro Mu.",
                "入驻项目亩均投资强度不低于{intensity}，亩均年税收不低于{tax}。",
            ),
        ),
    ),
    "factory": (
        (
            t(
                "The buildings have a clear height of {h} m on the ground floor, a floor load of {load} kN/m² and crane runways for {crane} tonnes.",
                "Die Hallen haben im Erdgeschoss eine lichte Höhe von {h} m, eine Bodenbelastbarkeit von {load} kN/m² und Kranbahnen für {crane} Tonnen.",
                "厂房首层净高{h}米，地面承重{load}千牛/平方米，并配有{crane}吨行车轨道。",
            ),
        ),
        (
            t(
                "Rent is {rent} per square metre per month, and the first {free} years are rent-free for projects that meet the investment criteria.",
                "Die Miete beträgt {rent} pro Quadratmeter und Monat; für Projekte, die die Investitionskriterien erfüllen, sind die ersten {free} Jahre mietfrei.",
                "租金为每平方米每月{rent}，符合投资条件的项目可享受前{free}年免租。",
            ),
            t(
                "Tenants can buy the unit after {free} years at the original construction cost, and the monthly rent until then is {rent} per square metre.",
                "Mieter können die Einheit nach {free} Jahren zu den ursprünglichen Baukosten erwerben; bis dahin beträgt die Monatsmiete {rent} pro Quadratmeter.",
                "租户满{free}年后可按原建设成本购买厂房，此前月租金为每平方米{rent}。",
            ),
        ),
        (
            t(
                "The site is {hub_km} km from {hub}, and dormitories for {beds} workers are available next door.",
                "Der Standort liegt {hub_km} km von {hub} entfernt; nebenan stehen Wohnheime für {beds} Beschäftigte zur Verfügung.",
                "厂房距{hub}{hub_km}公里，周边配套可容纳{beds}名员工的宿舍。",
            ),
        ),
    ),
    "talent_flats": (
        (
            t(
                "The flats range from {s1} to {s2} m², are a {walk}-minute walk from the workplaces and can be rented for up to {yrs} years at a reduced rate.",
                "Die Wohnungen sind {s1} bis {s2} m² groß, liegen {walk} Gehminuten von den Arbeitsplätzen entfernt und können bis zu {yrs} Jahre zu einem vergünstigten Satz gemietet werden.",
                "公寓面积{s1}至{s2}平方米，步行{walk}分钟即可到达工作地点，可按优惠价格租住最长{yrs}年。",
            ),
        ),
        (
            t(
                "An international school and a hospital with English-speaking doctors are within {km} km {area}.",
                "Eine internationale Schule und ein Krankenhaus mit englischsprachigen Ärztinnen und Ärzten liegen {area} im Umkreis von {km} km.",
                "{area}{km}公里范围内有国际学校和配备英语医生的医院。",
            ),
            t(
                "High-level talent recognised by {host_short} may live in the flats rent-free for the first {free} years.",
                "Hochqualifizierte Fachkräfte, die {host_short} anerkannt hat, können die ersten {free} Jahre mietfrei wohnen.",
                "经{host_short}认定的高层次人才可享受前{free}年免租入住。",
            ),
        ),
        (
            t(
                "A service desk {area} helps with residence permits and work permits, which are usually issued within {days} working days.",
                "Ein Servicebüro {area} hilft bei Aufenthalts- und Arbeitserlaubnissen, die in der Regel innerhalb von {days} Arbeitstagen erteilt werden.",
                "{area}设有服务窗口，可协助办理居留许可和工作许可，一般在{days}个工作日内办结。",
            ),
        ),
    ),
    "subsidy": (
        (
            t(
                "For projects {area}, eligible costs include equipment purchases above {eq}, with a grant rate of up to {rate}%.",
                "Für Projekte {area} sind Ausrüstungsinvestitionen ab {eq} förderfähig, bei einer Förderquote von bis zu {rate} Prozent.",
                "{area}项目设备投资超过{eq}的部分可申请补助，补助比例最高{rate}%。",
            ),
        ),
        (
            t(
                "Key talent recognised by {host_short} receives a housing allowance of {ha} and income-tax rebates for {ty} years.",
                "Schlüsselkräfte, die {host_short} anerkannt hat, erhalten einen Wohnkostenzuschuss von {ha} und für {ty} Jahre Rückerstattungen der Einkommensteuer.",
                "经{host_short}认定的重点人才可获得{ha}安家补贴，并享受{ty}年个人所得税奖励。",
            ),
            t(
                "Companies investing at least {min_inv} {area} also receive a discount of {disc}% on the land price.",
                "Unternehmen, die {area} mindestens {min_inv} investieren, erhalten zusätzlich einen Nachlass von {disc} Prozent auf den Bodenpreis.",
                "在{area}投资额不低于{min_inv}的企业还可享受{disc}%的地价优惠。",
            ),
        ),
        (
            t(
                "{host_cap} reviews applications {times} a year and pays the first tranche once production starts.",
                "{host_cap} prüft Anträge {times} im Jahr und zahlt die erste Tranche mit Produktionsbeginn aus.",
                "{host_cap}每年集中评审申请{times}次，首笔资金在项目投产后拨付。",
            ),
            t(
                "Funds under the {policy} are paid in {tranches} tranches over {ty} years, linked to the investment actually made and the jobs created.",
                "Die Fördermittel („{policy}“) werden in {tranches} Tranchen über {ty} Jahre ausgezahlt, gekoppelt an die tatsächlich getätigte Investition und die geschaffenen Arbeitsplätze.",
                "《{policy}》资金分{tranches}期在{ty}年内拨付，与实际投资额和新增就业挂钩。",
            ),
        ),
    ),
    "supply_chain": (
        (
            t(
                "Among them are {certified} companies certified to {cert} and {listed} listed groups.",
                "Darunter sind {certified} nach {cert} zertifizierte Betriebe und {listed} börsennotierte Unternehmensgruppen.",
                "其中{certified}家企业已通过{cert}认证，另有{listed}家上市企业集团。",
            ),
        ),
        (
            t(
                "Typical lead times for prototype parts are {d1} days, and series deliveries within the province take {d2} days.",
                "Die üblichen Lieferzeiten für Prototypenteile betragen {d1} Tage, Serienlieferungen innerhalb der Provinz dauern {d2} Tage.",
                "样件的常规交期为{d1}天，省内批量交付周期为{d2}天。",
            ),
        ),
        (
            t(
                "A supplier day with {visitors} participants takes place every {season}, and German buyers can audit candidates in advance.",
                "Jeden {season_de} findet ein Zulieferertag mit {visitors} Teilnehmenden statt; deutsche Einkäufer können Kandidaten vorab auditieren.",
                "每年{season}举办一次约{visitors}人参加的供应商对接日，德国采购方可提前对候选企业进行审核。",
            ),
        ),
    ),
    "partner_need": (
        (
            t(
                "The company has {staff} employees, annual sales of {rev} and {lines} production lines {area}.",
                "Das Unternehmen hat {staff} Beschäftigte, einen Jahresumsatz von {rev} und {lines} Fertigungslinien {area}.",
                "公司现有员工{staff}人，年销售额{rev}，在{area}拥有{lines}条生产线。",
            ),
        ),
        (
            t(
                "{host_cap} is open to technology licensing, a joint venture with a German majority of up to {stake}% or a joint development centre.",
                "{host_cap} ist offen für Technologielizenzen, ein Joint Venture mit einer deutschen Mehrheit von bis zu {stake} Prozent oder ein gemeinsames Entwicklungszentrum.",
                "{host_cap}愿以技术许可、德方控股最高{stake}%的合资企业或共建研发中心等方式开展合作。",
            ),
        ),
        (
            t(
                "The target is to raise yield from {y1}% to {y2}% within {ty} years.",
                "Ziel ist es, die Ausbeute innerhalb von {ty} Jahren von {y1} auf {y2} Prozent zu steigern.",
                "目标是在{ty}年内将良品率从{y1}%提升至{y2}%。",
            ),
        ),
    ),
}

OFFER_CONTACT: tuple[Text, ...] = (
    t(
        "Enquiries from German companies are handled by {contact}, in Chinese, English or German.",
        "Anfragen deutscher Unternehmen beantwortet {contact} auf Chinesisch, Englisch oder Deutsch.",
        "德国企业的咨询由{contact}负责，可使用中文、英文或德文沟通。",
    ),
    t(
        "For a site visit, please contact {contact}, who can also arrange meetings with the relevant bureaus.",
        "Für eine Standortbesichtigung wenden Sie sich bitte an {contact_acc}, {rel} auch Termine mit den zuständigen Ämtern vereinbart.",
        "如需实地考察，请联系{contact}，也可协助安排与相关部门的会谈。",
    ),
)

OFFER_TITLES: dict[str, Text] = {
    "land": t(
        "{mu} mu industrial plot in {place}", "Industriegrundstück mit {mu} Mu in {place}", "{place}{mu}亩工业用地"
    ),
    "factory": t(
        "{title_name}: standard factories of up to {fm2} m²",
        "{title_name}: Standardfabriken bis {fm2} m²",
        "{title_name}标准厂房（最大{fm2}平方米）",
    ),
    "talent_flats": t(
        "{title_name}: {flats} talent apartments",
        "{title_name}: {flats} Talentwohnungen",
        "{title_name}：{flats}套人才公寓",
    ),
    "subsidy": t(
        "{policy} ({place}): up to {amount}",
        "{policy} ({place}): bis zu {amount}",
        "{place}《{policy}》：最高{amount}",
    ),
    "supply_chain": t(
        "{title_name}: supplier network for {industry}",
        "{title_name}: Zulieferernetz für {industry}",
        "{title_name}：{industry}供应链对接",
    ),
    "partner_need": t(
        "{host} seeks German partner for {p}",
        "{host} sucht deutschen Partner für {p}",
        "{host}寻求{p}领域德国合作伙伴",
    ),
}

_SEASONS = (
    ("spring", "Frühling", "春季"),
    ("summer", "Sommer", "夏季"),
    ("autumn", "Herbst", "秋季"),
    ("winter", "Winter", "冬季"),
)


def _district_hosts() -> list[_Host]:
    yuecheng_tags = ("integrated-circuits", "biomedical-image-data", "textiles", "industrie-4-0")
    binhai_tags = ("ev-support-services", "laser-additive-manufacturing", "new-materials", "industrie-4-0")
    return [
        _Host(
            "cn-yuecheng",
            "government",
            t("the Yuecheng district government", "die Bezirksregierung Yuecheng", "越城区政府"),
            t("in Yuecheng District, Shaoxing", "in Yuecheng (Shaoxing)", "绍兴市越城区"),
            t("Yuecheng District", "Yuecheng", "越城区"),
            yuecheng_tags,
            _nace_for_tags(yuecheng_tags),
            "yuecheng.example.cn",
            title_name=t("Yuecheng District", "Bezirk Yuecheng", "越城区"),
        ),
        _Host(
            "cn-binhai",
            "park",
            t(
                "the Binhai New Area administration",
                "die Verwaltung des Neuen Gebiets Binhai",
                "绍兴滨海新区管委会",
            ),
            t("in the Shaoxing Binhai New Area", "im Neuen Gebiet Binhai von Shaoxing", "绍兴滨海新区"),
            t("Shaoxing Binhai New Area", "Binhai (Shaoxing)", "绍兴滨海新区"),
            binhai_tags,
            _nace_for_tags(binhai_tags),
            "binhai.example.cn",
            title_name=t("Shaoxing Binhai New Area", "Shaoxing Binhai New Area", "绍兴滨海新区"),
        ),
    ]


def _offer_plan(rng: random.Random, hosts: list[_Host]) -> list[tuple[_Host, str]]:
    plan: list[tuple[_Host, str]] = []
    district_kinds = ["land", "land", "factory", "talent_flats", "subsidy", "supply_chain", "factory"]
    for host in hosts:
        if host.key in DISTRICT_ORG_KEYS:
            plan += [(host, kind) for kind in district_kinds]
        elif host.kind == "government":
            plan += [(host, kind) for kind in rng.sample(["land", "subsidy", "talent_flats", "supply_chain"], 2)]
        elif host.kind == "park":
            plan += [
                (host, kind) for kind in rng.sample(["land", "factory", "factory", "talent_flats", "supply_chain"], 3)
            ]
        elif host.kind == "agency":
            plan += [(host, kind) for kind in rng.sample(["subsidy", "supply_chain", "talent_flats", "land"], 2)]
        else:
            plan.append((host, "partner_need"))
            if rng.random() < 0.3:
                plan.append((host, rng.choice(["supply_chain", "factory"])))
    return plan


def _offers(rng: random.Random, reg: _Registry, hosts: list[_Host]) -> list[OfferSpec]:
    offers: list[OfferSpec] = []
    all_hosts = _district_hosts() + hosts
    for number, (host, kind) in enumerate(_offer_plan(rng, all_hosts), start=1):
        key = f"cn-offer-{number:03d}"

        def build(r: random.Random, host: _Host = host, kind: str = kind, key: str = key) -> tuple[OfferSpec, Text]:
            tag = r.choice(host.tags)
            sector = host.sector
            mu: Decimal | None = None
            m2: Decimal | None = None
            factory: Decimal | None = None
            flats: int | None = None
            subsidy: Decimal | None = None
            if kind == "land":
                mu = Decimal(r.choice([r.randint(15, 80), r.randint(50, 300)]))
                m2 = land_m2(mu)
            elif kind == "factory":
                factory = Decimal(r.randrange(1000, 20001, 100))
            elif kind == "talent_flats":
                flats = r.randrange(20, 401, 5)
            elif kind == "subsidy":
                subsidy = Decimal(r.choice([1, 2, 3, 5, 8, 10, 15, 20, 30, 50]) * 1000000)
            surname, surname_zh = r.choice(CN_SURNAMES)
            given, given_zh, gender = r.choice(CN_GIVEN)
            contact = Text(
                f"{'Ms' if gender == 'f' else 'Mr'} {surname} {given}",
                f"{'Frau' if gender == 'f' else 'Herr'} {surname} {given}",
                f"{surname_zh}{given_zh}{'女士' if gender == 'f' else '先生'}",
            )
            product = r.choice(sector.products).name if sector else TAG_PHRASES[tag]
            season = r.choice(_SEASONS)
            n_floors = r.choice([1, 1, 2, 3, 4, 5])
            floors = (
                t("on a single floor", "auf einer Etage", "为单层厂房")
                if n_floors == 1
                else t(f"on {n_floors} floors", f"auf {n_floors} Etagen", f"共{n_floors}层")
            )
            hub_index, hub_lo, hub_hi = r.choice(_HUB_DISTANCES[host.city])
            slots: dict[str, Slot] = {
                "host": host.host,
                "host_cap": host.host,
                "host_short": host.host,
                "area": host.area,
                "place": host.place_name,
                "title_name": host.title_name,
                "industry": TAG_PHRASES[tag],
                "mu": n_(mu) if mu is not None else "",
                "m2": n_(m2.quantize(Decimal(1))) if m2 is not None else "",
                "fm2": n_(factory) if factory is not None else "",
                "units": r.randint(4, 40),
                "floors": floors,
                "flats": flats or 0,
                "policy": r.choice(POLICIES),
                "amount": cny(int(subsidy)) if subsidy is not None else "",
                "suppliers": r.randrange(40, 900, 5),
                "supply": SUPPLY_PHRASES[tag],
                "km": r.randint(3, 60),
                "p": product,
                "c1": r.choice(sector.customers) if sector else TAG_PHRASES[tag],
                "kv": r.choice([10, 20, 35, 110]),
                "price": cny(r.randrange(150000, 800001, 10000)),
                "far": n_(Decimal(r.choice([10, 12, 13, 15, 18, 20])) / 10),
                "bh": r.choice([24, 30, 36, 40, 50]),
                "hub": HUBS[hub_index],
                "hub_km": r.randint(hub_lo, hub_hi),
                "mins": r.randint(3, 25),
                "intensity": cny(r.randrange(3000000, 8000001, 500000)),
                "tax": cny(r.randrange(300000, 1000001, 50000)),
                "h": r.choice([8, 9, 10, 12]),
                "load": r.choice([8, 10, 15, 20, 30]),
                "crane": r.choice([5, 10, 16, 20, 32]),
                "rent": cny(r.choice([12, 15, 18, 20, 22, 25, 28])),
                "free": r.choice([2, 3]),
                "beds": r.randrange(100, 1500, 50),
                "s1": r.choice([45, 55, 60, 70]),
                "s2": r.choice([90, 110, 120, 140]),
                "walk": r.randint(5, 20),
                "yrs": r.choice([3, 5]),
                "days": r.choice([5, 7, 10]),
                "eq": cny(r.choice([1, 2, 5, 10]) * 1000000),
                "rate": r.choice([8, 10, 12, 15, 20]),
                "ha": cny(r.choice([200000, 300000, 500000, 800000, 1000000])),
                "ty": r.choice([3, 4, 5]),
                "min_inv": money(Decimal(r.choice([5, 10, 15, 20, 30])), "EUR"),
                "disc": r.choice([10, 15, 20, 30]),
                "times": r.choice(
                    [t("twice", "zweimal", "两"), t("three times", "dreimal", "三"), t("four times", "viermal", "四")]
                ),
                "tranches": r.choice([2, 3]),
                "certified": r.randint(10, 160),
                "cert": r.choice(["IATF 16949", "ISO 9001", "ISO 13485", "ISO 14001"]),
                "listed": r.randint(2, 18),
                "d1": r.randint(3, 15),
                "d2": r.randint(1, 5),
                "visitors": r.randrange(80, 600, 10),
                "season": Text(season[0], season[1], season[2]),
                "season_de": Text(season[0], season[1], season[2]),
                "staff": r.randint(80, 1800),
                "rev": cny(r.randrange(50, 2000, 10) * 1000000),
                "lines": r.randint(3, 24),
                "stake": r.choice([51, 60, 70, 75]),
                "y1": r.randint(82, 92),
                "y2": r.randint(95, 99),
                "contact": contact,
                "rel": Text("", "die" if gender == "f" else "der", ""),
                "contact_acc": Text("", f"{'Frau' if gender == 'f' else 'Herrn'} {surname} {given}", ""),
            }
            parts = [r.choice(OFFER_WHAT[kind])]
            parts += [r.choice(group) for group in OFFER_DETAILS[kind] if r.random() < 0.85]
            while len(parts) < 3:
                parts.append(r.choice(OFFER_DETAILS[kind][-1]))
            if kind != "partner_need" or r.random() < 0.5:
                parts.append(r.choice(OFFER_CONTACT))
            summary = join([fill(p, slots) for p in parts])
            title = fill(OFFER_TITLES[kind], slots)
            email_name = f"{ascii_slug(given)}.{ascii_slug(surname)}" if r.random() < 0.6 else "invest"
            tags = tuple(dict.fromkeys((tag, *host.tags[:1])))
            spec = OfferSpec(
                key=key,
                org_key=host.key,
                kind=kind,
                sectors=host.nace[:3],
                tags=tags,
                title=title,
                summary=summary,
                land_mu=mu,
                land_m2=m2,
                factory_m2=factory,
                flats=flats,
                subsidy_amount=subsidy,
                contact_name=f"{surname} {given}",
                contact_email=f"{email_name}@{host.domain}",
            )
            return spec, summary

        offers.append(_unique(reg, rng, build))
    return offers


# --------------------------------------------------------------------------- experts

EXPERT_INTRO: tuple[Text, ...] = (
    t(
        "{full} is {pos_en_a} at {aff} and has worked on {t1} for more than {yrs} years.",
        "{full} ist {pos} {aff_prep} und beschäftigt sich seit mehr als {yrs} Jahren mit {t1}.",
        "{full}现任{aff}{pos}，从事{t1}研究与实践逾{yrs}年。",
    ),
    t(
        "As {pos_en_a} at {aff}, {full} leads a team of {team} working on {t1}.",
        "Als {pos} {aff_prep} leitet {full} ein Team von {team} Personen, das sich mit {t1} befasst.",
        "{full}担任{aff}{pos}，带领{team}人团队专注于{t1}。",
    ),
)

EXPERT_CAREER = t(
    "Before that, {pron} spent {yrs2} years at {prev}, where {pron} was last responsible for {resp}.",
    "Davor war {pron} {yrs2} Jahre {prev} tätig und zuletzt verantwortlich für {resp}.",
    "此前，{pron}在{prev}工作了{yrs2}年，最后负责{resp}。",
)

EXPERT_REVIEW = t(
    "{pron_cap} has advised on more than {reviews} Sino-German investment projects and works in {langs}.",
    "{pron_cap} hat mehr als {reviews} deutsch-chinesische Investitionsprojekte beraten und arbeitet auf {langs}.",
    "{pron_cap}已为{reviews}个以上的中德投资项目提供咨询，工作语言为{langs}。",
)

EXPERT_EXTRA: tuple[Text, ...] = (
    t(
        "{pron_cap} holds {patents} patents and has published widely on {t2}.",
        "{pron_cap} ist an {patents} Patenten beteiligt und hat zahlreiche Beiträge zu {t2} veröffentlicht.",
        "{pron_cap}拥有{patents}项专利，并在{t2}方面发表了大量论文。",
    ),
    t(
        "{pron_cap} studied in {sc1} and {sc2} and earned a doctorate in {phd}.",
        "{pron_cap} studierte in {sc1} und {sc2} und wurde {phd} promoviert.",
        "{pron_cap}曾在{sc1}和{sc2}求学，并于{phd}年获得博士学位。",
    ),
)

POSITIONS: tuple[tuple[str, str, str, str], ...] = (
    ("professor of {s}", "Professor für {s}", "Professorin für {s}", "{s}教授"),
    ("head of the {s} department", "Leiter der Abteilung {s}", "Leiterin der Abteilung {s}", "{s}部门负责人"),
    ("a senior engineer for {s}", "Senior Engineer für {s}", "Senior Engineer für {s}", "{s}高级工程师"),
    ("the chief scientist for {s}", "Chefwissenschaftler für {s}", "Chefwissenschaftlerin für {s}", "{s}首席科学家"),
    ("a principal consultant for {s}", "leitender Berater für {s}", "leitende Beraterin für {s}", "{s}首席顾问"),
)

_LANG_TEXT = {
    ("de", "en", "zh-hans"): t("German, English and Chinese", "Deutsch, Englisch und Chinesisch", "德语、英语和中文"),
    ("de", "en"): t("German and English", "Deutsch und Englisch", "德语和英语"),
    ("en", "zh-hans"): t("Chinese and English", "Chinesisch und Englisch", "中文和英语"),
    ("en",): t("English", "Englisch", "英语"),
}


_TAG_SECTORS = {
    "industrie-4-0": ("sensors", "robotics"),
    "precision-machinery": ("precision", "service"),
    "medical-devices": ("meddev",),
    "biomedical-image-data": ("imaging",),
    "textiles": ("textiles",),
    "new-materials": ("metals", "plastics"),
    "ev-support-services": ("ev",),
    "auto-parts": ("autoparts",),
    "laser-additive-manufacturing": ("laser",),
    "robotics": ("robotics",),
    "green-energy": ("energy",),
    "fine-chemicals": ("chemicals", "pharma"),
    "innovative-design": ("design",),
    "integrated-circuits": ("electronics",),
}


@dataclass(frozen=True)
class _Affiliation:
    name: Text  # as stored on the expert
    prose: Text  # en with article; de with preposition ("an der …", "bei …")
    domain: str
    country: str
    sectors: tuple[str, ...]
    academic: bool = False


def _affiliations(firms: list[_Firm], orgs: list[OrgSpec]) -> list[_Affiliation]:
    """Where experts work: institutes, consultancies and some German firms."""
    out: list[_Affiliation] = []
    for en, de, zh, loc, tags, prep, domain, _nace in UNIVERSITIES:
        sectors = tuple(dict.fromkeys(k for tag in tags.split() for k in _TAG_SECTORS[tag]))
        out.append(_Affiliation(Text(en, de, zh), Text(f"the {en}", prep, zh), domain, loc[:2], sectors, True))
    for en, de, zh, prep, domain in CONSULTANCIES:
        country = "DE" if domain.endswith(".de") else "CN"
        out.append(_Affiliation(Text(en, de, zh), Text(en, prep, zh), domain, country, tuple(SECTORS)))
    names = {o.key: o.name for o in orgs}
    for firm in firms[::9]:
        name = names[firm.key]
        out.append(_Affiliation(name, Text(name.en, f"bei {name.de}", name.zh), firm.domain, "DE", (firm.sector.key,)))
    return out


def _experts(rng: random.Random, reg: _Registry, firms: list[_Firm], orgs: list[OrgSpec]) -> list[ExpertSpec]:
    experts: list[ExpertSpec] = []
    affiliations = _affiliations(firms, orgs)
    people: list[tuple[str, str, str, str, str]] = []  # given, family, country, zh, gender
    de_given = list(DE_GIVEN)
    de_family = list(DE_FAMILY)
    rng.shuffle(de_given)
    rng.shuffle(de_family)
    for i in range(24):
        g, g_zh, gender = de_given[i]
        f, f_zh = de_family[i]
        people.append((g, f, "DE", f"{g_zh}·{f_zh}", gender))
    cn_given = list(CN_GIVEN)
    cn_family = list(CN_SURNAMES)
    rng.shuffle(cn_given)
    rng.shuffle(cn_family)
    for i in range(24):
        g, g_zh, gender = cn_given[i]
        f, f_zh = cn_family[i]
        people.append((g, f, "CN", f"{f_zh}{g_zh}", gender))
    people += list(OTHER_EXPERTS)
    for index, (given, family, country, name_zh, gender) in enumerate(people, start=1):
        key = f"expert-{index:03d}"

        def build(
            r: random.Random,
            given: str = given,
            family: str = family,
            country: str = country,
            name_zh: str = name_zh,
            gender: str = gender,
            key: str = key,
        ) -> tuple[ExpertSpec, Text]:
            if country == "CN":
                pool = [a for a in affiliations if a.country == "CN"] + affiliations[:5]
                langs: tuple[str, ...] = ("en", "zh-hans") if r.random() < 0.6 else ("de", "en", "zh-hans")
                full = Text(f"{family} {given}", f"{family} {given}", name_zh)
            else:
                pool = [a for a in affiliations if a.country == "DE"]
                pool += [a for a in affiliations if a.country == "CN"][:3]
                if country == "DE":
                    langs = ("de", "en") if r.random() < 0.6 else ("de", "en", "zh-hans")
                else:
                    langs = ("en",) if r.random() < 0.5 else ("de", "en")
                full = Text(f"{given} {family}", f"{given} {family}", name_zh)
            affiliation = r.choice(pool)
            aff, domain = affiliation.name, affiliation.domain
            sector = SECTORS[r.choice(affiliation.sectors)]
            topics = _pick(r, sector.topics, 2)
            pos = r.choice(POSITIONS[:4] if affiliation.academic else POSITIONS[1:])
            s = sector.subject
            female = gender == "f"
            pos_en = pos[0].format(s=s.en)
            slots: dict[str, Slot] = {
                "full": full,
                "pos_en_a": Text(pos_en, "", ""),
                "pos": Text(pos_en, (pos[2] if female else pos[1]).format(s=s.de), pos[3].format(s=s.zh)),
                "aff": affiliation.prose,
                "aff_prep": affiliation.prose,
                "yrs": r.randint(8, 30),
                "team": r.randint(5, 40),
                "t1": topics[0],
                "t2": topics[1],
                "pron": Text("she" if female else "he", "sie" if female else "er", "她" if female else "他"),
                "pron_cap": Text("She" if female else "He", "Sie" if female else "Er", "她" if female else "他"),
                "yrs2": r.randint(3, 15),
                "prev": r.choice(PREVIOUS_EMPLOYERS),
                "resp": r.choice(RESPONSIBILITIES),
                "reviews": r.randint(10, 120),
                "langs": _LANG_TEXT[langs] if len(langs) != 3 else _LANG_TEXT[("de", "en", "zh-hans")],
                "patents": r.randint(3, 60),
                "sc1": (pair := r.sample(STUDY_CITIES, 2))[0],
                "sc2": pair[1],
                "phd": r.randint(1988, 2016),
            }
            parts = [r.choice(EXPERT_INTRO), EXPERT_CAREER, EXPERT_REVIEW, r.choice(EXPERT_EXTRA)]
            bio = join([fill(p, slots) for p in parts])
            tags = tuple(dict.fromkeys(sector.tags[:2]))
            fields = sector.nace[:2]
            spec = ExpertSpec(
                key=key,
                given_name=given,
                family_name=family,
                name_zh=name_zh,
                country=country,
                affiliation=aff,
                fields=fields,
                tags=tags,
                languages=langs,
                bio=bio,
                email=f"{ascii_slug(given)}.{ascii_slug(family)}@{domain}",
            )
            return spec, bio

        experts.append(_unique(reg, rng, build))
    return experts


# --------------------------------------------------------------------------- checks

_CJK = re.compile(r"[\u4e00-\u9fff]")
_ABBREV = re.compile(r"\b(?:ca|Mio|Mrd|bzw|Nr|Dr|Prof|Co|Ltd|Inc|etc|usw|vs|St|Ms|Mr|Mrs|z|B|d|h|u|a|e|V)\.\s")


def validate(data: SyntheticData) -> None:
    """Raise ValueError when the data set breaks one of its promises."""
    seen: dict[str, str] = {}
    for owner, text in profile_texts(data):
        for lang in LANGS:
            value = getattr(text, lang)
            sentences = split_sentences(value, lang)
            if len(sentences) < 3:
                raise ValueError(f"{owner}: fewer than three {lang} sentences")
            if lang == "zh" and not _CJK.search(value):
                raise ValueError(f"{owner}: zh text without Chinese characters")
            if lang != "zh" and _CJK.search(value):
                raise ValueError(f"{owner}: {lang} text contains Chinese characters")
            if lang != "zh" and _ABBREV.search(value):
                raise ValueError(f"{owner}: abbreviation breaks sentence splitting")
            if "{" in value or "}" in value:
                raise ValueError(f"{owner}: unfilled template slot")
            for sentence in sentences:
                if len(sentence) < (12 if lang == "zh" else 30):
                    raise ValueError(f"{owner}: fragment {sentence!r}")
                norm = "".join(sentence.split())
                if norm in seen:
                    raise ValueError(f"{owner}: sentence also used by {seen[norm]}: {sentence!r}")
                seen[norm] = owner
    keys = [o.key for o in data.organisations] + [p.key for p in data.projects]
    keys += [o.key for o in data.offers] + [e.key for e in data.experts]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate keys")
    org_keys = {o.key for o in data.organisations} | set(DISTRICT_ORG_KEYS)
    items: list[ProjectSpec | OfferSpec] = [*data.projects, *data.offers]
    for item in items:
        if item.org_key not in org_keys:
            raise ValueError(f"{item.key}: unknown organisation {item.org_key}")
        if item.land_mu is not None and item.land_m2 is not None and item.land_m2 != land_m2(item.land_mu):
            raise ValueError(f"{item.key}: mu and m² disagree")
    tagged: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
        (o.key, o.tags, o.sectors) for o in data.organisations
    ]
    tagged += [(p.key, p.tags, p.sectors) for p in data.projects]
    tagged += [(o.key, o.tags, o.sectors) for o in data.offers]
    tagged += [(e.key, e.tags, e.fields) for e in data.experts]
    for owner, tags, codes in tagged:
        if not set(tags) <= set(THEME_TAGS) or not set(codes) <= set(NACE_CODES):
            raise ValueError(f"{owner}: unknown tag or NACE code")


# --------------------------------------------------------------------------- entry point


def generate(seed: int = 2020) -> SyntheticData:
    """Build the full synthetic data set; the same seed always gives the same data."""
    rng = random.Random(seed)
    reg = _Registry()
    de_orgs, firms = _german_firms(rng, reg)
    cn_orgs, hosts = _chinese_orgs(rng, reg)
    other_orgs = _research_and_associations(rng, reg)
    organisations = de_orgs + cn_orgs + other_orgs
    projects = _projects(rng, reg, firms)
    offers = _offers(rng, reg, hosts)
    experts = _experts(rng, reg, firms, organisations)
    data = SyntheticData(organisations=organisations, projects=projects, offers=offers, experts=experts)
    validate(data)
    return data
