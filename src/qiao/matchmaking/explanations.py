"""Render the engine's language-neutral explanations in the viewer's language."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from qiao.core.fields import LANGUAGE_LABELS
from qiao.core.shared_values import shared
from qiao.engines.matching import Explanation
from qiao.sectors.models import Sector

FIELD_LABELS = {
    "factory_m2": gettext_lazy("factory area (m²)"),
    "land_m2": gettext_lazy("land (m²)"),
    "jobs": gettext_lazy("jobs"),
    "investment_eur": gettext_lazy("investment (EUR)"),
    "flats": gettext_lazy("talent flats"),
    "subsidy_cny": gettext_lazy("subsidy (CNY)"),
}


@dataclass(frozen=True)
class SentenceView:
    ours: str
    ours_language: str
    theirs: str
    theirs_language: str
    similarity: int  # percent


@dataclass(frozen=True)
class ExplanationView:
    sectors: list[str]
    sentences: list[SentenceView]
    facts: list[str]
    constraints: list[str]


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def render(explanation: Explanation, sector_names: dict[str, str]) -> ExplanationView:
    """Sentences a person reads: shared sectors, best sentence pairs, numbers, constraints."""
    sentences = [
        SentenceView(
            ours=p.query_text,
            ours_language=str(LANGUAGE_LABELS.get(_lang(p.query_lang), p.query_lang)),
            theirs=p.match_text,
            theirs_language=str(LANGUAGE_LABELS.get(_lang(p.match_lang), p.match_lang)),
            similarity=round(p.similarity * 100),
        )
        for p in explanation.sentence_pairs
    ]
    facts = []
    for fit in explanation.numeric:
        label = str(FIELD_LABELS.get(fit.field, fit.field))
        wanted = _number(fit.required_min)
        if fit.status == "fit":
            facts.append(
                _("%(field)s: needs at least %(wanted)s, offers %(offered)s — fits.")
                % {"field": label, "wanted": wanted, "offered": _number(fit.offered)}
            )
        elif fit.status == "misfit":
            facts.append(
                _("%(field)s: needs at least %(wanted)s, offers only %(offered)s.")
                % {"field": label, "wanted": wanted, "offered": _number(fit.offered)}
            )
        else:
            facts.append(
                _("%(field)s: needs at least %(wanted)s; the other side gives no figure.")
                % {"field": label, "wanted": wanted}
            )
    constraints = []
    for check in explanation.constraints:
        what = (
            _("preferred region")
            if check.code == "region"
            else str(FIELD_LABELS.get(check.code.removeprefix("quantity:"), check.code))
        )
        state = {
            "held": _("holds"),
            "excluded": _("not met"),
            "missed": _("not met (a wish, not a condition)"),
            "unknown": _("unknown"),
        }.get(check.state, check.state)
        constraints.append(f"{what}: {state}")
    return ExplanationView(
        sectors=[sector_names.get(_nace(code), code) for code in explanation.shared_sectors],
        sentences=sentences,
        facts=facts,
        constraints=constraints,
    )


def sector_names() -> dict[str, str]:
    """NACE code → sector name in the active language (shared between readers until a sector changes)."""
    return shared(f"sector-names:{get_language()}", _sector_names)


def _sector_names() -> dict[str, str]:
    return {s.code: str(s) for s in Sector.objects.all()}


def _nace(code: str) -> str:
    digits = "".join(ch for ch in code if ch.isdigit())[:2]
    return f"C{digits}" if digits else code


def _lang(code: str) -> str:
    return "zh-hans" if code.startswith("zh") else code
