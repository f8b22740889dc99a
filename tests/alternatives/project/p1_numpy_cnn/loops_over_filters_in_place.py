"""Correct, written differently: loops over filters and offsets with elementwise products, pooling windows
padded with a value below the minimum, optimizers that update the dicts in place and return them."""
import numpy as np


def conv_forward(x, w, b):
    x = np.array(x, dtype=float)
    w = np.array(w, dtype=float)
    kh, kw, cin, cout = w.shape
    if kh % 2 != 1 or kw % 2 != 1 or x.shape[3] != cin:
        raise ValueError(f"cannot apply a {w.shape} kernel to {x.shape} images")
    n, h, wd, _ = x.shape
    ph, pw = (kh - 1) // 2, (kw - 1) // 2
    xp = np.zeros((n, h + 2 * ph, wd + 2 * pw, cin))
    xp[:, ph:ph + h, pw:pw + wd] = x
    out = np.empty((n, h, wd, cout))
    for f in range(cout):
        acc = np.full((n, h, wd), float(np.asarray(b)[f]))
        for a in range(kh):
            for d in range(kw):
                acc += (xp[:, a:a + h, d:d + wd, :] * w[a, d, :, f]).sum(axis=-1)
        out[..., f] = acc
    return out


def conv_backward(dout, x, w):
    dout, x, w = np.array(dout, dtype=float), np.array(x, dtype=float), np.array(w, dtype=float)
    kh, kw, cin, cout = w.shape
    n, h, wd, _ = x.shape
    ph, pw = (kh - 1) // 2, (kw - 1) // 2
    xp = np.zeros((n, h + 2 * ph, wd + 2 * pw, cin))
    xp[:, ph:ph + h, pw:pw + wd] = x
    dxp, dw = np.zeros(xp.shape), np.zeros(w.shape)
    for f in range(cout):
        g = dout[..., f:f + 1]
        for a in range(kh):
            for d in range(kw):
                dw[a, d, :, f] = (xp[:, a:a + h, d:d + wd, :] * g).sum(axis=(0, 1, 2))
                dxp[:, a:a + h, d:d + wd, :] += g * w[a, d, :, f]
    db = np.array([dout[..., f].sum() for f in range(cout)])
    return dxp[:, ph:ph + h, pw:pw + wd], dw, db


