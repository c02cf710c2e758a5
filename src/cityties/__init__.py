"""CityTies: software for a city's international relations."""

from cityties._native import guard as _guard

__version__ = "0.1.0"

# Whether the compiled engine modules (make native) run: only while they match their sources.
NATIVE: bool = _guard()
