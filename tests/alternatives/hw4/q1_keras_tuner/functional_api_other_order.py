"""Correct, written differently: np.divide and index arithmetic, a functional model that registers lr and dropout
first (so the random search draws other configurations), ReLU and pooling aliases as separate layers, loss and
metric objects, a dispatch table of tuners, and Hyperband's counts in integer arithmetic."""
import math

import numpy as np


def to_model_input(images):
    return np.divide(np.expand_dims(np.asarray(images), -1), 255, dtype=np.float32)


def train_val_split(x, y, n_val):
    if len(x) != len(y) or n_val <= 0 or n_val >= len(x):
        raise ValueError("need len(x) == len(y) and 0 < n_val < len(x)")
    cut = len(x) - n_val
    return (x[:cut], y[:cut]), (x[cut:], y[cut:])


def build_model(hp):
    lr = hp.Choice("lr", values=[1e-3, 1e-4, 1e-5])
    rate = hp.Float("dropout", min_value=0.0, max_value=0.5, step=0.1)
    inputs = keras.Input(shape=(28, 28, 1))
    h = inputs
    for i in range(hp.Int("conv_layers", min_value=1, max_value=3, step=1)):
        h = keras.layers.Conv2D(filters=hp.Int(f"filters_{i}", min_value=32, max_value=256, step=32),
                                kernel_size=hp.Choice(f"kernel_{i}", values=[3, 5]), padding="same")(h)
        h = keras.layers.ReLU()(h)
        pooling = hp.Choice(f"pooling_{i}", values=["max", "avg"])
        h = (keras.layers.MaxPool2D(pool_size=(2, 2)) if pooling == "max" else keras.layers.AvgPool2D(pool_size=(2, 2)))(h)
    h = keras.layers.Flatten()(h)
    for i in range(hp.Int("dense_layers", min_value=1, max_value=4, step=1)):
        h = keras.layers.Dense(hp.Int(f"units_{i}", min_value=32, max_value=256, step=32), activation="relu")(h)
        if rate > 0:
            h = keras.layers.Dropout(rate)(h)
    outputs = keras.layers.Dense(10, activation="softmax")(h)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=lr),
                  loss=keras.losses.SparseCategoricalCrossentropy(),
                  metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")])
    return model


def make_tuner(kind, directory, max_trials_or_epochs, seed):
    tuners = {
        "random": lambda: kt.RandomSearch(hypermodel=build_model, max_trials=max_trials_or_epochs, **shared),
        "bayesian": lambda: kt.BayesianOptimization(hypermodel=build_model, max_trials=max_trials_or_epochs, **shared),
        "hyperband": lambda: kt.Hyperband(hypermodel=build_model, max_epochs=max_trials_or_epochs, factor=3,
                                          hyperband_iterations=1, **shared),
    }
    if kind not in tuners:
        raise ValueError(f"unknown kind {kind!r}")
    shared = dict(objective=kt.Objective("val_accuracy", direction="max"), seed=seed, directory=directory,
                  project_name=f"q1_{kind}", overwrite=False)
    return tuners[kind]()


def hyperband_trial_count(max_epochs, factor):
    top = 0                                   # largest k with factor**k <= max_epochs
    while factor ** (top + 1) <= max_epochs:
        top += 1
    s = top + 1 + (factor**top != max_epochs)  # ceil(1 + log_factor(max_epochs)), exactly
    total = 0
    for b in range(top + 1):
        for r in range(b + 1):
            total += -(-s * factor ** (b - r) // (b + 1))   # ceil of s * factor**(b - r) / (b + 1)
    return total
