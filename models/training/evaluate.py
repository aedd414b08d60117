"""Calibrate, choose operating points, measure and package the exported model on the val split.

  /tmp/ortenv/bin/python models/training/evaluate.py --run main --package models/fracatlas-mnv3/1.1.0

(any Python with torch + onnx; with the onnxruntime package the ONNX graph itself is run, otherwise the
ONNX graph is checked and the torch EMA weights are run). Every val image goes through recipe.py exactly
(float32 tensors, not the float16 training cache). Writes into the package: model.json (the card),
golden.json, metrics.json, REPORT.md (tables; discussion from models/training/report_discussion.md),
roc.png, reliability.png, overlays/*.png.
"""
from __future__ import annotations

import argparse
import os
import json
import math
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

# Passive OpenMP waiting: on a shared, oversubscribed CPU, spinning worker threads burn the time slices
# the other thread needs (measured 3.5 -> 12 img/s with 2 threads at load 8). Must precede `import torch`.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
import torch  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data  # noqa: E402
import metrics as M  # noqa: E402
import recipe as rc  # noqa: E402

RECIPE = rc.Recipe()  # main() sets the size the run was trained for
STRIDE = 16

ATTRIBUTION = ("Contains images and annotations from FracAtlas (Abedeen et al., 2023), CC BY 4.0; images "
               "resized/re-oriented as described in data/fracatlas/README.md. Abedeen I., Rahman M. A., "
               "Prottyasha F. Z., Ahmed T., Chowdhury T. M., Shatabda S. FracAtlas: A Dataset for Fracture "
               "Classification, Localization and Segmentation of Musculoskeletal Radiographs. Scientific Data "
               "10, 521 (2023). https://doi.org/10.1038/s41597-023-02432-4 ; data: "
               "https://doi.org/10.6084/m9.figshare.22363012 ; licence: https://creativecommons.org/licenses/by/4.0/")

# DICOM BodyPartExamined values (PS3.16 Annex L, the defined terms mapped to CID 4031 "Common Anatomic
# Regions") covering FracAtlas's hand, leg, hip and shoulder images, plus the free-text spellings of
# "upper/lower limb" seen in practice (space, underscore, none): a wider list declines fewer in-scope images.
BODY_PARTS = ["HAND", "WRIST", "FINGER", "THUMB", "FOREARM", "ELBOW", "ARM", "UPPER LIMB", "UPPERLIMB",
              "UPPER_LIMB", "SHOULDER", "CLAVICLE", "SCAPULA", "HUMERUS", "LEG", "LOWER LIMB", "LOWERLIMB",
              "LOWER_LIMB", "ANKLE", "FOOT", "TOE", "HEEL", "CALCANEUS", "KNEE", "TIBIA", "FIBULA", "FEMUR",
              "THIGH", "HIP", "PELVIS", "EXTREMITY", "UPPEREXM", "LOWEREXM", "ACJOINT"]


class Runner:
    """Runs the packaged ONNX graph (onnxruntime) or, without it, the torch EMA weights."""

    def __init__(self, onnx_path: Path, run: str):
        try:
            import onnxruntime as ort
            so = ort.SessionOptions()
            so.intra_op_num_threads = 1  # shared CPU; also keeps the numbers single-threaded like the golden run
            so.inter_op_num_threads = 1
            self.sess = ort.InferenceSession(str(onnx_path), so, providers=["CPUExecutionProvider"])
            self.engine = f"onnxruntime {ort.__version__}"
        except ImportError:
            from export import FlipAveraged, load_ema
            model, _ = load_ema(run)
            views = graph_views(graph_note(onnx_path))
            if views:  # the graph averages mirrored views: so must the torch stand-in
                model = FlipAveraged(model, views).eval()
            self.sess, self.model = None, model
            self.engine = f"torch {torch.__version__} (onnxruntime unavailable)"

    def __call__(self, x: np.ndarray):
        if self.sess is not None:
            lo, ho = self.sess.run(["logit", "heatmap"], {"image": x})
            return lo[:, 0], ho[:, 0]
        with torch.no_grad():
            lo, ho = self.model(torch.from_numpy(x))
        return lo[:, 0].numpy(), ho[:, 0].numpy()


