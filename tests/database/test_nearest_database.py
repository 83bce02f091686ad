"""strikecheck:nearestfaction with ENGINE=database on a real PostGIS, against the local engine."""

import processing
import pytest
from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from tests.database.tables import (
    assert_same_answers,
    create_table,
    indexes_of,
    layer,
    plain,
    table_exists,
)
from tests.layers import rows_by
from tests.processing.test_nearest_faction import EAST, HOLED_WEST, OVERLAP, STRIKES
from tests.recording import RecordingFeedback

ALG = "strikecheck:nearestfaction"
MIXED = [
    ("POLYGON((0 0,1 0,1 1,0 1,0 0))", ["isis+jn+rebel"]),
    ("POLYGON((3 0,4 0,4 1,3 1,3 0))", ["isis"]),
    ("POLYGON((5 0,6 0,6 1,5 1,5 0))", ["regime"]),
]


def load_hand_checkable(db, control="control", strikes="strikes", index=True):
    """The local engine's hand-checkable map (hole, shared border, overlap, far, multipart) and
    the mixed class, as PostGIS tables."""
    rows = [(HOLED_WEST, ["west"]), (EAST, ["east"]), (OVERLAP, ["overlap"])]
    rows = [(wkt, [i + 1, *v]) for i, (wkt, v) in enumerate(rows)]
    fields = [("fid", "integer"), ("faction", "text")]
    create_table(db, control, "Polygon", fields, rows, key="fid", index=index)
    points = [(None if wkt is None else _multi(wkt), v) for wkt, v in STRIKES]
    fields = [("id", "integer"), ("name", "text")]
    create_table(db, strikes, "MultiPoint", fields, points, index=index)


def _multi(wkt):
    return f"MULTIPOINT({wkt[6:-1]})" if wkt.startswith("POINT(") else wkt


def run(run_alg, strikes, control, feedback=None, **extra):
    params = {"STRIKES": strikes, "CONTROL": control, "FACTION_FIELD": "faction"}
    params.update({"OUTPUT": "TEMPORARY_OUTPUT"}, **extra)
    return run_alg(ALG, params, feedback)


def both(run_alg, strikes, control, **extra):
    feedback = RecordingFeedback()
    database = run(run_alg, strikes, control, feedback, ENGINE="database", **extra)["OUTPUT"]
    assert "Engine: database" in feedback.text()
    local = run(run_alg, strikes, control, ENGINE="local", **extra)["OUTPUT"]
    return database, local, feedback


def test_hand_checkable_answers_equal_the_local_engine(run_alg, postgis, db):
    load_hand_checkable(db)
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    database, local, _ = both(run_alg, strikes, control)
    assert_same_answers(database, local)
    out = rows_by(database, "id")
    assert plain(out[1]["controlled_by"]) is None  # in the hole
    assert out[2]["controlled_by"] == "east+west"  # on the shared border
    assert out[3]["controlled_by"] == "east+overlap"  # in two overlapping factions
    assert out[5]["nearest_other"] == "overlap"  # far away
    assert out[6]["controlled_by"] == "east"  # multipart
    assert plain(out[7]["dist_west_km"]) is None  # no geometry: kept, NULL answers
    # With a precision, a faction subset and a distance limit too.
    database, local, _ = both(
        run_alg, strikes, control, PRECISION_KM=20.0, FACTIONS="west;east", MAX_DISTANCE_KM=60
    )
    assert_same_answers(database, local)
    assert "possible_factions" in database.fields().names()


def test_mixed_classes_belong_to_each_member(run_alg, postgis, db):
    rows = [(wkt, [i, *v]) for i, (wkt, v) in enumerate(MIXED)]
    create_table(db, "mixed", "Polygon", [("fid", "integer"), ("faction", "text")], rows, key="fid")
    points = [("POINT(0.5 0.5)", [1]), ("POINT(2 0.5)", [2]), ("POINT(4.2 0.4)", [3])]
    create_table(db, "between", "Point", [("id", "integer")], points)
    database, local, _ = both(run_alg, layer(postgis, "between"), layer(postgis, "mixed", "fid"))
    assert_same_answers(database, local)
    out = rows_by(database, "id")
    assert out[1]["controlled_by"] == "isis+jn+rebel" and out[1]["nearest_other"] == "regime"
    assert {"dist_isis_km", "dist_jn_km", "dist_rebel_km"} <= set(database.fields().names())


