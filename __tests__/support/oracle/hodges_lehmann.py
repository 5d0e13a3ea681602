"""Oracle for src/compare/interval.ts, computed independently of it.

The Hodges-Lehmann shift is numpy's median of all differences head_j - base_i; the bounds are the
k-th smallest and k-th largest differences, k the largest whole number with
P(U <= k - 1) <= (1 - confidence) / 2. P(U <= k) comes from exact integer counts built with the
q-Pascal rule [a, b] = [a-1, b-1] + q^b [a-1, b] (a different algorithm from the TypeScript one),
or, when "exact" is false, from the normal approximation with continuity correction,
k = floor(n1*n2/2 + 1/2 - z*sd).

stdin:  [{"base": [...], "head": [...], "confidence": 0.95, "exact": true}, ...]
stdout: [{"shift", "lower", "upper", "rank", "rankReal" (normal only, before floor)}, ...]
Also: [{"median": [...], "confidence": c}] cases give {"medianLower", "medianUpper"} from scipy's binomial.
"""
import json
import math
import sys
from fractions import Fraction

import numpy as np
from scipy import stats


def u_counts(m, n, upto):
    """Counts of U = 0..upto for sizes m, n (exact integers)."""
    # rows[b] is the q-binomial [a choose b] for the current a, truncated to degree `upto`.
    rows = [[1]] + [[0] for _ in range(m)]
    for a in range(1, m + n + 1):
        new = [[1]]
        for b in range(1, m + 1):
            if b > a:
                new.append([0])
                continue
            left = rows[b - 1]
            right = rows[b]
            length = min(upto + 1, max(len(left), len(right) + b))
            poly = [0] * length
            for k, c in enumerate(left[:length]):
                poly[k] += c
            for k, c in enumerate(right):
                if k + b >= length:
                    break
                poly[k + b] += c
            new.append(poly)
        rows = new
    counts = rows[m]
    return counts + [0] * (upto + 1 - len(counts))


def critical_rank(n1, n2, confidence, exact):
    tail = (1 - confidence) / 2
    total = n1 * n2
    if exact:
        half = total // 2
        counts = u_counts(min(n1, n2), max(n1, n2), half)
        arrangements = math.comb(n1 + n2, n1)
        bound = Fraction(tail) * arrangements
        k, below = 0, 0
        # Largest k with P(U <= k-1) <= tail.
        while k <= half and below + counts[k] <= bound:
            below += counts[k]
            k += 1
        return k, None
    sd = math.sqrt(total * (n1 + n2 + 1) / 12)
    real = total / 2 + 0.5 - stats.norm.ppf(1 - tail) * sd
    return min((total + 1) // 2, max(0, math.floor(real))), real


def median_interval(values, confidence):
    v = np.sort(np.asarray(values, dtype=float))
    n = len(v)
    tail = (1 - confidence) / 2
    rank = 0
    while rank < (n + 1) // 2 and stats.binom.cdf(rank, n, 0.5) <= tail:
        rank += 1
    rank = max(1, rank)
    return float(v[rank - 1]), float(v[n - rank])


def main():
    cases = json.load(sys.stdin)
    out = []
    for case in cases:
        if "median" in case:
            lo, hi = median_interval(case["median"], case["confidence"])
            out.append({"medianLower": lo, "medianUpper": hi})
            continue
        base = np.asarray(case["base"], dtype=float)
        head = np.asarray(case["head"], dtype=float)
        diffs = np.sort(np.subtract.outer(head, base).ravel())
        rank, real = critical_rank(len(base), len(head), case["confidence"], case["exact"])
        result = {"shift": float(np.median(diffs)), "rank": rank, "rankReal": real}
        if rank > 0:
            result["lower"] = float(diffs[rank - 1])
            result["upper"] = float(diffs[len(diffs) - rank])
        out.append(result)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
