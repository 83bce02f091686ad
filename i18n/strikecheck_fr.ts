<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>NearestFactionAlgorithm</name>
    <message>
      <location filename="../plugin/processing/nearest_inputs.py" line="76" />
      <source>Every value of field '{field}' in the control layer is empty (NULL), so no feature says which faction holds it; choose the field that holds faction names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_inputs.py" line="47" />
      <source>Field '{field}' not found in layer; fields: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_inputs.py" line="86" />
      <source>Field '{field}' of the control layer holds no date: one static map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_inputs.py" line="66" />
      <source>Reading the control map...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_inputs.py" line="92" />
      <source>Reading the strikes...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_inputs.py" line="72" />
      <source>The control layer is empty: there is no territory to measure against.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StrikeCheck</name>
    <message>
      <location filename="../plugin/processing/import_control.py" line="418" />
      <source>'{raw}' ({n} features): unrecognised, kept as {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="410" />
      <source>(none: all undated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="528" />
      <source>... and {n} more rejected rows (see ERRORS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="47" />
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="35" />
      <source>&lt;p&gt;Gives a layer the ISW-like look of published conflict maps, with colours and legend labels ('Regime Control', 'ISIS Control', ...) from a faction preset. &lt;b&gt;Only the layer's style changes, never its data&lt;/b&gt;; undo it with the layer's Properties &amp;gt; Symbology.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: the layer to style (a layer of the project, or a file when QML_FILE saves the style).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = territorial control (fills per faction, mixed classes hatched in their members' colours, front lines as heavy lines, town points as dots with a ring when STATUS_FIELD says besieged or contested); strikes = starbursts by High-Confidence / Low-Confidence reporting; results = the output of strikecheck:nearestfaction, starbursts coloured by controlled_by; lines = lines to nearest territory, dashed and labelled '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic, or your own preset in the QGIS profile's strikecheck/presets folder; PRESET_FILE (advanced) takes a .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: optional; a palette of the preset, e.g. isw-like or wikipedia (default: the preset's own default).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; the field naming the faction (default: 'faction' for control and lines, 'controlled_by' for results). Values may be codes, labels or any alias the preset knows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: optional, strikes; default 'confidence' with values high / low (anything else is drawn as an unrated report).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional; results are labelled with their distance to this faction (field dist_&amp;lt;faction&amp;gt;_km), lines show only the lines to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; strikes and results are labelled with it (e.g. the place name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: optional; control points whose value is besieged, siege, encircled or contested get a ring.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: optional; also save the style as a .qml file.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="59" />
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="62" />
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. One output feature per input feature; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature, with these fields first:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="85" />
      <source>&lt;p&gt;Turns a table of strikes as analysts receive it (an ACLED export, an Airwars-style table, a hand-typed CSV, a KML from a map service) into a clean StrikeCheck point layer in WGS84, and lists every row that could not become a strike with its line number and the reason. Nothing is dropped silently.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a file (CSV, TSV or semicolon-separated text; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) or any layer. Text files are read by StrikeCheck itself so that every line can be reported: UTF-8 with or without BOM, UTF-16, or Windows-1252 (Western European) when that is unambiguous; anything else is refused with a message rather than read as garbled text. The delimiter is found by itself. A loaded delimited-text layer is read from its file the same way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: optional; the latitude and longitude columns (decimal degrees, decimal commas, N/S/E/W letters or degrees-minutes-seconds). Found by name when empty: latitude/lat/y and longitude/lon/lng/long/x in any case, ACLED's included.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: optional; a column holding WKT points ('POINT (36.3 35.8)') or 'lat, lon' text ('35.8126, 36.3176', as Airwars writes it). Found by name or content when no latitude/longitude columns exist. Without any of these the layer's point geometry is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: optional QGIS expression over the input's own columns; rows for which it is false are left out (counted in the log, not errors). Empty: ACLED exports keep only sub_event_type = 'Air/drone strike', other inputs keep every row. Write TRUE to keep every row of an ACLED export.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date column (found by name when empty: event_date, date, ...). Reads 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: for dd/mm/yyyy versus mm/dd/yyyy. 'Detect' decides once for the whole column from dates that can only be read one way, and stops with a message when nothing decides it; it never guesses row by row.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional; found by name when empty (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: optional 'value=high;value=low' pairs for confidence values other than high/low (e.g. Airwars gradings: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: how far, in km, a strike may be from its coordinates for each precision code or word, e.g. ACLED geo_precision 1 (the town), 2 (near a town), 3 (a region or provincial capital). Default: {precision}. These distances are StrikeCheck's assumption, not ACLED's or Airwars'. A precision column whose name ends in km is taken as kilometres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: optional area where the strikes should be; rows outside it are rejected, and a whole column of exchanged latitude/longitude is detected by it even where both stay within ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: optional encoding of a text file (e.g. windows-1256 for Arabic Windows text); empty: detected.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with &lt;b&gt;strike_id&lt;/b&gt; (text: the id column, or the line number / feature id), &lt;b&gt;date&lt;/b&gt; (date or NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low or NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, then every original column with its values untouched (empty cells of a text file become NULL). An original column whose name clashes with one of these is kept as &amp;lt;name&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: a table of the rows that could not become strikes: &lt;b&gt;line&lt;/b&gt; (line number in a text file, row in a spreadsheet), &lt;b&gt;feature_id&lt;/b&gt; (feature id in a layer; not named fid, which GeoPackage reserves), &lt;b&gt;reason&lt;/b&gt; (e.g. 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") and &lt;b&gt;raw&lt;/b&gt; (the row as written).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A whole column of exchanged latitude and longitude (latitudes beyond ±90 while every longitude is within ±90) is detected and read the other way round, with a warning; columns you choose yourself are used as given.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="41" />
      <source>&lt;p&gt;Writes a report of an analysis: the finding in one sentence, the map, strikes by controlling faction, the distance to the target faction, strikes per week by controlling faction (when the strikes have dates), and a strike-by-strike table. HTML (charts and map as PNG files in a folder beside it) and, optionally, a PDF made by Qt itself: no browser or web service. Your layers' styles are left as they were.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the output of strikecheck:nearestfaction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding and the distance chart are about it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; names the strikes in the table (default: a field called site, location, name, place or town).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;, &lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; with CONTROL the report draws its map as strikecheck:exportmap does. &lt;b&gt;MAP_IMAGE&lt;/b&gt; puts an existing PNG (e.g. exportmap's) in the report instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PALETTE&lt;/b&gt;: colours and names of the factions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;, &lt;b&gt;NOTE&lt;/b&gt;, &lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the report's words and its sources.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_HTML&lt;/b&gt;, &lt;b&gt;OUTPUT_PDF&lt;/b&gt;: the files to write.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:report -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis OUTPUT_HTML=report.html OUTPUT_PDF=report.pdf&lt;/pre&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="99" />
      <source>Across the front</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="196" />
      <source>Actor column (empty: find it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="231" />
      <source>Add the layout to the project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="188" />
      <source>All {n} dated strikes fall in one week (starting Monday {day}): no weekly chart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="67" />
      <source>Analysed strikes (output of Nearest faction)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="20" />
      <source>Analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="95" />
      <source>Analysis: StrikeCheck</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="21" />
      <source>Apply StrikeCheck style</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="223" />
      <source>Area where strikes are expected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="363" />
      <source>Cancelled: nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="99" />
      <source>Certain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="77" />
      <source>Colours from preset '{preset}', palette '{palette}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="98" />
      <source>Confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="196" />
      <source>Confidence column (empty: find it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="208" />
      <source>Confidence values to map, e.g. Fair=high;Weak=low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="181" />
      <source>Control map (canonical)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="112" />
      <source>Control map (polygons, lines or points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="93" />
      <source>Control: {source}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="44" />
      <source>Controlled by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="99" />
      <source>Could also be</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="130" />
      <source>Could not save the style to {path}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="225" />
      <source>Country of the inset (empty: found)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="96" />
      <source>Country outlines: Natural Earth (bundled with QGIS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="95" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="175" />
      <source>Date column (empty: find it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="278" />
      <source>Date field '{field}' not found in the control layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="161" />
      <location filename="../plugin/processing/import_strikes.py" line="183" />
      <source>Day first (dd/mm/yyyy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="161" />
      <location filename="../plugin/processing/import_strikes.py" line="183" />
      <source>Day/month order of numeric dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="161" />
      <location filename="../plugin/processing/import_strikes.py" line="183" />
      <source>Detect from the whole column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="215" />
      <source>Distance in km for each precision code or word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="145" />
      <source>Distance to nearest {name} territory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="159" />
      <source>Distance to the nearest {name} territory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="207" />
      <source>Draw strikes by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="41" />
      <source>Edit to override the preset for this value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="29" />
      <source>Export strike map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="29" />
      <source>Faction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="127" />
      <source>Faction field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="119" />
      <source>Faction field (empty: find it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="126" />
      <location filename="../plugin/processing/report.py" line="103" />
      <source>Faction field of the control layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="127" />
      <source>Faction preset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="37" />
      <source>Faction preset (colours and legend labels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="303" />
      <source>Faction(s) {unknown} are not in the control layer's faction field; values present: {present}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="429" />
      <source>Factions in the control map: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="132" />
      <source>Factions to measure, separated by ';' (empty: all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="89" />
      <source>Field '{field}' not found in layer '{layer}'; choose the field that holds {what} (fields: {names}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="203" />
      <location filename="../plugin/processing/nearest_faction.py" line="283" />
      <source>Field '{field}' not found in the control layer; choose the field that holds faction names (fields: {names}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="197" />
      <location filename="../plugin/processing/report.py" line="147" />
      <source>Finding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="226" />
      <source>For every strike StrikeCheck finds the faction(s) whose territory on the control map contains it, and the geodesic distance (WGS84 ellipsoid) to the nearest point of each faction's territory; 0 km means inside. The control map's accuracy bounds the answer: a strike a few km from a front line may fall on either side of it. Where the strikes carry a location precision, each becomes a disc: the conclusion 'held by X' survives only when X holds the whole disc. 'km to front' is the distance to the nearest border between the controlling faction and another one (not the coast). A control map with dated snapshots is read at each strike's date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="212" />
      <source>Front line name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="207" />
      <source>Front lines (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="220" />
      <source>Front tolerance (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="226" />
      <source>Generated by StrikeCheck on {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="164" />
      <source>Geodesic distance (WGS84 ellipsoid) from each strike outside {name}-held territory to the nearest point of it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="133" />
      <source>HTML (*.html)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="133" />
      <source>HTML report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="95" />
      <source>Held by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="61" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="47" />
      <source>Import control map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="59" />
      <source>Import strikes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="261" />
      <source>Incorrect parameter value for {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="167" />
      <source>Keep rows where (empty: ACLED air/drone strikes, else all rows)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="29" />
      <source>Label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="157" />
      <source>Latitude column (empty: find it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="71" />
      <source>Layer to style</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="287" />
      <source>Layout '{name}' added to the project (Project &gt; Layouts).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="196" />
      <source>Layout name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="228" />
      <source>Layout template (.qpt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="121" />
      <location filename="../plugin/processing/nearest_faction.py" line="152" />
      <source>Lines to nearest territory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="95" />
      <source>Lines to nearest territory (for the map)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="196" />
      <source>Location precision column (empty: find it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="185" />
      <source>Location precision field, km (empty: 'precision_km' if present)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="422" />
      <source>Location precision known for {n} of {total} strikes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="157" />
      <source>Longitude column (empty: find it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="105" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="153" />
      <source>Map date for features without one, e.g. 2015-09-27 (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="112" />
      <source>Map image to include (PNG)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="424" />
      <source>Map unrecognised values with MAPPING, e.g. '{raw}=&lt;code&gt;'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="136" />
      <source>Mapping overrides, e.g. Turkish-backed=rebel;Kurds/Government=kurdish+regime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="19" />
      <source>Maps and reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="139" />
      <source>Maximum distance (km, empty: no limit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="202" />
      <source>Measure the distance to the front</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="406" />
      <source>Mixed class '{label}' -&gt; {code}: the analysis counts it as territory of {members}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="404" />
      <source>Mixed control ({classes}) counts as territory of each member.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="161" />
      <location filename="../plugin/processing/import_strikes.py" line="183" />
      <source>Month first (mm/dd/yyyy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="27" />
      <source>Nearest faction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="44" />
      <source>Nearest other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="98" />
      <source>Nearest other faction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="359" />
      <source>No 'confidence' field: strikes drawn by the faction holding the ground.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="212" />
      <source>No faction field found (looked for {tried}); set FACTION_FIELD to the field that names who holds each feature (fields: {names}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="172" />
      <source>No field {field} in the layer: the labels leave out the distance to {target}. Run strikecheck:nearestfaction with that faction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="84" />
      <source>No mapped faction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="534" />
      <source>No row could be imported: see the reasons above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="169" />
      <source>Not shown: {n} strike(s) inside {name}-held territory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="256" />
      <source>Nothing to do: set OUTPUT_PDF, OUTPUT_PNG or OUTPUT_SVG, or add the layout to the open project.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="163" />
      <source>Orientation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="439" />
      <source>Original column '{old}' kept as '{new}' (StrikeCheck uses '{old}').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="322" />
      <source>Original field '{old}' kept as '{new}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="138" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="138" />
      <source>PDF report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="172" />
      <source>PNG resolution (dpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="217" />
      <source>Padding around the strikes (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="46" />
      <source>Palette, e.g. isw-like or wikipedia (empty: the preset's default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="154" />
      <source>Paper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="49" />
      <source>Possible factions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="193" />
      <source>Precision for strikes without a value (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="242" />
      <source>Preset '{name}' chosen automatically: it recognises {n} of {total} features. Set PRESET to choose another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="249" />
      <source>Preset '{name}' not found; available: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="255" />
      <source>Preset '{name}': {title} ({path}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="171" />
      <location filename="../plugin/processing/styling_base.py" line="53" />
      <source>Preset file (instead of PRESET)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="232" />
      <source>Preset from {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="236" />
      <source>Preset ignored: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="97" />
      <source>QGIS layer style (*.qml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="239" />
      <source>Rows that could not be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="97" />
      <source>Save the style as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="49" />
      <source>Snapshot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="196" />
      <source>Source column (empty: find it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="95" />
      <source>Strike</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="196" />
      <source>Strike id column (empty: find it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="201" />
      <source>Strike label field (e.g. the place name)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="79" />
      <source>Strike name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/main.py" line="42" />
      <source>StrikeCheck</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="47" />
      <source>StrikeCheck needs Python packages that this QGIS does not have: {missing}. Install them into the Python QGIS uses, e.g. {hint}, then restart QGIS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/main.py" line="58" />
      <source>StrikeCheck needs {missing}. Install with: {hint} and restart QGIS. The analysis stays disabled until then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/main.py" line="45" />
      <source>StrikeCheck: who held the ground where each strike landed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="110" />
      <location filename="../plugin/processing/import_strikes.py" line="236" />
      <source>Strikes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="115" />
      <source>Strikes (points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="141" />
      <location filename="../plugin/processing/report.py" line="186" />
      <source>Strikes and territorial control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="176" />
      <source>Strikes before the first snapshot or undated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="147" />
      <source>Strikes by controlling faction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="175" />
      <source>Strikes per week by controlling faction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="149" />
      <source>Strikes with nearest faction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="428" />
      <source>Strikes, by who held the ground</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="152" />
      <source>Strikes: a file (CSV, GeoJSON, KML, XLSX...) or a layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="94" />
      <source>Strikes: {source}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="214" />
      <source>Style the layers with the preset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="121" />
      <source>Styled '{layer}' as {role}: {classes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="106" />
      <source>Styled layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="185" />
      <source>Target faction '{target}' has no line in layer '{layer}'; values present: {present}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="92" />
      <location filename="../plugin/processing/export_map.py" line="135" />
      <location filename="../plugin/processing/report.py" line="74" />
      <source>Target faction (e.g. isis)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="113" />
      <source>Territorial control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="87" />
      <source>Territorial control (for the map)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="120" />
      <source>Territorial control (polygons, lines or points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="228" />
      <source>Text file encoding (empty: detect)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="279" />
      <source>The control layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="273" />
      <location filename="../plugin/processing/nearest_faction.py" line="270" />
      <source>The control layer could not be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="366" />
      <source>The control layer has no usable geometry (all are empty or NULL).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="214" />
      <source>The first {shown} of {total} strikes; the analysed layer holds every one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="288" />
      <source>The input could not be opened. Choose a layer, or a CSV, GeoJSON, GeoPackage, Shapefile, KML/KMZ or XLSX file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="136" />
      <source>The layer is not in the project, so nothing visible changes; set QML_FILE to keep the style in a file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="111" />
      <source>The layer to style could not be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="266" />
      <source>The map cannot be made: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="219" />
      <source>The report could not be written: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="278" />
      <source>The strike layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="374" />
      <source>The strike layer '{layer}' has no field {fields}, so the finding about {target} cannot be written. Use the output of strikecheck:nearestfaction as STRIKES, or leave TARGET_FACTION empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="209" />
      <source>The strike layer '{layer}' has no field {fields}: run strikecheck:nearestfaction with faction '{target}' and report on its output, or leave TARGET_FACTION empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="299" />
      <source>The strike layer '{layer}' is empty: there is nothing to map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="158" />
      <source>The strike layer '{layer}' is empty: there is nothing to report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="297" />
      <location filename="../plugin/processing/nearest_faction.py" line="268" />
      <location filename="../plugin/processing/report.py" line="156" />
      <source>The strike layer could not be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="272" />
      <source>The strike layer must hold points, but it holds lines or polygons. Convert it first, e.g. with 'Centroids' or 'Point on surface'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="341" />
      <source>The strikes have no 'confidence' field: all drawn as unrated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="410" />
      <source>Time-aware: control snapshots from '{control}', strike dates from '{strike}'; strikes before the first snapshot or undated: {rule}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="141" />
      <location filename="../plugin/processing/report.py" line="121" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="145" />
      <source>Valid-from date field (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="29" />
      <source>Value in layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="157" />
      <source>WKT or 'lat, lon' text column (empty: find it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="72" />
      <source>What the layer holds (control, strikes, results or lines)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="149" />
      <source>Who held the ground where each strike landed, per the control map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="22" />
      <source>Write strike report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="282" />
      <location filename="../plugin/processing/report.py" line="225" />
      <source>Wrote {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="161" />
      <location filename="../plugin/processing/export_map.py" line="327" />
      <source>faction names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="521" />
      <source>feature {fid}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="98" />
      <source>km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="99" />
      <source>km to front</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="45" />
      <source>km to nearest other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="48" />
      <source>km to target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="104" />
      <source>km to the nearest {name} territory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="46" />
      <source>km to {f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="97" />
      <source>km to {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="521" />
      <source>line {line}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="95" />
      <source>median {km} km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="131" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="282" />
      <location filename="../plugin/processing/styling_base.py" line="88" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="94" />
      <source>not stated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="143" />
      <source>strikes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="331" />
      <source>the controlling faction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="163" />
      <source>the controlling faction (run strikecheck:nearestfaction)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="191" />
      <location filename="../plugin/processing/export_map.py" line="347" />
      <source>the distance in km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="346" />
      <source>the faction of each line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="154" />
      <source>the labels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="165" />
      <source>the place status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/layer_arrays.py" line="263" />
      <source>the point cannot be transformed from the layer's CRS to WGS84</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/apply_style.py" line="157" />
      <source>the reporting confidence (high/low)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/export_map.py" line="316" />
      <source>the strike labels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/report.py" line="171" />
      <source>the strike names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="142" />
      <source>week starting (Monday)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="131" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="473" />
      <source>{kept} of {n} strikes with a known precision are held by one faction across their whole uncertainty disc.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="445" />
      <source>{n} control features with an empty or NULL geometry were skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="451" />
      <source>{n} control features with no faction value were skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="435" />
      <source>{n} control snapshots used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="460" />
      <source>{n} features have a date that cannot be read, valid_from NULL: {list}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="450" />
      <source>{n} features have no geometry: kept, with NULL geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="432" />
      <source>{n} features have no value in '{field}': kept with faction NULL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="397" />
      <source>{n} features imported; factions: {counts}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="444" />
      <source>{n} geometries were empty after repair, kept as NULL: features {ids}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="439" />
      <source>{n} invalid control geometries were repaired in memory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_control.py" line="438" />
      <source>{n} invalid geometries repaired (the input layer is unchanged).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="511" />
      <source>{n} rows imported, {m} rejected (see ERRORS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/import_strikes.py" line="517" />
      <source>{n} rows left out by the filter expression.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="459" />
      <source>{n} strikes analysed against {k} factions: {held} inside a faction's territory, {free} outside all of them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/processing/nearest_faction.py" line="480" />
      <source>{n} strikes have an empty or NULL geometry: kept in the output with NULL results.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StrikeCheckDock</name>
    <message>
      <location filename="../plugin/gui/dock.py" line="61" />
      <source>Automatic (best match)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="468" />
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="253" />
      <source>Choose a control map and its faction field first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="233" />
      <source>Choose a strike layer and a control map first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="238" />
      <source>Choose the control map's faction field first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="300" />
      <source>Export map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="468" />
      <source>Export results as CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="277" />
      <source>Import strikes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="345" />
      <source>Map exported: {pdf} (the layout is in the project's layout manager).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="300" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="295" />
      <source>Run the analysis first: the map shows its results.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="59" />
      <source>Skip them, saying why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="334" />
      <source>Stopped: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="277" />
      <source>Strike files (*.csv *.tsv *.txt *.geojson *.json *.gpkg *.shp *.kml *.kmz *.xlsx);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="326" />
      <source>StrikeCheck: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="311" />
      <source>Strikes and territorial control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="332" />
      <source>The algorithm failed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="58" />
      <source>Use the nearest snapshot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="367" />
      <source>{name} (factions)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="406" />
      <source>{name}: lines to nearest territory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="400" />
      <source>{name}: nearest faction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="382" />
      <source>{name}: rejected rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="127" />
      <source>{n} of {total} selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="430" />
      <source>{n} strikes analysed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="384" />
      <source>{n} strikes imported, {m} rows rejected: see the layer '{errors}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="391" />
      <source>{n} strikes imported.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StrikeCheckDockBase</name>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="64" />
      <source> km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="40" />
      <source>Analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="76" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="20" />
      <source>Control map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="99" />
      <source>Copy table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="14" />
      <source>Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="58" />
      <source>Draw lines to nearest territory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="32" />
      <source>Each value found in the faction field, the faction it stands for, its legend label and colour. Edit a faction code to override the preset.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="100" />
      <source>Export CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="101" />
      <source>Export map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="24" />
      <source>Faction field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="67" />
      <source>From the layer only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="63" />
      <source>How far the true location may be from the point, for strikes whose layer does not say (e.g. 2 km for a town centre). Conclusions are checked against this disc.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="23" />
      <source>Import control map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="22" />
      <source>Import strikes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="48" />
      <source>Max distance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="59" />
      <source>Measure the distance to the front</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="54" />
      <source>No limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="60" />
      <source>Precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="26" />
      <source>Preset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="85" />
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="77" />
      <source>Run analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="44" />
      <source>Selected strikes only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="5" />
      <source>StrikeCheck</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="18" />
      <source>Strikes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="46" />
      <source>Target faction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="71" />
      <source>Undated / early</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="72" />
      <source>With a dated control map: what to do with strikes dated before its first snapshot, or undated.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StrikeCheckPresets</name>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Contested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Generic (any faction names)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>ISIS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>ISIS Control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>ISIS, JN, and Rebel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>ISIS, JN, and Rebel Control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>JN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>JN Control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>JN and Rebel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>JN and Rebel Control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Rebel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Rebel Control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Regime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Regime Control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Regime and YPG</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Regime and YPG Control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Russia-occupied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Syria, 2015 (ISW-like control classes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Ukraine (held, occupied, contested)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>Ukraine-held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>YPG</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <source>YPG Control</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StrikeCheckProvider</name>
    <message>
      <location filename="../plugin/processing/provider.py" line="32" />
      <source>StrikeCheck: strikes against territorial control</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
