"""Pagination of every API list: ?limit=&offset= like NetBox."""

from rest_framework.pagination import LimitOffsetPagination


class Pagination(LimitOffsetPagination):
    """Limit/offset pages; `limit` defaults to PAGE_SIZE and tops out at 1000."""

    max_limit = 1000
