"""Accepts any integer label (2, -1) without an error."""
TARGETS = ["read_hidden"]
HINT = 'A label other than 0 or 1 is an error: raise ValueError naming its line.'


def read_labelled(path):
    pairs = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            sentence, tab, label = line.rstrip("\r\n").rpartition("\t")
            if not tab:
                raise ValueError(f"{path}, line {number}: no tab between the sentence and its label")
            try:
                value = int(label)
            except ValueError:
                raise ValueError(f"{path}, line {number}: the label {label.strip()!r} is not a number") from None
            pairs.append((sentence.strip(), value))
    return pairs
