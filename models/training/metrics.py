"""Ranking/calibration metrics without scikit-learn (not available offline)."""
from __future__ import annotations

import numpy as np


def auc(y: np.ndarray, s: np.ndarray) -> float:
    """ROC AUC = Mann-Whitney U / (n_pos n_neg), ties counted half (average ranks)."""
    y = np.asarray(y).astype(bool)
    s = np.asarray(s, dtype=np.float64)
    n1, n0 = int(y.sum()), int((~y).sum())
    if n1 == 0 or n0 == 0:
        return float("nan")
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s), dtype=np.float64)
    ss = s[order]
    i = 0
    while i < len(ss):
        j = i
        while j + 1 < len(ss) and ss[j + 1] == ss[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return float((ranks[y].sum() - n1 * (n1 + 1) / 2.0) / (n1 * n0))


def roc_curve(y, s):
    """(fpr, tpr, thresholds) at every distinct score, thresholds descending (predict positive if s >= t)."""
    y = np.asarray(y).astype(bool)
    s = np.asarray(s, dtype=np.float64)
    ts = np.unique(s)[::-1]
    P, N = y.sum(), (~y).sum()
    tpr = np.array([(s[y] >= t).sum() / P for t in ts])
    fpr = np.array([(s[~y] >= t).sum() / N for t in ts])
    return np.r_[0.0, fpr], np.r_[0.0, tpr], np.r_[np.inf, ts]


def block_bootstrap_auc(y, s, blocks, n: int = 2000, seed: int = 0):
    """95 % CI of AUC resampling whole 20-ID blocks (neighbouring images are correlated: likely the same
    patient/study), not single images."""
    y, s, blocks = np.asarray(y), np.asarray(s), np.asarray(blocks)
    ub = np.unique(blocks)
    idx_by_block = [np.flatnonzero(blocks == b) for b in ub]
    rng = np.random.default_rng(seed)
    vals = []
    for _ in range(n):
        pick = rng.integers(0, len(ub), len(ub))
        idx = np.concatenate([idx_by_block[k] for k in pick])
        a = auc(y[idx], s[idx])
        if not np.isnan(a):
            vals.append(a)
    return float(np.percentile(vals, 2.5)), float(np.percentile(vals, 97.5))


def ece(y, p, bins: int = 10):
    """Expected calibration error with equal-width probability bins; also returns the bin table."""
    y, p = np.asarray(y, dtype=np.float64), np.asarray(p, dtype=np.float64)
    edges = np.linspace(0, 1, bins + 1)
    table, e = [], 0.0
    for i in range(bins):
        m = (p >= edges[i]) & ((p < edges[i + 1]) if i < bins - 1 else (p <= 1.0))
        if m.any():
            conf, acc = p[m].mean(), y[m].mean()
            e += m.mean() * abs(conf - acc)
            table.append((float(edges[i]), float(edges[i + 1]), int(m.sum()), float(conf), float(acc)))
    return float(e), table


def sens_spec(y, p, t):
    y = np.asarray(y).astype(bool)
    p = np.asarray(p)
    pred = p >= t
    return float((pred & y).sum() / y.sum()), float((~pred & ~y).sum() / (~y).sum())
