"""`qiao match evaluate PAIRS.jsonl` and `qiao match query "TEXT" -k 10`."""

from qiao.core.engine_command import EngineCommand
from qiao.engines.matching.cli import main


class Command(EngineCommand):
    help = "Cross-lingual matching: evaluate on a pairs file, or rank matches for a text."
    engine_main = staticmethod(main)
