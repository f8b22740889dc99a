"""define_gan without d_model.trainable = False: the combined model also trains the discriminator."""
import keras
import numpy as np

TARGETS = ["gan_hidden"]
HINT = 'Freeze the discriminator in the combined model: d_model.trainable = False.'


def define_gan(g_model, d_model):
    model = keras.Sequential([g_model, d_model])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.0002, beta_1=0.5), loss="binary_crossentropy")
    return model
