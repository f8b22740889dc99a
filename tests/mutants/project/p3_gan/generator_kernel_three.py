"""3x3 transposed convolutions instead of 7x7."""
import keras
import numpy as np

TARGETS = ["generator_hidden"]
HINT = 'Both Conv2DTranspose layers use 7x7 kernels.'


def define_generator(latent_dim=100):
    L = keras.layers
    return keras.Sequential([keras.Input((latent_dim,)), L.Dense(256 * 7 * 7), L.LeakyReLU(0.2), L.Reshape((7, 7, 256)),
                             L.Conv2DTranspose(128, 3, strides=2, padding="same"), L.LeakyReLU(0.2),
                             L.Conv2DTranspose(32, 3, strides=2, padding="same"), L.LeakyReLU(0.2),
                             L.Conv2D(1, 3, padding="same", activation="tanh")])
