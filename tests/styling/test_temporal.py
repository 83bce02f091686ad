"""Temporal Controller settings from strikecheck:applystyle: for a day, QGIS's own temporal filter
keeps that day's strikes and exactly the control snapshot in force (plus undated features)."""

import pytest
from qgis.core import (
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from tests.recording import RecordingFeedback
from tests.time_maps import control_layer, strikes_layer

ALG = "strikecheck:applystyle"


@pytest.fixture()
def styled(run_alg):
    control, strikes = control_layer(), strikes_layer(600)
    QgsProject.instance().addMapLayers([control, strikes])
    feedback = RecordingFeedback()
    run_alg(ALG, {"LAYER": control, "ROLE": "control", "PRESET": "ukraine"}, feedback)
    run_alg(ALG, {"LAYER": strikes, "ROLE": "strikes"}, feedback)
    yield control, strikes, feedback
    QgsProject.instance().removeAllMapLayers()


def day_range(first, last=None):
    """From midnight of `first` to midnight after `last` (as a one-day controller step)."""
    last = last or first
    return QgsDateTimeRange(
        QDateTime(first, QTime(0, 0)), QDateTime(last.addDays(1), QTime(0, 0)), True, False
    )


def kept(layer, frame):
    """The features QGIS's temporal filter keeps for the frame."""
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    expression = layer.temporalProperties().createFilterString(context, frame)
    return list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))


@pytest.mark.parametrize(
    "day, snapshot",
    [
        (QDate(2022, 9, 1), QDate(2022, 9, 1)),
        (QDate(2022, 9, 30), QDate(2022, 9, 1)),
        (QDate(2022, 10, 1), QDate(2022, 10, 1)),
        (QDate(2022, 10, 17), QDate(2022, 10, 1)),
        (QDate(2023, 3, 1), QDate(2022, 11, 1)),
    ],
)
def test_the_control_snapshot_in_force_on_a_day(styled, day, snapshot):
    control, _, _ = styled
    assert control.temporalProperties().isActive()
    # The project's range spans the layer's; the controller steps through it a day at a time.
    QgsProject.instance().timeSettings().setTemporalRange(
        day_range(QDate(2022, 9, 1), QDate(2023, 3, 1))
    )
    features = kept(control, day_range(day))
    dates = [f["valid_from"] for f in features]
    assert sorted(d for d in dates if d) == [snapshot] * 3, dates
    assert sum(1 for d in dates if not d) == 1, "undated Crimea is always shown"


def test_before_the_first_snapshot_only_undated_control(styled):
    control, _, _ = styled
    assert [f["faction"] for f in kept(control, day_range(QDate(2022, 8, 1)))] == [
        "russia_occupied"
    ]


def test_strikes_on_their_day(styled):
    _, strikes, feedback = styled
    day = QDate(2022, 10, 17)
    expected = sorted(f["strike_id"] for f in strikes.getFeatures() if f["date"] == day)
    assert expected, "the fixture has strikes that day"
    assert sorted(f["strike_id"] for f in kept(strikes, day_range(day))) == expected
    # A frame inside the day (noon to 1 pm) still shows the day's strikes.
    noon = QgsDateTimeRange(QDateTime(day, QTime(12, 0)), QDateTime(day, QTime(13, 0)))
    assert sorted(f["strike_id"] for f in kept(strikes, noon)) == expected
    week = day_range(day, day.addDays(6))
    assert len(kept(strikes, week)) == sum(
        1 for f in strikes.getFeatures() if day <= f["date"] <= day.addDays(6)
    )
    assert any("each strike is shown on the day of its date" in i for i in feedback.infos)
    assert any("each of the 3 control snapshots" in i for i in feedback.infos)


def test_undated_layers_get_no_temporal_settings(run_alg):
    from tests.layers import memory_layer

    layer = memory_layer("Point", "EPSG:4326", ["confidence:string"], [("POINT(36 34)", ["high"])])
    QgsProject.instance().addMapLayer(layer)
    try:
        run_alg(ALG, {"LAYER": layer, "ROLE": "strikes"})
        assert not layer.temporalProperties().isActive()
    finally:
        QgsProject.instance().removeAllMapLayers()
