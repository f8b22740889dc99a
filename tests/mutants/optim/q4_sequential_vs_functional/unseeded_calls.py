"""Two calls, one per subset, without a seed: Keras refuses (each call would shuffle the files its own way)."""
import keras

TARGETS = ["load_hidden"]
HINT = "Pass the same `seed` to both parts (or use subset=\"both\"): without it each call draws its own split and images land in both."


def load_splits(directory, image_size, batch_size, validation_split, seed):
    train_ds = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,
                                                        validation_split=validation_split, subset="training")
    val_ds = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,
                                                      validation_split=validation_split, subset="validation")
    return train_ds, val_ds
