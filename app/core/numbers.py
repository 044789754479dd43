"""Amounts: stored exactly (NUMERIC(20, 2)), written as JSON numbers everywhere they are read.

A Decimal would be written as the string "77.00" (Pydantic's default), which pandas, Grafana's
Infinity, Superset and generated clients all read as text. Amounts are bounded below 10^13
(`MAX_AMOUNT`), so an amount has at most 15 significant digits and a float holds its cents
exactly: `amount_json` writes 77 for 77.00 and 2500000.5 for 2500000.50, the shortest digits
that read back as the same value, and CSV writes the same digits.
"""

from decimal import Decimal
from typing import Annotated

from pydantic import PlainSerializer, WithJsonSchema

MAX_AMOUNT = 10**13
_CENT = Decimal("0.01")


def amount_json(value: Decimal | float | int) -> int | float:
    exact = Decimal(value).quantize(_CENT)
    return int(exact) if exact == exact.to_integral_value() else float(exact)


# The read side of an amount (bodies take `AMOUNT_SCHEMA` in app/contributions/writes.py).
Amount = Annotated[
    Decimal,
    PlainSerializer(amount_json, return_type=int | float),
    WithJsonSchema(
        {
            "type": "number",
            "minimum": 0,
            "maximum": MAX_AMOUNT,
            "description": "A JSON number, exact to the cent (at most two decimal places).",
            "examples": [77, 2500000.5],
        }
    ),
]
