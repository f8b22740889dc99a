"""label_mode="categorical": one-hot labels."""
import keras

TARGETS = ["load_hidden"]
HINT = "The text asks for integer labels (label_mode=\"int\", the default), one number per image."


def load_splits(directory, image_size, batch_size, validation_split, seed):
    return keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size, label_mode="categorical",
                                                    validation_split=validation_split, subset="both", seed=seed)
