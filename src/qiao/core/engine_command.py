"""A management command that hands its arguments to a pure engine's command line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.management.base import BaseCommand


class EngineCommand(BaseCommand):
    """`qiao NAME ARGS…` runs `engine_main(ARGS…)`; the engine parses and validates them."""

    engine_main: Callable[[list[str] | None], int]

    def run_from_argv(self, argv: list[str]) -> None:
        # argv is [prog, command, *engine arguments]; the engine owns --help and errors.
        raise SystemExit(type(self).engine_main(argv[2:]))

    def handle(self, *args: Any, **options: Any) -> None:
        raise SystemExit(type(self).engine_main(list(args)))
