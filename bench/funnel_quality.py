"""Quality and speed of the funnel statistics, on simulated job searches with known truth.

Run from the repository root:  .venv/bin/python bench/funnel_quality.py
Everything is seeded, so the figures are reproducible. No real person's data is involved:
the true conversion rates are drawn by the simulation, which is what lets us score the
methods (a real data set never tells us the true rate).

1. Interval coverage: how often the 95% Wilson / Jeffreys intervals contain the true rate.
2. Experiment verdicts: how often `compare` calls a difference when there is none (should
   stay under 5%), and how often it finds a real one, per period size.
3. Sweet spot: error and ranking quality of shrunk vs raw rates against the true rates.
4. Speed of compare(), funnel() and agenda().
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import numpy as np
from scipy import stats

from rebond.method.agenda import DueItem, agenda
from rebond.method.funnel import FunnelCounts, funnel
from rebond.method.funnel.experiments import compare
from rebond.method.funnel.stats import jeffreys_interval, wilson_interval
from rebond.method.funnel.sweet_spot import Segment, sweet_spot

RNG = np.random.default_rng(20261122)


def coverage() -> None:
    print("1. 95% interval coverage (exact, summed over the binomial distribution)")
    print(f"   {'n':>4} {'p':>5} {'wilson':>7} {'jeffreys':>8}")
    for n in (10, 30, 100):
        for p in (0.05, 0.2, 0.5):
            weights = stats.binom.pmf(np.arange(n + 1), n, p)
            covered = {"wilson": 0.0, "jeffreys": 0.0}
            for k, weight in enumerate(weights):
                for name, method in (("wilson", wilson_interval), ("jeffreys", jeffreys_interval)):
                    c = method(k, n)
                    covered[name] += weight * (c.low <= p <= c.high)
            print(f"   {n:>4} {p:>5} {covered['wilson']:>7.3f} {covered['jeffreys']:>8.3f}")


def verdicts(runs: int = 400) -> None:
    print(f"\n2. Experiment verdicts over {runs} simulated experiments per row")
    print(f"   {'baseline':>8} {'trial':>6} {'n/arm':>5}  outcome shares")
    for base, trial in ((0.15, 0.15), (0.10, 0.30), (0.15, 0.25)):
        for n in (20, 40, 80):
            outcomes: Counter[str] = Counter()
            for _ in range(runs):
                b, t = int(RNG.binomial(n, base)), int(RNG.binomial(n, trial))
                outcomes[compare((b, n), (t, n)).outcome] += 1
            shares = ", ".join(f"{k} {v / runs:.2f}" for k, v in sorted(outcomes.items()))
            print(f"   {base:>8} {trial:>6} {n:>5}  {shares}")


def sweet_spot_quality(searches: int = 300) -> None:
    print(f"\n3. Sweet spot over {searches} simulated searches (6 sectors, 1-40 applications)")
    raw_error, shrunk_error, raw_top, shrunk_top = [], [], 0, 0
    raw_rho, shrunk_rho = [], []
    for _ in range(searches):
        truth = RNG.beta(2, 8, size=6)
        sizes = RNG.integers(1, 41, size=6)
        hits = RNG.binomial(sizes, truth)
        segments = [
            Segment("sector", str(i), int(h), int(n))
            for i, (h, n) in enumerate(zip(hits, sizes, strict=True))
        ]
        scores = {int(s.value): s for s in sweet_spot(segments)}
        raw = np.array([scores[i].raw_rate for i in range(6)], dtype=float)
        shrunk = np.array([scores[i].shrunk_rate for i in range(6)])
        raw_error.append(np.mean((raw - truth) ** 2))
        shrunk_error.append(np.mean((shrunk - truth) ** 2))
        best = int(np.argmax(truth))
        raw_top += int(np.argmax(raw)) == best
        shrunk_top += min(scores.values(), key=lambda s: s.rank).value == str(best)
        raw_rho.append(stats.spearmanr(raw, truth).statistic)
        shrunk_rho.append(stats.spearmanr(shrunk, truth).statistic)
    print(
        f"   mean squared error   raw {np.mean(raw_error):.4f}   shrunk {np.mean(shrunk_error):.4f}"
    )
    rho_raw, rho_shrunk = np.nanmean(raw_rho), np.nanmean(shrunk_rho)
    print(f"   Spearman vs truth    raw {rho_raw:.3f}    shrunk {rho_shrunk:.3f}")
    top_raw, top_shrunk = raw_top / searches, shrunk_top / searches
    print(f"   picks the true best  raw {top_raw:.2f}     shrunk {top_shrunk:.2f}")


def speed() -> None:
    print("\n4. Speed (this machine)")
    start = time.perf_counter()
    for _ in range(200):
        compare((31, 150), (45, 150))
    print(
        f"   compare 150 vs 150 applications: {(time.perf_counter() - start) / 200 * 1000:.2f} ms"
    )
    start = time.perf_counter()
    for _ in range(200):
        funnel(FunnelCounts(400, 90, 30, 4), method="jeffreys")
    print(
        f"   funnel with Jeffreys intervals:   {(time.perf_counter() - start) / 200 * 1000:.2f} ms"
    )
    now = datetime(2026, 3, 10, 12, tzinfo=UTC)
    items = [
        DueItem("keep_warm", now + timedelta(hours=7 * i - 3000), None, "keep_warm", str(i))
        for i in range(1000)
    ]
    start = time.perf_counter()
    agenda(items, now, "Europe/Paris")
    print(f"   agenda of 1,000 items:            {(time.perf_counter() - start) * 1000:.1f} ms")


if __name__ == "__main__":
    coverage()
    verdicts()
    sweet_spot_quality()
    speed()
