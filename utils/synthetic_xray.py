"""The offline stand-in for GRAZPEDWRI-DX (hw4 q2): seeded synthetic radiograph-like PNGs with the real CSV schema.

One or two bright forearm bones on a dark, noisy background; a visible fracture is a thin dark break across a
bone. NOT radiographs. `make_synthetic` writes dataset.csv and images/<filestem>.png, named like the real files.
"""
import functools
import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
from PIL import Image

COLUMNS = ["filestem", "patient_id", "study_number", "timehash", "gender", "age", "laterality", "projection",
           "initial_exam", "ao_classification", "cast", "diagnosis_uncertain", "osteopenia", "fracture_visible",
           "metal", "pixel_spacing", "device_manufacturer"]
SYNTHETIC_VERSION = 2  # bump when the generator changes, so cached synthetic sets are regenerated


def synthetic_params(n_patients: int = 120, seed: int = 0, size: int = 256) -> dict:
    return {"version": SYNTHETIC_VERSION, "n_patients": n_patients, "seed": seed, "size": size}


def synthetic_ready(root: Path, params: dict) -> bool:
    marker, csv_path = root / "synthetic.json", root / "dataset.csv"
    if not (marker.exists() and csv_path.exists() and json.loads(marker.read_text()) == params):
        return False
    return all((root / "images" / f"{stem}.png").exists() for stem in pd.read_csv(csv_path)["filestem"])


def make_synthetic(root, n_patients: int = 120, seed: int = 0, size: int = 256):
    """Write a seeded synthetic set (dataset.csv with the real columns, images/<filestem>.png) into root."""
    root = Path(root)
    image_dir = root / "images"
    image_dir.mkdir(parents=True, exist_ok=True)
    (root / "synthetic.json").unlink(missing_ok=True)
    rng = np.random.default_rng(seed)
    patients = np.sort(rng.choice(np.arange(1, 6000), n_patients, replace=False))
    fractured = rng.permutation(n_patients) < round(0.48 * n_patients)  # a fixed share, to limit the spread
    rows = [row for pid, broken in zip(patients, fractured) for row in _synthetic_patient(rng, int(pid), broken)]
    for row in rows:
        image = synthetic_radiograph(row.pop("image_seed"), size, row["fracture_visible"] == 1, row["projection"])
        Image.fromarray(image[:, ::-1] if row["laterality"] == "L" else image).save(
            image_dir / f"{row['filestem']}.png", format="PNG", compress_level=1)
    csv_path = root / "dataset.csv"
    pd.DataFrame(rows, columns=COLUMNS).to_csv(csv_path, index=False)
    (root / "synthetic.json").write_text(json.dumps(synthetic_params(n_patients, seed, size)))
    return csv_path, image_dir


def _synthetic_patient(rng, pid: int, fractured: bool) -> list[dict]:
    """One patient's rows: 1-2 studies of 1-2 views; a fractured patient's images are mostly positive."""
    gender, age = rng.choice(["M", "F"]), round(float(rng.uniform(1, 19)), 2)
    side = rng.choice(["L", "R"])
    device, spacing = rng.choice(["Siemens", "Philips", "Agfa"]), float(rng.choice([0.1, 0.1398, 0.144, 0.148]))
    time, rows = int(rng.integers(1_100_000_000, 1_600_000_000)), []
    for study in range(1, 2 + (rng.random() < 0.3)):
        time += int(rng.integers(7, 60)) * 86400 * (study > 1)
        positive = fractured and (study == 1 or rng.random() < 0.7)
        ao = rng.choice(["23r-M/2.1", "23r-E/2.1", "23u-E/7", "23r-M/3.1"]) if positive else ""
        views = [1, 2] if rng.random() < 0.85 else [int(rng.integers(1, 3))]
        for view in views:
            visible = positive and rng.random() < 0.9
            rows.append({
                "filestem": f"{pid:04d}_{time:010d}_{study:02d}_WRI-{side}{view}_{gender}{int(age):03d}",
                "patient_id": pid, "study_number": study, "timehash": time, "gender": gender, "age": age,
                "laterality": side, "projection": view, "initial_exam": 1 if study == 1 else "",
                "ao_classification": ao, "cast": 1 if study > 1 and rng.random() < 0.6 else "",
                "diagnosis_uncertain": 1 if positive and rng.random() < 0.05 else "",
                "osteopenia": 1 if rng.random() < 0.03 else "", "fracture_visible": 1 if visible else "",
                "metal": 1 if rng.random() < 0.03 else "", "pixel_spacing": spacing, "device_manufacturer": device,
                "image_seed": int(rng.integers(2**63)),
            })
    return rows


