"""Results-oriented bullets: action verb first, a figure, no weak opening (C8.2).

A bullet passes when it opens on an action verb (any conjugated form, or the action noun
French CVs favour: "Piloté", "Pilotage de", "J'ai piloté", "Led", "Leading") and states a
quantity. The suggestion is a rewrite *pattern* built from the bullet's own words: the check
never invents a figure the person did not write.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rebond.method.cv.config import BulletVocabulary, bullet_vocabulary
from rebond.method.cv.extract import Line
from rebond.method.cv.sections import find_periods, split_sections
from rebond.method.speech.spoken import has_figure
from rebond.method.text.language import SUPPORTED, Lang, detect, fold, lemma, stems, words

_MARKER = re.compile(r"^\s*[-•*–—▪●◦·>✓]+\s*")
_QUANTITY = re.compile(r"[%€$£×]|\b\d+\s?[kKmM]\b|\bx\s?\d")


@dataclass(frozen=True)
class BulletCheck:
    """What one bullet shows and lacks; `issues` are the playbook's sentences, in order."""

    text: str
    action_verb: str | None
    weak_opening: str | None
    has_figure: bool
    issues: tuple[str, ...]
    suggestion: str | None

    @property
    def ok(self) -> bool:
        return not self.issues


@cache
def _verb_keys(lang: Lang) -> tuple[frozenset[str], frozenset[str]]:
    vocabulary = bullet_vocabulary(lang)
    verbs = [fold(v) for v in vocabulary.action_verbs]
    nouns = [fold(n) for n in vocabulary.action_nouns]
    return frozenset(verbs), frozenset(stems(verbs + nouns, lang))


def _is_action_word(word: str, lang: Lang) -> bool:
    folded = fold(word)
    exact, stemmed = _verb_keys(lang)
    if folded in exact:
        return True
    base = lemma(word, lang)
    return base in exact or bool({*stems([folded, base], lang)} & stemmed)


def _skipped(text: str, vocabulary: BulletVocabulary) -> list[str]:
    skip = {fold(w) for w in vocabulary.skip_words}
    tokens = words(text)
    while tokens and fold(tokens[0]) in skip:
        tokens = tokens[1:]
    return tokens


def check_bullet(text: str, lang: Lang | None = None) -> BulletCheck:
    """Check one bullet; messages in `lang` (detected when None). Both languages' verbs count.

    >>> check_bullet("Piloté la refonte du site, +35 % de conversion", "fr").ok
    True
    >>> c = check_bullet("Responsable de la relation client", "fr")
    >>> c.weak_opening, c.has_figure
    ('responsable de', False)
    >>> c.suggestion.split(" + ")[:2]
    ["[verbe d'action]", 'la relation client']
    """
    lang = lang or detect(text, default="fr")
    vocabulary = bullet_vocabulary(lang)
    body = _MARKER.sub("", text).strip()
    folded = fold(body)
    # Both languages' weak openings: a French bullet in an English CV is still weak.
    openings = [w for other in (lang, *SUPPORTED) for w in bullet_vocabulary(other).weak_openings]
    weak = next(
        (
            w
            for w in sorted(openings, key=len, reverse=True)
            if re.match(rf"{re.escape(fold(w))}(?!\w)", folded)
        ),
        None,
    )
    tokens = _skipped(body, vocabulary)
    verb = None
    if tokens and weak is None:
        first = tokens[0]
        if any(_is_action_word(first, other) for other in (lang, *SUPPORTED)):
            verb = first
    figure = has_figure(body) or bool(_QUANTITY.search(body))
    issues = []
    if weak is not None:
        issues.append(vocabulary.weak_opening.format(opening=weak))
    elif verb is None:
        issues.append(vocabulary.no_verb)
    if not figure:
        issues.append(vocabulary.no_figure)
    return BulletCheck(
        body, verb, weak, figure, tuple(issues), _suggest(body, weak, verb, issues, vocabulary)
    )


def _suggest(
    body: str, weak: str | None, verb: str | None, issues: list[str], vocabulary: BulletVocabulary
) -> str | None:
    if not issues:
        return None
    parts = [p.strip() for p in vocabulary.rewrite_pattern.split("+")]
    if len(parts) != 3:
        return vocabulary.rewrite_pattern
    remainder = body[len(weak) :].strip(" :,") if weak else body
    if verb is not None:
        # Keep the person's verb and object; only the measured result is missing.
        return f"{remainder} + {parts[2]}"
    return f"{parts[0]} + {remainder} + {parts[2]}"


def experience_bullets(lines: Sequence[Line]) -> list[str]:
    """The bullets of the experience sections, wrapped lines joined, role/date lines skipped."""
    bullets: list[str] = []
    for section in split_sections(lines):
        if section.kind != "experience":
            continue
        texts = [line.text for line in section.lines]
        marked = any(_MARKER.match(t) for t in texts)
        for index, text in enumerate(texts):
            following = texts[index + 1] if index + 1 < len(texts) else ""
            continuation = bool(bullets) and text[:1].islower() and not _MARKER.match(text)
            if continuation:
                bullets[-1] = f"{bullets[-1]} {text}"
            elif marked:
                if _MARKER.match(text):
                    bullets.append(_MARKER.sub("", text))
            elif not find_periods(text) and not _is_date_line(following) and len(words(text)) >= 3:
                bullets.append(text)
    return bullets


def _is_date_line(text: str) -> bool:
    periods = find_periods(text)
    return bool(periods) and len(words(text)) <= 2 * len(periods) + 3


def check_bullets(lines: Sequence[Line], lang: Lang | None = None) -> list[BulletCheck]:
    """`check_bullet` for every experience bullet of a CV, in order."""
    text = "\n".join(line.text for line in lines)
    lang = lang or detect(text, default="fr")
    return [check_bullet(b, lang) for b in experience_bullets(lines)]
