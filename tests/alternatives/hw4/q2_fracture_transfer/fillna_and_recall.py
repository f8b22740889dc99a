"""Correct, written differently: fillna(0) after a check of the raw values, PIL with mode handling by hand,
validation patients drawn with rng.choice and a tf.data zip of paths and labels, and scikit-learn's recall."""
import math
import os

import keras
import numpy as np
import pandas as pd
import tensorflow as tf
from PIL import Image
from sklearn.metrics import recall_score


def load_labels(csv_path):
    table = pd.read_csv(csv_path)
    for column in ("filestem", "fracture_visible"):
        if column not in table:
            raise KeyError(f"{csv_path} has no column {column!r}")
    values = table["fracture_visible"]
    odd = values.dropna().astype(str).str.strip().isin(["1", "1.0"]) == False  # noqa: E712
    if odd.any():
        rows = values.dropna()[odd]
        raise ValueError(f"unexpected fracture_visible values {sorted(set(rows.astype(str)))} in the rows of "
                         f"{list(table.loc[rows.index, 'filestem'])}")
    out = table[["filestem", "fracture_visible"]].copy()
    out["filestem"] = out["filestem"].map("{}.png".format)
    out["fracture_visible"] = out["fracture_visible"].fillna(0).astype(int)
    return out


def preprocess_image(path, size=224):
    image = Image.open(path)
    if image.mode != "RGB":
        image = image.convert("L").convert("RGB") if image.mode in ("L", "LA", "P", "I;16") else image.convert("RGB")
    return np.array(image.resize((size, size), resample=Image.Resampling.BILINEAR), dtype=np.uint8)


def make_datasets(df, image_dir, batch_size=64, val_fraction=0.2, seed=0):
    patient = df["filestem"].str.slice(0, 4)
    unique = sorted(set(patient))
    n_val = min(len(unique) - 1, max(1, math.floor(val_fraction * len(unique) + 0.5)))
    chosen = set(np.random.default_rng(seed).choice(unique, size=n_val, replace=False))
    mask = patient.isin(chosen)

    def build(part, shuffle):
        paths = tf.data.Dataset.from_tensor_slices([os.path.join(image_dir, f) for f in part["filestem"]])
        images = paths.map(lambda p: tf.image.convert_image_dtype(tf.io.decode_png(tf.io.read_file(p), channels=3), tf.float32) * 255.0)
        labels = tf.data.Dataset.from_tensor_slices(tf.one_hot(part["fracture_visible"].to_numpy(), 2))
        ds = tf.data.Dataset.zip((images, labels))
        if shuffle:
            ds = ds.shuffle(buffer_size=len(part), seed=seed, reshuffle_each_iteration=False)
        return ds.batch(batch_size)

    for name, part in (("training", df[~mask]), ("validation", df[mask])):
        print(f"{name}: images {len(part)}, fractures {int(part['fracture_visible'].sum())}, "
              f"healthy {int((part['fracture_visible'] == 0).sum())}")
    return build(df[~mask], True), build(df[mask], False)


def define_model(base, n_classes=2):
    base.trainable = False
    flat = keras.layers.Flatten(name="flatten_head")(base.output)
    hidden = keras.layers.Dense(units=128, activation=keras.activations.relu)(flat)
    output = keras.layers.Dense(units=n_classes, activation="softmax")(hidden)
    model = keras.Model(base.input, output, name=f"{base.name}_fracture")
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model


def sensitivity_specificity(y_true, y_pred):
    t, p = np.asarray(y_true, dtype=int), np.asarray(y_pred, dtype=int)
    return (float(recall_score(t, p, pos_label=1, zero_division=np.nan)),
            float(recall_score(t, p, pos_label=0, zero_division=np.nan)))