def preprocess_val(rows):
    """recipe.py on every row: float32 tensors [n,1,size,size], source sizes, (sum, sum of squares).
    Model-independent, so kept in runs/ (git-ignored) and reused across evaluations."""
    key = data.HERE / "runs" / f"val_tensors_{RECIPE.size}_{len(rows)}.npz"
    if key.exists():
        z = np.load(key)
        if list(z["ids"]) == [r["image_id"] for r in rows]:
            return z["x"], [tuple(map(int, s)) for s in z["sizes"]], [tuple(map(float, t)) for t in z["tensors"]]
    xs, sizes, tensors = [], [], []
    for r in rows:
        x, wh = rc.preprocess(data.DEFAULT_DATA / r["path"], RECIPE)
        xs.append(x)
        sizes.append(wh)
        x64 = x.astype(np.float64)
        tensors.append((float(x64.sum()), float((x64 * x64).sum())))
    x = np.concatenate(xs)
    key.parent.mkdir(parents=True, exist_ok=True)
    np.savez(key, x=x, sizes=np.array(sizes), tensors=np.array(tensors), ids=np.array([r["image_id"] for r in rows]))
    return x, sizes, tensors


def predict_val(runner, rows):
    x, sizes, tensors = preprocess_val(rows)
    logits, heat = [], []
    for i in range(0, len(rows), 32):
        lo, ho = runner(x[i:i + 32])
        logits.append(lo)
        heat.append(ho)
    return np.concatenate(logits), np.concatenate(heat), sizes, tensors


def fit_calibration(logit, y):
    """p = sigmoid(logit / T + b) by Newton-free grid + refinement on the NLL (2 parameters)."""
    y = y.astype(np.float64)

    def nll(T, b):
        z = logit / T + b
        return float(np.mean(np.logaddexp(0, z) - y * z))

    best = (nll(1.0, 0.0), 1.0, 0.0)
    for T in np.exp(np.linspace(np.log(0.25), np.log(8), 120)):
        for b in np.linspace(-4, 4, 161):
            v = nll(T, b)
            if v < best[0]:
                best = (v, T, b)
    _, T, b = best
    step_T, step_b = T * 0.05, 0.05
    for _ in range(200):
        improved = False
        for dT, db in ((step_T, 0), (-step_T, 0), (0, step_b), (0, -step_b)):
            if T + dT > 0.05:
                v = nll(T + dT, b + db)
                if v < best[0] - 1e-12:
                    best, T, b, improved = (v, T + dT, b + db), T + dT, b + db, True
        if not improved:
            step_T, step_b = step_T / 2, step_b / 2
            if step_b < 1e-6:
                break
    return float(T), float(b)


def calibrate(logit, T, b):
    return 1.0 / (1.0 + np.exp(-(logit / T + b)))


def operating_points(y, p):
    """doubt: highest threshold with sensitivity >= 0.90; positive: lowest with specificity >= 0.90.
    The threshold is put midway between the deciding val score and the next distinct score, so float
    rounding in another runtime cannot move a val image across it; sens/spec are unchanged by that."""
    s = np.unique(p)[::-1]  # descending
    doubt = positive = None
    for k, t in enumerate(s):  # highest t first
        se, sp = M.sens_spec(y, p, t)
        if se >= 0.90 and doubt is None:
            lower = s[k + 1] if k + 1 < len(s) else 0.0
            doubt = (float((t + lower) / 2), se, sp)
    for k in range(len(s) - 1, -1, -1):  # lowest t first
        t = s[k]
        se, sp = M.sens_spec(y, p, t)
        if sp >= 0.90:
            lower = s[k + 1] if k + 1 < len(s) else 0.0
            positive = (float((t + lower) / 2), se, sp)
            break
    if positive is None:  # no val score reaches spec 0.90: threshold above every score
        top = float(s[0])
        positive = ((top + 1.0) / 2, *M.sens_spec(y, p, (top + 1.0) / 2))
    return doubt, positive


def category(p, doubt_t, pos_t):
    return "positive" if p >= pos_t else ("doubt" if p >= doubt_t else "negative")


def localisation(rows, heat, sizes, box_threshold):
    """Fractured val images: share whose top box hits a ground-truth box (IoU >= 0.1), and pointing game
    (centre of the max cell inside a ground-truth box, in source pixels)."""
    hit = point = n = 0
    for r, hm, (w, h) in zip(rows, heat, sizes):
        if r["label"] != 1:
            continue
        n += 1
        gts = r["boxes"]
        boxes = rc.heatmap_boxes(hm, STRIDE, w, h, RECIPE.size, box_threshold)
        if boxes and any(rc.iou(boxes[0], g) >= 0.1 for g in gts):
            hit += 1
        cy, cx = np.unravel_index(int(np.argmax(hm)), hm.shape)
        nw, nh, ox, oy = rc.letterbox_geometry(w, h, RECIPE.size)
        px = ((cx + 0.5) * STRIDE - ox) * w / nw
        py = ((cy + 0.5) * STRIDE - oy) * h / nh
        if any(g["xmin"] <= px <= g["xmax"] and g["ymin"] <= py <= g["ymax"] for g in gts):
            point += 1
    return {"n_fractured": n, "top_box_iou_0_1": hit / n, "pointing_game": point / n}


