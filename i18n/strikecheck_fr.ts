<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>LegendPicker</name>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="39" />
      <source>Click on a faction's colour</source>
      <translation>Cliquez sur la couleur d'une faction</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="74" />
      <source>Colour</source>
      <translation>Couleur</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="74" />
      <source>Faction</source>
      <translation>Faction</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="102" />
      <source>click the image</source>
      <translation>cliquez sur l'image</translation>
    </message>
  </context>
  <context>
    <name>LegendPickerBase</name>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="40" />
      <source>2015-09-27</source>
      <translation>2015-09-27</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="32" />
      <source>Add faction</source>
      <translation>Ajouter une faction</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="19" />
      <source>Choose a faction in the table, then click on its colour in the image. Rows without a faction are left out.</source>
      <translation>Choisissez une faction dans le tableau, puis cliquez sur sa couleur dans l'image. Les lignes sans faction sont ignorées.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="5" />
      <source>Control map from an image: the legend</source>
      <translation>Carte de contrôle à partir d'une image : la légende</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="37" />
      <source>Map date (optional)</source>
      <translation>Date de la carte (facultatif)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="33" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
  </context>
  <context>
    <name>NearestFactionAlgorithm</name>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="126" />
      <source>CONTROL</source>
      <translation>CONTROL</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="56" />
      <source>Cancelled: nothing was written.</source>
      <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="136" />
      <location filename="../plugin/processing/nearest/engine_choice.py" line="137" />
      <source>ENGINE=database cannot be used: {reason}. Use ENGINE=auto or local.</source>
      <translation>ENGINE=database ne peut pas être utilisé : {reason}. Utilisez ENGINE=auto ou local.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="157" />
      <location filename="../plugin/processing/nearest/engine_choice.py" line="158" />
      <source>Engine: database (the analysis runs as SQL in PostGIS, {place}).</source>
      <translation>Moteur : base de données (l'analyse s'exécute en SQL dans PostGIS, {place}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="163" />
      <source>Engine: local ({reason}).</source>
      <translation>Moteur : local ({reason}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="107" />
      <location filename="../plugin/processing/nearest/local.py" line="94" />
      <location filename="../plugin/processing/nearest/local.py" line="95" />
      <source>Every value of field '{field}' in the control layer is empty (NULL), so no feature says which faction holds it; choose the field that holds faction names.</source>
      <translation>Toutes les valeurs du champ '{field}' de la couche de contrôle sont vides (NULL) : aucune entité ne dit quelle faction la tient. Choisissez le champ qui contient les noms des factions.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="85" />
      <source>FRONT_LINES (a layer of front lines) is read by the local engine</source>
      <translation>FRONT_LINES (une couche de lignes de front) est lu par le moteur local</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="106" />
      <source>Field '{field}' not found in layer; fields: {names}.</source>
      <translation>Champ '{field}' introuvable dans la couche ; champs : {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="104" />
      <location filename="../plugin/processing/nearest/local.py" line="105" />
      <source>Field '{field}' of the control layer holds no date: one static map.</source>
      <translation>Le champ '{field}' de la couche de contrôle ne contient aucune date : une seule carte statique.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="75" />
      <source>LINES (lines to the nearest territory) are drawn by the local engine</source>
      <translation>LINES (les lignes vers le territoire le plus proche) sont tracées par le moteur local</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="53" />
      <source>Measuring {n} strikes against {k} factions' territory...</source>
      <translation>Mesure de {n} frappes par rapport au territoire de {k} factions...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="148" />
      <location filename="../plugin/processing/nearest/database.py" line="149" />
      <source>OUTPUT names the {label} table itself; choose a new table name.</source>
      <translation>OUTPUT désigne la table {label} elle-même ; choisissez un nouveau nom de table.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="85" />
      <source>Reading the control map...</source>
      <translation>Lecture de la carte de contrôle...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="38" />
      <source>Reading the strikes...</source>
      <translation>Lecture des frappes...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="162" />
      <location filename="../plugin/processing/nearest/database.py" line="163" />
      <source>Results written to the new table {table} in one transaction.</source>
      <translation>Résultats écrits dans la nouvelle table {table} en une seule transaction.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="124" />
      <source>STRIKES</source>
      <translation>STRIKES</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="128" />
      <source>STRIKES and CONTROL are in different databases</source>
      <translation>STRIKES et CONTROL sont dans des bases de données différentes</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="59" />
      <location filename="../plugin/processing/nearest/database.py" line="60" />
      <source>The connection to the database was lost during the analysis ({reason}). Nothing was written; run it again.</source>
      <translation>La connexion à la base de données a été perdue pendant l'analyse ({reason}). Rien n'a été écrit ; relancez-la.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="113" />
      <location filename="../plugin/processing/nearest/database.py" line="114" />
      <source>The control layer has no usable geometry (all are empty or NULL).</source>
      <translation>La couche de contrôle n'a aucune géométrie utilisable (toutes sont vides ou NULL).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="103" />
      <location filename="../plugin/processing/nearest/local.py" line="90" />
      <location filename="../plugin/processing/nearest/local.py" line="91" />
      <source>The control layer is empty: there is no territory to measure against.</source>
      <translation>La couche de contrôle est vide : il n'y a aucun territoire par rapport auquel mesurer.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="66" />
      <location filename="../plugin/processing/nearest/database.py" line="67" />
      <source>The database could not run the analysis: {reason}</source>
      <translation>La base de données n'a pas pu exécuter l'analyse : {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="195" />
      <source>Tracing the lines to the nearest territory...</source>
      <translation>Tracé des lignes vers le territoire le plus proche...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="199" />
      <location filename="../plugin/processing/nearest/local.py" line="200" />
      <source>Writing {n} lines to the nearest territory...</source>
      <translation>Écriture de {n} lignes vers le territoire le plus proche...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="69" />
      <location filename="../plugin/processing/nearest/local.py" line="70" />
      <source>Writing {n} strikes with their results...</source>
      <translation>Écriture de {n} frappes avec leurs résultats...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="65" />
      <source>only selected (or filtered) features of {label} are used: the selection lives in QGIS</source>
      <translation>seules les entités sélectionnées (ou filtrées) de {label} sont utilisées : la sélection n'existe que dans QGIS</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="81" />
      <source>the control map has dated snapshots ('{field}'): time-aware runs are local</source>
      <translation>la carte de contrôle a des instantanés datés ('{field}') : les analyses dans le temps sont locales</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="88" />
      <source>the faction field '{field}' is neither text nor whole numbers</source>
      <translation>le champ de faction '{field}' n'est ni du texte ni des nombres entiers</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="93" />
      <source>the precision field '{field}' is not numeric</source>
      <translation>le champ de précision '{field}' n'est pas numérique</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="97" />
      <source>the strike table has no primary key to send the answers back to QGIS by (write OUTPUT to a PostGIS table instead)</source>
      <translation>la table des frappes n'a pas de clé primaire par laquelle renvoyer les réponses à QGIS (écrivez plutôt OUTPUT dans une table PostGIS)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="102" />
      <source>the strike table's primary key is neither text nor whole numbers</source>
      <translation>la clé primaire de la table des frappes n'est ni du texte ni des nombres entiers</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="63" />
      <source>{label} is not a PostGIS layer</source>
      <translation>{label} n'est pas une couche PostGIS</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="138" />
      <location filename="../plugin/processing/nearest/local.py" line="139" />
      <source>{n} strikes are dated over a window of days and were checked against every control snapshot in force during it: for {changed} of them the controlling faction changes inside the window (controlled_by_certain false, the reason in snapshot_note).</source>
      <translation>{n} frappes sont datées sur une fenêtre de plusieurs jours et ont été vérifiées contre chaque instantané de contrôle en vigueur pendant celle-ci : pour {changed} d'entre elles, la faction qui contrôle change dans la fenêtre (controlled_by_certain faux, la raison dans snapshot_note).</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheck</name>
    <message>
      <location filename="../plugin/core/strike_import.py" line="266" />
      <source> (PRECISION_KM given)</source>
      <translation> (PRECISION_KM indiqué)</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="148" />
      <source>'colours' of {what} must map palette names to colours.</source>
      <translation>'colours' de {what} doit associer des noms de palettes à des couleurs.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="290" />
      <source>'palettes' must map palette names to descriptions.</source>
      <translation>'palettes' doit associer des noms de palettes à des descriptions.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="259" />
      <source>'{alias}' is given to both '{first}' and '{second}'.</source>
      <translation>'{alias}' est attribué à la fois à '{first}' et à '{second}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="107" />
      <source>'{column}' {end} is before the date {start}</source>
      <translation>'{column}' {end} est antérieur à la date {start}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="141" />
      <source>'{entry}' skipped: {reason}</source>
      <translation>« {entry} » ignoré : {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="49" />
      <source>'{name}' cannot be read as a KMZ archive: {error}.</source>
      <translation>'{name}' ne peut pas être lu comme archive KMZ : {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="81" />
      <location filename="../plugin/core/workbook.py" line="118" />
      <source>'{name}' is a damaged workbook: {error}.</source>
      <translation>« {name} » est un classeur endommagé : {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="47" />
      <source>'{name}' is a password-protected (encrypted) workbook, which cannot be read without its password. Open it in Excel or LibreOffice, remove the password (or save an unprotected copy) and import that.</source>
      <translation>« {name} » est un classeur protégé par mot de passe (chiffré), illisible sans ce mot de passe. Ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe (ou enregistrez une copie non protégée) et importez celle-ci.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="41" />
      <source>'{name}' is not a KMZ (zip) archive.</source>
      <translation>'{name}' n'est pas une archive KMZ (zip).</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="55" />
      <source>'{name}' is not an Excel workbook (.xlsx) but an older Excel 97-2003 file or another OLE document: save it as .xlsx or CSV and import that.</source>
      <translation>« {name} » n'est pas un classeur Excel (.xlsx) mais un ancien fichier Excel 97-2003 ou un autre document OLE : enregistrez-le en .xlsx ou en CSV et importez celui-ci.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="92" />
      <source>'{name}' is not an Excel workbook (.xlsx): it is {what}. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
      <translation>« {name} » n'est pas un classeur Excel (.xlsx) : c'est {what}. Ouvrez-le dans un tableur et enregistrez-le en .xlsx ou en CSV.</translation>
    </message>
    <message>
      <location filename="../plugin/core/geojson.py" line="73" />
      <location filename="../plugin/core/geojson.py" line="75" />
      <source>'{name}' is not readable GeoJSON: {error}.</source>
      <translation>'{name}' n'est pas un GeoJSON lisible : {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="66" />
      <source>'{name}' is not readable KML: {error}.</source>
      <translation>'{name}' n'est pas un KML lisible : {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="108" />
      <source>'{name}' is refused: its part {part} declares XML entities (a DOCTYPE), which no spreadsheet program writes and which can read other files or exhaust memory.</source>
      <translation>« {name} » est refusé : sa partie {part} déclare des entités XML (un DOCTYPE), ce qu'aucun tableur n'écrit et qui peut lire d'autres fichiers ou épuiser la mémoire.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="77" />
      <source>'{name}' is refused: its workbook part declares XML entities.</source>
      <translation>« {name} » est refusé : sa partie classeur déclare des entités XML.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="66" />
      <source>'{name}' is too large to read as KML (over {megabytes} MB or {elements} XML elements): save it as GeoPackage or CSV and import that.</source>
      <translation>'{name}' est trop volumineux pour être lu comme KML (plus de {megabytes} Mo ou {elements} éléments XML) : enregistrez-le en GeoPackage ou en CSV et importez ce fichier.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="75" />
      <source>'{name}' lists too many sheets to be read as a workbook.</source>
      <translation>« {name} » énumère trop de feuilles pour être lu comme un classeur.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="151" />
      <source>'{name}' skipped: '{kept}' is a later snapshot of {date}.</source>
      <translation>« {name} » ignoré : « {kept} » est un instantané plus récent du {date}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="230" />
      <source>'{name}' skipped: its CRS differs from the first file's.</source>
      <translation>« {name} » ignoré : son SCR diffère de celui du premier fichier.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="186" />
      <source>'{name}' skipped: {error}</source>
      <translation>« {name} » ignoré : {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="103" />
      <source>'{name}': no date in the file name (Unix time, YYYY-MM-DD or YYYYMMDD; or set DATE_PATTERN or DATE_FIELD); imported with valid_from NULL.</source>
      <translation>« {name} » : pas de date dans le nom du fichier (temps Unix, YYYY-MM-DD ou YYYYMMDD ; ou définissez DATE_PATTERN ou DATE_FIELD) ; importé avec valid_from NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="239" />
      <source>'{name}': {n} geometries of another type kept as NULL.</source>
      <translation>« {name} » : {n} géométries d'un autre type conservées comme NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="116" />
      <source>'{raw}' ({n} features): unrecognised, kept as {code}</source>
      <translation>'{raw}' ({n} entités) : non reconnu, conservé comme {code}</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="234" />
      <source>'{value}' is not a date StrikeCheck can read unambiguously; write it as yyyy-mm-dd.</source>
      <translation>'{value}' n'est pas une date que StrikeCheck peut lire sans ambiguïté ; écrivez-la sous la forme aaaa-mm-jj.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="140" />
      <source>'{what}' must be a list of objects.</source>
      <translation>« {what} » doit être une liste d’objets.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="60" />
      <location filename="../plugin/processing/nearest/reporting.py" line="66" />
      <source>(none: all undated)</source>
      <translation>(aucun : toutes sans date)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="82" />
      <source>... and {n} more rejected rows (see ERRORS).</source>
      <translation>... et {n} autres lignes rejetées (voir ERRORS).</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="65" />
      <source>; nearest {label} territory {spread}</source>
      <translation>; zone {label} la plus proche à {spread}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="63" />
      <source>; the other {m}: nearest {label} territory {spread}</source>
      <translation>; les {m} autres : zone {label} la plus proche à {spread}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="69" />
      <source>; {unknown} beyond the search distance or without a location</source>
      <translation>; {unknown} au-delà de la distance de recherche ou sans position</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="104" />
      <source>&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning. Nested values (JSON objects and lists) are written as JSON text. Features of another geometry kind (a raw export's unit and airfield points) are left out, with their count in the log. A remainder feature has raw_faction 'remainder: &amp;lt;outline&amp;gt;' and NULL original fields.</source>
      <translation>&lt;/ul&gt;Puis chaque champ d'origine ; celui dont le nom entre en conflit avec ceux-ci est conservé sous le nom &amp;lt;nom&amp;gt;_orig. Les sorties de polygones et de lignes sont multi-parties (la réparation peut scinder une géométrie) ; une géométrie que la réparation laisse vide est conservée comme NULL, avec un avertissement. Les valeurs imbriquées (objets et listes JSON) sont écrites en texte JSON. Les entités d'un autre type de géométrie (les points d'unités et d'aérodromes d'un export brut) sont laissées de côté, avec leur nombre dans le journal. Une entité du reste a pour raw_faction 'remainder: &amp;lt;contour&amp;gt;' et des champs d'origine NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="127" />
      <source>&lt;h3&gt;Date windows&lt;/h3&gt;&lt;p&gt;&lt;b&gt;STRIKE_DATE_END_FIELD&lt;/b&gt;: optional (default: 'date_end' when present, as strikecheck:importstrikes writes it for UCDP GED's date_start to date_end and ACLED's time_precision 2 and 3): the last day of each strike's date window, whose first day is STRIKE_DATE_FIELD. In a time-aware run such a strike is measured against the snapshot in force on its first day, then checked against every later snapshot up to its last day: controlled_by_certain is false when the controlling faction changes inside the window (snapshot_note says how), possible_factions lists the factions of every one of those snapshots, and with a precision the strike is certain only when its disc and its window both are. An empty or earlier last day means a single day.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Fenêtres de dates&lt;/h3&gt;&lt;p&gt;&lt;b&gt;STRIKE_DATE_END_FIELD&lt;/b&gt; : facultatif (par défaut 'date_end' s'il existe, tel que strikecheck:importstrikes l'écrit pour date_start à date_end de UCDP GED et pour time_precision 2 et 3 d'ACLED) : le dernier jour de la fenêtre de date de chaque frappe, dont le premier jour est STRIKE_DATE_FIELD. Dans une analyse datée, une telle frappe est mesurée contre l'instantané en vigueur à son premier jour, puis vérifiée contre chaque instantané suivant jusqu'à son dernier jour : controlled_by_certain est faux quand la faction qui contrôle change dans la fenêtre (snapshot_note dit comment), possible_factions liste les factions de chacun de ces instantanés, et avec une précision la frappe n'est certaine que si son disque et sa fenêtre le sont tous deux. Un dernier jour vide ou antérieur signifie un seul jour.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_help.py" line="17" />
      <source>&lt;h3&gt;Event datasets&lt;/h3&gt;&lt;p&gt;The input's columns say which dataset it is, and the log names it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ACLED&lt;/b&gt; (event_id_cnty, event_date): geo_precision 1 = 2 km, 2 = 15 km, 3 = 50 km. time_precision 2 (a week) gives date = event_date - 3 days and date_end = event_date + 3 days; 3 (a month) gives the calendar month.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UCDP GED&lt;/b&gt; (where_prec with date_start/date_end or side_a): id, date_start to date_end, side_a as actor; where_prec 1 (exact location) = 2 km, 2 (within 25 km) = 25 km, 3 (second-order administrative area) = 50 km, 4 (first-order) = 150 km, 5 (a line or a larger area) = 250 km, 6 (the country) = 500 km, 7 (international waters or airspace) = 200 km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CIR / Bellingcat Russia-Ukraine Monitor&lt;/b&gt;, CSV or GeoJSON (id, date or verifiedDate, description, with city, province, url, categories...): points geolocated by their team; no precision codes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Airwars&lt;/b&gt; (two of grading, geolocation, belligerent, civilians killed...): accuracy words exact = 0.1 km, street = 0.5, neighbourhood = 1, village = 3, town = 5, city = 10; Code, Grading and the suspected belligerent as id, confidence and actor.&lt;/li&gt;&lt;li&gt;Any other table: the codes 1 = 2 km, 2 = 15 km, 3 = 50 km and the words above.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Only UCDP's 25 km is the publisher's own distance; the others are StrikeCheck's assumptions. PRECISION_KM changes or adds codes (e.g. '6=300'). A code that the recognised dataset does not define is a warning, and the strike gets precision NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;date_end&lt;/b&gt; (in OUTPUT): the last day of the strike's date window (the same as date for a single day); a date_end before the date rejects the row. strikecheck:nearestfaction checks such a strike against every control snapshot of its window.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Jeux de données d'événements&lt;/h3&gt;&lt;p&gt;Les colonnes de l'entrée disent de quel jeu il s'agit, et le journal le nomme :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ACLED&lt;/b&gt; (event_id_cnty, event_date) : geo_precision 1 = 2 km, 2 = 15 km, 3 = 50 km. time_precision 2 (une semaine) donne date = event_date - 3 jours et date_end = event_date + 3 jours ; 3 (un mois) donne le mois civil.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UCDP GED&lt;/b&gt; (where_prec avec date_start/date_end ou side_a) : id, de date_start à date_end, side_a comme acteur ; where_prec 1 (lieu exact) = 2 km, 2 (à moins de 25 km) = 25 km, 3 (division administrative de second niveau) = 50 km, 4 (de premier niveau) = 150 km, 5 (une ligne ou une zone plus grande) = 250 km, 6 (le pays) = 500 km, 7 (eaux ou espace aérien internationaux) = 200 km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CIR / Bellingcat Russia-Ukraine Monitor&lt;/b&gt;, CSV ou GeoJSON (id, date ou verifiedDate, description, avec city, province, url, categories...) : points géolocalisés par leur équipe ; pas de codes de précision.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Airwars&lt;/b&gt; (deux colonnes parmi grading, geolocation, belligerent, civilians killed...) : mots de précision exact = 0,1 km, street = 0,5, neighbourhood = 1, village = 3, town = 5, city = 10 ; Code, Grading et le belligérant présumé deviennent id, fiabilité et acteur.&lt;/li&gt;&lt;li&gt;Tout autre tableau : les codes 1 = 2 km, 2 = 15 km, 3 = 50 km et les mots ci-dessus.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Seuls les 25 km de l'UCDP sont une distance de l'éditeur ; les autres sont des hypothèses de StrikeCheck. PRECISION_KM modifie ou ajoute des codes (par ex. '6=300'). Un code que le jeu reconnu ne définit pas donne un avertissement, et la frappe reçoit une précision NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;date_end&lt;/b&gt; (dans OUTPUT) : le dernier jour de la fenêtre de date de la frappe (égal à date pour un seul jour) ; un date_end antérieur à la date rejette la ligne. strikecheck:nearestfaction vérifie une telle frappe contre chaque instantané de contrôle de sa fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="113" />
      <source>&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation>&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="85" />
      <source>&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature of the map's geometry kind, then the remainder features, with these fields first:&lt;/p&gt;&lt;ul&gt;</source>
      <translation>&lt;h3&gt;Sortie&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : la carte de contrôle dans le SCR de l'entrée, une entité par entité en entrée du type de géométrie de la carte, puis les entités du reste, avec d'abord ces champs :&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="52" />
      <source>&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt; : optionnel ; la date à partir de laquelle chaque entité est valide (la date d'un instantané). Mêmes formats que pour l'import des frappes.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="56" />
      <source>&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt; : ordre jour/mois des dates numériques : détecté une fois pour toute la colonne (s'arrête avec un message quand la colonne ne permet pas de trancher), ou indiqué.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="32" />
      <source>&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : le champ qui nomme qui tient chaque entité. Vide : le premier existant parmi faction, control, controlled_by, side, mark, label, name...&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="65" />
      <source>&lt;li&gt;&lt;b&gt;FACTION_VALUE&lt;/b&gt;: optional; one faction for every feature of a layer without a faction field (e.g. occupied, for DeepState's attribute-less occupied area); FACTION_FIELD is then not needed. With FACTION_FIELD set, it fills the features whose field is empty.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Style colours&lt;/b&gt;: a feature whose name the preset does not recognise is classed by its style colour (a fill or stroke field, or a KML placemark's style, read as the style_colour column) when the preset gives that colour to a faction (ukraine: DeepStateMap's colours, e.g. #a52714 occupied, #0288d1 liberated). A colour in MAPPING, e.g. '#a52714=russia_occupied', overrides the preset. The log says how many features of each class were found by name and by colour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REMAINDER_FACTION&lt;/b&gt;: optional; the faction that holds the rest of an outline, e.g. ukraine_held for DeepState, which draws only occupied, liberated and contested ground. Adds one feature per snapshot (per valid_from): the outline minus everything drawn in that snapshot. Needs a polygon map and OUTLINE or OUTLINE_COUNTRY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE&lt;/b&gt;: optional; a polygon layer whose union is the outline.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE_COUNTRY&lt;/b&gt;: optional, without OUTLINE; a country NAME of the Natural Earth world map QGIS ships, e.g. Ukraine (its borders are Natural Earth's: its Ukraine leaves out Crimea).&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;FACTION_VALUE&lt;/b&gt; : optionnel ; une seule faction pour chaque entité d'une couche sans champ de faction (p. ex. occupied, pour la zone occupée sans attributs de DeepState) ; FACTION_FIELD n'est alors pas nécessaire. Si FACTION_FIELD est indiqué, elle remplit les entités dont le champ est vide.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Couleurs de style&lt;/b&gt; : une entité dont le préréglage ne reconnaît pas le nom est classée d'après sa couleur de style (un champ fill ou stroke, ou le style d'un repère KML, lu comme colonne style_colour) quand le préréglage donne cette couleur à une faction (ukraine : les couleurs de DeepStateMap, p. ex. #a52714 occupé, #0288d1 libéré). Une couleur dans MAPPING, p. ex. '#a52714=russia_occupied', l'emporte sur le préréglage. Le journal indique combien d'entités de chaque classe ont été trouvées d'après le nom et d'après la couleur.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REMAINDER_FACTION&lt;/b&gt; : optionnel ; la faction qui tient le reste d'un contour, p. ex. ukraine_held pour DeepState, qui ne dessine que le terrain occupé, libéré et contesté. Ajoute une entité par instantané (par valid_from) : le contour moins tout ce qui est dessiné dans cet instantané. Demande une carte de polygones et OUTLINE ou OUTLINE_COUNTRY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE&lt;/b&gt; : optionnel ; une couche de polygones dont l'union est le contour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE_COUNTRY&lt;/b&gt; : optionnel, sans OUTLINE ; un nom de pays (NAME) de la carte du monde Natural Earth livrée avec QGIS, p. ex. Ukraine (ses frontières sont celles de Natural Earth : son Ukraine exclut la Crimée).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="21" />
      <source>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a georeferenced image: a GeoTIFF, or a PNG/JPEG with a world file (.pgw, .jgw, .wld) or ground control points in its .aux.xml (the Georeferencer writes them). The output is in the image's CRS.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt; : une image géoréférencée : un GeoTIFF, ou un PNG/JPEG accompagné d'un fichier de géoréférencement (world file : .pgw, .jgw, .wld) ou de points de contrôle au sol dans son .aux.xml (le Géoréférenceur les y écrit). La sortie est dans le système de coordonnées (CRS) de l'image.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="21" />
      <source>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output. A KML or KMZ file (a Google My Maps export, for instance) is read by StrikeCheck itself: every placemark of every folder, with a folder column (FACTION_FIELD=folder when each faction has its own folder) and its ExtendedData columns. A GeoJSON that mixes geometry kinds or holds GeometryCollections or nested values (a DeepState export) is read by StrikeCheck too: the map keeps one geometry kind (polygons first) with the polygon parts of GeometryCollections, and nested values become JSON text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt; : polygones (zones façon ISW), lignes (lignes de front) ou points (marques de contrôle des localités, comme les publient le Carter Center et Wikipédia) ; tout SCR, conservé en sortie. Un fichier KML ou KMZ (un export Google My Maps, par exemple) est lu par StrikeCheck lui-même : chaque repère de chaque dossier, avec une colonne folder (FACTION_FIELD=folder quand chaque faction a son propre dossier) et ses colonnes ExtendedData. Un GeoJSON qui mêle plusieurs types de géométrie ou contient des GeometryCollections ou des valeurs imbriquées (un export DeepState) est lui aussi lu par StrikeCheck : la carte garde un seul type de géométrie (les polygones d'abord) avec les parties polygonales des GeometryCollections, et les valeurs imbriquées deviennent du texte JSON.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="26" />
      <source>&lt;li&gt;&lt;b&gt;LEGEND&lt;/b&gt;: a palette (isw-like, wikipedia, ukraine, or preset/palette such as syria-2015/wikipedia) or each faction's colour, e.g. #e8707e=regime;#6db35a=rebel;#3a3a3a=isis (one per line or separated by ';'; a mixed class is written jn+rebel).&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;LEGEND&lt;/b&gt; : une palette (isw-like, wikipedia, ukraine, ou preset/palette comme syria-2015/wikipedia) ou la couleur de chaque faction, p. ex. #e8707e=regime;#6db35a=rebel;#3a3a3a=isis (une par ligne ou séparées par ';' ; une classe mixte s'écrit jn+rebel).&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="46" />
      <source>&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt; : correspondances imposées optionnelles 'brut=code;brut=code', appliquées avant les alias du préréglage, p. ex. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. La comparaison ignore la casse, les accents et la ponctuation. Le code peut être un code du préréglage, un alias, plusieurs codes joints par '+', ou un nouveau code.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="42" />
      <source>&lt;li&gt;&lt;b&gt;MASK&lt;/b&gt;: polygons of the area of interest: the output is cut to them (leave out a legend box or an inset map). &lt;b&gt;DATE&lt;/b&gt;: the map's date, written as valid_from.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MASK&lt;/b&gt; : polygones de la zone d'intérêt : la sortie est découpée selon ceux-ci (laissez de côté le cartouche de légende ou une carte en médaillon). &lt;b&gt;DATE&lt;/b&gt; : la date de la carte, écrite dans valid_from.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="37" />
      <source>&lt;li&gt;&lt;b&gt;MIN_AREA_KM2&lt;/b&gt;: patches smaller than this take the class around them (0: 49 pixels). &lt;b&gt;SIMPLIFY_M&lt;/b&gt;: borders simplified to this many metres (0: half a pixel); neighbours keep sharing their border.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MIN_AREA_KM2&lt;/b&gt; : les îlots plus petits que cette surface prennent la classe qui les entoure (0 : 49 pixels). &lt;b&gt;SIMPLIFY_M&lt;/b&gt; : frontières simplifiées à ce nombre de mètres (0 : un demi-pixel) ; les zones voisines continuent de partager leur frontière.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="37" />
      <source>&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt; : le préréglage de factions : syria-2015 (classes façon ISW : regime, rebel, isis, jn, kurdish et classes mixtes), ukraine (ukraine_held, russia_occupied, contested ; graphies anglaises, ukrainiennes et russes), generic (toutes valeurs), ou un préréglage à vous dans &amp;lt;profil QGIS&amp;gt;/strikecheck/presets. 'auto' choisit le préréglage qui reconnaît le plus de valeurs (generic si aucun).&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="45" />
      <source>&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt; : optionnel ; un fichier JSON de préréglage à utiliser à la place.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="60" />
      <source>&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt; : optionnel ; la date de la carte (p. ex. 2015-09-27) pour les entités dont DATE_FIELD est vide, ou pour toutes quand il n'y a pas de DATE_FIELD.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="32" />
      <source>&lt;li&gt;&lt;b&gt;TOLERANCE&lt;/b&gt;: how far (CIELAB delta E) a pixel may be from its legend colour; farther pixels are 'other' (text, roads, sea). 20 suits JPEG maps; lower it when two factions' colours are close.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;TOLERANCE&lt;/b&gt; : écart maximal (delta E CIELAB) entre un pixel et sa couleur de légende ; les pixels plus éloignés sont classés 'other' (texte, routes, mer). 20 convient aux cartes JPEG ; baissez cette valeur quand les couleurs de deux factions sont proches.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="90" />
      <source>&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;faction&lt;/b&gt; : le code canonique, p. ex. isis. Une classe mixte ('ISIS, JN, and Rebel Control', 'Kurds/Government') reçoit les codes de ses membres, triés et joints par '+' (isis+jn+rebel, kurdish+regime) : l'analyse la compte comme territoire de chaque membre. Une valeur qu'aucun alias ne reconnaît garde son propre code normalisé (ASCII en minuscules, '_' entre les mots), listé dans le journal comme 'unrecognised, kept as ...'. NULL là où l'entité n'a pas de valeur de faction.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="98" />
      <source>&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt; : le texte de légende de la classe, p. ex. 'ISIS Control', 'ISIS, JN, and Rebel Control' ; pour une valeur non reconnue, son propre texte.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="102" />
      <source>&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt; : le texte d'origine.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="103" />
      <source>&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt; : date, ou NULL.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="47" />
      <source>&lt;p&gt;Areas outside every legend colour (sea, neighbouring countries, the legend box) stay empty. Features smaller than a few pixels cannot be read back from an image: compare the pixel size the log reports with what you need.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Les zones qui ne correspondent à aucune couleur de légende (mer, pays voisins, cartouche de légende) restent vides. Les entités de moins de quelques pixels ne peuvent pas être retrouvées à partir d'une image : comparez la taille de pixel indiquée dans le journal avec la précision dont vous avez besoin.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="51" />
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: the strikes' field that names them in LINES (default: strike_id, event_id_cnty or id when present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's own id from STRIKE_ID_FIELD, else its feature id), strike_fid (its feature id), faction, km. SUMMARY: the closing sentences of the log as one text (how many strikes are inside a faction's territory, how many conclusions survive the uncertainty discs), for models and scripts.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Pour chaque frappe, indique quelle faction contrôlait le terrain où elle est tombée et mesure la distance géodésique (ellipsoïde WGS84, à 1 m près) jusqu'au territoire le plus proche de chaque faction d'une carte de contrôle.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt; : couche de points des frappes (tout SCR ; « Entités sélectionnées uniquement » fonctionne). Une frappe multipoint est tenue par chaque faction qui tient l'un de ses points ; sa distance à une faction est celle de son point le plus proche.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt; : le contrôle territorial sous forme de polygones, de lignes de front ou de points de contrôle des localités (tout SCR). Les géométries invalides sont réparées en mémoire ; la couche n'est jamais modifiée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : le champ de CONTROL qui nomme la faction. Une valeur joignant des codes par '+' (une classe mixte issue de « Importer une carte de contrôle », p. ex. isis+jn+rebel) compte comme territoire de chacun de ses membres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt; : optionnel ; les valeurs de faction à mesurer, séparées par ';' (par défaut : toutes les valeurs présentes).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt; : optionnel ; les distances au-delà valent NULL (et la recherche est plus rapide).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : les frappes avec tous leurs champs plus les résultats, dans le SCR de la couche des frappes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt; : optionnel ; pour chaque frappe et chaque faction hors de laquelle elle se trouve, la ligne géodésique la plus courte jusqu'au territoire de cette faction. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt; : le champ des frappes qui les nomme dans LINES (par défaut : strike_id, event_id_cnty ou id s'il existe).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt; : optionnels (par défaut : 'date' et 'valid_from' quand les couches les ont). Une couche de contrôle contenant plusieurs instantanés datés est prise en compte dans le temps : chaque frappe est mesurée par rapport au dernier instantané à sa date ou avant ; les entités de contrôle sans date valent pour tous les instantanés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt; : frappes datées d'avant le premier instantané, ou sans date : 'nearest' (le premier instantané, ou le dernier pour les frappes sans date) ou 'skip' (réponses NULL, la raison dans snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt; : optionnel (par défaut : 'precision_km' s'il existe) : à quelle distance, en km, la position réelle peut se trouver du point. &lt;b&gt;PRECISION_KM&lt;/b&gt; : le rayon pour les frappes sans valeur.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt; : mesurer aussi la distance au front (oui par défaut). &lt;b&gt;FRONT_LINES&lt;/b&gt; : couche de lignes de front optionnelle, à utiliser au lieu des limites entre les polygones des factions (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; les nomme). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt; : à quelle distance les limites de deux factions doivent courir pour compter comme un seul front (les cartes dessinées à la main partagent rarement leurs sommets ; 0,5 km par défaut).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt; : 'auto' (par défaut) exécute l'analyse en SQL dans PostGIS quand STRIKES et CONTROL sont des couches de la même base de données PostGIS, sinon localement ; 'local' ou 'database' imposent l'un ou l'autre. Les réponses sont les mêmes (distances à 1 m près). Pas encore dans la base de données : LINES, instantanés de contrôle datés, FRONT_LINES, entités sélectionnées uniquement ; auto s'exécute alors localement et dit pourquoi. Si OUTPUT est une table de cette base, les résultats y sont écrits en une seule transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Champs en sortie&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt; : la ou les factions dont le territoire contient la frappe, triées et jointes par '+' (une frappe sur une limite commune ou dans des territoires qui se chevauchent appartient à chacune) ; NULL quand aucune faction ne la tient. Une frappe dans un trou d'un polygone est hors de celui-ci.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt; : km géodésiques jusqu'au point le plus proche du territoire de cette faction, 0 à l'intérieur. La valeur de faction est normalisée en nom de champ (ASCII en minuscules, '_' pour les autres caractères), p. ex. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt; : la faction la plus proche autre que celle(s) qui contrôle(nt) le terrain (pour une frappe que personne ne tient : la faction la plus proche).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt; : distance jusqu'au front le plus proche entre la faction qui contrôle la frappe et une autre faction (la côte et les limites avec une terre qui n'est à personne ne sont pas des fronts ; 0 sur la ligne) et qui se trouve de l'autre côté ; pour une frappe que personne ne tient, la limite de la faction la plus proche et cette faction. Près de l'endroit où un front rejoint une côte, la valeur peut être trop courte d'au plus FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt; : l'instantané de contrôle par rapport auquel chaque frappe a été mesurée, et pourquoi quand ce n'était pas le plus évident (analyses dans le temps uniquement).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt; : avec une précision, chaque faction dont le territoire touche le disque des positions possibles de la frappe, et si une seule faction tient le disque entier (la conclusion résiste à l'incertitude).&lt;/li&gt;&lt;/ul&gt;Un nom de champ déjà utilisé par la couche des frappes reçoit un suffixe numérique. Champs de LINES : strike_id (l'identifiant propre de la frappe, pris dans STRIKE_ID_FIELD, sinon son identifiant d'entité), strike_fid (son identifiant d'entité), faction, km. SUMMARY : les phrases de conclusion du journal en un seul texte (combien de frappes sont dans le territoire d'une faction, combien de conclusions résistent aux disques d'incertitude), pour les modèles et les scripts.&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="37" />
      <source>&lt;p&gt;Gives a layer the ISW-like look of published conflict maps, with colours and legend labels ('Regime Control', 'ISIS Control', ...) from a faction preset. &lt;b&gt;Only the layer's style changes, never its data&lt;/b&gt;; undo it with the layer's Properties &amp;gt; Symbology.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: the layer to style (a layer of the project, or a file when QML_FILE saves the style).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = territorial control (fills per faction, mixed classes hatched in their members' colours, front lines as heavy lines, town points as dots with a ring when STATUS_FIELD says besieged or contested); strikes = starbursts by High-Confidence / Low-Confidence reporting; results = the output of strikecheck:nearestfaction, starbursts coloured by controlled_by; lines = lines to nearest territory, dashed and labelled '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic, or your own preset in the QGIS profile's strikecheck/presets folder; PRESET_FILE (advanced) takes a .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: optional; a palette of the preset, e.g. isw-like or wikipedia (default: the preset's own default).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; the field naming the faction (default: 'faction' for control and lines, 'controlled_by' for results). Values may be codes, labels or any alias the preset knows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: optional, strikes; default 'confidence' with values high / low (anything else is drawn as an unrated report).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional; results are labelled with their distance to this faction (field dist_&amp;lt;faction&amp;gt;_km), lines show only the lines to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; strikes and results are labelled with it (e.g. the place name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: optional; control points whose value is besieged, siege, encircled or contested get a ring.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: optional; also save the style as a .qml file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Strikes and results with a date field (date, event_date or strike_date) and a control layer with dated snapshots (valid_from) also get Temporal Controller settings: each strike on its day, each snapshot from its valid_from to the next one's, so scrubbing time shows the control map in force under that day's strikes.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Donne à une couche l'aspect façon ISW des cartes de conflit publiées, avec les couleurs et les étiquettes de légende ('Regime Control', 'ISIS Control', ...) d'un préréglage de factions. &lt;b&gt;Seul le style de la couche change, jamais ses données&lt;/b&gt; ; pour l'annuler : Propriétés de la couche &amp;gt; Symbologie.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt; : la couche à styliser (une couche du projet, ou un fichier quand QML_FILE enregistre le style).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt; : control = contrôle territorial (remplissage par faction, classes mixtes hachurées aux couleurs de leurs membres, lignes de front en traits épais, points de localités en pastilles avec un anneau quand STATUS_FIELD indique assiégé ou contesté) ; strikes = étoiles selon un signalement High-Confidence / Low-Confidence ; results = la sortie de strikecheck:nearestfaction, étoiles colorées selon controlled_by ; lines = lignes vers le territoire le plus proche, en tirets et étiquetées '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt; : syria-2015, ukraine, generic, ou votre propre préréglage dans le dossier strikecheck/presets du profil QGIS ; PRESET_FILE (avancé) prend un .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt; : optionnel ; une palette du préréglage, p. ex. isw-like ou wikipedia (par défaut : celle du préréglage).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : optionnel ; le champ qui nomme la faction (par défaut : 'faction' pour control et lines, 'controlled_by' pour results). Les valeurs peuvent être des codes, des étiquettes ou tout alias connu du préréglage.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt; : optionnel, pour strikes ; par défaut 'confidence' avec les valeurs high / low (toute autre valeur est dessinée comme un signalement non évalué).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt; : optionnel ; les résultats sont étiquetés avec leur distance à cette faction (champ dist_&amp;lt;faction&amp;gt;_km), lines ne montre que les lignes vers elle.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; : optionnel ; les frappes et les résultats sont étiquetés avec ce champ (p. ex. le nom du lieu).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt; : optionnel ; les points de contrôle dont la valeur est besieged, siege, encircled ou contested reçoivent un anneau.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt; : optionnel ; enregistrer aussi le style dans un fichier .qml.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les frappes et les résultats ayant un champ de date (date, event_date ou strike_date) et une couche de contrôle à états datés (valid_from) reçoivent aussi des réglages du Temporal Controller : chaque frappe à son jour, chaque état de son valid_from au valid_from du suivant, de sorte que faire défiler le temps montre la carte de contrôle en vigueur sous les frappes du jour.&lt;/p&gt;&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="59" />
      <source>&lt;p&gt;Imports a history of control-map snapshots (DeepState's archive, for instance: one export per publication, named by its UTC Unix time such as 1685750400.geojson) as ONE time-aware control layer: each file goes through strikecheck:importcontrol and gets the snapshot's date in valid_from, which strikecheck:nearestfaction reads (each strike against the latest snapshot on or before its date). The input files are never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a list of files; each entry may also be a folder (its .geojson, .json, .kml, .kmz, .gpkg, .shp and .gml files, sub-folders too) or a .zip of them. On the command line repeat INPUT=... once per entry.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; a field holding each feature's date. Features without one take the date of the file name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_PATTERN&lt;/b&gt;: optional; a regular expression with named groups year, month and day (hour and minute optional) read from the file name, e.g. (?P&amp;lt;day&amp;gt;\d\d)\.(?P&amp;lt;month&amp;gt;\d\d)\.(?P&amp;lt;year&amp;gt;\d\d\d\d). Without it the name is read as a 10-digit Unix time (its UTC date), YYYY-MM-DD or YYYYMMDD.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;, &lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: as in strikecheck:importcontrol, for every file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Several files on one day: the latest (by time of day, else by name) is imported, the others are skipped with a note. A file that cannot be imported is named in a warning and skipped. Cancel stops between files.&lt;/p&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: faction, faction_label, raw_faction, valid_from, then the fields of every file (a union by name; a field missing in a file is NULL there). The geometry type is that of the first polygon file (else line, else point) imported.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importhistory -- INPUT=deepstate-history/ PRESET=ukraine OUTPUT=history.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Importe un historique d'instantanés de cartes de contrôle (l'archive de DeepState, par exemple : un export par publication, nommé d'après son temps Unix UTC, comme 1685750400.geojson) en UNE seule couche de contrôle datée : chaque fichier passe par strikecheck:importcontrol et reçoit la date de l'instantané dans valid_from, que lit strikecheck:nearestfaction (chaque frappe est comparée au dernier instantané à sa date ou avant). Les fichiers d'entrée ne sont jamais modifiés.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt; : une liste de fichiers ; chaque entrée peut aussi être un dossier (ses fichiers .geojson, .json, .kml, .kmz, .gpkg, .shp et .gml, sous-dossiers compris) ou une archive .zip de ces fichiers. En ligne de commande, répétez INPUT=... pour chaque entrée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt; : facultatif ; un champ portant la date de chaque entité. Les entités sans date prennent celle du nom du fichier.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_PATTERN&lt;/b&gt; : facultatif ; une expression régulière avec les groupes nommés year, month et day (hour et minute facultatifs), lue dans le nom du fichier, par ex. (?P&amp;lt;day&amp;gt;\d\d)\.(?P&amp;lt;month&amp;gt;\d\d)\.(?P&amp;lt;year&amp;gt;\d\d\d\d). Sans elle, le nom est lu comme un temps Unix à 10 chiffres (sa date UTC), YYYY-MM-DD ou YYYYMMDD.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;, &lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt; : comme dans strikecheck:importcontrol, pour chaque fichier.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Plusieurs fichiers le même jour : le plus récent (par l'heure, sinon par le nom) est importé, les autres sont ignorés avec une note. Un fichier impossible à importer est nommé dans un avertissement et ignoré. L'annulation agit entre deux fichiers.&lt;/p&gt;&lt;h3&gt;Sortie&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : faction, faction_label, raw_faction, valid_from, puis les champs de tous les fichiers (une union par nom ; un champ absent d'un fichier y vaut NULL). Le type de géométrie est celui du premier fichier de polygones (sinon de lignes, sinon de points) importé.&lt;/p&gt;&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importhistory -- INPUT=deepstate-history/ PRESET=ukraine OUTPUT=history.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="13" />
      <source>&lt;p&gt;Makes a control map from a published map image: georeference the picture in QGIS's Georeferencer, give the colour of each faction, and get polygons with the fields Import control map writes, ready for Nearest faction. Pixels take the nearest legend colour in CIELAB; labels, roads, rivers and borders drawn over the territory are bridged by the colours around them; hatching of two legend colours becomes their mixed class (a+b).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;</source>
      <translation>&lt;p&gt;Crée une carte de contrôle à partir de l'image d'une carte publiée : géoréférencez l'image avec le Géoréférenceur de QGIS, indiquez la couleur de chaque faction et obtenez des polygones avec les champs qu'écrit « Importer une carte de contrôle », prêts pour « Faction la plus proche ». Chaque pixel prend la couleur de légende la plus proche dans CIELAB ; les étiquettes, routes, rivières et frontières dessinées par-dessus le territoire sont comblées par les couleurs environnantes ; les hachures de deux couleurs de légende deviennent leur classe mixte (a+b).&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="63" />
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field and follows the title after a dash ('Strikes — 1 - 31 OCT 2022'). A long title shrinks, then wraps, to fit its frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: a time-aware control layer (dated snapshots in valid_from, as strikecheck:importcontrol writes them) is drawn as the snapshot in force on this day (YYYY-MM-DD): the latest valid_from on or before it, plus the undated features; empty: DATE when it is YYYY-MM-DD, else the latest strike date. The credits name it ('Control: DeepState, 1 OCT 2022') and the log warns when the strikes span several snapshots. Your layer is not changed: the map draws a filtered copy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;li&gt;&lt;b&gt;SERIES&lt;/b&gt;: none (one map), or a map series: one page per control snapshot (snapshot), day, week or month, each with that period's strikes, its own date in the title, finding and control date in the credits. A snapshot page runs from its valid_from to the next one's (strikes before the first count in the first) and every snapshot gets a page, strikes or none; a day, week (Monday to Sunday) or month page is drawn over the snapshot in force on its last day, and periods without a strike get no page (the log says how many). Undated strikes are on no page. The PDF has every page, the PNG and SVG are numbered (map_001.png, map_002.png...). The layout is a QGIS atlas over a layer of the pages (their dates, title, finding and credit, kept in the project file), its map filtered by its temporal range: it opens, previews and edits in the Layout Designer. DATE and CONTROL_DATE give way to each page's own.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_ANIMATION&lt;/b&gt;: with SERIES, the pages as an animation, 1.5 s each: a .gif (Pillow, python3-pil), or .mp4 / .webm when ffmpeg is installed (apt-get install ffmpeg).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Produit une carte prête à publier, à la manière des cartes de conflit de l'ISW : titre et date, les frappes en étoiles sur le contrôle territorial, une légende (KEY), une échelle en km, une flèche du nord, une carte de situation du pays, la conclusion en une phrase et les sources. Les contours et les noms des pays viennent de la carte du monde fournie avec QGIS : aucun téléchargement. La mise en page est construite à partir de resources/layouts/strikecheck_map.qpt et, sauf si ADD_TO_PROJECT est désactivé, ajoutée aussi aux mises en page du projet pour que vous puissiez la modifier avant de l'exporter à nouveau.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt; : les frappes, idéalement la sortie de strikecheck:nearestfaction (nécessaire pour la phrase de conclusion). La carte est cadrée sur elles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt; : optionnels ; la carte de contrôle et les lignes vers le territoire le plus proche. Avec TARGET_FACTION, seules les lignes vers elle sont tracées, et le cadrage les inclut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : le champ de faction de la couche de contrôle ('faction' par défaut).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt; : optionnel, p. ex. isis : la conclusion indique combien de frappes sont tombées dans son territoire et à quelle distance de lui tombaient les autres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (avancé) : le champ qui nomme chaque frappe sur la carte ; vide : un champ appelé site, location, name, place ou town quand il y a au plus 40 frappes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt; : fiabilité (signalement High-/Low-Confidence de l'ISW) ou faction qui contrôle le terrain (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt; : styliser les couches aux couleurs du préréglage, comme le fait strikecheck:applystyle (une couche du projet garde le nouveau style ; les données ne changent jamais). Désactivé : vos propres styles sont utilisés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt; : p. ex. 'Russian Airstrikes' et '30 SEPT 2015' ; une DATE vide est lue dans le champ de date des frappes. Une date lue dans les frappes suit le titre après un tiret ('Strikes — 1 - 31 OCT 2022'). Un titre long est réduit, puis renvoyé à la ligne, pour tenir dans son cadre.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt; : une couche de contrôle datée (des états datés dans valid_from, tels que strikecheck:importcontrol les écrit) est dessinée dans l'état en vigueur ce jour-là (YYYY-MM-DD) : le dernier valid_from à cette date ou avant, plus les entités sans date ; vide : DATE si elle est écrite YYYY-MM-DD, sinon la date de la dernière frappe. Les crédits le nomment ('Control: DeepState, 1 OCT 2022') et le journal avertit quand les frappes couvrent plusieurs états. Votre couche n'est pas modifiée : la carte dessine une copie filtrée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt; : la ligne de crédits 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (par défaut : les noms des couches) ; NOTE ajoute une phrase sous la conclusion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 ou A3, &lt;b&gt;ORIENTATION&lt;/b&gt; paysage ou portrait, &lt;b&gt;DPI&lt;/b&gt; du PNG, &lt;b&gt;PADDING&lt;/b&gt; autour des frappes en % de l'emprise cadrée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt; : optionnel ; le pays de la carte de situation (par défaut : celui qui contient le plus de frappes), tel que nommé dans la carte du monde de QGIS, p. ex. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (avancé) : votre propre .qpt, p. ex. celui fourni, restylé dans le concepteur de mise en page. Les éléments sont trouvés par identifiant (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits) ; ceux qui manquent sont omis, main_map est obligatoire. Polices, couleurs et cadres sont les vôtres ; les positions suivent PAPER et ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (avancé) : garder aussi la mise en page dans le projet, avec les couches qu'elle montre (couches de contexte de la carte du monde dans un groupe 'StrikeCheck map'). qgis_process n'a pas de projet : seuls les fichiers y sont écrits.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt; : les fichiers à écrire (n'importe lesquels).&lt;/li&gt;&lt;li&gt;&lt;b&gt;SERIES&lt;/b&gt; : none (une seule carte), ou une série de cartes : une page par instantané de contrôle (snapshot), jour (day), semaine (week) ou mois (month), chacune avec les frappes de sa période, sa propre date dans le titre, son constat et la date du contrôle dans les crédits. Une page d'instantané va de son valid_from à celui du suivant (les frappes antérieures au premier comptent dans le premier) et chaque instantané a sa page, avec ou sans frappes ; une page de jour, de semaine (du lundi au dimanche) ou de mois est dessinée sur l'instantané en vigueur à son dernier jour, et les périodes sans frappe n'ont pas de page (le journal dit combien). Les frappes non datées ne figurent sur aucune page. Le PDF contient toutes les pages, les PNG et SVG sont numérotés (map_001.png, map_002.png...). La mise en page est un atlas QGIS sur une couche des pages (leurs dates, titre, constat et crédit, gardés dans le fichier du projet), sa carte filtrée par sa plage temporelle : elle s'ouvre, se prévisualise et se modifie dans le concepteur de mise en page. DATE et CONTROL_DATE cèdent la place à ceux de chaque page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_ANIMATION&lt;/b&gt; : avec SERIES, les pages en animation, 1,5 s chacune : un .gif (Pillow, python3-pil), ou un .mp4 / .webm quand ffmpeg est installé (apt-get install ffmpeg).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="13" />
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. Raw public exports (DeepStateMap, Google My Maps) need only INPUT and the preset; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;</source>
      <translation>&lt;p&gt;Rend une carte de contrôle territorial utilisable par StrikeCheck : le texte de faction de chaque entité ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') devient un code de faction canonique tiré d'un préréglage, les géométries sont réparées et chaque entité reçoit la date à partir de laquelle elle est valide. Les exports publics bruts (DeepStateMap, Google My Maps) ne demandent que INPUT et le préréglage ; l'entrée n'est jamais modifiée.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="78" />
      <source>&lt;p&gt;Turns a table of strikes as analysts receive it (an ACLED export, an Airwars-style table, a hand-typed CSV, a KML from a map service) into a clean StrikeCheck point layer in WGS84, and lists every row that could not become a strike with its line number and the reason. Nothing is dropped silently.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a file (CSV, TSV or semicolon-separated text; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) or any layer. Text files are read by StrikeCheck itself so that every line can be reported: UTF-8 with or without BOM, UTF-16, or Windows-1252 (Western European) when that is unambiguous; anything else is refused with a message rather than read as garbled text. The delimiter is found by itself. A loaded delimited-text layer is read from its file the same way. A KML or KMZ file is read by StrikeCheck too, whatever GDAL QGIS has: every placemark of every folder, with the columns Name, description, folder, timestamp (begin, end) and its ExtendedData; a placemark whose coordinates cannot be read is listed in ERRORS with the reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: optional; the latitude and longitude columns (decimal degrees, decimal commas, N/S/E/W letters or degrees-minutes-seconds). Found by name when empty: latitude/lat/y and longitude/lon/lng/long/x in any case, ACLED's included.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: optional; a column holding WKT points ('POINT (36.3 35.8)') or 'lat, lon' text ('35.8126, 36.3176', as Airwars writes it). Found by name or content when no latitude/longitude columns exist. Without any of these the layer's point geometry is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: optional QGIS expression over the input's own columns; rows for which it is false are left out (counted in the log, not errors). Empty: ACLED exports keep only sub_event_type = 'Air/drone strike', other inputs keep every row. Write TRUE to keep every row of an ACLED export.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date column (found by name when empty: event_date, date, ...). Reads 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: for dd/mm/yyyy versus mm/dd/yyyy. 'Detect' decides once for the whole column from dates that can only be read one way, and stops with a message when nothing decides it; it never guesses row by row.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional; found by name when empty (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: optional 'value=high;value=low' pairs for confidence values other than high/low (e.g. Airwars gradings: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: how far, in km, a strike may be from its coordinates for each precision code or word, e.g. ACLED geo_precision 1 (the town), 2 (near a town), 3 (a region or provincial capital). Default: {precision}. These distances are StrikeCheck's assumption, not ACLED's or Airwars'. A precision column whose name ends in km is taken as kilometres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: optional area where the strikes should be; rows outside it are rejected, and a whole column of exchanged latitude/longitude is detected by it even where both stay within ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: optional encoding of a text file (e.g. windows-1256 for Arabic Windows text); empty: detected.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with &lt;b&gt;strike_id&lt;/b&gt; (text: the id column, or the line number / feature id), &lt;b&gt;date&lt;/b&gt; (date or NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low or NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, then every original column with its values untouched (empty cells of a text file become NULL). An original column whose name clashes with one of these is kept as &amp;lt;name&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: a table of the rows that could not become strikes: &lt;b&gt;line&lt;/b&gt; (line number in a text file, row in a spreadsheet), &lt;b&gt;feature_id&lt;/b&gt; (feature id in a layer; not named fid, which GeoPackage reserves), &lt;b&gt;reason&lt;/b&gt; (e.g. 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") and &lt;b&gt;raw&lt;/b&gt; (the row as written).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A whole column of exchanged latitude and longitude (latitudes beyond ±90 while every longitude is within ±90) is detected and read the other way round, with a warning; columns you choose yourself are used as given.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Transforme un tableau de frappes tel que les analystes le reçoivent (un export ACLED, un tableau à la Airwars, un CSV saisi à la main, un KML d'un service cartographique) en une couche de points StrikeCheck propre en WGS84, et liste chaque ligne qui n'a pas pu devenir une frappe avec son numéro de ligne et la raison. Rien n'est écarté en silence.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt; : un fichier (CSV, TSV ou texte séparé par des points-virgules ; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) ou n'importe quelle couche. Les fichiers texte sont lus par StrikeCheck lui-même afin de pouvoir signaler chaque ligne : UTF-8 avec ou sans BOM, UTF-16, ou Windows-1252 (Europe occidentale) quand il n'y a pas d'ambiguïté ; tout autre encodage est refusé avec un message plutôt que lu en texte brouillé. Le délimiteur est trouvé automatiquement. Une couche de texte délimité chargée est lue depuis son fichier de la même façon. Un fichier KML ou KMZ est lu lui aussi par StrikeCheck, quel que soit le GDAL de QGIS : chaque repère de chaque dossier, avec les colonnes Name, description, folder, timestamp (begin, end) et ses ExtendedData ; un repère dont les coordonnées ne peuvent pas être lues est listé dans ERRORS avec la raison.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt; : optionnels ; les colonnes de latitude et de longitude (degrés décimaux, virgules décimales, lettres N/S/E/W ou degrés-minutes-secondes). Trouvées par leur nom si vides : latitude/lat/y et longitude/lon/lng/long/x sans tenir compte de la casse, y compris celles d'ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt; : optionnel ; une colonne contenant des points WKT ('POINT (36.3 35.8)') ou du texte 'lat, lon' ('35.8126, 36.3176', comme l'écrit Airwars). Trouvée par son nom ou son contenu quand il n'y a pas de colonnes de latitude/longitude. Sans aucune d'elles, la géométrie ponctuelle de la couche est utilisée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt; : expression QGIS optionnelle portant sur les colonnes de l'entrée ; les lignes pour lesquelles elle est fausse sont écartées (comptées dans le journal, pas comme erreurs). Vide : les exports ACLED ne gardent que sub_event_type = 'Air/drone strike', les autres entrées gardent toutes les lignes. Écrivez TRUE pour garder toutes les lignes d'un export ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt; : optionnel ; la colonne de date (trouvée par son nom si vide : event_date, date, ...). Lit 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt; : pour jj/mm/aaaa contre mm/jj/aaaa. 'Detect' tranche une fois pour toute la colonne à partir des dates qui ne se lisent que d'une façon, et s'arrête avec un message quand rien ne permet de trancher ; il ne devine jamais ligne par ligne.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt; : optionnels ; trouvés par leur nom si vides (ACLED : event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt; : paires optionnelles 'valeur=high;valeur=low' pour les valeurs de fiabilité autres que high/low (p. ex. les cotes d'Airwars : 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt; : à quelle distance, en km, une frappe peut se trouver de ses coordonnées pour chaque code ou mot de précision, p. ex. geo_precision d'ACLED 1 (la localité), 2 (près d'une localité), 3 (une région ou un chef-lieu de province). Par défaut : {precision}. Ces distances sont une hypothèse de StrikeCheck, pas d'ACLED ni d'Airwars. Une colonne de précision dont le nom se termine par km est lue en kilomètres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt; : optionnel ; la zone où les frappes devraient se trouver ; les lignes hors de celle-ci sont rejetées, et une colonne entière de latitudes/longitudes inversées est détectée grâce à elle même quand les deux restent dans ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt; : encodage optionnel d'un fichier texte (p. ex. windows-1256 pour du texte Windows arabe) ; vide : détecté.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sorties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : des points en EPSG:4326 avec &lt;b&gt;strike_id&lt;/b&gt; (texte : la colonne d'identifiant, ou le numéro de ligne / l'identifiant d'entité), &lt;b&gt;date&lt;/b&gt; (date ou NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low ou NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, puis chaque colonne d'origine avec ses valeurs intactes (les cellules vides d'un fichier texte deviennent NULL). Une colonne d'origine dont le nom entre en conflit avec l'un de ceux-ci est conservée sous le nom &amp;lt;nom&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt; : un tableau des lignes qui n'ont pas pu devenir des frappes : &lt;b&gt;line&lt;/b&gt; (numéro de ligne dans un fichier texte, rangée dans un tableur), &lt;b&gt;feature_id&lt;/b&gt; (identifiant d'entité dans une couche ; pas nommé fid, que GeoPackage réserve), &lt;b&gt;reason&lt;/b&gt; (p. ex. 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") et &lt;b&gt;raw&lt;/b&gt; (la ligne telle qu'écrite).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Une colonne entière de latitudes et longitudes inversées (des latitudes au-delà de ±90 alors que toutes les longitudes sont dans ±90) est détectée et lue dans l'autre sens, avec un avertissement ; les colonnes que vous choisissez vous-même sont utilisées telles quelles.&lt;/p&gt;&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="47" />
      <source>&lt;p&gt;Turns a table of town control over time into dated control points that strikecheck:nearestfaction reads as a time-aware control layer.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a CSV/TSV text table in one of two shapes. Wide (VIINA-style): one row per place with lon and lat columns and one column per date named like ctr_20220301 (any prefix, then YYYYMMDD). Long (Carter-Center-style): one row per place per date with place, lat, lon, date and control columns.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: as in strikecheck:importcontrol. UA, RU and CONTESTED (any case) become ukraine_held, russia_occupied and contested; MAPPING overrides them; other codes are kept as given (normalised).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ONLY_CHANGES&lt;/b&gt;: write a place's control only where it changes from its previous date (default yes): the result reads the same in nearestfaction, which keeps the latest snapshot on or before each strike's date per place.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with faction, faction_label, raw_faction, valid_from and place. Empty cells are left out; rows without coordinates are named in a warning.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontroltable -- INPUT=viina_control.csv PRESET=ukraine OUTPUT=towns.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Transforme une table du contrôle des localités dans le temps en points de contrôle datés, que strikecheck:nearestfaction lit comme une couche de contrôle datée.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt; : une table texte CSV/TSV de l'une de deux formes. Large (façon VIINA) : une ligne par lieu avec des colonnes lon et lat et une colonne par date nommée comme ctr_20220301 (un préfixe quelconque, puis YYYYMMDD). Longue (façon Carter Center) : une ligne par lieu et par date avec les colonnes place, lat, lon, date et control.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt; : comme dans strikecheck:importcontrol. UA, RU et CONTESTED (toute casse) deviennent ukraine_held, russia_occupied et contested ; MAPPING les remplace ; les autres codes sont gardés tels quels (normalisés).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ONLY_CHANGES&lt;/b&gt; : n'écrire le contrôle d'un lieu que là où il change par rapport à la date précédente (oui par défaut) : nearestfaction lit le résultat de la même façon, car il retient pour chaque lieu le dernier instantané à la date de la frappe ou avant.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sortie&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : des points en EPSG:4326 avec faction, faction_label, raw_faction, valid_from et place. Les cellules vides sont omises ; les lignes sans coordonnées sont nommées dans un avertissement.&lt;/p&gt;&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontroltable -- INPUT=viina_control.csv PRESET=ukraine OUTPUT=towns.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="42" />
      <source>&lt;p&gt;Writes a report of an analysis: the finding in one sentence, the map, strikes by controlling faction, the distance to the target faction, strikes per week by controlling faction (when the strikes have dates), and a strike-by-strike table. HTML (charts and map as PNG files in a folder beside it) and, optionally, a PDF made by Qt itself: no browser or web service. Your layers' styles are left as they were.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the output of strikecheck:nearestfaction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding and the distance chart are about it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; names the strikes in the table (default: a field called site, location, name, place or town).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;, &lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; with CONTROL the report draws its map as strikecheck:exportmap does. &lt;b&gt;MAP_IMAGE&lt;/b&gt; puts an existing PNG (e.g. exportmap's) in the report instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PALETTE&lt;/b&gt;: colours and names of the factions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;, &lt;b&gt;NOTE&lt;/b&gt;, &lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the report's words and its sources.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_HTML&lt;/b&gt;, &lt;b&gt;OUTPUT_PDF&lt;/b&gt;: the files to write.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:report -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis OUTPUT_HTML=report.html OUTPUT_PDF=report.pdf&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Rédige le rapport d'une analyse : la conclusion en une phrase, la carte, les frappes par faction contrôlant le terrain, la distance à la faction cible, les frappes par semaine et par faction contrôlant le terrain (si les frappes sont datées) et un tableau frappe par frappe. En HTML (graphiques et carte en fichiers PNG dans un dossier à côté) et, en option, en PDF produit par Qt lui-même : ni navigateur ni service web. Les styles de vos couches restent tels quels.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt; : la sortie de strikecheck:nearestfaction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt; : optionnel, p. ex. isis : la conclusion et le graphique des distances portent sur elle.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; : optionnel ; nomme les frappes dans le tableau (par défaut : un champ appelé site, location, name, place ou town).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;, &lt;b&gt;FACTION_FIELD&lt;/b&gt; : optionnels ; avec CONTROL, le rapport dessine sa carte comme le fait strikecheck:exportmap. &lt;b&gt;MAP_IMAGE&lt;/b&gt; insère à la place un PNG existant (p. ex. celui d'exportmap).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PALETTE&lt;/b&gt; : couleurs et noms des factions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;, &lt;b&gt;NOTE&lt;/b&gt;, &lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt; : les textes du rapport et ses sources.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_HTML&lt;/b&gt;, &lt;b&gt;OUTPUT_PDF&lt;/b&gt; : les fichiers à écrire.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:report -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis OUTPUT_HTML=report.html OUTPUT_PDF=report.pdf&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="113" />
      <source>A long table (a row per place and date): {n} dated control values.</source>
      <translation>Une table longue (une ligne par lieu et par date) : {n} valeurs de contrôle datées.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="200" />
      <source>A map series needs the strikes' dates: the layer '{layer}' has no field called {names}.</source>
      <translation>Une série de cartes a besoin des dates des frappes : la couche '{layer}' n'a pas de champ nommé {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="113" />
      <source>A wide table (a column per date): {n} dated control values.</source>
      <translation>Une table large (une colonne par date) : {n} valeurs de contrôle datées.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="30" />
      <source>ACLED export without a sub_event_type column: every row is kept (older exports mix air strikes with shelling and other remote violence).</source>
      <translation>Export ACLED sans colonne sub_event_type : toutes les lignes sont gardées (les exports plus anciens mêlent frappes aériennes, bombardements et autres violences à distance).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="37" />
      <source>ACLED export: keeping only {expression}. Set FILTER_EXPRESSION to TRUE to keep every row.</source>
      <translation>Export ACLED : seules sont gardées les lignes où {expression}. Réglez FILTER_EXPRESSION sur TRUE pour garder toutes les lignes.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="77" />
      <source>ACLED time_precision: {week} strikes dated within a week (event_date ± 3 days) and {month} within a month (its calendar month); date and date_end hold each window.</source>
      <translation>ACLED time_precision : {week} frappes datées à une semaine près (event_date ± 3 jours) et {month} à un mois près (son mois civil) ; date et date_end contiennent chaque fenêtre.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>APR</source>
      <translation>AVR</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>AUG</source>
      <translation>AOÛT</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Across the front</source>
      <translation>De l'autre côté du front</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Actor column (empty: find it)</source>
      <translation>Colonne de l'acteur (vide : la trouver)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="295" />
      <source>Add the layout to the project</source>
      <translation>Ajouter la mise en page au projet</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="241" />
      <source>All {n} dated strikes fall in one week (starting Monday {day}): no weekly chart.</source>
      <translation>Les {n} frappes datées tombent toutes dans la même semaine (à partir du lundi {day}) : pas de graphique hebdomadaire.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="337" />
      <source>All {total} strikes, one per row.</source>
      <translation>Les {total} frappes, une par ligne.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="68" />
      <source>Analysed strikes (output of Nearest faction)</source>
      <translation>Frappes analysées (sortie de Faction la plus proche)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="75" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="77" />
      <source>Analysis: StrikeCheck</source>
      <translation>Analyse : StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="250" />
      <source>Animation of the series</source>
      <translation>Animation de la série</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="23" />
      <source>Apply StrikeCheck style</source>
      <translation>Appliquer le style StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="90" />
      <source>Area of interest (polygons; optional)</source>
      <translation>Zone d'intérêt (polygones ; facultatif)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="219" />
      <source>Area where strikes are expected</source>
      <translation>Zone où les frappes sont attendues</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="170" />
      <source>CONFIDENCE_MAPPING maps '{key}' to '{value}'; the confidence can only be high, low or null.</source>
      <translation>CONFIDENCE_MAPPING associe '{key}' à '{value}' ; la fiabilité ne peut être que high, low ou null.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="74" />
      <source>CONTROL_DATE '{value}' is not a date written YYYY-MM-DD.</source>
      <translation>CONTROL_DATE '{value}' n'est pas une date écrite YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="300" />
      <source>Cancelled: nothing was written.</source>
      <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="121" />
      <source>Cancelled: the files this run began were removed.</source>
      <translation>Annulé : les fichiers que cette exécution avait commencés ont été supprimés.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Certain</source>
      <translation>Certain</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="62" />
      <source>Colour tolerance (CIELAB delta E)</source>
      <translation>Tolérance de couleur (delta E CIELAB)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="74" />
      <source>Colours from preset '{preset}', palette '{palette}'.</source>
      <translation>Couleurs du préréglage '{preset}', palette '{palette}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="86" />
      <source>Column '{column}' is not in the input; its columns are: {names}.</source>
      <translation>La colonne '{column}' n'existe pas dans l'entrée ; ses colonnes sont : {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="234" />
      <source>Column header '{old}' is empty or repeated: named '{new}'.</source>
      <translation>L'en-tête de colonne '{old}' est vide ou répété : nommé '{new}'.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>Confidence</source>
      <translation>Fiabilité</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Confidence column (empty: find it)</source>
      <translation>Colonne de fiabilité (vide : la trouver)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="290" />
      <source>Confidence values not understood, imported as NULL: {values}. Map them with CONFIDENCE_MAPPING, e.g. 'Fair=high;Weak=low'.</source>
      <translation>Valeurs de fiabilité non comprises, importées comme NULL : {values}. Associez-les avec CONFIDENCE_MAPPING, p. ex. 'Fair=high;Weak=low'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="205" />
      <source>Confidence values to map, e.g. Fair=high;Weak=low</source>
      <translation>Valeurs de fiabilité à convertir, p. ex. Fair=high;Weak=low</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="127" />
      <source>Control history</source>
      <translation>Historique du contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="176" />
      <source>Control map (canonical)</source>
      <translation>Carte de contrôle (canonique)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="119" />
      <source>Control map (from image)</source>
      <translation>Carte de contrôle (depuis une image)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="78" />
      <source>Control map (polygons, lines or points)</source>
      <translation>Carte de contrôle (polygones, lignes ou points)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="30" />
      <source>Control map from image</source>
      <translation>Carte de contrôle depuis une image</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="91" />
      <source>Control map: the snapshot of {date}, in force on the map's date ({shown} of {count} features; {total} snapshots in the layer).</source>
      <translation>Carte de contrôle : l'état du {date}, en vigueur à la date de la carte ({shown} entités sur {count} ; {total} états dans la couche).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="70" />
      <source>Control table</source>
      <translation>Table de contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="75" />
      <source>Control: {source}</source>
      <translation>Contrôle : {source}</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="71" />
      <location filename="../plugin/layouts/texts.py" line="72" />
      <source>Control: {source}, {date}</source>
      <translation>Contrôle : {source}, {date}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="43" />
      <source>Controlled by</source>
      <translation>Contrôlé par</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Could also be</source>
      <translation>Pourrait aussi être</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="138" />
      <source>Could not save the style to {path}: {message}</source>
      <translation>Impossible d'enregistrer le style dans {path} : {message}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="67" />
      <source>Country '{name}' is not in the world map QGIS ships (Natural Earth names in English, e.g. Ukraine, Syria); set OUTLINE to a polygon layer instead.</source>
      <translation>Le pays '{name}' n'est pas dans la carte du monde livrée avec QGIS (noms Natural Earth en anglais, p. ex. Ukraine, Syria) ; indiquez plutôt une couche de polygones dans OUTLINE.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="289" />
      <source>Country of the inset (empty: found)</source>
      <translation>Pays de la carte de situation (vide : déterminé automatiquement)</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="78" />
      <source>Country outlines: Natural Earth (bundled with QGIS).</source>
      <translation>Contours des pays : Natural Earth (fourni avec QGIS).</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="35" />
      <source>DATE_PATTERN is not a regular expression: {error}</source>
      <translation>DATE_PATTERN n'est pas une expression régulière : {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="40" />
      <source>DATE_PATTERN needs the named groups (?P&lt;year&gt;...), (?P&lt;month&gt;...) and (?P&lt;day&gt;...); it has: {groups}</source>
      <translation>DATE_PATTERN doit avoir les groupes nommés (?P&lt;year&gt;...), (?P&lt;month&gt;...) et (?P&lt;day&gt;...) ; il a : {groups}</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>DEC</source>
      <translation>DÉC</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="107" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="172" />
      <source>Date column (empty: find it)</source>
      <translation>Colonne de date (vide : la trouver)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="242" />
      <source>Date field '{field}' not found in the control layer.</source>
      <translation>Champ de date '{field}' introuvable dans la couche de contrôle.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Date field of the features (optional)</source>
      <translation>Champ de date des entités (facultatif)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="185" />
      <source>Date of the control map, YYYY-MM-DD (empty: latest strike)</source>
      <translation>Date de la carte de contrôle, YYYY-MM-DD (vide : dernière frappe)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="178" />
      <source>Date, e.g. 30 SEPT 2015 (empty: from the strikes' dates)</source>
      <translation>Date, p. ex. 30 SEPT 2015 (vide : d'après les dates des frappes)</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="199" />
      <source>Dates in column '{column}' are read {order}, as '{example}' shows.</source>
      <translation>Les dates de la colonne '{column}' sont lues {order}, comme le montre '{example}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="157" />
      <source>Dates in column '{column}' can be read day-first or month-first (e.g. '{example}') and none of them settles which. Set DATE_ORDER to day-first (dd/mm/yyyy) or month-first (mm/dd/yyyy).</source>
      <translation>Les dates de la colonne '{column}' peuvent se lire jour d'abord ou mois d'abord (p. ex. '{example}') et aucune ne permet de trancher. Réglez DATE_ORDER sur jour d'abord (jj/mm/aaaa) ou mois d'abord (mm/jj/aaaa).</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="138" />
      <source>Dates in column '{column}' mix day-first ('{day}') and month-first ('{month}') writing, so their order cannot be decided for the column. Set DATE_ORDER to the order most rows use; rows written the other way will be listed as errors.</source>
      <translation>Les dates de la colonne '{column}' mêlent l'écriture jour d'abord ('{day}') et mois d'abord ('{month}') : leur ordre ne peut pas être fixé pour la colonne. Réglez DATE_ORDER sur l'ordre qu'utilisent la plupart des lignes ; les lignes écrites autrement seront listées comme erreurs.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Day first (dd/mm/yyyy)</source>
      <translation>Jour d'abord (jj/mm/aaaa)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Day/month order of numeric dates</source>
      <translation>Ordre jour/mois des dates numériques</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Detect from the whole column</source>
      <translation>Déterminer sur toute la colonne</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="212" />
      <source>Distance in km for each precision code or word</source>
      <translation>Distance en km pour chaque code ou mot de précision</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="153" />
      <source>Distance to nearest {name} territory</source>
      <translation>Distance à la zone {name} la plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="188" />
      <source>Distance to the nearest {name} territory</source>
      <translation>Distance à la zone {name} la plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="271" />
      <source>Draw strikes by</source>
      <translation>Dessiner les frappes selon</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="42" />
      <source>Edit to override the preset for this value</source>
      <translation>Modifier pour remplacer le préréglage pour cette valeur</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="271" />
      <source>Engine (auto: inside PostGIS when both layers are in one database)</source>
      <translation>Moteur (auto : dans PostGIS quand les deux couches sont dans la même base)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="257" />
      <source>Event dataset recognised by its columns: {source}.</source>
      <translation>Jeu de données d'événements reconnu à ses colonnes : {source}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="67" />
      <source>Every feature's faction from FACTION_VALUE.</source>
      <translation>La faction de chaque entité vient de FACTION_VALUE.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="29" />
      <source>Export strike map</source>
      <translation>Exporter la carte des frappes</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>FEB</source>
      <translation>FÉVR</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="85" />
      <source>FILTER_EXPRESSION cannot be read: {error}</source>
      <translation>FILTER_EXPRESSION est illisible : {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="110" />
      <source>FILTER_EXPRESSION fails on this row: {error}</source>
      <translation>FILTER_EXPRESSION échoue sur cette ligne : {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="94" />
      <source>FILTER_EXPRESSION uses column(s) {unknown}, which the input does not have; its columns are: {names}.</source>
      <translation>FILTER_EXPRESSION utilise la ou les colonnes {unknown}, que l'entrée n'a pas ; ses colonnes sont : {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="153" />
      <source>Faction field</source>
      <translation>Champ de faction</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="70" />
      <source>Faction field '{field}' (found by its name; set FACTION_FIELD to choose another).</source>
      <translation>Champ de faction '{field}' (trouvé d'après son nom ; indiquez FACTION_FIELD pour en choisir un autre).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="75" />
      <source>Faction field '{field}'.</source>
      <translation>Champ de faction '{field}'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="85" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Faction field (empty: find it)</source>
      <translation>Champ de faction (vide : le trouver)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="154" />
      <location filename="../plugin/processing/algorithms/report.py" line="104" />
      <source>Faction field of the control layer</source>
      <translation>Champ de faction de la couche de contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="133" />
      <source>Faction holding the rest of the outline, e.g. ukraine_held (optional)</source>
      <translation>Faction qui tient le reste du contour, p. ex. ukraine_held (optionnel)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="93" />
      <source>Faction of the whole layer, e.g. occupied (instead of a field)</source>
      <translation>Faction de toute la couche, p. ex. occupied (au lieu d'un champ)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="100" />
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="71" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="98" />
      <source>Faction preset</source>
      <translation>Préréglage de factions</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="37" />
      <source>Faction preset (colours and legend labels)</source>
      <translation>Préréglage de factions (couleurs et étiquettes de légende)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="175" />
      <location filename="../plugin/processing/nearest/request.py" line="176" />
      <source>Faction(s) {unknown} are not in the control layer's faction field; values present: {present}.</source>
      <translation>La ou les factions {unknown} ne figurent pas dans le champ de faction de la couche de contrôle ; valeurs présentes : {present}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="81" />
      <location filename="../plugin/processing/nearest/reporting.py" line="82" />
      <source>Factions in the control map (field '{field}'): {names}</source>
      <translation>Factions de la carte de contrôle (champ '{field}') : {names}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="158" />
      <source>Factions to measure, separated by ';' (empty: all)</source>
      <translation>Factions à mesurer, séparées par ';' (vide : toutes)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="86" />
      <source>Field '{field}' not found in layer '{layer}'; choose the field that holds {what} (fields: {names}).</source>
      <translation>Champ '{field}' introuvable dans la couche '{layer}' ; choisissez le champ qui contient {what} (champs : {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_values.py" line="36" />
      <location filename="../plugin/processing/nearest/request.py" line="136" />
      <location filename="../plugin/processing/nearest/request.py" line="137" />
      <source>Field '{field}' not found in the control layer; choose the field that holds faction names (fields: {names}).</source>
      <translation>Champ '{field}' introuvable dans la couche de contrôle ; choisissez le champ qui contient les noms des factions (champs : {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="250" />
      <source>Fields from columns: {used}.</source>
      <translation>Champs tirés des colonnes : {used}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>File-name date pattern (regular expression)</source>
      <translation>Motif de date du nom de fichier (expression régulière)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="261" />
      <location filename="../plugin/processing/algorithms/report.py" line="148" />
      <source>Finding</source>
      <translation>Conclusion</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="138" />
      <source>Finding.</source>
      <translation>Conclusion.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="258" />
      <source>For every strike StrikeCheck finds the faction(s) whose territory on the control map contains it, and the geodesic distance (WGS84 ellipsoid) to the nearest point of each faction's territory; 0 km means inside. The control map's accuracy bounds the answer: a strike a few km from a front line may fall on either side of it. Where the strikes carry a location precision, each becomes a disc: the conclusion 'held by X' survives only when X holds the whole disc. 'km to front' is the distance to the nearest border between the controlling faction and another one (not the coast); for a strike no mapped faction holds, to the nearest faction's territory. A control map with dated snapshots is read at each strike's date.</source>
      <translation>Pour chaque frappe, StrikeCheck trouve la ou les factions dont le territoire sur la carte de contrôle la contient, et la distance géodésique (ellipsoïde WGS84) jusqu'au point le plus proche du territoire de chaque faction ; 0 km signifie à l'intérieur. La précision de la carte de contrôle borne la réponse : une frappe à quelques km d'une ligne de front peut tomber d'un côté comme de l'autre. Lorsque les frappes portent une précision de localisation, chacune devient un disque : la conclusion « tenu par X » ne tient que si X tient le disque entier. « km du front » est la distance jusqu'à la limite la plus proche entre la faction qui contrôle le terrain et une autre (pas la côte) ; pour une frappe qu'aucune faction cartographiée ne tient, jusqu'au territoire de faction le plus proche. Une carte de contrôle avec des instantanés datés est lue à la date de chaque frappe.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="254" />
      <source>Front line name field</source>
      <translation>Champ du nom des lignes de front</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="249" />
      <source>Front lines (optional)</source>
      <translation>Lignes de front (optionnel)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="262" />
      <source>Front tolerance (km)</source>
      <translation>Tolérance du front (km)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="250" />
      <source>GIF animation (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
      <translation>Animation GIF (*.gif);;Vidéo MP4 (*.mp4);;Vidéo WebM (*.webm)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="286" />
      <location filename="../plugin/reports/build.py" line="302" />
      <source>Generated by StrikeCheck on {day}.</source>
      <translation>Produit par StrikeCheck le {day}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="203" />
      <source>Geodesic distance (WGS84 ellipsoid) from each strike outside {name} territory to the nearest point of it.</source>
      <translation>Distance géodésique (ellipsoïde WGS84) de chaque frappe hors du territoire {name} jusqu'à son point le plus proche.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="211" />
      <source>Geodesic distance (WGS84 ellipsoid) from each strike outside {name}-held territory to the nearest point of it.</source>
      <translation>Distance géodésique (ellipsoïde WGS84) de chaque frappe hors de la zone {name} jusqu'à son point le plus proche.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="49" />
      <source>Georeferenced map image (GeoTIFF, PNG/JPEG + world file)</source>
      <translation>Image de carte géoréférencée (GeoTIFF, PNG/JPEG + fichier de géoréférencement)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="134" />
      <source>HTML (*.html)</source>
      <translation>HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="134" />
      <source>HTML report</source>
      <translation>Rapport HTML</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="107" />
      <source>Held by</source>
      <translation>Tenu par</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="17" />
      <source>High-Confidence reporting</source>
      <translation>Signalement très fiable (High-Confidence)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="32" />
      <location filename="../plugin/processing/algorithms/import_control.py" line="58" />
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="37" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="47" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="56" />
      <source>Import</source>
      <translation>Importation</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="45" />
      <source>Import control history</source>
      <translation>Importer un historique de contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="56" />
      <source>Import control map</source>
      <translation>Importer une carte de contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="54" />
      <source>Import strikes</source>
      <translation>Importer des frappes</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="35" />
      <source>Import town control table</source>
      <translation>Importer une table de contrôle des localités</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="263" />
      <source>Incorrect parameter value for {name}</source>
      <translation>Valeur de paramètre incorrecte pour {name}</translation>
    </message>
    <message>
      <location filename="../plugin/database/engine.py" line="269" />
      <source>Internal error: output columns do not match the answers.</source>
      <translation>Erreur interne : les colonnes de sortie ne correspondent pas aux réponses.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="79" />
      <source>Its other sheets are not read ({others}): give INPUT as {name}|layername=&lt;sheet&gt; to read another.</source>
      <translation>Ses autres feuilles ne sont pas lues ({others}) : indiquez INPUT sous la forme {name}|layername=&lt;sheet&gt; pour en lire une autre.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>JAN</source>
      <translation>JANV</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="340" />
      <source>JSON error at line {line}, column {column}: {error}.</source>
      <translation>Erreur JSON ligne {line}, colonne {column} : {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>JULY</source>
      <translation>JUIL</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>JUNE</source>
      <translation>JUIN</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/map_layout.py" line="120" />
      <source>KEY</source>
      <translation>LÉGENDE</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="164" />
      <source>Keep rows where (empty: ACLED air/drone strikes, else all rows)</source>
      <translation>Garder les lignes où (vide : frappes aériennes/de drones ACLED, sinon toutes les lignes)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="309" />
      <source>Keeping the rows FILTER_EXPRESSION selects: {expression}</source>
      <translation>Conservation des lignes que FILTER_EXPRESSION sélectionne : {expression}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="30" />
      <source>Label</source>
      <translation>Étiquette</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="210" />
      <source>Last day of each strike's date window (empty: 'date_end' if present)</source>
      <translation>Dernier jour de la fenêtre de date de chaque frappe (vide : 'date_end' s'il existe)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="136" />
      <source>Latitude and longitude are exchanged in the whole input ({why}): read {where} the other way round.</source>
      <translation>Latitude et longitude sont inversées dans toute l'entrée ({why}) : {where} est lu dans l'autre sens.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="147" />
      <source>Latitude and longitude look exchanged ({why}), but {where} was chosen explicitly and is used as given.</source>
      <translation>Latitude et longitude semblent inversées ({why}), mais {where} a été choisi explicitement et est utilisé tel quel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>Latitude column (empty: find it)</source>
      <translation>Colonne de latitude (vide : la trouver)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="78" />
      <source>Layer to style</source>
      <translation>Couche à styliser</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="354" />
      <source>Layout '{name}' added to the project (Project &gt; Layouts).</source>
      <translation>Mise en page '{name}' ajoutée au projet (Projet &gt; Mises en page).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="260" />
      <source>Layout name</source>
      <translation>Nom de la mise en page</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="292" />
      <source>Layout template (.qpt)</source>
      <translation>Modèle de mise en page (.qpt)</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="52" />
      <source>Legend entry '{entry}' is not 'colour=faction': write each as #rrggbb=faction, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>L'entrée de légende '{entry}' n'est pas de la forme 'colour=faction' : écrivez chacune sous la forme #rrggbb=faction, p. ex. #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="54" />
      <source>Legend: a palette (isw-like, wikipedia, ukraine) or #rrggbb=faction;...</source>
      <translation>Légende : une palette (isw-like, wikipedia, ukraine) ou #rrggbb=faction;...</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="160" />
      <source>Line {line} cannot be read as delimited text: {error}.</source>
      <translation>La ligne {line} ne peut pas être lue comme texte délimité : {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="149" />
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="186" />
      <source>Lines to nearest territory</source>
      <translation>Lignes vers le territoire le plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="96" />
      <source>Lines to nearest territory (for the map)</source>
      <translation>Lignes vers le territoire le plus proche (pour la carte)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="301" />
      <source>Location precision codes that {source} does not define ({codes}), imported with precision NULL: {values}. Give them a distance in PRECISION_KM if you know what they mean.</source>
      <translation>Codes de précision de localisation que {source} ne définit pas ({codes}), importés avec une précision NULL : {values}. Donnez-leur une distance dans PRECISION_KM si vous savez ce qu'ils signifient.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Location precision column (empty: find it)</source>
      <translation>Colonne de précision de localisation (vide : la trouver)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="227" />
      <source>Location precision field, km (empty: 'precision_km' if present)</source>
      <translation>Champ de précision de localisation, km (vide : 'precision_km' s'il existe)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="72" />
      <location filename="../plugin/processing/nearest/reporting.py" line="73" />
      <source>Location precision known for {n} of {total} strikes.</source>
      <translation>Précision de localisation connue pour {n} frappes sur {total}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="263" />
      <source>Location precision of '{column}' in km: {table}{overridden}.</source>
      <translation>Précision de localisation de '{column}' en km : {table}{overridden}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="314" />
      <source>Location precision values with no distance, imported as NULL: {values}. Give them one in PRECISION_KM, e.g. '1=2;2=15;3=50'.</source>
      <translation>Valeurs de précision de localisation sans distance, importées comme NULL : {values}. Donnez-leur une distance dans PRECISION_KM, p. ex. '1=2;2=15;3=50'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>Longitude column (empty: find it)</source>
      <translation>Colonne de longitude (vide : la trouver)</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="18" />
      <source>Low-Confidence reporting</source>
      <translation>Signalement peu fiable (Low-Confidence)</translation>
    </message>
    <message>
      <location filename="../plugin/core/factions.py" line="293" />
      <source>MAPPING entry '{entry}' matched no value of the faction field.</source>
      <translation>L'entrée MAPPING '{entry}' ne correspond à aucune valeur du champ de faction.</translation>
    </message>
    <message>
      <location filename="../plugin/core/factions.py" line="182" />
      <source>MAPPING target '{target}' is not a faction of preset '{preset}': used as code '{code}'.</source>
      <translation>La cible MAPPING '{target}' n'est pas une faction du préréglage '{preset}' : utilisée comme code '{code}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>MAR</source>
      <translation>MARS</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>MAY</source>
      <translation>MAI</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="144" />
      <source>Map</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="126" />
      <source>Map date for features without one, e.g. 2015-09-27 (optional)</source>
      <translation>Date de la carte pour les entités qui n'en ont pas, p. ex. 2015-09-27 (optionnel)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="98" />
      <source>Map date, e.g. 2015-09-27 (optional)</source>
      <translation>Date de la carte, p. ex. 2015-09-27 (facultatif)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="113" />
      <source>Map image to include (PNG)</source>
      <translation>Image de carte à inclure (PNG)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="120" />
      <source>Map series by {kind}: {n} page(s), {first} to {last}.</source>
      <translation>Série de cartes par {kind} : {n} page(s), du {first} au {last}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="241" />
      <source>Map series: one page per</source>
      <translation>Série de cartes : une page par</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="122" />
      <source>Map unrecognised values with MAPPING, e.g. '{raw}=&lt;code&gt;'.</source>
      <translation>Associez les valeurs non reconnues avec MAPPING, p. ex. '{raw}=&lt;code&gt;'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="80" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Mapping overrides, e.g. Turkish-backed=rebel</source>
      <translation>Correspondances imposées, par ex. Turkish-backed=rebel</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="109" />
      <source>Mapping overrides, e.g. Turkish-backed=rebel;Kurds/Government=kurdish+regime</source>
      <translation>Correspondances imposées, p. ex. Turkish-backed=rebel;Kurds/Government=kurdish+regime</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="22" />
      <source>Maps and reports</source>
      <translation>Cartes et rapports</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="165" />
      <source>Maximum distance (km, empty: no limit)</source>
      <translation>Distance maximale (km, vide : aucune limite)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="244" />
      <source>Measure the distance to the front</source>
      <translation>Mesurer la distance au front</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="87" />
      <location filename="../plugin/processing/nearest/reporting.py" line="88" />
      <source>Measured (FACTIONS): {names}; the others still count for controlled_by.</source>
      <translation>Mesurées (FACTIONS) : {names} ; les autres comptent toujours pour controlled_by.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="172" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="72" />
      <source>Minimum area of a patch, km² (0: 49 pixels)</source>
      <translation>Surface minimale d'un îlot, km² (0 : 49 pixels)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="104" />
      <source>Mixed class '{label}' -&gt; {code}: the analysis counts it as territory of {members}.</source>
      <translation>Classe mixte '{label}' -&gt; {code} : l'analyse la compte comme territoire de {members}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="45" />
      <location filename="../plugin/processing/nearest/reporting.py" line="46" />
      <source>Mixed control ({classes}) counts as territory of each member.</source>
      <translation>Le contrôle mixte ({classes}) compte comme territoire de chacun de ses membres.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="41" />
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Month first (mm/dd/yyyy)</source>
      <translation>Mois d'abord (mm/jj/aaaa)</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>NOV</source>
      <translation>NOV</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="220" />
      <source>NUL characters in {path} were removed from its values.</source>
      <translation>Les caractères NUL de {path} ont été retirés de ses valeurs.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="27" />
      <source>Nearest faction</source>
      <translation>Faction la plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="43" />
      <source>Nearest other</source>
      <translation>Autre la plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>Nearest other faction</source>
      <translation>Autre faction la plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="52" />
      <source>No 'confidence' field: strikes drawn by the faction holding the ground.</source>
      <translation>Pas de champ 'confidence' : frappes dessinées selon la faction qui tient le terrain.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="157" />
      <source>No control-map files found in INPUT ({entries}).</source>
      <translation>Aucun fichier de carte de contrôle trouvé dans INPUT ({entries}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="277" />
      <source>No date column found: every strike's date is NULL. Set DATE_FIELD to the column that holds the dates.</source>
      <translation>Aucune colonne de date trouvée : la date de chaque frappe est NULL. Réglez DATE_FIELD sur la colonne qui contient les dates.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_values.py" line="45" />
      <source>No faction field found (looked for {tried}); set FACTION_FIELD to the field that names who holds each feature, or FACTION_VALUE to the faction of the whole layer (fields: {names}).</source>
      <translation>Aucun champ de faction trouvé (cherché : {tried}) ; indiquez dans FACTION_FIELD le champ qui nomme qui tient chaque entité, ou dans FACTION_VALUE la faction de toute la couche (champs : {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="199" />
      <source>No field {field} in the layer: the labels leave out the distance to {target}. Run strikecheck:nearestfaction with that faction.</source>
      <translation>Pas de champ {field} dans la couche : les étiquettes omettent la distance à {target}. Exécutez strikecheck:nearestfaction avec cette faction.</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="70" />
      <source>No legend: name a palette, e.g. isw-like, or give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>Aucune légende : nommez une palette, p. ex. isw-like, ou donnez la couleur de chaque faction, p. ex. #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="96" />
      <source>No mapped faction</source>
      <translation>Aucune faction cartographiée</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="85" />
      <source>No positions found: the input has no latitude/longitude columns under a usual name (such as latitude/longitude, lat/lon, y/x), no column of WKT points or 'lat, lon' text, and no point geometry. Set LAT_FIELD and LON_FIELD, or GEOMETRY_FIELD. Columns: {names}.</source>
      <translation>Aucune position trouvée : l'entrée n'a ni colonnes de latitude/longitude sous un nom usuel (comme latitude/longitude, lat/lon, y/x), ni colonne de points WKT ou de texte 'lat, lon', ni géométrie ponctuelle. Réglez LAT_FIELD et LON_FIELD, ou GEOMETRY_FIELD. Colonnes : {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="87" />
      <source>No row could be imported: see the reasons above.</source>
      <translation>Aucune ligne n'a pu être importée : voir les raisons ci-dessus.</translation>
    </message>
    <message>
      <location filename="../plugin/core/control_tables.py" line="62" />
      <source>No {what} column found (looked for {tried}; columns: {columns}).</source>
      <translation>Aucune colonne {what} trouvée (cherché : {tried} ; colonnes : {columns}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="216" />
      <source>None of the files could be imported.</source>
      <translation>Aucun des fichiers n'a pu être importé.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="215" />
      <source>None of the strikes of '{layer}' has a date: there is no period to map.</source>
      <translation>Aucune frappe de '{layer}' n'a de date : il n'y a aucune période à cartographier.</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="29" />
      <source>Not in any mapped faction's territory</source>
      <translation>Hors du territoire de toute faction cartographiée</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="207" />
      <source>Not shown: {n} strike(s) inside {name} territory.</source>
      <translation>Non affichées : {n} frappe(s) en territoire {name}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="215" />
      <source>Not shown: {n} strike(s) inside {name}-held territory.</source>
      <translation>Non affichées : {n} frappe(s) en zone {name}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="197" />
      <source>Note under the finding</source>
      <translation>Note sous la conclusion</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="319" />
      <source>Nothing to do: set OUTPUT_PDF, OUTPUT_PNG or OUTPUT_SVG, or add the layout to the open project.</source>
      <translation>Rien à faire : réglez OUTPUT_PDF, OUTPUT_PNG ou OUTPUT_SVG, ou ajoutez la mise en page au projet ouvert.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>OCT</source>
      <translation>OCT</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="173" />
      <source>OUTPUT_ANIMATION animates a map series: choose SERIES (snapshot, day, week or month).</source>
      <translation>OUTPUT_ANIMATION anime une série de cartes : choisissez SERIES (snapshot, day, week ou month).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="54" />
      <location filename="../plugin/processing/nearest/reporting.py" line="55" />
      <source>One dated control snapshot ({day}): every strike is measured against it.</source>
      <translation>Un seul instantané de contrôle daté ({day}) : chaque frappe est mesurée par rapport à lui.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="93" />
      <source>Only changes of control</source>
      <translation>Seulement les changements de contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="148" />
      <source>Or a country of QGIS's world map as the outline, e.g. Ukraine</source>
      <translation>Ou un pays de la carte du monde de QGIS comme contour, p. ex. Ukraine</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="209" />
      <source>Orientation</source>
      <translation>Orientation</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="358" />
      <source>Original column '{old}' kept as '{new}' (StrikeCheck uses '{old}').</source>
      <translation>Colonne d'origine '{old}' conservée sous le nom '{new}' (StrikeCheck utilise '{old}').</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="260" />
      <source>Original field '{old}' kept as '{new}'.</source>
      <translation>Champ d'origine '{old}' conservé sous le nom '{new}'.</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="31" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="43" />
      <source>Other factions</source>
      <translation>Autres factions</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="140" />
      <source>Outline for the remainder (polygons; optional)</source>
      <translation>Contour pour le reste (polygones ; optionnel)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="139" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="139" />
      <source>PDF report</source>
      <translation>Rapport PDF</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="218" />
      <source>PNG resolution (dpi)</source>
      <translation>Résolution du PNG (ppp)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="121" />
      <source>PRECISION_KM gives '{value}' for '{key}'; write a distance in km, e.g. '1=2;2=15;3=50'.</source>
      <translation>PRECISION_KM donne '{value}' pour '{key}' ; écrivez une distance en km, p. ex. '1=2;2=15;3=50'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="281" />
      <source>Padding around the strikes (%)</source>
      <translation>Marge autour des frappes (%)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="46" />
      <source>Palette, e.g. isw-like or wikipedia (empty: the preset's default)</source>
      <translation>Palette, p. ex. isw-like ou wikipedia (vide : celle du préréglage par défaut)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="200" />
      <source>Paper</source>
      <translation>Papier</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="233" />
      <source>Positions from columns '{lat}' (latitude) and '{lon}' (longitude).</source>
      <translation>Positions tirées des colonnes '{lat}' (latitude) et '{lon}' (longitude).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="241" />
      <source>Positions from the WKT / 'lat, lon' text of column '{column}'.</source>
      <translation>Positions tirées du texte WKT / 'lat, lon' de la colonne '{column}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="246" />
      <source>Positions from the layer's point geometry.</source>
      <translation>Positions tirées de la géométrie ponctuelle de la couche.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="48" />
      <source>Possible factions</source>
      <translation>Factions possibles</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="235" />
      <source>Precision for strikes without a value (km)</source>
      <translation>Précision pour les frappes sans valeur (km)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="43" />
      <source>Preset '{name}' chosen automatically: it recognises {n} of {total} features. Set PRESET to choose another.</source>
      <translation>Préréglage '{name}' choisi automatiquement : il reconnaît {n} entités sur {total}. Réglez PRESET pour en choisir un autre.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="50" />
      <source>Preset '{name}' not found; available: {names}.</source>
      <translation>Préréglage '{name}' introuvable ; disponibles : {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="56" />
      <source>Preset '{name}': {title} ({path}).</source>
      <translation>Préréglage '{name}' : {title} ({path}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="166" />
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="85" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="114" />
      <location filename="../plugin/processing/styling_base.py" line="53" />
      <source>Preset file (instead of PRESET)</source>
      <translation>Fichier de préréglage (au lieu de PRESET)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="34" />
      <source>Preset from {path}.</source>
      <translation>Préréglage lu depuis {path}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="38" />
      <source>Preset ignored: {problem}</source>
      <translation>Préréglage ignoré : {problem}</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="120" />
      <source>Preset {path} is not valid: {problem}</source>
      <translation>Le préréglage {path} n'est pas valide : {problem}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="104" />
      <source>QGIS layer style (*.qml)</source>
      <translation>Style de couche QGIS (*.qml)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="85" />
      <source>REMAINDER_FACTION needs a control map of polygons.</source>
      <translation>REMAINDER_FACTION demande une carte de contrôle faite de polygones.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="19" />
      <source>REMAINDER_FACTION needs an outline: set OUTLINE to a polygon layer or OUTLINE_COUNTRY to a country name (e.g. Ukraine).</source>
      <translation>REMAINDER_FACTION demande un contour : indiquez une couche de polygones dans OUTLINE ou un nom de pays dans OUTLINE_COUNTRY (p. ex. Ukraine).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="112" />
      <source>Read hatching as mixed control</source>
      <translation>Lire les hachures comme un contrôle mixte</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="278" />
      <source>Read {path} as {encoding} text separated by {delimiter}.</source>
      <translation>{path} lu comme texte {encoding} séparé par {delimiter}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="327" />
      <source>Reading positions, dates and ids of {n} rows...</source>
      <translation>Lecture des positions, dates et identifiants de {n} lignes...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="76" />
      <source>Reading sheet '{sheet}' of {name}.</source>
      <translation>Lecture de la feuille « {sheet} » de {name}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="314" />
      <source>Reading {name}...</source>
      <translation>Lecture de {name}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="106" />
      <source>Remainder: {n} features of {code} added, {outline} minus everything drawn (one per snapshot).</source>
      <translation>Reste : {n} entités de {code} ajoutées, {outline} moins tout ce qui est dessiné (une par instantané).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="203" />
      <source>Report (HTML): {path}</source>
      <translation>Rapport (HTML) : {path}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="211" />
      <source>Report (PDF): {path}, {pages} pages.</source>
      <translation>Rapport (PDF) : {path}, {pages} pages.</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="21" />
      <source>Reported strike (confidence not rated)</source>
      <translation>Frappe signalée (fiabilité non évaluée)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="235" />
      <source>Rows that could not be imported</source>
      <translation>Lignes qui n'ont pas pu être importées</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>SEPT</source>
      <translation>SEPT</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="55" />
      <source>SERIES 'snapshot' needs a time-aware control map (dated snapshots in valid_from, as strikecheck:importcontrol writes them); choose day, week or month, or give such a CONTROL.</source>
      <translation>SERIES 'snapshot' demande une carte de contrôle temporelle (instantanés datés dans valid_from, tels que strikecheck:importcontrol les écrit) ; choisissez day, week ou month, ou donnez un tel CONTROL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="104" />
      <source>Save the style as</source>
      <translation>Enregistrer le style sous</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="62" />
      <source>Set both LAT_FIELD and LON_FIELD, or neither to let StrikeCheck find them.</source>
      <translation>Réglez à la fois LAT_FIELD et LON_FIELD, ou aucun des deux pour que StrikeCheck les trouve.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="81" />
      <source>Simplify borders to, metres (0: half a pixel)</source>
      <translation>Tolérance de simplification des frontières, en mètres (0 : un demi-pixel)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="38" />
      <source>Snapshot</source>
      <translation>Instantané</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="91" />
      <source>Snapshot files, folders or .zip archives</source>
      <translation>Fichiers d'instantanés, dossiers ou archives .zip</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="96" />
      <source>Snapshot {date}: everything in {outline} is drawn; no remainder.</source>
      <translation>Instantané {date} : tout {outline} est dessiné ; pas de reste.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="207" />
      <source>Snapshot {n} of {total}: {name}</source>
      <translation>Instantané {n} sur {total} : {name}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Source column (empty: find it)</source>
      <translation>Colonne de la source (vide : la trouver)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="191" />
      <source>Source of the control map (credit)</source>
      <translation>Source de la carte de contrôle (crédit)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="195" />
      <source>Source of the strikes (credit)</source>
      <translation>Source des frappes (crédit)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="175" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="107" />
      <source>Strike</source>
      <translation>Frappe</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="159" />
      <source>Strike by strike</source>
      <translation>Frappe par frappe</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="208" />
      <source>Strike by strike, part {n} of {total}</source>
      <translation>Frappe par frappe, partie {n} sur {total}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Strike id column (empty: find it)</source>
      <translation>Colonne d'identifiant de frappe (vide : la trouver)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="175" />
      <source>Strike id field for LINES (empty: strike_id or an id field if present)</source>
      <translation>Champ d'identifiant des frappes pour LINES (vide : strike_id ou un champ id s'il existe)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="265" />
      <source>Strike label field (e.g. the place name)</source>
      <translation>Champ d'étiquette des frappes (p. ex. le nom du lieu)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="80" />
      <source>Strike name field</source>
      <translation>Champ du nom des frappes</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="207" />
      <source>Strike table: all {total} strikes, one per row.</source>
      <translation>Tableau des frappes : les {total} frappes, une par ligne.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="205" />
      <source>Strike table: the first {n} of {total} strikes.</source>
      <translation>Tableau des frappes : les {n} premières des {total} frappes.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="43" />
      <source>StrikeCheck</source>
      <translation>StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="133" />
      <source>StrikeCheck needs Python packages that this QGIS does not have: {missing}. Install them into the Python QGIS uses, e.g. {hint}, then restart QGIS.</source>
      <translation>StrikeCheck a besoin de paquets Python que ce QGIS n'a pas : {missing}. Installez-les dans le Python qu'utilise QGIS, p. ex. {hint}, puis redémarrez QGIS.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="57" />
      <source>StrikeCheck needs {missing}. Install with: {hint} and restart QGIS. The analysis stays disabled until then.</source>
      <translation>StrikeCheck a besoin de {missing}. Installez avec : {hint} puis redémarrez QGIS. L'analyse reste désactivée d'ici là.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="46" />
      <source>StrikeCheck: who held the ground where each strike landed</source>
      <translation>StrikeCheck : qui tenait le terrain là où chaque frappe est tombée</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="138" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="232" />
      <source>Strikes</source>
      <translation>Frappes</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="141" />
      <source>Strikes (points)</source>
      <translation>Frappes (points)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="169" />
      <location filename="../plugin/processing/algorithms/report.py" line="173" />
      <source>Strikes and territorial control</source>
      <translation>Frappes et contrôle territorial</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="218" />
      <source>Strikes before the first snapshot or undated</source>
      <translation>Frappes antérieures au premier instantané ou sans date</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="159" />
      <source>Strikes by controlling faction</source>
      <translation>Frappes par faction contrôlant le terrain</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="37" />
      <source>Strikes per control snapshot and controlling faction</source>
      <translation>Frappes par instantané de la carte de contrôle et par faction contrôlant le terrain</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="40" />
      <source>Strikes per month and controlling faction</source>
      <translation>Frappes par mois et par faction contrôlant le terrain</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="171" />
      <source>Strikes per month by controlling faction</source>
      <translation>Frappes par mois selon la faction qui contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="169" />
      <source>Strikes per week by controlling faction</source>
      <translation>Frappes par semaine et par faction contrôlant le terrain</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="183" />
      <source>Strikes with nearest faction</source>
      <translation>Frappes avec la faction la plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="124" />
      <source>Strikes, by who held the ground</source>
      <translation>Frappes, selon qui tenait le terrain</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="149" />
      <source>Strikes: a file (CSV, GeoJSON, KML, XLSX...) or a layer</source>
      <translation>Frappes : un fichier (CSV, GeoJSON, KML, XLSX...) ou une couche</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="76" />
      <source>Strikes: {source}</source>
      <translation>Frappes : {source}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="79" />
      <source>Style colours read from {fields} where a name does not settle the class.</source>
      <translation>Couleurs de style lues dans {fields} là où un nom ne suffit pas à trancher la classe.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="278" />
      <source>Style the layers with the preset</source>
      <translation>Styliser les couches avec le préréglage</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="128" />
      <source>Styled '{layer}' as {role}: {classes}.</source>
      <translation>'{layer}' stylisée comme {role} : {classes}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="113" />
      <source>Styled layer</source>
      <translation>Couche stylisée</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="182" />
      <source>Subtitle</source>
      <translation>Sous-titre</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="280" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="212" />
      <source>Target faction '{target}' has no line in layer '{layer}'; values present: {present}.</source>
      <translation>La faction cible '{target}' n'a aucune ligne dans la couche '{layer}' ; valeurs présentes : {present}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="99" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="163" />
      <location filename="../plugin/processing/algorithms/report.py" line="75" />
      <source>Target faction (e.g. isis)</source>
      <translation>Faction cible (p. ex. isis)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="170" />
      <source>Temporal Controller: each of the {n} control snapshots is shown from its valid_from to the next snapshot's; undated features at all times.</source>
      <translation>Temporal Controller : chacun des {n} états de contrôle est montré de son valid_from à celui de l'état suivant ; les entités sans date, en permanence.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="162" />
      <source>Temporal Controller: each strike is shown on the day of its {field}.</source>
      <translation>Temporal Controller : chaque frappe est montrée le jour de son {field}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="141" />
      <source>Territorial control</source>
      <translation>Contrôle territorial</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="88" />
      <source>Territorial control (for the map)</source>
      <translation>Contrôle territorial (pour la carte)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="146" />
      <source>Territorial control (polygons, lines or points)</source>
      <translation>Contrôle territorial (polygones, lignes ou points)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="224" />
      <source>Text file encoding (empty: detect)</source>
      <translation>Encodage du fichier texte (vide : détecter)</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="30" />
      <source>The KMZ archive '{name}' holds no .kml file.</source>
      <translation>L'archive KMZ '{name}' ne contient aucun fichier .kml.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="217" />
      <source>The PDF prints the strike table on landscape pages, in {n} parts: its columns do not fit one page.</source>
      <translation>Le PDF imprime le tableau des frappes sur des pages en paysage, en {n} parties : ses colonnes ne tiennent pas sur une page.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="224" />
      <source>The PDF prints the strike table on landscape pages.</source>
      <translation>Le PDF imprime le tableau des frappes sur des pages en paysage.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="184" />
      <source>The animation cannot be written: {reason}.</source>
      <translation>L'animation ne peut pas être écrite : {reason}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="278" />
      <source>The charts' Arabic text is drawn letter by letter: install the Python packages arabic-reshaper and python-bidi into the Python QGIS uses (on Debian: apt install python3-arabic-reshaper python3-bidi) and write the report again.</source>
      <translation>Le texte arabe des graphiques est dessiné lettre par lettre : installez les paquets Python arabic-reshaper et python-bidi dans le Python qu'utilise QGIS (sous Debian : apt install python3-arabic-reshaper python3-bidi), puis refaites le rapport.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="209" />
      <source>The columns do not fit one page: the table is printed in {total} parts, with the strikes in the same order in each.</source>
      <translation>Les colonnes ne tiennent pas sur une page : le tableau est imprimé en {total} parties, avec les frappes dans le même ordre dans chacune.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="129" />
      <location filename="../plugin/processing/nearest/request.py" line="132" />
      <source>The control layer</source>
      <translation>La couche de contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="202" />
      <location filename="../plugin/processing/nearest/request.py" line="120" />
      <source>The control layer could not be opened.</source>
      <translation>Impossible d'ouvrir la couche de contrôle.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="58" />
      <source>The control layer has no usable geometry (all are empty or NULL).</source>
      <translation>La couche de contrôle n'a aucune géométrie utilisable (toutes sont vides ou NULL).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="150" />
      <location filename="../plugin/processing/nearest/request.py" line="151" />
      <source>The control layer is the 'lines to nearest territory' output of an earlier run, not a control map: choose the territorial control layer (polygons, front lines or town points) the strikes were analysed against.</source>
      <translation>La couche de contrôle est la sortie « lignes vers le territoire le plus proche » d'une exécution précédente, pas une carte de contrôle : choisissez la couche de contrôle territorial (polygones, lignes de front ou localités) sur laquelle les frappes ont été analysées.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="97" />
      <source>The file is not UTF-8 (from line {line}) and does not read as Western European Windows-1252 text either; it may be Arabic (windows-1256) or Cyrillic (windows-1251). Re-save it as UTF-8 (in Excel: 'CSV UTF-8'), or set ENCODING to the file's encoding.</source>
      <translation>Le fichier n'est pas en UTF-8 (à partir de la ligne {line}) et ne se lit pas non plus comme du texte Windows-1252 d'Europe occidentale ; il est peut-être en arabe (windows-1256) ou en cyrillique (windows-1251). Réenregistrez-le en UTF-8 (dans Excel : 'CSV UTF-8'), ou réglez ENCODING sur l'encodage du fichier.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="133" />
      <source>The file is not valid {encoding}: line {line} holds bytes it cannot have. Check the ENCODING setting or leave it empty to detect it.</source>
      <translation>Le fichier n'est pas du {encoding} valide : la ligne {line} contient des octets impossibles dans cet encodage. Vérifiez le réglage ENCODING ou laissez-le vide pour le détecter.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="82" />
      <source>The file mixes UTF-8 with another encoding (line {line} is not UTF-8 while other lines are), so no single encoding reads it correctly. Re-save it as UTF-8 (in Excel: 'CSV UTF-8').</source>
      <translation>Le fichier mêle l'UTF-8 et un autre encodage (la ligne {line} n'est pas en UTF-8 alors que d'autres le sont) : aucun encodage unique ne le lit correctement. Réenregistrez-le en UTF-8 (dans Excel : 'CSV UTF-8').</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="35" />
      <source>The file {path} cannot be read: {error}</source>
      <translation>Impossible de lire le fichier {path} : {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="315" />
      <source>The file {path} has no header row.</source>
      <translation>Le fichier {path} n'a pas de ligne d'en-tête.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="265" />
      <source>The file {path} is empty.</source>
      <translation>Le fichier {path} est vide.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="334" />
      <source>The first {shown} of {total} strikes; the analysed layer holds every one.</source>
      <translation>Les {shown} premières frappes sur {total} ; la couche analysée les contient toutes.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="104" />
      <source>The input could not be opened. Choose a layer, or a CSV, GeoJSON, GeoPackage, Shapefile, KML/KMZ or XLSX file.</source>
      <translation>Impossible d'ouvrir l'entrée. Choisissez une couche, ou un fichier CSV, GeoJSON, GeoPackage, Shapefile, KML/KMZ ou XLSX.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="172" />
      <source>The input layer has no coordinate reference system, so its points cannot be placed. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>La couche d'entrée n'a pas de système de coordonnées de référence : ses points ne peuvent pas être placés. Définissez le SCR de la couche (Propriétés de la couche &gt; Source) et relancez.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="144" />
      <source>The layer is not in the project, so nothing visible changes; set QML_FILE to keep the style in a file.</source>
      <translation>La couche n'est pas dans le projet, donc rien de visible ne change ; réglez QML_FILE pour garder le style dans un fichier.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="118" />
      <source>The layer to style could not be opened.</source>
      <translation>Impossible d'ouvrir la couche à styliser.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="195" />
      <source>The layer's geometry is not points: positions come from its columns.</source>
      <translation>La géométrie de la couche n'est pas ponctuelle : les positions viennent de ses colonnes.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="151" />
      <source>The legend names no colours; give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>La légende ne nomme aucune couleur ; donnez la couleur de chaque faction, p. ex. #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="331" />
      <source>The map cannot be made: {reason}.</source>
      <translation>Impossible de faire la carte : {reason}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="134" />
      <source>The map image could not be opened.</source>
      <translation>Impossible d'ouvrir l'image de la carte.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="98" />
      <source>The map's date is before the control map's first snapshot: the first one, {date}, is drawn.</source>
      <translation>La date de la carte précède le premier état de la carte de contrôle : le premier, du {date}, est dessiné.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="263" />
      <source>The report could not be written: {error}</source>
      <translation>Impossible d'écrire le rapport : {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="91" />
      <source>The sheet '{sheet}' of {name} holds no cells: there is nothing to import.</source>
      <translation>La feuille « {sheet} » de {name} ne contient aucune cellule : rien à importer.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="233" />
      <source>The sheet's first row is read as its column names: {names}.</source>
      <translation>La première ligne de la feuille est lue comme noms de colonnes : {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="128" />
      <source>The strike layer</source>
      <translation>La couche des frappes</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="34" />
      <source>The strike layer '{layer}' has no field {fields}, so the finding about {target} cannot be written. Use the output of strikecheck:nearestfaction as STRIKES, or leave TARGET_FACTION empty.</source>
      <translation>La couche des frappes '{layer}' n'a pas de champ {fields}, la conclusion sur {target} ne peut donc pas être rédigée. Utilisez la sortie de strikecheck:nearestfaction comme STRIKES, ou laissez TARGET_FACTION vide.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="253" />
      <source>The strike layer '{layer}' has no field {fields}: run strikecheck:nearestfaction with faction '{target}' and report on its output, or leave TARGET_FACTION empty.</source>
      <translation>La couche des frappes '{layer}' n'a pas de champ {fields} : exécutez strikecheck:nearestfaction avec la faction '{target}' et faites le rapport sur sa sortie, ou laissez TARGET_FACTION vide.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="366" />
      <source>The strike layer '{layer}' is empty: there is nothing to map.</source>
      <translation>La couche des frappes '{layer}' est vide : il n'y a rien à cartographier.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="232" />
      <source>The strike layer '{layer}' is empty: there is nothing to report.</source>
      <translation>La couche des frappes '{layer}' est vide : il n'y a rien à rapporter.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="364" />
      <location filename="../plugin/processing/algorithms/report.py" line="230" />
      <location filename="../plugin/processing/nearest/request.py" line="118" />
      <source>The strike layer could not be opened.</source>
      <translation>Impossible d'ouvrir la couche des frappes.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="122" />
      <location filename="../plugin/processing/nearest/request.py" line="123" />
      <source>The strike layer must hold points, but it holds lines or polygons. Convert it first, e.g. with 'Centroids' or 'Point on surface'.</source>
      <translation>La couche des frappes doit contenir des points, mais elle contient des lignes ou des polygones. Convertissez-la d'abord, p. ex. avec 'Centroïdes' ou 'Point dans la surface'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="52" />
      <source>The strikes have no 'confidence' field: all drawn as unrated.</source>
      <translation>Les frappes n'ont pas de champ 'confidence' : toutes dessinées comme non évaluées.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="105" />
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (strikecheck:exportmap with SERIES 'snapshot' gives one page per snapshot; or filter the strikes by date, or set exportmap's CONTROL_DATE) to compare like with like.</source>
      <translation>Les frappes couvrent {n} états de contrôle (du {first} au {last}), mais la carte ne dessine que celui du {date} : les frappes des autres périodes apparaissent sur une carte de contrôle qui n'était pas en vigueur le jour où elles ont eu lieu. Cartographiez chaque période à part (strikecheck:exportmap avec SERIES 'snapshot' donne une page par état de contrôle ; ou filtrez les frappes par date, ou réglez le CONTROL_DATE d'exportmap) pour comparer ce qui est comparable.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="234" />
      <source>The strikes' dates run from {first} to {last}: too long a span for a chart over time. Check the strikes' date field.</source>
      <translation>Les dates des frappes vont du {first} au {last} : un intervalle trop long pour un graphique dans le temps. Vérifiez le champ de date des frappes.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="120" />
      <source>The workbook '{name}' has no sheets.</source>
      <translation>Le classeur « {name} » n'a aucune feuille.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="60" />
      <location filename="../plugin/processing/nearest/reporting.py" line="61" />
      <source>Time-aware: control snapshots from '{control}', strike dates from '{strike}'; strikes before the first snapshot or undated: {rule}.</source>
      <translation>Analyse dans le temps : instantanés de contrôle d'après '{control}', dates des frappes d'après '{strike}' ; frappes antérieures au premier instantané ou sans date : {rule}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="169" />
      <location filename="../plugin/processing/algorithms/report.py" line="122" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="44" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="98" />
      <source>Town control over time</source>
      <translation>Contrôle des localités dans le temps</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="120" />
      <source>Unknown encoding '{encoding}'; use a name such as utf-8, windows-1252, windows-1256 (Arabic) or windows-1251 (Cyrillic), or leave it empty to detect it.</source>
      <translation>Encodage inconnu '{encoding}' ; utilisez un nom comme utf-8, windows-1252, windows-1256 (arabe) ou windows-1251 (cyrillique), ou laissez vide pour le détecter.</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="81" />
      <source>Unknown legend palette '{name}'; use one of {names}, or give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>Palette de légende '{name}' inconnue ; utilisez l'une des palettes {names}, ou donnez la couleur de chaque faction, p. ex. #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="118" />
      <source>Valid-from date field (optional)</source>
      <translation>Champ de date de validité (optionnel)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="30" />
      <source>Value in layer</source>
      <translation>Valeur dans la couche</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>WKT or 'lat, lon' text column (empty: find it)</source>
      <translation>Colonne de texte WKT ou 'lat, lon' (vide : la trouver)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="79" />
      <source>What the layer holds (control, strikes, results or lines)</source>
      <translation>Contenu de la couche (control, strikes, results ou lines)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="161" />
      <source>Who held the ground where each strike landed, per the control map.</source>
      <translation>Qui tenait le terrain là où chaque frappe est tombée, d'après la carte de contrôle.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="104" />
      <source>Widest overprint bridged, half-width in pixels</source>
      <translation>Surimpression la plus large à combler, demi-largeur en pixels</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="23" />
      <source>Write strike report</source>
      <translation>Rédiger le rapport des frappes</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="376" />
      <source>Writing {n} strikes...</source>
      <translation>Écriture de {n} frappes...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="253" />
      <source>Wrote {n} numbered files, {first} to {last}.</source>
      <translation>{n} fichiers numérotés écrits, de {first} à {last}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="250" />
      <source>Wrote {path}</source>
      <translation>Écrit : {path}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="357" />
      <source>a line needs two coordinate pairs or more, it has {count}</source>
      <translation>une ligne demande au moins deux paires de coordonnées, elle en a {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="226" />
      <source>a mixed class has no label.</source>
      <translation>une classe mixte n'a pas d'étiquette.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="288" />
      <source>a point needs one coordinate pair, it has {count}</source>
      <translation>un point demande une paire de coordonnées, il en a {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="298" />
      <source>a polygon without an outer boundary</source>
      <translation>un polygone sans limite extérieure</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="370" />
      <source>a ring needs three distinct corners, it has {count}</source>
      <translation>un anneau demande trois sommets distincts, il en a {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="103" />
      <source>a zip archive without a workbook part</source>
      <translation>une archive zip sans partie classeur</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="311" />
      <source>an empty MultiGeometry</source>
      <translation>une MultiGeometry vide</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="337" />
      <source>coordinates '{item}' are not 'longitude,latitude'</source>
      <translation>les coordonnées '{item}' ne sont pas de la forme 'longitude,latitude'</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="344" />
      <source>coordinates '{item}' are outside longitude -180..180, latitude -90..90</source>
      <translation>les coordonnées '{item}' sont hors de longitude -180..180, latitude -90..90</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="44" />
      <source>day first (dd/mm/yyyy)</source>
      <translation>jour d'abord (jj/mm/aaaa)</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="294" />
      <source>default_palette '{palette}' is not one of 'palettes'.</source>
      <translation>default_palette '{palette}' ne fait pas partie de 'palettes'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="129" />
      <location filename="../plugin/core/coordinates.py" line="149" />
      <source>empty geometry '{value}'</source>
      <translation>géométrie vide '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="183" />
      <source>every entry of 'factions' must be an object.</source>
      <translation>chaque entrée de 'factions' doit être un objet.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="222" />
      <source>every entry of 'mixed' must be an object.</source>
      <translation>chaque entrée de 'mixed' doit être un objet.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="195" />
      <source>faction '{code}' has no label.</source>
      <translation>la faction '{code}' n'a pas d'étiquette.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="188" />
      <source>faction code '{code}' must be lower-case letters, digits and '_', starting with a letter.</source>
      <translation>le code de faction '{code}' doit être fait de lettres minuscules, de chiffres et de '_', et commencer par une lettre.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="302" />
      <source>faction code(s) {codes} appear more than once.</source>
      <translation>le ou les codes de faction {codes} apparaissent plus d'une fois.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="188" />
      <location filename="../plugin/processing/map_styles.py" line="38" />
      <source>faction names</source>
      <translation>les noms des factions</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="309" />
      <source>fallback colour '{colour}' is not #rrggbb.</source>
      <translation>la couleur de repli '{colour}' n'est pas au format #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="77" />
      <source>feature {fid}</source>
      <translation>entité {fid}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="277" />
      <source>geometries nested too deeply</source>
      <translation>géométries imbriquées trop profondément</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="136" />
      <source>geometry is a {kind}, not a point: '{value}'</source>
      <translation>la géométrie est un {kind}, pas un point : '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/styling/labels.py" line="88" />
      <source>in {name} territory</source>
      <translation>en zone {name}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>km</source>
      <translation>km</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>km to front</source>
      <translation>km du front</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="44" />
      <source>km to nearest other</source>
      <translation>km de l'autre la plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="47" />
      <source>km to target</source>
      <translation>km de la cible</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="120" />
      <source>km to the nearest {name} territory</source>
      <translation>km de la zone {name} la plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="45" />
      <source>km to {f}</source>
      <translation>km de {f}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="109" />
      <source>km to {name}</source>
      <translation>km de la zone {name}</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="204" />
      <source>latitude {value} outside -90..90</source>
      <translation>latitude {value} hors de -90..90</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="130" />
      <source>line</source>
      <translation>ligne</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="75" />
      <source>line {line}</source>
      <translation>ligne {line}</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="206" />
      <source>longitude {value} outside -180..180</source>
      <translation>longitude {value} hors de -180..180</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="113" />
      <source>median {km} km</source>
      <translation>médiane {km} km</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="231" />
      <source>mixed class '{label}' must name at least two faction codes of this preset as members (unknown: {unknown}).</source>
      <translation>la classe mixte '{label}' doit avoir pour membres au moins deux codes de faction de ce préréglage (inconnus : {unknown}).</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="171" />
      <source>month</source>
      <translation>mois</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="45" />
      <source>month first (mm/dd/yyyy)</source>
      <translation>mois d'abord (mm/jj/aaaa)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="143" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="192" />
      <location filename="../plugin/core/dates.py" line="210" />
      <source>no date in '{value}'</source>
      <translation>aucune date dans '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="213" />
      <source>no date in '{value}' read {order}</source>
      <translation>aucune date dans '{value}' lu {order}</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="189" />
      <source>no date in '{value}': write the year with four digits</source>
      <translation>aucune date dans '{value}' : écrivez l'année sur quatre chiffres</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="119" />
      <source>no geometry</source>
      <translation>aucune géométrie</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="174" />
      <source>no position</source>
      <translation>aucune position</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="190" />
      <source>no position in '{value}' (expected 'lat, lon' or WKT such as 'POINT (lon lat)')</source>
      <translation>aucune position dans '{value}' (attendu : 'lat, lon' ou du WKT comme 'POINT (lon lat)')</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="17" />
      <source>no snapshot</source>
      <translation>sans instantané</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="71" />
      <location filename="../plugin/core/coordinates.py" line="77" />
      <location filename="../plugin/core/coordinates.py" line="81" />
      <source>no {axis}</source>
      <translation>pas de {axis}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="135" />
      <location filename="../plugin/processing/styling_base.py" line="85" />
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="97" />
      <source>not a zip archive</source>
      <translation>pas une archive zip</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="76" />
      <source>not stated</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="169" />
      <source>placemark '{name}': its geometry is a {found}, but this import keeps the file's {kept} geometries; give INPUT '{file}|geometrytype={type}' to import those</source>
      <translation>repère '{name}' : sa géométrie est de type {found}, mais cet import garde les géométries de type {kept} du fichier ; donnez INPUT '{file}|geometrytype={type}' pour importer celles-là</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="111" />
      <source>placemark '{name}': {reason}</source>
      <translation>repère '{name}' : {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="129" />
      <source>point</source>
      <translation>point</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="131" />
      <source>polygon</source>
      <translation>polygone</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="208" />
      <source>position 0, 0 (a common placeholder for a missing position)</source>
      <translation>position 0, 0 (valeur bouche-trou courante pour une position manquante)</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="211" />
      <source>position {lat}, {lon} (lat, lon) outside the expected area</source>
      <translation>position {lat}, {lon} (lat, lon) hors de la zone attendue</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="303" />
      <source>row has {n} values but the header has {width} columns (a value holding the delimiter without quotes?)</source>
      <translation>la ligne a {n} valeurs mais l'en-tête a {width} colonnes (une valeur contenant le délimiteur sans guillemets ?)</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="284" />
      <source>schema {schema} is not supported (expected {expected}).</source>
      <translation>le schéma {schema} n'est pas pris en charge (attendu : {expected}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="159" />
      <source>series</source>
      <translation>série</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="176" />
      <source>strikes</source>
      <translation>frappes</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="269" />
      <source>style colour '{colour}' is given to both '{first}' and '{second}'.</source>
      <translation>la couleur de style '{colour}' est donnée à la fois à '{first}' et à '{second}'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="42" />
      <source>the controlling faction</source>
      <translation>la faction qui contrôle le terrain</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="237" />
      <source>the controlling faction (run strikecheck:nearestfaction)</source>
      <translation>la faction qui contrôle le terrain (exécutez strikecheck:nearestfaction)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="218" />
      <location filename="../plugin/processing/map_styles.py" line="56" />
      <source>the distance in km</source>
      <translation>la distance en km</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="55" />
      <source>the faction of each line</source>
      <translation>la faction de chaque ligne</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="332" />
      <location filename="../plugin/core/presets.py" line="335" />
      <location filename="../plugin/core/presets.py" line="366" />
      <source>the file cannot be read ({error}).</source>
      <translation>le fichier ne peut pas être lu ({error}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="280" />
      <source>the file must hold one JSON object.</source>
      <translation>le fichier doit contenir un seul objet JSON.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="181" />
      <source>the labels</source>
      <translation>les étiquettes</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="192" />
      <source>the place status</source>
      <translation>le statut du lieu</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/tables.py" line="61" />
      <source>the point cannot be transformed from the layer's CRS to WGS84</source>
      <translation>le point ne peut pas être transformé du SCR de la couche vers WGS84</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="184" />
      <source>the reporting confidence (high/low)</source>
      <translation>la fiabilité du signalement (high/low)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="27" />
      <source>the strike labels</source>
      <translation>les étiquettes des frappes</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="158" />
      <source>the strike names</source>
      <translation>les noms des frappes</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_help.py" line="12" />
      <source>the table of the event dataset recognised (see Event datasets below)</source>
      <translation>le tableau du jeu de données d'événements reconnu (voir Jeux de données d'événements ci-dessous)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="89" />
      <source>time_precision values ACLED does not define, read as exact dates: {values}.</source>
      <translation>Valeurs de time_precision qu'ACLED ne définit pas, lues comme des dates exactes : {values}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="17" />
      <source>undated</source>
      <translation>sans date</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="146" />
      <source>unreadable WKT '{value}'</source>
      <translation>WKT illisible '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="171" />
      <source>week starting (Monday)</source>
      <translation>semaine commençant le (lundi)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="143" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="89" />
      <source>{axis} '{value}' carries the hemisphere letter of the other axis</source>
      <translation>{axis} '{value}' porte la lettre d'hémisphère de l'autre axe</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="95" />
      <source>{axis} '{value}' has both a minus sign and a hemisphere letter</source>
      <translation>{axis} '{value}' a à la fois un signe moins et une lettre d'hémisphère</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="73" />
      <location filename="../plugin/core/coordinates.py" line="118" />
      <source>{axis} '{value}' is not a number</source>
      <translation>{axis} '{value}' n'est pas un nombre</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="85" />
      <source>{code}: {names} features by name, {colours} by style colour.</source>
      <translation>{code} : {names} entités d'après le nom, {colours} d'après la couleur de style.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/kml_input.py" line="143" />
      <source>{file}: {count} placemarks read, from every folder, with their ExtendedData.</source>
      <translation>{file} : {count} repères lus, dans tous les dossiers, avec leurs ExtendedData.</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="269" />
      <source>{inside} of {total} positions fall in the expected area as written, {n} with latitude and longitude exchanged</source>
      <translation>{inside} positions sur {total} tombent dans la zone attendue telles qu'écrites, {n} avec latitude et longitude inversées</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="83" />
      <source>{kept} of {judged} conclusions survive the location uncertainty (one faction holds every possible position)</source>
      <translation>{kept} conclusions sur {judged} résistent à l'incertitude de localisation (une seule faction tient toutes les positions possibles)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="166" />
      <location filename="../plugin/processing/nearest/reporting.py" line="167" />
      <source>{kept} of {n} strikes with a known precision are held by one faction across their whole uncertainty disc.</source>
      <translation>{kept} des {n} frappes de précision connue sont tenues par une seule faction sur tout leur disque d'incertitude.</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="54" />
      <source>{km} km</source>
      <translation>{km} km</translation>
    </message>
    <message>
      <location filename="../plugin/styling/labels.py" line="80" />
      <location filename="../plugin/styling/labels.py" line="81" />
      <source>{km} km to {name}</source>
      <translation>{km} km de la zone {name}</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/crs.py" line="17" />
      <source>{label} has no coordinate reference system, so its positions cannot be measured. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>{label} n'a pas de système de coordonnées de référence : ses positions ne peuvent pas être mesurées. Définissez le SCR de la couche (Propriétés de la couche &gt; Source) et relancez.</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/crs.py" line="45" />
      <source>{label} is in degrees ({crs}) but its coordinates reach {x}, {y}, which no place has: they are probably metres of a projected CRS (UTM, say) with the CRS missing or wrong. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>{label} est en degrés ({crs}) mais ses coordonnées atteignent {x}, {y}, ce qu’aucun lieu n’a : ce sont probablement des mètres d’un SCR projeté (UTM, par exemple) dont le SCR manque ou est faux. Définissez le SCR de la couche (Propriétés de la couche &gt; Source) et relancez.</translation>
    </message>
    <message>
      <location filename="../plugin/database/layers.py" line="47" />
      <source>{label} is in {crs}, not on the WGS84 datum: QGIS and PostGIS may transform it differently</source>
      <translation>{label} est en {crs}, pas sur le datum WGS84 : QGIS et PostGIS peuvent la transformer différemment</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="57" />
      <source>{low}-{high} km (median {median} km)</source>
      <translation>{low}-{high} km (médiane {median} km)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="146" />
      <source>{name} would have {count} columns; a GeoPackage table holds at most {limit}. Write {name} to a GeoJSON file (.geojson), which has no such limit, or keep fewer columns.</source>
      <translation>{name} aurait {count} colonnes ; une table GeoPackage en contient au plus {limit}. Écrivez {name} dans un fichier GeoJSON (.geojson), qui n'a pas cette limite, ou gardez moins de colonnes.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="127" />
      <source>{n} changes of control kept ({same} repeats left out).</source>
      <translation>{n} changements de contrôle gardés ({same} répétitions omises).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="107" />
      <location filename="../plugin/processing/nearest/reporting.py" line="108" />
      <source>{n} control features with an empty or NULL geometry were skipped.</source>
      <translation>{n} entités de contrôle à géométrie vide ou NULL ont été ignorées.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="113" />
      <location filename="../plugin/processing/nearest/reporting.py" line="114" />
      <source>{n} control features with no faction value were skipped.</source>
      <translation>{n} entités de contrôle sans valeur de faction ont été ignorées.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="101" />
      <source>{n} control snapshots used.</source>
      <translation>{n} instantanés de contrôle utilisés.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="93" />
      <location filename="../plugin/processing/nearest/reporting.py" line="94" />
      <source>{n} different faction values in field '{field}', each measured into a field of its own: is it the field that names who holds the ground? Choose another FACTION_FIELD, or import the map with strikecheck:importcontrol first.</source>
      <translation>{n} valeurs de faction différentes dans le champ '{field}', chacune mesurée dans un champ à elle : est-ce bien le champ qui dit qui tient le terrain ? Choisissez un autre FACTION_FIELD, ou importez d'abord la carte avec strikecheck:importcontrol.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="148" />
      <source>{n} empty rows (only delimiters) skipped.</source>
      <translation>{n} lignes vides (délimiteurs seuls) ignorées.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="127" />
      <source>{n} farther than {km} km →</source>
      <translation>{n} au-delà de {km} km →</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="244" />
      <source>{n} features from {files} snapshots written.</source>
      <translation>{n} entités de {files} instantanés écrites.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="140" />
      <source>{n} features have a date that cannot be read, valid_from NULL: {list}</source>
      <translation>{n} entités ont une date illisible, valid_from NULL : {list}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="179" />
      <source>{n} features have no geometry: kept, with NULL geometry.</source>
      <translation>{n} entités n'ont pas de géométrie : conservées, avec une géométrie NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="130" />
      <source>{n} features have no value in '{field}': kept with faction NULL.</source>
      <translation>{n} entités n'ont pas de valeur dans '{field}' : conservées avec une faction NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="95" />
      <source>{n} features imported; factions: {counts}.</source>
      <translation>{n} entités importées ; factions : {counts}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="167" />
      <source>{n} features left out: they are not of the map's geometry type ({kind}; a layer holds one): {counts}. Import them as a layer of their own, e.g. INPUT 'file|geometrytype=Point'.</source>
      <translation>{n} entités laissées de côté : elles ne sont pas du type de géométrie de la carte ({kind} ; une couche n'en contient qu'un) : {counts}. Importez-les comme une couche à part, p. ex. INPUT 'file|geometrytype=Point'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="157" />
      <source>{n} geometries were empty after repair, kept as NULL: features {ids}.</source>
      <translation>{n} géométries étaient vides après réparation, conservées comme NULL : entités {ids}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="103" />
      <location filename="../plugin/processing/nearest/reporting.py" line="104" />
      <source>{n} invalid control geometries were repaired in memory.</source>
      <translation>{n} géométries de contrôle invalides ont été réparées en mémoire.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="151" />
      <source>{n} invalid geometries repaired (the input layer is unchanged).</source>
      <translation>{n} géométries invalides réparées (la couche d'entrée n'est pas modifiée).</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="257" />
      <source>{n} of {total} latitudes are beyond ±90 while every longitude is within ±90</source>
      <translation>{n} latitudes sur {total} dépassent ±90 alors que toutes les longitudes sont dans ±90</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="135" />
      <source>{n} page(s) span a change of the control map (the first: {date}); each is drawn over the snapshot in force on its last day. SERIES 'snapshot' draws every strike over the map in force on its day.</source>
      <translation>{n} page(s) couvrent un changement de la carte de contrôle (la première : {date}) ; chacune est dessinée sur l'instantané en vigueur à son dernier jour. SERIES 'snapshot' dessine chaque frappe sur la carte en vigueur à son jour.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="65" />
      <source>{n} period(s) without a dated strike have no page.</source>
      <translation>{n} période(s) sans frappe datée n'ont pas de page.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="65" />
      <source>{n} rows imported, {m} rejected (see ERRORS).</source>
      <translation>{n} lignes importées, {m} rejetées (voir ERRORS).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="71" />
      <source>{n} rows left out by the filter expression.</source>
      <translation>{n} lignes écartées par l'expression de filtre.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="120" />
      <source>{n} rows or dates could not be read and were left out: {list}</source>
      <translation>{n} lignes ou dates illisibles omises : {list}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="222" />
      <source>{n} strike(s) farther than {km} km are beyond the chart's right edge (the farthest {top} km).</source>
      <translation>{n} frappe(s) au-delà de {km} km sont hors du graphique, à droite (la plus lointaine à {top} km).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="130" />
      <source>{n} strike(s) have no date and are on no page of the series.</source>
      <translation>{n} frappe(s) n'ont pas de date et ne figurent sur aucune page de la série.</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="43" />
      <source>{n} strike: {k} in {label} territory</source>
      <translation>{n} frappe : {k} en territoire {label}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="47" />
      <source>{n} strike: {k} in {label}-held territory</source>
      <translation>{n} frappe : {k} en zone {label}</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="325" />
      <source>{n} strike_id values appear more than once: {values}.</source>
      <translation>{n} valeurs de strike_id apparaissent plus d'une fois : {values}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="133" />
      <location filename="../plugin/processing/nearest/reporting.py" line="134" />
      <source>{n} strikes analysed against {k} factions: {held} inside a faction's territory, {free} outside all of them.</source>
      <translation>{n} frappes analysées par rapport à {k} factions : {held} dans le territoire d'une faction, {free} en dehors de tous.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="145" />
      <location filename="../plugin/processing/nearest/reporting.py" line="146" />
      <source>{n} strikes are dated before the first control snapshot and were measured against it (SNAPSHOT_RULE 'nearest'; 'skip' leaves them unanswered): the map may not show who held the ground on their day.</source>
      <translation>{n} frappes sont datées d'avant le premier instantané de contrôle et ont été mesurées par rapport à lui (SNAPSHOT_RULE 'nearest' ; 'skip' les laisse sans réponse) : la carte peut ne pas montrer qui tenait le terrain ce jour-là.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="118" />
      <source>{n} strikes are dated over more than one day (date to '{column}'): date is the first day, date_end the last.</source>
      <translation>{n} frappes sont datées sur plus d'un jour (de date à '{column}') : date est le premier jour, date_end le dernier.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="285" />
      <source>{n} strikes have an empty date: imported with date NULL.</source>
      <translation>{n} frappes ont une date vide : importées avec une date NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="173" />
      <location filename="../plugin/processing/nearest/reporting.py" line="174" />
      <source>{n} strikes have an empty or NULL geometry: kept in the output with NULL results.</source>
      <translation>{n} frappes ont une géométrie vide ou NULL : conservées dans la sortie avec des résultats NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="159" />
      <location filename="../plugin/processing/nearest/reporting.py" line="160" />
      <source>{n} strikes have no control snapshot to be measured against (SNAPSHOT_RULE=skip): NULL results, the reason in snapshot_note.</source>
      <translation>{n} frappes n'ont aucun instantané de contrôle par rapport auquel être mesurées (SNAPSHOT_RULE=skip) : résultats NULL, la raison dans snapshot_note.</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="45" />
      <source>{n} strikes: {k} in {label} territory</source>
      <translation>{n} frappes : {k} en territoire {label}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="49" />
      <source>{n} strikes: {k} in {label}-held territory</source>
      <translation>{n} frappes : {k} en zone {label}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="153" />
      <location filename="../plugin/processing/nearest/reporting.py" line="154" />
      <source>{n} undated strikes were measured against the latest control snapshot.</source>
      <translation>{n} frappes non datées ont été mesurées par rapport au dernier instantané de contrôle.</translation>
    </message>
    <message>
      <location filename="../plugin/core/pairs.py" line="19" />
      <source>{setting} entry '{entry}' is not of the form value=replacement; write pairs such as 'old=new;old=new', separated by ';'.</source>
      <translation>L'entrée {setting} '{entry}' n'est pas de la forme valeur=remplacement ; écrivez des paires comme 'ancien=nouveau;ancien=nouveau', séparées par ';'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="38" />
      <source>{setting} names column '{column}', which the input does not have; its columns are: {names}.</source>
      <translation>{setting} désigne la colonne '{column}', que l'entrée n'a pas ; ses colonnes sont : {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="154" />
      <source>{what} has a colour for palette '{palette}', which the preset does not declare in 'palettes'.</source>
      <translation>{what} a une couleur pour la palette '{palette}', que le préréglage ne déclare pas dans 'palettes'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="164" />
      <source>{what} has colour '{colour}' for palette '{palette}'; write it as #rrggbb.</source>
      <translation>{what} a la couleur '{colour}' pour la palette '{palette}' ; écrivez-la au format #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="174" />
      <source>{what} has no colour for palette '{palette}'.</source>
      <translation>{what} n'a pas de couleur pour la palette '{palette}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="213" />
      <source>{what} has style colour '{colour}'; write it as #rrggbb.</source>
      <translation>{what} a la couleur de style '{colour}' ; écrivez-la sous la forme #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="131" />
      <source>{what} must be a list of texts.</source>
      <translation>{what} doit être une liste de textes.</translation>
    </message>
    <message>
      <source>Faction</source>
      <translation type="vanished">Faction</translation>
    </message>
    <message>
      <source>For every strike StrikeCheck finds the faction(s) whose territory on the control map contains it, and the geodesic distance (WGS84 ellipsoid) to the nearest point of each faction's territory; 0 km means inside. The control map's accuracy bounds the answer: a strike a few km from a front line may fall on either side of it. Where the strikes carry a location precision, each becomes a disc: the conclusion 'held by X' survives only when X holds the whole disc. 'km to front' is the distance to the nearest border between the controlling faction and another one (not the coast). A control map with dated snapshots is read at each strike's date.</source>
      <translation type="vanished">Pour chaque frappe, StrikeCheck trouve la ou les factions dont le territoire sur la carte de contrôle la contient, et la distance géodésique (ellipsoïde WGS84) jusqu'au point le plus proche du territoire de chaque faction ; 0 km signifie à l'intérieur. La précision de la carte de contrôle borne la réponse : une frappe à quelques km d'une ligne de front peut tomber d'un côté comme de l'autre. Lorsque les frappes portent une précision de localisation, chacune devient un disque : la conclusion « tenu par X » ne tient que si X tient le disque entier. « km du front » est la distance jusqu'à la limite la plus proche entre la faction qui contrôle le terrain et une autre (pas la côte). Une carte de contrôle avec des instantanés datés est lue à la date de chaque frappe.</translation>
    </message>
    <message>
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (SERIES 'snapshot' gives one page per snapshot; or filter the strikes by date, or set CONTROL_DATE) to compare like with like.</source>
      <translation type="vanished">Les frappes couvrent {n} états de contrôle (du {first} au {last}), mais la carte ne dessine que celui du {date} : les frappes des autres périodes apparaissent sur une carte de contrôle qui n'était pas en vigueur le jour où elles ont eu lieu. Cartographiez chaque période à part (SERIES 'snapshot' donne une page par état de contrôle ; ou filtrez les frappes par date, ou réglez CONTROL_DATE) pour comparer ce qui est comparable.</translation>
    </message>
    <message>
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (filter the strikes by date, or set CONTROL_DATE) to compare like with like.</source>
      <translation type="vanished">Les frappes couvrent {n} états de contrôle (du {first} au {last}), mais la carte ne dessine que celui du {date} : les frappes des autres périodes apparaissent sur une carte de contrôle qui n'était pas en vigueur le jour où elles ont eu lieu. Cartographiez chaque période à part (filtrez les frappes par date, ou réglez CONTROL_DATE) pour comparer ce qui est comparable.</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field and follows the title after a dash ('Strikes — 1 - 31 OCT 2022'). A long title shrinks, then wraps, to fit its frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: a time-aware control layer (dated snapshots in valid_from, as strikecheck:importcontrol writes them) is drawn as the snapshot in force on this day (YYYY-MM-DD): the latest valid_from on or before it, plus the undated features; empty: DATE when it is YYYY-MM-DD, else the latest strike date. The credits name it ('Control: DeepState, 1 OCT 2022') and the log warns when the strikes span several snapshots. Your layer is not changed: the map draws a filtered copy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Produit une carte prête à publier, à la manière des cartes de conflit de l'ISW : titre et date, les frappes en étoiles sur le contrôle territorial, une légende (KEY), une échelle en km, une flèche du nord, une carte de situation du pays, la conclusion en une phrase et les sources. Les contours et les noms des pays viennent de la carte du monde fournie avec QGIS : aucun téléchargement. La mise en page est construite à partir de resources/layouts/strikecheck_map.qpt et, sauf si ADD_TO_PROJECT est désactivé, ajoutée aussi aux mises en page du projet pour que vous puissiez la modifier avant de l'exporter à nouveau.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt; : les frappes, idéalement la sortie de strikecheck:nearestfaction (nécessaire pour la phrase de conclusion). La carte est cadrée sur elles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt; : optionnels ; la carte de contrôle et les lignes vers le territoire le plus proche. Avec TARGET_FACTION, seules les lignes vers elle sont tracées, et le cadrage les inclut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : le champ de faction de la couche de contrôle ('faction' par défaut).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt; : optionnel, p. ex. isis : la conclusion indique combien de frappes sont tombées dans son territoire et à quelle distance de lui tombaient les autres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (avancé) : le champ qui nomme chaque frappe sur la carte ; vide : un champ appelé site, location, name, place ou town quand il y a au plus 40 frappes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt; : fiabilité (signalement High-/Low-Confidence de l'ISW) ou faction qui contrôle le terrain (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt; : styliser les couches aux couleurs du préréglage, comme le fait strikecheck:applystyle (une couche du projet garde le nouveau style ; les données ne changent jamais). Désactivé : vos propres styles sont utilisés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt; : p. ex. 'Russian Airstrikes' et '30 SEPT 2015' ; une DATE vide est lue dans le champ de date des frappes. Une date lue dans les frappes suit le titre après un tiret ('Strikes — 1 - 31 OCT 2022'). Un titre long est réduit, puis renvoyé à la ligne, pour tenir dans son cadre.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt; : une couche de contrôle datée (des états datés dans valid_from, tels que strikecheck:importcontrol les écrit) est dessinée dans l'état en vigueur ce jour-là (YYYY-MM-DD) : le dernier valid_from à cette date ou avant, plus les entités sans date ; vide : DATE si elle est écrite YYYY-MM-DD, sinon la date de la dernière frappe. Les crédits le nomment ('Control: DeepState, 1 OCT 2022') et le journal avertit quand les frappes couvrent plusieurs états. Votre couche n'est pas modifiée : la carte dessine une copie filtrée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt; : la ligne de crédits 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (par défaut : les noms des couches) ; NOTE ajoute une phrase sous la conclusion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 ou A3, &lt;b&gt;ORIENTATION&lt;/b&gt; paysage ou portrait, &lt;b&gt;DPI&lt;/b&gt; du PNG, &lt;b&gt;PADDING&lt;/b&gt; autour des frappes en % de l'emprise cadrée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt; : optionnel ; le pays de la carte de situation (par défaut : celui qui contient le plus de frappes), tel que nommé dans la carte du monde de QGIS, p. ex. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (avancé) : votre propre .qpt, p. ex. celui fourni, restylé dans le concepteur de mise en page. Les éléments sont trouvés par identifiant (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits) ; ceux qui manquent sont omis, main_map est obligatoire. Polices, couleurs et cadres sont les vôtres ; les positions suivent PAPER et ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (avancé) : garder aussi la mise en page dans le projet, avec les couches qu'elle montre (couches de contexte de la carte du monde dans un groupe 'StrikeCheck map'). qgis_process n'a pas de projet : seuls les fichiers y sont écrits.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt; : les fichiers à écrire (n'importe lesquels).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: the strikes' field that names them in LINES (default: strike_id, event_id_cnty or id when present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's own id from STRIKE_ID_FIELD, else its feature id), strike_fid (its feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Pour chaque frappe, indique quelle faction contrôlait le terrain où elle est tombée et mesure la distance géodésique (ellipsoïde WGS84, à 1 m près) jusqu'au territoire le plus proche de chaque faction d'une carte de contrôle.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt; : couche de points des frappes (tout SCR ; « Entités sélectionnées uniquement » fonctionne). Une frappe multipoint est tenue par chaque faction qui tient l'un de ses points ; sa distance à une faction est celle de son point le plus proche.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt; : le contrôle territorial sous forme de polygones, de lignes de front ou de points de contrôle des localités (tout SCR). Les géométries invalides sont réparées en mémoire ; la couche n'est jamais modifiée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : le champ de CONTROL qui nomme la faction. Une valeur joignant des codes par '+' (une classe mixte issue de « Importer une carte de contrôle », p. ex. isis+jn+rebel) compte comme territoire de chacun de ses membres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt; : optionnel ; les valeurs de faction à mesurer, séparées par ';' (par défaut : toutes les valeurs présentes).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt; : optionnel ; les distances au-delà valent NULL (et la recherche est plus rapide).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : les frappes avec tous leurs champs plus les résultats, dans le SCR de la couche des frappes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt; : optionnel ; pour chaque frappe et chaque faction hors de laquelle elle se trouve, la ligne géodésique la plus courte jusqu'au territoire de cette faction. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt; : le champ des frappes qui les nomme dans LINES (par défaut : strike_id, event_id_cnty ou id s'il existe).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt; : optionnels (par défaut : 'date' et 'valid_from' quand les couches les ont). Une couche de contrôle contenant plusieurs instantanés datés est prise en compte dans le temps : chaque frappe est mesurée par rapport au dernier instantané à sa date ou avant ; les entités de contrôle sans date valent pour tous les instantanés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt; : frappes datées d'avant le premier instantané, ou sans date : 'nearest' (le premier instantané, ou le dernier pour les frappes sans date) ou 'skip' (réponses NULL, la raison dans snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt; : optionnel (par défaut : 'precision_km' s'il existe) : à quelle distance, en km, la position réelle peut se trouver du point. &lt;b&gt;PRECISION_KM&lt;/b&gt; : le rayon pour les frappes sans valeur.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt; : mesurer aussi la distance au front (oui par défaut). &lt;b&gt;FRONT_LINES&lt;/b&gt; : couche de lignes de front optionnelle, à utiliser au lieu des limites entre les polygones des factions (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; les nomme). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt; : à quelle distance les limites de deux factions doivent courir pour compter comme un seul front (les cartes dessinées à la main partagent rarement leurs sommets ; 0,5 km par défaut).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt; : 'auto' (par défaut) exécute l'analyse en SQL dans PostGIS quand STRIKES et CONTROL sont des couches de la même base de données PostGIS, sinon localement ; 'local' ou 'database' imposent l'un ou l'autre. Les réponses sont les mêmes (distances à 1 m près). Pas encore dans la base de données : LINES, instantanés de contrôle datés, FRONT_LINES, entités sélectionnées uniquement ; auto s'exécute alors localement et dit pourquoi. Si OUTPUT est une table de cette base, les résultats y sont écrits en une seule transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Champs en sortie&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt; : la ou les factions dont le territoire contient la frappe, triées et jointes par '+' (une frappe sur une limite commune ou dans des territoires qui se chevauchent appartient à chacune) ; NULL quand aucune faction ne la tient. Une frappe dans un trou d'un polygone est hors de celui-ci.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt; : km géodésiques jusqu'au point le plus proche du territoire de cette faction, 0 à l'intérieur. La valeur de faction est normalisée en nom de champ (ASCII en minuscules, '_' pour les autres caractères), p. ex. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt; : la faction la plus proche autre que celle(s) qui contrôle(nt) le terrain (pour une frappe que personne ne tient : la faction la plus proche).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt; : distance jusqu'au front le plus proche entre la faction qui contrôle la frappe et une autre faction (la côte et les limites avec une terre qui n'est à personne ne sont pas des fronts ; 0 sur la ligne) et qui se trouve de l'autre côté ; pour une frappe que personne ne tient, la limite de la faction la plus proche et cette faction. Près de l'endroit où un front rejoint une côte, la valeur peut être trop courte d'au plus FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt; : l'instantané de contrôle par rapport auquel chaque frappe a été mesurée, et pourquoi quand ce n'était pas le plus évident (analyses dans le temps uniquement).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt; : avec une précision, chaque faction dont le territoire touche le disque des positions possibles de la frappe, et si une seule faction tient le disque entier (la conclusion résiste à l'incertitude).&lt;/li&gt;&lt;/ul&gt;Un nom de champ déjà utilisé par la couche des frappes reçoit un suffixe numérique. Champs de LINES : strike_id (l'identifiant propre de la frappe, pris dans STRIKE_ID_FIELD, sinon son identifiant d'entité), strike_fid (son identifiant d'entité), faction, km.&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Gives a layer the ISW-like look of published conflict maps, with colours and legend labels ('Regime Control', 'ISIS Control', ...) from a faction preset. &lt;b&gt;Only the layer's style changes, never its data&lt;/b&gt;; undo it with the layer's Properties &amp;gt; Symbology.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: the layer to style (a layer of the project, or a file when QML_FILE saves the style).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = territorial control (fills per faction, mixed classes hatched in their members' colours, front lines as heavy lines, town points as dots with a ring when STATUS_FIELD says besieged or contested); strikes = starbursts by High-Confidence / Low-Confidence reporting; results = the output of strikecheck:nearestfaction, starbursts coloured by controlled_by; lines = lines to nearest territory, dashed and labelled '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic, or your own preset in the QGIS profile's strikecheck/presets folder; PRESET_FILE (advanced) takes a .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: optional; a palette of the preset, e.g. isw-like or wikipedia (default: the preset's own default).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; the field naming the faction (default: 'faction' for control and lines, 'controlled_by' for results). Values may be codes, labels or any alias the preset knows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: optional, strikes; default 'confidence' with values high / low (anything else is drawn as an unrated report).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional; results are labelled with their distance to this faction (field dist_&amp;lt;faction&amp;gt;_km), lines show only the lines to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; strikes and results are labelled with it (e.g. the place name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: optional; control points whose value is besieged, siege, encircled or contested get a ring.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: optional; also save the style as a .qml file.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Donne à une couche l'aspect façon ISW des cartes de conflit publiées, avec les couleurs et les étiquettes de légende ('Regime Control', 'ISIS Control', ...) d'un préréglage de factions. &lt;b&gt;Seul le style de la couche change, jamais ses données&lt;/b&gt; ; pour l'annuler : Propriétés de la couche &amp;gt; Symbologie.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt; : la couche à styliser (une couche du projet, ou un fichier quand QML_FILE enregistre le style).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt; : control = contrôle territorial (remplissage par faction, classes mixtes hachurées aux couleurs de leurs membres, lignes de front en traits épais, points de localités en pastilles avec un anneau quand STATUS_FIELD indique assiégé ou contesté) ; strikes = étoiles selon un signalement High-Confidence / Low-Confidence ; results = la sortie de strikecheck:nearestfaction, étoiles colorées selon controlled_by ; lines = lignes vers le territoire le plus proche, en tirets et étiquetées '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt; : syria-2015, ukraine, generic, ou votre propre préréglage dans le dossier strikecheck/presets du profil QGIS ; PRESET_FILE (avancé) prend un .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt; : optionnel ; une palette du préréglage, p. ex. isw-like ou wikipedia (par défaut : celle du préréglage).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : optionnel ; le champ qui nomme la faction (par défaut : 'faction' pour control et lines, 'controlled_by' pour results). Les valeurs peuvent être des codes, des étiquettes ou tout alias connu du préréglage.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt; : optionnel, pour strikes ; par défaut 'confidence' avec les valeurs high / low (toute autre valeur est dessinée comme un signalement non évalué).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt; : optionnel ; les résultats sont étiquetés avec leur distance à cette faction (champ dist_&amp;lt;faction&amp;gt;_km), lines ne montre que les lignes vers elle.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; : optionnel ; les frappes et les résultats sont étiquetés avec ce champ (p. ex. le nom du lieu).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt; : optionnel ; les points de contrôle dont la valeur est besieged, siege, encircled ou contested reçoivent un anneau.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt; : optionnel ; enregistrer aussi le style dans un fichier .qml.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Produit une carte prête à publier, à la manière des cartes de conflit de l'ISW : titre et date, les frappes en étoiles sur le contrôle territorial, une légende (KEY), une échelle en km, une flèche du nord, une carte de situation du pays, la conclusion en une phrase et les sources. Les contours et les noms des pays viennent de la carte du monde fournie avec QGIS : aucun téléchargement. La mise en page est construite à partir de resources/layouts/strikecheck_map.qpt et, sauf si ADD_TO_PROJECT est désactivé, ajoutée aussi aux mises en page du projet pour que vous puissiez la modifier avant de l'exporter à nouveau.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt; : les frappes, idéalement la sortie de strikecheck:nearestfaction (nécessaire pour la phrase de conclusion). La carte est cadrée sur elles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt; : optionnels ; la carte de contrôle et les lignes vers le territoire le plus proche. Avec TARGET_FACTION, seules les lignes vers elle sont tracées, et le cadrage les inclut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : le champ de faction de la couche de contrôle ('faction' par défaut).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt; : optionnel, p. ex. isis : la conclusion indique combien de frappes sont tombées dans son territoire et à quelle distance de lui tombaient les autres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (avancé) : le champ qui nomme chaque frappe sur la carte ; vide : un champ appelé site, location, name, place ou town quand il y a au plus 40 frappes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt; : fiabilité (signalement High-/Low-Confidence de l'ISW) ou faction qui contrôle le terrain (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt; : styliser les couches aux couleurs du préréglage, comme le fait strikecheck:applystyle (une couche du projet garde le nouveau style ; les données ne changent jamais). Désactivé : vos propres styles sont utilisés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt; : p. ex. 'Russian Airstrikes' et '30 SEPT 2015' ; une DATE vide est lue dans le champ de date des frappes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt; : la ligne de crédits 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (par défaut : les noms des couches) ; NOTE ajoute une phrase sous la conclusion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 ou A3, &lt;b&gt;ORIENTATION&lt;/b&gt; paysage ou portrait, &lt;b&gt;DPI&lt;/b&gt; du PNG, &lt;b&gt;PADDING&lt;/b&gt; autour des frappes en % de l'emprise cadrée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt; : optionnel ; le pays de la carte de situation (par défaut : celui qui contient le plus de frappes), tel que nommé dans la carte du monde de QGIS, p. ex. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (avancé) : votre propre .qpt, p. ex. celui fourni, restylé dans le concepteur de mise en page. Les éléments sont trouvés par identifiant (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits) ; ceux qui manquent sont omis, main_map est obligatoire. Polices, couleurs et cadres sont les vôtres ; les positions suivent PAPER et ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (avancé) : garder aussi la mise en page dans le projet, avec les couches qu'elle montre (couches de contexte de la carte du monde dans un groupe 'StrikeCheck map'). qgis_process n'a pas de projet : seuls les fichiers y sont écrits.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt; : les fichiers à écrire (n'importe lesquels).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. One output feature per input feature; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output. A KML or KMZ file (a Google My Maps export, for instance) is read by StrikeCheck itself: every placemark of every folder, with a folder column (FACTION_FIELD=folder when each faction has its own folder) and its ExtendedData columns.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature, with these fields first:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Rend une carte de contrôle territorial utilisable par StrikeCheck : le texte de faction de chaque entité ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') devient un code de faction canonique tiré d'un préréglage, les géométries sont réparées et chaque entité reçoit la date à partir de laquelle elle est valide. Une entité en sortie par entité en entrée ; l'entrée n'est jamais modifiée.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt; : polygones (zones façon ISW), lignes (lignes de front) ou points (marques de contrôle des localités, comme les publient le Carter Center et Wikipédia) ; tout SCR, conservé en sortie. Un fichier KML ou KMZ (un export Google My Maps, par exemple) est lu par StrikeCheck lui-même : chaque repère de chaque dossier, avec une colonne folder (FACTION_FIELD=folder quand chaque faction a son propre dossier) et ses colonnes ExtendedData.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : le champ qui nomme qui tient chaque entité. Vide : le premier existant parmi faction, control, controlled_by, side, mark, label, name...&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt; : le préréglage de factions : syria-2015 (classes façon ISW : regime, rebel, isis, jn, kurdish et classes mixtes), ukraine (ukraine_held, russia_occupied, contested ; graphies anglaises, ukrainiennes et russes), generic (toutes valeurs), ou un préréglage à vous dans &amp;lt;profil QGIS&amp;gt;/strikecheck/presets. 'auto' choisit le préréglage qui reconnaît le plus de valeurs (generic si aucun).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt; : optionnel ; un fichier JSON de préréglage à utiliser à la place.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt; : correspondances imposées optionnelles 'brut=code;brut=code', appliquées avant les alias du préréglage, p. ex. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. La comparaison ignore la casse, les accents et la ponctuation. Le code peut être un code du préréglage, un alias, plusieurs codes joints par '+', ou un nouveau code.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt; : optionnel ; la date à partir de laquelle chaque entité est valide (la date d'un instantané). Mêmes formats que pour l'import des frappes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt; : ordre jour/mois des dates numériques : détecté une fois pour toute la colonne (s'arrête avec un message quand la colonne ne permet pas de trancher), ou indiqué.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt; : optionnel ; la date de la carte (p. ex. 2015-09-27) pour les entités dont DATE_FIELD est vide, ou pour toutes quand il n'y a pas de DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sortie&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : la carte de contrôle dans le SCR de l'entrée, une entité par entité en entrée, avec d'abord ces champs :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt; : le code canonique, p. ex. isis. Une classe mixte ('ISIS, JN, and Rebel Control', 'Kurds/Government') reçoit les codes de ses membres, triés et joints par '+' (isis+jn+rebel, kurdish+regime) : l'analyse la compte comme territoire de chaque membre. Une valeur qu'aucun alias ne reconnaît garde son propre code normalisé (ASCII en minuscules, '_' entre les mots), listé dans le journal comme 'unrecognised, kept as ...'. NULL là où l'entité n'a pas de valeur de faction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt; : le texte de légende de la classe, p. ex. 'ISIS Control', 'ISIS, JN, and Rebel Control' ; pour une valeur non reconnue, son propre texte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt; : le texte d'origine.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt; : date, ou NULL.&lt;/li&gt;&lt;/ul&gt;Puis chaque champ d'origine ; celui dont le nom entre en conflit avec ceux-ci est conservé sous le nom &amp;lt;nom&amp;gt;_orig. Les sorties de polygones et de lignes sont multi-parties (la réparation peut scinder une géométrie) ; une géométrie que la réparation laisse vide est conservée comme NULL, avec un avertissement.&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>No faction field found (looked for {tried}); set FACTION_FIELD to the field that names who holds each feature (fields: {names}).</source>
      <translation type="vanished">Aucun champ de faction trouvé (recherchés : {tried}) ; réglez FACTION_FIELD sur le champ qui nomme qui tient chaque entité (champs : {names}).</translation>
    </message>
    <message>
      <source>{n} features are not of the layer's geometry type ({kind}; a layer holds one), kept with NULL geometry: features {ids}. Import them as a layer of their own.</source>
      <translation type="vanished">{n} entités n'ont pas le type de géométrie de la couche ({kind} ; une couche n'en a qu'un), conservées avec une géométrie NULL : entités {ids}. Importez-les comme une couche à part.</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Pour chaque frappe, indique quelle faction contrôlait le terrain où elle est tombée et mesure la distance géodésique (ellipsoïde WGS84, à 1 m près) jusqu'au territoire le plus proche de chaque faction d'une carte de contrôle.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt; : couche de points des frappes (tout SCR ; « Entités sélectionnées uniquement » fonctionne). Une frappe multipoint est tenue par chaque faction qui tient l'un de ses points ; sa distance à une faction est celle de son point le plus proche.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt; : le contrôle territorial sous forme de polygones, de lignes de front ou de points de contrôle des localités (tout SCR). Les géométries invalides sont réparées en mémoire ; la couche n'est jamais modifiée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : le champ de CONTROL qui nomme la faction. Une valeur joignant des codes par '+' (une classe mixte issue de « Importer une carte de contrôle », p. ex. isis+jn+rebel) compte comme territoire de chacun de ses membres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt; : optionnel ; les valeurs de faction à mesurer, séparées par ';' (par défaut : toutes les valeurs présentes).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt; : optionnel ; les distances au-delà valent NULL (et la recherche est plus rapide).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : les frappes avec tous leurs champs plus les résultats, dans le SCR de la couche des frappes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt; : optionnel ; pour chaque frappe et chaque faction hors de laquelle elle se trouve, la ligne géodésique la plus courte jusqu'au territoire de cette faction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt; : optionnels (par défaut : 'date' et 'valid_from' quand les couches les ont). Une couche de contrôle contenant plusieurs instantanés datés est prise en compte dans le temps : chaque frappe est mesurée par rapport au dernier instantané à sa date ou avant ; les entités de contrôle sans date valent pour tous les instantanés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt; : frappes datées d'avant le premier instantané, ou sans date : 'nearest' (le premier instantané, ou le dernier pour les frappes sans date) ou 'skip' (réponses NULL, la raison dans snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt; : optionnel (par défaut : 'precision_km' s'il existe) : à quelle distance, en km, la position réelle peut se trouver du point. &lt;b&gt;PRECISION_KM&lt;/b&gt; : le rayon pour les frappes sans valeur.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt; : mesurer aussi la distance au front (oui par défaut). &lt;b&gt;FRONT_LINES&lt;/b&gt; : couche de lignes de front optionnelle, à utiliser au lieu des limites entre les polygones des factions (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; les nomme). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt; : à quelle distance les limites de deux factions doivent courir pour compter comme un seul front (les cartes dessinées à la main partagent rarement leurs sommets ; 0,5 km par défaut).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt; : 'auto' (par défaut) exécute l'analyse en SQL dans PostGIS quand STRIKES et CONTROL sont des couches de la même base de données PostGIS, sinon localement ; 'local' ou 'database' imposent l'un ou l'autre. Les réponses sont les mêmes (distances à 1 m près). Pas encore dans la base de données : LINES, instantanés de contrôle datés, FRONT_LINES, entités sélectionnées uniquement ; auto s'exécute alors localement et dit pourquoi. Si OUTPUT est une table de cette base, les résultats y sont écrits en une seule transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Champs en sortie&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt; : la ou les factions dont le territoire contient la frappe, triées et jointes par '+' (une frappe sur une limite commune ou dans des territoires qui se chevauchent appartient à chacune) ; NULL quand aucune faction ne la tient. Une frappe dans un trou d'un polygone est hors de celui-ci.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt; : km géodésiques jusqu'au point le plus proche du territoire de cette faction, 0 à l'intérieur. La valeur de faction est normalisée en nom de champ (ASCII en minuscules, '_' pour les autres caractères), p. ex. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt; : la faction la plus proche autre que celle(s) qui contrôle(nt) le terrain (pour une frappe que personne ne tient : la faction la plus proche).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt; : distance jusqu'au front le plus proche entre la faction qui contrôle la frappe et une autre faction (la côte et les limites avec une terre qui n'est à personne ne sont pas des fronts ; 0 sur la ligne) et qui se trouve de l'autre côté ; pour une frappe que personne ne tient, la limite de la faction la plus proche et cette faction. Près de l'endroit où un front rejoint une côte, la valeur peut être trop courte d'au plus FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt; : l'instantané de contrôle par rapport auquel chaque frappe a été mesurée, et pourquoi quand ce n'était pas le plus évident (analyses dans le temps uniquement).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt; : avec une précision, chaque faction dont le territoire touche le disque des positions possibles de la frappe, et si une seule faction tient le disque entier (la conclusion résiste à l'incertitude).&lt;/li&gt;&lt;/ul&gt;Un nom de champ déjà utilisé par la couche des frappes reçoit un suffixe numérique. Champs de LINES : strike_id (l'identifiant d'entité de la frappe), faction, km.&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>Factions in the control map: {names}</source>
      <translation type="vanished">Factions de la carte de contrôle : {names}</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. One output feature per input feature; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature, with these fields first:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Rend une carte de contrôle territorial utilisable par StrikeCheck : le texte de faction de chaque entité ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') devient un code de faction canonique tiré d'un préréglage, les géométries sont réparées et chaque entité reçoit la date à partir de laquelle elle est valide. Une entité en sortie par entité en entrée ; l'entrée n'est jamais modifiée.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt; : polygones (zones façon ISW), lignes (lignes de front) ou points (marques de contrôle des localités, comme les publient le Carter Center et Wikipédia) ; tout SCR, conservé en sortie.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : le champ qui nomme qui tient chaque entité. Vide : le premier existant parmi faction, control, controlled_by, side, mark, label, name...&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt; : le préréglage de factions : syria-2015 (classes façon ISW : regime, rebel, isis, jn, kurdish et classes mixtes), ukraine (ukraine_held, russia_occupied, contested ; graphies anglaises, ukrainiennes et russes), generic (toutes valeurs), ou un préréglage à vous dans &amp;lt;profil QGIS&amp;gt;/strikecheck/presets. 'auto' choisit le préréglage qui reconnaît le plus de valeurs (generic si aucun).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt; : optionnel ; un fichier JSON de préréglage à utiliser à la place.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt; : correspondances imposées optionnelles 'brut=code;brut=code', appliquées avant les alias du préréglage, p. ex. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. La comparaison ignore la casse, les accents et la ponctuation. Le code peut être un code du préréglage, un alias, plusieurs codes joints par '+', ou un nouveau code.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt; : optionnel ; la date à partir de laquelle chaque entité est valide (la date d'un instantané). Mêmes formats que pour l'import des frappes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt; : ordre jour/mois des dates numériques : détecté une fois pour toute la colonne (s'arrête avec un message quand la colonne ne permet pas de trancher), ou indiqué.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt; : optionnel ; la date de la carte (p. ex. 2015-09-27) pour les entités dont DATE_FIELD est vide, ou pour toutes quand il n'y a pas de DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sortie&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : la carte de contrôle dans le SCR de l'entrée, une entité par entité en entrée, avec d'abord ces champs :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt; : le code canonique, p. ex. isis. Une classe mixte ('ISIS, JN, and Rebel Control', 'Kurds/Government') reçoit les codes de ses membres, triés et joints par '+' (isis+jn+rebel, kurdish+regime) : l'analyse la compte comme territoire de chaque membre. Une valeur qu'aucun alias ne reconnaît garde son propre code normalisé (ASCII en minuscules, '_' entre les mots), listé dans le journal comme 'unrecognised, kept as ...'. NULL là où l'entité n'a pas de valeur de faction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt; : le texte de légende de la classe, p. ex. 'ISIS Control', 'ISIS, JN, and Rebel Control' ; pour une valeur non reconnue, son propre texte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt; : le texte d'origine.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt; : date, ou NULL.&lt;/li&gt;&lt;/ul&gt;Puis chaque champ d'origine ; celui dont le nom entre en conflit avec ceux-ci est conservé sous le nom &amp;lt;nom&amp;gt;_orig. Les sorties de polygones et de lignes sont multi-parties (la réparation peut scinder une géométrie) ; une géométrie que la réparation laisse vide est conservée comme NULL, avec un avertissement.&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Turns a table of strikes as analysts receive it (an ACLED export, an Airwars-style table, a hand-typed CSV, a KML from a map service) into a clean StrikeCheck point layer in WGS84, and lists every row that could not become a strike with its line number and the reason. Nothing is dropped silently.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a file (CSV, TSV or semicolon-separated text; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) or any layer. Text files are read by StrikeCheck itself so that every line can be reported: UTF-8 with or without BOM, UTF-16, or Windows-1252 (Western European) when that is unambiguous; anything else is refused with a message rather than read as garbled text. The delimiter is found by itself. A loaded delimited-text layer is read from its file the same way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: optional; the latitude and longitude columns (decimal degrees, decimal commas, N/S/E/W letters or degrees-minutes-seconds). Found by name when empty: latitude/lat/y and longitude/lon/lng/long/x in any case, ACLED's included.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: optional; a column holding WKT points ('POINT (36.3 35.8)') or 'lat, lon' text ('35.8126, 36.3176', as Airwars writes it). Found by name or content when no latitude/longitude columns exist. Without any of these the layer's point geometry is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: optional QGIS expression over the input's own columns; rows for which it is false are left out (counted in the log, not errors). Empty: ACLED exports keep only sub_event_type = 'Air/drone strike', other inputs keep every row. Write TRUE to keep every row of an ACLED export.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date column (found by name when empty: event_date, date, ...). Reads 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: for dd/mm/yyyy versus mm/dd/yyyy. 'Detect' decides once for the whole column from dates that can only be read one way, and stops with a message when nothing decides it; it never guesses row by row.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional; found by name when empty (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: optional 'value=high;value=low' pairs for confidence values other than high/low (e.g. Airwars gradings: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: how far, in km, a strike may be from its coordinates for each precision code or word, e.g. ACLED geo_precision 1 (the town), 2 (near a town), 3 (a region or provincial capital). Default: {precision}. These distances are StrikeCheck's assumption, not ACLED's or Airwars'. A precision column whose name ends in km is taken as kilometres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: optional area where the strikes should be; rows outside it are rejected, and a whole column of exchanged latitude/longitude is detected by it even where both stay within ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: optional encoding of a text file (e.g. windows-1256 for Arabic Windows text); empty: detected.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with &lt;b&gt;strike_id&lt;/b&gt; (text: the id column, or the line number / feature id), &lt;b&gt;date&lt;/b&gt; (date or NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low or NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, then every original column with its values untouched (empty cells of a text file become NULL). An original column whose name clashes with one of these is kept as &amp;lt;name&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: a table of the rows that could not become strikes: &lt;b&gt;line&lt;/b&gt; (line number in a text file, row in a spreadsheet), &lt;b&gt;feature_id&lt;/b&gt; (feature id in a layer; not named fid, which GeoPackage reserves), &lt;b&gt;reason&lt;/b&gt; (e.g. 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") and &lt;b&gt;raw&lt;/b&gt; (the row as written).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A whole column of exchanged latitude and longitude (latitudes beyond ±90 while every longitude is within ±90) is detected and read the other way round, with a warning; columns you choose yourself are used as given.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Transforme un tableau de frappes tel que les analystes le reçoivent (un export ACLED, un tableau à la Airwars, un CSV saisi à la main, un KML d'un service cartographique) en une couche de points StrikeCheck propre en WGS84, et liste chaque ligne qui n'a pas pu devenir une frappe avec son numéro de ligne et la raison. Rien n'est écarté en silence.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt; : un fichier (CSV, TSV ou texte séparé par des points-virgules ; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) ou n'importe quelle couche. Les fichiers texte sont lus par StrikeCheck lui-même afin de pouvoir signaler chaque ligne : UTF-8 avec ou sans BOM, UTF-16, ou Windows-1252 (Europe occidentale) quand il n'y a pas d'ambiguïté ; tout autre encodage est refusé avec un message plutôt que lu en texte brouillé. Le délimiteur est trouvé automatiquement. Une couche de texte délimité chargée est lue depuis son fichier de la même façon.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt; : optionnels ; les colonnes de latitude et de longitude (degrés décimaux, virgules décimales, lettres N/S/E/W ou degrés-minutes-secondes). Trouvées par leur nom si vides : latitude/lat/y et longitude/lon/lng/long/x sans tenir compte de la casse, y compris celles d'ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt; : optionnel ; une colonne contenant des points WKT ('POINT (36.3 35.8)') ou du texte 'lat, lon' ('35.8126, 36.3176', comme l'écrit Airwars). Trouvée par son nom ou son contenu quand il n'y a pas de colonnes de latitude/longitude. Sans aucune d'elles, la géométrie ponctuelle de la couche est utilisée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt; : expression QGIS optionnelle portant sur les colonnes de l'entrée ; les lignes pour lesquelles elle est fausse sont écartées (comptées dans le journal, pas comme erreurs). Vide : les exports ACLED ne gardent que sub_event_type = 'Air/drone strike', les autres entrées gardent toutes les lignes. Écrivez TRUE pour garder toutes les lignes d'un export ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt; : optionnel ; la colonne de date (trouvée par son nom si vide : event_date, date, ...). Lit 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt; : pour jj/mm/aaaa contre mm/jj/aaaa. 'Detect' tranche une fois pour toute la colonne à partir des dates qui ne se lisent que d'une façon, et s'arrête avec un message quand rien ne permet de trancher ; il ne devine jamais ligne par ligne.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt; : optionnels ; trouvés par leur nom si vides (ACLED : event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt; : paires optionnelles 'valeur=high;valeur=low' pour les valeurs de fiabilité autres que high/low (p. ex. les cotes d'Airwars : 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt; : à quelle distance, en km, une frappe peut se trouver de ses coordonnées pour chaque code ou mot de précision, p. ex. geo_precision d'ACLED 1 (la localité), 2 (près d'une localité), 3 (une région ou un chef-lieu de province). Par défaut : {precision}. Ces distances sont une hypothèse de StrikeCheck, pas d'ACLED ni d'Airwars. Une colonne de précision dont le nom se termine par km est lue en kilomètres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt; : optionnel ; la zone où les frappes devraient se trouver ; les lignes hors de celle-ci sont rejetées, et une colonne entière de latitudes/longitudes inversées est détectée grâce à elle même quand les deux restent dans ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt; : encodage optionnel d'un fichier texte (p. ex. windows-1256 pour du texte Windows arabe) ; vide : détecté.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Sorties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : des points en EPSG:4326 avec &lt;b&gt;strike_id&lt;/b&gt; (texte : la colonne d'identifiant, ou le numéro de ligne / l'identifiant d'entité), &lt;b&gt;date&lt;/b&gt; (date ou NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low ou NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, puis chaque colonne d'origine avec ses valeurs intactes (les cellules vides d'un fichier texte deviennent NULL). Une colonne d'origine dont le nom entre en conflit avec l'un de ceux-ci est conservée sous le nom &amp;lt;nom&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt; : un tableau des lignes qui n'ont pas pu devenir des frappes : &lt;b&gt;line&lt;/b&gt; (numéro de ligne dans un fichier texte, rangée dans un tableur), &lt;b&gt;feature_id&lt;/b&gt; (identifiant d'entité dans une couche ; pas nommé fid, que GeoPackage réserve), &lt;b&gt;reason&lt;/b&gt; (p. ex. 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") et &lt;b&gt;raw&lt;/b&gt; (la ligne telle qu'écrite).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Une colonne entière de latitudes et longitudes inversées (des latitudes au-delà de ±90 alors que toutes les longitudes sont dans ±90) est détectée et lue dans l'autre sens, avec un avertissement ; les colonnes que vous choisissez vous-même sont utilisées telles quelles.&lt;/p&gt;&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Pour chaque frappe, indique quelle faction contrôlait le terrain où elle est tombée et mesure la distance géodésique (ellipsoïde WGS84, à 1 m près) jusqu'au territoire le plus proche de chaque faction d'une carte de contrôle.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt; : couche de points des frappes (tout SCR ; « Entités sélectionnées uniquement » fonctionne). Une frappe multipoint est tenue par chaque faction qui tient l'un de ses points ; sa distance à une faction est celle de son point le plus proche.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt; : le contrôle territorial sous forme de polygones, de lignes de front ou de points de contrôle des localités (tout SCR). Les géométries invalides sont réparées en mémoire ; la couche n'est jamais modifiée.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; : le champ de CONTROL qui nomme la faction. Une valeur joignant des codes par '+' (une classe mixte issue de « Importer une carte de contrôle », p. ex. isis+jn+rebel) compte comme territoire de chacun de ses membres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt; : optionnel ; les valeurs de faction à mesurer, séparées par ';' (par défaut : toutes les valeurs présentes).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt; : optionnel ; les distances au-delà valent NULL (et la recherche est plus rapide).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt; : les frappes avec tous leurs champs plus les résultats, dans le SCR de la couche des frappes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt; : optionnel ; pour chaque frappe et chaque faction hors de laquelle elle se trouve, la ligne géodésique la plus courte jusqu'au territoire de cette faction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt; : optionnels (par défaut : 'date' et 'valid_from' quand les couches les ont). Une couche de contrôle contenant plusieurs instantanés datés est prise en compte dans le temps : chaque frappe est mesurée par rapport au dernier instantané à sa date ou avant ; les entités de contrôle sans date valent pour tous les instantanés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt; : frappes datées d'avant le premier instantané, ou sans date : 'nearest' (le premier instantané, ou le dernier pour les frappes sans date) ou 'skip' (réponses NULL, la raison dans snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt; : optionnel (par défaut : 'precision_km' s'il existe) : à quelle distance, en km, la position réelle peut se trouver du point. &lt;b&gt;PRECISION_KM&lt;/b&gt; : le rayon pour les frappes sans valeur.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt; : mesurer aussi la distance au front (oui par défaut). &lt;b&gt;FRONT_LINES&lt;/b&gt; : couche de lignes de front optionnelle, à utiliser au lieu des limites entre les polygones des factions (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; les nomme). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt; : à quelle distance les limites de deux factions doivent courir pour compter comme un seul front (les cartes dessinées à la main partagent rarement leurs sommets ; 0,5 km par défaut).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Champs en sortie&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt; : la ou les factions dont le territoire contient la frappe, triées et jointes par '+' (une frappe sur une limite commune ou dans des territoires qui se chevauchent appartient à chacune) ; NULL quand aucune faction ne la tient. Une frappe dans un trou d'un polygone est hors de celui-ci.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt; : km géodésiques jusqu'au point le plus proche du territoire de cette faction, 0 à l'intérieur. La valeur de faction est normalisée en nom de champ (ASCII en minuscules, '_' pour les autres caractères), p. ex. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt; : la faction la plus proche autre que celle(s) qui contrôle(nt) le terrain (pour une frappe que personne ne tient : la faction la plus proche).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt; : distance jusqu'au front le plus proche entre la faction qui contrôle la frappe et une autre faction (la côte et les limites avec une terre qui n'est à personne ne sont pas des fronts ; 0 sur la ligne) et qui se trouve de l'autre côté ; pour une frappe que personne ne tient, la limite de la faction la plus proche et cette faction. Près de l'endroit où un front rejoint une côte, la valeur peut être trop courte d'au plus FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt; : l'instantané de contrôle par rapport auquel chaque frappe a été mesurée, et pourquoi quand ce n'était pas le plus évident (analyses dans le temps uniquement).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt; : avec une précision, chaque faction dont le territoire touche le disque des positions possibles de la frappe, et si une seule faction tient le disque entier (la conclusion résiste à l'incertitude).&lt;/li&gt;&lt;/ul&gt;Un nom de champ déjà utilisé par la couche des frappes reçoit un suffixe numérique. Champs de LINES : strike_id (l'identifiant d'entité de la frappe), faction, km.&lt;h3&gt;Exemple&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckDatabase</name>
    <message>
      <location filename="../plugin/database/connection.py" line="126" />
      <location filename="../plugin/database/connection.py" line="127" />
      <source>Could not connect to the database {place}: {reason}</source>
      <translation>Impossible de se connecter à la base de données {place} : {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/database/connection.py" line="38" />
      <source>The database engine needs the Python package psycopg2, which this QGIS does not have (Debian/Ubuntu: apt install python3-psycopg2; elsewhere: python3 -m pip install psycopg2-binary).</source>
      <translation>Le moteur de base de données a besoin du paquet Python psycopg2, que ce QGIS n'a pas (Debian/Ubuntu : apt install python3-psycopg2 ; ailleurs : python3 -m pip install psycopg2-binary).</translation>
    </message>
    <message>
      <location filename="../plugin/database/connection.py" line="100" />
      <location filename="../plugin/database/connection.py" line="101" />
      <source>The layer's QGIS authentication configuration '{id}' could not be used; check it in Settings &gt; Options &gt; Authentication.</source>
      <translation>La configuration d'authentification QGIS '{id}' de la couche n'a pas pu être utilisée ; vérifiez-la dans Préférences &gt; Options &gt; Authentification.</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckDock</name>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="24" />
      <source>Automatic (PostGIS when both layers are in it)</source>
      <translation>Automatique (PostGIS quand les deux couches y sont)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="31" />
      <location filename="../plugin/gui/factions_panel.py" line="104" />
      <source>Automatic (best match)</source>
      <translation>Automatique (meilleure correspondance)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="103" />
      <source>Automatic: {preset}</source>
      <translation>Automatique : {preset}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="47" />
      <source>Beside the project file</source>
      <translation>À côté du fichier du projet</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="189" />
      <location filename="../plugin/gui/results_panel.py" line="190" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="129" />
      <location filename="../plugin/gui/factions_panel.py" line="130" />
      <source>Choose a control map and its faction field first.</source>
      <translation>Choisissez d'abord une carte de contrôle et son champ de faction.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="77" />
      <source>Choose a strike layer and a control map first.</source>
      <translation>Choisissez d'abord une couche de frappes et une carte de contrôle.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="79" />
      <location filename="../plugin/gui/export_panel.py" line="80" />
      <source>Choose the control map the strikes were analysed against.</source>
      <translation>Choisissez la carte de contrôle sur laquelle les frappes ont été analysées.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="79" />
      <source>Choose the control map's faction field first.</source>
      <translation>Choisissez d'abord le champ de faction de la carte de contrôle.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="121" />
      <location filename="../plugin/gui/data_panel.py" line="125" />
      <source>Control maps (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;Georeferenced map images (*.tif *.tiff *.png *.jpg *.jpeg);;All files (*)</source>
      <translation>Cartes de contrôle (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;Images de cartes géoréférencées (*.tif *.tiff *.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="198" />
      <location filename="../plugin/gui/results_panel.py" line="199" />
      <source>Could not write {path}: {reason}</source>
      <translation>Impossible d'écrire {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="31" />
      <source>Export map</source>
      <translation>Exporter la carte</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="189" />
      <location filename="../plugin/gui/results_panel.py" line="190" />
      <source>Export results as CSV</source>
      <translation>Exporter les résultats en CSV</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="46" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="121" />
      <location filename="../plugin/gui/data_panel.py" line="123" />
      <source>Import control map</source>
      <translation>Importer une carte de contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="211" />
      <location filename="../plugin/gui/data_panel.py" line="213" />
      <source>Import strikes</source>
      <translation>Importer des frappes</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="26" />
      <source>Inside the PostGIS database</source>
      <translation>Dans la base de données PostGIS</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="58" />
      <location filename="../plugin/gui/export_panel.py" line="59" />
      <source>Map exported: {pdf} (the layout is in the project's layout manager).</source>
      <translation>Carte exportée : {pdf} (la mise en page se trouve dans le gestionnaire de mises en page du projet).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="162" />
      <location filename="../plugin/gui/data_panel.py" line="163" />
      <source>No faction has a colour: nothing to import.</source>
      <translation>Aucune faction n'a de couleur : rien à importer.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="134" />
      <location filename="../plugin/gui/results_panel.py" line="135" />
      <source>No results: run the analysis first (the results layer was removed or none was made yet).</source>
      <translation>Aucun résultat : lancez d'abord l'analyse (la couche de résultats a été supprimée ou n'a pas encore été créée).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="25" />
      <source>On this computer</source>
      <translation>Sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="31" />
      <location filename="../plugin/gui/export_panel.py" line="49" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="153" />
      <source>Previous results (a new analysis is running): {summary}</source>
      <translation>Résultats précédents (une nouvelle analyse est en cours) : {summary}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="66" />
      <location filename="../plugin/gui/export_panel.py" line="67" />
      <source>Report written: {pdf}</source>
      <translation>Rapport écrit : {pdf}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="23" />
      <source>Skip them, saying why</source>
      <translation>Les ignorer, en disant pourquoi</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="143" />
      <source>Stopped: {reason}</source>
      <translation>Arrêté : {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="211" />
      <location filename="../plugin/gui/data_panel.py" line="215" />
      <source>Strike files (*.csv *.tsv *.txt *.geojson *.json *.gpkg *.shp *.kml *.kmz *.xlsx);;All files (*)</source>
      <translation>Fichiers de frappes (*.csv *.tsv *.txt *.geojson *.json *.gpkg *.shp *.kml *.kmz *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="165" />
      <source>StrikeCheck</source>
      <translation>StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="35" />
      <location filename="../plugin/gui/export_panel.py" line="37" />
      <source>Strikes and territorial control</source>
      <translation>Frappes et contrôle territorial</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="141" />
      <source>The algorithm failed.</source>
      <translation>L'algorithme a échoué.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="22" />
      <source>Use the nearest snapshot</source>
      <translation>Utiliser l'instantané le plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="49" />
      <source>Write report</source>
      <translation>Écrire le rapport</translation>
    </message>
    <message>
      <location filename="../plugin/gui/runner.py" line="114" />
      <source>cancelled by you</source>
      <translation>annulée par vous</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="44" />
      <source>strikes</source>
      <translation>frappes</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="158" />
      <source>{name} (factions)</source>
      <translation>{name} (factions)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="203" />
      <source>{name} (from image)</source>
      <translation>{name} (depuis l'image)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="56" />
      <source>{name}: lines to nearest territory</source>
      <translation>{name} : lignes vers le territoire le plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="46" />
      <source>{name}: nearest faction</source>
      <translation>{name} : faction la plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="252" />
      <source>{name}: rejected rows</source>
      <translation>{name} : lignes rejetées</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="204" />
      <location filename="../plugin/gui/data_panel.py" line="205" />
      <source>{n} control areas read from the image.</source>
      <translation>{n} zones de contrôle lues dans l'image.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="108" />
      <location filename="../plugin/gui/data_panel.py" line="109" />
      <source>{n} of {total} selected</source>
      <translation>{n} sur {total} sélectionnées</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="182" />
      <source>{n} rows copied.</source>
      <translation>{n} lignes copiées.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="203" />
      <location filename="../plugin/gui/results_panel.py" line="204" />
      <source>{n} rows written to {path}.</source>
      <translation>{n} lignes écrites dans {path}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="255" />
      <location filename="../plugin/gui/data_panel.py" line="256" />
      <source>{n} strikes imported, {m} rows rejected: see the layer '{errors}'.</source>
      <translation>{n} frappes importées, {m} lignes rejetées : voir la couche '{errors}'.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="247" />
      <location filename="../plugin/gui/data_panel.py" line="248" />
      <source>{n} strikes imported.</source>
      <translation>{n} frappes importées.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="138" />
      <location filename="../plugin/gui/data_panel.py" line="139" />
      <source>{path} is not a control map QGIS can read (polygons, front lines or town points).</source>
      <translation>{path} n'est pas une carte de contrôle lisible par QGIS (polygones, lignes de front ou localités).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="192" />
      <location filename="../plugin/gui/data_panel.py" line="193" />
      <source>{path} is not an image QGIS can read.</source>
      <translation>{path} n'est pas une image lisible par QGIS.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="163" />
      <location filename="../plugin/gui/dock.py" line="166" />
      <source>{task} is still running. Stop it and close the panel?</source>
      <translation>{task} est encore en cours. L'arrêter et fermer le panneau ?</translation>
    </message>
    <message>
      <source>Control maps (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;All files (*)</source>
      <translation type="vanished">Cartes de contrôle (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>{n} strikes analysed</source>
      <translation type="vanished">{n} frappes analysées</translation>
    </message>
    <message>
      <source>Run the analysis first: the map shows its results.</source>
      <translation type="vanished">Lancez d'abord l'analyse : la carte en montre les résultats.</translation>
    </message>
    <message>
      <source>StrikeCheck: {name}</source>
      <translation type="vanished">StrikeCheck : {name}</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckDockBase</name>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="84" />
      <source> km</source>
      <translation> km</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="60" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="138" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="35" />
      <source>Control map</source>
      <translation>Carte de contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="119" />
      <source>Copy table</source>
      <translation>Copier le tableau</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="28" />
      <source>Data</source>
      <translation>Données</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="79" />
      <source>Distance to the front</source>
      <translation>Distance au front</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="46" />
      <source>Each value found in the faction field, the faction it stands for, its legend label and colour. Edit a faction code to override the preset.</source>
      <translation>Chaque valeur trouvée dans le champ de faction, la faction qu'elle désigne, son étiquette de légende et sa couleur. Modifiez un code de faction pour remplacer le préréglage.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="93" />
      <source>Engine</source>
      <translation>Moteur</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="120" />
      <source>Export CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="121" />
      <source>Export map…</source>
      <translation>Exporter la carte…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="38" />
      <source>Faction field</source>
      <translation>Champ de faction</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="87" />
      <source>From the layer only</source>
      <translation>Depuis la couche seulement</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="83" />
      <source>How far the true location may be from the point, for strikes whose layer does not say (e.g. 2 km for a town centre). Conclusions are checked against this disc.</source>
      <translation>Distance possible entre la position réelle et le point, pour les frappes dont la couche ne l'indique pas (p. ex. 2 km pour un centre-ville). Les conclusions sont vérifiées sur ce disque.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="37" />
      <source>Import a control map from a file (DeepState or ISW exports, KML/KMZ, GeoJSON, GeoPackage, Shapefile): its factions are read with the preset.</source>
      <translation>Importer une carte de contrôle depuis un fichier (exports DeepState ou ISW, KML/KMZ, GeoJSON, GeoPackage, Shapefile) : ses factions sont lues avec le préréglage.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="34" />
      <source>Import strikes from a file: ACLED or UCDP exports, CSV, XLSX, KML/KMZ, GeoJSON, GeoPackage.</source>
      <translation>Importer des frappes depuis un fichier : exports ACLED ou UCDP, CSV, XLSX, KML/KMZ, GeoJSON, GeoPackage.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="37" />
      <source>Import…</source>
      <translation>Importer…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="78" />
      <source>Lines to nearest territory</source>
      <translation>Lignes vers le territoire le plus proche</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="68" />
      <source>Max distance</source>
      <translation>Distance max.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="74" />
      <source>No limit</source>
      <translation>Aucune limite</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="49" />
      <source>Outputs</source>
      <translation>Sorties</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="80" />
      <source>Precision</source>
      <translation>Précision</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="40" />
      <source>Preset</source>
      <translation>Préréglage</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="122" />
      <source>Report…</source>
      <translation>Rapport…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="100" />
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="139" />
      <source>Run analysis</source>
      <translation>Lancer l'analyse</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="64" />
      <source>Selected strikes only</source>
      <translation>Frappes sélectionnées uniquement</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="5" />
      <source>StrikeCheck</source>
      <translation>StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="32" />
      <source>Strikes</source>
      <translation>Frappes</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="66" />
      <source>Target faction</source>
      <translation>Faction cible</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="52" />
      <source>The GeoPackage the panel writes imports and results to, so that a saved project reopens with them. Empty: one beside the project file.</source>
      <translation>Le GeoPackage où le panneau écrit les imports et les résultats, pour qu'un projet enregistré les retrouve à sa réouverture. Vide : un fichier à côté du projet.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="91" />
      <source>Undated / early</source>
      <translation>Sans date / antérieures</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="94" />
      <source>Where the analysis runs. Automatic: inside PostGIS when the strikes and the control map are tables of the same PostGIS database (nothing is pulled into QGIS), else on this computer. The answers are the same.</source>
      <translation>Où l'analyse s'exécute. Automatique : dans PostGIS quand les frappes et la carte de contrôle sont des tables de la même base de données PostGIS (rien n'est rapatrié dans QGIS), sinon sur cet ordinateur. Les réponses sont les mêmes.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="92" />
      <source>With a dated control map: what to do with strikes dated before its first snapshot, or undated.</source>
      <translation>Avec une carte de contrôle datée : que faire des frappes antérieures à son premier instantané, ou sans date.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="105" />
      <source>Zoom the map to the strikes of the results</source>
      <translation>Zoomer la carte sur les frappes des résultats</translation>
    </message>
    <message>
      <source>Draw lines to nearest territory</source>
      <translation type="vanished">Tracer les lignes vers le territoire le plus proche</translation>
    </message>
    <message>
      <source>Import control map…</source>
      <translation type="vanished">Importer une carte de contrôle…</translation>
    </message>
    <message>
      <source>Import strikes…</source>
      <translation type="vanished">Importer des frappes…</translation>
    </message>
    <message>
      <source>Measure the distance to the front</source>
      <translation type="vanished">Mesurer la distance au front</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckPresets</name>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="35" />
      <source>Contested</source>
      <translation>Contesté</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="12" />
      <source>Generic (any faction names)</source>
      <translation>Générique (tous noms de factions)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="20" />
      <source>ISIS</source>
      <translation>EI</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="19" />
      <source>ISIS Control</source>
      <translation>Contrôle de l'EI</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="26" />
      <source>ISIS, JN, and Rebel</source>
      <translation>EI, al-Nosra et rebelles</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="25" />
      <source>ISIS, JN, and Rebel Control</source>
      <translation>Contrôle de l'EI, d'al-Nosra et des rebelles</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="22" />
      <source>JN</source>
      <translation>al-Nosra</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="21" />
      <source>JN Control</source>
      <translation>Contrôle d'al-Nosra</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="28" />
      <source>JN and Rebel</source>
      <translation>al-Nosra et rebelles</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="27" />
      <source>JN and Rebel Control</source>
      <translation>Contrôle d'al-Nosra et des rebelles</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="18" />
      <source>Rebel</source>
      <translation>Rebelles</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="17" />
      <source>Rebel Control</source>
      <translation>Contrôle rebelle</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="16" />
      <source>Regime</source>
      <translation>Régime</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="15" />
      <source>Regime Control</source>
      <translation>Contrôle du régime</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="30" />
      <source>Regime and YPG</source>
      <translation>Régime et YPG</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="29" />
      <source>Regime and YPG Control</source>
      <translation>Contrôle du régime et des YPG</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="34" />
      <source>Russia-occupied</source>
      <translation>Occupé par la Russie</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="14" />
      <source>Syria, 2015 (ISW-like control classes)</source>
      <translation>Syrie, 2015 (classes de contrôle façon ISW)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="32" />
      <source>Ukraine (held, occupied, contested)</source>
      <translation>Ukraine (tenu, occupé, contesté)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="33" />
      <source>Ukraine-held</source>
      <translation>Tenu par l'Ukraine</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="24" />
      <source>YPG</source>
      <translation>YPG</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="23" />
      <source>YPG Control</source>
      <translation>Contrôle des YPG</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckProvider</name>
    <message>
      <location filename="../plugin/processing/provider.py" line="38" />
      <source>StrikeCheck: strikes against territorial control</source>
      <translation>StrikeCheck : frappes et contrôle territorial</translation>
    </message>
  </context>
  <context>
    <name>alg</name>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="110" />
      <source>Image: {w} x {h} pixels of {pw:.0f} x {ph:.0f} m.</source>
      <translation>Image : {w} x {h} pixels de {pw:.0f} x {ph:.0f} m.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="93" />
      <source>No faction: {share:.1f}%</source>
      <translation>Aucune faction : {share:.1f} %</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="121" />
      <source>No pixel of the image is near a legend colour ({colours}). Check the legend against the image (pick the colours from it), or raise TOLERANCE.</source>
      <translation>Aucun pixel de l'image n'est proche d'une couleur de légende ({colours}). Vérifiez la légende par rapport à l'image (prélevez-y les couleurs) ou augmentez TOLERANCE.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="64" />
      <source>The image '{name}' has no CRS: set it in the layer's properties (Source) or save it with the image (.aux.xml or .prj), and run again.</source>
      <translation>L'image '{name}' n'a pas de système de coordonnées (CRS) : définissez-le dans les propriétés de la couche (Source) ou enregistrez-le avec l'image (.aux.xml ou .prj), puis relancez.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="55" />
      <source>The image '{name}' is not georeferenced (no GeoTIFF tags, world file or ground control points). Georeference it in QGIS's Georeferencer (Layer &gt; Georeferencer), save the GCPs or a world file, and run again.</source>
      <translation>L'image '{name}' n'est pas géoréférencée (ni balises GeoTIFF, ni fichier de géoréférencement, ni points de contrôle au sol). Géoréférencez-la avec le Géoréférenceur de QGIS (Couche &gt; Géoréférenceur), enregistrez les points de contrôle (GCPs) ou un fichier de géoréférencement, puis relancez.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="87" />
      <source>hatching</source>
      <translation>hachures</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="88" />
      <source>{code} ({colour}): {share:.1f}% of the image</source>
      <translation>{code} ({colour}) : {share:.1f} % de l'image</translation>
    </message>
  </context>
</TS>
