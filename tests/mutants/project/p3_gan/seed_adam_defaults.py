"""Adam() with its defaults after Keras 3 rejected lr=0.0002: learning rate 1e-3, beta_1 0.9."""
import keras
import numpy as np

TARGETS = ["discriminator_hidden", "gan_hidden"]
HINT = 'Keras 3 spells it Adam(learning_rate=0.0002, beta_1=0.5).'


def define_discriminator(in_shape=(28, 28, 1)):
    L = keras.layers
    model = keras.Sequential([keras.Input(in_shape),
                              L.Conv2D(64, 3, padding="same"), L.LeakyReLU(0.2),
                              L.Conv2D(128, 3, strides=2, padding="same"), L.LeakyReLU(0.2),
                              L.Conv2D(128, 3, strides=2, padding="same"), L.LeakyReLU(0.2),
                              L.Conv2D(256, 3, strides=2, padding="same"), L.LeakyReLU(0.2),
                              L.Flatten(), L.Dropout(0.4), L.Dense(1, activation="sigmoid")])
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy", metrics=["accuracy"])
    return model


def define_gan(g_model, d_model):
    d_model.trainable = False
    model = keras.Sequential([g_model, d_model])
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy")
    return model
