"""Correct, written differently: a regular expression per line, StratifiedShuffleSplit for the cuts, encoding with
the Keras-style padding options set to the report's ('post'), and statistics in float32."""
import re

import keras
import numpy as np
from sklearn.model_selection import StratifiedShuffleSplit

_LINE = re.compile(r"^(.*)\t\s*([^\t]*?)\s*$", re.S)


def read_labelled(path):
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    for k, raw in enumerate(lines):
        raw = raw.rstrip("\r")
        if not raw.strip():
            continue
        match = _LINE.match(raw)
        if match is None or match.group(2) not in {"0", "1"}:
            raise ValueError(f"line {k + 1}: expected 'sentence<TAB>0|1', found {raw!r}")
        out.append((match.group(1).strip(), int(match.group(2))))
    return out


def tokenize(sentence):
    return [m.group(0) for m in re.finditer(r"[^\W_]+|[^\s]", sentence.lower())]


def _cut(pairs, size, seed):
    labels = [label for _, label in pairs]
    splitter = StratifiedShuffleSplit(n_splits=1, test_size=size, random_state=seed)
    keep, cut = next(splitter.split(np.zeros(len(pairs)), labels))
    return [pairs[i] for i in keep], [pairs[i] for i in cut]


def split_data(pairs, test=0.15, validation=0.1, seed=0):
    rest, test_part = _cut(list(pairs), int(len(pairs) * test), seed)
    train_part, val_part = _cut(rest, int(len(rest) * validation), seed + 1)
    return train_part, val_part, test_part


def encode(sentences, vectors, length=50):
    dim = np.asarray(next(iter(vectors.values()))).shape[0]
    rows = []
    for sentence in sentences:
        found = [np.asarray(vectors.get(t, np.zeros(dim)), dtype=np.float32) for t in tokenize(sentence)[:length]]
        found += [np.zeros(dim, dtype=np.float32)] * (length - len(found))
        rows.append(np.stack(found))
    return np.stack(rows)[:, :, None, :] if rows else np.zeros((0, length, 1, dim), dtype=np.float32)


def standardize(x_train, *others):
    x_train = np.asarray(x_train, dtype=np.float32)
    mean = x_train.mean(axis=(0, 1, 2), dtype=np.float64)
    std = x_train.std(axis=(0, 1, 2), dtype=np.float64)
    std = np.where(std > 0, std, 1.0)
    return tuple(((np.asarray(x) - mean) / std).astype(np.float32) for x in (x_train,) + others)


def build_model(dim, length=50, filters=64, hidden=128, activation="relu", lr=0.001):
    layers = keras.layers
    model = keras.Sequential([keras.Input(shape=(length, 1, dim))]
                             + [layers.Conv2D(filters, kernel_size=(3, 1), padding="same", activation=activation) for _ in "ab"]
                             + [layers.MaxPooling2D(pool_size=(2, 1), padding="same"), layers.Flatten(),
                                layers.Dense(hidden, activation=activation), layers.Dense(2, activation="softmax")])
    model.compile(keras.optimizers.Adam(learning_rate=lr), "sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
