"""The closed list of units an amount is given in, so that sums add like with like.

Money is an ISO 4217 currency code (`EUR`, `USD`...); anything else is counted in one of a few
plural nouns (`tanks`, `trainees`...). What exactly was counted (T-72 tanks, police officers)
is said by the record's description, not by its unit. `legacy_unit` reads the free-text units
of earlier seeds ("EUR of military equipment (over)") as (unit, approx), for migration 0011 and
the research notes' builder.
"""

import re

CURRENCIES = (
    "AUD",
    "CAD",
    "CHF",
    "CZK",
    "DKK",
    "EUR",
    "GBP",
    "HUF",
    "JPY",
    "NOK",
    "PLN",
    "SEK",
    "TRY",
    "USD",
)
COUNTED = (
    "aircraft",
    "armoured-vehicles",
    "batteries",
    "battalions",
    "courses",
    "rounds",
    "sorties",
    "tanks",
    "trainees",
    "vehicles",
    "weapons",
)
UNITS = CURRENCIES + COUNTED
UNITS_DOC = (
    "One of a closed list: an ISO 4217 currency code ("
    + ", ".join(CURRENCIES)
    + ") or a counted noun ("
    + ", ".join(COUNTED)
    + "). What was counted is in the description."
)

# Words of a free-text unit -> the unit; the first that matches wins (order matters).
_WORDS = (
    ("recovery vehicle", "vehicles"),
    ("personnel carrier", "armoured-vehicles"),
    ("armoured", "armoured-vehicles"),
    ("tank", "tanks"),
    ("vehicle", "vehicles"),
    ("weapon", "weapons"),
    ("batter", "batteries"),
    ("sortie", "sorties"),
    ("mission", "sorties"),
    ("battalion", "battalions"),
    ("train", "trainees"),
    ("course", "courses"),
    ("round", "rounds"),
    ("aircraft", "aircraft"),
)
_APPROX = re.compile(r"\((over|about|nearly|almost|some|more than|close to|approximately)\)")


def legacy_unit(text: str) -> tuple[str, bool] | None:
    """A free-text unit as (closed unit, approximate?), or None if it cannot be read."""
    if text in UNITS:
        return text, False
    approx = bool(_APPROX.search(text.lower()))
    first = text.split()[0] if text.split() else ""
    if first in CURRENCIES:
        return first, approx
    lowered = text.lower()
    for word, unit in _WORDS:
        if word in lowered:
            return unit, approx
    return None
