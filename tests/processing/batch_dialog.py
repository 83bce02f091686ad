"""QGIS's own batch dialog (processing.gui BatchAlgorithmDialog) filled in and run by tests:
rows typed into its table, parameters built by its BatchPanel, each row run as QGIS does."""

import inspect

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
from qgis.PyQt import sip

_OPEN = []  # the dialogs made; left to the interpreter's exit, they crash QGIS there


def close_dialogs():
    """Deletes the batch dialogs made so far, as closing them in QGIS does."""
    while _OPEN:
        sip.delete(_OPEN.pop())


class _Recording(QgsProcessingFeedback):
    """Keeps what the rows said (the dialog's own log needs a window to read)."""

    def __init__(self, lines):
        super().__init__()
        self.lines = lines

    def pushInfo(self, text):
        self.lines.append(text)

    def reportError(self, text, fatalError=False):
        self.lines.append("ERROR " + text)


def batch_dialog(algorithm_id, rows):
    """The real batch dialog of `algorithm_id` with one table row per dict of `rows`; values
    are typed as a user would (layers and files as paths, empty cells left alone)."""
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog

    lines = []

    class Dialog(BatchAlgorithmDialog):
        def createFeedback(self):
            self.feedback = _Recording(lines)
            return self.feedback

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    dialog = Dialog(algorithm.create())
    _OPEN.append(dialog)
    dialog.lines = lines
    panel = dialog.mainWidget()
    while panel.batchRowCount() < len(rows):
        panel.addRow()
    context = QgsProcessingContext()
    for row, values in enumerate(rows):
        for name, value in values.items():
            column = panel.parameter_to_column[name]
            if algorithm.parameterDefinition(name).isDestination():
                panel.tblParameters.cellWidget(row + 1, column).setValue(value)
            else:
                panel.wrappers[row][column].setParameterValue(value, context)
    return dialog


def row_parameters(dialog, row):
    """The parameters the batch panel sends for `row` (BatchPanel.parametersForRow)."""
    panel = dialog.mainWidget()
    # QGIS 3.22: parametersForRow(row, warnOnInvalid); 3.40: parametersForRow(row, context, ...).
    if "context" in inspect.signature(panel.parametersForRow).parameters:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        parameters, ok = panel.parametersForRow(row, context, warnOnInvalid=False)
    else:
        parameters, ok = panel.parametersForRow(row, warnOnInvalid=False)
    assert ok
    return parameters
