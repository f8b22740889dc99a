"""Splits each line at its last run of white space instead of its last tab: a line without a tab that ends in 0 or 1 is taken as labelled."""
TARGETS = ["read_hidden"]
HINT = 'The separator is the tab: a line without one is an error, even when it ends in a digit.'


def read_labelled(path):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            parts = line.rsplit(None, 1)
            if not parts:
                continue
            if len(parts) < 2 or parts[1] not in ("0", "1"):
                raise ValueError(f"line {number}: bad line {line!r}")
            pairs.append((parts[0].strip(), int(parts[1])))
    return pairs
