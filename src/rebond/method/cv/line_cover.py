"""Whether the CV shows one line of the ad's list: the CV line carrying its keywords, most of
its words on one CV line, and the judge's verdict over what the reader found
(`rebond.method.cv.judge`), else "in other words" when close enough in meaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rebond.method.cv import judge, tiers
from rebond.method.cv.judge import Reading
from rebond.method.cv.requirement_parts import How, Keyword, Requirement
from rebond.method.cv.terms import is_technical, phrase_key, token_keys, tokens
from rebond.method.skills.jobterms import JobTerm
from rebond.method.text.language import Lang

# Cosine between a requirement line and a CV line above which the CV says it in other words.
# Set on the development pairs (bench/cv_requirements.py); the encoder separates covered lines
# from the others only weakly, and a lower value calls nearly every line covered (figures in
# docs/cv.md, "Tuning history").
OTHER_WORDS_THRESHOLD = 0.30
# A requirement line whose content words are mostly on one CV line (bench/cv_requirements.py).
SAME_WORDS_MIN = 2
SAME_WORDS_SHARE = 0.5  # "SQL." alone is read through its keyword, not as a sentence


@dataclass(frozen=True)
class CvLines:
    """The CV's lines and the content stems of each, worked out once per check."""

    lines: list[str]
    stems: list[frozenset[str]]

    @classmethod
    def read(cls, lines: list[str], lang: Lang) -> CvLines:
        return cls(lines, [frozenset(stems(line, lang)) for line in lines])

    def all_stems(self) -> set[str]:
        return set().union(*self.stems)


def term_in(term: str, sentence_keys: dict[str, frozenset[tuple[str, ...]]], lang: Lang) -> bool:
    key = phrase_key(term, lang)
    return bool(key) and key in sentence_keys[lang]


def qualities_said(req: Requirement, evidence: str) -> tuple[Keyword, ...]:
    """A line the CV says as a whole says its qualities too ("Travail en équipe" / "esprit
    d'équipe"): they are shown by the same evidence, not left to check."""
    return tuple(
        replace(k, found=True, how="other_words", evidence=evidence) if k.how == "quality" else k
        for k in req.keywords
    )


def evidence_line(
    found: Sequence[Keyword],
    cv: CvLines,
    cv_keys: list[dict[str, frozenset[tuple[str, ...]]]],
    lang: Lang,
) -> str:
    """The CV line that carries the most of the keywords found."""
    best, best_count = "", 0
    for line, keys in zip(cv.lines, cv_keys, strict=True):
        count = sum(
            term_in(k.term, keys, lang) or bool(k.evidence and k.evidence in line) for k in found
        )
        if count > best_count:
            best, best_count = line, count
    if best:
        return best
    given = next((k.evidence for k in found if k.evidence), "")
    if given:
        return given
    # Found with its words apart or a modifier left out: the line sharing most of its words.
    wanted = {w for k in found for w in stems(k.term, lang)}
    scored = [(len(wanted & keys), line) for line, keys in zip(cv.lines, cv.stems, strict=True)]
    count, line = max(scored, default=(0, ""))
    return line if count else ""


def stems(text: str, lang: Lang) -> list[str]:
    return [k for k in token_keys([t.text for t in tokens(text)], lang) if k]


def same_words(
    requirements: list[Requirement], indexes: list[int], cv: CvLines, lang: Lang
) -> list[int]:
    """Lines whose content words are mostly on one CV line, in any form ("Saisir et contrôler
    les éléments variables de paie" / "Saisie et contrôle des éléments variables de paie"),
    are covered by it in place; the others are returned for the encoder."""
    lines = list(zip(cv.lines, cv.stems, strict=True))
    left = []
    for index in indexes:
        req = requirements[index]
        wanted = set(stems(req.text, lang))
        shared, line = max(((len(wanted & keys), line) for line, keys in lines), default=(0, ""))
        if wanted and shared >= SAME_WORDS_MIN and shared / len(wanted) >= SAME_WORDS_SHARE:
            how: How = "exact" if shared == len(wanted) else "variant"
            requirements[index] = Requirement(
                req.text, req.kind, req.weight, True, how, line, qualities_said(req, line)
            )
        else:
            left.append(index)
    return left


def read_lines(
    requirements: list[Requirement], cv: CvLines, lang: Lang, absent: dict[str, JobTerm]
) -> tuple[list[str], list[Reading | None]]:
    """What the reader found for each line (`judge.Reading`), with the CV lines it compared
    them to: their keywords, their words on one CV line, their meaning (the encoder)."""
    from rebond.method.learning.embeddings import cosine, encode

    pairs = [(c, keys) for c, keys in zip(cv.lines, cv.stems, strict=True) if len(c.split()) >= 2]
    lines = [c for c, _keys in pairs] or cv.lines
    line_stems = [keys for _c, keys in pairs] or cv.stems
    asked = [i for i, r in enumerate(requirements) if not r.dismissed]
    similarity = cosine(encode([requirements[i].text for i in asked]), encode(lines))
    found: list[Reading | None] = [None] * len(requirements)
    for row, index in enumerate(asked):
        req = requirements[index]
        wanted = set(stems(req.text, lang))
        shared = max((len(wanted & keys) for keys in line_stems), default=0)
        named = [k for k in req.keywords if k.how not in ("phrase", "quality")]
        found[index] = Reading(
            found=[k.term for k in named if k.found],
            absent=[k.term for k in named if not k.found],
            phrases=sum(1 for k in req.keywords if k.how in ("phrase", "quality") and not k.found),
            content_words=len(wanted),
            same_words_share=shared / len(wanted) if wanted else 0.0,
            same_words_count=shared,
            cosines=[float(v) for v in similarity[row]],
            kind=req.kind,
            keywords_cover=req.covered,
            french=lang == "fr",
            named_gap=any(
                tiers.named(absent[k.term]) for k in req.missing_keywords if k.term in absent
            ),
            shaped_gap=any(
                k.how == "phrase" and any(is_technical(t.text) for t in tokens(k.term))
                for k in req.missing_keywords
            ),
        )
    return lines, found


def verdicts(
    requirements: list[Requirement],
    readings: list[Reading | None],
    lines: list[str],
    uncovered: list[int],
) -> list[Requirement]:
    """Each line's verdict: the judge's when its weights ship (a line it finds only partly
    shown keeps its evidence, not covered), else a line not covered by its keywords is said
    in other words when close enough in meaning to a CV line and no named tool it asks for
    is absent."""
    weighed = judge.model() is not None
    updated = list(requirements)
    for index, reading in enumerate(readings):
        if reading is None:
            continue
        req = requirements[index]
        best = max(range(len(lines)), key=reading.cosines.__getitem__)
        value = reading.cosines[best]
        if weighed:
            covered = judge.shows(reading)
        else:
            covered = req.covered or (
                index in uncovered and value >= OTHER_WORDS_THRESHOLD and not reading.named_gap
            )
        if covered and not req.covered:
            updated[index] = replace(
                req,
                covered=True,
                how="other_words",
                evidence=lines[best],
                # its qualities are said too only when the sentence itself is close enough
                keywords=qualities_said(req, lines[best])
                if value >= OTHER_WORDS_THRESHOLD
                else req.keywords,
                score=round(value, 3),
            )
        elif req.covered and not covered:
            updated[index] = replace(req, covered=False)  # partly shown: evidence kept
    return updated
