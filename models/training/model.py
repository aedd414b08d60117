"""MobileNetV3-small with a 1-channel stem, an image-level fracture logit and a per-cell heatmap.

- `logit`   [N, 1]: stride-32 features (576 ch, 8 x 8 at 256 px) -> global average pool -> the
  MobileNetV3 classifier MLP (576 -> 1024 -> 1).
- `heatmap` [N, 1, 16, 16] (stride 16): a light FPN-style head: the stride-16 features (48 ch) plus the
  stride-32 features reduced to 64 ch and upsampled x2 (nearest) -> 1x1 conv -> 3x3 depthwise conv -> 1x1 conv = per-cell
  fracture logits, trained with the fracture boxes (auxiliary loss) so sigmoid(cell) >= 0.5 marks the
  fracture. A dilated last stage would give stride 16 directly but measured 3x slower on CPU.
"""
from __future__ import annotations

import torch
import torch.nn as nn
import torch.nn.functional as F
from torchvision.models import mobilenet_v3_small


class TwoOutputNet(nn.Module):
    """The head wiring both networks share: `stage16` -> `stage32` -> pool -> `classifier` gives the logit;
    `reduce32`(stride-32 features) upsampled x2 next to the stride-16 features -> `cell_head` gives the heatmap."""
    stride = 16

    def forward(self, x: torch.Tensor):
        f16 = self.stage16(x)
        f32 = self.stage32(f16)
        logit = self.classifier(torch.flatten(self.pool(f32), 1))
        up = F.interpolate(self.reduce32(f32), scale_factor=2.0, mode="nearest")
        heatmap = self.cell_head(torch.cat([f16, up], dim=1))
        return logit, heatmap


class AvgMaxPool(nn.Module):
    """Global average and global max pooling side by side ([N, 2C, 1, 1]).

    Why: a fracture is a small local finding; the average over a whole radiograph dilutes the few cells that
    see it, while the max keeps the strongest local evidence (the cells the box loss trains to fire)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([F.adaptive_avg_pool2d(x, 1), F.adaptive_max_pool2d(x, 1)], dim=1)


class FractureNet(TwoOutputNet):
    """MobileNetV3-small with a 1-channel stem (the module docstring gives its shapes). `avgmax`: the
    classifier reads average- and max-pooled stride-32 features (576 + 576 -> 1024 -> 1)."""

    def __init__(self, dropout: float = 0.2, avgmax: bool = False):
        super().__init__()
        net = mobilenet_v3_small(weights=None)
        stem = net.features[0][0]
        # 1-channel stem: radiographs are grey; a 3-channel copy would only triple the first conv.
        net.features[0][0] = nn.Conv2d(1, stem.out_channels, stem.kernel_size, stem.stride, stem.padding,
                                       bias=False)
        nn.init.kaiming_normal_(net.features[0][0].weight, mode="fan_out")
        self.stage16 = net.features[:9]   # -> 48 ch, stride 16
        self.stage32 = net.features[9:]   # -> 576 ch, stride 32
        self.pool = AvgMaxPool() if avgmax else nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Sequential(nn.Linear(576 * (2 if avgmax else 1), 1024), nn.Hardswish(), nn.Dropout(dropout),
                                        nn.Linear(1024, 1))
        self.reduce32 = nn.Sequential(nn.Conv2d(576, 64, 1, bias=False), nn.BatchNorm2d(64), nn.Hardswish())
        self.cell_head = nn.Sequential(
            nn.Conv2d(48 + 64, 64, 1, bias=False), nn.BatchNorm2d(64), nn.Hardswish(),
            nn.Conv2d(64, 64, 3, padding=1, groups=64, bias=False), nn.BatchNorm2d(64), nn.Hardswish(),
            nn.Conv2d(64, 1, 1))
        nn.init.normal_(self.cell_head[-1].weight, std=0.01)
        nn.init.constant_(self.cell_head[-1].bias, -4.0)  # most cells hold no fracture



class FractureResNet(TwoOutputNet):
    """A narrow ResNet (BasicBlocks, widths 32-64-128-256) with the same two outputs as FractureNet.

    Why not the MobileNet: on this CPU (oneDNN, AVX-512) dense 3x3 convolutions run at several times the
    FLOP rate of depthwise ones, so for the same training minutes this net does far more useful compute
    per image, and plain residual nets with BN learn quickly from scratch.
    - `logit`   [N, 1]: stride-32 features (256 ch) -> global average pool -> dropout -> linear.
    - `heatmap` [N, 1, H/16, W/16]: stride-16 features (128 ch) + stride-32 features reduced to 64 ch and
      upsampled x2 (nearest) -> 1x1 conv -> 3x3 depthwise -> 1x1 conv, box-supervised as in FractureNet.
    """

    def __init__(self, blocks=(2, 2, 2, 2), widths=(32, 64, 128, 256), dropout: float = 0.2):
        super().__init__()
        from torchvision.models.resnet import BasicBlock
        self.stem = nn.Sequential(nn.Conv2d(1, widths[0], 5, 2, 2, bias=False), nn.BatchNorm2d(widths[0]),
                                  nn.ReLU(inplace=True), nn.MaxPool2d(3, 2, 1))
        stages, cin = [], widths[0]
        for i, (n, w) in enumerate(zip(blocks, widths)):
            s = 1 if i == 0 else 2
            down = None if (s == 1 and cin == w) else nn.Sequential(nn.Conv2d(cin, w, 1, s, bias=False),
                                                                     nn.BatchNorm2d(w))
            layers = [BasicBlock(cin, w, s, down)] + [BasicBlock(w, w) for _ in range(n - 1)]
            stages.append(nn.Sequential(*layers))
            cin = w
        self.stage16 = nn.Sequential(self.stem, *stages[:3])   # -> widths[2] ch, stride 16
        self.stage32 = stages[3]                                # -> widths[3] ch, stride 32
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Sequential(nn.Dropout(dropout), nn.Linear(widths[3], 1))
        self.reduce32 = nn.Sequential(nn.Conv2d(widths[3], 64, 1, bias=False), nn.BatchNorm2d(64), nn.ReLU(inplace=True))
        self.cell_head = nn.Sequential(
            nn.Conv2d(widths[2] + 64, 64, 1, bias=False), nn.BatchNorm2d(64), nn.ReLU(inplace=True),
            nn.Conv2d(64, 64, 3, padding=1, groups=64, bias=False), nn.BatchNorm2d(64), nn.ReLU(inplace=True),
            nn.Conv2d(64, 1, 1))
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            elif isinstance(m, BasicBlock):
                nn.init.zeros_(m.bn2.weight)  # each block starts as identity: faster, steadier from scratch
        nn.init.normal_(self.cell_head[-1].weight, std=0.01)
        nn.init.constant_(self.cell_head[-1].bias, -4.0)



ARCHS = {
    "mnv3s": FractureNet,
    "mnv3s-avgmax": lambda: FractureNet(avgmax=True),
    "res18n": lambda: FractureResNet((2, 2, 2, 2)),
    "res10n": lambda: FractureResNet((1, 1, 1, 1)),
}
