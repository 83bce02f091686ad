"""Writing features: batches handed to a sink with progress and cancel, new features made."""

from qgis.core import QgsFeature, QgsFeatureSink, QgsProcessingException

from ..core.spreadsheet import safe_cell
from .progress import check_cancel

# Features handed to the sink at once. Small batches stay in the CPU cache: reading features
# while keeping 5000 alive was 3-4x slower than keeping 1000 (measured, memory layers).
BATCH = 1000
_NO_FLAGS = QgsFeatureSink.Flag(0)


class BatchWriter:
    """Adds features to a sink in batches, reporting progress over [start, end] percent."""

    def __init__(self, sink, feedback, total, start=0.0, end=100.0):
        self.sink, self.feedback = sink, feedback
        self.total, self.start, self.span = max(int(total), 1), start, end - start
        self.batch, self.written = [], 0

    def add(self, feature):
        """Queues a feature; raises core Cancelled when the user cancelled."""
        self.batch.append(feature)
        if len(self.batch) >= BATCH:
            self.flush()
            check_cancel(self.feedback)
            if self.feedback is not None:
                fraction = min(self.written / self.total, 1.0)
                self.feedback.setProgress(self.start + self.span * fraction)

    def flush(self):
        if self.batch:
            # A sink refuses features rather than raising: a GeoPackage cannot hold a table of
            # over 2,000 columns (a KML with 2,100 ExtendedData names), a disk fills up. Said,
            # not counted as written.
            added = self.sink.addFeatures(self.batch, QgsFeatureSink.Flag.FastInsert)
            # Processing's sinks answer a bool; data providers (ok, features) in Python.
            if not (added[0] if isinstance(added, tuple) else added):
                raise QgsProcessingException(_refused(self.sink, len(self.batch)))
            self.written += len(self.batch)
            self.batch = []


def _refused(sink, count):
    # OGR's reasons quote whole SQL statements: the first lines are the news.
    reason = (sink.lastError() if hasattr(sink, "lastError") else "")[:400]
    text = f"The output refused {count} features"
    return f"{text}: {reason}" if reason else f"{text}."


class SpreadsheetSafeSink(QgsFeatureSink):
    """A sink writing a CSV file: text attributes that start like a formula (= + - @) are
    written with a leading apostrophe, so opening the file in a spreadsheet runs nothing."""

    def __init__(self, sink):
        super().__init__()
        self.sink = sink

    def addFeatures(self, features, flags=_NO_FLAGS):
        for feature in features:
            values = feature.attributes()
            safe = [safe_cell(value) for value in values]
            if safe != values:
                feature.setAttributes(safe)
        return self.sink.addFeatures(features, flags)

    def addFeature(self, feature, flags=_NO_FLAGS):
        return self.addFeatures([feature], flags)

    def lastError(self):
        return self.sink.lastError() if hasattr(self.sink, "lastError") else ""


def new_feature(fields, attributes, geometry=None):
    """A feature of `fields` with these attributes (and geometry, when given)."""
    feature = QgsFeature(fields)
    if geometry is not None:
        feature.setGeometry(geometry)
    feature.setAttributes(list(attributes))
    return feature


def write_rows(sink, fields, rows, feedback, total, start=0.0, end=100.0):
    """Writes (attributes, geometry or None) rows as new features; raises Cancelled."""
    writer = BatchWriter(sink, feedback, total, start, end)
    for attributes, geometry in rows:
        writer.add(new_feature(fields, attributes, geometry))
    writer.flush()
    return writer.written
