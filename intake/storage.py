"""The database: engine, sessions, schema migration. The only module that creates engines.

SQLite (the default) gets WAL, ``synchronous=NORMAL``, foreign keys and a busy
timeout; PostgreSQL is used as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import (
    ArgumentError,
    DisconnectionError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import ConfigError, DatabaseUnavailable, StorageError
from models import SCHEMA_HEAD

SQLITE_BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url`` with the per-dialect settings intake relies on."""
    if not url.startswith("sqlite"):
        # After a server restart the pool's connections are dead: test each before use.
        kwargs.setdefault("pool_pre_ping", True)
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise ConfigError(f"cannot use database URL: {exc}", key="database.url") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling would break SAVEPOINTs: take it over.
        # IMMEDIATE takes the write lock up front, so two writers wait on busy_timeout
        # instead of failing with "database is locked" when a reader upgrades.
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


# What a database that went away (or cannot be written) raises, as opposed to a bug or a
# constraint: the server gone, a dropped connection, SQLite locked past busy_timeout,
# "database or disk is full", "attempt to write a readonly database", "disk I/O error".
_OUTAGES = (OperationalError, InterfaceError, DisconnectionError)


def is_outage(exc: BaseException) -> bool:
    """Whether ``exc`` (or what it was raised from) says the database is unavailable."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, (DatabaseUnavailable, *_OUTAGES)):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def outage(exc: BaseException) -> DatabaseUnavailable:
    """``exc`` as one line naming the database problem (no URL, no password: drivers' messages
    carry neither)."""
    if isinstance(exc, DatabaseUnavailable):
        return exc
    cause = getattr(exc, "orig", None) or exc
    first = next((line.strip() for line in str(cause).splitlines() if line.strip()),
                 type(cause).__name__)
    return DatabaseUnavailable(f"database unavailable: {first[:300]}")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work is rolled back unless the block ends normally."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("models") / "migrations"))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine, *, revision: str = "head") -> None:
    """Create or upgrade the schema to this version's head revision (``intake init``), or to
    an earlier ``revision`` (tests build old databases that way)."""
    from alembic import command

    try:
        with engine.begin() as connection:
            config = _alembic_config(engine)
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except OperationalError as exc:
        raise StorageError(f"cannot open the database: {exc.orig}") from exc
    except SQLAlchemyError as exc:
        raise StorageError(f"migration failed: {exc}") from exc


def schema_revisions(engine: Engine) -> tuple[str | None, str | None]:
    """(the database's alembic revision, or None without a schema; this version's head)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision(), head


def require_schema(engine: Engine) -> None:
    """Fail with a clear error when ``intake init`` has not been run on this database."""
    try:
        tables = set(inspect(engine).get_table_names())
    except OperationalError as exc:
        raise StorageError(f"cannot open the database: {exc.orig}") from exc
    if "alembic_version" not in tables:
        raise StorageError("the database has no intake schema: run `intake init` first")
    with engine.connect() as connection:
        stamped = connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
        if list(stamped) == [SCHEMA_HEAD]:
            return  # the usual case, answered without loading alembic
    current, head = schema_revisions(engine)
    if current != head:
        raise StorageError(
            f"the database schema is at {current}, this version needs {head}: run `intake init`"
        )
