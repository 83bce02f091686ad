"""Current English names for the places the bundled Natural Earth map (QGIS's world_map.gpkg)
spells in older or transliterated forms: map labels read 'Kyiv', not 'Kiev'.

Keys are the names as the world map writes them (its states_provinces and countries tables, the
part before any bracket); values the current English forms (Ukrainian national transliteration,
as the Ukrainian government and most English-language media now write them).
"""

CURRENT_NAMES = {
    # Ukraine's oblasts and cities (states_provinces, iso_a2 UA).
    "Kiev": "Kyiv",
    "Kiev City": "Kyiv City",
    "Odessa": "Odesa",
    "L'viv": "Lviv",
    "Zaporizhzhya": "Zaporizhzhia",
    "Mykolayiv": "Mykolaiv",
    "Donets'k": "Donetsk",
    "Luhans'k": "Luhansk",
    "Dnipropetrovs'k": "Dnipropetrovsk",
    "Ivano-Frankivs'k": "Ivano-Frankivsk",
    "Khmel'nyts'kyy": "Khmelnytskyi",
    "Ternopil'": "Ternopil",
    "Vinnytsya": "Vinnytsia",
    "Transcarpathia": "Zakarpattia",
    # Countries (countries.NAME).
    "Macedonia": "North Macedonia",
    "eSwatini": "Eswatini",
}


def current_name(name):
    """The current English form of a Natural Earth name (the name itself when it is current)."""
    return CURRENT_NAMES.get(name, name)
