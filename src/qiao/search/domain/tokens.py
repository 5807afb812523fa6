"""Turning text into search tokens, the same way for indexed texts and for queries.

Chinese runs are segmented with jieba's search mode (words and their sub-words, so
“越城区” also finds “城区”); other scripts are case-folded, German umlauts and ß are
spelt out (“Straße” and “Strasse” both become “strasse”), other accents dropped, and
the text split on word boundaries. jieba's dictionary ships with the package and is
loaded once, lazily, on first use; it never touches the network.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

MAX_TOKEN_LENGTH = 64

_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")
_WORD = re.compile(r"\w+")
_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
# Words too common to say anything about a match (a query of only these finds nothing).
STOP_WORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "is", "of", "on", "or", "the", "to", "with",
        "am", "auf", "aus", "bei", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einer", "eines", "fuer",
        "im", "mit", "oder", "und", "von", "vom", "zu", "zum", "zur",
        "的", "和", "与", "及", "在", "是", "了", "对", "等",
    }
)  # fmt: skip

_lock = threading.Lock()
_tokenizer: Any = None


def _jieba() -> Any:
    """jieba's default tokenizer, initialised once and quietly."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _tokenizer = jieba
    return _tokenizer


def fold(text: str) -> str:
    """Case-fold, spell out umlauts and ß, and drop other accents (é → e)."""
    folded = unicodedata.normalize("NFC", text).lower().translate(_FOLDS)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _segments(text: str) -> Iterator[str]:
    for index, part in enumerate(_CJK.split(text)):
        if not part:
            continue
        if index % 2:  # a run of Chinese characters
            yield from (word.strip() for word in _jieba().cut_for_search(part))
        else:
            yield from _WORD.findall(fold(part))


def tokenize(text: str) -> list[str]:
    """The tokens of a text in order, without stop words and one-letter Latin words."""
    tokens: list[str] = []
    for token in _segments(text):
        if not token or token in STOP_WORDS:
            continue
        if len(token) == 1 and token.isascii() and not token.isdigit():
            continue
        tokens.append(token[:MAX_TOKEN_LENGTH])
    return tokens


def distinct_tokens(texts: Iterable[str]) -> list[str]:
    """The distinct tokens of some texts, in order of first appearance."""
    seen: dict[str, None] = {}
    for text in texts:
        for token in tokenize(text):
            seen.setdefault(token, None)
    return list(seen)
