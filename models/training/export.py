"""Export the EMA weights of a training run to ONNX (opset 17, dynamic batch) and check the graph.

  /usr/bin/python3 models/training/export.py --run main --out models/fracatlas-mnv3/1.1.0

Checks: onnx.checker, size <= 30 MB, output names/shapes as the card declares, and (when the onnxruntime
Python package is importable) ONNX Runtime output == torch output on random and real inputs.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

# Passive OpenMP waiting: on a shared, oversubscribed CPU, spinning worker threads burn the time slices
# the other thread needs (measured 3.5 -> 12 img/s with 2 threads at load 8). Must precede `import torch`.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
import torch  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data  # noqa: E402
import recipe as rc  # noqa: E402
from model import ARCHS  # noqa: E402

MAX_BYTES = 30 * 1024 * 1024


def load_ema(run: str, which: str = "final.pt") -> tuple[torch.nn.Module, int]:
    """The run's EMA network and the input size it was trained for."""
    path = data.HERE / "runs" / run / which
    st = torch.load(path, map_location="cpu")
    m = ARCHS[st["args"].get("arch", "mnv3s")]()  # runs before --arch were all MobileNetV3-small
    m.load_state_dict(st["ema"])
    m.eval()
    return m, st["args"].get("size", 256)  # runs before --size were all 256 px


class FlipAveraged(torch.nn.Module):
    """Test-time augmentation inside the graph: the mean of the model over mirrored views of the image.

    Radiographs of left and right limbs are mirror images of each other, and training flips images both
    ways, so mirrored views are as valid an input as the original. Each view's heatmap is mirrored back
    before averaging, so the cells still line up with the input. Costs one forward pass per view.
    """

    VIEWS = {"hflip": [[], [3]], "flips4": [[], [3], [2], [2, 3]]}

    def __init__(self, model: torch.nn.Module, views: str = "hflip"):
        super().__init__()
        self.model = model
        self.flips = self.VIEWS[views]

    def forward(self, x: torch.Tensor):
        logits, heats = [], []
        for dims in self.flips:
            l, h = self.model(torch.flip(x, dims=dims) if dims else x)
            logits.append(l)
            heats.append(torch.flip(h, dims=dims) if dims else h)
        n = float(len(self.flips))
        return sum(logits) / n, sum(heats) / n


GRAPH_NOTE_KEY = "fxtriage.graph"
FLIP_NOTE = "mean of the model on the image and on its horizontal mirror (heatmap mirrored back)"
FLIPS4_NOTE = ("mean of the model on the image and its horizontal, vertical and double mirrors "
               "(heatmaps mirrored back)")
NOTES = {"hflip": FLIP_NOTE, "flips4": FLIPS4_NOTE}


def export(model: torch.nn.Module, out_dir: Path, size: int = 256, note: str = "") -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "model.onnx"
    dummy = torch.zeros(1, 1, size, size)
    torch.onnx.export(model, dummy, str(path), opset_version=17, input_names=["image"],
                      output_names=["logit", "heatmap"],
                      dynamic_axes={"image": {0: "N"}, "logit": {0: "N"}, "heatmap": {0: "N"}},
                      do_constant_folding=True)
    if note:
        import onnx
        m = onnx.load(str(path))
        m.metadata_props.add(key=GRAPH_NOTE_KEY, value=note)
        onnx.save(m, str(path))
    return path


def check(path: Path, model: torch.nn.Module, size: int = 256) -> dict:
    import onnx
    m = onnx.load(str(path))
    onnx.checker.check_model(m)
    nbytes = path.stat().st_size
    if nbytes > MAX_BYTES:
        raise SystemExit(f"{path} is {nbytes} bytes > 30 MB")
    ins = [(i.name, [d.dim_param or d.dim_value for d in i.type.tensor_type.shape.dim]) for i in m.graph.input]
    outs = [(o.name, [d.dim_param or d.dim_value for d in o.type.tensor_type.shape.dim]) for o in m.graph.output]
    print(f"onnx ok: {nbytes / 1e6:.2f} MB opset {m.opset_import[0].version} inputs {ins} outputs {outs}")
    report = {"bytes": nbytes, "inputs": ins, "outputs": outs}
    try:
        import onnxruntime as ort
    except ImportError:
        print("onnxruntime not importable: torch-vs-ORT parity left to the Java GoldenParityTest")
        return report
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    rng = np.random.default_rng(0)
    xs = [rng.normal(0, 1, (3, 1, size, size)).astype(np.float32)]
    val = [r for r in data.read_metadata() if r["split"] == "val" and r["truncated_jpeg"] == "0"][:4]
    xs.append(np.concatenate([rc.preprocess(data.DEFAULT_DATA / r["path"], rc.Recipe(size=size))[0] for r in val]))
    worst = 0.0
    for x in xs:
        lo, ho = sess.run(["logit", "heatmap"], {"image": x})
        with torch.no_grad():
            lt, ht = model(torch.from_numpy(x))
        worst = max(worst, float(np.abs(lo - lt.numpy()).max()), float(np.abs(ho - ht.numpy()).max()))
    print(f"onnxruntime {ort.__version__} vs torch: max |diff| {worst:.2e}")
    if worst > 1e-3:
        raise SystemExit("ONNX output differs from torch")
    report["ort_vs_torch_max_abs_diff"] = worst
    return report


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--run", default="main")
    p.add_argument("--ckpt", default="final.pt")
    p.add_argument("--out", required=True, help="the package folder, models/<name>/<version>")
    p.add_argument("--check-only", action="store_true")
    p.add_argument("--flip-tta", action="store_true", help="export the graph averaged over the horizontal mirror")
    p.add_argument("--tta", choices=sorted(FlipAveraged.VIEWS), default="",
                   help="views averaged in the graph (--flip-tta = --tta hflip)")
    a = p.parse_args()
    torch.set_num_threads(1)
    model, size = load_ema(a.run, a.ckpt)
    views = a.tta or ("hflip" if a.flip_tta else "")
    if views:
        model = FlipAveraged(model, views).eval()
    path = Path(a.out) / "model.onnx"
    if not a.check_only:
        path = export(model, Path(a.out), size, note=NOTES[views] if views else "")
    check(path, model, size)


if __name__ == "__main__":
    main()
