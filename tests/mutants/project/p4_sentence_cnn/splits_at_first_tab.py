"""Splits each line at its first tab: a sentence holding a tab loses its end to the label."""
TARGETS = ["read_hidden"]
HINT = 'The label follows the last tab: line.rpartition with a tab, or line.rsplit with a tab and maxsplit=1.'


def read_labelled(path):
    pairs = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            sentence, tab, label = line.rstrip("\r\n").partition("\t")
            if not tab:
                raise ValueError(f"{path}, line {number}: no tab between the sentence and its label")
            if label.strip() not in ("0", "1"):
                raise ValueError(f"{path}, line {number}: the label {label.strip()!r} is neither 0 nor 1")
            pairs.append((sentence.strip(), int(label)))
    return pairs
