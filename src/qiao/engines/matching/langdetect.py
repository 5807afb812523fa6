"""Language detection for zh/de/en profile texts: script counts plus function words.

Our own small heuristic, no model: Han characters mean Chinese; Latin text is German or
English by counting frequent function words (and umlauts). Other scripts, and Latin text
without German or English function words, are reported as an uncovered language.
Mixed-language text is detected sentence by sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from qiao.engines.matching.text import split_sentences

#: Languages the engine matches (they have language means for centering).
SUPPORTED: frozenset[str] = frozenset({"zh", "de", "en"})
#: Code for mixed-language text (at least two languages with a sizeable share).
MIXED = "mixed"
#: Code for "no language could be determined" (no letters at all).
UNDETERMINED = "und"
#: Code for Latin-script text that is neither German nor English.
OTHER_LATIN = "latn"
#: A second language with at least this share of the content makes a text mixed.
MIXED_SHARE = 0.2

# Frequent closed-class words; written from general knowledge of the languages.
_DE_TEXT = (
    "der die das den dem des und ist sind nicht mit für von vom zu zum zur ein eine "
    "einen einem einer eines wir sie ihr unser unsere auf im auch sich als werden "
    "wird wurde bei aus nach über oder haben hat dass noch nur sehr wie mehr kann "
    "können durch um bis zwischen gegen ohne sowie bereits etwa rund derzeit "
    "insbesondere dabei jedoch "
)
_EN_TEXT = (
    "the and of to is are was were with for from by on at we our us you your this "
    "that these those it its be been have has had will would can could which who as "
    "an a or not also such into about over more than other their they there while "
    "where what all per both including currently around looking seeking "
)
_DE_WORDS = frozenset(_DE_TEXT.split())
_EN_WORDS = frozenset(_EN_TEXT.split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("han", ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))),
    ("kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF))),
    ("hangul", ((0x1100, 0x11FF), (0xAC00, 0xD7AF), (0x3130, 0x318F))),
    ("latin", ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF))),
    ("cyrillic", ((0x400, 0x52F),)),
    ("greek", ((0x370, 0x3FF),)),
    ("arabic", ((0x600, 0x6FF), (0x750, 0x77F))),
    ("hebrew", ((0x590, 0x5FF),)),
    ("devanagari", ((0x900, 0x97F),)),
    ("thai", ((0xE00, 0xE7F),)),
)
# Codes reported for scripts that are not Han or Latin.
_SCRIPT_LANG = {
    "kana": "ja",
    "hangul": "ko",
    "cyrillic": "cyrl",
    "greek": "el",
    "arabic": "ar",
    "hebrew": "he",
    "devanagari": "hi",
    "thai": "th",
    "other": "other",
}
# A Han character carries about as much content as this many Latin letters.
_HAN_WEIGHT = 3.0


@dataclass(frozen=True)
class Detection:
    """Result of language detection.

    ``lang`` is one of zh/de/en, ``mixed``, ``und`` or a code of an uncovered language
    (``ja``, ``cyrl``, ``latn`` …). ``primary`` is the language with the largest share,
    ``shares`` the content share per language, ``sentence_langs`` one code per sentence.
    """

    lang: str
    primary: str
    shares: Mapping[str, float] = field(default_factory=dict)
    sentence_langs: tuple[str, ...] = ()

    @property
    def matchable(self) -> bool:
        """True when some supported language carries content."""
        return any(lang in SUPPORTED for lang in self.shares)


def _script_of(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    cp = ord(ch)
    for name, ranges in _SCRIPTS:
        for lo, hi in ranges:
            if lo <= cp <= hi:
                return name
    return "other"


def script_counts(text: str) -> dict[str, int]:
    """Letters per script in ``text``."""
    counts: dict[str, int] = {}
    for ch in text:
        script = _script_of(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    return counts


def _latin_language(text: str) -> str:
    """German, English or ``latn`` (another Latin-script language) for a Latin text."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return UNDETERMINED
    de = sum(1 for w in words if w in _DE_WORDS) + 2 * sum(1 for ch in text if ch in "äöüÄÖÜß")
    en = sum(1 for w in words if w in _EN_WORDS)
    if de == 0 and en == 0:
        # Too short to judge (a title, a list of terms): English is the lingua franca.
        return "en" if len(words) <= 6 else OTHER_LATIN
    if max(de, en) / len(words) < 0.05 and len(words) > 12:
        return OTHER_LATIN
    return "de" if de > en else "en"


def detect_sentence(sentence: str) -> tuple[str, float]:
    """Language code and content weight of one sentence."""
    counts = script_counts(sentence)
    if not counts:
        return UNDETERMINED, 0.0
    weights = {s: n * (_HAN_WEIGHT if s == "han" else 1.0) for s, n in counts.items()}
    if "kana" in weights and "han" in weights:  # Japanese mixes kana and kanji
        weights["kana"] += weights.pop("han")
    script = max(weights, key=lambda s: weights[s])
    total = sum(weights.values())
    if script == "han":
        return "zh", total
    if script == "latin":
        return _latin_language(sentence), total
    return _SCRIPT_LANG.get(script, "other"), total


def detect(text: str) -> Detection:
    """Detect the language of a cleaned text, sentence by sentence.

    A text is ``mixed`` when a second language holds at least ``MIXED_SHARE`` of the
    content; otherwise it is its primary language.
    """
    sentences = split_sentences(text)
    if not sentences:
        return Detection(UNDETERMINED, UNDETERMINED)
    weights: dict[str, float] = {}
    langs: list[str] = []
    for sentence in sentences:
        lang, weight = detect_sentence(sentence)
        langs.append(lang)
        if weight > 0:
            weights[lang] = weights.get(lang, 0.0) + weight
    total = sum(weights.values())
    if total == 0:
        return Detection(UNDETERMINED, UNDETERMINED, {}, tuple(langs))
    shares = {lang: w / total for lang, w in sorted(weights.items(), key=lambda kv: -kv[1])}
    primary = next(iter(shares))
    second = [lang for lang, share in shares.items() if lang != primary and share >= MIXED_SHARE]
    lang = MIXED if second else primary
    return Detection(lang, primary, shares, tuple(langs))
