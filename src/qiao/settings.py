"""Django settings, read from the environment only (12-factor).

Every deployment difference is an environment variable; the defaults give the embedded
set-up (SQLite under var/, in-process tasks, console e-mail) that `make demo` runs.
"""

from __future__ import annotations

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BASE_DIR.parent.parent
VAR_DIR = Path(environ.Env().str("QIAO_VAR_DIR", default=str(PROJECT_ROOT / "var")))

env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["127.0.0.1", "localhost"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    TIME_ZONE=(str, "Asia/Shanghai"),
    SECURE=(bool, False),
    TASK_BACKEND=(str, ""),
)

DEBUG = env("DEBUG")
# Only the embedded demo may run without a secret; production must set SECRET_KEY.
SECRET_KEY = env.str("SECRET_KEY", default="insecure-qiao-demo-key-set-SECRET_KEY-in-production")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rules.apps.AutodiscoverRulesConfig",
    "django_tasks",
    "django_tasks_db",
    "django_htmx",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "qiao.core",
    "qiao.accounts",
    "qiao.privacy",
    # After qiao.accounts, whose account/*.html templates override allauth's.
    "allauth",
    "allauth.account",
    "qiao.sectors",
    "qiao.organisations",
    "qiao.currencies",
    "qiao.projects",
    "qiao.summits",
    "qiao.deals",
    "qiao.experts",
    "qiao.trade",
    "qiao.matchmaking",
    "qiao.meetings",
    "qiao.tickets",
    "qiao.workspaces",
    "qiao.news",
    "qiao.notifications",
    "qiao.search",
    "qiao.bulk",
    "qiao.pipeline",
    "qiao.reviews",
    "qiao.demo",
    "qiao.translations",
    "rest_framework",
    "drf_spectacular",
    "qiao.api",
    "qiao.ops",
    "qiao.web",
]

MIDDLEWARE = [
    "qiao.ops.middleware.RequestMetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "qiao.ops.middleware.StaticFilesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "qiao.core.middleware.UserPreferencesMiddleware",
    "qiao.core.middleware.ContentSecurityPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "qiao.urls"
WSGI_APPLICATION = "qiao.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "qiao.core.context_processors.preferences",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'qiao.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process read while the task worker writes.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {"init_command": "PRAGMA journal_mode=WAL;", "transaction_mode": "IMMEDIATE"}
    )
else:
    # Keep each server thread's connection (a new PostgreSQL backend per request costs more than
    # most pages); the health check finds one broken by a database restart before it is used.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "qiao.core.redis_cache.ReusedClientRedisCache", "LOCATION": REDIS_URL}}
    # Every request reads its session: from Redis, with the database row behind it (kept across a
    # Redis restart). Code that ends sessions goes through SessionStore, which clears both.
    SESSION_ENGINE = "qiao.core.sessions.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "qiao.core.sessions.db"

# Background work: one mechanism (Django's tasks framework, backport). Embedded default:
# the database queue with `qiao worker`; production: RQ on Redis; tests: immediate.
_task_backend = env("TASK_BACKEND") or ("rq" if REDIS_URL else "database")
if _task_backend == "rq":
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
elif _task_backend == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
if _task_backend == "rq":
    INSTALLED_APPS += ["django_rq"]
    # qiao.ops.rq_worker: RQ's worker, cleaning up after killed workers every RQ_MAINTENANCE_SECONDS.
    RQ = {"WORKER_CLASS": "qiao.ops.rq_worker.Worker"}
    RQ_MAINTENANCE_SECONDS = env.int("RQ_MAINTENANCE_SECONDS", default=60)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "qiao.accounts.lockout.LockoutBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "workspaces:home"

