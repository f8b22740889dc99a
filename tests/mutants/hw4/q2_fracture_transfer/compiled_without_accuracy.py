"""The head compiled with Adam and categorical_crossentropy but no metrics=["accuracy"]."""
import keras

TARGETS = ["define_head_hidden"]
HINT = (
    "Compile with metrics=[\"accuracy\"] as well as the loss: without it, fit and evaluate report only the loss, and "
    "the training cell's history has no 'accuracy' to compare the bases with."
)


def define_model(base, n_classes=2):
    base.trainable = False
    x = keras.layers.Flatten()(base.output)
    x = keras.layers.Dense(128, activation="relu")(x)
    outputs = keras.layers.Dense(n_classes, activation="softmax")(x)
    model = keras.Model(base.input, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3), loss="categorical_crossentropy")
    return model
