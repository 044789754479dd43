"""Plain rows in place of ORM objects, where a response is built from many of them: a
referenced record's columns (those its Ref schema shows) are selected under a prefix and
nested back into a dict of that schema's shape."""

from typing import Any

from pydantic import BaseModel


def prefixed(model: Any, prefix: str, ref: type[BaseModel]) -> tuple[Any, ...]:
    """`model.<field>` labelled `<prefix>_<field>` for each field of `ref`."""
    return tuple(getattr(model, name).label(f"{prefix}_{name}") for name in ref.model_fields)


def nest(item: dict[str, Any], prefix: str, ref: type[BaseModel]) -> None:
    """Move the `<prefix>_<field>` keys of `item` into `item[prefix]`, keyed by field."""
    item[prefix] = {name: item.pop(f"{prefix}_{name}") for name in ref.model_fields}
