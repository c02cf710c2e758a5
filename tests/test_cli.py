"""The `cityties` command on files of every type, good and bad, generated in the test."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from cityties import __version__, cli
from cityties.extraction.export import schema
from cityties.extraction.readers import MAX_BYTES

PROFILE = (
    "Institution: City of Ghent\n\n"
    "Ghent counted 263,608 inhabitants in 2020.\n"
    "On 24 September 2013 Ghent and Weihai signed a friendship agreement.\n"
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(
    tmp_path: Path,
    make_pdf: Callable[[list[str]], bytes],
    make_docx: Callable[..., bytes],
) -> dict[str, Path]:
    """One file of every supported type and one of every kind of bad input."""
    contents: dict[str, bytes] = {
        "profile.txt": PROFILE.encode(),
        "profile.md": b"# Ghent\n\n**Ghent** and *Weihai* signed a friendship agreement in 2013.\n",
        "profile.html": (
            b"<!doctype html><html><head><title>Ghent</title><script>x()</script></head>"
            b"<body><p>Ghent &amp; Weihai signed a friendship agreement in 2013.</p></body></html>"
        ),
        "profile.pdf": make_pdf(["Ghent and Weihai signed a friendship agreement in 2013."]),
        "profile.docx": make_docx(
            ["Institution: City of Ghent", "Ghent and Weihai signed in 2013."],
            table=[["City", "Since"], ["Weihai", "2013"]],
        ),
        "scan.pdf": make_pdf([]),
        "broken.docx": make_docx(["Ghent"])[:300],
        "photo.png": b"\x89PNG\r\n\x1a\n" + bytes(64),
        "archive.zip": b"PK\x05\x06" + bytes(18),
        "empty.txt": b"",
        "garbage.bin": random.Random(7).randbytes(2048),
        "latin1.txt": "Gen\u00e8ve et Gand".encode("latin-1"),
    }
    paths = {}
    for name, data in contents.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths[name] = path
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    paths["huge.txt"] = big
    return paths


GOOD = ["profile.txt", "profile.md", "profile.html", "profile.pdf", "profile.docx"]
BAD = {
    "scan.pdf": "E106",
    "broken.docx": "E107",
    "photo.png": "E102",
    "archive.zip": "E102",
    "empty.txt": "E101",
    "garbage.bin": "E105",
    "latin1.txt": "E104",
    "huge.txt": "E103",
}


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("profile.txt", "text/plain"),
        ("profile.md", "text/markdown"),
        ("profile.html", "text/html"),
        ("profile.pdf", "application/pdf"),
        (
            "profile.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ],
)
def test_cli_extract_each_type_prints_one_json_object(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], name: str, media_type: str
) -> None:
    """One file gives one JSON object on stdout that validates against the schema."""
    code, out, err = run(["extract", str(files[name])], capsys)
    assert (code, err) == (0, "")
    data = json.loads(out)
    jsonschema.Draft202012Validator(schema()).validate(data)
    assert data["source"]["media_type"] == media_type
    assert data["source"]["path"] == str(files[name])
    assert "Weihai" in data["text"]


@pytest.mark.parametrize(("name", "code"), sorted(BAD.items()))
def test_cli_extract_bad_file_one_line_and_status_2(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], name: str, code: str
) -> None:
    """A bad file gives exactly one line `cityties: FILE: reason (Exxx)` and exit status 2."""
    status, out, err = run(["extract", str(files[name])], capsys)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"cityties: {files[name]}: ")
    assert err.rstrip().endswith(f"({code})")


def test_cli_extract_several_files_json_lines_and_failures(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Good files still give one JSON object per line when others fail; the status is 2."""
    argv = ["extract", *(str(files[n]) for n in GOOD), *(str(files[n]) for n in BAD)]
    status, out, err = run(argv, capsys)
    assert status == 2
    lines = out.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(files[n]) for n in GOOD]
    assert len(err.splitlines()) == len(BAD)
    assert [line.rsplit("(", 1)[1].rstrip(")") for line in err.splitlines()] == list(BAD.values())


