"""loss_and_grads forgets the ReLU between the two convolutions on the way back."""
import numpy as np

TARGETS = ["network_hidden"]
HINT = 'Every ReLU of the forward pass needs its relu_backward on the way back.'


def loss_and_grads(params, x, y):
    logits, (x, a1, a2, pooled, h) = _forward(params, x)
    loss, dz = softmax_cross_entropy(logits, y)
    dh, g_w4, g_b4 = dense_backward(dz, relu_forward(h), params["dense2_w"])
    dflat, g_w3, g_b3 = dense_backward(relu_backward(dh, h), pooled.reshape(len(x), -1), params["dense1_w"])
    dr2 = maxpool_backward(dflat.reshape(pooled.shape), relu_forward(a2))
    d1, g_w2, g_b2 = conv_backward(relu_backward(dr2, a2), relu_forward(a1), params["conv2_w"])
    _, g_w1, g_b1 = conv_backward(d1, x, params["conv1_w"])
    return loss, {"conv1_w": g_w1, "conv1_b": g_b1, "conv2_w": g_w2, "conv2_b": g_b2,
                  "dense1_w": g_w3, "dense1_b": g_b3, "dense2_w": g_w4, "dense2_b": g_b4}
