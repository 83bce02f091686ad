"""`make demo`: the main job on the bundled sample data, headless, with the verdict printed."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
OUT = ROOT / "output" / "demo"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from qgis_app import start_qgis  # noqa: E402


def strikes_uri():
    path = SAMPLE / "strikes_2015-09-30.csv"
    return f"file://{path}?type=csv&xField=longitude&yField=latitude&crs=EPSG:4326&detectTypes=yes"


def main():
    app, plugin = start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    from strikecheck.plugin.core.summary import verdict

    OUT.mkdir(parents=True, exist_ok=True)
    strikes = QgsVectorLayer(strikes_uri(), "strikes", "delimitedtext")
    control = str(SAMPLE / "control_2015-09.geojson")
    result = processing.run(
        "strikecheck:nearestfaction",
        {
            "STRIKES": strikes,
            "CONTROL": control,
            "FACTION_FIELD": "faction",
            "OUTPUT": str(OUT / "strikes_nearest_faction.gpkg"),
            "LINES": str(OUT / "lines_to_nearest_territory.gpkg"),
        },
    )
    layer = QgsVectorLayer(result["OUTPUT"], "result", "ogr")
    rows = sorted(layer.getFeatures(), key=lambda f: f["strike_id"])
    print("\nStrikeCheck demo: first Russian airstrikes in Syria, 30 September 2015")
    print("(sample control map: an illustrative approximation, not ISW data)\n")
    header = f"{'site':<18}{'controlled by':<15}{'ISIS km':>9}{'regime km':>11}  nearest other"
    print(header)
    print("-" * len(header))
    for f in rows:
        other = f"{f['nearest_other']} ({f['nearest_other_km']:.1f} km)"
        print(
            f"{f['site']:<18}{str(f['controlled_by']):<15}{f['dist_isis_km']:>9.1f}"
            f"{f['dist_regime_km']:>11.1f}  {other}"
        )
    print()
    print(verdict([f["controlled_by"] for f in rows], [f["dist_isis_km"] for f in rows], "isis",
                  "ISIS"))
    print(f"\nResults: {result['OUTPUT']}\nLines:   {result['LINES']}")
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()
