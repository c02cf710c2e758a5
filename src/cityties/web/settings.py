"""Django settings of the CityTies desk: every value comes from the environment (.env.example)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent  # src/cityties/web
REPO_DIR = BASE_DIR.parents[2]  # the checkout (manage.py, var/, demo/)

env = environ.Env()
# A .env file at the repository root is read when present; real environment variables win.
environ.Env.read_env(REPO_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
if DEBUG:
    # Only a development server may run without a key; production must set one.
    SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="insecure-development-key-debug-only")
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
else:
    SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])

CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "cityties.web.core.apps.DeskAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "leaflet",
    "cityties.web.core",
    "cityties.web.directory",
    "cityties.web.agreements",
    "cityties.web.engagements",
    "cityties.web.documents",
    "cityties.web.dashboards",
]
# The matchmaking app (partner suggestions) joins as soon as its package exists.
if importlib.util.find_spec("cityties.web.matchmaking") is not None:
    INSTALLED_APPS.append("cityties.web.matchmaking")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cityties.web.core.middleware.LoginRequiredMiddleware",
    "cityties.web.core.middleware.RequestIdMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "cityties.web.urls"
WSGI_APPLICATION = "cityties.web.wsgi.application"
ASGI_APPLICATION = "cityties.web.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cityties.web.core.context_processors.desk",
            ],
        },
    }
]

# Data: SQLite in WAL mode by default; PostgreSQL (or any backend) through DATABASE_URL.
# Relative paths in the environment are relative to the checkout, not to the working directory.
DATA_DIR = REPO_DIR / (env.str("CITYTIES_DATA_DIR", default="") or "var")
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'cityties.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    _name = str(DATABASES["default"].get("NAME") or "")
    if _name and _name != ":memory:" and not _name.startswith("file:"):
        DATABASES["default"]["NAME"] = str(REPO_DIR / _name)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # WAL lets readers work while a document is being ingested; IMMEDIATE avoids
            # "database is locked" on write transactions that start as reads.
            "init_command": ("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": env.cache_url("CITYTIES_CACHE_URL", default="locmemcache://cityties"),
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = ["cityties.web.core.auth.ThrottledModelBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

# Login throttling: after this many failures for one user name from one address, wait.
CITYTIES_LOGIN_MAX_FAILURES = env.int("CITYTIES_LOGIN_MAX_FAILURES", default=5)
CITYTIES_LOGIN_LOCK_MINUTES = env.int("CITYTIES_LOGIN_LOCK_MINUTES", default=15)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Internationalisation: English and Dutch.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("nl", "Nederlands")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env.str("CITYTIES_TIME_ZONE", default="Europe/Brussels")
USE_TZ = True

# Static and uploaded files: whitenoise serves static files, every asset is local.
STATIC_URL = "static/"
STATICFILES_DIRS = [p for p in [BASE_DIR / "static"] if p.is_dir()]
# CITYTIES_COLLECTED_STATIC on (production): `collectstatic` hashes and compresses the files
# into STATIC_ROOT. Off (`make run`, development): files are served straight from the apps.
COLLECTED_STATIC = env.bool("CITYTIES_COLLECTED_STATIC", default=not DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if COLLECTED_STATIC
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not COLLECTED_STATIC
STATIC_ROOT = DATA_DIR / "static" if COLLECTED_STATIC else None
MEDIA_URL = "media/"
MEDIA_ROOT = DATA_DIR / "media"
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# REST API: session login, one error body {message, extra}, OpenAPI via drf-spectacular.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.BasicAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["cityties.web.core.api.permissions.RegisterPermission"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "cityties.web.core.api.pagination.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "cityties.web.core.api.exceptions.exception_handler",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "CityTies API",
    "DESCRIPTION": "The register of a city's international relations.",
    "VERSION": "1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (51.05, 3.72),
    "DEFAULT_ZOOM": 3,
    "RESET_VIEW": False,
}

# Domain settings.
CITYTIES_CACHE_DIR = env.str("CITYTIES_CACHE_DIR", default="") or str(
    Path.home() / ".cache" / "cityties"
)
CITYTIES_DEMO_PASSWORD = env.str("CITYTIES_DEMO_PASSWORD", default="")
CITYTIES_DEMO_DIR = REPO_DIR / (env.str("CITYTIES_DEMO_DIR", default="") or "demo")
CITYTIES_HOME_COUNTRY = env.str("CITYTIES_HOME_COUNTRY", default="BE")
CITYTIES_MAX_UPLOAD_BYTES = env.int("CITYTIES_MAX_UPLOAD_BYTES", default=20 * 1024 * 1024)
CITYTIES_EXPIRY_WARNING_DAYS = env.int("CITYTIES_EXPIRY_WARNING_DAYS", default=180)
CITYTIES_DORMANT_MONTHS = env.int("CITYTIES_DORMANT_MONTHS", default=12)
CITYTIES_FOLLOWUP_DAYS = env.int("CITYTIES_FOLLOWUP_DAYS", default=30)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("CITYTIES_LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
