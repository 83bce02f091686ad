"""The plugin loads into QGIS, registers its provider, and unloads without leaving it behind."""

from qgis.core import QgsApplication


def test_load_and_unload_twenty_times(strikecheck_plugin, qgis_iface):
    import strikecheck

    registry = QgsApplication.processingRegistry()
    strikecheck_plugin.unload()  # the session's instance steps aside for the test
    for _ in range(20):
        plugin = strikecheck.classFactory(qgis_iface)
        plugin.initGui()
        assert registry.providerById("strikecheck") is not None
        assert registry.algorithmById("strikecheck:nearestfaction") is not None
        plugin.unload()
        assert registry.providerById("strikecheck") is None
    strikecheck_plugin.initProcessing()


def test_metadata_is_complete():
    import configparser
    from pathlib import Path

    meta = configparser.ConfigParser()
    meta.read(Path(__file__).resolve().parents[1] / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    for key in (
        "name",
        "qgisMinimumVersion",
        "description",
        "about",
        "version",
        "author",
        "email",
        "repository",
        "tracker",
        "homepage",
        "tags",
        "icon",
        "changelog",
    ):
        assert general.get(key), key
    assert general["name"] == "StrikeCheck"
    assert general["qgisMinimumVersion"] == "3.22" and general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"
    assert (Path(__file__).resolve().parents[1] / general["icon"]).exists()
