<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>LegendPicker</name>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="39" />
      <source>Click on a faction's colour</source>
      <translation>Щёлкните по цвету стороны</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="74" />
      <source>Colour</source>
      <translation>Цвет</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="74" />
      <source>Faction</source>
      <translation>Сторона</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="102" />
      <source>click the image</source>
      <translation>щёлкните по изображению</translation>
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
      <translation>Добавить сторону</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="19" />
      <source>Choose a faction in the table, then click on its colour in the image. Rows without a faction are left out.</source>
      <translation>Выберите сторону в таблице, затем щёлкните по её цвету на изображении. Строки без стороны не учитываются.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="5" />
      <source>Control map from an image: the legend</source>
      <translation>Карта контроля по изображению: легенда</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="37" />
      <source>Map date (optional)</source>
      <translation>Дата карты (необязательно)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="33" />
      <source>Remove</source>
      <translation>Удалить</translation>
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
      <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="136" />
      <location filename="../plugin/processing/nearest/engine_choice.py" line="137" />
      <source>ENGINE=database cannot be used: {reason}. Use ENGINE=auto or local.</source>
      <translation>ENGINE=database использовать нельзя: {reason}. Используйте ENGINE=auto или local.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="157" />
      <location filename="../plugin/processing/nearest/engine_choice.py" line="158" />
      <source>Engine: database (the analysis runs as SQL in PostGIS, {place}).</source>
      <translation>Движок: база данных (анализ выполняется как SQL в PostGIS, {place}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="163" />
      <source>Engine: local ({reason}).</source>
      <translation>Движок: локальный ({reason}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="107" />
      <location filename="../plugin/processing/nearest/local.py" line="94" />
      <location filename="../plugin/processing/nearest/local.py" line="95" />
      <source>Every value of field '{field}' in the control layer is empty (NULL), so no feature says which faction holds it; choose the field that holds faction names.</source>
      <translation>Все значения поля '{field}' в слое контроля пусты (NULL): ни один объект не указывает, какая сторона его контролирует. Выберите поле с названиями сторон.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="85" />
      <source>FRONT_LINES (a layer of front lines) is read by the local engine</source>
      <translation>FRONT_LINES (слой линий фронта) читает локальный движок</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="106" />
      <source>Field '{field}' not found in layer; fields: {names}.</source>
      <translation>Поле '{field}' не найдено в слое; поля: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="104" />
      <location filename="../plugin/processing/nearest/local.py" line="105" />
      <source>Field '{field}' of the control layer holds no date: one static map.</source>
      <translation>Поле '{field}' слоя контроля не содержит дат: одна статичная карта.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="75" />
      <source>LINES (lines to the nearest territory) are drawn by the local engine</source>
      <translation>LINES (линии до ближайшей территории) строит локальный движок</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="53" />
      <source>Measuring {n} strikes against {k} factions' territory...</source>
      <translation>Измерение {n} ударов относительно территории сторон ({k})...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="148" />
      <location filename="../plugin/processing/nearest/database.py" line="149" />
      <source>OUTPUT names the {label} table itself; choose a new table name.</source>
      <translation>OUTPUT указывает на саму таблицу {label}; выберите новое имя таблицы.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="85" />
      <source>Reading the control map...</source>
      <translation>Чтение карты контроля...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="38" />
      <source>Reading the strikes...</source>
      <translation>Чтение ударов...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="162" />
      <location filename="../plugin/processing/nearest/database.py" line="163" />
      <source>Results written to the new table {table} in one transaction.</source>
      <translation>Результаты записаны в новую таблицу {table} одной транзакцией.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="124" />
      <source>STRIKES</source>
      <translation>STRIKES</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="128" />
      <source>STRIKES and CONTROL are in different databases</source>
      <translation>STRIKES и CONTROL находятся в разных базах данных</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="59" />
      <location filename="../plugin/processing/nearest/database.py" line="60" />
      <source>The connection to the database was lost during the analysis ({reason}). Nothing was written; run it again.</source>
      <translation>Соединение с базой данных потеряно во время анализа ({reason}). Ничего не записано; запустите анализ снова.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="113" />
      <location filename="../plugin/processing/nearest/database.py" line="114" />
      <source>The control layer has no usable geometry (all are empty or NULL).</source>
      <translation>В слое контроля нет пригодной геометрии (вся пустая или NULL).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="103" />
      <location filename="../plugin/processing/nearest/local.py" line="90" />
      <location filename="../plugin/processing/nearest/local.py" line="91" />
      <source>The control layer is empty: there is no territory to measure against.</source>
      <translation>Слой контроля пуст: нет территории, до которой можно измерять.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="66" />
      <location filename="../plugin/processing/nearest/database.py" line="67" />
      <source>The database could not run the analysis: {reason}</source>
      <translation>База данных не смогла выполнить анализ: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="195" />
      <source>Tracing the lines to the nearest territory...</source>
      <translation>Построение линий до ближайшей территории...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="199" />
      <location filename="../plugin/processing/nearest/local.py" line="200" />
      <source>Writing {n} lines to the nearest territory...</source>
      <translation>Запись линий до ближайшей территории: {n}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="69" />
      <location filename="../plugin/processing/nearest/local.py" line="70" />
      <source>Writing {n} strikes with their results...</source>
      <translation>Запись ударов с результатами: {n}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="65" />
      <source>only selected (or filtered) features of {label} are used: the selection lives in QGIS</source>
      <translation>используются только выбранные (или отфильтрованные) объекты {label}: выборка существует только в QGIS</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="81" />
      <source>the control map has dated snapshots ('{field}'): time-aware runs are local</source>
      <translation>у карты контроля есть датированные срезы ('{field}'): анализ с учётом времени выполняется локально</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="88" />
      <source>the faction field '{field}' is neither text nor whole numbers</source>
      <translation>поле стороны '{field}' не является ни текстом, ни целыми числами</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="93" />
      <source>the precision field '{field}' is not numeric</source>
      <translation>поле точности '{field}' не числовое</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="97" />
      <source>the strike table has no primary key to send the answers back to QGIS by (write OUTPUT to a PostGIS table instead)</source>
      <translation>у таблицы ударов нет первичного ключа, по которому можно вернуть ответы в QGIS (запишите OUTPUT в таблицу PostGIS)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="102" />
      <source>the strike table's primary key is neither text nor whole numbers</source>
      <translation>первичный ключ таблицы ударов не является ни текстом, ни целыми числами</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="63" />
      <source>{label} is not a PostGIS layer</source>
      <translation>{label} — не слой PostGIS</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="138" />
      <location filename="../plugin/processing/nearest/local.py" line="139" />
      <source>{n} strikes are dated over a window of days and were checked against every control snapshot in force during it: for {changed} of them the controlling faction changes inside the window (controlled_by_certain false, the reason in snapshot_note).</source>
      <translation>{n} ударов датированы периодом в несколько дней и проверены по каждому срезу контроля, действовавшему в этот период: у {changed} из них контролирующая сторона меняется внутри периода (controlled_by_certain ложно, причина в snapshot_note).</translation>
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
      <translation>'colours' для {what} должен сопоставлять названиям палитр цвета.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="290" />
      <source>'palettes' must map palette names to descriptions.</source>
      <translation>'palettes' должен сопоставлять названиям палитр описания.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="259" />
      <source>'{alias}' is given to both '{first}' and '{second}'.</source>
      <translation>'{alias}' присвоен одновременно '{first}' и '{second}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="107" />
      <source>'{column}' {end} is before the date {start}</source>
      <translation>'{column}' {end} раньше даты {start}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="141" />
      <source>'{entry}' skipped: {reason}</source>
      <translation>«{entry}» пропущено: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="49" />
      <source>'{name}' cannot be read as a KMZ archive: {error}.</source>
      <translation>'{name}' не удаётся прочитать как архив KMZ: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="81" />
      <location filename="../plugin/core/workbook.py" line="118" />
      <source>'{name}' is a damaged workbook: {error}.</source>
      <translation>«{name}» — повреждённая книга: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="47" />
      <source>'{name}' is a password-protected (encrypted) workbook, which cannot be read without its password. Open it in Excel or LibreOffice, remove the password (or save an unprotected copy) and import that.</source>
      <translation>«{name}» — книга, защищённая паролем (зашифрованная); без пароля её не прочитать. Откройте её в Excel или LibreOffice, снимите пароль (или сохраните незащищённую копию) и импортируйте её.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="41" />
      <source>'{name}' is not a KMZ (zip) archive.</source>
      <translation>'{name}' не является архивом KMZ (zip).</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="55" />
      <source>'{name}' is not an Excel workbook (.xlsx) but an older Excel 97-2003 file or another OLE document: save it as .xlsx or CSV and import that.</source>
      <translation>«{name}» — не книга Excel (.xlsx), а старый файл Excel 97-2003 или другой документ OLE: сохраните его как .xlsx или CSV и импортируйте.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="92" />
      <source>'{name}' is not an Excel workbook (.xlsx): it is {what}. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
      <translation>«{name}» — не книга Excel (.xlsx): это {what}. Откройте файл в табличном редакторе и сохраните его как .xlsx или CSV.</translation>
    </message>
    <message>
      <location filename="../plugin/core/geojson.py" line="73" />
      <location filename="../plugin/core/geojson.py" line="75" />
      <source>'{name}' is not readable GeoJSON: {error}.</source>
      <translation>'{name}' — нечитаемый GeoJSON: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="66" />
      <source>'{name}' is not readable KML: {error}.</source>
      <translation>'{name}' не читается как KML: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="108" />
      <source>'{name}' is refused: its part {part} declares XML entities (a DOCTYPE), which no spreadsheet program writes and which can read other files or exhaust memory.</source>
      <translation>«{name}» отклонён: его часть {part} объявляет XML-сущности (DOCTYPE), чего не пишет ни один табличный редактор; так можно прочитать другие файлы или исчерпать память.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="77" />
      <source>'{name}' is refused: its workbook part declares XML entities.</source>
      <translation>«{name}» отклонён: часть книги объявляет XML-сущности.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="66" />
      <source>'{name}' is too large to read as KML (over {megabytes} MB or {elements} XML elements): save it as GeoPackage or CSV and import that.</source>
      <translation>'{name}' слишком велик для чтения как KML (более {megabytes} МБ или {elements} элементов XML): сохраните его как GeoPackage или CSV и импортируйте этот файл.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="75" />
      <source>'{name}' lists too many sheets to be read as a workbook.</source>
      <translation>В «{name}» перечислено слишком много листов, чтобы читать его как книгу.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="151" />
      <source>'{name}' skipped: '{kept}' is a later snapshot of {date}.</source>
      <translation>«{name}» пропущен: «{kept}» — более поздний снимок за {date}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="230" />
      <source>'{name}' skipped: its CRS differs from the first file's.</source>
      <translation>«{name}» пропущен: его CRS отличается от CRS первого файла.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="186" />
      <source>'{name}' skipped: {error}</source>
      <translation>«{name}» пропущен: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="103" />
      <source>'{name}': no date in the file name (Unix time, YYYY-MM-DD or YYYYMMDD; or set DATE_PATTERN or DATE_FIELD); imported with valid_from NULL.</source>
      <translation>«{name}»: в имени файла нет даты (время Unix, YYYY-MM-DD или YYYYMMDD; или задайте DATE_PATTERN или DATE_FIELD); импортирован с valid_from NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="239" />
      <source>'{name}': {n} geometries of another type kept as NULL.</source>
      <translation>«{name}»: {n} геометрий другого типа сохранены как NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="116" />
      <source>'{raw}' ({n} features): unrecognised, kept as {code}</source>
      <translation>'{raw}' (объектов: {n}): не распознано, сохранено как {code}</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="234" />
      <source>'{value}' is not a date StrikeCheck can read unambiguously; write it as yyyy-mm-dd.</source>
      <translation>'{value}' — не дата, которую StrikeCheck может прочитать однозначно; запишите её как гггг-мм-дд.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="140" />
      <source>'{what}' must be a list of objects.</source>
      <translation>«{what}» должно быть списком объектов.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="60" />
      <location filename="../plugin/processing/nearest/reporting.py" line="66" />
      <source>(none: all undated)</source>
      <translation>(нет: все без даты)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="82" />
      <source>... and {n} more rejected rows (see ERRORS).</source>
      <translation>... и ещё отклонённых строк: {n} (см. ERRORS).</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="65" />
      <source>; nearest {label} territory {spread}</source>
      <translation>; ближайшая зона {label}: {spread}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="63" />
      <source>; the other {m}: nearest {label} territory {spread}</source>
      <translation>; остальные {m}: ближайшая зона {label}: {spread}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="69" />
      <source>; {unknown} beyond the search distance or without a location</source>
      <translation>; дальше радиуса поиска или без координат: {unknown}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="104" />
      <source>&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning. Nested values (JSON objects and lists) are written as JSON text. Features of another geometry kind (a raw export's unit and airfield points) are left out, with their count in the log. A remainder feature has raw_faction 'remainder: &amp;lt;outline&amp;gt;' and NULL original fields.</source>
      <translation>&lt;/ul&gt;Далее все исходные поля; поле, чьё имя совпадает с одним из этих, сохраняется как &amp;lt;имя&amp;gt;_orig. Полигональные и линейные результаты — составные (исправление может разделить геометрию); геометрия, оставшаяся пустой после исправления, сохраняется как NULL с предупреждением. Вложенные значения (объекты и списки JSON) записываются как текст JSON. Объекты другого типа геометрии (точки подразделений и аэродромов в сырой выгрузке) пропускаются, их число указывается в журнале. У объекта остатка raw_faction равно 'remainder: &amp;lt;контур&amp;gt;', а исходные поля — NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="127" />
      <source>&lt;h3&gt;Date windows&lt;/h3&gt;&lt;p&gt;&lt;b&gt;STRIKE_DATE_END_FIELD&lt;/b&gt;: optional (default: 'date_end' when present, as strikecheck:importstrikes writes it for UCDP GED's date_start to date_end and ACLED's time_precision 2 and 3): the last day of each strike's date window, whose first day is STRIKE_DATE_FIELD. In a time-aware run such a strike is measured against the snapshot in force on its first day, then checked against every later snapshot up to its last day: controlled_by_certain is false when the controlling faction changes inside the window (snapshot_note says how), possible_factions lists the factions of every one of those snapshots, and with a precision the strike is certain only when its disc and its window both are. An empty or earlier last day means a single day.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Периоды дат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;STRIKE_DATE_END_FIELD&lt;/b&gt;: необязательно (по умолчанию 'date_end', если есть; так его записывает strikecheck:importstrikes для date_start–date_end из UCDP GED и для time_precision 2 и 3 из ACLED): последний день периода даты каждого удара, первый день которого — STRIKE_DATE_FIELD. При учёте времени такой удар сопоставляется со срезом, действующим в его первый день, а затем проверяется по каждому следующему срезу до его последнего дня: controlled_by_certain ложно, если контролирующая сторона меняется внутри периода (snapshot_note говорит, как), possible_factions перечисляет стороны всех этих срезов, а при заданной точности удар достоверен, только если достоверны и его круг, и его период. Пустой или более ранний последний день означает один день.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_help.py" line="17" />
      <source>&lt;h3&gt;Event datasets&lt;/h3&gt;&lt;p&gt;The input's columns say which dataset it is, and the log names it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ACLED&lt;/b&gt; (event_id_cnty, event_date): geo_precision 1 = 2 km, 2 = 15 km, 3 = 50 km. time_precision 2 (a week) gives date = event_date - 3 days and date_end = event_date + 3 days; 3 (a month) gives the calendar month.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UCDP GED&lt;/b&gt; (where_prec with date_start/date_end or side_a): id, date_start to date_end, side_a as actor; where_prec 1 (exact location) = 2 km, 2 (within 25 km) = 25 km, 3 (second-order administrative area) = 50 km, 4 (first-order) = 150 km, 5 (a line or a larger area) = 250 km, 6 (the country) = 500 km, 7 (international waters or airspace) = 200 km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CIR / Bellingcat Russia-Ukraine Monitor&lt;/b&gt;, CSV or GeoJSON (id, date or verifiedDate, description, with city, province, url, categories...): points geolocated by their team; no precision codes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Airwars&lt;/b&gt; (two of grading, geolocation, belligerent, civilians killed...): accuracy words exact = 0.1 km, street = 0.5, neighbourhood = 1, village = 3, town = 5, city = 10; Code, Grading and the suspected belligerent as id, confidence and actor.&lt;/li&gt;&lt;li&gt;Any other table: the codes 1 = 2 km, 2 = 15 km, 3 = 50 km and the words above.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Only UCDP's 25 km is the publisher's own distance; the others are StrikeCheck's assumptions. PRECISION_KM changes or adds codes (e.g. '6=300'). A code that the recognised dataset does not define is a warning, and the strike gets precision NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;date_end&lt;/b&gt; (in OUTPUT): the last day of the strike's date window (the same as date for a single day); a date_end before the date rejects the row. strikecheck:nearestfaction checks such a strike against every control snapshot of its window.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Наборы данных о событиях&lt;/h3&gt;&lt;p&gt;Столбцы входных данных говорят, что это за набор, и журнал его называет:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ACLED&lt;/b&gt; (event_id_cnty, event_date): geo_precision 1 = 2 км, 2 = 15 км, 3 = 50 км. time_precision 2 (неделя) даёт date = event_date − 3 дня и date_end = event_date + 3 дня; 3 (месяц) даёт календарный месяц.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UCDP GED&lt;/b&gt; (where_prec вместе с date_start/date_end или side_a): id, период от date_start до date_end, side_a как участник; where_prec 1 (точное место) = 2 км, 2 (в пределах 25 км) = 25 км, 3 (административная единица второго уровня) = 50 км, 4 (первого уровня) = 150 км, 5 (линия или более крупная область) = 250 км, 6 (страна) = 500 км, 7 (международные воды или воздушное пространство) = 200 км.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CIR / Bellingcat Russia-Ukraine Monitor&lt;/b&gt;, CSV или GeoJSON (id, date или verifiedDate, description, а также city, province, url, categories...): точки, геолоцированные их командой; кодов точности нет.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Airwars&lt;/b&gt; (два из столбцов grading, geolocation, belligerent, civilians killed...): слова точности exact = 0,1 км, street = 0,5, neighbourhood = 1, village = 3, town = 5, city = 10; Code, Grading и предполагаемая сторона становятся id, достоверностью и участником.&lt;/li&gt;&lt;li&gt;Любая другая таблица: коды 1 = 2 км, 2 = 15 км, 3 = 50 км и слова выше.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Только 25 км у UCDP — расстояние самого издателя; остальные — допущения StrikeCheck. PRECISION_KM меняет или добавляет коды (например, '6=300'). Код, которого распознанный набор не определяет, вызывает предупреждение, и удар получает точность NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;date_end&lt;/b&gt; (в OUTPUT): последний день периода даты удара (совпадает с date для одного дня); date_end раньше даты отклоняет строку. strikecheck:nearestfaction проверяет такой удар по каждому срезу контроля его периода.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="113" />
      <source>&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation>&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="85" />
      <source>&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature of the map's geometry kind, then the remainder features, with these fields first:&lt;/p&gt;&lt;ul&gt;</source>
      <translation>&lt;h3&gt;Результат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: карта контроля в СК входных данных, по одному объекту на каждый входной объект того типа геометрии, что у карты, затем объекты остатка, с такими первыми полями:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="52" />
      <source>&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необязательно; дата, с которой действует каждый объект (дата среза). Те же форматы, что при импорте ударов.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="56" />
      <source>&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: порядок дня и месяца в числовых датах: определяется один раз для всего столбца (с остановкой и сообщением, если по столбцу это не понять) или задаётся.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="32" />
      <source>&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле, указывающее, кто контролирует каждый объект. Пусто: первое существующее из faction, control, controlled_by, side, mark, label, name...&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="65" />
      <source>&lt;li&gt;&lt;b&gt;FACTION_VALUE&lt;/b&gt;: optional; one faction for every feature of a layer without a faction field (e.g. occupied, for DeepState's attribute-less occupied area); FACTION_FIELD is then not needed. With FACTION_FIELD set, it fills the features whose field is empty.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Style colours&lt;/b&gt;: a feature whose name the preset does not recognise is classed by its style colour (a fill or stroke field, or a KML placemark's style, read as the style_colour column) when the preset gives that colour to a faction (ukraine: DeepStateMap's colours, e.g. #a52714 occupied, #0288d1 liberated). A colour in MAPPING, e.g. '#a52714=russia_occupied', overrides the preset. The log says how many features of each class were found by name and by colour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REMAINDER_FACTION&lt;/b&gt;: optional; the faction that holds the rest of an outline, e.g. ukraine_held for DeepState, which draws only occupied, liberated and contested ground. Adds one feature per snapshot (per valid_from): the outline minus everything drawn in that snapshot. Needs a polygon map and OUTLINE or OUTLINE_COUNTRY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE&lt;/b&gt;: optional; a polygon layer whose union is the outline.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE_COUNTRY&lt;/b&gt;: optional, without OUTLINE; a country NAME of the Natural Earth world map QGIS ships, e.g. Ukraine (its borders are Natural Earth's: its Ukraine leaves out Crimea).&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;FACTION_VALUE&lt;/b&gt;: необязательно; одна сторона для каждого объекта слоя без поля стороны (например, occupied для оккупированной территории DeepState без атрибутов); тогда FACTION_FIELD не нужен. Если FACTION_FIELD задан, она заполняет объекты с пустым полем.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Цвета стиля&lt;/b&gt;: объект, чьё название пресет не распознаёт, классифицируется по цвету стиля (поле fill или stroke либо стиль метки KML, читаемый как столбец style_colour), если пресет даёт этот цвет какой-то стороне (ukraine: цвета DeepStateMap, например #a52714 оккупировано, #0288d1 освобождено). Цвет в MAPPING, например '#a52714=russia_occupied', важнее пресета. Журнал сообщает, сколько объектов каждого класса найдено по названию и сколько по цвету.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REMAINDER_FACTION&lt;/b&gt;: необязательно; сторона, которой принадлежит остальная часть контура, например ukraine_held для DeepState, где нарисованы только оккупированные, освобождённые и спорные территории. Добавляет по одному объекту на снимок (на valid_from): контур за вычетом всего, что нарисовано в этом снимке. Нужны полигональная карта и OUTLINE или OUTLINE_COUNTRY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE&lt;/b&gt;: необязательно; полигональный слой, объединение которого и есть контур.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE_COUNTRY&lt;/b&gt;: необязательно, без OUTLINE; название страны (NAME) на карте мира Natural Earth, поставляемой с QGIS, например Ukraine (границы — выбор Natural Earth: его Украина не включает Крым).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="21" />
      <source>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a georeferenced image: a GeoTIFF, or a PNG/JPEG with a world file (.pgw, .jgw, .wld) or ground control points in its .aux.xml (the Georeferencer writes them). The output is in the image's CRS.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: изображение с географической привязкой: GeoTIFF или PNG/JPEG с файлом привязки (world file: .pgw, .jgw, .wld) или с опорными точками в файле .aux.xml (их записывает модуль «Привязка растров»). Результат создаётся в системе координат (CRS) изображения.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="21" />
      <source>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output. A KML or KMZ file (a Google My Maps export, for instance) is read by StrikeCheck itself: every placemark of every folder, with a folder column (FACTION_FIELD=folder when each faction has its own folder) and its ExtendedData columns. A GeoJSON that mixes geometry kinds or holds GeometryCollections or nested values (a DeepState export) is read by StrikeCheck too: the map keeps one geometry kind (polygons first) with the polygon parts of GeometryCollections, and nested values become JSON text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: полигоны (зоны в стиле ISW), линии (линии фронта) или точки (отметки контроля населённых пунктов, как их публикуют Центр Картера и Википедия); любая СК, сохраняется в результате. Файл KML или KMZ (например, экспорт Google My Maps) StrikeCheck читает сам: каждая метка каждой папки, со столбцом folder (FACTION_FIELD=folder, когда у каждой стороны своя папка) и её столбцами ExtendedData. GeoJSON, в котором смешаны типы геометрии или есть GeometryCollections либо вложенные значения (выгрузка DeepState), StrikeCheck тоже читает сам: карта сохраняет один тип геометрии (сначала полигоны) вместе с полигональными частями GeometryCollections, а вложенные значения становятся текстом JSON.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="26" />
      <source>&lt;li&gt;&lt;b&gt;LEGEND&lt;/b&gt;: a palette (isw-like, wikipedia, ukraine, or preset/palette such as syria-2015/wikipedia) or each faction's colour, e.g. #e8707e=regime;#6db35a=rebel;#3a3a3a=isis (one per line or separated by ';'; a mixed class is written jn+rebel).&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;LEGEND&lt;/b&gt;: палитра (isw-like, wikipedia, ukraine или preset/palette, например syria-2015/wikipedia) или цвет каждой стороны, например #e8707e=regime;#6db35a=rebel;#3a3a3a=isis (по одному в строке или через ';'; смешанный класс записывается как jn+rebel).&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="46" />
      <source>&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: необязательные ручные сопоставления 'исходное=код;исходное=код', применяемые раньше псевдонимов пресета, например 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Сравнение не учитывает регистр, диакритику и пунктуацию. Кодом может быть код пресета, псевдоним, несколько кодов через '+' или новый код.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="42" />
      <source>&lt;li&gt;&lt;b&gt;MASK&lt;/b&gt;: polygons of the area of interest: the output is cut to them (leave out a legend box or an inset map). &lt;b&gt;DATE&lt;/b&gt;: the map's date, written as valid_from.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MASK&lt;/b&gt;: полигоны области интереса: результат обрезается по ним (исключите блок легенды или врезку). &lt;b&gt;DATE&lt;/b&gt;: дата карты, записывается в valid_from.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="37" />
      <source>&lt;li&gt;&lt;b&gt;MIN_AREA_KM2&lt;/b&gt;: patches smaller than this take the class around them (0: 49 pixels). &lt;b&gt;SIMPLIFY_M&lt;/b&gt;: borders simplified to this many metres (0: half a pixel); neighbours keep sharing their border.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MIN_AREA_KM2&lt;/b&gt;: участки меньше этой площади получают класс окружающей их территории (0: 49 пикселей). &lt;b&gt;SIMPLIFY_M&lt;/b&gt;: границы упрощаются с допуском в указанное число метров (0: половина пикселя); у соседних участков граница остаётся общей.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="37" />
      <source>&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: пресет сторон: syria-2015 (классы в стиле ISW: regime, rebel, isis, jn, kurdish и смешанные классы), ukraine (ukraine_held, russia_occupied, contested; написания на английском, украинском и русском), generic (любые значения) или собственный пресет в &amp;lt;профиль QGIS&amp;gt;/strikecheck/presets. 'auto' выбирает пресет, распознающий больше всего значений (generic, если ни один).&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="45" />
      <source>&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: необязательно; файл пресета JSON, используемый вместо него.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="60" />
      <source>&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: необязательно; дата карты (например, 2015-09-27) для объектов с пустым DATE_FIELD или для всех, если DATE_FIELD нет.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="32" />
      <source>&lt;li&gt;&lt;b&gt;TOLERANCE&lt;/b&gt;: how far (CIELAB delta E) a pixel may be from its legend colour; farther pixels are 'other' (text, roads, sea). 20 suits JPEG maps; lower it when two factions' colours are close.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;TOLERANCE&lt;/b&gt;: насколько (delta E в CIELAB) пиксель может отличаться от цвета легенды; более далёкие пиксели относятся к 'other' (текст, дороги, море). Для карт в JPEG подходит 20; уменьшите значение, если цвета двух сторон близки.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="90" />
      <source>&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: канонический код, например isis. Смешанный класс ('ISIS, JN, and Rebel Control', 'Kurds/Government') получает коды участников, отсортированные и объединённые через '+' (isis+jn+rebel, kurdish+regime): анализ считает его территорией каждого участника. Значение, не совпавшее ни с одним псевдонимом, сохраняет собственный нормализованный код (ASCII в нижнем регистре, '_' между словами) и указывается в журнале как 'unrecognised, kept as ...'. NULL, если у объекта нет значения стороны.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="98" />
      <source>&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: текст легенды для класса, например 'ISIS Control', 'ISIS, JN, and Rebel Control'; для нераспознанного значения — его собственный текст.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="102" />
      <source>&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: исходный текст.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="103" />
      <source>&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: дата или NULL.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="47" />
      <source>&lt;p&gt;Areas outside every legend colour (sea, neighbouring countries, the legend box) stay empty. Features smaller than a few pixels cannot be read back from an image: compare the pixel size the log reports with what you need.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Области, не совпадающие ни с одним цветом легенды (море, соседние страны, блок легенды), остаются пустыми. Объекты размером меньше нескольких пикселей невозможно восстановить по изображению: сравните размер пикселя, указанный в журнале, с требуемой точностью.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="51" />
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: the strikes' field that names them in LINES (default: strike_id, event_id_cnty or id when present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's own id from STRIKE_ID_FIELD, else its feature id), strike_fid (its feature id), faction, km. SUMMARY: the closing sentences of the log as one text (how many strikes are inside a faction's territory, how many conclusions survive the uncertainty discs), for models and scripts.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Для каждого удара сообщает, какая сторона контролировала местность, куда он пришёлся, и измеряет геодезическое расстояние (эллипсоид WGS84, с точностью до 1 м) до ближайшей территории каждой стороны на карте контроля.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: точечный слой ударов (любая СК; «Только выбранные объекты» работает). Удар-мультиточка находится под контролем каждой стороны, контролирующей любую из его точек; его расстояние до стороны — расстояние от ближайшей его точки.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: территориальный контроль в виде полигонов, линий фронта или точек контроля населённых пунктов (любая СК). Недопустимые геометрии исправляются в памяти; слой никогда не изменяется.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле CONTROL с названием стороны. Значение, объединяющее коды через '+' (смешанный класс из «Импорт карты контроля», например isis+jn+rebel), считается территорией каждого участника.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: необязательно; значения сторон для измерения через ';' (по умолчанию: все имеющиеся значения).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: необязательно; расстояния больше него равны NULL (и поиск идёт быстрее).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: удары со всеми их полями и результатами, в СК слоя ударов.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: необязательно; для каждого удара и каждой стороны, вне территории которой он находится, кратчайшая геодезическая линия до территории этой стороны. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: поле ударов, которым они названы в LINES (по умолчанию strike_id, event_id_cnty или id, если есть).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: необязательно (по умолчанию: 'date' и 'valid_from', если они есть в слоях). Слой контроля с несколькими датированными срезами учитывает время: каждый удар измеряется по последнему срезу на его дату или раньше; объекты контроля без даты действуют во всех срезах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: удары, датированные раньше первого среза, или без даты: 'nearest' (первый срез, а для ударов без даты — последний) или 'skip' (ответы NULL, причина в snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необязательно (по умолчанию: 'precision_km', если есть): насколько далеко, в км, истинное место может быть от точки. &lt;b&gt;PRECISION_KM&lt;/b&gt;: радиус для ударов без значения.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: также измерять расстояние до фронта (по умолчанию да). &lt;b&gt;FRONT_LINES&lt;/b&gt;: необязательный слой линий фронта, используемый вместо границ между полигонами сторон (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; задаёт их названия). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: насколько близко должны проходить границы двух сторон, чтобы считаться одним фронтом (на картах, нарисованных вручную, вершины редко совпадают; по умолчанию 0,5 км).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (по умолчанию) выполняет анализ как SQL внутри PostGIS, если STRIKES и CONTROL — слои одной базы данных PostGIS, иначе локально; 'local' или 'database' задают движок принудительно. Ответы одинаковы (расстояния совпадают с точностью до 1 м). Пока не поддерживаются в базе данных: LINES, датированные срезы контроля, FRONT_LINES, только выбранные объекты; тогда auto выполняет анализ локально и сообщает причину. Если OUTPUT — таблица этой базы данных, результаты записываются в неё одной транзакцией.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Выходные поля&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: сторона (стороны), чья территория содержит удар, отсортированные и объединённые через '+' (удар на общей границе или на перекрывающихся территориях принадлежит каждой); NULL, если удар не находится под чьим-либо контролем. Удар в дыре полигона находится вне его.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: геодезические километры до ближайшей точки территории этой стороны, 0 внутри. Значение стороны нормализуется в имя поля (ASCII в нижнем регистре, '_' вместо прочих символов), например dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: ближайшая сторона, кроме контролирующей (для удара, который никто не контролирует: ближайшая сторона).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: расстояние до ближайшего фронта между стороной, контролирующей удар, и другой стороной (побережье и границы с ничьей землёй фронтом не считаются; 0 на самой линии) и кто находится по ту сторону; для удара, который никто не контролирует, — граница ближайшей стороны и эта сторона. Вблизи места, где фронт выходит к побережью, значение может быть занижено не более чем на FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: срез контроля, по которому измерен каждый удар, и причина, если это не очевидный срез (только при учёте времени).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: при заданной точности — каждая сторона, чьей территории касается круг возможных положений удара, и контролирует ли одна сторона весь круг (вывод выдерживает неопределённость).&lt;/li&gt;&lt;/ul&gt;Имя поля, уже занятое в слое ударов, получает числовой суффикс. Поля LINES: strike_id (собственный идентификатор удара из STRIKE_ID_FIELD, иначе идентификатор его объекта), strike_fid (идентификатор его объекта), faction, km. SUMMARY: заключительные предложения журнала одним текстом (сколько ударов внутри территории какой-либо стороны, сколько выводов выдерживают круги неопределённости) — для моделей и скриптов.&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="37" />
      <source>&lt;p&gt;Gives a layer the ISW-like look of published conflict maps, with colours and legend labels ('Regime Control', 'ISIS Control', ...) from a faction preset. &lt;b&gt;Only the layer's style changes, never its data&lt;/b&gt;; undo it with the layer's Properties &amp;gt; Symbology.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: the layer to style (a layer of the project, or a file when QML_FILE saves the style).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = territorial control (fills per faction, mixed classes hatched in their members' colours, front lines as heavy lines, town points as dots with a ring when STATUS_FIELD says besieged or contested); strikes = starbursts by High-Confidence / Low-Confidence reporting; results = the output of strikecheck:nearestfaction, starbursts coloured by controlled_by; lines = lines to nearest territory, dashed and labelled '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic, or your own preset in the QGIS profile's strikecheck/presets folder; PRESET_FILE (advanced) takes a .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: optional; a palette of the preset, e.g. isw-like or wikipedia (default: the preset's own default).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; the field naming the faction (default: 'faction' for control and lines, 'controlled_by' for results). Values may be codes, labels or any alias the preset knows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: optional, strikes; default 'confidence' with values high / low (anything else is drawn as an unrated report).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional; results are labelled with their distance to this faction (field dist_&amp;lt;faction&amp;gt;_km), lines show only the lines to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; strikes and results are labelled with it (e.g. the place name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: optional; control points whose value is besieged, siege, encircled or contested get a ring.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: optional; also save the style as a .qml file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Strikes and results with a date field (date, event_date or strike_date) and a control layer with dated snapshots (valid_from) also get Temporal Controller settings: each strike on its day, each snapshot from its valid_from to the next one's, so scrubbing time shows the control map in force under that day's strikes.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Придаёт слою облик опубликованных карт конфликтов в стиле ISW: цвета и подписи легенды ('Regime Control', 'ISIS Control', ...) из пресета сторон. &lt;b&gt;Меняется только стиль слоя, но не его данные&lt;/b&gt;; отменить можно в свойствах слоя &amp;gt; Символика.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: слой для оформления (слой проекта или файл, если QML_FILE сохраняет стиль).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = территориальный контроль (заливка по сторонам, смешанные классы штрихуются цветами участников, линии фронта — жирными линиями, населённые пункты — точками с кольцом, если STATUS_FIELD указывает на осаду или спорный статус); strikes = звёздочки по степени достоверности сообщения High-Confidence / Low-Confidence; results = результат strikecheck:nearestfaction, звёздочки окрашены по controlled_by; lines = линии до ближайшей территории, пунктирные, с подписями вида '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic или собственный пресет в папке strikecheck/presets профиля QGIS; PRESET_FILE (дополнительно) принимает файл .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: необязательно; палитра пресета, например isw-like или wikipedia (по умолчанию: палитра пресета по умолчанию).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: необязательно; поле с названием стороны (по умолчанию: 'faction' для control и lines, 'controlled_by' для results). Значениями могут быть коды, подписи или любые известные пресету псевдонимы.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: необязательно, для strikes; по умолчанию 'confidence' со значениями high / low (всё прочее рисуется как неоценённое сообщение).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необязательно; результаты подписываются расстоянием до этой стороны (поле dist_&amp;lt;faction&amp;gt;_km), для lines показываются только линии к ней.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: необязательно; удары и результаты подписываются по этому полю (например, название места).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: необязательно; точки контроля со значением besieged, siege, encircled или contested получают кольцо.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: необязательно; также сохранить стиль в файл .qml.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Удары и результаты с полем даты (date, event_date или strike_date) и слой контроля с датированными срезами (valid_from) также получают настройки Temporal Controller: каждый удар в свой день, каждый срез от своего valid_from до valid_from следующего, так что при прокрутке времени под ударами этого дня видна действовавшая карта контроля.&lt;/p&gt;&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="59" />
      <source>&lt;p&gt;Imports a history of control-map snapshots (DeepState's archive, for instance: one export per publication, named by its UTC Unix time such as 1685750400.geojson) as ONE time-aware control layer: each file goes through strikecheck:importcontrol and gets the snapshot's date in valid_from, which strikecheck:nearestfaction reads (each strike against the latest snapshot on or before its date). The input files are never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a list of files; each entry may also be a folder (its .geojson, .json, .kml, .kmz, .gpkg, .shp and .gml files, sub-folders too) or a .zip of them. On the command line repeat INPUT=... once per entry.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; a field holding each feature's date. Features without one take the date of the file name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_PATTERN&lt;/b&gt;: optional; a regular expression with named groups year, month and day (hour and minute optional) read from the file name, e.g. (?P&amp;lt;day&amp;gt;\d\d)\.(?P&amp;lt;month&amp;gt;\d\d)\.(?P&amp;lt;year&amp;gt;\d\d\d\d). Without it the name is read as a 10-digit Unix time (its UTC date), YYYY-MM-DD or YYYYMMDD.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;, &lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: as in strikecheck:importcontrol, for every file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Several files on one day: the latest (by time of day, else by name) is imported, the others are skipped with a note. A file that cannot be imported is named in a warning and skipped. Cancel stops between files.&lt;/p&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: faction, faction_label, raw_faction, valid_from, then the fields of every file (a union by name; a field missing in a file is NULL there). The geometry type is that of the first polygon file (else line, else point) imported.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importhistory -- INPUT=deepstate-history/ PRESET=ukraine OUTPUT=history.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Импортирует историю снимков карты контроля (например, архив DeepState: одна выгрузка на публикацию, названная по её времени Unix в UTC, например 1685750400.geojson) как ОДИН слой контроля с учётом времени: каждый файл проходит через strikecheck:importcontrol и получает дату снимка в valid_from, которую читает strikecheck:nearestfaction (каждый удар сопоставляется с последним снимком на дату удара или раньше). Входные файлы никогда не изменяются.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: список файлов; каждый элемент может быть и папкой (её файлы .geojson, .json, .kml, .kmz, .gpkg, .shp и .gml, включая вложенные папки) или архивом .zip с ними. В командной строке повторите INPUT=... для каждого элемента.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необязательно; поле с датой каждого объекта. Объекты без неё получают дату из имени файла.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_PATTERN&lt;/b&gt;: необязательно; регулярное выражение с именованными группами year, month и day (hour и minute необязательны), читаемое из имени файла, например (?P&amp;lt;day&amp;gt;\d\d)\.(?P&amp;lt;month&amp;gt;\d\d)\.(?P&amp;lt;year&amp;gt;\d\d\d\d). Без него имя читается как 10-значное время Unix (его дата в UTC), YYYY-MM-DD или YYYYMMDD.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;, &lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: как в strikecheck:importcontrol, для каждого файла.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Несколько файлов за один день: импортируется последний (по времени суток, иначе по имени), остальные пропускаются с примечанием. Файл, который не удаётся импортировать, называется в предупреждении и пропускается. Отмена срабатывает между файлами.&lt;/p&gt;&lt;h3&gt;Результат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: faction, faction_label, raw_faction, valid_from, затем поля всех файлов (объединение по имени; поле, которого нет в файле, там NULL). Тип геометрии — как у первого импортированного файла полигонов (иначе линий, иначе точек).&lt;/p&gt;&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importhistory -- INPUT=deepstate-history/ PRESET=ukraine OUTPUT=history.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="13" />
      <source>&lt;p&gt;Makes a control map from a published map image: georeference the picture in QGIS's Georeferencer, give the colour of each faction, and get polygons with the fields Import control map writes, ready for Nearest faction. Pixels take the nearest legend colour in CIELAB; labels, roads, rivers and borders drawn over the territory are bridged by the colours around them; hatching of two legend colours becomes their mixed class (a+b).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;</source>
      <translation>&lt;p&gt;Создаёт карту контроля по изображению опубликованной карты: привяжите изображение в модуле «Привязка растров» QGIS, укажите цвет каждой стороны и получите полигоны с полями, которые записывает алгоритм «Импорт карты контроля», готовые для алгоритма «Ближайшая сторона». Каждый пиксель получает ближайший цвет легенды в CIELAB; подписи, дороги, реки и границы, нарисованные поверх территории, заполняются окружающими цветами; штриховка из двух цветов легенды становится их смешанным классом (a+b).&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="63" />
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field and follows the title after a dash ('Strikes — 1 - 31 OCT 2022'). A long title shrinks, then wraps, to fit its frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: a time-aware control layer (dated snapshots in valid_from, as strikecheck:importcontrol writes them) is drawn as the snapshot in force on this day (YYYY-MM-DD): the latest valid_from on or before it, plus the undated features; empty: DATE when it is YYYY-MM-DD, else the latest strike date. The credits name it ('Control: DeepState, 1 OCT 2022') and the log warns when the strikes span several snapshots. Your layer is not changed: the map draws a filtered copy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;li&gt;&lt;b&gt;SERIES&lt;/b&gt;: none (one map), or a map series: one page per control snapshot (snapshot), day, week or month, each with that period's strikes, its own date in the title, finding and control date in the credits. A snapshot page runs from its valid_from to the next one's (strikes before the first count in the first) and every snapshot gets a page, strikes or none; a day, week (Monday to Sunday) or month page is drawn over the snapshot in force on its last day, and periods without a strike get no page (the log says how many). Undated strikes are on no page. The PDF has every page, the PNG and SVG are numbered (map_001.png, map_002.png...). The layout is a QGIS atlas over a layer of the pages (their dates, title, finding and credit, kept in the project file), its map filtered by its temporal range: it opens, previews and edits in the Layout Designer. DATE and CONTROL_DATE give way to each page's own.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_ANIMATION&lt;/b&gt;: with SERIES, the pages as an animation, 1.5 s each: a .gif (Pillow, python3-pil), or .mp4 / .webm when ffmpeg is installed (apt-get install ffmpeg).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Создаёт готовую к публикации карту в манере карт конфликтов ISW: заголовок и дата, удары звёздочками поверх территориального контроля, легенда (KEY), масштабная линейка в км, стрелка севера, врезка с положением страны, вывод одним предложением и источники. Границы и названия стран берутся из карты мира, входящей в QGIS: ничего не скачивается. Макет строится по resources/layouts/strikecheck_map.qpt и, если ADD_TO_PROJECT не отключён, также добавляется в макеты проекта, чтобы его можно было отредактировать перед повторным экспортом.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: удары, лучше всего результат strikecheck:nearestfaction (нужен для предложения с выводом). Карта кадрируется по ним.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: необязательно; карта контроля и линии до ближайшей территории. С TARGET_FACTION рисуются только линии к ней, и кадр их включает.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле стороны в слое контроля (по умолчанию 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необязательно, например isis: вывод сообщает, сколько ударов пришлось на её территорию и как далеко от неё были остальные.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (дополнительно): поле с названием каждого удара на карте; пусто: поле site, location, name, place или town, если ударов не больше 40.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: достоверность (сообщения High-/Low-Confidence, как у ISW) или контролирующая сторона (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: оформить слои цветами пресета, как это делает strikecheck:applystyle (слой проекта сохраняет новый стиль; данные не меняются никогда). Если отключено, используются ваши собственные стили.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: например 'Russian Airstrikes' и '30 SEPT 2015'; пустая DATE берётся из поля даты ударов. Дата, взятая из ударов, следует за заголовком после тире ('Strikes — 1 - 31 OCT 2022'). Длинный заголовок уменьшается, затем переносится, чтобы поместиться в рамку.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: слой контроля с датами (датированные срезы в valid_from, как их записывает strikecheck:importcontrol) рисуется срезом, действующим в этот день (YYYY-MM-DD): последний valid_from не позже этого дня плюс объекты без даты; пусто: DATE, если она записана как YYYY-MM-DD, иначе дата последнего удара. Строка источников называет его ('Control: DeepState, 1 OCT 2022'), а журнал предупреждает, если удары охватывают несколько срезов. Ваш слой не меняется: карта рисует отфильтрованную копию.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: строка источников 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (по умолчанию: имена слоёв); NOTE добавляет предложение под выводом.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 или A3, &lt;b&gt;ORIENTATION&lt;/b&gt; альбомная или книжная, &lt;b&gt;DPI&lt;/b&gt; для PNG, &lt;b&gt;PADDING&lt;/b&gt; вокруг ударов в % от кадрируемого охвата.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: необязательно; страна на врезке (по умолчанию: та, где больше всего ударов), как она названа на карте мира QGIS, например Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (дополнительно): собственный .qpt, например входящий в комплект, переоформленный в конструкторе макетов. Элементы ищутся по идентификатору (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); отсутствующие пропускаются, main_map обязателен. Шрифты, цвета и рамки остаются вашими; положение следует PAPER и ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (дополнительно): также сохранить макет в проекте вместе с показанными на нём слоями (контекстные слои карты мира в группе 'StrikeCheck map'). У qgis_process нет проекта: там записываются только файлы.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: файлы для записи (любые из них).&lt;/li&gt;&lt;li&gt;&lt;b&gt;SERIES&lt;/b&gt;: none (одна карта) или серия карт: одна страница на снимок контроля (snapshot), день (day), неделю (week) или месяц (month), на каждой удары этого периода, своя дата в заголовке, вывод и дата контроля в подписи. Страница снимка длится от его valid_from до valid_from следующего (удары до первого относятся к первому), и у каждого снимка есть страница, с ударами или без; страница дня, недели (с понедельника по воскресенье) или месяца рисуется поверх снимка, действующего в её последний день, а у периодов без ударов страницы нет (журнал говорит, сколько их). Удары без даты не попадают ни на одну страницу. В PDF все страницы, PNG и SVG пронумерованы (map_001.png, map_002.png...). Макет — атлас QGIS по слою страниц (их даты, заголовок, вывод и подпись, сохраняемые в файле проекта), его карта отфильтрована по временному диапазону страницы: он открывается, просматривается и правится в дизайнере макетов. DATE и CONTROL_DATE уступают собственным значениям каждой страницы.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_ANIMATION&lt;/b&gt;: при SERIES страницы в виде анимации, по 1,5 с каждая: .gif (Pillow, python3-pil) или .mp4 / .webm, если установлен ffmpeg (apt-get install ffmpeg).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="13" />
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. Raw public exports (DeepStateMap, Google My Maps) need only INPUT and the preset; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;</source>
      <translation>&lt;p&gt;Делает карту территориального контроля пригодной для StrikeCheck: текст стороны в каждом объекте ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') превращается в канонический код стороны из пресета, геометрии исправляются, и каждый объект получает дату, с которой он действует. Сырым публичным выгрузкам (DeepStateMap, Google My Maps) нужны только INPUT и пресет; входные данные не изменяются.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="78" />
      <source>&lt;p&gt;Turns a table of strikes as analysts receive it (an ACLED export, an Airwars-style table, a hand-typed CSV, a KML from a map service) into a clean StrikeCheck point layer in WGS84, and lists every row that could not become a strike with its line number and the reason. Nothing is dropped silently.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a file (CSV, TSV or semicolon-separated text; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) or any layer. Text files are read by StrikeCheck itself so that every line can be reported: UTF-8 with or without BOM, UTF-16, or Windows-1252 (Western European) when that is unambiguous; anything else is refused with a message rather than read as garbled text. The delimiter is found by itself. A loaded delimited-text layer is read from its file the same way. A KML or KMZ file is read by StrikeCheck too, whatever GDAL QGIS has: every placemark of every folder, with the columns Name, description, folder, timestamp (begin, end) and its ExtendedData; a placemark whose coordinates cannot be read is listed in ERRORS with the reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: optional; the latitude and longitude columns (decimal degrees, decimal commas, N/S/E/W letters or degrees-minutes-seconds). Found by name when empty: latitude/lat/y and longitude/lon/lng/long/x in any case, ACLED's included.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: optional; a column holding WKT points ('POINT (36.3 35.8)') or 'lat, lon' text ('35.8126, 36.3176', as Airwars writes it). Found by name or content when no latitude/longitude columns exist. Without any of these the layer's point geometry is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: optional QGIS expression over the input's own columns; rows for which it is false are left out (counted in the log, not errors). Empty: ACLED exports keep only sub_event_type = 'Air/drone strike', other inputs keep every row. Write TRUE to keep every row of an ACLED export.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date column (found by name when empty: event_date, date, ...). Reads 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: for dd/mm/yyyy versus mm/dd/yyyy. 'Detect' decides once for the whole column from dates that can only be read one way, and stops with a message when nothing decides it; it never guesses row by row.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional; found by name when empty (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: optional 'value=high;value=low' pairs for confidence values other than high/low (e.g. Airwars gradings: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: how far, in km, a strike may be from its coordinates for each precision code or word, e.g. ACLED geo_precision 1 (the town), 2 (near a town), 3 (a region or provincial capital). Default: {precision}. These distances are StrikeCheck's assumption, not ACLED's or Airwars'. A precision column whose name ends in km is taken as kilometres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: optional area where the strikes should be; rows outside it are rejected, and a whole column of exchanged latitude/longitude is detected by it even where both stay within ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: optional encoding of a text file (e.g. windows-1256 for Arabic Windows text); empty: detected.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with &lt;b&gt;strike_id&lt;/b&gt; (text: the id column, or the line number / feature id), &lt;b&gt;date&lt;/b&gt; (date or NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low or NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, then every original column with its values untouched (empty cells of a text file become NULL). An original column whose name clashes with one of these is kept as &amp;lt;name&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: a table of the rows that could not become strikes: &lt;b&gt;line&lt;/b&gt; (line number in a text file, row in a spreadsheet), &lt;b&gt;feature_id&lt;/b&gt; (feature id in a layer; not named fid, which GeoPackage reserves), &lt;b&gt;reason&lt;/b&gt; (e.g. 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") and &lt;b&gt;raw&lt;/b&gt; (the row as written).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A whole column of exchanged latitude and longitude (latitudes beyond ±90 while every longitude is within ±90) is detected and read the other way round, with a warning; columns you choose yourself are used as given.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Превращает таблицу ударов в том виде, в каком её получают аналитики (выгрузка ACLED, таблица в стиле Airwars, набранный вручную CSV, KML из картографического сервиса), в чистый точечный слой StrikeCheck в WGS84 и перечисляет каждую строку, которая не стала ударом, с номером строки и причиной. Ничего не отбрасывается молча.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: файл (CSV, TSV или текст с разделителем-точкой с запятой; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) или любой слой. Текстовые файлы StrikeCheck читает сам, чтобы сообщать о каждой строке: UTF-8 с BOM или без, UTF-16 или Windows-1252 (западноевропейская), если это однозначно; любая другая кодировка отклоняется с сообщением, а не читается искажённым текстом. Разделитель определяется автоматически. Загруженный слой текста с разделителями читается из своего файла так же. Файл KML или KMZ StrikeCheck тоже читает сам, какой бы GDAL ни был у QGIS: каждая метка каждой папки, со столбцами Name, description, folder, timestamp (begin, end) и её ExtendedData; метка, координаты которой нельзя прочитать, попадает в ERRORS с причиной.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: необязательно; столбцы широты и долготы (десятичные градусы, десятичные запятые, буквы N/S/E/W или градусы-минуты-секунды). Если пусто, находятся по имени: latitude/lat/y и longitude/lon/lng/long/x в любом регистре, включая столбцы ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: необязательно; столбец с точками WKT ('POINT (36.3 35.8)') или текстом 'lat, lon' ('35.8126, 36.3176', как пишет Airwars). Находится по имени или содержимому, если столбцов широты и долготы нет. Если нет ничего из этого, используется точечная геометрия слоя.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: необязательное выражение QGIS по столбцам входных данных; строки, для которых оно ложно, исключаются (учитываются в журнале, но не как ошибки). Пусто: из выгрузок ACLED остаются только строки с sub_event_type = 'Air/drone strike', из прочих входных данных — все строки. Напишите TRUE, чтобы оставить все строки выгрузки ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необязательно; столбец даты (если пусто, находится по имени: event_date, date, ...). Читает 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: дд/мм/гггг или мм/дд/гггг. 'Detect' решает один раз для всего столбца по датам, которые читаются только одним способом, и останавливается с сообщением, если решить нечем; он никогда не угадывает построчно.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необязательно; если пусто, находятся по имени (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: необязательные пары 'значение=high;значение=low' для значений достоверности, отличных от high/low (например, оценки Airwars: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: насколько далеко, в км, удар может быть от своих координат для каждого кода или слова точности, например geo_precision в ACLED: 1 (населённый пункт), 2 (рядом с населённым пунктом), 3 (район или административный центр провинции). По умолчанию: {precision}. Эти расстояния — допущение StrikeCheck, а не ACLED или Airwars. Столбец точности, имя которого оканчивается на km, читается в километрах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: необязательно; район, где должны находиться удары; строки вне его отклоняются, а по нему же распознаётся целый столбец перепутанных широт и долгот, даже если оба значения остаются в пределах ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: необязательная кодировка текстового файла (например, windows-1256 для арабского текста Windows); пусто: определяется.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Результаты&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: точки в EPSG:4326 с полями &lt;b&gt;strike_id&lt;/b&gt; (текст: столбец идентификатора или номер строки / идентификатор объекта), &lt;b&gt;date&lt;/b&gt; (дата или NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low или NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, затем все исходные столбцы с нетронутыми значениями (пустые ячейки текстового файла становятся NULL). Исходный столбец, чьё имя совпадает с одним из этих, сохраняется как &amp;lt;имя&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: таблица строк, которые не стали ударами: &lt;b&gt;line&lt;/b&gt; (номер строки в текстовом файле, строка в электронной таблице), &lt;b&gt;feature_id&lt;/b&gt; (идентификатор объекта в слое; не называется fid, так как это имя зарезервировано GeoPackage), &lt;b&gt;reason&lt;/b&gt; (например, 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") и &lt;b&gt;raw&lt;/b&gt; (строка в исходном виде).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Целый столбец перепутанных широт и долгот (широты за пределами ±90, при том что все долготы в пределах ±90) распознаётся и читается наоборот, с предупреждением; столбцы, выбранные вами самостоятельно, используются как есть.&lt;/p&gt;&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="47" />
      <source>&lt;p&gt;Turns a table of town control over time into dated control points that strikecheck:nearestfaction reads as a time-aware control layer.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a CSV/TSV text table in one of two shapes. Wide (VIINA-style): one row per place with lon and lat columns and one column per date named like ctr_20220301 (any prefix, then YYYYMMDD). Long (Carter-Center-style): one row per place per date with place, lat, lon, date and control columns.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: as in strikecheck:importcontrol. UA, RU and CONTESTED (any case) become ukraine_held, russia_occupied and contested; MAPPING overrides them; other codes are kept as given (normalised).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ONLY_CHANGES&lt;/b&gt;: write a place's control only where it changes from its previous date (default yes): the result reads the same in nearestfaction, which keeps the latest snapshot on or before each strike's date per place.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with faction, faction_label, raw_faction, valid_from and place. Empty cells are left out; rows without coordinates are named in a warning.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontroltable -- INPUT=viina_control.csv PRESET=ukraine OUTPUT=towns.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Превращает таблицу контроля населённых пунктов во времени в датированные точки контроля, которые strikecheck:nearestfaction читает как слой контроля с учётом времени.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: текстовая таблица CSV/TSV одного из двух видов. Широкая (как у VIINA): одна строка на пункт со столбцами lon и lat и по столбцу на дату с именем вида ctr_20220301 (любой префикс, затем YYYYMMDD). Длинная (как у Carter Center): одна строка на пункт и дату со столбцами place, lat, lon, date и control.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: как в strikecheck:importcontrol. UA, RU и CONTESTED (в любом регистре) становятся ukraine_held, russia_occupied и contested; MAPPING их переопределяет; прочие коды сохраняются как есть (нормализованными).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ONLY_CHANGES&lt;/b&gt;: записывать контроль пункта только там, где он меняется по сравнению с предыдущей датой (по умолчанию да): nearestfaction читает результат так же, поскольку берёт для каждого пункта последний снимок на дату удара или раньше.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Результат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: точки в EPSG:4326 с полями faction, faction_label, raw_faction, valid_from и place. Пустые ячейки пропускаются; строки без координат называются в предупреждении.&lt;/p&gt;&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontroltable -- INPUT=viina_control.csv PRESET=ukraine OUTPUT=towns.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="42" />
      <source>&lt;p&gt;Writes a report of an analysis: the finding in one sentence, the map, strikes by controlling faction, the distance to the target faction, strikes per week by controlling faction (when the strikes have dates), and a strike-by-strike table. HTML (charts and map as PNG files in a folder beside it) and, optionally, a PDF made by Qt itself: no browser or web service. Your layers' styles are left as they were.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the output of strikecheck:nearestfaction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding and the distance chart are about it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; names the strikes in the table (default: a field called site, location, name, place or town).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;, &lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; with CONTROL the report draws its map as strikecheck:exportmap does. &lt;b&gt;MAP_IMAGE&lt;/b&gt; puts an existing PNG (e.g. exportmap's) in the report instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PALETTE&lt;/b&gt;: colours and names of the factions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;, &lt;b&gt;NOTE&lt;/b&gt;, &lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the report's words and its sources.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_HTML&lt;/b&gt;, &lt;b&gt;OUTPUT_PDF&lt;/b&gt;: the files to write.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:report -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis OUTPUT_HTML=report.html OUTPUT_PDF=report.pdf&lt;/pre&gt;</source>
      <translation>&lt;p&gt;Составляет отчёт об анализе: вывод одним предложением, карта, удары по контролирующим сторонам, расстояние до целевой стороны, удары по неделям и контролирующим сторонам (если у ударов есть даты) и таблица по каждому удару. HTML (графики и карта — файлы PNG в папке рядом с ним) и, по желанию, PDF, который создаёт сам Qt: без браузера и веб-сервисов. Стили ваших слоёв не меняются.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: результат strikecheck:nearestfaction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необязательно, например isis: вывод и график расстояний посвящены этой стороне.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: необязательно; названия ударов в таблице (по умолчанию: поле site, location, name, place или town).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;, &lt;b&gt;FACTION_FIELD&lt;/b&gt;: необязательно; с CONTROL отчёт рисует карту так же, как strikecheck:exportmap. &lt;b&gt;MAP_IMAGE&lt;/b&gt; вместо этого вставляет в отчёт готовый PNG (например, от exportmap).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PALETTE&lt;/b&gt;: цвета и названия сторон.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;, &lt;b&gt;NOTE&lt;/b&gt;, &lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: тексты отчёта и его источники.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_HTML&lt;/b&gt;, &lt;b&gt;OUTPUT_PDF&lt;/b&gt;: файлы для записи.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:report -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis OUTPUT_HTML=report.html OUTPUT_PDF=report.pdf&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="113" />
      <source>A long table (a row per place and date): {n} dated control values.</source>
      <translation>Длинная таблица (строка на пункт и дату): {n} датированных значений контроля.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="200" />
      <source>A map series needs the strikes' dates: the layer '{layer}' has no field called {names}.</source>
      <translation>Для серии карт нужны даты ударов: в слое '{layer}' нет поля с именем {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="113" />
      <source>A wide table (a column per date): {n} dated control values.</source>
      <translation>Широкая таблица (столбец на дату): {n} датированных значений контроля.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="30" />
      <source>ACLED export without a sub_event_type column: every row is kept (older exports mix air strikes with shelling and other remote violence).</source>
      <translation>Выгрузка ACLED без столбца sub_event_type: все строки сохранены (в старых выгрузках авиаудары смешаны с обстрелами и другим дистанционным насилием).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="37" />
      <source>ACLED export: keeping only {expression}. Set FILTER_EXPRESSION to TRUE to keep every row.</source>
      <translation>Выгрузка ACLED: остаются только строки, где {expression}. Задайте FILTER_EXPRESSION = TRUE, чтобы оставить все строки.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="77" />
      <source>ACLED time_precision: {week} strikes dated within a week (event_date ± 3 days) and {month} within a month (its calendar month); date and date_end hold each window.</source>
      <translation>ACLED time_precision: {week} ударов датированы в пределах недели (event_date ± 3 дня) и {month} в пределах месяца (его календарный месяц); date и date_end хранят каждый период.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>APR</source>
      <translation>АПР</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>AUG</source>
      <translation>АВГ</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Across the front</source>
      <translation>По ту сторону фронта</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Actor column (empty: find it)</source>
      <translation>Столбец исполнителя (пусто: найти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="295" />
      <source>Add the layout to the project</source>
      <translation>Добавить макет в проект</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="241" />
      <source>All {n} dated strikes fall in one week (starting Monday {day}): no weekly chart.</source>
      <translation>Все датированные удары ({n}) приходятся на одну неделю (с понедельника {day}): недельный график не строится.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="337" />
      <source>All {total} strikes, one per row.</source>
      <translation>Все {total} ударов, по одному в строке.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="68" />
      <source>Analysed strikes (output of Nearest faction)</source>
      <translation>Проанализированные удары (результат «Ближайшая сторона»)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="75" />
      <source>Analysis</source>
      <translation>Анализ</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="77" />
      <source>Analysis: StrikeCheck</source>
      <translation>Анализ: StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="250" />
      <source>Animation of the series</source>
      <translation>Анимация серии</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="23" />
      <source>Apply StrikeCheck style</source>
      <translation>Применить стиль StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="90" />
      <source>Area of interest (polygons; optional)</source>
      <translation>Область интереса (полигоны; необязательно)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="219" />
      <source>Area where strikes are expected</source>
      <translation>Район, где ожидаются удары</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="170" />
      <source>CONFIDENCE_MAPPING maps '{key}' to '{value}'; the confidence can only be high, low or null.</source>
      <translation>CONFIDENCE_MAPPING сопоставляет '{key}' значению '{value}'; достоверность может быть только high, low или null.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="74" />
      <source>CONTROL_DATE '{value}' is not a date written YYYY-MM-DD.</source>
      <translation>CONTROL_DATE '{value}' — не дата в виде YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="300" />
      <source>Cancelled: nothing was written.</source>
      <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="121" />
      <source>Cancelled: the files this run began were removed.</source>
      <translation>Отменено: файлы, начатые этим запуском, удалены.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Certain</source>
      <translation>Достоверно</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="62" />
      <source>Colour tolerance (CIELAB delta E)</source>
      <translation>Допуск цвета (delta E в CIELAB)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="74" />
      <source>Colours from preset '{preset}', palette '{palette}'.</source>
      <translation>Цвета из пресета '{preset}', палитра '{palette}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="86" />
      <source>Column '{column}' is not in the input; its columns are: {names}.</source>
      <translation>Столбца '{column}' нет во входных данных; их столбцы: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="234" />
      <source>Column header '{old}' is empty or repeated: named '{new}'.</source>
      <translation>Заголовок столбца '{old}' пуст или повторяется: назван '{new}'.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>Confidence</source>
      <translation>Достоверность</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Confidence column (empty: find it)</source>
      <translation>Столбец достоверности (пусто: найти)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="290" />
      <source>Confidence values not understood, imported as NULL: {values}. Map them with CONFIDENCE_MAPPING, e.g. 'Fair=high;Weak=low'.</source>
      <translation>Непонятные значения достоверности импортированы как NULL: {values}. Сопоставьте их через CONFIDENCE_MAPPING, например 'Fair=high;Weak=low'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="205" />
      <source>Confidence values to map, e.g. Fair=high;Weak=low</source>
      <translation>Сопоставление значений достоверности, например Fair=high;Weak=low</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="127" />
      <source>Control history</source>
      <translation>История контроля</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="176" />
      <source>Control map (canonical)</source>
      <translation>Карта контроля (каноническая)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="119" />
      <source>Control map (from image)</source>
      <translation>Карта контроля (по изображению)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="78" />
      <source>Control map (polygons, lines or points)</source>
      <translation>Карта контроля (полигоны, линии или точки)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="30" />
      <source>Control map from image</source>
      <translation>Карта контроля по изображению</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="91" />
      <source>Control map: the snapshot of {date}, in force on the map's date ({shown} of {count} features; {total} snapshots in the layer).</source>
      <translation>Карта контроля: срез от {date}, действующий на дату карты ({shown} из {count} объектов; срезов в слое: {total}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="70" />
      <source>Control table</source>
      <translation>Таблица контроля</translation>
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
      <translation>Под контролем</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Could also be</source>
      <translation>Может быть также</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="138" />
      <source>Could not save the style to {path}: {message}</source>
      <translation>Не удалось сохранить стиль в {path}: {message}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="67" />
      <source>Country '{name}' is not in the world map QGIS ships (Natural Earth names in English, e.g. Ukraine, Syria); set OUTLINE to a polygon layer instead.</source>
      <translation>Страны '{name}' нет на карте мира, поставляемой с QGIS (названия Natural Earth по-английски, например Ukraine, Syria); задайте вместо этого в OUTLINE полигональный слой.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="289" />
      <source>Country of the inset (empty: found)</source>
      <translation>Страна на врезке (пусто: определить)</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="78" />
      <source>Country outlines: Natural Earth (bundled with QGIS).</source>
      <translation>Границы стран: Natural Earth (входит в QGIS).</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="35" />
      <source>DATE_PATTERN is not a regular expression: {error}</source>
      <translation>DATE_PATTERN не является регулярным выражением: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="40" />
      <source>DATE_PATTERN needs the named groups (?P&lt;year&gt;...), (?P&lt;month&gt;...) and (?P&lt;day&gt;...); it has: {groups}</source>
      <translation>DATE_PATTERN нужны именованные группы (?P&lt;year&gt;...), (?P&lt;month&gt;...) и (?P&lt;day&gt;...); в нём есть: {groups}</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>DEC</source>
      <translation>ДЕК</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="107" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="172" />
      <source>Date column (empty: find it)</source>
      <translation>Столбец даты (пусто: найти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="242" />
      <source>Date field '{field}' not found in the control layer.</source>
      <translation>Поле даты '{field}' не найдено в слое контроля.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Date field of the features (optional)</source>
      <translation>Поле даты объектов (необязательно)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="185" />
      <source>Date of the control map, YYYY-MM-DD (empty: latest strike)</source>
      <translation>Дата карты контроля, YYYY-MM-DD (пусто: последний удар)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="178" />
      <source>Date, e.g. 30 SEPT 2015 (empty: from the strikes' dates)</source>
      <translation>Дата, например 30 SEPT 2015 (пусто: по датам ударов)</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="199" />
      <source>Dates in column '{column}' are read {order}, as '{example}' shows.</source>
      <translation>Даты в столбце '{column}' читаются так: {order}, как показывает '{example}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="157" />
      <source>Dates in column '{column}' can be read day-first or month-first (e.g. '{example}') and none of them settles which. Set DATE_ORDER to day-first (dd/mm/yyyy) or month-first (mm/dd/yyyy).</source>
      <translation>Даты в столбце '{column}' можно прочитать и с днём, и с месяцем впереди (например, '{example}'), и ни одна из них не решает вопрос. Задайте DATE_ORDER: сначала день (дд/мм/гггг) или сначала месяц (мм/дд/гггг).</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="138" />
      <source>Dates in column '{column}' mix day-first ('{day}') and month-first ('{month}') writing, so their order cannot be decided for the column. Set DATE_ORDER to the order most rows use; rows written the other way will be listed as errors.</source>
      <translation>В столбце '{column}' смешаны даты с днём впереди ('{day}') и с месяцем впереди ('{month}'), поэтому порядок для столбца определить нельзя. Задайте в DATE_ORDER порядок, которым записано большинство строк; строки, записанные иначе, попадут в ошибки.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Day first (dd/mm/yyyy)</source>
      <translation>Сначала день (дд/мм/гггг)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Day/month order of numeric dates</source>
      <translation>Порядок дня и месяца в числовых датах</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Detect from the whole column</source>
      <translation>Определить по всему столбцу</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="212" />
      <source>Distance in km for each precision code or word</source>
      <translation>Расстояние в км для каждого кода или слова точности</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="153" />
      <source>Distance to nearest {name} territory</source>
      <translation>Расстояние до ближайшей территории: {name}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="188" />
      <source>Distance to the nearest {name} territory</source>
      <translation>Расстояние до ближайшей территории: {name}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="271" />
      <source>Draw strikes by</source>
      <translation>Рисовать удары по</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="42" />
      <source>Edit to override the preset for this value</source>
      <translation>Измените, чтобы заменить пресет для этого значения</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="271" />
      <source>Engine (auto: inside PostGIS when both layers are in one database)</source>
      <translation>Движок (auto: внутри PostGIS, если оба слоя в одной базе данных)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="257" />
      <source>Event dataset recognised by its columns: {source}.</source>
      <translation>Набор данных о событиях распознан по его столбцам: {source}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="67" />
      <source>Every feature's faction from FACTION_VALUE.</source>
      <translation>Сторона каждого объекта взята из FACTION_VALUE.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="29" />
      <source>Export strike map</source>
      <translation>Экспорт карты ударов</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>FEB</source>
      <translation>ФЕВ</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="85" />
      <source>FILTER_EXPRESSION cannot be read: {error}</source>
      <translation>Не удаётся прочитать FILTER_EXPRESSION: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="110" />
      <source>FILTER_EXPRESSION fails on this row: {error}</source>
      <translation>FILTER_EXPRESSION не срабатывает на этой строке: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="94" />
      <source>FILTER_EXPRESSION uses column(s) {unknown}, which the input does not have; its columns are: {names}.</source>
      <translation>FILTER_EXPRESSION использует столбцы {unknown}, которых нет во входных данных; их столбцы: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="153" />
      <source>Faction field</source>
      <translation>Поле стороны</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="70" />
      <source>Faction field '{field}' (found by its name; set FACTION_FIELD to choose another).</source>
      <translation>Поле стороны '{field}' (найдено по имени; задайте FACTION_FIELD, чтобы выбрать другое).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="75" />
      <source>Faction field '{field}'.</source>
      <translation>Поле стороны '{field}'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="85" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Faction field (empty: find it)</source>
      <translation>Поле стороны (пусто: найти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="154" />
      <location filename="../plugin/processing/algorithms/report.py" line="104" />
      <source>Faction field of the control layer</source>
      <translation>Поле стороны в слое контроля</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="133" />
      <source>Faction holding the rest of the outline, e.g. ukraine_held (optional)</source>
      <translation>Сторона, которой принадлежит остаток контура, например ukraine_held (необязательно)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="93" />
      <source>Faction of the whole layer, e.g. occupied (instead of a field)</source>
      <translation>Сторона для всего слоя, например occupied (вместо поля)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="100" />
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="71" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="98" />
      <source>Faction preset</source>
      <translation>Пресет сторон</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="37" />
      <source>Faction preset (colours and legend labels)</source>
      <translation>Пресет сторон (цвета и подписи легенды)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="175" />
      <location filename="../plugin/processing/nearest/request.py" line="176" />
      <source>Faction(s) {unknown} are not in the control layer's faction field; values present: {present}.</source>
      <translation>Стороны {unknown} отсутствуют в поле стороны слоя контроля; имеющиеся значения: {present}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="81" />
      <location filename="../plugin/processing/nearest/reporting.py" line="82" />
      <source>Factions in the control map (field '{field}'): {names}</source>
      <translation>Стороны на карте контроля (поле '{field}'): {names}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="158" />
      <source>Factions to measure, separated by ';' (empty: all)</source>
      <translation>Стороны для измерения через ';' (пусто: все)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="86" />
      <source>Field '{field}' not found in layer '{layer}'; choose the field that holds {what} (fields: {names}).</source>
      <translation>Поле '{field}' не найдено в слое '{layer}'; выберите поле, в котором {what} (поля: {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_values.py" line="36" />
      <location filename="../plugin/processing/nearest/request.py" line="136" />
      <location filename="../plugin/processing/nearest/request.py" line="137" />
      <source>Field '{field}' not found in the control layer; choose the field that holds faction names (fields: {names}).</source>
      <translation>Поле '{field}' не найдено в слое контроля; выберите поле с названиями сторон (поля: {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="250" />
      <source>Fields from columns: {used}.</source>
      <translation>Поля из столбцов: {used}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>File-name date pattern (regular expression)</source>
      <translation>Шаблон даты в имени файла (регулярное выражение)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="261" />
      <location filename="../plugin/processing/algorithms/report.py" line="148" />
      <source>Finding</source>
      <translation>Вывод</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="138" />
      <source>Finding.</source>
      <translation>Вывод.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="258" />
      <source>For every strike StrikeCheck finds the faction(s) whose territory on the control map contains it, and the geodesic distance (WGS84 ellipsoid) to the nearest point of each faction's territory; 0 km means inside. The control map's accuracy bounds the answer: a strike a few km from a front line may fall on either side of it. Where the strikes carry a location precision, each becomes a disc: the conclusion 'held by X' survives only when X holds the whole disc. 'km to front' is the distance to the nearest border between the controlling faction and another one (not the coast); for a strike no mapped faction holds, to the nearest faction's territory. A control map with dated snapshots is read at each strike's date.</source>
      <translation>Для каждого удара StrikeCheck находит сторону (или стороны), чья территория на карте контроля его содержит, и геодезическое расстояние (эллипсоид WGS84) до ближайшей точки территории каждой стороны; 0 км означает «внутри». Точность карты контроля ограничивает ответ: удар в нескольких километрах от линии фронта может оказаться по любую её сторону. Если у ударов указана точность местоположения, каждый превращается в круг: вывод «под контролем X» сохраняется, только если X контролирует весь круг. «км до фронта» — расстояние до ближайшей границы между контролирующей стороной и другой стороной (не до побережья); для удара, который не контролирует ни одна из сторон на карте, — до ближайшей территории какой-либо стороны. Карта контроля с датированными срезами читается на дату каждого удара.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="254" />
      <source>Front line name field</source>
      <translation>Поле названия линии фронта</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="249" />
      <source>Front lines (optional)</source>
      <translation>Линии фронта (необязательно)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="262" />
      <source>Front tolerance (km)</source>
      <translation>Допуск фронта (км)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="250" />
      <source>GIF animation (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
      <translation>Анимация GIF (*.gif);;Видео MP4 (*.mp4);;Видео WebM (*.webm)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="286" />
      <location filename="../plugin/reports/build.py" line="302" />
      <source>Generated by StrikeCheck on {day}.</source>
      <translation>Создано StrikeCheck {day}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="203" />
      <source>Geodesic distance (WGS84 ellipsoid) from each strike outside {name} territory to the nearest point of it.</source>
      <translation>Геодезическое расстояние (эллипсоид WGS84) от каждого удара вне территории «{name}» до её ближайшей точки.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="211" />
      <source>Geodesic distance (WGS84 ellipsoid) from each strike outside {name}-held territory to the nearest point of it.</source>
      <translation>Геодезическое расстояние (эллипсоид WGS84) от каждого удара вне территории под контролем стороны {name} до её ближайшей точки.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="49" />
      <source>Georeferenced map image (GeoTIFF, PNG/JPEG + world file)</source>
      <translation>Привязанное изображение карты (GeoTIFF, PNG/JPEG + файл привязки)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="134" />
      <source>HTML (*.html)</source>
      <translation>HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="134" />
      <source>HTML report</source>
      <translation>Отчёт HTML</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="107" />
      <source>Held by</source>
      <translation>Под контролем</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="17" />
      <source>High-Confidence reporting</source>
      <translation>Сообщения высокой достоверности (High-Confidence)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="32" />
      <location filename="../plugin/processing/algorithms/import_control.py" line="58" />
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="37" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="47" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="56" />
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="45" />
      <source>Import control history</source>
      <translation>Импорт истории контроля</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="56" />
      <source>Import control map</source>
      <translation>Импорт карты контроля</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="54" />
      <source>Import strikes</source>
      <translation>Импорт ударов</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="35" />
      <source>Import town control table</source>
      <translation>Импорт таблицы контроля населённых пунктов</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="263" />
      <source>Incorrect parameter value for {name}</source>
      <translation>Неверное значение параметра {name}</translation>
    </message>
    <message>
      <location filename="../plugin/database/engine.py" line="269" />
      <source>Internal error: output columns do not match the answers.</source>
      <translation>Внутренняя ошибка: выходные столбцы не соответствуют ответам.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="79" />
      <source>Its other sheets are not read ({others}): give INPUT as {name}|layername=&lt;sheet&gt; to read another.</source>
      <translation>Остальные листы не читаются ({others}): чтобы прочитать другой, укажите INPUT как {name}|layername=&lt;sheet&gt;.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>JAN</source>
      <translation>ЯНВ</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="340" />
      <source>JSON error at line {line}, column {column}: {error}.</source>
      <translation>Ошибка JSON в строке {line}, столбце {column}: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>JULY</source>
      <translation>ИЮЛ</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>JUNE</source>
      <translation>ИЮН</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/map_layout.py" line="120" />
      <source>KEY</source>
      <translation>УСЛОВНЫЕ ОБОЗНАЧЕНИЯ</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="164" />
      <source>Keep rows where (empty: ACLED air/drone strikes, else all rows)</source>
      <translation>Оставить строки, где (пусто: авиаудары и удары БПЛА из ACLED, иначе все строки)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="309" />
      <source>Keeping the rows FILTER_EXPRESSION selects: {expression}</source>
      <translation>Отбор строк по FILTER_EXPRESSION: {expression}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="30" />
      <source>Label</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="210" />
      <source>Last day of each strike's date window (empty: 'date_end' if present)</source>
      <translation>Последний день периода даты каждого удара (пусто: 'date_end', если есть)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="136" />
      <source>Latitude and longitude are exchanged in the whole input ({why}): read {where} the other way round.</source>
      <translation>Широта и долгота перепутаны во всех входных данных ({why}): {where} читаются наоборот.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="147" />
      <source>Latitude and longitude look exchanged ({why}), but {where} was chosen explicitly and is used as given.</source>
      <translation>Широта и долгота выглядят перепутанными ({why}), но {where} выбраны явно и используются как есть.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>Latitude column (empty: find it)</source>
      <translation>Столбец широты (пусто: найти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="78" />
      <source>Layer to style</source>
      <translation>Слой для оформления</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="354" />
      <source>Layout '{name}' added to the project (Project &gt; Layouts).</source>
      <translation>Макет '{name}' добавлен в проект (Проект &gt; Макеты).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="260" />
      <source>Layout name</source>
      <translation>Имя макета</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="292" />
      <source>Layout template (.qpt)</source>
      <translation>Шаблон макета (.qpt)</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="52" />
      <source>Legend entry '{entry}' is not 'colour=faction': write each as #rrggbb=faction, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>Элемент легенды '{entry}' не имеет вида 'colour=faction': записывайте каждый как #rrggbb=faction, например #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="54" />
      <source>Legend: a palette (isw-like, wikipedia, ukraine) or #rrggbb=faction;...</source>
      <translation>Легенда: палитра (isw-like, wikipedia, ukraine) или #rrggbb=faction;...</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="160" />
      <source>Line {line} cannot be read as delimited text: {error}.</source>
      <translation>Строку {line} нельзя прочитать как текст с разделителями: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="149" />
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="186" />
      <source>Lines to nearest territory</source>
      <translation>Линии до ближайшей территории</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="96" />
      <source>Lines to nearest territory (for the map)</source>
      <translation>Линии до ближайшей территории (для карты)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="301" />
      <source>Location precision codes that {source} does not define ({codes}), imported with precision NULL: {values}. Give them a distance in PRECISION_KM if you know what they mean.</source>
      <translation>Коды точности местоположения, которых {source} не определяет ({codes}), импортированы с точностью NULL: {values}. Задайте им расстояние в PRECISION_KM, если знаете, что они означают.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Location precision column (empty: find it)</source>
      <translation>Столбец точности местоположения (пусто: найти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="227" />
      <source>Location precision field, km (empty: 'precision_km' if present)</source>
      <translation>Поле точности местоположения, км (пусто: 'precision_km', если есть)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="72" />
      <location filename="../plugin/processing/nearest/reporting.py" line="73" />
      <source>Location precision known for {n} of {total} strikes.</source>
      <translation>Точность местоположения известна для {n} из {total} ударов.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="263" />
      <source>Location precision of '{column}' in km: {table}{overridden}.</source>
      <translation>Точность местоположения '{column}' в км: {table}{overridden}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="314" />
      <source>Location precision values with no distance, imported as NULL: {values}. Give them one in PRECISION_KM, e.g. '1=2;2=15;3=50'.</source>
      <translation>Значения точности местоположения без расстояния импортированы как NULL: {values}. Задайте для них расстояние в PRECISION_KM, например '1=2;2=15;3=50'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>Longitude column (empty: find it)</source>
      <translation>Столбец долготы (пусто: найти)</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="18" />
      <source>Low-Confidence reporting</source>
      <translation>Сообщения низкой достоверности (Low-Confidence)</translation>
    </message>
    <message>
      <location filename="../plugin/core/factions.py" line="293" />
      <source>MAPPING entry '{entry}' matched no value of the faction field.</source>
      <translation>Запись MAPPING '{entry}' не совпала ни с одним значением поля стороны.</translation>
    </message>
    <message>
      <location filename="../plugin/core/factions.py" line="182" />
      <source>MAPPING target '{target}' is not a faction of preset '{preset}': used as code '{code}'.</source>
      <translation>Цель MAPPING '{target}' не является стороной пресета '{preset}': используется как код '{code}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>MAR</source>
      <translation>МАР</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>MAY</source>
      <translation>МАЯ</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="144" />
      <source>Map</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="126" />
      <source>Map date for features without one, e.g. 2015-09-27 (optional)</source>
      <translation>Дата карты для объектов без даты, например 2015-09-27 (необязательно)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="98" />
      <source>Map date, e.g. 2015-09-27 (optional)</source>
      <translation>Дата карты, например 2015-09-27 (необязательно)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="113" />
      <source>Map image to include (PNG)</source>
      <translation>Изображение карты для отчёта (PNG)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="120" />
      <source>Map series by {kind}: {n} page(s), {first} to {last}.</source>
      <translation>Серия карт по периоду {kind}: страниц: {n}, с {first} по {last}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="241" />
      <source>Map series: one page per</source>
      <translation>Серия карт: одна страница на</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="122" />
      <source>Map unrecognised values with MAPPING, e.g. '{raw}=&lt;code&gt;'.</source>
      <translation>Сопоставьте нераспознанные значения через MAPPING, например '{raw}=&lt;code&gt;'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="80" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Mapping overrides, e.g. Turkish-backed=rebel</source>
      <translation>Переопределения сопоставления, например Turkish-backed=rebel</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="109" />
      <source>Mapping overrides, e.g. Turkish-backed=rebel;Kurds/Government=kurdish+regime</source>
      <translation>Ручные сопоставления, например Turkish-backed=rebel;Kurds/Government=kurdish+regime</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="22" />
      <source>Maps and reports</source>
      <translation>Карты и отчёты</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="165" />
      <source>Maximum distance (km, empty: no limit)</source>
      <translation>Максимальное расстояние (км, пусто: без ограничения)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="244" />
      <source>Measure the distance to the front</source>
      <translation>Измерять расстояние до фронта</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="87" />
      <location filename="../plugin/processing/nearest/reporting.py" line="88" />
      <source>Measured (FACTIONS): {names}; the others still count for controlled_by.</source>
      <translation>Измерены (FACTIONS): {names}; остальные по-прежнему учитываются в controlled_by.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="172" />
      <source>Method</source>
      <translation>Методика</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="72" />
      <source>Minimum area of a patch, km² (0: 49 pixels)</source>
      <translation>Минимальная площадь участка, km² (0: 49 пикселей)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="104" />
      <source>Mixed class '{label}' -&gt; {code}: the analysis counts it as territory of {members}.</source>
      <translation>Смешанный класс '{label}' -&gt; {code}: анализ считает его территорией каждой из сторон: {members}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="45" />
      <location filename="../plugin/processing/nearest/reporting.py" line="46" />
      <source>Mixed control ({classes}) counts as territory of each member.</source>
      <translation>Смешанный контроль ({classes}) считается территорией каждого участника.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="41" />
      <source>Month</source>
      <translation>Месяц</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Month first (mm/dd/yyyy)</source>
      <translation>Сначала месяц (мм/дд/гггг)</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>NOV</source>
      <translation>НОЯ</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="220" />
      <source>NUL characters in {path} were removed from its values.</source>
      <translation>Символы NUL в {path} удалены из его значений.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="27" />
      <source>Nearest faction</source>
      <translation>Ближайшая сторона</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="43" />
      <source>Nearest other</source>
      <translation>Ближайшая другая</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>Nearest other faction</source>
      <translation>Ближайшая другая сторона</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="52" />
      <source>No 'confidence' field: strikes drawn by the faction holding the ground.</source>
      <translation>Нет поля 'confidence': удары окрашены по стороне, контролирующей местность.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="157" />
      <source>No control-map files found in INPUT ({entries}).</source>
      <translation>Во входных данных INPUT не найдено файлов карт контроля ({entries}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="277" />
      <source>No date column found: every strike's date is NULL. Set DATE_FIELD to the column that holds the dates.</source>
      <translation>Столбец даты не найден: у всех ударов дата NULL. Укажите в DATE_FIELD столбец с датами.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_values.py" line="45" />
      <source>No faction field found (looked for {tried}); set FACTION_FIELD to the field that names who holds each feature, or FACTION_VALUE to the faction of the whole layer (fields: {names}).</source>
      <translation>Поле стороны не найдено (искали {tried}); задайте в FACTION_FIELD поле, которое называет, кто удерживает каждый объект, или в FACTION_VALUE сторону для всего слоя (поля: {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="199" />
      <source>No field {field} in the layer: the labels leave out the distance to {target}. Run strikecheck:nearestfaction with that faction.</source>
      <translation>В слое нет поля {field}: в подписях не будет расстояния до {target}. Запустите strikecheck:nearestfaction с этой стороной.</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="70" />
      <source>No legend: name a palette, e.g. isw-like, or give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>Легенда не задана: укажите палитру, например isw-like, или цвет каждой стороны, например #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="96" />
      <source>No mapped faction</source>
      <translation>Сторона не указана на карте</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="85" />
      <source>No positions found: the input has no latitude/longitude columns under a usual name (such as latitude/longitude, lat/lon, y/x), no column of WKT points or 'lat, lon' text, and no point geometry. Set LAT_FIELD and LON_FIELD, or GEOMETRY_FIELD. Columns: {names}.</source>
      <translation>Координаты не найдены: во входных данных нет столбцов широты и долготы с обычными именами (например, latitude/longitude, lat/lon, y/x), нет столбца с точками WKT или текстом 'lat, lon' и нет точечной геометрии. Задайте LAT_FIELD и LON_FIELD или GEOMETRY_FIELD. Столбцы: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="87" />
      <source>No row could be imported: see the reasons above.</source>
      <translation>Не удалось импортировать ни одной строки: причины см. выше.</translation>
    </message>
    <message>
      <location filename="../plugin/core/control_tables.py" line="62" />
      <source>No {what} column found (looked for {tried}; columns: {columns}).</source>
      <translation>Столбец «{what}» не найден (искали {tried}; столбцы: {columns}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="216" />
      <source>None of the files could be imported.</source>
      <translation>Ни один из файлов не удалось импортировать.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="215" />
      <source>None of the strikes of '{layer}' has a date: there is no period to map.</source>
      <translation>Ни у одного удара слоя '{layer}' нет даты: нет периода для карты.</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="29" />
      <source>Not in any mapped faction's territory</source>
      <translation>Вне территории всех сторон на карте</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="207" />
      <source>Not shown: {n} strike(s) inside {name} territory.</source>
      <translation>Не показаны: ударов на территории «{name}»: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="215" />
      <source>Not shown: {n} strike(s) inside {name}-held territory.</source>
      <translation>Не показаны: ударов внутри территории под контролем стороны {name}: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="197" />
      <source>Note under the finding</source>
      <translation>Примечание под выводом</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="319" />
      <source>Nothing to do: set OUTPUT_PDF, OUTPUT_PNG or OUTPUT_SVG, or add the layout to the open project.</source>
      <translation>Нечего делать: задайте OUTPUT_PDF, OUTPUT_PNG или OUTPUT_SVG либо добавьте макет в открытый проект.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>OCT</source>
      <translation>ОКТ</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="173" />
      <source>OUTPUT_ANIMATION animates a map series: choose SERIES (snapshot, day, week or month).</source>
      <translation>OUTPUT_ANIMATION анимирует серию карт: выберите SERIES (snapshot, day, week или month).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="54" />
      <location filename="../plugin/processing/nearest/reporting.py" line="55" />
      <source>One dated control snapshot ({day}): every strike is measured against it.</source>
      <translation>Один датированный снимок контроля ({day}): каждый удар измеряется по нему.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="93" />
      <source>Only changes of control</source>
      <translation>Только изменения контроля</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="148" />
      <source>Or a country of QGIS's world map as the outline, e.g. Ukraine</source>
      <translation>Или страна с карты мира QGIS в качестве контура, например Ukraine</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="209" />
      <source>Orientation</source>
      <translation>Ориентация</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="358" />
      <source>Original column '{old}' kept as '{new}' (StrikeCheck uses '{old}').</source>
      <translation>Исходный столбец '{old}' сохранён как '{new}' (StrikeCheck использует '{old}').</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="260" />
      <source>Original field '{old}' kept as '{new}'.</source>
      <translation>Исходное поле '{old}' сохранено как '{new}'.</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="31" />
      <source>Other</source>
      <translation>Прочее</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="43" />
      <source>Other factions</source>
      <translation>Другие стороны</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="140" />
      <source>Outline for the remainder (polygons; optional)</source>
      <translation>Контур для остатка (полигоны; необязательно)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="139" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="139" />
      <source>PDF report</source>
      <translation>Отчёт PDF</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="218" />
      <source>PNG resolution (dpi)</source>
      <translation>Разрешение PNG (dpi)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="121" />
      <source>PRECISION_KM gives '{value}' for '{key}'; write a distance in km, e.g. '1=2;2=15;3=50'.</source>
      <translation>PRECISION_KM задаёт '{value}' для '{key}'; укажите расстояние в км, например '1=2;2=15;3=50'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="281" />
      <source>Padding around the strikes (%)</source>
      <translation>Отступ вокруг ударов (%)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="46" />
      <source>Palette, e.g. isw-like or wikipedia (empty: the preset's default)</source>
      <translation>Палитра, например isw-like или wikipedia (пусто: палитра пресета по умолчанию)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="200" />
      <source>Paper</source>
      <translation>Бумага</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="233" />
      <source>Positions from columns '{lat}' (latitude) and '{lon}' (longitude).</source>
      <translation>Координаты из столбцов '{lat}' (широта) и '{lon}' (долгота).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="241" />
      <source>Positions from the WKT / 'lat, lon' text of column '{column}'.</source>
      <translation>Координаты из текста WKT / 'lat, lon' в столбце '{column}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="246" />
      <source>Positions from the layer's point geometry.</source>
      <translation>Координаты из точечной геометрии слоя.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="48" />
      <source>Possible factions</source>
      <translation>Возможные стороны</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="235" />
      <source>Precision for strikes without a value (km)</source>
      <translation>Точность для ударов без значения (км)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="43" />
      <source>Preset '{name}' chosen automatically: it recognises {n} of {total} features. Set PRESET to choose another.</source>
      <translation>Пресет '{name}' выбран автоматически: он распознаёт {n} из {total} объектов. Укажите PRESET, чтобы выбрать другой.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="50" />
      <source>Preset '{name}' not found; available: {names}.</source>
      <translation>Пресет '{name}' не найден; доступны: {names}.</translation>
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
      <translation>Файл пресета (вместо PRESET)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="34" />
      <source>Preset from {path}.</source>
      <translation>Пресет из {path}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="38" />
      <source>Preset ignored: {problem}</source>
      <translation>Пресет пропущен: {problem}</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="120" />
      <source>Preset {path} is not valid: {problem}</source>
      <translation>Пресет {path} недействителен: {problem}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="104" />
      <source>QGIS layer style (*.qml)</source>
      <translation>Стиль слоя QGIS (*.qml)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="85" />
      <source>REMAINDER_FACTION needs a control map of polygons.</source>
      <translation>Для REMAINDER_FACTION нужна карта контроля из полигонов.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="19" />
      <source>REMAINDER_FACTION needs an outline: set OUTLINE to a polygon layer or OUTLINE_COUNTRY to a country name (e.g. Ukraine).</source>
      <translation>Для REMAINDER_FACTION нужен контур: задайте в OUTLINE полигональный слой или в OUTLINE_COUNTRY название страны (например, Ukraine).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="112" />
      <source>Read hatching as mixed control</source>
      <translation>Считать штриховку смешанным контролем</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="278" />
      <source>Read {path} as {encoding} text separated by {delimiter}.</source>
      <translation>{path} прочитан как текст в кодировке {encoding} с разделителем {delimiter}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="327" />
      <source>Reading positions, dates and ids of {n} rows...</source>
      <translation>Чтение координат, дат и идентификаторов строк: {n}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="76" />
      <source>Reading sheet '{sheet}' of {name}.</source>
      <translation>Читается лист «{sheet}» из {name}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="314" />
      <source>Reading {name}...</source>
      <translation>Чтение {name}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="106" />
      <source>Remainder: {n} features of {code} added, {outline} minus everything drawn (one per snapshot).</source>
      <translation>Остаток: добавлено объектов стороны {code}: {n} — {outline} за вычетом всего нарисованного (по одному на снимок).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="203" />
      <source>Report (HTML): {path}</source>
      <translation>Отчёт (HTML): {path}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="211" />
      <source>Report (PDF): {path}, {pages} pages.</source>
      <translation>Отчёт (PDF): {path}, страниц: {pages}.</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="21" />
      <source>Reported strike (confidence not rated)</source>
      <translation>Сообщение об ударе (достоверность не оценена)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="235" />
      <source>Rows that could not be imported</source>
      <translation>Строки, которые не удалось импортировать</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>SEPT</source>
      <translation>СЕН</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="55" />
      <source>SERIES 'snapshot' needs a time-aware control map (dated snapshots in valid_from, as strikecheck:importcontrol writes them); choose day, week or month, or give such a CONTROL.</source>
      <translation>SERIES 'snapshot' требует карту контроля со временем (датированные снимки в valid_from, как их пишет strikecheck:importcontrol); выберите day, week или month либо укажите такой CONTROL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="104" />
      <source>Save the style as</source>
      <translation>Сохранить стиль как</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="62" />
      <source>Set both LAT_FIELD and LON_FIELD, or neither to let StrikeCheck find them.</source>
      <translation>Задайте и LAT_FIELD, и LON_FIELD или ни одного, чтобы StrikeCheck нашёл их сам.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="81" />
      <source>Simplify borders to, metres (0: half a pixel)</source>
      <translation>Допуск упрощения границ, метры (0: половина пикселя)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="38" />
      <source>Snapshot</source>
      <translation>Срез</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="91" />
      <source>Snapshot files, folders or .zip archives</source>
      <translation>Файлы снимков, папки или архивы .zip</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="96" />
      <source>Snapshot {date}: everything in {outline} is drawn; no remainder.</source>
      <translation>Снимок {date}: в {outline} нарисовано всё; остатка нет.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="207" />
      <source>Snapshot {n} of {total}: {name}</source>
      <translation>Снимок {n} из {total}: {name}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Source column (empty: find it)</source>
      <translation>Столбец источника (пусто: найти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="191" />
      <source>Source of the control map (credit)</source>
      <translation>Источник карты контроля (для строки источников)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="195" />
      <source>Source of the strikes (credit)</source>
      <translation>Источник ударов (для строки источников)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="175" />
      <source>Sources</source>
      <translation>Источники</translation>
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
      <translation>Удар за ударом, часть {n} из {total}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Strike id column (empty: find it)</source>
      <translation>Столбец идентификатора удара (пусто: найти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="175" />
      <source>Strike id field for LINES (empty: strike_id or an id field if present)</source>
      <translation>Поле идентификатора удара для LINES (пусто: strike_id или поле id, если есть)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="265" />
      <source>Strike label field (e.g. the place name)</source>
      <translation>Поле подписи ударов (например, название места)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="80" />
      <source>Strike name field</source>
      <translation>Поле названия ударов</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="207" />
      <source>Strike table: all {total} strikes, one per row.</source>
      <translation>Таблица ударов: все {total} ударов, по одному в строке.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="205" />
      <source>Strike table: the first {n} of {total} strikes.</source>
      <translation>Таблица ударов: первые {n} из {total} ударов.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="43" />
      <source>StrikeCheck</source>
      <translation>StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="133" />
      <source>StrikeCheck needs Python packages that this QGIS does not have: {missing}. Install them into the Python QGIS uses, e.g. {hint}, then restart QGIS.</source>
      <translation>StrikeCheck нужны пакеты Python, которых нет в этой QGIS: {missing}. Установите их в Python, который использует QGIS, например {hint}, и перезапустите QGIS.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="57" />
      <source>StrikeCheck needs {missing}. Install with: {hint} and restart QGIS. The analysis stays disabled until then.</source>
      <translation>StrikeCheck нужны {missing}. Установите командой {hint} и перезапустите QGIS. До этого анализ недоступен.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="46" />
      <source>StrikeCheck: who held the ground where each strike landed</source>
      <translation>StrikeCheck: кто контролировал местность в точке каждого удара</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="138" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="232" />
      <source>Strikes</source>
      <translation>Удары</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="141" />
      <source>Strikes (points)</source>
      <translation>Удары (точки)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="169" />
      <location filename="../plugin/processing/algorithms/report.py" line="173" />
      <source>Strikes and territorial control</source>
      <translation>Удары и территориальный контроль</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="218" />
      <source>Strikes before the first snapshot or undated</source>
      <translation>Удары до первого среза или без даты</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="159" />
      <source>Strikes by controlling faction</source>
      <translation>Удары по контролирующей стороне</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="37" />
      <source>Strikes per control snapshot and controlling faction</source>
      <translation>Удары по снимкам карты контроля и контролирующим сторонам</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="40" />
      <source>Strikes per month and controlling faction</source>
      <translation>Удары по месяцам и контролирующим сторонам</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="171" />
      <source>Strikes per month by controlling faction</source>
      <translation>Удары по месяцам и контролирующей стороне</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="169" />
      <source>Strikes per week by controlling faction</source>
      <translation>Удары по неделям и контролирующим сторонам</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="183" />
      <source>Strikes with nearest faction</source>
      <translation>Удары с ближайшей стороной</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="124" />
      <source>Strikes, by who held the ground</source>
      <translation>Удары по тому, кто контролировал местность</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="149" />
      <source>Strikes: a file (CSV, GeoJSON, KML, XLSX...) or a layer</source>
      <translation>Удары: файл (CSV, GeoJSON, KML, XLSX...) или слой</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="76" />
      <source>Strikes: {source}</source>
      <translation>Удары: {source}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="79" />
      <source>Style colours read from {fields} where a name does not settle the class.</source>
      <translation>Цвета стиля читаются из {fields}, когда название не определяет класс.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="278" />
      <source>Style the layers with the preset</source>
      <translation>Оформить слои по пресету</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="128" />
      <source>Styled '{layer}' as {role}: {classes}.</source>
      <translation>Слой '{layer}' оформлен как {role}: {classes}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="113" />
      <source>Styled layer</source>
      <translation>Оформленный слой</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="182" />
      <source>Subtitle</source>
      <translation>Подзаголовок</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="280" />
      <source>Summary</source>
      <translation>Сводка</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="212" />
      <source>Target faction '{target}' has no line in layer '{layer}'; values present: {present}.</source>
      <translation>У целевой стороны '{target}' нет линий в слое '{layer}'; имеющиеся значения: {present}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="99" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="163" />
      <location filename="../plugin/processing/algorithms/report.py" line="75" />
      <source>Target faction (e.g. isis)</source>
      <translation>Целевая сторона (например, isis)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="170" />
      <source>Temporal Controller: each of the {n} control snapshots is shown from its valid_from to the next snapshot's; undated features at all times.</source>
      <translation>Temporal Controller: каждый из {n} срезов контроля показывается от своего valid_from до valid_from следующего среза; объекты без даты — всегда.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="162" />
      <source>Temporal Controller: each strike is shown on the day of its {field}.</source>
      <translation>Temporal Controller: каждый удар показывается в день, указанный в его {field}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="141" />
      <source>Territorial control</source>
      <translation>Территориальный контроль</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="88" />
      <source>Territorial control (for the map)</source>
      <translation>Территориальный контроль (для карты)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="146" />
      <source>Territorial control (polygons, lines or points)</source>
      <translation>Территориальный контроль (полигоны, линии или точки)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="224" />
      <source>Text file encoding (empty: detect)</source>
      <translation>Кодировка текстового файла (пусто: определить)</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="30" />
      <source>The KMZ archive '{name}' holds no .kml file.</source>
      <translation>В архиве KMZ '{name}' нет файла .kml.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="217" />
      <source>The PDF prints the strike table on landscape pages, in {n} parts: its columns do not fit one page.</source>
      <translation>PDF печатает таблицу ударов на альбомных страницах, в {n} частях: её столбцы не помещаются на одну страницу.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="224" />
      <source>The PDF prints the strike table on landscape pages.</source>
      <translation>PDF печатает таблицу ударов на альбомных страницах.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="184" />
      <source>The animation cannot be written: {reason}.</source>
      <translation>Анимацию нельзя записать: {reason}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="278" />
      <source>The charts' Arabic text is drawn letter by letter: install the Python packages arabic-reshaper and python-bidi into the Python QGIS uses (on Debian: apt install python3-arabic-reshaper python3-bidi) and write the report again.</source>
      <translation>Арабский текст на диаграммах рисуется по отдельным буквам: установите Python-пакеты arabic-reshaper и python-bidi в Python, который использует QGIS (в Debian: apt install python3-arabic-reshaper python3-bidi), и создайте отчёт заново.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="209" />
      <source>The columns do not fit one page: the table is printed in {total} parts, with the strikes in the same order in each.</source>
      <translation>Столбцы не помещаются на одну страницу: таблица напечатана в {total} частях, удары в каждой в том же порядке.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="129" />
      <location filename="../plugin/processing/nearest/request.py" line="132" />
      <source>The control layer</source>
      <translation>Слой контроля</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="202" />
      <location filename="../plugin/processing/nearest/request.py" line="120" />
      <source>The control layer could not be opened.</source>
      <translation>Не удалось открыть слой контроля.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="58" />
      <source>The control layer has no usable geometry (all are empty or NULL).</source>
      <translation>В слое контроля нет пригодной геометрии (вся пустая или NULL).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="150" />
      <location filename="../plugin/processing/nearest/request.py" line="151" />
      <source>The control layer is the 'lines to nearest territory' output of an earlier run, not a control map: choose the territorial control layer (polygons, front lines or town points) the strikes were analysed against.</source>
      <translation>Слой контроля — это вывод «линии до ближайшей территории» предыдущего запуска, а не карта контроля: выберите слой территориального контроля (полигоны, линии фронта или населённые пункты), по которому анализировались удары.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="97" />
      <source>The file is not UTF-8 (from line {line}) and does not read as Western European Windows-1252 text either; it may be Arabic (windows-1256) or Cyrillic (windows-1251). Re-save it as UTF-8 (in Excel: 'CSV UTF-8'), or set ENCODING to the file's encoding.</source>
      <translation>Файл не в UTF-8 (начиная со строки {line}) и не читается как западноевропейский текст Windows-1252; возможно, он в арабской (windows-1256) или кириллической (windows-1251) кодировке. Пересохраните его в UTF-8 (в Excel: 'CSV UTF-8') или укажите кодировку файла в ENCODING.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="133" />
      <source>The file is not valid {encoding}: line {line} holds bytes it cannot have. Check the ENCODING setting or leave it empty to detect it.</source>
      <translation>Файл не является корректным текстом {encoding}: в строке {line} есть недопустимые для неё байты. Проверьте параметр ENCODING или оставьте его пустым для автоопределения.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="82" />
      <source>The file mixes UTF-8 with another encoding (line {line} is not UTF-8 while other lines are), so no single encoding reads it correctly. Re-save it as UTF-8 (in Excel: 'CSV UTF-8').</source>
      <translation>Файл смешивает UTF-8 с другой кодировкой (строка {line} не в UTF-8, а другие строки — в UTF-8), поэтому ни одна кодировка не прочитает его правильно. Пересохраните его в UTF-8 (в Excel: 'CSV UTF-8').</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="35" />
      <source>The file {path} cannot be read: {error}</source>
      <translation>Не удаётся прочитать файл {path}: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="315" />
      <source>The file {path} has no header row.</source>
      <translation>В файле {path} нет строки заголовков.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="265" />
      <source>The file {path} is empty.</source>
      <translation>Файл {path} пуст.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="334" />
      <source>The first {shown} of {total} strikes; the analysed layer holds every one.</source>
      <translation>Первые {shown} из {total} ударов; в проанализированном слое есть все.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="104" />
      <source>The input could not be opened. Choose a layer, or a CSV, GeoJSON, GeoPackage, Shapefile, KML/KMZ or XLSX file.</source>
      <translation>Не удалось открыть входные данные. Выберите слой или файл CSV, GeoJSON, GeoPackage, Shapefile, KML/KMZ или XLSX.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="172" />
      <source>The input layer has no coordinate reference system, so its points cannot be placed. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>У входного слоя нет системы координат, поэтому его точки нельзя разместить. Задайте СК слоя (Свойства слоя &gt; Источник) и запустите снова.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="144" />
      <source>The layer is not in the project, so nothing visible changes; set QML_FILE to keep the style in a file.</source>
      <translation>Слоя нет в проекте, поэтому видимых изменений не будет; задайте QML_FILE, чтобы сохранить стиль в файл.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="118" />
      <source>The layer to style could not be opened.</source>
      <translation>Не удалось открыть слой для оформления.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="195" />
      <source>The layer's geometry is not points: positions come from its columns.</source>
      <translation>Геометрия слоя не точечная: координаты берутся из его столбцов.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="151" />
      <source>The legend names no colours; give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>В легенде не указано ни одного цвета; укажите цвет каждой стороны, например #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="331" />
      <source>The map cannot be made: {reason}.</source>
      <translation>Не удаётся построить карту: {reason}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="134" />
      <source>The map image could not be opened.</source>
      <translation>Не удалось открыть изображение карты.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="98" />
      <source>The map's date is before the control map's first snapshot: the first one, {date}, is drawn.</source>
      <translation>Дата карты раньше первого среза карты контроля: рисуется первый срез, {date}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="263" />
      <source>The report could not be written: {error}</source>
      <translation>Не удалось записать отчёт: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="91" />
      <source>The sheet '{sheet}' of {name} holds no cells: there is nothing to import.</source>
      <translation>В листе «{sheet}» из {name} нет ни одной ячейки: импортировать нечего.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="233" />
      <source>The sheet's first row is read as its column names: {names}.</source>
      <translation>Первая строка листа читается как имена столбцов: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="128" />
      <source>The strike layer</source>
      <translation>Слой ударов</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="34" />
      <source>The strike layer '{layer}' has no field {fields}, so the finding about {target} cannot be written. Use the output of strikecheck:nearestfaction as STRIKES, or leave TARGET_FACTION empty.</source>
      <translation>В слое ударов '{layer}' нет поля {fields}, поэтому вывод о {target} сформулировать нельзя. Используйте результат strikecheck:nearestfaction как STRIKES или оставьте TARGET_FACTION пустым.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="253" />
      <source>The strike layer '{layer}' has no field {fields}: run strikecheck:nearestfaction with faction '{target}' and report on its output, or leave TARGET_FACTION empty.</source>
      <translation>В слое ударов '{layer}' нет поля {fields}: запустите strikecheck:nearestfaction со стороной '{target}' и стройте отчёт по его результату или оставьте TARGET_FACTION пустым.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="366" />
      <source>The strike layer '{layer}' is empty: there is nothing to map.</source>
      <translation>Слой ударов '{layer}' пуст: наносить на карту нечего.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="232" />
      <source>The strike layer '{layer}' is empty: there is nothing to report.</source>
      <translation>Слой ударов '{layer}' пуст: отчитываться не о чем.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="364" />
      <location filename="../plugin/processing/algorithms/report.py" line="230" />
      <location filename="../plugin/processing/nearest/request.py" line="118" />
      <source>The strike layer could not be opened.</source>
      <translation>Не удалось открыть слой ударов.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="122" />
      <location filename="../plugin/processing/nearest/request.py" line="123" />
      <source>The strike layer must hold points, but it holds lines or polygons. Convert it first, e.g. with 'Centroids' or 'Point on surface'.</source>
      <translation>Слой ударов должен содержать точки, а содержит линии или полигоны. Сначала преобразуйте его, например инструментом «Центроиды» или «Точка на поверхности».</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="52" />
      <source>The strikes have no 'confidence' field: all drawn as unrated.</source>
      <translation>У ударов нет поля 'confidence': все показаны как неоценённые.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="105" />
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (strikecheck:exportmap with SERIES 'snapshot' gives one page per snapshot; or filter the strikes by date, or set exportmap's CONTROL_DATE) to compare like with like.</source>
      <translation>Удары охватывают {n} срезов контроля (с {first} по {last}), но карта рисует только срез от {date}: удары других периодов показаны поверх карты контроля, не действовавшей в их день. Чтобы сравнивать сопоставимое, делайте карту на каждый период отдельно (strikecheck:exportmap с SERIES 'snapshot' даёт по странице на каждый снимок; или отфильтруйте удары по дате, или задайте CONTROL_DATE в exportmap).</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="234" />
      <source>The strikes' dates run from {first} to {last}: too long a span for a chart over time. Check the strikes' date field.</source>
      <translation>Даты ударов идут с {first} по {last}: слишком долгий период для графика по времени. Проверьте поле даты ударов.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="120" />
      <source>The workbook '{name}' has no sheets.</source>
      <translation>В книге «{name}» нет листов.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="60" />
      <location filename="../plugin/processing/nearest/reporting.py" line="61" />
      <source>Time-aware: control snapshots from '{control}', strike dates from '{strike}'; strikes before the first snapshot or undated: {rule}.</source>
      <translation>С учётом времени: срезы контроля по '{control}', даты ударов по '{strike}'; удары до первого среза или без даты: {rule}.</translation>
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
      <translation>Всего</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="98" />
      <source>Town control over time</source>
      <translation>Контроль населённых пунктов во времени</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="120" />
      <source>Unknown encoding '{encoding}'; use a name such as utf-8, windows-1252, windows-1256 (Arabic) or windows-1251 (Cyrillic), or leave it empty to detect it.</source>
      <translation>Неизвестная кодировка '{encoding}'; укажите имя вроде utf-8, windows-1252, windows-1256 (арабская) или windows-1251 (кириллица) либо оставьте пустым для автоопределения.</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="81" />
      <source>Unknown legend palette '{name}'; use one of {names}, or give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>Неизвестная палитра легенды '{name}'; используйте одну из {names} или укажите цвет каждой стороны, например #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="118" />
      <source>Valid-from date field (optional)</source>
      <translation>Поле даты начала действия (необязательно)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="30" />
      <source>Value in layer</source>
      <translation>Значение в слое</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>WKT or 'lat, lon' text column (empty: find it)</source>
      <translation>Столбец с WKT или текстом 'lat, lon' (пусто: найти)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="79" />
      <source>What the layer holds (control, strikes, results or lines)</source>
      <translation>Что содержит слой (control, strikes, results или lines)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="161" />
      <source>Who held the ground where each strike landed, per the control map.</source>
      <translation>Кто контролировал местность в точке каждого удара, по карте контроля.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="104" />
      <source>Widest overprint bridged, half-width in pixels</source>
      <translation>Наибольшая заполняемая ширина наложений, полуширина в пикселях</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="23" />
      <source>Write strike report</source>
      <translation>Отчёт об ударах</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="376" />
      <source>Writing {n} strikes...</source>
      <translation>Запись ударов: {n}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="253" />
      <source>Wrote {n} numbered files, {first} to {last}.</source>
      <translation>Записано пронумерованных файлов: {n}, с {first} по {last}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="250" />
      <source>Wrote {path}</source>
      <translation>Записано: {path}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="357" />
      <source>a line needs two coordinate pairs or more, it has {count}</source>
      <translation>линии нужно не меньше двух пар координат, а у неё {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="226" />
      <source>a mixed class has no label.</source>
      <translation>у смешанного класса нет подписи.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="288" />
      <source>a point needs one coordinate pair, it has {count}</source>
      <translation>точке нужна одна пара координат, а у неё {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="298" />
      <source>a polygon without an outer boundary</source>
      <translation>полигон без внешней границы</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="370" />
      <source>a ring needs three distinct corners, it has {count}</source>
      <translation>кольцу нужны три разные вершины, а у него {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="103" />
      <source>a zip archive without a workbook part</source>
      <translation>zip-архив без части книги</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="311" />
      <source>an empty MultiGeometry</source>
      <translation>пустая MultiGeometry</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="337" />
      <source>coordinates '{item}' are not 'longitude,latitude'</source>
      <translation>координаты '{item}' не в виде 'долгота,широта'</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="344" />
      <source>coordinates '{item}' are outside longitude -180..180, latitude -90..90</source>
      <translation>координаты '{item}' вне долготы -180..180, широты -90..90</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="44" />
      <source>day first (dd/mm/yyyy)</source>
      <translation>сначала день (дд/мм/гггг)</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="294" />
      <source>default_palette '{palette}' is not one of 'palettes'.</source>
      <translation>default_palette '{palette}' отсутствует в 'palettes'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="129" />
      <location filename="../plugin/core/coordinates.py" line="149" />
      <source>empty geometry '{value}'</source>
      <translation>пустая геометрия '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="183" />
      <source>every entry of 'factions' must be an object.</source>
      <translation>каждая запись в 'factions' должна быть объектом.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="222" />
      <source>every entry of 'mixed' must be an object.</source>
      <translation>каждая запись в 'mixed' должна быть объектом.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="195" />
      <source>faction '{code}' has no label.</source>
      <translation>у стороны '{code}' нет подписи.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="188" />
      <source>faction code '{code}' must be lower-case letters, digits and '_', starting with a letter.</source>
      <translation>код стороны '{code}' должен состоять из строчных латинских букв, цифр и '_' и начинаться с буквы.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="302" />
      <source>faction code(s) {codes} appear more than once.</source>
      <translation>коды сторон {codes} встречаются больше одного раза.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="188" />
      <location filename="../plugin/processing/map_styles.py" line="38" />
      <source>faction names</source>
      <translation>названия сторон</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="309" />
      <source>fallback colour '{colour}' is not #rrggbb.</source>
      <translation>запасной цвет '{colour}' не в формате #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="77" />
      <source>feature {fid}</source>
      <translation>объект {fid}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="277" />
      <source>geometries nested too deeply</source>
      <translation>геометрии вложены слишком глубоко</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="136" />
      <source>geometry is a {kind}, not a point: '{value}'</source>
      <translation>геометрия — {kind}, а не точка: '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/styling/labels.py" line="88" />
      <source>in {name} territory</source>
      <translation>в зоне {name}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>km to front</source>
      <translation>км до фронта</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="44" />
      <source>km to nearest other</source>
      <translation>км до ближайшей другой</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="47" />
      <source>km to target</source>
      <translation>км до цели</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="120" />
      <source>km to the nearest {name} territory</source>
      <translation>км до ближайшей территории: {name}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="45" />
      <source>km to {f}</source>
      <translation>км до {f}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="109" />
      <source>km to {name}</source>
      <translation>км до зоны {name}</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="204" />
      <source>latitude {value} outside -90..90</source>
      <translation>широта {value} вне диапазона -90..90</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="130" />
      <source>line</source>
      <translation>линия</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="75" />
      <source>line {line}</source>
      <translation>строка {line}</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="206" />
      <source>longitude {value} outside -180..180</source>
      <translation>долгота {value} вне диапазона -180..180</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="113" />
      <source>median {km} km</source>
      <translation>медиана {km} км</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="231" />
      <source>mixed class '{label}' must name at least two faction codes of this preset as members (unknown: {unknown}).</source>
      <translation>смешанный класс '{label}' должен называть участниками не менее двух кодов сторон этого пресета (неизвестные: {unknown}).</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="171" />
      <source>month</source>
      <translation>месяц</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="45" />
      <source>month first (mm/dd/yyyy)</source>
      <translation>сначала месяц (мм/дд/гггг)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="143" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="192" />
      <location filename="../plugin/core/dates.py" line="210" />
      <source>no date in '{value}'</source>
      <translation>нет даты в '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="213" />
      <source>no date in '{value}' read {order}</source>
      <translation>нет даты в '{value}' при порядке: {order}</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="189" />
      <source>no date in '{value}': write the year with four digits</source>
      <translation>нет даты в '{value}': запишите год четырьмя цифрами</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="119" />
      <source>no geometry</source>
      <translation>нет геометрии</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="174" />
      <source>no position</source>
      <translation>нет координат</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="190" />
      <source>no position in '{value}' (expected 'lat, lon' or WKT such as 'POINT (lon lat)')</source>
      <translation>нет координат в '{value}' (ожидается 'lat, lon' или WKT вида 'POINT (lon lat)')</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="17" />
      <source>no snapshot</source>
      <translation>нет снимка</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="71" />
      <location filename="../plugin/core/coordinates.py" line="77" />
      <location filename="../plugin/core/coordinates.py" line="81" />
      <source>no {axis}</source>
      <translation>нет значения: {axis}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="135" />
      <location filename="../plugin/processing/styling_base.py" line="85" />
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="97" />
      <source>not a zip archive</source>
      <translation>не zip-архив</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="76" />
      <source>not stated</source>
      <translation>не указано</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="169" />
      <source>placemark '{name}': its geometry is a {found}, but this import keeps the file's {kept} geometries; give INPUT '{file}|geometrytype={type}' to import those</source>
      <translation>метка '{name}': её геометрия — {found}, а этот импорт берёт из файла геометрии типа «{kept}»; чтобы импортировать такие, укажите INPUT '{file}|geometrytype={type}'</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="111" />
      <source>placemark '{name}': {reason}</source>
      <translation>метка '{name}': {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="129" />
      <source>point</source>
      <translation>точка</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="131" />
      <source>polygon</source>
      <translation>полигон</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="208" />
      <source>position 0, 0 (a common placeholder for a missing position)</source>
      <translation>координаты 0, 0 (частая заглушка вместо отсутствующих координат)</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="211" />
      <source>position {lat}, {lon} (lat, lon) outside the expected area</source>
      <translation>координаты {lat}, {lon} (lat, lon) вне ожидаемого района</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="303" />
      <source>row has {n} values but the header has {width} columns (a value holding the delimiter without quotes?)</source>
      <translation>в строке значений: {n}, а в заголовке столбцов: {width} (значение с разделителем без кавычек?)</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="284" />
      <source>schema {schema} is not supported (expected {expected}).</source>
      <translation>схема {schema} не поддерживается (ожидается {expected}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="159" />
      <source>series</source>
      <translation>серия</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="176" />
      <source>strikes</source>
      <translation>удары</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="269" />
      <source>style colour '{colour}' is given to both '{first}' and '{second}'.</source>
      <translation>цвет стиля '{colour}' дан и '{first}', и '{second}'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="42" />
      <source>the controlling faction</source>
      <translation>контролирующая сторона</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="237" />
      <source>the controlling faction (run strikecheck:nearestfaction)</source>
      <translation>контролирующая сторона (запустите strikecheck:nearestfaction)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="218" />
      <location filename="../plugin/processing/map_styles.py" line="56" />
      <source>the distance in km</source>
      <translation>расстояние в км</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="55" />
      <source>the faction of each line</source>
      <translation>сторона каждой линии</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="332" />
      <location filename="../plugin/core/presets.py" line="335" />
      <location filename="../plugin/core/presets.py" line="366" />
      <source>the file cannot be read ({error}).</source>
      <translation>файл не удаётся прочитать ({error}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="280" />
      <source>the file must hold one JSON object.</source>
      <translation>файл должен содержать один объект JSON.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="181" />
      <source>the labels</source>
      <translation>подписи</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="192" />
      <source>the place status</source>
      <translation>статус населённого пункта</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/tables.py" line="61" />
      <source>the point cannot be transformed from the layer's CRS to WGS84</source>
      <translation>точку нельзя преобразовать из СК слоя в WGS84</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="184" />
      <source>the reporting confidence (high/low)</source>
      <translation>достоверность сообщения (high/low)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="27" />
      <source>the strike labels</source>
      <translation>подписи ударов</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="158" />
      <source>the strike names</source>
      <translation>названия ударов</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_help.py" line="12" />
      <source>the table of the event dataset recognised (see Event datasets below)</source>
      <translation>таблица распознанного набора данных о событиях (см. «Наборы данных о событиях» ниже)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="89" />
      <source>time_precision values ACLED does not define, read as exact dates: {values}.</source>
      <translation>Значения time_precision, которых ACLED не определяет, прочитаны как точные даты: {values}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="17" />
      <source>undated</source>
      <translation>без даты</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="146" />
      <source>unreadable WKT '{value}'</source>
      <translation>нечитаемый WKT '{value}'</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="171" />
      <source>week starting (Monday)</source>
      <translation>неделя с понедельника</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="143" />
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="89" />
      <source>{axis} '{value}' carries the hemisphere letter of the other axis</source>
      <translation>{axis} '{value}' содержит букву полушария другой оси</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="95" />
      <source>{axis} '{value}' has both a minus sign and a hemisphere letter</source>
      <translation>{axis} '{value}' содержит и знак минус, и букву полушария</translation>
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
      <translation>{code}: объектов по названию — {names}, по цвету стиля — {colours}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/kml_input.py" line="143" />
      <source>{file}: {count} placemarks read, from every folder, with their ExtendedData.</source>
      <translation>{file}: прочитано меток: {count}, из всех папок, с их ExtendedData.</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="269" />
      <source>{inside} of {total} positions fall in the expected area as written, {n} with latitude and longitude exchanged</source>
      <translation>из {total} координат в ожидаемый район попадают: как записано — {inside}, с перестановкой широты и долготы — {n}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="83" />
      <source>{kept} of {judged} conclusions survive the location uncertainty (one faction holds every possible position)</source>
      <translation>{kept} из {judged} выводов выдерживают неопределённость местоположения (одна сторона контролирует все возможные положения)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="166" />
      <location filename="../plugin/processing/nearest/reporting.py" line="167" />
      <source>{kept} of {n} strikes with a known precision are held by one faction across their whole uncertainty disc.</source>
      <translation>Из {n} ударов с известной точностью {kept} находятся под контролем одной стороны во всём круге неопределённости.</translation>
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
      <translation>{km} км до зоны {name}</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/crs.py" line="17" />
      <source>{label} has no coordinate reference system, so its positions cannot be measured. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>У {label} нет системы координат, поэтому расстояния измерить нельзя. Задайте СК слоя (Свойства слоя &gt; Источник) и запустите снова.</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/crs.py" line="45" />
      <source>{label} is in degrees ({crs}) but its coordinates reach {x}, {y}, which no place has: they are probably metres of a projected CRS (UTM, say) with the CRS missing or wrong. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>{label} задан в градусах ({crs}), но его координаты достигают {x}, {y}, чего нет ни у одного места: вероятно, это метры проекционной СК (например, UTM), а СК не задана или неверна. Задайте СК слоя (Свойства слоя &gt; Источник) и запустите снова.</translation>
    </message>
    <message>
      <location filename="../plugin/database/layers.py" line="47" />
      <source>{label} is in {crs}, not on the WGS84 datum: QGIS and PostGIS may transform it differently</source>
      <translation>{label} в {crs}, а не на датуме WGS84: QGIS и PostGIS могут преобразовать его по-разному</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="57" />
      <source>{low}-{high} km (median {median} km)</source>
      <translation>{low}-{high} км (медиана {median} км)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="146" />
      <source>{name} would have {count} columns; a GeoPackage table holds at most {limit}. Write {name} to a GeoJSON file (.geojson), which has no such limit, or keep fewer columns.</source>
      <translation>В {name} было бы {count} столбцов; таблица GeoPackage вмещает не более {limit}. Запишите {name} в файл GeoJSON (.geojson), у которого нет такого ограничения, или оставьте меньше столбцов.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="127" />
      <source>{n} changes of control kept ({same} repeats left out).</source>
      <translation>Сохранено изменений контроля: {n} (повторов пропущено: {same}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="107" />
      <location filename="../plugin/processing/nearest/reporting.py" line="108" />
      <source>{n} control features with an empty or NULL geometry were skipped.</source>
      <translation>Пропущено объектов контроля с пустой или NULL-геометрией: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="113" />
      <location filename="../plugin/processing/nearest/reporting.py" line="114" />
      <source>{n} control features with no faction value were skipped.</source>
      <translation>Пропущено объектов контроля без значения стороны: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="101" />
      <source>{n} control snapshots used.</source>
      <translation>Использовано срезов контроля: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="93" />
      <location filename="../plugin/processing/nearest/reporting.py" line="94" />
      <source>{n} different faction values in field '{field}', each measured into a field of its own: is it the field that names who holds the ground? Choose another FACTION_FIELD, or import the map with strikecheck:importcontrol first.</source>
      <translation>{n} разных значений стороны в поле '{field}', и каждое измеряется в отдельное поле: то ли это поле, которое называет, кто контролирует территорию? Выберите другое FACTION_FIELD или сначала импортируйте карту через strikecheck:importcontrol.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="148" />
      <source>{n} empty rows (only delimiters) skipped.</source>
      <translation>Пропущено пустых строк (одни разделители): {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="127" />
      <source>{n} farther than {km} km →</source>
      <translation>{n} дальше {km} км →</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="244" />
      <source>{n} features from {files} snapshots written.</source>
      <translation>Записано объектов: {n} из {files} снимков.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="140" />
      <source>{n} features have a date that cannot be read, valid_from NULL: {list}</source>
      <translation>Объектов с нечитаемой датой: {n}, valid_from = NULL: {list}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="179" />
      <source>{n} features have no geometry: kept, with NULL geometry.</source>
      <translation>Объектов без геометрии: {n}; сохранены с геометрией NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="130" />
      <source>{n} features have no value in '{field}': kept with faction NULL.</source>
      <translation>Объектов без значения в '{field}': {n}; сохранены со стороной NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="95" />
      <source>{n} features imported; factions: {counts}.</source>
      <translation>Импортировано объектов: {n}; стороны: {counts}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="167" />
      <source>{n} features left out: they are not of the map's geometry type ({kind}; a layer holds one): {counts}. Import them as a layer of their own, e.g. INPUT 'file|geometrytype=Point'.</source>
      <translation>Пропущено объектов: {n} — они не того типа геометрии, что карта ({kind}; слой содержит один тип): {counts}. Импортируйте их отдельным слоем, например INPUT 'file|geometrytype=Point'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="157" />
      <source>{n} geometries were empty after repair, kept as NULL: features {ids}.</source>
      <translation>Геометрий, пустых после исправления: {n}; сохранены как NULL: объекты {ids}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="103" />
      <location filename="../plugin/processing/nearest/reporting.py" line="104" />
      <source>{n} invalid control geometries were repaired in memory.</source>
      <translation>Исправлено в памяти недопустимых геометрий контроля: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="151" />
      <source>{n} invalid geometries repaired (the input layer is unchanged).</source>
      <translation>Исправлено недопустимых геометрий: {n} (входной слой не изменён).</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="257" />
      <source>{n} of {total} latitudes are beyond ±90 while every longitude is within ±90</source>
      <translation>{n} из {total} широт выходят за ±90, хотя все долготы в пределах ±90</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="135" />
      <source>{n} page(s) span a change of the control map (the first: {date}); each is drawn over the snapshot in force on its last day. SERIES 'snapshot' draws every strike over the map in force on its day.</source>
      <translation>Страниц, охватывающих изменение карты контроля: {n} (первая: {date}); каждая нарисована поверх снимка, действующего в её последний день. SERIES 'snapshot' рисует каждый удар поверх карты, действующей в его день.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="65" />
      <source>{n} period(s) without a dated strike have no page.</source>
      <translation>Периодов без датированных ударов (у них нет страницы): {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="65" />
      <source>{n} rows imported, {m} rejected (see ERRORS).</source>
      <translation>Импортировано строк: {n}, отклонено: {m} (см. ERRORS).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="71" />
      <source>{n} rows left out by the filter expression.</source>
      <translation>Строк, отброшенных выражением фильтра: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="120" />
      <source>{n} rows or dates could not be read and were left out: {list}</source>
      <translation>Строк или дат, которые не удалось прочитать и которые пропущены: {n}: {list}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="222" />
      <source>{n} strike(s) farther than {km} km are beyond the chart's right edge (the farthest {top} km).</source>
      <translation>Ударов дальше {km} км: {n}; они за правым краем диаграммы (самый дальний — {top} км).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="130" />
      <source>{n} strike(s) have no date and are on no page of the series.</source>
      <translation>Ударов без даты (их нет ни на одной странице серии): {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="43" />
      <source>{n} strike: {k} in {label} territory</source>
      <translation>{n} удар: {k} на территории «{label}»</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="47" />
      <source>{n} strike: {k} in {label}-held territory</source>
      <translation>Ударов: {n}; в зоне {label}: {k}</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="325" />
      <source>{n} strike_id values appear more than once: {values}.</source>
      <translation>Значения strike_id, встречающиеся больше одного раза ({n}): {values}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="133" />
      <location filename="../plugin/processing/nearest/reporting.py" line="134" />
      <source>{n} strikes analysed against {k} factions: {held} inside a faction's territory, {free} outside all of them.</source>
      <translation>Проанализировано ударов: {n}, сторон: {k}; на территории какой-либо стороны: {held}, вне всех территорий: {free}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="145" />
      <location filename="../plugin/processing/nearest/reporting.py" line="146" />
      <source>{n} strikes are dated before the first control snapshot and were measured against it (SNAPSHOT_RULE 'nearest'; 'skip' leaves them unanswered): the map may not show who held the ground on their day.</source>
      <translation>Ударов с датой раньше первого среза карты контроля: {n}; они измерены по нему (SNAPSHOT_RULE 'nearest'; при 'skip' они остаются без ответа): карта может не показывать, кто контролировал местность в их день.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="118" />
      <source>{n} strikes are dated over more than one day (date to '{column}'): date is the first day, date_end the last.</source>
      <translation>{n} ударов датированы периодом длиннее одного дня (от date до '{column}'): date — первый день, date_end — последний.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="285" />
      <source>{n} strikes have an empty date: imported with date NULL.</source>
      <translation>Ударов с пустой датой: {n}; импортированы с датой NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="173" />
      <location filename="../plugin/processing/nearest/reporting.py" line="174" />
      <source>{n} strikes have an empty or NULL geometry: kept in the output with NULL results.</source>
      <translation>Ударов с пустой или NULL-геометрией: {n}; сохранены в результате со значениями NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="159" />
      <location filename="../plugin/processing/nearest/reporting.py" line="160" />
      <source>{n} strikes have no control snapshot to be measured against (SNAPSHOT_RULE=skip): NULL results, the reason in snapshot_note.</source>
      <translation>Для {n} ударов нет снимка контроля, по которому их можно измерить (SNAPSHOT_RULE=skip): результаты NULL, причина в snapshot_note.</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="45" />
      <source>{n} strikes: {k} in {label} territory</source>
      <translation>{n} ударов: {k} на территории «{label}»</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="49" />
      <source>{n} strikes: {k} in {label}-held territory</source>
      <translation>Ударов: {n}; в зоне {label}: {k}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="153" />
      <location filename="../plugin/processing/nearest/reporting.py" line="154" />
      <source>{n} undated strikes were measured against the latest control snapshot.</source>
      <translation>Ударов без даты, измеренных по последнему срезу карты контроля: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/pairs.py" line="19" />
      <source>{setting} entry '{entry}' is not of the form value=replacement; write pairs such as 'old=new;old=new', separated by ';'.</source>
      <translation>Запись {setting} '{entry}' не имеет вида значение=замена; пишите пары вида 'старое=новое;старое=новое' через ';'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="38" />
      <source>{setting} names column '{column}', which the input does not have; its columns are: {names}.</source>
      <translation>{setting} указывает столбец '{column}', которого нет во входных данных; их столбцы: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="154" />
      <source>{what} has a colour for palette '{palette}', which the preset does not declare in 'palettes'.</source>
      <translation>У {what} есть цвет для палитры '{palette}', которую пресет не объявляет в 'palettes'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="164" />
      <source>{what} has colour '{colour}' for palette '{palette}'; write it as #rrggbb.</source>
      <translation>У {what} цвет '{colour}' для палитры '{palette}'; запишите его как #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="174" />
      <source>{what} has no colour for palette '{palette}'.</source>
      <translation>У {what} нет цвета для палитры '{palette}'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="213" />
      <source>{what} has style colour '{colour}'; write it as #rrggbb.</source>
      <translation>у {what} цвет стиля '{colour}'; запишите его как #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="131" />
      <source>{what} must be a list of texts.</source>
      <translation>{what} должно быть списком строк.</translation>
    </message>
    <message>
      <source>Faction</source>
      <translation type="vanished">Сторона</translation>
    </message>
    <message>
      <source>For every strike StrikeCheck finds the faction(s) whose territory on the control map contains it, and the geodesic distance (WGS84 ellipsoid) to the nearest point of each faction's territory; 0 km means inside. The control map's accuracy bounds the answer: a strike a few km from a front line may fall on either side of it. Where the strikes carry a location precision, each becomes a disc: the conclusion 'held by X' survives only when X holds the whole disc. 'km to front' is the distance to the nearest border between the controlling faction and another one (not the coast). A control map with dated snapshots is read at each strike's date.</source>
      <translation type="vanished">Для каждого удара StrikeCheck находит сторону (или стороны), чья территория на карте контроля его содержит, и геодезическое расстояние (эллипсоид WGS84) до ближайшей точки территории каждой стороны; 0 км означает «внутри». Точность карты контроля ограничивает ответ: удар в нескольких километрах от линии фронта может оказаться по любую её сторону. Если у ударов указана точность местоположения, каждый превращается в круг: вывод «под контролем X» сохраняется, только если X контролирует весь круг. «км до фронта» — расстояние до ближайшей границы между контролирующей стороной и другой стороной (не до побережья). Карта контроля с датированными срезами читается на дату каждого удара.</translation>
    </message>
    <message>
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (SERIES 'snapshot' gives one page per snapshot; or filter the strikes by date, or set CONTROL_DATE) to compare like with like.</source>
      <translation type="vanished">Удары охватывают {n} срезов контроля (с {first} по {last}), но карта рисует только срез от {date}: удары других периодов показаны поверх карты контроля, не действовавшей в их день. Чтобы сравнивать сопоставимое, делайте карту на каждый период отдельно (SERIES 'snapshot' даёт по странице на каждый снимок; или отфильтруйте удары по дате, или задайте CONTROL_DATE).</translation>
    </message>
    <message>
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (filter the strikes by date, or set CONTROL_DATE) to compare like with like.</source>
      <translation type="vanished">Удары охватывают {n} срезов контроля (с {first} по {last}), но карта рисует только срез от {date}: удары других периодов показаны поверх карты контроля, не действовавшей в их день. Чтобы сравнивать сопоставимое, делайте карту на каждый период отдельно (отфильтруйте удары по дате или задайте CONTROL_DATE).</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field and follows the title after a dash ('Strikes — 1 - 31 OCT 2022'). A long title shrinks, then wraps, to fit its frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: a time-aware control layer (dated snapshots in valid_from, as strikecheck:importcontrol writes them) is drawn as the snapshot in force on this day (YYYY-MM-DD): the latest valid_from on or before it, plus the undated features; empty: DATE when it is YYYY-MM-DD, else the latest strike date. The credits name it ('Control: DeepState, 1 OCT 2022') and the log warns when the strikes span several snapshots. Your layer is not changed: the map draws a filtered copy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Создаёт готовую к публикации карту в манере карт конфликтов ISW: заголовок и дата, удары звёздочками поверх территориального контроля, легенда (KEY), масштабная линейка в км, стрелка севера, врезка с положением страны, вывод одним предложением и источники. Границы и названия стран берутся из карты мира, входящей в QGIS: ничего не скачивается. Макет строится по resources/layouts/strikecheck_map.qpt и, если ADD_TO_PROJECT не отключён, также добавляется в макеты проекта, чтобы его можно было отредактировать перед повторным экспортом.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: удары, лучше всего результат strikecheck:nearestfaction (нужен для предложения с выводом). Карта кадрируется по ним.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: необязательно; карта контроля и линии до ближайшей территории. С TARGET_FACTION рисуются только линии к ней, и кадр их включает.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле стороны в слое контроля (по умолчанию 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необязательно, например isis: вывод сообщает, сколько ударов пришлось на её территорию и как далеко от неё были остальные.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (дополнительно): поле с названием каждого удара на карте; пусто: поле site, location, name, place или town, если ударов не больше 40.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: достоверность (сообщения High-/Low-Confidence, как у ISW) или контролирующая сторона (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: оформить слои цветами пресета, как это делает strikecheck:applystyle (слой проекта сохраняет новый стиль; данные не меняются никогда). Если отключено, используются ваши собственные стили.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: например 'Russian Airstrikes' и '30 SEPT 2015'; пустая DATE берётся из поля даты ударов. Дата, взятая из ударов, следует за заголовком после тире ('Strikes — 1 - 31 OCT 2022'). Длинный заголовок уменьшается, затем переносится, чтобы поместиться в рамку.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: слой контроля с датами (датированные срезы в valid_from, как их записывает strikecheck:importcontrol) рисуется срезом, действующим в этот день (YYYY-MM-DD): последний valid_from не позже этого дня плюс объекты без даты; пусто: DATE, если она записана как YYYY-MM-DD, иначе дата последнего удара. Строка источников называет его ('Control: DeepState, 1 OCT 2022'), а журнал предупреждает, если удары охватывают несколько срезов. Ваш слой не меняется: карта рисует отфильтрованную копию.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: строка источников 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (по умолчанию: имена слоёв); NOTE добавляет предложение под выводом.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 или A3, &lt;b&gt;ORIENTATION&lt;/b&gt; альбомная или книжная, &lt;b&gt;DPI&lt;/b&gt; для PNG, &lt;b&gt;PADDING&lt;/b&gt; вокруг ударов в % от кадрируемого охвата.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: необязательно; страна на врезке (по умолчанию: та, где больше всего ударов), как она названа на карте мира QGIS, например Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (дополнительно): собственный .qpt, например входящий в комплект, переоформленный в конструкторе макетов. Элементы ищутся по идентификатору (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); отсутствующие пропускаются, main_map обязателен. Шрифты, цвета и рамки остаются вашими; положение следует PAPER и ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (дополнительно): также сохранить макет в проекте вместе с показанными на нём слоями (контекстные слои карты мира в группе 'StrikeCheck map'). У qgis_process нет проекта: там записываются только файлы.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: файлы для записи (любые из них).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: the strikes' field that names them in LINES (default: strike_id, event_id_cnty or id when present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's own id from STRIKE_ID_FIELD, else its feature id), strike_fid (its feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Для каждого удара сообщает, какая сторона контролировала местность, куда он пришёлся, и измеряет геодезическое расстояние (эллипсоид WGS84, с точностью до 1 м) до ближайшей территории каждой стороны на карте контроля.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: точечный слой ударов (любая СК; «Только выбранные объекты» работает). Удар-мультиточка находится под контролем каждой стороны, контролирующей любую из его точек; его расстояние до стороны — расстояние от ближайшей его точки.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: территориальный контроль в виде полигонов, линий фронта или точек контроля населённых пунктов (любая СК). Недопустимые геометрии исправляются в памяти; слой никогда не изменяется.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле CONTROL с названием стороны. Значение, объединяющее коды через '+' (смешанный класс из «Импорт карты контроля», например isis+jn+rebel), считается территорией каждого участника.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: необязательно; значения сторон для измерения через ';' (по умолчанию: все имеющиеся значения).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: необязательно; расстояния больше него равны NULL (и поиск идёт быстрее).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: удары со всеми их полями и результатами, в СК слоя ударов.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: необязательно; для каждого удара и каждой стороны, вне территории которой он находится, кратчайшая геодезическая линия до территории этой стороны. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: поле ударов, которым они названы в LINES (по умолчанию strike_id, event_id_cnty или id, если есть).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: необязательно (по умолчанию: 'date' и 'valid_from', если они есть в слоях). Слой контроля с несколькими датированными срезами учитывает время: каждый удар измеряется по последнему срезу на его дату или раньше; объекты контроля без даты действуют во всех срезах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: удары, датированные раньше первого среза, или без даты: 'nearest' (первый срез, а для ударов без даты — последний) или 'skip' (ответы NULL, причина в snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необязательно (по умолчанию: 'precision_km', если есть): насколько далеко, в км, истинное место может быть от точки. &lt;b&gt;PRECISION_KM&lt;/b&gt;: радиус для ударов без значения.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: также измерять расстояние до фронта (по умолчанию да). &lt;b&gt;FRONT_LINES&lt;/b&gt;: необязательный слой линий фронта, используемый вместо границ между полигонами сторон (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; задаёт их названия). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: насколько близко должны проходить границы двух сторон, чтобы считаться одним фронтом (на картах, нарисованных вручную, вершины редко совпадают; по умолчанию 0,5 км).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (по умолчанию) выполняет анализ как SQL внутри PostGIS, если STRIKES и CONTROL — слои одной базы данных PostGIS, иначе локально; 'local' или 'database' задают движок принудительно. Ответы одинаковы (расстояния совпадают с точностью до 1 м). Пока не поддерживаются в базе данных: LINES, датированные срезы контроля, FRONT_LINES, только выбранные объекты; тогда auto выполняет анализ локально и сообщает причину. Если OUTPUT — таблица этой базы данных, результаты записываются в неё одной транзакцией.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Выходные поля&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: сторона (стороны), чья территория содержит удар, отсортированные и объединённые через '+' (удар на общей границе или на перекрывающихся территориях принадлежит каждой); NULL, если удар не находится под чьим-либо контролем. Удар в дыре полигона находится вне его.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: геодезические километры до ближайшей точки территории этой стороны, 0 внутри. Значение стороны нормализуется в имя поля (ASCII в нижнем регистре, '_' вместо прочих символов), например dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: ближайшая сторона, кроме контролирующей (для удара, который никто не контролирует: ближайшая сторона).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: расстояние до ближайшего фронта между стороной, контролирующей удар, и другой стороной (побережье и границы с ничьей землёй фронтом не считаются; 0 на самой линии) и кто находится по ту сторону; для удара, который никто не контролирует, — граница ближайшей стороны и эта сторона. Вблизи места, где фронт выходит к побережью, значение может быть занижено не более чем на FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: срез контроля, по которому измерен каждый удар, и причина, если это не очевидный срез (только при учёте времени).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: при заданной точности — каждая сторона, чьей территории касается круг возможных положений удара, и контролирует ли одна сторона весь круг (вывод выдерживает неопределённость).&lt;/li&gt;&lt;/ul&gt;Имя поля, уже занятое в слое ударов, получает числовой суффикс. Поля LINES: strike_id (собственный идентификатор удара из STRIKE_ID_FIELD, иначе идентификатор его объекта), strike_fid (идентификатор его объекта), faction, km.&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Gives a layer the ISW-like look of published conflict maps, with colours and legend labels ('Regime Control', 'ISIS Control', ...) from a faction preset. &lt;b&gt;Only the layer's style changes, never its data&lt;/b&gt;; undo it with the layer's Properties &amp;gt; Symbology.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: the layer to style (a layer of the project, or a file when QML_FILE saves the style).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = territorial control (fills per faction, mixed classes hatched in their members' colours, front lines as heavy lines, town points as dots with a ring when STATUS_FIELD says besieged or contested); strikes = starbursts by High-Confidence / Low-Confidence reporting; results = the output of strikecheck:nearestfaction, starbursts coloured by controlled_by; lines = lines to nearest territory, dashed and labelled '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic, or your own preset in the QGIS profile's strikecheck/presets folder; PRESET_FILE (advanced) takes a .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: optional; a palette of the preset, e.g. isw-like or wikipedia (default: the preset's own default).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; the field naming the faction (default: 'faction' for control and lines, 'controlled_by' for results). Values may be codes, labels or any alias the preset knows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: optional, strikes; default 'confidence' with values high / low (anything else is drawn as an unrated report).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional; results are labelled with their distance to this faction (field dist_&amp;lt;faction&amp;gt;_km), lines show only the lines to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; strikes and results are labelled with it (e.g. the place name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: optional; control points whose value is besieged, siege, encircled or contested get a ring.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: optional; also save the style as a .qml file.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Придаёт слою облик опубликованных карт конфликтов в стиле ISW: цвета и подписи легенды ('Regime Control', 'ISIS Control', ...) из пресета сторон. &lt;b&gt;Меняется только стиль слоя, но не его данные&lt;/b&gt;; отменить можно в свойствах слоя &amp;gt; Символика.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: слой для оформления (слой проекта или файл, если QML_FILE сохраняет стиль).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = территориальный контроль (заливка по сторонам, смешанные классы штрихуются цветами участников, линии фронта — жирными линиями, населённые пункты — точками с кольцом, если STATUS_FIELD указывает на осаду или спорный статус); strikes = звёздочки по степени достоверности сообщения High-Confidence / Low-Confidence; results = результат strikecheck:nearestfaction, звёздочки окрашены по controlled_by; lines = линии до ближайшей территории, пунктирные, с подписями вида '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic или собственный пресет в папке strikecheck/presets профиля QGIS; PRESET_FILE (дополнительно) принимает файл .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: необязательно; палитра пресета, например isw-like или wikipedia (по умолчанию: палитра пресета по умолчанию).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: необязательно; поле с названием стороны (по умолчанию: 'faction' для control и lines, 'controlled_by' для results). Значениями могут быть коды, подписи или любые известные пресету псевдонимы.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: необязательно, для strikes; по умолчанию 'confidence' со значениями high / low (всё прочее рисуется как неоценённое сообщение).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необязательно; результаты подписываются расстоянием до этой стороны (поле dist_&amp;lt;faction&amp;gt;_km), для lines показываются только линии к ней.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: необязательно; удары и результаты подписываются по этому полю (например, название места).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: необязательно; точки контроля со значением besieged, siege, encircled или contested получают кольцо.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: необязательно; также сохранить стиль в файл .qml.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Создаёт готовую к публикации карту в манере карт конфликтов ISW: заголовок и дата, удары звёздочками поверх территориального контроля, легенда (KEY), масштабная линейка в км, стрелка севера, врезка с положением страны, вывод одним предложением и источники. Границы и названия стран берутся из карты мира, входящей в QGIS: ничего не скачивается. Макет строится по resources/layouts/strikecheck_map.qpt и, если ADD_TO_PROJECT не отключён, также добавляется в макеты проекта, чтобы его можно было отредактировать перед повторным экспортом.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: удары, лучше всего результат strikecheck:nearestfaction (нужен для предложения с выводом). Карта кадрируется по ним.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: необязательно; карта контроля и линии до ближайшей территории. С TARGET_FACTION рисуются только линии к ней, и кадр их включает.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле стороны в слое контроля (по умолчанию 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: необязательно, например isis: вывод сообщает, сколько ударов пришлось на её территорию и как далеко от неё были остальные.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (дополнительно): поле с названием каждого удара на карте; пусто: поле site, location, name, place или town, если ударов не больше 40.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: достоверность (сообщения High-/Low-Confidence, как у ISW) или контролирующая сторона (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: оформить слои цветами пресета, как это делает strikecheck:applystyle (слой проекта сохраняет новый стиль; данные не меняются никогда). Если отключено, используются ваши собственные стили.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: например 'Russian Airstrikes' и '30 SEPT 2015'; пустая DATE берётся из поля даты ударов.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: строка источников 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (по умолчанию: имена слоёв); NOTE добавляет предложение под выводом.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 или A3, &lt;b&gt;ORIENTATION&lt;/b&gt; альбомная или книжная, &lt;b&gt;DPI&lt;/b&gt; для PNG, &lt;b&gt;PADDING&lt;/b&gt; вокруг ударов в % от кадрируемого охвата.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: необязательно; страна на врезке (по умолчанию: та, где больше всего ударов), как она названа на карте мира QGIS, например Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (дополнительно): собственный .qpt, например входящий в комплект, переоформленный в конструкторе макетов. Элементы ищутся по идентификатору (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); отсутствующие пропускаются, main_map обязателен. Шрифты, цвета и рамки остаются вашими; положение следует PAPER и ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (дополнительно): также сохранить макет в проекте вместе с показанными на нём слоями (контекстные слои карты мира в группе 'StrikeCheck map'). У qgis_process нет проекта: там записываются только файлы.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: файлы для записи (любые из них).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. One output feature per input feature; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output. A KML or KMZ file (a Google My Maps export, for instance) is read by StrikeCheck itself: every placemark of every folder, with a folder column (FACTION_FIELD=folder when each faction has its own folder) and its ExtendedData columns.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature, with these fields first:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Делает карту территориального контроля пригодной для StrikeCheck: текст стороны в каждом объекте ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') превращается в канонический код стороны из пресета, геометрии исправляются, и каждый объект получает дату, с которой он действует. Один выходной объект на каждый входной; входные данные не изменяются.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: полигоны (зоны в стиле ISW), линии (линии фронта) или точки (отметки контроля населённых пунктов, как их публикуют Центр Картера и Википедия); любая СК, сохраняется в результате. Файл KML или KMZ (например, экспорт Google My Maps) StrikeCheck читает сам: каждая метка каждой папки, со столбцом folder (FACTION_FIELD=folder, когда у каждой стороны своя папка) и её столбцами ExtendedData.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле, указывающее, кто контролирует каждый объект. Пусто: первое существующее из faction, control, controlled_by, side, mark, label, name...&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: пресет сторон: syria-2015 (классы в стиле ISW: regime, rebel, isis, jn, kurdish и смешанные классы), ukraine (ukraine_held, russia_occupied, contested; написания на английском, украинском и русском), generic (любые значения) или собственный пресет в &amp;lt;профиль QGIS&amp;gt;/strikecheck/presets. 'auto' выбирает пресет, распознающий больше всего значений (generic, если ни один).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: необязательно; файл пресета JSON, используемый вместо него.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: необязательные ручные сопоставления 'исходное=код;исходное=код', применяемые раньше псевдонимов пресета, например 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Сравнение не учитывает регистр, диакритику и пунктуацию. Кодом может быть код пресета, псевдоним, несколько кодов через '+' или новый код.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необязательно; дата, с которой действует каждый объект (дата среза). Те же форматы, что при импорте ударов.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: порядок дня и месяца в числовых датах: определяется один раз для всего столбца (с остановкой и сообщением, если по столбцу это не понять) или задаётся.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: необязательно; дата карты (например, 2015-09-27) для объектов с пустым DATE_FIELD или для всех, если DATE_FIELD нет.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Результат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: карта контроля в СК входных данных, по одному объекту на каждый входной, с такими первыми полями:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: канонический код, например isis. Смешанный класс ('ISIS, JN, and Rebel Control', 'Kurds/Government') получает коды участников, отсортированные и объединённые через '+' (isis+jn+rebel, kurdish+regime): анализ считает его территорией каждого участника. Значение, не совпавшее ни с одним псевдонимом, сохраняет собственный нормализованный код (ASCII в нижнем регистре, '_' между словами) и указывается в журнале как 'unrecognised, kept as ...'. NULL, если у объекта нет значения стороны.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: текст легенды для класса, например 'ISIS Control', 'ISIS, JN, and Rebel Control'; для нераспознанного значения — его собственный текст.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: исходный текст.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: дата или NULL.&lt;/li&gt;&lt;/ul&gt;Далее все исходные поля; поле, чьё имя совпадает с одним из этих, сохраняется как &amp;lt;имя&amp;gt;_orig. Полигональные и линейные результаты — составные (исправление может разделить геометрию); геометрия, оставшаяся пустой после исправления, сохраняется как NULL с предупреждением.&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>No faction field found (looked for {tried}); set FACTION_FIELD to the field that names who holds each feature (fields: {names}).</source>
      <translation type="vanished">Поле стороны не найдено (проверены: {tried}); укажите в FACTION_FIELD поле, которое называет, кто контролирует каждый объект (поля: {names}).</translation>
    </message>
    <message>
      <source>{n} features are not of the layer's geometry type ({kind}; a layer holds one), kept with NULL geometry: features {ids}. Import them as a layer of their own.</source>
      <translation type="vanished">Объектов не того типа геометрии, что у слоя ({kind}; у слоя он один): {n}, сохранены с геометрией NULL: объекты {ids}. Импортируйте их отдельным слоем.</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Для каждого удара сообщает, какая сторона контролировала местность, куда он пришёлся, и измеряет геодезическое расстояние (эллипсоид WGS84, с точностью до 1 м) до ближайшей территории каждой стороны на карте контроля.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: точечный слой ударов (любая СК; «Только выбранные объекты» работает). Удар-мультиточка находится под контролем каждой стороны, контролирующей любую из его точек; его расстояние до стороны — расстояние от ближайшей его точки.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: территориальный контроль в виде полигонов, линий фронта или точек контроля населённых пунктов (любая СК). Недопустимые геометрии исправляются в памяти; слой никогда не изменяется.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле CONTROL с названием стороны. Значение, объединяющее коды через '+' (смешанный класс из «Импорт карты контроля», например isis+jn+rebel), считается территорией каждого участника.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: необязательно; значения сторон для измерения через ';' (по умолчанию: все имеющиеся значения).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: необязательно; расстояния больше него равны NULL (и поиск идёт быстрее).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: удары со всеми их полями и результатами, в СК слоя ударов.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: необязательно; для каждого удара и каждой стороны, вне территории которой он находится, кратчайшая геодезическая линия до территории этой стороны.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: необязательно (по умолчанию: 'date' и 'valid_from', если они есть в слоях). Слой контроля с несколькими датированными срезами учитывает время: каждый удар измеряется по последнему срезу на его дату или раньше; объекты контроля без даты действуют во всех срезах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: удары, датированные раньше первого среза, или без даты: 'nearest' (первый срез, а для ударов без даты — последний) или 'skip' (ответы NULL, причина в snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необязательно (по умолчанию: 'precision_km', если есть): насколько далеко, в км, истинное место может быть от точки. &lt;b&gt;PRECISION_KM&lt;/b&gt;: радиус для ударов без значения.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: также измерять расстояние до фронта (по умолчанию да). &lt;b&gt;FRONT_LINES&lt;/b&gt;: необязательный слой линий фронта, используемый вместо границ между полигонами сторон (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; задаёт их названия). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: насколько близко должны проходить границы двух сторон, чтобы считаться одним фронтом (на картах, нарисованных вручную, вершины редко совпадают; по умолчанию 0,5 км).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (по умолчанию) выполняет анализ как SQL внутри PostGIS, если STRIKES и CONTROL — слои одной базы данных PostGIS, иначе локально; 'local' или 'database' задают движок принудительно. Ответы одинаковы (расстояния совпадают с точностью до 1 м). Пока не поддерживаются в базе данных: LINES, датированные срезы контроля, FRONT_LINES, только выбранные объекты; тогда auto выполняет анализ локально и сообщает причину. Если OUTPUT — таблица этой базы данных, результаты записываются в неё одной транзакцией.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Выходные поля&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: сторона (стороны), чья территория содержит удар, отсортированные и объединённые через '+' (удар на общей границе или на перекрывающихся территориях принадлежит каждой); NULL, если удар не находится под чьим-либо контролем. Удар в дыре полигона находится вне его.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: геодезические километры до ближайшей точки территории этой стороны, 0 внутри. Значение стороны нормализуется в имя поля (ASCII в нижнем регистре, '_' вместо прочих символов), например dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: ближайшая сторона, кроме контролирующей (для удара, который никто не контролирует: ближайшая сторона).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: расстояние до ближайшего фронта между стороной, контролирующей удар, и другой стороной (побережье и границы с ничьей землёй фронтом не считаются; 0 на самой линии) и кто находится по ту сторону; для удара, который никто не контролирует, — граница ближайшей стороны и эта сторона. Вблизи места, где фронт выходит к побережью, значение может быть занижено не более чем на FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: срез контроля, по которому измерен каждый удар, и причина, если это не очевидный срез (только при учёте времени).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: при заданной точности — каждая сторона, чьей территории касается круг возможных положений удара, и контролирует ли одна сторона весь круг (вывод выдерживает неопределённость).&lt;/li&gt;&lt;/ul&gt;Имя поля, уже занятое в слое ударов, получает числовой суффикс. Поля LINES: strike_id (идентификатор объекта удара), faction, km.&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>Factions in the control map: {names}</source>
      <translation type="vanished">Стороны на карте контроля: {names}</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. One output feature per input feature; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature, with these fields first:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Делает карту территориального контроля пригодной для StrikeCheck: текст стороны в каждом объекте ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') превращается в канонический код стороны из пресета, геометрии исправляются, и каждый объект получает дату, с которой он действует. Один выходной объект на каждый входной; входные данные не изменяются.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: полигоны (зоны в стиле ISW), линии (линии фронта) или точки (отметки контроля населённых пунктов, как их публикуют Центр Картера и Википедия); любая СК, сохраняется в результате.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле, указывающее, кто контролирует каждый объект. Пусто: первое существующее из faction, control, controlled_by, side, mark, label, name...&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: пресет сторон: syria-2015 (классы в стиле ISW: regime, rebel, isis, jn, kurdish и смешанные классы), ukraine (ukraine_held, russia_occupied, contested; написания на английском, украинском и русском), generic (любые значения) или собственный пресет в &amp;lt;профиль QGIS&amp;gt;/strikecheck/presets. 'auto' выбирает пресет, распознающий больше всего значений (generic, если ни один).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: необязательно; файл пресета JSON, используемый вместо него.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: необязательные ручные сопоставления 'исходное=код;исходное=код', применяемые раньше псевдонимов пресета, например 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Сравнение не учитывает регистр, диакритику и пунктуацию. Кодом может быть код пресета, псевдоним, несколько кодов через '+' или новый код.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необязательно; дата, с которой действует каждый объект (дата среза). Те же форматы, что при импорте ударов.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: порядок дня и месяца в числовых датах: определяется один раз для всего столбца (с остановкой и сообщением, если по столбцу это не понять) или задаётся.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: необязательно; дата карты (например, 2015-09-27) для объектов с пустым DATE_FIELD или для всех, если DATE_FIELD нет.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Результат&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: карта контроля в СК входных данных, по одному объекту на каждый входной, с такими первыми полями:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: канонический код, например isis. Смешанный класс ('ISIS, JN, and Rebel Control', 'Kurds/Government') получает коды участников, отсортированные и объединённые через '+' (isis+jn+rebel, kurdish+regime): анализ считает его территорией каждого участника. Значение, не совпавшее ни с одним псевдонимом, сохраняет собственный нормализованный код (ASCII в нижнем регистре, '_' между словами) и указывается в журнале как 'unrecognised, kept as ...'. NULL, если у объекта нет значения стороны.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: текст легенды для класса, например 'ISIS Control', 'ISIS, JN, and Rebel Control'; для нераспознанного значения — его собственный текст.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: исходный текст.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: дата или NULL.&lt;/li&gt;&lt;/ul&gt;Далее все исходные поля; поле, чьё имя совпадает с одним из этих, сохраняется как &amp;lt;имя&amp;gt;_orig. Полигональные и линейные результаты — составные (исправление может разделить геометрию); геометрия, оставшаяся пустой после исправления, сохраняется как NULL с предупреждением.&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Turns a table of strikes as analysts receive it (an ACLED export, an Airwars-style table, a hand-typed CSV, a KML from a map service) into a clean StrikeCheck point layer in WGS84, and lists every row that could not become a strike with its line number and the reason. Nothing is dropped silently.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a file (CSV, TSV or semicolon-separated text; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) or any layer. Text files are read by StrikeCheck itself so that every line can be reported: UTF-8 with or without BOM, UTF-16, or Windows-1252 (Western European) when that is unambiguous; anything else is refused with a message rather than read as garbled text. The delimiter is found by itself. A loaded delimited-text layer is read from its file the same way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: optional; the latitude and longitude columns (decimal degrees, decimal commas, N/S/E/W letters or degrees-minutes-seconds). Found by name when empty: latitude/lat/y and longitude/lon/lng/long/x in any case, ACLED's included.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: optional; a column holding WKT points ('POINT (36.3 35.8)') or 'lat, lon' text ('35.8126, 36.3176', as Airwars writes it). Found by name or content when no latitude/longitude columns exist. Without any of these the layer's point geometry is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: optional QGIS expression over the input's own columns; rows for which it is false are left out (counted in the log, not errors). Empty: ACLED exports keep only sub_event_type = 'Air/drone strike', other inputs keep every row. Write TRUE to keep every row of an ACLED export.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date column (found by name when empty: event_date, date, ...). Reads 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: for dd/mm/yyyy versus mm/dd/yyyy. 'Detect' decides once for the whole column from dates that can only be read one way, and stops with a message when nothing decides it; it never guesses row by row.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional; found by name when empty (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: optional 'value=high;value=low' pairs for confidence values other than high/low (e.g. Airwars gradings: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: how far, in km, a strike may be from its coordinates for each precision code or word, e.g. ACLED geo_precision 1 (the town), 2 (near a town), 3 (a region or provincial capital). Default: {precision}. These distances are StrikeCheck's assumption, not ACLED's or Airwars'. A precision column whose name ends in km is taken as kilometres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: optional area where the strikes should be; rows outside it are rejected, and a whole column of exchanged latitude/longitude is detected by it even where both stay within ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: optional encoding of a text file (e.g. windows-1256 for Arabic Windows text); empty: detected.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with &lt;b&gt;strike_id&lt;/b&gt; (text: the id column, or the line number / feature id), &lt;b&gt;date&lt;/b&gt; (date or NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low or NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, then every original column with its values untouched (empty cells of a text file become NULL). An original column whose name clashes with one of these is kept as &amp;lt;name&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: a table of the rows that could not become strikes: &lt;b&gt;line&lt;/b&gt; (line number in a text file, row in a spreadsheet), &lt;b&gt;feature_id&lt;/b&gt; (feature id in a layer; not named fid, which GeoPackage reserves), &lt;b&gt;reason&lt;/b&gt; (e.g. 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") and &lt;b&gt;raw&lt;/b&gt; (the row as written).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A whole column of exchanged latitude and longitude (latitudes beyond ±90 while every longitude is within ±90) is detected and read the other way round, with a warning; columns you choose yourself are used as given.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Превращает таблицу ударов в том виде, в каком её получают аналитики (выгрузка ACLED, таблица в стиле Airwars, набранный вручную CSV, KML из картографического сервиса), в чистый точечный слой StrikeCheck в WGS84 и перечисляет каждую строку, которая не стала ударом, с номером строки и причиной. Ничего не отбрасывается молча.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: файл (CSV, TSV или текст с разделителем-точкой с запятой; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) или любой слой. Текстовые файлы StrikeCheck читает сам, чтобы сообщать о каждой строке: UTF-8 с BOM или без, UTF-16 или Windows-1252 (западноевропейская), если это однозначно; любая другая кодировка отклоняется с сообщением, а не читается искажённым текстом. Разделитель определяется автоматически. Загруженный слой текста с разделителями читается из своего файла так же.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: необязательно; столбцы широты и долготы (десятичные градусы, десятичные запятые, буквы N/S/E/W или градусы-минуты-секунды). Если пусто, находятся по имени: latitude/lat/y и longitude/lon/lng/long/x в любом регистре, включая столбцы ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: необязательно; столбец с точками WKT ('POINT (36.3 35.8)') или текстом 'lat, lon' ('35.8126, 36.3176', как пишет Airwars). Находится по имени или содержимому, если столбцов широты и долготы нет. Если нет ничего из этого, используется точечная геометрия слоя.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: необязательное выражение QGIS по столбцам входных данных; строки, для которых оно ложно, исключаются (учитываются в журнале, но не как ошибки). Пусто: из выгрузок ACLED остаются только строки с sub_event_type = 'Air/drone strike', из прочих входных данных — все строки. Напишите TRUE, чтобы оставить все строки выгрузки ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: необязательно; столбец даты (если пусто, находится по имени: event_date, date, ...). Читает 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: дд/мм/гггг или мм/дд/гггг. 'Detect' решает один раз для всего столбца по датам, которые читаются только одним способом, и останавливается с сообщением, если решить нечем; он никогда не угадывает построчно.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необязательно; если пусто, находятся по имени (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: необязательные пары 'значение=high;значение=low' для значений достоверности, отличных от high/low (например, оценки Airwars: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: насколько далеко, в км, удар может быть от своих координат для каждого кода или слова точности, например geo_precision в ACLED: 1 (населённый пункт), 2 (рядом с населённым пунктом), 3 (район или административный центр провинции). По умолчанию: {precision}. Эти расстояния — допущение StrikeCheck, а не ACLED или Airwars. Столбец точности, имя которого оканчивается на km, читается в километрах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: необязательно; район, где должны находиться удары; строки вне его отклоняются, а по нему же распознаётся целый столбец перепутанных широт и долгот, даже если оба значения остаются в пределах ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: необязательная кодировка текстового файла (например, windows-1256 для арабского текста Windows); пусто: определяется.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Результаты&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: точки в EPSG:4326 с полями &lt;b&gt;strike_id&lt;/b&gt; (текст: столбец идентификатора или номер строки / идентификатор объекта), &lt;b&gt;date&lt;/b&gt; (дата или NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low или NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, затем все исходные столбцы с нетронутыми значениями (пустые ячейки текстового файла становятся NULL). Исходный столбец, чьё имя совпадает с одним из этих, сохраняется как &amp;lt;имя&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: таблица строк, которые не стали ударами: &lt;b&gt;line&lt;/b&gt; (номер строки в текстовом файле, строка в электронной таблице), &lt;b&gt;feature_id&lt;/b&gt; (идентификатор объекта в слое; не называется fid, так как это имя зарезервировано GeoPackage), &lt;b&gt;reason&lt;/b&gt; (например, 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") и &lt;b&gt;raw&lt;/b&gt; (строка в исходном виде).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Целый столбец перепутанных широт и долгот (широты за пределами ±90, при том что все долготы в пределах ±90) распознаётся и читается наоборот, с предупреждением; столбцы, выбранные вами самостоятельно, используются как есть.&lt;/p&gt;&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;Для каждого удара сообщает, какая сторона контролировала местность, куда он пришёлся, и измеряет геодезическое расстояние (эллипсоид WGS84, с точностью до 1 м) до ближайшей территории каждой стороны на карте контроля.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: точечный слой ударов (любая СК; «Только выбранные объекты» работает). Удар-мультиточка находится под контролем каждой стороны, контролирующей любую из его точек; его расстояние до стороны — расстояние от ближайшей его точки.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: территориальный контроль в виде полигонов, линий фронта или точек контроля населённых пунктов (любая СК). Недопустимые геометрии исправляются в памяти; слой никогда не изменяется.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: поле CONTROL с названием стороны. Значение, объединяющее коды через '+' (смешанный класс из «Импорт карты контроля», например isis+jn+rebel), считается территорией каждого участника.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: необязательно; значения сторон для измерения через ';' (по умолчанию: все имеющиеся значения).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: необязательно; расстояния больше него равны NULL (и поиск идёт быстрее).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: удары со всеми их полями и результатами, в СК слоя ударов.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: необязательно; для каждого удара и каждой стороны, вне территории которой он находится, кратчайшая геодезическая линия до территории этой стороны.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: необязательно (по умолчанию: 'date' и 'valid_from', если они есть в слоях). Слой контроля с несколькими датированными срезами учитывает время: каждый удар измеряется по последнему срезу на его дату или раньше; объекты контроля без даты действуют во всех срезах.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: удары, датированные раньше первого среза, или без даты: 'nearest' (первый срез, а для ударов без даты — последний) или 'skip' (ответы NULL, причина в snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: необязательно (по умолчанию: 'precision_km', если есть): насколько далеко, в км, истинное место может быть от точки. &lt;b&gt;PRECISION_KM&lt;/b&gt;: радиус для ударов без значения.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: также измерять расстояние до фронта (по умолчанию да). &lt;b&gt;FRONT_LINES&lt;/b&gt;: необязательный слой линий фронта, используемый вместо границ между полигонами сторон (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; задаёт их названия). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: насколько близко должны проходить границы двух сторон, чтобы считаться одним фронтом (на картах, нарисованных вручную, вершины редко совпадают; по умолчанию 0,5 км).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Выходные поля&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: сторона (стороны), чья территория содержит удар, отсортированные и объединённые через '+' (удар на общей границе или на перекрывающихся территориях принадлежит каждой); NULL, если удар не находится под чьим-либо контролем. Удар в дыре полигона находится вне его.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: геодезические километры до ближайшей точки территории этой стороны, 0 внутри. Значение стороны нормализуется в имя поля (ASCII в нижнем регистре, '_' вместо прочих символов), например dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: ближайшая сторона, кроме контролирующей (для удара, который никто не контролирует: ближайшая сторона).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: расстояние до ближайшего фронта между стороной, контролирующей удар, и другой стороной (побережье и границы с ничьей землёй фронтом не считаются; 0 на самой линии) и кто находится по ту сторону; для удара, который никто не контролирует, — граница ближайшей стороны и эта сторона. Вблизи места, где фронт выходит к побережью, значение может быть занижено не более чем на FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: срез контроля, по которому измерен каждый удар, и причина, если это не очевидный срез (только при учёте времени).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: при заданной точности — каждая сторона, чьей территории касается круг возможных положений удара, и контролирует ли одна сторона весь круг (вывод выдерживает неопределённость).&lt;/li&gt;&lt;/ul&gt;Имя поля, уже занятое в слое ударов, получает числовой суффикс. Поля LINES: strike_id (идентификатор объекта удара), faction, km.&lt;h3&gt;Пример&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckDatabase</name>
    <message>
      <location filename="../plugin/database/connection.py" line="126" />
      <location filename="../plugin/database/connection.py" line="127" />
      <source>Could not connect to the database {place}: {reason}</source>
      <translation>Не удалось подключиться к базе данных {place}: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/database/connection.py" line="38" />
      <source>The database engine needs the Python package psycopg2, which this QGIS does not have (Debian/Ubuntu: apt install python3-psycopg2; elsewhere: python3 -m pip install psycopg2-binary).</source>
      <translation>Движку базы данных нужен пакет Python psycopg2, которого нет в этой QGIS (Debian/Ubuntu: apt install python3-psycopg2; в других системах: python3 -m pip install psycopg2-binary).</translation>
    </message>
    <message>
      <location filename="../plugin/database/connection.py" line="100" />
      <location filename="../plugin/database/connection.py" line="101" />
      <source>The layer's QGIS authentication configuration '{id}' could not be used; check it in Settings &gt; Options &gt; Authentication.</source>
      <translation>Конфигурацию аутентификации QGIS '{id}' для слоя использовать не удалось; проверьте её в меню Настройки &gt; Параметры &gt; Аутентификация.</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckDock</name>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="24" />
      <source>Automatic (PostGIS when both layers are in it)</source>
      <translation>Автоматически (PostGIS, если оба слоя в нём)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="31" />
      <location filename="../plugin/gui/factions_panel.py" line="104" />
      <source>Automatic (best match)</source>
      <translation>Автоматически (лучшее совпадение)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="103" />
      <source>Automatic: {preset}</source>
      <translation>Автоматически: {preset}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="47" />
      <source>Beside the project file</source>
      <translation>Рядом с файлом проекта</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="189" />
      <location filename="../plugin/gui/results_panel.py" line="190" />
      <source>CSV files (*.csv)</source>
      <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="129" />
      <location filename="../plugin/gui/factions_panel.py" line="130" />
      <source>Choose a control map and its faction field first.</source>
      <translation>Сначала выберите карту контроля и её поле стороны.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="77" />
      <source>Choose a strike layer and a control map first.</source>
      <translation>Сначала выберите слой ударов и карту контроля.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="79" />
      <location filename="../plugin/gui/export_panel.py" line="80" />
      <source>Choose the control map the strikes were analysed against.</source>
      <translation>Выберите карту контроля, по которой анализировались удары.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="79" />
      <source>Choose the control map's faction field first.</source>
      <translation>Сначала выберите поле стороны на карте контроля.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="121" />
      <location filename="../plugin/gui/data_panel.py" line="125" />
      <source>Control maps (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;Georeferenced map images (*.tif *.tiff *.png *.jpg *.jpeg);;All files (*)</source>
      <translation>Карты контроля (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;Привязанные изображения карт (*.tif *.tiff *.png *.jpg *.jpeg);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="198" />
      <location filename="../plugin/gui/results_panel.py" line="199" />
      <source>Could not write {path}: {reason}</source>
      <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="31" />
      <source>Export map</source>
      <translation>Экспорт карты</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="189" />
      <location filename="../plugin/gui/results_panel.py" line="190" />
      <source>Export results as CSV</source>
      <translation>Экспорт результатов в CSV</translation>
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
      <translation>Импорт карты контроля</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="211" />
      <location filename="../plugin/gui/data_panel.py" line="213" />
      <source>Import strikes</source>
      <translation>Импорт ударов</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="26" />
      <source>Inside the PostGIS database</source>
      <translation>Внутри базы данных PostGIS</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="58" />
      <location filename="../plugin/gui/export_panel.py" line="59" />
      <source>Map exported: {pdf} (the layout is in the project's layout manager).</source>
      <translation>Карта экспортирована: {pdf} (макет находится в диспетчере макетов проекта).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="162" />
      <location filename="../plugin/gui/data_panel.py" line="163" />
      <source>No faction has a colour: nothing to import.</source>
      <translation>Ни у одной стороны нет цвета: импортировать нечего.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="134" />
      <location filename="../plugin/gui/results_panel.py" line="135" />
      <source>No results: run the analysis first (the results layer was removed or none was made yet).</source>
      <translation>Нет результатов: сначала запустите анализ (слой результатов удалён или ещё не создан).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="25" />
      <source>On this computer</source>
      <translation>На этом компьютере</translation>
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
      <translation>Предыдущие результаты (идёт новый анализ): {summary}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="66" />
      <location filename="../plugin/gui/export_panel.py" line="67" />
      <source>Report written: {pdf}</source>
      <translation>Отчёт записан: {pdf}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="23" />
      <source>Skip them, saying why</source>
      <translation>Пропустить с указанием причины</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="143" />
      <source>Stopped: {reason}</source>
      <translation>Остановлено: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="211" />
      <location filename="../plugin/gui/data_panel.py" line="215" />
      <source>Strike files (*.csv *.tsv *.txt *.geojson *.json *.gpkg *.shp *.kml *.kmz *.xlsx);;All files (*)</source>
      <translation>Файлы ударов (*.csv *.tsv *.txt *.geojson *.json *.gpkg *.shp *.kml *.kmz *.xlsx);;Все файлы (*)</translation>
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
      <translation>Удары и территориальный контроль</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="141" />
      <source>The algorithm failed.</source>
      <translation>Сбой алгоритма.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="22" />
      <source>Use the nearest snapshot</source>
      <translation>Использовать ближайший срез</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="49" />
      <source>Write report</source>
      <translation>Записать отчёт</translation>
    </message>
    <message>
      <location filename="../plugin/gui/runner.py" line="114" />
      <source>cancelled by you</source>
      <translation>отменено вами</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="44" />
      <source>strikes</source>
      <translation>удары</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="158" />
      <source>{name} (factions)</source>
      <translation>{name} (стороны)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="203" />
      <source>{name} (from image)</source>
      <translation>{name} (по изображению)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="56" />
      <source>{name}: lines to nearest territory</source>
      <translation>{name}: линии до ближайшей территории</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="46" />
      <source>{name}: nearest faction</source>
      <translation>{name}: ближайшая сторона</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="252" />
      <source>{name}: rejected rows</source>
      <translation>{name}: отклонённые строки</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="204" />
      <location filename="../plugin/gui/data_panel.py" line="205" />
      <source>{n} control areas read from the image.</source>
      <translation>Областей контроля, считанных с изображения: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="108" />
      <location filename="../plugin/gui/data_panel.py" line="109" />
      <source>{n} of {total} selected</source>
      <translation>Выбрано: {n} из {total}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="182" />
      <source>{n} rows copied.</source>
      <translation>Скопировано строк: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="203" />
      <location filename="../plugin/gui/results_panel.py" line="204" />
      <source>{n} rows written to {path}.</source>
      <translation>Записано строк: {n} в {path}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="255" />
      <location filename="../plugin/gui/data_panel.py" line="256" />
      <source>{n} strikes imported, {m} rows rejected: see the layer '{errors}'.</source>
      <translation>Импортировано ударов: {n}, отклонено строк: {m}; см. слой '{errors}'.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="247" />
      <location filename="../plugin/gui/data_panel.py" line="248" />
      <source>{n} strikes imported.</source>
      <translation>Импортировано ударов: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="138" />
      <location filename="../plugin/gui/data_panel.py" line="139" />
      <source>{path} is not a control map QGIS can read (polygons, front lines or town points).</source>
      <translation>{path} — не карта контроля, которую может прочитать QGIS (полигоны, линии фронта или населённые пункты).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="192" />
      <location filename="../plugin/gui/data_panel.py" line="193" />
      <source>{path} is not an image QGIS can read.</source>
      <translation>QGIS не может прочитать изображение {path}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="163" />
      <location filename="../plugin/gui/dock.py" line="166" />
      <source>{task} is still running. Stop it and close the panel?</source>
      <translation>{task} ещё выполняется. Остановить и закрыть панель?</translation>
    </message>
    <message>
      <source>Control maps (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;All files (*)</source>
      <translation type="vanished">Карты контроля (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;Все файлы (*)</translation>
    </message>
    <message>
      <source>{n} strikes analysed</source>
      <translation type="vanished">Проанализировано ударов: {n}</translation>
    </message>
    <message>
      <source>Run the analysis first: the map shows its results.</source>
      <translation type="vanished">Сначала запустите анализ: карта показывает его результаты.</translation>
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
      <translation>Анализ</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="138" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="35" />
      <source>Control map</source>
      <translation>Карта контроля</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="119" />
      <source>Copy table</source>
      <translation>Копировать таблицу</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="28" />
      <source>Data</source>
      <translation>Данные</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="79" />
      <source>Distance to the front</source>
      <translation>Расстояние до фронта</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="46" />
      <source>Each value found in the faction field, the faction it stands for, its legend label and colour. Edit a faction code to override the preset.</source>
      <translation>Каждое значение поля стороны, сторона, которую оно обозначает, его подпись в легенде и цвет. Измените код стороны, чтобы заменить пресет.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="93" />
      <source>Engine</source>
      <translation>Движок</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="120" />
      <source>Export CSV…</source>
      <translation>Экспорт в CSV…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="121" />
      <source>Export map…</source>
      <translation>Экспорт карты…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="38" />
      <source>Faction field</source>
      <translation>Поле стороны</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="87" />
      <source>From the layer only</source>
      <translation>Только из слоя</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="83" />
      <source>How far the true location may be from the point, for strikes whose layer does not say (e.g. 2 km for a town centre). Conclusions are checked against this disc.</source>
      <translation>Насколько далеко истинное место может быть от точки для ударов, в слое которых это не указано (например, 2 км для центра города). Выводы проверяются по этому кругу.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="37" />
      <source>Import a control map from a file (DeepState or ISW exports, KML/KMZ, GeoJSON, GeoPackage, Shapefile): its factions are read with the preset.</source>
      <translation>Импорт карты контроля из файла (экспорт DeepState или ISW, KML/KMZ, GeoJSON, GeoPackage, Shapefile): стороны определяются по набору настроек.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="34" />
      <source>Import strikes from a file: ACLED or UCDP exports, CSV, XLSX, KML/KMZ, GeoJSON, GeoPackage.</source>
      <translation>Импорт ударов из файла: экспорт ACLED или UCDP, CSV, XLSX, KML/KMZ, GeoJSON, GeoPackage.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="37" />
      <source>Import…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="78" />
      <source>Lines to nearest territory</source>
      <translation>Линии до ближайшей территории</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="68" />
      <source>Max distance</source>
      <translation>Макс. расстояние</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="74" />
      <source>No limit</source>
      <translation>Без ограничения</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="49" />
      <source>Outputs</source>
      <translation>Выходные данные</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="80" />
      <source>Precision</source>
      <translation>Точность</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="40" />
      <source>Preset</source>
      <translation>Пресет</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="122" />
      <source>Report…</source>
      <translation>Отчёт…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="100" />
      <source>Results</source>
      <translation>Результаты</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="139" />
      <source>Run analysis</source>
      <translation>Запустить анализ</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="64" />
      <source>Selected strikes only</source>
      <translation>Только выбранные удары</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="5" />
      <source>StrikeCheck</source>
      <translation>StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="32" />
      <source>Strikes</source>
      <translation>Удары</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="66" />
      <source>Target faction</source>
      <translation>Целевая сторона</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="52" />
      <source>The GeoPackage the panel writes imports and results to, so that a saved project reopens with them. Empty: one beside the project file.</source>
      <translation>GeoPackage, в который панель записывает импорт и результаты, чтобы сохранённый проект открывался с ними. Пусто: файл рядом с проектом.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="91" />
      <source>Undated / early</source>
      <translation>Без даты / ранние</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="94" />
      <source>Where the analysis runs. Automatic: inside PostGIS when the strikes and the control map are tables of the same PostGIS database (nothing is pulled into QGIS), else on this computer. The answers are the same.</source>
      <translation>Где выполняется анализ. Автоматически: внутри PostGIS, если удары и карта контроля — таблицы одной базы данных PostGIS (в QGIS ничего не загружается), иначе на этом компьютере. Ответы одинаковы.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="92" />
      <source>With a dated control map: what to do with strikes dated before its first snapshot, or undated.</source>
      <translation>Для датированной карты контроля: что делать с ударами до её первого среза или без даты.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="105" />
      <source>Zoom the map to the strikes of the results</source>
      <translation>Приблизить карту к ударам из результатов</translation>
    </message>
    <message>
      <source>Draw lines to nearest territory</source>
      <translation type="vanished">Рисовать линии до ближайшей территории</translation>
    </message>
    <message>
      <source>Import control map…</source>
      <translation type="vanished">Импорт карты контроля…</translation>
    </message>
    <message>
      <source>Import strikes…</source>
      <translation type="vanished">Импорт ударов…</translation>
    </message>
    <message>
      <source>Measure the distance to the front</source>
      <translation type="vanished">Измерять расстояние до фронта</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckPresets</name>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="35" />
      <source>Contested</source>
      <translation>Спорная территория</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="12" />
      <source>Generic (any faction names)</source>
      <translation>Общий (любые названия сторон)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="20" />
      <source>ISIS</source>
      <translation>ИГИЛ</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="19" />
      <source>ISIS Control</source>
      <translation>Под контролем ИГИЛ</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="26" />
      <source>ISIS, JN, and Rebel</source>
      <translation>ИГИЛ, ан-Нусра и повстанцы</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="25" />
      <source>ISIS, JN, and Rebel Control</source>
      <translation>Под контролем ИГИЛ, ан-Нусры и повстанцев</translation>
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
      <translation>Под контролем ан-Нусры</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="28" />
      <source>JN and Rebel</source>
      <translation>ан-Нусра и повстанцы</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="27" />
      <source>JN and Rebel Control</source>
      <translation>Под контролем ан-Нусры и повстанцев</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="18" />
      <source>Rebel</source>
      <translation>Повстанцы</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="17" />
      <source>Rebel Control</source>
      <translation>Под контролем повстанцев</translation>
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
      <translation>Под контролем режима</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="30" />
      <source>Regime and YPG</source>
      <translation>Режим и YPG</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="29" />
      <source>Regime and YPG Control</source>
      <translation>Под контролем режима и YPG</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="34" />
      <source>Russia-occupied</source>
      <translation>Оккупировано Россией</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="14" />
      <source>Syria, 2015 (ISW-like control classes)</source>
      <translation>Сирия, 2015 (классы контроля в стиле ISW)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="32" />
      <source>Ukraine (held, occupied, contested)</source>
      <translation>Украина (под контролем, оккупировано, спорно)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="33" />
      <source>Ukraine-held</source>
      <translation>Под контролем Украины</translation>
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
      <translation>Под контролем YPG</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckProvider</name>
    <message>
      <location filename="../plugin/processing/provider.py" line="38" />
      <source>StrikeCheck: strikes against territorial control</source>
      <translation>StrikeCheck: удары и территориальный контроль</translation>
    </message>
  </context>
  <context>
    <name>alg</name>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="110" />
      <source>Image: {w} x {h} pixels of {pw:.0f} x {ph:.0f} m.</source>
      <translation>Изображение: {w} x {h} пикселей размером {pw:.0f} x {ph:.0f} m.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="93" />
      <source>No faction: {share:.1f}%</source>
      <translation>Без стороны: {share:.1f}%</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="121" />
      <source>No pixel of the image is near a legend colour ({colours}). Check the legend against the image (pick the colours from it), or raise TOLERANCE.</source>
      <translation>Ни один пиксель изображения не близок к цветам легенды ({colours}). Сверьте легенду с изображением (возьмите цвета с него) или увеличьте TOLERANCE.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="64" />
      <source>The image '{name}' has no CRS: set it in the layer's properties (Source) or save it with the image (.aux.xml or .prj), and run again.</source>
      <translation>У изображения '{name}' нет системы координат (CRS): задайте её в свойствах слоя (Источник) или сохраните вместе с изображением (.aux.xml или .prj) и запустите снова.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="55" />
      <source>The image '{name}' is not georeferenced (no GeoTIFF tags, world file or ground control points). Georeference it in QGIS's Georeferencer (Layer &gt; Georeferencer), save the GCPs or a world file, and run again.</source>
      <translation>Изображение '{name}' не привязано (нет тегов GeoTIFF, файла привязки или опорных точек). Привяжите его в модуле «Привязка растров» QGIS (Слой &gt; Привязка растров), сохраните опорные точки (GCPs) или файл привязки и запустите снова.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="87" />
      <source>hatching</source>
      <translation>штриховка</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="88" />
      <source>{code} ({colour}): {share:.1f}% of the image</source>
      <translation>{code} ({colour}): {share:.1f}% изображения</translation>
    </message>
  </context>
</TS>
