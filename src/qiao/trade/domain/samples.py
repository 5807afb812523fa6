"""The demo samples: Zhejiang–Germany 2019–2020, adding up to the 2020 summit's figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qiao.trade.domain.importing import import_file
from qiao.trade.models import Layout

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"
MONTHLY_SAMPLE = SAMPLES_DIR / "zhejiang-germany-2019-2020-monthly.csv"
CUMULATIVE_SAMPLE = SAMPLES_DIR / "zhejiang-germany-2019-2020-cumulative.csv"


def load_samples(actor: Any = None) -> int:
    """Import the monthly sample; returns the figures created, changed or removed (0 when already loaded).

    Side effects: as `import_file` when anything differs; nothing at all otherwise.
    """
    batch = import_file(MONTHLY_SAMPLE.read_bytes(), MONTHLY_SAMPLE.name, Layout.MONTHLY, actor, skip_unchanged=True)
    if batch is None:
        return 0
    return batch.created + batch.changed + batch.removed
