"""Correct in another way: subset="both" with every default spelled out, Sequential from a list with the
Input, Functional by nested calls, and a copy that compares the variables' shapes first."""
import keras


def load_splits(directory, image_size, batch_size, validation_split, seed):
    parts = keras.utils.image_dataset_from_directory(directory, labels="inferred", label_mode="int", color_mode="rgb",
                                                     batch_size=batch_size, image_size=tuple(image_size), shuffle=True,
                                                     seed=seed, validation_split=validation_split, subset="both",
                                                     interpolation="bilinear")
    return parts[0], parts[1]


def build_sequential(input_shape, num_classes):
    L = keras.layers
    return keras.Sequential([keras.Input(shape=tuple(input_shape)), L.Rescaling(1.0 / 255),
                             L.Conv2D(filters=16, kernel_size=3, activation="relu"), L.MaxPooling2D(pool_size=2),
                             L.Conv2D(filters=32, kernel_size=3, activation="relu"), L.MaxPooling2D(pool_size=2),
                             L.Flatten(), L.Dense(units=64, activation="relu"), L.Dense(units=num_classes, activation="softmax")])


def build_functional(input_shape, num_classes):
    L = keras.layers
    inputs = keras.Input(shape=tuple(input_shape))
    outputs = L.Dense(num_classes, activation="softmax")(L.Dense(64, activation="relu")(L.Flatten()(
        L.MaxPooling2D(2)(L.Conv2D(32, 3, activation="relu")(L.MaxPooling2D(2)(L.Conv2D(16, 3, activation="relu")(
            L.Rescaling(1 / 255.0)(inputs))))))))
    return keras.Model(inputs, outputs)


def copy_weights(source, target):
    if [tuple(v.shape) for v in source.weights] != [tuple(v.shape) for v in target.weights]:
        raise ValueError("the weights do not match")
    for s, t in zip(source.weights, target.weights):
        t.assign(s)
    return target
