"""The report's loop under Keras 3: trainable never set back to True, so the discriminator never learns."""
import numpy as np

TARGETS = ["train_step_hidden"]
HINT = 'Keras 3 reads trainable when the training function is built: set discriminator.trainable = True before its steps, False before the combined step.'


class GAN:
    """The generator, the discriminator, and the combined model that trains the generator through it."""

    def __init__(self, g_model, d_model):
        self.generator, self.discriminator = g_model, d_model
        self.combined = define_gan(g_model, d_model)

    def train_step(self, real, noise):
        n = len(real)
        d_loss_real = self.discriminator.train_on_batch(real, np.ones((n, 1)))[0]
        fake = self.generator.predict(noise, verbose=0)
        d_loss_fake = self.discriminator.train_on_batch(fake, np.zeros((n, 1)))[0]
        g_loss = self.combined.train_on_batch(noise, np.ones((n, 1)))
        return float(d_loss_real), float(d_loss_fake), float(g_loss)
