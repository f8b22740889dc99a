"""Images split at random, not patients: a child's two projections land on both sides."""
import os

import numpy as np
import tensorflow as tf

TARGETS = ["make_datasets_split_hidden"]
HINT = (
    "Split by patient, not by image: choose validation patients (the first four characters of `filestem`) so that "
    "all X-rays of one child land on the same side."
)


def make_datasets(df, image_dir, batch_size=64, val_fraction=0.2, seed=0):
    order = np.random.default_rng(seed).permutation(len(df))
    n_val = max(1, int(round(val_fraction * len(df))))
    val, train = df.iloc[order[:n_val]], df.iloc[order[n_val:]]

    def pipeline(part, shuffle):
        paths = [os.path.join(image_dir, f) for f in part["filestem"]]
        onehot = np.eye(2, dtype=np.float32)[part["fracture_visible"].to_numpy()]
        ds = tf.data.Dataset.from_tensor_slices((paths, onehot))
        if shuffle:
            ds = ds.shuffle(len(paths), seed=seed)
        read = lambda p, y: (tf.cast(tf.io.decode_png(tf.io.read_file(p), channels=3), tf.float32), y)
        return ds.map(read).batch(batch_size)

    for name, part in (("train", train), ("validation", val)):
        print(f"{name}: {len(part)} images, {int(part['fracture_visible'].sum())} fracture")
    return pipeline(train, True), pipeline(val, False)
