"""The code's shape, kept: a pure core, one seam for features, a panel without analysis, files
and functions a reader can hold in their head."""

import ast
from pathlib import Path

import pytest

PLUGIN = Path(__file__).resolve().parents[1] / "plugin"
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
# Declarations of Processing parameters and help texts are lists, not logic.
DECLARATIONS = {"initAlgorithm", "shortHelpString"}
# Names that read or write features: only plugin/layer_io may use them.
FEATURE_NAMES = {
    "QgsFeature",
    "QgsFeatureSink",
    "QgsFeatureRequest",
    "QgsFeatureIterator",
    "getFeatures",
    "getFeature",
    "nextFeature",
    "addFeature",
    "addFeatures",
}
# The analysis itself: the panel runs algorithms and never imports these.
ANALYSIS_MODULES = {
    "analysis", "nearest", "territory", "fronts", "front_search", "far", "geodesic", "lines",
    "uncertainty", "timeline", "build_cache", "parallel", "options", "engine", "sql_builder",
}  # fmt: skip


def modules(folder=PLUGIN):
    return sorted(folder.rglob("*.py"))


def tree(path):
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def imported(path):
    """(module as written, level) of every import of a file, at any depth."""
    found = []
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Import):
            found += [(alias.name, 0) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            found += [(f"{base}.{alias.name}" if base else alias.name, node.level)
                      for alias in node.names]  # fmt: skip
    return found


def test_core_imports_no_qgis_and_nothing_above_it():
    problems = []
    for path in modules(PLUGIN / "core"):
        for name, level in imported(path):
            if level == 0 and name.split(".")[0] in {"qgis", "PyQt5", "PyQt6", "processing"}:
                problems.append(f"{path.name}: imports {name}")
            # From plugin/core, '..x' is plugin/x: the core stands alone (scripts load it so).
            if level >= 2:
                problems.append(f"{path.name}: imports {'.' * level}{name}")
    assert not problems, "\n".join(problems)


def test_only_layer_io_touches_features():
    problems = []
    for path in modules():
        if path.parent.name == "layer_io":
            continue
        for node in ast.walk(tree(path)):
            name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
            if isinstance(node, ast.alias):
                name = node.name
            if name in FEATURE_NAMES:
                problems.append(f"{path.relative_to(PLUGIN)}:{node.lineno}: {name}")
    assert not problems, "features outside plugin/layer_io:\n" + "\n".join(problems)


def test_the_panel_imports_no_analysis_code():
    problems = []
    for path in modules(PLUGIN / "gui"):
        for name, level in imported(path):
            parts = name.split(".")
            if level and (set(parts) & ANALYSIS_MODULES or "nearest" in parts):
                problems.append(f"{path.name}: imports {'.' * level}{name}")
    assert not problems, "\n".join(problems)


def test_no_file_is_too_long():
    long = [
        f"{path.relative_to(PLUGIN)}: {n} lines"
        for path in modules()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_FILE_LINES
    ]
    assert not long, f"files over {MAX_FILE_LINES} lines:\n" + "\n".join(long)


def test_no_function_is_too_long():
    long = []
    for path in modules():
        for node in ast.walk(tree(path)):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if node.name in DECLARATIONS or node.name.endswith("_parameters"):
                continue
            size = node.end_lineno - node.lineno + 1
            if size > MAX_FUNCTION_LINES:
                long.append(f"{path.relative_to(PLUGIN)}:{node.lineno} {node.name}: {size} lines")
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines:\n" + "\n".join(long)


@pytest.mark.parametrize("folder", ["core", "layer_io", "processing", "gui", "layouts", "reports"])
def test_every_module_says_what_it_is_for(folder):
    missing = [
        path.name for path in modules(PLUGIN / folder) if ast.get_docstring(tree(path)) is None
    ]
    assert not missing, f"modules without a docstring in plugin/{folder}: {missing}"


def test_the_plugin_and_its_algorithms_load_without_the_core_packages(tmp_path):
    # Windows and macOS QGIS may lack shapely, pyproj or even numpy: the provider and the panel
    # must still load and say what to install (dependencies.py), so nothing they import at
    # load time may need them.
    import subprocess
    import sys

    script = tmp_path / "load.py"
    script.write_text(
        "import importlib.abc, sys\n"
        # QGIS >= 3.36 needs numpy itself: it is blocked only where QGIS loads without it.
        "import qgis.core\n"
        # What QGIS itself loaded (3.40 loads numpy, and may load more) is not ours to block.
        "blocked = {'shapely', 'pyproj', 'scipy', 'numpy'} - set(sys.modules)\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in blocked:\n"
        "            raise ImportError(name + ' blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "import conftest  # the checkout as the package strikecheck\n"
        "import strikecheck\n"
        "from strikecheck.plugin.processing.provider import ALGORITHMS\n"
        "import strikecheck.plugin.main, strikecheck.plugin.gui.dock\n"
        "print(len(ALGORITHMS), sorted(blocked) != [], any(m in sys.modules for m in blocked))\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, run.stderr[-3000:]
    # Something was blocked, and nothing blocked got loaded.
    assert run.stdout.split() == ["9", "True", "False"], run.stdout
