"""Request middleware: login everywhere by default, and a request id for the audit log."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth import middleware as auth_middleware
from django.http import HttpRequest, HttpResponse

from .audit import set_request_id


class LoginRequiredMiddleware(auth_middleware.LoginRequiredMiddleware):
    """Every page needs a login, except views marked `login_not_required`, static files and the API.

    The API answers 401/403 itself (DRF permissions), so it is not redirected to the login page.
    Public place profiles are views decorated with `django.contrib.auth.decorators.
    login_not_required` that check `Place.public_profile` themselves.
    """

    open_prefixes = ("/api/",)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., Any],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        path = request.path_info
        static = "/" + settings.STATIC_URL.lstrip("/")
        if path.startswith(self.open_prefixes) or path.startswith(static):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)


class RequestIdMiddleware:
    """Gives each request a UUID that every change log entry it writes carries."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = uuid.uuid4()
        request.id = request_id  # type: ignore[attr-defined]
        token = set_request_id(request_id)
        try:
            response = self.get_response(request)
        finally:
            set_request_id(None, token=token)
        response["X-Request-ID"] = str(request_id)
        return response
