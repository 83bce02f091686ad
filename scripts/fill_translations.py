"""Puts translations written in a plain worksheet into i18n/strikecheck_<lang>.ts.

A worksheet is a text file of blocks, each an `@@ <id>` line and the translation on the lines
below it (up to the next `@@` line; lines starting with `#|` are notes and are skipped). The id
names the English text: the first 8 hex digits of its SHA-1, the same in every context, so one
block fills every message with that text. No escaping is needed: write the text as it should
read, HTML tags and all.

    python3 scripts/fill_translations.py todo ru            # worksheet skeleton: what ru lacks
    python3 scripts/fill_translations.py apply ru work/ru.txt
    make translations                                       # then compile the .qm files

`apply` fills only messages without a finished translation, unless --force (to correct one); it
refuses any translation whose {placeholders}, HTML tags, entities, identifiers or edge spaces
differ from the English (scripts/translations.py: translation_problems), names it and goes on.
"""

import argparse
import hashlib
import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _translations_script():
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _translations_script()


def text_id(source):
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:8]


def ts_path(language):
    return translations.I18N / f"strikecheck_{language}.ts"


def live_messages(root):
    """(context name, message element) for every message still in the code."""
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.find("translation").get("type") != "vanished":
                yield name, message


def finished(message):
    translation = message.find("translation")
    return bool(translation.text) and translation.get("type") not in ("unfinished", "vanished")


def read_worksheet(path):
    """{id: translation} from a worksheet file."""
    entries, current, lines = {}, None, []

    def close():
        if current is not None:
            entries[current] = "\n".join(lines).strip("\n")

    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        if line.startswith("@@"):
            close()
            current, lines = line[2:].split()[0], []
        elif line.startswith("#|"):
            continue
        elif current is not None:
            lines.append(line)
    close()
    return entries


def write(root, path):
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def todo(language):
    root = ET.parse(ts_path(language)).getroot()
    seen = set()
    for context, message in live_messages(root):
        source = message.findtext("source")
        if finished(message) or source in seen:
            continue
        seen.add(source)
        print(f"@@ {text_id(source)}")
        print(f"#| [{context}]")
        for line in source.split("\n"):
            print(f"#| {line}")
        print()


def apply(language, worksheet, force=False):
    path = ts_path(language)
    root = ET.parse(path).getroot()
    entries = read_worksheet(worksheet)
    used, filled, refused = set(), 0, 0
    for context, message in live_messages(root):
        source = message.findtext("source")
        key = text_id(source)
        if key not in entries:
            continue
        used.add(key)
        if finished(message) and not force:
            continue
        text = entries[key]
        problems = translations.translation_problems(source, text)
        if problems:
            refused += 1
            print(f"{language} {key} [{context}] refused: {'; '.join(problems)}", file=sys.stderr)
            continue
        translation = message.find("translation")
        translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    write(root, path)
    unused = sorted(set(entries) - used)
    if unused:
        print(f"{language}: ids not in the catalogue: {', '.join(unused)}", file=sys.stderr)
    left = sum(not finished(m) for _, m in live_messages(root))
    name = path.relative_to(ROOT)
    print(f"{name}: {filled} filled, {refused} refused, {left} still to translate")
    return refused == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    todo_parser = commands.add_parser("todo", help="print a worksheet of what a language lacks")
    todo_parser.add_argument("language")
    apply_parser = commands.add_parser("apply", help="fill a .ts file from a worksheet")
    apply_parser.add_argument("language")
    apply_parser.add_argument("worksheet")
    apply_parser.add_argument("--force", action="store_true", help="replace finished ones too")
    args = parser.parse_args()
    if args.command == "todo":
        todo(args.language)
        return 0
    return 0 if apply(args.language, args.worksheet, args.force) else 1


if __name__ == "__main__":
    sys.exit(main())
