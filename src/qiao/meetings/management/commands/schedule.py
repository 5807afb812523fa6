"""`qiao schedule solve INSTANCE.json --out SCHEDULE.json --seconds N` and `qiao schedule check`."""

from qiao.core.engine_command import EngineCommand
from qiao.engines.scheduling.cli import main


class Command(EngineCommand):
    help = "1:1 meeting scheduling: solve an instance, or check a schedule against it."
    engine_main = staticmethod(main)
