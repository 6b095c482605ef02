"""Plain-data and plain-text forms of the CV reports, shared by the CLI and the JSON API."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rebond.method.cv_ats import Finding
from rebond.method.cv_bullets import BulletCheck
from rebond.method.cv_match import MatchResult


def match_data(result: MatchResult) -> dict[str, Any]:
    """`{"score", "matched", "missing", "findings", "explanation", ...}` for JSON.

    >>> from rebond.method.cv_match import match
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


def finding_data(finding: Finding) -> dict[str, str]:
    return asdict(finding)


def bullet_data(check: BulletCheck) -> dict[str, Any]:
    data = asdict(check)
    data["issues"] = list(check.issues)
    data["ok"] = check.ok
    return data


def report_lines(findings: list[Finding], bullets: list[BulletCheck]) -> list[str]:
    """The readability findings and the bullet checks as indented plain-text lines."""
    lines = [f"Readability ({len(findings)} finding{'s' if len(findings) != 1 else ''})"]
    for f in findings:
        where = f" [{f.where}]" if f.where else ""
        lines += [f"  [{f.severity}] {f.what}{where}", f"      why: {f.why}", f"      fix: {f.fix}"]
    weak = sum(1 for b in bullets if not b.ok)
    lines.append(f"Bullets ({weak} of {len(bullets)} to improve)")
    for b in bullets:
        lines.append(f"  {'ok ' if b.ok else '!! '} {b.text}")
        lines += [f"      - {issue}" for issue in b.issues]
        if b.suggestion:
            lines.append(f"      pattern: {b.suggestion}")
    return lines
