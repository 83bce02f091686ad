"""`make demo`: the main job on the bundled sample data, headless, with the verdict printed.

Import the ACLED-shaped strikes and the control map, measure who held each site and how far ISIS
was, style, export the map (PDF + PNG) and write the report: the same algorithms the panel and
the toolbox run.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
OUT = ROOT / "output" / "demo"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from qgis_app import start_qgis  # noqa: E402


def step(title):
    print(f"- {title}", flush=True)


def main():
    app, plugin = start_qgis()
    try:
        run_demo()
    finally:
        # Every layer and processing context is gone by now (run_demo returned): QGIS can close
        # its data sources before GDAL shuts down, instead of crashing on the way out.
        from qgis.core import QgsProject

        QgsProject.instance().clear()
        plugin.unload()
        app.exitQgis()


def run_demo():
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    from strikecheck.plugin.core.summary import uncertainty_sentence, verdict

    OUT.mkdir(parents=True, exist_ok=True)
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()

    def run(algorithm, parameters):
        return processing.run(algorithm, parameters, context=context, feedback=feedback)

    print("StrikeCheck demo: the first Russian airstrikes in Syria, 30 September 2015")
    print("(sample control map: an illustrative approximation, not ISW data)\n")
    step("importing strikes (ACLED-shaped CSV)")
    strikes = run(
        "strikecheck:importstrikes",
        {
            "INPUT": str(SAMPLE / "strikes_2015-09-30.csv"),
            "OUTPUT": str(OUT / "strikes.gpkg"),
            "ERRORS": str(OUT / "strikes_rejected.csv"),
        },
    )
    step("importing the control map (preset syria-2015)")
    control = run(
        "strikecheck:importcontrol",
        {
            "INPUT": str(SAMPLE / "control_2015-09.geojson"),
            "FACTION_FIELD": "label",
            "PRESET": "syria-2015",
            "DATE_FIELD": "valid_from",
            "OUTPUT": str(OUT / "control.gpkg"),
        },
    )
    step("measuring the nearest faction of every strike (geodesic, WGS84)")
    result = run(
        "strikecheck:nearestfaction",
        {
            "STRIKES": strikes["OUTPUT"],
            "CONTROL": control["OUTPUT"],
            "FACTION_FIELD": "faction",
            "OUTPUT": str(OUT / "strikes_nearest_faction.gpkg"),
            "LINES": str(OUT / "lines_to_nearest_territory.gpkg"),
        },
    )
    layers = {
        "results": QgsVectorLayer(result["OUTPUT"], "Russian airstrikes", "ogr"),
        "control": QgsVectorLayer(control["OUTPUT"], "Territorial control", "ogr"),
        "lines": QgsVectorLayer(result["LINES"], "Distance to ISIS territory", "ogr"),
    }
    project.addMapLayers(list(layers.values()))
    rows = sorted(layers["results"].getFeatures(), key=lambda f: str(f["strike_id"]))

    step("exporting the map (PDF, PNG) and writing the report")
    common = {
        "STRIKES": layers["results"].id(),
        "CONTROL": layers["control"].id(),
        "LINES": layers["lines"].id(),
        "FACTION_FIELD": "faction",
        "TARGET_FACTION": "isis",
        "LABEL_FIELD": "location",
        "CONTROL_SOURCE": "illustrative hand-drawn approximation (StrikeCheck sample)",
        "STRIKES_SOURCE": "ISW, 30 Sep - 1 Oct 2015 (town centres)",
    }
    exported = run(
        "strikecheck:exportmap",
        {
            **common,
            "TITLE": "Russian Airstrikes",
            "DATE": "2015-09-30",
            "OUTPUT_PDF": str(OUT / "strike_map.pdf"),
            "OUTPUT_PNG": str(OUT / "strike_map.png"),
        },
    )
    report = run(
        "strikecheck:report",
        {
            **common,
            "MAP_IMAGE": exported["OUTPUT_PNG"],
            "TITLE": "Russian airstrikes in Syria, 30 September 2015",
            "OUTPUT_HTML": str(OUT / "report.html"),
            "OUTPUT_PDF": str(OUT / "report.pdf"),
        },
    )

    print()
    header = (
        f"{'site':<18}{'controlled by':<15}{'ISIS km':>9}{'front km':>10}  {'across':<9}"
        f"{'certain':<9}nearest other"
    )
    print(header)
    print("-" * len(header))
    for f in rows:
        held = f["controlled_by"] if f["controlled_by"] not in (None, "NULL") else "nobody"
        other = f"{f['nearest_other']} ({f['nearest_other_km']:.1f} km)"
        certain = {True: "yes", False: "no"}.get(f["controlled_by_certain"], "-")
        print(
            f"{f['location']:<18}{str(held):<15}{f['dist_isis_km']:>9.1f}"
            f"{f['front_km']:>10.1f}  {str(f['front_faction']):<9}{certain:<9}{other}"
        )
    homs_hama = [f for f in rows if f["admin1"] in ("Homs", "Hama")]
    print()
    print(
        "All sites:       "
        + verdict(
            [f["controlled_by"] for f in rows], [f["dist_isis_km"] for f in rows], "isis", "ISIS"
        )
    )
    print(
        "Homs and Hama:   "
        + verdict(
            [f["controlled_by"] for f in homs_hama],
            [f["dist_isis_km"] for f in homs_hama],
            "isis",
            "ISIS",
        )
    )
    print(
        "Uncertainty:     "
        + uncertainty_sentence(
            [
                f["controlled_by_certain"] if isinstance(f["controlled_by_certain"], bool) else None
                for f in rows
            ]
        )
        + " (town-centre positions, ACLED-style geo_precision radii)"
    )
    print("\nOutputs:")
    for label, path in (
        ("strikes (imported)", strikes["OUTPUT"]),
        ("control map (imported)", control["OUTPUT"]),
        ("analysis", result["OUTPUT"]),
        ("lines to nearest territory", result["LINES"]),
        ("map (PDF)", exported["OUTPUT_PDF"]),
        ("map (PNG)", exported["OUTPUT_PNG"]),
        ("report (HTML)", report["OUTPUT_HTML"]),
        ("report (PDF)", report["OUTPUT_PDF"]),
    ):
        print(f"  {label:<28}{path}")
    project.clear()


if __name__ == "__main__":
    main()
