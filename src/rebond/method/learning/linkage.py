"""Average-linkage clustering with a stopping threshold, for similarity matrices (numpy only)."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray


def average_linkage(similarity: NDArray[np.float32], threshold: float) -> NDArray[np.int64]:
    """Cluster ids from average linkage, merging while the best mean similarity ≥ threshold.

    Nearest-neighbour chain (O(n²) time, no full scan per merge): follow each cluster's most
    similar partner until two clusters are each other's best; merge them if they are similar
    enough, otherwise retire both, since average linkage never brings them closer to anyone.
    """
    n = similarity.shape[0]
    parent = np.arange(n)
    sim = np.array(similarity, dtype=np.float32)
    np.fill_diagonal(sim, -np.inf)
    size = np.ones(n)
    alive = list(range(n))
    retired = np.zeros(n, dtype=bool)
    chain: list[int] = []
    # Only columns are blanked when a cluster leaves: its row is never read again.
    while True:
        if not chain:
            while alive and retired[alive[-1]]:
                alive.pop()
            if not alive:
                break
            chain.append(alive[-1])
        a = chain[-1]
        row = sim[a]
        b = int(row.argmax())
        best = float(row[b])
        if best == -np.inf:  # nobody left to merge with
            retired[a] = True
            chain.pop()
            continue
        if len(chain) > 1 and row[chain[-2]] >= best:
            b = chain[-2]
        if len(chain) < 2 or b != chain[-2]:
            chain.append(b)
            continue
        chain.pop()
        chain.pop()
        if best < threshold:
            retired[[a, b]] = True
            sim[:, [a, b]] = -np.inf
            continue
        merged = (size[a] * row + size[b] * sim[b]) / (size[a] + size[b])
        merged[a] = -np.inf
        sim[a, :] = merged
        sim[:, a] = merged
        sim[:, b] = -np.inf
        size[a] += size[b]
        retired[b] = True
        parent[b] = a
    for k in range(n):  # follow merges to each statement's final cluster
        root = k
        while parent[root] != root:
            root = parent[root]
        parent[k] = root
    return parent
