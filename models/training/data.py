"""FracAtlas loading: split rule, labels, boxes, and the one-time letterbox cache.

Paths are relative to the repository root: the data lives in ../shared/data/fracatlas (read-only).
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import time
from pathlib import Path

import numpy as np

import recipe as rc

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_DATA = Path(os.environ.get("FXTRIAGE_SHARED", REPO.parent / "shared")) / "data" / "fracatlas"
CACHE_DIR = HERE / "cache"


def block_split(image_id: str) -> str:
    """The README's split rule: blocks of 20 consecutive IDs, SHA-256 of "fracatlas-block-<n/20>" mod 100."""
    n = int("".join(ch for ch in image_id if ch.isdigit()))
    h = int.from_bytes(hashlib.sha256(f"fracatlas-block-{n // 20}".encode("utf-8")).digest(), "big") % 100
    return "train" if h < 70 else ("val" if h < 85 else "test")


def block_of(image_id: str) -> int:
    return int("".join(ch for ch in image_id if ch.isdigit())) // 20


def read_metadata(data_dir: Path = DEFAULT_DATA, verify_split: bool = True) -> list[dict]:
    with open(data_dir / "labels" / "metadata.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    if verify_split:
        for r in rows:
            if block_split(r["image_id"]) != r["split"]:
                raise ValueError(f"{r['image_id']}: metadata split {r['split']} != block rule {block_split(r['image_id'])}")
    return rows


def read_boxes(data_dir: Path = DEFAULT_DATA) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    with open(data_dir / "labels" / "boxes.csv", newline="") as f:
        for r in csv.DictReader(f):
            out.setdefault(r["image_id"], []).append({k: float(r[k]) for k in ("xmin", "ymin", "xmax", "ymax")})
    return out


def usable(rows: list[dict]) -> list[dict]:
    """Exclude the 59 truncated JPEGs (all non-fractured): decoders fill their last rows with grey,
    a shortcut the model could learn (grey band -> negative)."""
    return [r for r in rows if r["truncated_jpeg"] != "1"]


def build_cache(data_dir: Path = DEFAULT_DATA, size: int = 256, limit: int | None = None,
                cache_dir: Path = CACHE_DIR) -> Path:
    """Letterbox every usable train+val image once (recipe steps 1-2, float32 -> stored float16 to halve
    RAM; the recipe's float32 values differ from float16 by < 2.5e-4, well below augmentation noise).
    Returns the cache folder; reuses it when already built for the same size/limit."""
    tag = f"fracatlas-{size}" + (f"-n{limit}" if limit else "")
    out = cache_dir / tag
    if (out / "meta.json").exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    rows = usable(read_metadata(data_dir))
    if limit:
        # a small stratified subset for --smoke: both splits, both labels
        pick = []
        for split in ("train", "val"):
            for lab in ("0", "1"):
                pick += [r for r in rows if r["split"] == split and r["label"] == lab][: max(1, limit // 4)]
        rows = pick
    boxes = read_boxes(data_dir)
    imgs = np.zeros((len(rows), size, size), dtype=np.float16)
    meta = []
    t0 = time.time()
    for i, r in enumerate(rows):
        grey = rc.load_grey(data_dir / r["path"])
        h, w = grey.shape
        imgs[i] = rc.letterbox(grey, size, 0.0).astype(np.float16)
        nw, nh, ox, oy = rc.letterbox_geometry(w, h, size)
        lb_boxes = [[b["xmin"] * nw / w + ox, b["ymin"] * nh / h + oy, b["xmax"] * nw / w + ox,
                     b["ymax"] * nh / h + oy] for b in boxes.get(r["image_id"], [])]
        meta.append({"image_id": r["image_id"], "path": r["path"], "label": int(r["label"]),
                     "split": r["split"], "w": w, "h": h,
                     "hand": int(r["hand"]), "leg": int(r["leg"]), "hip": int(r["hip"]),
                     "shoulder": int(r["shoulder"]), "boxes_src": boxes.get(r["image_id"], []),
                     "boxes_lb": lb_boxes})
        if (i + 1) % 500 == 0:
            print(f"cache {i + 1}/{len(rows)} {time.time() - t0:.0f}s", flush=True)
    np.save(out / "images.npy", imgs)
    with open(out / "meta.json", "w") as f:
        json.dump({"size": size, "rows": meta}, f)
    print(f"cache built: {len(rows)} images in {time.time() - t0:.0f}s -> {out}", flush=True)
    return out


def load_cache(path: Path):
    with open(path / "meta.json") as f:
        meta = json.load(f)
    imgs = np.load(path / "images.npy", mmap_mode="r")
    return np.asarray(imgs), meta["rows"]


if __name__ == "__main__":
    import sys
    build_cache(limit=int(sys.argv[1]) if len(sys.argv) > 1 else None)
