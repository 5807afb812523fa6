"""Text hygiene and sentence splitting for profile texts.

Profiles arrive from web forms: they may hold HTML, scripts, emoji, control characters
or be enormous. ``clean`` turns them into plain text of bounded size, ``split_sentences``
cuts them into the units the sentence-level similarity and the explanations work on.
"""

from __future__ import annotations

import html
import re
import unicodedata

#: Texts longer than this (after cleaning) are truncated: a profile is a few paragraphs,
#: anything beyond is pasted noise and would only slow the encoder down.
MAX_CHARS = 8_000
#: At most this many sentences per profile take part in sentence-level matching.
MAX_SENTENCES = 48
#: Sentences shorter than this many letters are merged into their neighbour.
MIN_SENTENCE_LETTERS = 4

_SCRIPT_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]{0,2000}>", re.DOTALL)
_WS = re.compile(r"\s+")
# CJK sentence ends always split; a Latin end splits only when followed by space.
_CJK_END = re.compile(r"(?<=[。！？；!?;])")
_LATIN_END = re.compile(r"(?<=[.!?;:])\s+")
_ABBREV = re.compile(r"(?:\b\w{1,3}|\d+)\.$")


def _keep_char(ch: str) -> bool:
    """Drop control/format characters and pictographic symbols (emoji), keep the rest."""
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
        return ch in "\n\t"
    if cat == "So" and ord(ch) >= 0x2190:  # arrows, dingbats, emoji; keep ©, ° and the like
        return False
    return not (0xFE00 <= ord(ch) <= 0xFE0F)  # variation selectors


def clean(text: str) -> str:
    """Plain, bounded text: tags and scripts removed, entities decoded, emoji dropped."""
    if not text:
        return ""
    text = text[: MAX_CHARS * 4]  # bound the work done by the regexes below
    text = _SCRIPT_STYLE.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = "".join(ch for ch in text if _keep_char(ch))
    text = _WS.sub(" ", text).strip()
    if len(text) > MAX_CHARS:
        cut = text[:MAX_CHARS]
        space = cut.rfind(" ")
        text = cut[:space] if space > MAX_CHARS // 2 else cut
    return text


def letter_count(text: str) -> int:
    """Number of alphabetic characters (any script) in ``text``."""
    return sum(1 for ch in text if ch.isalpha())


def split_sentences(text: str) -> list[str]:
    """Split cleaned text into sentences: zh on 。！？；, de/en on sentence ends.

    Works on mixed-language text too, since both rules are applied everywhere. A period
    after a number or a short word ("ca.", "Mio.", "z. B.") is not taken as an end.
    """
    pieces: list[str] = []
    for chunk in _CJK_END.split(text):
        buf = ""
        for part in _LATIN_END.split(chunk):
            buf = f"{buf} {part}" if buf else part
            if not _ABBREV.search(buf):
                pieces.append(buf)
                buf = ""
        if buf:
            pieces.append(buf)
    sentences: list[str] = []
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        if sentences and letter_count(piece) < MIN_SENTENCE_LETTERS:
            sentences[-1] = f"{sentences[-1]} {piece}" if _is_latin(piece) else sentences[-1] + piece
        elif sentences and letter_count(sentences[-1]) < MIN_SENTENCE_LETTERS:
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return sentences[:MAX_SENTENCES]


def _is_latin(text: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in text)
