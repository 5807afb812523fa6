"""The one error type of this app's rules: its message is for the person who tried."""

from __future__ import annotations


class RegistrationError(Exception):
    """A registration, seat or ticket change that the rules refuse."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
