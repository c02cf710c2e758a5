"""The libraries stay plain Python: nothing in extraction or matching imports Django."""

import subprocess
import sys


def test_imports_libraries_without_django() -> None:
    """Importing cityties.extraction and cityties.matching never imports django."""
    code = (
        "import sys, cityties.extraction, cityties.matching, cityties.cli; "
        "bad = [m for m in sys.modules if m == 'django' or m.startswith(('django.', 'rest_framework'))]; "
        "sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
