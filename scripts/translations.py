"""`make translations`: i18n/strikecheck_<lang>.ts from the code's strings, then .qm with lrelease.

pylupdate5 (Debian's pyqt5-dev-tools) extracts tr()/translate()/QT_TRANSLATE_NOOP strings from
plugin/**/*.py and the .ui files. It names a context after the enclosing class, or '@default' at
module level, while StrikeCheck's tr() helpers translate in a fixed context ('StrikeCheck',
'StrikeCheckDock'); this script moves each message to the context the code looks it up in at run
time, keeps every translation already in the .ts files (a string that left the code is kept as
'vanished', so a translator's work is never lost) and compiles the .qm files next to them.

The bundled presets' titles, legend labels and short names live in JSON, where pylupdate5 cannot
see them: plugin/preset_strings.py lists them with QT_TRANSLATE_NOOP in the context
'StrikeCheckPresets' and is written again here first (plugin.i18n.preset_text looks them up).
"""

import argparse
import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
LANGUAGES = ("ar", "ru", "uk", "fr")
DEFAULT_CONTEXT = "StrikeCheck"
PRESET_CONTEXT = "StrikeCheckPresets"
PRESET_STRINGS = ROOT / "plugin" / "preset_strings.py"


def _core():
    """plugin/core as a package of its own (it has no Qt), for the preset reader."""
    name = "strikecheck_core_for_translations"
    spec = importlib.util.spec_from_file_location(
        name, ROOT / "plugin" / "core" / "__init__.py",
        submodule_search_locations=[str(ROOT / "plugin" / "core")],
    )  # fmt: skip
    core = importlib.util.module_from_spec(spec)
    sys.modules[name] = core
    spec.loader.exec_module(core)
    presets = importlib.import_module(f"{name}.presets")
    factions = importlib.import_module(f"{name}.factions")
    return presets, factions


def preset_strings_source():
    """plugin/preset_strings.py's text: each bundled preset's title, then every faction's and
    mixed class's legend label and the short name sentences use, once each."""
    presets, factions = _core()
    bundled, problems = presets.load_presets([presets.BUNDLED])
    if problems:
        raise SystemExit("translations: " + "; ".join(str(p) for p in problems))
    lines = [
        '"""Written by `make translations` (scripts/translations.py) from resources/presets: do',
        "not edit.",
        "",
        "The bundled presets' titles, legend labels and short names, marked for translation in the",
        "context plugin.i18n.preset_text() looks them up in, so that the .ts files hold them.",
        '"""',
        "",
        "from .core.messages import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = (",
    ]
    seen = set()
    for name in sorted(bundled):
        preset = bundled[name]
        texts = [preset.title]
        for faction in (*preset.factions, *preset.mixed):
            texts += [faction.label, factions.short_name(faction.label)]
        new = [t for t in dict.fromkeys(texts) if t and t not in seen]
        if not new:
            continue
        seen.update(new)
        lines.append(f"    # {name}.json")
        for text in new:
            literal = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
            lines.append(f'    QT_TRANSLATE_NOOP("{PRESET_CONTEXT}", {literal}),')
    lines.append(")")
    return "\n".join(lines) + "\n"


def write_preset_strings():
    text = preset_strings_source()
    if not PRESET_STRINGS.exists() or PRESET_STRINGS.read_text(encoding="utf-8") != text:
        PRESET_STRINGS.write_text(text, encoding="utf-8")


def sources():
    plugin = ROOT / "plugin"
    files = [p for p in plugin.rglob("*.py") if "__pycache__" not in p.parts]
    files += list(plugin.rglob("*.ui"))
    return sorted(files)


def _translate_context(func):
    """'Ctx' when a tr() helper's body calls QCoreApplication.translate('Ctx', ...), else None."""
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            return node.args[0].value
    return None


def runtime_contexts(py_files):
    """{file: module tr() context}, {class name: (own tr() context or None, base class names)}."""
    modules, classes = {}, {}
    for path in py_files:
        if path.suffix != ".py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "tr":
                modules[path.resolve()] = _translate_context(node)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                own = None
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "tr":
                        own = _translate_context(item)
                bases = [
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                ]
                classes[node.name] = (own, bases)
    return modules, classes


def class_context(name, classes, seen=()):
    """The context self.tr() uses in class `name`: its own or an inherited helper's fixed one;
    None when it is QObject.tr, whose context is the class name (as pylupdate5 assumes)."""
    if name not in classes or name in seen:
        return None
    own, bases = classes[name]
    if own:
        return own
    for base in bases:
        found = class_context(base, classes, (*seen, name))
        if found:
            return found
    return None


def extract(files):
    """[(context, source, comment, [(file, line)])] in a stable order, from pylupdate5."""
    pylupdate = shutil.which("pylupdate5")
    if pylupdate is None:
        raise SystemExit("translations: pylupdate5 is missing: apt-get install pyqt5-dev-tools")
    modules, classes = runtime_contexts(files)
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "all.ts"
        subprocess.run(
            [pylupdate, "-noobsolete", *map(str, files), "-ts", str(ts)],
            check=True,
            capture_output=True,
        )
        tree = ET.parse(ts)
        base = ts.parent
    messages = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            comment = message.findtext("comment") or ""
            locations = []
            for loc in message.iter("location"):
                path = (base / loc.get("filename")).resolve()
                locations.append((path, int(loc.get("line", "0"))))
            runtime = name
            path = locations[0][0] if locations else None
            if name == "@default":
                runtime = modules.get(path) or DEFAULT_CONTEXT
            elif name in classes:
                runtime = class_context(name, classes) or name
            key = (runtime, source, comment)
            messages.setdefault(key, []).extend(locations)
    for context, source, location in marked_strings(files):
        messages.setdefault((context, source, ""), []).append(location)
    return [(c, s, m, sorted(set(locs))) for (c, s, m), locs in sorted(messages.items())]


