"""Correct, the other readings of Part C and Part A: the loss given as Keras's function keras.losses.mean_squared_error
and the optimizer as the string "adam" (Adam at its default learning rate); windows built from Python lists
(inputs converted with .tolist() so arrays and lists take the same path); R² with np.var for the denominator."""
import keras
import numpy as np


def make_windows(features, target, window, horizon=1):
    rows = np.asarray(features, dtype=float).tolist()
    values = np.asarray(target, dtype=float).tolist()
    if window < 1 or horizon < 1:
        raise ValueError("window and horizon must be at least 1")
    if len(rows) != len(values):
        raise ValueError(f"{len(rows)} feature rows but {len(values)} targets")
    starts = range(len(rows) - window - horizon + 1)
    if len(starts) < 1:
        raise ValueError("the series is too short for one window and its target")
    X = np.array([rows[i : i + window] for i in starts], dtype=float)
    y = np.array([values[i + window + horizon - 1] for i in starts], dtype=float)
    return X, y


def build_lstm(window, n_features):
    model = keras.Sequential(name="lstm_stack")
    model.add(keras.Input(shape=(window, n_features)))
    for _ in range(3):
        model.add(keras.layers.LSTM(50, return_sequences=True))
    model.add(keras.layers.Flatten())
    model.add(keras.layers.Dense(1))
    model.compile(optimizer="adam", loss=keras.losses.mean_squared_error)
    return model


def r2_score(y_true, y_pred):
    t = np.ravel(np.asarray(y_true, dtype=np.float64))
    p = np.ravel(np.asarray(y_pred, dtype=np.float64))
    ss_res = float(np.sum(np.square(t - p)))
    ss_tot = float(np.var(t) * t.size)
    if ss_tot == 0.0:
        return 1.0 if ss_res == 0.0 else 0.0
    return 1.0 - ss_res / ss_tot
