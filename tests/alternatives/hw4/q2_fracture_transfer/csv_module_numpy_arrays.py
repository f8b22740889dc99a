"""Correct, written differently: the csv module for the labels, keras and tf.image for the pixels, images held in
NumPy arrays with patients drawn by scikit-learn's GroupShuffleSplit, a Sequential head, and the confusion matrix."""
import csv
import os

import keras
import numpy as np
import pandas as pd
import tensorflow as tf
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import GroupShuffleSplit


def load_labels(csv_path):
    with open(csv_path, newline="") as f:
        reader = csv.DictReader(f)
        if not {"filestem", "fracture_visible"} <= set(reader.fieldnames or []):
            raise ValueError(f"need columns filestem and fracture_visible; found {reader.fieldnames}")
        stems, labels = [], []
        for number, row in enumerate(reader, start=2):
            value = row["fracture_visible"].strip()
            if value not in ("", "1", "1.0"):
                raise ValueError(f"line {number}: fracture_visible is {value!r}, expected 1 or empty")
            stems.append(row["filestem"] + ".png")
            labels.append(0 if value == "" else 1)
    return pd.DataFrame({"fracture_visible": np.array(labels, dtype=np.int32), "filestem": stems})


def preprocess_image(path, size=224):
    image = keras.utils.img_to_array(keras.utils.load_img(path, color_mode="rgb"), dtype="float32")
    resized = tf.image.resize(image, (size, size), method="bilinear")
    return np.clip(np.rint(resized.numpy()), 0, 255).astype(np.uint8)


def make_datasets(df, image_dir, batch_size=64, val_fraction=0.2, seed=0):
    groups = df["filestem"].map(lambda s: s[:4]).to_numpy()
    splitter = GroupShuffleSplit(n_splits=1, test_size=val_fraction, random_state=seed)
    train_idx, val_idx = next(splitter.split(np.zeros(len(df)), groups=groups))
    datasets = []
    for name, idx, shuffle in (("train", np.sort(train_idx), True), ("validation", np.sort(val_idx), False)):
        part = df.iloc[idx]
        images = np.stack([np.asarray(keras.utils.load_img(os.path.join(image_dir, f), color_mode="rgb"), dtype=np.float32)
                           for f in part["filestem"]])
        labels = keras.utils.to_categorical(part["fracture_visible"].to_numpy(), num_classes=2).astype(np.float32)
        counts = np.bincount(part["fracture_visible"].to_numpy(), minlength=2)
        print(f"{name}: {len(part)} images ({counts[1]} fracture, {counts[0]} no fracture), {len(set(groups[idx]))} patients")
        ds = tf.data.Dataset.from_tensor_slices((images, labels))
        if shuffle:
            ds = ds.shuffle(len(part), seed=seed)
        datasets.append(ds.batch(batch_size))
    return tuple(datasets)


def define_model(base, n_classes=2):
    for layer in base.layers:
        layer.trainable = False
    head = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(128, activation="relu"),
                             keras.layers.Dense(n_classes, activation="softmax")], name="head")
    model = keras.Model(inputs=base.inputs, outputs=head(base.outputs[0]))
    model.compile(optimizer=keras.optimizers.Adam(0.001), loss=keras.losses.CategoricalCrossentropy(),
                  metrics=["accuracy"])
    return model


def sensitivity_specificity(y_true, y_pred):
    (tn, fp), (fn, tp) = confusion_matrix(np.asarray(y_true, dtype=int), np.asarray(y_pred, dtype=int), labels=[0, 1])
    return (tp / (tp + fn) if tp + fn else np.nan), (tn / (tn + fp) if tn + fp else np.nan)