def test_output_table_written_in_the_database(run_alg, postgis, db):
    load_hand_checkable(db)
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    uri = postgis.qgis_uri("answers", key="id")
    destination = "postgres:" + uri.uri(False)
    feedback = RecordingFeedback()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = {"STRIKES": strikes, "CONTROL": control, "FACTION_FIELD": "faction"}
    result = processing.run(
        ALG, {**parameters, "OUTPUT": destination}, context=context, feedback=feedback
    )
    assert "Engine: database" in feedback.text() and "one transaction" in feedback.text()
    # The result names the table the way Processing loads PostGIS layers (models, the GUI),
    # without the password; the run's context still opens it.
    shown = QgsDataSourceUri(uri.uri(False))
    shown.setPassword("")
    assert result["OUTPUT"] == "postgres://" + shown.uri(False)
    assert postgis.analyst_password not in str(result)
    from qgis.core import QgsProcessingUtils

    opened = QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)
    assert opened.isValid() and opened.featureCount() == len(STRIKES)
    written = QgsVectorLayer(uri.uri(False), "answers", "postgres")
    assert written.isValid() and written.featureCount() == len(STRIKES)
    local = run(run_alg, strikes, control, ENGINE="local")["OUTPUT"]
    assert_same_answers(written, local)
    # Run again: the table is replaced (as QGIS's own PostGIS output does), never appended to.
    run(run_alg, strikes, control, OUTPUT=destination)
    assert QgsVectorLayer(uri.uri(False), "again", "postgres").featureCount() == len(STRIKES)
    # QGIS's "Save to Database Table" form, naming its own geometry column.
    uri = postgis.qgis_uri("answers_2", geometry_column="the_geom", key="id")
    result = run(run_alg, strikes, control, OUTPUT="postgres://" + uri.uri(False))
    written = QgsVectorLayer(uri.uri(False), "answers_2", "postgres")
    assert written.isValid() and written.featureCount() == len(STRIKES)
    assert_same_answers(written, local)


def test_layers_from_views(run_alg, postgis, db):
    load_hand_checkable(db)
    with db.cursor() as cur:
        cur.execute("CREATE OR REPLACE VIEW strike_view AS SELECT * FROM strikes WHERE id <> 4")
        cur.execute("CREATE OR REPLACE VIEW control_view AS SELECT * FROM control")
    strikes, control = layer(postgis, "strike_view"), layer(postgis, "control_view", key="fid")
    database, local, _ = both(run_alg, strikes, control)
    assert_same_answers(database, local)
    assert 4 not in rows_by(database, "id")
    # The layer's own filter (its subset string) is applied as QGIS applies it.
    filtered = layer(postgis, "strikes", sql_filter='"id" IN (1, 2, 3)')
    database, local, _ = both(run_alg, filtered, control)
    assert sorted(rows_by(database, "id")) == [1, 2, 3]
    assert_same_answers(database, local)


def test_tables_without_spatial_index_are_left_alone(run_alg, postgis, db):
    load_hand_checkable(db, "control_bare", "strikes_bare", index=False)
    before = (indexes_of(db, "control_bare"), indexes_of(db, "strikes_bare"))
    strikes, control = layer(postgis, "strikes_bare"), layer(postgis, "control_bare", key="fid")
    database, local, _ = both(run_alg, strikes, control)
    assert_same_answers(database, local)
    # The spatial indexes the search needs were temporary: the user's tables are unchanged.
    assert (indexes_of(db, "control_bare"), indexes_of(db, "strikes_bare")) == before
    with db.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_class WHERE relname LIKE 'sc\\_%%'")
        assert cur.fetchone()[0] == 0


