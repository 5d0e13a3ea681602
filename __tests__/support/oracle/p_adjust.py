"""Oracle for src/compare/correction.ts: Holm and Benjamini-Hochberg adjusted p-values.

Written here in numpy the way statsmodels' multipletests does it (sorted, scaled, running max or
min, clipped at 1); scipy.stats.false_discovery_control checks BH too when scipy has it (>= 1.11).

stdin:  [[p1, p2, ...], ...]
stdout: [{"holm": [...], "bh": [...], "bhScipy": [...] or null}, ...]
"""
import json
import sys

import numpy as np
from scipy import stats


def holm(p):
    m = len(p)
    order = np.argsort(p, kind="mergesort")
    scaled = (m - np.arange(m)) * p[order]
    adjusted = np.minimum(1, np.maximum.accumulate(scaled))
    out = np.empty(m)
    out[order] = adjusted
    return out


def bh(p):
    m = len(p)
    order = np.argsort(p, kind="mergesort")
    scaled = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum(1, np.minimum.accumulate(scaled[::-1])[::-1])
    out = np.empty(m)
    out[order] = adjusted
    return out


def main():
    out = []
    for values in json.load(sys.stdin):
        p = np.asarray(values, dtype=float)
        scipy_bh = None
        if hasattr(stats, "false_discovery_control") and len(p) > 0:
            scipy_bh = [float(v) for v in stats.false_discovery_control(p, method="bh")]
        out.append({"holm": [float(v) for v in holm(p)], "bh": [float(v) for v in bh(p)], "bhScipy": scipy_bh})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
