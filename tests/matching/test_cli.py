"""`cityties import-twins` and `cityties match` on small files written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from cityties.cli import main

NAMES = "Q1296\tGent\nQ373023\tWeihai\nQ9\tXqzzyville\nQ10\tBrugge\nQ11\tSpringfield\n"
RELATIONS = "Q1296\tQ373023\nQ373023\tQ1296\nQ9\tQ10\nQ10\tQ1296\nQ11\tQ9\n"


@pytest.fixture()
def twins_dir(tmp_path: Path) -> Path:
    d = tmp_path / "twins"
    d.mkdir()
    (d / "names.tsv").write_text(NAMES, encoding="utf-8")
    (d / "relations.tsv").write_text(RELATIONS, encoding="utf-8")
    return d


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_twins_reports_counts_and_unjoined(
    twins_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The import says how many places and pairs it stored and which labels it could not join."""
    data = tmp_path / "data"
    code, out, _ = run(
        ["import-twins", str(twins_dir), "--data-dir", str(data), "--gazetteer", "geonames"], capsys
    )
    assert code == 0
    assert "imported 5 places and 4 partner pairs" in out
    assert "not joined: Q9 Xqzzyville (no match)" in out
    assert "Q11 Springfield" in out
    assert (data / "twins.json").is_file()


def test_import_twins_is_idempotent(
    twins_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second import of the same files stores the same network and says it is unchanged."""
    data = tmp_path / "data"
    argv = ["import-twins", str(twins_dir), "--data-dir", str(data), "--gazetteer", "geonames"]
    run(argv, capsys)
    first = (data / "twins.json").read_bytes()
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert "(unchanged)" in out
    assert (data / "twins.json").read_bytes() == first


def test_import_twins_missing_dir_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong directory gives exit code 2 and one line on stderr, no traceback."""
    code, _, err = run(
        ["import-twins", str(tmp_path / "nope"), "--data-dir", str(tmp_path)], capsys
    )
    assert code == 2
    assert err.count("\n") == 1
    assert "E204" in err


def test_match_prints_candidates_with_reasons(
    twins_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """match lists ranked candidates, each followed by reasons in words."""
    data = tmp_path / "data"
    run(
        ["import-twins", str(twins_dir), "--data-dir", str(data), "--gazetteer", "geonames"], capsys
    )
    code, out, _ = run(
        ["match", "Weihai", "-k", "2", "--data-dir", str(data), "--network-only"], capsys
    )
    assert code == 0
    assert out.startswith("  1. ")
    assert "Brugge" in out
    assert "1 shared partner city: Gent" in out


def test_match_with_explains_a_pair(
    twins_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--with prints the fit of one pair: a fit out of 100, the rank among the candidates and
    the top share it is in, what is common and what is missing."""
    data = tmp_path / "data"
    run(
        ["import-twins", str(twins_dir), "--data-dir", str(data), "--gazetteer", "geonames"], capsys
    )
    argv = ["match", "Weihai", "--with", "Brugge", "--data-dir", str(data), "--network-only"]
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert out.startswith("Weihai and Brugge: fit ")
    assert "/100, rank " in out.splitlines()[0]
    assert "candidates for Weihai (top " in out.splitlines()[0]
    assert "  + 1 shared partner city: Gent" in out
    assert "  - no themes or organisations on record for Brugge" in out


def test_match_without_import_tells_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a stored network, match says to run import-twins first."""
    code, _, err = run(["match", "Gent", "--data-dir", str(tmp_path)], capsys)
    assert code == 2
    assert "import-twins" in err


def test_match_unknown_place(
    twins_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown place is a one-line error with its code."""
    data = tmp_path / "data"
    run(
        ["import-twins", str(twins_dir), "--data-dir", str(data), "--gazetteer", "geonames"], capsys
    )
    code, _, err = run(["match", "Atlantis", "--data-dir", str(data), "--network-only"], capsys)
    assert code == 2
    assert err == "cityties: unknown place: Atlantis (E201)\n"
