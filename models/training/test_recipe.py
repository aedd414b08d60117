"""Unit tests of the preprocessing recipe (MODEL_PACKAGE.md) and the heatmap -> box derivation.

Run: /usr/bin/python3 -m unittest discover -s models/training -p 'test_*.py'
"""
import io
import sys
import unittest
from fractions import Fraction
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data  # noqa: E402
import recipe as rc  # noqa: E402


def brute_force_area(img, nh, nw):
    """Independent 2-D area average with exact rational overlaps (no separability assumed)."""
    h, w = img.shape
    out = np.zeros((nh, nw))
    for i in range(nh):
        a, b = Fraction(i * h, nh), Fraction((i + 1) * h, nh)
        for j in range(nw):
            c, d = Fraction(j * w, nw), Fraction((j + 1) * w, nw)
            acc = Fraction(0)
            for k in range(h):
                oy = min(b, k + 1) - max(a, k)
                if oy <= 0:
                    continue
                for m in range(w):
                    ox = min(d, m + 1) - max(c, m)
                    if ox > 0:
                        acc += oy * ox * Fraction(float(img[k, m]))
            out[i, j] = float(acc / ((b - a) * (d - c)))
    return out


class GreyDisplayTest(unittest.TestCase):
    def test_rgb_uses_bt601_weights_without_rounding(self):
        img = Image.fromarray(np.array([[[10, 20, 30], [255, 255, 255]]], dtype=np.uint8), "RGB")
        g = rc.grey_display(img)
        self.assertAlmostEqual(g[0, 0], (299 * 10 + 587 * 20 + 114 * 30) / 1000 / 255, places=15)
        self.assertAlmostEqual(g[0, 1], 1.0, places=15)
        # PIL's convert("L") would round 18.15 to 18: the recipe must not
        self.assertNotAlmostEqual(g[0, 0], 18 / 255, places=6)

    def test_8bit_grey_is_value_over_255(self):
        g = rc.grey_display(Image.fromarray(np.array([[0, 128, 255]], dtype=np.uint8), "L"))
        np.testing.assert_allclose(g, [[0.0, 128 / 255, 1.0]], rtol=0, atol=1e-15)

    def test_16bit_grey_png_is_value_over_65535(self):
        buf = io.BytesIO()
        Image.fromarray(np.array([[0, 1000, 65535]], dtype=np.uint16)).save(buf, "PNG")
        buf.seek(0)
        g = rc.load_grey(buf)
        np.testing.assert_allclose(g, [[0.0, 1000 / 65535, 1.0]], rtol=0, atol=1e-15)

    def test_unsupported_mode_is_a_typed_error(self):
        with self.assertRaises(rc.UnsupportedImage):
            rc.grey_display(Image.new("CMYK", (2, 2)))


