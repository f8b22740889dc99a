"""The combined model compiled with mean squared error."""
import keras
import numpy as np

TARGETS = ["gan_hidden", "train_step_hidden"]
HINT = "The generator's step uses binary_crossentropy, as the discriminator does."


def define_gan(g_model, d_model):
    d_model.trainable = False
    model = keras.Sequential([g_model, d_model])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.0002, beta_1=0.5), loss="mse")
    return model
