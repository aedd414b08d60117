#!/usr/bin/python3
"""Writes the benchmark model package benchmarks/bench-model/conv-256/1.0.0 (model.onnx + model.json).

A small fully-convolutional network with roughly the compute of a MobileNetV3-small fracture model
(~50 M multiply-adds at 256 x 256): four 3x3 stride-2 convolutions with ReLU, a 1x1 convolution to a 16 x 16
heatmap (stride 16), the logit as the heatmap mean. Random but fixed weights: the benchmark measures
runtime overhead, not accuracy. Run with Debian's /usr/bin/python3 (numpy, onnx; no torch).
"""
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "bench-model", "conv-256", "1.0.0"))
SIZE, STRIDE = 256, 16
CHANNELS = [1, 16, 32, 64, 64]


def main():
    rng = np.random.RandomState(256)
    nodes, inits, prev = [], [], "image"
    for i in range(4):
        cin, cout = CHANNELS[i], CHANNELS[i + 1]
        w = (rng.randn(cout, cin, 3, 3) * np.sqrt(2.0 / (cin * 9))).astype(np.float32)
        b = np.zeros(cout, dtype=np.float32)
        inits += [numpy_helper.from_array(w, f"w{i}"), numpy_helper.from_array(b, f"b{i}")]
        nodes.append(helper.make_node("Conv", [prev, f"w{i}", f"b{i}"], [f"c{i}"], kernel_shape=[3, 3],
                                      strides=[2, 2], pads=[1, 1, 1, 1]))
        nodes.append(helper.make_node("Relu", [f"c{i}"], [f"r{i}"]))
        prev = f"r{i}"
    wh = (rng.randn(1, CHANNELS[-1], 1, 1) * 0.05).astype(np.float32)
    inits += [numpy_helper.from_array(wh, "wh"), numpy_helper.from_array(np.array([-1.0], np.float32), "bh")]
    nodes.append(helper.make_node("Conv", [prev, "wh", "bh"], ["heatmap"], kernel_shape=[1, 1]))
    nodes.append(helper.make_node("ReduceMean", ["heatmap"], ["logit"], axes=[2, 3], keepdims=0))
    grid = SIZE // STRIDE
    graph = helper.make_graph(
        nodes, "fxtriage-bench-conv-256",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["N", 1, SIZE, SIZE])],
        [helper.make_tensor_value_info("logit", TensorProto.FLOAT, ["N", 1]),
         helper.make_tensor_value_info("heatmap", TensorProto.FLOAT, ["N", 1, grid, grid])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)],
                              producer_name="fxtriage make_bench_model.py")
    model.ir_version = 8
    onnx.checker.check_model(model)
    os.makedirs(OUT, exist_ok=True)
    onnx.save(model, os.path.join(OUT, "model.onnx"))
    card = {
        "format": "fxtriage-model/1", "name": "conv-256", "version": "1.0.0", "task": "benchmark",
        "input": {"name": "image", "element_type": "float32", "shape": [-1, 1, SIZE, SIZE], "channels": 1,
                  "preprocessing": {"source": "grey-display-0-1", "resize": "letterbox-area", "size": SIZE,
                                    "pad_value": 0.0, "mean": 0.5, "std": 0.25}},
        "outputs": {"logit": {"name": "logit", "shape": [-1, 1]},
                    "heatmap": {"name": "heatmap", "shape": [-1, 1, grid, grid], "stride": STRIDE, "kind": "logit",
                                "box_threshold": 0.5, "min_box_area_cells": 1}},
        "calibration": {"method": "temperature", "temperature": 1.0, "bias": 0.0},
        "operating_points": {"doubt": {"threshold": 0.2}, "positive": {"threshold": 0.5}},
        "intended_use": {"statement": "Benchmark model with random weights: measures the runtime, means nothing."},
        "provenance": {"training_command": "/usr/bin/python3 benchmarks/src/main/python/make_bench_model.py",
                       "licence": "Apache-2.0"},
        "metrics": {},
    }
    with open(os.path.join(OUT, "model.json"), "w") as f:
        json.dump(card, f, indent=2)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
