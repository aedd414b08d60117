#!/usr/bin/python3
"""Writes the small deterministic test model of inference-core, its card, its golden file and the
recipe fixtures (synthetic PNGs + expected letterbox values).

Run with Debian's /usr/bin/python3 (numpy, PIL, onnx 1.12; no torch):

    /usr/bin/python3 inference-core/src/test/python/make_test_model.py

The outputs go to inference-core/src/test/resources and are committed (a few kB). Everything numeric here
is an independent numpy implementation of models/MODEL_PACKAGE.md, so the Java tests compare the
runtime against code that shares nothing with it but the written recipe.
"""
import json
import math
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.normpath(os.path.join(HERE, "..", "resources"))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
FRACATLAS = os.path.join(REPO, "..", "shared", "data", "fracatlas")

NAME, VERSION = "test-conv", "0.1.0"
SIZE, STRIDE, PAD, MEAN, STD = 64, 8, 0.0, 0.5, 0.25
GRID = SIZE // STRIDE
TEMPERATURE, BIAS = 1.5, 0.1
BOX_THRESHOLD, MIN_CELLS = 0.5, 1
DOUBT, POSITIVE = 0.42, 0.435


# ---------------------------------------------------------------- the model
def weights():
    rng = np.random.RandomState(20261129)
    w1 = (rng.randn(4, 1, 3, 3) * 0.5).astype(np.float32)
    b1 = (rng.randn(4) * 0.1).astype(np.float32)
    w2 = (rng.randn(1, 4, STRIDE, STRIDE) * 0.05).astype(np.float32)
    b2 = np.array([-0.2], dtype=np.float32)
    return w1, b1, w2, b2


def make_model(path):
    w1, b1, w2, b2 = weights()
    image = helper.make_tensor_value_info("image", TensorProto.FLOAT, ["N", 1, SIZE, SIZE])
    logit = helper.make_tensor_value_info("logit", TensorProto.FLOAT, ["N", 1])
    heatmap = helper.make_tensor_value_info("heatmap", TensorProto.FLOAT, ["N", 1, GRID, GRID])
    nodes = [
        helper.make_node("Conv", ["image", "w1", "b1"], ["c1"], kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2", "b2"], ["heatmap"], kernel_shape=[STRIDE, STRIDE],
                         strides=[STRIDE, STRIDE]),
        helper.make_node("ReduceMean", ["heatmap"], ["logit"], axes=[2, 3], keepdims=0),
    ]
    inits = [numpy_helper.from_array(a, n) for a, n in ((w1, "w1"), (b1, "b1"), (w2, "w2"), (b2, "b2"))]
    graph = helper.make_graph(nodes, "fxtriage-test-conv", [image], [logit, heatmap], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)],
                              producer_name="fxtriage make_test_model.py")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, path)


def forward(x):
    """numpy forward pass of the graph above, float64: x [N,1,S,S] -> (logit [N,1], heatmap [N,1,g,g])."""
    w1, b1, w2, b2 = (a.astype(np.float64) for a in weights())
    n = x.shape[0]
    xp = np.pad(x.astype(np.float64), ((0, 0), (0, 0), (1, 1), (1, 1)))
    c1 = np.zeros((n, 4, SIZE, SIZE))
    for o in range(4):
        acc = np.full((n, SIZE, SIZE), b1[o])
        for dy in range(3):
            for dx in range(3):
                acc += w1[o, 0, dy, dx] * xp[:, 0, dy:dy + SIZE, dx:dx + SIZE]
        c1[:, o] = acc
    r1 = np.maximum(c1, 0)
    blocks = r1.reshape(n, 4, GRID, STRIDE, GRID, STRIDE)
    hm = np.einsum("ncgyhx,cyx->ngh", blocks, w2[0]) + b2[0]
    heat = hm[:, None]
    return heat.mean(axis=(2, 3)), heat


# ---------------------------------------------------------------- the recipe (numpy, MODEL_PACKAGE.md)
def grey_display(img):
    if img.mode == "L":
        return np.asarray(img, dtype=np.float64) / 255.0
    if img.mode in ("I;16", "I;16B", "I;16L") or (img.mode == "I" and img.format == "PNG"):
        # 16-bit grey PNG (older Pillow opens it as mode "I"): / 65535.
        return np.asarray(img).astype(np.float64) / 65535.0
    if img.mode == "RGB":
        a = np.asarray(img, dtype=np.float64)
        return (299.0 * a[..., 0] + 587.0 * a[..., 1] + 114.0 * a[..., 2]) / 1000.0 / 255.0
    raise ValueError(img.mode)


