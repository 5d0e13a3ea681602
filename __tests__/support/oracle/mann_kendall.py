"""Oracle for src/stats/mann-kendall.ts: SciPy's Kendall tau of the values against their
positions (asymptotic p-value, whose variance carries the tie correction of Mann-Kendall's S)
and SciPy's Theil-Sen slope (Sen's slope).

stdin:  [[y0, y1, ...], ...]
stdout: [{"slope": ..., "p": ...}, ...]
"""
import json
import sys

import numpy as np
from scipy import stats

out = []
for y in json.load(sys.stdin):
    x = np.arange(len(y))
    tau = stats.kendalltau(x, y, method="asymptotic")
    out.append({"slope": float(stats.theilslopes(y, x).slope), "p": float(tau.pvalue)})
json.dump(out, sys.stdout)
