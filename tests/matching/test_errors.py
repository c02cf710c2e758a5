"""The matching library's errors share the CityTies base with the extraction errors."""

from __future__ import annotations

from cityties.errors import CitytiesError
from cityties.extraction.errors import CitytiesError as ExtractionBase
from cityties.extraction.errors import ExtractionError
from cityties.matching.errors import Errors, MatchingError


def test_matching_error_is_a_cityties_error() -> None:
    """A MatchingError is caught by `except CitytiesError`, like an ExtractionError."""
    err = MatchingError("E201", Errors.E201.format(name="Atlantis"))
    assert isinstance(err, CitytiesError) is True
    assert issubclass(ExtractionError, CitytiesError) is True


def test_extraction_errors_re_export_the_shared_base() -> None:
    """cityties.extraction.errors.CitytiesError is the one class of cityties.errors."""
    assert ExtractionBase is CitytiesError


def test_matching_error_message_carries_its_code() -> None:
    """The message ends with the code in brackets, and the code is kept apart."""
    err = MatchingError("E201", Errors.E201.format(name="Atlantis"))
    assert str(err) == "unknown place: Atlantis (E201)"
    assert err.code == "E201"
