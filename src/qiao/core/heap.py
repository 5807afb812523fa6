"""Keeping a server process's long-lived heap out of Python's cyclic garbage collector.

A web process holds the match index of every profile (1.8 million tracked objects at 50,000
profiles). Python's full collection walks all of them — seconds each time — and runs whenever
a quarter as many objects again have survived into the oldest generation. With several request
threads per process, the objects of requests in flight survive often, so under load full
collections came every few seconds and took 30 % of the web workers' CPU (py-spy, load bench).

`gc.freeze()` moves what exists now into a generation the collector never walks. Reference
counting still frees those objects when they are dropped (a replaced engine); only garbage that
forms a cycle at the moment of freezing stays until the process ends (the process is recycled
by gunicorn's max_requests). So serving processes freeze after each engine build; tests and
commands, which are short-lived, do not (`enable_in_server`).
"""

from __future__ import annotations

import gc
import logging
import threading
import time

logger = logging.getLogger(__name__)

#: The young generation's size before a collection (CPython's default is 700): a request
#: allocates thousands of objects, and fewer young collections promote fewer of a request
#: thread's live objects into the older generations while it waits for the GIL.
SERVER_YOUNG_THRESHOLD = 10_000

_lock = threading.Lock()
_enabled = False
_collected_once = False


def enable_in_server() -> None:
    """Called once by the WSGI entry point: this process serves requests for a long time."""
    global _enabled
    _enabled = True
    _, middle, old = gc.get_threshold()
    gc.set_threshold(SERVER_YOUNG_THRESHOLD, middle, old)


def settle() -> None:
    """After building something the process keeps (the match engine): take what is alive now out
    of future full collections. The first time, collect first so no garbage of the build stays."""
    global _collected_once
    if not _enabled:
        return
    with _lock:
        started = time.perf_counter()
        if not _collected_once:
            gc.collect()
            _collected_once = True
        gc.freeze()
        logger.info(
            "heap settled: %d objects frozen in %.0f ms", gc.get_freeze_count(), 1000 * (time.perf_counter() - started)
        )
