"""OpenCV's habit: channels in B, G, R order, so an RGB file comes back with red and blue swapped."""
import numpy as np
from PIL import Image

TARGETS = ["preprocess_hidden"]
HINT = (
    "Keep an RGB image's channels in R, G, B order: reversing the channel axis, the OpenCV habit, swaps red and "
    "blue."
)


def preprocess_image(path, size=224):
    with Image.open(path) as img:
        rgb = np.asarray(img.convert("RGB").resize((size, size), Image.Resampling.BILINEAR), dtype=np.uint8)
    return rgb[..., ::-1].copy()
