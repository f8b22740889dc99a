"""Correct, written differently: Sequential.add layer by layer with the report's input_shape= and input_dim=
(Keras 3 warns), the losses read from train_on_batch(return_dict=True), and the discriminator's flag toggled
through a helper."""
import keras
import numpy as np


def scale_images(images):
    x = np.array(images, dtype="float32").reshape(len(images), 28, 28, 1)
    x -= 127.5
    x /= 127.5
    return x


def define_discriminator(in_shape=(28, 28, 1)):
    model = keras.Sequential()
    model.add(keras.layers.Conv2D(64, 3, strides=1, padding="same", input_shape=in_shape))
    model.add(keras.layers.LeakyReLU(negative_slope=0.2))
    for filters in (128, 128, 256):
        model.add(keras.layers.Conv2D(filters, 3, strides=2, padding="same"))
        model.add(keras.layers.LeakyReLU(negative_slope=0.2))
    model.add(keras.layers.Flatten())
    model.add(keras.layers.Dropout(rate=0.4))
    model.add(keras.layers.Dense(1, activation="sigmoid"))
    model.compile(loss="binary_crossentropy", optimizer=keras.optimizers.Adam(0.0002, 0.5), metrics=["accuracy"])
    return model


def define_generator(latent_dim=100):
    model = keras.Sequential()
    model.add(keras.layers.Dense(256 * 7 * 7, input_dim=latent_dim))
    model.add(keras.layers.LeakyReLU(negative_slope=0.2))
    model.add(keras.layers.Reshape((7, 7, 256)))
    model.add(keras.layers.Conv2DTranspose(128, (7, 7), strides=(2, 2), padding="same"))
    model.add(keras.layers.LeakyReLU(negative_slope=0.2))
    model.add(keras.layers.Conv2DTranspose(32, (7, 7), strides=(2, 2), padding="same"))
    model.add(keras.layers.LeakyReLU(negative_slope=0.2))
    model.add(keras.layers.Conv2D(1, (3, 3), activation="tanh", padding="same"))
    return model


def define_gan(g_model, d_model):
    d_model.trainable = False
    model = keras.Sequential()
    model.add(g_model)
    model.add(d_model)
    model.compile(loss="binary_crossentropy", optimizer=keras.optimizers.Adam(0.0002, 0.5))
    return model


def _set_trainable(model, flag):
    model.trainable = flag
    for layer in model.layers:
        layer.trainable = flag


class GAN:
    """The generator, the discriminator, and the combined model that trains the generator through it."""

    def __init__(self, g_model, d_model):
        self.generator, self.discriminator = g_model, d_model
        self.combined = define_gan(g_model, d_model)

    def train_step(self, real, noise):
        ones, zeros = np.ones((len(real), 1), "float32"), np.zeros((len(real), 1), "float32")
        _set_trainable(self.discriminator, True)
        d_loss_real = self.discriminator.train_on_batch(real, ones, return_dict=True)["loss"]
        fakes = self.generator.predict_on_batch(noise)
        d_loss_fake = self.discriminator.train_on_batch(fakes, zeros, return_dict=True)["loss"]
        _set_trainable(self.discriminator, False)
        g_loss = self.combined.train_on_batch(noise, ones, return_dict=True)["loss"]
        return float(d_loss_real), float(d_loss_fake), float(g_loss)
