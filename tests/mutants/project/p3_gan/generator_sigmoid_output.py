"""The generator ends in sigmoid: its images lie in (0, 1), real ones in [-1, 1]."""
import keras
import numpy as np

TARGETS = ["generator_hidden"]
HINT = 'End with tanh, whose range matches the scaled real images.'


def define_generator(latent_dim=100):
    L = keras.layers
    return keras.Sequential([keras.Input((latent_dim,)), L.Dense(256 * 7 * 7), L.LeakyReLU(0.2), L.Reshape((7, 7, 256)),
                             L.Conv2DTranspose(128, 7, strides=2, padding="same"), L.LeakyReLU(0.2),
                             L.Conv2DTranspose(32, 7, strides=2, padding="same"), L.LeakyReLU(0.2),
                             L.Conv2D(1, 3, padding="same", activation="sigmoid")])
