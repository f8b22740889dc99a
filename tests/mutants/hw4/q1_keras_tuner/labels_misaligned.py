"""Images and labels cut at different places: every training image gets the label of another one."""
TARGETS = ["data_hidden", "best_model_accuracy_hidden"]
HINT = (
    "Cut images and labels at the same place: the training labels must be those of the training images, all but "
    "the last `n_val`, in the same order."
)


def train_val_split(x, y, n_val):
    if len(x) != len(y) or not 0 < n_val < len(x):
        raise ValueError("bad sizes")
    return (x[:-n_val], y[n_val:]), (x[-n_val:], y[-n_val:])
