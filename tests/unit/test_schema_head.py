"""``models.SCHEMA_HEAD`` lets ``intake run`` check the schema without loading alembic; it
must name alembic's own head, so a new revision that forgets it fails here."""

from __future__ import annotations

from importlib import resources

from alembic.config import Config
from alembic.script import ScriptDirectory

from models import SCHEMA_HEAD


def test_the_constant_is_alembics_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(resources.files("models") / "migrations"))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD
