"""The `qiao` console command: a thin wrapper over Django's management commands."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Run `qiao COMMAND ...` as `manage.py COMMAND ...` with Qiao's settings."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qiao.settings")
    from django.core.management import execute_from_command_line

    args = sys.argv[1:] if argv is None else argv
    execute_from_command_line(["qiao", *args])


if __name__ == "__main__":
    main()