def _capsule_distance(px, py, a, b):
    """Distance of every pixel (px, py) from the segment a-b."""
    ab = b - a
    t = np.clip(((px - a[0]) * ab[0] + (py - a[1]) * ab[1]) / (ab @ ab), 0, 1)
    return np.sqrt((px - a[0] - t * ab[0]) ** 2 + (py - a[1] - t * ab[1]) ** 2)


@functools.lru_cache(maxsize=4)
def _grid(size: int):
    """Pixel-centre coordinates (y, x) in [0, 1), float32 throughout: twice as fast as float64."""
    return (np.mgrid[0:size, 0:size].astype(np.float32) + 0.5) / size


def _ramp(inside, soft):
    """1 inside a shape, 0 outside, with a linear edge `soft` wide; inside = radius - distance."""
    return np.clip(inside / soft + 0.5, 0, 1)


def synthetic_radiograph(seed: int, size: int = 256, fracture: bool = False, projection: int = 1) -> np.ndarray:
    """A uint8 (size, size) radiograph-like image. The same seed gives the same geometry and noise; fracture=True
    adds only a thin dark oblique break across one bone. Projection 2 (lateral): the two bones overlap."""
    rng = np.random.default_rng(seed)
    py, px = _grid(size)
    soft, angle = 2.5 / size, rng.uniform(-0.35, 0.35)
    axis = np.array([np.sin(angle), -np.cos(angle)], np.float32)
    normal = np.array([np.cos(angle), np.sin(angle)], np.float32)
    wrist = np.array([rng.uniform(0.4, 0.6), rng.uniform(0.25, 0.4)], np.float32)
    spread = rng.uniform(0.16, 0.24) if projection == 1 else rng.uniform(0.0, 0.06)
    radii = [rng.uniform(0.05, 0.075), rng.uniform(0.035, 0.055)]  # radius, ulna
    ends = [wrist + normal * spread / 2, wrist - normal * spread / 2 - axis * rng.uniform(0.02, 0.06)]
    bones = []
    for end, r in zip(ends, radii):
        d = _capsule_distance(px, py, end, end - 1.5 * axis)
        cortex = np.clip(1 - np.abs(d - 0.8 * r) / (0.2 * r), 0, 1)  # brighter rim inside the edge
        bones.append(_ramp(r - d, soft) * (0.7 + 0.35 * cortex))
    broken = int(rng.random() < 0.2)  # most fractures are of the radius
    cut = ends[broken] - axis * rng.uniform(0.04, 0.25)
    tilt = angle + float(rng.choice([-1, 1])) * rng.uniform(0.1, 0.5)
    pixels_off = np.abs((py - cut[1]) * math.cos(tilt) - (px - cut[0]) * math.sin(tilt)) * size
    gap = np.clip(rng.uniform(2, 4) / 2 + 0.5 - pixels_off, 0, 1)
    depth = rng.uniform(0.6, 0.9)
    if fracture:
        bones[broken] = bones[broken] * (1 - depth * gap)
    along, aside = rng.uniform(0.05, 0.13, 4), rng.uniform(-0.1, 0.1, 4)
    centres = (wrist + np.outer(along, axis) + np.outer(aside, normal)).astype(np.float32)
    carpals = sum(_ramp(rng.uniform(0.025, 0.04) - np.sqrt((px - x) ** 2 + (py - y) ** 2), soft)
                  for x, y in centres)
    tissue = _ramp(spread / 2 + 0.17 - _capsule_distance(px, py, wrist + 0.1 * axis, wrist - 1.5 * axis), 0.05)
    thickness = sum(bones) + 0.8 * np.minimum(carpals, 1)  # overlapping bones attenuate more, not linearly
    image = (rng.uniform(20, 45) + rng.uniform(-10, 10) * px + rng.uniform(-10, 10) * py
             + rng.uniform(35, 60) * tissue + rng.uniform(140, 170) * (1 - np.exp(-1.5 * thickness))
             + rng.uniform(4, 8) * rng.standard_normal(px.shape, dtype=np.float32))
    return np.clip(np.round(image), 0, 255).astype(np.uint8)
