"""A real PostgreSQL + PostGIS for the database engine's tests: one throwaway cluster a session."""

import pytest

from tests import pg_cluster


@pytest.fixture(scope="session")
def postgis():
    """The running cluster (tests.pg_cluster.Cluster); stopped and deleted after the session.

    Never skipped: without PostgreSQL/PostGIS the tests fail and say that `make test` installs it.
    """
    try:
        cluster = pg_cluster.start()
    except pg_cluster.ClusterError as error:
        pytest.fail(str(error), pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture()
def db(postgis):
    """An autocommit connection as the analyst (the role the layers use)."""
    conn = postgis.connect(user=postgis.analyst)
    yield conn
    conn.close()
