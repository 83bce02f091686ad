"""Runs another Processing algorithm from inside one, or from the panel, without a dict in the log.

processing.run() ends by logging "Results: {'LAYOUT': ..., 'OUTPUT_PNG': ...}", a Python
dictionary, to the feedback. This runs the algorithm as processing.run() does (its parameters
checked, its exceptions passed on) and leaves the wording of what was written to the caller
and the algorithm itself.
"""

from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback


def run_child(algorithm_id, parameters, context, feedback=None):
    """The results of `algorithm_id` run with `parameters`; its errors raised as
    QgsProcessingException."""
    feedback = feedback or QgsProcessingFeedback()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    if algorithm is None:
        raise QgsProcessingException(f"{algorithm_id} is not available")
    ok, message = algorithm.checkParameterValues(parameters, context)
    if not ok:
        raise QgsProcessingException(message)
    # Exceptions not caught: the child's own message reaches the user, as with processing.run.
    results, ok = algorithm.run(parameters, context, feedback, {}, False)
    if not ok:
        raise QgsProcessingException(f"{algorithm_id} failed")
    return results
