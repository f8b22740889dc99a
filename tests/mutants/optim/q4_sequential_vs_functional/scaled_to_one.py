"""Divides the images by 255 in the dataset (the model's Rescaling does that)."""
import keras

TARGETS = ["load_hidden"]
HINT = "Keep the pixels in [0, 255]: the model's first layer, Rescaling(1/255), scales them."


def load_splits(directory, image_size, batch_size, validation_split, seed):
    train_ds, val_ds = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,
                                                                validation_split=validation_split, subset="both", seed=seed)
    return train_ds.map(lambda x, y: (x / 255.0, y)), val_ds.map(lambda x, y: (x / 255.0, y))
