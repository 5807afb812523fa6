"""The one error the pipeline's rules raise."""

from __future__ import annotations


class PipelineError(Exception):
    """A change the rules refuse; its message is for the person who tried."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
