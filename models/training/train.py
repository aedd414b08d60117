"""Train the reference fracture model (FracAtlas train split, val for monitoring) on CPU.

  /usr/bin/python3 models/training/train.py --minutes 45            # full run, fits < 60 min on 2 cores
  /usr/bin/python3 models/training/train.py --epochs 60             # exact replay of a run (see its log)
  /usr/bin/python3 models/training/train.py --smoke                 # a few steps on a few images, < 60 s
  /usr/bin/python3 models/training/train.py --minutes 45 --resume   # continue models/training/runs/<name>

Wall-clock budget: the first epoch is timed, then the number of epochs that fits the budget is fixed
(printed as `total_epochs=E`) and the LR schedule (warm-up + cosine) runs over E epochs. So a run is
deterministic given E, and `--epochs E` replays it on any machine. Everything is seeded per epoch, so
resuming from the per-epoch checkpoint continues identically.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data  # noqa: E402
import metrics  # noqa: E402
from model import FractureNet  # noqa: E402

MEAN, STD = 0.5, 0.25  # the card's normalisation (recipe step 3)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--minutes", type=float, default=45.0, help="wall-clock budget (ignored with --epochs)")
    p.add_argument("--epochs", type=int, default=0, help="fixed number of epochs (replay)")
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--wd", type=float, default=0.05)
    p.add_argument("--warmup-steps", type=int, default=200)
    p.add_argument("--ema", type=float, default=0.998)
    p.add_argument("--aux-weight", type=float, default=0.5, help="weight of the box-supervised cell loss")
    p.add_argument("--cell-pos-weight", type=float, default=5.0)
    p.add_argument("--seed", type=int, default=20260)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--run", default="main", help="run name under models/training/runs/")
    p.add_argument("--resume", action="store_true")
    p.add_argument("--smoke", action="store_true", help="a few steps on a few images (< 60 s)")
    return p.parse_args(argv)


# ---------------------------------------------------------------- augmentation (batched, torch)

def box_masks(rows, size):
    """[B,1,size,size] masks of the fracture boxes in letterbox coordinates (float 0/1)."""
    m = torch.zeros(len(rows), 1, size, size)
    for i, r in enumerate(rows):
        for x0, y0, x1, y1 in r["boxes_lb"]:
            m[i, 0, max(0, int(math.floor(y0))):int(math.ceil(y1)), max(0, int(math.floor(x0))):int(math.ceil(x1))] = 1.0
    return m


def content_masks(rows, size):
    """[B,1,size,size] 1 inside the letterboxed image, 0 on the padding."""
    m = torch.zeros(len(rows), 1, size, size)
    for i, r in enumerate(rows):
        nw, nh, ox, oy = data.rc.letterbox_geometry(r["w"], r["h"], size)
        m[i, 0, oy:oy + nh, ox:ox + nw] = 1.0
    return m


def augment(x, content, boxes, g: torch.Generator):
    """Radiograph-safe augmentation on [0,1] letterboxed images (pad = 0 stays 0):
    brightness/contrast/gamma jitter inside the image, flips, +-10 deg rotation, 0.8-1.0 zoom crops with
    random placement. Boxes follow the same warp."""
    B = x.shape[0]
    u = lambda *s: torch.rand(*s, generator=g)  # noqa: E731
    gamma = torch.exp((u(B) * 2 - 1) * 0.35).view(B, 1, 1, 1)
    contrast = (0.75 + 0.5 * u(B)).view(B, 1, 1, 1)
    bright = ((u(B) * 2 - 1) * 0.1).view(B, 1, 1, 1)
    xj = ((x.clamp(0, 1) ** gamma - 0.5) * contrast + 0.5 + bright).clamp(0, 1)
    x = xj * content
    ang = (u(B) * 2 - 1) * math.radians(10)
    s = 0.8 + 0.2 * u(B)
    fx = torch.where(u(B) < 0.5, -1.0, 1.0)
    fy = torch.where(u(B) < 0.5, -1.0, 1.0)
    tx = (u(B) * 2 - 1) * (1 - s)
    ty = (u(B) * 2 - 1) * (1 - s)
    cos, sin = torch.cos(ang), torch.sin(ang)
    theta = torch.stack([torch.stack([s * cos * fx, -s * sin * fy, tx], 1),
                         torch.stack([s * sin * fx, s * cos * fy, ty], 1)], 1)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    x = F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    boxes = F.grid_sample(boxes, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    return x, boxes


def cell_targets(box_mask, stride):
    """Cell target 1 where a box covers > 5 % of the cell, or the most-covered cell of an image with a box."""
    frac = F.avg_pool2d(box_mask, stride)
    mx = frac.amax(dim=(2, 3), keepdim=True)
    return ((frac > 0.05) | ((frac >= mx) & (mx > 0))).float()


# ---------------------------------------------------------------- training

def set_threads(n):
    torch.set_num_threads(n)
    os.environ["OMP_NUM_THREADS"] = str(n)


def ema_update(ema, model, decay):
    with torch.no_grad():
        for e, p in zip(ema.state_dict().values(), model.state_dict().values()):
            if e.dtype.is_floating_point:
                e.mul_(decay).add_(p.detach(), alpha=1 - decay)
            else:
                e.copy_(p)


@torch.no_grad()
def predict(model, imgs, idx, batch=64):
    model.eval()
    logits, heat = [], []
    for i in range(0, len(idx), batch):
        x = torch.from_numpy(imgs[idx[i:i + batch]].astype(np.float32)).unsqueeze(1)
        x = ((x - MEAN) / STD).contiguous(memory_format=torch.channels_last)
        l, h = model(x)
        logits.append(l[:, 0].numpy())
        heat.append(h[:, 0].numpy())
    return np.concatenate(logits), np.concatenate(heat)


def lr_at(step, total, base, warmup):
    if step < warmup:
        return base * (step + 1) / warmup
    t = (step - warmup) / max(1, total - warmup)
    return base * 0.5 * (1 + math.cos(math.pi * min(1.0, t)))


def main(argv=None):
    args = parse_args(argv)
    set_threads(args.threads)
    torch.use_deterministic_algorithms(True, warn_only=True)
    t_start = time.time()
    if args.smoke:
        cache = data.build_cache(limit=48)
        args.batch, args.warmup_steps = 8, 2
        args.run = args.run if args.run != "main" else "smoke"
        args.epochs = args.epochs or 2
    else:
        cache = data.build_cache()
    imgs, rows = data.load_cache(cache)
    size = imgs.shape[-1]
    tr = np.array([i for i, r in enumerate(rows) if r["split"] == "train"])
    va = np.array([i for i, r in enumerate(rows) if r["split"] == "val"])
    y = np.array([r["label"] for r in rows], dtype=np.float32)
    n_pos = y[tr].sum()
    pos_weight = torch.tensor([(len(tr) - n_pos) / n_pos])
    steps_per_epoch = len(tr) // args.batch
    run_dir = data.HERE / "runs" / args.run
    run_dir.mkdir(parents=True, exist_ok=True)
    print(f"train {len(tr)} ({int(n_pos)} fractured) val {len(va)} ({int(y[va].sum())} fractured); "
          f"pos_weight {pos_weight.item():.2f}; {steps_per_epoch} steps/epoch; threads {torch.get_num_threads()}",
          flush=True)

    torch.manual_seed(args.seed)
    model = FractureNet().to(memory_format=torch.channels_last)
    ema = FractureNet().to(memory_format=torch.channels_last)
    ema.load_state_dict(model.state_dict())
    for p in ema.parameters():
        p.requires_grad_(False)
    decay_params = [p for n, p in model.named_parameters() if p.ndim > 1]
    other_params = [p for n, p in model.named_parameters() if p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay_params, "weight_decay": args.wd},
                             {"params": other_params, "weight_decay": 0.0}], lr=args.lr)
    total_epochs = args.epochs or None
    epoch, step, history, elapsed_before = 0, 0, [], 0.0
    ckpt = run_dir / "last.pt"
    if args.resume and ckpt.exists():
        st = torch.load(ckpt)
        model.load_state_dict(st["model"])
        ema.load_state_dict(st["ema"])
        opt.load_state_dict(st["opt"])
        epoch, step, history = st["epoch"], st["step"], st["history"]
        total_epochs = args.epochs or st["total_epochs"]
        elapsed_before = st["elapsed"]
        print(f"resumed {ckpt} at epoch {epoch} step {step} total_epochs={total_epochs}", flush=True)

    budget = args.minutes * 60.0
    while total_epochs is None or epoch < total_epochs:
        t_ep = time.time()
        rng = np.random.default_rng(args.seed * 1000 + epoch)
        g = torch.Generator().manual_seed(args.seed * 1000 + epoch)
        torch.manual_seed(args.seed * 1000 + epoch)  # dropout
        perm = tr[rng.permutation(len(tr))]
        model.train()
        sum_l = sum_a = 0.0
        n_steps = 2 if args.smoke else steps_per_epoch
        sched_total = (total_epochs or max(epoch + 2, 40)) * steps_per_epoch
        for b in range(n_steps):
            idx = np.sort(perm[b * args.batch:(b + 1) * args.batch])
            brows = [rows[i] for i in idx]
            x = torch.from_numpy(imgs[idx].astype(np.float32)).unsqueeze(1)
            xa, bm = augment(x, content_masks(brows, size), box_masks(brows, size), g)
            xa = ((xa - MEAN) / STD).contiguous(memory_format=torch.channels_last)
            lr = lr_at(step, sched_total, args.lr, args.warmup_steps)
            for grp in opt.param_groups:
                grp["lr"] = lr
            logit, heat = model(xa)
            yt = torch.from_numpy(y[idx]).unsqueeze(1)
            loss_cls = F.binary_cross_entropy_with_logits(logit, yt, pos_weight=pos_weight)
            ct = cell_targets(bm, FractureNet.stride)
            loss_aux = F.binary_cross_entropy_with_logits(heat, ct, pos_weight=torch.tensor(args.cell_pos_weight))
            loss = loss_cls + args.aux_weight * loss_aux
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            step += 1
            ema_update(ema, model, min(args.ema, (1 + step) / (10 + step)))
            sum_l += loss_cls.item()
            sum_a += loss_aux.item()
        t_train = time.time() - t_ep
        lg, _ = predict(ema, imgs, va)
        val_auc = metrics.auc(y[va], lg)
        epoch += 1
        elapsed = elapsed_before + time.time() - t_start
        if total_epochs is None:
            # fix the schedule from the first epoch's measured cost (train + eval), 7 % margin for contention
            per_epoch = time.time() - t_ep
            total_epochs = max(2, int((budget - elapsed) / per_epoch * 0.93) + epoch)
            print(f"total_epochs={total_epochs} (epoch cost {per_epoch:.1f}s, budget {args.minutes} min); "
                  f"replay with --epochs {total_epochs}", flush=True)
        rec = {"epoch": epoch, "step": step, "lr": lr, "loss": sum_l / n_steps, "aux": sum_a / n_steps,
               "val_auc_ema": val_auc, "elapsed_s": round(elapsed, 1),
               "img_per_s": round(n_steps * args.batch / t_train, 1)}
        history.append(rec)
        print(f"epoch {epoch}/{total_epochs} step {step} lr {lr:.2e} loss {rec['loss']:.4f} aux {rec['aux']:.4f} "
              f"val_auc(ema) {val_auc:.4f} elapsed {elapsed / 60:.1f} min ({rec['img_per_s']} img/s)", flush=True)
        torch.save({"model": model.state_dict(), "ema": ema.state_dict(), "opt": opt.state_dict(),
                    "epoch": epoch, "step": step, "history": history, "total_epochs": total_epochs,
                    "elapsed": elapsed, "args": vars(args)}, run_dir / "last.pt.tmp")
        os.replace(run_dir / "last.pt.tmp", ckpt)
        if not args.smoke and not args.epochs and elapsed > budget * 1.25:
            print(f"WARNING: stopping at epoch {epoch}: elapsed {elapsed / 60:.1f} min exceeds 1.25 x budget "
                  "(machine slower than the first epoch predicted); schedule not finished", flush=True)
            break
    torch.save({"ema": ema.state_dict(), "history": history, "args": vars(args), "total_epochs": total_epochs,
                "epochs_done": epoch, "elapsed": elapsed_before + time.time() - t_start}, run_dir / "final.pt")
    with open(run_dir / "history.json", "w") as f:
        json.dump({"args": vars(args), "total_epochs": total_epochs, "history": history}, f, indent=1)
    print(f"done: {epoch} epochs, {(elapsed_before + time.time() - t_start) / 60:.1f} min, final val AUC (ema) "
          f"{history[-1]['val_auc_ema']:.4f} -> {run_dir / 'final.pt'}", flush=True)


if __name__ == "__main__":
    main()
