"""The fxtriage preprocessing recipe (models/MODEL_PACKAGE.md, "The preprocessing recipe").

This is the training-side implementation; the Java runtime (inference.image) implements the same steps and
the golden file proves the two equal. Keep every step here literally as the contract states it:
float64 arithmetic throughout, float32 only for the stored result.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image


@dataclass(frozen=True)
class Recipe:
    """The card's `input.preprocessing` block."""
    size: int = 256
    pad_value: float = 0.0
    mean: float = 0.5
    std: float = 0.25

    def card(self) -> dict:
        return {"source": "grey-display-0-1", "resize": "letterbox-area", "size": self.size,
                "pad_value": self.pad_value, "mean": self.mean, "std": self.std}


class UnsupportedImage(ValueError):
    """The file decodes to a pixel layout the recipe does not define."""


def grey_display(img: Image.Image) -> np.ndarray:
    """Step 1: a decoded image -> greyscale display values in [0, 1], float64, shape [h, w].

    RGB: Y = (299 R + 587 G + 114 B) / 1000 on 0-255 values (ITU-R BT.601 weights, as PIL convert("L")
    but without its integer rounding), then / 255. 8-bit grey: / 255. 16-bit grey: / 65535.
    """
    mode = img.mode
    if mode == "L":
        return np.asarray(img, dtype=np.float64) / 255.0
    if mode in ("I;16", "I;16B", "I;16L"):
        return np.asarray(img, dtype=np.uint16).astype(np.float64) / 65535.0
    if mode == "I":
        # PIL decodes 16-bit greyscale PNG as 32-bit "I"; anything outside 0..65535 is not 16-bit grey
        a = np.asarray(img, dtype=np.int64)
        if a.size and (a.min() < 0 or a.max() > 65535):
            raise UnsupportedImage("32-bit integer image with values outside 0..65535")
        return a.astype(np.float64) / 65535.0
    if mode == "RGB":
        a = np.asarray(img, dtype=np.float64)
        return (299.0 * a[..., 0] + 587.0 * a[..., 1] + 114.0 * a[..., 2]) / 1000.0 / 255.0
    if mode == "LA":
        return np.asarray(img.getchannel("L"), dtype=np.float64) / 255.0
    if mode == "RGBA":
        return grey_display(img.convert("RGB"))
    raise UnsupportedImage(f"image mode {mode!r} is not covered by the preprocessing recipe")


def load_grey(path) -> np.ndarray:
    """Decode a JPEG/PNG file (no EXIF transpose: the staged data already has orientation baked in)."""
    with Image.open(path) as img:
        img.load()
        return grey_display(img)


def letterbox_geometry(w: int, h: int, size: int) -> tuple[int, int, int, int]:
    """(nw, nh, ox, oy): scaled size (round half up, at least 1) and integer-division offsets."""
    if w < 1 or h < 1:
        raise UnsupportedImage(f"empty image {w}x{h}")
    scale = size / max(w, h)
    nw = max(1, int(math.floor(w * scale + 0.5)))
    nh = max(1, int(math.floor(h * scale + 0.5)))
    nw, nh = min(nw, size), min(nh, size)
    return nw, nh, (size - nw) // 2, (size - nh) // 2


def area_weights(n_src: int, n_dst: int) -> np.ndarray:
    """[n_dst, n_src] area-averaging matrix: row i holds the overlap of source cell k = [k, k+1) with
    [i*n_src/n_dst, (i+1)*n_src/n_dst), divided by the interval length n_src/n_dst (rows sum to 1)."""
    w = np.zeros((n_dst, n_src), dtype=np.float64)
    step = n_src / n_dst
    for i in range(n_dst):
        a = i * n_src / n_dst
        b = (i + 1) * n_src / n_dst
        k0 = int(math.floor(a))
        k1 = min(n_src, int(math.ceil(b)))
        for k in range(k0, k1):
            ov = min(b, k + 1.0) - max(a, float(k))
            if ov > 0:
                w[i, k] = ov / step
    return w


