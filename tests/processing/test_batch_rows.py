"""Every algorithm in QGIS's batch dialog: the parameters its BatchPanel builds for a row (layers
and files as paths, every optional output left empty), run through Processing; each row writes
what it was asked for and nothing else."""

from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from tests.processing.batch_dialog import batch_dialog, row_parameters

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
STRIKES_CSV = str(SAMPLE / "strikes_2015-09-30.csv")
CONTROL = str(SAMPLE / "control_2015-09.geojson")
VIINA = "geonameid,name,lon,lat,ctr_20220301,ctr_20220302\n1,Alpha,37.5,47.5,UA,ru\n"
SNAPSHOT = (
    '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
    '{"name": "Occupied"}, "geometry": {"type": "Polygon", "coordinates": '
    "[[[37, 47], [38, 47], [38, 48], [37, 48], [37, 47]]]}}]}"
)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, strikecheck_plugin):
    """Files a batch row reads: imported strikes, their analysis, tables and snapshots."""
    import processing

    folder = tmp_path_factory.mktemp("batch_inputs")
    strikes = processing.run(
        "strikecheck:importstrikes", {"INPUT": STRIKES_CSV, "OUTPUT": str(folder / "s.gpkg")}
    )["OUTPUT"]
    analysed = processing.run(
        "strikecheck:nearestfaction",
        {"STRIKES": strikes, "CONTROL": CONTROL, "FACTION_FIELD": "faction",
         "OUTPUT": str(folder / "result.gpkg"), "LINES": str(folder / "lines.gpkg")},
    )  # fmt: skip
    (folder / "viina.csv").write_text(VIINA, "utf-8")
    for day in ("1685664000", "1685750400"):
        (folder / f"{day}.geojson").write_text(SNAPSHOT, "utf-8")
    import shapely

    from tests.map_images import render, save_with_world_file

    shown = [("regime", shapely.box(36, 33, 37, 35)), ("rebel", shapely.box(37, 33, 38, 35))]
    drawn = render(shown, {"regime": "#e8707e", "rebel": "#6db35a"}, (35.5, 32.5, 38.5, 35.5), 200)
    save_with_world_file(drawn.image, folder / "map.png", drawn.extent)
    return {
        "strikes": strikes,
        "result": analysed["OUTPUT"],
        "lines": analysed["LINES"],
        "viina": str(folder / "viina.csv"),
        "image": folder / "map.png",
        "snapshots": [str(folder / "1685664000.geojson"), str(folder / "1685750400.geojson")],
    }


def _rows(inputs, out):
    """{algorithm: (one batch row's values, the files it should leave in `out`)}."""
    return {
        "importstrikes": ({"INPUT": STRIKES_CSV, "OUTPUT": str(out / "s.gpkg")}, ["s.gpkg"]),
        "importcontrol": ({"INPUT": CONTROL, "OUTPUT": str(out / "c.gpkg")}, ["c.gpkg"]),
        "importhistory": (
            {"INPUT": inputs["snapshots"], "PRESET": "ukraine", "OUTPUT": str(out / "h.gpkg")},
            ["h.gpkg"],
        ),
        "controlfromimage": (
            {"INPUT": str(inputs["image"]), "LEGEND": "isw-like", "OUTPUT": str(out / "i.gpkg")},
            ["i.gpkg"],
        ),
        "importcontroltable": (
            {"INPUT": inputs["viina"], "PRESET": "ukraine", "OUTPUT": str(out / "t.gpkg")},
            ["t.gpkg"],
        ),
        "nearestfaction": (
            {
                "STRIKES": inputs["strikes"],
                "CONTROL": CONTROL,
                "FACTION_FIELD": "faction",
                "OUTPUT": str(out / "r.gpkg"),
            },
            ["r.gpkg"],
        ),  # fmt: skip
        "applystyle": ({"LAYER": inputs["result"], "ROLE": "results"}, []),
        "exportmap": (
            {
                "STRIKES": inputs["result"],
                "CONTROL": CONTROL,
                "TARGET_FACTION": "isis",
                "DPI": 60,
                "ADD_TO_PROJECT": False,
                "OUTPUT_PDF": str(out / "map.pdf"),
            },
            ["map.pdf"],
        ),  # fmt: skip
        "report": (
            {
                "STRIKES": inputs["result"],
                "CONTROL": CONTROL,
                "LINES": inputs["lines"],
                "TARGET_FACTION": "isis",
                "OUTPUT_HTML": str(out / "report.html"),
            },
            ["report.html", "report_files"],
        ),  # fmt: skip
    }


def _algorithms():
    from strikecheck.plugin.processing.provider import ALGORITHMS

    return sorted(algorithm.NAME for algorithm in ALGORITHMS)


def test_every_algorithm_has_a_batch_row(inputs, tmp_path):
    assert sorted(_rows(inputs, tmp_path)) == _algorithms()


@pytest.mark.parametrize("name", _algorithms())
def test_a_batch_row_with_the_optional_outputs_empty(name, inputs, run_alg, qgis_iface, tmp_path):
    values, expected = _rows(inputs, tmp_path)[name]
    dialog = batch_dialog(f"strikecheck:{name}", [values])
    parameters = row_parameters(dialog, 0)
    optional_outputs = [
        d.name()
        for d in dialog.algorithm().destinationParameterDefinitions()
        if d.name() not in values
    ]
    results = run_alg(f"strikecheck:{name}", parameters)
    for output in optional_outputs:
        assert results.get(output) in (None, ""), (output, results.get(output))
    assert sorted(p.name for p in tmp_path.iterdir()) == expected
    for key in ("OUTPUT",):
        if str(results.get(key, "")).endswith(".gpkg"):
            assert QgsVectorLayer(results[key], key, "ogr").featureCount() > 0
