"""The alembic migration builds exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

import models
from intake.storage import migrate, require_schema


def test_the_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, models.Base.metadata)
    assert differences == [], "run scripts/regen-initial-migration and commit the result"


def test_init_twice_is_harmless_and_the_schema_is_current(engine: Engine) -> None:
    migrate(engine)  # the fixture already migrated: a second `intake init` changes nothing
    require_schema(engine)
    assert {"messages", "message_locations", "quarantine", "drafts", "outbound_mail"} <= set(
        inspect(engine).get_table_names()
    )
