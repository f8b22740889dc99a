"""No LeakyReLU after the Dense layer."""
import keras
import numpy as np

TARGETS = ["generator_hidden"]
HINT = 'Dense, then LeakyReLU(0.2), then Reshape.'


def define_generator(latent_dim=100):
    L = keras.layers
    return keras.Sequential([keras.Input((latent_dim,)), L.Dense(256 * 7 * 7), L.Reshape((7, 7, 256)),
                             L.Conv2DTranspose(128, 7, strides=2, padding="same"), L.LeakyReLU(0.2),
                             L.Conv2DTranspose(32, 7, strides=2, padding="same"), L.LeakyReLU(0.2),
                             L.Conv2D(1, 3, padding="same", activation="tanh")])