def letterbox(grey: np.ndarray, size: int, pad_value: float = 0.0) -> np.ndarray:
    """Step 2: [h, w] float64 -> [size, size] float32 letterboxed by area averaging."""
    h, w = grey.shape
    nw, nh, ox, oy = letterbox_geometry(w, h, size)
    out = np.full((size, size), pad_value, dtype=np.float64)
    out[oy:oy + nh, ox:ox + nw] = area_weights(h, nh) @ grey.astype(np.float64) @ area_weights(w, nw).T
    return out.astype(np.float32)


def normalise(x: np.ndarray, recipe: Recipe) -> np.ndarray:
    """Step 3: (x - mean) / std, float32 (computed in float64)."""
    return ((x.astype(np.float64) - recipe.mean) / recipe.std).astype(np.float32)


def preprocess(path, recipe: Recipe = Recipe()) -> tuple[np.ndarray, tuple[int, int]]:
    """Whole recipe for one file: returns the [1, 1, size, size] float32 tensor and the source (w, h)."""
    grey = load_grey(path)
    h, w = grey.shape
    x = normalise(letterbox(grey, recipe.size, recipe.pad_value), recipe)
    return x[None, None], (w, h)


# ---- heatmap -> boxes (MODEL_PACKAGE.md "Heatmap"), shared by evaluation and the golden file ----

def heatmap_boxes(heatmap: np.ndarray, stride: int, src_w: int, src_h: int, size: int,
                  box_threshold: float = 0.5, min_box_area_cells: int = 1) -> list[dict]:
    """Cells with sigmoid(cell) >= box_threshold -> 8-connected components -> each component's cell
    rectangle mapped back through the letterbox into source pixels; score = max cell probability;
    sorted by score (descending), ties by top-left cell in row-major order."""
    hm = np.asarray(heatmap, dtype=np.float64).reshape(heatmap.shape[-2], heatmap.shape[-1])
    prob = 1.0 / (1.0 + np.exp(-hm))
    on = prob >= box_threshold
    gh, gw = on.shape
    nw, nh, ox, oy = letterbox_geometry(src_w, src_h, size)
    seen = np.zeros_like(on)
    boxes = []
    for r in range(gh):
        for c in range(gw):
            if not on[r, c] or seen[r, c]:
                continue
            stack = [(r, c)]
            seen[r, c] = True
            cells = []
            while stack:
                y, x = stack.pop()
                cells.append((y, x))
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        yy, xx = y + dy, x + dx
                        if 0 <= yy < gh and 0 <= xx < gw and on[yy, xx] and not seen[yy, xx]:
                            seen[yy, xx] = True
                            stack.append((yy, xx))
            if len(cells) < min_box_area_cells:
                continue
            ys = [p[0] for p in cells]
            xs = [p[1] for p in cells]
            x0, x1 = min(xs) * stride, (max(xs) + 1) * stride
            y0, y1 = min(ys) * stride, (max(ys) + 1) * stride
            box = {
                "xmin": float(np.clip((x0 - ox) * src_w / nw, 0, src_w)),
                "ymin": float(np.clip((y0 - oy) * src_h / nh, 0, src_h)),
                "xmax": float(np.clip((x1 - ox) * src_w / nw, 0, src_w)),
                "ymax": float(np.clip((y1 - oy) * src_h / nh, 0, src_h)),
                "score": float(max(prob[y, x] for y, x in cells)),
                "cells": len(cells),
                "_first": (min(cells)),
            }
            if box["xmax"] > box["xmin"] and box["ymax"] > box["ymin"]:
                boxes.append(box)
    boxes.sort(key=lambda b: (-b["score"], b["_first"]))
    for b in boxes:
        del b["_first"]
    return boxes


def iou(a: dict, b: dict) -> float:
    ix = max(0.0, min(a["xmax"], b["xmax"]) - max(a["xmin"], b["xmin"]))
    iy = max(0.0, min(a["ymax"], b["ymax"]) - max(a["ymin"], b["ymin"]))
    inter = ix * iy
    ua = (a["xmax"] - a["xmin"]) * (a["ymax"] - a["ymin"]) + (b["xmax"] - b["xmin"]) * (b["ymax"] - b["ymin"]) - inter
    return inter / ua if ua > 0 else 0.0
