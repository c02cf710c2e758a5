"""The libraries stay plain Python: nothing in extraction or matching imports Django."""

import subprocess
import sys


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


def test_imports_libraries_without_django() -> None:
    """Importing cityties.extraction and cityties.matching never imports django."""
    code = (
        "import sys, cityties.extraction, cityties.matching, cityties.cli; "
        "bad = [m for m in sys.modules "
        "if m == 'django' or m.startswith(('django.', 'rest_framework'))]; "
        "sys.exit(1 if bad else 0)"
    )
    proc = _run(code)
    assert proc.returncode == 0, proc.stderr


def test_imports_readers_load_document_libraries_lazily() -> None:
    """The command starts without pypdf, python-docx or selectolax; a reader loads its own."""
    code = (
        "import sys, cityties.cli, cityties.extraction.readers as r; "
        "heavy = ('pypdf', 'docx', 'selectolax'); "
        "early = [m for m in heavy if m in sys.modules]; "
        "r.read_bytes(b'<p>Ghent</p>'); "
        "sys.exit(f'loaded at import: {early}' if early else "
        "(0 if 'selectolax' in sys.modules and 'pypdf' not in sys.modules else 'not lazy'))"
    )
    proc = _run(code)
    assert proc.returncode == 0, proc.stderr
