"""The packaged golden file agrees with recipe.py (tensor checksums) and with the card's box and category
rules, so the Java GoldenParityTest compares against values the Python side really reproduces.

Run: /usr/bin/python3 -m unittest discover -s models/training -p 'test_*.py'
"""
import json
import math
import sys
import unittest
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data  # noqa: E402
import recipe as rc  # noqa: E402

# Every committed package, models/<name>/<version>/ (as the Java GoldenParityTest finds them).
PACKAGES = sorted(p.parent for p in (data.REPO / "models").glob("*/*/model.json"))


def packages():
    """(folder, golden, card) of each package."""
    for pkg in PACKAGES:
        with open(pkg / "golden.json") as f:
            golden = json.load(f)
        with open(pkg / "model.json") as f:
            card = json.load(f)
        yield pkg, golden, card


class GoldenFileTest(unittest.TestCase):
    def test_a_reference_package_is_committed(self):
        self.assertTrue(PACKAGES, "no models/<name>/<version>/model.json")

    def test_mixes_fractured_and_non_fractured_val_images(self):
        for pkg, golden, card in packages():
            with self.subTest(package=str(pkg.relative_to(data.REPO))):
                labels = [g["label"] for g in golden["images"]]
                self.assertGreaterEqual(len(labels), 20)
                self.assertGreaterEqual(sum(labels), 8)
                self.assertGreaterEqual(len(labels) - sum(labels), 8)
                for g in golden["images"]:
                    self.assertEqual(data.block_split(Path(g["path"]).name), "val", g["path"])

    def test_tensor_checksums_match_recipe(self):
        for pkg, golden, card in packages():
            with self.subTest(package=str(pkg.relative_to(data.REPO))):
                recipe = rc.Recipe(**{k: card["input"]["preprocessing"][k] for k in ("size", "pad_value", "mean", "std")})
                for g in golden["images"]:
                    x, (w, h) = rc.preprocess(data.DEFAULT_DATA / g["path"], recipe)
                    x64 = x.astype(np.float64)
                    self.assertEqual((w, h), (g["width"], g["height"]))
                    self.assertAlmostEqual(float(x64.sum()), g["tensor_sum"], delta=1e-3, msg=g["path"])
                    self.assertAlmostEqual(float((x64 * x64).sum()), g["tensor_sum_sq"], delta=1e-3, msg=g["path"])

    def test_probability_category_and_boxes_follow_the_card(self):
        for pkg, golden, card in packages():
            with self.subTest(package=str(pkg.relative_to(data.REPO))):
                cal, ops, hm = card["calibration"], card["operating_points"], card["outputs"]["heatmap"]
                side = card["input"]["preprocessing"]["size"] // hm["stride"]
                for g in golden["images"]:
                    p = 1 / (1 + math.exp(-(g["logit"] / cal["temperature"] + cal["bias"])))
                    self.assertAlmostEqual(p, g["p"], delta=1e-5)
                    cat = ("positive" if p >= ops["positive"]["threshold"]
                           else "doubt" if p >= ops["doubt"]["threshold"] else "negative")
                    self.assertEqual(cat, g["category"], g["path"])
                    heat = np.array(g["heatmap"], dtype=np.float32).reshape(side, side)
                    boxes = rc.heatmap_boxes(heat, hm["stride"], g["width"], g["height"],
                                             card["input"]["preprocessing"]["size"], hm["box_threshold"],
                                             hm["min_box_area_cells"])
                    self.assertEqual(len(boxes), len(g["boxes"]), g["path"])
                    for b, e in zip(boxes, g["boxes"]):
                        for k in ("xmin", "ymin", "xmax", "ymax", "score"):
                            self.assertAlmostEqual(b[k], e[k], delta=1e-4)


if __name__ == "__main__":
    unittest.main()
