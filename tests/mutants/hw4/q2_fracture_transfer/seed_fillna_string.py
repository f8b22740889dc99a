"""The second report's labels: fillna('0') on a float column (pandas 3 raises a TypeError; pandas 2 mixed '0' and 1.0)."""
import pandas as pd

TARGETS = ["load_labels_hidden"]
HINT = (
    "pandas reads empty `fracture_visible` cells as NaN in a float column: turn blanks into the integer 0 and 1 "
    "into 1, and return an integer column, not one filled with strings."
)


def load_labels(csv_path):
    data = pd.read_csv(csv_path)
    data["fracture_visible"] = data["fracture_visible"].fillna("0")
    data["filestem"] = data["filestem"].apply(lambda x: x + ".png")
    return data[["filestem", "fracture_visible"]]
