"""Integer labels where the model's softmax over 2 classes and categorical cross-entropy want one-hot rows."""
import os

import numpy as np
import tensorflow as tf

TARGETS = ["make_datasets_batches_hidden"]
HINT = (
    "Labels must be one-hot float32 rows of shape (batch, 2), column 1 for fracture: a softmax over 2 classes with "
    "`categorical_crossentropy` does not take integer labels."
)


def make_datasets(df, image_dir, batch_size=64, val_fraction=0.2, seed=0):
    patients = df["filestem"].str[:4]
    ids = np.sort(patients.unique())
    val_ids = np.random.default_rng(seed).permutation(ids)[:max(1, int(round(val_fraction * len(ids))))]
    is_val = patients.isin(val_ids).to_numpy()

    def pipeline(part, shuffle):
        paths = [os.path.join(image_dir, f) for f in part["filestem"]]
        labels = part["fracture_visible"].to_numpy().astype(np.int64)
        ds = tf.data.Dataset.from_tensor_slices((paths, labels))
        if shuffle:
            ds = ds.shuffle(len(paths), seed=seed)
        read = lambda p, y: (tf.cast(tf.io.decode_png(tf.io.read_file(p), channels=3), tf.float32), y)
        return ds.map(read).batch(batch_size)

    for name, part in (("train", df[~is_val]), ("validation", df[is_val])):
        print(f"{name}: {len(part)} images, {int(part['fracture_visible'].sum())} fracture")
    return pipeline(df[~is_val], True), pipeline(df[is_val], False)
