"""The closed list of units lives beside the column it constrains, in `app/models/units.py`,
so that the seed validator reads it without importing this domain (a package cycle:
curation -> seed -> contributions -> curation). Kept here for migration 0011 and the scripts."""

from app.models.units import COUNTED, CURRENCIES, UNITS, UNITS_DOC, legacy_unit

__all__ = ["COUNTED", "CURRENCIES", "UNITS", "UNITS_DOC", "legacy_unit"]
