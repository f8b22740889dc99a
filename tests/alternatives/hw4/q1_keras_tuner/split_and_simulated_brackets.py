"""Correct, written differently: np.split for the validation part, a Sequential built from a list that registers the
dense choices before the convolutions, and Hyperband counted by walking its brackets and rounds."""
import math

import numpy as np


def to_model_input(images):
    arr = np.array(images, dtype=np.float32, copy=True)
    arr /= 255.0
    return arr.reshape(arr.shape + (1,))


def train_val_split(x, y, n_val):
    if len(x) != len(y):
        raise ValueError("x and y differ in length")
    if not 1 <= n_val <= len(x) - 1:
        raise ValueError("n_val out of range")
    x_tr, x_va = np.split(np.asarray(x), [len(x) - n_val])
    y_tr, y_va = np.split(np.asarray(y), [len(y) - n_val])
    return (x_tr, y_tr), (x_va, y_va)


def build_model(hp):
    n_dense = hp.Int("dense_layers", 1, 4)
    units = [hp.Int(f"units_{i}", 32, 256, step=32) for i in range(n_dense)]
    dropout = hp.Float("dropout", 0.0, 0.5, step=0.1)
    layers = [keras.layers.Input(shape=(28, 28, 1))]
    for i in range(hp.Int("conv_layers", 1, 3)):
        kernel = hp.Choice(f"kernel_{i}", [3, 5])
        filters = hp.Int(f"filters_{i}", 32, 256, step=32)
        pool = {"max": keras.layers.MaxPooling2D, "avg": keras.layers.AveragePooling2D}[hp.Choice(f"pooling_{i}", ["max", "avg"])]
        layers += [keras.layers.Conv2D(filters, (kernel, kernel), strides=1, padding="same", activation="relu"), pool(pool_size=2, strides=2)]
    layers.append(keras.layers.Flatten())
    for u in units:
        layers += [keras.layers.Dense(u, activation="relu"), keras.layers.Dropout(rate=dropout)]
    layers.append(keras.layers.Dense(10, activation=keras.activations.softmax))
    model = keras.Sequential(layers)
    model.compile(optimizer=keras.optimizers.Adam(hp.Choice("lr", [1e-3, 1e-4, 1e-5])),
                  loss=keras.losses.sparse_categorical_crossentropy, metrics=["accuracy"])
    return model


def make_tuner(kind, directory, max_trials_or_epochs, seed):
    if kind == "hyperband":
        cls, budget = kt.Hyperband, {"max_epochs": max_trials_or_epochs, "factor": 3}
    elif kind == "bayesian":
        cls, budget = kt.BayesianOptimization, {"max_trials": max_trials_or_epochs}
    elif kind == "random":
        cls, budget = kt.RandomSearch, {"max_trials": max_trials_or_epochs}
    else:
        raise ValueError(kind)
    return cls(build_model, objective="val_accuracy", seed=seed, directory=directory, project_name=kind, **budget)


def hyperband_trial_count(max_epochs, factor):
    brackets = []
    epochs = float(max_epochs)
    while epochs >= 1:
        brackets.append(len(brackets))
        epochs = epochs / factor
    end_size = math.ceil(1 + math.log(max_epochs, factor))
    trials = 0
    for bracket in reversed(brackets):      # keras-tuner runs the widest bracket first
        for round_ in range(bracket + 1):
            trials += math.ceil(end_size / (bracket + 1) * factor ** (bracket - round_))
    return trials
