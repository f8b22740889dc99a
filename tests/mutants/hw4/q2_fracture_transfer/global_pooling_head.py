"""GlobalAveragePooling2D instead of Flatten: a fine head in practice, but not the one asked for (512*128 weights)."""
import keras

TARGETS = ["define_vgg_hidden", "define_resnet_hidden", "define_head_hidden"]
HINT = (
    "The head starts with `Flatten()` on the base's output, not global average pooling: Dense(128) should see "
    "every position (25,088 features for VGG16), as the parameter counts expect."
)


def define_model(base, n_classes=2):
    base.trainable = False
    x = keras.layers.GlobalAveragePooling2D()(base.output)
    x = keras.layers.Dense(128, activation="relu")(x)
    outputs = keras.layers.Dense(n_classes, activation="softmax")(x)
    model = keras.Model(base.input, outputs)
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="categorical_crossentropy", metrics=["accuracy"])
    return model
