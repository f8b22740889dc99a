"""Raises ValueError at an empty line instead of skipping it."""
TARGETS = ["read_hidden"]
HINT = 'Skip a line that holds nothing but white space (if not line.strip(): continue).'


def read_labelled(path):
    pairs = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, start=1):
            sentence, tab, label = line.rstrip("\r\n").rpartition("\t")
            if not tab:
                raise ValueError(f"{path}, line {number}: no tab between the sentence and its label")
            if label.strip() not in ("0", "1"):
                raise ValueError(f"{path}, line {number}: the label {label.strip()!r} is neither 0 nor 1")
            pairs.append((sentence.strip(), int(label)))
    return pairs
