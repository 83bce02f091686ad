"""Every algorithm's Help button (helpUrl) opens its own section of docs/algorithms.md."""

import re
from pathlib import Path

from qgis.core import QgsApplication

from strikecheck.plugin.processing.base import help_anchor

DOCS = Path(__file__).resolve().parents[2] / "docs" / "algorithms.md"


def test_every_algorithm_has_a_help_url_to_its_section(strikecheck_plugin):
    headings = re.findall(r"^## (.+)$", DOCS.read_text(encoding="utf-8"), re.MULTILINE)
    anchors = {help_anchor(h) for h in headings}
    provider = QgsApplication.processingRegistry().providerById("strikecheck")
    algorithms = provider.algorithms()
    assert len(algorithms) >= 8
    for algorithm in algorithms:
        url = algorithm.helpUrl()
        assert url.startswith("https://github.com/strikecheck/strikecheck/blob/main/docs/"), url
        assert url.rsplit("#", 1)[1] in anchors, (algorithm.id(), url, sorted(anchors))
