"""`manage.py cityties_demo`: load the demo desk (idempotent) and print one login per role."""

from __future__ import annotations

import logging
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cityties.web.core.exceptions import ApplicationError
from cityties.web.documents.demo import demo_checklist, demo_load


class Command(BaseCommand):
    help = "Create the demo users and read the demo documents into the register."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--quiet-checklist", action="store_true", help="do not print the demo checklist"
        )
        parser.add_argument("--url", default="http://127.0.0.1:8000/", help="the desk's address")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["verbosity"] < 2:
            # One line per extracted document is noise here; the checklist says what came in.
            logging.getLogger("cityties").setLevel(logging.WARNING)
        try:
            report = demo_load()
        except ApplicationError as e:
            raise CommandError(e.message) from e
        for line in report.failures:
            self.stderr.write(self.style.WARNING(f"demo: {line}"))
        for line in report.notes:
            self.stdout.write(f"demo: {line}")
        if not options["quiet_checklist"]:
            checklist = demo_checklist()
            done = sum(ok for _label, ok in checklist)
            self.stdout.write(
                f"Demo desk: {done} of {len(checklist)} expected facts in the register"
            )
            for label, ok in checklist:
                mark = self.style.SUCCESS("  yes ") if ok else self.style.WARNING("  not yet ")
                self.stdout.write(f"{mark} {label}")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"CityTies desk: {options['url']}"))
        for role, (username, password) in report.logins.items():
            self.stdout.write(f"  {role:<7} login: {username:<7} password: {password}")
