"""Returns (val_ds, train_ds)."""
import keras

TARGETS = ["load_hidden"]
HINT = "Return the training part first: (train_ds, val_ds)."


def load_splits(directory, image_size, batch_size, validation_split, seed):
    train_ds, val_ds = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,
                                                                validation_split=validation_split, subset="both", seed=seed)
    return val_ds, train_ds
