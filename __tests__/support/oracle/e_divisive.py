"""Oracle for src/history/change-points.ts: the E-divisive energy statistic, written directly
from Matteson & James (2014), eq. (3)-(5), with numpy, independently of the TypeScript.

stdin:  {"statistics": [{"z": [...], "min_segment": k}, ...],
         "exact": [{"z": [...], "min_segment": k}, ...]}
stdout: {"statistics": [[Q(tau) for tau = k .. n-k], ...],
         "exact": [{"index": tau_hat, "q": Q(tau_hat), "p": exact permutation p-value}, ...]}

Q(tau) = tau (n - tau) / n * E(X, Y), X = z[:tau], Y = z[tau:], with
E = 2/(|X||Y|) sum |x - y| - C(|X|,2)^-1 sum_{i<j} |x_i - x_j| - C(|Y|,2)^-1 sum_{i<j} |y_i - y_j|.
The exact test works on the ranks of z (distinct values only): it enumerates every ordering of
the ranks (n! of them) and counts those whose largest Q is at least the observed largest Q,
P(max Q* >= max Q).
"""
import itertools
import json
import sys

import numpy as np
from scipy import stats


def q_values(z, k):
    z = np.asarray(z, dtype=float)
    n = len(z)
    out = []
    for tau in range(k, n - k + 1):
        x, y = z[:tau], z[tau:]
        a, b = len(x), len(y)
        between = np.abs(x[:, None] - y[None, :]).sum() * 2.0 / (a * b)
        within_x = np.abs(x[:, None] - x[None, :]).sum() / 2.0 / (a * (a - 1) / 2.0)
        within_y = np.abs(y[:, None] - y[None, :]).sum() / 2.0 / (b * (b - 1) / 2.0)
        out.append(a * b / n * (between - within_x - within_y))
    return out


def exact(z, k):
    z = list(stats.rankdata(z))
    q = q_values(z, k)
    best = int(np.argmax(q))
    observed = q[best]
    hits = 0
    total = 0
    for order in itertools.permutations(z):
        total += 1
        if max(q_values(order, k)) >= observed - 1e-9 * abs(observed):
            hits += 1
    return {"index": best + k, "q": observed, "p": hits / total}


request = json.load(sys.stdin)
json.dump(
    {
        "statistics": [q_values(c["z"], c["min_segment"]) for c in request.get("statistics", [])],
        "exact": [exact(c["z"], c["min_segment"]) for c in request.get("exact", [])],
    },
    sys.stdout,
)
