"""upsample_heatmap returns tf.image.resize(...)[..., 0] unconverted: a tf.Tensor, not a NumPy array (found by
review: the hidden tests wrapped every result in np.asarray, which accepts a tensor)."""
import numpy as np
import tensorflow as tf

TARGETS = ["upsample_hidden"]
HINT = (
    "upsample_heatmap must return a NumPy array, as the text says: tf.image.resize gives a tf.Tensor, so convert "
    "it (.numpy() or np.asarray) before returning it."
)
HIDDEN_ONLY = "the visible checks wrap upsample_heatmap's result in np.asarray, which accepts a tensor"


def upsample_heatmap(h, size=(28, 28)):
    h = np.asarray(h, dtype=np.float32)
    batch = h[None] if h.ndim == 2 else h
    big = tf.image.resize(batch[..., None], size, method="bilinear")[..., 0]
    return big[0] if h.ndim == 2 else big
