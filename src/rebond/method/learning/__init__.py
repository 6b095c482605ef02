"""The small learned parts of the method: sentence vectors, logistic regressions, linkage
clustering, word features and the store of trained models (numpy only)."""
