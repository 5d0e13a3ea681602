"""Oracle for src/compare/normal.ts: scipy.stats.norm.

stdin:  {"z": [...], "p": [...]}
stdout: {"sf": [...], "cdf": [...], "ppf": [...]}
"""
import json
import sys

from scipy import stats


def main():
    data = json.load(sys.stdin)
    json.dump(
        {
            "sf": [float(stats.norm.sf(z)) for z in data["z"]],
            "cdf": [float(stats.norm.cdf(z)) for z in data["z"]],
            "ppf": [float(stats.norm.ppf(p)) for p in data["p"]],
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
