"""Every message of Python's own email test corpus parses, or fails only as a parse error."""

from __future__ import annotations

from pathlib import Path

import pytest
import test.test_email

from intake.errors import ProcessingError
from intake.parsers.mime import parse_message
from intake.parsers.types import ParsedMail

CORPUS = Path(test.test_email.__file__).parent / "data"
FILES = sorted(p for p in CORPUS.iterdir() if p.is_file())


def test_corpus_is_there() -> None:
    assert len(FILES) >= 60


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_corpus_file(path: Path) -> None:
    try:
        mail = parse_message(path.read_bytes())
    except ProcessingError as exc:
        assert exc.stage == "parse"
    else:
        assert isinstance(mail, ParsedMail)
        assert mail.date is None or mail.date.tzinfo is not None
        assert "\x00" not in mail.text
