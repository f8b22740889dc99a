"""Benchmark: what one full-profile epoch of hw4 q2 costs on this CPU, per image and per epoch.

    python bench/transfer_epoch_cost.py [BATCH] [STEPS]

Times training steps of the q2 models (a frozen VGG16 or ResNet50 base at 224x224 with the Flatten-Dense(128)-
Dense(2) head) on random images, after one warm-up step. Random weights cost the same as ImageNet ones. Prints
seconds per image and the projected time of one epoch over the homework's 16,262 training images plus one pass
over its 4,065 validation images (timed with predict). It never fails on time.
"""
import sys
import time

import numpy as np

from utils.config import import_keras

TRAIN_IMAGES, VAL_IMAGES = 16_262, 4_065  # the homework's split of GRAZPEDWRI-DX


def model_for(keras, name: str):
    base = getattr(keras.applications, name)(include_top=False, weights=None, input_shape=(224, 224, 3))
    base.trainable = False
    x = keras.layers.Flatten()(base.output)
    x = keras.layers.Dense(128, activation="relu")(x)
    model = keras.Model(base.input, keras.layers.Dense(2, activation="softmax")(x))
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    return model


def seconds_per_image(model, batch: int, steps: int) -> tuple[float, float]:
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 255, (batch, 224, 224, 3)).astype(np.float32)
    y = np.eye(2, dtype=np.float32)[rng.integers(0, 2, batch)]
    model.train_on_batch(x, y)          # warm-up: tracing and memory
    model.predict_on_batch(x)
    start = time.perf_counter()
    for _ in range(steps):
        model.train_on_batch(x, y)
    train = (time.perf_counter() - start) / (steps * batch)
    start = time.perf_counter()
    for _ in range(steps):
        model.predict_on_batch(x)
    return train, (time.perf_counter() - start) / (steps * batch)


def main(batch: int = 16, steps: int = 3) -> None:
    keras = import_keras()
    print(f"batch {batch}, {steps} timed steps after a warm-up; epoch = {TRAIN_IMAGES:,} train + {VAL_IMAGES:,} val images")
    print(f"{'base':10s} {'train s/img':>12s} {'val s/img':>10s} {'epoch min':>10s}")
    for name in ("VGG16", "ResNet50"):
        train, val = seconds_per_image(model_for(keras, name), batch, steps)
        epoch = (train * TRAIN_IMAGES + val * VAL_IMAGES) / 60
        print(f"{name:10s} {train:12.3f} {val:10.3f} {epoch:10.1f}", flush=True)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
