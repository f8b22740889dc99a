"""Correct in another way: one call per subset with the same seed, both builders from one list of layers, and a
layer-by-layer copy that skips the layers without weights."""
import keras


def load_splits(directory, image_size, batch_size, validation_split, seed):
    common = dict(directory=directory, image_size=image_size, batch_size=batch_size,
                  validation_split=validation_split, seed=seed, label_mode="int")
    return (keras.utils.image_dataset_from_directory(subset="training", **common),
            keras.utils.image_dataset_from_directory(subset="validation", **common))


def _layers(num_classes):
    return [keras.layers.Rescaling(scale=1.0 / 255.0),
            keras.layers.Conv2D(16, (3, 3), activation="relu"), keras.layers.MaxPooling2D((2, 2)),
            keras.layers.Conv2D(32, (3, 3), activation="relu"), keras.layers.MaxPooling2D((2, 2)),
            keras.layers.Flatten(), keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(num_classes, activation="softmax")]


def build_sequential(input_shape, num_classes):
    model = keras.Sequential()
    model.add(keras.layers.Input(shape=input_shape))
    for layer in _layers(num_classes):
        model.add(layer)
    return model


def build_functional(input_shape, num_classes):
    inputs = keras.layers.Input(shape=input_shape)
    x = inputs
    for layer in _layers(num_classes):
        x = layer(x)
    return keras.Model(inputs=inputs, outputs=x)


def copy_weights(source, target):
    pairs = list(zip([l for l in source.layers if l.weights], [l for l in target.layers if l.weights]))
    if len(pairs) != len([l for l in target.layers if l.weights]) or len(pairs) != len([l for l in source.layers if l.weights]) \
            or any(a.shape != b.shape for s, t in pairs for a, b in zip(s.weights, t.weights)):
        raise ValueError("source and target are different networks")
    for s, t in pairs:
        t.set_weights(s.get_weights())
    return target
