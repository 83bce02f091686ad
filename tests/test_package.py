"""The release zip: what it holds, the plugin repository's rules, and a real install into QGIS."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")


def _load_packager():
    spec = importlib.util.spec_from_file_location("package_script", ROOT / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


package = _load_packager()


@pytest.fixture(scope="module")
def built_zip(tmp_path_factory):
    return package.build(tmp_path_factory.mktemp("dist"))


def test_zip_is_named_after_the_version(built_zip):
    version = package.read_metadata((ROOT / "metadata.txt").read_text(encoding="utf-8"))["version"]
    assert built_zip.name == f"strikecheck-{version}.zip"


def test_zip_holds_what_a_user_needs_and_nothing_else(built_zip):
    with zipfile.ZipFile(built_zip) as archive:
        names = set(archive.namelist())
    for needed in (
        "metadata.txt",
        "__init__.py",
        "LICENSE",
        "CHANGELOG.md",
        "README.md",
        "plugin/main.py",
        "plugin/processing/provider.py",
        "plugin/core/nearest.py",
        "plugin/gui/ui/dock.ui",
        "resources/icons/strikecheck.svg",
        "resources/layouts/strikecheck_map.qpt",
        "resources/presets/syria-2015.json",
        "resources/presets/README.md",
        "resources/sample/strikes_2015-09-30.csv",
        "resources/sample/control_2015-09.geojson",
    ):
        assert f"strikecheck/{needed}" in names, needed
    assert any(n.startswith("strikecheck/resources/styles/") and n.endswith(".qml") for n in names)
    # Every Python module of the plugin ships (a missing one would break an import at run time).
    for path in (ROOT / "plugin").rglob("*.py"):
        if "__pycache__" not in path.parts:
            assert f"strikecheck/{path.relative_to(ROOT).as_posix()}" in names
    for name in names:
        parts = name.split("/")
        assert parts[0] == "strikecheck"
        assert parts[1] not in ("tests", "scripts", "benchmarks", "docs", ".ci", "dist", ".build")
        assert parts[1] not in ("Makefile", "pyproject.toml", "requirements.txt", ".gitignore")
        assert not name.endswith((".pyc", ".ts")), name
        assert "__pycache__" not in parts
        # Generator scripts stay in the repository; resources/ ships data only.
        assert not (parts[1] == "resources" and name.endswith(".py")), name
    ts_files = list((ROOT / "i18n").glob("*.ts"))
    qm_names = {n for n in names if n.startswith("strikecheck/i18n/") and n.endswith(".qm")}
    assert qm_names == {f"strikecheck/i18n/{ts.stem}.qm" for ts in ts_files}


def test_zip_passes_the_plugin_repository_checks(built_zip):
    assert package.check_package(built_zip) == []
    assert built_zip.stat().st_size < 2_000_000


def test_metadata_checks_catch_what_the_repository_refuses():
    good = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    assert package.check_metadata(good) == []
    without_tracker = "\n".join(
        line for line in good.splitlines() if not line.startswith("tracker=")
    )
    assert package.check_metadata(without_tracker) == ["metadata.txt lacks 'tracker'"]
    bad_version = good.replace("\nversion=", "\nversion=one point ")
    assert any("version" in problem for problem in package.check_metadata(bad_version))
    assert package.check_metadata("[other]\nname=x\n")[0].startswith("metadata.txt cannot")


def test_check_package_refuses_junk(tmp_path):
    junk = tmp_path / "junk.zip"
    with zipfile.ZipFile(junk, "w") as archive:
        archive.writestr("strikecheck/__init__.py", "")
        archive.writestr("strikecheck/plugin/__pycache__/main.cpython-311.pyc", b"\0")
        archive.writestr("other/readme.txt", "")
    problems = package.check_package(junk)
    assert any("one folder" in p for p in problems)
    assert any("compiled" in p for p in problems)
    assert any("LICENSE missing" in p for p in problems)
    assert any("metadata.txt missing" in p for p in problems)


def test_same_sources_give_the_same_zip(built_zip, tmp_path):
    again = package.build(tmp_path)
    assert again.read_bytes() == built_zip.read_bytes()


@pytest.mark.slow
def test_installed_zip_runs_in_a_fresh_qgis_profile(built_zip, tmp_path):
    """Unpacks the zip where QGIS's plugin manager would, enables it and runs the analysis."""
    assert QGIS_PROCESS, "qgis_process is missing: `make test` installs QGIS"
    profile = tmp_path / "config"
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(built_zip) as archive:
        archive.extractall(plugins)
    env = dict(os.environ)
    env.pop("QGIS_OPTS", None)
    env.pop("QGIS_PLUGINPATH", None)  # only the unpacked zip, never the checkout
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profile)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")

    def qgis_process(*args):
        return subprocess.run(
            [QGIS_PROCESS, *args], capture_output=True, text=True, env=env, timeout=300
        )

    enabled = qgis_process("plugins", "enable", "strikecheck")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    listed = qgis_process("plugins")
    assert "strikecheck" in listed.stdout, listed.stdout + listed.stderr
    strikes = (
        f"delimitedtext://file://{SAMPLE / 'strikes_2015-09-30.csv'}?type=csv"
        "&xField=longitude&yField=latitude&crs=EPSG:4326"
    )
    out = tmp_path / "result.gpkg"
    done = qgis_process(
        "--json",
        "run",
        "strikecheck:nearestfaction",
        "--",
        f"STRIKES={strikes}",
        f"CONTROL={SAMPLE / 'control_2015-09.geojson'}",
        "FACTION_FIELD=faction",
        f"OUTPUT={out}",
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    report = json.loads(done.stdout[done.stdout.index("{") :])
    assert Path(report["results"]["OUTPUT"]).exists()
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(out), "result", "ogr")
    assert layer.isValid() and layer.featureCount() == 7
    by_site = {f["location"]: f["controlled_by"] for f in layer.getFeatures()}
    assert by_site["Jisr al-Shughur"] == "jn" and by_site["Talbiseh"] == "rebel"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-v"]))
