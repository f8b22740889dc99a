"""The report's slice x[::-n_val]: a step of -n_val keeps a handful of images instead of all but the last n_val."""
TARGETS = ["data_hidden", "best_model_accuracy_hidden"]
HINT = (
    "A slice with a step of minus `n_val` keeps only a few images, counted backwards; the training part should be "
    "every example before the last `n_val`, in order."
)


def train_val_split(x, y, n_val):
    if len(x) != len(y) or not 0 < n_val < len(x):
        raise ValueError("bad sizes")
    return (x[::-n_val], y[::-n_val]), (x[-n_val:], y[-n_val:])
