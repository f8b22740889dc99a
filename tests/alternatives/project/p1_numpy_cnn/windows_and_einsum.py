"""Correct, written differently: sliding windows and einsum for the convolution, a loop over window offsets
for pooling, logsumexp by hand, optimizer state as tuples, batches by index arrays."""
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv_forward(x, w, b):
    x, w, b = np.asarray(x, dtype=np.float64), np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64)
    kh, kw, cin, cout = w.shape
    if not (kh & 1 and kw & 1):
        raise ValueError("even kernel")
    if x.shape[-1] != cin:
        raise ValueError("channel mismatch")
    xp = np.pad(x, [(0, 0), (kh // 2,) * 2, (kw // 2,) * 2, (0, 0)])
    win = sliding_window_view(xp, (kh, kw), axis=(1, 2))          # (N, H, W, C_in, kh, kw)
    return np.einsum("nhwkab,abkc->nhwc", win, w) + b


def conv_backward(dout, x, w):
    dout, x, w = (np.asarray(a, dtype=np.float64) for a in (dout, x, w))
    kh, kw = w.shape[:2]
    xp = np.pad(x, [(0, 0), (kh // 2,) * 2, (kw // 2,) * 2, (0, 0)])
    dw = np.einsum("nhwkab,nhwc->abkc", sliding_window_view(xp, (kh, kw), axis=(1, 2)), dout)
    # dx is a "same" convolution of dout with the kernel rotated by 180 degrees and its channel axes swapped
    dx = conv_forward(dout, w[::-1, ::-1].transpose(0, 1, 3, 2), np.zeros(x.shape[-1]))
    return dx, dw, np.einsum("nhwc->c", dout)


def maxpool_forward(x, pool=(2, 2)):
    x = np.asarray(x, dtype=np.float64)
    ph, pw = pool
    n, h, w, c = x.shape
    out = np.full((n, -(-h // ph), -(-w // pw), c), -np.inf)
    for a in range(ph):
        for d in range(pw):
            part = x[:, a::ph, d::pw]
            out[:, :part.shape[1], :part.shape[2]] = np.maximum(out[:, :part.shape[1], :part.shape[2]], part)
    return out


def maxpool_backward(dout, x, pool=(2, 2)):
    x, dout = np.asarray(x, dtype=np.float64), np.asarray(dout, dtype=np.float64)
    ph, pw = pool
    best = maxpool_forward(x, pool)
    dx = np.zeros_like(x)
    taken = np.zeros(best.shape, dtype=bool)
    for a in range(ph):
        for d in range(pw):
            part = x[:, a::ph, d::pw]
            hit = (part == best[:, :part.shape[1], :part.shape[2]]) & ~taken[:, :part.shape[1], :part.shape[2]]
            dx[:, a::ph, d::pw] = np.where(hit, dout[:, :part.shape[1], :part.shape[2]], 0.0)
            taken[:, :part.shape[1], :part.shape[2]] |= hit
    return dx


def relu_forward(x):
    x = np.array(x, dtype=np.float64)
    x[x < 0] = 0.0
    return x


def relu_backward(dout, x):
    return np.where(np.asarray(x) > 0, dout, 0.0)


def leaky_relu_forward(x, alpha=0.2):
    x = np.asarray(x, dtype=np.float64)
    return np.maximum(alpha * x, x)


def leaky_relu_backward(dout, x, alpha=0.2):
    return np.where(np.asarray(x) > 0, dout, alpha * np.asarray(dout, dtype=np.float64))


def dense_forward(x, w, b):
    return np.einsum("ni,io->no", np.asarray(x, dtype=np.float64), w) + b


def dense_backward(dout, x, w):
    dout = np.asarray(dout, dtype=np.float64)
    return np.einsum("no,io->ni", dout, w), np.einsum("ni,no->io", x, dout), np.einsum("no->o", dout)


def softmax_cross_entropy(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    top = z.max(axis=1)
    lse = top + np.log(np.sum(np.exp(z - top[:, None]), axis=1))
    idx = (np.arange(z.shape[0]), np.asarray(labels, dtype=np.int64))
    loss = np.mean(lse - z[idx])
    d = np.exp(z - lse[:, None])
    d[idx] -= 1
    return loss.item(), d / z.shape[0]


def init_params(hidden=200, seed=0):
    g = np.random.default_rng(seed)
    out = {}
    for name, shape in (("dense2", (hidden, 10)), ("dense1", (1568, hidden)), ("conv2", (5, 5, 8, 8)), ("conv1", (5, 5, 1, 8))):
        scale = 0.01 if name.startswith("dense") else np.prod(shape) ** -0.5
        out[name + "_w"] = scale * g.standard_normal(shape)
        out[name + "_b"] = np.zeros(shape[-1])
    return out


def forward(params, x):
    return _forward(params, x)[0]


def loss_and_grads(params, x, y):
    logits, (x, a1, a2, pooled, h) = _forward(params, x)
    loss, d = softmax_cross_entropy(logits, y)
    grads = {}
    d, grads["dense2_w"], grads["dense2_b"] = dense_backward(d, relu_forward(h), params["dense2_w"])
    d, grads["dense1_w"], grads["dense1_b"] = dense_backward(relu_backward(d, h), pooled.reshape(pooled.shape[0], -1), params["dense1_w"])
    d = relu_backward(maxpool_backward(d.reshape(pooled.shape), relu_forward(a2)), a2)
    d, grads["conv2_w"], grads["conv2_b"] = conv_backward(d, relu_forward(a1), params["conv2_w"])
    _, grads["conv1_w"], grads["conv1_b"] = conv_backward(relu_backward(d, a1), x, params["conv1_w"])
    return loss, grads


def _forward(params, x):
    x = np.asarray(x, dtype=np.float64)
    a1 = conv_forward(x, params["conv1_w"], params["conv1_b"])
    a2 = conv_forward(relu_forward(a1), params["conv2_w"], params["conv2_b"])
    pooled = maxpool_forward(relu_forward(a2))
    h = dense_forward(pooled.reshape(pooled.shape[0], -1), params["dense1_w"], params["dense1_b"])
    return dense_forward(relu_forward(h), params["dense2_w"], params["dense2_b"]), (x, a1, a2, pooled, h)


def momentum_step(params, grads, state, lr, gamma=0.9):
    keys = sorted(params)
    vel = state if state is not None else tuple(0.0 for _ in keys)
    vel = tuple(gamma * v + lr * np.asarray(grads[k], dtype=np.float64) for v, k in zip(vel, keys))
    return {k: params[k] - v for k, v in zip(keys, vel)}, vel


def adam_step(params, grads, state, lr, beta1=0.9, beta2=0.999, eps=1e-7):
    keys = sorted(params)
    t, ms, vs = state if state is not None else (0, [0.0] * len(keys), [0.0] * len(keys))
    t += 1
    ms = [beta1 * m + (1 - beta1) * np.asarray(grads[k], dtype=np.float64) for m, k in zip(ms, keys)]
    vs = [beta2 * v + (1 - beta2) * np.square(np.asarray(grads[k], dtype=np.float64)) for v, k in zip(vs, keys)]
    step = lr / (1 - beta1 ** t)
    new = {k: params[k] - step * m / (np.sqrt(v / (1 - beta2 ** t)) + eps) for k, m, v in zip(keys, ms, vs)}
    return new, (t, ms, vs)


def batches(data, batch_size, seed):
    data = np.asarray(data, dtype=np.float64)
    order = np.random.default_rng(seed).permutation(data.shape[0])
    cuts = np.arange(batch_size, data.shape[0], batch_size)
    return [(data[idx, :784].reshape(len(idx), 28, 28, 1), data[idx, 784].astype(np.int64)) for idx in np.split(order, cuts)]


def train(params, x, y, epochs, batch_size=100, lr0=0.001, decay=0.95, seed=0):
    x = np.asarray(x, dtype=np.float64)
    data = np.concatenate([x.reshape(x.shape[0], 784), np.asarray(y, dtype=np.float64)[:, None]], axis=1)
    state, costs = None, []
    for epoch in range(epochs):
        lr = lr0
        for xb, yb in batches(data, batch_size, seed + epoch):
            loss, grads = loss_and_grads(params, xb, yb)
            costs.append(loss)
            params, state = adam_step(params, grads, state, lr)
            lr *= decay
    return params, costs
