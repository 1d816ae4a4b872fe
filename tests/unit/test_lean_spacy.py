"""spaCy is imported without its command line (typer, rich, click, weasel, requests): about
18 MB a process never uses (issue 15). Fresh interpreters, so the import order is real."""

from __future__ import annotations

import subprocess
import sys

_CLI_LIBRARIES = ("typer", "rich", "click", "weasel", "requests")


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    return done.stdout.strip()


def test_the_parsers_load_spacy_without_its_cli() -> None:
    loaded = _run(
        "import sys\n"
        "from intake.parsers.extract import extract\n"
        "from datetime import datetime, UTC\n"
        "found = extract('Please move the launch to May 3.', sent_at=datetime(2026, 12, 2,"
        " tzinfo=UTC), timezone='UTC')\n"
        "assert found.change_requests, found\n"
        f"print(sorted(m for m in {_CLI_LIBRARIES!r} if m in sys.modules))\n")
    assert loaded == "[]"


def test_spacy_cli_still_imports_for_real_afterwards() -> None:
    where = _run(
        "import intake.parsers.nlp\n"
        "import spacy.cli\n"
        "print(spacy.cli.__file__)\n")
    assert where.endswith("spacy/cli/__init__.py")


def test_a_command_that_parses_no_text_does_not_load_spacy() -> None:
    loaded = _run("import sys\nimport intake.parsers.mime\nprint('spacy' in sys.modules)\n")
    assert loaded == "False"