def test_a_faction_name_is_data_never_sql(run_alg, postgis, db):
    evil = "x'); DROP TABLE strikes; --"
    load_hand_checkable(db)
    with db.cursor() as cur:
        cur.execute("UPDATE control SET faction = %s WHERE faction = 'west'", (evil,))
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    database, local, _ = both(run_alg, strikes, control)
    assert_same_answers(database, local)
    assert table_exists(db, "strikes")
    out = rows_by(database, "id")
    assert out[2]["controlled_by"] == f"east+{evil}"
    assert "dist_x_drop_table_strikes_km" in database.fields().names()
    # Table and column names are quoted identifiers too.
    with db.cursor() as cur:
        cur.execute('ALTER TABLE control RENAME COLUMN faction TO "Side ""A"" --"')
        cur.execute('ALTER TABLE strikes RENAME TO "Strikes 2015"')
    strikes, control = layer(postgis, "Strikes 2015"), layer(postgis, "control", key="fid")
    database, local, _ = both(run_alg, strikes, control, FACTION_FIELD='Side "A" --')
    assert_same_answers(database, local)
    with db.cursor() as cur:
        cur.execute('ALTER TABLE "Strikes 2015" RENAME TO strikes')


def test_auto_uses_the_database_only_when_it_can_answer(run_alg, postgis, db):
    load_hand_checkable(db)
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    feedback = RecordingFeedback()
    run(run_alg, strikes, control, feedback)
    assert "Engine: database" in feedback.text()
    # Lines to the nearest territory are drawn locally: auto says so and runs locally.
    feedback = RecordingFeedback()
    result = run(run_alg, strikes, control, feedback, LINES="TEMPORARY_OUTPUT")
    assert "Engine: local (LINES" in feedback.text() and result["LINES"].featureCount() > 0
    # ENGINE=database refuses rather than give other answers.
    with pytest.raises(QgsProcessingException, match="LINES"):
        run(run_alg, strikes, control, ENGINE="database", LINES="TEMPORARY_OUTPUT")
    # Layers of different kinds: local, and the reason.
    from tests.processing.test_nearest_faction import control_layer

    feedback = RecordingFeedback()
    run(run_alg, strikes, control_layer(), feedback)
    assert "Engine: local (CONTROL is not a PostGIS layer)" in feedback.text()


def test_precision_field_and_projected_layers(run_alg, postgis, db):
    """Uncertainty discs from a precision column (NULLs take PRECISION_KM), a control table in
    UTM (WGS84 datum: transformed in the database), the same answers as the local engine."""
    load_hand_checkable(db)
    with db.cursor() as cur:
        cur.execute("ALTER TABLE strikes ADD COLUMN precision_km double precision")
        cur.execute("UPDATE strikes SET precision_km = id * 7.5 WHERE id % 2 = 1")
        cur.execute(
            "CREATE TABLE control_utm AS SELECT fid, faction, "
            "ST_Transform(geom, 32631)::geometry(Polygon, 32631) AS geom FROM control"
        )
        cur.execute("ALTER TABLE control_utm ADD PRIMARY KEY (fid)")
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control_utm", key="fid")
    database, local, _ = both(run_alg, strikes, control, PRECISION_KM=3.0)
    assert_same_answers(database, local)
    out = rows_by(database, "id")
    assert plain(out[2]["controlled_by_certain"]) is False  # on the border: two factions
    assert {plain(f["possible_factions"]) for f in database.getFeatures()} - {None}


def test_what_the_database_does_not_do_yet_runs_locally(run_alg, postgis, db):
    load_hand_checkable(db)
    with db.cursor() as cur:
        cur.execute("ALTER TABLE control ADD COLUMN valid_from date")
        cur.execute("UPDATE control SET valid_from = '2015-09-01'")
        cur.execute(
            "CREATE TABLE strikes_3857 AS SELECT id, name, "
            "ST_Transform(geom, 3857)::geometry(MultiPoint, 3857) AS geom FROM strikes"
        )
        cur.execute("ALTER TABLE strikes_3857 ADD PRIMARY KEY (id)")
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    feedback = RecordingFeedback()
    out = run(run_alg, strikes, control, feedback)["OUTPUT"]
    assert "Engine: local (the control map has dated snapshots ('valid_from')" in feedback.text()
    assert "snapshot_date" in out.fields().names()
    feedback = RecordingFeedback()
    run(run_alg, layer(postgis, "strikes_3857"), control, feedback, CONTROL_DATE_FIELD="fid")
    assert "not on the WGS84 datum" in feedback.text()