def test_cli_extract_missing_file_does_not_stop_the_others(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A missing file is reported (E108) and the next file is still processed."""
    missing = tmp_path / "nowhere.txt"
    status, out, err = run(["extract", str(missing), str(files["profile.txt"])], capsys)
    assert status == 2
    assert err == f"cityties: {missing}: cannot read file: No such file or directory (E108)\n"
    assert json.loads(out)["source"]["path"] == str(files["profile.txt"])


def test_cli_extract_out_writes_one_json_per_input(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--out DIR writes DIR/NAME.json per input and nothing to stdout."""
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(files["profile.pdf"].read_bytes())
    out_dir = tmp_path / "facts"
    status, out, err = run(
        ["extract", "--out", str(out_dir), str(files["profile.txt"]), str(letter)], capsys
    )
    assert (status, out, err) == (0, "", "")
    assert sorted(p.name for p in out_dir.iterdir()) == ["letter.json", "profile.json"]
    written = json.loads((out_dir / "letter.json").read_text(encoding="utf-8"))
    assert written["source"]["path"] == str(letter)
    assert written["source"]["media_type"] == "application/pdf"


def test_cli_extract_out_name_clash_is_reported(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Two inputs that would write the same NAME.json: the second is reported, not lost."""
    status, _, err = run(
        [
            "extract",
            "--out",
            str(tmp_path / "o"),
            str(files["profile.txt"]),
            str(files["profile.pdf"]),
        ],
        capsys,
    )
    assert status == 2
    assert err.startswith(f"cityties: {files['profile.pdf']}: ")
    assert "already written" in err


def test_cli_extract_output_is_deterministic(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The same file and options give the same bytes."""
    first = run(["extract", "--date", "2024-01-02", str(files["profile.txt"])], capsys)
    second = run(["extract", "--date", "2024-01-02", str(files["profile.txt"])], capsys)
    assert first == second
    assert json.loads(first[1])["document_date"] == "2024-01-02"


def test_cli_extract_table_is_not_json(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """--table prints a summary for people: the institution and fact sections, no JSON."""
    status, out, err = run(["extract", "--table", str(files["profile.txt"])], capsys)
    assert (status, err) == (0, "")
    assert "{" not in out
    assert out.splitlines()[0].startswith(f"Document     {files['profile.txt']}")
    assert "Institution  City of Ghent" in out
    for section in ("Agreements", "Visits", "Figures", "Contacts", "Places"):
        assert f"\n{section}" in out


def test_cli_extract_table_several_documents(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """--table over several documents prints one block per document."""
    status, out, _ = run(
        ["extract", "--table", str(files["profile.txt"]), str(files["profile.docx"])], capsys
    )
    assert status == 0
    assert out.count("Document     ") == 2


@pytest.mark.parametrize(
    ("option", "value", "code"),
    [
        ("--date", "2024-13-01", "E109"),
        ("--date", "yesterday", "E109"),
        ("--date", "9999-12-31", "E109"),
        ("--country", "BEL", "E110"),
        ("--counterpart", "FR,FRA", "E110"),
    ],
)
def test_cli_extract_bad_option_one_line(
    files: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    option: str,
    value: str,
    code: str,
) -> None:
    """A malformed --date, --country or --counterpart is one line and status 2, before any
    file is read."""
    status, out, err = run(["extract", option, value, str(files["profile.txt"])], capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"cityties: {option}: ")
    assert err.endswith(f"({code})\n")


def test_cli_extract_counterpart_changes_the_resolved_pair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--counterpart FR`: an act whose sentence names no party binds Ghent to the French
    guest rather than the Chinese one (the default counterparts)."""
    path = tmp_path / "ghent-guests.txt"
    path.write_text(
        "Ghent received guests from Lyon and Wuhan this week. On 3 April 2018 a letter of "
        "intent on education was signed in the city hall.\n",
        encoding="utf-8",
    )
    parties = {}
    for option in ([], ["--counterpart", "FR"]):
        status, out, _ = run(["extract", *option, str(path)], capsys)
        assert status == 0
        parties[bool(option)] = [sorted(a["parties"]) for a in json.loads(out)["agreements"]]
    assert parties == {False: [["Ghent", "Wuhan"]], True: [["Ghent", "Lyon"]]}


def test_cli_extract_internal_error_one_line_status_1(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected error inside the engine is one line on stderr and status 1."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cli, "extract", broken)
    status, out, err = run(["extract", str(files["profile.txt"])], capsys)
    assert (status, out) == (1, "")
    assert err == "cityties: internal error: RuntimeError: boom second line\n"


def test_cli_gazetteer_build_calls_build_cache(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`gazetteer --build [--force]` builds the cache and says where it is and how long it took."""
    calls: list[bool] = []
    fake = types.ModuleType("cityties.extraction.gazetteer")

    def build_cache(*, force: bool = False) -> Path:
        calls.append(force)
        return tmp_path / "gazetteer.bin"

    fake.build_cache = build_cache  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cityties.extraction.gazetteer", fake)
    import cityties.extraction

    monkeypatch.setattr(cityties.extraction, "gazetteer", fake, raising=False)
    assert run(["gazetteer", "--build"], capsys)[0] == 0
    status, out, err = run(["gazetteer", "--build", "--force"], capsys)
    assert (status, err) == (0, "")
    assert calls == [False, True]
    assert out.startswith(f"gazetteer cache: {tmp_path / 'gazetteer.bin'} (")
    assert out.rstrip().endswith(" s)")


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version."""
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"cityties {__version__}\n"


def test_cli_subprocess_never_prints_a_traceback(files: dict[str, Path]) -> None:
    """Run as a program over good and bad files: status 2, one line per bad file, no traceback."""
    argv = [str(files[n]) for n in ("profile.txt", "garbage.bin", "scan.pdf", "profile.docx")]
    proc = subprocess.run(
        [sys.executable, "-m", "cityties.cli", "extract", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.splitlines()) == 2
    assert len(proc.stdout.splitlines()) == 2
