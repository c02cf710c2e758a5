"""Login throttling: failures are counted per user name and address; too many lock the pair.

The counter lives in the cache (CACHES['default']); after CITYTIES_LOGIN_MAX_FAILURES failures
the same user name from the same address is refused for CITYTIES_LOGIN_LOCK_MINUTES minutes,
even with the right password. A successful login clears the counter.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import user_logged_in, user_login_failed
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

__all__ = [
    "ThrottledAuthenticationForm",
    "ThrottledModelBackend",
    "login_failures",
    "login_is_locked",
    "login_reset",
]


def _client_ip(request: HttpRequest | None) -> str:
    if request is None:
        return "-"
    return str(request.META.get("REMOTE_ADDR") or "-")


def _key(username: str, ip: str) -> str:
    digest = hashlib.sha256(f"{username.casefold()}|{ip}".encode()).hexdigest()[:32]
    return f"cityties:login-failures:{digest}"


def login_failures(username: str, request: HttpRequest | None) -> int:
    """How many failed logins for this user name from this address are remembered."""
    return int(cache.get(_key(username, _client_ip(request)), 0))


def login_is_locked(username: str, request: HttpRequest | None) -> bool:
    """True when this user name from this address has failed too often recently."""
    return login_failures(username, request) >= settings.CITYTIES_LOGIN_MAX_FAILURES


def login_reset(username: str, request: HttpRequest | None) -> None:
    """Forget the failures of this user name from this address."""
    cache.delete(_key(username, _client_ip(request)))


@receiver(user_login_failed)
def _count_failure(sender: Any, credentials: dict[str, Any], request: Any = None, **_: Any) -> None:
    username = str(credentials.get("username") or "")
    key = _key(username, _client_ip(request))
    timeout = settings.CITYTIES_LOGIN_LOCK_MINUTES * 60
    # add() then incr() keeps the count atomic in caches that support it.
    cache.add(key, 0, timeout)
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout)
    cache.touch(key, timeout)


@receiver(user_logged_in)
def _clear_failures(sender: Any, request: Any, user: Any, **_: Any) -> None:
    login_reset(user.get_username(), request)


class ThrottledModelBackend(ModelBackend):
    """The model backend, refusing a locked user name/address pair before checking the password."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        if username is not None and login_is_locked(username, request):
            raise PermissionDenied("too many failed logins")
        return super().authenticate(request, username=username, password=password, **kwargs)


class ThrottledAuthenticationForm(AuthenticationForm):
    """The login form, with a clear message when the user name is locked."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": _("Too many failed attempts. Wait %(minutes)s minutes before trying again."),
    }

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username")
        if username and login_is_locked(username, self.request):
            raise forms.ValidationError(
                self.error_messages["locked"],
                code="locked",
                params={"minutes": settings.CITYTIES_LOGIN_LOCK_MINUTES},
            )
        return super().clean()
