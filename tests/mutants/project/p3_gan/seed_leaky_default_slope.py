"""LeakyReLU() without its argument after Keras 3 rejected alpha=0.2: the default slope 0.3."""
import keras
import numpy as np

TARGETS = ["discriminator_hidden", "generator_hidden"]
HINT = 'Keras 3 spells it LeakyReLU(negative_slope=0.2); the default is 0.3.'


def define_discriminator(in_shape=(28, 28, 1)):
    L = keras.layers
    model = keras.Sequential([keras.Input(in_shape),
                              L.Conv2D(64, 3, padding="same"), L.LeakyReLU(),
                              L.Conv2D(128, 3, strides=2, padding="same"), L.LeakyReLU(),
                              L.Conv2D(128, 3, strides=2, padding="same"), L.LeakyReLU(),
                              L.Conv2D(256, 3, strides=2, padding="same"), L.LeakyReLU(),
                              L.Flatten(), L.Dropout(0.4), L.Dense(1, activation="sigmoid")])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.0002, beta_1=0.5), loss="binary_crossentropy", metrics=["accuracy"])
    return model


def define_generator(latent_dim=100):
    L = keras.layers
    return keras.Sequential([keras.Input((latent_dim,)), L.Dense(256 * 7 * 7), L.LeakyReLU(), L.Reshape((7, 7, 256)),
                             L.Conv2DTranspose(128, 7, strides=2, padding="same"), L.LeakyReLU(),
                             L.Conv2DTranspose(32, 7, strides=2, padding="same"), L.LeakyReLU(),
                             L.Conv2D(1, 3, padding="same", activation="tanh")])
