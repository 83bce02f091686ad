"""Regenerates the bundled style files (.qml) and the map template (.qpt) from the plugin's code.

Run after changing plugin/styling or plugin/layouts/design.py, then commit the files it writes:
    source scripts/qgis-env.sh && .venv/bin/python scripts/make_resources.py
"""

import os
import sys
from pathlib import Path

# Qt writes XML attributes in hash order; a fixed seed keeps the files stable between runs, so
# a diff shows real changes only. Must be set before Qt is loaded.
os.environ["QT_HASH_SEED"] = "0"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from qgis_app import start_qgis  # noqa: E402


def main():
    app, plugin = start_qgis()
    from qgis.core import QgsProject

    from strikecheck.plugin.layouts.design import build_template_layout, save_template
    from strikecheck.plugin.styling.files import write_style_files

    layout = build_template_layout(QgsProject.instance())
    save_template(layout)
    print("wrote the map template")
    for path in write_style_files():
        print(f"wrote {path}")
    plugin.unload()
    # exitQgis() can crash on shutdown with layouts alive; the files are written by now.
    os._exit(0)


if __name__ == "__main__":
    main()
