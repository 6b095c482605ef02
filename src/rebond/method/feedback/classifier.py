"""Classify one feedback statement: theme, checklist dimension, polarity, nature, cause (C3.3).

How it decides, so that a coach can follow it:
- a sentence vector (multilingual, so French and English share one space), a handful of
  transparent cue counts from the playbook ("manquait de", "could have been", "nous avons
  apprécié"…) and the sentence's hashed word stems with negation marked (`word_features`:
  "aucune erreur" is not "erreur") feed one small softmax regression per field, trained on the
  labelled examples shipped in `data/feedback/` (the project's first examples and the train
  writers of bench/feedback_corpus.py); the trained weights ship with them (`model_store`);
- theme and dimension are chosen together among the pairs the playbook allows;
- rules that hold by definition are applied last: a strength has no cause, and what lies
  outside the candidate's reach (theme `context`) is structural;
- statements classified together that are near-paraphrases pool their dimension evidence
  (`feedback_paraphrase`), so two wordings of one point do not get two dimensions;
- the person's own corrections act as nearest neighbours that override the model on similar
  statements, fully above `correction_exact` similarity, fading out at `correction_floor`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from rebond.method.feedback.paraphrase import MAX_POOLED, centred, pool_dimensions
from rebond.method.feedback.settings import (
    CAUSES,
    CUE_KINDS,
    DIMENSIONS,
    NATURES,
    POLARITIES,
    THEMES,
    settings,
)
from rebond.method.learning import embeddings, model_store
from rebond.method.learning.regression import fit_with_words, softmax
from rebond.method.learning.word_features import Bag, bag, negated
from rebond.method.text.language import Lang, detect_many, fold, normalise_lang

_DATA = Path(__file__).parents[1] / "data" / "feedback"
# The project's first examples, then statements of the writers' corpus (train writers only:
# bench/feedback_corpus.py --build).
TRAINING_FILES = (_DATA / "train.jsonl", _DATA / "train_writers.jsonl")
# Weights trained from them, shipped so that the first use trains nothing (model_store).
SHIPPED_MODEL = _DATA / "model.npz"
FIELDS: dict[str, tuple[str, ...]] = {
    "theme": THEMES,
    "dimension": DIMENSIONS,
    "polarity": POLARITIES,
    "nature": NATURES,
    "cause": CAUSES,
}
# How much the hashed words count next to the sentence vector, per field (chosen on the dev
# writers, bench/feedback_writers.py): words read negation ("aucune erreur") that vectors blur.
WORD_SCALE = {"theme": 2.0, "dimension": 4.0, "polarity": 8.0, "nature": 2.0, "cause": 3.0}
# Cue counts are few and strong; this scale lets them matter next to 512 small embedding values.
_CUE_SCALE = 0.5
_L2 = 1e-3
_STEPS = 300
# Principal directions shared by every feedback sentence, removed before grouping.
_COMMON = 2

Matrix = NDArray[np.float64]
# (statement text, field name, corrected value) as the person entered it earlier.
Correction = tuple[str, str, str | None]


@dataclass(frozen=True)
class FeedbackLabels:
    """The labels of one statement; `confidence` maps each field to the model's probability."""

    theme: str
    dimension: str
    polarity: str
    nature: str
    cause: str | None
    lang: Lang
    confidence: dict[str, float] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class FeedbackModel:
    """One softmax regression per field over [sentence vector, cue counts, bias].

    `mean` and `common` (the training vectors' mean and main principal directions) let the
    grouping remove what all feedback sentences share ("your … was …") before comparing them.
    """

    weights: dict[str, Matrix]
    mean: NDArray[np.float32]
    common: NDArray[np.float32]
    # Per field, the weights of the hashed words (`word_features`), times `WORD_SCALE[field]`.
    word_weights: dict[str, Matrix]

    def probabilities(self, x: Matrix, words: Bag) -> dict[str, Matrix]:
        return {
            name: softmax(x @ w + WORD_SCALE[name] * words.dot(self.word_weights[name]))
            for name, w in self.weights.items()
        }


def cue_counts(text: str, lang: Lang) -> list[float]:
    """How many cues of each kind (playbook `[feedback.cues]`) the text contains, capped at 2.

    >>> cue_counts("Vos exemples manquaient de chiffres.", "fr")[:3]
    [1.0, 0.0, 0.0]
    """
    folded = fold(text)
    cues = settings(lang).cues
    return [float(min(2, sum(1 for p in cues[k] if p.search(folded)))) for k in CUE_KINDS]


def _features(vectors: NDArray[np.float32], texts: Sequence[str], langs: Sequence[Lang]) -> Matrix:
    cues = np.array([cue_counts(t, lang) for t, lang in zip(texts, langs, strict=True)])
    cues = cues.reshape(len(texts), len(CUE_KINDS)) * _CUE_SCALE
    bias = np.ones((len(texts), 1))
    return np.hstack([vectors.astype(np.float64), cues, bias])


