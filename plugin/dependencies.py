"""Checks the Python packages the core needs, so the plugin can load and explain what is missing."""

REQUIREMENTS = (("shapely", "2.0"), ("pyproj", "3.0"), ("numpy", "1.21"))


def _version_tuple(text):
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def missing_requirements():
    """The unmet requirements as readable strings, e.g. ['shapely >= 2.0 (found 1.8.5)']."""
    missing = []
    for name, minimum in REQUIREMENTS:
        try:
            module = __import__(name)
        except ImportError:
            missing.append(f"{name} >= {minimum} (not installed)")
            continue
        found = getattr(module, "__version__", "0")
        if _version_tuple(found) < _version_tuple(minimum):
            missing.append(f"{name} >= {minimum} (found {found})")
    return missing


def install_hint():
    """What a user types to install the requirements into the Python QGIS uses."""
    packages = " ".join(f'"{name}>={minimum}"' for name, minimum in REQUIREMENTS)
    return f"python3 -m pip install --user {packages}"
