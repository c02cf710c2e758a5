"""`manage.py matchmaking_import_twins [DIR]`: store the twinning network for the desk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from cityties.web.core.exceptions import ApplicationError
from cityties.web.matchmaking.services import twins_import


class Command(BaseCommand):
    help = "Join relations.tsv and names.tsv of DIR to GeoNames and store them (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", nargs="?", help="default: the demo's twins folder")

    def handle(self, *args: Any, **options: Any) -> None:
        directory = Path(options["directory"] or Path(settings.CITYTIES_DEMO_DIR) / "twins")
        try:
            report = twins_import(directory=directory)
        except ApplicationError as e:
            raise CommandError(e.message) from e
        state = "stored" if report.changed else "unchanged"
        self.stdout.write(
            f"{report.places} places, {report.edges} partner pairs ({state}) in {report.path}; "
            f"joined to GeoNames: {report.joined}, not joined: {report.unjoined}"
        )
