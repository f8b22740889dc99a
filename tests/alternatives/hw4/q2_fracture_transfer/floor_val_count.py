"""Correct, the other reading of "about val_fraction of the patients, at least one": the count rounded down,
max(1, floor(val_fraction * n_patients)) (the reference rounds to the nearest, GroupShuffleSplit rounds up), the
patients drawn with Python's random.Random(seed).sample, and the images read by tf.data from a pandas groupby."""
import os
import random

import numpy as np
import tensorflow as tf


def make_datasets(df, image_dir, batch_size=64, val_fraction=0.2, seed=0):
    patient_of = df["filestem"].str.slice(0, 4)
    patients = sorted(patient_of.unique())
    n_val = max(1, int(np.floor(val_fraction * len(patients))))
    val_patients = set(random.Random(seed).sample(patients, n_val))
    sides = {"train": df[~patient_of.isin(val_patients)], "validation": df[patient_of.isin(val_patients)]}
    out = []
    for name, part in sides.items():
        fractures = int(part["fracture_visible"].sum())
        print(f"{name}: {len(part)} images, {part['filestem'].str.slice(0, 4).nunique()} patients, "
              f"{fractures} with a fracture, {len(part) - fractures} without")
        paths = tf.constant([os.path.join(image_dir, f) for f in part["filestem"]], dtype=tf.string)
        labels = tf.one_hot(part["fracture_visible"].to_numpy().astype(np.int32), 2, dtype=tf.float32)
        ds = tf.data.Dataset.from_tensor_slices((paths, labels))
        if name == "train":
            ds = ds.shuffle(len(part), seed=seed)
        ds = ds.map(lambda p, y: (tf.image.convert_image_dtype(tf.io.decode_png(tf.io.read_file(p), channels=3),
                                                               tf.uint8), y))
        ds = ds.map(lambda x, y: (tf.cast(x, tf.float32), y))
        out.append(ds.batch(batch_size))
    return tuple(out)
