"""Ignores batch_size: Keras's default of 32."""
import keras

TARGETS = ["load_hidden"]
HINT = "Pass `batch_size` on to image_dataset_from_directory."


def load_splits(directory, image_size, batch_size, validation_split, seed):
    return keras.utils.image_dataset_from_directory(directory, image_size=image_size,
                                                    validation_split=validation_split, subset="both", seed=seed)
