"""CityTies: software for a city's international relations."""

__version__ = "0.1.0"
