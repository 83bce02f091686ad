"""Writes resources/models/strikecheck_workflow.model3, the graphical model StrikeCheck ships:
import strikes -> nearest faction -> export map, as one would build it in the Model Designer.
Run with QGIS's Python after changing it: `source scripts/qgis-env.sh && .venv/bin/python
scripts/make_model.py` (tests/processing/test_model.py runs the shipped file)."""

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QPointF

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "resources" / "models" / "strikecheck_workflow.model3"


def _from_parameter(name):
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def _from_child(child, output):
    return [QgsProcessingModelChildParameterSource.fromChildOutput(child, output)]


def _static(value):
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def _child(model, algorithm_id, child_id, sources, outputs=()):
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    # Laid out left to right in the Model Designer, one step after the other.
    child.setPosition(QPointF(320.0 + 260.0 * len(model.childAlgorithms()), 260.0))
    child.setDescription(child_id.replace("_", " ").capitalize())
    for name, source in sources.items():
        child.addParameterSources(name, source)
    kept = {}
    for output_name, model_name in outputs:
        output = QgsProcessingModelOutput(model_name, model_name.replace("_", " ").capitalize())
        output.setChildId(child_id)
        output.setChildOutputName(output_name)
        output.setPosition(child.position() + QPointF(0.0, 120.0 + 50.0 * len(kept)))
        kept[model_name] = output
    child.setModelOutputs(kept)
    model.addChildAlgorithm(child)


def build():
    model = QgsProcessingModelAlgorithm("StrikeCheck workflow", "StrikeCheck")
    model.setHelpContent(
        {
            "ALG_DESC": "Strikes imported from a file (ACLED, UCDP, CSV, KML...), each "
            "measured against a control map (who held its ground, how far each faction's "
            "territory was), and the map of the finding exported as PDF and PNG.",
        }
    )
    for parameter in (
        QgsProcessingParameterFeatureSource("strikes_file", "Strikes (file or layer)"),
        QgsProcessingParameterVectorLayer("control", "Control map (imported or with factions)"),
        QgsProcessingParameterString("faction_field", "Faction field", defaultValue="faction"),
        QgsProcessingParameterString("target", "Target faction", defaultValue="isis"),
    ):
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(120.0, 100.0 + 90.0 * len(model.parameterComponents())))
        model.addModelParameter(parameter, component)
    _child(model, "strikecheck:importstrikes", "import_strikes",
           {"INPUT": _from_parameter("strikes_file")})  # fmt: skip
    _child(
        model,
        "strikecheck:nearestfaction",
        "nearest_faction",
        {
            "STRIKES": _from_child("import_strikes", "OUTPUT"),
            "CONTROL": _from_parameter("control"),
            "FACTION_FIELD": _from_parameter("faction_field"),
        },
        [("OUTPUT", "results")],
    )
    _child(
        model,
        "strikecheck:exportmap",
        "export_map",
        {
            "STRIKES": _from_child("nearest_faction", "OUTPUT"),
            "CONTROL": _from_parameter("control"),
            "FACTION_FIELD": _from_parameter("faction_field"),
            "TARGET_FACTION": _from_parameter("target"),
        },
        [("OUTPUT_PDF", "map_pdf"), ("OUTPUT_PNG", "map_png")],
    )
    model.updateDestinationParameters()
    return model


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, str(ROOT.parent))
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    if not build().toFile(str(MODEL)):
        raise SystemExit(f"could not write {MODEL}")
    print(f"wrote {MODEL.relative_to(ROOT)}")
