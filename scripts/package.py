"""`make package`: builds dist/strikecheck-<version>.zip, the plugin as a user installs it.

The zip holds one folder, strikecheck/, with what QGIS needs at run time and nothing else: no tests,
no build or lint configuration, no generator scripts, no caches. Translations are compiled from
i18n/*.ts with lrelease when there are any. Before writing, the package is checked against the
rules the QGIS plugin repository applies to an upload (check_package), so a zip that would be
refused is never made.
"""

import argparse
import configparser
import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "strikecheck"
TOP_FILES = ("metadata.txt", "__init__.py", "LICENSE", "CHANGELOG.md", "README.md")
# Folders shipped whole, less what matches SKIP (dev files), and what each may not contain.
TREES = {"plugin": (".py", ".ui"), "resources": None}
SKIP_DIRS = {"__pycache__", ".git", ".pytest_cache", ".ruff_cache", "__MACOSX"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".orig", ".rej", ".swp", ".bak"}
# resources/ holds data a user opens; the scripts that generated it stay in the repository.
SKIP_IN_RESOURCES = {".py"}

# The plugin repository (plugins.qgis.org) refuses an upload without these metadata fields.
REQUIRED_METADATA = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
)
VERSION = re.compile(r"^\d+\.\d+(\.\d+)?([.-]?[A-Za-z0-9]+)*$")
QGIS_VERSION = re.compile(r"^\d+\.\d+(\.\d+)?$")
# Compiled or binary files have no place in a plugin upload (the repository rejects .pyc outright).
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".so", ".pyd", ".dll", ".dylib", ".exe", ".o", ".a")
FORBIDDEN_DIRS = {"__pycache__", ".git", "__MACOSX"}
MAX_ZIP_BYTES = 5_000_000  # the repository's limit is 25 MB; StrikeCheck should stay far below


def read_metadata(text):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(text)
    if not parser.has_section("general"):
        raise ValueError("metadata.txt has no [general] section")
    return dict(parser.items("general"))


def check_metadata(text):
    """Problems the plugin repository would report for this metadata.txt text (empty: none)."""
    try:
        meta = read_metadata(text)
    except (configparser.Error, ValueError) as error:
        return [f"metadata.txt cannot be read: {error}"]
    problems = [f"metadata.txt lacks '{key}'" for key in REQUIRED_METADATA if not meta.get(key)]
    if meta.get("version") and not VERSION.match(meta["version"]):
        problems.append(f"version '{meta['version']}' is not like 1.2.3 or 1.2.3-beta1")
    for key in ("qgisMinimumVersion", "qgisMaximumVersion"):
        if meta.get(key) and not QGIS_VERSION.match(meta[key]):
            problems.append(f"{key} '{meta[key]}' is not like 3.22")
    for key in ("repository", "tracker", "homepage"):
        value = meta.get(key, "")
        if value and not re.match(r"^https?://[^/\s]+\.[^/\s]+", value):
            problems.append(f"{key} '{value}' is not a web address")
    if "/" in meta.get("author", ""):
        problems.append("author cannot contain slashes")
    if meta.get("email") and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", meta["email"]):
        problems.append(f"email '{meta['email']}' is not an e-mail address")
    for key in ("experimental", "deprecated", "server"):
        if meta.get(key) and meta[key].lower() not in ("true", "false", "1", "0", "yes", "no"):
            problems.append(f"{key} must be True or False")
    return problems


