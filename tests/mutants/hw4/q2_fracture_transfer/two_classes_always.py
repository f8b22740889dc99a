"""n_classes ignored: two outputs whatever is asked, and a sparse loss for one-hot labels."""
import keras

TARGETS = ["define_head_hidden"]
HINT = (
    "Size the output layer with `n_classes` instead of a fixed 2, and compile with `categorical_crossentropy`: the "
    "labels are one-hot rows, not class ids for a sparse loss."
)


def define_model(base, n_classes=2):
    base.trainable = False
    x = keras.layers.Flatten()(base.output)
    x = keras.layers.Dense(128, activation="relu")(x)
    outputs = keras.layers.Dense(2, activation="softmax")(x)
    model = keras.Model(base.input, outputs)
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
