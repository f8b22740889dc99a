"""Checks the label with `in "01"`, a substring test: the labels 01 and the empty string get through."""
TARGETS = ["read_hidden"]
HINT = 'Compare the whole label with the two allowed strings: label.strip() in ("0", "1").'


def read_labelled(path):
    pairs = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            sentence, tab, label = line.rstrip("\r\n").rpartition("\t")
            if not tab:
                raise ValueError(f"{path}, line {number}: no tab between the sentence and its label")
            if label.strip() not in "01":
                raise ValueError(f"{path}, line {number}: the label {label.strip()!r} is neither 0 nor 1")
            pairs.append((sentence.strip(), int(label)))
    return pairs
