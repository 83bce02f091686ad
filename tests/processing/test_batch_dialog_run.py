"""QGIS's batch dialog run as an analyst runs it (its Run button's code): two good rows and a
bad one; the good rows write their files, the bad one is reported and leaves nothing."""

from pathlib import Path

from qgis.core import QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QTextEdit

from tests.gui.conftest import wait_for_tasks
from tests.processing.batch_dialog import batch_dialog

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
STRIKES_CSV = str(SAMPLE / "strikes_2015-09-30.csv")


def test_the_batch_dialog_runs_every_row(strikecheck_plugin, qgis_iface, tmp_path):
    bad = tmp_path / "no_coordinates.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    rows = [
        {"INPUT": STRIKES_CSV, "OUTPUT": str(out / "first.gpkg")},
        {"INPUT": str(bad), "OUTPUT": str(out / "bad.gpkg")},
        {"INPUT": STRIKES_CSV, "OUTPUT": str(out / "second.gpkg")},
    ]
    dialog = batch_dialog("strikecheck:importstrikes", rows)
    dialog.mainWidget().checkLoadLayersOnCompletion.setChecked(False)
    dialog.runAlgorithm()
    # QGIS 3.22's "Batch Processing" progress task ends when the run's feedback goes (the
    # feedback's progress signal holds it), as when the analyst closes the dialog.
    sip.delete(dialog.feedback)
    wait_for_tasks()  # QGIS 3.22 runs the rows in turn; 3.40 as background tasks
    said = "\n".join(dialog.lines) + _log_text(dialog)
    assert sorted(p.name for p in out.iterdir()) == ["first.gpkg", "second.gpkg"], said
    for name in ("first.gpkg", "second.gpkg"):
        assert QgsVectorLayer(str(out / name), name, "ogr").featureCount() == 7
    assert "No positions found" in said and "Columns: a, b." in said, said


def _log_text(dialog):
    """The dialog's own log (where QGIS 3.40's batch tasks report)."""
    return "\n".join(w.toPlainText() for w in dialog.findChildren(QTextEdit))
