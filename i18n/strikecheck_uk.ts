<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
  <context>
    <name>LegendPicker</name>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="39" />
      <source>Click on a faction's colour</source>
      <translation>Клацніть на колір сторони</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="74" />
      <source>Colour</source>
      <translation>Колір</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="74" />
      <source>Faction</source>
      <translation>Сторона</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="102" />
      <source>click the image</source>
      <translation>клацніть на зображення</translation>
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
      <translation>Додати сторону</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="19" />
      <source>Choose a faction in the table, then click on its colour in the image. Rows without a faction are left out.</source>
      <translation>Виберіть сторону в таблиці, потім клацніть на її колір на зображенні. Рядки без сторони не враховуються.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="5" />
      <source>Control map from an image: the legend</source>
      <translation>Карта контролю із зображення: легенда</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="37" />
      <source>Map date (optional)</source>
      <translation>Дата карти (необов'язково)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="33" />
      <source>Remove</source>
      <translation>Вилучити</translation>
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
      <translation>Скасовано: нічого не записано.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="136" />
      <location filename="../plugin/processing/nearest/engine_choice.py" line="137" />
      <source>ENGINE=database cannot be used: {reason}. Use ENGINE=auto or local.</source>
      <translation>ENGINE=database використати неможливо: {reason}. Використайте ENGINE=auto або local.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="157" />
      <location filename="../plugin/processing/nearest/engine_choice.py" line="158" />
      <source>Engine: database (the analysis runs as SQL in PostGIS, {place}).</source>
      <translation>Рушій: база даних (аналіз виконується як SQL у PostGIS, {place}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="163" />
      <source>Engine: local ({reason}).</source>
      <translation>Рушій: локальний ({reason}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="107" />
      <location filename="../plugin/processing/nearest/local.py" line="94" />
      <location filename="../plugin/processing/nearest/local.py" line="95" />
      <source>Every value of field '{field}' in the control layer is empty (NULL), so no feature says which faction holds it; choose the field that holds faction names.</source>
      <translation>Усі значення поля '{field}' у шарі контролю порожні (NULL): жоден об’єкт не вказує, яка сторона його контролює. Виберіть поле з назвами сторін.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="85" />
      <source>FRONT_LINES (a layer of front lines) is read by the local engine</source>
      <translation>FRONT_LINES (шар ліній фронту) читає локальний рушій</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="106" />
      <source>Field '{field}' not found in layer; fields: {names}.</source>
      <translation>Поле '{field}' не знайдено в шарі; поля: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="104" />
      <location filename="../plugin/processing/nearest/local.py" line="105" />
      <source>Field '{field}' of the control layer holds no date: one static map.</source>
      <translation>Поле '{field}' шару контролю не містить дат: одна статична карта.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="75" />
      <source>LINES (lines to the nearest territory) are drawn by the local engine</source>
      <translation>LINES (лінії до найближчої території) будує локальний рушій</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="53" />
      <source>Measuring {n} strikes against {k} factions' territory...</source>
      <translation>Вимірювання {n} ударів відносно території сторін ({k})...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="148" />
      <location filename="../plugin/processing/nearest/database.py" line="149" />
      <source>OUTPUT names the {label} table itself; choose a new table name.</source>
      <translation>OUTPUT вказує на саму таблицю {label}; виберіть нову назву таблиці.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="85" />
      <source>Reading the control map...</source>
      <translation>Читання карти контролю...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="38" />
      <source>Reading the strikes...</source>
      <translation>Читання ударів...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="162" />
      <location filename="../plugin/processing/nearest/database.py" line="163" />
      <source>Results written to the new table {table} in one transaction.</source>
      <translation>Результати записано в нову таблицю {table} однією транзакцією.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="124" />
      <source>STRIKES</source>
      <translation>STRIKES</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="128" />
      <source>STRIKES and CONTROL are in different databases</source>
      <translation>STRIKES і CONTROL перебувають у різних базах даних</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="59" />
      <location filename="../plugin/processing/nearest/database.py" line="60" />
      <source>The connection to the database was lost during the analysis ({reason}). Nothing was written; run it again.</source>
      <translation>З’єднання з базою даних втрачено під час аналізу ({reason}). Нічого не записано; запустіть аналіз знову.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="113" />
      <location filename="../plugin/processing/nearest/database.py" line="114" />
      <source>The control layer has no usable geometry (all are empty or NULL).</source>
      <translation>Шар контролю не має придатної геометрії (уся порожня або NULL).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="103" />
      <location filename="../plugin/processing/nearest/local.py" line="90" />
      <location filename="../plugin/processing/nearest/local.py" line="91" />
      <source>The control layer is empty: there is no territory to measure against.</source>
      <translation>Шар контролю порожній: немає території, до якої можна вимірювати.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="66" />
      <location filename="../plugin/processing/nearest/database.py" line="67" />
      <source>The database could not run the analysis: {reason}</source>
      <translation>База даних не змогла виконати аналіз: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="195" />
      <source>Tracing the lines to the nearest territory...</source>
      <translation>Побудова ліній до найближчої території...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="199" />
      <location filename="../plugin/processing/nearest/local.py" line="200" />
      <source>Writing {n} lines to the nearest territory...</source>
      <translation>Запис ліній до найближчої території: {n}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="69" />
      <location filename="../plugin/processing/nearest/local.py" line="70" />
      <source>Writing {n} strikes with their results...</source>
      <translation>Запис ударів із результатами: {n}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="65" />
      <source>only selected (or filtered) features of {label} are used: the selection lives in QGIS</source>
      <translation>використовуються лише вибрані (або відфільтровані) об’єкти {label}: вибірка існує лише в QGIS</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="81" />
      <source>the control map has dated snapshots ('{field}'): time-aware runs are local</source>
      <translation>карта контролю має датовані зрізи ('{field}'): аналіз з урахуванням часу виконується локально</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="88" />
      <source>the faction field '{field}' is neither text nor whole numbers</source>
      <translation>поле сторони '{field}' не є ні текстом, ні цілими числами</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="93" />
      <source>the precision field '{field}' is not numeric</source>
      <translation>поле точності '{field}' не числове</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="97" />
      <source>the strike table has no primary key to send the answers back to QGIS by (write OUTPUT to a PostGIS table instead)</source>
      <translation>таблиця ударів не має первинного ключа, за яким можна повернути відповіді в QGIS (запишіть OUTPUT у таблицю PostGIS)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="102" />
      <source>the strike table's primary key is neither text nor whole numbers</source>
      <translation>первинний ключ таблиці ударів не є ні текстом, ні цілими числами</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="63" />
      <source>{label} is not a PostGIS layer</source>
      <translation>{label} — не шар PostGIS</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="138" />
      <location filename="../plugin/processing/nearest/local.py" line="139" />
      <source>{n} strikes are dated over a window of days and were checked against every control snapshot in force during it: for {changed} of them the controlling faction changes inside the window (controlled_by_certain false, the reason in snapshot_note).</source>
      <translation>{n} ударів датовано періодом у кілька днів і перевірено за кожним зрізом контролю, чинним у цей період: у {changed} з них контролювальна сторона змінюється всередині періоду (controlled_by_certain хибне, причина в snapshot_note).</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheck</name>
    <message>
      <location filename="../plugin/core/strike_import.py" line="266" />
      <source> (PRECISION_KM given)</source>
      <translation> (задано в PRECISION_KM)</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="148" />
      <source>'colours' of {what} must map palette names to colours.</source>
      <translation>'colours' для {what} має зіставляти назвам палітр кольори.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="290" />
      <source>'palettes' must map palette names to descriptions.</source>
      <translation>'palettes' має зіставляти назвам палітр описи.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="259" />
      <source>'{alias}' is given to both '{first}' and '{second}'.</source>
      <translation>'{alias}' надано водночас '{first}' і '{second}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="107" />
      <source>'{column}' {end} is before the date {start}</source>
      <translation>'{column}' {end} раніше за дату {start}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="141" />
      <source>'{entry}' skipped: {reason}</source>
      <translation>«{entry}» пропущено: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="49" />
      <source>'{name}' cannot be read as a KMZ archive: {error}.</source>
      <translation>'{name}' не вдається прочитати як архів KMZ: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="81" />
      <location filename="../plugin/core/workbook.py" line="118" />
      <source>'{name}' is a damaged workbook: {error}.</source>
      <translation>«{name}» — пошкоджена книга: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="47" />
      <source>'{name}' is a password-protected (encrypted) workbook, which cannot be read without its password. Open it in Excel or LibreOffice, remove the password (or save an unprotected copy) and import that.</source>
      <translation>«{name}» — книга, захищена паролем (зашифрована); без пароля її не прочитати. Відкрийте її в Excel або LibreOffice, зніміть пароль (або збережіть незахищену копію) та імпортуйте її.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="41" />
      <source>'{name}' is not a KMZ (zip) archive.</source>
      <translation>'{name}' не є архівом KMZ (zip).</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="55" />
      <source>'{name}' is not an Excel workbook (.xlsx) but an older Excel 97-2003 file or another OLE document: save it as .xlsx or CSV and import that.</source>
      <translation>«{name}» — не книга Excel (.xlsx), а старий файл Excel 97-2003 чи інший документ OLE: збережіть його як .xlsx або CSV та імпортуйте.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="92" />
      <source>'{name}' is not an Excel workbook (.xlsx): it is {what}. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
      <translation>«{name}» — не книга Excel (.xlsx): це {what}. Відкрийте файл у табличному редакторі та збережіть його як .xlsx або CSV.</translation>
    </message>
    <message>
      <location filename="../plugin/core/geojson.py" line="73" />
      <location filename="../plugin/core/geojson.py" line="75" />
      <source>'{name}' is not readable GeoJSON: {error}.</source>
      <translation>'{name}' — нечитабельний GeoJSON: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="66" />
      <source>'{name}' is not readable KML: {error}.</source>
      <translation>'{name}' не читається як KML: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="108" />
      <source>'{name}' is refused: its part {part} declares XML entities (a DOCTYPE), which no spreadsheet program writes and which can read other files or exhaust memory.</source>
      <translation>«{name}» відхилено: його частина {part} оголошує XML-сутності (DOCTYPE), яких не пише жоден табличний редактор; так можна прочитати інші файли або вичерпати пам'ять.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="77" />
      <source>'{name}' is refused: its workbook part declares XML entities.</source>
      <translation>«{name}» відхилено: частина книги оголошує XML-сутності.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="66" />
      <source>'{name}' is too large to read as KML (over {megabytes} MB or {elements} XML elements): save it as GeoPackage or CSV and import that.</source>
      <translation>'{name}' завеликий для читання як KML (понад {megabytes} МБ або {elements} елементів XML): збережіть його як GeoPackage або CSV та імпортуйте цей файл.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="75" />
      <source>'{name}' lists too many sheets to be read as a workbook.</source>
      <translation>У «{name}» перелічено забагато аркушів, щоб читати його як книгу.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="151" />
      <source>'{name}' skipped: '{kept}' is a later snapshot of {date}.</source>
      <translation>«{name}» пропущено: «{kept}» — пізніший знімок за {date}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="230" />
      <source>'{name}' skipped: its CRS differs from the first file's.</source>
      <translation>«{name}» пропущено: його CRS відрізняється від CRS першого файлу.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="186" />
      <source>'{name}' skipped: {error}</source>
      <translation>«{name}» пропущено: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="103" />
      <source>'{name}': no date in the file name (Unix time, YYYY-MM-DD or YYYYMMDD; or set DATE_PATTERN or DATE_FIELD); imported with valid_from NULL.</source>
      <translation>«{name}»: у назві файлу немає дати (час Unix, YYYY-MM-DD або YYYYMMDD; або задайте DATE_PATTERN чи DATE_FIELD); імпортовано з valid_from NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="239" />
      <source>'{name}': {n} geometries of another type kept as NULL.</source>
      <translation>«{name}»: {n} геометрій іншого типу збережено як NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="116" />
      <source>'{raw}' ({n} features): unrecognised, kept as {code}</source>
      <translation>'{raw}' (об’єктів: {n}): не розпізнано, збережено як {code}</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="234" />
      <source>'{value}' is not a date StrikeCheck can read unambiguously; write it as yyyy-mm-dd.</source>
      <translation>'{value}' — не дата, яку StrikeCheck може прочитати однозначно; запишіть її як рррр-мм-дд.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="140" />
      <source>'{what}' must be a list of objects.</source>
      <translation>«{what}» має бути списком об’єктів.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="60" />
      <location filename="../plugin/processing/nearest/reporting.py" line="66" />
      <source>(none: all undated)</source>
      <translation>(немає: усі без дати)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="82" />
      <source>... and {n} more rejected rows (see ERRORS).</source>
      <translation>... і ще відхилених рядків: {n} (див. ERRORS).</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="65" />
      <source>; nearest {label} territory {spread}</source>
      <translation>; найближча зона {label}: {spread}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="63" />
      <source>; the other {m}: nearest {label} territory {spread}</source>
      <translation>; решта {m}: найближча зона {label}: {spread}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="69" />
      <source>; {unknown} beyond the search distance or without a location</source>
      <translation>; далі за радіус пошуку або без координат: {unknown}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="104" />
      <source>&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning. Nested values (JSON objects and lists) are written as JSON text. Features of another geometry kind (a raw export's unit and airfield points) are left out, with their count in the log. A remainder feature has raw_faction 'remainder: &amp;lt;outline&amp;gt;' and NULL original fields.</source>
      <translation>&lt;/ul&gt;Далі всі початкові поля; поле, чия назва збігається з однією з цих, зберігається як &amp;lt;назва&amp;gt;_orig. Полігональні й лінійні результати — складені (виправлення може розділити геометрію); геометрія, що після виправлення лишилася порожньою, зберігається як NULL із попередженням. Вкладені значення (об’єкти та списки JSON) записуються як текст JSON. Об’єкти іншого типу геометрії (точки підрозділів і аеродромів у сирому вивантаженні) пропускаються, їхню кількість указано в журналі. В об’єкта решти raw_faction дорівнює 'remainder: &amp;lt;контур&amp;gt;', а початкові поля — NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="127" />
      <source>&lt;h3&gt;Date windows&lt;/h3&gt;&lt;p&gt;&lt;b&gt;STRIKE_DATE_END_FIELD&lt;/b&gt;: optional (default: 'date_end' when present, as strikecheck:importstrikes writes it for UCDP GED's date_start to date_end and ACLED's time_precision 2 and 3): the last day of each strike's date window, whose first day is STRIKE_DATE_FIELD. In a time-aware run such a strike is measured against the snapshot in force on its first day, then checked against every later snapshot up to its last day: controlled_by_certain is false when the controlling faction changes inside the window (snapshot_note says how), possible_factions lists the factions of every one of those snapshots, and with a precision the strike is certain only when its disc and its window both are. An empty or earlier last day means a single day.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Періоди дат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;STRIKE_DATE_END_FIELD&lt;/b&gt;: необов'язково (типово 'date_end', якщо є; так його записує strikecheck:importstrikes для date_start–date_end з UCDP GED і для time_precision 2 і 3 з ACLED): останній день періоду дати кожного удару, перший день якого — STRIKE_DATE_FIELD. Під час урахування часу такий удар зіставляється зі зрізом, чинним у його перший день, а потім перевіряється за кожним наступним зрізом до його останнього дня: controlled_by_certain хибне, якщо контролювальна сторона змінюється всередині періоду (snapshot_note каже, як), possible_factions перелічує сторони всіх цих зрізів, а із заданою точністю удар достовірний, лише якщо достовірні і його коло, і його період. Порожній або раніший останній день означає один день.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_help.py" line="17" />
      <source>&lt;h3&gt;Event datasets&lt;/h3&gt;&lt;p&gt;The input's columns say which dataset it is, and the log names it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ACLED&lt;/b&gt; (event_id_cnty, event_date): geo_precision 1 = 2 km, 2 = 15 km, 3 = 50 km. time_precision 2 (a week) gives date = event_date - 3 days and date_end = event_date + 3 days; 3 (a month) gives the calendar month.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UCDP GED&lt;/b&gt; (where_prec with date_start/date_end or side_a): id, date_start to date_end, side_a as actor; where_prec 1 (exact location) = 2 km, 2 (within 25 km) = 25 km, 3 (second-order administrative area) = 50 km, 4 (first-order) = 150 km, 5 (a line or a larger area) = 250 km, 6 (the country) = 500 km, 7 (international waters or airspace) = 200 km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CIR / Bellingcat Russia-Ukraine Monitor&lt;/b&gt;, CSV or GeoJSON (id, date or verifiedDate, description, with city, province, url, categories...): points geolocated by their team; no precision codes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Airwars&lt;/b&gt; (two of grading, geolocation, belligerent, civilians killed...): accuracy words exact = 0.1 km, street = 0.5, neighbourhood = 1, village = 3, town = 5, city = 10; Code, Grading and the suspected belligerent as id, confidence and actor.&lt;/li&gt;&lt;li&gt;Any other table: the codes 1 = 2 km, 2 = 15 km, 3 = 50 km and the words above.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Only UCDP's 25 km is the publisher's own distance; the others are StrikeCheck's assumptions. PRECISION_KM changes or adds codes (e.g. '6=300'). A code that the recognised dataset does not define is a warning, and the strike gets precision NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;date_end&lt;/b&gt; (in OUTPUT): the last day of the strike's date window (the same as date for a single day); a date_end before the date rejects the row. strikecheck:nearestfaction checks such a strike against every control snapshot of its window.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Набори даних про події&lt;/h3&gt;&lt;p&gt;Стовпці вхідних даних кажуть, що це за набір, і журнал його називає:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ACLED&lt;/b&gt; (event_id_cnty, event_date): geo_precision 1 = 2 км, 2 = 15 км, 3 = 50 км. time_precision 2 (тиждень) дає date = event_date − 3 дні та date_end = event_date + 3 дні; 3 (місяць) дає календарний місяць.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UCDP GED&lt;/b&gt; (where_prec разом із date_start/date_end або side_a): id, період від date_start до date_end, side_a як учасник; where_prec 1 (точне місце) = 2 км, 2 (у межах 25 км) = 25 км, 3 (адміністративна одиниця другого рівня) = 50 км, 4 (першого рівня) = 150 км, 5 (лінія або більша область) = 250 км, 6 (країна) = 500 км, 7 (міжнародні води чи повітряний простір) = 200 км.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CIR / Bellingcat Russia-Ukraine Monitor&lt;/b&gt;, CSV або GeoJSON (id, date або verifiedDate, description, а також city, province, url, categories...): точки, геолоковані їхньою командою; кодів точності немає.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Airwars&lt;/b&gt; (два зі стовпців grading, geolocation, belligerent, civilians killed...): слова точності exact = 0,1 км, street = 0,5, neighbourhood = 1, village = 3, town = 5, city = 10; Code, Grading і ймовірна сторона стають id, достовірністю та учасником.&lt;/li&gt;&lt;li&gt;Будь-яка інша таблиця: коди 1 = 2 км, 2 = 15 км, 3 = 50 км і слова вище.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Лише 25 км у UCDP — відстань самого видавця; решта — припущення StrikeCheck. PRECISION_KM змінює або додає коди (наприклад, '6=300'). Код, якого розпізнаний набір не визначає, спричиняє попередження, і удар отримує точність NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;date_end&lt;/b&gt; (в OUTPUT): останній день періоду дати удару (збігається з date для одного дня); date_end раніше за дату відхиляє рядок. strikecheck:nearestfaction перевіряє такий удар за кожним зрізом контролю його періоду.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="113" />
      <source>&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation>&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="85" />
      <source>&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature of the map's geometry kind, then the remainder features, with these fields first:&lt;/p&gt;&lt;ul&gt;</source>
      <translation>&lt;h3&gt;Результат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: карта контролю в СК вхідних даних, по одному об’єкту на кожен вхідний об’єкт того типу геометрії, що й у карти, далі об’єкти решти, із такими першими полями:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="52" />
      <source>&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необов’язково; дата, з якої чинний кожен об’єкт (дата зрізу). Ті самі формати, що й під час імпорту ударів.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="56" />
      <source>&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: порядок дня й місяця в числових датах: визначається один раз для всього стовпця (із зупинкою та повідомленням, якщо за стовпцем цього не зрозуміти) або задається.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="32" />
      <source>&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле, що вказує, хто контролює кожен об’єкт. Порожньо: перше наявне з faction, control, controlled_by, side, mark, label, name...&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="65" />
      <source>&lt;li&gt;&lt;b&gt;FACTION_VALUE&lt;/b&gt;: optional; one faction for every feature of a layer without a faction field (e.g. occupied, for DeepState's attribute-less occupied area); FACTION_FIELD is then not needed. With FACTION_FIELD set, it fills the features whose field is empty.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Style colours&lt;/b&gt;: a feature whose name the preset does not recognise is classed by its style colour (a fill or stroke field, or a KML placemark's style, read as the style_colour column) when the preset gives that colour to a faction (ukraine: DeepStateMap's colours, e.g. #a52714 occupied, #0288d1 liberated). A colour in MAPPING, e.g. '#a52714=russia_occupied', overrides the preset. The log says how many features of each class were found by name and by colour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REMAINDER_FACTION&lt;/b&gt;: optional; the faction that holds the rest of an outline, e.g. ukraine_held for DeepState, which draws only occupied, liberated and contested ground. Adds one feature per snapshot (per valid_from): the outline minus everything drawn in that snapshot. Needs a polygon map and OUTLINE or OUTLINE_COUNTRY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE&lt;/b&gt;: optional; a polygon layer whose union is the outline.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE_COUNTRY&lt;/b&gt;: optional, without OUTLINE; a country NAME of the Natural Earth world map QGIS ships, e.g. Ukraine (its borders are Natural Earth's: its Ukraine leaves out Crimea).&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;FACTION_VALUE&lt;/b&gt;: необов’язково; одна сторона для кожного об’єкта шару без поля сторони (наприклад, occupied для окупованої території DeepState без атрибутів); тоді FACTION_FIELD не потрібен. Якщо FACTION_FIELD задано, вона заповнює об’єкти з порожнім полем.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Кольори стилю&lt;/b&gt;: об’єкт, чию назву пресет не розпізнає, класифікується за кольором стилю (поле fill або stroke чи стиль мітки KML, що читається як стовпець style_colour), якщо пресет надає цей колір певній стороні (ukraine: кольори DeepStateMap, наприклад #a52714 окуповано, #0288d1 звільнено). Колір у MAPPING, наприклад '#a52714=russia_occupied', важливіший за пресет. Журнал повідомляє, скільки об’єктів кожного класу знайдено за назвою і скільки за кольором.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REMAINDER_FACTION&lt;/b&gt;: необов’язково; сторона, якій належить решта контуру, наприклад ukraine_held для DeepState, де намальовано лише окуповані, звільнені та спірні території. Додає по одному об’єкту на знімок (на valid_from): контур без усього, що намальовано в цьому знімку. Потрібні полігональна карта та OUTLINE або OUTLINE_COUNTRY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE&lt;/b&gt;: необов’язково; полігональний шар, об’єднання якого і є контуром.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE_COUNTRY&lt;/b&gt;: необов’язково, без OUTLINE; назва країни (NAME) на карті світу Natural Earth, що постачається з QGIS, наприклад Ukraine (кордони — вибір Natural Earth: його Україна не містить Криму).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="21" />
      <source>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a georeferenced image: a GeoTIFF, or a PNG/JPEG with a world file (.pgw, .jgw, .wld) or ground control points in its .aux.xml (the Georeferencer writes them). The output is in the image's CRS.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: зображення з географічною прив'язкою: GeoTIFF або PNG/JPEG з файлом прив'язки (world file: .pgw, .jgw, .wld) або з опорними точками у файлі .aux.xml (їх записує модуль «Прив'язка растрів»). Результат створюється в системі координат (CRS) зображення.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="21" />
      <source>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output. A KML or KMZ file (a Google My Maps export, for instance) is read by StrikeCheck itself: every placemark of every folder, with a folder column (FACTION_FIELD=folder when each faction has its own folder) and its ExtendedData columns. A GeoJSON that mixes geometry kinds or holds GeometryCollections or nested values (a DeepState export) is read by StrikeCheck too: the map keeps one geometry kind (polygons first) with the polygon parts of GeometryCollections, and nested values become JSON text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: полігони (зони в стилі ISW), лінії (лінії фронту) або точки (позначки контролю населених пунктів, як їх публікують Центр Картера й Вікіпедія); будь-яка СК, зберігається в результаті. Файл KML або KMZ (наприклад, експорт Google My Maps) StrikeCheck читає сам: кожна мітка кожної теки, зі стовпцем folder (FACTION_FIELD=folder, коли кожна сторона має свою теку) та її стовпцями ExtendedData. GeoJSON, у якому змішано типи геометрії або є GeometryCollections чи вкладені значення (вивантаження DeepState), StrikeCheck теж читає сам: карта зберігає один тип геометрії (спершу полігони) разом із полігональними частинами GeometryCollections, а вкладені значення стають текстом JSON.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="26" />
      <source>&lt;li&gt;&lt;b&gt;LEGEND&lt;/b&gt;: a palette (isw-like, wikipedia, ukraine, or preset/palette such as syria-2015/wikipedia) or each faction's colour, e.g. #e8707e=regime;#6db35a=rebel;#3a3a3a=isis (one per line or separated by ';'; a mixed class is written jn+rebel).&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;LEGEND&lt;/b&gt;: палітра (isw-like, wikipedia, ukraine або preset/palette, наприклад syria-2015/wikipedia) або колір кожної сторони, наприклад #e8707e=regime;#6db35a=rebel;#3a3a3a=isis (по одному в рядку або через ';'; змішаний клас записується як jn+rebel).&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="46" />
      <source>&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: необов’язкові ручні зіставлення 'вихідне=код;вихідне=код', що застосовуються раніше за псевдоніми пресета, наприклад 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Порівняння не враховує регістр, діакритику й пунктуацію. Кодом може бути код пресета, псевдонім, кілька кодів через '+' або новий код.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="42" />
      <source>&lt;li&gt;&lt;b&gt;MASK&lt;/b&gt;: polygons of the area of interest: the output is cut to them (leave out a legend box or an inset map). &lt;b&gt;DATE&lt;/b&gt;: the map's date, written as valid_from.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MASK&lt;/b&gt;: полігони області інтересу: результат обрізається за ними (виключіть блок легенди чи врізку). &lt;b&gt;DATE&lt;/b&gt;: дата карти, записується у valid_from.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="37" />
      <source>&lt;li&gt;&lt;b&gt;MIN_AREA_KM2&lt;/b&gt;: patches smaller than this take the class around them (0: 49 pixels). &lt;b&gt;SIMPLIFY_M&lt;/b&gt;: borders simplified to this many metres (0: half a pixel); neighbours keep sharing their border.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MIN_AREA_KM2&lt;/b&gt;: ділянки, менші за цю площу, отримують клас навколишньої території (0: 49 пікселів). &lt;b&gt;SIMPLIFY_M&lt;/b&gt;: межі спрощуються з допуском у вказану кількість метрів (0: половина пікселя); сусідні ділянки й далі мають спільну межу.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="37" />
      <source>&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: пресет сторін: syria-2015 (класи в стилі ISW: regime, rebel, isis, jn, kurdish і змішані класи), ukraine (ukraine_held, russia_occupied, contested; написання англійською, українською та російською), generic (будь-які значення) або власний пресет у &amp;lt;профіль QGIS&amp;gt;/strikecheck/presets. 'auto' вибирає пресет, що розпізнає найбільше значень (generic, якщо жоден).&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="45" />
      <source>&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: необов’язково; файл пресета JSON, який використовується замість нього.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="60" />
      <source>&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: необов’язково; дата карти (наприклад, 2015-09-27) для об’єктів із порожнім DATE_FIELD або для всіх, якщо DATE_FIELD немає.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="32" />
      <source>&lt;li&gt;&lt;b&gt;TOLERANCE&lt;/b&gt;: how far (CIELAB delta E) a pixel may be from its legend colour; farther pixels are 'other' (text, roads, sea). 20 suits JPEG maps; lower it when two factions' colours are close.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;TOLERANCE&lt;/b&gt;: наскільки (delta E у CIELAB) піксель може відрізнятися від кольору легенди; віддаленіші пікселі належать до 'other' (текст, дороги, море). Для карт у JPEG підходить 20; зменште значення, якщо кольори двох сторін близькі.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="90" />
      <source>&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: канонічний код, наприклад isis. Змішаний клас ('ISIS, JN, and Rebel Control', 'Kurds/Government') отримує коди учасників, відсортовані й об’єднані через '+' (isis+jn+rebel, kurdish+regime): аналіз вважає його територією кожного учасника. Значення, що не збіглося з жодним псевдонімом, зберігає власний нормалізований код (ASCII в нижньому регістрі, '_' між словами) і вказується в журналі як 'unrecognised, kept as ...'. NULL, якщо об’єкт не має значення сторони.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="98" />
      <source>&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: текст легенди для класу, наприклад 'ISIS Control', 'ISIS, JN, and Rebel Control'; для нерозпізнаного значення — його власний текст.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="102" />
      <source>&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: початковий текст.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="103" />
      <source>&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: дата або NULL.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="47" />
      <source>&lt;p&gt;Areas outside every legend colour (sea, neighbouring countries, the legend box) stay empty. Features smaller than a few pixels cannot be read back from an image: compare the pixel size the log reports with what you need.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Області, що не збігаються з жодним кольором легенди (море, сусідні країни, блок легенди), залишаються порожніми. Об'єкти, менші за кілька пікселів, неможливо відновити із зображення: порівняйте розмір пікселя, вказаний у журналі, з потрібною точністю.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="51" />
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: the strikes' field that names them in LINES (default: strike_id, event_id_cnty or id when present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's own id from STRIKE_ID_FIELD, else its feature id), strike_fid (its feature id), faction, km. SUMMARY: the closing sentences of the log as one text (how many strikes are inside a faction's territory, how many conclusions survive the uncertainty discs), for models and scripts.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Для кожного удару повідомляє, яка сторона контролювала місцевість, куди він припав, і вимірює геодезичну відстань (еліпсоїд WGS84, з точністю до 1 м) до найближчої території кожної сторони на карті контролю.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: точковий шар ударів (будь-яка СК; «Лише вибрані об’єкти» працює). Удар-мультиточка перебуває під контролем кожної сторони, що контролює будь-яку з його точок; його відстань до сторони — відстань від найближчої з його точок.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: територіальний контроль у вигляді полігонів, ліній фронту або точок контролю населених пунктів (будь-яка СК). Недійсні геометрії виправляються в пам’яті; шар ніколи не змінюється.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле CONTROL із назвою сторони. Значення, що об’єднує коди через '+' (змішаний клас з «Імпорт карти контролю», наприклад isis+jn+rebel), вважається територією кожного учасника.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: необов’язково; значення сторін для вимірювання через ';' (типово: усі наявні значення).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: необов’язково; відстані, більші за нього, дорівнюють NULL (і пошук іде швидше).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: удари з усіма їхніми полями та результатами, у СК шару ударів.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: необов’язково; для кожного удару й кожної сторони, поза територією якої він перебуває, найкоротша геодезична лінія до території цієї сторони. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: поле ударів, яким їх названо в LINES (типово strike_id, event_id_cnty або id, якщо є).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: необов’язково (типово: 'date' і 'valid_from', якщо вони є в шарах). Шар контролю з кількома датованими зрізами враховує час: кожен удар вимірюється за останнім зрізом на його дату або раніше; об’єкти контролю без дати діють в усіх зрізах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: удари, датовані раніше за перший зріз, або без дати: 'nearest' (перший зріз, а для ударів без дати — останній) або 'skip' (відповіді NULL, причина в snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необов’язково (типово: 'precision_km', якщо є): наскільки далеко, у км, справжнє місце може бути від точки. &lt;b&gt;PRECISION_KM&lt;/b&gt;: радіус для ударів без значення.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: також вимірювати відстань до фронту (типово так). &lt;b&gt;FRONT_LINES&lt;/b&gt;: необов’язковий шар ліній фронту, який використовується замість меж між полігонами сторін (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; задає їхні назви). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: наскільки близько мають проходити межі двох сторін, щоб вважатися одним фронтом (на картах, намальованих уручну, вершини рідко збігаються; типово 0,5 км).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (типово) виконує аналіз як SQL усередині PostGIS, якщо STRIKES і CONTROL — шари однієї бази даних PostGIS, інакше локально; 'local' або 'database' задають рушій примусово. Відповіді однакові (відстані збігаються з точністю до 1 м). Поки що не підтримуються в базі даних: LINES, датовані зрізи контролю, FRONT_LINES, лише вибрані об’єкти; тоді auto виконує аналіз локально й повідомляє причину. Якщо OUTPUT — таблиця цієї бази даних, результати записуються в неї однією транзакцією.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Вихідні поля&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: сторона (сторони), чия територія містить удар, відсортовані й об’єднані через '+' (удар на спільній межі або на територіях, що перекриваються, належить кожній); NULL, якщо удар не контролює жодна сторона. Удар у дірці полігона перебуває поза ним.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: геодезичні кілометри до найближчої точки території цієї сторони, 0 усередині. Значення сторони нормалізується в назву поля (ASCII в нижньому регістрі, '_' замість інших символів), наприклад dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: найближча сторона, крім тієї, що контролює місцевість (для удару, який ніхто не контролює: найближча сторона).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: відстань до найближчого фронту між стороною, що контролює удар, та іншою стороною (узбережжя й межі з нічийною землею фронтом не вважаються; 0 на самій лінії) і хто перебуває по той бік; для удару, який ніхто не контролює, — межа найближчої сторони й ця сторона. Поблизу місця, де фронт виходить до узбережжя, значення може бути заниженим щонайбільше на FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: зріз контролю, за яким виміряно кожен удар, і причина, якщо це не очевидний зріз (лише з урахуванням часу).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: за заданої точності — кожна сторона, чиєї території торкається коло можливих положень удару, і чи контролює одна сторона все коло (висновок витримує невизначеність).&lt;/li&gt;&lt;/ul&gt;Назва поля, уже зайнята в шарі ударів, отримує числовий суфікс. Поля LINES: strike_id (власний ідентифікатор удару зі STRIKE_ID_FIELD, інакше ідентифікатор його об’єкта), strike_fid (ідентифікатор його об’єкта), faction, km. SUMMARY: підсумкові речення журналу одним текстом (скільки ударів на території якоїсь сторони, скільки висновків витримують кола невизначеності) — для моделей і скриптів.&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="37" />
      <source>&lt;p&gt;Gives a layer the ISW-like look of published conflict maps, with colours and legend labels ('Regime Control', 'ISIS Control', ...) from a faction preset. &lt;b&gt;Only the layer's style changes, never its data&lt;/b&gt;; undo it with the layer's Properties &amp;gt; Symbology.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: the layer to style (a layer of the project, or a file when QML_FILE saves the style).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = territorial control (fills per faction, mixed classes hatched in their members' colours, front lines as heavy lines, town points as dots with a ring when STATUS_FIELD says besieged or contested); strikes = starbursts by High-Confidence / Low-Confidence reporting; results = the output of strikecheck:nearestfaction, starbursts coloured by controlled_by; lines = lines to nearest territory, dashed and labelled '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic, or your own preset in the QGIS profile's strikecheck/presets folder; PRESET_FILE (advanced) takes a .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: optional; a palette of the preset, e.g. isw-like or wikipedia (default: the preset's own default).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; the field naming the faction (default: 'faction' for control and lines, 'controlled_by' for results). Values may be codes, labels or any alias the preset knows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: optional, strikes; default 'confidence' with values high / low (anything else is drawn as an unrated report).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional; results are labelled with their distance to this faction (field dist_&amp;lt;faction&amp;gt;_km), lines show only the lines to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; strikes and results are labelled with it (e.g. the place name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: optional; control points whose value is besieged, siege, encircled or contested get a ring.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: optional; also save the style as a .qml file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Strikes and results with a date field (date, event_date or strike_date) and a control layer with dated snapshots (valid_from) also get Temporal Controller settings: each strike on its day, each snapshot from its valid_from to the next one's, so scrubbing time shows the control map in force under that day's strikes.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Надає шару вигляду опублікованих карт конфліктів у стилі ISW: кольори й підписи легенди ('Regime Control', 'ISIS Control', ...) з пресета сторін. &lt;b&gt;Змінюється лише стиль шару, але не його дані&lt;/b&gt;; скасувати можна у властивостях шару &amp;gt; Символіка.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: шар для оформлення (шар проєкту або файл, якщо QML_FILE зберігає стиль).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = територіальний контроль (заливка за сторонами, змішані класи заштриховані кольорами учасників, лінії фронту — жирними лініями, населені пункти — точками з кільцем, якщо STATUS_FIELD вказує на облогу чи спірний статус); strikes = зірочки за достовірністю повідомлення High-Confidence / Low-Confidence; results = результат strikecheck:nearestfaction, зірочки забарвлені за controlled_by; lines = лінії до найближчої території, пунктирні, з підписами на зразок '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic або власний пресет у теці strikecheck/presets профілю QGIS; PRESET_FILE (додатково) приймає файл .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: необов’язково; палітра пресета, наприклад isw-like або wikipedia (типово: типова палітра пресета).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: необов’язково; поле з назвою сторони (типово: 'faction' для control і lines, 'controlled_by' для results). Значеннями можуть бути коди, підписи або будь-які відомі пресету псевдоніми.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: необов’язково, для strikes; типово 'confidence' зі значеннями high / low (усе інше малюється як неоцінене повідомлення).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необов’язково; результати підписуються відстанню до цієї сторони (поле dist_&amp;lt;faction&amp;gt;_km), для lines показуються лише лінії до неї.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: необов’язково; удари й результати підписуються за цим полем (наприклад, назва місця).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: необов’язково; точки контролю зі значенням besieged, siege, encircled або contested отримують кільце.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: необов’язково; також зберегти стиль у файл .qml.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Удари й результати з полем дати (date, event_date або strike_date) і шар контролю з датованими зрізами (valid_from) також отримують налаштування Temporal Controller: кожен удар у свій день, кожен зріз від свого valid_from до valid_from наступного, тож під час прокручування часу під ударами цього дня видно чинну карту контролю.&lt;/p&gt;&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="59" />
      <source>&lt;p&gt;Imports a history of control-map snapshots (DeepState's archive, for instance: one export per publication, named by its UTC Unix time such as 1685750400.geojson) as ONE time-aware control layer: each file goes through strikecheck:importcontrol and gets the snapshot's date in valid_from, which strikecheck:nearestfaction reads (each strike against the latest snapshot on or before its date). The input files are never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a list of files; each entry may also be a folder (its .geojson, .json, .kml, .kmz, .gpkg, .shp and .gml files, sub-folders too) or a .zip of them. On the command line repeat INPUT=... once per entry.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; a field holding each feature's date. Features without one take the date of the file name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_PATTERN&lt;/b&gt;: optional; a regular expression with named groups year, month and day (hour and minute optional) read from the file name, e.g. (?P&amp;lt;day&amp;gt;\d\d)\.(?P&amp;lt;month&amp;gt;\d\d)\.(?P&amp;lt;year&amp;gt;\d\d\d\d). Without it the name is read as a 10-digit Unix time (its UTC date), YYYY-MM-DD or YYYYMMDD.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;, &lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: as in strikecheck:importcontrol, for every file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Several files on one day: the latest (by time of day, else by name) is imported, the others are skipped with a note. A file that cannot be imported is named in a warning and skipped. Cancel stops between files.&lt;/p&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: faction, faction_label, raw_faction, valid_from, then the fields of every file (a union by name; a field missing in a file is NULL there). The geometry type is that of the first polygon file (else line, else point) imported.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importhistory -- INPUT=deepstate-history/ PRESET=ukraine OUTPUT=history.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Імпортує історію знімків карти контролю (наприклад, архів DeepState: одне вивантаження на публікацію, назване за його часом Unix в UTC, наприклад 1685750400.geojson) як ОДИН шар контролю з урахуванням часу: кожен файл проходить через strikecheck:importcontrol і отримує дату знімка у valid_from, яку читає strikecheck:nearestfaction (кожен удар зіставляється з останнім знімком на дату удару або раніше). Вхідні файли ніколи не змінюються.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: список файлів; кожен елемент може бути також текою (її файли .geojson, .json, .kml, .kmz, .gpkg, .shp і .gml, разом із вкладеними теками) або архівом .zip з ними. У командному рядку повторіть INPUT=... для кожного елемента.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необов'язково; поле з датою кожного об'єкта. Об'єкти без неї отримують дату з назви файлу.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_PATTERN&lt;/b&gt;: необов'язково; регулярний вираз з іменованими групами year, month і day (hour і minute необов'язкові), що читається з назви файлу, наприклад (?P&amp;lt;day&amp;gt;\d\d)\.(?P&amp;lt;month&amp;gt;\d\d)\.(?P&amp;lt;year&amp;gt;\d\d\d\d). Без нього назва читається як 10-значний час Unix (його дата в UTC), YYYY-MM-DD або YYYYMMDD.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;, &lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: як у strikecheck:importcontrol, для кожного файлу.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Кілька файлів за один день: імпортується останній (за часом доби, інакше за назвою), решта пропускаються з приміткою. Файл, який не вдається імпортувати, називається в попередженні й пропускається. Скасування спрацьовує між файлами.&lt;/p&gt;&lt;h3&gt;Результат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: faction, faction_label, raw_faction, valid_from, далі поля всіх файлів (об'єднання за назвою; поле, якого немає у файлі, там NULL). Тип геометрії — як у першого імпортованого файлу полігонів (інакше ліній, інакше точок).&lt;/p&gt;&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importhistory -- INPUT=deepstate-history/ PRESET=ukraine OUTPUT=history.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="13" />
      <source>&lt;p&gt;Makes a control map from a published map image: georeference the picture in QGIS's Georeferencer, give the colour of each faction, and get polygons with the fields Import control map writes, ready for Nearest faction. Pixels take the nearest legend colour in CIELAB; labels, roads, rivers and borders drawn over the territory are bridged by the colours around them; hatching of two legend colours becomes their mixed class (a+b).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;</source>
      <translation>&lt;p&gt;Створює карту контролю із зображення опублікованої карти: прив'яжіть зображення в модулі «Прив'язка растрів» QGIS, вкажіть колір кожної сторони й отримайте полігони з полями, які записує алгоритм «Імпорт карти контролю», готові для алгоритму «Найближча сторона». Кожен піксель отримує найближчий колір легенди в CIELAB; підписи, дороги, річки й межі, намальовані поверх території, заповнюються навколишніми кольорами; штрихування з двох кольорів легенди стає їхнім змішаним класом (a+b).&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="63" />
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field and follows the title after a dash ('Strikes — 1 - 31 OCT 2022'). A long title shrinks, then wraps, to fit its frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: a time-aware control layer (dated snapshots in valid_from, as strikecheck:importcontrol writes them) is drawn as the snapshot in force on this day (YYYY-MM-DD): the latest valid_from on or before it, plus the undated features; empty: DATE when it is YYYY-MM-DD, else the latest strike date. The credits name it ('Control: DeepState, 1 OCT 2022') and the log warns when the strikes span several snapshots. Your layer is not changed: the map draws a filtered copy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;li&gt;&lt;b&gt;SERIES&lt;/b&gt;: none (one map), or a map series: one page per control snapshot (snapshot), day, week or month, each with that period's strikes, its own date in the title, finding and control date in the credits. A snapshot page runs from its valid_from to the next one's (strikes before the first count in the first) and every snapshot gets a page, strikes or none; a day, week (Monday to Sunday) or month page is drawn over the snapshot in force on its last day, and periods without a strike get no page (the log says how many). Undated strikes are on no page. The PDF has every page, the PNG and SVG are numbered (map_001.png, map_002.png...). The layout is a QGIS atlas over a layer of the pages (their dates, title, finding and credit, kept in the project file), its map filtered by its temporal range: it opens, previews and edits in the Layout Designer. DATE and CONTROL_DATE give way to each page's own.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_ANIMATION&lt;/b&gt;: with SERIES, the pages as an animation, 1.5 s each: a .gif (Pillow, python3-pil), or .mp4 / .webm when ffmpeg is installed (apt-get install ffmpeg).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Створює готову до публікації карту в манері карт конфліктів ISW: заголовок і дата, удари зірочками поверх територіального контролю, легенда (KEY), масштабна лінійка в км, стрілка півночі, врізка з розташуванням країни, висновок одним реченням і джерела. Кордони й назви країн беруться з карти світу, що входить до QGIS: нічого не завантажується. Макет будується за resources/layouts/strikecheck_map.qpt і, якщо ADD_TO_PROJECT не вимкнено, також додається до макетів проєкту, щоб його можна було відредагувати перед повторним експортом.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: удари, найкраще результат strikecheck:nearestfaction (потрібен для речення з висновком). Карта кадрується за ними.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: необов’язково; карта контролю й лінії до найближчої території. З TARGET_FACTION малюються лише лінії до неї, і кадр їх охоплює.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле сторони в шарі контролю (типово 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необов’язково, наприклад isis: висновок повідомляє, скільки ударів припало на її територію і як далеко від неї були решта.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (додатково): поле з назвою кожного удару на карті; порожньо: поле site, location, name, place або town, якщо ударів не більше 40.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: достовірність (повідомлення High-/Low-Confidence, як в ISW) або сторона, що контролює місцевість (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: оформити шари кольорами пресета, як це робить strikecheck:applystyle (шар проєкту зберігає новий стиль; дані не змінюються ніколи). Якщо вимкнено, використовуються ваші власні стилі.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: наприклад 'Russian Airstrikes' і '30 SEPT 2015'; порожня DATE береться з поля дати ударів. Дата, взята з ударів, стоїть після заголовка через тире ('Strikes — 1 - 31 OCT 2022'). Довгий заголовок зменшується, потім переноситься, щоб уміститися в рамку.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: шар контролю з датами (датовані зрізи у valid_from, як їх записує strikecheck:importcontrol) малюється зрізом, чинним цього дня (YYYY-MM-DD): останній valid_from не пізніше цього дня плюс об'єкти без дати; порожньо: DATE, якщо її записано як YYYY-MM-DD, інакше дата останнього удару. Рядок джерел називає його ('Control: DeepState, 1 OCT 2022'), а журнал попереджає, якщо удари охоплюють кілька зрізів. Ваш шар не змінюється: карта малює відфільтровану копію.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: рядок джерел 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (типово: назви шарів); NOTE додає речення під висновком.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 або A3, &lt;b&gt;ORIENTATION&lt;/b&gt; альбомна або книжкова, &lt;b&gt;DPI&lt;/b&gt; для PNG, &lt;b&gt;PADDING&lt;/b&gt; навколо ударів у % від кадрованого охоплення.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: необов’язково; країна на врізці (типово: та, де найбільше ударів), як її названо на карті світу QGIS, наприклад Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (додатково): власний .qpt, наприклад комплектний, переоформлений у конструкторі макетів. Елементи шукаються за ідентифікатором (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); відсутні пропускаються, main_map обов’язковий. Шрифти, кольори й рамки залишаються вашими; розташування відповідає PAPER і ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (додатково): також зберегти макет у проєкті разом із показаними на ньому шарами (контекстні шари карти світу в групі 'StrikeCheck map'). У qgis_process немає проєкту: там записуються лише файли.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: файли для запису (будь-які з них).&lt;/li&gt;&lt;li&gt;&lt;b&gt;SERIES&lt;/b&gt;: none (одна карта) або серія карт: одна сторінка на знімок контролю (snapshot), день (day), тиждень (week) або місяць (month), на кожній удари цього періоду, власна дата в заголовку, висновок і дата контролю в підписі. Сторінка знімка триває від його valid_from до valid_from наступного (удари до першого належать першому), і кожен знімок має сторінку, з ударами чи без; сторінку дня, тижня (з понеділка по неділю) або місяця намальовано поверх знімка, чинного в її останній день, а періоди без ударів не мають сторінки (журнал каже, скільки їх). Удари без дати не потрапляють на жодну сторінку. У PDF усі сторінки, PNG і SVG пронумеровано (map_001.png, map_002.png...). Макет — атлас QGIS за шаром сторінок (їхні дати, заголовок, висновок і підпис, збережені у файлі проєкту), його карту відфільтровано за часовим діапазоном сторінки: він відкривається, переглядається й редагується в дизайнері макетів. DATE і CONTROL_DATE поступаються власним значенням кожної сторінки.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_ANIMATION&lt;/b&gt;: із SERIES сторінки як анімація, по 1,5 с кожна: .gif (Pillow, python3-pil) або .mp4 / .webm, якщо встановлено ffmpeg (apt-get install ffmpeg).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="13" />
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. Raw public exports (DeepStateMap, Google My Maps) need only INPUT and the preset; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;</source>
      <translation>&lt;p&gt;Робить карту територіального контролю придатною для StrikeCheck: текст сторони в кожному об’єкті ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') стає канонічним кодом сторони з пресета, геометрії виправляються, і кожен об’єкт отримує дату, з якої він чинний. Сирим публічним вивантаженням (DeepStateMap, Google My Maps) потрібні лише INPUT і пресет; вхідні дані не змінюються.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="78" />
      <source>&lt;p&gt;Turns a table of strikes as analysts receive it (an ACLED export, an Airwars-style table, a hand-typed CSV, a KML from a map service) into a clean StrikeCheck point layer in WGS84, and lists every row that could not become a strike with its line number and the reason. Nothing is dropped silently.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a file (CSV, TSV or semicolon-separated text; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) or any layer. Text files are read by StrikeCheck itself so that every line can be reported: UTF-8 with or without BOM, UTF-16, or Windows-1252 (Western European) when that is unambiguous; anything else is refused with a message rather than read as garbled text. The delimiter is found by itself. A loaded delimited-text layer is read from its file the same way. A KML or KMZ file is read by StrikeCheck too, whatever GDAL QGIS has: every placemark of every folder, with the columns Name, description, folder, timestamp (begin, end) and its ExtendedData; a placemark whose coordinates cannot be read is listed in ERRORS with the reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: optional; the latitude and longitude columns (decimal degrees, decimal commas, N/S/E/W letters or degrees-minutes-seconds). Found by name when empty: latitude/lat/y and longitude/lon/lng/long/x in any case, ACLED's included.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: optional; a column holding WKT points ('POINT (36.3 35.8)') or 'lat, lon' text ('35.8126, 36.3176', as Airwars writes it). Found by name or content when no latitude/longitude columns exist. Without any of these the layer's point geometry is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: optional QGIS expression over the input's own columns; rows for which it is false are left out (counted in the log, not errors). Empty: ACLED exports keep only sub_event_type = 'Air/drone strike', other inputs keep every row. Write TRUE to keep every row of an ACLED export.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date column (found by name when empty: event_date, date, ...). Reads 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: for dd/mm/yyyy versus mm/dd/yyyy. 'Detect' decides once for the whole column from dates that can only be read one way, and stops with a message when nothing decides it; it never guesses row by row.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional; found by name when empty (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: optional 'value=high;value=low' pairs for confidence values other than high/low (e.g. Airwars gradings: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: how far, in km, a strike may be from its coordinates for each precision code or word, e.g. ACLED geo_precision 1 (the town), 2 (near a town), 3 (a region or provincial capital). Default: {precision}. These distances are StrikeCheck's assumption, not ACLED's or Airwars'. A precision column whose name ends in km is taken as kilometres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: optional area where the strikes should be; rows outside it are rejected, and a whole column of exchanged latitude/longitude is detected by it even where both stay within ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: optional encoding of a text file (e.g. windows-1256 for Arabic Windows text); empty: detected.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with &lt;b&gt;strike_id&lt;/b&gt; (text: the id column, or the line number / feature id), &lt;b&gt;date&lt;/b&gt; (date or NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low or NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, then every original column with its values untouched (empty cells of a text file become NULL). An original column whose name clashes with one of these is kept as &amp;lt;name&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: a table of the rows that could not become strikes: &lt;b&gt;line&lt;/b&gt; (line number in a text file, row in a spreadsheet), &lt;b&gt;feature_id&lt;/b&gt; (feature id in a layer; not named fid, which GeoPackage reserves), &lt;b&gt;reason&lt;/b&gt; (e.g. 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") and &lt;b&gt;raw&lt;/b&gt; (the row as written).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A whole column of exchanged latitude and longitude (latitudes beyond ±90 while every longitude is within ±90) is detected and read the other way round, with a warning; columns you choose yourself are used as given.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Перетворює таблицю ударів у тому вигляді, у якому її отримують аналітики (вивантаження ACLED, таблиця в стилі Airwars, набраний уручну CSV, KML із картографічного сервісу), на чистий точковий шар StrikeCheck у WGS84 і перелічує кожен рядок, що не став ударом, із номером рядка та причиною. Нічого не відкидається мовчки.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: файл (CSV, TSV або текст із роздільником-крапкою з комою; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) або будь-який шар. Текстові файли StrikeCheck читає сам, щоб повідомляти про кожен рядок: UTF-8 з BOM або без, UTF-16 чи Windows-1252 (західноєвропейське), якщо це однозначно; будь-яке інше кодування відхиляється з повідомленням, а не читається спотвореним текстом. Роздільник визначається автоматично. Завантажений шар тексту з роздільниками читається зі свого файлу так само. Файл KML або KMZ StrikeCheck теж читає сам, хоч би який GDAL мав QGIS: кожна мітка кожної теки, зі стовпцями Name, description, folder, timestamp (begin, end) та її ExtendedData; мітка, координати якої не вдається прочитати, потрапляє до ERRORS з причиною.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: необов’язково; стовпці широти й довготи (десяткові градуси, десяткові коми, літери N/S/E/W або градуси-хвилини-секунди). Якщо порожньо, знаходяться за назвою: latitude/lat/y і longitude/lon/lng/long/x у будь-якому регістрі, зокрема стовпці ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: необов’язково; стовпець із точками WKT ('POINT (36.3 35.8)') або текстом 'lat, lon' ('35.8126, 36.3176', як пише Airwars). Знаходиться за назвою або вмістом, якщо стовпців широти й довготи немає. Якщо немає нічого з цього, використовується точкова геометрія шару.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: необов’язковий вираз QGIS за стовпцями вхідних даних; рядки, для яких він хибний, вилучаються (враховуються в журналі, але не як помилки). Порожньо: з вивантажень ACLED лишаються тільки рядки з sub_event_type = 'Air/drone strike', з інших вхідних даних — усі рядки. Напишіть TRUE, щоб залишити всі рядки вивантаження ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необов’язково; стовпець дати (якщо порожньо, знаходиться за назвою: event_date, date, ...). Читає 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: дд/мм/рррр чи мм/дд/рррр. 'Detect' вирішує один раз для всього стовпця за датами, які читаються лише одним способом, і зупиняється з повідомленням, якщо вирішити нема за чим; він ніколи не вгадує порядково.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необов’язково; якщо порожньо, знаходяться за назвою (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: необов’язкові пари 'значення=high;значення=low' для значень достовірності, відмінних від high/low (наприклад, оцінки Airwars: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: наскільки далеко, у км, удар може бути від своїх координат для кожного коду або слова точності, наприклад geo_precision в ACLED: 1 (населений пункт), 2 (поблизу населеного пункту), 3 (район або адміністративний центр провінції). Типово: {precision}. Ці відстані — припущення StrikeCheck, а не ACLED чи Airwars. Стовпець точності, назва якого закінчується на km, читається в кілометрах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: необов’язково; район, де мають бути удари; рядки поза ним відхиляються, а за ним же розпізнається цілий стовпець переплутаних широт і довгот, навіть якщо обидва значення лишаються в межах ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: необов’язкове кодування текстового файлу (наприклад, windows-1256 для арабського тексту Windows); порожньо: визначається.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Результати&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: точки в EPSG:4326 з полями &lt;b&gt;strike_id&lt;/b&gt; (текст: стовпець ідентифікатора або номер рядка / ідентифікатор об’єкта), &lt;b&gt;date&lt;/b&gt; (дата або NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low або NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, далі всі початкові стовпці з незмінними значеннями (порожні клітинки текстового файлу стають NULL). Початковий стовпець, чия назва збігається з однією з цих, зберігається як &amp;lt;назва&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: таблиця рядків, що не стали ударами: &lt;b&gt;line&lt;/b&gt; (номер рядка в текстовому файлі, рядок в електронній таблиці), &lt;b&gt;feature_id&lt;/b&gt; (ідентифікатор об’єкта в шарі; не називається fid, бо цю назву резервує GeoPackage), &lt;b&gt;reason&lt;/b&gt; (наприклад, 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") і &lt;b&gt;raw&lt;/b&gt; (рядок у початковому вигляді).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Цілий стовпець переплутаних широт і довгот (широти поза межами ±90, хоча всі довготи в межах ±90) розпізнається й читається навпаки, з попередженням; стовпці, які ви вибрали самі, використовуються як є.&lt;/p&gt;&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="47" />
      <source>&lt;p&gt;Turns a table of town control over time into dated control points that strikecheck:nearestfaction reads as a time-aware control layer.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a CSV/TSV text table in one of two shapes. Wide (VIINA-style): one row per place with lon and lat columns and one column per date named like ctr_20220301 (any prefix, then YYYYMMDD). Long (Carter-Center-style): one row per place per date with place, lat, lon, date and control columns.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: as in strikecheck:importcontrol. UA, RU and CONTESTED (any case) become ukraine_held, russia_occupied and contested; MAPPING overrides them; other codes are kept as given (normalised).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ONLY_CHANGES&lt;/b&gt;: write a place's control only where it changes from its previous date (default yes): the result reads the same in nearestfaction, which keeps the latest snapshot on or before each strike's date per place.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with faction, faction_label, raw_faction, valid_from and place. Empty cells are left out; rows without coordinates are named in a warning.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontroltable -- INPUT=viina_control.csv PRESET=ukraine OUTPUT=towns.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Перетворює таблицю контролю населених пунктів у часі на датовані точки контролю, які strikecheck:nearestfaction читає як шар контролю з урахуванням часу.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: текстова таблиця CSV/TSV одного з двох видів. Широка (як у VIINA): один рядок на пункт зі стовпцями lon і lat і по стовпцю на дату з назвою на зразок ctr_20220301 (будь-який префікс, далі YYYYMMDD). Довга (як у Carter Center): один рядок на пункт і дату зі стовпцями place, lat, lon, date і control.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: як у strikecheck:importcontrol. UA, RU і CONTESTED (у будь-якому регістрі) стають ukraine_held, russia_occupied і contested; MAPPING їх перевизначає; інші коди зберігаються як є (нормалізованими).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ONLY_CHANGES&lt;/b&gt;: записувати контроль пункту лише там, де він змінюється порівняно з попередньою датою (типово так): nearestfaction читає результат так само, бо бере для кожного пункту останній знімок на дату удару або раніше.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Результат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: точки в EPSG:4326 з полями faction, faction_label, raw_faction, valid_from і place. Порожні клітинки пропускаються; рядки без координат називаються в попередженні.&lt;/p&gt;&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontroltable -- INPUT=viina_control.csv PRESET=ukraine OUTPUT=towns.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="42" />
      <source>&lt;p&gt;Writes a report of an analysis: the finding in one sentence, the map, strikes by controlling faction, the distance to the target faction, strikes per week by controlling faction (when the strikes have dates), and a strike-by-strike table. HTML (charts and map as PNG files in a folder beside it) and, optionally, a PDF made by Qt itself: no browser or web service. Your layers' styles are left as they were.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the output of strikecheck:nearestfaction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding and the distance chart are about it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; names the strikes in the table (default: a field called site, location, name, place or town).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;, &lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; with CONTROL the report draws its map as strikecheck:exportmap does. &lt;b&gt;MAP_IMAGE&lt;/b&gt; puts an existing PNG (e.g. exportmap's) in the report instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PALETTE&lt;/b&gt;: colours and names of the factions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;, &lt;b&gt;NOTE&lt;/b&gt;, &lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the report's words and its sources.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_HTML&lt;/b&gt;, &lt;b&gt;OUTPUT_PDF&lt;/b&gt;: the files to write.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:report -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis OUTPUT_HTML=report.html OUTPUT_PDF=report.pdf&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Складає звіт про аналіз: висновок одним реченням, карта, удари за сторонами, що контролюють місцевість, відстань до цільової сторони, удари за тижнями та сторонами, що контролюють місцевість (якщо удари мають дати), і таблиця за кожним ударом. HTML (графіки й карта — файли PNG у теці поруч) і, за бажанням, PDF, який створює сам Qt: без браузера й вебсервісів. Стилі ваших шарів не змінюються.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: результат strikecheck:nearestfaction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необов’язково, наприклад isis: висновок і графік відстаней стосуються цієї сторони.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: необов’язково; назви ударів у таблиці (типово: поле site, location, name, place або town).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;, &lt;b&gt;FACTION_FIELD&lt;/b&gt;: необов’язково; із CONTROL звіт малює карту так само, як strikecheck:exportmap. &lt;b&gt;MAP_IMAGE&lt;/b&gt; натомість вставляє у звіт готовий PNG (наприклад, від exportmap).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PALETTE&lt;/b&gt;: кольори й назви сторін.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;, &lt;b&gt;NOTE&lt;/b&gt;, &lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: тексти звіту та його джерела.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_HTML&lt;/b&gt;, &lt;b&gt;OUTPUT_PDF&lt;/b&gt;: файли для запису.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:report -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis OUTPUT_HTML=report.html OUTPUT_PDF=report.pdf&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="113" />
      <source>A long table (a row per place and date): {n} dated control values.</source>
      <translation>Довга таблиця (рядок на пункт і дату): {n} датованих значень контролю.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="200" />
      <source>A map series needs the strikes' dates: the layer '{layer}' has no field called {names}.</source>
      <translation>Для серії карт потрібні дати ударів: у шарі '{layer}' немає поля з назвою {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="113" />
      <source>A wide table (a column per date): {n} dated control values.</source>
      <translation>Широка таблиця (стовпець на дату): {n} датованих значень контролю.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="30" />
      <source>ACLED export without a sub_event_type column: every row is kept (older exports mix air strikes with shelling and other remote violence).</source>
      <translation>Вивантаження ACLED без стовпця sub_event_type: усі рядки збережено (у старих вивантаженнях авіаудари змішано з обстрілами та іншим дистанційним насильством).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="37" />
      <source>ACLED export: keeping only {expression}. Set FILTER_EXPRESSION to TRUE to keep every row.</source>
      <translation>Вивантаження ACLED: лишаються тільки рядки, де {expression}. Задайте FILTER_EXPRESSION = TRUE, щоб залишити всі рядки.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="77" />
      <source>ACLED time_precision: {week} strikes dated within a week (event_date ± 3 days) and {month} within a month (its calendar month); date and date_end hold each window.</source>
      <translation>ACLED time_precision: {week} ударів датовано в межах тижня (event_date ± 3 дні) і {month} у межах місяця (його календарний місяць); date і date_end зберігають кожен період.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>APR</source>
      <translation>КВІ</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>AUG</source>
      <translation>СЕР</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Across the front</source>
      <translation>По той бік фронту</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Actor column (empty: find it)</source>
      <translation>Стовпець виконавця (порожньо: знайти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="295" />
      <source>Add the layout to the project</source>
      <translation>Додати макет до проєкту</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="241" />
      <source>All {n} dated strikes fall in one week (starting Monday {day}): no weekly chart.</source>
      <translation>Усі датовані удари ({n}) припадають на один тиждень (з понеділка {day}): тижневий графік не будується.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="337" />
      <source>All {total} strikes, one per row.</source>
      <translation>Усі {total} ударів, по одному в рядку.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="68" />
      <source>Analysed strikes (output of Nearest faction)</source>
      <translation>Проаналізовані удари (результат «Найближча сторона»)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="75" />
      <source>Analysis</source>
      <translation>Аналіз</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="77" />
      <source>Analysis: StrikeCheck</source>
      <translation>Аналіз: StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="250" />
      <source>Animation of the series</source>
      <translation>Анімація серії</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="23" />
      <source>Apply StrikeCheck style</source>
      <translation>Застосувати стиль StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="90" />
      <source>Area of interest (polygons; optional)</source>
      <translation>Область інтересу (полігони; необов'язково)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="219" />
      <source>Area where strikes are expected</source>
      <translation>Район, де очікуються удари</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="170" />
      <source>CONFIDENCE_MAPPING maps '{key}' to '{value}'; the confidence can only be high, low or null.</source>
      <translation>CONFIDENCE_MAPPING зіставляє '{key}' зі значенням '{value}'; достовірність може бути лише high, low або null.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="74" />
      <source>CONTROL_DATE '{value}' is not a date written YYYY-MM-DD.</source>
      <translation>CONTROL_DATE '{value}' — не дата у вигляді YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="300" />
      <source>Cancelled: nothing was written.</source>
      <translation>Скасовано: нічого не записано.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="121" />
      <source>Cancelled: the files this run began were removed.</source>
      <translation>Скасовано: файли, розпочаті цим запуском, вилучено.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Certain</source>
      <translation>Достовірно</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="62" />
      <source>Colour tolerance (CIELAB delta E)</source>
      <translation>Допуск кольору (delta E у CIELAB)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="74" />
      <source>Colours from preset '{preset}', palette '{palette}'.</source>
      <translation>Кольори з пресета '{preset}', палітра '{palette}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="86" />
      <source>Column '{column}' is not in the input; its columns are: {names}.</source>
      <translation>Стовпця '{column}' немає у вхідних даних; їхні стовпці: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="234" />
      <source>Column header '{old}' is empty or repeated: named '{new}'.</source>
      <translation>Заголовок стовпця '{old}' порожній або повторюється: названо '{new}'.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>Confidence</source>
      <translation>Достовірність</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Confidence column (empty: find it)</source>
      <translation>Стовпець достовірності (порожньо: знайти)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="290" />
      <source>Confidence values not understood, imported as NULL: {values}. Map them with CONFIDENCE_MAPPING, e.g. 'Fair=high;Weak=low'.</source>
      <translation>Незрозумілі значення достовірності імпортовано як NULL: {values}. Зіставте їх через CONFIDENCE_MAPPING, наприклад 'Fair=high;Weak=low'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="205" />
      <source>Confidence values to map, e.g. Fair=high;Weak=low</source>
      <translation>Зіставлення значень достовірності, наприклад Fair=high;Weak=low</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="127" />
      <source>Control history</source>
      <translation>Історія контролю</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="176" />
      <source>Control map (canonical)</source>
      <translation>Карта контролю (канонічна)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="119" />
      <source>Control map (from image)</source>
      <translation>Карта контролю (із зображення)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="78" />
      <source>Control map (polygons, lines or points)</source>
      <translation>Карта контролю (полігони, лінії або точки)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="30" />
      <source>Control map from image</source>
      <translation>Карта контролю із зображення</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="91" />
      <source>Control map: the snapshot of {date}, in force on the map's date ({shown} of {count} features; {total} snapshots in the layer).</source>
      <translation>Карта контролю: зріз від {date}, чинний на дату карти ({shown} з {count} об'єктів; зрізів у шарі: {total}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="70" />
      <source>Control table</source>
      <translation>Таблиця контролю</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="75" />
      <source>Control: {source}</source>
      <translation>Контроль: {source}</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="71" />
      <location filename="../plugin/layouts/texts.py" line="72" />
      <source>Control: {source}, {date}</source>
      <translation>Контроль: {source}, {date}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="43" />
      <source>Controlled by</source>
      <translation>Під контролем</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Could also be</source>
      <translation>Може бути також</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="138" />
      <source>Could not save the style to {path}: {message}</source>
      <translation>Не вдалося зберегти стиль у {path}: {message}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="67" />
      <source>Country '{name}' is not in the world map QGIS ships (Natural Earth names in English, e.g. Ukraine, Syria); set OUTLINE to a polygon layer instead.</source>
      <translation>Країни '{name}' немає на карті світу, що постачається з QGIS (назви Natural Earth англійською, наприклад Ukraine, Syria); натомість задайте в OUTLINE полігональний шар.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="289" />
      <source>Country of the inset (empty: found)</source>
      <translation>Країна на врізці (порожньо: визначити)</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="78" />
      <source>Country outlines: Natural Earth (bundled with QGIS).</source>
      <translation>Кордони країн: Natural Earth (входить до QGIS).</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="35" />
      <source>DATE_PATTERN is not a regular expression: {error}</source>
      <translation>DATE_PATTERN не є регулярним виразом: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="40" />
      <source>DATE_PATTERN needs the named groups (?P&lt;year&gt;...), (?P&lt;month&gt;...) and (?P&lt;day&gt;...); it has: {groups}</source>
      <translation>DATE_PATTERN потрібні іменовані групи (?P&lt;year&gt;...), (?P&lt;month&gt;...) і (?P&lt;day&gt;...); у ньому є: {groups}</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>DEC</source>
      <translation>ГРУ</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="107" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="172" />
      <source>Date column (empty: find it)</source>
      <translation>Стовпець дати (порожньо: знайти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="242" />
      <source>Date field '{field}' not found in the control layer.</source>
      <translation>Поле дати '{field}' не знайдено в шарі контролю.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Date field of the features (optional)</source>
      <translation>Поле дати об'єктів (необов'язково)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="185" />
      <source>Date of the control map, YYYY-MM-DD (empty: latest strike)</source>
      <translation>Дата карти контролю, YYYY-MM-DD (порожньо: останній удар)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="178" />
      <source>Date, e.g. 30 SEPT 2015 (empty: from the strikes' dates)</source>
      <translation>Дата, наприклад 30 SEPT 2015 (порожньо: за датами ударів)</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="199" />
      <source>Dates in column '{column}' are read {order}, as '{example}' shows.</source>
      <translation>Дати в стовпці '{column}' читаються так: {order}, як показує '{example}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="157" />
      <source>Dates in column '{column}' can be read day-first or month-first (e.g. '{example}') and none of them settles which. Set DATE_ORDER to day-first (dd/mm/yyyy) or month-first (mm/dd/yyyy).</source>
      <translation>Дати в стовпці '{column}' можна прочитати і з днем, і з місяцем попереду (наприклад, '{example}'), і жодна з них не вирішує питання. Задайте DATE_ORDER: спочатку день (дд/мм/рррр) або спочатку місяць (мм/дд/рррр).</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="138" />
      <source>Dates in column '{column}' mix day-first ('{day}') and month-first ('{month}') writing, so their order cannot be decided for the column. Set DATE_ORDER to the order most rows use; rows written the other way will be listed as errors.</source>
      <translation>У стовпці '{column}' змішано дати з днем попереду ('{day}') і з місяцем попереду ('{month}'), тому порядок для стовпця визначити неможливо. Задайте в DATE_ORDER порядок, яким записано більшість рядків; рядки, записані інакше, потраплять до помилок.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Day first (dd/mm/yyyy)</source>
      <translation>Спочатку день (дд/мм/рррр)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Day/month order of numeric dates</source>
      <translation>Порядок дня й місяця в числових датах</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Detect from the whole column</source>
      <translation>Визначити за всім стовпцем</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="212" />
      <source>Distance in km for each precision code or word</source>
      <translation>Відстань у км для кожного коду або слова точності</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="153" />
      <source>Distance to nearest {name} territory</source>
      <translation>Відстань до найближчої території: {name}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="188" />
      <source>Distance to the nearest {name} territory</source>
      <translation>Відстань до найближчої території: {name}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="271" />
      <source>Draw strikes by</source>
      <translation>Малювати удари за</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="42" />
      <source>Edit to override the preset for this value</source>
      <translation>Змініть, щоб замінити пресет для цього значення</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="271" />
      <source>Engine (auto: inside PostGIS when both layers are in one database)</source>
      <translation>Рушій (auto: усередині PostGIS, якщо обидва шари в одній базі даних)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="257" />
      <source>Event dataset recognised by its columns: {source}.</source>
      <translation>Набір даних про події розпізнано за його стовпцями: {source}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="67" />
      <source>Every feature's faction from FACTION_VALUE.</source>
      <translation>Сторону кожного об’єкта взято з FACTION_VALUE.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="29" />
      <source>Export strike map</source>
      <translation>Експорт карти ударів</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>FEB</source>
      <translation>ЛЮТ</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="85" />
      <source>FILTER_EXPRESSION cannot be read: {error}</source>
      <translation>Не вдається прочитати FILTER_EXPRESSION: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="110" />
      <source>FILTER_EXPRESSION fails on this row: {error}</source>
      <translation>FILTER_EXPRESSION не спрацьовує на цьому рядку: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="94" />
      <source>FILTER_EXPRESSION uses column(s) {unknown}, which the input does not have; its columns are: {names}.</source>
      <translation>FILTER_EXPRESSION використовує стовпці {unknown}, яких немає у вхідних даних; їхні стовпці: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="153" />
      <source>Faction field</source>
      <translation>Поле сторони</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="70" />
      <source>Faction field '{field}' (found by its name; set FACTION_FIELD to choose another).</source>
      <translation>Поле сторони '{field}' (знайдено за назвою; задайте FACTION_FIELD, щоб вибрати інше).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="75" />
      <source>Faction field '{field}'.</source>
      <translation>Поле сторони '{field}'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="85" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Faction field (empty: find it)</source>
      <translation>Поле сторони (порожньо: знайти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="154" />
      <location filename="../plugin/processing/algorithms/report.py" line="104" />
      <source>Faction field of the control layer</source>
      <translation>Поле сторони в шарі контролю</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="133" />
      <source>Faction holding the rest of the outline, e.g. ukraine_held (optional)</source>
      <translation>Сторона, якій належить решта контуру, наприклад ukraine_held (необов’язково)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="93" />
      <source>Faction of the whole layer, e.g. occupied (instead of a field)</source>
      <translation>Сторона для всього шару, наприклад occupied (замість поля)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="100" />
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="71" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="98" />
      <source>Faction preset</source>
      <translation>Пресет сторін</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="37" />
      <source>Faction preset (colours and legend labels)</source>
      <translation>Пресет сторін (кольори й підписи легенди)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="175" />
      <location filename="../plugin/processing/nearest/request.py" line="176" />
      <source>Faction(s) {unknown} are not in the control layer's faction field; values present: {present}.</source>
      <translation>Сторін {unknown} немає в полі сторони шару контролю; наявні значення: {present}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="81" />
      <location filename="../plugin/processing/nearest/reporting.py" line="82" />
      <source>Factions in the control map (field '{field}'): {names}</source>
      <translation>Сторони на карті контролю (поле '{field}'): {names}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="158" />
      <source>Factions to measure, separated by ';' (empty: all)</source>
      <translation>Сторони для вимірювання через ';' (порожньо: усі)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="86" />
      <source>Field '{field}' not found in layer '{layer}'; choose the field that holds {what} (fields: {names}).</source>
      <translation>Поле '{field}' не знайдено в шарі '{layer}'; виберіть поле, у якому {what} (поля: {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_values.py" line="36" />
      <location filename="../plugin/processing/nearest/request.py" line="136" />
      <location filename="../plugin/processing/nearest/request.py" line="137" />
      <source>Field '{field}' not found in the control layer; choose the field that holds faction names (fields: {names}).</source>
      <translation>Поле '{field}' не знайдено в шарі контролю; виберіть поле з назвами сторін (поля: {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="250" />
      <source>Fields from columns: {used}.</source>
      <translation>Поля зі стовпців: {used}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>File-name date pattern (regular expression)</source>
      <translation>Шаблон дати в назві файлу (регулярний вираз)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="261" />
      <location filename="../plugin/processing/algorithms/report.py" line="148" />
      <source>Finding</source>
      <translation>Висновок</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="138" />
      <source>Finding.</source>
      <translation>Висновок.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="258" />
      <source>For every strike StrikeCheck finds the faction(s) whose territory on the control map contains it, and the geodesic distance (WGS84 ellipsoid) to the nearest point of each faction's territory; 0 km means inside. The control map's accuracy bounds the answer: a strike a few km from a front line may fall on either side of it. Where the strikes carry a location precision, each becomes a disc: the conclusion 'held by X' survives only when X holds the whole disc. 'km to front' is the distance to the nearest border between the controlling faction and another one (not the coast); for a strike no mapped faction holds, to the nearest faction's territory. A control map with dated snapshots is read at each strike's date.</source>
      <translation>Для кожного удару StrikeCheck знаходить сторону (або сторони), чия територія на карті контролю його містить, і геодезичну відстань (еліпсоїд WGS84) до найближчої точки території кожної сторони; 0 км означає «всередині». Точність карти контролю обмежує відповідь: удар за кілька кілометрів від лінії фронту може опинитися по будь-який її бік. Якщо для ударів указано точність місцезнаходження, кожен стає колом: висновок «під контролем X» зберігається, лише якщо X контролює все коло. «км до фронту» — відстань до найближчої межі між стороною, що контролює місцевість, та іншою стороною (не до узбережжя); для удару, який не контролює жодна сторона на карті, — до найближчої території будь-якої сторони. Карту контролю з датованими зрізами читають на дату кожного удару.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="254" />
      <source>Front line name field</source>
      <translation>Поле назви лінії фронту</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="249" />
      <source>Front lines (optional)</source>
      <translation>Лінії фронту (необов’язково)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="262" />
      <source>Front tolerance (km)</source>
      <translation>Допуск фронту (км)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="250" />
      <source>GIF animation (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
      <translation>Анімація GIF (*.gif);;Відео MP4 (*.mp4);;Відео WebM (*.webm)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="286" />
      <location filename="../plugin/reports/build.py" line="302" />
      <source>Generated by StrikeCheck on {day}.</source>
      <translation>Створено StrikeCheck {day}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="203" />
      <source>Geodesic distance (WGS84 ellipsoid) from each strike outside {name} territory to the nearest point of it.</source>
      <translation>Геодезична відстань (еліпсоїд WGS84) від кожного удару поза територією «{name}» до її найближчої точки.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="211" />
      <source>Geodesic distance (WGS84 ellipsoid) from each strike outside {name}-held territory to the nearest point of it.</source>
      <translation>Геодезична відстань (еліпсоїд WGS84) від кожного удару поза територією під контролем сторони {name} до її найближчої точки.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="49" />
      <source>Georeferenced map image (GeoTIFF, PNG/JPEG + world file)</source>
      <translation>Прив'язане зображення карти (GeoTIFF, PNG/JPEG + файл прив'язки)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="134" />
      <source>HTML (*.html)</source>
      <translation>HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="134" />
      <source>HTML report</source>
      <translation>Звіт HTML</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="107" />
      <source>Held by</source>
      <translation>Під контролем</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="17" />
      <source>High-Confidence reporting</source>
      <translation>Повідомлення високої достовірності (High-Confidence)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="32" />
      <location filename="../plugin/processing/algorithms/import_control.py" line="58" />
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="37" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="47" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="56" />
      <source>Import</source>
      <translation>Імпорт</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="45" />
      <source>Import control history</source>
      <translation>Імпорт історії контролю</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="56" />
      <source>Import control map</source>
      <translation>Імпорт карти контролю</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="54" />
      <source>Import strikes</source>
      <translation>Імпорт ударів</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="35" />
      <source>Import town control table</source>
      <translation>Імпорт таблиці контролю населених пунктів</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="263" />
      <source>Incorrect parameter value for {name}</source>
      <translation>Неправильне значення параметра {name}</translation>
    </message>
    <message>
      <location filename="../plugin/database/engine.py" line="269" />
      <source>Internal error: output columns do not match the answers.</source>
      <translation>Внутрішня помилка: вихідні стовпці не відповідають відповідям.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="79" />
      <source>Its other sheets are not read ({others}): give INPUT as {name}|layername=&lt;sheet&gt; to read another.</source>
      <translation>Інші аркуші не читаються ({others}): щоб прочитати інший, укажіть INPUT як {name}|layername=&lt;sheet&gt;.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>JAN</source>
      <translation>СІЧ</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="340" />
      <source>JSON error at line {line}, column {column}: {error}.</source>
      <translation>Помилка JSON у рядку {line}, стовпці {column}: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>JULY</source>
      <translation>ЛИП</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>JUNE</source>
      <translation>ЧЕР</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/map_layout.py" line="120" />
      <source>KEY</source>
      <translation>УМОВНІ ПОЗНАЧЕННЯ</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="164" />
      <source>Keep rows where (empty: ACLED air/drone strikes, else all rows)</source>
      <translation>Залишити рядки, де (порожньо: авіаудари й удари БпЛА з ACLED, інакше всі рядки)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="309" />
      <source>Keeping the rows FILTER_EXPRESSION selects: {expression}</source>
      <translation>Відбір рядків за FILTER_EXPRESSION: {expression}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="30" />
      <source>Label</source>
      <translation>Підпис</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="210" />
      <source>Last day of each strike's date window (empty: 'date_end' if present)</source>
      <translation>Останній день періоду дати кожного удару (порожньо: 'date_end', якщо є)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="136" />
      <source>Latitude and longitude are exchanged in the whole input ({why}): read {where} the other way round.</source>
      <translation>Широту й довготу переплутано в усіх вхідних даних ({why}): {where} читаються навпаки.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="147" />
      <source>Latitude and longitude look exchanged ({why}), but {where} was chosen explicitly and is used as given.</source>
      <translation>Широта й довгота виглядають переплутаними ({why}), але {where} вибрано явно й використано як є.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>Latitude column (empty: find it)</source>
      <translation>Стовпець широти (порожньо: знайти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="78" />
      <source>Layer to style</source>
      <translation>Шар для оформлення</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="354" />
      <source>Layout '{name}' added to the project (Project &gt; Layouts).</source>
      <translation>Макет '{name}' додано до проєкту (Проєкт &gt; Макети).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="260" />
      <source>Layout name</source>
      <translation>Назва макета</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="292" />
      <source>Layout template (.qpt)</source>
      <translation>Шаблон макета (.qpt)</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="52" />
      <source>Legend entry '{entry}' is not 'colour=faction': write each as #rrggbb=faction, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>Елемент легенди '{entry}' не має вигляду 'colour=faction': записуйте кожен як #rrggbb=faction, наприклад #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="54" />
      <source>Legend: a palette (isw-like, wikipedia, ukraine) or #rrggbb=faction;...</source>
      <translation>Легенда: палітра (isw-like, wikipedia, ukraine) або #rrggbb=faction;...</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="160" />
      <source>Line {line} cannot be read as delimited text: {error}.</source>
      <translation>Рядок {line} неможливо прочитати як текст із роздільниками: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="149" />
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="186" />
      <source>Lines to nearest territory</source>
      <translation>Лінії до найближчої території</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="96" />
      <source>Lines to nearest territory (for the map)</source>
      <translation>Лінії до найближчої території (для карти)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="301" />
      <source>Location precision codes that {source} does not define ({codes}), imported with precision NULL: {values}. Give them a distance in PRECISION_KM if you know what they mean.</source>
      <translation>Коди точності місця, яких {source} не визначає ({codes}), імпортовано з точністю NULL: {values}. Задайте їм відстань у PRECISION_KM, якщо знаєте, що вони означають.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Location precision column (empty: find it)</source>
      <translation>Стовпець точності місцезнаходження (порожньо: знайти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="227" />
      <source>Location precision field, km (empty: 'precision_km' if present)</source>
      <translation>Поле точності місцезнаходження, км (порожньо: 'precision_km', якщо є)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="72" />
      <location filename="../plugin/processing/nearest/reporting.py" line="73" />
      <source>Location precision known for {n} of {total} strikes.</source>
      <translation>Точність місцезнаходження відома для {n} з {total} ударів.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="263" />
      <source>Location precision of '{column}' in km: {table}{overridden}.</source>
      <translation>Точність місця '{column}' у км: {table}{overridden}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="314" />
      <source>Location precision values with no distance, imported as NULL: {values}. Give them one in PRECISION_KM, e.g. '1=2;2=15;3=50'.</source>
      <translation>Значення точності місцезнаходження без відстані імпортовано як NULL: {values}. Задайте для них відстань у PRECISION_KM, наприклад '1=2;2=15;3=50'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>Longitude column (empty: find it)</source>
      <translation>Стовпець довготи (порожньо: знайти)</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="18" />
      <source>Low-Confidence reporting</source>
      <translation>Повідомлення низької достовірності (Low-Confidence)</translation>
    </message>
    <message>
      <location filename="../plugin/core/factions.py" line="293" />
      <source>MAPPING entry '{entry}' matched no value of the faction field.</source>
      <translation>Запис MAPPING '{entry}' не збігся з жодним значенням поля сторони.</translation>
    </message>
    <message>
      <location filename="../plugin/core/factions.py" line="182" />
      <source>MAPPING target '{target}' is not a faction of preset '{preset}': used as code '{code}'.</source>
      <translation>Ціль MAPPING '{target}' не є стороною пресета '{preset}': використано як код '{code}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>MAR</source>
      <translation>БЕР</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>MAY</source>
      <translation>ТРА</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="144" />
      <source>Map</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="126" />
      <source>Map date for features without one, e.g. 2015-09-27 (optional)</source>
      <translation>Дата карти для об’єктів без дати, наприклад 2015-09-27 (необов’язково)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="98" />
      <source>Map date, e.g. 2015-09-27 (optional)</source>
      <translation>Дата карти, наприклад 2015-09-27 (необов'язково)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="113" />
      <source>Map image to include (PNG)</source>
      <translation>Зображення карти для звіту (PNG)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="120" />
      <source>Map series by {kind}: {n} page(s), {first} to {last}.</source>
      <translation>Серія карт за періодом {kind}: сторінок: {n}, з {first} по {last}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="241" />
      <source>Map series: one page per</source>
      <translation>Серія карт: одна сторінка на</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="122" />
      <source>Map unrecognised values with MAPPING, e.g. '{raw}=&lt;code&gt;'.</source>
      <translation>Зіставте нерозпізнані значення через MAPPING, наприклад '{raw}=&lt;code&gt;'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="80" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Mapping overrides, e.g. Turkish-backed=rebel</source>
      <translation>Перевизначення відповідностей, наприклад Turkish-backed=rebel</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="109" />
      <source>Mapping overrides, e.g. Turkish-backed=rebel;Kurds/Government=kurdish+regime</source>
      <translation>Ручні зіставлення, наприклад Turkish-backed=rebel;Kurds/Government=kurdish+regime</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="22" />
      <source>Maps and reports</source>
      <translation>Карти та звіти</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="165" />
      <source>Maximum distance (km, empty: no limit)</source>
      <translation>Максимальна відстань (км, порожньо: без обмеження)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="244" />
      <source>Measure the distance to the front</source>
      <translation>Вимірювати відстань до фронту</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="87" />
      <location filename="../plugin/processing/nearest/reporting.py" line="88" />
      <source>Measured (FACTIONS): {names}; the others still count for controlled_by.</source>
      <translation>Виміряно (FACTIONS): {names}; решта й далі враховуються в controlled_by.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="172" />
      <source>Method</source>
      <translation>Методика</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="72" />
      <source>Minimum area of a patch, km² (0: 49 pixels)</source>
      <translation>Мінімальна площа ділянки, km² (0: 49 пікселів)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="104" />
      <source>Mixed class '{label}' -&gt; {code}: the analysis counts it as territory of {members}.</source>
      <translation>Змішаний клас '{label}' -&gt; {code}: аналіз вважає його територією кожної зі сторін: {members}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="45" />
      <location filename="../plugin/processing/nearest/reporting.py" line="46" />
      <source>Mixed control ({classes}) counts as territory of each member.</source>
      <translation>Змішаний контроль ({classes}) вважається територією кожного учасника.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="41" />
      <source>Month</source>
      <translation>Місяць</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Month first (mm/dd/yyyy)</source>
      <translation>Спочатку місяць (мм/дд/рррр)</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>NOV</source>
      <translation>ЛИС</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="220" />
      <source>NUL characters in {path} were removed from its values.</source>
      <translation>Символи NUL у {path} вилучено з його значень.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="27" />
      <source>Nearest faction</source>
      <translation>Найближча сторона</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="43" />
      <source>Nearest other</source>
      <translation>Найближча інша</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>Nearest other faction</source>
      <translation>Найближча інша сторона</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="52" />
      <source>No 'confidence' field: strikes drawn by the faction holding the ground.</source>
      <translation>Немає поля 'confidence': удари забарвлено за стороною, що контролює місцевість.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="157" />
      <source>No control-map files found in INPUT ({entries}).</source>
      <translation>У вхідних даних INPUT не знайдено файлів карт контролю ({entries}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="277" />
      <source>No date column found: every strike's date is NULL. Set DATE_FIELD to the column that holds the dates.</source>
      <translation>Стовпець дати не знайдено: у всіх ударів дата NULL. Укажіть у DATE_FIELD стовпець із датами.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_values.py" line="45" />
      <source>No faction field found (looked for {tried}); set FACTION_FIELD to the field that names who holds each feature, or FACTION_VALUE to the faction of the whole layer (fields: {names}).</source>
      <translation>Поле сторони не знайдено (шукали {tried}); задайте в FACTION_FIELD поле, яке називає, хто утримує кожен об’єкт, або в FACTION_VALUE сторону для всього шару (поля: {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="199" />
      <source>No field {field} in the layer: the labels leave out the distance to {target}. Run strikecheck:nearestfaction with that faction.</source>
      <translation>У шарі немає поля {field}: у підписах не буде відстані до {target}. Запустіть strikecheck:nearestfaction із цією стороною.</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="70" />
      <source>No legend: name a palette, e.g. isw-like, or give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>Легенду не задано: вкажіть палітру, наприклад isw-like, або колір кожної сторони, наприклад #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="96" />
      <source>No mapped faction</source>
      <translation>Сторону не позначено на карті</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="85" />
      <source>No positions found: the input has no latitude/longitude columns under a usual name (such as latitude/longitude, lat/lon, y/x), no column of WKT points or 'lat, lon' text, and no point geometry. Set LAT_FIELD and LON_FIELD, or GEOMETRY_FIELD. Columns: {names}.</source>
      <translation>Координати не знайдено: у вхідних даних немає стовпців широти й довготи зі звичними назвами (як-от latitude/longitude, lat/lon, y/x), немає стовпця з точками WKT або текстом 'lat, lon' і немає точкової геометрії. Задайте LAT_FIELD і LON_FIELD або GEOMETRY_FIELD. Стовпці: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="87" />
      <source>No row could be imported: see the reasons above.</source>
      <translation>Не вдалося імпортувати жодного рядка: причини див. вище.</translation>
    </message>
    <message>
      <location filename="../plugin/core/control_tables.py" line="62" />
      <source>No {what} column found (looked for {tried}; columns: {columns}).</source>
      <translation>Стовпець «{what}» не знайдено (шукали {tried}; стовпці: {columns}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="216" />
      <source>None of the files could be imported.</source>
      <translation>Жоден файл не вдалося імпортувати.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="215" />
      <source>None of the strikes of '{layer}' has a date: there is no period to map.</source>
      <translation>Жоден удар шару '{layer}' не має дати: немає періоду для карти.</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="29" />
      <source>Not in any mapped faction's territory</source>
      <translation>Поза територією всіх сторін на карті</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="207" />
      <source>Not shown: {n} strike(s) inside {name} territory.</source>
      <translation>Не показано: ударів на території «{name}»: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="215" />
      <source>Not shown: {n} strike(s) inside {name}-held territory.</source>
      <translation>Не показано: ударів усередині території під контролем сторони {name}: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="197" />
      <source>Note under the finding</source>
      <translation>Примітка під висновком</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="319" />
      <source>Nothing to do: set OUTPUT_PDF, OUTPUT_PNG or OUTPUT_SVG, or add the layout to the open project.</source>
      <translation>Нічого робити: задайте OUTPUT_PDF, OUTPUT_PNG або OUTPUT_SVG чи додайте макет до відкритого проєкту.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>OCT</source>
      <translation>ЖОВ</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="173" />
      <source>OUTPUT_ANIMATION animates a map series: choose SERIES (snapshot, day, week or month).</source>
      <translation>OUTPUT_ANIMATION анімує серію карт: виберіть SERIES (snapshot, day, week або month).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="54" />
      <location filename="../plugin/processing/nearest/reporting.py" line="55" />
      <source>One dated control snapshot ({day}): every strike is measured against it.</source>
      <translation>Один датований знімок контролю ({day}): кожен удар вимірюється за ним.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="93" />
      <source>Only changes of control</source>
      <translation>Лише зміни контролю</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="148" />
      <source>Or a country of QGIS's world map as the outline, e.g. Ukraine</source>
      <translation>Або країна з карти світу QGIS як контур, наприклад Ukraine</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="209" />
      <source>Orientation</source>
      <translation>Орієнтація</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="358" />
      <source>Original column '{old}' kept as '{new}' (StrikeCheck uses '{old}').</source>
      <translation>Початковий стовпець '{old}' збережено як '{new}' (StrikeCheck використовує '{old}').</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="260" />
      <source>Original field '{old}' kept as '{new}'.</source>
      <translation>Початкове поле '{old}' збережено як '{new}'.</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="31" />
      <source>Other</source>
      <translation>Інше</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="43" />
      <source>Other factions</source>
      <translation>Інші сторони</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="140" />
      <source>Outline for the remainder (polygons; optional)</source>
      <translation>Контур для решти (полігони; необов’язково)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="139" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="139" />
      <source>PDF report</source>
      <translation>Звіт PDF</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="218" />
      <source>PNG resolution (dpi)</source>
      <translation>Роздільність PNG (dpi)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="121" />
      <source>PRECISION_KM gives '{value}' for '{key}'; write a distance in km, e.g. '1=2;2=15;3=50'.</source>
      <translation>PRECISION_KM задає '{value}' для '{key}'; укажіть відстань у км, наприклад '1=2;2=15;3=50'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="281" />
      <source>Padding around the strikes (%)</source>
      <translation>Відступ навколо ударів (%)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="46" />
      <source>Palette, e.g. isw-like or wikipedia (empty: the preset's default)</source>
      <translation>Палітра, наприклад isw-like або wikipedia (порожньо: типова палітра пресета)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="200" />
      <source>Paper</source>
      <translation>Папір</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="233" />
      <source>Positions from columns '{lat}' (latitude) and '{lon}' (longitude).</source>
      <translation>Координати зі стовпців '{lat}' (широта) і '{lon}' (довгота).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="241" />
      <source>Positions from the WKT / 'lat, lon' text of column '{column}'.</source>
      <translation>Координати з тексту WKT / 'lat, lon' у стовпці '{column}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="246" />
      <source>Positions from the layer's point geometry.</source>
      <translation>Координати з точкової геометрії шару.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="48" />
      <source>Possible factions</source>
      <translation>Можливі сторони</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="235" />
      <source>Precision for strikes without a value (km)</source>
      <translation>Точність для ударів без значення (км)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="43" />
      <source>Preset '{name}' chosen automatically: it recognises {n} of {total} features. Set PRESET to choose another.</source>
      <translation>Пресет '{name}' вибрано автоматично: він розпізнає {n} з {total} об’єктів. Укажіть PRESET, щоб вибрати інший.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="50" />
      <source>Preset '{name}' not found; available: {names}.</source>
      <translation>Пресет '{name}' не знайдено; доступні: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="56" />
      <source>Preset '{name}': {title} ({path}).</source>
      <translation>Пресет '{name}': {title} ({path}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="166" />
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="85" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="114" />
      <location filename="../plugin/processing/styling_base.py" line="53" />
      <source>Preset file (instead of PRESET)</source>
      <translation>Файл пресета (замість PRESET)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="34" />
      <source>Preset from {path}.</source>
      <translation>Пресет із {path}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="38" />
      <source>Preset ignored: {problem}</source>
      <translation>Пресет пропущено: {problem}</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="120" />
      <source>Preset {path} is not valid: {problem}</source>
      <translation>Пресет {path} недійсний: {problem}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="104" />
      <source>QGIS layer style (*.qml)</source>
      <translation>Стиль шару QGIS (*.qml)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="85" />
      <source>REMAINDER_FACTION needs a control map of polygons.</source>
      <translation>Для REMAINDER_FACTION потрібна карта контролю з полігонів.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="19" />
      <source>REMAINDER_FACTION needs an outline: set OUTLINE to a polygon layer or OUTLINE_COUNTRY to a country name (e.g. Ukraine).</source>
      <translation>Для REMAINDER_FACTION потрібен контур: задайте в OUTLINE полігональний шар або в OUTLINE_COUNTRY назву країни (наприклад, Ukraine).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="112" />
      <source>Read hatching as mixed control</source>
      <translation>Вважати штрихування змішаним контролем</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="278" />
      <source>Read {path} as {encoding} text separated by {delimiter}.</source>
      <translation>{path} прочитано як текст у кодуванні {encoding} з роздільником {delimiter}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="327" />
      <source>Reading positions, dates and ids of {n} rows...</source>
      <translation>Читання координат, дат та ідентифікаторів рядків: {n}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="76" />
      <source>Reading sheet '{sheet}' of {name}.</source>
      <translation>Читається аркуш «{sheet}» з {name}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="314" />
      <source>Reading {name}...</source>
      <translation>Читання {name}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="106" />
      <source>Remainder: {n} features of {code} added, {outline} minus everything drawn (one per snapshot).</source>
      <translation>Решта: додано об’єктів сторони {code}: {n} — {outline} без усього намальованого (по одному на знімок).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="203" />
      <source>Report (HTML): {path}</source>
      <translation>Звіт (HTML): {path}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="211" />
      <source>Report (PDF): {path}, {pages} pages.</source>
      <translation>Звіт (PDF): {path}, сторінок: {pages}.</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="21" />
      <source>Reported strike (confidence not rated)</source>
      <translation>Повідомлення про удар (достовірність не оцінено)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="235" />
      <source>Rows that could not be imported</source>
      <translation>Рядки, які не вдалося імпортувати</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>SEPT</source>
      <translation>ВЕР</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="55" />
      <source>SERIES 'snapshot' needs a time-aware control map (dated snapshots in valid_from, as strikecheck:importcontrol writes them); choose day, week or month, or give such a CONTROL.</source>
      <translation>SERIES 'snapshot' потребує карти контролю з часом (датовані знімки у valid_from, як їх пише strikecheck:importcontrol); виберіть day, week або month чи вкажіть такий CONTROL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="104" />
      <source>Save the style as</source>
      <translation>Зберегти стиль як</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="62" />
      <source>Set both LAT_FIELD and LON_FIELD, or neither to let StrikeCheck find them.</source>
      <translation>Задайте і LAT_FIELD, і LON_FIELD або жодного, щоб StrikeCheck знайшов їх сам.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="81" />
      <source>Simplify borders to, metres (0: half a pixel)</source>
      <translation>Допуск спрощення меж, метри (0: половина пікселя)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="38" />
      <source>Snapshot</source>
      <translation>Зріз</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="91" />
      <source>Snapshot files, folders or .zip archives</source>
      <translation>Файли знімків, теки або архіви .zip</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="96" />
      <source>Snapshot {date}: everything in {outline} is drawn; no remainder.</source>
      <translation>Знімок {date}: у {outline} намальовано все; решти немає.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="207" />
      <source>Snapshot {n} of {total}: {name}</source>
      <translation>Знімок {n} з {total}: {name}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Source column (empty: find it)</source>
      <translation>Стовпець джерела (порожньо: знайти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="191" />
      <source>Source of the control map (credit)</source>
      <translation>Джерело карти контролю (для рядка джерел)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="195" />
      <source>Source of the strikes (credit)</source>
      <translation>Джерело ударів (для рядка джерел)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="175" />
      <source>Sources</source>
      <translation>Джерела</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="107" />
      <source>Strike</source>
      <translation>Удар</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="159" />
      <source>Strike by strike</source>
      <translation>Удар за ударом</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="208" />
      <source>Strike by strike, part {n} of {total}</source>
      <translation>Удар за ударом, частина {n} з {total}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Strike id column (empty: find it)</source>
      <translation>Стовпець ідентифікатора удару (порожньо: знайти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="175" />
      <source>Strike id field for LINES (empty: strike_id or an id field if present)</source>
      <translation>Поле ідентифікатора удару для LINES (порожньо: strike_id або поле id, якщо є)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="265" />
      <source>Strike label field (e.g. the place name)</source>
      <translation>Поле підпису ударів (наприклад, назва місця)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="80" />
      <source>Strike name field</source>
      <translation>Поле назви ударів</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="207" />
      <source>Strike table: all {total} strikes, one per row.</source>
      <translation>Таблиця ударів: усі {total} ударів, по одному в рядку.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="205" />
      <source>Strike table: the first {n} of {total} strikes.</source>
      <translation>Таблиця ударів: перші {n} з {total} ударів.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="43" />
      <source>StrikeCheck</source>
      <translation>StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="133" />
      <source>StrikeCheck needs Python packages that this QGIS does not have: {missing}. Install them into the Python QGIS uses, e.g. {hint}, then restart QGIS.</source>
      <translation>StrikeCheck потребує пакетів Python, яких немає в цьому QGIS: {missing}. Установіть їх у Python, який використовує QGIS, наприклад {hint}, і перезапустіть QGIS.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="57" />
      <source>StrikeCheck needs {missing}. Install with: {hint} and restart QGIS. The analysis stays disabled until then.</source>
      <translation>StrikeCheck потребує {missing}. Установіть командою {hint} і перезапустіть QGIS. Доти аналіз вимкнено.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="46" />
      <source>StrikeCheck: who held the ground where each strike landed</source>
      <translation>StrikeCheck: хто контролював місцевість у точці кожного удару</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="138" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="232" />
      <source>Strikes</source>
      <translation>Удари</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="141" />
      <source>Strikes (points)</source>
      <translation>Удари (точки)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="169" />
      <location filename="../plugin/processing/algorithms/report.py" line="173" />
      <source>Strikes and territorial control</source>
      <translation>Удари й територіальний контроль</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="218" />
      <source>Strikes before the first snapshot or undated</source>
      <translation>Удари до першого зрізу або без дати</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="159" />
      <source>Strikes by controlling faction</source>
      <translation>Удари за стороною, що контролює місцевість</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="37" />
      <source>Strikes per control snapshot and controlling faction</source>
      <translation>Удари за знімками карти контролю та сторонами, що контролюють</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="40" />
      <source>Strikes per month and controlling faction</source>
      <translation>Удари за місяцями та сторонами, що контролюють</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="171" />
      <source>Strikes per month by controlling faction</source>
      <translation>Удари за місяцями та стороною, що контролює</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="169" />
      <source>Strikes per week by controlling faction</source>
      <translation>Удари за тижнями та сторонами, що контролюють місцевість</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="183" />
      <source>Strikes with nearest faction</source>
      <translation>Удари з найближчою стороною</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="124" />
      <source>Strikes, by who held the ground</source>
      <translation>Удари за тим, хто контролював місцевість</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="149" />
      <source>Strikes: a file (CSV, GeoJSON, KML, XLSX...) or a layer</source>
      <translation>Удари: файл (CSV, GeoJSON, KML, XLSX...) або шар</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="76" />
      <source>Strikes: {source}</source>
      <translation>Удари: {source}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="79" />
      <source>Style colours read from {fields} where a name does not settle the class.</source>
      <translation>Кольори стилю читаються з {fields}, коли назва не визначає клас.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="278" />
      <source>Style the layers with the preset</source>
      <translation>Оформити шари за пресетом</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="128" />
      <source>Styled '{layer}' as {role}: {classes}.</source>
      <translation>Шар '{layer}' оформлено як {role}: {classes}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="113" />
      <source>Styled layer</source>
      <translation>Оформлений шар</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="182" />
      <source>Subtitle</source>
      <translation>Підзаголовок</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="280" />
      <source>Summary</source>
      <translation>Підсумок</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="212" />
      <source>Target faction '{target}' has no line in layer '{layer}'; values present: {present}.</source>
      <translation>Цільова сторона '{target}' не має ліній у шарі '{layer}'; наявні значення: {present}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="99" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="163" />
      <location filename="../plugin/processing/algorithms/report.py" line="75" />
      <source>Target faction (e.g. isis)</source>
      <translation>Цільова сторона (наприклад, isis)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="170" />
      <source>Temporal Controller: each of the {n} control snapshots is shown from its valid_from to the next snapshot's; undated features at all times.</source>
      <translation>Temporal Controller: кожен із {n} зрізів контролю показується від свого valid_from до valid_from наступного зрізу; об'єкти без дати — завжди.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="162" />
      <source>Temporal Controller: each strike is shown on the day of its {field}.</source>
      <translation>Temporal Controller: кожен удар показується в день, зазначений у його {field}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="141" />
      <source>Territorial control</source>
      <translation>Територіальний контроль</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="88" />
      <source>Territorial control (for the map)</source>
      <translation>Територіальний контроль (для карти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="146" />
      <source>Territorial control (polygons, lines or points)</source>
      <translation>Територіальний контроль (полігони, лінії або точки)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="224" />
      <source>Text file encoding (empty: detect)</source>
      <translation>Кодування текстового файлу (порожньо: визначити)</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="30" />
      <source>The KMZ archive '{name}' holds no .kml file.</source>
      <translation>В архіві KMZ '{name}' немає файлу .kml.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="217" />
      <source>The PDF prints the strike table on landscape pages, in {n} parts: its columns do not fit one page.</source>
      <translation>PDF друкує таблицю ударів на альбомних сторінках, у {n} частинах: її стовпці не вміщаються на одну сторінку.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="224" />
      <source>The PDF prints the strike table on landscape pages.</source>
      <translation>PDF друкує таблицю ударів на альбомних сторінках.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="184" />
      <source>The animation cannot be written: {reason}.</source>
      <translation>Анімацію не можна записати: {reason}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="278" />
      <source>The charts' Arabic text is drawn letter by letter: install the Python packages arabic-reshaper and python-bidi into the Python QGIS uses (on Debian: apt install python3-arabic-reshaper python3-bidi) and write the report again.</source>
      <translation>Арабський текст на діаграмах малюється окремими літерами: установіть Python-пакети arabic-reshaper і python-bidi у Python, який використовує QGIS (у Debian: apt install python3-arabic-reshaper python3-bidi), і створіть звіт знову.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="209" />
      <source>The columns do not fit one page: the table is printed in {total} parts, with the strikes in the same order in each.</source>
      <translation>Стовпці не вміщаються на одну сторінку: таблицю надруковано в {total} частинах, удари в кожній у тому самому порядку.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="129" />
      <location filename="../plugin/processing/nearest/request.py" line="132" />
      <source>The control layer</source>
      <translation>Шар контролю</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="202" />
      <location filename="../plugin/processing/nearest/request.py" line="120" />
      <source>The control layer could not be opened.</source>
      <translation>Не вдалося відкрити шар контролю.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="58" />
      <source>The control layer has no usable geometry (all are empty or NULL).</source>
      <translation>Шар контролю не має придатної геометрії (уся порожня або NULL).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="150" />
      <location filename="../plugin/processing/nearest/request.py" line="151" />
      <source>The control layer is the 'lines to nearest territory' output of an earlier run, not a control map: choose the territorial control layer (polygons, front lines or town points) the strikes were analysed against.</source>
      <translation>Шар контролю — це вихід «лінії до найближчої території» попереднього запуску, а не карта контролю: виберіть шар територіального контролю (полігони, лінії фронту або населені пункти), за яким аналізувалися удари.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="97" />
      <source>The file is not UTF-8 (from line {line}) and does not read as Western European Windows-1252 text either; it may be Arabic (windows-1256) or Cyrillic (windows-1251). Re-save it as UTF-8 (in Excel: 'CSV UTF-8'), or set ENCODING to the file's encoding.</source>
      <translation>Файл не в UTF-8 (починаючи з рядка {line}) і не читається як західноєвропейський текст Windows-1252; можливо, він в арабському (windows-1256) або кириличному (windows-1251) кодуванні. Збережіть його заново в UTF-8 (в Excel: 'CSV UTF-8') або вкажіть кодування файлу в ENCODING.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="133" />
      <source>The file is not valid {encoding}: line {line} holds bytes it cannot have. Check the ENCODING setting or leave it empty to detect it.</source>
      <translation>Файл не є коректним текстом {encoding}: рядок {line} містить неприпустимі для нього байти. Перевірте параметр ENCODING або залиште його порожнім для автовизначення.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="82" />
      <source>The file mixes UTF-8 with another encoding (line {line} is not UTF-8 while other lines are), so no single encoding reads it correctly. Re-save it as UTF-8 (in Excel: 'CSV UTF-8').</source>
      <translation>Файл змішує UTF-8 з іншим кодуванням (рядок {line} не в UTF-8, а інші рядки — в UTF-8), тому жодне кодування не прочитає його правильно. Збережіть його заново в UTF-8 (в Excel: 'CSV UTF-8').</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="35" />
      <source>The file {path} cannot be read: {error}</source>
      <translation>Не вдається прочитати файл {path}: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="315" />
      <source>The file {path} has no header row.</source>
      <translation>У файлі {path} немає рядка заголовків.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="265" />
      <source>The file {path} is empty.</source>
      <translation>Файл {path} порожній.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="334" />
      <source>The first {shown} of {total} strikes; the analysed layer holds every one.</source>
      <translation>Перші {shown} з {total} ударів; у проаналізованому шарі є всі.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="104" />
      <source>The input could not be opened. Choose a layer, or a CSV, GeoJSON, GeoPackage, Shapefile, KML/KMZ or XLSX file.</source>
      <translation>Не вдалося відкрити вхідні дані. Виберіть шар або файл CSV, GeoJSON, GeoPackage, Shapefile, KML/KMZ чи XLSX.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="172" />
      <source>The input layer has no coordinate reference system, so its points cannot be placed. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>Вхідний шар не має системи координат, тому його точки неможливо розмістити. Задайте СК шару (Властивості шару &gt; Джерело) і запустіть знову.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="144" />
      <source>The layer is not in the project, so nothing visible changes; set QML_FILE to keep the style in a file.</source>
      <translation>Шару немає в проєкті, тож видимих змін не буде; задайте QML_FILE, щоб зберегти стиль у файл.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="118" />
      <source>The layer to style could not be opened.</source>
      <translation>Не вдалося відкрити шар для оформлення.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="195" />
      <source>The layer's geometry is not points: positions come from its columns.</source>
      <translation>Геометрія шару не точкова: координати беруться з його стовпців.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="151" />
      <source>The legend names no colours; give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>У легенді не вказано жодного кольору; вкажіть колір кожної сторони, наприклад #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="331" />
      <source>The map cannot be made: {reason}.</source>
      <translation>Неможливо створити карту: {reason}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="134" />
      <source>The map image could not be opened.</source>
      <translation>Не вдалося відкрити зображення карти.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="98" />
      <source>The map's date is before the control map's first snapshot: the first one, {date}, is drawn.</source>
      <translation>Дата карти раніша за перший зріз карти контролю: малюється перший зріз, {date}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="263" />
      <source>The report could not be written: {error}</source>
      <translation>Не вдалося записати звіт: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="91" />
      <source>The sheet '{sheet}' of {name} holds no cells: there is nothing to import.</source>
      <translation>В аркуші «{sheet}» з {name} немає жодної клітинки: імпортувати нічого.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="233" />
      <source>The sheet's first row is read as its column names: {names}.</source>
      <translation>Перший рядок аркуша читається як назви стовпців: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="128" />
      <source>The strike layer</source>
      <translation>Шар ударів</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="34" />
      <source>The strike layer '{layer}' has no field {fields}, so the finding about {target} cannot be written. Use the output of strikecheck:nearestfaction as STRIKES, or leave TARGET_FACTION empty.</source>
      <translation>Шар ударів '{layer}' не має поля {fields}, тому висновок щодо {target} сформулювати неможливо. Використайте результат strikecheck:nearestfaction як STRIKES або залиште TARGET_FACTION порожнім.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="253" />
      <source>The strike layer '{layer}' has no field {fields}: run strikecheck:nearestfaction with faction '{target}' and report on its output, or leave TARGET_FACTION empty.</source>
      <translation>Шар ударів '{layer}' не має поля {fields}: запустіть strikecheck:nearestfaction зі стороною '{target}' і складіть звіт за його результатом або залиште TARGET_FACTION порожнім.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="366" />
      <source>The strike layer '{layer}' is empty: there is nothing to map.</source>
      <translation>Шар ударів '{layer}' порожній: наносити на карту нічого.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="232" />
      <source>The strike layer '{layer}' is empty: there is nothing to report.</source>
      <translation>Шар ударів '{layer}' порожній: звітувати немає про що.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="364" />
      <location filename="../plugin/processing/algorithms/report.py" line="230" />
      <location filename="../plugin/processing/nearest/request.py" line="118" />
      <source>The strike layer could not be opened.</source>
      <translation>Не вдалося відкрити шар ударів.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="122" />
      <location filename="../plugin/processing/nearest/request.py" line="123" />
      <source>The strike layer must hold points, but it holds lines or polygons. Convert it first, e.g. with 'Centroids' or 'Point on surface'.</source>
      <translation>Шар ударів має містити точки, а містить лінії або полігони. Спершу перетворіть його, наприклад інструментом «Центроїди» або «Точка на поверхні».</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="52" />
      <source>The strikes have no 'confidence' field: all drawn as unrated.</source>
      <translation>Удари не мають поля 'confidence': усі показано як неоцінені.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="105" />
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (strikecheck:exportmap with SERIES 'snapshot' gives one page per snapshot; or filter the strikes by date, or set exportmap's CONTROL_DATE) to compare like with like.</source>
      <translation>Удари охоплюють {n} зрізів контролю (з {first} по {last}), але карта малює лише зріз від {date}: удари інших періодів показано поверх карти контролю, що не була чинною в їхній день. Щоб порівнювати порівнюване, робіть карту для кожного періоду окремо (strikecheck:exportmap із SERIES 'snapshot' дає по сторінці на кожен знімок; або відфільтруйте удари за датою, або задайте CONTROL_DATE в exportmap).</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="234" />
      <source>The strikes' dates run from {first} to {last}: too long a span for a chart over time. Check the strikes' date field.</source>
      <translation>Дати ударів тривають з {first} по {last}: надто довгий період для графіка в часі. Перевірте поле дати ударів.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="120" />
      <source>The workbook '{name}' has no sheets.</source>
      <translation>У книзі «{name}» немає аркушів.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="60" />
      <location filename="../plugin/processing/nearest/reporting.py" line="61" />
      <source>Time-aware: control snapshots from '{control}', strike dates from '{strike}'; strikes before the first snapshot or undated: {rule}.</source>
      <translation>З урахуванням часу: зрізи контролю за '{control}', дати ударів за '{strike}'; удари до першого зрізу або без дати: {rule}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="169" />
      <location filename="../plugin/processing/algorithms/report.py" line="122" />
      <source>Title</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="44" />
      <source>Total</source>
      <translation>Усього</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="98" />
      <source>Town control over time</source>
      <translation>Контроль населених пунктів у часі</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="120" />
      <source>Unknown encoding '{encoding}'; use a name such as utf-8, windows-1252, windows-1256 (Arabic) or windows-1251 (Cyrillic), or leave it empty to detect it.</source>
      <translation>Невідоме кодування '{encoding}'; укажіть назву на зразок utf-8, windows-1252, windows-1256 (арабське) або windows-1251 (кирилиця) чи залиште порожнім для автовизначення.</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="81" />
      <source>Unknown legend palette '{name}'; use one of {names}, or give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>Невідома палітра легенди '{name}'; використайте одну з {names} або вкажіть колір кожної сторони, наприклад #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="118" />
      <source>Valid-from date field (optional)</source>
      <translation>Поле дати початку дії (необов’язково)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="30" />
      <source>Value in layer</source>
      <translation>Значення в шарі</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>WKT or 'lat, lon' text column (empty: find it)</source>
      <translation>Стовпець із WKT або текстом 'lat, lon' (порожньо: знайти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="79" />
      <source>What the layer holds (control, strikes, results or lines)</source>
      <translation>Що містить шар (control, strikes, results або lines)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="161" />
      <source>Who held the ground where each strike landed, per the control map.</source>
      <translation>Хто контролював місцевість у точці кожного удару, за картою контролю.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="104" />
      <source>Widest overprint bridged, half-width in pixels</source>
      <translation>Найбільша заповнювана ширина накладень, півширина в пікселях</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="23" />
      <source>Write strike report</source>
      <translation>Звіт про удари</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="376" />
      <source>Writing {n} strikes...</source>
      <translation>Запис ударів: {n}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="253" />
      <source>Wrote {n} numbered files, {first} to {last}.</source>
      <translation>Записано пронумерованих файлів: {n}, з {first} по {last}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="250" />
      <source>Wrote {path}</source>
      <translation>Записано: {path}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="357" />
      <source>a line needs two coordinate pairs or more, it has {count}</source>
      <translation>лінії потрібно щонайменше дві пари координат, а в неї {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="226" />
      <source>a mixed class has no label.</source>
      <translation>змішаний клас не має підпису.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="288" />
      <source>a point needs one coordinate pair, it has {count}</source>
      <translation>точці потрібна одна пара координат, а в неї {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="298" />
      <source>a polygon without an outer boundary</source>
      <translation>полігон без зовнішньої межі</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="370" />
      <source>a ring needs three distinct corners, it has {count}</source>
      <translation>кільцю потрібні три різні вершини, а в нього {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="103" />
      <source>a zip archive without a workbook part</source>
      <translation>zip-архів без частини книги</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="311" />
      <source>an empty MultiGeometry</source>
      <translation>порожня MultiGeometry</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="337" />
      <source>coordinates '{item}' are not 'longitude,latitude'</source>
      <translation>координати '{item}' не у вигляді 'довгота,широта'</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="344" />
      <source>coordinates '{item}' are outside longitude -180..180, latitude -90..90</source>
      <translation>координати '{item}' поза довготою -180..180, широтою -90..90</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="44" />
      <source>day first (dd/mm/yyyy)</source>
      <translation>спочатку день (дд/мм/рррр)</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="294" />
      <source>default_palette '{palette}' is not one of 'palettes'.</source>
      <translation>default_palette '{palette}' немає серед 'palettes'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="129" />
      <location filename="../plugin/core/coordinates.py" line="149" />
      <source>empty geometry '{value}'</source>
      <translation>порожня геометрія '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="183" />
      <source>every entry of 'factions' must be an object.</source>
      <translation>кожен запис у 'factions' має бути об’єктом.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="222" />
      <source>every entry of 'mixed' must be an object.</source>
      <translation>кожен запис у 'mixed' має бути об’єктом.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="195" />
      <source>faction '{code}' has no label.</source>
      <translation>сторона '{code}' не має підпису.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="188" />
      <source>faction code '{code}' must be lower-case letters, digits and '_', starting with a letter.</source>
      <translation>код сторони '{code}' має складатися з малих латинських літер, цифр і '_' та починатися з літери.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="302" />
      <source>faction code(s) {codes} appear more than once.</source>
      <translation>коди сторін {codes} трапляються більше одного разу.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="188" />
      <location filename="../plugin/processing/map_styles.py" line="38" />
      <source>faction names</source>
      <translation>назви сторін</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="309" />
      <source>fallback colour '{colour}' is not #rrggbb.</source>
      <translation>запасний колір '{colour}' не у форматі #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="77" />
      <source>feature {fid}</source>
      <translation>об’єкт {fid}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="277" />
      <source>geometries nested too deeply</source>
      <translation>геометрії вкладені надто глибоко</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="136" />
      <source>geometry is a {kind}, not a point: '{value}'</source>
      <translation>геометрія — {kind}, а не точка: '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/styling/labels.py" line="88" />
      <source>in {name} territory</source>
      <translation>у зоні {name}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>km to front</source>
      <translation>км до фронту</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="44" />
      <source>km to nearest other</source>
      <translation>км до найближчої іншої</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="47" />
      <source>km to target</source>
      <translation>км до цілі</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="120" />
      <source>km to the nearest {name} territory</source>
      <translation>км до найближчої території: {name}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="45" />
      <source>km to {f}</source>
      <translation>км до {f}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="109" />
      <source>km to {name}</source>
      <translation>км до зони {name}</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="204" />
      <source>latitude {value} outside -90..90</source>
      <translation>широта {value} поза діапазоном -90..90</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="130" />
      <source>line</source>
      <translation>лінія</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="75" />
      <source>line {line}</source>
      <translation>рядок {line}</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="206" />
      <source>longitude {value} outside -180..180</source>
      <translation>довгота {value} поза діапазоном -180..180</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="113" />
      <source>median {km} km</source>
      <translation>медіана {km} км</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="231" />
      <source>mixed class '{label}' must name at least two faction codes of this preset as members (unknown: {unknown}).</source>
      <translation>змішаний клас '{label}' має називати учасниками щонайменше два коди сторін цього пресета (невідомі: {unknown}).</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="171" />
      <source>month</source>
      <translation>місяць</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="45" />
      <source>month first (mm/dd/yyyy)</source>
      <translation>спочатку місяць (мм/дд/рррр)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="143" />
      <source>no</source>
      <translation>ні</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="192" />
      <location filename="../plugin/core/dates.py" line="210" />
      <source>no date in '{value}'</source>
      <translation>немає дати в '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="213" />
      <source>no date in '{value}' read {order}</source>
      <translation>немає дати в '{value}' за порядком: {order}</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="189" />
      <source>no date in '{value}': write the year with four digits</source>
      <translation>немає дати в '{value}': запишіть рік чотирма цифрами</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="119" />
      <source>no geometry</source>
      <translation>немає геометрії</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="174" />
      <source>no position</source>
      <translation>немає координат</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="190" />
      <source>no position in '{value}' (expected 'lat, lon' or WKT such as 'POINT (lon lat)')</source>
      <translation>немає координат у '{value}' (очікується 'lat, lon' або WKT на зразок 'POINT (lon lat)')</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="17" />
      <source>no snapshot</source>
      <translation>немає знімка</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="71" />
      <location filename="../plugin/core/coordinates.py" line="77" />
      <location filename="../plugin/core/coordinates.py" line="81" />
      <source>no {axis}</source>
      <translation>немає значення: {axis}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="135" />
      <location filename="../plugin/processing/styling_base.py" line="85" />
      <source>none</source>
      <translation>немає</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="97" />
      <source>not a zip archive</source>
      <translation>не zip-архів</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="76" />
      <source>not stated</source>
      <translation>не вказано</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="169" />
      <source>placemark '{name}': its geometry is a {found}, but this import keeps the file's {kept} geometries; give INPUT '{file}|geometrytype={type}' to import those</source>
      <translation>мітка '{name}': її геометрія — {found}, а цей імпорт бере з файлу геометрії типу «{kept}»; щоб імпортувати такі, вкажіть INPUT '{file}|geometrytype={type}'</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="111" />
      <source>placemark '{name}': {reason}</source>
      <translation>мітка '{name}': {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="129" />
      <source>point</source>
      <translation>точка</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="131" />
      <source>polygon</source>
      <translation>полігон</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="208" />
      <source>position 0, 0 (a common placeholder for a missing position)</source>
      <translation>координати 0, 0 (поширена заглушка замість відсутніх координат)</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="211" />
      <source>position {lat}, {lon} (lat, lon) outside the expected area</source>
      <translation>координати {lat}, {lon} (lat, lon) поза очікуваним районом</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="303" />
      <source>row has {n} values but the header has {width} columns (a value holding the delimiter without quotes?)</source>
      <translation>у рядку значень: {n}, а в заголовку стовпців: {width} (значення з роздільником без лапок?)</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="284" />
      <source>schema {schema} is not supported (expected {expected}).</source>
      <translation>схема {schema} не підтримується (очікується {expected}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="159" />
      <source>series</source>
      <translation>серія</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="176" />
      <source>strikes</source>
      <translation>удари</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="269" />
      <source>style colour '{colour}' is given to both '{first}' and '{second}'.</source>
      <translation>колір стилю '{colour}' надано і '{first}', і '{second}'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="42" />
      <source>the controlling faction</source>
      <translation>сторона, що контролює місцевість</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="237" />
      <source>the controlling faction (run strikecheck:nearestfaction)</source>
      <translation>сторона, що контролює місцевість (запустіть strikecheck:nearestfaction)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="218" />
      <location filename="../plugin/processing/map_styles.py" line="56" />
      <source>the distance in km</source>
      <translation>відстань у км</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="55" />
      <source>the faction of each line</source>
      <translation>сторона кожної лінії</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="332" />
      <location filename="../plugin/core/presets.py" line="335" />
      <location filename="../plugin/core/presets.py" line="366" />
      <source>the file cannot be read ({error}).</source>
      <translation>файл не вдається прочитати ({error}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="280" />
      <source>the file must hold one JSON object.</source>
      <translation>файл має містити один об’єкт JSON.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="181" />
      <source>the labels</source>
      <translation>підписи</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="192" />
      <source>the place status</source>
      <translation>статус населеного пункту</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/tables.py" line="61" />
      <source>the point cannot be transformed from the layer's CRS to WGS84</source>
      <translation>точку неможливо перетворити із СК шару в WGS84</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="184" />
      <source>the reporting confidence (high/low)</source>
      <translation>достовірність повідомлення (high/low)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="27" />
      <source>the strike labels</source>
      <translation>підписи ударів</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="158" />
      <source>the strike names</source>
      <translation>назви ударів</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_help.py" line="12" />
      <source>the table of the event dataset recognised (see Event datasets below)</source>
      <translation>таблиця розпізнаного набору даних про події (див. «Набори даних про події» нижче)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="89" />
      <source>time_precision values ACLED does not define, read as exact dates: {values}.</source>
      <translation>Значення time_precision, яких ACLED не визначає, прочитано як точні дати: {values}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="17" />
      <source>undated</source>
      <translation>без дати</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="146" />
      <source>unreadable WKT '{value}'</source>
      <translation>нечитабельний WKT '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="171" />
      <source>week starting (Monday)</source>
      <translation>тиждень із понеділка</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="143" />
      <source>yes</source>
      <translation>так</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="89" />
      <source>{axis} '{value}' carries the hemisphere letter of the other axis</source>
      <translation>{axis} '{value}' містить літеру півкулі іншої осі</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="95" />
      <source>{axis} '{value}' has both a minus sign and a hemisphere letter</source>
      <translation>{axis} '{value}' містить і знак мінус, і літеру півкулі</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="73" />
      <location filename="../plugin/core/coordinates.py" line="118" />
      <source>{axis} '{value}' is not a number</source>
      <translation>{axis} '{value}' — не число</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="85" />
      <source>{code}: {names} features by name, {colours} by style colour.</source>
      <translation>{code}: об’єктів за назвою — {names}, за кольором стилю — {colours}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/kml_input.py" line="143" />
      <source>{file}: {count} placemarks read, from every folder, with their ExtendedData.</source>
      <translation>{file}: прочитано міток: {count}, з усіх тек, з їхніми ExtendedData.</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="269" />
      <source>{inside} of {total} positions fall in the expected area as written, {n} with latitude and longitude exchanged</source>
      <translation>з {total} координат в очікуваний район потрапляють: як записано — {inside}, з переставленими широтою й довготою — {n}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="83" />
      <source>{kept} of {judged} conclusions survive the location uncertainty (one faction holds every possible position)</source>
      <translation>{kept} з {judged} висновків витримують невизначеність місцезнаходження (одна сторона контролює всі можливі положення)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="166" />
      <location filename="../plugin/processing/nearest/reporting.py" line="167" />
      <source>{kept} of {n} strikes with a known precision are held by one faction across their whole uncertainty disc.</source>
      <translation>З {n} ударів із відомою точністю {kept} перебувають під контролем однієї сторони в усьому колі невизначеності.</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="54" />
      <source>{km} km</source>
      <translation>{km} км</translation>
    </message>
    <message>
      <location filename="../plugin/styling/labels.py" line="80" />
      <location filename="../plugin/styling/labels.py" line="81" />
      <source>{km} km to {name}</source>
      <translation>{km} км до зони {name}</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/crs.py" line="17" />
      <source>{label} has no coordinate reference system, so its positions cannot be measured. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>{label} не має системи координат, тому відстані виміряти неможливо. Задайте СК шару (Властивості шару &gt; Джерело) і запустіть знову.</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/crs.py" line="45" />
      <source>{label} is in degrees ({crs}) but its coordinates reach {x}, {y}, which no place has: they are probably metres of a projected CRS (UTM, say) with the CRS missing or wrong. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>{label} задано в градусах ({crs}), але його координати сягають {x}, {y}, чого немає в жодного місця: імовірно, це метри проєкційної СК (наприклад, UTM), а СК не задано або вона хибна. Задайте СК шару (Властивості шару &gt; Джерело) і запустіть знову.</translation>
    </message>
    <message>
      <location filename="../plugin/database/layers.py" line="47" />
      <source>{label} is in {crs}, not on the WGS84 datum: QGIS and PostGIS may transform it differently</source>
      <translation>{label} у {crs}, а не на датумі WGS84: QGIS і PostGIS можуть перетворити його по-різному</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="57" />
      <source>{low}-{high} km (median {median} km)</source>
      <translation>{low}-{high} км (медіана {median} км)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="146" />
      <source>{name} would have {count} columns; a GeoPackage table holds at most {limit}. Write {name} to a GeoJSON file (.geojson), which has no such limit, or keep fewer columns.</source>
      <translation>У {name} було б {count} стовпців; таблиця GeoPackage вміщує щонайбільше {limit}. Запишіть {name} у файл GeoJSON (.geojson), який не має такого обмеження, або залиште менше стовпців.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="127" />
      <source>{n} changes of control kept ({same} repeats left out).</source>
      <translation>Збережено змін контролю: {n} (пропущено повторів: {same}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="107" />
      <location filename="../plugin/processing/nearest/reporting.py" line="108" />
      <source>{n} control features with an empty or NULL geometry were skipped.</source>
      <translation>Пропущено об’єктів контролю з порожньою або NULL-геометрією: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="113" />
      <location filename="../plugin/processing/nearest/reporting.py" line="114" />
      <source>{n} control features with no faction value were skipped.</source>
      <translation>Пропущено об’єктів контролю без значення сторони: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="101" />
      <source>{n} control snapshots used.</source>
      <translation>Використано зрізів контролю: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="93" />
      <location filename="../plugin/processing/nearest/reporting.py" line="94" />
      <source>{n} different faction values in field '{field}', each measured into a field of its own: is it the field that names who holds the ground? Choose another FACTION_FIELD, or import the map with strikecheck:importcontrol first.</source>
      <translation>{n} різних значень сторони в полі '{field}', і кожне вимірюється в окреме поле: чи це поле, яке називає, хто контролює територію? Виберіть інше FACTION_FIELD або спершу імпортуйте карту через strikecheck:importcontrol.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="148" />
      <source>{n} empty rows (only delimiters) skipped.</source>
      <translation>Пропущено порожніх рядків (самі роздільники): {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="127" />
      <source>{n} farther than {km} km →</source>
      <translation>{n} далі за {km} км →</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="244" />
      <source>{n} features from {files} snapshots written.</source>
      <translation>Записано об'єктів: {n} з {files} знімків.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="140" />
      <source>{n} features have a date that cannot be read, valid_from NULL: {list}</source>
      <translation>Об’єктів із нечитабельною датою: {n}, valid_from = NULL: {list}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="179" />
      <source>{n} features have no geometry: kept, with NULL geometry.</source>
      <translation>Об’єктів без геометрії: {n}; збережено з геометрією NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="130" />
      <source>{n} features have no value in '{field}': kept with faction NULL.</source>
      <translation>Об’єктів без значення в '{field}': {n}; збережено зі стороною NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="95" />
      <source>{n} features imported; factions: {counts}.</source>
      <translation>Імпортовано об’єктів: {n}; сторони: {counts}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="167" />
      <source>{n} features left out: they are not of the map's geometry type ({kind}; a layer holds one): {counts}. Import them as a layer of their own, e.g. INPUT 'file|geometrytype=Point'.</source>
      <translation>Пропущено об’єктів: {n} — вони не того типу геометрії, що карта ({kind}; шар містить один тип): {counts}. Імпортуйте їх окремим шаром, наприклад INPUT 'file|geometrytype=Point'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="157" />
      <source>{n} geometries were empty after repair, kept as NULL: features {ids}.</source>
      <translation>Геометрій, порожніх після виправлення: {n}; збережено як NULL: об’єкти {ids}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="103" />
      <location filename="../plugin/processing/nearest/reporting.py" line="104" />
      <source>{n} invalid control geometries were repaired in memory.</source>
      <translation>Виправлено в пам’яті недійсних геометрій контролю: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="151" />
      <source>{n} invalid geometries repaired (the input layer is unchanged).</source>
      <translation>Виправлено недійсних геометрій: {n} (вхідний шар не змінено).</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="257" />
      <source>{n} of {total} latitudes are beyond ±90 while every longitude is within ±90</source>
      <translation>{n} з {total} широт виходять за ±90, хоча всі довготи в межах ±90</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="135" />
      <source>{n} page(s) span a change of the control map (the first: {date}); each is drawn over the snapshot in force on its last day. SERIES 'snapshot' draws every strike over the map in force on its day.</source>
      <translation>Сторінок, що охоплюють зміну карти контролю: {n} (перша: {date}); кожну намальовано поверх знімка, чинного в її останній день. SERIES 'snapshot' малює кожен удар поверх карти, чинної в його день.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="65" />
      <source>{n} period(s) without a dated strike have no page.</source>
      <translation>Періодів без датованих ударів (у них немає сторінки): {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="65" />
      <source>{n} rows imported, {m} rejected (see ERRORS).</source>
      <translation>Імпортовано рядків: {n}, відхилено: {m} (див. ERRORS).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="71" />
      <source>{n} rows left out by the filter expression.</source>
      <translation>Рядків, відкинутих виразом фільтра: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="120" />
      <source>{n} rows or dates could not be read and were left out: {list}</source>
      <translation>Рядків або дат, які не вдалося прочитати й пропущено: {n}: {list}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="222" />
      <source>{n} strike(s) farther than {km} km are beyond the chart's right edge (the farthest {top} km).</source>
      <translation>Ударів далі за {km} км: {n}; вони за правим краєм діаграми (найдальший — {top} км).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="130" />
      <source>{n} strike(s) have no date and are on no page of the series.</source>
      <translation>Ударів без дати (їх немає на жодній сторінці серії): {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="43" />
      <source>{n} strike: {k} in {label} territory</source>
      <translation>{n} удар: {k} на території «{label}»</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="47" />
      <source>{n} strike: {k} in {label}-held territory</source>
      <translation>Ударів: {n}; у зоні {label}: {k}</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="325" />
      <source>{n} strike_id values appear more than once: {values}.</source>
      <translation>Значення strike_id, що трапляються більше одного разу ({n}): {values}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="133" />
      <location filename="../plugin/processing/nearest/reporting.py" line="134" />
      <source>{n} strikes analysed against {k} factions: {held} inside a faction's territory, {free} outside all of them.</source>
      <translation>Проаналізовано ударів: {n}, сторін: {k}; на території якоїсь сторони: {held}, поза всіма територіями: {free}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="145" />
      <location filename="../plugin/processing/nearest/reporting.py" line="146" />
      <source>{n} strikes are dated before the first control snapshot and were measured against it (SNAPSHOT_RULE 'nearest'; 'skip' leaves them unanswered): the map may not show who held the ground on their day.</source>
      <translation>Ударів із датою раніше за перший зріз карти контролю: {n}; їх виміряно за ним (SNAPSHOT_RULE 'nearest'; з 'skip' вони лишаються без відповіді): карта може не показувати, хто контролював місцевість у їхній день.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="118" />
      <source>{n} strikes are dated over more than one day (date to '{column}'): date is the first day, date_end the last.</source>
      <translation>{n} ударів датовано періодом, довшим за один день (від date до '{column}'): date — перший день, date_end — останній.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="285" />
      <source>{n} strikes have an empty date: imported with date NULL.</source>
      <translation>Ударів із порожньою датою: {n}; імпортовано з датою NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="173" />
      <location filename="../plugin/processing/nearest/reporting.py" line="174" />
      <source>{n} strikes have an empty or NULL geometry: kept in the output with NULL results.</source>
      <translation>Ударів із порожньою або NULL-геометрією: {n}; збережено в результаті зі значеннями NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="159" />
      <location filename="../plugin/processing/nearest/reporting.py" line="160" />
      <source>{n} strikes have no control snapshot to be measured against (SNAPSHOT_RULE=skip): NULL results, the reason in snapshot_note.</source>
      <translation>Для {n} ударів немає знімка контролю, за яким їх можна виміряти (SNAPSHOT_RULE=skip): результати NULL, причина в snapshot_note.</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="45" />
      <source>{n} strikes: {k} in {label} territory</source>
      <translation>{n} ударів: {k} на території «{label}»</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="49" />
      <source>{n} strikes: {k} in {label}-held territory</source>
      <translation>Ударів: {n}; у зоні {label}: {k}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="153" />
      <location filename="../plugin/processing/nearest/reporting.py" line="154" />
      <source>{n} undated strikes were measured against the latest control snapshot.</source>
      <translation>Ударів без дати, виміряних за останнім зрізом карти контролю: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/pairs.py" line="19" />
      <source>{setting} entry '{entry}' is not of the form value=replacement; write pairs such as 'old=new;old=new', separated by ';'.</source>
      <translation>Запис {setting} '{entry}' не має вигляду значення=заміна; пишіть пари на зразок 'старе=нове;старе=нове' через ';'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="38" />
      <source>{setting} names column '{column}', which the input does not have; its columns are: {names}.</source>
      <translation>{setting} вказує стовпець '{column}', якого немає у вхідних даних; їхні стовпці: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="154" />
      <source>{what} has a colour for palette '{palette}', which the preset does not declare in 'palettes'.</source>
      <translation>{what} має колір для палітри '{palette}', яку пресет не оголошує в 'palettes'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="164" />
      <source>{what} has colour '{colour}' for palette '{palette}'; write it as #rrggbb.</source>
      <translation>{what} має колір '{colour}' для палітри '{palette}'; запишіть його як #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="174" />
      <source>{what} has no colour for palette '{palette}'.</source>
      <translation>{what} не має кольору для палітри '{palette}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="213" />
      <source>{what} has style colour '{colour}'; write it as #rrggbb.</source>
      <translation>у {what} колір стилю '{colour}'; запишіть його як #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="131" />
      <source>{what} must be a list of texts.</source>
      <translation>{what} має бути списком рядків.</translation>
    </message>
    <message>
      <source>Faction</source>
      <translation type="vanished">Сторона</translation>
    </message>
    <message>
      <source>For every strike StrikeCheck finds the faction(s) whose territory on the control map contains it, and the geodesic distance (WGS84 ellipsoid) to the nearest point of each faction's territory; 0 km means inside. The control map's accuracy bounds the answer: a strike a few km from a front line may fall on either side of it. Where the strikes carry a location precision, each becomes a disc: the conclusion 'held by X' survives only when X holds the whole disc. 'km to front' is the distance to the nearest border between the controlling faction and another one (not the coast). A control map with dated snapshots is read at each strike's date.</source>
      <translation type="vanished">Для кожного удару StrikeCheck знаходить сторону (або сторони), чия територія на карті контролю його містить, і геодезичну відстань (еліпсоїд WGS84) до найближчої точки території кожної сторони; 0 км означає «всередині». Точність карти контролю обмежує відповідь: удар за кілька кілометрів від лінії фронту може опинитися по будь-який її бік. Якщо для ударів указано точність місцезнаходження, кожен стає колом: висновок «під контролем X» зберігається, лише якщо X контролює все коло. «км до фронту» — відстань до найближчої межі між стороною, що контролює місцевість, та іншою стороною (не до узбережжя). Карту контролю з датованими зрізами читають на дату кожного удару.</translation>
    </message>
    <message>
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (SERIES 'snapshot' gives one page per snapshot; or filter the strikes by date, or set CONTROL_DATE) to compare like with like.</source>
      <translation type="vanished">Удари охоплюють {n} зрізів контролю (з {first} по {last}), але карта малює лише зріз від {date}: удари інших періодів показано поверх карти контролю, що не була чинною в їхній день. Щоб порівнювати порівнюване, робіть карту для кожного періоду окремо (SERIES 'snapshot' дає по сторінці на кожен знімок; або відфільтруйте удари за датою, або задайте CONTROL_DATE).</translation>
    </message>
    <message>
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (filter the strikes by date, or set CONTROL_DATE) to compare like with like.</source>
      <translation type="vanished">Удари охоплюють {n} зрізів контролю (з {first} по {last}), але карта малює лише зріз від {date}: удари інших періодів показано поверх карти контролю, що не була чинною в їхній день. Щоб порівнювати порівнюване, робіть карту для кожного періоду окремо (відфільтруйте удари за датою або задайте CONTROL_DATE).</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field and follows the title after a dash ('Strikes — 1 - 31 OCT 2022'). A long title shrinks, then wraps, to fit its frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: a time-aware control layer (dated snapshots in valid_from, as strikecheck:importcontrol writes them) is drawn as the snapshot in force on this day (YYYY-MM-DD): the latest valid_from on or before it, plus the undated features; empty: DATE when it is YYYY-MM-DD, else the latest strike date. The credits name it ('Control: DeepState, 1 OCT 2022') and the log warns when the strikes span several snapshots. Your layer is not changed: the map draws a filtered copy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Створює готову до публікації карту в манері карт конфліктів ISW: заголовок і дата, удари зірочками поверх територіального контролю, легенда (KEY), масштабна лінійка в км, стрілка півночі, врізка з розташуванням країни, висновок одним реченням і джерела. Кордони й назви країн беруться з карти світу, що входить до QGIS: нічого не завантажується. Макет будується за resources/layouts/strikecheck_map.qpt і, якщо ADD_TO_PROJECT не вимкнено, також додається до макетів проєкту, щоб його можна було відредагувати перед повторним експортом.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: удари, найкраще результат strikecheck:nearestfaction (потрібен для речення з висновком). Карта кадрується за ними.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: необов’язково; карта контролю й лінії до найближчої території. З TARGET_FACTION малюються лише лінії до неї, і кадр їх охоплює.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле сторони в шарі контролю (типово 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необов’язково, наприклад isis: висновок повідомляє, скільки ударів припало на її територію і як далеко від неї були решта.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (додатково): поле з назвою кожного удару на карті; порожньо: поле site, location, name, place або town, якщо ударів не більше 40.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: достовірність (повідомлення High-/Low-Confidence, як в ISW) або сторона, що контролює місцевість (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: оформити шари кольорами пресета, як це робить strikecheck:applystyle (шар проєкту зберігає новий стиль; дані не змінюються ніколи). Якщо вимкнено, використовуються ваші власні стилі.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: наприклад 'Russian Airstrikes' і '30 SEPT 2015'; порожня DATE береться з поля дати ударів. Дата, взята з ударів, стоїть після заголовка через тире ('Strikes — 1 - 31 OCT 2022'). Довгий заголовок зменшується, потім переноситься, щоб уміститися в рамку.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: шар контролю з датами (датовані зрізи у valid_from, як їх записує strikecheck:importcontrol) малюється зрізом, чинним цього дня (YYYY-MM-DD): останній valid_from не пізніше цього дня плюс об'єкти без дати; порожньо: DATE, якщо її записано як YYYY-MM-DD, інакше дата останнього удару. Рядок джерел називає його ('Control: DeepState, 1 OCT 2022'), а журнал попереджає, якщо удари охоплюють кілька зрізів. Ваш шар не змінюється: карта малює відфільтровану копію.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: рядок джерел 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (типово: назви шарів); NOTE додає речення під висновком.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 або A3, &lt;b&gt;ORIENTATION&lt;/b&gt; альбомна або книжкова, &lt;b&gt;DPI&lt;/b&gt; для PNG, &lt;b&gt;PADDING&lt;/b&gt; навколо ударів у % від кадрованого охоплення.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: необов’язково; країна на врізці (типово: та, де найбільше ударів), як її названо на карті світу QGIS, наприклад Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (додатково): власний .qpt, наприклад комплектний, переоформлений у конструкторі макетів. Елементи шукаються за ідентифікатором (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); відсутні пропускаються, main_map обов’язковий. Шрифти, кольори й рамки залишаються вашими; розташування відповідає PAPER і ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (додатково): також зберегти макет у проєкті разом із показаними на ньому шарами (контекстні шари карти світу в групі 'StrikeCheck map'). У qgis_process немає проєкту: там записуються лише файли.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: файли для запису (будь-які з них).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: the strikes' field that names them in LINES (default: strike_id, event_id_cnty or id when present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's own id from STRIKE_ID_FIELD, else its feature id), strike_fid (its feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Для кожного удару повідомляє, яка сторона контролювала місцевість, куди він припав, і вимірює геодезичну відстань (еліпсоїд WGS84, з точністю до 1 м) до найближчої території кожної сторони на карті контролю.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: точковий шар ударів (будь-яка СК; «Лише вибрані об’єкти» працює). Удар-мультиточка перебуває під контролем кожної сторони, що контролює будь-яку з його точок; його відстань до сторони — відстань від найближчої з його точок.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: територіальний контроль у вигляді полігонів, ліній фронту або точок контролю населених пунктів (будь-яка СК). Недійсні геометрії виправляються в пам’яті; шар ніколи не змінюється.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле CONTROL із назвою сторони. Значення, що об’єднує коди через '+' (змішаний клас з «Імпорт карти контролю», наприклад isis+jn+rebel), вважається територією кожного учасника.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: необов’язково; значення сторін для вимірювання через ';' (типово: усі наявні значення).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: необов’язково; відстані, більші за нього, дорівнюють NULL (і пошук іде швидше).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: удари з усіма їхніми полями та результатами, у СК шару ударів.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: необов’язково; для кожного удару й кожної сторони, поза територією якої він перебуває, найкоротша геодезична лінія до території цієї сторони. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: поле ударів, яким їх названо в LINES (типово strike_id, event_id_cnty або id, якщо є).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: необов’язково (типово: 'date' і 'valid_from', якщо вони є в шарах). Шар контролю з кількома датованими зрізами враховує час: кожен удар вимірюється за останнім зрізом на його дату або раніше; об’єкти контролю без дати діють в усіх зрізах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: удари, датовані раніше за перший зріз, або без дати: 'nearest' (перший зріз, а для ударів без дати — останній) або 'skip' (відповіді NULL, причина в snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необов’язково (типово: 'precision_km', якщо є): наскільки далеко, у км, справжнє місце може бути від точки. &lt;b&gt;PRECISION_KM&lt;/b&gt;: радіус для ударів без значення.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: також вимірювати відстань до фронту (типово так). &lt;b&gt;FRONT_LINES&lt;/b&gt;: необов’язковий шар ліній фронту, який використовується замість меж між полігонами сторін (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; задає їхні назви). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: наскільки близько мають проходити межі двох сторін, щоб вважатися одним фронтом (на картах, намальованих уручну, вершини рідко збігаються; типово 0,5 км).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (типово) виконує аналіз як SQL усередині PostGIS, якщо STRIKES і CONTROL — шари однієї бази даних PostGIS, інакше локально; 'local' або 'database' задають рушій примусово. Відповіді однакові (відстані збігаються з точністю до 1 м). Поки що не підтримуються в базі даних: LINES, датовані зрізи контролю, FRONT_LINES, лише вибрані об’єкти; тоді auto виконує аналіз локально й повідомляє причину. Якщо OUTPUT — таблиця цієї бази даних, результати записуються в неї однією транзакцією.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Вихідні поля&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: сторона (сторони), чия територія містить удар, відсортовані й об’єднані через '+' (удар на спільній межі або на територіях, що перекриваються, належить кожній); NULL, якщо удар не контролює жодна сторона. Удар у дірці полігона перебуває поза ним.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: геодезичні кілометри до найближчої точки території цієї сторони, 0 усередині. Значення сторони нормалізується в назву поля (ASCII в нижньому регістрі, '_' замість інших символів), наприклад dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: найближча сторона, крім тієї, що контролює місцевість (для удару, який ніхто не контролює: найближча сторона).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: відстань до найближчого фронту між стороною, що контролює удар, та іншою стороною (узбережжя й межі з нічийною землею фронтом не вважаються; 0 на самій лінії) і хто перебуває по той бік; для удару, який ніхто не контролює, — межа найближчої сторони й ця сторона. Поблизу місця, де фронт виходить до узбережжя, значення може бути заниженим щонайбільше на FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: зріз контролю, за яким виміряно кожен удар, і причина, якщо це не очевидний зріз (лише з урахуванням часу).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: за заданої точності — кожна сторона, чиєї території торкається коло можливих положень удару, і чи контролює одна сторона все коло (висновок витримує невизначеність).&lt;/li&gt;&lt;/ul&gt;Назва поля, уже зайнята в шарі ударів, отримує числовий суфікс. Поля LINES: strike_id (власний ідентифікатор удару зі STRIKE_ID_FIELD, інакше ідентифікатор його об’єкта), strike_fid (ідентифікатор його об’єкта), faction, km.&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Gives a layer the ISW-like look of published conflict maps, with colours and legend labels ('Regime Control', 'ISIS Control', ...) from a faction preset. &lt;b&gt;Only the layer's style changes, never its data&lt;/b&gt;; undo it with the layer's Properties &amp;gt; Symbology.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: the layer to style (a layer of the project, or a file when QML_FILE saves the style).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = territorial control (fills per faction, mixed classes hatched in their members' colours, front lines as heavy lines, town points as dots with a ring when STATUS_FIELD says besieged or contested); strikes = starbursts by High-Confidence / Low-Confidence reporting; results = the output of strikecheck:nearestfaction, starbursts coloured by controlled_by; lines = lines to nearest territory, dashed and labelled '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic, or your own preset in the QGIS profile's strikecheck/presets folder; PRESET_FILE (advanced) takes a .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: optional; a palette of the preset, e.g. isw-like or wikipedia (default: the preset's own default).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; the field naming the faction (default: 'faction' for control and lines, 'controlled_by' for results). Values may be codes, labels or any alias the preset knows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: optional, strikes; default 'confidence' with values high / low (anything else is drawn as an unrated report).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional; results are labelled with their distance to this faction (field dist_&amp;lt;faction&amp;gt;_km), lines show only the lines to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; strikes and results are labelled with it (e.g. the place name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: optional; control points whose value is besieged, siege, encircled or contested get a ring.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: optional; also save the style as a .qml file.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Надає шару вигляду опублікованих карт конфліктів у стилі ISW: кольори й підписи легенди ('Regime Control', 'ISIS Control', ...) з пресета сторін. &lt;b&gt;Змінюється лише стиль шару, але не його дані&lt;/b&gt;; скасувати можна у властивостях шару &amp;gt; Символіка.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: шар для оформлення (шар проєкту або файл, якщо QML_FILE зберігає стиль).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = територіальний контроль (заливка за сторонами, змішані класи заштриховані кольорами учасників, лінії фронту — жирними лініями, населені пункти — точками з кільцем, якщо STATUS_FIELD вказує на облогу чи спірний статус); strikes = зірочки за достовірністю повідомлення High-Confidence / Low-Confidence; results = результат strikecheck:nearestfaction, зірочки забарвлені за controlled_by; lines = лінії до найближчої території, пунктирні, з підписами на зразок '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic або власний пресет у теці strikecheck/presets профілю QGIS; PRESET_FILE (додатково) приймає файл .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: необов’язково; палітра пресета, наприклад isw-like або wikipedia (типово: типова палітра пресета).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: необов’язково; поле з назвою сторони (типово: 'faction' для control і lines, 'controlled_by' для results). Значеннями можуть бути коди, підписи або будь-які відомі пресету псевдоніми.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: необов’язково, для strikes; типово 'confidence' зі значеннями high / low (усе інше малюється як неоцінене повідомлення).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необов’язково; результати підписуються відстанню до цієї сторони (поле dist_&amp;lt;faction&amp;gt;_km), для lines показуються лише лінії до неї.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: необов’язково; удари й результати підписуються за цим полем (наприклад, назва місця).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: необов’язково; точки контролю зі значенням besieged, siege, encircled або contested отримують кільце.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: необов’язково; також зберегти стиль у файл .qml.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Створює готову до публікації карту в манері карт конфліктів ISW: заголовок і дата, удари зірочками поверх територіального контролю, легенда (KEY), масштабна лінійка в км, стрілка півночі, врізка з розташуванням країни, висновок одним реченням і джерела. Кордони й назви країн беруться з карти світу, що входить до QGIS: нічого не завантажується. Макет будується за resources/layouts/strikecheck_map.qpt і, якщо ADD_TO_PROJECT не вимкнено, також додається до макетів проєкту, щоб його можна було відредагувати перед повторним експортом.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: удари, найкраще результат strikecheck:nearestfaction (потрібен для речення з висновком). Карта кадрується за ними.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: необов’язково; карта контролю й лінії до найближчої території. З TARGET_FACTION малюються лише лінії до неї, і кадр їх охоплює.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле сторони в шарі контролю (типово 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необов’язково, наприклад isis: висновок повідомляє, скільки ударів припало на її територію і як далеко від неї були решта.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (додатково): поле з назвою кожного удару на карті; порожньо: поле site, location, name, place або town, якщо ударів не більше 40.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: достовірність (повідомлення High-/Low-Confidence, як в ISW) або сторона, що контролює місцевість (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: оформити шари кольорами пресета, як це робить strikecheck:applystyle (шар проєкту зберігає новий стиль; дані не змінюються ніколи). Якщо вимкнено, використовуються ваші власні стилі.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: наприклад 'Russian Airstrikes' і '30 SEPT 2015'; порожня DATE береться з поля дати ударів.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: рядок джерел 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (типово: назви шарів); NOTE додає речення під висновком.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 або A3, &lt;b&gt;ORIENTATION&lt;/b&gt; альбомна або книжкова, &lt;b&gt;DPI&lt;/b&gt; для PNG, &lt;b&gt;PADDING&lt;/b&gt; навколо ударів у % від кадрованого охоплення.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: необов’язково; країна на врізці (типово: та, де найбільше ударів), як її названо на карті світу QGIS, наприклад Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (додатково): власний .qpt, наприклад комплектний, переоформлений у конструкторі макетів. Елементи шукаються за ідентифікатором (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); відсутні пропускаються, main_map обов’язковий. Шрифти, кольори й рамки залишаються вашими; розташування відповідає PAPER і ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (додатково): також зберегти макет у проєкті разом із показаними на ньому шарами (контекстні шари карти світу в групі 'StrikeCheck map'). У qgis_process немає проєкту: там записуються лише файли.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: файли для запису (будь-які з них).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. One output feature per input feature; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output. A KML or KMZ file (a Google My Maps export, for instance) is read by StrikeCheck itself: every placemark of every folder, with a folder column (FACTION_FIELD=folder when each faction has its own folder) and its ExtendedData columns.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature, with these fields first:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Робить карту територіального контролю придатною для StrikeCheck: текст сторони в кожному об’єкті ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') стає канонічним кодом сторони з пресета, геометрії виправляються, і кожен об’єкт отримує дату, з якої він чинний. Один вихідний об’єкт на кожен вхідний; вхідні дані не змінюються.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: полігони (зони в стилі ISW), лінії (лінії фронту) або точки (позначки контролю населених пунктів, як їх публікують Центр Картера й Вікіпедія); будь-яка СК, зберігається в результаті. Файл KML або KMZ (наприклад, експорт Google My Maps) StrikeCheck читає сам: кожна мітка кожної теки, зі стовпцем folder (FACTION_FIELD=folder, коли кожна сторона має свою теку) та її стовпцями ExtendedData.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле, що вказує, хто контролює кожен об’єкт. Порожньо: перше наявне з faction, control, controlled_by, side, mark, label, name...&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: пресет сторін: syria-2015 (класи в стилі ISW: regime, rebel, isis, jn, kurdish і змішані класи), ukraine (ukraine_held, russia_occupied, contested; написання англійською, українською та російською), generic (будь-які значення) або власний пресет у &amp;lt;профіль QGIS&amp;gt;/strikecheck/presets. 'auto' вибирає пресет, що розпізнає найбільше значень (generic, якщо жоден).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: необов’язково; файл пресета JSON, який використовується замість нього.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: необов’язкові ручні зіставлення 'вихідне=код;вихідне=код', що застосовуються раніше за псевдоніми пресета, наприклад 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Порівняння не враховує регістр, діакритику й пунктуацію. Кодом може бути код пресета, псевдонім, кілька кодів через '+' або новий код.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необов’язково; дата, з якої чинний кожен об’єкт (дата зрізу). Ті самі формати, що й під час імпорту ударів.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: порядок дня й місяця в числових датах: визначається один раз для всього стовпця (із зупинкою та повідомленням, якщо за стовпцем цього не зрозуміти) або задається.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: необов’язково; дата карти (наприклад, 2015-09-27) для об’єктів із порожнім DATE_FIELD або для всіх, якщо DATE_FIELD немає.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Результат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: карта контролю в СК вхідних даних, по одному об’єкту на кожен вхідний, із такими першими полями:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: канонічний код, наприклад isis. Змішаний клас ('ISIS, JN, and Rebel Control', 'Kurds/Government') отримує коди учасників, відсортовані й об’єднані через '+' (isis+jn+rebel, kurdish+regime): аналіз вважає його територією кожного учасника. Значення, що не збіглося з жодним псевдонімом, зберігає власний нормалізований код (ASCII в нижньому регістрі, '_' між словами) і вказується в журналі як 'unrecognised, kept as ...'. NULL, якщо об’єкт не має значення сторони.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: текст легенди для класу, наприклад 'ISIS Control', 'ISIS, JN, and Rebel Control'; для нерозпізнаного значення — його власний текст.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: початковий текст.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: дата або NULL.&lt;/li&gt;&lt;/ul&gt;Далі всі початкові поля; поле, чия назва збігається з однією з цих, зберігається як &amp;lt;назва&amp;gt;_orig. Полігональні й лінійні результати — складені (виправлення може розділити геометрію); геометрія, що після виправлення лишилася порожньою, зберігається як NULL із попередженням.&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>No faction field found (looked for {tried}); set FACTION_FIELD to the field that names who holds each feature (fields: {names}).</source>
      <translation type="vanished">Поле сторони не знайдено (перевірено: {tried}); укажіть у FACTION_FIELD поле, яке називає, хто контролює кожен об’єкт (поля: {names}).</translation>
    </message>
    <message>
      <source>{n} features are not of the layer's geometry type ({kind}; a layer holds one), kept with NULL geometry: features {ids}. Import them as a layer of their own.</source>
      <translation type="vanished">Об'єктів не того типу геометрії, що в шару ({kind}; у шару він один): {n}, збережено з геометрією NULL: об'єкти {ids}. Імпортуйте їх окремим шаром.</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Для кожного удару повідомляє, яка сторона контролювала місцевість, куди він припав, і вимірює геодезичну відстань (еліпсоїд WGS84, з точністю до 1 м) до найближчої території кожної сторони на карті контролю.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: точковий шар ударів (будь-яка СК; «Лише вибрані об’єкти» працює). Удар-мультиточка перебуває під контролем кожної сторони, що контролює будь-яку з його точок; його відстань до сторони — відстань від найближчої з його точок.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: територіальний контроль у вигляді полігонів, ліній фронту або точок контролю населених пунктів (будь-яка СК). Недійсні геометрії виправляються в пам’яті; шар ніколи не змінюється.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле CONTROL із назвою сторони. Значення, що об’єднує коди через '+' (змішаний клас з «Імпорт карти контролю», наприклад isis+jn+rebel), вважається територією кожного учасника.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: необов’язково; значення сторін для вимірювання через ';' (типово: усі наявні значення).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: необов’язково; відстані, більші за нього, дорівнюють NULL (і пошук іде швидше).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: удари з усіма їхніми полями та результатами, у СК шару ударів.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: необов’язково; для кожного удару й кожної сторони, поза територією якої він перебуває, найкоротша геодезична лінія до території цієї сторони.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: необов’язково (типово: 'date' і 'valid_from', якщо вони є в шарах). Шар контролю з кількома датованими зрізами враховує час: кожен удар вимірюється за останнім зрізом на його дату або раніше; об’єкти контролю без дати діють в усіх зрізах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: удари, датовані раніше за перший зріз, або без дати: 'nearest' (перший зріз, а для ударів без дати — останній) або 'skip' (відповіді NULL, причина в snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необов’язково (типово: 'precision_km', якщо є): наскільки далеко, у км, справжнє місце може бути від точки. &lt;b&gt;PRECISION_KM&lt;/b&gt;: радіус для ударів без значення.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: також вимірювати відстань до фронту (типово так). &lt;b&gt;FRONT_LINES&lt;/b&gt;: необов’язковий шар ліній фронту, який використовується замість меж між полігонами сторін (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; задає їхні назви). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: наскільки близько мають проходити межі двох сторін, щоб вважатися одним фронтом (на картах, намальованих уручну, вершини рідко збігаються; типово 0,5 км).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (типово) виконує аналіз як SQL усередині PostGIS, якщо STRIKES і CONTROL — шари однієї бази даних PostGIS, інакше локально; 'local' або 'database' задають рушій примусово. Відповіді однакові (відстані збігаються з точністю до 1 м). Поки що не підтримуються в базі даних: LINES, датовані зрізи контролю, FRONT_LINES, лише вибрані об’єкти; тоді auto виконує аналіз локально й повідомляє причину. Якщо OUTPUT — таблиця цієї бази даних, результати записуються в неї однією транзакцією.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Вихідні поля&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: сторона (сторони), чия територія містить удар, відсортовані й об’єднані через '+' (удар на спільній межі або на територіях, що перекриваються, належить кожній); NULL, якщо удар не контролює жодна сторона. Удар у дірці полігона перебуває поза ним.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: геодезичні кілометри до найближчої точки території цієї сторони, 0 усередині. Значення сторони нормалізується в назву поля (ASCII в нижньому регістрі, '_' замість інших символів), наприклад dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: найближча сторона, крім тієї, що контролює місцевість (для удару, який ніхто не контролює: найближча сторона).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: відстань до найближчого фронту між стороною, що контролює удар, та іншою стороною (узбережжя й межі з нічийною землею фронтом не вважаються; 0 на самій лінії) і хто перебуває по той бік; для удару, який ніхто не контролює, — межа найближчої сторони й ця сторона. Поблизу місця, де фронт виходить до узбережжя, значення може бути заниженим щонайбільше на FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: зріз контролю, за яким виміряно кожен удар, і причина, якщо це не очевидний зріз (лише з урахуванням часу).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: за заданої точності — кожна сторона, чиєї території торкається коло можливих положень удару, і чи контролює одна сторона все коло (висновок витримує невизначеність).&lt;/li&gt;&lt;/ul&gt;Назва поля, уже зайнята в шарі ударів, отримує числовий суфікс. Поля LINES: strike_id (ідентифікатор об’єкта удару), faction, km.&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>Factions in the control map: {names}</source>
      <translation type="vanished">Сторони на карті контролю: {names}</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. One output feature per input feature; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature, with these fields first:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Робить карту територіального контролю придатною для StrikeCheck: текст сторони в кожному об’єкті ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') стає канонічним кодом сторони з пресета, геометрії виправляються, і кожен об’єкт отримує дату, з якої він чинний. Один вихідний об’єкт на кожен вхідний; вхідні дані не змінюються.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: полігони (зони в стилі ISW), лінії (лінії фронту) або точки (позначки контролю населених пунктів, як їх публікують Центр Картера й Вікіпедія); будь-яка СК, зберігається в результаті.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле, що вказує, хто контролює кожен об’єкт. Порожньо: перше наявне з faction, control, controlled_by, side, mark, label, name...&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: пресет сторін: syria-2015 (класи в стилі ISW: regime, rebel, isis, jn, kurdish і змішані класи), ukraine (ukraine_held, russia_occupied, contested; написання англійською, українською та російською), generic (будь-які значення) або власний пресет у &amp;lt;профіль QGIS&amp;gt;/strikecheck/presets. 'auto' вибирає пресет, що розпізнає найбільше значень (generic, якщо жоден).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: необов’язково; файл пресета JSON, який використовується замість нього.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: необов’язкові ручні зіставлення 'вихідне=код;вихідне=код', що застосовуються раніше за псевдоніми пресета, наприклад 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Порівняння не враховує регістр, діакритику й пунктуацію. Кодом може бути код пресета, псевдонім, кілька кодів через '+' або новий код.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необов’язково; дата, з якої чинний кожен об’єкт (дата зрізу). Ті самі формати, що й під час імпорту ударів.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: порядок дня й місяця в числових датах: визначається один раз для всього стовпця (із зупинкою та повідомленням, якщо за стовпцем цього не зрозуміти) або задається.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: необов’язково; дата карти (наприклад, 2015-09-27) для об’єктів із порожнім DATE_FIELD або для всіх, якщо DATE_FIELD немає.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Результат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: карта контролю в СК вхідних даних, по одному об’єкту на кожен вхідний, із такими першими полями:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: канонічний код, наприклад isis. Змішаний клас ('ISIS, JN, and Rebel Control', 'Kurds/Government') отримує коди учасників, відсортовані й об’єднані через '+' (isis+jn+rebel, kurdish+regime): аналіз вважає його територією кожного учасника. Значення, що не збіглося з жодним псевдонімом, зберігає власний нормалізований код (ASCII в нижньому регістрі, '_' між словами) і вказується в журналі як 'unrecognised, kept as ...'. NULL, якщо об’єкт не має значення сторони.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: текст легенди для класу, наприклад 'ISIS Control', 'ISIS, JN, and Rebel Control'; для нерозпізнаного значення — його власний текст.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: початковий текст.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: дата або NULL.&lt;/li&gt;&lt;/ul&gt;Далі всі початкові поля; поле, чия назва збігається з однією з цих, зберігається як &amp;lt;назва&amp;gt;_orig. Полігональні й лінійні результати — складені (виправлення може розділити геометрію); геометрія, що після виправлення лишилася порожньою, зберігається як NULL із попередженням.&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Turns a table of strikes as analysts receive it (an ACLED export, an Airwars-style table, a hand-typed CSV, a KML from a map service) into a clean StrikeCheck point layer in WGS84, and lists every row that could not become a strike with its line number and the reason. Nothing is dropped silently.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a file (CSV, TSV or semicolon-separated text; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) or any layer. Text files are read by StrikeCheck itself so that every line can be reported: UTF-8 with or without BOM, UTF-16, or Windows-1252 (Western European) when that is unambiguous; anything else is refused with a message rather than read as garbled text. The delimiter is found by itself. A loaded delimited-text layer is read from its file the same way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: optional; the latitude and longitude columns (decimal degrees, decimal commas, N/S/E/W letters or degrees-minutes-seconds). Found by name when empty: latitude/lat/y and longitude/lon/lng/long/x in any case, ACLED's included.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: optional; a column holding WKT points ('POINT (36.3 35.8)') or 'lat, lon' text ('35.8126, 36.3176', as Airwars writes it). Found by name or content when no latitude/longitude columns exist. Without any of these the layer's point geometry is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: optional QGIS expression over the input's own columns; rows for which it is false are left out (counted in the log, not errors). Empty: ACLED exports keep only sub_event_type = 'Air/drone strike', other inputs keep every row. Write TRUE to keep every row of an ACLED export.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date column (found by name when empty: event_date, date, ...). Reads 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: for dd/mm/yyyy versus mm/dd/yyyy. 'Detect' decides once for the whole column from dates that can only be read one way, and stops with a message when nothing decides it; it never guesses row by row.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional; found by name when empty (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: optional 'value=high;value=low' pairs for confidence values other than high/low (e.g. Airwars gradings: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: how far, in km, a strike may be from its coordinates for each precision code or word, e.g. ACLED geo_precision 1 (the town), 2 (near a town), 3 (a region or provincial capital). Default: {precision}. These distances are StrikeCheck's assumption, not ACLED's or Airwars'. A precision column whose name ends in km is taken as kilometres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: optional area where the strikes should be; rows outside it are rejected, and a whole column of exchanged latitude/longitude is detected by it even where both stay within ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: optional encoding of a text file (e.g. windows-1256 for Arabic Windows text); empty: detected.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with &lt;b&gt;strike_id&lt;/b&gt; (text: the id column, or the line number / feature id), &lt;b&gt;date&lt;/b&gt; (date or NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low or NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, then every original column with its values untouched (empty cells of a text file become NULL). An original column whose name clashes with one of these is kept as &amp;lt;name&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: a table of the rows that could not become strikes: &lt;b&gt;line&lt;/b&gt; (line number in a text file, row in a spreadsheet), &lt;b&gt;feature_id&lt;/b&gt; (feature id in a layer; not named fid, which GeoPackage reserves), &lt;b&gt;reason&lt;/b&gt; (e.g. 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") and &lt;b&gt;raw&lt;/b&gt; (the row as written).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A whole column of exchanged latitude and longitude (latitudes beyond ±90 while every longitude is within ±90) is detected and read the other way round, with a warning; columns you choose yourself are used as given.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Перетворює таблицю ударів у тому вигляді, у якому її отримують аналітики (вивантаження ACLED, таблиця в стилі Airwars, набраний уручну CSV, KML із картографічного сервісу), на чистий точковий шар StrikeCheck у WGS84 і перелічує кожен рядок, що не став ударом, із номером рядка та причиною. Нічого не відкидається мовчки.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: файл (CSV, TSV або текст із роздільником-крапкою з комою; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) або будь-який шар. Текстові файли StrikeCheck читає сам, щоб повідомляти про кожен рядок: UTF-8 з BOM або без, UTF-16 чи Windows-1252 (західноєвропейське), якщо це однозначно; будь-яке інше кодування відхиляється з повідомленням, а не читається спотвореним текстом. Роздільник визначається автоматично. Завантажений шар тексту з роздільниками читається зі свого файлу так само.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: необов’язково; стовпці широти й довготи (десяткові градуси, десяткові коми, літери N/S/E/W або градуси-хвилини-секунди). Якщо порожньо, знаходяться за назвою: latitude/lat/y і longitude/lon/lng/long/x у будь-якому регістрі, зокрема стовпці ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: необов’язково; стовпець із точками WKT ('POINT (36.3 35.8)') або текстом 'lat, lon' ('35.8126, 36.3176', як пише Airwars). Знаходиться за назвою або вмістом, якщо стовпців широти й довготи немає. Якщо немає нічого з цього, використовується точкова геометрія шару.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: необов’язковий вираз QGIS за стовпцями вхідних даних; рядки, для яких він хибний, вилучаються (враховуються в журналі, але не як помилки). Порожньо: з вивантажень ACLED лишаються тільки рядки з sub_event_type = 'Air/drone strike', з інших вхідних даних — усі рядки. Напишіть TRUE, щоб залишити всі рядки вивантаження ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необов’язково; стовпець дати (якщо порожньо, знаходиться за назвою: event_date, date, ...). Читає 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: дд/мм/рррр чи мм/дд/рррр. 'Detect' вирішує один раз для всього стовпця за датами, які читаються лише одним способом, і зупиняється з повідомленням, якщо вирішити нема за чим; він ніколи не вгадує порядково.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необов’язково; якщо порожньо, знаходяться за назвою (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: необов’язкові пари 'значення=high;значення=low' для значень достовірності, відмінних від high/low (наприклад, оцінки Airwars: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: наскільки далеко, у км, удар може бути від своїх координат для кожного коду або слова точності, наприклад geo_precision в ACLED: 1 (населений пункт), 2 (поблизу населеного пункту), 3 (район або адміністративний центр провінції). Типово: {precision}. Ці відстані — припущення StrikeCheck, а не ACLED чи Airwars. Стовпець точності, назва якого закінчується на km, читається в кілометрах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: необов’язково; район, де мають бути удари; рядки поза ним відхиляються, а за ним же розпізнається цілий стовпець переплутаних широт і довгот, навіть якщо обидва значення лишаються в межах ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: необов’язкове кодування текстового файлу (наприклад, windows-1256 для арабського тексту Windows); порожньо: визначається.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Результати&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: точки в EPSG:4326 з полями &lt;b&gt;strike_id&lt;/b&gt; (текст: стовпець ідентифікатора або номер рядка / ідентифікатор об’єкта), &lt;b&gt;date&lt;/b&gt; (дата або NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low або NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, далі всі початкові стовпці з незмінними значеннями (порожні клітинки текстового файлу стають NULL). Початковий стовпець, чия назва збігається з однією з цих, зберігається як &amp;lt;назва&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: таблиця рядків, що не стали ударами: &lt;b&gt;line&lt;/b&gt; (номер рядка в текстовому файлі, рядок в електронній таблиці), &lt;b&gt;feature_id&lt;/b&gt; (ідентифікатор об’єкта в шарі; не називається fid, бо цю назву резервує GeoPackage), &lt;b&gt;reason&lt;/b&gt; (наприклад, 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") і &lt;b&gt;raw&lt;/b&gt; (рядок у початковому вигляді).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Цілий стовпець переплутаних широт і довгот (широти поза межами ±90, хоча всі довготи в межах ±90) розпізнається й читається навпаки, з попередженням; стовпці, які ви вибрали самі, використовуються як є.&lt;/p&gt;&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Для кожного удару повідомляє, яка сторона контролювала місцевість, куди він припав, і вимірює геодезичну відстань (еліпсоїд WGS84, з точністю до 1 м) до найближчої території кожної сторони на карті контролю.&lt;/p&gt;&lt;h3&gt;Параметри&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: точковий шар ударів (будь-яка СК; «Лише вибрані об’єкти» працює). Удар-мультиточка перебуває під контролем кожної сторони, що контролює будь-яку з його точок; його відстань до сторони — відстань від найближчої з його точок.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: територіальний контроль у вигляді полігонів, ліній фронту або точок контролю населених пунктів (будь-яка СК). Недійсні геометрії виправляються в пам’яті; шар ніколи не змінюється.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле CONTROL із назвою сторони. Значення, що об’єднує коди через '+' (змішаний клас з «Імпорт карти контролю», наприклад isis+jn+rebel), вважається територією кожного учасника.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: необов’язково; значення сторін для вимірювання через ';' (типово: усі наявні значення).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: необов’язково; відстані, більші за нього, дорівнюють NULL (і пошук іде швидше).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: удари з усіма їхніми полями та результатами, у СК шару ударів.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: необов’язково; для кожного удару й кожної сторони, поза територією якої він перебуває, найкоротша геодезична лінія до території цієї сторони.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: необов’язково (типово: 'date' і 'valid_from', якщо вони є в шарах). Шар контролю з кількома датованими зрізами враховує час: кожен удар вимірюється за останнім зрізом на його дату або раніше; об’єкти контролю без дати діють в усіх зрізах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: удари, датовані раніше за перший зріз, або без дати: 'nearest' (перший зріз, а для ударів без дати — останній) або 'skip' (відповіді NULL, причина в snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необов’язково (типово: 'precision_km', якщо є): наскільки далеко, у км, справжнє місце може бути від точки. &lt;b&gt;PRECISION_KM&lt;/b&gt;: радіус для ударів без значення.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: також вимірювати відстань до фронту (типово так). &lt;b&gt;FRONT_LINES&lt;/b&gt;: необов’язковий шар ліній фронту, який використовується замість меж між полігонами сторін (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; задає їхні назви). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: наскільки близько мають проходити межі двох сторін, щоб вважатися одним фронтом (на картах, намальованих уручну, вершини рідко збігаються; типово 0,5 км).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Вихідні поля&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: сторона (сторони), чия територія містить удар, відсортовані й об’єднані через '+' (удар на спільній межі або на територіях, що перекриваються, належить кожній); NULL, якщо удар не контролює жодна сторона. Удар у дірці полігона перебуває поза ним.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: геодезичні кілометри до найближчої точки території цієї сторони, 0 усередині. Значення сторони нормалізується в назву поля (ASCII в нижньому регістрі, '_' замість інших символів), наприклад dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: найближча сторона, крім тієї, що контролює місцевість (для удару, який ніхто не контролює: найближча сторона).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: відстань до найближчого фронту між стороною, що контролює удар, та іншою стороною (узбережжя й межі з нічийною землею фронтом не вважаються; 0 на самій лінії) і хто перебуває по той бік; для удару, який ніхто не контролює, — межа найближчої сторони й ця сторона. Поблизу місця, де фронт виходить до узбережжя, значення може бути заниженим щонайбільше на FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: зріз контролю, за яким виміряно кожен удар, і причина, якщо це не очевидний зріз (лише з урахуванням часу).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: за заданої точності — кожна сторона, чиєї території торкається коло можливих положень удару, і чи контролює одна сторона все коло (висновок витримує невизначеність).&lt;/li&gt;&lt;/ul&gt;Назва поля, уже зайнята в шарі ударів, отримує числовий суфікс. Поля LINES: strike_id (ідентифікатор об’єкта удару), faction, km.&lt;h3&gt;Приклад&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckDatabase</name>
    <message>
      <location filename="../plugin/database/connection.py" line="126" />
      <location filename="../plugin/database/connection.py" line="127" />
      <source>Could not connect to the database {place}: {reason}</source>
      <translation>Не вдалося під’єднатися до бази даних {place}: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/database/connection.py" line="38" />
      <source>The database engine needs the Python package psycopg2, which this QGIS does not have (Debian/Ubuntu: apt install python3-psycopg2; elsewhere: python3 -m pip install psycopg2-binary).</source>
      <translation>Рушію бази даних потрібен пакет Python psycopg2, якого немає в цьому QGIS (Debian/Ubuntu: apt install python3-psycopg2; в інших системах: python3 -m pip install psycopg2-binary).</translation>
    </message>
    <message>
      <location filename="../plugin/database/connection.py" line="100" />
      <location filename="../plugin/database/connection.py" line="101" />
      <source>The layer's QGIS authentication configuration '{id}' could not be used; check it in Settings &gt; Options &gt; Authentication.</source>
      <translation>Конфігурацію автентифікації QGIS '{id}' для шару не вдалося використати; перевірте її в меню Параметри &gt; Налаштування &gt; Автентифікація.</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckDock</name>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="24" />
      <source>Automatic (PostGIS when both layers are in it)</source>
      <translation>Автоматично (PostGIS, якщо обидва шари в ньому)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="31" />
      <location filename="../plugin/gui/factions_panel.py" line="104" />
      <source>Automatic (best match)</source>
      <translation>Автоматично (найкращий збіг)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="103" />
      <source>Automatic: {preset}</source>
      <translation>Автоматично: {preset}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="47" />
      <source>Beside the project file</source>
      <translation>Поруч із файлом проєкту</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="189" />
      <location filename="../plugin/gui/results_panel.py" line="190" />
      <source>CSV files (*.csv)</source>
      <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="129" />
      <location filename="../plugin/gui/factions_panel.py" line="130" />
      <source>Choose a control map and its faction field first.</source>
      <translation>Спершу виберіть карту контролю та її поле сторони.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="77" />
      <source>Choose a strike layer and a control map first.</source>
      <translation>Спершу виберіть шар ударів і карту контролю.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="79" />
      <location filename="../plugin/gui/export_panel.py" line="80" />
      <source>Choose the control map the strikes were analysed against.</source>
      <translation>Виберіть карту контролю, за якою аналізувалися удари.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="79" />
      <source>Choose the control map's faction field first.</source>
      <translation>Спершу виберіть поле сторони на карті контролю.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="121" />
      <location filename="../plugin/gui/data_panel.py" line="125" />
      <source>Control maps (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;Georeferenced map images (*.tif *.tiff *.png *.jpg *.jpeg);;All files (*)</source>
      <translation>Карти контролю (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;Прив'язані зображення карт (*.tif *.tiff *.png *.jpg *.jpeg);;Усі файли (*)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="198" />
      <location filename="../plugin/gui/results_panel.py" line="199" />
      <source>Could not write {path}: {reason}</source>
      <translation>Не вдалося записати {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="31" />
      <source>Export map</source>
      <translation>Експорт карти</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="189" />
      <location filename="../plugin/gui/results_panel.py" line="190" />
      <source>Export results as CSV</source>
      <translation>Експорт результатів у CSV</translation>
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
      <translation>Імпорт карти контролю</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="211" />
      <location filename="../plugin/gui/data_panel.py" line="213" />
      <source>Import strikes</source>
      <translation>Імпорт ударів</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="26" />
      <source>Inside the PostGIS database</source>
      <translation>Усередині бази даних PostGIS</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="58" />
      <location filename="../plugin/gui/export_panel.py" line="59" />
      <source>Map exported: {pdf} (the layout is in the project's layout manager).</source>
      <translation>Карту експортовано: {pdf} (макет є в менеджері макетів проєкту).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="162" />
      <location filename="../plugin/gui/data_panel.py" line="163" />
      <source>No faction has a colour: nothing to import.</source>
      <translation>Жодна сторона не має кольору: немає чого імпортувати.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="134" />
      <location filename="../plugin/gui/results_panel.py" line="135" />
      <source>No results: run the analysis first (the results layer was removed or none was made yet).</source>
      <translation>Немає результатів: спершу запустіть аналіз (шар результатів вилучено або ще не створено).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="25" />
      <source>On this computer</source>
      <translation>На цьому комп’ютері</translation>
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
      <translation>Попередні результати (триває новий аналіз): {summary}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="66" />
      <location filename="../plugin/gui/export_panel.py" line="67" />
      <source>Report written: {pdf}</source>
      <translation>Звіт записано: {pdf}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="23" />
      <source>Skip them, saying why</source>
      <translation>Пропустити із зазначенням причини</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="143" />
      <source>Stopped: {reason}</source>
      <translation>Зупинено: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="211" />
      <location filename="../plugin/gui/data_panel.py" line="215" />
      <source>Strike files (*.csv *.tsv *.txt *.geojson *.json *.gpkg *.shp *.kml *.kmz *.xlsx);;All files (*)</source>
      <translation>Файли ударів (*.csv *.tsv *.txt *.geojson *.json *.gpkg *.shp *.kml *.kmz *.xlsx);;Усі файли (*)</translation>
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
      <translation>Удари й територіальний контроль</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="141" />
      <source>The algorithm failed.</source>
      <translation>Збій алгоритму.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="22" />
      <source>Use the nearest snapshot</source>
      <translation>Використати найближчий зріз</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="49" />
      <source>Write report</source>
      <translation>Записати звіт</translation>
    </message>
    <message>
      <location filename="../plugin/gui/runner.py" line="114" />
      <source>cancelled by you</source>
      <translation>скасовано вами</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="44" />
      <source>strikes</source>
      <translation>удари</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="158" />
      <source>{name} (factions)</source>
      <translation>{name} (сторони)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="203" />
      <source>{name} (from image)</source>
      <translation>{name} (із зображення)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="56" />
      <source>{name}: lines to nearest territory</source>
      <translation>{name}: лінії до найближчої території</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="46" />
      <source>{name}: nearest faction</source>
      <translation>{name}: найближча сторона</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="252" />
      <source>{name}: rejected rows</source>
      <translation>{name}: відхилені рядки</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="204" />
      <location filename="../plugin/gui/data_panel.py" line="205" />
      <source>{n} control areas read from the image.</source>
      <translation>Областей контролю, зчитаних із зображення: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="108" />
      <location filename="../plugin/gui/data_panel.py" line="109" />
      <source>{n} of {total} selected</source>
      <translation>Вибрано: {n} з {total}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="182" />
      <source>{n} rows copied.</source>
      <translation>Скопійовано рядків: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="203" />
      <location filename="../plugin/gui/results_panel.py" line="204" />
      <source>{n} rows written to {path}.</source>
      <translation>Записано рядків: {n} у {path}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="255" />
      <location filename="../plugin/gui/data_panel.py" line="256" />
      <source>{n} strikes imported, {m} rows rejected: see the layer '{errors}'.</source>
      <translation>Імпортовано ударів: {n}, відхилено рядків: {m}; див. шар '{errors}'.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="247" />
      <location filename="../plugin/gui/data_panel.py" line="248" />
      <source>{n} strikes imported.</source>
      <translation>Імпортовано ударів: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="138" />
      <location filename="../plugin/gui/data_panel.py" line="139" />
      <source>{path} is not a control map QGIS can read (polygons, front lines or town points).</source>
      <translation>{path} — не карта контролю, яку може прочитати QGIS (полігони, лінії фронту або населені пункти).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="192" />
      <location filename="../plugin/gui/data_panel.py" line="193" />
      <source>{path} is not an image QGIS can read.</source>
      <translation>QGIS не може прочитати зображення {path}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="163" />
      <location filename="../plugin/gui/dock.py" line="166" />
      <source>{task} is still running. Stop it and close the panel?</source>
      <translation>{task} ще виконується. Зупинити й закрити панель?</translation>
    </message>
    <message>
      <source>Control maps (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;All files (*)</source>
      <translation type="vanished">Карти контролю (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;Усі файли (*)</translation>
    </message>
    <message>
      <source>{n} strikes analysed</source>
      <translation type="vanished">Проаналізовано ударів: {n}</translation>
    </message>
    <message>
      <source>Run the analysis first: the map shows its results.</source>
      <translation type="vanished">Спершу запустіть аналіз: карта показує його результати.</translation>
    </message>
    <message>
      <source>StrikeCheck: {name}</source>
      <translation type="vanished">StrikeCheck: {name}</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckDockBase</name>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="84" />
      <source> km</source>
      <translation> км</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="60" />
      <source>Analysis</source>
      <translation>Аналіз</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="138" />
      <source>Cancel</source>
      <translation>Скасувати</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="35" />
      <source>Control map</source>
      <translation>Карта контролю</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="119" />
      <source>Copy table</source>
      <translation>Копіювати таблицю</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="28" />
      <source>Data</source>
      <translation>Дані</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="79" />
      <source>Distance to the front</source>
      <translation>Відстань до фронту</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="46" />
      <source>Each value found in the faction field, the faction it stands for, its legend label and colour. Edit a faction code to override the preset.</source>
      <translation>Кожне значення поля сторони, сторона, яку воно позначає, його підпис у легенді та колір. Змініть код сторони, щоб замінити пресет.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="93" />
      <source>Engine</source>
      <translation>Рушій</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="120" />
      <source>Export CSV…</source>
      <translation>Експорт у CSV…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="121" />
      <source>Export map…</source>
      <translation>Експорт карти…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="38" />
      <source>Faction field</source>
      <translation>Поле сторони</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="87" />
      <source>From the layer only</source>
      <translation>Лише із шару</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="83" />
      <source>How far the true location may be from the point, for strikes whose layer does not say (e.g. 2 km for a town centre). Conclusions are checked against this disc.</source>
      <translation>Наскільки далеко справжнє місце може бути від точки для ударів, у шарі яких це не вказано (наприклад, 2 км для центру міста). Висновки перевіряються за цим колом.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="37" />
      <source>Import a control map from a file (DeepState or ISW exports, KML/KMZ, GeoJSON, GeoPackage, Shapefile): its factions are read with the preset.</source>
      <translation>Імпорт карти контролю з файлу (експорт DeepState або ISW, KML/KMZ, GeoJSON, GeoPackage, Shapefile): сторони визначаються за набором налаштувань.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="34" />
      <source>Import strikes from a file: ACLED or UCDP exports, CSV, XLSX, KML/KMZ, GeoJSON, GeoPackage.</source>
      <translation>Імпорт ударів із файлу: експорт ACLED або UCDP, CSV, XLSX, KML/KMZ, GeoJSON, GeoPackage.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="37" />
      <source>Import…</source>
      <translation>Імпорт…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="78" />
      <source>Lines to nearest territory</source>
      <translation>Лінії до найближчої території</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="68" />
      <source>Max distance</source>
      <translation>Макс. відстань</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="74" />
      <source>No limit</source>
      <translation>Без обмеження</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="49" />
      <source>Outputs</source>
      <translation>Вихідні дані</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="80" />
      <source>Precision</source>
      <translation>Точність</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="40" />
      <source>Preset</source>
      <translation>Пресет</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="122" />
      <source>Report…</source>
      <translation>Звіт…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="100" />
      <source>Results</source>
      <translation>Результати</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="139" />
      <source>Run analysis</source>
      <translation>Запустити аналіз</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="64" />
      <source>Selected strikes only</source>
      <translation>Лише вибрані удари</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="5" />
      <source>StrikeCheck</source>
      <translation>StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="32" />
      <source>Strikes</source>
      <translation>Удари</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="66" />
      <source>Target faction</source>
      <translation>Цільова сторона</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="52" />
      <source>The GeoPackage the panel writes imports and results to, so that a saved project reopens with them. Empty: one beside the project file.</source>
      <translation>GeoPackage, у який панель записує імпорт і результати, щоб збережений проєкт відкривався з ними. Порожньо: файл поруч із проєктом.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="91" />
      <source>Undated / early</source>
      <translation>Без дати / ранні</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="94" />
      <source>Where the analysis runs. Automatic: inside PostGIS when the strikes and the control map are tables of the same PostGIS database (nothing is pulled into QGIS), else on this computer. The answers are the same.</source>
      <translation>Де виконується аналіз. Автоматично: усередині PostGIS, якщо удари й карта контролю — таблиці однієї бази даних PostGIS (у QGIS нічого не завантажується), інакше на цьому комп’ютері. Відповіді однакові.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="92" />
      <source>With a dated control map: what to do with strikes dated before its first snapshot, or undated.</source>
      <translation>Для датованої карти контролю: що робити з ударами до її першого зрізу або без дати.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="105" />
      <source>Zoom the map to the strikes of the results</source>
      <translation>Наблизити карту до ударів із результатів</translation>
    </message>
    <message>
      <source>Draw lines to nearest territory</source>
      <translation type="vanished">Малювати лінії до найближчої території</translation>
    </message>
    <message>
      <source>Import control map…</source>
      <translation type="vanished">Імпорт карти контролю…</translation>
    </message>
    <message>
      <source>Import strikes…</source>
      <translation type="vanished">Імпорт ударів…</translation>
    </message>
    <message>
      <source>Measure the distance to the front</source>
      <translation type="vanished">Вимірювати відстань до фронту</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckPresets</name>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="35" />
      <source>Contested</source>
      <translation>Спірна територія</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="12" />
      <source>Generic (any faction names)</source>
      <translation>Загальний (будь-які назви сторін)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="20" />
      <source>ISIS</source>
      <translation>ІДІЛ</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="19" />
      <source>ISIS Control</source>
      <translation>Під контролем ІДІЛ</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="26" />
      <source>ISIS, JN, and Rebel</source>
      <translation>ІДІЛ, ан-Нусра та повстанці</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="25" />
      <source>ISIS, JN, and Rebel Control</source>
      <translation>Під контролем ІДІЛ, ан-Нусри та повстанців</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="22" />
      <source>JN</source>
      <translation>ан-Нусра</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="21" />
      <source>JN Control</source>
      <translation>Під контролем ан-Нусри</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="28" />
      <source>JN and Rebel</source>
      <translation>ан-Нусра та повстанці</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="27" />
      <source>JN and Rebel Control</source>
      <translation>Під контролем ан-Нусри та повстанців</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="18" />
      <source>Rebel</source>
      <translation>Повстанці</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="17" />
      <source>Rebel Control</source>
      <translation>Під контролем повстанців</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="16" />
      <source>Regime</source>
      <translation>Режим</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="15" />
      <source>Regime Control</source>
      <translation>Під контролем режиму</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="30" />
      <source>Regime and YPG</source>
      <translation>Режим і YPG</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="29" />
      <source>Regime and YPG Control</source>
      <translation>Під контролем режиму та YPG</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="34" />
      <source>Russia-occupied</source>
      <translation>Окуповано Росією</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="14" />
      <source>Syria, 2015 (ISW-like control classes)</source>
      <translation>Сирія, 2015 (класи контролю в стилі ISW)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="32" />
      <source>Ukraine (held, occupied, contested)</source>
      <translation>Україна (під контролем, окуповано, спірно)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="33" />
      <source>Ukraine-held</source>
      <translation>Під контролем України</translation>
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
      <translation>Під контролем YPG</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckProvider</name>
    <message>
      <location filename="../plugin/processing/provider.py" line="38" />
      <source>StrikeCheck: strikes against territorial control</source>
      <translation>StrikeCheck: удари й територіальний контроль</translation>
    </message>
  </context>
  <context>
    <name>alg</name>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="110" />
      <source>Image: {w} x {h} pixels of {pw:.0f} x {ph:.0f} m.</source>
      <translation>Зображення: {w} x {h} пікселів розміром {pw:.0f} x {ph:.0f} m.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="93" />
      <source>No faction: {share:.1f}%</source>
      <translation>Без сторони: {share:.1f}%</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="121" />
      <source>No pixel of the image is near a legend colour ({colours}). Check the legend against the image (pick the colours from it), or raise TOLERANCE.</source>
      <translation>Жоден піксель зображення не близький до кольорів легенди ({colours}). Звірте легенду із зображенням (візьміть кольори з нього) або збільште TOLERANCE.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="64" />
      <source>The image '{name}' has no CRS: set it in the layer's properties (Source) or save it with the image (.aux.xml or .prj), and run again.</source>
      <translation>Зображення '{name}' не має системи координат (CRS): задайте її у властивостях шару (Джерело) або збережіть разом із зображенням (.aux.xml або .prj) і запустіть знову.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="55" />
      <source>The image '{name}' is not georeferenced (no GeoTIFF tags, world file or ground control points). Georeference it in QGIS's Georeferencer (Layer &gt; Georeferencer), save the GCPs or a world file, and run again.</source>
      <translation>Зображення '{name}' не прив'язане (немає тегів GeoTIFF, файлу прив'язки чи опорних точок). Прив'яжіть його в модулі «Прив'язка растрів» QGIS (Шар &gt; Прив'язка растрів), збережіть опорні точки (GCPs) або файл прив'язки й запустіть знову.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="87" />
      <source>hatching</source>
      <translation>штрихування</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="88" />
      <source>{code} ({colour}): {share:.1f}% of the image</source>
      <translation>{code} ({colour}): {share:.1f}% зображення</translation>
    </message>
  </context>
</TS>
