"""pandas.read_csv(sep=tab, header=None) with its default quoting: lines merge at stray quotes, and a blank line or a tab in a sentence breaks the columns."""
import pandas as pd

TARGETS = ["read_hidden"]
HINT = 'Read the lines yourself and split each at its last tab: quote characters are ordinary text here.'


def read_labelled(path):
    frame = pd.read_csv(path, sep="\t", header=None, names=["sentence", "label"], skip_blank_lines=True)
    if frame["label"].isna().any() or not frame["label"].isin([0, 1]).all():
        raise ValueError(f"{path}: a line without a label 0 or 1")
    return [(str(s).strip(), int(l)) for s, l in zip(frame["sentence"], frame["label"])]
