"""`make lint`'s last step: the blocking checks the QGIS plugin repository runs on every upload.

plugins.qgis.org unpacks an uploaded zip and runs Bandit and detect-secrets over it; one finding
from an enabled rule blocks the version (skippable rules too, unless waived by hand on the upload
form). This builds the zip exactly as `make package` does, unpacks it and runs both tools with the
repository's rule set: the Bandit tests it enables (its bandit_rules.json: every test but the
'info' ones B109, B404, B410, B411) and every detect-secrets plugin but IPPublicDetector, with
metadata.txt excluded as the repository does. Exit 1 with each finding listed, 0 when clean.
A finding that is deliberate gets `# nosec Bnnn` on its line with the reason beside it.
"""

import importlib.util
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
DISABLED_BANDIT = {"B109", "B404", "B410", "B411"}
BANDIT_TESTS = [
    *(f"B1{n:02d}" for n in range(1, 14)),
    "B201", "B202",
    *(f"B3{n:02d}" for n in range(1, 25) if n not in (9, 22)),
    *(f"B4{n:02d}" for n in range(1, 14)),
    *(f"B5{n:02d}" for n in range(1, 10)),
    *(f"B6{n:02d}" for n in range(1, 16)),
    "B701", "B702", "B703", "B704",
]  # fmt: skip
DISABLED_SECRETS = ["IPPublicDetector"]


def _packager():
    spec = importlib.util.spec_from_file_location("package_script", ROOT / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bandit(folder):
    tests = ",".join(t for t in BANDIT_TESTS if t not in DISABLED_BANDIT)
    done = subprocess.run(
        [str(BIN / "bandit"), "-r", str(folder), "-f", "json", "-q", "-t", tests],
        capture_output=True,
        text=True,
    )
    if not done.stdout.strip():
        raise SystemExit(f"bandit gave no report:\n{done.stderr}")
    return [
        f"bandit {r['test_id']} {Path(r['filename']).relative_to(folder)}:{r['line_number']} "
        f"{r['issue_text']}"
        for r in json.loads(done.stdout)["results"]
    ]


def detect_secrets(folder):
    command = [str(BIN / "detect-secrets"), "scan", "--all-files"]
    command += ["--exclude-files", r"metadata\.txt"]
    for plugin in DISABLED_SECRETS:
        command += ["--disable-plugin", plugin]
    done = subprocess.run([*command, "."], cwd=folder, capture_output=True, text=True)
    if not done.stdout.strip():
        raise SystemExit(f"detect-secrets gave no report:\n{done.stderr}")
    return [
        f"detect-secrets {secret['type']} {path}:{secret['line_number']}"
        for path, secrets in json.loads(done.stdout)["results"].items()
        for secret in secrets
    ]


def main():
    with tempfile.TemporaryDirectory(prefix="strikecheck-repo-checks-") as work:
        work = Path(work)
        target = _packager().build(work / "dist")
        with zipfile.ZipFile(target) as archive:
            archive.extractall(work / "unpacked")
        folder = work / "unpacked"
        findings = bandit(folder) + detect_secrets(folder)
    for finding in findings:
        print(finding)
    name = target.name
    if findings:
        print(f"plugin repository checks: {len(findings)} blocking finding(s) in {name}")
        return 1
    print(f"plugin repository checks: {name} clean (bandit, detect-secrets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
