"""Minimal settings placeholder; the desk issue replaces this module."""

SECRET_KEY = "placeholder-not-for-production"
INSTALLED_APPS: list[str] = []
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
USE_TZ = True
