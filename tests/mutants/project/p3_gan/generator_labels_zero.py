"""The combined model is trained with labels 0: the generator learns to look fake."""
import numpy as np

TARGETS = ["train_step_hidden"]
HINT = "The generator's goal is that the discriminator says real: labels 1."


class GAN:
    """The generator, the discriminator, and the combined model that trains the generator through it."""

    def __init__(self, g_model, d_model):
        self.generator, self.discriminator = g_model, d_model
        self.combined = define_gan(g_model, d_model)

    def train_step(self, real, noise):
        n = len(real)
        self.discriminator.trainable = True
        d_loss_real = self.discriminator.train_on_batch(real, np.ones((n, 1)))[0]
        fake = self.generator.predict(noise, verbose=0)
        d_loss_fake = self.discriminator.train_on_batch(fake, np.zeros((n, 1)))[0]
        self.discriminator.trainable = False
        g_loss = self.combined.train_on_batch(noise, np.zeros((n, 1)))
        return float(d_loss_real), float(d_loss_fake), float(g_loss)
