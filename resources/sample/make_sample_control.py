"""Writes control_2015-09.geojson: an illustrative, hand-drawn control map for the demo."""

# Coordinates are rough lon/lat outlines drawn from public descriptions of the front lines in late
# September 2015 (ISW's and Wikipedia's maps of the time). They are NOT ISW data and not accurate
# enough for anything but demonstrating StrikeCheck. Shared borders reuse the same vertices, so
# neighbouring territories meet exactly.
import json
from pathlib import Path

# Rings are written five vertices a line: easier to read and edit than one a line.
# fmt: off
RASTAN_POCKET = [  # northern Homs rebel pocket (Rastan, Talbiseh): a hole in regime ground
    (36.60, 34.88), (36.62, 34.80), (36.70, 34.77), (36.80, 34.79), (36.86, 34.86),
    (36.84, 34.96), (36.76, 35.00), (36.66, 34.97), (36.60, 34.88),
]
REGIME = [
    (35.78, 35.75), (36.05, 35.80), (36.20, 35.45), (36.40, 35.20), (36.65, 35.10),
    (36.90, 35.10), (37.05, 34.95), (37.10, 34.75), (37.00, 34.55), (36.95, 34.10),
    (37.00, 33.70), (36.80, 33.40), (36.60, 33.10), (36.70, 32.70), (36.40, 32.70),
    (36.10, 33.00), (35.95, 33.30), (36.05, 33.60), (36.30, 33.85), (36.50, 34.15),
    (36.40, 34.45), (36.25, 34.63), (35.95, 34.65), (35.85, 35.10), (35.85, 35.50),
    (35.78, 35.75),
]
NORTH_HAMA = [  # rebel-held northern Hama countryside (Lataminah, Kafr Zita)
    (36.20, 35.45), (36.40, 35.20), (36.65, 35.10), (36.90, 35.10), (36.85, 35.45),
    (36.70, 35.55), (36.45, 35.60), (36.30, 35.65), (36.20, 35.45),
]
DARAA = [  # southern front
    (35.95, 33.30), (36.10, 33.00), (36.40, 32.70), (36.05, 32.62), (35.80, 32.75),
    (35.70, 33.15), (35.95, 33.30),
]
IDLIB = [  # Jaish al-Fatah / JN-held Idlib (Idlib city, Jisr al-Shughur)
    (36.05, 35.80), (36.20, 35.45), (36.30, 35.65), (36.45, 35.60), (36.70, 35.55),
    (36.95, 35.75), (36.95, 36.05), (36.60, 36.20), (36.40, 36.20), (36.15, 36.00),
    (36.00, 35.90), (36.05, 35.80),
]
EASTERN_GHOUTA = [  # besieged rebel enclave east of Damascus
    (36.33, 33.52), (36.40, 33.49), (36.50, 33.50), (36.56, 33.56), (36.52, 33.62),
    (36.42, 33.63), (36.35, 33.58), (36.33, 33.52),
]
YARMOUK = [  # south Damascus: Yarmouk camp and Hajar al-Aswad, ISIS, JN and rebels side by side
    (36.28, 33.44), (36.31, 33.43), (36.33, 33.45), (36.32, 33.47), (36.29, 33.47),
    (36.28, 33.44),
]
ISIS = [
    (37.25, 35.30), (37.20, 34.90), (37.35, 34.60), (37.60, 34.30), (38.00, 33.90),
    (38.80, 33.40), (39.60, 33.50), (40.60, 34.20), (41.00, 34.45), (41.20, 35.20),
    (40.90, 36.05), (40.20, 36.20), (39.40, 36.45), (38.60, 36.55), (38.25, 36.85),
    (38.00, 36.82), (37.60, 36.70), (37.40, 36.35), (37.55, 35.90), (37.40, 35.55),
    (37.25, 35.30),
]
KURDISH_JAZIRA = [  # Kobani to Qamishli and Hasakah, joined at Tal Abyad in June 2015
    (38.25, 36.85), (38.60, 36.55), (39.40, 36.45), (40.20, 36.20), (40.90, 36.05),
    (41.30, 36.40), (42.35, 37.10), (42.20, 37.30), (41.20, 37.08), (40.00, 36.85),
    (39.00, 36.70), (38.25, 36.85),
]
AFRIN = [
    (36.55, 36.75), (36.95, 36.65), (37.05, 36.45), (36.85, 36.35), (36.60, 36.45),
    (36.55, 36.75),
]

# fmt: on

VALID_FROM = "2015-09-27"  # the date of ISW's "Russian Posture in Syria" map the article used

FEATURES = [
    ("regime", "Regime Control", [REGIME, RASTAN_POCKET, EASTERN_GHOUTA, YARMOUK]),
    ("rebel", "Rebel Control", [RASTAN_POCKET]),
    ("rebel", "Rebel Control", [NORTH_HAMA]),
    ("rebel", "Rebel Control", [DARAA]),
    ("rebel", "Rebel Control", [EASTERN_GHOUTA]),
    ("isis+jn+rebel", "ISIS, JN, and Rebel Control", [YARMOUK]),
    ("jn", "JN Control", [IDLIB]),
    ("isis", "ISIS Control", [ISIS]),
    ("kurdish", "YPG Control", [KURDISH_JAZIRA]),
    ("kurdish", "YPG Control", [AFRIN]),
]


def main():
    features = [
        {
            "type": "Feature",
            "properties": {"faction": code, "label": label, "valid_from": VALID_FROM},
            "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in r] for r in rings]},
        }
        for code, label, rings in FEATURES
    ]
    collection = {
        "type": "FeatureCollection",
        "name": "control_2015-09",
        "description": (
            "Illustrative, hand-drawn approximation of territorial control in Syria in late "
            "September 2015, made for the StrikeCheck demo. Not ISW data; not authoritative."
        ),
        "features": features,
    }
    out = Path(__file__).with_name("control_2015-09.geojson")
    out.write_text(json.dumps(collection, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
