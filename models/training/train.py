"""Train the reference fracture model (FracAtlas train split, val for monitoring) on CPU.

  /usr/bin/python3 models/training/train.py --minutes 50            # full run, fits < 60 min on 2 cores
  /usr/bin/python3 models/training/train.py --replay models/training/runs/main/history.json --run replay
  /usr/bin/python3 models/training/train.py --epochs 30             # fixed-length run (step-based cosine)
  /usr/bin/python3 models/training/train.py --smoke                 # a few steps on a few images, < 60 s
  /usr/bin/python3 models/training/train.py --minutes 50 --resume   # continue models/training/runs/<name>

Wall-clock budget: after a linear warm-up over the first steps, the learning rate follows a cosine over
the elapsed fraction of the budget (wall clock, evaluation included), and training stops when the budget
is spent. The machine is shared, so throughput varies; a time-based schedule still ends annealed. The
learning rate of every step is recorded (history.json `lr_trace`), and `--replay` re-runs exactly those
steps with exactly those rates: batches, augmentation and dropout are seeded per epoch, so a replay (or a
resume from the per-epoch checkpoint) reproduces the run independent of machine speed.
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

# Passive OpenMP waiting: on a shared, oversubscribed CPU, spinning worker threads burn the time slices
# the other thread needs (measured 3.5 -> 12 img/s with 2 threads at load 8). Must precede `import torch`.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
import torch  # noqa: E402
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data  # noqa: E402
import metrics  # noqa: E402
from model import ARCHS  # noqa: E402

MEAN, STD = 0.5, 0.25  # the card's normalisation (recipe step 3)

# The flags that make a recipe (the schedule aside): the card's training command lists those that differ from
# their defaults, and --replay takes them from the replayed run, so a replay needs no flags of its own.
RECIPE_FLAGS = ("arch", "size", "low_res", "low_res_frac", "batch", "lr", "wd", "warmup_steps", "ema",
                "aux_weight", "cell_pos_weight", "pos_repeat", "seed")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--minutes", type=float, default=50.0, help="wall-clock budget (ignored with --epochs/--replay)")
    p.add_argument("--epochs", type=int, default=0, help="fixed number of epochs, step-based cosine")
    p.add_argument("--replay", default="", help="history.json of a run: re-run its recorded LR trace")
    p.add_argument("--eval-every", type=int, default=2, help="epochs between val evaluations")
    p.add_argument("--arch", default="mnv3s", choices=sorted(ARCHS), help="network (models/training/model.py)")
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--wd", type=float, default=0.05)
    p.add_argument("--warmup-steps", type=int, default=200)
    p.add_argument("--ema", type=float, default=0.998)
    p.add_argument("--size", type=int, default=256,
                   help="input size of the letterboxed image (recipe step 2, a multiple of 32); the card records it")
    p.add_argument("--low-res", type=int, default=0,
                   help="train at this input size (multiple of 32) for the first --low-res-frac of the schedule")
    p.add_argument("--low-res-frac", type=float, default=0.6)
    p.add_argument("--aux-weight", type=float, default=0.5, help="weight of the box-supervised cell loss")
    p.add_argument("--cell-pos-weight", type=float, default=5.0)
    p.add_argument("--pos-repeat", type=int, default=1,
                   help="an epoch shows every fractured training image this many times (pos_weight is divided by it)")
    p.add_argument("--seed", type=int, default=20260)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda"),
                   help="auto: the NVIDIA GPU when this torch build sees one, else the CPU (printed at start)")
    p.add_argument("--run", default="main", help="run name under models/training/runs/")
    p.add_argument("--resume", action="store_true")
    p.add_argument("--cpu-before", type=float, default=0.0,
                   help="CPU seconds already spent, for resuming a checkpoint that did not record them")
    p.add_argument("--smoke", action="store_true", help="a few steps on a few images (< 60 s)")
    a = p.parse_args(argv)
    # the heatmap head joins stride-16 features with upsampled stride-32 ones: their grids only line up
    # when the input is a multiple of 32
    for flag, v in (("--size", a.size), ("--low-res", a.low_res)):
        if v < 0 or v % 32:
            p.error(f"{flag} {v}: must be a multiple of 32")
    if a.pos_repeat < 1:
        p.error(f"--pos-repeat {a.pos_repeat}: must be at least 1")
    return a


def epoch_pool(tr, y, pos_repeat):
    """The training indices one epoch draws from: every image once, the fractured ones `pos_repeat` times.

    Why: the box loss, which is what lifted the AUC most (models/README), learns only from fractured images,
    17 % of the split; repeating them gives it more signal per CPU-minute. pos_weight is divided by the same
    factor, so the classification loss keeps the classes' balance."""
    return np.concatenate([tr] + [tr[y[tr] == 1]] * (pos_repeat - 1))