def train_model(
    examples: Sequence[dict[str, Any]], vectors: NDArray[np.float32] | None = None
) -> FeedbackModel:
    """Fit the per-field regressions on labelled rows (text, lang and the five fields)."""
    texts = [str(e["text"]) for e in examples]
    langs: list[Lang] = [normalise_lang(str(e.get("lang"))) or "fr" for e in examples]
    vecs = embeddings.encode(texts) if vectors is None else vectors
    x = _features(vecs, texts, langs)
    words = bag(texts, langs)
    weights: dict[str, Matrix] = {}
    word_weights: dict[str, Matrix] = {}
    for name, classes in FIELDS.items():
        rows = [i for i, e in enumerate(examples) if e.get(name) in classes]
        y = np.array([classes.index(examples[i][name]) for i in rows], dtype=np.int64)
        weights[name], word_weights[name] = fit_with_words(
            x[rows],
            words.take(rows),
            y,
            len(classes),
            word_scale=WORD_SCALE[name],
            l2=_L2,
            steps=_STEPS,
        )
    mean = vecs.mean(axis=0)
    _, _, directions = np.linalg.svd(vecs - mean, full_matrices=False)
    return FeedbackModel(
        weights, mean.astype(np.float32), directions[:_COMMON].astype(np.float32), word_weights
    )


def load_training_examples() -> list[dict[str, Any]]:
    """The labelled examples shipped with the package."""
    rows = []
    for path in TRAINING_FILES:
        with path.open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return rows


def model_digest() -> str:
    """What the shipped model is a function of: the examples, the cue patterns of both
    playbooks, the code that turns a text into features and the encoder's version."""
    cues = [
        f"{lang}:{kind}:{[p.pattern for p in patterns]}"
        for lang in ("fr", "en")
        for kind, patterns in settings(lang).cues.items()
    ]
    # features: cues, folding
    method = Path(__file__).parents[1]
    helpers = ("text/language.py", "learning/word_features.py", "learning/regression.py")
    code = [Path(__file__), *(method / name for name in helpers)]
    return model_store.digest((*TRAINING_FILES, *code), *cues)


def model_arrays(model: FeedbackModel) -> dict[str, NDArray[Any]]:
    return (
        {"mean": model.mean, "common": model.common}
        | {f"w_{name}": w for name, w in model.weights.items()}
        | {f"v_{name}": v for name, v in model.word_weights.items()}
    )


@cache
def shipped_model() -> FeedbackModel:
    """The model trained on the packaged examples, once per process (about 3 s), and kept on
    disk under a digest of everything it depends on, so that later runs only read it."""
    names = ["mean", "common", *(f"{k}_{name}" for name in FIELDS for k in "wv")]
    arrays = model_store.kept(
        "feedback-model",
        model_digest(),
        names,
        lambda: model_arrays(train_model(load_training_examples())),
        shipped=SHIPPED_MODEL,
    )
    weights = {name: arrays[f"w_{name}"] for name in FIELDS}
    word_weights = {name: arrays[f"v_{name}"] for name in FIELDS}
    return FeedbackModel(weights, arrays["mean"], arrays["common"], word_weights)


def _apply_corrections(
    probs: dict[str, Matrix],
    vectors: NDArray[np.float32],
    corrections: Sequence[Correction],
    lang: Lang,
) -> None:
    """Blend each field's probabilities toward the value of the most similar correction."""
    conf = settings(lang)
    usable = [c for c in corrections if c[1] in FIELDS and c[2] in FIELDS[c[1]]]
    if not usable:
        return
    corr_vectors = embeddings.encode([c[0] for c in usable])
    similarity = embeddings.cosine(vectors, corr_vectors).astype(np.float64)
    span = conf.correction_exact - conf.correction_floor
    for name, classes in FIELDS.items():
        cols = [j for j, c in enumerate(usable) if c[1] == name]
        if not cols:
            continue
        sims = similarity[:, cols]
        best = sims.argmax(axis=1)
        weight = np.clip((sims.max(axis=1) - conf.correction_floor) / span, 0.0, 1.0)[:, None]
        target = np.zeros_like(probs[name])
        # Later corrections of the same text replace earlier ones: argmax keeps the first, so
        # corrections are scanned from the newest.
        values = [usable[cols[k]][2] for k in range(len(cols))]
        target[np.arange(len(best)), [classes.index(str(values[k])) for k in best]] = 1.0
        probs[name] = (1.0 - weight) * probs[name] + weight * target


