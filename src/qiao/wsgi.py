"""WSGI entry point for application servers."""

import os

# A web process runs several requests at once on few cores, beside other worker processes: one
# BLAS thread each. More would busy-wait between the small matrix products of match queries and
# take the cores from the request threads (measured: twice the CPU per request under load).
# Set before anything loads numpy: its OpenBLAS reads these once, when it is loaded, and numpy
# is first imported long after this module (a limit set from here later would find nothing).
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, os.environ.get("WSGI_BLAS_THREADS", "1"))

from django.core.wsgi import get_wsgi_application  # noqa: E402 - after the thread limits

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qiao.settings")
application = get_wsgi_application()

# A long-lived server process: what it builds to keep (the match index) leaves the garbage
# collector's full passes, which otherwise rescan it every few seconds under load (qiao.core.heap).
from qiao.core import heap  # noqa: E402 - after Django is set up

heap.enable_in_server()

if os.environ.get("QIAO_WARM_MATCHING", "1") != "0":
    # Load the language model and build the match index now, in the background, so the
    # first match page does not wait for it.
    from qiao.matchmaking.domain.service import warm_up_in_background

    warm_up_in_background()
