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
    "qiao.core",
    "qiao.accounts",
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
    "qiao.api",
    "qiao.ops",
    "qiao.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "qiao.core.middleware.UserPreferencesMiddleware",
    "qiao.core.middleware.ContentSecurityPolicyMiddleware",
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
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background work: one mechanism (Django's tasks framework, backport). Embedded default:
# the database queue with `qiao db_worker`; production: RQ on Redis; tests: immediate.
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

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
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

# --- REST API and security (issue 9): the api app's settings live in this block. ---

# --- Operations (issue 10): serving, logs, metrics, workers; the ops app's settings live here. ---
