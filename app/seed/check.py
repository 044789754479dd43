"""Validate the seed files without a database: exit 1 and list every problem."""

import sys

from app.seed.bundle import load_bundle, one_verdict_per_sentence, validate


def main() -> int:
    bundle = load_bundle()
    errors = validate(bundle) + one_verdict_per_sentence(bundle)
    for error in errors:
        print(error)
    counts = ", ".join(f"{k}={len(v)}" for k, v in bundle.records.items())
    print(f"{len(errors)} problem(s); {counts}; citations attached={len(bundle.attached)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
