"""Login throttling: too many failures for one user name from one address lock it for a while."""

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from cityties.web.core.auth import ThrottledAuthenticationForm, login_failures, login_is_locked

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_cache():  # type: ignore[no-untyped-def]
    cache.clear()
    yield
    cache.clear()


def _request(ip: str = "10.0.0.1"):  # type: ignore[no-untyped-def]
    return RequestFactory().post("/login/", REMOTE_ADDR=ip)


@override_settings(CITYTIES_LOGIN_MAX_FAILURES=3)
def test_login_locked_after_failures_even_with_right_password() -> None:
    """After 3 failures the right password is refused too, for that name and address."""
    User.objects.create_user("anja", password="right-password")
    for _ in range(3):
        assert authenticate(_request(), username="anja", password="wrong") is None
    assert login_is_locked("anja", _request()) is True
    assert authenticate(_request(), username="anja", password="right-password") is None


@override_settings(CITYTIES_LOGIN_MAX_FAILURES=3)
def test_login_lock_is_per_address() -> None:
    """Failures from one address do not lock the same user name from another."""
    User.objects.create_user("anja", password="right-password")
    for _ in range(3):
        authenticate(_request("10.0.0.1"), username="anja", password="wrong")
    user = authenticate(_request("10.0.0.2"), username="anja", password="right-password")
    assert user is not None


@override_settings(CITYTIES_LOGIN_MAX_FAILURES=3)
def test_login_success_clears_failures(client) -> None:  # type: ignore[no-untyped-def]
    """A successful login forgets the earlier failures."""
    User.objects.create_user("anja", password="right-password")
    for _ in range(2):
        client.post("/login/", {"username": "anja", "password": "wrong"})
    assert login_failures("anja", _request("127.0.0.1")) == 2
    response = client.post("/login/", {"username": "anja", "password": "right-password"})
    assert response.status_code == 302
    assert login_failures("anja", _request("127.0.0.1")) == 0


@override_settings(CITYTIES_LOGIN_MAX_FAILURES=2, CITYTIES_LOGIN_LOCK_MINUTES=7)
def test_login_form_says_locked() -> None:
    """The login form explains the lock and how long to wait."""
    User.objects.create_user("anja", password="right-password")
    for _ in range(2):
        authenticate(_request(), username="anja", password="wrong")
    form = ThrottledAuthenticationForm(
        _request(), data={"username": "anja", "password": "right-password"}
    )
    assert form.is_valid() is False
    assert "Wait 7 minutes" in form.non_field_errors()[0]
