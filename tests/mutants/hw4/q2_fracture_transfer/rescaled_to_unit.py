"""The report's rescale=1/255 moved into preprocessing: float pixels in 0-1 instead of uint8 0-255."""
import numpy as np
from PIL import Image

TARGETS = ["preprocess_hidden"]
HINT = (
    "`preprocess_image` should return uint8 pixels in 0-255; scaling for the network happens later, per base, with "
    "its `preprocess_input`, so do not divide by 255 here."
)


def preprocess_image(path, size=224):
    with Image.open(path) as img:
        rgb = img.convert("RGB").resize((size, size), Image.Resampling.BILINEAR)
    return np.asarray(rgb, dtype=np.float32) / 255.0