def _blocks(x, pool):
    ph, pw = pool
    n, h, w, c = x.shape
    H, W = ph * ((h + ph - 1) // ph), pw * ((w + pw - 1) // pw)
    filler = (x.min() - 1.0) if x.size else 0.0
    xp = np.full((n, H, W, c), filler)
    xp[:, :h, :w] = x
    return xp.reshape(n, H // ph, ph, W // pw, pw, c).swapaxes(2, 3).reshape(n, H // ph, W // pw, ph * pw, c)


def maxpool_forward(x, pool=(2, 2)):
    return _blocks(np.asarray(x, dtype=float), pool).max(axis=3)


def maxpool_backward(dout, x, pool=(2, 2)):
    x = np.asarray(x, dtype=float)
    ph, pw = pool
    n, h, w, c = x.shape
    blocks = _blocks(x, pool)
    first = blocks.argmax(axis=3)                                   # (n, Ho, Wo, c)
    grid = np.zeros(blocks.shape)
    nn, ii, jj, cc = np.indices(first.shape)
    grid[nn, ii, jj, first, cc] = dout
    ho, wo = grid.shape[1], grid.shape[2]
    full = grid.reshape(n, ho, wo, ph, pw, c).swapaxes(2, 3).reshape(n, ho * ph, wo * pw, c)
    return full[:, :h, :w]


def relu_forward(x):
    return np.clip(x, 0.0, None).astype(float)


def relu_backward(dout, x):
    mask = np.asarray(x) > 0
    return np.asarray(dout, dtype=float) * mask


def leaky_relu_forward(x, alpha=0.2):
    x = np.asarray(x, dtype=float)
    return x * np.where(x > 0, 1.0, alpha)


def leaky_relu_backward(dout, x, alpha=0.2):
    slope = np.ones(np.shape(x))
    slope[np.asarray(x) <= 0] = alpha
    return slope * dout


def dense_forward(x, w, b):
    return np.dot(x, w) + b


def dense_backward(dout, x, w):
    return np.dot(dout, np.transpose(w)), np.dot(np.transpose(x), dout), np.sum(dout, axis=0)


def softmax_cross_entropy(logits, labels):
    z = np.array(logits, dtype=float)
    z -= z.max(axis=1)[:, None]
    e = np.exp(z)
    s = e.sum(axis=1)
    labels = np.asarray(labels).astype(int)
    n = z.shape[0]
    loss = (np.log(s) - z[range(n), labels]).sum() / n
    onehot = np.eye(z.shape[1])[labels]
    return float(loss), (e / s[:, None] - onehot) / n


def init_params(hidden=200, seed=0):
    rng = np.random.default_rng(seed)
    conv1 = rng.standard_normal((5, 5, 1, 8)) / np.sqrt(5 * 5 * 1 * 8)
    conv2 = rng.standard_normal((5, 5, 8, 8)) / np.sqrt(5 * 5 * 8 * 8)
    return dict(conv1_w=conv1, conv1_b=np.zeros(8), conv2_w=conv2, conv2_b=np.zeros(8),
                dense1_w=rng.normal(scale=0.01, size=(1568, hidden)), dense1_b=np.zeros(hidden),
                dense2_w=rng.normal(scale=0.01, size=(hidden, 10)), dense2_b=np.zeros(10))


def forward(params, x):
    x = np.asarray(x, dtype=float)
    r1 = relu_forward(conv_forward(x, params["conv1_w"], params["conv1_b"]))
    r2 = relu_forward(conv_forward(r1, params["conv2_w"], params["conv2_b"]))
    flat = maxpool_forward(r2).reshape(x.shape[0], -1)
    hid = relu_forward(dense_forward(flat, params["dense1_w"], params["dense1_b"]))
    return dense_forward(hid, params["dense2_w"], params["dense2_b"])


def loss_and_grads(params, x, y):
    x = np.asarray(x, dtype=float)
    z1 = conv_forward(x, params["conv1_w"], params["conv1_b"])
    r1 = relu_forward(z1)
    z2 = conv_forward(r1, params["conv2_w"], params["conv2_b"])
    r2 = relu_forward(z2)
    p = maxpool_forward(r2)
    flat = p.reshape(x.shape[0], -1)
    z3 = dense_forward(flat, params["dense1_w"], params["dense1_b"])
    r3 = relu_forward(z3)
    z4 = dense_forward(r3, params["dense2_w"], params["dense2_b"])
    loss, dz4 = softmax_cross_entropy(z4, y)
    g = {}
    dr3, g["dense2_w"], g["dense2_b"] = dense_backward(dz4, r3, params["dense2_w"])
    dflat, g["dense1_w"], g["dense1_b"] = dense_backward(relu_backward(dr3, z3), flat, params["dense1_w"])
    dz2 = relu_backward(maxpool_backward(dflat.reshape(p.shape), r2), z2)
    dr1, g["conv2_w"], g["conv2_b"] = conv_backward(dz2, r1, params["conv2_w"])
    _, g["conv1_w"], g["conv1_b"] = conv_backward(relu_backward(dr1, z1), x, params["conv1_w"])
    return loss, g


def momentum_step(params, grads, state, lr, gamma=0.9):
    if state is None:
        state = {k: np.zeros_like(np.asarray(v, dtype=float)) for k, v in params.items()}
    for k in params:
        state[k] *= gamma
        state[k] += lr * np.asarray(grads[k], dtype=float)
        params[k] = params[k] - state[k]
    return params, state


def adam_step(params, grads, state, lr, beta1=0.9, beta2=0.999, eps=1e-7):
    if state is None:
        state = {"step": 0}
        for k, v in params.items():
            state["m_" + k] = np.zeros(np.shape(v))
            state["v_" + k] = np.zeros(np.shape(v))
    state["step"] += 1
    t = state["step"]
    for k in params:
        g = np.asarray(grads[k], dtype=float)
        state["m_" + k] = beta1 * state["m_" + k] + (1.0 - beta1) * g
        state["v_" + k] = beta2 * state["v_" + k] + (1.0 - beta2) * g * g
        m_hat = state["m_" + k] / (1.0 - beta1 ** t)
        v_hat = state["v_" + k] / (1.0 - beta2 ** t)
        params[k] = params[k] - lr * m_hat / (np.sqrt(v_hat) + eps)
    return params, state


def batches(data, batch_size, seed):
    shuffled = np.random.default_rng(seed).permutation(np.asarray(data, dtype=float))
    out = []
    start = 0
    while start < len(shuffled):
        chunk = shuffled[start:start + batch_size]
        out.append((chunk[:, :-1].reshape(len(chunk), 28, 28, 1), chunk[:, -1].astype(int)))
        start += batch_size
    return out


def train(params, x, y, epochs, batch_size=100, lr0=0.001, decay=0.95, seed=0):
    params = {k: np.array(v, dtype=float) for k, v in params.items()}
    stacked = np.hstack((np.reshape(x, (len(x), 784)), np.reshape(y, (-1, 1))))
    state, costs = None, []
    for epoch in range(epochs):
        for b, (xb, yb) in enumerate(batches(stacked, batch_size, seed + epoch)):
            loss, grads = loss_and_grads(params, xb, yb)
            params, state = adam_step(params, grads, state, lr0 * decay ** b)
            costs.append(loss)
    return params, costs
