"""The extractors; importing this package registers them all."""

from cityties.extraction.extractors import (  # noqa: F401
    agreements,
    contacts,
    dates,
    document,
    figures,
    places,
    visit_details,
    visits,
)
