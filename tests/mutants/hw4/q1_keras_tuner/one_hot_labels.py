"""One-hot labels, as the reports prepared them, fed to a sparse categorical cross-entropy loss."""
import keras

TARGETS = ["data_hidden", "best_model_accuracy_hidden"]
HINT = (
    "Keep the labels as integer class ids of shape (N,): the model's loss is sparse categorical cross-entropy, "
    "which takes class ids, not one-hot rows."
)


def train_val_split(x, y, n_val):
    if len(x) != len(y) or not 0 < n_val < len(x):
        raise ValueError("bad sizes")
    y = keras.utils.to_categorical(y, 10)
    return (x[:-n_val], y[:-n_val]), (x[-n_val:], y[-n_val:])
