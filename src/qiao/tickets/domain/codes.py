"""Ticket codes: random, unguessable, easy to read aloud and to type from paper.

A code is 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 50
bits of randomness. It is shown grouped as ``QIAO-XXXXX-XXXXX``; people and scanners may
type it in lower case, with spaces or dashes, with or without the prefix.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 10
PREFIX = "QIAO"
MAX_INPUT_LENGTH = 40
_SEPARATORS = re.compile(r"[\s\-_./:]+")


def new_code() -> str:
    """A fresh random code (uniqueness is checked by the caller against the database)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def display_code(code: str) -> str:
    """The grouped form printed on tickets and encoded in the QR code."""
    half = LENGTH // 2
    return f"{PREFIX}-{code[:half]}-{code[half:]}"


def normalise_code(typed: str) -> str | None:
    """The stored form of a typed or scanned code, or None if it cannot be one."""
    if len(typed) > MAX_INPUT_LENGTH:
        return None
    compact = _SEPARATORS.sub("", typed).upper()
    if compact.startswith(PREFIX) and len(compact) == len(PREFIX) + LENGTH:
        compact = compact[len(PREFIX) :]
    if len(compact) != LENGTH or any(char not in ALPHABET for char in compact):
        return None
    return compact
