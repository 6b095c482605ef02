"""Feedback loop, pure part (C3.3–C3.5): one import for the web, API and CLI layers.

- `classify` / `classify_many`: theme, dimension, polarity, nature and cause of a statement;
- `group`, `rank_points`, `strengths`: recurring points ranked by impact × frequency, and the
  strengths journal;
- `split_statements`: a pasted recruiter e-mail cut into feedback statements.
"""

from rebond.method.feedback.classifier import (
    Correction,
    FeedbackLabels,
    FeedbackModel,
    classify,
    classify_many,
    cue_counts,
    load_training_examples,
    train_model,
)
from rebond.method.feedback.email import (
    Reading,
    ReadPiece,
    read_email,
    split_statements,
    split_statements_with_lang,
)
from rebond.method.feedback.groups import FeedbackItem, centres, group
from rebond.method.feedback.points import RecurringPoint, rank_points, strengths
from rebond.method.feedback.settings import (
    CAUSES,
    DIMENSIONS,
    NATURES,
    POLARITIES,
    THEMES,
)
from rebond.method.feedback.split import MAX_EMAIL_CHARS, Statement

__all__ = [
    "CAUSES",
    "DIMENSIONS",
    "MAX_EMAIL_CHARS",
    "NATURES",
    "POLARITIES",
    "THEMES",
    "Correction",
    "FeedbackItem",
    "FeedbackLabels",
    "FeedbackModel",
    "ReadPiece",
    "Reading",
    "RecurringPoint",
    "Statement",
    "centres",
    "classify",
    "classify_many",
    "cue_counts",
    "group",
    "load_training_examples",
    "rank_points",
    "read_email",
    "split_statements",
    "split_statements_with_lang",
    "strengths",
    "train_model",
]
