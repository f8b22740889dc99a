"""Correct, written differently: sliding_window_view, index arithmetic for the split, a functional model,
R² from explicit sums."""
import numpy as np


def make_windows(features, target, window, horizon=1):
    features = np.asarray(features, dtype=np.float64)
    target = np.asarray(target, dtype=np.float64).reshape(-1)
    if min(window, horizon) < 1:
        raise ValueError("window and horizon must be positive")
    if features.shape[0] != target.shape[0]:
        raise ValueError("features and target must have the same length")
    if features.shape[0] < window + horizon:
        raise ValueError("series too short")
    views = np.lib.stride_tricks.sliding_window_view(features, window, axis=0)  # (N - window + 1, F, window)
    X = np.moveaxis(views, -1, 1)[: features.shape[0] - window - horizon + 1]
    return X.copy(), target[window + horizon - 1 :]


def chronological_split(X, y, val_fraction, test_fraction):
    n = len(y)
    bounds = np.cumsum([n - int(n * val_fraction) - int(n * test_fraction), int(n * val_fraction)])
    X_tr = X[: bounds[0]]
    stats = {"x_mean": X_tr.reshape(-1, X.shape[-1]).mean(0), "x_std": X_tr.reshape(-1, X.shape[-1]).std(0),
             "y_mean": float(np.mean(y[: bounds[0]])), "y_std": float(np.std(y[: bounds[0]]))}
    scale_x = lambda a: (a - stats["x_mean"]) / stats["x_std"]
    scale_y = lambda a: (a - stats["y_mean"]) / stats["y_std"]
    pieces = np.split(np.arange(n), bounds)
    return tuple((scale_x(X[idx]), scale_y(y[idx])) for idx in pieces) + (stats,)


def build_lstm(window, n_features):
    inputs = keras.Input(shape=(window, n_features))
    x = inputs
    for _ in range(3):
        x = keras.layers.LSTM(units=50, return_sequences=True)(x)
    outputs = keras.layers.Dense(1, activation="linear")(keras.layers.Flatten()(x))
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001), loss=keras.losses.MeanSquaredError())
    return model


def r2_score(y_true, y_pred):
    t = [float(v) for v in np.ravel(y_true)]
    p = [float(v) for v in np.ravel(y_pred)]
    mean = sum(t) / len(t)
    ss_res = sum((a - b) ** 2 for a, b in zip(t, p))
    ss_tot = sum((a - mean) ** 2 for a in t)
    if ss_tot == 0.0:
        return 0.0 if ss_res else 1.0
    return 1.0 - ss_res / ss_tot
