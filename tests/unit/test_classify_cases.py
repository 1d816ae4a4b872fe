"""Classification of real-shaped mail files (tests/data/classify), through the real parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.classify import Context, classify
from intake.clients import ClientDirectory
from intake.config import load
from intake.parsers.mime import parse_message

CASES = Path(__file__).parents[1] / "data" / "classify"
EXPECTED: dict[str, dict[str, str | None]] = json.loads((CASES / "expected.json").read_text())
DEMO_CONFIG = Path(__file__).parents[2] / "intake" / "demo" / "demo.toml"


@pytest.fixture(scope="module")
def context() -> Context:
    config = load(DEMO_CONFIG)
    return Context(config.agency, ClientDirectory.build(config.clients, config.agency))


def test_every_case_file_has_an_expectation() -> None:
    files = {p.name for p in CASES.glob("*.eml")}
    assert files == set(EXPECTED)
    assert len(files) >= 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_case(name: str, context: Context) -> None:
    expected = EXPECTED[name]
    verdict = classify(parse_message((CASES / name).read_bytes()), context)
    original = (
        verdict.original.sender.email if verdict.original and verdict.original.sender else None
    )
    got = {
        "kind": verdict.kind,
        "reason": verdict.reason,
        "client": verdict.client.name if verdict.client else None,
        "original_sender": original,
    }
    assert got == {k: expected.get(k) for k in got}
