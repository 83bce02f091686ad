"""strikecheck:exportmap: the layout's items, and the PDF, PNG and SVG files it writes."""

import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutItemLabel,
    QgsLegendRenderer,
    QgsProcessingException,
    QgsProject,
)
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtGui import QImage

from strikecheck.plugin.compat import DISTANCE_KM
from strikecheck.plugin.core.summary import verdict
from strikecheck.plugin.layouts import template as t
from tests.layers import memory_layer

ALG = "strikecheck:exportmap"
# Strikes near Homs and Hama, as strikecheck:nearestfaction would have written them.
STRIKES = [
    ("POINT(36.7333 34.8333)", [1, "Talbiseh", "rebel", 43.1, 0.9, "high"]),
    ("POINT(36.733 34.917)", [2, "Ar-Rastan", "rebel", 43.4, 1.5, "low"]),
    ("POINT(36.6225 35.32083)", [3, "Al-Lataminah", "rebel", 57.0, 6.0, None]),
    ("POINT(36.317605 35.812585)", [4, "Jisr al-Shughur", "jn", 101.0, 20.0, None]),
]
CONTROL = [
    ("POLYGON((35.8 34.0,37.0 34.0,37.0 35.1,35.8 35.1,35.8 34.0))", ["regime"]),
    ("POLYGON((36.5 34.75,36.9 34.75,36.9 35.0,36.5 35.0,36.5 34.75))", ["rebel"]),
    ("POLYGON((36.2 35.1,36.9 35.1,36.9 35.6,36.2 35.6,36.2 35.1))", ["rebel"]),
    ("POLYGON((36.0 35.6,36.9 35.6,36.9 36.1,36.0 36.1,36.0 35.6))", ["jn"]),
    ("POLYGON((37.3 34.0,39.0 34.0,39.0 36.0,37.3 36.0,37.3 34.0))", ["isis"]),
]


def results_layer():
    fields = [
        "strike_id:integer",
        "site:string",
        "controlled_by:string",
        "dist_isis_km:double",
        "dist_regime_km:double",
        "confidence:string",
        "date:date",
    ]
    rows = [(wkt, [*attrs, QDate(2015, 9, 30)]) for wkt, attrs in STRIKES]
    return memory_layer("Point", "EPSG:4326", fields, rows, "Analysed strikes")


def control_layer():
    return memory_layer("Polygon", "EPSG:4326", ["faction:string"], CONTROL, "Control")


def lines_layer():
    rows = [
        ("LINESTRING(36.7333 34.8333, 37.3 34.9)", [1, "isis", 43.1]),
        ("LINESTRING(36.7333 34.8333, 36.7 34.8)", [1, "regime", 0.9]),
    ]
    return memory_layer(
        "LineString",
        "EPSG:4326",
        ["strike_id:integer", "faction:string", "km:double"],
        rows,
        "Lines",
    )


@pytest.fixture()
def layers():
    made = {"STRIKES": results_layer(), "CONTROL": control_layer(), "LINES": lines_layer()}
    QgsProject.instance().addMapLayers(list(made.values()))
    yield made
    manager = QgsProject.instance().layoutManager()
    for layout in manager.printLayouts():
        manager.removeLayout(layout)
    QgsProject.instance().removeAllMapLayers()


def run_export(run_alg, layers, **extra):
    parameters = {
        **layers,
        "TARGET_FACTION": "isis",
        "TITLE": "Russian Airstrikes",
        "DATE": "30 SEPT 2015",
        "LABEL_FIELD": "site",
        "CONTROL_SOURCE": "test control",
        "STRIKES_SOURCE": "test strikes",
    }
    parameters.update(extra)
    return run_alg(ALG, parameters)


def label_text(item):
    return item.text() if isinstance(item, QgsLayoutItemLabel) else None


