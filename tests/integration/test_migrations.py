"""The alembic migration builds exactly the schema the models describe, on both databases."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, MetaData, insert, inspect, select, text
from sqlalchemy.orm import Session

import models
from intake.errors import StorageError
from intake.storage import make_engine, migrate, require_schema


def test_the_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, models.Base.metadata)
    assert differences == [], "write a revision: scripts/new-migration ID MESSAGE"


def test_init_twice_is_harmless_and_the_schema_is_current(engine: Engine) -> None:
    migrate(engine)  # the fixture already migrated: a second `intake init` changes nothing
    require_schema(engine)
    assert {"messages", "message_locations", "quarantine", "drafts", "outbound_mail"} <= set(
        inspect(engine).get_table_names()
    )


# A database at revision 0001 holding the demo's data (`intake demo`, 26 mails, drafts,
# outbox, audit trail), kept as it was written: every later revision must upgrade it.
FILLED_0001 = Path(__file__).resolve().parents[1] / "data" / "migrations" / "0001-demo.sqlite"


def _plain(value: Any) -> Any:
    """A value as both databases give it back: UTC datetimes without a zone, JSON as text."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    if isinstance(value, Decimal):
        return value.normalize()
    return value


def _every_row(engine: Engine, like: Engine | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in the columns ``like`` has (default: ``engine``'s own), so
    an upgraded database compares with the older one its columns came from."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    shape = like or engine
    tables = set(inspect(shape).get_table_names())  # an older revision lacks later tables
    present = {t.name: _columns_of(shape, t.name)
               for t in models.Base.metadata.sorted_tables if t.name in tables}
    with Session(engine) as session:
        for table in models.Base.metadata.sorted_tables:
            if table.name not in present:
                continue
            columns = [c for c in table.columns if c.name in present[table.name]]
            rows = session.execute(select(*columns).order_by(*table.primary_key.columns))
            found[table.name] = [tuple(_plain(v) for v in row) for row in rows]
    return found


def _columns_of(engine: Engine, table: str) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns(table)}


def _copy_rows(source: Engine, target: Engine) -> None:
    """Every row of ``source`` into the same tables of ``target`` (both at one revision)."""
    tables = MetaData()
    tables.reflect(bind=target)
    have = {name: _columns_of(source, name)  # an older revision lacks some columns
            for name in inspect(source).get_table_names()}
    with source.connect() as reader, target.begin() as writer:
        if target.dialect.name == "postgresql":
            writer.execute(text("SET session_replication_role = replica"))  # FKs in any order
        in_source = set(inspect(source).get_table_names())
        for model_table in models.Base.metadata.sorted_tables:
            if model_table.name not in in_source:
                continue
            columns = [c for c in model_table.columns if c.name in have[model_table.name]]
            rows = [dict(r._mapping) for r in reader.execute(select(*columns))]
            if rows:
                writer.execute(insert(tables.tables[model_table.name]), rows)


def test_a_database_filled_at_0001_upgrades_to_head_with_every_row(
    empty_engine: Engine, tmp_path: Path
) -> None:
    # Copies only: opening the committed file would change it (WAL mode).
    shutil.copyfile(FILLED_0001, tmp_path / "fixture.db")
    shutil.copyfile(FILLED_0001, tmp_path / "upgraded.db")
    fixture = make_engine(f"sqlite:///{tmp_path / 'fixture.db'}")
    expected = _every_row(fixture)
    assert sum(len(rows) for rows in expected.values()) > 200  # a filled database
    if empty_engine.dialect.name == "sqlite":  # the file itself, as a user would upgrade it
        target = make_engine(f"sqlite:///{tmp_path / 'upgraded.db'}")
    else:
        migrate(empty_engine, revision="0001_initial")
        _copy_rows(fixture, empty_engine)
        target = empty_engine
    with pytest.raises(StorageError, match="run `intake init`"):
        require_schema(target)  # an old schema is refused until it is upgraded
    migrate(target)
    require_schema(target)
    after = _every_row(target, like=fixture)
    fixture.dispose()
    assert {name: after[name] for name in expected} == expected
    added = _every_row(target)
    assert all(added[name] == [] for name in added.keys() - expected.keys())  # tables added since
    with target.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, models.Base.metadata) == []


def test_0003_suppressions_point_at_mail_already_in_an_upgraded_database(
    empty_engine: Engine, tmp_path: Path
) -> None:
    """The new table works with the rows an older database holds (its foreign keys)."""
    shutil.copyfile(FILLED_0001, tmp_path / "fixture.db")
    fixture = make_engine(f"sqlite:///{tmp_path / 'fixture.db'}")
    migrate(empty_engine, revision="0002")
    _copy_rows(fixture, empty_engine)
    fixture.dispose()
    migrate(empty_engine)
    with Session(empty_engine) as session:
        message = session.scalars(select(models.Message).order_by(models.Message.id)).first()
        sent = session.scalars(select(models.OutboundMail).order_by(models.OutboundMail.id)).first()
        assert message is not None and sent is not None
        session.add(models.SuppressedAddress(
            address="gone@client.example", reason="550 user unknown",
            bounce_message_pk=message.id, outbound_mail_id=sent.id,
            created_at=datetime(2027, 1, 5, tzinfo=UTC)))
        session.commit()
        row = session.scalars(select(models.SuppressedAddress)).one()
        assert (row.bounce_message_pk, row.outbound_mail_id) == (message.id, sent.id)
