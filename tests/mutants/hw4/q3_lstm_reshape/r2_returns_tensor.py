"""R² computed with TensorFlow ops, as in a Keras metric, and returned as a tensor instead of a float."""
import tensorflow as tf

TARGETS = ["r2_hidden"]
HINT = (
    "r2_score must return a Python float: convert a tensor or a NumPy array with float(...) before returning it "
    "(a 0-d tensor prints like a number but is not one)."
)


def r2_score(y_true, y_pred):
    y_true = tf.reshape(tf.cast(y_true, tf.float64), [-1])
    y_pred = tf.reshape(tf.cast(y_pred, tf.float64), [-1])
    ss_res = tf.reduce_sum(tf.square(y_true - y_pred))
    ss_tot = tf.reduce_sum(tf.square(y_true - tf.reduce_mean(y_true)))
    if ss_tot == 0:
        return 1.0 if ss_res == 0 else 0.0
    return 1.0 - ss_res / ss_tot
