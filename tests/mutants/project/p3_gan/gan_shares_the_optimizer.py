"""The combined model reuses the discriminator's optimizer."""
import keras
import numpy as np

TARGETS = ["gan_hidden"]
HINT = 'Give the combined model its own Adam(learning_rate=0.0002, beta_1=0.5).'


def define_gan(g_model, d_model):
    d_model.trainable = False
    model = keras.Sequential([g_model, d_model])
    model.compile(optimizer=d_model.optimizer, loss="binary_crossentropy")
    return model