class LetterboxTest(unittest.TestCase):
    def test_geometry_of_fracatlas_sizes(self):
        # 373x454 portrait: scale 256/454, nw = round(210.33) = 210, offsets by integer division
        self.assertEqual(rc.letterbox_geometry(373, 454, 256), (210, 256, 23, 0))
        self.assertEqual(rc.letterbox_geometry(454, 373, 256), (256, 210, 0, 23))
        self.assertEqual(rc.letterbox_geometry(410, 512, 256), (205, 256, 25, 0))
        self.assertEqual(rc.letterbox_geometry(256, 256, 256), (256, 256, 0, 0))
        self.assertEqual(rc.letterbox_geometry(1000, 1, 256), (256, 1, 0, 127))  # at least 1 row

    def test_round_half_up(self):
        # w = 3, h = 2, size 5: scale 5/3, nh = round(3.333) = 3; w = 6, h = 3, size 5 -> nh = 2.5 -> 3
        self.assertEqual(rc.letterbox_geometry(6, 3, 5)[:2], (5, 3))

    def test_area_weights_rows_sum_to_one(self):
        for n_src, n_dst in [(454, 256), (373, 210), (7, 3), (3, 7), (5, 5)]:
            w = rc.area_weights(n_src, n_dst)
            np.testing.assert_allclose(w.sum(1), 1.0, atol=1e-12)
            np.testing.assert_allclose(w.sum(0), n_dst / n_src, atol=1e-12)

    def test_integer_factor_is_block_mean(self):
        img = np.arange(16, dtype=np.float64).reshape(4, 4) / 15
        out = rc.letterbox(img, 2)
        np.testing.assert_allclose(out, img.reshape(2, 2, 2, 2).mean((1, 3)), atol=1e-7)
        self.assertEqual(out.dtype, np.float32)

    def test_matches_exact_2d_area_average(self):
        rng = np.random.default_rng(3)
        img = rng.random((7, 5))
        out = rc.letterbox(img, 4, pad_value=0.25)
        nw, nh, ox, oy = rc.letterbox_geometry(5, 7, 4)
        self.assertEqual((nw, nh, ox, oy), (3, 4, 0, 0))
        ref = brute_force_area(img, nh, nw)
        np.testing.assert_allclose(out[oy:oy + nh, ox:ox + nw], ref, atol=1e-7)
        np.testing.assert_array_equal(out[:, 3], 0.25)

    def test_upscaling_replicates_and_pads(self):
        img = np.array([[0.2, 0.8]])
        out = rc.letterbox(img, 4, pad_value=0.0)
        # 2x1 -> 4x2, oy = 1
        np.testing.assert_allclose(out[1:3], [[0.2, 0.2, 0.8, 0.8]] * 2, atol=1e-7)
        np.testing.assert_array_equal(out[0], 0.0)
        np.testing.assert_array_equal(out[3], 0.0)

    def test_constant_image_keeps_its_value(self):
        out = rc.letterbox(np.full((454, 373), 0.6), 256)
        np.testing.assert_allclose(out[:, 23:233], 0.6, atol=1e-7)
        np.testing.assert_array_equal(out[:, :23], 0.0)
        np.testing.assert_array_equal(out[:, 233:], 0.0)

    def test_normalise_uses_card_mean_and_std(self):
        r = rc.Recipe()
        np.testing.assert_allclose(rc.normalise(np.array([0.0, 0.5, 1.0]), r), [-2.0, 0.0, 2.0])

    def test_preprocess_real_fracatlas_jpeg(self):
        path = data.DEFAULT_DATA / "images" / "Fractured" / "IMG0000019.jpg"
        x, (w, h) = rc.preprocess(path)
        self.assertEqual(x.shape, (1, 1, 256, 256))
        self.assertEqual(x.dtype, np.float32)
        self.assertEqual((w, h), (410, 512))
        self.assertTrue(np.all(x[0, 0, :, :25] == -2.0))  # padding 0 -> (0 - 0.5) / 0.25


class HeatmapBoxesTest(unittest.TestCase):
    def test_components_are_8_connected_and_mapped_to_source_pixels(self):
        hm = np.full((16, 16), -5.0)
        hm[2, 2], hm[3, 3] = 3.0, 1.0        # diagonal neighbours: one component
        hm[10, 12] = 0.5                      # a second, weaker component
        boxes = rc.heatmap_boxes(hm, 16, 373, 454, 256)
        self.assertEqual(len(boxes), 2)
        b = boxes[0]
        # cells x 2..3 -> letterbox x 32..64; ox = 23, nw = 210 -> source (32-23)*373/210 ...
        self.assertAlmostEqual(b["xmin"], (32 - 23) * 373 / 210)
        self.assertAlmostEqual(b["xmax"], (64 - 23) * 373 / 210)
        self.assertAlmostEqual(b["ymin"], 32 * 454 / 256)
        self.assertAlmostEqual(b["ymax"], 64 * 454 / 256)
        self.assertAlmostEqual(b["score"], 1 / (1 + np.exp(-3.0)))
        self.assertGreater(b["score"], boxes[1]["score"])

    def test_threshold_and_padding_cells(self):
        hm = np.full((16, 16), -5.0)
        hm[5, 0] = 2.0                        # x 0..16 lies in the padding (ox = 23): no box
        self.assertEqual(rc.heatmap_boxes(hm, 16, 373, 454, 256), [])
        hm[5, 8] = -0.1                       # p < 0.5
        self.assertEqual(rc.heatmap_boxes(hm, 16, 373, 454, 256), [])
        self.assertEqual(len(rc.heatmap_boxes(hm, 16, 373, 454, 256, box_threshold=0.4)), 1)


class SplitRuleTest(unittest.TestCase):
    def test_block_rule_examples(self):
        # same block -> same split; the rule's hash input is "fracatlas-block-<n // 20>"
        self.assertEqual(data.block_split("IMG0000000.jpg"), data.block_split("IMG0000019.jpg"))
        self.assertEqual(data.block_of("IMG0001234.jpg"), 61)

    def test_metadata_split_column_follows_the_rule(self):
        rows = data.read_metadata(verify_split=False)
        self.assertGreater(len(rows), 3000)
        for r in rows[::37]:
            self.assertEqual(data.block_split(r["image_id"]), r["split"], r["image_id"])
        self.assertNotIn("test", {r["split"] for r in rows})


if __name__ == "__main__":
    unittest.main()
