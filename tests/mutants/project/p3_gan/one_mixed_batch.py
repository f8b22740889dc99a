"""The discriminator learns real and fake in one train_on_batch, not two."""
import numpy as np

TARGETS = ["train_step_hidden"]
HINT = 'Two steps: real images (labels 1), then the fakes (labels 0).'


class GAN:
    """The generator, the discriminator, and the combined model that trains the generator through it."""

    def __init__(self, g_model, d_model):
        self.generator, self.discriminator = g_model, d_model
        self.combined = define_gan(g_model, d_model)

    def train_step(self, real, noise):
        n = len(real)
        self.discriminator.trainable = True
        fake = self.generator.predict(noise, verbose=0)
        loss = self.discriminator.train_on_batch(np.concatenate([real, fake]), np.concatenate([np.ones((n, 1)), np.zeros((n, 1))]))[0]
        self.discriminator.trainable = False
        g_loss = self.combined.train_on_batch(noise, np.ones((n, 1)))
        return float(loss), float(loss), float(g_loss)
