"""ReLU instead of LeakyReLU(0.2) in the generator."""
import keras
import numpy as np

TARGETS = ["generator_hidden"]
HINT = 'Use LeakyReLU(0.2) after the Dense and both transposed convolutions.'


def define_generator(latent_dim=100):
    L = keras.layers
    return keras.Sequential([keras.Input((latent_dim,)), L.Dense(256 * 7 * 7), L.ReLU(), L.Reshape((7, 7, 256)),
                             L.Conv2DTranspose(128, 7, strides=2, padding="same"), L.ReLU(),
                             L.Conv2DTranspose(32, 7, strides=2, padding="same"), L.ReLU(),
                             L.Conv2D(1, 3, padding="same", activation="tanh")])
