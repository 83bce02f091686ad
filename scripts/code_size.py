"""Lists plugin files over 400 lines and functions over 60 lines (declaration blocks exempt)."""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
# Processing declaration blocks (a list of parameters) are exempt.
EXEMPT_FUNCTIONS = {"initAlgorithm"}


def offenders(paths):
    """(path, what, lines) for each file and function over its limit."""
    found = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        n_lines = len(text.splitlines())
        if n_lines > MAX_FILE_LINES:
            found.append((path, "file", n_lines))
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if node.name in EXEMPT_FUNCTIONS:
                    continue
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    found.append((path, f"{node.name}() at line {node.lineno}", length))
    return found


def main(argv):
    folders = [Path(arg) for arg in argv] or [ROOT / "plugin"]
    paths = sorted(p for folder in folders for p in (folder.rglob("*.py") if folder.is_dir() else [folder]))
    found = offenders(paths)
    for path, what, lines in found:
        print(f"{path.relative_to(ROOT) if path.is_absolute() else path}: {what}: {lines} lines")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
