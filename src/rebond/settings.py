"""Rebond's settings: one file, driven by the environment (see docs/configuration.md).

Local mode (default): one person, SQLite in the user's data folder, server on 127.0.0.1 only.
Hosted mode (REBOND_MODE=hosted): PostgreSQL and accounts; see docs/operations.md.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from platformdirs import user_data_dir

from rebond import method_environment
from rebond.envconfig import env_bool, env_int, env_list, env_path, env_str

# The method's playbook, model cache and threads (it never reads the environment itself).
method_environment.configure()

PACKAGE_DIR = Path(__file__).resolve().parent
SOURCE_ROOT = PACKAGE_DIR.parent.parent  # the checkout, when run from one

MODE = env_str("REBOND_MODE", "local", choices=("local", "hosted"))
LOCAL_MODE = MODE == "local"
DATA_DIR = env_path("REBOND_DATA_DIR", Path(user_data_dir("rebond", appauthor=False)))
DEBUG = env_bool("REBOND_DEBUG", False)


def _local_secret_key() -> str:
    """A key made once per data folder, readable by its owner only."""
    path = DATA_DIR / "secret_key"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


SECRET_KEY = (
    env_str("REBOND_SECRET_KEY")
    if not LOCAL_MODE
    else (env_str("REBOND_SECRET_KEY", "") or _local_secret_key())
)
ALLOWED_HOSTS = env_list("REBOND_ALLOWED_HOSTS", ("127.0.0.1", "localhost", "[::1]"))
CSRF_TRUSTED_ORIGINS = env_list("REBOND_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Admin modules are discovered when the URLs load (urls.py), not at every command's start-up.
    "django.contrib.admin.apps.SimpleAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rebond.accounts",
    "rebond.jobs",
    "rebond.debrief",
    "rebond.feedback",
    "rebond.plan",
    "rebond.insights",
    "rebond.network",
    "rebond.prep",
    "rebond.documents",
    "rebond.trash",
    "rebond.privacy",
    "rebond.coaching",
    "rebond.reminders",
    "django_tasks",
    "django_tasks_db",
    "rebond.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "rebond.web.middleware.HealthMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "rebond.web.middleware.FrenchTypographyMiddleware",
    "rebond.web.middleware.RejectNulCharactersMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "rebond.web.middleware.PrivatePagesMiddleware",
    "rebond.web.middleware.UserTimezoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "rebond.web.submissions.SubmitOnceMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "rebond.urls"
CSRF_FAILURE_VIEW = "rebond.web.errors.csrf_failure"
WSGI_APPLICATION = "rebond.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "rebond.web.context.navigation",
                "rebond.web.context.hosting",
            ],
        },
    }
]


def _database() -> dict[str, Any]:
    url = env_str("DATABASE_URL", "")
    if url:
        try:
            # Health checks: the first request after a database restart reconnects instead
            # of failing on a dead persistent connection.
            config = dj_database_url.parse(
                url,
                conn_max_age=env_int("REBOND_DB_CONN_MAX_AGE", 60),
                conn_health_checks=True,
            )
        except ValueError as exc:
            raise ImproperlyConfigured(f"DATABASE_URL is malformed: {exc}") from None
        config.setdefault("OPTIONS", {})
        return dict(config)
    if not LOCAL_MODE:
        raise ImproperlyConfigured("REBOND_MODE=hosted needs DATABASE_URL (PostgreSQL).")
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": DATA_DIR / "rebond.sqlite3",
        "OPTIONS": {
            # WAL lets the page read while a write commits; IMMEDIATE takes the write lock at
            # BEGIN so two writers queue on the busy timeout instead of failing mid-transaction.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA foreign_keys=ON;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 10,
        },
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
FORMAT_MODULE_PATH = ["rebond.formats"]  # one date format per kind of place, French numbers
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_USER_TIME_ZONE = env_str("REBOND_DEFAULT_TIME_ZONE", "Europe/Paris")

STATIC_URL = "static/"
STATIC_ROOT = env_path("REBOND_STATIC_ROOT", DATA_DIR / "static")
STATICFILES_DIRS: list[Path | tuple[str, Path]] = [PACKAGE_DIR / "static"]
_VENDORED_HTMX = SOURCE_ROOT / "node_modules" / "htmx.org" / "dist"
if _VENDORED_HTMX.is_dir():
    STATICFILES_DIRS.append(("vendor/htmx", _VENDORED_HTMX))
# Local mode serves files straight from the finders: no collectstatic step for one person.
WHITENOISE_USE_FINDERS = LOCAL_MODE or DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if LOCAL_MODE
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
MEDIA_ROOT = DATA_DIR / "files"
if LOCAL_MODE:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise expects it, even when empty


SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = not LOCAL_MODE
CSRF_COOKIE_SECURE = not LOCAL_MODE
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

FIELD_ENCRYPTION_KEYS = env_list("REBOND_FIELD_KEYS")
LOGIN_TOKEN_MINUTES = env_int("REBOND_LOGIN_TOKEN_MINUTES", 15, minimum=1, maximum=24 * 60)
IMPORT_MAX_ROWS = env_int("REBOND_IMPORT_MAX_ROWS", 50_000, minimum=1)
# A programme report withholds any figure resting on fewer people (rebond.method.cohort).
REPORT_MIN_PEOPLE = env_int("REBOND_REPORT_MIN_PEOPLE", 5, minimum=3, maximum=100)

LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("REBOND_LOG_LEVEL", "WARNING")},
}


# Hosted mode (docs/hosted.md, docs/operations.md): many people on one server, behind HTTPS.
# Everything here is conditional so that local mode stays exactly as it is.
REMINDER_FROM_EMAIL = env_str("REBOND_FROM_EMAIL", "Rebond <no-reply@localhost>")
RETENTION_DAYS = env_int("REBOND_RETENTION_DAYS", 0, minimum=0)  # 0: keep inactive accounts
# Background work through django-tasks, queued in the database, run by `rebond worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Where an erasure asked for on "My data" runs (rebond.privacy.erasure): a thread of the one
# local process, or the task queue of `rebond worker` in hosted mode ("inline" for tests).
ERASURE_RUNNER = env_str(
    "REBOND_ERASURE_RUNNER",
    "thread" if LOCAL_MODE else "queue",
    choices=("thread", "queue", "inline"),
)
if not LOCAL_MODE:
    if DEBUG:
        raise ImproperlyConfigured("REBOND_DEBUG cannot be on in hosted mode.")
    _web = INSTALLED_APPS.index("rebond.web")
    INSTALLED_APPS[_web:_web] = [
        "allauth",
        "allauth.account",
        "allauth.mfa",
        "allauth.usersessions",
    ]
    _auth = MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware")
    MIDDLEWARE[_auth + 1 : _auth + 1] = [
        "allauth.account.middleware.AccountMiddleware",
        "allauth.usersessions.middleware.UserSessionsMiddleware",
    ]
    MIDDLEWARE.insert(1, "rebond.web.security.ContentSecurityPolicyMiddleware")
    MIDDLEWARE.append("rebond.web.security.RequestLogMiddleware")
    AUTHENTICATION_BACKENDS = [
        "django.contrib.auth.backends.ModelBackend",
        "allauth.account.auth_backends.AuthenticationBackend",
    ]
    PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",  # reads hashes made before Argon2
    ]
    AUTH_PASSWORD_VALIDATORS = [
        {"NAME": f"django.contrib.auth.password_validation.{name}"}
        for name in (
            "UserAttributeSimilarityValidator",
            "MinimumLengthValidator",
            "CommonPasswordValidator",
            "NumericPasswordValidator",
        )
    ]
    LOGIN_URL = "account_login"
    ACCOUNT_ADAPTER = "rebond.coaching.signup.AccountAdapter"
    ACCOUNT_LOGIN_METHODS = {"email"}
    ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
    ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Rebond] "  # allauth's default is the host name
    ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
    ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
    ACCOUNT_RATE_LIMITS = {
        "login_failed": "5/5m/ip,5/5m/key",
        "login": "30/m/ip",
        "signup": "20/h/ip",
        # With a valid invitation (coaching/signup_views.py): a cohort on one campus network
        # signs up together; each invitation still allows only a few attempts.
        "signup_invited": "500/h/ip,10/h/key",
        "reset_password": "5/h/ip,3/h/key",
        "confirm_email": "1/3m/key",
        "reauthenticate": "10/m/user",
    }
    ACCOUNT_SIGNUP_OPEN = env_bool("REBOND_SIGNUP_OPEN", False)  # False: by invitation only
    MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
    MFA_TOTP_ISSUER = "Rebond"
    # Sessions are listed from sign-in; refreshing "last seen" would cost a write per request.
    USERSESSIONS_TRACK_ACTIVITY = False
    # Rate-limit counters must be shared by every app server: the database holds them.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "rebond_cache",
        }
    }
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # How many reverse proxies stand in front of the app servers (docs/operations.md): the client
    # address every rate limit and the device list use is that many places from the right of
    # X-Forwarded-For. Unset, every visitor behind nginx is 127.0.0.1 and one person's wrong
    # passwords would lock everyone out: a system check (rebond.W002) warns.
    TRUSTED_PROXY_COUNT_GIVEN = env_str("REBOND_TRUSTED_PROXY_COUNT", "") != ""
    ALLAUTH_TRUSTED_PROXY_COUNT = env_int("REBOND_TRUSTED_PROXY_COUNT", 0, minimum=0, maximum=5)
    SECURE_SSL_REDIRECT = env_bool("REBOND_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^health/$"]  # the load balancer probes over plain HTTP
    SECURE_HSTS_SECONDS = env_int("REBOND_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # Preloading binds the whole domain to HTTPS for good: the operator may opt out.
    SECURE_HSTS_PRELOAD = env_bool("REBOND_HSTS_PRELOAD", True)
    SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
    SESSION_COOKIE_AGE = 14 * 24 * 3600
    SESSION_COOKIE_NAME = "__Host-rebond-session"
    CSRF_COOKIE_NAME = "__Host-rebond-csrf"
    EMAIL_BACKEND = env_str("REBOND_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
    EMAIL_HOST = env_str("REBOND_EMAIL_HOST", "localhost")
    EMAIL_PORT = env_int("REBOND_EMAIL_PORT", 587, minimum=1, maximum=65535)
    EMAIL_HOST_USER = env_str("REBOND_EMAIL_USER", "")
    EMAIL_HOST_PASSWORD = env_str("REBOND_EMAIL_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("REBOND_EMAIL_TLS", True)
    DEFAULT_FROM_EMAIL = REMINDER_FROM_EMAIL
    SERVER_EMAIL = REMINDER_FROM_EMAIL
    LOGGING["formatters"]["json"] = {"()": "rebond.web.logs.JsonFormatter"}
    LOGGING["handlers"]["console"]["formatter"] = "json"
    LOGGING["loggers"] = {
        "rebond.requests": {"level": "INFO"},
        # Django's request errors carry the request (and its POST body) in the record: the
        # formatter drops it, but the records stay at their usual level.
        "django.request": {"level": "ERROR"},
    }
