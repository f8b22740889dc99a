"""The report's reader: csv.reader with its default quoting, which runs a field from a stray quote to the next quote, across lines (the IMDb file came out 748 sentences long)."""
import csv

TARGETS = ["read_hidden"]
HINT = 'Quotes mean nothing in these files: split each line at its last tab yourself (line.rpartition with a tab) instead of using a CSV reader.'


def read_labelled(path):
    pairs = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            if not row:
                continue
            if len(row) < 2 or row[-1].strip() not in ("0", "1"):
                raise ValueError(f"{path}: bad row {row}")
            pairs.append(("\t".join(row[:-1]).strip(), int(row[-1])))
    return pairs