def class_weight(labels, pos_repeat):
    """The loss's pos_weight: non-fractured / fractured training images, divided by --pos-repeat."""
    n_pos = float(np.sum(labels))
    return (len(labels) - n_pos) / (n_pos * pos_repeat)


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


def augment(x, content, boxes, g: torch.Generator, out_size: int = 0):
    """Radiograph-safe augmentation on [0,1] letterboxed images (pad = 0 stays 0):
    brightness/contrast/gamma jitter inside the image, flips, +-10 deg rotation, 0.8-1.0 zoom crops with
    random placement. Boxes follow the same warp. `out_size` < the input size samples the same field of view
    at a lower resolution (progressive resizing); the random draws do not depend on it."""
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
    shape = list(x.shape) if not out_size else [B, x.shape[1], out_size, out_size]
    grid = F.affine_grid(theta, shape, align_corners=False)
    x = F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    boxes = F.grid_sample(boxes, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    return x, boxes


def cell_targets(box_mask, stride):
    """Cell target 1 where a box covers > 5 % of the cell, or the most-covered cell of an image with a box."""
    frac = F.avg_pool2d(box_mask, stride)
    mx = frac.amax(dim=(2, 3), keepdim=True)
    return ((frac > 0.05) | ((frac >= mx) & (mx > 0))).float()


# ---------------------------------------------------------------- training

def compress_sizes(sizes):
    """[[size, number of steps], ...]: the per-step input sizes, run-length encoded."""
    out = []
    for s in sizes:
        if out and out[-1][0] == s:
            out[-1][1] += 1
        else:
            out.append([s, 1])
    return out


def expand_sizes(runs):
    return [s for s, n in runs for _ in range(n)]


def take_recipe(args, record: dict):
    """--replay: the replayed run's recipe flags replace these (a flag added after that run keeps its
    default, which is what the run used)."""
    for k in RECIPE_FLAGS:
        if k in record["args"]:
            setattr(args, k, record["args"][k])
    return args


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


def pick_device(choice: str) -> torch.device:
    if choice == "cuda" and not torch.cuda.is_available():
        raise SystemExit("--device cuda: this torch build sees no CUDA device")
    if choice == "cpu" or not torch.cuda.is_available():
        return torch.device("cpu")
    return torch.device("cuda")


@torch.no_grad()
def predict(model, imgs, idx, batch=64):
    model.eval()
    device = next(model.parameters()).device
    logits, heat = [], []
    for i in range(0, len(idx), batch):
        x = torch.from_numpy(imgs[idx[i:i + batch]].astype(np.float32)).unsqueeze(1)
        x = ((x - MEAN) / STD).to(device).contiguous(memory_format=torch.channels_last)
        l, h = model(x)
        logits.append(l[:, 0].cpu().numpy())
        heat.append(h[:, 0].cpu().numpy())
    return np.concatenate(logits), np.concatenate(heat)


def main(argv=None):
    args = parse_args(argv)
    replayed = None
    if args.replay:
        with open(args.replay) as f:
            replayed = json.load(f)
        take_recipe(args, replayed)
        print("replaying recipe: " + " ".join(f"{k}={getattr(args, k)}" for k in RECIPE_FLAGS), flush=True)
    set_threads(args.threads)
    torch.use_deterministic_algorithms(True, warn_only=True)
    t_start = time.time()
    if args.smoke:
        cache = data.build_cache(size=args.size, limit=48)
        args.batch, args.warmup_steps = 8, 2
        args.run = args.run if args.run != "main" else "smoke"
        args.epochs = args.epochs or 2
        args.eval_every = 1
    else:
        cache = data.build_cache(size=args.size)
    imgs, rows = data.load_cache(cache)
    size = imgs.shape[-1]
    tr = np.array([i for i, r in enumerate(rows) if r["split"] == "train"])
    va = np.array([i for i, r in enumerate(rows) if r["split"] == "val"])
    y = np.array([r["label"] for r in rows], dtype=np.float32)
    n_pos = y[tr].sum()
    pool = epoch_pool(tr, y, args.pos_repeat)
    pos_weight = torch.tensor([class_weight(y[tr], args.pos_repeat)])
    steps_per_epoch = len(pool) // args.batch
    run_dir = data.HERE / "runs" / args.run
    run_dir.mkdir(parents=True, exist_ok=True)
    shown = f", shown {args.pos_repeat}x per epoch" if args.pos_repeat > 1 else ""
    print(f"train {len(tr)} ({int(n_pos)} fractured{shown}) val {len(va)} ({int(y[va].sum())} fractured); "
          f"pos_weight {pos_weight.item():.2f}; {steps_per_epoch} steps/epoch; threads {torch.get_num_threads()}",
          flush=True)
    device = pick_device(args.device)
    args.device_used = (f"cuda ({torch.cuda.get_device_name(device)})" if device.type == "cuda"
                        else f"cpu ({torch.get_num_threads()} threads)")
    print(f"device: {args.device_used}", flush=True)
    pos_weight = pos_weight.to(device)
    cell_pos_weight = torch.tensor(args.cell_pos_weight, device=device)

    torch.manual_seed(args.seed)
    model = ARCHS[args.arch]().to(device, memory_format=torch.channels_last)
    ema = ARCHS[args.arch]().to(device, memory_format=torch.channels_last)
    ema.load_state_dict(model.state_dict())
    for p in ema.parameters():
        p.requires_grad_(False)
    decay_params = [p for n, p in model.named_parameters() if p.ndim > 1]
    other_params = [p for n, p in model.named_parameters() if p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay_params, "weight_decay": args.wd},
                             {"params": other_params, "weight_decay": 0.0}], lr=args.lr)
    trace, epoch_ends, size_trace = None, None, None
    if replayed:
        trace = replayed["lr_trace"]
        # runs before --low-res trained every step at full size
        size_trace = expand_sizes(replayed["size_trace"]) if replayed.get("size_trace") else None
        # epochs a budget cut short (then resumed) are replayed with the same number of steps
        epoch_ends = [h["step"] for h in replayed["history"]]
    epoch, step, history, lr_trace, elapsed_before, cpu_before = 0, 0, [], [], 0.0, 0.0
    sizes = []  # input size of every step (history.json size_trace, run-length encoded)
    ckpt = run_dir / "last.pt"
    if args.resume and ckpt.exists():
        st = torch.load(ckpt, map_location=device)
        model.load_state_dict(st["model"])
        ema.load_state_dict(st["ema"])
        opt.load_state_dict(st["opt"])
        epoch, step, history, lr_trace = st["epoch"], st["step"], st["history"], st["lr_trace"]
        sizes = st.get("sizes", [size] * step)
        elapsed_before = st["elapsed"]
        cpu_before = st.get("cpu_s", args.cpu_before)
        print(f"resumed {ckpt} at epoch {epoch} step {step}", flush=True)

    budget = args.minutes * 60.0
    fixed_steps = len(trace) if trace else (args.epochs * steps_per_epoch if args.epochs else None)
    if args.smoke:
        fixed_steps = 2 * args.epochs
    t_run = time.time()
    c_run = time.process_time()

    def cpu_s():
        """Process CPU seconds (all threads): the compute actually received on a shared machine."""
        return cpu_before + time.process_time() - c_run

    def elapsed():
        return elapsed_before + time.time() - t_run

    def next_lr():
        if trace:
            return trace[step]
        if step < args.warmup_steps:
            return args.lr * (step + 1) / args.warmup_steps
        if fixed_steps:
            frac = (step - args.warmup_steps) / max(1, fixed_steps - args.warmup_steps)
        else:
            frac = elapsed() / budget
        return args.lr * 0.5 * (1 + math.cos(math.pi * min(1.0, frac)))

    def next_size():
        """Progressive resizing: the low size for the first --low-res-frac of the schedule, then full size."""
        if size_trace:
            return size_trace[step]
        if not args.low_res:
            return size
        if fixed_steps:
            frac = step / max(1, fixed_steps)
        else:
            frac = elapsed() / budget
        return args.low_res if frac < args.low_res_frac else size

    def finished():
        return step >= fixed_steps if fixed_steps else elapsed() >= budget

    def evaluate(tag):
        lg, _ = predict(ema, imgs, va)
        return metrics.auc(y[va], lg)

    print(f"schedule: {'replay of ' + str(len(trace)) + ' steps' if trace else (str(fixed_steps) + ' steps' if fixed_steps else str(args.minutes) + ' min wall clock')}", flush=True)
    while not finished():
        t_ep = time.time()
        rng = np.random.default_rng(args.seed * 1000 + epoch)
        g = torch.Generator().manual_seed(args.seed * 1000 + epoch)
        torch.manual_seed(args.seed * 1000 + epoch)  # dropout
        perm = pool[rng.permutation(len(pool))]
        model.train()
        sum_l = sum_a = 0.0
        n_steps = 0
        per_epoch = 2 if args.smoke else steps_per_epoch
        if epoch_ends and epoch < len(epoch_ends):
            per_epoch = epoch_ends[epoch] - (epoch_ends[epoch - 1] if epoch else 0)
        for b in range(per_epoch):
            if finished():
                break
            idx = np.sort(perm[b * args.batch:(b + 1) * args.batch])
            brows = [rows[i] for i in idx]
            x = torch.from_numpy(imgs[idx].astype(np.float32)).unsqueeze(1)
            s_now = next_size()
            sizes.append(s_now)
            xa, bm = augment(x, content_masks(brows, size), box_masks(brows, size), g, 0 if s_now == size else s_now)
            # augmentation stays on the CPU (its seeded generator makes runs replayable on any device)
            xa = ((xa - MEAN) / STD).to(device).contiguous(memory_format=torch.channels_last)
            bm = bm.to(device)
            lr = next_lr()
            lr_trace.append(lr)
            for grp in opt.param_groups:
                grp["lr"] = lr
            logit, heat = model(xa)
            yt = torch.from_numpy(y[idx]).unsqueeze(1).to(device)
            loss_cls = F.binary_cross_entropy_with_logits(logit, yt, pos_weight=pos_weight)
            ct = cell_targets(bm, model.stride)
            loss_aux = F.binary_cross_entropy_with_logits(heat, ct, pos_weight=cell_pos_weight)
            loss = loss_cls + args.aux_weight * loss_aux
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            step += 1
            n_steps += 1
            ema_update(ema, model, min(args.ema, (1 + step) / (10 + step)))
            sum_l += loss_cls.item()
            sum_a += loss_aux.item()
        t_train = time.time() - t_ep
        epoch += 1
        val_auc = evaluate(epoch) if (epoch % args.eval_every == 0 or finished()) else None
        rec = {"epoch": epoch, "step": step, "lr": lr, "loss": sum_l / max(1, n_steps), "aux": sum_a / max(1, n_steps),
               "val_auc_ema": val_auc, "elapsed_s": round(elapsed(), 1), "cpu_s": round(cpu_s(), 1),
               "img_per_s": round(n_steps * args.batch / max(t_train, 1e-9), 1), "size": s_now}
        history.append(rec)
        auc_s = f"{val_auc:.4f}" if val_auc is not None else "-"
        print(f"epoch {epoch} step {step} lr {lr:.2e} loss {rec['loss']:.4f} aux {rec['aux']:.4f} "
              f"val_auc(ema) {auc_s} elapsed {elapsed() / 60:.1f} min cpu {cpu_s() / 60:.1f} min ({rec['img_per_s']} img/s at {s_now} px)", flush=True)
        torch.save({"model": model.state_dict(), "ema": ema.state_dict(), "opt": opt.state_dict(),
                    "epoch": epoch, "step": step, "history": history, "lr_trace": lr_trace, "sizes": sizes,
                    "elapsed": elapsed(), "cpu_s": cpu_s(), "args": vars(args)}, run_dir / "last.pt.tmp")
        os.replace(run_dir / "last.pt.tmp", ckpt)
    if history and history[-1]["val_auc_ema"] is None:
        history[-1]["val_auc_ema"] = evaluate(epoch)
    total = elapsed()
    torch.save({"ema": ema.state_dict(), "history": history, "args": vars(args), "steps": step,
                "epochs_done": epoch, "elapsed": total, "cpu_s": cpu_s()}, run_dir / "final.pt")
    with open(run_dir / "history.json", "w") as f:
        json.dump({"args": vars(args), "steps": step, "epochs": epoch, "elapsed_s": total, "cpu_s": cpu_s(),
                   "history": history, "lr_trace": lr_trace, "size_trace": compress_sizes(sizes)}, f, indent=1)
    print(f"done: {step} steps ({epoch} epochs, last one partial if the budget ended it), {total / 60:.1f} min, "
          f"final val AUC (ema) {history[-1]['val_auc_ema']:.4f} -> {run_dir / 'final.pt'}", flush=True)


if __name__ == "__main__":
    main()
