"""Smoke test of `make bench-extract` (benchmarks/extraction_vs_gold.py) on one small document."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCORE_PY = ROOT.parent / "shared" / "eval" / "score.py"
DOCUMENT = (
    "Institution: City of Leuven\n\n"
    "Leuven had 102,275 inhabitants in 2021. On 12 March 2015 Leuven and Suzhou signed a "
    "friendship agreement for a term of three years.\n"
)


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extraction_vs_gold", ROOT / "benchmarks" / "extraction_vs_gold.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_repeated_reaches_the_size() -> None:
    """The timed corpus is the texts repeated in order until it holds the requested bytes."""
    corpus = _bench().repeated(["abc", "de"], min_bytes=12)
    assert corpus == ["abc", "de"] * 3


@pytest.mark.slow
def test_bench_measure_throughput_one_document() -> None:
    """Throughput, peak RSS and the tokenizer ratio are measured on a small document."""
    speed = _bench().measure_throughput([DOCUMENT], min_bytes=20_000)
    assert speed["documents"] == -(-20_000 // len(DOCUMENT.encode()))
    assert speed["mb"] >= 0.02
    for key in ("docs_per_s", "mb_per_s", "peak_rss_mb", "tokenizer_mb_per_s"):
        assert speed[key] > 0
    assert speed["tokenizer_ratio"] == pytest.approx(
        speed["mb_per_s"] / speed["tokenizer_mb_per_s"]
    )


@pytest.mark.slow
@pytest.mark.skipif(not SCORE_PY.is_file(), reason="needs ../shared/eval/score.py")
def test_bench_run_scores_one_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The whole benchmark on one document and its gold file gives the summary of its last line."""
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "leuven.txt").write_text(DOCUMENT, encoding="utf-8")
    gold = {
        "agreements": [
            {
                "parties": ["Leuven", "Suzhou"],
                "type": "friendship",
                "signed": "2015-03-12",
                "duration_months": 36,
                "ends": "2018-03-12",
                "status": "signed",
            }
        ],
        "figures": [{"subject": "Leuven", "measure": "population", "value": 102275, "year": 2021}],
    }
    (dev / "leuven.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    summary = _bench().run(
        dev=dev,
        seed=dev / "leuven.txt",
        seed_gold=dev / "leuven.gold.json",
        score_py=SCORE_PY,
        min_bytes=20_000,
        own_corpora=(("own", dev),),
    )
    out = capsys.readouterr().out
    assert "== total over 1 document(s)" in out
    assert set(summary) == {
        "seed",
        "dev",
        "mb_per_s",
        "load_s",
        "peak_rss_mb",
        "tokenizer_ratio",
        "native",
        "corpora",
    }
    assert set(summary["corpora"]) == {"own"}
    assert set(summary["dev"]) == {
        "agreements",
        "agreements_strict",
        "visits",
        "figures",
        "contacts",
    }
    assert summary["seed"] == summary["dev"]
    assert summary["mb_per_s"] > 0
