"""The first report's freezing loop: it sets layers[-1] and layers[-2] on every pass and never uses the loop variable,
so the rest of the base keeps training."""
import keras

TARGETS = ["define_vgg_hidden", "define_resnet_hidden", "define_head_hidden"]
HINT = (
    "Freeze the whole base, not just its last two layers: a loop that never uses its loop variable leaves the rest "
    "of the base trainable. Check the trainable parameter count."
)


def define_model(base, n_classes=2):
    for layer in base.layers:
        base.layers[-1].trainable = False
        base.layers[-2].trainable = False
    x = keras.layers.Flatten()(base.output)
    x = keras.layers.Dense(128, activation="relu")(x)
    outputs = keras.layers.Dense(n_classes, activation="softmax")(x)
    model = keras.Model(inputs=base.input, outputs=outputs)
    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])
    return model