def test_layout_items(run_alg, layers):
    result = run_export(run_alg, layers)
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"])
    assert layout is not None, "the layout is in the project's layout manager"
    items = t.items_by_id(layout)
    assert set(t.ITEM_IDS) <= set(items)
    assert label_text(items[t.TITLE]) == "Russian Airstrikes 30 SEPT 2015"
    credits = label_text(items[t.CREDITS])
    assert credits.startswith("Control: test control; Strikes: test strikes; Analysis: StrikeCheck")
    expected = (
        verdict(["rebel", "rebel", "rebel", "jn"], [43.1, 43.4, 57.0, 101.0], "isis", "ISIS") + "."
    )
    assert label_text(items[t.SUMMARY]) == expected == result["SUMMARY"]

    legend = items[t.LEGEND]
    assert legend.title() == "KEY"
    model = legend.model()
    shown = []
    for node in model.rootGroup().findLayers():
        shown += [n.data(0) for n in model.layerLegendNodes(node)]
    assert {"Regime Control", "Rebel Control", "JN Control"} <= set(shown)
    assert "Distance to nearest ISIS territory" in shown

    scalebar = items[t.SCALEBAR]
    assert scalebar.units() == DISTANCE_KM and scalebar.unitLabel() == "km"

    main = items[t.MAIN_MAP]
    assert main.crs().isValid() and not main.crs().isGeographic()
    to_map = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), main.crs(), QgsProject.instance()
    )
    extent = main.extent()
    for feature in layers["STRIKES"].getFeatures():
        point = to_map.transform(feature.geometry().asPoint())
        assert extent.contains(point), feature["site"]
    strikes_box = to_map.transformBoundingBox(layers["STRIKES"].extent())
    # Framed on the strikes (and the line to ISIS): not the whole country.
    assert extent.width() < 4 * max(strikes_box.width(), strikes_box.height(), 60_000)
    assert items[t.LOCATOR_MAP].overviews().size() == 1
    # The layers it shows are in the project, so the layout survives save and reload.
    for layer in main.layers():
        assert QgsProject.instance().mapLayer(layer.id()) is not None


def test_a_continental_map_is_equal_area_centred_on_its_strikes(run_alg, layers):
    """Strikes from Kyiv to the Kurils: the centre's UTM zone drew South America over Siberia
    (labelled COLOMBIA); an equal-area projection centred on the strikes shows every one."""
    far = [
        ("POINT(30.5 50.4)", [1, "Kyiv", "", None, None, "high"]),
        ("POINT(147.7 44.0)", [2, "Iturup", "", None, None, "low"]),
    ]
    fields = [
        "strike_id:integer",
        "site:string",
        "controlled_by:string",
        "dist_isis_km:double",
        "dist_regime_km:double",
        "confidence:string",
    ]
    strikes = memory_layer("Point", "EPSG:4326", fields, far, "Far strikes")
    QgsProject.instance().addMapLayer(strikes)
    result = run_alg(ALG, {"STRIKES": strikes, "TITLE": "Far apart"})
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"])
    main = t.items_by_id(layout)[t.MAIN_MAP]
    proj = main.crs().toProj()
    assert "+proj=laea" in proj and "+lon_0=89.1" in proj, proj
    to_map = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), main.crs(), QgsProject.instance()
    )
    for feature in strikes.getFeatures():
        assert main.extent().contains(to_map.transform(feature.geometry().asPoint()))
    regional = t.items_by_id(
        QgsProject.instance().layoutManager().layoutByName(run_export(run_alg, layers)["LAYOUT"])
    )[t.MAIN_MAP]
    assert regional.crs().authid() == "EPSG:32637"


def test_long_key_entries_wrap_inside_the_legend_box(run_alg, layers):
    # Translations and a map's own faction names run longer than 'Rebel Control': the KEY
    # breaks them onto more lines rather than running past its frame.
    long_name = "Forces loyal to the Government of National Accord and allied tribal militias"
    control = layers["CONTROL"]
    control.startEditing()
    for feature in control.getFeatures():
        if feature["faction"] == "jn":
            control.changeAttributeValue(feature.id(), 0, long_name)
    control.commitChanges()
    result = run_export(run_alg, layers)
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"])
    legend = t.items_by_id(layout)[t.LEGEND]
    model = legend.model()
    shown = []
    for node in model.rootGroup().findLayers():
        shown += [n.data(0) for n in model.layerLegendNodes(node)]
    wrapped = [text for text in shown if text.replace("\n", " ") == long_name]
    assert wrapped and wrapped[0].count("\n") >= 1, shown
    needed = QgsLegendRenderer(model, legend.legendSettings()).minimumSize().width()
    assert needed <= legend.sizeWithUnits().width() + 0.5


