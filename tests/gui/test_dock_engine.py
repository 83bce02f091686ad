"""The panel's Engine choice reaches strikecheck:nearestfaction as ENGINE."""

from tests.gui.test_dock import open_dock, plugin, sample_layers  # noqa: F401 (fixtures)


def test_engine_choice_is_passed_to_the_analysis(plugin, sample_layers):  # noqa: F811
    dock = open_dock(plugin, *sample_layers)
    engines = [dock.engineCombo.itemData(i) for i in range(dock.engineCombo.count())]
    assert engines == ["auto", "local", "database"]
    assert dock.analysis_parameters()["ENGINE"] == "auto"
    dock.engineCombo.setCurrentIndex(engines.index("database"))
    assert dock.analysis_parameters()["ENGINE"] == "database"
    # Remembered for the next session, like the panel's other choices.
    from strikecheck.plugin.gui import settings

    assert settings.value("engine") == "database"
    dock.engineCombo.setCurrentIndex(0)
