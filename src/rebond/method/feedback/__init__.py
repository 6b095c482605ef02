"""Feedback loop, pure part (C3.3–C3.5), one module per step:

- `email`, `split`, `gate`: a pasted message or an .eml read, feedback kept, the rest set aside;
- `classifier`: theme, dimension, polarity, nature and cause of a statement (`classify_many`);
- `groups`, `metric`, `paraphrase`, `points`: recurring points ranked by impact × frequency,
  and the strengths journal;
- `settings`, `sources`, `due`, `batch`: the playbook's table, who gave it, what is due, many
  lines at once.

Nothing is imported here: a package's `__init__` runs whenever one of its modules is imported,
and what is due after a rejection must not load the classifier's numpy.
"""
