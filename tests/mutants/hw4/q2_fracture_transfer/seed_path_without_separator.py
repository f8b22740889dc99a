"""The first report's paths: image_dir + filestem with no separator ('datasetXXXX.png'), so no file is found."""
import numpy as np
import tensorflow as tf

TARGETS = ["make_datasets_split_hidden", "make_datasets_batches_hidden"]
HINT = (
    "Build each image path with `os.path.join(image_dir, filestem)`: gluing the two strings together leaves out "
    "the separator, so no file is found."
)


def make_datasets(df, image_dir, batch_size=64, val_fraction=0.2, seed=0):
    patients = df["filestem"].str[:4]
    ids = np.sort(patients.unique())
    val_ids = np.random.default_rng(seed).permutation(ids)[:max(1, int(round(val_fraction * len(ids))))]
    is_val = patients.isin(val_ids).to_numpy()

    def pipeline(part, shuffle):
        paths = [str(image_dir) + f for f in part["filestem"]]
        onehot = np.eye(2, dtype=np.float32)[part["fracture_visible"].to_numpy()]
        ds = tf.data.Dataset.from_tensor_slices((paths, onehot))
        if shuffle:
            ds = ds.shuffle(len(paths), seed=seed)
        read = lambda p, y: (tf.cast(tf.io.decode_png(tf.io.read_file(p), channels=3), tf.float32), y)
        return ds.map(read).batch(batch_size)

    for name, part in (("train", df[~is_val]), ("validation", df[is_val])):
        print(f"{name}: {len(part)} images, {int(part['fracture_visible'].sum())} fracture")
    return pipeline(df[~is_val], True), pipeline(df[is_val], False)
