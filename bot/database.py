"""The one database seam: every table the bot keeps between requests lives behind it.

The question log, conversations, Slack's posted answers and event claims, and the rate limiter's
window share one SQLAlchemy engine: SQLite under GRANTBOT_HOME by default, or the database in
GRANTBOT_DATABASE_URL (PostgreSQL with ``pip install grantbot[postgres]``), where several
``grantbot serve`` processes, on one machine or many, see the same state.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from knowledge.errors import BadInput
from settings import Settings

# The tables of every store; each store ensure()s its own when it opens the database.
metadata = MetaData()

_POSTGRES_DRIVER = "postgresql+psycopg"


def normalise_url(url: str) -> str:
    """``postgres://`` and ``postgresql://`` mean psycopg 3 (SQLAlchemy alone would pick psycopg2)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return _POSTGRES_DRIVER + "://" + url[len(prefix):]
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the server read while a second process writes; a busy writer is waited for, not failed.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _engine(url: str) -> Engine:
    if url.startswith(_POSTGRES_DRIVER):
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise BadInput(
                "GRANTBOT_DATABASE_URL names PostgreSQL, but psycopg is not installed: "
                "pip install 'grantbot[postgres]'"
            ) from None
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    engine = create_engine(url, connect_args={"timeout": 30} if url.startswith("sqlite") else {})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class Database:
    """An engine and the tables the stores asked for; ``insert()`` speaks the dialect's upsert."""

    def __init__(self, url: str) -> None:
        try:
            make_url(url)
        except Exception:
            raise BadInput(f"GRANTBOT_DATABASE_URL is not a database URL: {url!r}") from None
        self.url = normalise_url(url)
        self.engine = _engine(self.url)
        self._created: set[str] = set()
        self._lock = threading.Lock()

    def ensure(self, *tables: Table) -> Database:
        """Create the tables a store needs when the database lacks them; returns self."""
        missing = [t for t in tables if t.name not in self._created]
        if missing:
            with self._lock:
                try:
                    metadata.create_all(self.engine, tables=missing)
                except (OperationalError, ProgrammingError, IntegrityError):
                    # Another process created them between our check and our CREATE: check again.
                    metadata.create_all(self.engine, tables=missing)
                self._created.update(t.name for t in missing)
        return self

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def insert(self, table: Table) -> Any:
        """An INSERT with ``on_conflict_do_nothing`` / ``on_conflict_do_update`` (SQLite and PostgreSQL)."""
        module = postgresql if self.dialect == "postgresql" else sqlite
        return module.insert(table)

    def begin(self) -> contextlib.AbstractContextManager[Connection]:
        """One transaction, committed at the end (rolled back on an error), for several stores' statements.

        A request that reads and writes several stores does so in one or two of these, each store's
        method given the connection: each transaction of its own cost a connection check-out (a ping
        to PostgreSQL), BEGIN and COMMIT, which were most of a question's round trips.
        """
        return self.engine.begin()

    @contextlib.contextmanager
    def joined(self, con: Connection | None) -> Iterator[Connection]:
        """The caller's transaction ``con`` when it has one open (committed with the caller's), else one of its own."""
        if con is not None:
            yield con
            return
        with self.engine.begin() as own:
            yield own

    def dispose(self) -> None:
        self.engine.dispose()


_open: OrderedDict[str, Database] = OrderedDict()
_lock = threading.Lock()
_KEEP_OPEN = 16  # a process uses one; tests open many homes, and each pool holds files open


def database_for(settings: Settings) -> Database:
    """The process's one Database for the settings' URL (one connection pool shared by every store)."""
    if settings.database_url is None:
        settings.ensure_home()
    url = settings.db_url
    with _lock:
        if url not in _open:
            _open[url] = Database(url)
            if len(_open) > _KEEP_OPEN:
                # Disposing only closes pooled connections: a store still holding it reconnects.
                _open.popitem(last=False)[1].dispose()
        _open.move_to_end(url)
        return _open[url]
