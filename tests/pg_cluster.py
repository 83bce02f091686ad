"""A throwaway PostgreSQL + PostGIS cluster for tests and the benchmark: loopback only, gone after.

initdb in a temporary folder, the server on 127.0.0.1 at a free port with its socket in that folder,
password (SCRAM) authentication for every role, stopped and deleted by `stop()`. As root the server
runs as the `postgres` user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
DATABASE = "strikecheck"
# A role that logs in with a password: messages must never show it. Spaces and a quote test the
# escaping of connection strings on the way.
ANALYST = "analyst"
ANALYST_PASSWORD = "s3cret pa'ss-Zq7"
_MISSING = (
    "PostgreSQL with PostGIS is not installed on this machine. `make test` installs it "
    "(scripts/setup.sh: postgresql and postgresql-<version>-postgis-3 from the Debian release)."
)


class ClusterError(RuntimeError):
    pass


def server_binaries():
    """(bin folder, major version) of the newest PostgreSQL that has PostGIS installed."""
    found = []
    for bindir in glob.glob("/usr/lib/postgresql/*/bin"):
        version = Path(bindir).parent.name
        has_postgis = glob.glob(f"/usr/share/postgresql/{version}/extension/postgis.control")
        if Path(bindir, "initdb").exists() and has_postgis and version.isdigit():
            found.append((int(version), bindir))
    if not found:
        raise ClusterError(_MISSING)
    version, bindir = max(found)
    return bindir, version


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    folder: Path
    bindir: str
    port: int
    superuser_password: str
    run_as: str | None  # the user the server runs as when we are root
    version: int = 0

    host = "127.0.0.1"
    database = DATABASE
    analyst = ANALYST
    analyst_password = ANALYST_PASSWORD

    @property
    def data(self):
        return self.folder / "data"

    def _run(self, *args, check=True):
        command = [str(Path(self.bindir, args[0])), *args[1:]]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True)
        if check and done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise ClusterError(f"{' '.join(args[:2])} failed:\n{done.stderr}{done.stdout}\n{tail}")
        return done

    def connect(self, user=SUPERUSER, password=None, database=None):
        """A psycopg2 connection (autocommit) for setting up and inspecting test data."""
        import psycopg2

        if password is None:
            password = self.superuser_password if user == SUPERUSER else self.analyst_password
        conn = psycopg2.connect(
            host=self.host,
            port=self.port,
            dbname=database or self.database,
            user=user,
            password=password,
        )
        conn.autocommit = True
        return conn

    def qgis_uri(self, table, geometry_column="geom", key=None, schema="public", sql=""):
        """A QGIS postgres data source (QgsDataSourceUri) for `schema.table` as the analyst."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri()
        uri.setConnection(
            self.host, str(self.port), self.database, self.analyst, self.analyst_password
        )
        uri.setDataSource(schema, table, geometry_column, sql, key or "")
        return uri

    def stop(self):
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start(superuser_password="throwaway-superuser-pw"):
    """initdb + start on a free loopback port; PostGIS and the analyst role in DATABASE."""
    bindir, version = server_binaries()
    folder = Path(tempfile.mkdtemp(prefix="strikecheck-pg-"))
    run_as = None
    if os.geteuid() == 0:
        run_as = "postgres"
        try:
            entry = pwd.getpwnam(run_as)
        except KeyError as error:
            raise ClusterError(f"No '{run_as}' user to run the server as. {_MISSING}") from error
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    os.chmod(folder, 0o700)
    cluster = Cluster(folder, bindir, _free_port(), superuser_password, run_as, version)
    try:
        pwfile = folder / "pw"
        pwfile.write_text(superuser_password + "\n")
        if run_as:
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        cluster._run(
            "initdb", "-D", str(cluster.data), "-U", SUPERUSER, "--auth=scram-sha-256",
            f"--pwfile={pwfile}", "-E", "UTF8", "--no-locale", "--no-instructions",
        )  # fmt: skip
        pwfile.unlink()
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={cluster.port} "
            f"-c unix_socket_directories={folder} -c fsync=off -c full_page_writes=off "
            "-c synchronous_commit=off -c dynamic_shared_memory_type=mmap "
            "-c max_connections=40 -c shared_buffers=256MB -c work_mem=64MB "
            "-c maintenance_work_mem=256MB -c max_parallel_workers_per_gather=0"
        )
        cluster._run(
            "pg_ctl", "-D", str(cluster.data), "-l", str(folder / "server.log"), "-o", options,
            "-w", "-t", "60", "start",
        )  # fmt: skip
        conn = cluster.connect(database="postgres")
        with conn.cursor() as cur:
            cur.execute(f"CREATE DATABASE {DATABASE}")
            cur.execute(f"CREATE ROLE {ANALYST} LOGIN PASSWORD %s", (ANALYST_PASSWORD,))
        conn.close()
        conn = cluster.connect()
        with conn.cursor() as cur:
            cur.execute("CREATE EXTENSION postgis")
            cur.execute(f"GRANT ALL ON SCHEMA public TO {ANALYST}")
        conn.close()
    except BaseException:
        cluster.stop()
        raise
    return cluster
