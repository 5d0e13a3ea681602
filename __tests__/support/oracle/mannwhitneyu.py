"""Oracle for src/compare/mann-whitney.ts: scipy.stats.mannwhitneyu, two-sided.

stdin:  [{"x": [...], "y": [...], "methods": ["auto", "exact", "asymptotic"]}, ...]
stdout: [{"statistic": U of x, "p": {"auto": p, ...}, "ties": bool}, ...]

scipy 1.10 keeps one cache of exact counts shaped by the largest sizes seen so far, so callers
should keep each batch's sizes modest (or batch unbalanced sizes separately).
"""
import json
import sys

import numpy as np
from scipy import stats


def main():
    cases = json.load(sys.stdin)
    out = []
    for case in cases:
        x = np.asarray(case["x"], dtype=float)
        y = np.asarray(case["y"], dtype=float)
        result = {"p": {}, "ties": bool(len(np.unique(np.concatenate([x, y]))) < len(x) + len(y))}
        for method in case["methods"]:
            res = stats.mannwhitneyu(x, y, alternative="two-sided", use_continuity=True, method=method)
            result["p"][method] = float(res.pvalue)
            result["statistic"] = float(res.statistic)
        out.append(result)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
