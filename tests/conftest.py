"""Fixtures shared by every test: databases (SQLite and the local PostgreSQL) and paths."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from intake.storage import make_engine, migrate

DATA = Path(__file__).parent / "data"
POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture
def data_dir() -> Path:
    return DATA


def _sqlite_engine(tmp_path: Path) -> Engine:
    return make_engine(f"sqlite:///{tmp_path / 'intake.db'}")


def _postgres_engine() -> Iterator[Engine]:
    """A fresh schema in the ``test`` database, dropped afterwards, so runs never meet."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty database: every storage test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        eng = _sqlite_engine(tmp_path)
        migrate(eng)
        yield eng
        eng.dispose()
    else:
        gen = _postgres_engine()
        eng = next(gen)
        migrate(eng)
        yield eng
        gen.close()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite database, for tests that need only one."""
    eng = _sqlite_engine(tmp_path)
    migrate(eng)
    yield eng
    eng.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty database with no schema at all, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        eng = _sqlite_engine(tmp_path)
        yield eng
        eng.dispose()
    else:
        gen = _postgres_engine()
        yield next(gen)
        gen.close()
