"""The number of validation patients truncated with int() and never raised to one: 4 patients x 0.1 -> none."""
import os

import numpy as np
import tensorflow as tf

TARGETS = ["make_datasets_split_hidden"]
HIDDEN_ONLY = "the visible check's 12 patients x 0.2 give 2 validation patients; the case that rounds to none is graded"
HINT = (
    "Take at least one validation patient: int(val_fraction * n_patients) is 0 when there are few patients (4 x 0.1), "
    "and an empty validation set measures nothing. Use max(1, ...)."
)


def make_datasets(df, image_dir, batch_size=64, val_fraction=0.2, seed=0):
    patients = df["filestem"].str[:4]
    ids = np.sort(patients.unique())
    n_val = int(val_fraction * len(ids))
    val_ids = np.random.default_rng(seed).permutation(ids)[:n_val]
    is_val = patients.isin(val_ids).to_numpy()

    def read(path, label):
        return tf.cast(tf.io.decode_png(tf.io.read_file(path), channels=3), tf.float32), label

    def pipeline(part, shuffle):
        paths = np.array([os.path.join(image_dir, f) for f in part["filestem"]], dtype=str)
        onehot = np.eye(2, dtype=np.float32)[part["fracture_visible"].to_numpy()]
        ds = tf.data.Dataset.from_tensor_slices((paths, onehot))
        if shuffle:
            ds = ds.shuffle(max(1, len(paths)), seed=seed)
        return ds.map(read).batch(batch_size)

    for name, part in (("train", df[~is_val]), ("validation", df[is_val])):
        n_fracture = int(part["fracture_visible"].sum())
        print(f"{name}: {len(part)} images of {part['filestem'].str[:4].nunique()} patients, {n_fracture} fracture")
    return pipeline(df[~is_val], True), pipeline(df[is_val], False)
