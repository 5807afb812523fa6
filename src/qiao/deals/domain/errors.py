"""The one error the agreement rules raise."""

from __future__ import annotations


class DealsError(Exception):
    """A change the rules refuse; its message is for the person who tried, `field` names the input at fault."""

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
