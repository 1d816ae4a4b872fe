"""A non-editable install carries the top-level templates/ and models/ and renders mail."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import templates, models, intake
from intake.outbound.render import render_mail
text, html = render_mail(
    "notice", recipient_name="Dana", title="Hi", message="Due Friday", items=[]
)
assert "Due Friday" in text and "Due Friday" in html
from importlib import resources
assert (resources.files("models") / "migrations" / "env.py").is_file()
assert (resources.files("intake.demo") / "demo.toml").is_file()
print(templates.__file__)
print(intake.__file__)
"""


@pytest.mark.slow
def test_templates_render_from_a_non_editable_install(tmp_path: Path) -> None:
    site = tmp_path / "site"
    # Build from a copy: pip builds in the source tree, and a build/ left in the checkout
    # changes how ruff sorts imports of a module named "build" (tests/data/extraction).
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", "intake-demo", ".*_cache"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    templates_file, intake_file = done.stdout.split()
    assert templates_file.startswith(str(site)) and intake_file.startswith(str(site))
