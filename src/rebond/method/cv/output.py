"""Plain-data and plain-text forms of the CV reports, shared by the CLI and the JSON API."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rebond.method.cv.ats import Finding
from rebond.method.cv.bullets import BulletCheck
from rebond.method.cv.coverage import MatchResult
from rebond.method.cv.requirements import Keyword, RequirementCheck
from rebond.method.playbook import section
from rebond.method.text.language import Lang
from rebond.method.text.typography import french_typography


def match_data(result: MatchResult) -> dict[str, Any]:
    """`{"score", "matched", "missing", "findings", "explanation", ...}` for JSON.

    >>> from rebond.method.cv.coverage import match
    >>> data = match_data(match("SQL", "Analyst\\nProfil : SQL, Python", "en"))
    >>> data["score"], [m["term"] for m in data["matched"]], [m["term"] for m in data["missing"]]
    (0.5, ['SQL'], ['Python'])
    """
    return {
        "score": result.score,
        "matched": [asdict(m) for m in result.matched],
        "missing": [
            {
                "term": t.term,
                "weight": t.weight,
                "zone": t.zone,
                "occurrences": t.occurrences,
                "alternatives": list(t.alternatives),
            }
            for t in result.missing
        ],
        "findings": list(result.findings),
        "explanation": result.explanation,
        "matched_weight": result.matched_weight,
        "total_weight": result.total_weight,
    }


def _keyword(k: Keyword) -> dict[str, Any]:
    return {"term": k.term, "source": k.source, "kind": k.kind}


def requirements_data(result: RequirementCheck) -> dict[str, Any]:
    """The requirement-by-requirement answer as JSON (issue 21's shape, plus the arithmetic).

    >>> from rebond.method.cv.requirements import check
    >>> data = requirements_data(check("SQL", "Analyst\\nProfile:\\n- SQL\\n- Python", "en",
    ...                                other_words=False))
    >>> data["score"], [(r["text"], r["covered"]) for r in data["requirements"]]
    (0.5, [('SQL', True), ('Python', False)])
    >>> data["missing"]
    [{'term': 'Python', 'source': 'Python', 'kind': 'required'}]
    """
    return {
        "score": result.score,
        "requirements": [
            {
                "text": r.text,
                "kind": r.kind,
                "covered": r.covered,
                "how": r.how,
                "evidence": r.evidence or None,
                "keywords": [k.term for k in r.keywords],
                "missing_keywords": [k.term for k in r.missing_keywords],
                "dismissed": r.dismissed,
            }
            for r in result.requirements
        ],
        "missing": [_keyword(k) for k in result.missing],
        "to_check": [_keyword(k) for k in result.to_check],
        "matched": [
            {**_keyword(k), "how": k.how, "evidence": k.evidence or None} for k in result.matched
        ],
        "findings": list(result.findings),
        "explanation": result.explanation,
        "covered_weight": result.covered_weight,
        "total_weight": result.total_weight,
        "dismissed": list(result.dismissed),
    }


def requirement_lines(result: RequirementCheck, lang: Lang) -> list[str]:
    """The requirement view as plain text: the score's arithmetic, each line, the two tiers."""
    label = section(lang, "cv_requirements")
    report = section(lang, "cv_report")
    lines = [result.explanation, label["requirements"]]
    for r in result.requirements:
        mark = "ok" if r.covered else "~~" if r.partly else "--"
        lines.append(f"  [{mark}] {r.text}")
        quoted = f"« {r.evidence} »" if lang == "fr" else f"“{r.evidence}”"
        if r.covered:
            lines.append(f"       {_labelled(label['how_' + (r.how or 'exact')], quoted)}")
        gaps = ", ".join(k.term for k in r.missing_keywords)
        if r.partly:
            lines.append(f"       {_labelled(label['partly'], quoted)}")
        if not r.covered:
            lines.append(f"       {label['not_found']}" + (f" ({gaps})" if gaps else ""))
        elif gaps:
            lines.append(f"       {_labelled(label['not_found'], gaps)}")
    for name, items in (("missing", result.missing), ("to_check", result.to_check)):
        terms = ", ".join(k.term for k in items) or report["none"]
        lines.append(_labelled(label[name], terms))
    lines += [f"- {finding}" for finding in result.findings]
    return _spaced(lines, lang)


def finding_data(finding: Finding) -> dict[str, str]:
    return asdict(finding)


def bullet_data(check: BulletCheck) -> dict[str, Any]:
    data = asdict(check)
    data["issues"] = list(check.issues)
    data["ok"] = check.ok
    return data


def report_lines(findings: list[Finding], bullets: list[BulletCheck], lang: Lang) -> list[str]:
    """The readability findings and the bullet checks as indented plain-text lines.

    >>> report_lines([], [], "fr")
    ['Constats de lisibilité\u202f: 0', "Puces d'expérience (0 sur 0 à retravailler)"]
    """
    label = section(lang, "cv_report")
    lines = [label["readability"].format(count=len(findings))]
    for f in findings:
        where = f" [{f.where}]" if f.where else ""
        lines += [
            f"  [{label[f.severity]}] {f.what}{where}",
            f"      {_labelled(label['why'], f.why)}",
            f"      {_labelled(label['fix'], f.fix)}",
        ]
    weak = sum(1 for b in bullets if not b.ok)
    lines.append(label["bullets"].format(weak=weak, total=len(bullets)))
    for b in bullets:
        lines.append(f"  {'ok ' if b.ok else '!! '} {b.text}")
        lines += [f"      - {issue}" for issue in b.issues]
        if b.suggestion:
            lines.append(f"      {_labelled(label['pattern'], b.suggestion)}")
    return _spaced(lines, lang)


def match_lines(result: MatchResult, lang: Lang) -> list[str]:
    """The match as plain text: explanation, missing and found keywords, findings."""
    label = section(lang, "cv_report")
    missing = ", ".join(t.term for t in result.missing) or label["none"]
    found = ", ".join(m.term for m in result.matched) or label["none"]
    lines = [
        result.explanation,
        _labelled(label["missing"], missing),
        _labelled(label["found"], found),
        *(f"- {finding}" for finding in result.findings),
    ]
    return _spaced(lines, lang)


def _labelled(label: str, text: str) -> str:
    return f"{label}: {text}"


def _spaced(lines: list[str], lang: Lang) -> list[str]:
    """French lines get French typography (a narrow no-break space before : ; ! ?)."""
    return [french_typography(line) for line in lines] if lang == "fr" else lines