def geometry(w, h, size):
    scale = size / max(w, h)
    nw = min(size, max(1, int(math.floor(w * scale + 0.5))))
    nh = min(size, max(1, int(math.floor(h * scale + 0.5))))
    return nw, nh, (size - nw) // 2, (size - nh) // 2


def area_weights(n_src, n_dst):
    m = np.zeros((n_dst, n_src))
    step = n_src / n_dst
    for i in range(n_dst):
        a, b = i * n_src / n_dst, (i + 1) * n_src / n_dst
        for k in range(int(math.floor(a)), min(n_src, int(math.ceil(b)))):
            ov = min(b, k + 1.0) - max(a, float(k))
            if ov > 0:
                m[i, k] = ov / step
    return m


def letterbox(grey, size, pad):
    h, w = grey.shape
    nw, nh, ox, oy = geometry(w, h, size)
    out = np.full((size, size), pad)
    out[oy:oy + nh, ox:ox + nw] = area_weights(h, nh) @ grey @ area_weights(w, nw).T
    return out.astype(np.float32)


def normalise(x):
    return ((x.astype(np.float64) - MEAN) / STD).astype(np.float32)


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def boxes(heat, w, h):
    prob = sigmoid(heat.astype(np.float64))
    on = prob >= BOX_THRESHOLD
    nw, nh, ox, oy = geometry(w, h, SIZE)
    seen = np.zeros_like(on)
    out = []
    for r in range(GRID):
        for c in range(GRID):
            if not on[r, c] or seen[r, c]:
                continue
            stack, cells = [(r, c)], []
            seen[r, c] = True
            while stack:
                y, x = stack.pop()
                cells.append((y, x))
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        yy, xx = y + dy, x + dx
                        if 0 <= yy < GRID and 0 <= xx < GRID and on[yy, xx] and not seen[yy, xx]:
                            seen[yy, xx] = True
                            stack.append((yy, xx))
            if len(cells) < MIN_CELLS:
                continue
            ys, xs = [p[0] for p in cells], [p[1] for p in cells]
            b = [float(np.clip((min(xs) * STRIDE - ox) * w / nw, 0, w)),
                 float(np.clip((min(ys) * STRIDE - oy) * h / nh, 0, h)),
                 float(np.clip(((max(xs) + 1) * STRIDE - ox) * w / nw, 0, w)),
                 float(np.clip(((max(ys) + 1) * STRIDE - oy) * h / nh, 0, h)),
                 float(max(prob[y, x] for y, x in cells))]
            if b[2] > b[0] and b[3] > b[1]:
                out.append((b, min(cells)))
    out.sort(key=lambda t: (-t[0][4], t[1]))
    return [t[0] for t in out]


# ---------------------------------------------------------------- card, golden, fixtures
def card():
    return {
        "format": "fxtriage-model/1", "name": NAME, "version": VERSION,
        "task": "fracture-classification-localisation",
        "input": {"name": "image", "element_type": "float32", "shape": [-1, 1, SIZE, SIZE], "channels": 1,
                  "preprocessing": {"source": "grey-display-0-1", "resize": "letterbox-area", "size": SIZE,
                                    "pad_value": PAD, "mean": MEAN, "std": STD}},
        "outputs": {"logit": {"name": "logit", "shape": [-1, 1]},
                    "heatmap": {"name": "heatmap", "shape": [-1, 1, GRID, GRID], "stride": STRIDE,
                                "kind": "logit", "box_threshold": BOX_THRESHOLD,
                                "min_box_area_cells": MIN_CELLS}},
        "calibration": {"method": "temperature", "temperature": TEMPERATURE, "bias": BIAS},
        "operating_points": {"doubt": {"threshold": DOUBT, "sensitivity": 0.9, "specificity": 0.5},
                             "positive": {"threshold": POSITIVE, "sensitivity": 0.5, "specificity": 0.9}},
        "intended_use": {"modalities": ["CR", "DX"],
                         "body_parts": ["HAND", "WRIST", "ELBOW", "SHOULDER", "HIP", "LEG", "KNEE",
                                        "ANKLE", "FOOT"],
                         "min_age_years": 18, "views": ["frontal", "lateral", "oblique"],
                         "statement": "Test model with random weights: exercises the runtime, means nothing."},
        "provenance": {"dataset": "none (random weights)", "split": "none",
                       "training_command": "/usr/bin/python3 inference-core/src/test/python/make_test_model.py",
                       "commit": "n/a", "licence": "Apache-2.0", "attribution": "fxtriage"},
        "metrics": {},
    }