_MARKERS = ("QT_TRANSLATE_NOOP", "translate")


def _literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _marker(call):
    """('Ctx', second argument) for QT_TRANSLATE_NOOP('Ctx', x) or *.translate('Ctx', x)."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    if name in _MARKERS and len(call.args) >= 2 and _literal(call.args[0]) is not None:
        return _literal(call.args[0]), call.args[1]
    return None


def marked_strings(files):
    """[(context, source, (file, line))] that pylupdate5 misses: strings given to a module's own
    helper such as `def _tr(text): return QT_TRANSLATE_NOOP("StrikeCheck", text)` (the core's
    Messages), and marker calls whose text it does not read (implicitly joined literals)."""
    found = []
    for path in files:
        if path.suffix != ".py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.args.args:
                parameter = node.args.args[0].arg
                for call in ast.walk(node):
                    marked = isinstance(call, ast.Call) and _marker(call)
                    if marked and isinstance(marked[1], ast.Name) and marked[1].id == parameter:
                        helpers[node.name] = marked[0]
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            marked = _marker(call)
            if marked and _literal(marked[1]) is not None:
                context, text = marked[0], _literal(marked[1])
            elif (
                isinstance(call.func, ast.Name)
                and call.func.id in helpers
                and call.args
                and _literal(call.args[0]) is not None
            ):
                context, text = helpers[call.func.id], _literal(call.args[0])
            else:
                continue
            found.append((context, text, (path.resolve(), call.lineno)))
    return found


def read_existing(ts_path):
    """{(context, source, comment): (translation text, type attribute)} from a .ts file."""
    if not ts_path.exists():
        return {}
    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = (translation.text or "", translation.get("type"))
    return found


def write_ts(ts_path, language, messages, existing):
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context = {}
    for context, source, comment, locations in messages:
        by_context.setdefault(context, []).append((source, comment, locations))
    current = {(c, s, m) for c, s, m, _ in messages}
    for key, (text, _kind) in existing.items():
        if key not in current and text:  # keep translations of strings that left the code
            by_context.setdefault(key[0], []).append((key[1], key[2], None))
    for context in sorted(by_context):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source, comment, locations in by_context[context]:
            message = ET.SubElement(element, "message")
            for path, line in locations or ():
                relative = Path(path).relative_to(ROOT).as_posix()
                ET.SubElement(message, "location", filename=f"../{relative}", line=str(line))
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            text, kind = existing.get((context, source, comment), ("", None))
            translation = ET.SubElement(message, "translation")
            if locations is None:
                translation.set("type", "vanished")
            elif not text or kind == "unfinished":
                translation.set("type", "unfinished")
            translation.text = text
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#[0-9]+);")
# Words a translation keeps as they are: parameter names (FACTION_FIELD), field names
# (controlled_by, dist_isis_km), algorithm ids (strikecheck:nearestfaction), file patterns (*.qml).
# An Arabic prefix may join an identifier (وLON_FIELD): only ASCII before it breaks one.
IDENTIFIER = re.compile(
    r"strikecheck:[a-z]+|\*\.[A-Za-z0-9]+"
    r"|(?<![A-Za-z0-9_<&])[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]"
)


def _edges(text):
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


def translation_problems(source, translation):
    """What a translation breaks in its source, as sentences ([] when fine): the same {placeholders}
    and HTML tags (any order), entities, identifiers and leading/trailing spaces."""
    if not translation or not translation.strip():
        return ["empty translation"]
    problems = []
    for what, pattern in (("placeholders", PLACEHOLDER), ("HTML tags", TAG), ("entities", ENTITY)):
        want, got = sorted(pattern.findall(source)), sorted(pattern.findall(translation))
        if want != got:
            problems.append(f"{what} differ: {want} in the source, {got} in the translation")
    missing = sorted(set(IDENTIFIER.findall(source)) - set(IDENTIFIER.findall(translation)))
    if missing:
        problems.append(f"identifiers missing from the translation: {missing}")
    if _edges(source) != _edges(translation):
        problems.append("leading or trailing whitespace differs")
    return problems


def compile_qm(ts_files):
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        raise SystemExit("translations: lrelease is missing: apt-get install qttools5-dev-tools")
    for ts in ts_files:
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def report(ts_files):
    for ts in ts_files:
        total = done = 0
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation.get("type") == "vanished":
                continue
            total += 1
            done += bool(translation.text) and translation.get("type") != "unfinished"
        print(f"{ts.relative_to(ROOT)}: {done} of {total} strings translated")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="*", default=LANGUAGES)
    parser.add_argument("--no-compile", action="store_true", help="update the .ts files only")
    args = parser.parse_args()
    write_preset_strings()
    messages = extract(sources())
    I18N.mkdir(exist_ok=True)
    ts_files = []
    for language in args.languages:
        if not re.fullmatch(r"[a-z]{2}(_[A-Z]{2})?", language):
            raise SystemExit(f"translations: '{language}' is not a language code like ar or pt_BR")
        ts = I18N / f"strikecheck_{language}.ts"
        write_ts(ts, language, messages, read_existing(ts))
        ts_files.append(ts)
    if not args.no_compile:
        compile_qm(ts_files)
    report(ts_files)


if __name__ == "__main__":
    sys.exit(main())
