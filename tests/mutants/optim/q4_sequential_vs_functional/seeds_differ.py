"""Seeds the validation call with seed + 1."""
import keras

TARGETS = ["load_hidden"]
HINT = "Both parts must come from one shuffle of the file list: the same seed for training and validation."


def load_splits(directory, image_size, batch_size, validation_split, seed):
    train_ds = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,
                                                        validation_split=validation_split, subset="training", seed=seed)
    val_ds = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,
                                                      validation_split=validation_split, subset="validation", seed=seed + 1)
    return train_ds, val_ds