def _polarity_rule(polarity: str, cues: list[float], text: str, lang: Lang) -> str:
    """Criticism whatever praise words it holds: a regret in the conditional ("nous aurions
    apprécié des chiffres", "could have been more"), or a praise word inside a negation's scope
    ("n'a pas convaincu", "not impressed"). A negated criticism is not criticism ("aucune
    erreur", "never rambled"): that one the model reads."""
    if polarity != "strength":
        return polarity
    if cues[CUE_KINDS.index("regret")]:
        return "weakness"
    scope = negated(text)
    praise = settings(lang).cues["strength"]
    if scope and any(p.search(scope) for p in praise):
        return "weakness"
    return polarity


def _decode_all(
    probs: dict[str, Matrix], texts: Sequence[str], langs: Sequence[Lang], cues: Matrix
) -> list[FeedbackLabels]:
    """Labels of every row: the arg-maxes are taken for all rows at once, per language (each
    playbook says which dimensions a theme allows); the rules then apply row by row."""
    best_pair = np.zeros(len(langs), dtype=np.int64)
    pairs_of: dict[Lang, list[tuple[str, str]]] = {}
    for lang in dict.fromkeys(langs):
        themes = settings(lang).themes
        pairs = pairs_of[lang] = [(t, d) for t in THEMES for d in themes[t]]
        rows = np.array([k for k, g in enumerate(langs) if g == lang])
        theme_cols = np.array([THEMES.index(t) for t, _ in pairs])
        dimension_cols = np.array([DIMENSIONS.index(d) for _, d in pairs])
        joint: Matrix = np.multiply(
            probs["theme"][np.ix_(rows, theme_cols)],
            probs["dimension"][np.ix_(rows, dimension_cols)],
        )
        best_pair[rows] = joint.argmax(axis=1)
    top = {name: probs[name].argmax(axis=1) for name in ("polarity", "nature", "cause")}
    top_p = {name: probs[name].max(axis=1) for name in ("polarity", "nature")}
    cue_rows = cues.tolist()
    found = []
    for i, lang in enumerate(langs):
        theme, dimension = pairs_of[lang][best_pair[i]]
        polarity = POLARITIES[top["polarity"][i]]
        if top_p["polarity"][i] < 1.0:  # a full-weight correction is never overruled
            polarity = _polarity_rule(polarity, cue_rows[i], texts[i], lang)
        cause: str | None = CAUSES[top["cause"][i]]
        if theme == "context":
            cause = "structural"  # outside the candidate's reach by definition
        if polarity == "strength":
            cause = None
        confidence = {
            "theme": float(probs["theme"][i, THEMES.index(theme)]),
            "dimension": float(probs["dimension"][i, DIMENSIONS.index(dimension)]),
            "polarity": float(top_p["polarity"][i]),
            "nature": float(top_p["nature"][i]),
            "cause": 1.0 if cause is None else float(probs["cause"][i, CAUSES.index(cause)]),
        }
        nature = NATURES[top["nature"][i]]
        found.append(FeedbackLabels(theme, dimension, polarity, nature, cause, lang, confidence))
    return found


def classify_many(
    texts: Sequence[str],
    lang: str | None = None,
    corrections: Sequence[Correction] = (),
    *,
    vectors: NDArray[np.float32] | None = None,
    model: FeedbackModel | None = None,
) -> list[FeedbackLabels]:
    """Labels for many statements at once (one encoder pass); `lang=None` detects each one.

    Statements classified together are read together: near-paraphrases among them share one
    dimension (`feedback_paraphrase`).

    `vectors` may carry precomputed `embeddings.encode(texts)`; `model` replaces the shipped one
    (evaluation only). `corrections` are the person's earlier (text, field, value) fixes, newest
    last.
    """
    if not texts:
        return []
    given = normalise_lang(lang)
    langs: list[Lang] = [given] * len(texts) if given else detect_many(list(texts))
    vecs = embeddings.encode(list(texts)) if vectors is None else vectors
    fitted = model or shipped_model()
    x = _features(vecs, texts, langs)
    probs = fitted.probabilities(x, bag(texts, langs))
    cues = x[:, vecs.shape[1] : vecs.shape[1] + len(CUE_KINDS)]
    _apply_corrections(probs, vecs, list(reversed(corrections)), given or "fr")
    if 1 < len(set(texts)) <= MAX_POOLED:  # near-paraphrases share one dimension
        sides = [lab.polarity == "strength" for lab in _decode_all(probs, texts, langs, cues)]
        probs["dimension"] = pool_dimensions(
            probs["dimension"],
            centred(vecs, fitted.mean, fitted.common),
            texts,
            sides,
            settings(given or "fr").paraphrase_threshold,
        )
    return _decode_all(probs, texts, langs, cues)


def classify(
    text: str, lang: str | None = None, corrections: Sequence[Correction] = ()
) -> FeedbackLabels:
    """Labels of one statement, French or English.

    >>> labels = classify("Vos exemples sont restés trop généraux.")
    >>> labels.dimension, labels.polarity, labels.cause
    ('examples', 'weakness', 'improvable')
    """
    return classify_many([text], lang, corrections)[0]