def plots(pkg, y, logit, p_raw, p_cal, ece_tab_raw, ece_tab_cal, ops):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fpr, tpr, _ = M.roc_curve(y, logit)
    fig, ax = plt.subplots(figsize=(4, 4), dpi=90)
    ax.plot(fpr, tpr, lw=1.5, label=f"val AUC {M.auc(y, logit):.3f}")
    ax.plot([0, 1], [0, 1], "k:", lw=0.8)
    for name, (t, se, sp) in ops.items():
        ax.plot(1 - sp, se, "o", label=f"{name} p>={t:.3f}: sens {se:.2f} spec {sp:.2f}")
    ax.set_xlabel("1 - specificity")
    ax.set_ylabel("sensitivity")
    ax.legend(fontsize=7, loc="lower right")
    ax.set_title("ROC, FracAtlas val (684 images)", fontsize=9)
    fig.tight_layout()
    fig.savefig(pkg / "roc.png")
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(4, 4), dpi=90)
    for tab, lab, mk in ((ece_tab_raw, "uncalibrated sigmoid(logit)", "s--"), (ece_tab_cal, "calibrated p", "o-")):
        ax.plot([t[3] for t in tab], [t[4] for t in tab], mk, label=lab, ms=4)
    ax.plot([0, 1], [0, 1], "k:", lw=0.8)
    ax.set_xlabel("mean predicted probability (10 bins)")
    ax.set_ylabel("observed fracture rate")
    ax.legend(fontsize=7)
    ax.set_title("Reliability, FracAtlas val", fontsize=9)
    fig.tight_layout()
    fig.savefig(pkg / "reliability.png")
    plt.close(fig)


def overlay(path_out, src_path, w, h, gts, boxes, title):
    from PIL import Image, ImageDraw
    im = Image.open(src_path).convert("RGB")
    s = 240 / max(w, h)
    im = im.resize((max(1, round(w * s)), max(1, round(h * s))), Image.BILINEAR)
    d = ImageDraw.Draw(im)
    for g in gts:
        d.rectangle([g["xmin"] * s, g["ymin"] * s, g["xmax"] * s, g["ymax"] * s], outline=(0, 255, 0), width=2)
    for b in boxes[:3]:
        d.rectangle([b["xmin"] * s, b["ymin"] * s, b["xmax"] * s, b["ymax"] * s], outline=(255, 40, 40), width=2)
    d.text((3, 3), title, fill=(255, 255, 0))
    im.quantize(64).save(path_out, optimize=True)


def git_commit():
    try:
        return subprocess.check_output(["git", "rev-parse", "HEAD"], cwd=data.REPO, text=True).strip()
    except Exception:
        return "unknown"


def training_command(args: dict) -> str:
    """The train.py call that made the run: the budget plus every recipe flag that differs from its default."""
    import train
    defaults = vars(train.parse_args([]))
    parts = [f"--minutes {args['minutes']:g}"]
    for k in train.RECIPE_FLAGS:
        if k in args and args[k] != defaults[k] and not (k == "low_res_frac" and not args.get("low_res")):
            parts.append(f"--{k.replace('_', '-')} {args[k]:g}" if isinstance(args[k], float) else f"--{k.replace('_', '-')} {args[k]}")
    return "/usr/bin/python3 models/training/train.py " + " ".join(parts)


def graph_note(onnx_path: Path) -> str:
    """What the exported graph computes besides the network (export.py records it, e.g. flip averaging)."""
    import onnx
    from export import GRAPH_NOTE_KEY
    props = {p.key: p.value for p in onnx.load(str(onnx_path), load_external_data=False).metadata_props}
    return props.get(GRAPH_NOTE_KEY, "the network alone (one forward pass)")


def tta_flag(views: str) -> str:
    """The export.py flag that builds a graph averaging these views."""
    return f" --tta {views}" if views else ""


