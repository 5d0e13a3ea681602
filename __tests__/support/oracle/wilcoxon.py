"""Oracle for src/compare/paired-wilcoxon.ts and paired-interval.ts.

stdin:  [{"d": [...], "zero_method": "wilcox"|"pratt", "correction": bool,
          "methods": ["exact", "asymptotic", "permutation"], "confidence": 0.95 | null}, ...]
stdout: [{"p": {method: p}, "r_plus": T+, "walsh": {"centre", "lower", "upper"} | null}, ...]

"exact" and "asymptotic" come from scipy.stats.wilcoxon (1.10 calls the latter "approx").
"permutation" and the Walsh interval are computed here by brute force, independently of the
TypeScript: every one of the 2^n sign assignments is enumerated, and every Walsh average listed.
"""
import itertools
import json
import math
import sys

import numpy as np
import scipy
from scipy import stats

OLD_SCIPY = tuple(int(x) for x in scipy.__version__.split(".")[:2]) < (1, 11)


def scipy_p(d, zero_method, correction, method):
    if OLD_SCIPY and method == "asymptotic":
        method = "approx"
    res = stats.wilcoxon(d, zero_method=zero_method, correction=correction, alternative="two-sided", method=method)
    return float(res.pvalue)


def r_plus(d, zero_method):
    d = np.asarray(d, dtype=float)
    if zero_method == "wilcox":
        d = d[d != 0]
    ranks = stats.rankdata(np.abs(d))
    return float(np.sum(ranks[d > 0]))


def permutation_p(d, zero_method):
    """Two-sided p of T+ over all 2^n sign flips of the differences."""
    d = np.asarray(d, dtype=float)
    observed = r_plus(d, zero_method)
    # |d| and so the ranks are the same under every flip; only which ranks count as positive changes.
    kept = d[d != 0] if zero_method == "wilcox" else d
    ranks = stats.rankdata(np.abs(kept))
    signs = np.asarray(list(itertools.product((1.0, -1.0), repeat=len(kept))))
    null = ((signs * kept) > 0) @ ranks
    less = np.mean(null <= observed + 1e-9)
    greater = np.mean(null >= observed - 1e-9)
    return float(min(1.0, 2 * min(less, greater)))


def signed_rank_cdf_brute(n):
    """P(T+ <= k) for k = 0..N by enumerating all subsets of ranks 1..n."""
    total = n * (n + 1) // 2
    counts = [0] * (total + 1)
    for mask in range(1 << n):
        s = 0
        for i in range(n):
            if mask >> i & 1:
                s += i + 1
        counts[s] += 1
    cdf, running = [], 0
    for c in counts:
        running += c
        cdf.append(running / (1 << n))
    return cdf


def walsh(d, confidence):
    n = len(d)
    averages = sorted((d[i] + d[j]) / 2 for i in range(n) for j in range(i, n))
    total = len(averages)
    centre = float(np.median(averages))
    tail = (1 - confidence) / 2
    if n <= 16:
        cdf = signed_rank_cdf_brute(n)
        k = 0
        while k < (total + 1) // 2 and cdf[k] <= tail:
            k += 1
    else:
        sd = math.sqrt(n * (n + 1) * (2 * n + 1) / 24)
        z = stats.norm.ppf(1 - tail)
        k = min((total + 1) // 2, max(0, math.floor(total / 2 + 0.5 - z * sd)))
    if k == 0:
        return {"centre": centre, "lower": None, "upper": None, "rank": 0}
    return {"centre": centre, "lower": averages[k - 1], "upper": averages[total - k], "rank": k}


def main():
    out = []
    for case in json.load(sys.stdin):
        d = case["d"]
        zm = case.get("zero_method", "wilcox")
        corr = case.get("correction", False)
        p = {}
        for method in case["methods"]:
            p[method] = permutation_p(d, zm) if method == "permutation" else scipy_p(d, zm, corr, method)
        conf = case.get("confidence")
        out.append({"p": p, "r_plus": r_plus(d, zm), "walsh": walsh(d, conf) if conf else None})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
