"""The bad labels refused, but the ValueError lists only the odd values, not the rows that hold them."""
import pandas as pd

TARGETS = ["load_labels_bad_hidden"]
HIDDEN_ONLY = "the visible check only asks for a ValueError; what its message says is checked when graded"
HINT = (
    "Refusing a bad label is half the job: the ValueError must also name the offending rows (their filestem or "
    "row number), so that whoever fixes the CSV knows where to look among 20,000 lines."
)


def load_labels(csv_path):
    table = pd.read_csv(csv_path)
    missing = [c for c in ("filestem", "fracture_visible") if c not in table.columns]
    if missing:
        raise ValueError(f"missing column(s) {missing}")
    raw = table["fracture_visible"]
    bad = raw.notna() & (pd.to_numeric(raw, errors="coerce") != 1)
    if bad.any():
        raise ValueError(f"fracture_visible must be 1 or empty; found {sorted(set(raw[bad].astype(str)))}")
    return pd.DataFrame({"filestem": table["filestem"].astype(str) + ".png",
                         "fracture_visible": raw.notna().astype("int64")})
