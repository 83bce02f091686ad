"""The user guide's algorithm reference is the one the algorithms themselves define."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load_docs_script():
    spec = importlib.util.spec_from_file_location("make_docs", ROOT / "scripts" / "make_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_docs = _load_docs_script()


def test_algorithm_reference_is_current(strikecheck_plugin):
    expected = make_docs.algorithms_markdown(strikecheck_plugin.provider)
    committed = (ROOT / "docs" / "algorithms.md").read_text(encoding="utf-8")
    assert committed == expected, (
        "docs/algorithms.md is out of date with the algorithms' definitions: "
        "run `make docs` and commit docs/algorithms.md"
    )


def test_reference_covers_every_algorithm_parameter_and_output(strikecheck_plugin):
    text = (ROOT / "docs" / "algorithms.md").read_text(encoding="utf-8")
    for alg in strikecheck_plugin.provider.algorithms():
        assert f"`{alg.id()}`" in text
        for param in alg.parameterDefinitions():
            assert f"`{param.name()}`" in text, (alg.id(), param.name())


def test_help_html_becomes_markdown():
    text = make_docs.help_to_markdown(
        "<p>Does <b>X</b>.</p><h3>Parameters</h3><ul><li><b>A</b>: a &amp; b, kept as "
        "&lt;name&gt;_orig</li></ul><pre>qgis_process run x -- A=&quot;1&quot;</pre>"
    )
    assert text == (
        "Does **X**.\n\n#### Parameters\n- **A**: a & b, kept as `<name>`_orig\n\n"
        '```sh\nqgis_process run x -- A="1"\n```'
    )
