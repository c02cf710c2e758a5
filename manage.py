#!/usr/bin/env python
"""Django's command-line utility for the CityTies desk."""

import os
import sys
from pathlib import Path


def main() -> None:
    """Run a Django management command with the desk's settings."""
    sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cityties.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