def graph_views(note: str) -> str:
    """The export.py `--tta` views whose note this is ("" for the network alone)."""
    from export import NOTES
    return {n: v for v, n in NOTES.items()}.get(note, "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", default="main")
    ap.add_argument("--package", required=True, help="models/<name>/<version>: the folder name gives the card's name")
    ap.add_argument("--golden", type=int, default=20)
    ap.add_argument("--training-note", default="", help="how the run was actually launched, for the card")
    ap.add_argument("--limit", type=int, default=0, help="pipeline test on about this many val images (evenly spaced) only")
    a = ap.parse_args()
    torch.set_num_threads(1)
    pkg = Path(a.package)
    hist = json.load(open(data.HERE / "runs" / a.run / "history.json"))
    final = torch.load(data.HERE / "runs" / a.run / "final.pt", map_location="cpu")
    global RECIPE
    RECIPE = rc.Recipe(size=final["args"].get("size", 256))  # runs before --size were all 256 px
    runner = Runner(pkg / "model.onnx", a.run)
    boxes = data.read_boxes()
    meta = data.read_metadata()
    val = [dict(r, label=int(r["label"]), boxes=boxes.get(r["image_id"], []))
           for r in meta if r["split"] == "val" and r["truncated_jpeg"] == "0"]
    if a.limit:
        val = val[:: max(1, len(val) // a.limit)]
    t0 = time.time()
    import hashlib
    digest = hashlib.sha256((pkg / "model.onnx").read_bytes()).hexdigest()[:16]
    pred_cache = data.HERE / "runs" / a.run / f"val_predictions_{digest}_{len(val)}.npz"
    if pred_cache.exists():  # same model file: reuse the predictions (re-running only the analysis)
        z = np.load(pred_cache)
        logit, heat, t_inf = z["logit"], z["heat"], float(z["t_inf"])
        sizes = [tuple(map(int, s)) for s in z["sizes"]]
        tensors = [tuple(map(float, s)) for s in z["tensors"]]
    else:
        logit, heat, sizes, tensors = predict_val(runner, val)
        t_inf = time.time() - t0
        np.savez(pred_cache, logit=logit, heat=heat, sizes=np.array(sizes), tensors=np.array(tensors), t_inf=t_inf)
    # latency on this (shared, loaded) CPU: recipe and model separately, batch 1, one thread
    t1 = time.time()
    xs1 = [rc.preprocess(data.DEFAULT_DATA / r["path"], RECIPE)[0] for r in val[:20]]
    t_pre = (time.time() - t1) / len(xs1)
    t1 = time.time()
    for x1 in xs1:
        runner(x1)
    latency = {"recipe": 1000 * t_pre, "model": 1000 * (time.time() - t1) / len(xs1)}
    y = np.array([r["label"] for r in val])
    blocks = np.array([data.block_of(r["image_id"]) for r in val])

    auc = M.auc(y, logit)
    ci = M.block_bootstrap_auc(y, logit, blocks, n=2000)
    T, b = fit_calibration(logit, y)
    p = calibrate(logit, T, b)
    p_raw = 1 / (1 + np.exp(-logit))
    ece_raw, tab_raw = M.ece(y, p_raw)
    ece_cal, tab_cal = M.ece(y, p)
    # honest calibration estimate: fit T, b on 4/5 of the val blocks, measure ECE on the held-out 1/5
    fold = np.array([hash_fold(bk) for bk in blocks])
    p_cv = np.zeros_like(p)
    for f in range(5):
        Tf, bf = fit_calibration(logit[fold != f], y[fold != f])
        p_cv[fold == f] = calibrate(logit[fold == f], Tf, bf)
    ece_cv, _ = M.ece(y, p_cv)
    d_op, p_op = operating_points(y, p)
    ops = {"doubt": d_op, "positive": p_op}

    # box threshold chosen on val by the top-box hit rate
    loc_by_t = {t: localisation(val, heat, sizes, t) for t in (0.3, 0.4, 0.5, 0.6, 0.7)}
    box_t = max(loc_by_t, key=lambda t: (round(loc_by_t[t]["top_box_iou_0_1"], 6), t == 0.5))
    loc = loc_by_t[box_t]
    cats = [category(pp, d_op[0], p_op[0]) for pp in p]
    flagged = [i for i, r in enumerate(val) if r["label"] == 1 and cats[i] != "negative"]
    loc_flagged = localisation([val[i] for i in flagged], heat[flagged], [sizes[i] for i in flagged], box_t)

    parts = {}
    for part in ("hand", "leg", "hip", "shoulder"):
        m = np.array([r[part] == "1" for r in val])
        ds, dp = M.sens_spec(y[m], p[m], d_op[0]) if 0 < y[m].sum() < m.sum() else (float("nan"),) * 2
        ps, pp_ = M.sens_spec(y[m], p[m], p_op[0]) if 0 < y[m].sum() < m.sum() else (float("nan"),) * 2
        parts[part] = {"n": int(m.sum()), "fractured": int(y[m].sum()), "auc": M.auc(y[m], logit[m]),
                       "doubt_sens": ds, "doubt_spec": dp, "positive_sens": ps, "positive_spec": pp_}

    ep = hist["history"]
    train_min = final["elapsed"] / 60
    metrics = {
        "split": "val (block rule, 684 images: 129 fractured, 555 non-fractured; 5 truncated JPEGs excluded)",
        "engine": runner.engine, "n": len(val), "n_fractured": int(y.sum()), "auc": auc, "auc_ci95_block_bootstrap": list(ci),
        "calibration": {"temperature": T, "bias": b, "ece_uncalibrated": ece_raw, "ece_calibrated_in_sample": ece_cal,
                        "ece_calibrated_5fold_block_cv": ece_cv, "bins": tab_cal},
        "operating_points": {k: {"threshold": v[0], "sensitivity": v[1], "specificity": v[2]} for k, v in ops.items()},
        "per_body_part": parts,
        "localisation": {"box_threshold": box_t, **loc, "by_threshold": {str(k): v for k, v in loc_by_t.items()},
                         "flagged_fractured": loc_flagged},
        "training": {"epochs": final["epochs_done"], "steps": final["steps"], "minutes": train_min,
                     "cpu_minutes": final.get("cpu_s", float("nan")) / 60, "history": ep,
                     "device": hist["args"].get("device_used")},
        "latency_ms_batch1": latency,
    }
    pkg.mkdir(parents=True, exist_ok=True)
    json.dump(metrics, open(pkg / "metrics.json", "w"), indent=1)

    card = {
        "format": "fxtriage-model/1",
        "name": pkg.parent.name, "version": pkg.name,
        "task": "fracture-classification-localisation",
        "input": {"name": "image", "element_type": "float32", "shape": [-1, 1, RECIPE.size, RECIPE.size],
                  "channels": 1, "preprocessing": RECIPE.card()},
        "outputs": {
            "logit": {"name": "logit", "shape": [-1, 1]},
            "heatmap": {"name": "heatmap", "shape": [-1, 1, RECIPE.size // STRIDE, RECIPE.size // STRIDE],
                        "stride": STRIDE, "kind": "logit", "box_threshold": box_t, "min_box_area_cells": 1}},
        "calibration": {"method": "temperature", "temperature": round(T, 6), "bias": round(b, 6),
                        "fitted_on": "val", "formula": "p = sigmoid(logit / temperature + bias)"},
        "operating_points": {k: {"threshold": round(v[0], 6), "sensitivity": round(v[1], 4),
                                 "specificity": round(v[2], 4)} for k, v in ops.items()},
        "intended_use": {
            "modalities": ["CR", "DX"], "body_parts": BODY_PARTS, "min_age_years": 18,
            "views": ["frontal", "lateral", "oblique"],
            "statement": ("Triage aid that orders an emergency reading worklist: flags possible fractures on "
                          "plain radiographs (CR/DX) of the hand, wrist and fingers, the leg (ankle, foot, knee, "
                          "tibia/fibula, femur), the hip/pelvis and the shoulder/upper arm of adults. Not a "
                          "diagnosis: every image is still read by a radiologist. Trained on FracAtlas only "
                          "(one source, 4,083 images, from-scratch CPU model); not validated on other sites, "
                          "children, CT/MR or spine/skull/chest. The age range is the intended use, not a "
                          "property of the data: FracAtlas records no ages.")},
        "provenance": {
            "dataset": "FracAtlas (Abedeen et al., Scientific Data 10, 521, 2023), staged in data/fracatlas",
            "split": ("blocks of 20 consecutive image IDs, SHA-256('fracatlas-block-' + n/20) mod 100: <70 train, "
                      "<85 val, else test (withheld); trained on train (2,683 images), calibrated and operating "
                      "points chosen on val (684); 59 truncated JPEGs excluded"),
            "training_command": training_command(hist["args"]),
            "replay_command": (f"/usr/bin/python3 models/training/train.py --replay "
                               f"models/{pkg.parent.name}/{pkg.name}/training_history.json --run replay"),
            "training_note": a.training_note,
            "training": (f"{final['epochs_done']} epochs, {train_min:.1f} min on "
                         f"{hist['args'].get('device_used') or 'cpu (2 threads)'}, torch {torch.__version__}"),
            "graph": graph_note(pkg / "model.onnx"),
            "commit": git_commit(), "licence": "CC BY 4.0", "attribution": ATTRIBUTION},
        "metrics": {"val": {"auc": round(auc, 4), "auc_ci95": [round(ci[0], 4), round(ci[1], 4)],
                            "auc_ci_method": "block bootstrap over 20-ID blocks, 2000 resamples",
                            "ece_calibrated_in_sample": round(ece_cal, 4), "ece_calibrated_cv": round(ece_cv, 4),
                            "localisation_top_box_iou_0_1": round(loc["top_box_iou_0_1"], 4),
                            "pointing_game": round(loc["pointing_game"], 4),
                            "per_body_part_auc": {k: round(v["auc"], 4) for k, v in parts.items()},
                            "n": len(val), "fractured": int(y.sum())}},
    }
    json.dump(card, open(pkg / "model.json", "w"), indent=2)
    json.dump(hist, open(pkg / "training_history.json", "w"))

    # golden file: 10 fractured + 10 non-fractured val images spread over the split, mixed sizes and modes
    pos = [i for i in range(len(val)) if y[i] == 1]
    neg = [i for i in range(len(val)) if y[i] == 0]
    pick = sorted(set(pos[:: max(1, len(pos) // (a.golden // 2))][: a.golden // 2]
                      + neg[:: max(1, len(neg) // (a.golden // 2))][: a.golden // 2]))
    large = [i for i in range(len(val)) if max(sizes[i]) > 454 and i not in pick][:2]
    pick = sorted(pick + large)
    golden = {"format": "fxtriage-golden/1", "model": f"{card['name']}/{card['version']}",
              "tolerance": 1e-3, "engine": runner.engine, "recipe": RECIPE.card(), "stride": STRIDE,
              "note": ("path relative to ../shared/data/fracatlas; tensor_sum / tensor_sum_sq over the float32 "
                       f"[1,1,{RECIPE.size},{RECIPE.size}] tensor after normalisation, accumulated in float64; "
                       f"heatmap row-major {RECIPE.size // STRIDE}x{RECIPE.size // STRIDE} per-cell logits; p, category and boxes derived with the card's calibration, "
                       "thresholds and box rule (boxes listed whatever the category)"),
              "images": []}
    for i in pick:
        r, (w, h) = val[i], sizes[i]
        golden["images"].append({
            "path": r["path"], "width": w, "height": h, "label": int(r["label"]),
            "tensor_sum": tensors[i][0], "tensor_sum_sq": tensors[i][1],
            "logit": float(logit[i]), "p": float(p[i]), "category": cats[i],
            "heatmap": [float(v) for v in heat[i].reshape(-1)],
            "boxes": rc.heatmap_boxes(heat[i], STRIDE, w, h, RECIPE.size, box_t)})
    imgs_json = golden.pop("images")
    head = json.dumps(golden, indent=1)[:-2]  # one image per line keeps the file small and diffable
    with open(pkg / "golden.json", "w") as f:
        f.write(head + ',\n "images": [\n' + ",\n".join("  " + json.dumps(g) for g in imgs_json) + "\n ]\n}\n")
    json.load(open(pkg / "golden.json"))

    plots(pkg, y, logit, p_raw, p, tab_raw, tab_cal, ops)
    ov = pkg / "overlays"
    ov.mkdir(exist_ok=True)
    tp = [i for i in np.argsort(-p) if y[i] == 1][:3:]
    fp = [i for i in np.argsort(-p) if y[i] == 0][:2]
    fn = [i for i in np.argsort(p) if y[i] == 1][:1]
    shown = []
    for kind, ids in (("tp", tp), ("fp", fp), ("fn", fn)):
        for k, i in enumerate(ids):
            r, (w, h) = val[i], sizes[i]
            bx = rc.heatmap_boxes(heat[i], STRIDE, w, h, RECIPE.size, box_t)
            name = f"{kind}{k + 1}_{r['image_id'].replace('.jpg', '')}.png"
            overlay(ov / name, data.DEFAULT_DATA / r["path"], w, h, r["boxes"], bx, f"{kind.upper()} p={p[i]:.2f}")
            shown.append((kind, name, r["image_id"], float(p[i]), cats[i]))
    write_report(pkg, metrics, card, shown, hist, a.run, class_weighting(hist["args"], meta))
    print(json.dumps({k: metrics[k] for k in ("auc", "auc_ci95_block_bootstrap", "operating_points")}, indent=1))
    print(f"calibration T={T:.4f} b={b:.4f} ECE raw {ece_raw:.4f} cal {ece_cal:.4f} cv {ece_cv:.4f}; "
          f"localisation {loc}; engine {runner.engine}")


def hash_fold(block: int) -> int:
    import hashlib
    return hashlib.sha256(f"calib-fold-{block}".encode()).digest()[0] % 5


def class_weighting(run_args: dict, meta: list[dict]) -> str:
    """How the run weighted the fractured class in its loss (train.py: pos_weight and --pos-repeat)."""
    import train
    labels = [int(r["label"]) for r in data.usable(meta) if r["split"] == "train"]
    rep = run_args.get("pos_repeat", 1)
    ratio = train.class_weight(labels, 1)
    if rep == 1:
        return f"a positive-class weight ({ratio:.1f})"
    return f"a positive-class weight of {train.class_weight(labels, rep):.2f}, shown {rep}× per epoch (together {ratio:.1f}×)"


def write_report(pkg, m, card, shown, hist, run, weighting):
    disc_path = data.HERE / "report_discussion.md"
    disc = disc_path.read_text() if disc_path.exists() else ""
    op = m["operating_points"]
    L = m["localisation"]
    c = m["calibration"]
    t = m["training"]
    lines = [
        f"# {card['name']} {card['version']}: validation report", "",
        "Reference fracture classifier/localiser for fxtriage. All figures are on the FracAtlas **val** split "
        f"(block rule; {m['n']} images, {m['n_fractured']} fractured, the 5 truncated JPEGs excluded); the test split is withheld and scored independently. "
        "Thresholds, calibration and the box threshold were chosen on the same val split, so the val figures "
        "at those operating points are optimistic; the AUC does not depend on them.", "",
        "## Headline", "",
        "| metric | value |", "|---|---|",
        f"| val AUC | **{m['auc']:.3f}** (95 % CI {m['auc_ci95_block_bootstrap'][0]:.3f}–{m['auc_ci95_block_bootstrap'][1]:.3f}) |",
        f"| `doubt` threshold (highest with sens ≥ 0.90) | p ≥ {op['doubt']['threshold']:.4f}: sensitivity {op['doubt']['sensitivity']:.3f}, specificity {op['doubt']['specificity']:.3f} |",
        f"| `positive` threshold (lowest with spec ≥ 0.90) | p ≥ {op['positive']['threshold']:.4f}: sensitivity {op['positive']['sensitivity']:.3f}, specificity {op['positive']['specificity']:.3f} |",
        f"| calibration | temperature {c['temperature']:.4f}, bias {c['bias']:.4f}; ECE {c['ece_uncalibrated']:.3f} uncalibrated → {c['ece_calibrated_in_sample']:.3f} (in-sample), {c['ece_calibrated_5fold_block_cv']:.3f} (5-fold block cross-validated) |",
        f"| localisation (fractured val images, n = {L['n_fractured']}) | top box IoU ≥ 0.1 with a ground-truth box: {L['top_box_iou_0_1']:.3f}; pointing game: {L['pointing_game']:.3f} (box threshold {L['box_threshold']}) |",
        f"| training | {t['steps']} steps ({t['epochs']} epochs), {t['minutes']:.1f} min wall clock on {t.get('device') or 'cpu (2 threads)'}; {t['cpu_minutes']:.1f} CPU-minutes received |",
        f"| graph | {card['provenance']['graph']} |",
        f"| latency, batch 1, one thread, on the loaded shared CPU | recipe {m['latency_ms_batch1']['recipe']:.0f} ms + model {m['latency_ms_batch1']['model']:.0f} ms per image ({m['engine']}) |",
        "",
        "The AUC confidence interval is a **block bootstrap** (2,000 resamples of whole 20-ID blocks): "
        "consecutive FracAtlas images are strongly correlated (likely the same patient or study), so "
        "resampling single images would understate the uncertainty.", "",
        "![ROC](roc.png) ![reliability](reliability.png)", "",
        "## Per body part (dataset.csv flags; an image may carry several)", "",
        "| part | images | fractured | AUC | doubt sens / spec | positive sens / spec |", "|---|---|---|---|---|---|"]
    for k, v in m["per_body_part"].items():
        lines.append(f"| {k} | {v['n']} | {v['fractured']} | {v['auc']:.3f} | {v['doubt_sens']:.2f} / {v['doubt_spec']:.2f} | "
                     f"{v['positive_sens']:.2f} / {v['positive_spec']:.2f} |")
    lines += ["", "Hip and shoulder have few fractured val images: their figures are very uncertain.", "",
              "## Calibration", "",
              f"`p = sigmoid(logit / {c['temperature']:.4f} {'+' if c['bias'] >= 0 else '−'} {abs(c['bias']):.4f})`, fitted by maximum likelihood on val. "
              f"Training weighted fractured images with {weighting} in the loss, which shifts raw logits upwards; the "
              "bias term undoes that shift (plain temperature scaling cannot). The in-sample ECE is optimistic; the "
              "cross-validated ECE fits the two parameters on 4/5 of the val blocks and measures the held-out fifth.", "",
              "| bin | images | mean p | observed rate |", "|---|---|---|---|"]
    for lo, hi, n, conf, acc in c["bins"]:
        lines.append(f"| {lo:.1f}–{hi:.1f} | {n} | {conf:.3f} | {acc:.3f} |")
    lines += ["", "## Localisation", "",
              "Boxes are derived exactly as MODEL_PACKAGE.md says (cells with sigmoid(cell) ≥ box_threshold, "
              "8-connected components, cell rectangles mapped back through the letterbox to source pixels, "
              "sorted by max cell probability; `recipe.heatmap_boxes`). A fractured image counts as a hit when "
              "its top box has IoU ≥ 0.1 with any ground-truth box (no box = miss); the pointing game asks "
              "whether the centre of the highest cell lies inside a ground-truth box. The box threshold was "
              "chosen on val from {0.3 … 0.7}:", "",
              "| box threshold | top-box hit | pointing game |", "|---|---|---|"]
    for k, v in L["by_threshold"].items():
        lines.append(f"| {k} | {v['top_box_iou_0_1']:.3f} | {v['pointing_game']:.3f} |")
    lf = L["flagged_fractured"]
    lines += ["", f"Among the fractured val images the model flags (doubt or positive, n = {lf['n_fractured']}): "
              f"top-box hit {lf['top_box_iou_0_1']:.3f}, pointing game {lf['pointing_game']:.3f}.", "",
              "Examples (green: ground-truth boxes, red: the model's top 3 boxes; TP = fractured with the highest p, "
              "FP = non-fractured with the highest p, FN = fractured with the lowest p):", ""]
    for kind, name, iid, pp, cat in shown:
        lines.append(f"![{kind} {iid}](overlays/{name}) ")
    lines += ["", "| file | image | p | category |", "|---|---|---|---|"]
    for kind, name, iid, pp, cat in shown:
        lines.append(f"| overlays/{name} | {iid} | {pp:.3f} | {cat} |")
    lines += ["", "## Training", "",
              f"Command: `{card['provenance']['training_command']}` {card['provenance']['training_note']} (cosine LR over the wall-clock budget; "
              f"steps = {hist['steps']}, LR of every step recorded in training_history.json); exact replay on any machine: "
              f"`{card['provenance']['replay_command']}`. Then `/usr/bin/python3 models/training/export.py --run {run}"
              f"{tta_flag(graph_views(card['provenance']['graph']))} --out models/{pkg.parent.name}/{pkg.name}` and "
              f"`python models/training/evaluate.py --run {run} --package models/{pkg.parent.name}/{pkg.name}` "
              "(see models/README.md).", "",
              "| epoch | loss | aux loss | val AUC (EMA) | elapsed min |", "|---|---|---|---|---|"]
    h = t["history"]
    shown_rows = [r for r in h if r["val_auc_ema"] is not None]
    for r in shown_rows:
        va = f"{r['val_auc_ema']:.4f}" if r["val_auc_ema"] is not None else "–"
        lines.append(f"| {r['epoch']} | {r['loss']:.4f} | {r['aux']:.4f} | {va} | {r['elapsed_s'] / 60:.1f} |")
    lines += ["", disc, "", "## Attribution", "", card["provenance"]["attribution"], ""]
    (pkg / "REPORT.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
