"""Ignores image_size: every image is resized to 64x64."""
import keras

TARGETS = ["load_hidden"]
HINT = "Resize to the `image_size` argument, (height, width)."


def load_splits(directory, image_size, batch_size, validation_split, seed):
    return keras.utils.image_dataset_from_directory(directory, image_size=(64, 64), batch_size=batch_size,
                                                    validation_split=validation_split, subset="both", seed=seed)