def golden_entry(path, image_id):
    with Image.open(path) as img:
        img.load()
        grey = grey_display(img)
    h, w = grey.shape
    x = normalise(letterbox(grey, SIZE, PAD))
    logit, heat = forward(x[None, None])
    p = float(sigmoid(logit[0, 0] / TEMPERATURE + BIAS))
    category = "POSITIVE" if p >= POSITIVE else "DOUBT" if p >= DOUBT else "NEGATIVE"
    xd = x.astype(np.float64)
    return {"id": image_id, "width": w, "height": h,
            "tensor_sum": float(xd.sum()), "tensor_sum_sq": float((xd * xd).sum()),
            "logit": float(logit[0, 0]), "heatmap": [float(v) for v in heat[0, 0].ravel()],
            "probability": p, "category": category,
            "boxes": boxes(heat[0, 0], w, h) if category != "NEGATIVE" else []}


def recipe_fixtures(folder):
    """Synthetic PNGs covering the decoder branches and down/up-sampling, with expected letterboxed values."""
    os.makedirs(folder, exist_ok=True)
    rng = np.random.RandomState(7)
    cases = []
    yy, xx = np.mgrid[0:23, 0:37]
    rgb = np.stack([(xx * 7) % 256, (yy * 11) % 256, (xx * yy) % 256], axis=-1).astype(np.uint8)
    Image.fromarray(rgb, "RGB").save(os.path.join(folder, "rgb-37x23.png"))
    cases.append(("rgb-37x23.png", 16))
    g16 = (rng.rand(71, 50) * 65535).astype(np.uint16)
    Image.fromarray(g16).save(os.path.join(folder, "grey16-50x71.png"))
    cases.append(("grey16-50x71.png", 32))
    g8 = (rng.rand(3, 5) * 255).astype(np.uint8)
    Image.fromarray(g8, "L").save(os.path.join(folder, "grey8-5x3.png"))
    cases.append(("grey8-5x3.png", 16))
    tall = (rng.rand(97, 13) * 255).astype(np.uint8)
    Image.fromarray(tall, "L").save(os.path.join(folder, "grey8-13x97.png"))
    cases.append(("grey8-13x97.png", 20))
    expected = []
    for name, size in cases:
        with Image.open(os.path.join(folder, name)) as img:
            img.load()
            grey = grey_display(img)
        h, w = grey.shape
        nw, nh, ox, oy = geometry(w, h, size)
        expected.append({"file": name, "mode": img.mode, "width": w, "height": h, "size": size,
                         "nw": nw, "nh": nh, "ox": ox, "oy": oy,
                         "letterbox": [float(v) for v in letterbox(grey, size, 0.0).ravel()]})
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump({"pad_value": 0.0, "cases": expected}, f)


def main():
    pkg = os.path.join(RES, "models", NAME, VERSION)
    os.makedirs(pkg, exist_ok=True)
    make_model(os.path.join(pkg, "model.onnx"))
    with open(os.path.join(pkg, "model.json"), "w") as f:
        json.dump(card(), f, indent=2)
    # The weights again, as JSON, for the Java plain-loop reference forward pass (ReferenceForward).
    w1, b1, w2, b2 = weights()
    with open(os.path.join(RES, "test-conv-weights.json"), "w") as f:
        json.dump({"w1": w1.ravel().tolist(), "b1": b1.tolist(), "w2": w2.ravel().tolist(), "b2": b2.tolist(),
                   "size": SIZE, "stride": STRIDE, "channels": 4}, f)
    # Golden images: a few FracAtlas val images (RGB and grey JPEGs), chosen by a fixed rule.
    if not os.path.isdir(FRACATLAS):
        sys.exit(f"FracAtlas images not found at {FRACATLAS}")
    import csv
    with open(os.path.join(FRACATLAS, "labels", "metadata.csv")) as f:
        rows = [r for r in csv.DictReader(f) if r["split"] == "val"]
    # Both decoder paths: greyscale JPEGs and YCbCr (RGB) JPEGs, fractured and not.
    def mode(r):
        with Image.open(os.path.join(FRACATLAS, r["path"])) as im:
            return im.mode
    picks = []
    for want_mode in ("L", "RGB"):
        for want_label in ("0", "1"):
            picks += [r for r in rows if r["label"] == want_label and mode(r) == want_mode][:2]
    entries = [golden_entry(os.path.join(FRACATLAS, r["path"]), r["path"]) for r in picks]
    with open(os.path.join(pkg, "golden.json"), "w") as f:
        json.dump({"format": "fxtriage-golden/1", "model": {"name": NAME, "version": VERSION},
                   "tolerance": 1e-3, "images": entries}, f, indent=1)
    recipe_fixtures(os.path.join(RES, "recipe"))
    print("wrote", pkg, "and", os.path.join(RES, "recipe"))


if __name__ == "__main__":
    main()
