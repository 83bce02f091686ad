"""No password in what an algorithm returns or says when OUTPUT is a PostGIS table written
through QGIS (issue 18): QGIS's results echo (qgis_process, the log, a model's history) once
carried the table's whole connection string. The database engine's own table: see
test_nearest_database.test_output_table_written_in_the_database."""

import processing
from qgis.core import QgsProcessingContext, QgsProcessingUtils, QgsProject, QgsVectorLayer

from tests.database.tables import layer
from tests.database.test_nearest_database import load_hand_checkable
from tests.processing.test_nearest_faction import STRIKES
from tests.recording import RecordingFeedback

CSV = "id,date,latitude,longitude\nS1,2015-09-30,34.8333,36.7333\nS2,2015-10-01,35.0,36.0\n"


def _run(algorithm, parameters):
    feedback, context = RecordingFeedback(), QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(algorithm, parameters, context=context, feedback=feedback)
    return result, feedback, context


def _no_password(postgis, *texts):
    said = " ".join(str(t) for t in texts)
    for word in postgis.analyst_password.split():  # every escaped form holds both words
        assert word not in said, said
    assert "password=" not in said, said


def test_imported_strikes_to_postgis_hide_the_password(strikecheck_plugin, postgis, tmp_path):
    source = tmp_path / "strikes.csv"
    source.write_text(CSV, encoding="utf-8")
    uri = postgis.qgis_uri("imported", key="fid")
    result, feedback, context = _run(
        "strikecheck:importstrikes", {"INPUT": str(source), "OUTPUT": "postgres://" + uri.uri()}
    )
    _no_password(postgis, result, feedback.text())
    # A model's next step or load on completion still opens the table from the run's context.
    opened = QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)
    assert opened is not None and opened.isValid() and opened.featureCount() == 2
    written = QgsVectorLayer(uri.uri(False), "imported", "postgres")
    assert written.isValid() and written.featureCount() == 2


def test_local_nearest_faction_to_postgis_hides_the_password(strikecheck_plugin, postgis, db):
    load_hand_checkable(db)
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    uri = postgis.qgis_uri("local_answers", key="id")
    parameters = {"STRIKES": strikes, "CONTROL": control, "FACTION_FIELD": "faction"}
    result, feedback, context = _run(
        "strikecheck:nearestfaction",
        {**parameters, "ENGINE": "local", "OUTPUT": "postgis:" + uri.uri(False)},
    )
    assert "Engine: database" not in feedback.text()
    _no_password(postgis, result, feedback.text())
    written = QgsVectorLayer(uri.uri(False), "answers", "postgres")
    assert written.isValid() and written.featureCount() == len(STRIKES)
