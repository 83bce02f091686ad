"""Lists plugin files over 400 lines and functions over 60 lines (declaration blocks exempt).

Usage: scripts/code_size.py [PATH ...] [--skip PATH ...]; PATH defaults to plugin/. Exits 1 when
something is over its limit.
"""

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
# Processing's parameter declarations (one addParameter after another) are exempt.
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
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES and node.name not in EXEMPT_FUNCTIONS:
                    found.append((path, f"{node.name}() at line {node.lineno}", length))
    return found


def python_files(paths, skipped):
    skipped = [p.resolve() for p in skipped]
    for path in paths:
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            here = file.resolve()
            if not any(here == s or s in here.parents for s in skipped):
                yield file


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "plugin"])
    parser.add_argument("--skip", action="append", type=Path, default=[])
    args = parser.parse_args(argv)
    found = offenders(python_files(args.paths, args.skip))
    for path, what, lines in found:
        print(f"{path}: {what}: {lines} lines")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
