"""Training-side contracts: every network gives the two outputs the card promises (logit [N,1] and a
stride-16 heatmap) at any input size a schedule uses, and progressive resizing stays replayable.

Run: /usr/bin/python3 -m unittest discover -s models/training -p 'test_*.py'
"""
import contextlib
import io
import sys
import unittest
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train  # noqa: E402
from model import ARCHS  # noqa: E402


class NetworkOutputsTest(unittest.TestCase):
    def test_every_architecture_gives_a_logit_and_a_stride_16_heatmap(self):
        torch.manual_seed(0)
        for name, make in ARCHS.items():
            net = make().eval()
            for size in (192, 256, 384):
                with self.subTest(arch=name, size=size), torch.no_grad():
                    logit, heat = net(torch.rand(2, 1, size, size))
                    self.assertEqual(tuple(logit.shape), (2, 1))
                    self.assertEqual(tuple(heat.shape), (2, 1, size // net.stride, size // net.stride))


class ProgressiveResizingTest(unittest.TestCase):
    def test_size_trace_round_trips(self):
        sizes = [192] * 5 + [256] * 3
        runs = train.compress_sizes(sizes)
        self.assertEqual(runs, [[192, 5], [256, 3]])
        self.assertEqual(train.expand_sizes(runs), sizes)

    def test_low_resolution_sees_the_same_field_of_view(self):
        # a bright square in the top-left quadrant: its share of the image and of the box mask must not
        # depend on the output size, and both sizes must draw the same random augmentation
        x = torch.zeros(1, 1, 256, 256)
        x[..., 32:96, 32:96] = 1.0
        content = torch.ones_like(x)
        boxes = x.clone()
        full_x, full_b = train.augment(x, content, boxes, torch.Generator().manual_seed(7))
        low_x, low_b = train.augment(x, content, boxes, torch.Generator().manual_seed(7), out_size=192)
        self.assertEqual(tuple(low_x.shape), (1, 1, 192, 192))
        self.assertEqual(tuple(low_b.shape), (1, 1, 192, 192))
        self.assertAlmostEqual((full_b > 0.5).float().mean().item(), (low_b > 0.5).float().mean().item(), delta=0.005)
        cells_full = train.cell_targets(full_b, 16)
        cells_low = train.cell_targets(low_b, 16)
        self.assertEqual(tuple(cells_low.shape), (1, 1, 12, 12))
        self.assertGreater(cells_full.sum().item(), 0)
        self.assertGreater(cells_low.sum().item(), 0)

    def test_sizes_the_heatmap_grid_cannot_take_are_refused(self):
        for argv in (["--size", "300"], ["--low-res", "208"]):
            with self.subTest(argv=argv), self.assertRaises(SystemExit), contextlib.redirect_stderr(io.StringIO()):
                train.parse_args(argv)
        self.assertEqual(train.parse_args(["--size", "384", "--low-res", "192"]).size, 384)


class PositiveRepeatTest(unittest.TestCase):
    def test_fractured_images_are_shown_the_asked_number_of_times(self):
        import numpy as np
        tr = np.array([3, 5, 8, 9, 12])
        y = np.zeros(13, dtype=np.float32)
        y[[5, 12]] = 1.0
        self.assertEqual(sorted(train.epoch_pool(tr, y, 1).tolist()), [3, 5, 8, 9, 12])
        pool = train.epoch_pool(tr, y, 3).tolist()
        self.assertEqual({i: pool.count(i) for i in set(pool)}, {3: 1, 5: 3, 8: 1, 9: 1, 12: 3})

    def test_a_repeat_below_one_is_refused(self):
        with self.assertRaises(SystemExit), contextlib.redirect_stderr(io.StringIO()):
            train.parse_args(["--pos-repeat", "0"])


class ExportedViewsTest(unittest.TestCase):
    def test_the_report_names_the_export_flag_that_built_the_graph(self):
        import evaluate
        from export import NOTES, FlipAveraged
        for views in FlipAveraged.VIEWS:
            with self.subTest(views=views):
                self.assertEqual(evaluate.tta_flag(evaluate.graph_views(NOTES[views])), f" --tta {views}")
        self.assertEqual(evaluate.tta_flag(evaluate.graph_views("the network alone (one forward pass)")), "")

    def test_averaged_views_keep_the_heatmap_on_the_input_grid(self):
        # a network whose heatmap marks where the image is bright: after averaging mirrored views the
        # marked cell must still be the bright one, not its mirror image
        from export import FlipAveraged

        class Bright(torch.nn.Module):
            def forward(self, x):
                h = torch.nn.functional.avg_pool2d(x, 16)
                return h.amax(dim=(2, 3)), h

        x = torch.zeros(1, 1, 64, 64)
        x[..., :16, 48:] = 1.0  # top-right cell
        for views in FlipAveraged.VIEWS:
            with self.subTest(views=views):
                _, heat = FlipAveraged(Bright(), views)(x)
                self.assertEqual(int(heat[0, 0].argmax()), 3)


class ReplayTest(unittest.TestCase):
    def test_a_replay_takes_the_recipe_of_the_replayed_run(self):
        args = train.parse_args(["--replay", "history.json", "--size", "256", "--wd", "0.05"])
        train.take_recipe(args, {"args": {"arch": "res10n", "size": 384, "wd": 0.01, "aux_weight": 2.0,
                                          "low_res": 192, "threads": 8, "minutes": 10}})
        self.assertEqual((args.arch, args.size, args.wd, args.aux_weight, args.low_res), ("res10n", 384, 0.01, 2.0, 192))
        self.assertEqual(args.threads, 2)  # how fast a machine runs is not part of the recipe

    def test_a_run_recorded_before_a_flag_existed_replays_with_its_default(self):
        args = train.take_recipe(train.parse_args(["--replay", "h.json"]), {"args": {"arch": "mnv3s", "lr": 0.002}})
        self.assertEqual(args.size, 256)
        self.assertEqual(args.low_res, 0)
        self.assertEqual(args.pos_repeat, 1)  # every image once per epoch, as all runs before the flag


if __name__ == "__main__":
    unittest.main()