def test_a_geography_column(run_alg, postgis, db):
    load_hand_checkable(db)
    with db.cursor() as cur:
        cur.execute(
            "CREATE TABLE strikes_geog AS SELECT id, name, geom::geography AS geom FROM strikes"
        )
        cur.execute("ALTER TABLE strikes_geog ADD PRIMARY KEY (id)")
    strikes, control = layer(postgis, "strikes_geog"), layer(postgis, "control", key="fid")
    database, local, _ = both(run_alg, strikes, control)
    assert_same_answers(database, local)


def test_selected_strikes_only_run_locally(run_alg, postgis, db):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

    load_hand_checkable(db)
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    QgsProject.instance().addMapLayer(strikes)
    try:
        strikes.selectByExpression('"id" in (2, 4)')
        source = QgsProcessingFeatureSourceDefinition(strikes.id(), True)
        feedback = RecordingFeedback()
        out = run(run_alg, source, control, feedback)["OUTPUT"]
        assert "Engine: local (only selected" in feedback.text()
        assert sorted(f["id"] for f in out.getFeatures()) == [2, 4]
        # The panel's form without a selection: the whole table, in the database.
        feedback = RecordingFeedback()
        source = QgsProcessingFeatureSourceDefinition(strikes.id(), False)
        out = run(run_alg, source, control, feedback)["OUTPUT"]
        assert "Engine: database" in feedback.text() and out.featureCount() == len(STRIKES)
    finally:
        QgsProject.instance().removeMapLayer(strikes.id())


def test_a_strike_table_without_primary_key(run_alg, postgis, db):
    load_hand_checkable(db)
    with db.cursor() as cur:
        cur.execute("CREATE TABLE strikes_nokey AS SELECT * FROM strikes")
    strikes = layer(postgis, "strikes_nokey", key=None)
    control = layer(postgis, "control", key="fid")
    # Answers back to QGIS need a key to find each strike by: local, and why.
    feedback = RecordingFeedback()
    local = run(run_alg, strikes, control, feedback)["OUTPUT"]
    assert "no primary key" in feedback.text()
    # Written in the database, rows need no key.
    uri = postgis.qgis_uri("answers_nokey", key="id")
    feedback = RecordingFeedback()
    run(run_alg, strikes, control, feedback, OUTPUT="postgres://" + uri.uri(False))
    assert "Engine: database" in feedback.text()
    assert_same_answers(QgsVectorLayer(uri.uri(False), "answers", "postgres"), local)


def test_date_windows_run_locally_and_are_checked(run_alg, postgis, db):
    load_hand_checkable(db)
    with db.cursor() as cur:
        cur.execute("ALTER TABLE control ADD COLUMN valid_from date")
        cur.execute("UPDATE control SET valid_from = '2015-09-01'")
        cur.execute("ALTER TABLE strikes ADD COLUMN date date, ADD COLUMN date_end date")
        cur.execute("UPDATE strikes SET date = '2015-09-02', date_end = '2015-09-09'")
    strikes, control = layer(postgis, "strikes"), layer(postgis, "control", key="fid")
    feedback = RecordingFeedback()
    out = run(run_alg, strikes, control, feedback)["OUTPUT"]
    assert "Engine: local (the control map has dated snapshots ('valid_from')" in feedback.text()
    assert "strikes are dated over a window of days" in feedback.text()
    assert "controlled_by_certain" in out.fields().names()
    with pytest.raises(QgsProcessingException, match="time-aware runs are local"):
        run(run_alg, strikes, control, ENGINE="database")
