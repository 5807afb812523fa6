"""WSGI entry point for application servers."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qiao.settings")
application = get_wsgi_application()

if os.environ.get("QIAO_WARM_MATCHING", "1") != "0":
    # Load the language model and build the match index now, in the background, so the
    # first match page does not wait for it.
    from qiao.matchmaking.domain.service import warm_up_in_background

    warm_up_in_background()
