"""The first report's labels: np.where(label == 1, 1, 0) turns any other value (a 2, a 'yes') into a silent 0."""
import numpy as np
import pandas as pd

TARGETS = ["load_labels_bad_hidden"]
HINT = (
    "Refuse what you do not understand: a `fracture_visible` value other than 1 or empty (a 2, a 'yes', 0.5) must "
    "raise a ValueError, not silently become 0."
)


def load_labels(csv_path):
    table = pd.read_csv(csv_path)
    table = table[["filestem", "fracture_visible"]]
    table["filestem"] = table["filestem"] + ".png"
    table["fracture_visible"] = np.where(table["fracture_visible"] == 1, 1, 0)
    return table
