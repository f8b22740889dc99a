"""Compiled with categorical cross-entropy: with one output unit it is always 0."""
import keras
import numpy as np

TARGETS = ["discriminator_hidden"]
HINT = 'One sigmoid output takes binary_crossentropy.'


def define_discriminator(in_shape=(28, 28, 1)):
    L = keras.layers
    model = keras.Sequential([keras.Input(in_shape),
                              L.Conv2D(64, 3, padding="same"), L.LeakyReLU(0.2),
                              L.Conv2D(128, 3, strides=2, padding="same"), L.LeakyReLU(0.2),
                              L.Conv2D(128, 3, strides=2, padding="same"), L.LeakyReLU(0.2),
                              L.Conv2D(256, 3, strides=2, padding="same"), L.LeakyReLU(0.2),
                              L.Flatten(), L.Dropout(0.4), L.Dense(1, activation="sigmoid")])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.0002, beta_1=0.5), loss="categorical_crossentropy", metrics=["accuracy"])
    return model