def test_pdf_png_svg(run_alg, layers, tmp_path):
    out = {
        "OUTPUT_PDF": str(tmp_path / "m.pdf"),
        "OUTPUT_PNG": str(tmp_path / "m.png"),
        "OUTPUT_SVG": str(tmp_path / "m.svg"),
    }
    run_export(run_alg, layers, DPI=100, ADD_TO_PROJECT=False, **out)
    info = subprocess.run(["pdfinfo", out["OUTPUT_PDF"]], capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    assert "842 x 595" in info  # A4 landscape, in points
    image = QImage(out["OUTPUT_PNG"])
    # 297 x 210 mm at 100 dpi (QGIS rounds down).
    assert (image.width(), image.height()) == (int(297 / 25.4 * 100), int(210 / 25.4 * 100))
    colours, inked = set(), 0
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 7):
            pixel = image.pixel(x, y) & 0xFFFFFF
            colours.add(pixel)
            inked += pixel != 0xFFFFFF
    assert len(colours) > 20
    assert inked > 0.4 * (image.width() // 7) * (image.height() // 7)
    root = ET.parse(out["OUTPUT_SVG"]).getroot()
    assert root.tag.endswith("svg") and root.attrib["width"].startswith("296.9")


def test_a3_portrait(run_alg, layers, tmp_path):
    pdf, png = tmp_path / "a3.pdf", tmp_path / "a3.png"
    run_export(
        run_alg,
        layers,
        PAPER="A3",
        ORIENTATION="portrait",
        DPI=50,
        OUTPUT_PDF=str(pdf),
        OUTPUT_PNG=str(png),
        ADD_TO_PROJECT=False,
    )
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "842 x 1191" in info
    image = QImage(str(png))
    assert (image.width(), image.height()) == (int(297 / 25.4 * 50), int(420 / 25.4 * 50))


def test_date_read_from_the_strikes(run_alg, layers):
    # A date read from the strikes follows the title after a dash; one given by hand (as in
    # test_layout_items) follows it as ISW writes it.
    result = run_export(run_alg, layers, DATE="")
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"])
    assert label_text(t.items_by_id(layout)[t.TITLE]) == "Russian Airstrikes \u2014 30 SEPT 2015"


def test_plain_strikes_with_a_target_is_a_sentence(run_alg, layers):
    plain = memory_layer(
        "Point", "EPSG:4326", ["site:string"], [("POINT(36.7 34.8)", ["Talbiseh"])], "plain"
    )
    with pytest.raises(QgsProcessingException, match="strikecheck:nearestfaction"):
        run_export(run_alg, {**layers, "STRIKES": plain, "LINES": None}, LABEL_FIELD=None)


def test_nothing_to_do_is_a_sentence(run_alg, layers):
    with pytest.raises(QgsProcessingException, match="Nothing to do"):
        run_export(run_alg, layers, ADD_TO_PROJECT=False)


def test_own_template_with_fewer_items(run_alg, layers, tmp_path):
    from strikecheck.plugin.layouts.design import build_template_layout, save_template

    layout = build_template_layout(QgsProject.instance())
    items = t.items_by_id(layout)
    for item_id in (t.LEGEND, t.LOCATOR_MAP):
        layout.removeLayoutItem(items[item_id])
    path = tmp_path / "mine.qpt"
    save_template(layout, path)
    result = run_export(
        run_alg, layers, TEMPLATE=str(path), OUTPUT_PNG=str(tmp_path / "m.png"), DPI=50
    )
    made = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"])
    assert t.LEGEND not in t.items_by_id(made) and t.TITLE in t.items_by_id(made)
    layout.removeLayoutItem(t.items_by_id(layout)[t.MAIN_MAP])
    save_template(layout, path)
    with pytest.raises(QgsProcessingException, match="no map item with id 'main_map'"):
        run_export(run_alg, layers, TEMPLATE=str(path), OUTPUT_PNG=str(tmp_path / "n.png"))
