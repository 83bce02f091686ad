"""The rows an import keeps: FILTER_EXPRESSION (or ACLED's default) evaluated on each row."""

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionNodeBinaryOperator,
    QgsExpressionNodeColumnRef,
    QgsExpressionNodeLiteral,
    QgsProcessingException,
)

from ...layer_io.tables import feature_of, fields_read, raw_text
from ...layer_io.values import is_null


def _tr(text):
    from qgis.PyQt.QtCore import QCoreApplication

    return QCoreApplication.translate("StrikeCheck", text)


def default_filter(names):
    """(expression, note) for ACLED exports when FILTER_EXPRESSION is empty, else (None, None)."""
    from ...core.strike_columns import ACLED_STRIKES, acled_filter_column, is_acled

    if not is_acled(names):
        return None, None
    column = acled_filter_column(names)
    if column is None:
        return None, _tr(
            "ACLED export without a sub_event_type column: every row is kept (older exports mix "
            "air strikes with shelling and other remote violence)."
        )
    expression = (
        f"{QgsExpression.quotedColumnRef(column)} = {QgsExpression.quotedString(ACLED_STRIKES)}"
    )
    note = _tr(
        "ACLED export: keeping only {expression}. Set FILTER_EXPRESSION to TRUE to keep every row."
    ).format(expression=expression)
    return expression, note


def _truthy(value):
    if is_null(value):
        return False
    return bool(value)


def required_text(expression):
    """The text every row the expression keeps holds as written, or None: the literal of
    `"column" = 'text'` (ACLED's default filter), when no quote or line end in it changes how
    a file writes it and it is no number (QGIS compares two numbers' values, not their text)."""
    node = expression.rootNode()
    if not isinstance(node, QgsExpressionNodeBinaryOperator):
        return None
    if node.op() != QgsExpressionNodeBinaryOperator.BinaryOperator.boEQ:
        return None
    sides = (node.opLeft(), node.opRight())
    literal = [n for n in sides if isinstance(n, QgsExpressionNodeLiteral)]
    if len(literal) != 1 or not any(isinstance(n, QgsExpressionNodeColumnRef) for n in sides):
        return None
    text = literal[0].value()
    if not isinstance(text, str) or not text.strip() or any(c in text for c in '"\r\n'):
        return None
    try:
        float(text)
        return None
    except ValueError:
        return text


class RowFilter:
    """A QGIS expression over the input's own columns that decides which rows are imported.

    Rows it rejects are counted (`left_out`); rows it fails on become `problems`
    (line, fid, reason, raw) for the ERRORS output.
    """

    def __init__(self, text, context, fields):
        self.left_out = 0
        self.problems = []
        self.expression = QgsExpression(text)
        if self.expression.hasParserError():
            raise QgsProcessingException(
                _tr("FILTER_EXPRESSION cannot be read: {error}").format(
                    error=self.expression.parserErrorString()
                )
            )
        unknown = [
            c for c in self.expression.referencedColumns() if c != "*" and fields.lookupField(c) < 0
        ]
        if unknown:
            raise QgsProcessingException(
                _tr(
                    "FILTER_EXPRESSION uses column(s) {unknown}, which the input does not have; "
                    "its columns are: {names}."
                ).format(unknown=", ".join(unknown), names=", ".join(fields.names()))
            )
        self.fields = fields
        self.context = QgsExpressionContext(context.expressionContext())
        self.context.setFields(fields)
        self.expression.prepare(self.context)

    def keep(self, feature, line=None, raw=None):
        """True when the expression keeps `feature`; `raw`: the row as written, for a problem
        (default: the feature's values)."""
        self.context.setFeature(feature)
        value = self.expression.evaluate(self.context)
        if self.expression.hasEvalError():
            reason = _tr("FILTER_EXPRESSION fails on this row: {error}").format(
                error=self.expression.evalErrorString()
            )
            fid = None if line is not None else feature.id()
            raw = raw if raw is not None else raw_text(feature, self.fields.names())
            self.problems.append((line, fid, reason, raw))
            return False
        if _truthy(value):
            return True
        self.left_out += 1
        return False

    def apply_to_text(self, data, progress=None):
        """Filters the rows of a text input in place; `progress(fraction)` may raise to stop."""
        kept = []
        every = max(len(data.values) // 50, 2000)
        used = fields_read(self.expression, self.fields)  # None: it may read any
        # A row without the text the expression needs is left out unread: three quarters of
        # an ACLED export are not air strikes.
        needed = required_text(self.expression)
        for i, values in enumerate(data.values):
            if progress is not None and i % every == 0:
                progress(i / len(data.values))
            if needed is not None and needed not in data.raw[i]:
                self.left_out += 1
                continue
            # Only the columns the expression reads: 3x faster on a 30-column export.
            feature = feature_of(data.fields, values, used)
            # A row the expression fails on is reported as written, like the file's other
            # rejected rows (its feature may hold only the columns the expression reads).
            if self.keep(feature, data.lines[i], data.raw[i].rstrip("\r\n")):
                kept.append(i)
        data.keep_rows(kept)
        data.errors.extend(self.problems)
        data.filtered_out = self.left_out
