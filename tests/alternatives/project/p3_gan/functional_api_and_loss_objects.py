"""Correct, written differently: the Functional API, LeakyReLU(negative_slope=...), loss and metric objects,
the discriminator frozen after compiling the combined model (Keras 3 reads the flag at the first step), and a
train_step that calls the generator directly and labels with 1-D arrays."""
import keras
import numpy as np


def scale_images(images):
    return np.expand_dims(np.asarray(images).astype(np.float32) / 127.5 - 1.0, axis=-1)


def define_discriminator(in_shape=(28, 28, 1)):
    inputs = keras.Input(shape=in_shape)
    x = inputs
    for filters, stride in ((64, 1), (128, 2), (128, 2), (256, 2)):
        x = keras.layers.Conv2D(filters, (3, 3), strides=(stride, stride), padding="same")(x)
        x = keras.layers.LeakyReLU(negative_slope=0.2)(x)
    x = keras.layers.Dropout(0.4)(keras.layers.Flatten()(x))
    model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(x))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=2e-4, beta_1=0.5),
                  loss=keras.losses.BinaryCrossentropy(), metrics=[keras.metrics.BinaryAccuracy(name="accuracy")])
    return model


def define_generator(latent_dim=100):
    z = keras.Input(shape=(latent_dim,))
    x = keras.layers.LeakyReLU(negative_slope=0.2)(keras.layers.Dense(12544)(z))
    x = keras.layers.Reshape((7, 7, 256))(x)
    for filters in (128, 32):
        x = keras.layers.Conv2DTranspose(filters, (7, 7), strides=(2, 2), padding="same")(x)
        x = keras.layers.LeakyReLU(negative_slope=0.2)(x)
    return keras.Model(z, keras.layers.Conv2D(1, (3, 3), padding="same", activation="tanh")(x))


def define_gan(g_model, d_model):
    gan = keras.Sequential([g_model, d_model])
    gan.compile(optimizer=keras.optimizers.Adam(learning_rate=2e-4, beta_1=0.5), loss=keras.losses.BinaryCrossentropy())
    d_model.trainable = False
    return gan


class GAN:
    """The generator, the discriminator, and the combined model that trains the generator through it."""

    def __init__(self, g_model, d_model):
        self.generator, self.discriminator = g_model, d_model
        self.combined = define_gan(g_model, d_model)

    def train_step(self, real, noise):
        n = real.shape[0]
        self.discriminator.trainable = True
        d_real = self.discriminator.train_on_batch(real, np.ones(n))
        d_fake = self.discriminator.train_on_batch(np.asarray(self.generator(noise, training=False)), np.zeros(n))
        self.discriminator.trainable = False
        g = self.combined.train_on_batch(noise, np.ones(n))
        return float(d_real[0]), float(d_fake[0]), float(np.ravel(g)[0])
