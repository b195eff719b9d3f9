"""A throwaway PostgreSQL server from Debian's ``postgresql`` package, for tests and benchmarks.

initdb into a temporary folder, then ``postgres`` on a free loopback port with trust
authentication and no fsync (nothing in it needs to survive the run). Under root, the server
runs as the package's ``postgres`` user, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

USER = "grantbot"
SHM, SHM_NEEDED = "/dev/shm", 2 * 1024**3


def server_binaries() -> Path | None:
    """The folder holding initdb and postgres, or None when the package is not installed."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(Path(folder) / "postgres", os.X_OK) and os.access(Path(folder) / "initdb", os.X_OK):
            return Path(folder)
    found = shutil.which("postgres")
    return Path(found).parent if found and shutil.which("initdb") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """``with PostgresServer() as server: server.new_database()`` gives a fresh database URL."""

    def __init__(self, in_memory: bool = False) -> None:
        """``in_memory``: the data folder in /dev/shm when it has room. A test run creates a database per
        test (hundreds of MB that never need a disk), and removing them from a disk took 15 s."""
        self.bin = server_binaries()
        if self.bin is None:
            raise RuntimeError("PostgreSQL server binaries not found: apt-get install postgresql (`make postgres`)")
        self.port = _free_port()
        memory = in_memory and os.path.isdir(SHM) and shutil.disk_usage(SHM).free >= SHM_NEEDED
        self.folder = Path(tempfile.mkdtemp(prefix="grantbot-pg-", dir=SHM if memory else None))
        self.process: subprocess.Popen | None = None
        self._count = 0
        self._as: dict = {}
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            os.chown(self.folder, account.pw_uid, account.pw_gid)
            self._as = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}

    def _run(self, *args: str) -> None:
        subprocess.run(args, check=True, capture_output=True, timeout=120, **self._as)

    def __enter__(self) -> PostgresServer:
        data = self.folder / "data"
        self._run(str(self.bin / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        self.process = subprocess.Popen(
            [str(self.bin / "postgres"), "-D", str(data), "-p", str(self.port), "-k", str(self.folder),
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
             "-c", "full_page_writes=off", "-c", "max_connections=200"],
            stdout=subprocess.DEVNULL, stderr=open(self.folder / "server.log", "wb"), **self._as,
        )
        self._wait_until_ready()
        return self

    def _wait_until_ready(self, timeout: float = 60) -> None:
        import psycopg

        deadline = time.monotonic() + timeout
        while True:
            try:
                psycopg.connect(self._dsn("postgres"), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    log = (self.folder / "server.log").read_text(errors="replace")
                    raise RuntimeError(f"PostgreSQL did not start:\n{log}") from None
                time.sleep(0.1)

    def _dsn(self, database: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A new empty database; returns its SQLAlchemy URL (psycopg 3)."""
        import psycopg

        self._count += 1
        name = f"test_{os.getpid()}_{self._count}"
        with psycopg.connect(self._dsn("postgres"), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{name}"

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGQUIT)  # "immediate" shutdown: nothing here must survive
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
