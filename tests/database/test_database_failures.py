"""The database engine when things go wrong: dropped connections, refused logins, cancelling;
and credentials: from QGIS authentication configurations, never shown in any message."""

import pytest
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsDataSourceUri,
    QgsProcessingException,
    QgsVectorLayer,
)

from tests.database.tables import assert_same_answers, layer, table_exists
from tests.database.test_nearest_database import STRIKES, load_hand_checkable, run
from tests.recording import RecordingFeedback


class KillingFeedback(RecordingFeedback):
    """Terminates the engine's server process (as a DBA or a network cut would) once the run
    passes `at` percent."""

    def __init__(self, postgis, at):
        super().__init__()
        self.postgis, self.at, self.killed = postgis, at, 0

    def setProgress(self, progress):  # noqa: N802 (Qt's name)
        super().setProgress(progress)
        if progress >= self.at and not self.killed:
            conn = self.postgis.connect()
            with conn.cursor() as cur:
                cur.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = 'StrikeCheck nearestfaction'"
                )
                self.killed = cur.fetchone()[0]
            conn.close()


def _secrets_absent(postgis, *texts):
    for text in texts:
        assert postgis.analyst_password not in text
        assert "s3cret" not in text and "Zq7" not in text


@pytest.mark.parametrize("at", [10.0, 85.0])
def test_a_dropped_connection_leaves_no_table_and_says_so(run_alg, postgis, db, at):
    load_hand_checkable(db)
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    destination = "postgres:" + postgis.qgis_uri("dropped", key="id").uri(False)
    feedback = KillingFeedback(postgis, at)
    with pytest.raises(QgsProcessingException) as raised:
        run(run_alg, strikes, control, feedback, OUTPUT=destination)
    assert feedback.killed == 1
    text = str(raised.value)
    assert "connection to the database was lost" in text and "Nothing was written" in text
    assert not table_exists(db, "dropped")
    _secrets_absent(postgis, text, feedback.text())


def test_a_refused_login_names_the_database_not_the_password(run_alg, postgis, db):
    load_hand_checkable(db)
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    admin = postgis.connect()
    with admin.cursor() as cur:  # the layers were opened; now the password no longer works
        cur.execute("ALTER ROLE analyst PASSWORD 'changed-meanwhile'")
    try:
        feedback = RecordingFeedback()
        with pytest.raises(QgsProcessingException) as raised:
            run(run_alg, strikes, control, feedback, ENGINE="database")
    finally:
        with admin.cursor() as cur:
            cur.execute("ALTER ROLE analyst PASSWORD %s", (postgis.analyst_password,))
        admin.close()
    text = str(raised.value)
    assert "Could not connect to the database 'strikecheck' on 127.0.0.1" in text
    assert "password authentication failed" in text
    _secrets_absent(postgis, text, feedback.text())


def test_scrub_hides_every_form_of_the_password():
    from strikecheck.plugin.database.connection import Secrets, connection_string

    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", "5432", "db", "analyst", "s3cret pa'ss-Zq7")
    secrets = Secrets()
    info = connection_string(uri, secrets)
    for message in (
        f"bad connection string: {info}",
        'missing "=" after "pa\'ss-Zq7" in connection info string',
        "password=s3cret pa'ss-Zq7 rejected",
        "password='s3cret pa\\'ss-Zq7'",
    ):
        cleaned = secrets.scrub(message)
        assert "s3cret" not in cleaned and "Zq7" not in cleaned, cleaned


def test_credentials_from_a_qgis_authentication_configuration(run_alg, postgis, db):
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("strikecheck-tests", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("strikecheck test analyst")
    config.setConfig("username", postgis.analyst)
    config.setConfig("password", postgis.analyst_password)
    ok, config = manager.storeAuthenticationConfig(config)
    assert ok
    try:
        load_hand_checkable(db)
        layers = []
        for table, key in (("strikes", "id"), ("control", "fid")):
            uri = QgsDataSourceUri()
            uri.setConnection(
                "127.0.0.1", str(postgis.port), postgis.database, "", "", 0, config.id()
            )
            uri.setDataSource("public", table, "geom", "", key)
            layers.append(QgsVectorLayer(uri.uri(False), table, "postgres"))
            assert layers[-1].isValid()
            assert postgis.analyst_password not in layers[-1].source()
        feedback = RecordingFeedback()
        database = run(run_alg, *layers, feedback, ENGINE="database")["OUTPUT"]
        local = run(run_alg, *layers, ENGINE="local")["OUTPUT"]
        assert_same_answers(database, local)
        assert database.featureCount() == len(STRIKES)
        _secrets_absent(postgis, feedback.text())
    finally:
        manager.removeAuthenticationConfig(config.id())


def test_cancel_rolls_back_and_writes_nothing(run_alg, postgis, db):
    load_hand_checkable(db)
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    destination = "postgres:" + postgis.qgis_uri("cancelled", key="id").uri(False)
    feedback = RecordingFeedback(cancel_at_progress=20)
    result = run(run_alg, strikes, control, feedback, OUTPUT=destination)
    assert not result.get("OUTPUT")
    assert any("Cancelled" in e for e in feedback.errors)
    assert not table_exists(db, "cancelled")


def test_cancel_while_reading_the_strike_keys_writes_nothing(run_alg, postgis, db):
    # 95% is the engine's last step: the cancel lands while QGIS's feature ids are read.
    load_hand_checkable(db)
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    feedback = RecordingFeedback(cancel_at_progress=95)
    result = run(run_alg, strikes, control, feedback, ENGINE="database")
    assert not result.get("OUTPUT")
    assert any("Cancelled" in e for e in feedback.errors)
