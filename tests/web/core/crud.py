"""A NetBox-style CRUD check for one API endpoint: create, read, list, update, delete."""

from __future__ import annotations

from typing import Any

from django.db import models


def crud_roundtrip(
    client: Any,
    *,
    path: str,
    model: type[models.Model],
    create_data: dict[str, Any],
    update_data: dict[str, Any],
) -> dict[str, Any]:
    """Run the five operations on `/api/<path>/` and return the record as last read."""
    base = f"/api/{path}/"
    created = client.post(base, create_data, format="json")
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    assert model.objects.filter(pk=pk).exists()
    detail = client.get(f"{base}{pk}/")
    assert detail.status_code == 200
    assert detail.json()["display"]
    listed = client.get(base)
    assert pk in [row["id"] for row in listed.json()["results"]]
    updated = client.patch(f"{base}{pk}/", update_data, format="json")
    assert updated.status_code == 200, updated.content
    body = updated.json()
    for key, value in update_data.items():
        assert body[key] == value
    deleted = client.delete(f"{base}{pk}/")
    assert deleted.status_code == 204, deleted.content
    assert not model.objects.filter(pk=pk).exists()
    return body
