"""WSGI entry point for application servers."""

import os

from django.core.wsgi import get_wsgi_application
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]  # ships no type hints

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qiao.settings")
application = get_wsgi_application()

# A long-lived server process: what it builds to keep (the match index) leaves the garbage
# collector's full passes, which otherwise rescan it every few seconds under load (qiao.core.heap).
from qiao.core import heap  # noqa: E402 - after Django is set up

heap.enable_in_server()

# A web process runs several requests at once on few cores, beside other worker processes:
# one BLAS thread each. More would busy-wait between the small matrix products of match
# queries and take the cores from the request threads (WSGI_BLAS_THREADS overrides).
threadpool_limits(limits=int(os.environ.get("WSGI_BLAS_THREADS", "1")))

if os.environ.get("QIAO_WARM_MATCHING", "1") != "0":
    # Load the language model and build the match index now, in the background, so the
    # first match page does not wait for it.
    from qiao.matchmaking.domain.service import warm_up_in_background

    warm_up_in_background()