def check_package(zip_path):
    """Problems the plugin repository (and a careful reviewer) would find in this zip."""
    problems = []
    size = Path(zip_path).stat().st_size
    if size > MAX_ZIP_BYTES:
        problems.append(f"zip is {size / 1e6:.1f} MB, more than {MAX_ZIP_BYTES / 1e6:.0f} MB")
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        if archive.testzip() is not None:
            problems.append("zip is corrupt")
        tops = {name.split("/")[0] for name in names}
        if tops != {PACKAGE}:
            problems.append(f"zip must hold one folder '{PACKAGE}/', holds {sorted(tops)}")
        for name in names:
            parts = name.split("/")
            if ".." in parts or name.startswith("/"):
                problems.append(f"path outside the plugin: {name}")
            if FORBIDDEN_DIRS & set(parts):
                problems.append(f"forbidden folder in {name}")
            if name.endswith(FORBIDDEN_SUFFIXES):
                problems.append(f"compiled or binary file: {name}")
            if any(part.startswith(".") for part in parts if part):
                problems.append(f"hidden file: {name}")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{PACKAGE}/{required}" not in names:
                problems.append(f"{required} missing from the zip")
        if f"{PACKAGE}/metadata.txt" in names:
            text = archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8")
            problems += check_metadata(text)
            icon = read_metadata(text).get("icon")
            if icon and f"{PACKAGE}/{icon}" not in names:
                problems.append(f"icon {icon} missing from the zip")
    return problems


def compile_translations(out_dir):
    """i18n/*.ts -> out_dir/*.qm with lrelease; [] when there is nothing to translate."""
    sources = sorted((ROOT / "i18n").glob("*.ts"))
    if not sources:
        return []
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        raise SystemExit("package: lrelease is missing: apt-get install qttools5-dev-tools")
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sources:
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def package_files(qm_files):
    """(path on disk, path inside the plugin folder) for everything the zip ships, sorted."""
    files = []
    for name in TOP_FILES:
        path = ROOT / name
        if not path.exists():
            raise SystemExit(f"package: {name} is missing")
        files.append((path, name))
    for tree, only in TREES.items():
        for path in sorted((ROOT / tree).rglob("*")):
            rel = path.relative_to(ROOT)
            if not path.is_file() or SKIP_DIRS & set(rel.parts[:-1]):
                continue
            if any(part.startswith(".") for part in rel.parts):
                continue
            if path.suffix in SKIP_SUFFIXES or (only and path.suffix not in only):
                continue
            if tree == "resources" and path.suffix in SKIP_IN_RESOURCES:
                continue
            files.append((path, rel.as_posix()))
    files += [(qm, f"i18n/{qm.name}") for qm in qm_files]
    return sorted(files, key=lambda item: item[1])


def build(dist):
    meta = read_metadata((ROOT / "metadata.txt").read_text(encoding="utf-8"))
    problems = check_metadata((ROOT / "metadata.txt").read_text(encoding="utf-8"))
    if problems:
        raise SystemExit("package: metadata.txt: " + "; ".join(problems))
    dist.mkdir(parents=True, exist_ok=True)
    qm_files = compile_translations(ROOT / ".build" / "i18n")
    target = dist / f"{PACKAGE}-{meta['version']}.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path, name in package_files(qm_files):
            # A fixed date: the same sources give the same zip, byte for byte.
            info = zipfile.ZipInfo(f"{PACKAGE}/{name}", date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    target.write_bytes(buffer.getvalue())
    problems = check_package(target)
    if problems:
        target.unlink()
        raise SystemExit("package: the plugin repository would refuse it: " + "; ".join(problems))
    return target


def uncommitted():
    """Files of the package that differ from git's HEAD (a release is built from a clean clone)."""
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        return []
    done = subprocess.run(
        ["git", "status", "--porcelain", "--", *TOP_FILES, *TREES, "i18n"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return [line[3:] for line in done.stdout.splitlines() if not line[3:].endswith(".qm")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    args = parser.parse_args()
    changed = uncommitted()
    if changed:
        print(f"package: warning: built from uncommitted files: {', '.join(changed[:8])}")
    target = build(args.dist)
    with zipfile.ZipFile(target) as archive:
        count = len(archive.namelist())
    print(f"{target} ({target.stat().st_size / 1000:.0f} kB, {count} files)")


if __name__ == "__main__":
    sys.exit(main())
