"""Keeps the spaces between the sentence and its tab."""
TARGETS = ["read_hidden"]
HINT = 'Strip the sentence: the stand-in and real files have spaces before some tabs.'


def read_labelled(path):
    pairs = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            sentence, tab, label = line.rstrip("\r\n").rpartition("\t")
            if not tab:
                raise ValueError(f"{path}, line {number}: no tab between the sentence and its label")
            if label.strip() not in ("0", "1"):
                raise ValueError(f"{path}, line {number}: the label {label.strip()!r} is neither 0 nor 1")
            pairs.append((sentence, int(label)))
    return pairs
