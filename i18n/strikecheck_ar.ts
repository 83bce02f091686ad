<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>LegendPicker</name>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="39" />
      <source>Click on a faction's colour</source>
      <translation>انقر على لون أحد الفصائل</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="74" />
      <source>Colour</source>
      <translation>اللون</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="74" />
      <source>Faction</source>
      <translation>الفصيل</translation>
    </message>
    <message>
      <location filename="../plugin/gui/legend_picker.py" line="102" />
      <source>click the image</source>
      <translation>انقر على الصورة</translation>
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
      <translation>إضافة فصيل</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="19" />
      <source>Choose a faction in the table, then click on its colour in the image. Rows without a faction are left out.</source>
      <translation>اختر فصيلًا في الجدول، ثم انقر على لونه في الصورة. تُستبعد الصفوف التي ليس فيها فصيل.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="5" />
      <source>Control map from an image: the legend</source>
      <translation>خريطة السيطرة من صورة: مفتاح الخريطة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="37" />
      <source>Map date (optional)</source>
      <translation>تاريخ الخريطة (اختياري)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/legend_picker.ui" line="33" />
      <source>Remove</source>
      <translation>إزالة</translation>
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
      <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="136" />
      <location filename="../plugin/processing/nearest/engine_choice.py" line="137" />
      <source>ENGINE=database cannot be used: {reason}. Use ENGINE=auto or local.</source>
      <translation>لا يمكن استخدام ENGINE=database: {reason}. استخدم ENGINE=auto أو local.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="157" />
      <location filename="../plugin/processing/nearest/engine_choice.py" line="158" />
      <source>Engine: database (the analysis runs as SQL in PostGIS, {place}).</source>
      <translation>المحرك: قاعدة البيانات (يجري التحليل بلغة SQL داخل PostGIS، {place}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="163" />
      <source>Engine: local ({reason}).</source>
      <translation>المحرك: محلي ({reason}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="107" />
      <location filename="../plugin/processing/nearest/local.py" line="94" />
      <location filename="../plugin/processing/nearest/local.py" line="95" />
      <source>Every value of field '{field}' in the control layer is empty (NULL), so no feature says which faction holds it; choose the field that holds faction names.</source>
      <translation>كل قيم الحقل «{field}» في طبقة السيطرة فارغة (NULL)، فلا يوجد معلم يبيّن أي فصيل يسيطر عليه؛ اختر الحقل الذي يحتوي أسماء الفصائل.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="85" />
      <source>FRONT_LINES (a layer of front lines) is read by the local engine</source>
      <translation>يقرأ المحرك المحلي FRONT_LINES (طبقة خطوط الجبهة)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="106" />
      <source>Field '{field}' not found in layer; fields: {names}.</source>
      <translation>الحقل «{field}» غير موجود في الطبقة؛ الحقول: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="104" />
      <location filename="../plugin/processing/nearest/local.py" line="105" />
      <source>Field '{field}' of the control layer holds no date: one static map.</source>
      <translation>الحقل «{field}» في طبقة السيطرة لا يحتوي أي تاريخ: خريطة ثابتة واحدة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="75" />
      <source>LINES (lines to the nearest territory) are drawn by the local engine</source>
      <translation>يرسم المحرك المحلي LINES (الخطوط إلى أقرب أراضٍ)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="53" />
      <source>Measuring {n} strikes against {k} factions' territory...</source>
      <translation>قياس {n} ضربة مقابل أراضي {k} فصائل...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="148" />
      <location filename="../plugin/processing/nearest/database.py" line="149" />
      <source>OUTPUT names the {label} table itself; choose a new table name.</source>
      <translation>يشير OUTPUT إلى الجدول {label} نفسه؛ اختر اسمًا جديدًا للجدول.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="85" />
      <source>Reading the control map...</source>
      <translation>جارٍ قراءة خريطة السيطرة...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="38" />
      <source>Reading the strikes...</source>
      <translation>جارٍ قراءة الضربات...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="162" />
      <location filename="../plugin/processing/nearest/database.py" line="163" />
      <source>Results written to the new table {table} in one transaction.</source>
      <translation>كُتبت النتائج في الجدول الجديد {table} في معاملة واحدة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="124" />
      <source>STRIKES</source>
      <translation>STRIKES</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="128" />
      <source>STRIKES and CONTROL are in different databases</source>
      <translation>STRIKES وCONTROL في قاعدتي بيانات مختلفتين</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="59" />
      <location filename="../plugin/processing/nearest/database.py" line="60" />
      <source>The connection to the database was lost during the analysis ({reason}). Nothing was written; run it again.</source>
      <translation>انقطع الاتصال بقاعدة البيانات أثناء التحليل ({reason}). لم يُكتب شيء؛ شغّله مجددًا.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="113" />
      <location filename="../plugin/processing/nearest/database.py" line="114" />
      <source>The control layer has no usable geometry (all are empty or NULL).</source>
      <translation>لا تحتوي طبقة السيطرة أي شكل هندسي صالح للاستخدام (كلها فارغة أو NULL).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="103" />
      <location filename="../plugin/processing/nearest/local.py" line="90" />
      <location filename="../plugin/processing/nearest/local.py" line="91" />
      <source>The control layer is empty: there is no territory to measure against.</source>
      <translation>طبقة السيطرة فارغة: لا توجد أراضٍ يُقاس إليها.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/database.py" line="66" />
      <location filename="../plugin/processing/nearest/database.py" line="67" />
      <source>The database could not run the analysis: {reason}</source>
      <translation>تعذّر على قاعدة البيانات تشغيل التحليل: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="195" />
      <source>Tracing the lines to the nearest territory...</source>
      <translation>رسم الخطوط إلى أقرب منطقة...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="199" />
      <location filename="../plugin/processing/nearest/local.py" line="200" />
      <source>Writing {n} lines to the nearest territory...</source>
      <translation>كتابة {n} خطًا إلى أقرب منطقة...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="69" />
      <location filename="../plugin/processing/nearest/local.py" line="70" />
      <source>Writing {n} strikes with their results...</source>
      <translation>كتابة {n} ضربة مع نتائجها...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="65" />
      <source>only selected (or filtered) features of {label} are used: the selection lives in QGIS</source>
      <translation>لا تُستخدم إلا المعالم المحددة (أو المصفّاة) من {label}: التحديد موجود في QGIS وحده</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="81" />
      <source>the control map has dated snapshots ('{field}'): time-aware runs are local</source>
      <translation>لخريطة السيطرة لقطات مؤرخة («{field}»): التحليلات الزمنية تجري محليًا</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="88" />
      <source>the faction field '{field}' is neither text nor whole numbers</source>
      <translation>حقل الفصيل «{field}» ليس نصًا ولا أعدادًا صحيحة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="93" />
      <source>the precision field '{field}' is not numeric</source>
      <translation>حقل الدقة «{field}» ليس رقميًا</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="97" />
      <source>the strike table has no primary key to send the answers back to QGIS by (write OUTPUT to a PostGIS table instead)</source>
      <translation>ليس لجدول الضربات مفتاح أساسي تُعاد به الأجوبة إلى QGIS (اكتب OUTPUT في جدول PostGIS بدلًا من ذلك)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="102" />
      <source>the strike table's primary key is neither text nor whole numbers</source>
      <translation>المفتاح الأساسي لجدول الضربات ليس نصًا ولا أعدادًا صحيحة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/engine_choice.py" line="63" />
      <source>{label} is not a PostGIS layer</source>
      <translation>{label} ليست طبقة PostGIS</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="138" />
      <location filename="../plugin/processing/nearest/local.py" line="139" />
      <source>{n} strikes are dated over a window of days and were checked against every control snapshot in force during it: for {changed} of them the controlling faction changes inside the window (controlled_by_certain false, the reason in snapshot_note).</source>
      <translation>{n} ضربات مؤرخة على نافذة من عدة أيام وفُحصت مقابل كل لقطة سيطرة سارية خلالها: في {changed} منها يتغير الفصيل المسيطر داخل النافذة (controlled_by_certain خاطئة، والسبب في snapshot_note).</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheck</name>
    <message>
      <location filename="../plugin/core/strike_import.py" line="266" />
      <source> (PRECISION_KM given)</source>
      <translation> (حُدِّد PRECISION_KM)</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="148" />
      <source>'colours' of {what} must map palette names to colours.</source>
      <translation>يجب أن يربط 'colours' في {what} أسماء لوحات الألوان بألوان.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="290" />
      <source>'palettes' must map palette names to descriptions.</source>
      <translation>يجب أن يربط 'palettes' أسماء لوحات الألوان بأوصاف.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="259" />
      <source>'{alias}' is given to both '{first}' and '{second}'.</source>
      <translation>الاسم البديل «{alias}» مُسند إلى «{first}» و«{second}» معًا.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="107" />
      <source>'{column}' {end} is before the date {start}</source>
      <translation>'{column}' {end} يسبق التاريخ {start}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="141" />
      <source>'{entry}' skipped: {reason}</source>
      <translation>تم تخطي '{entry}': {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="49" />
      <source>'{name}' cannot be read as a KMZ archive: {error}.</source>
      <translation>تعذّرت قراءة '{name}' كأرشيف KMZ: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="81" />
      <location filename="../plugin/core/workbook.py" line="118" />
      <source>'{name}' is a damaged workbook: {error}.</source>
      <translation>«{name}» مصنّف تالف: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="47" />
      <source>'{name}' is a password-protected (encrypted) workbook, which cannot be read without its password. Open it in Excel or LibreOffice, remove the password (or save an unprotected copy) and import that.</source>
      <translation>«{name}» مصنّف محمي بكلمة مرور (مشفّر) ولا يمكن قراءته دونها. افتحه في Excel أو LibreOffice وأزل كلمة المرور (أو احفظ نسخة غير محمية) ثم استورد تلك النسخة.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="41" />
      <source>'{name}' is not a KMZ (zip) archive.</source>
      <translation>'{name}' ليس أرشيف KMZ (zip).</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="55" />
      <source>'{name}' is not an Excel workbook (.xlsx) but an older Excel 97-2003 file or another OLE document: save it as .xlsx or CSV and import that.</source>
      <translation>«{name}» ليس مصنّف Excel ‏(.xlsx) بل ملف Excel 97-2003 قديم أو مستند OLE آخر: احفظه بصيغة .xlsx أو CSV ثم استورده.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="92" />
      <source>'{name}' is not an Excel workbook (.xlsx): it is {what}. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
      <translation>«{name}» ليس مصنّف Excel ‏(.xlsx): إنه {what}. افتحه في برنامج جداول بيانات واحفظه بصيغة .xlsx أو CSV.</translation>
    </message>
    <message>
      <location filename="../plugin/core/geojson.py" line="73" />
      <location filename="../plugin/core/geojson.py" line="75" />
      <source>'{name}' is not readable GeoJSON: {error}.</source>
      <translation>'{name}' ليس ملف GeoJSON مقروءًا: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="66" />
      <source>'{name}' is not readable KML: {error}.</source>
      <translation>'{name}' ليس ملف KML مقروءًا: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="108" />
      <source>'{name}' is refused: its part {part} declares XML entities (a DOCTYPE), which no spreadsheet program writes and which can read other files or exhaust memory.</source>
      <translation>رُفض «{name}»: جزؤه {part} يعلن كيانات XML ‏(DOCTYPE)، وهو ما لا يكتبه أي برنامج جداول بيانات وقد يقرأ ملفات أخرى أو يستنفد الذاكرة.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="77" />
      <source>'{name}' is refused: its workbook part declares XML entities.</source>
      <translation>رُفض «{name}»: جزء المصنّف فيه يعلن كيانات XML.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="66" />
      <source>'{name}' is too large to read as KML (over {megabytes} MB or {elements} XML elements): save it as GeoPackage or CSV and import that.</source>
      <translation>'{name}' أكبر من أن يُقرأ كملف KML (أكثر من {megabytes} ميغابايت أو {elements} عنصر XML): احفظه بصيغة GeoPackage أو CSV واستورد ذلك الملف.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="75" />
      <source>'{name}' lists too many sheets to be read as a workbook.</source>
      <translation>يسرد «{name}» أوراقًا أكثر من أن يُقرأ كمصنّف.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="151" />
      <source>'{name}' skipped: '{kept}' is a later snapshot of {date}.</source>
      <translation>تم تخطي '{name}': '{kept}' لقطة أحدث ليوم {date}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="230" />
      <source>'{name}' skipped: its CRS differs from the first file's.</source>
      <translation>تم تخطي '{name}': نظام إحداثياته يختلف عن نظام الملف الأول.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="186" />
      <source>'{name}' skipped: {error}</source>
      <translation>تم تخطي '{name}': {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="103" />
      <source>'{name}': no date in the file name (Unix time, YYYY-MM-DD or YYYYMMDD; or set DATE_PATTERN or DATE_FIELD); imported with valid_from NULL.</source>
      <translation>'{name}': لا يوجد تاريخ في اسم الملف (زمن Unix أو YYYY-MM-DD أو YYYYMMDD؛ أو اضبط DATE_PATTERN أو DATE_FIELD)؛ استُورد مع valid_from NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="239" />
      <source>'{name}': {n} geometries of another type kept as NULL.</source>
      <translation>'{name}': {n} من الأشكال الهندسية من نوع آخر حُفظت كـ NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="116" />
      <source>'{raw}' ({n} features): unrecognised, kept as {code}</source>
      <translation>«{raw}» (عدد المعالم: {n}): غير معروف، أُبقي بالرمز {code}</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="234" />
      <source>'{value}' is not a date StrikeCheck can read unambiguously; write it as yyyy-mm-dd.</source>
      <translation>«{value}» ليس تاريخًا يستطيع StrikeCheck قراءته دون لبس؛ اكتبه بالصيغة yyyy-mm-dd.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="140" />
      <source>'{what}' must be a list of objects.</source>
      <translation>يجب أن يكون «{what}» قائمة من الكائنات.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="60" />
      <location filename="../plugin/processing/nearest/reporting.py" line="66" />
      <source>(none: all undated)</source>
      <translation>(لا شيء: كلها بلا تاريخ)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="82" />
      <source>... and {n} more rejected rows (see ERRORS).</source>
      <translation>... وصفوف مرفوضة أخرى عددها {n} (انظر ERRORS).</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="65" />
      <source>; nearest {label} territory {spread}</source>
      <translation>؛ أقرب أراضٍ تحت سيطرة {label} على بعد {spread}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="63" />
      <source>; the other {m}: nearest {label} territory {spread}</source>
      <translation>؛ وأقرب أراضٍ تحت سيطرة {label} من الضربات الأخرى ({m}) على بعد {spread}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="69" />
      <source>; {unknown} beyond the search distance or without a location</source>
      <translation>؛ {unknown} أبعد من مسافة البحث أو بلا موقع</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="104" />
      <source>&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning. Nested values (JSON objects and lists) are written as JSON text. Features of another geometry kind (a raw export's unit and airfield points) are left out, with their count in the log. A remainder feature has raw_faction 'remainder: &amp;lt;outline&amp;gt;' and NULL original fields.</source>
      <translation>&lt;/ul&gt;ثم كل الحقول الأصلية؛ والحقل الذي يتعارض اسمه مع هذه يُحتفظ به باسم &amp;lt;الاسم&amp;gt;_orig. نواتج المضلعات والخطوط متعددة الأجزاء (فالإصلاح قد يقسم الشكل الهندسي)؛ والشكل الهندسي الذي يتركه الإصلاح فارغًا يُحتفظ به NULL مع تحذير. وتُكتب القيم المتداخلة (كائنات JSON وقوائمه) نصَّ JSON. وتُترك المعالم من نوع هندسي آخر (نقاط الوحدات والمطارات في تصدير خام)، ويُذكر عددها في السجل. ولمعلم البقية raw_faction بقيمة 'remainder: &amp;lt;المخطط&amp;gt;' وحقول أصلية NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="127" />
      <source>&lt;h3&gt;Date windows&lt;/h3&gt;&lt;p&gt;&lt;b&gt;STRIKE_DATE_END_FIELD&lt;/b&gt;: optional (default: 'date_end' when present, as strikecheck:importstrikes writes it for UCDP GED's date_start to date_end and ACLED's time_precision 2 and 3): the last day of each strike's date window, whose first day is STRIKE_DATE_FIELD. In a time-aware run such a strike is measured against the snapshot in force on its first day, then checked against every later snapshot up to its last day: controlled_by_certain is false when the controlling faction changes inside the window (snapshot_note says how), possible_factions lists the factions of every one of those snapshots, and with a precision the strike is certain only when its disc and its window both are. An empty or earlier last day means a single day.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;نوافذ التواريخ&lt;/h3&gt;&lt;p&gt;&lt;b&gt;STRIKE_DATE_END_FIELD&lt;/b&gt;: اختياري (الافتراضي 'date_end' إن وُجد، كما يكتبه strikecheck:importstrikes لفترة date_start إلى date_end في UCDP GED ولقيم time_precision 2 و3 في ACLED): آخر يوم في نافذة تاريخ كل ضربة، وأول يوم فيها هو STRIKE_DATE_FIELD. في التحليل الزمني تُقاس هذه الضربة مقابل اللقطة السارية في يومها الأول، ثم تُفحص مقابل كل لقطة لاحقة حتى يومها الأخير: تكون قيمة controlled_by_certain خاطئة إذا تغيّر الفصيل المسيطر داخل النافذة (ويذكر snapshot_note كيف)، ويسرد possible_factions فصائل كل تلك اللقطات، ومع دقة محددة لا تكون الضربة مؤكدة إلا إذا كان قرصها ونافذتها كلاهما مؤكدين. اليوم الأخير الفارغ أو الأسبق يعني يومًا واحدًا.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_help.py" line="17" />
      <source>&lt;h3&gt;Event datasets&lt;/h3&gt;&lt;p&gt;The input's columns say which dataset it is, and the log names it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ACLED&lt;/b&gt; (event_id_cnty, event_date): geo_precision 1 = 2 km, 2 = 15 km, 3 = 50 km. time_precision 2 (a week) gives date = event_date - 3 days and date_end = event_date + 3 days; 3 (a month) gives the calendar month.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UCDP GED&lt;/b&gt; (where_prec with date_start/date_end or side_a): id, date_start to date_end, side_a as actor; where_prec 1 (exact location) = 2 km, 2 (within 25 km) = 25 km, 3 (second-order administrative area) = 50 km, 4 (first-order) = 150 km, 5 (a line or a larger area) = 250 km, 6 (the country) = 500 km, 7 (international waters or airspace) = 200 km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CIR / Bellingcat Russia-Ukraine Monitor&lt;/b&gt;, CSV or GeoJSON (id, date or verifiedDate, description, with city, province, url, categories...): points geolocated by their team; no precision codes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Airwars&lt;/b&gt; (two of grading, geolocation, belligerent, civilians killed...): accuracy words exact = 0.1 km, street = 0.5, neighbourhood = 1, village = 3, town = 5, city = 10; Code, Grading and the suspected belligerent as id, confidence and actor.&lt;/li&gt;&lt;li&gt;Any other table: the codes 1 = 2 km, 2 = 15 km, 3 = 50 km and the words above.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Only UCDP's 25 km is the publisher's own distance; the others are StrikeCheck's assumptions. PRECISION_KM changes or adds codes (e.g. '6=300'). A code that the recognised dataset does not define is a warning, and the strike gets precision NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;date_end&lt;/b&gt; (in OUTPUT): the last day of the strike's date window (the same as date for a single day); a date_end before the date rejects the row. strikecheck:nearestfaction checks such a strike against every control snapshot of its window.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;مجموعات بيانات الأحداث&lt;/h3&gt;&lt;p&gt;تدل أعمدة المدخلات على مجموعة البيانات، ويسمّيها السجل:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ACLED&lt;/b&gt; (event_id_cnty، event_date): geo_precision 1 = 2 كم، 2 = 15 كم، 3 = 50 كم. تعطي time_precision 2 (أسبوع) date = event_date ناقص 3 أيام وdate_end = event_date زائد 3 أيام؛ وتعطي 3 (شهر) الشهر التقويمي.&lt;/li&gt;&lt;li&gt;&lt;b&gt;UCDP GED&lt;/b&gt; (where_prec مع date_start/date_end أو side_a): المعرّف id، والفترة من date_start إلى date_end، وside_a فاعلًا؛ where_prec 1 (الموقع الدقيق) = 2 كم، 2 (ضمن 25 كم) = 25 كم، 3 (وحدة إدارية من المستوى الثاني) = 50 كم، 4 (من المستوى الأول) = 150 كم، 5 (خط أو منطقة أكبر) = 250 كم، 6 (البلد) = 500 كم، 7 (المياه أو الأجواء الدولية) = 200 كم.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CIR / Bellingcat Russia-Ukraine Monitor&lt;/b&gt;، بصيغة CSV أو GeoJSON (id، date أو verifiedDate، description، مع city وprovince وurl وcategories...): نقاط حدّد فريقهم مواقعها؛ بلا رموز دقة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Airwars&lt;/b&gt; (عمودان من grading وgeolocation وbelligerent وcivilians killed...): كلمات الدقة exact = 0.1 كم، street = 0.5، neighbourhood = 1، village = 3، town = 5، city = 10؛ ويصبح Code وGrading والطرف المشتبه به المعرّفَ والثقةَ والفاعل.&lt;/li&gt;&lt;li&gt;أي جدول آخر: الرموز 1 = 2 كم، 2 = 15 كم، 3 = 50 كم والكلمات أعلاه.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;وحدها مسافة 25 كم في UCDP صادرة عن الناشر نفسه؛ والبقية افتراضات StrikeCheck. يغيّر PRECISION_KM الرموز أو يضيفها (مثل '6=300'). الرمز الذي لا تعرّفه مجموعة البيانات المعروفة يُصدر تحذيرًا، وتأخذ الضربة دقة NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;date_end&lt;/b&gt; (في OUTPUT): آخر يوم في نافذة تاريخ الضربة (يساوي date ليوم واحد)؛ وdate_end يسبق التاريخ يرفض الصف. يفحص strikecheck:nearestfaction هذه الضربة مقابل كل لقطة سيطرة في نافذتها.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="113" />
      <source>&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation>&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="85" />
      <source>&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature of the map's geometry kind, then the remainder features, with these fields first:&lt;/p&gt;&lt;ul&gt;</source>
      <translation>&lt;h3&gt;الناتج&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: خريطة السيطرة بنظام إحداثيات المُدخل، معلم واحد لكل معلم في المُدخل من نوع الشكل الهندسي للخريطة، ثم معالم البقية، وفي أولها هذه الحقول:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="52" />
      <source>&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: اختياري؛ التاريخ الذي يسري منه كل معلم (تاريخ اللقطة). الصيغ نفسها المقبولة في استيراد الضربات.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="56" />
      <source>&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: ترتيب اليوم والشهر في التواريخ الرقمية: يُكتشف مرة واحدة للعمود كله (ويتوقف برسالة حين لا يحسم العمود ذلك)، أو يُحدَّد.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="32" />
      <source>&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: الحقل الذي يسمّي الجهة المسيطرة على كل معلم. إن كان فارغًا: أول حقل موجود من faction، control، controlled_by، side، mark، label، name...&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="65" />
      <source>&lt;li&gt;&lt;b&gt;FACTION_VALUE&lt;/b&gt;: optional; one faction for every feature of a layer without a faction field (e.g. occupied, for DeepState's attribute-less occupied area); FACTION_FIELD is then not needed. With FACTION_FIELD set, it fills the features whose field is empty.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Style colours&lt;/b&gt;: a feature whose name the preset does not recognise is classed by its style colour (a fill or stroke field, or a KML placemark's style, read as the style_colour column) when the preset gives that colour to a faction (ukraine: DeepStateMap's colours, e.g. #a52714 occupied, #0288d1 liberated). A colour in MAPPING, e.g. '#a52714=russia_occupied', overrides the preset. The log says how many features of each class were found by name and by colour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REMAINDER_FACTION&lt;/b&gt;: optional; the faction that holds the rest of an outline, e.g. ukraine_held for DeepState, which draws only occupied, liberated and contested ground. Adds one feature per snapshot (per valid_from): the outline minus everything drawn in that snapshot. Needs a polygon map and OUTLINE or OUTLINE_COUNTRY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE&lt;/b&gt;: optional; a polygon layer whose union is the outline.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE_COUNTRY&lt;/b&gt;: optional, without OUTLINE; a country NAME of the Natural Earth world map QGIS ships, e.g. Ukraine (its borders are Natural Earth's: its Ukraine leaves out Crimea).&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;FACTION_VALUE&lt;/b&gt;: اختياري؛ فصيل واحد لكل معلم في طبقة بلا حقل فصيل (مثل occupied للمنطقة المحتلة التي ينشرها DeepState بلا سمات)؛ ولا يلزم حينئذ FACTION_FIELD. وإذا عُيّن FACTION_FIELD فإنه يملأ المعالم التي حقلها فارغ.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ألوان النمط&lt;/b&gt;: المعلم الذي لا يتعرّف الإعداد المسبق على اسمه يُصنَّف بلون نمطه (حقل fill أو stroke، أو نمط علامة KML المقروء عمودًا باسم style_colour) حين يُسند الإعداد المسبق هذا اللون إلى فصيل (ukraine: ألوان DeepStateMap، مثل #a52714 محتل و#0288d1 محرَّر). واللون في MAPPING، مثل '#a52714=russia_occupied'، مقدَّم على الإعداد المسبق. ويذكر السجل كم معلمًا من كل فئة عُرف بالاسم وكم باللون.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REMAINDER_FACTION&lt;/b&gt;: اختياري؛ الفصيل الذي يسيطر على بقية المخطط، مثل ukraine_held لخرائط DeepState التي لا ترسم إلا الأرض المحتلة والمحرَّرة والمتنازع عليها. يضيف معلمًا واحدًا لكل لقطة (لكل valid_from): المخطط مطروحًا منه كل ما رُسم في تلك اللقطة. يتطلب خريطة مضلعات وOUTLINE أو OUTLINE_COUNTRY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE&lt;/b&gt;: اختياري؛ طبقة مضلعات يكون اتحادها هو المخطط.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTLINE_COUNTRY&lt;/b&gt;: اختياري، من دون OUTLINE؛ اسم بلد (NAME) في خريطة العالم من Natural Earth المرفقة مع QGIS، مثل Ukraine (حدودها اختيار Natural Earth: أوكرانيا فيها لا تشمل القرم).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="21" />
      <source>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a georeferenced image: a GeoTIFF, or a PNG/JPEG with a world file (.pgw, .jgw, .wld) or ground control points in its .aux.xml (the Georeferencer writes them). The output is in the image's CRS.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: صورة مُسنَدة جغرافيًا: ملف GeoTIFF، أو PNG/JPEG مع ملف إسناد (world file: .pgw, .jgw, .wld) أو نقاط تحكم أرضية في ملف .aux.xml الخاص بها (تكتبها أداة الإسناد الجغرافي Georeferencer). تكون المخرجات بنظام الإحداثيات المرجعي (CRS) الخاص بالصورة.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="21" />
      <source>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output. A KML or KMZ file (a Google My Maps export, for instance) is read by StrikeCheck itself: every placemark of every folder, with a folder column (FACTION_FIELD=folder when each faction has its own folder) and its ExtendedData columns. A GeoJSON that mixes geometry kinds or holds GeometryCollections or nested values (a DeepState export) is read by StrikeCheck too: the map keeps one geometry kind (polygons first) with the polygon parts of GeometryCollections, and nested values become JSON text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: مضلعات (مناطق على نمط ISW) أو خطوط (خطوط جبهة) أو نقاط (علامات السيطرة على البلدات، كما ينشرها مركز كارتر وويكيبيديا)؛ بأي نظام إحداثيات، ويُحتفظ به في الناتج. ويقرأ StrikeCheck ملف KML أو KMZ (تصدير من Google My Maps مثلًا) بنفسه: كل علامة في كل مجلد، مع عمود folder (FACTION_FIELD=folder حين يكون لكل فصيل مجلده) وأعمدة ExtendedData الخاصة بها. ويقرأ StrikeCheck بنفسه أيضًا ملف GeoJSON يخلط أنواع الأشكال الهندسية أو يضم GeometryCollections أو قيمًا متداخلة (تصدير من DeepState): تحتفظ الخريطة بنوع واحد من الأشكال الهندسية (المضلعات أولًا) مع الأجزاء المضلعة من GeometryCollections، وتصير القيم المتداخلة نص JSON.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="26" />
      <source>&lt;li&gt;&lt;b&gt;LEGEND&lt;/b&gt;: a palette (isw-like, wikipedia, ukraine, or preset/palette such as syria-2015/wikipedia) or each faction's colour, e.g. #e8707e=regime;#6db35a=rebel;#3a3a3a=isis (one per line or separated by ';'; a mixed class is written jn+rebel).&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;LEGEND&lt;/b&gt;: لوحة ألوان (isw-like أو wikipedia أو ukraine، أو preset/palette مثل syria-2015/wikipedia) أو لون كل فصيل، مثلًا #e8707e=regime;#6db35a=rebel;#3a3a3a=isis (واحد في كل سطر أو مفصولة بـ ';'؛ وتُكتب الفئة المختلطة بالشكل jn+rebel).&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="46" />
      <source>&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: تعيينات يدوية اختيارية 'خام=رمز;خام=رمز'، تُطبَّق قبل الأسماء البديلة في الإعداد المسبق، مثل 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. تتجاهل المطابقة حالة الأحرف والتشكيل وعلامات الترقيم. قد يكون الرمز رمزًا من الإعداد المسبق، أو اسمًا بديلًا، أو عدة رموز مجموعة بعلامة '+'، أو رمزًا جديدًا.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="42" />
      <source>&lt;li&gt;&lt;b&gt;MASK&lt;/b&gt;: polygons of the area of interest: the output is cut to them (leave out a legend box or an inset map). &lt;b&gt;DATE&lt;/b&gt;: the map's date, written as valid_from.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MASK&lt;/b&gt;: مضلعات منطقة الاهتمام: تُقَصّ المخرجات وفقها (استبعد منها إطار المفتاح أو الخريطة الفرعية). &lt;b&gt;DATE&lt;/b&gt;: تاريخ الخريطة، ويُكتب في الحقل valid_from.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="37" />
      <source>&lt;li&gt;&lt;b&gt;MIN_AREA_KM2&lt;/b&gt;: patches smaller than this take the class around them (0: 49 pixels). &lt;b&gt;SIMPLIFY_M&lt;/b&gt;: borders simplified to this many metres (0: half a pixel); neighbours keep sharing their border.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;MIN_AREA_KM2&lt;/b&gt;: البقع الأصغر من هذه المساحة تأخذ فئة ما يحيط بها (0: 49 بكسلًا). &lt;b&gt;SIMPLIFY_M&lt;/b&gt;: تُبسَّط الحدود بهذا العدد من الأمتار (0: نصف بكسل)؛ وتبقى المناطق المتجاورة متشاركة في حدودها.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="37" />
      <source>&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: الإعداد المسبق للفصائل: syria-2015 (فئات على نمط ISW: regime، rebel، isis، jn، kurdish والفئات المختلطة)، ukraine (ukraine_held، russia_occupied، contested؛ بتهجئات إنجليزية وأوكرانية وروسية)، generic (أي قيم)، أو إعداد مسبق خاص بك في &amp;lt;ملف تعريف QGIS&amp;gt;/strikecheck/presets. يختار 'auto' الإعداد المسبق الذي يتعرّف على أكبر عدد من القيم (generic إن لم يتعرّف أي منها).&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="45" />
      <source>&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: اختياري؛ ملف JSON لإعداد مسبق يُستخدم بدلًا منه.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="60" />
      <source>&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: اختياري؛ تاريخ الخريطة (مثل 2015-09-27) للمعالم التي يكون DATE_FIELD فيها فارغًا، أو لجميعها حين لا يوجد DATE_FIELD.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="32" />
      <source>&lt;li&gt;&lt;b&gt;TOLERANCE&lt;/b&gt;: how far (CIELAB delta E) a pixel may be from its legend colour; farther pixels are 'other' (text, roads, sea). 20 suits JPEG maps; lower it when two factions' colours are close.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;TOLERANCE&lt;/b&gt;: أقصى بُعد (delta E في CIELAB) مسموح به بين البكسل ولونه في المفتاح؛ والبكسلات الأبعد تُصنَّف 'other' (نصوص، طرق، بحر). القيمة 20 تناسب خرائط JPEG؛ اخفضها عندما تتقارب ألوان فصيلين.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="90" />
      <source>&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: الرمز الموحّد، مثل isis. الفئة المختلطة ('ISIS, JN, and Rebel Control'، 'Kurds/Government') تأخذ رموز أعضائها مرتبة ومجموعة بعلامة '+' (isis+jn+rebel، kurdish+regime): يعدّها التحليل من أراضي كل عضو. والقيمة التي لا يطابقها أي اسم بديل تحتفظ برمزها الموحَّد الخاص (ASCII بأحرف صغيرة، و'_' بين الكلمات)، وتُذكر في السجل بعبارة 'unrecognised, kept as ...'. وNULL حين لا قيمة فصيل للمعلم.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="98" />
      <source>&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: نص الفئة في مفتاح الخريطة، مثل 'ISIS Control'، 'ISIS, JN, and Rebel Control'؛ وللقيمة غير المعروفة نصها نفسه.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="102" />
      <source>&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: النص الأصلي.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="103" />
      <source>&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;</source>
      <translation>&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: تاريخ، أو NULL.&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="47" />
      <source>&lt;p&gt;Areas outside every legend colour (sea, neighbouring countries, the legend box) stay empty. Features smaller than a few pixels cannot be read back from an image: compare the pixel size the log reports with what you need.&lt;/p&gt;</source>
      <translation>&lt;p&gt;تبقى المناطق التي لا تطابق أي لون من ألوان المفتاح (البحر، البلدان المجاورة، إطار المفتاح) فارغة. لا يمكن استرجاع المعالم الأصغر من بضع بكسلات من الصورة: قارن حجم البكسل الذي يذكره السجل بالدقة التي تحتاج إليها.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="51" />
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: the strikes' field that names them in LINES (default: strike_id, event_id_cnty or id when present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's own id from STRIKE_ID_FIELD, else its feature id), strike_fid (its feature id), faction, km. SUMMARY: the closing sentences of the log as one text (how many strikes are inside a faction's territory, how many conclusions survive the uncertainty discs), for models and scripts.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;لكل ضربة، يبيّن أي فصيل كان يسيطر على الأرض حيث سقطت، ويقيس المسافة الجيوديسية (إهليلجي WGS84، بدقة متر واحد) إلى أقرب أراضٍ لكل فصيل في خريطة السيطرة.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: طبقة نقاط الضربات (بأي نظام إحداثيات؛ خيار «المعالم المحددة فقط» يعمل). الضربة متعددة النقاط تقع تحت سيطرة كل فصيل يسيطر على أي من نقاطها؛ ومسافتها إلى فصيل هي مسافة أقرب نقاطها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: السيطرة الميدانية على شكل مضلعات أو خطوط جبهة أو نقاط سيطرة على البلدات (بأي نظام إحداثيات). تُصلح الأشكال الهندسية غير الصالحة في الذاكرة؛ ولا تُعدَّل الطبقة أبدًا.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: حقل CONTROL الذي يسمّي الفصيل. القيمة التي تجمع رموزًا بعلامة '+' (فئة مختلطة من «استيراد خريطة سيطرة»، مثل isis+jn+rebel) تُعدّ من أراضي كل عضو فيها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: اختياري؛ قيم الفصائل المراد القياس إليها، مفصولة بـ ';' (الافتراضي: كل القيم الموجودة).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: اختياري؛ المسافات التي تتجاوزه تكون NULL (ويصبح البحث أسرع).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: الضربات بكل حقولها مضافًا إليها النتائج، بنظام إحداثيات طبقة الضربات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: اختياري؛ لكل ضربة ولكل فصيل لا تقع داخل أراضيه، أقصر خط جيوديسي إلى أراضي ذلك الفصيل. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: حقل الضربات الذي يسمّيها في LINES (الافتراضي: strike_id أو event_id_cnty أو id إن وُجد).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;، &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: اختياريان (الافتراضي: 'date' و'valid_from' إذا وُجدا في الطبقتين). طبقة السيطرة التي تضم عدة لقطات مؤرخة تُقرأ زمنيًا: تُقاس كل ضربة مقابل آخر لقطة في تاريخها أو قبله؛ ومعالم السيطرة التي لا تاريخ لها تسري في كل اللقطات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: الضربات المؤرخة قبل أول لقطة، أو غير المؤرخة: 'nearest' (أول لقطة، أو آخرها للضربات غير المؤرخة) أو 'skip' (أجوبة NULL، والسبب في snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: اختياري (الافتراضي: 'precision_km' إن وُجد): إلى أي مدى، بالكيلومتر، قد يبعد الموقع الحقيقي عن النقطة. &lt;b&gt;PRECISION_KM&lt;/b&gt;: نصف القطر للضربات التي لا قيمة لها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: قياس المسافة إلى الجبهة أيضًا (نعم افتراضيًا). &lt;b&gt;FRONT_LINES&lt;/b&gt;: طبقة اختيارية لخطوط الجبهة تُستخدم بدلًا من الحدود بين مضلعات الفصائل (ويسمّيها &lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt;). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: مدى التقارب اللازم بين حدود فصيلين لتُعدّ جبهة واحدة (نادرًا ما تشترك الخرائط المرسومة يدويًا في الرؤوس؛ الافتراضي 0.5 كم).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: ‏'auto' (الافتراضي) يشغّل التحليل بلغة SQL داخل PostGIS حين تكون STRIKES وCONTROL طبقتين في قاعدة بيانات PostGIS واحدة، وإلا فمحليًا؛ ويفرض 'local' أو 'database' أحدهما. الأجوبة واحدة (المسافات متطابقة بدقة متر واحد). غير متاح بعد في قاعدة البيانات: LINES، ولقطات السيطرة المؤرخة، وFRONT_LINES، والمعالم المحددة فقط؛ وعندها يعمل auto محليًا ويذكر السبب. وإذا كان OUTPUT جدولًا في قاعدة البيانات نفسها، تُكتب النتائج فيه في معاملة واحدة.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;حقول الناتج&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: الفصيل أو الفصائل التي تحتوي أراضيها الضربة، مرتبة ومجموعة بعلامة '+' (الضربة على حدّ مشترك أو في أراضٍ متداخلة تنتمي إلى كل منها)؛ وNULL إذا لم يكن أي فصيل يسيطر عليها. الضربة الواقعة في ثقب مضلع تُعدّ خارجه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: الكيلومترات الجيوديسية إلى أقرب نقطة من أراضي ذلك الفصيل، و0 في داخلها. تُحوَّل قيمة الفصيل إلى اسم حقل (ASCII بأحرف صغيرة، و'_' مكان المحارف الأخرى)، مثل dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;، &lt;b&gt;nearest_other_km&lt;/b&gt;: أقرب فصيل غير الفصيل أو الفصائل المسيطرة (وللضربة التي لا يسيطر عليها أحد: أقرب فصيل).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;، &lt;b&gt;front_faction&lt;/b&gt;: المسافة إلى أقرب جبهة بين الفصيل المسيطر على الضربة وفصيل آخر (الساحل والحدود مع أرض لا يسيطر عليها أحد ليست جبهات؛ و0 على الخط نفسه) ومن يقع على الجانب الآخر منها؛ وللضربة التي لا يسيطر عليها أحد: حدّ أقرب فصيل وذلك الفصيل. قرب نقطة التقاء جبهة بالساحل قد تنقص القيمة بما لا يتجاوز FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;، &lt;b&gt;snapshot_note&lt;/b&gt;: لقطة السيطرة التي قيست كل ضربة مقابلها، وسبب ذلك حين لا تكون اللقطة البديهية (في التحليلات الزمنية فقط).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;، &lt;b&gt;controlled_by_certain&lt;/b&gt;: عند تحديد الدقة، كل فصيل تلمس أراضيه دائرة المواقع المحتملة للضربة، وهل يسيطر فصيل واحد على الدائرة كلها (أي أن الخلاصة تصمد أمام عدم اليقين).&lt;/li&gt;&lt;/ul&gt;اسم الحقل المستخدم أصلًا في طبقة الضربات يُضاف إليه لاحق رقمي. حقول LINES: strike_id (المعرّف الخاص بالضربة من STRIKE_ID_FIELD، وإلا فمعرّف معلمها)، وstrike_fid (معرّف معلمها)، وfaction، وkm. SUMMARY: الجمل الختامية للسجل في نص واحد (كم ضربة داخل أراضي فصيل ما، وكم استنتاجًا يصمد أمام دوائر عدم اليقين)، للنماذج والبرامج النصية.&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="37" />
      <source>&lt;p&gt;Gives a layer the ISW-like look of published conflict maps, with colours and legend labels ('Regime Control', 'ISIS Control', ...) from a faction preset. &lt;b&gt;Only the layer's style changes, never its data&lt;/b&gt;; undo it with the layer's Properties &amp;gt; Symbology.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: the layer to style (a layer of the project, or a file when QML_FILE saves the style).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = territorial control (fills per faction, mixed classes hatched in their members' colours, front lines as heavy lines, town points as dots with a ring when STATUS_FIELD says besieged or contested); strikes = starbursts by High-Confidence / Low-Confidence reporting; results = the output of strikecheck:nearestfaction, starbursts coloured by controlled_by; lines = lines to nearest territory, dashed and labelled '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic, or your own preset in the QGIS profile's strikecheck/presets folder; PRESET_FILE (advanced) takes a .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: optional; a palette of the preset, e.g. isw-like or wikipedia (default: the preset's own default).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; the field naming the faction (default: 'faction' for control and lines, 'controlled_by' for results). Values may be codes, labels or any alias the preset knows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: optional, strikes; default 'confidence' with values high / low (anything else is drawn as an unrated report).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional; results are labelled with their distance to this faction (field dist_&amp;lt;faction&amp;gt;_km), lines show only the lines to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; strikes and results are labelled with it (e.g. the place name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: optional; control points whose value is besieged, siege, encircled or contested get a ring.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: optional; also save the style as a .qml file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Strikes and results with a date field (date, event_date or strike_date) and a control layer with dated snapshots (valid_from) also get Temporal Controller settings: each strike on its day, each snapshot from its valid_from to the next one's, so scrubbing time shows the control map in force under that day's strikes.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</source>
      <translation>&lt;p&gt;يمنح الطبقة مظهر خرائط النزاع المنشورة على نمط ISW، بألوان وتسميات مفتاح الخريطة ('Regime Control'، 'ISIS Control'، ...) من إعداد مسبق للفصائل. &lt;b&gt;يتغير نمط الطبقة فقط، لا بياناتها أبدًا&lt;/b&gt;؛ وللتراجع: خصائص الطبقة &amp;gt; الترميز.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: الطبقة المراد تنسيقها (طبقة في المشروع، أو ملف حين يحفظ QML_FILE النمط).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = السيطرة الميدانية (تعبئة لكل فصيل، والفئات المختلطة مهشّرة بألوان أعضائها، وخطوط الجبهة خطوط عريضة، ونقاط البلدات نقاط بحلقة حين يشير STATUS_FIELD إلى حصار أو نزاع)؛ strikes = رموز انفجار حسب البلاغ High-Confidence / Low-Confidence؛ results = ناتج strikecheck:nearestfaction، رموز انفجار ملونة حسب controlled_by؛ lines = خطوط إلى أقرب أراضٍ، متقطعة وعليها تسميات مثل '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015 أو ukraine أو generic، أو إعدادك المسبق الخاص في مجلد strikecheck/presets ضمن ملف تعريف QGIS؛ ويقبل PRESET_FILE (متقدم) ملف ‎.json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: اختياري؛ لوحة ألوان من الإعداد المسبق، مثل isw-like أو wikipedia (الافتراضي: لوحة الإعداد المسبق الافتراضية).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: اختياري؛ الحقل الذي يسمّي الفصيل (الافتراضي: 'faction' لـ control وlines، و'controlled_by' لـ results). قد تكون القيم رموزًا أو تسميات أو أي اسم بديل يعرفه الإعداد المسبق.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: اختياري، لـ strikes؛ الافتراضي 'confidence' بالقيمتين high / low (وأي قيمة أخرى تُرسم بلاغًا غير مصنّف).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: اختياري؛ تُوسم النتائج بمسافتها إلى هذا الفصيل (الحقل dist_&amp;lt;faction&amp;gt;_km)، ولا تعرض lines إلا الخطوط المتجهة إليه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: اختياري؛ تُوسم الضربات والنتائج به (مثل اسم المكان).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: اختياري؛ نقاط السيطرة التي قيمتها besieged أو siege أو encircled أو contested تُرسم بحلقة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: اختياري؛ حفظ النمط أيضًا في ملف ‎.qml.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;تحصل الضربات والنتائج التي لها حقل تاريخ (date أو event_date أو strike_date) وطبقة السيطرة ذات اللقطات المؤرَّخة (valid_from) أيضًا على إعدادات Temporal Controller: كل ضربة في يومها، وكل لقطة من valid_from الخاص بها إلى valid_from اللقطة التالية، فيُظهر تمرير الزمن خريطة السيطرة السارية تحت ضربات ذلك اليوم.&lt;/p&gt;&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="59" />
      <source>&lt;p&gt;Imports a history of control-map snapshots (DeepState's archive, for instance: one export per publication, named by its UTC Unix time such as 1685750400.geojson) as ONE time-aware control layer: each file goes through strikecheck:importcontrol and gets the snapshot's date in valid_from, which strikecheck:nearestfaction reads (each strike against the latest snapshot on or before its date). The input files are never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a list of files; each entry may also be a folder (its .geojson, .json, .kml, .kmz, .gpkg, .shp and .gml files, sub-folders too) or a .zip of them. On the command line repeat INPUT=... once per entry.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; a field holding each feature's date. Features without one take the date of the file name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_PATTERN&lt;/b&gt;: optional; a regular expression with named groups year, month and day (hour and minute optional) read from the file name, e.g. (?P&amp;lt;day&amp;gt;\d\d)\.(?P&amp;lt;month&amp;gt;\d\d)\.(?P&amp;lt;year&amp;gt;\d\d\d\d). Without it the name is read as a 10-digit Unix time (its UTC date), YYYY-MM-DD or YYYYMMDD.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;, &lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: as in strikecheck:importcontrol, for every file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Several files on one day: the latest (by time of day, else by name) is imported, the others are skipped with a note. A file that cannot be imported is named in a warning and skipped. Cancel stops between files.&lt;/p&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: faction, faction_label, raw_faction, valid_from, then the fields of every file (a union by name; a field missing in a file is NULL there). The geometry type is that of the first polygon file (else line, else point) imported.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importhistory -- INPUT=deepstate-history/ PRESET=ukraine OUTPUT=history.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;يستورد سجلاً من لقطات خرائط السيطرة (أرشيف DeepState مثلاً: تصدير واحد لكل نشر، مسمّى بزمن Unix بتوقيت UTC مثل 1685750400.geojson) كطبقة سيطرة واحدة مرتبطة بالزمن: يمر كل ملف عبر strikecheck:importcontrol ويحصل على تاريخ اللقطة في valid_from، الذي تقرؤه strikecheck:nearestfaction (تُقارن كل ضربة بآخر لقطة في تاريخها أو قبله). لا تُعدَّل ملفات الإدخال أبداً.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: قائمة ملفات؛ يمكن أن يكون كل عنصر أيضاً مجلداً (ملفاته .geojson و.json و.kml و.kmz و.gpkg و.shp و.gml، بما فيها المجلدات الفرعية) أو أرشيف .zip لها. في سطر الأوامر كرّر INPUT=... لكل عنصر.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: اختياري؛ حقل يحمل تاريخ كل معلم. المعالم التي لا تاريخ لها تأخذ تاريخ اسم الملف.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_PATTERN&lt;/b&gt;: اختياري؛ تعبير نمطي بمجموعات مسماة year وmonth وday (وhour وminute اختيارياً) يُقرأ من اسم الملف، مثل (?P&amp;lt;day&amp;gt;\d\d)\.(?P&amp;lt;month&amp;gt;\d\d)\.(?P&amp;lt;year&amp;gt;\d\d\d\d). بدونه يُقرأ الاسم كزمن Unix من 10 أرقام (تاريخه بتوقيت UTC) أو YYYY-MM-DD أو YYYYMMDD.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt; و&lt;b&gt;PRESET&lt;/b&gt; و&lt;b&gt;PRESET_FILE&lt;/b&gt; و&lt;b&gt;MAPPING&lt;/b&gt;: كما في strikecheck:importcontrol، لكل ملف.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;عدة ملفات في يوم واحد: يُستورد الأحدث (حسب الوقت من اليوم، وإلا حسب الاسم) ويُتخطى الباقي مع ملاحظة. الملف الذي يتعذر استيراده يُذكر في تحذير ويُتخطى. يعمل الإلغاء بين الملفات.&lt;/p&gt;&lt;h3&gt;المخرجات&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: faction وfaction_label وraw_faction وvalid_from، ثم حقول كل الملفات (اتحاد حسب الاسم؛ الحقل الغائب عن ملف قيمته NULL فيه). نوع الشكل الهندسي هو نوع أول ملف مضلعات مستورد (وإلا خطوط، وإلا نقاط).&lt;/p&gt;&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importhistory -- INPUT=deepstate-history/ PRESET=ukraine OUTPUT=history.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_help.py" line="13" />
      <source>&lt;p&gt;Makes a control map from a published map image: georeference the picture in QGIS's Georeferencer, give the colour of each faction, and get polygons with the fields Import control map writes, ready for Nearest faction. Pixels take the nearest legend colour in CIELAB; labels, roads, rivers and borders drawn over the territory are bridged by the colours around them; hatching of two legend colours becomes their mixed class (a+b).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;</source>
      <translation>&lt;p&gt;ينشئ خريطة سيطرة من صورة خريطة منشورة: أسنِد الصورة جغرافيًا في أداة الإسناد الجغرافي (Georeferencer) في QGIS، وحدّد لون كل فصيل، لتحصل على مضلعات بالحقول التي تكتبها خوارزمية «استيراد خريطة السيطرة»، جاهزة لخوارزمية «الفصيل الأقرب». يأخذ كل بكسل أقرب لون في المفتاح ضمن فضاء CIELAB؛ وتُسَدّ التسميات والطرق والأنهار والحدود المرسومة فوق المنطقة بالألوان المحيطة بها؛ ويصبح تهشير لونين من المفتاح فئتهما المختلطة (a+b).&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="63" />
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field and follows the title after a dash ('Strikes — 1 - 31 OCT 2022'). A long title shrinks, then wraps, to fit its frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: a time-aware control layer (dated snapshots in valid_from, as strikecheck:importcontrol writes them) is drawn as the snapshot in force on this day (YYYY-MM-DD): the latest valid_from on or before it, plus the undated features; empty: DATE when it is YYYY-MM-DD, else the latest strike date. The credits name it ('Control: DeepState, 1 OCT 2022') and the log warns when the strikes span several snapshots. Your layer is not changed: the map draws a filtered copy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;li&gt;&lt;b&gt;SERIES&lt;/b&gt;: none (one map), or a map series: one page per control snapshot (snapshot), day, week or month, each with that period's strikes, its own date in the title, finding and control date in the credits. A snapshot page runs from its valid_from to the next one's (strikes before the first count in the first) and every snapshot gets a page, strikes or none; a day, week (Monday to Sunday) or month page is drawn over the snapshot in force on its last day, and periods without a strike get no page (the log says how many). Undated strikes are on no page. The PDF has every page, the PNG and SVG are numbered (map_001.png, map_002.png...). The layout is a QGIS atlas over a layer of the pages (their dates, title, finding and credit, kept in the project file), its map filtered by its temporal range: it opens, previews and edits in the Layout Designer. DATE and CONTROL_DATE give way to each page's own.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_ANIMATION&lt;/b&gt;: with SERIES, the pages as an animation, 1.5 s each: a .gif (Pillow, python3-pil), or .mp4 / .webm when ffmpeg is installed (apt-get install ffmpeg).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation>&lt;p&gt;ينشئ خريطة جاهزة للنشر على طريقة خرائط النزاع لدى ISW: العنوان والتاريخ، والضربات برموز انفجار فوق السيطرة الميدانية، ومفتاح خريطة (KEY)، ومقياس رسم بالكيلومتر، وسهم الشمال، وخريطة مصغّرة تحدد موقع البلد، والخلاصة في جملة واحدة، والمصادر. حدود الدول وأسماؤها مأخوذة من خريطة العالم المرفقة مع QGIS: لا تنزيل. يُبنى التخطيط من resources/layouts/strikecheck_map.qpt، وما لم يُعطَّل ADD_TO_PROJECT يُضاف أيضًا إلى تخطيطات المشروع لتتمكن من تعديله قبل التصدير مجددًا.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: الضربات، ويُفضَّل أن تكون ناتج strikecheck:nearestfaction (وهو لازم لجملة الخلاصة). تُؤطَّر الخريطة عليها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;، &lt;b&gt;LINES&lt;/b&gt;: اختياريان؛ خريطة السيطرة والخطوط إلى أقرب أراضٍ. مع TARGET_FACTION لا تُرسم إلا الخطوط المتجهة إليه، ويشملها إطار الخريطة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: حقل الفصيل في طبقة السيطرة (الافتراضي 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: اختياري، مثل isis: تذكر الخلاصة عدد الضربات التي وقعت في أراضيه وبُعد الباقي عنه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (متقدم): الحقل الذي يسمّي كل ضربة على الخريطة؛ إن كان فارغًا: حقل اسمه site أو location أو name أو place أو town حين لا تتجاوز الضربات 40.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: الموثوقية (بلاغات High-/Low-Confidence كما لدى ISW) أو الفصيل المسيطر (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: تنسيق الطبقات بألوان الإعداد المسبق، كما يفعل strikecheck:applystyle (طبقة المشروع تحتفظ بالنمط الجديد؛ والبيانات لا تتغير أبدًا). عند تعطيله: تُستخدم أنماطك الخاصة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;، &lt;b&gt;DATE&lt;/b&gt;، &lt;b&gt;SUBTITLE&lt;/b&gt;: مثل 'Russian Airstrikes' و'30 SEPT 2015'؛ وإن كان DATE فارغًا يُقرأ من حقل تاريخ الضربات. التاريخ المقروء من الضربات يلي العنوان بعد شرطة ('Strikes — 1 - 31 OCT 2022'). العنوان الطويل يُصغَّر ثم يُقسَم على أسطر ليتسع في إطاره.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: طبقة السيطرة المؤرَّخة (لقطات مؤرَّخة في valid_from كما يكتبها strikecheck:importcontrol) تُرسم باللقطة السارية في هذا اليوم (YYYY-MM-DD): آخر valid_from في هذا اليوم أو قبله، مع المعالم غير المؤرَّخة؛ إن تُرك فارغًا: DATE إن كانت مكتوبة YYYY-MM-DD، وإلا فتاريخ آخر ضربة. يذكرها سطر المصادر ('Control: DeepState, 1 OCT 2022') وينبّه السجل حين تمتد الضربات على عدة لقطات. لا تتغير طبقتك: ترسم الخريطة نسخة مُرشَّحة منها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;، &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: سطر المصادر 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (الافتراضي: أسماء الطبقات)؛ ويضيف NOTE جملة تحت الخلاصة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; ‏A4 أو A3، &lt;b&gt;ORIENTATION&lt;/b&gt; أفقي أو عمودي، &lt;b&gt;DPI&lt;/b&gt; لصورة PNG، &lt;b&gt;PADDING&lt;/b&gt; حول الضربات بنسبة % من النطاق المؤطَّر.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: اختياري؛ بلد الخريطة المصغّرة (الافتراضي: البلد الذي يضم أكثر الضربات)، باسمه في خريطة العالم في QGIS، مثل Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (متقدم): ملف ‎.qpt خاص بك، مثل القالب المرفق بعد إعادة تنسيقه في مصمم التخطيط. يُعثر على العناصر بمعرّفاتها (title، subtitle، main_map، locator_map، legend، scalebar، north_arrow، summary، credits)؛ ويُستغنى عن المفقود منها، أما main_map فإلزامي. الخطوط والألوان والإطارات تبقى كما صممتها؛ والمواضع تتبع PAPER وORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (متقدم): الاحتفاظ بالتخطيط في المشروع أيضًا، مع الطبقات التي يعرضها (طبقات السياق من خريطة العالم في مجموعة 'StrikeCheck map'). لا مشروع في qgis_process: هناك تُكتب الملفات فقط.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;، &lt;b&gt;OUTPUT_PNG&lt;/b&gt;، &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: الملفات المراد كتابتها (أيٌّ منها).&lt;/li&gt;&lt;li&gt;&lt;b&gt;SERIES&lt;/b&gt;: none (خريطة واحدة)، أو سلسلة خرائط: صفحة لكل لقطة سيطرة (snapshot) أو يوم (day) أو أسبوع (week) أو شهر (month)، في كل منها ضربات تلك الفترة وتاريخها في العنوان والنتيجة وتاريخ السيطرة في سطر المصادر. تمتد صفحة اللقطة من valid_from الخاص بها إلى valid_from التالي (الضربات قبل الأولى تُحسب في الأولى) ولكل لقطة صفحة، بضربات أو بدونها؛ تُرسم صفحة اليوم أو الأسبوع (من الاثنين إلى الأحد) أو الشهر فوق اللقطة السارية في يومها الأخير، والفترات التي لا ضربات فيها ليس لها صفحة (يذكر السجل عددها). الضربات غير المؤرخة لا تظهر في أي صفحة. يضم ملف PDF كل الصفحات، وملفات PNG وSVG مرقّمة (map_001.png، map_002.png...). التخطيط أطلس QGIS على طبقة من الصفحات (تواريخها وعنوانها ونتيجتها ومصادرها، محفوظة في ملف المشروع)، وخريطته مصفّاة بنطاقها الزمني: يُفتح ويُعاين ويُحرَّر في مصمم التخطيط. يحل تاريخ كل صفحة محل DATE وCONTROL_DATE.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_ANIMATION&lt;/b&gt;: مع SERIES، الصفحات كتحريك، 1.5 ثانية لكل منها: ملف ‎.gif (Pillow، python3-pil)، أو ‎.mp4 / ‎.webm عند تثبيت ffmpeg (apt-get install ffmpeg).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_help.py" line="13" />
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. Raw public exports (DeepStateMap, Google My Maps) need only INPUT and the preset; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;</source>
      <translation>&lt;p&gt;يجعل خريطة السيطرة الميدانية صالحة للاستخدام في StrikeCheck: نص الفصيل في كل معلم ('Daesh'، 'ISIL'، 'Regime-held'، 'Kurds/Government') يصبح رمز فصيل موحّدًا من إعداد مسبق، وتُصلح الأشكال الهندسية، ويحصل كل معلم على التاريخ الذي يسري منه. لا تحتاج الصادرات العامة الخام (DeepStateMap وGoogle My Maps) إلا إلى INPUT والإعداد المسبق؛ ولا يُعدَّل المُدخل أبدًا.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="78" />
      <source>&lt;p&gt;Turns a table of strikes as analysts receive it (an ACLED export, an Airwars-style table, a hand-typed CSV, a KML from a map service) into a clean StrikeCheck point layer in WGS84, and lists every row that could not become a strike with its line number and the reason. Nothing is dropped silently.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a file (CSV, TSV or semicolon-separated text; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) or any layer. Text files are read by StrikeCheck itself so that every line can be reported: UTF-8 with or without BOM, UTF-16, or Windows-1252 (Western European) when that is unambiguous; anything else is refused with a message rather than read as garbled text. The delimiter is found by itself. A loaded delimited-text layer is read from its file the same way. A KML or KMZ file is read by StrikeCheck too, whatever GDAL QGIS has: every placemark of every folder, with the columns Name, description, folder, timestamp (begin, end) and its ExtendedData; a placemark whose coordinates cannot be read is listed in ERRORS with the reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: optional; the latitude and longitude columns (decimal degrees, decimal commas, N/S/E/W letters or degrees-minutes-seconds). Found by name when empty: latitude/lat/y and longitude/lon/lng/long/x in any case, ACLED's included.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: optional; a column holding WKT points ('POINT (36.3 35.8)') or 'lat, lon' text ('35.8126, 36.3176', as Airwars writes it). Found by name or content when no latitude/longitude columns exist. Without any of these the layer's point geometry is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: optional QGIS expression over the input's own columns; rows for which it is false are left out (counted in the log, not errors). Empty: ACLED exports keep only sub_event_type = 'Air/drone strike', other inputs keep every row. Write TRUE to keep every row of an ACLED export.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date column (found by name when empty: event_date, date, ...). Reads 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: for dd/mm/yyyy versus mm/dd/yyyy. 'Detect' decides once for the whole column from dates that can only be read one way, and stops with a message when nothing decides it; it never guesses row by row.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional; found by name when empty (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: optional 'value=high;value=low' pairs for confidence values other than high/low (e.g. Airwars gradings: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: how far, in km, a strike may be from its coordinates for each precision code or word, e.g. ACLED geo_precision 1 (the town), 2 (near a town), 3 (a region or provincial capital). Default: {precision}. These distances are StrikeCheck's assumption, not ACLED's or Airwars'. A precision column whose name ends in km is taken as kilometres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: optional area where the strikes should be; rows outside it are rejected, and a whole column of exchanged latitude/longitude is detected by it even where both stay within ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: optional encoding of a text file (e.g. windows-1256 for Arabic Windows text); empty: detected.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with &lt;b&gt;strike_id&lt;/b&gt; (text: the id column, or the line number / feature id), &lt;b&gt;date&lt;/b&gt; (date or NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low or NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, then every original column with its values untouched (empty cells of a text file become NULL). An original column whose name clashes with one of these is kept as &amp;lt;name&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: a table of the rows that could not become strikes: &lt;b&gt;line&lt;/b&gt; (line number in a text file, row in a spreadsheet), &lt;b&gt;feature_id&lt;/b&gt; (feature id in a layer; not named fid, which GeoPackage reserves), &lt;b&gt;reason&lt;/b&gt; (e.g. 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") and &lt;b&gt;raw&lt;/b&gt; (the row as written).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A whole column of exchanged latitude and longitude (latitudes beyond ±90 while every longitude is within ±90) is detected and read the other way round, with a warning; columns you choose yourself are used as given.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</source>
      <translation>&lt;p&gt;يحوّل جدول ضربات كما يصل إلى المحللين (تصدير من ACLED، أو جدول على طريقة Airwars، أو ملف CSV مكتوب يدويًا، أو KML من خدمة خرائط) إلى طبقة نقاط StrikeCheck نظيفة بنظام WGS84، ويسرد كل صف تعذّر أن يصبح ضربة مع رقم سطره والسبب. لا يُستبعد شيء بصمت.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: ملف (CSV أو TSV أو نص مفصول بفواصل منقوطة؛ GeoJSON، GeoPackage، Shapefile، KML/KMZ، XLSX) أو أي طبقة. يقرأ StrikeCheck الملفات النصية بنفسه ليتمكن من الإبلاغ عن كل سطر: UTF-8 مع BOM أو دونه، أو UTF-16، أو Windows-1252 (أوروبا الغربية) حين لا لبس في ذلك؛ وأي ترميز آخر يُرفض برسالة بدلًا من قراءته نصًا مشوَّهًا. يُكتشف الفاصل تلقائيًا. وطبقة النص المحدد المحمّلة تُقرأ من ملفها بالطريقة نفسها. ويقرأ StrikeCheck ملف KML أو KMZ بنفسه أيضًا، أيًّا كان GDAL الذي لدى QGIS: كل علامة في كل مجلد، مع الأعمدة Name وdescription وfolder وtimestamp (begin، end) وبيانات ExtendedData الخاصة بها؛ والعلامة التي لا يمكن قراءة إحداثياتها تُدرج في ERRORS مع السبب.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;، &lt;b&gt;LON_FIELD&lt;/b&gt;: اختياريان؛ عمودا خط العرض وخط الطول (درجات عشرية، أو فواصل عشرية، أو الأحرف N/S/E/W، أو درجات-دقائق-ثوانٍ). إن كانا فارغين يُبحث عنهما بالاسم: latitude/lat/y وlongitude/lon/lng/long/x بأي حالة أحرف، ومنها أعمدة ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: اختياري؛ عمود يحتوي نقاط WKT ‏('POINT (36.3 35.8)') أو نص 'lat, lon' ‏('35.8126, 36.3176'، كما يكتبه Airwars). يُبحث عنه بالاسم أو المحتوى حين لا توجد أعمدة خط العرض وخط الطول. وإن لم يوجد شيء من ذلك يُستخدم الشكل الهندسي النقطي للطبقة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: تعبير QGIS اختياري على أعمدة المُدخل نفسها؛ الصفوف التي يكون فيها خاطئًا تُستبعد (وتُحصى في السجل، لا بوصفها أخطاء). إن كان فارغًا: تُبقي تصديرات ACLED فقط sub_event_type = 'Air/drone strike'، وتُبقي المُدخلات الأخرى كل الصفوف. اكتب TRUE لإبقاء كل صفوف تصدير ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: اختياري؛ عمود التاريخ (يُبحث عنه بالاسم إن كان فارغًا: event_date، date، ...). يقرأ 2015-09-30، 2015-09-30T10:00:00Z، 30-09-2015، 30/09/2015، 30.09.2015، '30 September 2015'، 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: للاختيار بين dd/mm/yyyy وmm/dd/yyyy. الخيار 'Detect' يحسم مرة واحدة للعمود كله من التواريخ التي لا تُقرأ إلا بطريقة واحدة، ويتوقف برسالة حين لا يحسمها شيء؛ ولا يخمّن أبدًا صفًا بصف.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;، &lt;b&gt;ACTOR_FIELD&lt;/b&gt;، &lt;b&gt;SOURCE_FIELD&lt;/b&gt;، &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;، &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: اختيارية؛ يُبحث عنها بالاسم إن كانت فارغة (ACLED: ‏event_id_cnty، actor1، source، geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: أزواج اختيارية 'قيمة=high;قيمة=low' لقيم موثوقية غير high/low (مثل تصنيفات Airwars: ‏'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: إلى أي مدى، بالكيلومتر، قد تبعد الضربة عن إحداثياتها لكل رمز أو كلمة دقة، مثل geo_precision في ACLED: ‏1 (البلدة)، 2 (قرب بلدة)، 3 (منطقة أو مركز محافظة). الافتراضي: {precision}. هذه المسافات افتراض من StrikeCheck، لا من ACLED ولا من Airwars. وعمود الدقة الذي ينتهي اسمه بـ km يُقرأ بالكيلومترات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: اختياري؛ المنطقة التي يُفترض أن تقع فيها الضربات؛ تُرفض الصفوف الواقعة خارجها، ويُكتشف بها عمود كامل تبادل فيه خط العرض وخط الطول حتى لو بقيت القيمتان ضمن ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: ترميز اختياري للملف النصي (مثل windows-1256 للنصوص العربية في Windows)؛ إن كان فارغًا: يُكتشف.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;النواتج&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: نقاط بنظام EPSG:4326 مع &lt;b&gt;strike_id&lt;/b&gt; (نص: عمود المعرّف، أو رقم السطر / معرّف المعلم)، &lt;b&gt;date&lt;/b&gt; (تاريخ أو NULL)، &lt;b&gt;actor&lt;/b&gt;، &lt;b&gt;confidence&lt;/b&gt; (high أو low أو NULL)، &lt;b&gt;precision_km&lt;/b&gt;، &lt;b&gt;source&lt;/b&gt;، ثم كل عمود أصلي بقيمه دون مساس (الخلايا الفارغة في ملف نصي تصبح NULL). والعمود الأصلي الذي يتعارض اسمه مع أحد هذه يُحتفظ به باسم &amp;lt;الاسم&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: جدول بالصفوف التي تعذّر أن تصبح ضربات: &lt;b&gt;line&lt;/b&gt; (رقم السطر في ملف نصي، أو الصف في جدول بيانات)، &lt;b&gt;feature_id&lt;/b&gt; (معرّف المعلم في طبقة؛ لم يُسمَّ fid لأن GeoPackage يحجز هذا الاسم)، &lt;b&gt;reason&lt;/b&gt; (مثل 'latitude 134.2 outside -90..90'، "no date in '31/31/2015'") و&lt;b&gt;raw&lt;/b&gt; (الصف كما كُتب).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;العمود الكامل الذي تبادل فيه خط العرض وخط الطول (خطوط عرض تتجاوز ±90 بينما كل خطوط الطول ضمن ±90) يُكتشف ويُقرأ بالعكس، مع تحذير؛ أما الأعمدة التي تختارها بنفسك فتُستخدم كما هي.&lt;/p&gt;&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="47" />
      <source>&lt;p&gt;Turns a table of town control over time into dated control points that strikecheck:nearestfaction reads as a time-aware control layer.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a CSV/TSV text table in one of two shapes. Wide (VIINA-style): one row per place with lon and lat columns and one column per date named like ctr_20220301 (any prefix, then YYYYMMDD). Long (Carter-Center-style): one row per place per date with place, lat, lon, date and control columns.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PRESET_FILE&lt;/b&gt;, &lt;b&gt;MAPPING&lt;/b&gt;: as in strikecheck:importcontrol. UA, RU and CONTESTED (any case) become ukraine_held, russia_occupied and contested; MAPPING overrides them; other codes are kept as given (normalised).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ONLY_CHANGES&lt;/b&gt;: write a place's control only where it changes from its previous date (default yes): the result reads the same in nearestfaction, which keeps the latest snapshot on or before each strike's date per place.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with faction, faction_label, raw_faction, valid_from and place. Empty cells are left out; rows without coordinates are named in a warning.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontroltable -- INPUT=viina_control.csv PRESET=ukraine OUTPUT=towns.gpkg&lt;/pre&gt;</source>
      <translation>&lt;p&gt;يحوّل جدولاً للسيطرة على البلدات عبر الزمن إلى نقاط سيطرة مؤرخة تقرؤها strikecheck:nearestfaction كطبقة سيطرة مرتبطة بالزمن.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: جدول نصي CSV/TSV بأحد شكلين. عريض (على طريقة VIINA): صف لكل مكان بعمودي lon وlat وعمود لكل تاريخ باسم مثل ctr_20220301 (أي بادئة ثم YYYYMMDD). طويل (على طريقة Carter Center): صف لكل مكان ولكل تاريخ بالأعمدة place وlat وlon وdate وcontrol.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt; و&lt;b&gt;PRESET_FILE&lt;/b&gt; و&lt;b&gt;MAPPING&lt;/b&gt;: كما في strikecheck:importcontrol. تصبح UA وRU وCONTESTED (بأي حالة أحرف) ukraine_held وrussia_occupied وcontested؛ ويتجاوزها MAPPING؛ وتُحفظ الرموز الأخرى كما هي (مُطبَّعة).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ONLY_CHANGES&lt;/b&gt;: كتابة سيطرة المكان فقط حيث تتغير عن تاريخه السابق (نعم افتراضياً): تقرأ nearestfaction النتيجة بالطريقة نفسها، إذ تأخذ لكل مكان آخر لقطة في تاريخ الضربة أو قبله.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;المخرجات&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: نقاط في EPSG:4326 بالحقول faction وfaction_label وraw_faction وvalid_from وplace. تُترك الخلايا الفارغة؛ وتُذكر الصفوف التي بلا إحداثيات في تحذير.&lt;/p&gt;&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontroltable -- INPUT=viina_control.csv PRESET=ukraine OUTPUT=towns.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="42" />
      <source>&lt;p&gt;Writes a report of an analysis: the finding in one sentence, the map, strikes by controlling faction, the distance to the target faction, strikes per week by controlling faction (when the strikes have dates), and a strike-by-strike table. HTML (charts and map as PNG files in a folder beside it) and, optionally, a PDF made by Qt itself: no browser or web service. Your layers' styles are left as they were.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the output of strikecheck:nearestfaction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding and the distance chart are about it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; names the strikes in the table (default: a field called site, location, name, place or town).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;, &lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; with CONTROL the report draws its map as strikecheck:exportmap does. &lt;b&gt;MAP_IMAGE&lt;/b&gt; puts an existing PNG (e.g. exportmap's) in the report instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;, &lt;b&gt;PALETTE&lt;/b&gt;: colours and names of the factions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;, &lt;b&gt;NOTE&lt;/b&gt;, &lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the report's words and its sources.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_HTML&lt;/b&gt;, &lt;b&gt;OUTPUT_PDF&lt;/b&gt;: the files to write.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:report -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis OUTPUT_HTML=report.html OUTPUT_PDF=report.pdf&lt;/pre&gt;</source>
      <translation>&lt;p&gt;يكتب تقريرًا عن التحليل: الخلاصة في جملة واحدة، والخريطة، والضربات حسب الفصيل المسيطر، والمسافة إلى الفصيل المستهدف، والضربات أسبوعيًا حسب الفصيل المسيطر (إذا كانت الضربات مؤرخة)، وجدولًا ضربةً ضربة. بصيغة HTML (الرسوم البيانية والخريطة ملفات PNG في مجلد بجانبه)، واختياريًا بصيغة PDF ينشئها Qt نفسه: بلا متصفح ولا خدمة ويب. تبقى أنماط طبقاتك كما هي.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: ناتج strikecheck:nearestfaction.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: اختياري، مثل isis: الخلاصة والرسم البياني للمسافات يتناولانه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: اختياري؛ يسمّي الضربات في الجدول (الافتراضي: حقل اسمه site أو location أو name أو place أو town).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;، &lt;b&gt;LINES&lt;/b&gt;، &lt;b&gt;FACTION_FIELD&lt;/b&gt;: اختيارية؛ مع CONTROL يرسم التقرير خريطته كما يفعل strikecheck:exportmap. أما &lt;b&gt;MAP_IMAGE&lt;/b&gt; فيضع في التقرير صورة PNG موجودة بدلًا من ذلك (مثل صورة exportmap).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;، &lt;b&gt;PALETTE&lt;/b&gt;: ألوان الفصائل وأسماؤها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;، &lt;b&gt;SUBTITLE&lt;/b&gt;، &lt;b&gt;NOTE&lt;/b&gt;، &lt;b&gt;CONTROL_SOURCE&lt;/b&gt;، &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: نصوص التقرير ومصادره.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_HTML&lt;/b&gt;، &lt;b&gt;OUTPUT_PDF&lt;/b&gt;: الملفات المراد كتابتها.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:report -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis OUTPUT_HTML=report.html OUTPUT_PDF=report.pdf&lt;/pre&gt;</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="113" />
      <source>A long table (a row per place and date): {n} dated control values.</source>
      <translation>جدول طويل (صف لكل مكان وتاريخ): {n} من قيم السيطرة المؤرخة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="200" />
      <source>A map series needs the strikes' dates: the layer '{layer}' has no field called {names}.</source>
      <translation>تحتاج سلسلة الخرائط إلى تواريخ الضربات: لا تحتوي الطبقة '{layer}' على حقل باسم {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="113" />
      <source>A wide table (a column per date): {n} dated control values.</source>
      <translation>جدول عريض (عمود لكل تاريخ): {n} من قيم السيطرة المؤرخة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="30" />
      <source>ACLED export without a sub_event_type column: every row is kept (older exports mix air strikes with shelling and other remote violence).</source>
      <translation>تصدير ACLED بلا عمود sub_event_type: أُبقيت كل الصفوف (التصديرات الأقدم تخلط الضربات الجوية بالقصف وأشكال العنف عن بعد الأخرى).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="37" />
      <source>ACLED export: keeping only {expression}. Set FILTER_EXPRESSION to TRUE to keep every row.</source>
      <translation>تصدير ACLED: لا يُبقى إلا ما يحقق {expression}. اضبط FILTER_EXPRESSION على TRUE لإبقاء كل الصفوف.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="77" />
      <source>ACLED time_precision: {week} strikes dated within a week (event_date ± 3 days) and {month} within a month (its calendar month); date and date_end hold each window.</source>
      <translation>ACLED time_precision: {week} ضربات مؤرخة ضمن أسبوع (event_date ± 3 أيام) و{month} ضمن شهر (شهره التقويمي)؛ ويحمل date وdate_end كل نافذة.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>APR</source>
      <translation>أبريل</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>AUG</source>
      <translation>أغسطس</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Across the front</source>
      <translation>على الجانب الآخر من الجبهة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Actor column (empty: find it)</source>
      <translation>عمود الجهة المنفذة (فارغ: يُبحث عنه)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="295" />
      <source>Add the layout to the project</source>
      <translation>إضافة التخطيط إلى المشروع</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="241" />
      <source>All {n} dated strikes fall in one week (starting Monday {day}): no weekly chart.</source>
      <translation>كل الضربات المؤرخة ({n}) تقع في أسبوع واحد (يبدأ يوم الاثنين {day}): لا رسم بياني أسبوعي.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="337" />
      <source>All {total} strikes, one per row.</source>
      <translation>جميع الضربات البالغ عددها {total}، ضربة في كل سطر.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="68" />
      <source>Analysed strikes (output of Nearest faction)</source>
      <translation>الضربات المحللة (ناتج «أقرب فصيل»)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="75" />
      <source>Analysis</source>
      <translation>التحليل</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="77" />
      <source>Analysis: StrikeCheck</source>
      <translation>التحليل: StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="250" />
      <source>Animation of the series</source>
      <translation>تحريك السلسلة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="23" />
      <source>Apply StrikeCheck style</source>
      <translation>تطبيق نمط StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="90" />
      <source>Area of interest (polygons; optional)</source>
      <translation>منطقة الاهتمام (مضلعات؛ اختياري)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="219" />
      <source>Area where strikes are expected</source>
      <translation>المنطقة المتوقع وقوع الضربات فيها</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="170" />
      <source>CONFIDENCE_MAPPING maps '{key}' to '{value}'; the confidence can only be high, low or null.</source>
      <translation>يربط CONFIDENCE_MAPPING «{key}» بـ«{value}»؛ ولا يمكن أن تكون الموثوقية إلا high أو low أو null.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="74" />
      <source>CONTROL_DATE '{value}' is not a date written YYYY-MM-DD.</source>
      <translation>CONTROL_DATE '{value}' ليس تاريخًا مكتوبًا بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="300" />
      <source>Cancelled: nothing was written.</source>
      <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="121" />
      <source>Cancelled: the files this run began were removed.</source>
      <translation>أُلغي: حُذفت الملفات التي بدأها هذا التشغيل.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Certain</source>
      <translation>مؤكد</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="62" />
      <source>Colour tolerance (CIELAB delta E)</source>
      <translation>هامش التفاوت اللوني (delta E في CIELAB)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="74" />
      <source>Colours from preset '{preset}', palette '{palette}'.</source>
      <translation>الألوان من الإعداد المسبق «{preset}»، لوحة الألوان «{palette}».</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="86" />
      <source>Column '{column}' is not in the input; its columns are: {names}.</source>
      <translation>العمود «{column}» غير موجود في المُدخل؛ أعمدته: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="234" />
      <source>Column header '{old}' is empty or repeated: named '{new}'.</source>
      <translation>ترويسة العمود «{old}» فارغة أو مكررة: سُمّي «{new}».</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>Confidence</source>
      <translation>الموثوقية</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Confidence column (empty: find it)</source>
      <translation>عمود الموثوقية (فارغ: يُبحث عنه)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="290" />
      <source>Confidence values not understood, imported as NULL: {values}. Map them with CONFIDENCE_MAPPING, e.g. 'Fair=high;Weak=low'.</source>
      <translation>قيم موثوقية غير مفهومة استُوردت بقيمة NULL: {values}. اربطها عبر CONFIDENCE_MAPPING، مثل 'Fair=high;Weak=low'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="205" />
      <source>Confidence values to map, e.g. Fair=high;Weak=low</source>
      <translation>قيم الموثوقية المراد تحويلها، مثل Fair=high;Weak=low</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="127" />
      <source>Control history</source>
      <translation>سجل السيطرة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="176" />
      <source>Control map (canonical)</source>
      <translation>خريطة السيطرة (موحّدة)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="119" />
      <source>Control map (from image)</source>
      <translation>خريطة السيطرة (من صورة)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="78" />
      <source>Control map (polygons, lines or points)</source>
      <translation>خريطة السيطرة (مضلعات أو خطوط أو نقاط)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="30" />
      <source>Control map from image</source>
      <translation>خريطة السيطرة من صورة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="91" />
      <source>Control map: the snapshot of {date}, in force on the map's date ({shown} of {count} features; {total} snapshots in the layer).</source>
      <translation>خريطة السيطرة: لقطة {date}، السارية في تاريخ الخريطة ({shown} من {count} معلمًا؛ عدد اللقطات في الطبقة: {total}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="70" />
      <source>Control table</source>
      <translation>جدول السيطرة</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="75" />
      <source>Control: {source}</source>
      <translation>السيطرة: {source}</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="71" />
      <location filename="../plugin/layouts/texts.py" line="72" />
      <source>Control: {source}, {date}</source>
      <translation>السيطرة: {source}، {date}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="43" />
      <source>Controlled by</source>
      <translation>تحت سيطرة</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>Could also be</source>
      <translation>قد يكون أيضًا</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="138" />
      <source>Could not save the style to {path}: {message}</source>
      <translation>تعذّر حفظ النمط في {path}: {message}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="67" />
      <source>Country '{name}' is not in the world map QGIS ships (Natural Earth names in English, e.g. Ukraine, Syria); set OUTLINE to a polygon layer instead.</source>
      <translation>البلد '{name}' غير موجود في خريطة العالم المرفقة مع QGIS (أسماء Natural Earth بالإنجليزية، مثل Ukraine وSyria)؛ عيّن OUTLINE إلى طبقة مضلعات بدلًا من ذلك.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="289" />
      <source>Country of the inset (empty: found)</source>
      <translation>دولة الخريطة المصغّرة (فارغ: تُحدَّد تلقائيًا)</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="78" />
      <source>Country outlines: Natural Earth (bundled with QGIS).</source>
      <translation>حدود الدول: Natural Earth (مرفقة مع QGIS).</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="35" />
      <source>DATE_PATTERN is not a regular expression: {error}</source>
      <translation>DATE_PATTERN ليس تعبيراً نمطياً: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/snapshots.py" line="40" />
      <source>DATE_PATTERN needs the named groups (?P&lt;year&gt;...), (?P&lt;month&gt;...) and (?P&lt;day&gt;...); it has: {groups}</source>
      <translation>يحتاج DATE_PATTERN إلى المجموعات المسماة (?P&lt;year&gt;...) و(?P&lt;month&gt;...) و(?P&lt;day&gt;...)؛ وفيه: {groups}</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>DEC</source>
      <translation>ديسمبر</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="107" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="172" />
      <source>Date column (empty: find it)</source>
      <translation>عمود التاريخ (فارغ: يُبحث عنه)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="242" />
      <source>Date field '{field}' not found in the control layer.</source>
      <translation>حقل التاريخ «{field}» غير موجود في طبقة السيطرة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Date field of the features (optional)</source>
      <translation>حقل تاريخ المعالم (اختياري)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="185" />
      <source>Date of the control map, YYYY-MM-DD (empty: latest strike)</source>
      <translation>تاريخ خريطة السيطرة، YYYY-MM-DD (فارغ: آخر ضربة)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="178" />
      <source>Date, e.g. 30 SEPT 2015 (empty: from the strikes' dates)</source>
      <translation>التاريخ، مثل 30 SEPT 2015 (فارغ: من تواريخ الضربات)</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="199" />
      <source>Dates in column '{column}' are read {order}, as '{example}' shows.</source>
      <translation>تُقرأ التواريخ في العمود «{column}» بترتيب: {order}، كما يبيّن «{example}».</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="157" />
      <source>Dates in column '{column}' can be read day-first or month-first (e.g. '{example}') and none of them settles which. Set DATE_ORDER to day-first (dd/mm/yyyy) or month-first (mm/dd/yyyy).</source>
      <translation>يمكن قراءة التواريخ في العمود «{column}» باليوم أولًا أو بالشهر أولًا (مثل «{example}») ولا يحسم أي منها الأمر. اضبط DATE_ORDER على اليوم أولًا (dd/mm/yyyy) أو الشهر أولًا (mm/dd/yyyy).</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="138" />
      <source>Dates in column '{column}' mix day-first ('{day}') and month-first ('{month}') writing, so their order cannot be decided for the column. Set DATE_ORDER to the order most rows use; rows written the other way will be listed as errors.</source>
      <translation>يخلط العمود «{column}» بين كتابة اليوم أولًا («{day}») والشهر أولًا («{month}»)، فلا يمكن تحديد ترتيب واحد للعمود. اضبط DATE_ORDER على الترتيب الذي تستخدمه أغلب الصفوف؛ وستُدرج الصفوف المكتوبة بالطريقة الأخرى ضمن الأخطاء.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Day first (dd/mm/yyyy)</source>
      <translation>اليوم أولًا (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Day/month order of numeric dates</source>
      <translation>ترتيب اليوم والشهر في التواريخ الرقمية</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Detect from the whole column</source>
      <translation>الاكتشاف من العمود كله</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="212" />
      <source>Distance in km for each precision code or word</source>
      <translation>المسافة بالكيلومتر لكل رمز أو كلمة دقة</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="153" />
      <source>Distance to nearest {name} territory</source>
      <translation>المسافة إلى أقرب أراضٍ تحت سيطرة {name}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="188" />
      <source>Distance to the nearest {name} territory</source>
      <translation>المسافة إلى أقرب أراضٍ تحت سيطرة {name}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="271" />
      <source>Draw strikes by</source>
      <translation>رسم الضربات حسب</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="42" />
      <source>Edit to override the preset for this value</source>
      <translation>عدّل لتجاوز الإعداد المسبق لهذه القيمة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="271" />
      <source>Engine (auto: inside PostGIS when both layers are in one database)</source>
      <translation>المحرك (auto: داخل PostGIS حين تكون الطبقتان في قاعدة بيانات واحدة)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="257" />
      <source>Event dataset recognised by its columns: {source}.</source>
      <translation>تم التعرف على مجموعة بيانات الأحداث من أعمدتها: {source}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="67" />
      <source>Every feature's faction from FACTION_VALUE.</source>
      <translation>فصيل كل معلم مأخوذ من FACTION_VALUE.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="29" />
      <source>Export strike map</source>
      <translation>تصدير خريطة الضربات</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>FEB</source>
      <translation>فبراير</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="85" />
      <source>FILTER_EXPRESSION cannot be read: {error}</source>
      <translation>تعذّرت قراءة FILTER_EXPRESSION: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="110" />
      <source>FILTER_EXPRESSION fails on this row: {error}</source>
      <translation>يفشل FILTER_EXPRESSION في هذا الصف: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/row_filter.py" line="94" />
      <source>FILTER_EXPRESSION uses column(s) {unknown}, which the input does not have; its columns are: {names}.</source>
      <translation>يستخدم FILTER_EXPRESSION العمود أو الأعمدة {unknown}، وهي غير موجودة في المُدخل؛ أعمدته: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="153" />
      <source>Faction field</source>
      <translation>حقل الفصيل</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="70" />
      <source>Faction field '{field}' (found by its name; set FACTION_FIELD to choose another).</source>
      <translation>حقل الفصيل '{field}' (عُثر عليه من اسمه؛ عيّن FACTION_FIELD لاختيار حقل آخر).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="75" />
      <source>Faction field '{field}'.</source>
      <translation>حقل الفصيل '{field}'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="85" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Faction field (empty: find it)</source>
      <translation>حقل الفصيل (فارغ: يُبحث عنه)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="154" />
      <location filename="../plugin/processing/algorithms/report.py" line="104" />
      <source>Faction field of the control layer</source>
      <translation>حقل الفصيل في طبقة السيطرة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="133" />
      <source>Faction holding the rest of the outline, e.g. ukraine_held (optional)</source>
      <translation>الفصيل الذي يسيطر على بقية المخطط، مثل ukraine_held (اختياري)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="93" />
      <source>Faction of the whole layer, e.g. occupied (instead of a field)</source>
      <translation>فصيل الطبقة كلها، مثل occupied (بدلًا من حقل)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="100" />
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="71" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="98" />
      <source>Faction preset</source>
      <translation>الإعداد المسبق للفصائل</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="37" />
      <source>Faction preset (colours and legend labels)</source>
      <translation>الإعداد المسبق للفصائل (الألوان وتسميات مفتاح الخريطة)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="175" />
      <location filename="../plugin/processing/nearest/request.py" line="176" />
      <source>Faction(s) {unknown} are not in the control layer's faction field; values present: {present}.</source>
      <translation>الفصيل أو الفصائل {unknown} غير موجودة في حقل الفصيل في طبقة السيطرة؛ القيم الموجودة: {present}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="81" />
      <location filename="../plugin/processing/nearest/reporting.py" line="82" />
      <source>Factions in the control map (field '{field}'): {names}</source>
      <translation>الفصائل في خريطة السيطرة (الحقل '{field}'): {names}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="158" />
      <source>Factions to measure, separated by ';' (empty: all)</source>
      <translation>الفصائل المراد القياس إليها، مفصولة بـ ';' (فارغ: الكل)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="86" />
      <source>Field '{field}' not found in layer '{layer}'; choose the field that holds {what} (fields: {names}).</source>
      <translation>الحقل «{field}» غير موجود في الطبقة «{layer}»؛ اختر الحقل الذي يحتوي {what} (الحقول: {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_values.py" line="36" />
      <location filename="../plugin/processing/nearest/request.py" line="136" />
      <location filename="../plugin/processing/nearest/request.py" line="137" />
      <source>Field '{field}' not found in the control layer; choose the field that holds faction names (fields: {names}).</source>
      <translation>الحقل «{field}» غير موجود في طبقة السيطرة؛ اختر الحقل الذي يحتوي أسماء الفصائل (الحقول: {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="250" />
      <source>Fields from columns: {used}.</source>
      <translation>الحقول من الأعمدة: {used}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>File-name date pattern (regular expression)</source>
      <translation>نمط التاريخ في اسم الملف (تعبير نمطي)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="261" />
      <location filename="../plugin/processing/algorithms/report.py" line="148" />
      <source>Finding</source>
      <translation>الخلاصة</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="138" />
      <source>Finding.</source>
      <translation>الخلاصة.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="258" />
      <source>For every strike StrikeCheck finds the faction(s) whose territory on the control map contains it, and the geodesic distance (WGS84 ellipsoid) to the nearest point of each faction's territory; 0 km means inside. The control map's accuracy bounds the answer: a strike a few km from a front line may fall on either side of it. Where the strikes carry a location precision, each becomes a disc: the conclusion 'held by X' survives only when X holds the whole disc. 'km to front' is the distance to the nearest border between the controlling faction and another one (not the coast); for a strike no mapped faction holds, to the nearest faction's territory. A control map with dated snapshots is read at each strike's date.</source>
      <translation>لكل ضربة يحدد StrikeCheck الفصيل أو الفصائل التي تحتويها أراضيها على خريطة السيطرة، والمسافة الجيوديسية (إهليلجي WGS84) إلى أقرب نقطة من أراضي كل فصيل؛ 0 كم تعني داخلها. دقة خريطة السيطرة تحدّ من دقة الجواب: ضربة على بعد بضعة كيلومترات من خط الجبهة قد تقع على أي من جانبيه. وحين تحمل الضربات دقة للموقع تصبح كل ضربة دائرة: لا تصمد الخلاصة «تحت سيطرة X» إلا إذا سيطر X على الدائرة كلها. «كم إلى الجبهة» هي المسافة إلى أقرب حدّ بين الفصيل المسيطر وفصيل آخر (لا الساحل)؛ وللضربة التي لا يسيطر عليها أي فصيل على الخريطة، المسافة إلى أقرب أراضي فصيل. وتُقرأ خريطة السيطرة ذات اللقطات المؤرخة بتاريخ كل ضربة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="254" />
      <source>Front line name field</source>
      <translation>حقل اسم خط الجبهة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="249" />
      <source>Front lines (optional)</source>
      <translation>خطوط الجبهة (اختياري)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="262" />
      <source>Front tolerance (km)</source>
      <translation>هامش تسامح الجبهة (كم)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="250" />
      <source>GIF animation (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
      <translation>تحريك GIF (*.gif);;فيديو MP4 (*.mp4);;فيديو WebM (*.webm)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="286" />
      <location filename="../plugin/reports/build.py" line="302" />
      <source>Generated by StrikeCheck on {day}.</source>
      <translation>أنشأه StrikeCheck في {day}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="203" />
      <source>Geodesic distance (WGS84 ellipsoid) from each strike outside {name} territory to the nearest point of it.</source>
      <translation>المسافة الجيوديسية (إهليلجي WGS84) من كل ضربة خارج أراضٍ {name} إلى أقرب نقطة منها.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="211" />
      <source>Geodesic distance (WGS84 ellipsoid) from each strike outside {name}-held territory to the nearest point of it.</source>
      <translation>المسافة الجيوديسية (إهليلجي WGS84) من كل ضربة خارج الأراضي التي يسيطر عليها {name} إلى أقرب نقطة منها.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="49" />
      <source>Georeferenced map image (GeoTIFF, PNG/JPEG + world file)</source>
      <translation>صورة خريطة مُسنَدة جغرافيًا (GeoTIFF، أو PNG/JPEG + ملف إسناد)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="134" />
      <source>HTML (*.html)</source>
      <translation>HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="134" />
      <source>HTML report</source>
      <translation>تقرير HTML</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="107" />
      <source>Held by</source>
      <translation>تحت سيطرة</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="17" />
      <source>High-Confidence reporting</source>
      <translation>بلاغات عالية الموثوقية (High-Confidence)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="32" />
      <location filename="../plugin/processing/algorithms/import_control.py" line="58" />
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="37" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="47" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="56" />
      <source>Import</source>
      <translation>الاستيراد</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="45" />
      <source>Import control history</source>
      <translation>استيراد سجل السيطرة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="56" />
      <source>Import control map</source>
      <translation>استيراد خريطة سيطرة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="54" />
      <source>Import strikes</source>
      <translation>استيراد الضربات</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="35" />
      <source>Import town control table</source>
      <translation>استيراد جدول السيطرة على البلدات</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="263" />
      <source>Incorrect parameter value for {name}</source>
      <translation>قيمة غير صحيحة للمعامل {name}</translation>
    </message>
    <message>
      <location filename="../plugin/database/engine.py" line="269" />
      <source>Internal error: output columns do not match the answers.</source>
      <translation>خطأ داخلي: أعمدة الناتج لا تطابق الأجوبة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="79" />
      <source>Its other sheets are not read ({others}): give INPUT as {name}|layername=&lt;sheet&gt; to read another.</source>
      <translation>لا تُقرأ أوراقه الأخرى ({others}): اكتب INPUT على الصورة {name}|layername=&lt;sheet&gt; لقراءة ورقة أخرى.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>JAN</source>
      <translation>يناير</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="340" />
      <source>JSON error at line {line}, column {column}: {error}.</source>
      <translation>خطأ JSON في السطر {line}، العمود {column}: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>JULY</source>
      <translation>يوليو</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>JUNE</source>
      <translation>يونيو</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/map_layout.py" line="120" />
      <source>KEY</source>
      <translation>مفتاح الخريطة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="164" />
      <source>Keep rows where (empty: ACLED air/drone strikes, else all rows)</source>
      <translation>إبقاء الصفوف التي يتحقق فيها (فارغ: ضربات الطيران والمسيّرات في ACLED، وإلا فكل الصفوف)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="309" />
      <source>Keeping the rows FILTER_EXPRESSION selects: {expression}</source>
      <translation>الإبقاء على الصفوف التي يختارها FILTER_EXPRESSION: {expression}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="30" />
      <source>Label</source>
      <translation>التسمية</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="210" />
      <source>Last day of each strike's date window (empty: 'date_end' if present)</source>
      <translation>آخر يوم في نافذة تاريخ كل ضربة (فارغ: 'date_end' إن وُجد)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="136" />
      <source>Latitude and longitude are exchanged in the whole input ({why}): read {where} the other way round.</source>
      <translation>خط العرض وخط الطول متبادلان في المُدخل كله ({why}): قُرئ {where} بالعكس.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="147" />
      <source>Latitude and longitude look exchanged ({why}), but {where} was chosen explicitly and is used as given.</source>
      <translation>يبدو أن خط العرض وخط الطول متبادلان ({why})، لكن {where} اختير صراحةً فاستُخدم كما هو.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>Latitude column (empty: find it)</source>
      <translation>عمود خط العرض (فارغ: يُبحث عنه)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="78" />
      <source>Layer to style</source>
      <translation>الطبقة المراد تنسيقها</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="354" />
      <source>Layout '{name}' added to the project (Project &gt; Layouts).</source>
      <translation>أُضيف التخطيط «{name}» إلى المشروع (المشروع &gt; التخطيطات).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="260" />
      <source>Layout name</source>
      <translation>اسم التخطيط</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="292" />
      <source>Layout template (.qpt)</source>
      <translation>قالب التخطيط (.qpt)</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="52" />
      <source>Legend entry '{entry}' is not 'colour=faction': write each as #rrggbb=faction, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>عنصر المفتاح '{entry}' ليس بالصيغة 'colour=faction': اكتب كل عنصر بالشكل #rrggbb=faction، مثلًا #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="54" />
      <source>Legend: a palette (isw-like, wikipedia, ukraine) or #rrggbb=faction;...</source>
      <translation>المفتاح: لوحة ألوان (isw-like، wikipedia، ukraine) أو #rrggbb=faction;...</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="160" />
      <source>Line {line} cannot be read as delimited text: {error}.</source>
      <translation>تعذّرت قراءة السطر {line} نصًا محددًا بفواصل: {error}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="149" />
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="186" />
      <source>Lines to nearest territory</source>
      <translation>خطوط إلى أقرب أراضٍ</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="96" />
      <source>Lines to nearest territory (for the map)</source>
      <translation>خطوط إلى أقرب أراضٍ (للخريطة)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="301" />
      <source>Location precision codes that {source} does not define ({codes}), imported with precision NULL: {values}. Give them a distance in PRECISION_KM if you know what they mean.</source>
      <translation>رموز دقة الموقع التي لا يعرّفها {source} ({codes})، استُوردت بدقة NULL: {values}. أعطها مسافة في PRECISION_KM إن كنت تعرف معناها.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Location precision column (empty: find it)</source>
      <translation>عمود دقة الموقع (فارغ: يُبحث عنه)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="227" />
      <source>Location precision field, km (empty: 'precision_km' if present)</source>
      <translation>حقل دقة الموقع بالكيلومتر (فارغ: 'precision_km' إن وُجد)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="72" />
      <location filename="../plugin/processing/nearest/reporting.py" line="73" />
      <source>Location precision known for {n} of {total} strikes.</source>
      <translation>دقة الموقع معروفة لـ {n} من أصل {total} ضربة.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="263" />
      <source>Location precision of '{column}' in km: {table}{overridden}.</source>
      <translation>دقة الموقع في '{column}' بالكيلومتر: {table}{overridden}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="314" />
      <source>Location precision values with no distance, imported as NULL: {values}. Give them one in PRECISION_KM, e.g. '1=2;2=15;3=50'.</source>
      <translation>قيم دقة موقع بلا مسافة استُوردت بقيمة NULL: {values}. أعطها مسافة في PRECISION_KM، مثل '1=2;2=15;3=50'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>Longitude column (empty: find it)</source>
      <translation>عمود خط الطول (فارغ: يُبحث عنه)</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="18" />
      <source>Low-Confidence reporting</source>
      <translation>بلاغات منخفضة الموثوقية (Low-Confidence)</translation>
    </message>
    <message>
      <location filename="../plugin/core/factions.py" line="293" />
      <source>MAPPING entry '{entry}' matched no value of the faction field.</source>
      <translation>المدخل «{entry}» في MAPPING لم يطابق أي قيمة في حقل الفصيل.</translation>
    </message>
    <message>
      <location filename="../plugin/core/factions.py" line="182" />
      <source>MAPPING target '{target}' is not a faction of preset '{preset}': used as code '{code}'.</source>
      <translation>هدف MAPPING «{target}» ليس فصيلًا في الإعداد المسبق «{preset}»: استُخدم رمزًا «{code}».</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>MAR</source>
      <translation>مارس</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="18" />
      <source>MAY</source>
      <translation>مايو</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="144" />
      <source>Map</source>
      <translation>الخريطة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="126" />
      <source>Map date for features without one, e.g. 2015-09-27 (optional)</source>
      <translation>تاريخ الخريطة للمعالم التي لا تاريخ لها، مثل 2015-09-27 (اختياري)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="98" />
      <source>Map date, e.g. 2015-09-27 (optional)</source>
      <translation>تاريخ الخريطة، مثلًا 2015-09-27 (اختياري)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="113" />
      <source>Map image to include (PNG)</source>
      <translation>صورة الخريطة المراد تضمينها (PNG)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="120" />
      <source>Map series by {kind}: {n} page(s), {first} to {last}.</source>
      <translation>سلسلة خرائط حسب {kind}: عدد الصفحات {n}، من {first} إلى {last}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="241" />
      <source>Map series: one page per</source>
      <translation>سلسلة خرائط: صفحة واحدة لكل</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="122" />
      <source>Map unrecognised values with MAPPING, e.g. '{raw}=&lt;code&gt;'.</source>
      <translation>اربط القيم غير المعروفة عبر MAPPING، مثل '{raw}=&lt;code&gt;'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="80" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="107" />
      <source>Mapping overrides, e.g. Turkish-backed=rebel</source>
      <translation>تجاوزات المطابقة، مثل Turkish-backed=rebel</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="109" />
      <source>Mapping overrides, e.g. Turkish-backed=rebel;Kurds/Government=kurdish+regime</source>
      <translation>تعيينات يدوية، مثل Turkish-backed=rebel;Kurds/Government=kurdish+regime</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="22" />
      <source>Maps and reports</source>
      <translation>الخرائط والتقارير</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="165" />
      <source>Maximum distance (km, empty: no limit)</source>
      <translation>أقصى مسافة (كم، فارغ: بلا حد)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="244" />
      <source>Measure the distance to the front</source>
      <translation>قياس المسافة إلى الجبهة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="87" />
      <location filename="../plugin/processing/nearest/reporting.py" line="88" />
      <source>Measured (FACTIONS): {names}; the others still count for controlled_by.</source>
      <translation>المقيسة (FACTIONS): {names}؛ وتبقى الفصائل الأخرى محسوبة في controlled_by.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="172" />
      <source>Method</source>
      <translation>المنهجية</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="72" />
      <source>Minimum area of a patch, km² (0: 49 pixels)</source>
      <translation>الحد الأدنى لمساحة البقعة، km² (0: 49 بكسلًا)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="104" />
      <source>Mixed class '{label}' -&gt; {code}: the analysis counts it as territory of {members}.</source>
      <translation>الفئة المختلطة «{label}» -&gt; {code}: يعدّها التحليل من أراضي كل من {members}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="45" />
      <location filename="../plugin/processing/nearest/reporting.py" line="46" />
      <source>Mixed control ({classes}) counts as territory of each member.</source>
      <translation>السيطرة المختلطة ({classes}) تُعدّ من أراضي كل عضو فيها.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="41" />
      <source>Month</source>
      <translation>الشهر</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="156" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="180" />
      <source>Month first (mm/dd/yyyy)</source>
      <translation>الشهر أولًا (mm/dd/yyyy)</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>NOV</source>
      <translation>نوفمبر</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="220" />
      <source>NUL characters in {path} were removed from its values.</source>
      <translation>أُزيلت محارف NUL من قيم {path}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="27" />
      <source>Nearest faction</source>
      <translation>أقرب فصيل</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="43" />
      <source>Nearest other</source>
      <translation>أقرب فصيل آخر</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>Nearest other faction</source>
      <translation>أقرب فصيل آخر</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="52" />
      <source>No 'confidence' field: strikes drawn by the faction holding the ground.</source>
      <translation>لا يوجد حقل 'confidence': رُسمت الضربات حسب الفصيل المسيطر على الأرض.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="157" />
      <source>No control-map files found in INPUT ({entries}).</source>
      <translation>لم يُعثر على ملفات خرائط سيطرة في INPUT ({entries}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="277" />
      <source>No date column found: every strike's date is NULL. Set DATE_FIELD to the column that holds the dates.</source>
      <translation>لم يُعثر على عمود تاريخ: تاريخ كل ضربة NULL. اضبط DATE_FIELD على العمود الذي يحتوي التواريخ.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_values.py" line="45" />
      <source>No faction field found (looked for {tried}); set FACTION_FIELD to the field that names who holds each feature, or FACTION_VALUE to the faction of the whole layer (fields: {names}).</source>
      <translation>لم يُعثر على حقل فصيل (بُحث عن {tried})؛ عيّن FACTION_FIELD إلى الحقل الذي يسمّي من يسيطر على كل معلم، أو FACTION_VALUE إلى فصيل الطبقة كلها (الحقول: {names}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="199" />
      <source>No field {field} in the layer: the labels leave out the distance to {target}. Run strikecheck:nearestfaction with that faction.</source>
      <translation>لا يوجد الحقل {field} في الطبقة: لن تتضمن التسميات المسافة إلى {target}. شغّل strikecheck:nearestfaction مع هذا الفصيل.</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="70" />
      <source>No legend: name a palette, e.g. isw-like, or give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>لا يوجد مفتاح: اذكر اسم لوحة ألوان، مثلًا isw-like، أو حدّد لون كل فصيل، مثلًا #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="96" />
      <source>No mapped faction</source>
      <translation>لا فصيل على الخريطة</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="85" />
      <source>No positions found: the input has no latitude/longitude columns under a usual name (such as latitude/longitude, lat/lon, y/x), no column of WKT points or 'lat, lon' text, and no point geometry. Set LAT_FIELD and LON_FIELD, or GEOMETRY_FIELD. Columns: {names}.</source>
      <translation>لم يُعثر على مواقع: لا يحتوي المُدخل أعمدة خط عرض/خط طول بأسماء معتادة (مثل latitude/longitude أو lat/lon أو y/x)، ولا عمود نقاط WKT أو نص 'lat, lon'، ولا شكلًا هندسيًا نقطيًا. اضبط LAT_FIELD وLON_FIELD، أو GEOMETRY_FIELD. الأعمدة: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="87" />
      <source>No row could be imported: see the reasons above.</source>
      <translation>تعذّر استيراد أي صف: انظر الأسباب أعلاه.</translation>
    </message>
    <message>
      <location filename="../plugin/core/control_tables.py" line="62" />
      <source>No {what} column found (looked for {tried}; columns: {columns}).</source>
      <translation>لم يُعثر على عمود {what} (بُحث عن {tried}؛ الأعمدة: {columns}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="216" />
      <source>None of the files could be imported.</source>
      <translation>تعذر استيراد أي من الملفات.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="215" />
      <source>None of the strikes of '{layer}' has a date: there is no period to map.</source>
      <translation>لا توجد أي ضربة في '{layer}' لها تاريخ: لا توجد فترة لرسمها.</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="29" />
      <source>Not in any mapped faction's territory</source>
      <translation>خارج أراضي كل الفصائل على الخريطة</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="207" />
      <source>Not shown: {n} strike(s) inside {name} territory.</source>
      <translation>غير معروضة: ضربات داخل أراضٍ {name}، عددها {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="200" />
      <location filename="../plugin/reports/build.py" line="215" />
      <source>Not shown: {n} strike(s) inside {name}-held territory.</source>
      <translation>غير معروضة: ضربات داخل الأراضي التي يسيطر عليها {name}، عددها {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="197" />
      <source>Note under the finding</source>
      <translation>ملاحظة تحت الخلاصة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="319" />
      <source>Nothing to do: set OUTPUT_PDF, OUTPUT_PNG or OUTPUT_SVG, or add the layout to the open project.</source>
      <translation>لا شيء للقيام به: اضبط OUTPUT_PDF أو OUTPUT_PNG أو OUTPUT_SVG، أو أضف التخطيط إلى المشروع المفتوح.</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>OCT</source>
      <translation>أكتوبر</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="173" />
      <source>OUTPUT_ANIMATION animates a map series: choose SERIES (snapshot, day, week or month).</source>
      <translation>يحرّك OUTPUT_ANIMATION سلسلة خرائط: اختر SERIES (snapshot أو day أو week أو month).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="54" />
      <location filename="../plugin/processing/nearest/reporting.py" line="55" />
      <source>One dated control snapshot ({day}): every strike is measured against it.</source>
      <translation>لقطة سيطرة مؤرخة واحدة ({day}): تُقاس كل ضربة مقابلها.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="93" />
      <source>Only changes of control</source>
      <translation>تغيّرات السيطرة فقط</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="148" />
      <source>Or a country of QGIS's world map as the outline, e.g. Ukraine</source>
      <translation>أو بلد من خريطة العالم في QGIS مخططًا، مثل Ukraine</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="209" />
      <source>Orientation</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="358" />
      <source>Original column '{old}' kept as '{new}' (StrikeCheck uses '{old}').</source>
      <translation>أُبقي العمود الأصلي «{old}» باسم «{new}» (يستخدم StrikeCheck الاسم «{old}»).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="260" />
      <source>Original field '{old}' kept as '{new}'.</source>
      <translation>أُبقي الحقل الأصلي «{old}» باسم «{new}».</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="31" />
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="43" />
      <source>Other factions</source>
      <translation>فصائل أخرى</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="140" />
      <source>Outline for the remainder (polygons; optional)</source>
      <translation>المخطط لحساب البقية (مضلعات؛ اختياري)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="139" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="139" />
      <source>PDF report</source>
      <translation>تقرير PDF</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="218" />
      <source>PNG resolution (dpi)</source>
      <translation>دقة صورة PNG (نقطة في البوصة)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_columns.py" line="121" />
      <source>PRECISION_KM gives '{value}' for '{key}'; write a distance in km, e.g. '1=2;2=15;3=50'.</source>
      <translation>يعطي PRECISION_KM القيمة «{value}» لـ«{key}»؛ اكتب مسافة بالكيلومتر، مثل '1=2;2=15;3=50'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="281" />
      <source>Padding around the strikes (%)</source>
      <translation>الهامش حول الضربات (%)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/styling_base.py" line="46" />
      <source>Palette, e.g. isw-like or wikipedia (empty: the preset's default)</source>
      <translation>لوحة الألوان، مثل isw-like أو wikipedia (فارغ: اللوحة الافتراضية للإعداد المسبق)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="200" />
      <source>Paper</source>
      <translation>الورق</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="233" />
      <source>Positions from columns '{lat}' (latitude) and '{lon}' (longitude).</source>
      <translation>المواقع من العمودين «{lat}» (خط العرض) و«{lon}» (خط الطول).</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="241" />
      <source>Positions from the WKT / 'lat, lon' text of column '{column}'.</source>
      <translation>المواقع من نص WKT / 'lat, lon' في العمود «{column}».</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="246" />
      <source>Positions from the layer's point geometry.</source>
      <translation>المواقع من الشكل الهندسي النقطي للطبقة.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="48" />
      <source>Possible factions</source>
      <translation>الفصائل المحتملة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="235" />
      <source>Precision for strikes without a value (km)</source>
      <translation>الدقة للضربات التي لا قيمة لها (كم)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="43" />
      <source>Preset '{name}' chosen automatically: it recognises {n} of {total} features. Set PRESET to choose another.</source>
      <translation>اختير الإعداد المسبق «{name}» تلقائيًا: يتعرّف على {n} من أصل {total} معلمًا. اضبط PRESET لاختيار غيره.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="50" />
      <source>Preset '{name}' not found; available: {names}.</source>
      <translation>الإعداد المسبق «{name}» غير موجود؛ المتاح: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="56" />
      <source>Preset '{name}': {title} ({path}).</source>
      <translation>الإعداد المسبق «{name}»: {title} ({path}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="166" />
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="85" />
      <location filename="../plugin/processing/algorithms/import_history.py" line="114" />
      <location filename="../plugin/processing/styling_base.py" line="53" />
      <source>Preset file (instead of PRESET)</source>
      <translation>ملف الإعداد المسبق (بدلًا من PRESET)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="34" />
      <source>Preset from {path}.</source>
      <translation>إعداد مسبق من {path}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="38" />
      <source>Preset ignored: {problem}</source>
      <translation>أُهمل إعداد مسبق: {problem}</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="120" />
      <source>Preset {path} is not valid: {problem}</source>
      <translation>الإعداد المسبق {path} غير صالح: {problem}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="104" />
      <source>QGIS layer style (*.qml)</source>
      <translation>نمط طبقة QGIS (*.qml)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="85" />
      <source>REMAINDER_FACTION needs a control map of polygons.</source>
      <translation>يتطلب REMAINDER_FACTION خريطة سيطرة من المضلعات.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="19" />
      <source>REMAINDER_FACTION needs an outline: set OUTLINE to a polygon layer or OUTLINE_COUNTRY to a country name (e.g. Ukraine).</source>
      <translation>يتطلب REMAINDER_FACTION مخططًا: عيّن OUTLINE إلى طبقة مضلعات أو OUTLINE_COUNTRY إلى اسم بلد (مثل Ukraine).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="112" />
      <source>Read hatching as mixed control</source>
      <translation>قراءة التهشير على أنه سيطرة مختلطة</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="278" />
      <source>Read {path} as {encoding} text separated by {delimiter}.</source>
      <translation>قُرئ {path} نصًا بترميز {encoding} مفصولًا بـ {delimiter}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="327" />
      <source>Reading positions, dates and ids of {n} rows...</source>
      <translation>قراءة المواقع والتواريخ والمعرّفات لـ {n} صفًا...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="76" />
      <source>Reading sheet '{sheet}' of {name}.</source>
      <translation>تُقرأ الورقة «{sheet}» من {name}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="314" />
      <source>Reading {name}...</source>
      <translation>قراءة {name}...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="106" />
      <source>Remainder: {n} features of {code} added, {outline} minus everything drawn (one per snapshot).</source>
      <translation>البقية: أُضيف {n} من معالم {code}، وهي {outline} مطروحًا منه كل ما رُسم (معلم لكل لقطة).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="203" />
      <source>Report (HTML): {path}</source>
      <translation>التقرير (HTML): {path}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="211" />
      <source>Report (PDF): {path}, {pages} pages.</source>
      <translation>التقرير (PDF): {path}، عدد الصفحات: {pages}.</translation>
    </message>
    <message>
      <location filename="../plugin/styling/renderers.py" line="16" />
      <location filename="../plugin/styling/renderers.py" line="21" />
      <source>Reported strike (confidence not rated)</source>
      <translation>ضربة مُبلّغ عنها (موثوقية غير مصنّفة)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="235" />
      <source>Rows that could not be imported</source>
      <translation>الصفوف التي تعذّر استيرادها</translation>
    </message>
    <message>
      <location filename="../plugin/core/datespan.py" line="19" />
      <source>SEPT</source>
      <translation>سبتمبر</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="55" />
      <source>SERIES 'snapshot' needs a time-aware control map (dated snapshots in valid_from, as strikecheck:importcontrol writes them); choose day, week or month, or give such a CONTROL.</source>
      <translation>يتطلب SERIES 'snapshot' خريطة سيطرة زمنية (لقطات مؤرخة في valid_from كما يكتبها strikecheck:importcontrol)؛ اختر day أو week أو month، أو قدّم CONTROL كهذا.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="104" />
      <source>Save the style as</source>
      <translation>حفظ النمط باسم</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="62" />
      <source>Set both LAT_FIELD and LON_FIELD, or neither to let StrikeCheck find them.</source>
      <translation>اضبط LAT_FIELD وLON_FIELD معًا، أو لا تضبط أيًا منهما ليعثر عليهما StrikeCheck.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="81" />
      <source>Simplify borders to, metres (0: half a pixel)</source>
      <translation>تبسيط الحدود، بالأمتار (0: نصف بكسل)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="38" />
      <source>Snapshot</source>
      <translation>اللقطة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="91" />
      <source>Snapshot files, folders or .zip archives</source>
      <translation>ملفات اللقطات أو المجلدات أو أرشيفات .zip</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_remainder.py" line="96" />
      <source>Snapshot {date}: everything in {outline} is drawn; no remainder.</source>
      <translation>اللقطة {date}: كل ما في {outline} مرسوم؛ لا بقية.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="207" />
      <source>Snapshot {n} of {total}: {name}</source>
      <translation>اللقطة {n} من {total}: {name}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Source column (empty: find it)</source>
      <translation>عمود المصدر (فارغ: يُبحث عنه)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="191" />
      <source>Source of the control map (credit)</source>
      <translation>مصدر خريطة السيطرة (لسطر المصادر)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="195" />
      <source>Source of the strikes (credit)</source>
      <translation>مصدر الضربات (لسطر المصادر)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="175" />
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="107" />
      <source>Strike</source>
      <translation>الضربة</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="159" />
      <source>Strike by strike</source>
      <translation>ضربةً ضربة</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="208" />
      <source>Strike by strike, part {n} of {total}</source>
      <translation>ضربة ضربة، الجزء {n} من {total}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="193" />
      <source>Strike id column (empty: find it)</source>
      <translation>عمود معرّف الضربة (فارغ: يُبحث عنه)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="175" />
      <source>Strike id field for LINES (empty: strike_id or an id field if present)</source>
      <translation>حقل معرّف الضربة لـ LINES (فارغ: strike_id أو حقل معرّف إن وُجد)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="265" />
      <source>Strike label field (e.g. the place name)</source>
      <translation>حقل تسمية الضربات (مثل اسم المكان)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="80" />
      <source>Strike name field</source>
      <translation>حقل اسم الضربة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="207" />
      <source>Strike table: all {total} strikes, one per row.</source>
      <translation>جدول الضربات: جميع الضربات البالغ عددها {total}، ضربة في كل سطر.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="205" />
      <source>Strike table: the first {n} of {total} strikes.</source>
      <translation>جدول الضربات: أول {n} من أصل {total} ضربة.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="43" />
      <source>StrikeCheck</source>
      <translation>StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="133" />
      <source>StrikeCheck needs Python packages that this QGIS does not have: {missing}. Install them into the Python QGIS uses, e.g. {hint}, then restart QGIS.</source>
      <translation>يحتاج StrikeCheck إلى حزم Python غير موجودة في QGIS هذا: {missing}. ثبّتها في Python الذي يستخدمه QGIS، مثلًا {hint}، ثم أعد تشغيل QGIS.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="57" />
      <source>StrikeCheck needs {missing}. Install with: {hint} and restart QGIS. The analysis stays disabled until then.</source>
      <translation>يحتاج StrikeCheck إلى {missing}. ثبّت بالأمر: {hint} ثم أعد تشغيل QGIS. يبقى التحليل معطّلًا حتى ذلك الحين.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="46" />
      <source>StrikeCheck: who held the ground where each strike landed</source>
      <translation>StrikeCheck: من كان يسيطر على الأرض حيث سقطت كل ضربة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="138" />
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="232" />
      <source>Strikes</source>
      <translation>الضربات</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="141" />
      <source>Strikes (points)</source>
      <translation>الضربات (نقاط)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="169" />
      <location filename="../plugin/processing/algorithms/report.py" line="173" />
      <source>Strikes and territorial control</source>
      <translation>الضربات والسيطرة الميدانية</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="218" />
      <source>Strikes before the first snapshot or undated</source>
      <translation>الضربات السابقة لأول لقطة أو غير المؤرخة</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="159" />
      <source>Strikes by controlling faction</source>
      <translation>الضربات حسب الفصيل المسيطر</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="37" />
      <source>Strikes per control snapshot and controlling faction</source>
      <translation>الضربات حسب لقطة خريطة السيطرة والفصيل المسيطر</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="40" />
      <source>Strikes per month and controlling faction</source>
      <translation>الضربات حسب الشهر والفصيل المسيطر</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="171" />
      <source>Strikes per month by controlling faction</source>
      <translation>الضربات شهريًا حسب الفصيل المسيطر</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="169" />
      <source>Strikes per week by controlling faction</source>
      <translation>الضربات أسبوعيًا حسب الفصيل المسيطر</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="183" />
      <source>Strikes with nearest faction</source>
      <translation>الضربات مع أقرب فصيل</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="124" />
      <source>Strikes, by who held the ground</source>
      <translation>الضربات حسب الجهة المسيطرة على الأرض</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="149" />
      <source>Strikes: a file (CSV, GeoJSON, KML, XLSX...) or a layer</source>
      <translation>الضربات: ملف (CSV أو GeoJSON أو KML أو XLSX...) أو طبقة</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="76" />
      <source>Strikes: {source}</source>
      <translation>الضربات: {source}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="79" />
      <source>Style colours read from {fields} where a name does not settle the class.</source>
      <translation>تُقرأ ألوان النمط من {fields} حين لا يحسم الاسم الفئة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="278" />
      <source>Style the layers with the preset</source>
      <translation>تنسيق الطبقات وفق الإعداد المسبق</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="128" />
      <source>Styled '{layer}' as {role}: {classes}.</source>
      <translation>نُسّقت «{layer}» بدور {role}: {classes}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="113" />
      <source>Styled layer</source>
      <translation>الطبقة المنسّقة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="175" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="182" />
      <source>Subtitle</source>
      <translation>العنوان الفرعي</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="280" />
      <source>Summary</source>
      <translation>الملخص</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="212" />
      <source>Target faction '{target}' has no line in layer '{layer}'; values present: {present}.</source>
      <translation>الفصيل المستهدف «{target}» ليس له أي خط في الطبقة «{layer}»؛ القيم الموجودة: {present}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="99" />
      <location filename="../plugin/processing/algorithms/export_map.py" line="163" />
      <location filename="../plugin/processing/algorithms/report.py" line="75" />
      <source>Target faction (e.g. isis)</source>
      <translation>الفصيل المستهدف (مثل isis)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="170" />
      <source>Temporal Controller: each of the {n} control snapshots is shown from its valid_from to the next snapshot's; undated features at all times.</source>
      <translation>Temporal Controller: تُعرض كل لقطة من لقطات السيطرة ({n}) من valid_from الخاص بها إلى valid_from اللقطة التالية؛ والمعالم غير المؤرَّخة في كل الأوقات.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="162" />
      <source>Temporal Controller: each strike is shown on the day of its {field}.</source>
      <translation>Temporal Controller: تُعرض كل ضربة في يوم {field} الخاص بها.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="141" />
      <source>Territorial control</source>
      <translation>السيطرة الميدانية</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="88" />
      <source>Territorial control (for the map)</source>
      <translation>السيطرة الميدانية (للخريطة)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/nearest_faction.py" line="146" />
      <source>Territorial control (polygons, lines or points)</source>
      <translation>السيطرة الميدانية (مضلعات أو خطوط أو نقاط)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="224" />
      <source>Text file encoding (empty: detect)</source>
      <translation>ترميز الملف النصي (فارغ: يُكتشف)</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml_source.py" line="30" />
      <source>The KMZ archive '{name}' holds no .kml file.</source>
      <translation>أرشيف KMZ '{name}' لا يحوي أي ملف .kml.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="217" />
      <source>The PDF prints the strike table on landscape pages, in {n} parts: its columns do not fit one page.</source>
      <translation>يطبع ملف PDF جدول الضربات على صفحات أفقية، في {n} أجزاء: أعمدته لا تتسع لصفحة واحدة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="224" />
      <source>The PDF prints the strike table on landscape pages.</source>
      <translation>يطبع ملف PDF جدول الضربات على صفحات أفقية.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="184" />
      <source>The animation cannot be written: {reason}.</source>
      <translation>لا يمكن كتابة التحريك: {reason}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="278" />
      <source>The charts' Arabic text is drawn letter by letter: install the Python packages arabic-reshaper and python-bidi into the Python QGIS uses (on Debian: apt install python3-arabic-reshaper python3-bidi) and write the report again.</source>
      <translation>يُرسم النص العربي في المخططات حرفًا حرفًا: ثبّت حزمتي Python ‏arabic-reshaper و python-bidi في Python الذي يستخدمه QGIS (على Debian: apt install python3-arabic-reshaper python3-bidi) ثم أعد كتابة التقرير.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/html_report.py" line="209" />
      <source>The columns do not fit one page: the table is printed in {total} parts, with the strikes in the same order in each.</source>
      <translation>الأعمدة لا تتسع لصفحة واحدة: طُبع الجدول في {total} أجزاء، والضربات بالترتيب نفسه في كل جزء.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="129" />
      <location filename="../plugin/processing/nearest/request.py" line="132" />
      <source>The control layer</source>
      <translation>طبقة السيطرة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="202" />
      <location filename="../plugin/processing/nearest/request.py" line="120" />
      <source>The control layer could not be opened.</source>
      <translation>تعذّر فتح طبقة السيطرة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/local.py" line="58" />
      <source>The control layer has no usable geometry (all are empty or NULL).</source>
      <translation>لا تحتوي طبقة السيطرة أي شكل هندسي صالح للاستخدام (كلها فارغة أو NULL).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="150" />
      <location filename="../plugin/processing/nearest/request.py" line="151" />
      <source>The control layer is the 'lines to nearest territory' output of an earlier run, not a control map: choose the territorial control layer (polygons, front lines or town points) the strikes were analysed against.</source>
      <translation>طبقة السيطرة هي مخرج «خطوط إلى أقرب منطقة» من تشغيل سابق، وليست خريطة سيطرة: اختر طبقة السيطرة على الأراضي (مضلعات أو خطوط جبهة أو نقاط بلدات) التي حُللت الضربات مقابلها.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="97" />
      <source>The file is not UTF-8 (from line {line}) and does not read as Western European Windows-1252 text either; it may be Arabic (windows-1256) or Cyrillic (windows-1251). Re-save it as UTF-8 (in Excel: 'CSV UTF-8'), or set ENCODING to the file's encoding.</source>
      <translation>الملف ليس بترميز UTF-8 (ابتداءً من السطر {line}) ولا يُقرأ أيضًا نصًا بترميز Windows-1252 لأوروبا الغربية؛ ربما يكون بالعربية (windows-1256) أو بالسيريلية (windows-1251). أعد حفظه بترميز UTF-8 (في Excel: 'CSV UTF-8')، أو اضبط ENCODING على ترميز الملف.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="133" />
      <source>The file is not valid {encoding}: line {line} holds bytes it cannot have. Check the ENCODING setting or leave it empty to detect it.</source>
      <translation>الملف ليس نصًا صالحًا بترميز {encoding}: يحتوي السطر {line} بايتات لا يمكن أن تكون فيه. تحقق من إعداد ENCODING أو اتركه فارغًا ليُكتشف.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="82" />
      <source>The file mixes UTF-8 with another encoding (line {line} is not UTF-8 while other lines are), so no single encoding reads it correctly. Re-save it as UTF-8 (in Excel: 'CSV UTF-8').</source>
      <translation>يخلط الملف بين UTF-8 وترميز آخر (السطر {line} ليس UTF-8 بينما أسطر أخرى كذلك)، فلا يقرؤه أي ترميز واحد قراءة صحيحة. أعد حفظه بترميز UTF-8 (في Excel: 'CSV UTF-8').</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="35" />
      <source>The file {path} cannot be read: {error}</source>
      <translation>تعذّرت قراءة الملف {path}: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="315" />
      <source>The file {path} has no header row.</source>
      <translation>الملف {path} ليس فيه سطر ترويسة.</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="265" />
      <source>The file {path} is empty.</source>
      <translation>الملف {path} فارغ.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="334" />
      <source>The first {shown} of {total} strikes; the analysed layer holds every one.</source>
      <translation>أول {shown} من أصل {total} ضربة؛ الطبقة المحللة تحتويها كلها.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="104" />
      <source>The input could not be opened. Choose a layer, or a CSV, GeoJSON, GeoPackage, Shapefile, KML/KMZ or XLSX file.</source>
      <translation>تعذّر فتح المُدخل. اختر طبقة، أو ملف CSV أو GeoJSON أو GeoPackage أو Shapefile أو KML/KMZ أو XLSX.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="172" />
      <source>The input layer has no coordinate reference system, so its points cannot be placed. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>طبقة المُدخل بلا نظام إحداثيات مرجعي، فلا يمكن وضع نقاطها. اضبط نظام إحداثيات الطبقة (خصائص الطبقة &gt; المصدر) ثم شغّل مجددًا.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="144" />
      <source>The layer is not in the project, so nothing visible changes; set QML_FILE to keep the style in a file.</source>
      <translation>الطبقة ليست في المشروع، لذا لن يتغير شيء مرئي؛ اضبط QML_FILE لحفظ النمط في ملف.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="118" />
      <source>The layer to style could not be opened.</source>
      <translation>تعذّر فتح الطبقة المراد تنسيقها.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="195" />
      <source>The layer's geometry is not points: positions come from its columns.</source>
      <translation>الشكل الهندسي للطبقة ليس نقاطًا: المواقع مأخوذة من أعمدتها.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="151" />
      <source>The legend names no colours; give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>لا يذكر المفتاح أي لون؛ حدّد لون كل فصيل، مثلًا #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="331" />
      <source>The map cannot be made: {reason}.</source>
      <translation>تعذّر إنشاء الخريطة: {reason}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="134" />
      <source>The map image could not be opened.</source>
      <translation>تعذّر فتح صورة الخريطة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="98" />
      <source>The map's date is before the control map's first snapshot: the first one, {date}, is drawn.</source>
      <translation>تاريخ الخريطة يسبق أول لقطة لخريطة السيطرة: تُرسم اللقطة الأولى، {date}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="263" />
      <source>The report could not be written: {error}</source>
      <translation>تعذّرت كتابة التقرير: {error}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/workbook_input.py" line="91" />
      <source>The sheet '{sheet}' of {name} holds no cells: there is nothing to import.</source>
      <translation>لا خلايا في الورقة «{sheet}» من {name}: لا شيء للاستيراد.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="233" />
      <source>The sheet's first row is read as its column names: {names}.</source>
      <translation>يُقرأ الصف الأول من الورقة أسماءً للأعمدة: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="128" />
      <source>The strike layer</source>
      <translation>طبقة الضربات</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_content.py" line="34" />
      <source>The strike layer '{layer}' has no field {fields}, so the finding about {target} cannot be written. Use the output of strikecheck:nearestfaction as STRIKES, or leave TARGET_FACTION empty.</source>
      <translation>طبقة الضربات «{layer}» لا تحتوي الحقل {fields}، لذا لا يمكن كتابة الخلاصة بشأن {target}. استخدم ناتج strikecheck:nearestfaction بوصفه STRIKES، أو اترك TARGET_FACTION فارغًا.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="253" />
      <source>The strike layer '{layer}' has no field {fields}: run strikecheck:nearestfaction with faction '{target}' and report on its output, or leave TARGET_FACTION empty.</source>
      <translation>طبقة الضربات «{layer}» لا تحتوي الحقل {fields}: شغّل strikecheck:nearestfaction مع الفصيل «{target}» وأعدّ التقرير عن ناتجه، أو اترك TARGET_FACTION فارغًا.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="366" />
      <source>The strike layer '{layer}' is empty: there is nothing to map.</source>
      <translation>طبقة الضربات «{layer}» فارغة: لا يوجد ما يُرسم على الخريطة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="232" />
      <source>The strike layer '{layer}' is empty: there is nothing to report.</source>
      <translation>طبقة الضربات «{layer}» فارغة: لا يوجد ما يُكتب عنه تقرير.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="364" />
      <location filename="../plugin/processing/algorithms/report.py" line="230" />
      <location filename="../plugin/processing/nearest/request.py" line="118" />
      <source>The strike layer could not be opened.</source>
      <translation>تعذّر فتح طبقة الضربات.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="122" />
      <location filename="../plugin/processing/nearest/request.py" line="123" />
      <source>The strike layer must hold points, but it holds lines or polygons. Convert it first, e.g. with 'Centroids' or 'Point on surface'.</source>
      <translation>يجب أن تحتوي طبقة الضربات نقاطًا، لكنها تحتوي خطوطًا أو مضلعات. حوّلها أولًا، مثلًا بأداة «المراكز الهندسية» أو «نقطة على السطح».</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="52" />
      <source>The strikes have no 'confidence' field: all drawn as unrated.</source>
      <translation>لا تحتوي الضربات حقل 'confidence': رُسمت كلها على أنها غير مصنّفة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_control.py" line="105" />
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (strikecheck:exportmap with SERIES 'snapshot' gives one page per snapshot; or filter the strikes by date, or set exportmap's CONTROL_DATE) to compare like with like.</source>
      <translation>تمتد الضربات على {n} لقطات للسيطرة (من {first} إلى {last})، لكن الخريطة ترسم لقطة {date} وحدها: تظهر ضربات الفترات الأخرى فوق خريطة سيطرة لم تكن سارية في يومها. ارسم كل فترة على حدة (يعطي strikecheck:exportmap مع SERIES 'snapshot' صفحة لكل لقطة؛ أو رشِّح الضربات حسب التاريخ، أو حدّد CONTROL_DATE في exportmap) لتقارن المتماثل بالمتماثل.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="234" />
      <source>The strikes' dates run from {first} to {last}: too long a span for a chart over time. Check the strikes' date field.</source>
      <translation>تمتد تواريخ الضربات من {first} إلى {last}: مدة أطول من أن يُرسم لها مخطط زمني. تحقق من حقل تاريخ الضربات.</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="120" />
      <source>The workbook '{name}' has no sheets.</source>
      <translation>لا أوراق في المصنّف «{name}».</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="60" />
      <location filename="../plugin/processing/nearest/reporting.py" line="61" />
      <source>Time-aware: control snapshots from '{control}', strike dates from '{strike}'; strikes before the first snapshot or undated: {rule}.</source>
      <translation>تحليل زمني: لقطات السيطرة من «{control}»، وتواريخ الضربات من «{strike}»؛ الضربات السابقة لأول لقطة أو غير المؤرخة: {rule}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/export_map.py" line="169" />
      <location filename="../plugin/processing/algorithms/report.py" line="122" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="44" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="98" />
      <source>Town control over time</source>
      <translation>السيطرة على البلدات عبر الزمن</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="120" />
      <source>Unknown encoding '{encoding}'; use a name such as utf-8, windows-1252, windows-1256 (Arabic) or windows-1251 (Cyrillic), or leave it empty to detect it.</source>
      <translation>ترميز غير معروف «{encoding}»؛ استخدم اسمًا مثل utf-8 أو windows-1252 أو windows-1256 (العربية) أو windows-1251 (السيريلية)، أو اتركه فارغًا ليُكتشف.</translation>
    </message>
    <message>
      <location filename="../plugin/core/image_legend.py" line="81" />
      <source>Unknown legend palette '{name}'; use one of {names}, or give each faction's colour, e.g. #e8707e=regime;#6db35a=rebel.</source>
      <translation>لوحة ألوان المفتاح '{name}' غير معروفة؛ استخدم إحدى اللوحات {names}، أو حدّد لون كل فصيل، مثلًا #e8707e=regime;#6db35a=rebel.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control.py" line="118" />
      <source>Valid-from date field (optional)</source>
      <translation>حقل تاريخ بدء السريان (اختياري)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/faction_table.py" line="30" />
      <source>Value in layer</source>
      <translation>القيمة في الطبقة</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="154" />
      <source>WKT or 'lat, lon' text column (empty: find it)</source>
      <translation>عمود نص WKT أو 'lat, lon' (فارغ: يُبحث عنه)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="79" />
      <source>What the layer holds (control, strikes, results or lines)</source>
      <translation>ما تحتويه الطبقة (control أو strikes أو results أو lines)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="161" />
      <source>Who held the ground where each strike landed, per the control map.</source>
      <translation>من كان يسيطر على الأرض حيث سقطت كل ضربة، وفق خريطة السيطرة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/control_from_image.py" line="104" />
      <source>Widest overprint bridged, half-width in pixels</source>
      <translation>أقصى عرض للعناصر المرسومة فوق الخريطة التي تُسَدّ، نصف العرض بالبكسل</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="23" />
      <source>Write strike report</source>
      <translation>كتابة تقرير الضربات</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_strikes.py" line="376" />
      <source>Writing {n} strikes...</source>
      <translation>كتابة {n} ضربة...</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="253" />
      <source>Wrote {n} numbered files, {first} to {last}.</source>
      <translation>كُتب {n} ملفًا مرقّمًا، من {first} إلى {last}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="250" />
      <source>Wrote {path}</source>
      <translation>كُتب {path}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="357" />
      <source>a line needs two coordinate pairs or more, it has {count}</source>
      <translation>يحتاج الخط إلى زوجين من الإحداثيات أو أكثر، ولديه {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="226" />
      <source>a mixed class has no label.</source>
      <translation>فئة مختلطة بلا تسمية.</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="288" />
      <source>a point needs one coordinate pair, it has {count}</source>
      <translation>تحتاج النقطة إلى زوج إحداثيات واحد، ولديها {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="298" />
      <source>a polygon without an outer boundary</source>
      <translation>مضلع بلا حد خارجي</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="370" />
      <source>a ring needs three distinct corners, it has {count}</source>
      <translation>تحتاج الحلقة إلى ثلاث زوايا متمايزة، ولديها {count}</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="103" />
      <source>a zip archive without a workbook part</source>
      <translation>أرشيف zip بلا جزء مصنّف</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="311" />
      <source>an empty MultiGeometry</source>
      <translation>MultiGeometry فارغة</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="337" />
      <source>coordinates '{item}' are not 'longitude,latitude'</source>
      <translation>الإحداثيات '{item}' ليست بصيغة 'خط الطول,خط العرض'</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="344" />
      <source>coordinates '{item}' are outside longitude -180..180, latitude -90..90</source>
      <translation>الإحداثيات '{item}' خارج خط الطول -180..180 وخط العرض -90..90</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="44" />
      <source>day first (dd/mm/yyyy)</source>
      <translation>اليوم أولًا (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="294" />
      <source>default_palette '{palette}' is not one of 'palettes'.</source>
      <translation>default_palette «{palette}» ليست من 'palettes'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="129" />
      <location filename="../plugin/core/coordinates.py" line="149" />
      <source>empty geometry '{value}'</source>
      <translation>شكل هندسي فارغ «{value}»</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="183" />
      <source>every entry of 'factions' must be an object.</source>
      <translation>يجب أن يكون كل مدخل في 'factions' كائنًا.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="222" />
      <source>every entry of 'mixed' must be an object.</source>
      <translation>يجب أن يكون كل مدخل في 'mixed' كائنًا.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="195" />
      <source>faction '{code}' has no label.</source>
      <translation>الفصيل «{code}» بلا تسمية.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="188" />
      <source>faction code '{code}' must be lower-case letters, digits and '_', starting with a letter.</source>
      <translation>يجب أن يتكون رمز الفصيل «{code}» من أحرف لاتينية صغيرة وأرقام و'_'، وأن يبدأ بحرف.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="302" />
      <source>faction code(s) {codes} appear more than once.</source>
      <translation>رمز أو رموز الفصائل {codes} مكررة.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="188" />
      <location filename="../plugin/processing/map_styles.py" line="38" />
      <source>faction names</source>
      <translation>أسماء الفصائل</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="309" />
      <source>fallback colour '{colour}' is not #rrggbb.</source>
      <translation>اللون الاحتياطي «{colour}» ليس بالصيغة #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="77" />
      <source>feature {fid}</source>
      <translation>المعلم {fid}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="277" />
      <source>geometries nested too deeply</source>
      <translation>أشكال هندسية متداخلة بعمق مفرط</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="136" />
      <source>geometry is a {kind}, not a point: '{value}'</source>
      <translation>الشكل الهندسي {kind} وليس نقطة: «{value}»</translation>
    </message>
    <message>
      <location filename="../plugin/styling/labels.py" line="88" />
      <source>in {name} territory</source>
      <translation>داخل أراضي {name}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="110" />
      <source>km</source>
      <translation>كم</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="111" />
      <source>km to front</source>
      <translation>كم إلى الجبهة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="44" />
      <source>km to nearest other</source>
      <translation>كم إلى أقرب فصيل آخر</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="47" />
      <source>km to target</source>
      <translation>كم إلى الهدف</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="120" />
      <source>km to the nearest {name} territory</source>
      <translation>كم إلى أقرب أراضٍ تحت سيطرة {name}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_table.py" line="45" />
      <source>km to {f}</source>
      <translation>كم إلى {f}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="109" />
      <source>km to {name}</source>
      <translation>كم إلى {name}</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="204" />
      <source>latitude {value} outside -90..90</source>
      <translation>خط العرض {value} خارج -90..90</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="130" />
      <source>line</source>
      <translation>خط</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="75" />
      <source>line {line}</source>
      <translation>السطر {line}</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="206" />
      <source>longitude {value} outside -180..180</source>
      <translation>خط الطول {value} خارج -180..180</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="113" />
      <source>median {km} km</source>
      <translation>الوسيط {km} كم</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="231" />
      <source>mixed class '{label}' must name at least two faction codes of this preset as members (unknown: {unknown}).</source>
      <translation>يجب أن تسمّي الفئة المختلطة «{label}» عضوين على الأقل من رموز فصائل هذا الإعداد المسبق (غير المعروفة: {unknown}).</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="171" />
      <source>month</source>
      <translation>شهر</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="45" />
      <source>month first (mm/dd/yyyy)</source>
      <translation>الشهر أولًا (mm/dd/yyyy)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="143" />
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="192" />
      <location filename="../plugin/core/dates.py" line="210" />
      <source>no date in '{value}'</source>
      <translation>لا تاريخ في «{value}»</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="213" />
      <source>no date in '{value}' read {order}</source>
      <translation>لا تاريخ في «{value}» عند قراءته بترتيب: {order}</translation>
    </message>
    <message>
      <location filename="../plugin/core/dates.py" line="189" />
      <source>no date in '{value}': write the year with four digits</source>
      <translation>لا تاريخ في «{value}»: اكتب السنة بأربعة أرقام</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="119" />
      <source>no geometry</source>
      <translation>لا شكل هندسي</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="174" />
      <source>no position</source>
      <translation>لا موقع</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="190" />
      <source>no position in '{value}' (expected 'lat, lon' or WKT such as 'POINT (lon lat)')</source>
      <translation>لا موقع في «{value}» (المتوقع 'lat, lon' أو WKT مثل 'POINT (lon lat)')</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="17" />
      <source>no snapshot</source>
      <translation>بلا لقطة</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="71" />
      <location filename="../plugin/core/coordinates.py" line="77" />
      <location filename="../plugin/core/coordinates.py" line="81" />
      <source>no {axis}</source>
      <translation>لا قيمة لـ {axis}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/request.py" line="135" />
      <location filename="../plugin/processing/styling_base.py" line="85" />
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="../plugin/core/workbook.py" line="97" />
      <source>not a zip archive</source>
      <translation>ليس أرشيف zip</translation>
    </message>
    <message>
      <location filename="../plugin/layouts/texts.py" line="76" />
      <source>not stated</source>
      <translation>غير مذكور</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="169" />
      <source>placemark '{name}': its geometry is a {found}, but this import keeps the file's {kept} geometries; give INPUT '{file}|geometrytype={type}' to import those</source>
      <translation>العلامة '{name}': هندستها من نوع {found}، لكن هذا الاستيراد يحتفظ بهندسات الملف من نوع {kept}؛ أعطِ INPUT '{file}|geometrytype={type}' لاستيراد تلك</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="111" />
      <source>placemark '{name}': {reason}</source>
      <translation>العلامة '{name}': {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="129" />
      <source>point</source>
      <translation>نقطة</translation>
    </message>
    <message>
      <location filename="../plugin/core/kml.py" line="131" />
      <source>polygon</source>
      <translation>مضلع</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="208" />
      <source>position 0, 0 (a common placeholder for a missing position)</source>
      <translation>الموقع 0، 0 (قيمة شائعة تُوضع مكان الموقع المفقود)</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="211" />
      <source>position {lat}, {lon} (lat, lon) outside the expected area</source>
      <translation>الموقع {lat}، {lon} (lat, lon) خارج المنطقة المتوقعة</translation>
    </message>
    <message>
      <location filename="../plugin/core/text_tables.py" line="303" />
      <source>row has {n} values but the header has {width} columns (a value holding the delimiter without quotes?)</source>
      <translation>في الصف {n} قيم لكن الترويسة فيها {width} أعمدة (قيمة تحتوي الفاصل دون علامات اقتباس؟)</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="284" />
      <source>schema {schema} is not supported (expected {expected}).</source>
      <translation>المخطط {schema} غير مدعوم (المتوقع {expected}).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="159" />
      <source>series</source>
      <translation>سلسلة</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="176" />
      <source>strikes</source>
      <translation>الضربات</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="269" />
      <source>style colour '{colour}' is given to both '{first}' and '{second}'.</source>
      <translation>لون النمط '{colour}' مُسند إلى '{first}' و'{second}' معًا.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="42" />
      <source>the controlling faction</source>
      <translation>الفصيل المسيطر</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="237" />
      <source>the controlling faction (run strikecheck:nearestfaction)</source>
      <translation>الفصيل المسيطر (شغّل strikecheck:nearestfaction)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="218" />
      <location filename="../plugin/processing/map_styles.py" line="56" />
      <source>the distance in km</source>
      <translation>المسافة بالكيلومتر</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="55" />
      <source>the faction of each line</source>
      <translation>فصيل كل خط</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="332" />
      <location filename="../plugin/core/presets.py" line="335" />
      <location filename="../plugin/core/presets.py" line="366" />
      <source>the file cannot be read ({error}).</source>
      <translation>تعذّرت قراءة الملف ({error}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="280" />
      <source>the file must hold one JSON object.</source>
      <translation>يجب أن يحتوي الملف كائن JSON واحدًا.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="181" />
      <source>the labels</source>
      <translation>التسميات</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="192" />
      <source>the place status</source>
      <translation>حالة المكان</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/tables.py" line="61" />
      <source>the point cannot be transformed from the layer's CRS to WGS84</source>
      <translation>تعذّر تحويل النقطة من نظام إحداثيات الطبقة إلى WGS84</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/apply_style.py" line="184" />
      <source>the reporting confidence (high/low)</source>
      <translation>موثوقية البلاغ (high/low)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_styles.py" line="27" />
      <source>the strike labels</source>
      <translation>تسميات الضربات</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/report.py" line="158" />
      <source>the strike names</source>
      <translation>أسماء الضربات</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_help.py" line="12" />
      <source>the table of the event dataset recognised (see Event datasets below)</source>
      <translation>جدول مجموعة بيانات الأحداث التي تم التعرف عليها (انظر مجموعات بيانات الأحداث أدناه)</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="89" />
      <source>time_precision values ACLED does not define, read as exact dates: {values}.</source>
      <translation>قيم time_precision التي لا يعرّفها ACLED، قُرئت تواريخَ دقيقة: {values}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/breakdown.py" line="17" />
      <source>undated</source>
      <translation>بلا تاريخ</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="146" />
      <source>unreadable WKT '{value}'</source>
      <translation>WKT غير مقروء «{value}»</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="171" />
      <source>week starting (Monday)</source>
      <translation>الأسبوع الذي يبدأ (يوم الاثنين)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="143" />
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="89" />
      <source>{axis} '{value}' carries the hemisphere letter of the other axis</source>
      <translation>{axis} «{value}» يحمل حرف نصف الكرة الخاص بالمحور الآخر</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="95" />
      <source>{axis} '{value}' has both a minus sign and a hemisphere letter</source>
      <translation>{axis} «{value}» فيه إشارة سالب وحرف نصف كرة معًا</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="73" />
      <location filename="../plugin/core/coordinates.py" line="118" />
      <source>{axis} '{value}' is not a number</source>
      <translation>{axis} «{value}» ليس رقمًا</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="85" />
      <source>{code}: {names} features by name, {colours} by style colour.</source>
      <translation>{code}: {names} من المعالم بالاسم، و{colours} بلون النمط.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/kml_input.py" line="143" />
      <source>{file}: {count} placemarks read, from every folder, with their ExtendedData.</source>
      <translation>{file}: قُرئت {count} علامة من كل المجلدات، مع بيانات ExtendedData الخاصة بها.</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="269" />
      <source>{inside} of {total} positions fall in the expected area as written, {n} with latitude and longitude exchanged</source>
      <translation>من أصل {total} موقعًا يقع {inside} في المنطقة المتوقعة كما كُتبت، و{n} بعد تبادل خط العرض وخط الطول</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="83" />
      <source>{kept} of {judged} conclusions survive the location uncertainty (one faction holds every possible position)</source>
      <translation>{kept} من أصل {judged} خلاصات تصمد أمام عدم اليقين في الموقع (فصيل واحد يسيطر على كل المواقع المحتملة)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="166" />
      <location filename="../plugin/processing/nearest/reporting.py" line="167" />
      <source>{kept} of {n} strikes with a known precision are held by one faction across their whole uncertainty disc.</source>
      <translation>من أصل {n} ضربة معروفة الدقة، تقع {kept} تحت سيطرة فصيل واحد في كامل دائرة عدم اليقين.</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="54" />
      <source>{km} km</source>
      <translation>{km} كم</translation>
    </message>
    <message>
      <location filename="../plugin/styling/labels.py" line="80" />
      <location filename="../plugin/styling/labels.py" line="81" />
      <source>{km} km to {name}</source>
      <translation>{km} كم إلى {name}</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/crs.py" line="17" />
      <source>{label} has no coordinate reference system, so its positions cannot be measured. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>{label} بلا نظام إحداثيات مرجعي، فلا يمكن قياس مواقعها. اضبط نظام إحداثيات الطبقة (خصائص الطبقة &gt; المصدر) ثم شغّل مجددًا.</translation>
    </message>
    <message>
      <location filename="../plugin/layer_io/crs.py" line="45" />
      <source>{label} is in degrees ({crs}) but its coordinates reach {x}, {y}, which no place has: they are probably metres of a projected CRS (UTM, say) with the CRS missing or wrong. Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
      <translation>{label} بالدرجات ({crs}) لكن إحداثياته تبلغ {x}، {y}، وهذا ما لا يبلغه أي مكان: الأرجح أنها أمتار لنظام إحداثيات مُسقَط (مثل UTM) ونظام الإحداثيات مفقود أو خاطئ. عيّن نظام إحداثيات الطبقة (خصائص الطبقة &gt; المصدر) وأعد التشغيل.</translation>
    </message>
    <message>
      <location filename="../plugin/database/layers.py" line="47" />
      <source>{label} is in {crs}, not on the WGS84 datum: QGIS and PostGIS may transform it differently</source>
      <translation>{label} بنظام {crs}، لا على مرجع WGS84: قد يحوّلها QGIS وPostGIS بطريقتين مختلفتين</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="57" />
      <source>{low}-{high} km (median {median} km)</source>
      <translation>يتراوح بين {low} و{high} كم (الوسيط {median} كم)</translation>
    </message>
    <message>
      <location filename="../plugin/processing/base.py" line="146" />
      <source>{name} would have {count} columns; a GeoPackage table holds at most {limit}. Write {name} to a GeoJSON file (.geojson), which has no such limit, or keep fewer columns.</source>
      <translation>سيكون في {name} عدد {count} من الأعمدة؛ يتسع جدول GeoPackage لـ {limit} عمودًا على الأكثر. اكتب {name} في ملف GeoJSON (.geojson) الذي لا يخضع لهذا الحد، أو أبقِ أعمدة أقل.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="127" />
      <source>{n} changes of control kept ({same} repeats left out).</source>
      <translation>حُفظ {n} من تغيّرات السيطرة (تُرك {same} من التكرارات).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="107" />
      <location filename="../plugin/processing/nearest/reporting.py" line="108" />
      <source>{n} control features with an empty or NULL geometry were skipped.</source>
      <translation>تُجوهلت معالم سيطرة ذات شكل هندسي فارغ أو NULL، عددها {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="113" />
      <location filename="../plugin/processing/nearest/reporting.py" line="114" />
      <source>{n} control features with no faction value were skipped.</source>
      <translation>تُجوهلت معالم سيطرة بلا قيمة للفصيل، عددها {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="101" />
      <source>{n} control snapshots used.</source>
      <translation>عدد لقطات السيطرة المستخدمة: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="93" />
      <location filename="../plugin/processing/nearest/reporting.py" line="94" />
      <source>{n} different faction values in field '{field}', each measured into a field of its own: is it the field that names who holds the ground? Choose another FACTION_FIELD, or import the map with strikecheck:importcontrol first.</source>
      <translation>{n} قيمة فصيل مختلفة في الحقل '{field}'، تُقاس كل منها في حقل خاص بها: هل هذا هو الحقل الذي يسمّي من يسيطر على الأرض؟ اختر FACTION_FIELD آخر، أو استورد الخريطة أولًا عبر strikecheck:importcontrol.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_input.py" line="148" />
      <source>{n} empty rows (only delimiters) skipped.</source>
      <translation>تُجوهلت صفوف فارغة (فواصل فقط) عددها {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/charts.py" line="127" />
      <source>{n} farther than {km} km →</source>
      <translation>{n} أبعد من {km} كم →</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_history.py" line="244" />
      <source>{n} features from {files} snapshots written.</source>
      <translation>كُتب {n} من المعالم من {files} لقطات.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="140" />
      <source>{n} features have a date that cannot be read, valid_from NULL: {list}</source>
      <translation>معالم تاريخها غير مقروء، عددها {n}، وقيمة valid_from فيها NULL: {list}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="179" />
      <source>{n} features have no geometry: kept, with NULL geometry.</source>
      <translation>معالم بلا شكل هندسي، عددها {n}: أُبقيت بشكل هندسي NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="130" />
      <source>{n} features have no value in '{field}': kept with faction NULL.</source>
      <translation>معالم بلا قيمة في «{field}»، عددها {n}: أُبقيت والفصيل NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="95" />
      <source>{n} features imported; factions: {counts}.</source>
      <translation>عدد المعالم المستوردة: {n}؛ الفصائل: {counts}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="167" />
      <source>{n} features left out: they are not of the map's geometry type ({kind}; a layer holds one): {counts}. Import them as a layer of their own, e.g. INPUT 'file|geometrytype=Point'.</source>
      <translation>تُرك {n} من المعالم: ليست من نوع الشكل الهندسي للخريطة ({kind}؛ الطبقة تضم نوعًا واحدًا): {counts}. استوردها طبقةً مستقلة، مثل INPUT 'file|geometrytype=Point'.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="157" />
      <source>{n} geometries were empty after repair, kept as NULL: features {ids}.</source>
      <translation>أشكال هندسية أصبحت فارغة بعد الإصلاح، عددها {n}، أُبقيت NULL: المعالم {ids}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="103" />
      <location filename="../plugin/processing/nearest/reporting.py" line="104" />
      <source>{n} invalid control geometries were repaired in memory.</source>
      <translation>أُصلحت في الذاكرة أشكال هندسية غير صالحة في طبقة السيطرة، عددها {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/control_input.py" line="151" />
      <source>{n} invalid geometries repaired (the input layer is unchanged).</source>
      <translation>أُصلحت أشكال هندسية غير صالحة، عددها {n} (طبقة المُدخل لم تتغير).</translation>
    </message>
    <message>
      <location filename="../plugin/core/coordinates.py" line="257" />
      <source>{n} of {total} latitudes are beyond ±90 while every longitude is within ±90</source>
      <translation>{n} من أصل {total} خط عرض تتجاوز ±90 بينما كل خطوط الطول ضمن ±90</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="135" />
      <source>{n} page(s) span a change of the control map (the first: {date}); each is drawn over the snapshot in force on its last day. SERIES 'snapshot' draws every strike over the map in force on its day.</source>
      <translation>عدد الصفحات التي تمتد عبر تغيّر في خريطة السيطرة: {n} (أولها: {date})؛ تُرسم كل منها فوق اللقطة السارية في يومها الأخير. يرسم SERIES 'snapshot' كل ضربة فوق الخريطة السارية في يومها.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="65" />
      <source>{n} period(s) without a dated strike have no page.</source>
      <translation>عدد الفترات التي لا تحتوي ضربة مؤرخة وليس لها صفحة: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="65" />
      <source>{n} rows imported, {m} rejected (see ERRORS).</source>
      <translation>عدد الصفوف المستوردة: {n}، والمرفوضة: {m} (انظر ERRORS).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/strike_output.py" line="71" />
      <source>{n} rows left out by the filter expression.</source>
      <translation>عدد الصفوف التي استبعدها تعبير التصفية: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/algorithms/import_control_table.py" line="120" />
      <source>{n} rows or dates could not be read and were left out: {list}</source>
      <translation>{n} من الصفوف أو التواريخ تعذرت قراءتها وتُركت: {list}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/build.py" line="222" />
      <source>{n} strike(s) farther than {km} km are beyond the chart's right edge (the farthest {top} km).</source>
      <translation>{n} ضربة (ضربات) أبعد من {km} كم تقع خارج الحافة اليمنى للرسم (أبعدها على {top} كم).</translation>
    </message>
    <message>
      <location filename="../plugin/processing/map_series.py" line="130" />
      <source>{n} strike(s) have no date and are on no page of the series.</source>
      <translation>عدد الضربات التي ليس لها تاريخ ولا تظهر في أي صفحة من السلسلة: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="43" />
      <source>{n} strike: {k} in {label} territory</source>
      <translation>{n} ضربة: {k} في أراضٍ {label}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="47" />
      <source>{n} strike: {k} in {label}-held territory</source>
      <translation>عدد الضربات {n}: {k} منها داخل أراضٍ تحت سيطرة {label}</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="325" />
      <source>{n} strike_id values appear more than once: {values}.</source>
      <translation>قيم strike_id مكررة، عددها {n}: {values}.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="133" />
      <location filename="../plugin/processing/nearest/reporting.py" line="134" />
      <source>{n} strikes analysed against {k} factions: {held} inside a faction's territory, {free} outside all of them.</source>
      <translation>عدد الضربات المحللة: {n}، وعدد الفصائل: {k}؛ منها {held} داخل أراضي فصيل ما، و{free} خارجها جميعًا.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="145" />
      <location filename="../plugin/processing/nearest/reporting.py" line="146" />
      <source>{n} strikes are dated before the first control snapshot and were measured against it (SNAPSHOT_RULE 'nearest'; 'skip' leaves them unanswered): the map may not show who held the ground on their day.</source>
      <translation>{n} ضربة مؤرخة قبل أول لقطة لخريطة السيطرة وقيست بالنسبة إليها (SNAPSHOT_RULE 'nearest'؛ و'skip' يتركها بلا جواب): قد لا تُظهر الخريطة من كان يسيطر على الأرض في يومها.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_dates.py" line="118" />
      <source>{n} strikes are dated over more than one day (date to '{column}'): date is the first day, date_end the last.</source>
      <translation>{n} ضربات مؤرخة على أكثر من يوم (من date إلى '{column}'): date هو اليوم الأول وdate_end الأخير.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_import.py" line="285" />
      <source>{n} strikes have an empty date: imported with date NULL.</source>
      <translation>ضربات تاريخها فارغ، عددها {n}: استُوردت بتاريخ NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="173" />
      <location filename="../plugin/processing/nearest/reporting.py" line="174" />
      <source>{n} strikes have an empty or NULL geometry: kept in the output with NULL results.</source>
      <translation>ضربات ذات شكل هندسي فارغ أو NULL، عددها {n}: أُبقيت في الناتج بنتائج NULL.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="159" />
      <location filename="../plugin/processing/nearest/reporting.py" line="160" />
      <source>{n} strikes have no control snapshot to be measured against (SNAPSHOT_RULE=skip): NULL results, the reason in snapshot_note.</source>
      <translation>{n} ضربات ليس لها لقطة سيطرة تُقاس مقابلها (SNAPSHOT_RULE=skip): النتائج NULL، والسبب في snapshot_note.</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="45" />
      <source>{n} strikes: {k} in {label} territory</source>
      <translation>{n} ضربات: {k} في أراضٍ {label}</translation>
    </message>
    <message>
      <location filename="../plugin/core/summary.py" line="49" />
      <source>{n} strikes: {k} in {label}-held territory</source>
      <translation>عدد الضربات {n}: {k} منها داخل أراضٍ تحت سيطرة {label}</translation>
    </message>
    <message>
      <location filename="../plugin/processing/nearest/reporting.py" line="153" />
      <location filename="../plugin/processing/nearest/reporting.py" line="154" />
      <source>{n} undated strikes were measured against the latest control snapshot.</source>
      <translation>{n} ضربة بلا تاريخ قيست بالنسبة إلى أحدث لقطة لخريطة السيطرة.</translation>
    </message>
    <message>
      <location filename="../plugin/core/pairs.py" line="19" />
      <source>{setting} entry '{entry}' is not of the form value=replacement; write pairs such as 'old=new;old=new', separated by ';'.</source>
      <translation>المدخل «{entry}» في {setting} ليس بالشكل قيمة=بديل؛ اكتب أزواجًا مثل 'old=new;old=new' مفصولة بـ ';'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/strike_positions.py" line="38" />
      <source>{setting} names column '{column}', which the input does not have; its columns are: {names}.</source>
      <translation>يسمّي {setting} العمود «{column}»، وهو غير موجود في المُدخل؛ أعمدته: {names}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="154" />
      <source>{what} has a colour for palette '{palette}', which the preset does not declare in 'palettes'.</source>
      <translation>لـ {what} لون في لوحة الألوان «{palette}»، التي لا يعلنها الإعداد المسبق في 'palettes'.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="164" />
      <source>{what} has colour '{colour}' for palette '{palette}'; write it as #rrggbb.</source>
      <translation>لـ {what} اللون «{colour}» في لوحة الألوان «{palette}»؛ اكتبه بالصيغة #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="174" />
      <source>{what} has no colour for palette '{palette}'.</source>
      <translation>ليس لـ {what} لون في لوحة الألوان «{palette}».</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="213" />
      <source>{what} has style colour '{colour}'; write it as #rrggbb.</source>
      <translation>لدى {what} لون النمط '{colour}'؛ اكتبه بالصيغة #rrggbb.</translation>
    </message>
    <message>
      <location filename="../plugin/core/presets.py" line="131" />
      <source>{what} must be a list of texts.</source>
      <translation>يجب أن يكون {what} قائمة نصوص.</translation>
    </message>
    <message>
      <source>Faction</source>
      <translation type="vanished">الفصيل</translation>
    </message>
    <message>
      <source>For every strike StrikeCheck finds the faction(s) whose territory on the control map contains it, and the geodesic distance (WGS84 ellipsoid) to the nearest point of each faction's territory; 0 km means inside. The control map's accuracy bounds the answer: a strike a few km from a front line may fall on either side of it. Where the strikes carry a location precision, each becomes a disc: the conclusion 'held by X' survives only when X holds the whole disc. 'km to front' is the distance to the nearest border between the controlling faction and another one (not the coast). A control map with dated snapshots is read at each strike's date.</source>
      <translation type="vanished">لكل ضربة يحدد StrikeCheck الفصيل أو الفصائل التي تحتويها أراضيها على خريطة السيطرة، والمسافة الجيوديسية (إهليلجي WGS84) إلى أقرب نقطة من أراضي كل فصيل؛ 0 كم تعني داخلها. دقة خريطة السيطرة تحدّ من دقة الجواب: ضربة على بعد بضعة كيلومترات من خط الجبهة قد تقع على أي من جانبيه. وحين تحمل الضربات دقة للموقع تصبح كل ضربة دائرة: لا تصمد الخلاصة «تحت سيطرة X» إلا إذا سيطر X على الدائرة كلها. «كم إلى الجبهة» هي المسافة إلى أقرب حدّ بين الفصيل المسيطر وفصيل آخر (لا الساحل). وتُقرأ خريطة السيطرة ذات اللقطات المؤرخة بتاريخ كل ضربة.</translation>
    </message>
    <message>
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (SERIES 'snapshot' gives one page per snapshot; or filter the strikes by date, or set CONTROL_DATE) to compare like with like.</source>
      <translation type="vanished">تمتد الضربات على {n} لقطات للسيطرة (من {first} إلى {last})، لكن الخريطة ترسم لقطة {date} وحدها: تظهر ضربات الفترات الأخرى فوق خريطة سيطرة لم تكن سارية في يومها. ارسم كل فترة على حدة (يعطي SERIES 'snapshot' صفحة لكل لقطة؛ أو رشِّح الضربات حسب التاريخ، أو حدّد CONTROL_DATE) لتقارن المتماثل بالمتماثل.</translation>
    </message>
    <message>
      <source>The strikes span {n} control snapshots ({first} to {last}), but the map draws only the one of {date}: strikes of other periods appear over a control map that was not in force on their day. Map each period apart (filter the strikes by date, or set CONTROL_DATE) to compare like with like.</source>
      <translation type="vanished">تمتد الضربات على {n} لقطات للسيطرة (من {first} إلى {last})، لكن الخريطة ترسم لقطة {date} وحدها: تظهر ضربات الفترات الأخرى فوق خريطة سيطرة لم تكن سارية في يومها. ارسم كل فترة على حدة (رشِّح الضربات حسب التاريخ، أو حدّد CONTROL_DATE) لتقارن المتماثل بالمتماثل.</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field and follows the title after a dash ('Strikes — 1 - 31 OCT 2022'). A long title shrinks, then wraps, to fit its frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: a time-aware control layer (dated snapshots in valid_from, as strikecheck:importcontrol writes them) is drawn as the snapshot in force on this day (YYYY-MM-DD): the latest valid_from on or before it, plus the undated features; empty: DATE when it is YYYY-MM-DD, else the latest strike date. The credits name it ('Control: DeepState, 1 OCT 2022') and the log warns when the strikes span several snapshots. Your layer is not changed: the map draws a filtered copy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;ينشئ خريطة جاهزة للنشر على طريقة خرائط النزاع لدى ISW: العنوان والتاريخ، والضربات برموز انفجار فوق السيطرة الميدانية، ومفتاح خريطة (KEY)، ومقياس رسم بالكيلومتر، وسهم الشمال، وخريطة مصغّرة تحدد موقع البلد، والخلاصة في جملة واحدة، والمصادر. حدود الدول وأسماؤها مأخوذة من خريطة العالم المرفقة مع QGIS: لا تنزيل. يُبنى التخطيط من resources/layouts/strikecheck_map.qpt، وما لم يُعطَّل ADD_TO_PROJECT يُضاف أيضًا إلى تخطيطات المشروع لتتمكن من تعديله قبل التصدير مجددًا.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: الضربات، ويُفضَّل أن تكون ناتج strikecheck:nearestfaction (وهو لازم لجملة الخلاصة). تُؤطَّر الخريطة عليها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;، &lt;b&gt;LINES&lt;/b&gt;: اختياريان؛ خريطة السيطرة والخطوط إلى أقرب أراضٍ. مع TARGET_FACTION لا تُرسم إلا الخطوط المتجهة إليه، ويشملها إطار الخريطة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: حقل الفصيل في طبقة السيطرة (الافتراضي 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: اختياري، مثل isis: تذكر الخلاصة عدد الضربات التي وقعت في أراضيه وبُعد الباقي عنه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (متقدم): الحقل الذي يسمّي كل ضربة على الخريطة؛ إن كان فارغًا: حقل اسمه site أو location أو name أو place أو town حين لا تتجاوز الضربات 40.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: الموثوقية (بلاغات High-/Low-Confidence كما لدى ISW) أو الفصيل المسيطر (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: تنسيق الطبقات بألوان الإعداد المسبق، كما يفعل strikecheck:applystyle (طبقة المشروع تحتفظ بالنمط الجديد؛ والبيانات لا تتغير أبدًا). عند تعطيله: تُستخدم أنماطك الخاصة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;، &lt;b&gt;DATE&lt;/b&gt;، &lt;b&gt;SUBTITLE&lt;/b&gt;: مثل 'Russian Airstrikes' و'30 SEPT 2015'؛ وإن كان DATE فارغًا يُقرأ من حقل تاريخ الضربات. التاريخ المقروء من الضربات يلي العنوان بعد شرطة ('Strikes — 1 - 31 OCT 2022'). العنوان الطويل يُصغَّر ثم يُقسَم على أسطر ليتسع في إطاره.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_DATE&lt;/b&gt;: طبقة السيطرة المؤرَّخة (لقطات مؤرَّخة في valid_from كما يكتبها strikecheck:importcontrol) تُرسم باللقطة السارية في هذا اليوم (YYYY-MM-DD): آخر valid_from في هذا اليوم أو قبله، مع المعالم غير المؤرَّخة؛ إن تُرك فارغًا: DATE إن كانت مكتوبة YYYY-MM-DD، وإلا فتاريخ آخر ضربة. يذكرها سطر المصادر ('Control: DeepState, 1 OCT 2022') وينبّه السجل حين تمتد الضربات على عدة لقطات. لا تتغير طبقتك: ترسم الخريطة نسخة مُرشَّحة منها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;، &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: سطر المصادر 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (الافتراضي: أسماء الطبقات)؛ ويضيف NOTE جملة تحت الخلاصة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; ‏A4 أو A3، &lt;b&gt;ORIENTATION&lt;/b&gt; أفقي أو عمودي، &lt;b&gt;DPI&lt;/b&gt; لصورة PNG، &lt;b&gt;PADDING&lt;/b&gt; حول الضربات بنسبة % من النطاق المؤطَّر.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: اختياري؛ بلد الخريطة المصغّرة (الافتراضي: البلد الذي يضم أكثر الضربات)، باسمه في خريطة العالم في QGIS، مثل Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (متقدم): ملف ‎.qpt خاص بك، مثل القالب المرفق بعد إعادة تنسيقه في مصمم التخطيط. يُعثر على العناصر بمعرّفاتها (title، subtitle، main_map، locator_map، legend، scalebar، north_arrow، summary، credits)؛ ويُستغنى عن المفقود منها، أما main_map فإلزامي. الخطوط والألوان والإطارات تبقى كما صممتها؛ والمواضع تتبع PAPER وORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (متقدم): الاحتفاظ بالتخطيط في المشروع أيضًا، مع الطبقات التي يعرضها (طبقات السياق من خريطة العالم في مجموعة 'StrikeCheck map'). لا مشروع في qgis_process: هناك تُكتب الملفات فقط.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;، &lt;b&gt;OUTPUT_PNG&lt;/b&gt;، &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: الملفات المراد كتابتها (أيٌّ منها).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: the strikes' field that names them in LINES (default: strike_id, event_id_cnty or id when present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's own id from STRIKE_ID_FIELD, else its feature id), strike_fid (its feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;لكل ضربة، يبيّن أي فصيل كان يسيطر على الأرض حيث سقطت، ويقيس المسافة الجيوديسية (إهليلجي WGS84، بدقة متر واحد) إلى أقرب أراضٍ لكل فصيل في خريطة السيطرة.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: طبقة نقاط الضربات (بأي نظام إحداثيات؛ خيار «المعالم المحددة فقط» يعمل). الضربة متعددة النقاط تقع تحت سيطرة كل فصيل يسيطر على أي من نقاطها؛ ومسافتها إلى فصيل هي مسافة أقرب نقاطها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: السيطرة الميدانية على شكل مضلعات أو خطوط جبهة أو نقاط سيطرة على البلدات (بأي نظام إحداثيات). تُصلح الأشكال الهندسية غير الصالحة في الذاكرة؛ ولا تُعدَّل الطبقة أبدًا.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: حقل CONTROL الذي يسمّي الفصيل. القيمة التي تجمع رموزًا بعلامة '+' (فئة مختلطة من «استيراد خريطة سيطرة»، مثل isis+jn+rebel) تُعدّ من أراضي كل عضو فيها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: اختياري؛ قيم الفصائل المراد القياس إليها، مفصولة بـ ';' (الافتراضي: كل القيم الموجودة).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: اختياري؛ المسافات التي تتجاوزه تكون NULL (ويصبح البحث أسرع).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: الضربات بكل حقولها مضافًا إليها النتائج، بنظام إحداثيات طبقة الضربات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: اختياري؛ لكل ضربة ولكل فصيل لا تقع داخل أراضيه، أقصر خط جيوديسي إلى أراضي ذلك الفصيل. &lt;b&gt;STRIKE_ID_FIELD&lt;/b&gt;: حقل الضربات الذي يسمّيها في LINES (الافتراضي: strike_id أو event_id_cnty أو id إن وُجد).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;، &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: اختياريان (الافتراضي: 'date' و'valid_from' إذا وُجدا في الطبقتين). طبقة السيطرة التي تضم عدة لقطات مؤرخة تُقرأ زمنيًا: تُقاس كل ضربة مقابل آخر لقطة في تاريخها أو قبله؛ ومعالم السيطرة التي لا تاريخ لها تسري في كل اللقطات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: الضربات المؤرخة قبل أول لقطة، أو غير المؤرخة: 'nearest' (أول لقطة، أو آخرها للضربات غير المؤرخة) أو 'skip' (أجوبة NULL، والسبب في snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: اختياري (الافتراضي: 'precision_km' إن وُجد): إلى أي مدى، بالكيلومتر، قد يبعد الموقع الحقيقي عن النقطة. &lt;b&gt;PRECISION_KM&lt;/b&gt;: نصف القطر للضربات التي لا قيمة لها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: قياس المسافة إلى الجبهة أيضًا (نعم افتراضيًا). &lt;b&gt;FRONT_LINES&lt;/b&gt;: طبقة اختيارية لخطوط الجبهة تُستخدم بدلًا من الحدود بين مضلعات الفصائل (ويسمّيها &lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt;). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: مدى التقارب اللازم بين حدود فصيلين لتُعدّ جبهة واحدة (نادرًا ما تشترك الخرائط المرسومة يدويًا في الرؤوس؛ الافتراضي 0.5 كم).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: ‏'auto' (الافتراضي) يشغّل التحليل بلغة SQL داخل PostGIS حين تكون STRIKES وCONTROL طبقتين في قاعدة بيانات PostGIS واحدة، وإلا فمحليًا؛ ويفرض 'local' أو 'database' أحدهما. الأجوبة واحدة (المسافات متطابقة بدقة متر واحد). غير متاح بعد في قاعدة البيانات: LINES، ولقطات السيطرة المؤرخة، وFRONT_LINES، والمعالم المحددة فقط؛ وعندها يعمل auto محليًا ويذكر السبب. وإذا كان OUTPUT جدولًا في قاعدة البيانات نفسها، تُكتب النتائج فيه في معاملة واحدة.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;حقول الناتج&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: الفصيل أو الفصائل التي تحتوي أراضيها الضربة، مرتبة ومجموعة بعلامة '+' (الضربة على حدّ مشترك أو في أراضٍ متداخلة تنتمي إلى كل منها)؛ وNULL إذا لم يكن أي فصيل يسيطر عليها. الضربة الواقعة في ثقب مضلع تُعدّ خارجه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: الكيلومترات الجيوديسية إلى أقرب نقطة من أراضي ذلك الفصيل، و0 في داخلها. تُحوَّل قيمة الفصيل إلى اسم حقل (ASCII بأحرف صغيرة، و'_' مكان المحارف الأخرى)، مثل dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;، &lt;b&gt;nearest_other_km&lt;/b&gt;: أقرب فصيل غير الفصيل أو الفصائل المسيطرة (وللضربة التي لا يسيطر عليها أحد: أقرب فصيل).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;، &lt;b&gt;front_faction&lt;/b&gt;: المسافة إلى أقرب جبهة بين الفصيل المسيطر على الضربة وفصيل آخر (الساحل والحدود مع أرض لا يسيطر عليها أحد ليست جبهات؛ و0 على الخط نفسه) ومن يقع على الجانب الآخر منها؛ وللضربة التي لا يسيطر عليها أحد: حدّ أقرب فصيل وذلك الفصيل. قرب نقطة التقاء جبهة بالساحل قد تنقص القيمة بما لا يتجاوز FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;، &lt;b&gt;snapshot_note&lt;/b&gt;: لقطة السيطرة التي قيست كل ضربة مقابلها، وسبب ذلك حين لا تكون اللقطة البديهية (في التحليلات الزمنية فقط).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;، &lt;b&gt;controlled_by_certain&lt;/b&gt;: عند تحديد الدقة، كل فصيل تلمس أراضيه دائرة المواقع المحتملة للضربة، وهل يسيطر فصيل واحد على الدائرة كلها (أي أن الخلاصة تصمد أمام عدم اليقين).&lt;/li&gt;&lt;/ul&gt;اسم الحقل المستخدم أصلًا في طبقة الضربات يُضاف إليه لاحق رقمي. حقول LINES: strike_id (المعرّف الخاص بالضربة من STRIKE_ID_FIELD، وإلا فمعرّف معلمها)، وstrike_fid (معرّف معلمها)، وfaction، وkm.&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Gives a layer the ISW-like look of published conflict maps, with colours and legend labels ('Regime Control', 'ISIS Control', ...) from a faction preset. &lt;b&gt;Only the layer's style changes, never its data&lt;/b&gt;; undo it with the layer's Properties &amp;gt; Symbology.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: the layer to style (a layer of the project, or a file when QML_FILE saves the style).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = territorial control (fills per faction, mixed classes hatched in their members' colours, front lines as heavy lines, town points as dots with a ring when STATUS_FIELD says besieged or contested); strikes = starbursts by High-Confidence / Low-Confidence reporting; results = the output of strikecheck:nearestfaction, starbursts coloured by controlled_by; lines = lines to nearest territory, dashed and labelled '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015, ukraine, generic, or your own preset in the QGIS profile's strikecheck/presets folder; PRESET_FILE (advanced) takes a .json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: optional; a palette of the preset, e.g. isw-like or wikipedia (default: the preset's own default).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: optional; the field naming the faction (default: 'faction' for control and lines, 'controlled_by' for results). Values may be codes, labels or any alias the preset knows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: optional, strikes; default 'confidence' with values high / low (anything else is drawn as an unrated report).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional; results are labelled with their distance to this faction (field dist_&amp;lt;faction&amp;gt;_km), lines show only the lines to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: optional; strikes and results are labelled with it (e.g. the place name).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: optional; control points whose value is besieged, siege, encircled or contested get a ring.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: optional; also save the style as a .qml file.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;يمنح الطبقة مظهر خرائط النزاع المنشورة على نمط ISW، بألوان وتسميات مفتاح الخريطة ('Regime Control'، 'ISIS Control'، ...) من إعداد مسبق للفصائل. &lt;b&gt;يتغير نمط الطبقة فقط، لا بياناتها أبدًا&lt;/b&gt;؛ وللتراجع: خصائص الطبقة &amp;gt; الترميز.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LAYER&lt;/b&gt;: الطبقة المراد تنسيقها (طبقة في المشروع، أو ملف حين يحفظ QML_FILE النمط).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ROLE&lt;/b&gt;: control = السيطرة الميدانية (تعبئة لكل فصيل، والفئات المختلطة مهشّرة بألوان أعضائها، وخطوط الجبهة خطوط عريضة، ونقاط البلدات نقاط بحلقة حين يشير STATUS_FIELD إلى حصار أو نزاع)؛ strikes = رموز انفجار حسب البلاغ High-Confidence / Low-Confidence؛ results = ناتج strikecheck:nearestfaction، رموز انفجار ملونة حسب controlled_by؛ lines = خطوط إلى أقرب أراضٍ، متقطعة وعليها تسميات مثل '53 km to ISIS'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: syria-2015 أو ukraine أو generic، أو إعدادك المسبق الخاص في مجلد strikecheck/presets ضمن ملف تعريف QGIS؛ ويقبل PRESET_FILE (متقدم) ملف ‎.json.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PALETTE&lt;/b&gt;: اختياري؛ لوحة ألوان من الإعداد المسبق، مثل isw-like أو wikipedia (الافتراضي: لوحة الإعداد المسبق الافتراضية).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: اختياري؛ الحقل الذي يسمّي الفصيل (الافتراضي: 'faction' لـ control وlines، و'controlled_by' لـ results). قد تكون القيم رموزًا أو تسميات أو أي اسم بديل يعرفه الإعداد المسبق.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;: اختياري، لـ strikes؛ الافتراضي 'confidence' بالقيمتين high / low (وأي قيمة أخرى تُرسم بلاغًا غير مصنّف).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: اختياري؛ تُوسم النتائج بمسافتها إلى هذا الفصيل (الحقل dist_&amp;lt;faction&amp;gt;_km)، ولا تعرض lines إلا الخطوط المتجهة إليه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt;: اختياري؛ تُوسم الضربات والنتائج به (مثل اسم المكان).&lt;/li&gt;&lt;li&gt;&lt;b&gt;STATUS_FIELD&lt;/b&gt;: اختياري؛ نقاط السيطرة التي قيمتها besieged أو siege أو encircled أو contested تُرسم بحلقة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QML_FILE&lt;/b&gt;: اختياري؛ حفظ النمط أيضًا في ملف ‎.qml.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:applystyle -- LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia QML_FILE=control.qml&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a map ready to publish, in the manner of ISW's conflict maps: title and date, the strikes as starbursts over territorial control, a KEY, a scale bar in km, a north arrow, an inset locating the country, the finding in one sentence and the sources. Country outlines and names come from the world map QGIS ships: no download. The layout is built from resources/layouts/strikecheck_map.qpt and, unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit it before exporting again.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: the strikes, ideally the output of strikecheck:nearestfaction (needed for the finding sentence). The map is framed on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;, &lt;b&gt;LINES&lt;/b&gt;: optional; the control map and the lines to nearest territory. With TARGET_FACTION only the lines to it are drawn, and the map is framed to include them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the control layer's faction field (default 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: optional, e.g. isis: the finding says how many strikes fell in its territory and how far it was from the others.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (advanced): the field naming each strike on the map; empty: a field called site, location, name, place or town when there are at most 40 strikes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: confidence (ISW's High-/Low-Confidence reporting) or controlling faction (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: style the layers with the preset's colours, as strikecheck:applystyle does (a project layer keeps the new style; data never changes). Off: your own styles are used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;, &lt;b&gt;DATE&lt;/b&gt;, &lt;b&gt;SUBTITLE&lt;/b&gt;: e.g. 'Russian Airstrikes' and '30 SEPT 2015'; an empty DATE is read from the strikes' date field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;, &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: the credit line 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a sentence below the finding.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; A4 or A3, &lt;b&gt;ORIENTATION&lt;/b&gt; landscape or portrait, &lt;b&gt;DPI&lt;/b&gt; of the PNG, &lt;b&gt;PADDING&lt;/b&gt; around the strikes in % of the framed extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: optional; the country of the inset (default: the one holding most strikes), as named in QGIS's world map, e.g. Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (advanced): your own .qpt, e.g. the bundled one restyled in the layout designer. Items are found by id (title, subtitle, main_map, locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are left out, main_map is required. Fonts, colours and frames are yours; positions follow PAPER and ORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (advanced): also keep the layout in the project, with the layers it shows (world-map context layers in a group 'StrikeCheck map'). qgis_process has no project: there only the files are written.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;, &lt;b&gt;OUTPUT_PNG&lt;/b&gt;, &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: the files to write (any of them).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;ينشئ خريطة جاهزة للنشر على طريقة خرائط النزاع لدى ISW: العنوان والتاريخ، والضربات برموز انفجار فوق السيطرة الميدانية، ومفتاح خريطة (KEY)، ومقياس رسم بالكيلومتر، وسهم الشمال، وخريطة مصغّرة تحدد موقع البلد، والخلاصة في جملة واحدة، والمصادر. حدود الدول وأسماؤها مأخوذة من خريطة العالم المرفقة مع QGIS: لا تنزيل. يُبنى التخطيط من resources/layouts/strikecheck_map.qpt، وما لم يُعطَّل ADD_TO_PROJECT يُضاف أيضًا إلى تخطيطات المشروع لتتمكن من تعديله قبل التصدير مجددًا.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: الضربات، ويُفضَّل أن تكون ناتج strikecheck:nearestfaction (وهو لازم لجملة الخلاصة). تُؤطَّر الخريطة عليها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;، &lt;b&gt;LINES&lt;/b&gt;: اختياريان؛ خريطة السيطرة والخطوط إلى أقرب أراضٍ. مع TARGET_FACTION لا تُرسم إلا الخطوط المتجهة إليه، ويشملها إطار الخريطة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: حقل الفصيل في طبقة السيطرة (الافتراضي 'faction').&lt;/li&gt;&lt;li&gt;&lt;b&gt;TARGET_FACTION&lt;/b&gt;: اختياري، مثل isis: تذكر الخلاصة عدد الضربات التي وقعت في أراضيه وبُعد الباقي عنه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LABEL_FIELD&lt;/b&gt; (متقدم): الحقل الذي يسمّي كل ضربة على الخريطة؛ إن كان فارغًا: حقل اسمه site أو location أو name أو place أو town حين لا تتجاوز الضربات 40.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_STYLE&lt;/b&gt;: الموثوقية (بلاغات High-/Low-Confidence كما لدى ISW) أو الفصيل المسيطر (controlled_by).&lt;/li&gt;&lt;li&gt;&lt;b&gt;APPLY_STYLES&lt;/b&gt;: تنسيق الطبقات بألوان الإعداد المسبق، كما يفعل strikecheck:applystyle (طبقة المشروع تحتفظ بالنمط الجديد؛ والبيانات لا تتغير أبدًا). عند تعطيله: تُستخدم أنماطك الخاصة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TITLE&lt;/b&gt;، &lt;b&gt;DATE&lt;/b&gt;، &lt;b&gt;SUBTITLE&lt;/b&gt;: مثل 'Russian Airstrikes' و'30 SEPT 2015'؛ وإن كان DATE فارغًا يُقرأ من حقل تاريخ الضربات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL_SOURCE&lt;/b&gt;، &lt;b&gt;STRIKES_SOURCE&lt;/b&gt;: سطر المصادر 'Control: ...; Strikes: ...; Analysis: StrikeCheck' (الافتراضي: أسماء الطبقات)؛ ويضيف NOTE جملة تحت الخلاصة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PAPER&lt;/b&gt; ‏A4 أو A3، &lt;b&gt;ORIENTATION&lt;/b&gt; أفقي أو عمودي، &lt;b&gt;DPI&lt;/b&gt; لصورة PNG، &lt;b&gt;PADDING&lt;/b&gt; حول الضربات بنسبة % من النطاق المؤطَّر.&lt;/li&gt;&lt;li&gt;&lt;b&gt;COUNTRY&lt;/b&gt;: اختياري؛ بلد الخريطة المصغّرة (الافتراضي: البلد الذي يضم أكثر الضربات)، باسمه في خريطة العالم في QGIS، مثل Syria.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TEMPLATE&lt;/b&gt; (متقدم): ملف ‎.qpt خاص بك، مثل القالب المرفق بعد إعادة تنسيقه في مصمم التخطيط. يُعثر على العناصر بمعرّفاتها (title، subtitle، main_map، locator_map، legend، scalebar، north_arrow، summary، credits)؛ ويُستغنى عن المفقود منها، أما main_map فإلزامي. الخطوط والألوان والإطارات تبقى كما صممتها؛ والمواضع تتبع PAPER وORIENTATION.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADD_TO_PROJECT&lt;/b&gt; (متقدم): الاحتفاظ بالتخطيط في المشروع أيضًا، مع الطبقات التي يعرضها (طبقات السياق من خريطة العالم في مجموعة 'StrikeCheck map'). لا مشروع في qgis_process: هناك تُكتب الملفات فقط.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT_PDF&lt;/b&gt;، &lt;b&gt;OUTPUT_PNG&lt;/b&gt;، &lt;b&gt;OUTPUT_SVG&lt;/b&gt;: الملفات المراد كتابتها (أيٌّ منها).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:exportmap -- STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf OUTPUT_PNG=map.png&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. One output feature per input feature; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output. A KML or KMZ file (a Google My Maps export, for instance) is read by StrikeCheck itself: every placemark of every folder, with a folder column (FACTION_FIELD=folder when each faction has its own folder) and its ExtendedData columns.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature, with these fields first:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;يجعل خريطة السيطرة الميدانية صالحة للاستخدام في StrikeCheck: نص الفصيل في كل معلم ('Daesh'، 'ISIL'، 'Regime-held'، 'Kurds/Government') يصبح رمز فصيل موحّدًا من إعداد مسبق، وتُصلح الأشكال الهندسية، ويحصل كل معلم على التاريخ الذي يسري منه. معلم واحد في الناتج لكل معلم في المُدخل؛ ولا يُعدَّل المُدخل أبدًا.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: مضلعات (مناطق على نمط ISW) أو خطوط (خطوط جبهة) أو نقاط (علامات السيطرة على البلدات، كما ينشرها مركز كارتر وويكيبيديا)؛ بأي نظام إحداثيات، ويُحتفظ به في الناتج. ويقرأ StrikeCheck ملف KML أو KMZ (تصدير من Google My Maps مثلًا) بنفسه: كل علامة في كل مجلد، مع عمود folder (FACTION_FIELD=folder حين يكون لكل فصيل مجلده) وأعمدة ExtendedData الخاصة بها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: الحقل الذي يسمّي الجهة المسيطرة على كل معلم. إن كان فارغًا: أول حقل موجود من faction، control، controlled_by، side، mark، label، name...&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: الإعداد المسبق للفصائل: syria-2015 (فئات على نمط ISW: regime، rebel، isis، jn، kurdish والفئات المختلطة)، ukraine (ukraine_held، russia_occupied، contested؛ بتهجئات إنجليزية وأوكرانية وروسية)، generic (أي قيم)، أو إعداد مسبق خاص بك في &amp;lt;ملف تعريف QGIS&amp;gt;/strikecheck/presets. يختار 'auto' الإعداد المسبق الذي يتعرّف على أكبر عدد من القيم (generic إن لم يتعرّف أي منها).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: اختياري؛ ملف JSON لإعداد مسبق يُستخدم بدلًا منه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: تعيينات يدوية اختيارية 'خام=رمز;خام=رمز'، تُطبَّق قبل الأسماء البديلة في الإعداد المسبق، مثل 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. تتجاهل المطابقة حالة الأحرف والتشكيل وعلامات الترقيم. قد يكون الرمز رمزًا من الإعداد المسبق، أو اسمًا بديلًا، أو عدة رموز مجموعة بعلامة '+'، أو رمزًا جديدًا.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: اختياري؛ التاريخ الذي يسري منه كل معلم (تاريخ اللقطة). الصيغ نفسها المقبولة في استيراد الضربات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: ترتيب اليوم والشهر في التواريخ الرقمية: يُكتشف مرة واحدة للعمود كله (ويتوقف برسالة حين لا يحسم العمود ذلك)، أو يُحدَّد.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: اختياري؛ تاريخ الخريطة (مثل 2015-09-27) للمعالم التي يكون DATE_FIELD فيها فارغًا، أو لجميعها حين لا يوجد DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;الناتج&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: خريطة السيطرة بنظام إحداثيات المُدخل، معلم واحد لكل معلم في المُدخل، وفي أولها هذه الحقول:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: الرمز الموحّد، مثل isis. الفئة المختلطة ('ISIS, JN, and Rebel Control'، 'Kurds/Government') تأخذ رموز أعضائها مرتبة ومجموعة بعلامة '+' (isis+jn+rebel، kurdish+regime): يعدّها التحليل من أراضي كل عضو. والقيمة التي لا يطابقها أي اسم بديل تحتفظ برمزها الموحَّد الخاص (ASCII بأحرف صغيرة، و'_' بين الكلمات)، وتُذكر في السجل بعبارة 'unrecognised, kept as ...'. وNULL حين لا قيمة فصيل للمعلم.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: نص الفئة في مفتاح الخريطة، مثل 'ISIS Control'، 'ISIS, JN, and Rebel Control'؛ وللقيمة غير المعروفة نصها نفسه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: النص الأصلي.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: تاريخ، أو NULL.&lt;/li&gt;&lt;/ul&gt;ثم كل الحقول الأصلية؛ والحقل الذي يتعارض اسمه مع هذه يُحتفظ به باسم &amp;lt;الاسم&amp;gt;_orig. نواتج المضلعات والخطوط متعددة الأجزاء (فالإصلاح قد يقسم الشكل الهندسي)؛ والشكل الهندسي الذي يتركه الإصلاح فارغًا يُحتفظ به NULL مع تحذير.&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>No faction field found (looked for {tried}); set FACTION_FIELD to the field that names who holds each feature (fields: {names}).</source>
      <translation type="vanished">لم يُعثر على حقل للفصيل (بُحث عن: {tried})؛ اضبط FACTION_FIELD على الحقل الذي يسمّي الجهة المسيطرة على كل معلم (الحقول: {names}).</translation>
    </message>
    <message>
      <source>{n} features are not of the layer's geometry type ({kind}; a layer holds one), kept with NULL geometry: features {ids}. Import them as a layer of their own.</source>
      <translation type="vanished">{n} من المعالم ليست من نوع هندسة الطبقة ({kind}؛ للطبقة نوع واحد)، أُبقيت بهندسة NULL: المعالم {ids}. استوردها طبقةً مستقلة.</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: 'auto' (default) runs the analysis as SQL inside PostGIS when STRIKES and CONTROL are layers of the same PostGIS database, else locally; 'local' or 'database' force one. The answers are the same (distances within 1 m). Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected features only; auto then runs locally and says why. With OUTPUT a table of that database, the results are written there in one transaction.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;لكل ضربة، يبيّن أي فصيل كان يسيطر على الأرض حيث سقطت، ويقيس المسافة الجيوديسية (إهليلجي WGS84، بدقة متر واحد) إلى أقرب أراضٍ لكل فصيل في خريطة السيطرة.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: طبقة نقاط الضربات (بأي نظام إحداثيات؛ خيار «المعالم المحددة فقط» يعمل). الضربة متعددة النقاط تقع تحت سيطرة كل فصيل يسيطر على أي من نقاطها؛ ومسافتها إلى فصيل هي مسافة أقرب نقاطها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: السيطرة الميدانية على شكل مضلعات أو خطوط جبهة أو نقاط سيطرة على البلدات (بأي نظام إحداثيات). تُصلح الأشكال الهندسية غير الصالحة في الذاكرة؛ ولا تُعدَّل الطبقة أبدًا.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: حقل CONTROL الذي يسمّي الفصيل. القيمة التي تجمع رموزًا بعلامة '+' (فئة مختلطة من «استيراد خريطة سيطرة»، مثل isis+jn+rebel) تُعدّ من أراضي كل عضو فيها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: اختياري؛ قيم الفصائل المراد القياس إليها، مفصولة بـ ';' (الافتراضي: كل القيم الموجودة).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: اختياري؛ المسافات التي تتجاوزه تكون NULL (ويصبح البحث أسرع).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: الضربات بكل حقولها مضافًا إليها النتائج، بنظام إحداثيات طبقة الضربات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: اختياري؛ لكل ضربة ولكل فصيل لا تقع داخل أراضيه، أقصر خط جيوديسي إلى أراضي ذلك الفصيل.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;، &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: اختياريان (الافتراضي: 'date' و'valid_from' إذا وُجدا في الطبقتين). طبقة السيطرة التي تضم عدة لقطات مؤرخة تُقرأ زمنيًا: تُقاس كل ضربة مقابل آخر لقطة في تاريخها أو قبله؛ ومعالم السيطرة التي لا تاريخ لها تسري في كل اللقطات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: الضربات المؤرخة قبل أول لقطة، أو غير المؤرخة: 'nearest' (أول لقطة، أو آخرها للضربات غير المؤرخة) أو 'skip' (أجوبة NULL، والسبب في snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: اختياري (الافتراضي: 'precision_km' إن وُجد): إلى أي مدى، بالكيلومتر، قد يبعد الموقع الحقيقي عن النقطة. &lt;b&gt;PRECISION_KM&lt;/b&gt;: نصف القطر للضربات التي لا قيمة لها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: قياس المسافة إلى الجبهة أيضًا (نعم افتراضيًا). &lt;b&gt;FRONT_LINES&lt;/b&gt;: طبقة اختيارية لخطوط الجبهة تُستخدم بدلًا من الحدود بين مضلعات الفصائل (ويسمّيها &lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt;). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: مدى التقارب اللازم بين حدود فصيلين لتُعدّ جبهة واحدة (نادرًا ما تشترك الخرائط المرسومة يدويًا في الرؤوس؛ الافتراضي 0.5 كم).&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENGINE&lt;/b&gt;: ‏'auto' (الافتراضي) يشغّل التحليل بلغة SQL داخل PostGIS حين تكون STRIKES وCONTROL طبقتين في قاعدة بيانات PostGIS واحدة، وإلا فمحليًا؛ ويفرض 'local' أو 'database' أحدهما. الأجوبة واحدة (المسافات متطابقة بدقة متر واحد). غير متاح بعد في قاعدة البيانات: LINES، ولقطات السيطرة المؤرخة، وFRONT_LINES، والمعالم المحددة فقط؛ وعندها يعمل auto محليًا ويذكر السبب. وإذا كان OUTPUT جدولًا في قاعدة البيانات نفسها، تُكتب النتائج فيه في معاملة واحدة.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;حقول الناتج&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: الفصيل أو الفصائل التي تحتوي أراضيها الضربة، مرتبة ومجموعة بعلامة '+' (الضربة على حدّ مشترك أو في أراضٍ متداخلة تنتمي إلى كل منها)؛ وNULL إذا لم يكن أي فصيل يسيطر عليها. الضربة الواقعة في ثقب مضلع تُعدّ خارجه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: الكيلومترات الجيوديسية إلى أقرب نقطة من أراضي ذلك الفصيل، و0 في داخلها. تُحوَّل قيمة الفصيل إلى اسم حقل (ASCII بأحرف صغيرة، و'_' مكان المحارف الأخرى)، مثل dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;، &lt;b&gt;nearest_other_km&lt;/b&gt;: أقرب فصيل غير الفصيل أو الفصائل المسيطرة (وللضربة التي لا يسيطر عليها أحد: أقرب فصيل).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;، &lt;b&gt;front_faction&lt;/b&gt;: المسافة إلى أقرب جبهة بين الفصيل المسيطر على الضربة وفصيل آخر (الساحل والحدود مع أرض لا يسيطر عليها أحد ليست جبهات؛ و0 على الخط نفسه) ومن يقع على الجانب الآخر منها؛ وللضربة التي لا يسيطر عليها أحد: حدّ أقرب فصيل وذلك الفصيل. قرب نقطة التقاء جبهة بالساحل قد تنقص القيمة بما لا يتجاوز FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;، &lt;b&gt;snapshot_note&lt;/b&gt;: لقطة السيطرة التي قيست كل ضربة مقابلها، وسبب ذلك حين لا تكون اللقطة البديهية (في التحليلات الزمنية فقط).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;، &lt;b&gt;controlled_by_certain&lt;/b&gt;: عند تحديد الدقة، كل فصيل تلمس أراضيه دائرة المواقع المحتملة للضربة، وهل يسيطر فصيل واحد على الدائرة كلها (أي أن الخلاصة تصمد أمام عدم اليقين).&lt;/li&gt;&lt;/ul&gt;اسم الحقل المستخدم أصلًا في طبقة الضربات يُضاف إليه لاحق رقمي. حقول LINES: strike_id (معرّف معلم الضربة)، وfaction، وkm.&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>Factions in the control map: {names}</source>
      <translation type="vanished">الفصائل في خريطة السيطرة: {names}</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a territorial control map usable by StrikeCheck: every feature's faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical faction code from a preset, geometries are repaired, and each feature gets the date from which it is valid. One output feature per input feature; the input is never modified.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons (ISW-like zones), lines (front lines) or points (town control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in the output.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field naming who holds each feature. Empty: the first of faction, control, controlled_by, side, mark, label, name... that exists.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: the faction preset: syria-2015 (ISW-like classes: regime, rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, russia_occupied, contested; English, Ukrainian and Russian spellings), generic (any values), or a preset of your own in &amp;lt;QGIS profile&amp;gt;/strikecheck/presets. 'auto' picks the preset that recognises most values (generic if none).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: optional; a preset JSON file to use instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: optional overrides 'raw=code;raw=code', applied before the preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. Matching ignores case, accents and punctuation. The code may be a preset code, an alias, several codes joined with '+', or a new code.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date from which each feature is valid (a snapshot date). Same formats as the strike importer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: day/month order of numeric dates: detected once for the whole column (stops with a message when the column cannot tell), or given.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: optional; the map's date (e.g. 2015-09-27) for features whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the control map in the input's CRS, one feature per input feature, with these fields first:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each member. A value no alias matches keeps its own normalised code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where the feature has no faction value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: the legend text of the class, e.g. 'ISIS Control', 'ISIS, JN, and Rebel Control'; an unrecognised value's own text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: the original text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: date, or NULL.&lt;/li&gt;&lt;/ul&gt;Then every original field; one whose name clashes with these is kept as &amp;lt;name&amp;gt;_orig. Polygon and line outputs are multi-part (repair can split a geometry); a geometry that repair leaves empty is kept as NULL with a warning.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;يجعل خريطة السيطرة الميدانية صالحة للاستخدام في StrikeCheck: نص الفصيل في كل معلم ('Daesh'، 'ISIL'، 'Regime-held'، 'Kurds/Government') يصبح رمز فصيل موحّدًا من إعداد مسبق، وتُصلح الأشكال الهندسية، ويحصل كل معلم على التاريخ الذي يسري منه. معلم واحد في الناتج لكل معلم في المُدخل؛ ولا يُعدَّل المُدخل أبدًا.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: مضلعات (مناطق على نمط ISW) أو خطوط (خطوط جبهة) أو نقاط (علامات السيطرة على البلدات، كما ينشرها مركز كارتر وويكيبيديا)؛ بأي نظام إحداثيات، ويُحتفظ به في الناتج.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: الحقل الذي يسمّي الجهة المسيطرة على كل معلم. إن كان فارغًا: أول حقل موجود من faction، control، controlled_by، side، mark، label، name...&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET&lt;/b&gt;: الإعداد المسبق للفصائل: syria-2015 (فئات على نمط ISW: regime، rebel، isis، jn، kurdish والفئات المختلطة)، ukraine (ukraine_held، russia_occupied، contested؛ بتهجئات إنجليزية وأوكرانية وروسية)، generic (أي قيم)، أو إعداد مسبق خاص بك في &amp;lt;ملف تعريف QGIS&amp;gt;/strikecheck/presets. يختار 'auto' الإعداد المسبق الذي يتعرّف على أكبر عدد من القيم (generic إن لم يتعرّف أي منها).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRESET_FILE&lt;/b&gt;: اختياري؛ ملف JSON لإعداد مسبق يُستخدم بدلًا منه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAPPING&lt;/b&gt;: تعيينات يدوية اختيارية 'خام=رمز;خام=رمز'، تُطبَّق قبل الأسماء البديلة في الإعداد المسبق، مثل 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. تتجاهل المطابقة حالة الأحرف والتشكيل وعلامات الترقيم. قد يكون الرمز رمزًا من الإعداد المسبق، أو اسمًا بديلًا، أو عدة رموز مجموعة بعلامة '+'، أو رمزًا جديدًا.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: اختياري؛ التاريخ الذي يسري منه كل معلم (تاريخ اللقطة). الصيغ نفسها المقبولة في استيراد الضربات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: ترتيب اليوم والشهر في التواريخ الرقمية: يُكتشف مرة واحدة للعمود كله (ويتوقف برسالة حين لا يحسم العمود ذلك)، أو يُحدَّد.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_DATE&lt;/b&gt;: اختياري؛ تاريخ الخريطة (مثل 2015-09-27) للمعالم التي يكون DATE_FIELD فيها فارغًا، أو لجميعها حين لا يوجد DATE_FIELD.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;الناتج&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: خريطة السيطرة بنظام إحداثيات المُدخل، معلم واحد لكل معلم في المُدخل، وفي أولها هذه الحقول:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;faction&lt;/b&gt;: الرمز الموحّد، مثل isis. الفئة المختلطة ('ISIS, JN, and Rebel Control'، 'Kurds/Government') تأخذ رموز أعضائها مرتبة ومجموعة بعلامة '+' (isis+jn+rebel، kurdish+regime): يعدّها التحليل من أراضي كل عضو. والقيمة التي لا يطابقها أي اسم بديل تحتفظ برمزها الموحَّد الخاص (ASCII بأحرف صغيرة، و'_' بين الكلمات)، وتُذكر في السجل بعبارة 'unrecognised, kept as ...'. وNULL حين لا قيمة فصيل للمعلم.&lt;/li&gt;&lt;li&gt;&lt;b&gt;faction_label&lt;/b&gt;: نص الفئة في مفتاح الخريطة، مثل 'ISIS Control'، 'ISIS, JN, and Rebel Control'؛ وللقيمة غير المعروفة نصها نفسه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;raw_faction&lt;/b&gt;: النص الأصلي.&lt;/li&gt;&lt;li&gt;&lt;b&gt;valid_from&lt;/b&gt;: تاريخ، أو NULL.&lt;/li&gt;&lt;/ul&gt;ثم كل الحقول الأصلية؛ والحقل الذي يتعارض اسمه مع هذه يُحتفظ به باسم &amp;lt;الاسم&amp;gt;_orig. نواتج المضلعات والخطوط متعددة الأجزاء (فالإصلاح قد يقسم الشكل الهندسي)؛ والشكل الهندسي الذي يتركه الإصلاح فارغًا يُحتفظ به NULL مع تحذير.&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importcontrol -- INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 OUTPUT=control.gpkg&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Turns a table of strikes as analysts receive it (an ACLED export, an Airwars-style table, a hand-typed CSV, a KML from a map service) into a clean StrikeCheck point layer in WGS84, and lists every row that could not become a strike with its line number and the reason. Nothing is dropped silently.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: a file (CSV, TSV or semicolon-separated text; GeoJSON, GeoPackage, Shapefile, KML/KMZ, XLSX) or any layer. Text files are read by StrikeCheck itself so that every line can be reported: UTF-8 with or without BOM, UTF-16, or Windows-1252 (Western European) when that is unambiguous; anything else is refused with a message rather than read as garbled text. The delimiter is found by itself. A loaded delimited-text layer is read from its file the same way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;, &lt;b&gt;LON_FIELD&lt;/b&gt;: optional; the latitude and longitude columns (decimal degrees, decimal commas, N/S/E/W letters or degrees-minutes-seconds). Found by name when empty: latitude/lat/y and longitude/lon/lng/long/x in any case, ACLED's included.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: optional; a column holding WKT points ('POINT (36.3 35.8)') or 'lat, lon' text ('35.8126, 36.3176', as Airwars writes it). Found by name or content when no latitude/longitude columns exist. Without any of these the layer's point geometry is used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: optional QGIS expression over the input's own columns; rows for which it is false are left out (counted in the log, not errors). Empty: ACLED exports keep only sub_event_type = 'Air/drone strike', other inputs keep every row. Write TRUE to keep every row of an ACLED export.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: optional; the date column (found by name when empty: event_date, date, ...). Reads 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, 30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: for dd/mm/yyyy versus mm/dd/yyyy. 'Detect' decides once for the whole column from dates that can only be read one way, and stops with a message when nothing decides it; it never guesses row by row.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;, &lt;b&gt;ACTOR_FIELD&lt;/b&gt;, &lt;b&gt;SOURCE_FIELD&lt;/b&gt;, &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;, &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional; found by name when empty (ACLED: event_id_cnty, actor1, source, geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: optional 'value=high;value=low' pairs for confidence values other than high/low (e.g. Airwars gradings: 'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: how far, in km, a strike may be from its coordinates for each precision code or word, e.g. ACLED geo_precision 1 (the town), 2 (near a town), 3 (a region or provincial capital). Default: {precision}. These distances are StrikeCheck's assumption, not ACLED's or Airwars'. A precision column whose name ends in km is taken as kilometres.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: optional area where the strikes should be; rows outside it are rejected, and a whole column of exchanged latitude/longitude is detected by it even where both stay within ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: optional encoding of a text file (e.g. windows-1256 for Arabic Windows text); empty: detected.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: points in EPSG:4326 with &lt;b&gt;strike_id&lt;/b&gt; (text: the id column, or the line number / feature id), &lt;b&gt;date&lt;/b&gt; (date or NULL), &lt;b&gt;actor&lt;/b&gt;, &lt;b&gt;confidence&lt;/b&gt; (high, low or NULL), &lt;b&gt;precision_km&lt;/b&gt;, &lt;b&gt;source&lt;/b&gt;, then every original column with its values untouched (empty cells of a text file become NULL). An original column whose name clashes with one of these is kept as &amp;lt;name&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: a table of the rows that could not become strikes: &lt;b&gt;line&lt;/b&gt; (line number in a text file, row in a spreadsheet), &lt;b&gt;feature_id&lt;/b&gt; (feature id in a layer; not named fid, which GeoPackage reserves), &lt;b&gt;reason&lt;/b&gt; (e.g. 'latitude 134.2 outside -90..90', "no date in '31/31/2015'") and &lt;b&gt;raw&lt;/b&gt; (the row as written).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A whole column of exchanged latitude and longitude (latitudes beyond ±90 while every longitude is within ±90) is detected and read the other way round, with a warning; columns you choose yourself are used as given.&lt;/p&gt;&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;يحوّل جدول ضربات كما يصل إلى المحللين (تصدير من ACLED، أو جدول على طريقة Airwars، أو ملف CSV مكتوب يدويًا، أو KML من خدمة خرائط) إلى طبقة نقاط StrikeCheck نظيفة بنظام WGS84، ويسرد كل صف تعذّر أن يصبح ضربة مع رقم سطره والسبب. لا يُستبعد شيء بصمت.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: ملف (CSV أو TSV أو نص مفصول بفواصل منقوطة؛ GeoJSON، GeoPackage، Shapefile، KML/KMZ، XLSX) أو أي طبقة. يقرأ StrikeCheck الملفات النصية بنفسه ليتمكن من الإبلاغ عن كل سطر: UTF-8 مع BOM أو دونه، أو UTF-16، أو Windows-1252 (أوروبا الغربية) حين لا لبس في ذلك؛ وأي ترميز آخر يُرفض برسالة بدلًا من قراءته نصًا مشوَّهًا. يُكتشف الفاصل تلقائيًا. وطبقة النص المحدد المحمّلة تُقرأ من ملفها بالطريقة نفسها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LAT_FIELD&lt;/b&gt;، &lt;b&gt;LON_FIELD&lt;/b&gt;: اختياريان؛ عمودا خط العرض وخط الطول (درجات عشرية، أو فواصل عشرية، أو الأحرف N/S/E/W، أو درجات-دقائق-ثوانٍ). إن كانا فارغين يُبحث عنهما بالاسم: latitude/lat/y وlongitude/lon/lng/long/x بأي حالة أحرف، ومنها أعمدة ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GEOMETRY_FIELD&lt;/b&gt;: اختياري؛ عمود يحتوي نقاط WKT ‏('POINT (36.3 35.8)') أو نص 'lat, lon' ‏('35.8126, 36.3176'، كما يكتبه Airwars). يُبحث عنه بالاسم أو المحتوى حين لا توجد أعمدة خط العرض وخط الطول. وإن لم يوجد شيء من ذلك يُستخدم الشكل الهندسي النقطي للطبقة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FILTER_EXPRESSION&lt;/b&gt;: تعبير QGIS اختياري على أعمدة المُدخل نفسها؛ الصفوف التي يكون فيها خاطئًا تُستبعد (وتُحصى في السجل، لا بوصفها أخطاء). إن كان فارغًا: تُبقي تصديرات ACLED فقط sub_event_type = 'Air/drone strike'، وتُبقي المُدخلات الأخرى كل الصفوف. اكتب TRUE لإبقاء كل صفوف تصدير ACLED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_FIELD&lt;/b&gt;: اختياري؛ عمود التاريخ (يُبحث عنه بالاسم إن كان فارغًا: event_date، date، ...). يقرأ 2015-09-30، 2015-09-30T10:00:00Z، 30-09-2015، 30/09/2015، 30.09.2015، '30 September 2015'، 'Sep 30, 2015'.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DATE_ORDER&lt;/b&gt;: للاختيار بين dd/mm/yyyy وmm/dd/yyyy. الخيار 'Detect' يحسم مرة واحدة للعمود كله من التواريخ التي لا تُقرأ إلا بطريقة واحدة، ويتوقف برسالة حين لا يحسمها شيء؛ ولا يخمّن أبدًا صفًا بصف.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ID_FIELD&lt;/b&gt;، &lt;b&gt;ACTOR_FIELD&lt;/b&gt;، &lt;b&gt;SOURCE_FIELD&lt;/b&gt;، &lt;b&gt;CONFIDENCE_FIELD&lt;/b&gt;، &lt;b&gt;PRECISION_FIELD&lt;/b&gt;: اختيارية؛ يُبحث عنها بالاسم إن كانت فارغة (ACLED: ‏event_id_cnty، actor1، source، geo_precision).&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONFIDENCE_MAPPING&lt;/b&gt;: أزواج اختيارية 'قيمة=high;قيمة=low' لقيم موثوقية غير high/low (مثل تصنيفات Airwars: ‏'Fair=high;Weak=low').&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_KM&lt;/b&gt;: إلى أي مدى، بالكيلومتر، قد تبعد الضربة عن إحداثياتها لكل رمز أو كلمة دقة، مثل geo_precision في ACLED: ‏1 (البلدة)، 2 (قرب بلدة)، 3 (منطقة أو مركز محافظة). الافتراضي: {precision}. هذه المسافات افتراض من StrikeCheck، لا من ACLED ولا من Airwars. وعمود الدقة الذي ينتهي اسمه بـ km يُقرأ بالكيلومترات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EXPECTED_EXTENT&lt;/b&gt;: اختياري؛ المنطقة التي يُفترض أن تقع فيها الضربات؛ تُرفض الصفوف الواقعة خارجها، ويُكتشف بها عمود كامل تبادل فيه خط العرض وخط الطول حتى لو بقيت القيمتان ضمن ±90.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ENCODING&lt;/b&gt;: ترميز اختياري للملف النصي (مثل windows-1256 للنصوص العربية في Windows)؛ إن كان فارغًا: يُكتشف.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;النواتج&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: نقاط بنظام EPSG:4326 مع &lt;b&gt;strike_id&lt;/b&gt; (نص: عمود المعرّف، أو رقم السطر / معرّف المعلم)، &lt;b&gt;date&lt;/b&gt; (تاريخ أو NULL)، &lt;b&gt;actor&lt;/b&gt;، &lt;b&gt;confidence&lt;/b&gt; (high أو low أو NULL)، &lt;b&gt;precision_km&lt;/b&gt;، &lt;b&gt;source&lt;/b&gt;، ثم كل عمود أصلي بقيمه دون مساس (الخلايا الفارغة في ملف نصي تصبح NULL). والعمود الأصلي الذي يتعارض اسمه مع أحد هذه يُحتفظ به باسم &amp;lt;الاسم&amp;gt;_orig.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERRORS&lt;/b&gt;: جدول بالصفوف التي تعذّر أن تصبح ضربات: &lt;b&gt;line&lt;/b&gt; (رقم السطر في ملف نصي، أو الصف في جدول بيانات)، &lt;b&gt;feature_id&lt;/b&gt; (معرّف المعلم في طبقة؛ لم يُسمَّ fid لأن GeoPackage يحجز هذا الاسم)، &lt;b&gt;reason&lt;/b&gt; (مثل 'latitude 134.2 outside -90..90'، "no date in '31/31/2015'") و&lt;b&gt;raw&lt;/b&gt; (الصف كما كُتب).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;العمود الكامل الذي تبادل فيه خط العرض وخط الطول (خطوط عرض تتجاوز ±90 بينما كل خطوط الطول ضمن ±90) يُكتشف ويُقرأ بالعكس، مع تحذير؛ أما الأعمدة التي تختارها بنفسك فتُستخدم كما هي.&lt;/p&gt;&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:importstrikes -- INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv&lt;/pre&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;For every strike, says which faction controlled the ground where it landed and measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory of every faction in a control map.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: point layer of strikes (any CRS; 'Selected features only' works). A multipoint strike is held by every faction holding any of its points; its distance to a faction is that of its nearest point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: territorial control as polygons, front lines or town control points (any CRS). Invalid geometries are repaired in memory; the layer is never modified.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: the field of CONTROL that names the faction. A value joining codes with '+' (a mixed class from 'Import control map', e.g. isis+jn+rebel) counts as territory of each member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: optional; faction values to measure, separated by ';' (default: every value present).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: optional; distances beyond it are NULL (and the search is faster).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: the strikes with all their fields plus the results, in the strike layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: optional; for each strike and each faction it is not inside, the shortest geodesic line to that faction's territory.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;, &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: optional (default: 'date' and 'valid_from' when the layers have them). A control layer holding several dated snapshots is time-aware: each strike is measured against the latest snapshot on or before its date; control features without a date hold in every snapshot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: strikes dated before the first snapshot, or undated: 'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL answers, the reason in snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: optional (default: 'precision_km' when present): how far, in km, the true location may be from the point. &lt;b&gt;PRECISION_KM&lt;/b&gt;: the radius for strikes without a value.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: also measure the distance to the front (default yes). &lt;b&gt;FRONT_LINES&lt;/b&gt;: optional line layer of front lines to use instead of the borders between factions' polygons (&lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt; names them). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: how close two factions' borders must run to count as one front (hand-drawn maps rarely share vertices; default 0.5 km).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Output fields&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: the faction(s) whose territory contains the strike, sorted and joined with '+' (a strike on a shared border or in overlapping territories belongs to each); NULL when no faction holds it. A strike in a hole of a polygon is outside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: geodesic km to the nearest point of that faction's territory, 0 inside. The faction value is normalised into a field name (lower case ASCII, '_' for other characters), e.g. dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;, &lt;b&gt;nearest_other_km&lt;/b&gt;: the nearest faction other than the controlling one(s) (for a strike nobody holds: the nearest faction).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;, &lt;b&gt;front_faction&lt;/b&gt;: distance to the nearest front between the strike's controller and another faction (the coast and borders with nobody's land are not fronts; 0 on the line) and who is across it; for a strike nobody holds, the nearest faction's border and that faction. Near where a front meets a coast it may read up to FRONT_TOLERANCE_KM short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;, &lt;b&gt;snapshot_note&lt;/b&gt;: the control snapshot each strike was measured against, and why when it was not the obvious one (time-aware runs only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;, &lt;b&gt;controlled_by_certain&lt;/b&gt;: with a precision, every faction whose territory the strike's disc of possible positions touches, and whether one faction holds the whole disc (the conclusion survives the uncertainty).&lt;/li&gt;&lt;/ul&gt;A field name already used by the strike layer gets a numeric suffix. LINES fields: strike_id (the strike's feature id), faction, km.&lt;h3&gt;Example&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</source>
      <translation type="vanished">&lt;p&gt;لكل ضربة، يبيّن أي فصيل كان يسيطر على الأرض حيث سقطت، ويقيس المسافة الجيوديسية (إهليلجي WGS84، بدقة متر واحد) إلى أقرب أراضٍ لكل فصيل في خريطة السيطرة.&lt;/p&gt;&lt;h3&gt;المعاملات&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;STRIKES&lt;/b&gt;: طبقة نقاط الضربات (بأي نظام إحداثيات؛ خيار «المعالم المحددة فقط» يعمل). الضربة متعددة النقاط تقع تحت سيطرة كل فصيل يسيطر على أي من نقاطها؛ ومسافتها إلى فصيل هي مسافة أقرب نقاطها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;CONTROL&lt;/b&gt;: السيطرة الميدانية على شكل مضلعات أو خطوط جبهة أو نقاط سيطرة على البلدات (بأي نظام إحداثيات). تُصلح الأشكال الهندسية غير الصالحة في الذاكرة؛ ولا تُعدَّل الطبقة أبدًا.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTION_FIELD&lt;/b&gt;: حقل CONTROL الذي يسمّي الفصيل. القيمة التي تجمع رموزًا بعلامة '+' (فئة مختلطة من «استيراد خريطة سيطرة»، مثل isis+jn+rebel) تُعدّ من أراضي كل عضو فيها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FACTIONS&lt;/b&gt;: اختياري؛ قيم الفصائل المراد القياس إليها، مفصولة بـ ';' (الافتراضي: كل القيم الموجودة).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MAX_DISTANCE_KM&lt;/b&gt;: اختياري؛ المسافات التي تتجاوزه تكون NULL (ويصبح البحث أسرع).&lt;/li&gt;&lt;li&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: الضربات بكل حقولها مضافًا إليها النتائج، بنظام إحداثيات طبقة الضربات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINES&lt;/b&gt;: اختياري؛ لكل ضربة ولكل فصيل لا تقع داخل أراضيه، أقصر خط جيوديسي إلى أراضي ذلك الفصيل.&lt;/li&gt;&lt;li&gt;&lt;b&gt;STRIKE_DATE_FIELD&lt;/b&gt;، &lt;b&gt;CONTROL_DATE_FIELD&lt;/b&gt;: اختياريان (الافتراضي: 'date' و'valid_from' إذا وُجدا في الطبقتين). طبقة السيطرة التي تضم عدة لقطات مؤرخة تُقرأ زمنيًا: تُقاس كل ضربة مقابل آخر لقطة في تاريخها أو قبله؛ ومعالم السيطرة التي لا تاريخ لها تسري في كل اللقطات.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SNAPSHOT_RULE&lt;/b&gt;: الضربات المؤرخة قبل أول لقطة، أو غير المؤرخة: 'nearest' (أول لقطة، أو آخرها للضربات غير المؤرخة) أو 'skip' (أجوبة NULL، والسبب في snapshot_note).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PRECISION_FIELD&lt;/b&gt;: اختياري (الافتراضي: 'precision_km' إن وُجد): إلى أي مدى، بالكيلومتر، قد يبعد الموقع الحقيقي عن النقطة. &lt;b&gt;PRECISION_KM&lt;/b&gt;: نصف القطر للضربات التي لا قيمة لها.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FRONT_DISTANCE&lt;/b&gt;: قياس المسافة إلى الجبهة أيضًا (نعم افتراضيًا). &lt;b&gt;FRONT_LINES&lt;/b&gt;: طبقة اختيارية لخطوط الجبهة تُستخدم بدلًا من الحدود بين مضلعات الفصائل (ويسمّيها &lt;b&gt;FRONT_LABEL_FIELD&lt;/b&gt;). &lt;b&gt;FRONT_TOLERANCE_KM&lt;/b&gt;: مدى التقارب اللازم بين حدود فصيلين لتُعدّ جبهة واحدة (نادرًا ما تشترك الخرائط المرسومة يدويًا في الرؤوس؛ الافتراضي 0.5 كم).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;حقول الناتج&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;controlled_by&lt;/b&gt;: الفصيل أو الفصائل التي تحتوي أراضيها الضربة، مرتبة ومجموعة بعلامة '+' (الضربة على حدّ مشترك أو في أراضٍ متداخلة تنتمي إلى كل منها)؛ وNULL إذا لم يكن أي فصيل يسيطر عليها. الضربة الواقعة في ثقب مضلع تُعدّ خارجه.&lt;/li&gt;&lt;li&gt;&lt;b&gt;dist_&amp;lt;faction&amp;gt;_km&lt;/b&gt;: الكيلومترات الجيوديسية إلى أقرب نقطة من أراضي ذلك الفصيل، و0 في داخلها. تُحوَّل قيمة الفصيل إلى اسم حقل (ASCII بأحرف صغيرة، و'_' مكان المحارف الأخرى)، مثل dist_isis_km.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_other&lt;/b&gt;، &lt;b&gt;nearest_other_km&lt;/b&gt;: أقرب فصيل غير الفصيل أو الفصائل المسيطرة (وللضربة التي لا يسيطر عليها أحد: أقرب فصيل).&lt;/li&gt;&lt;li&gt;&lt;b&gt;front_km&lt;/b&gt;، &lt;b&gt;front_faction&lt;/b&gt;: المسافة إلى أقرب جبهة بين الفصيل المسيطر على الضربة وفصيل آخر (الساحل والحدود مع أرض لا يسيطر عليها أحد ليست جبهات؛ و0 على الخط نفسه) ومن يقع على الجانب الآخر منها؛ وللضربة التي لا يسيطر عليها أحد: حدّ أقرب فصيل وذلك الفصيل. قرب نقطة التقاء جبهة بالساحل قد تنقص القيمة بما لا يتجاوز FRONT_TOLERANCE_KM.&lt;/li&gt;&lt;li&gt;&lt;b&gt;snapshot_date&lt;/b&gt;، &lt;b&gt;snapshot_note&lt;/b&gt;: لقطة السيطرة التي قيست كل ضربة مقابلها، وسبب ذلك حين لا تكون اللقطة البديهية (في التحليلات الزمنية فقط).&lt;/li&gt;&lt;li&gt;&lt;b&gt;possible_factions&lt;/b&gt;، &lt;b&gt;controlled_by_certain&lt;/b&gt;: عند تحديد الدقة، كل فصيل تلمس أراضيه دائرة المواقع المحتملة للضربة، وهل يسيطر فصيل واحد على الدائرة كلها (أي أن الخلاصة تصمد أمام عدم اليقين).&lt;/li&gt;&lt;/ul&gt;اسم الحقل المستخدم أصلًا في طبقة الضربات يُضاف إليه لاحق رقمي. حقول LINES: strike_id (معرّف معلم الضربة)، وfaction، وkm.&lt;h3&gt;مثال&lt;/h3&gt;&lt;pre&gt;qgis_process run strikecheck:nearestfaction -- STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction OUTPUT=result.gpkg&lt;/pre&gt;</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckDatabase</name>
    <message>
      <location filename="../plugin/database/connection.py" line="126" />
      <location filename="../plugin/database/connection.py" line="127" />
      <source>Could not connect to the database {place}: {reason}</source>
      <translation>تعذّر الاتصال بقاعدة البيانات {place}: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/database/connection.py" line="38" />
      <source>The database engine needs the Python package psycopg2, which this QGIS does not have (Debian/Ubuntu: apt install python3-psycopg2; elsewhere: python3 -m pip install psycopg2-binary).</source>
      <translation>يحتاج محرك قاعدة البيانات إلى حزمة Python ‏psycopg2، وهي غير موجودة في QGIS هذا (Debian/Ubuntu: ‏apt install python3-psycopg2؛ وفي غيرها: python3 -m pip install psycopg2-binary).</translation>
    </message>
    <message>
      <location filename="../plugin/database/connection.py" line="100" />
      <location filename="../plugin/database/connection.py" line="101" />
      <source>The layer's QGIS authentication configuration '{id}' could not be used; check it in Settings &gt; Options &gt; Authentication.</source>
      <translation>تعذّر استخدام إعداد المصادقة «{id}» في QGIS الخاص بالطبقة؛ تحقق منه في الإعدادات &gt; الخيارات &gt; المصادقة.</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckDock</name>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="24" />
      <source>Automatic (PostGIS when both layers are in it)</source>
      <translation>تلقائي (PostGIS حين تكون الطبقتان فيه)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="31" />
      <location filename="../plugin/gui/factions_panel.py" line="104" />
      <source>Automatic (best match)</source>
      <translation>تلقائي (أفضل تطابق)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="103" />
      <source>Automatic: {preset}</source>
      <translation>تلقائي: {preset}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="47" />
      <source>Beside the project file</source>
      <translation>بجانب ملف المشروع</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="189" />
      <location filename="../plugin/gui/results_panel.py" line="190" />
      <source>CSV files (*.csv)</source>
      <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="129" />
      <location filename="../plugin/gui/factions_panel.py" line="130" />
      <source>Choose a control map and its faction field first.</source>
      <translation>اختر أولًا خريطة سيطرة وحقل الفصيل فيها.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="77" />
      <source>Choose a strike layer and a control map first.</source>
      <translation>اختر أولًا طبقة ضربات وخريطة سيطرة.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="79" />
      <location filename="../plugin/gui/export_panel.py" line="80" />
      <source>Choose the control map the strikes were analysed against.</source>
      <translation>اختر خريطة السيطرة التي حُللت الضربات مقابلها.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="79" />
      <source>Choose the control map's faction field first.</source>
      <translation>اختر أولًا حقل الفصيل في خريطة السيطرة.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="121" />
      <location filename="../plugin/gui/data_panel.py" line="125" />
      <source>Control maps (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;Georeferenced map images (*.tif *.tiff *.png *.jpg *.jpeg);;All files (*)</source>
      <translation>خرائط السيطرة (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;صور خرائط مُسنَدة جغرافيًا (*.tif *.tiff *.png *.jpg *.jpeg);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="198" />
      <location filename="../plugin/gui/results_panel.py" line="199" />
      <source>Could not write {path}: {reason}</source>
      <translation>تعذرت كتابة {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="31" />
      <source>Export map</source>
      <translation>تصدير الخريطة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="189" />
      <location filename="../plugin/gui/results_panel.py" line="190" />
      <source>Export results as CSV</source>
      <translation>تصدير النتائج بصيغة CSV</translation>
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
      <translation>استيراد خريطة سيطرة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="211" />
      <location filename="../plugin/gui/data_panel.py" line="213" />
      <source>Import strikes</source>
      <translation>استيراد الضربات</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="26" />
      <source>Inside the PostGIS database</source>
      <translation>داخل قاعدة بيانات PostGIS</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="58" />
      <location filename="../plugin/gui/export_panel.py" line="59" />
      <source>Map exported: {pdf} (the layout is in the project's layout manager).</source>
      <translation>صُدّرت الخريطة: {pdf} (التخطيط موجود في مدير تخطيطات المشروع).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="162" />
      <location filename="../plugin/gui/data_panel.py" line="163" />
      <source>No faction has a colour: nothing to import.</source>
      <translation>لا يوجد فصيل له لون: لا شيء للاستيراد.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="134" />
      <location filename="../plugin/gui/results_panel.py" line="135" />
      <source>No results: run the analysis first (the results layer was removed or none was made yet).</source>
      <translation>لا نتائج: شغّل التحليل أولًا (حُذفت طبقة النتائج أو لم تُنشأ بعد).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="25" />
      <source>On this computer</source>
      <translation>على هذا الحاسوب</translation>
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
      <translation>النتائج السابقة (يجري تحليل جديد): {summary}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="66" />
      <location filename="../plugin/gui/export_panel.py" line="67" />
      <source>Report written: {pdf}</source>
      <translation>كُتب التقرير: {pdf}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="23" />
      <source>Skip them, saying why</source>
      <translation>تخطّيها مع ذكر السبب</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="143" />
      <source>Stopped: {reason}</source>
      <translation>توقف: {reason}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="211" />
      <location filename="../plugin/gui/data_panel.py" line="215" />
      <source>Strike files (*.csv *.tsv *.txt *.geojson *.json *.gpkg *.shp *.kml *.kmz *.xlsx);;All files (*)</source>
      <translation>ملفات الضربات (*.csv *.tsv *.txt *.geojson *.json *.gpkg *.shp *.kml *.kmz *.xlsx);;كل الملفات (*)</translation>
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
      <translation>الضربات والسيطرة الميدانية</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="141" />
      <source>The algorithm failed.</source>
      <translation>فشلت الخوارزمية.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/analysis_panel.py" line="22" />
      <source>Use the nearest snapshot</source>
      <translation>استخدام أقرب لقطة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/export_panel.py" line="49" />
      <source>Write report</source>
      <translation>كتابة التقرير</translation>
    </message>
    <message>
      <location filename="../plugin/gui/runner.py" line="114" />
      <source>cancelled by you</source>
      <translation>ألغيتَه أنت</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="44" />
      <source>strikes</source>
      <translation>الضربات</translation>
    </message>
    <message>
      <location filename="../plugin/gui/factions_panel.py" line="158" />
      <source>{name} (factions)</source>
      <translation>{name} (الفصائل)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="203" />
      <source>{name} (from image)</source>
      <translation>{name} (من صورة)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="56" />
      <source>{name}: lines to nearest territory</source>
      <translation>{name}: خطوط إلى أقرب أراضٍ</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="46" />
      <source>{name}: nearest faction</source>
      <translation>{name}: أقرب فصيل</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="252" />
      <source>{name}: rejected rows</source>
      <translation>{name}: الصفوف المرفوضة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="204" />
      <location filename="../plugin/gui/data_panel.py" line="205" />
      <source>{n} control areas read from the image.</source>
      <translation>عدد مناطق السيطرة المقروءة من الصورة: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="108" />
      <location filename="../plugin/gui/data_panel.py" line="109" />
      <source>{n} of {total} selected</source>
      <translation>المحدد: {n} من أصل {total}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="182" />
      <source>{n} rows copied.</source>
      <translation>نُسخ {n} صفًا.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/results_panel.py" line="203" />
      <location filename="../plugin/gui/results_panel.py" line="204" />
      <source>{n} rows written to {path}.</source>
      <translation>كُتب {n} صفًا في {path}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="255" />
      <location filename="../plugin/gui/data_panel.py" line="256" />
      <source>{n} strikes imported, {m} rows rejected: see the layer '{errors}'.</source>
      <translation>عدد الضربات المستوردة: {n}، والصفوف المرفوضة: {m}؛ انظر الطبقة «{errors}».</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="247" />
      <location filename="../plugin/gui/data_panel.py" line="248" />
      <source>{n} strikes imported.</source>
      <translation>عدد الضربات المستوردة: {n}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="138" />
      <location filename="../plugin/gui/data_panel.py" line="139" />
      <source>{path} is not a control map QGIS can read (polygons, front lines or town points).</source>
      <translation>{path} ليس خريطة سيطرة يستطيع QGIS قراءتها (مضلعات أو خطوط جبهة أو نقاط بلدات).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/data_panel.py" line="192" />
      <location filename="../plugin/gui/data_panel.py" line="193" />
      <source>{path} is not an image QGIS can read.</source>
      <translation>{path} ليست صورة يستطيع QGIS قراءتها.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="163" />
      <location filename="../plugin/gui/dock.py" line="166" />
      <source>{task} is still running. Stop it and close the panel?</source>
      <translation>{task} لا يزال قيد التشغيل. هل تريد إيقافه وإغلاق اللوحة؟</translation>
    </message>
    <message>
      <source>Control maps (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;All files (*)</source>
      <translation type="vanished">خرائط السيطرة (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;كل الملفات (*)</translation>
    </message>
    <message>
      <source>{n} strikes analysed</source>
      <translation type="vanished">عدد الضربات المحللة: {n}</translation>
    </message>
    <message>
      <source>Run the analysis first: the map shows its results.</source>
      <translation type="vanished">شغّل التحليل أولًا: الخريطة تعرض نتائجه.</translation>
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
      <translation> كم</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="60" />
      <source>Analysis</source>
      <translation>التحليل</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="138" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="35" />
      <source>Control map</source>
      <translation>خريطة السيطرة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="119" />
      <source>Copy table</source>
      <translation>نسخ الجدول</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="28" />
      <source>Data</source>
      <translation>البيانات</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="79" />
      <source>Distance to the front</source>
      <translation>المسافة إلى الجبهة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="46" />
      <source>Each value found in the faction field, the faction it stands for, its legend label and colour. Edit a faction code to override the preset.</source>
      <translation>كل قيمة موجودة في حقل الفصيل، والفصيل الذي تدل عليه، وتسميتها في مفتاح الخريطة ولونها. عدّل رمز الفصيل لتجاوز الإعداد المسبق.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="93" />
      <source>Engine</source>
      <translation>المحرك</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="120" />
      <source>Export CSV…</source>
      <translation>تصدير CSV…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="121" />
      <source>Export map…</source>
      <translation>تصدير الخريطة…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="38" />
      <source>Faction field</source>
      <translation>حقل الفصيل</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="87" />
      <source>From the layer only</source>
      <translation>من الطبقة فقط</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="83" />
      <source>How far the true location may be from the point, for strikes whose layer does not say (e.g. 2 km for a town centre). Conclusions are checked against this disc.</source>
      <translation>إلى أي مدى قد يبعد الموقع الحقيقي عن النقطة، للضربات التي لا تذكر طبقتها ذلك (مثلًا 2 كم لمركز بلدة). تُختبر الخلاصات على هذه الدائرة.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="37" />
      <source>Import a control map from a file (DeepState or ISW exports, KML/KMZ, GeoJSON, GeoPackage, Shapefile): its factions are read with the preset.</source>
      <translation>استيراد خريطة سيطرة من ملف (تصديرات DeepState أو ISW، KML/KMZ، GeoJSON، GeoPackage، Shapefile): تُقرأ فصائلها بالإعداد المسبق.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="34" />
      <source>Import strikes from a file: ACLED or UCDP exports, CSV, XLSX, KML/KMZ, GeoJSON, GeoPackage.</source>
      <translation>استيراد ضربات من ملف: تصديرات ACLED أو UCDP، CSV، XLSX، KML/KMZ، GeoJSON، GeoPackage.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="37" />
      <source>Import…</source>
      <translation>استيراد…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="78" />
      <source>Lines to nearest territory</source>
      <translation>خطوط إلى أقرب منطقة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="68" />
      <source>Max distance</source>
      <translation>أقصى مسافة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="74" />
      <source>No limit</source>
      <translation>بلا حد</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="49" />
      <source>Outputs</source>
      <translation>المخرجات</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="80" />
      <source>Precision</source>
      <translation>الدقة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="40" />
      <source>Preset</source>
      <translation>الإعداد المسبق</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="122" />
      <source>Report…</source>
      <translation>تقرير…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="100" />
      <source>Results</source>
      <translation>النتائج</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="139" />
      <source>Run analysis</source>
      <translation>تشغيل التحليل</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="64" />
      <source>Selected strikes only</source>
      <translation>الضربات المحددة فقط</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="5" />
      <source>StrikeCheck</source>
      <translation>StrikeCheck</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="32" />
      <source>Strikes</source>
      <translation>الضربات</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="66" />
      <source>Target faction</source>
      <translation>الفصيل المستهدف</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="52" />
      <source>The GeoPackage the panel writes imports and results to, so that a saved project reopens with them. Empty: one beside the project file.</source>
      <translation>ملف GeoPackage الذي تكتب فيه اللوحة الاستيرادات والنتائج، كي يُعاد فتح المشروع المحفوظ معها. فارغ: ملف بجانب ملف المشروع.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="91" />
      <source>Undated / early</source>
      <translation>غير مؤرخة / مبكرة</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="94" />
      <source>Where the analysis runs. Automatic: inside PostGIS when the strikes and the control map are tables of the same PostGIS database (nothing is pulled into QGIS), else on this computer. The answers are the same.</source>
      <translation>مكان تشغيل التحليل. تلقائي: داخل PostGIS حين تكون الضربات وخريطة السيطرة جداول في قاعدة بيانات PostGIS واحدة (لا يُنقل شيء إلى QGIS)، وإلا فعلى هذا الحاسوب. الأجوبة واحدة.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="92" />
      <source>With a dated control map: what to do with strikes dated before its first snapshot, or undated.</source>
      <translation>مع خريطة سيطرة مؤرخة: ما العمل بالضربات المؤرخة قبل أول لقطة فيها، أو غير المؤرخة.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/ui/dock.ui" line="105" />
      <source>Zoom the map to the strikes of the results</source>
      <translation>تكبير الخريطة إلى ضربات النتائج</translation>
    </message>
    <message>
      <source>Draw lines to nearest territory</source>
      <translation type="vanished">رسم خطوط إلى أقرب أراضٍ</translation>
    </message>
    <message>
      <source>Import control map…</source>
      <translation type="vanished">استيراد خريطة سيطرة…</translation>
    </message>
    <message>
      <source>Import strikes…</source>
      <translation type="vanished">استيراد الضربات…</translation>
    </message>
    <message>
      <source>Measure the distance to the front</source>
      <translation type="vanished">قياس المسافة إلى الجبهة</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckPresets</name>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="35" />
      <source>Contested</source>
      <translation>منطقة متنازع عليها</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="12" />
      <source>Generic (any faction names)</source>
      <translation>عام (أي أسماء للفصائل)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="20" />
      <source>ISIS</source>
      <translation>داعش</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="19" />
      <source>ISIS Control</source>
      <translation>سيطرة داعش</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="26" />
      <source>ISIS, JN, and Rebel</source>
      <translation>داعش وجبهة النصرة والمعارضة</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="25" />
      <source>ISIS, JN, and Rebel Control</source>
      <translation>سيطرة داعش وجبهة النصرة والمعارضة</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="22" />
      <source>JN</source>
      <translation>جبهة النصرة</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="21" />
      <source>JN Control</source>
      <translation>سيطرة جبهة النصرة</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="28" />
      <source>JN and Rebel</source>
      <translation>جبهة النصرة والمعارضة</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="27" />
      <source>JN and Rebel Control</source>
      <translation>سيطرة جبهة النصرة والمعارضة</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="18" />
      <source>Rebel</source>
      <translation>المعارضة</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="17" />
      <source>Rebel Control</source>
      <translation>سيطرة المعارضة</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="16" />
      <source>Regime</source>
      <translation>النظام</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="15" />
      <source>Regime Control</source>
      <translation>سيطرة النظام</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="30" />
      <source>Regime and YPG</source>
      <translation>النظام ووحدات حماية الشعب</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="29" />
      <source>Regime and YPG Control</source>
      <translation>سيطرة النظام ووحدات حماية الشعب</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="34" />
      <source>Russia-occupied</source>
      <translation>تحت الاحتلال الروسي</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="14" />
      <source>Syria, 2015 (ISW-like control classes)</source>
      <translation>سوريا، 2015 (فئات سيطرة على نمط ISW)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="32" />
      <source>Ukraine (held, occupied, contested)</source>
      <translation>أوكرانيا (تحت السيطرة، محتلة، متنازع عليها)</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="33" />
      <source>Ukraine-held</source>
      <translation>تحت سيطرة أوكرانيا</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="24" />
      <source>YPG</source>
      <translation>وحدات حماية الشعب</translation>
    </message>
    <message>
      <location filename="../plugin/preset_strings.py" line="10" />
      <location filename="../plugin/preset_strings.py" line="23" />
      <source>YPG Control</source>
      <translation>سيطرة وحدات حماية الشعب</translation>
    </message>
  </context>
  <context>
    <name>StrikeCheckProvider</name>
    <message>
      <location filename="../plugin/processing/provider.py" line="38" />
      <source>StrikeCheck: strikes against territorial control</source>
      <translation>StrikeCheck: الضربات مقابل السيطرة الميدانية</translation>
    </message>
  </context>
  <context>
    <name>alg</name>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="110" />
      <source>Image: {w} x {h} pixels of {pw:.0f} x {ph:.0f} m.</source>
      <translation>الصورة: {w} x {h} بكسل، حجم كل منها {pw:.0f} x {ph:.0f} m.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="93" />
      <source>No faction: {share:.1f}%</source>
      <translation>بلا فصيل: {share:.1f}%</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="121" />
      <source>No pixel of the image is near a legend colour ({colours}). Check the legend against the image (pick the colours from it), or raise TOLERANCE.</source>
      <translation>لا يوجد أي بكسل في الصورة قريب من لون في المفتاح ({colours}). طابِق المفتاح مع الصورة (التقط الألوان منها)، أو ارفع قيمة TOLERANCE.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="64" />
      <source>The image '{name}' has no CRS: set it in the layer's properties (Source) or save it with the image (.aux.xml or .prj), and run again.</source>
      <translation>الصورة '{name}' ليس لها نظام إحداثيات مرجعي (CRS): حدّده في خصائص الطبقة (المصدر) أو احفظه مع الصورة (.aux.xml أو .prj)، ثم أعد التشغيل.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="55" />
      <source>The image '{name}' is not georeferenced (no GeoTIFF tags, world file or ground control points). Georeference it in QGIS's Georeferencer (Layer &gt; Georeferencer), save the GCPs or a world file, and run again.</source>
      <translation>الصورة '{name}' غير مُسنَدة جغرافيًا (لا توجد وسوم GeoTIFF ولا ملف إسناد ولا نقاط تحكم أرضية). أسنِدها جغرافيًا في أداة الإسناد الجغرافي في QGIS (طبقة &gt; أداة الإسناد الجغرافي، Layer &gt; Georeferencer)، واحفظ نقاط التحكم (GCPs) أو ملف إسناد، ثم أعد التشغيل.</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="87" />
      <source>hatching</source>
      <translation>التهشير</translation>
    </message>
    <message>
      <location filename="../plugin/processing/importing/image_control.py" line="88" />
      <source>{code} ({colour}): {share:.1f}% of the image</source>
      <translation>{code} ({colour}): {share:.1f}% من الصورة</translation>
    </message>
  </context>
</TS>