# Accounts (django-allauth): sign in by username or e-mail, verified e-mail required.
# The sign-up form adds role, language, time zone and organisation (qiao.accounts.forms).
ACCOUNT_ADAPTER = "qiao.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"login": "qiao.accounts.forms.LoginForm", "signup": "qiao.accounts.forms.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
# A taken e-mail address is answered with a form error rather than a silent mail.
ACCOUNT_PREVENT_ENUMERATION = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "web:home"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Qiao] "

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("zh-hans", _("Simplified Chinese")),
    ("de", _("German")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env("TIME_ZONE")
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "media/"
MEDIA_ROOT = VAR_DIR / "media"

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Qiao <noreply@qiao.example>")

# Production hardening: SECURE=1 behind TLS turns on everything `check --deploy` asks for.
SECURE = env("SECURE")
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = SECURE
SECURE_HSTS_SECONDS = 31536000 if SECURE else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = SECURE
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# No inline scripts or styles anywhere, so this policy is always on.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
    "form-action 'self'; object-src 'none'"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# Video rooms: "jitsi" (self-hosted Jitsi Meet, JWT signed with JITSI_SECRET), "link" (one
# link the organiser sets, e.g. a Tencent Meeting/VooV room) or "" (no links).
VIDEO_PROVIDER = env.str("VIDEO_PROVIDER", default="")
JITSI_BASE_URL = env.str("JITSI_BASE_URL", default="")
JITSI_APP_ID = env.str("JITSI_APP_ID", default="qiao")
JITSI_DOMAIN = env.str("JITSI_DOMAIN", default="")
JITSI_SECRET = env.str("JITSI_SECRET", default="")
JITSI_TOKEN_DAYS = env.int("JITSI_TOKEN_DAYS", default=30)
VIDEO_LINK = env.str("VIDEO_LINK", default="")

# Matching index: "numpy" (exact, in memory), "pgvector" (HNSW in PostgreSQL) or "auto":
# pgvector where the database has the extension, numpy otherwise (SQLite, PostgreSQL without it).
MATCHING_INDEX = env.str("MATCHING_INDEX", default="auto")

# --- REST API and security (issue 9): the api app's settings live in this block. ---
# Token and session authentication, explicit filters per endpoint, one error shape
# (qiao.api.errors), rates per token from the environment, counted in the default cache.
API_RATE_USER = env.str("API_RATE_USER", default="1000/hour")
API_RATE_ANON = env.str("API_RATE_ANON", default="100/hour")
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "qiao.api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "qiao.api.pagination.Pagination",
    "DEFAULT_THROTTLE_CLASSES": ["qiao.api.throttling.TokenRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"user": API_RATE_USER, "anon": API_RATE_ANON},
    "DEFAULT_SCHEMA_CLASS": "qiao.api.schema.AutoSchema",
    "EXCEPTION_HANDLER": "qiao.api.errors.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "PAGE_SIZE": 20,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Qiao API",
    "DESCRIPTION": "Organisations, projects, offers, matches, meetings, agreements, investment cases, "
    "reviews and trade series of the Qiao platform.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "CaseStageEnum": "qiao.pipeline.enums.Stage",
        "ProjectStageEnum": "qiao.projects.enums.ProjectStage",
    },
    "DISABLE_ERRORS_AND_WARNINGS": False,
}
# Webhook deliveries: seconds to wait for the receiver, and attempts before giving up.
WEBHOOK_TIMEOUT = env.int("WEBHOOK_TIMEOUT", default=10)
WEBHOOK_ATTEMPTS = env.int("WEBHOOK_ATTEMPTS", default=3)

# --- Security and privacy (issue 9): axes, two-factor, consent, retention live in this block. ---
# Sign-in lockout (django-axes): AXES_FAILURE_LIMIT failures for one name from one address
# lock that pair for AXES_COOLOFF minutes; a success resets the count.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
# axes reads a number as hours.
AXES_COOLOFF_TIME = env.int("AXES_COOLOFF", default=15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "qiao.accounts.lockout.login_name"
AXES_LOCKOUT_CALLABLE = "qiao.accounts.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Two-factor sign-in (django-otp TOTP): the issuer shown in authenticator apps.
OTP_TOTP_ISSUER = "Qiao"
# Consent texts: raising a version asks everyone again once after sign-in.
PRIVACY_CONSENT_VERSION = env.str("PRIVACY_CONSENT_VERSION", default="2026-11")
# How long each kind of data is kept (days); qiao.privacy.tasks.enforce_retention deletes older rows.
RETENTION_DAYS = {
    "audit_reads": env.int("RETENTION_AUDIT_READS_DAYS", default=730),
    "notifications": env.int("RETENTION_NOTIFICATIONS_DAYS", default=365),
    "unconfirmed_signups": env.int("RETENTION_UNCONFIRMED_SIGNUPS_DAYS", default=30),
    "pending_uploads": env.int("RETENTION_PENDING_UPLOADS_DAYS", default=1),
    "login_attempts": env.int("RETENTION_LOGIN_ATTEMPTS_DAYS", default=90),
}

# --- Operations (issue 10): serving, logs, metrics, workers; the ops app's settings live here. ---
# Static files: WhiteNoise serves STATIC_ROOT from the app server. After `qiao collectstatic`
# names carry a content hash (cached "forever") and gzip and brotli copies sit beside them.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "qiao.ops.storage.StaticStorage"},
}
# Logs: LOG_FORMAT=json writes one JSON object per line (with the request id), else plain text.
LOG_FORMAT = env.str("LOG_FORMAT", default="text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "qiao.ops.logging.RequestIdFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": ["asctime", "levelname", "name", "message", "request_id"],
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
# Prometheus scrapes /metrics with this bearer token; without one, only loopback callers may.
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")
# Probes and scrapers may speak plain HTTP to the app server even with SECURE=1.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^metrics$"]
# Background tasks: a failed run is retried after BASE·2^(n−1) seconds (at most MAX) until
# TASK_MAX_ATTEMPTS runs have failed; then it is kept as a dead letter (admin → Operations).
TASK_MAX_ATTEMPTS = env.int("TASK_MAX_ATTEMPTS", default=5)
TASK_RETRY_BASE_SECONDS = env.int("TASK_RETRY_BASE_SECONDS", default=30)
TASK_RETRY_MAX_SECONDS = env.int("TASK_RETRY_MAX_SECONDS", default=3600)
# A RUNNING task whose worker is silent this long is presumed lost and retried (qiao.ops.domain.orphans);
# longer than any task runs (the largest scheduling run takes minutes).
TASK_LEASE_SECONDS = env.int("TASK_LEASE_SECONDS", default=3600)
# A server process notices edited projects and offers (and rebuilds its match index) within this time.
MATCHING_RECHECK_SECONDS = env.int("MATCHING_RECHECK_SECONDS", default=5)
# Backups (`qiao backup` / `qiao restore`) use these PostgreSQL client programs.
PG_DUMP = env.str("PG_DUMP", default="pg_dump")
PG_RESTORE = env.str("PG_RESTORE", default="pg_restore")
