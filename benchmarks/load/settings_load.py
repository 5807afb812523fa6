"""Settings for the load benchmark: Qiao's own, with the sign-in rate limits above the test's load.

django-allauth allows 30 sign-ins per minute from one address by default; the load test signs in
200 accounts from 127.0.0.1 within seconds, so its limits are raised here (the API's limits come
from the environment). Everything else is exactly qiao.settings.
"""

from qiao.settings import *  # noqa: F403 - this module is qiao.settings plus two overrides

ACCOUNT_RATE_LIMITS = {"login": "100000/m/ip", "login_failed": "100000/m/ip,1000/300s/key"}
