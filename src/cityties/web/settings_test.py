"""Test settings placeholder."""

from cityties.web.settings import *  # noqa: F403
