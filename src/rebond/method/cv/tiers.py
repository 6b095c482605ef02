"""Which tier a keyword the CV lacks goes in: `missing` (a name the person can look for and
add: a tool, an acronym, a language or tool of the vocabulary, a capitalised name inside a
sentence) or `to_check` (the rest: fields, methods, qualities, plain phrases, a kind before
its examples, a piece of a list). The figures are in docs/cv.md ("Tuning history").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from typing import Literal

from rebond.method import playbook
from rebond.method.cv.terms import fold, is_technical, tokens
from rebond.method.skills.jobterms import JobTerm
from rebond.method.skills.playbook import skills_playbook
from rebond.method.text.language import SUPPORTED

Kind = Literal["required", "nice", "duty"]
# Kinds of the skills vocabulary that name a thing, not a field: confident when absent.
NAMED_KINDS = frozenset({"language", "tool"})
# The word tables are the playbook's (`[cv_tiers]` of every language, read together).
_TABLE = "cv_tiers"
# An acronym with a plural "s" is a common noun: "CFOs", "POs", "RFQs" (people, documents).
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def in_tables(name: str, term: JobTerm | None) -> bool:
    """A skill of the vocabulary or the concept table (a term the CV has: a known one)."""
    return term is None or term.skill is not None or term.concept is not None


def named(term: JobTerm) -> bool:
    """A named thing: a tool, an acronym, a language or tool of the vocabulary, or a phrase
    with a capitalised word after its first ("Quality Risk Management")."""
    words = [t.text for t in tokens(term.term)]
    if listed(term):
        return True
    return any(is_technical(w) for w in words) or any(w[:1].isupper() for w in words[1:])


def listed(term: JobTerm) -> bool:
    """A skill of the vocabulary that names a thing one can look for: a language or a tool
    ("l'allemand", "Terraform"). A field, a method or a quality of the vocabulary ("customer
    service", "project management", "stakeholder management") or a concept alone is a field
    to check, unless its shape names it (`named`)."""
    return vocabulary_kind(term) in NAMED_KINDS


def vocabulary_kind(term: JobTerm) -> str | None:
    """The vocabulary's kind of a term: a human or programming language, a tool, …"""
    kinds = (skills_playbook(lang).kinds.get(term.skill or "") for lang in ("fr", "en"))
    return next((k for k in kinds if k), None)


def name_shaped(term: str, source: str, lowercase: Collection[str]) -> bool:
    """A name by its shape: a capitalised word inside the sentence (not its first), that the
    ad never writes in lower case ("refonte de l'outil d'entretiens sur Lucca", "macOS
    support with Jamf"); the ad's places, people, employer and roles are already set aside
    (`ad_names`). "Work with Marketing" is not one when the ad also says "marketing".

    >>> name_shaped("Jamf", "macOS support with Jamf", set())
    True
    >>> name_shaped("Design", "Design and ship features", set())
    False
    >>> name_shaped("Product", "partner with Product", {"product"})
    False
    """
    words = [t.text for t in tokens(term)]
    if not words or not words[0][:1].isupper() or len(words) > 3:
        return False
    if any(fold(w) in lowercase or w.endswith("-speaking") for w in words if w[:1].isupper()):
        return False
    toks = tokens(source)
    for k, tok in enumerate(toks):
        if tok.text != words[0]:
            continue
        head = source[: tok.start]
        if not re.search(r"\w", head) or head.rstrip().endswith((".", ":", "!", "?")):
            continue  # the sentence's first word: capitalised anyway
        last = k + len(words) - 1

        def joined(i: int) -> bool:  # toks[i] and toks[i + 1] with only a space between
            return 0 <= i < len(toks) - 1 and not source[toks[i].end : toks[i + 1].start].strip()

        def capital(i: int) -> bool:
            return 0 <= i < len(toks) and toks[i].text[:1].isupper()

        if (joined(k - 1) and capital(k - 1)) or (joined(last) and capital(last + 1)):
            return False  # a piece of a longer name: "Security [Information]", "[Microsoft] Azure"
        # "the [Rehabilitation] of Offenders Act"
        return not (
            joined(last)
            and joined(last + 1)
            and fold(toks[last + 1].text) in ("of", "de", "and", "et", "&")
            and capital(last + 2)
        )
    return False


def confident(term: JobTerm, kind: Kind) -> bool:
    """The `missing` tier by what the term is: a named tool, acronym, language or tool of the
    vocabulary; in a duty line, only a technical name or a language or tool of the vocabulary
    (a capitalised word there is more often a place, a team or a client). The rest goes to
    `to_check`, a plain phrase the ad repeats included."""
    if kind == "duty":
        words = [t.text for t in tokens(term.term)]
        return any(is_technical(w) for w in words) or listed(term)
    return named(term)


def confident_gap(
    term: JobTerm, name: str, source: str, kind: Kind, lowercase: Collection[str]
) -> bool:
    """The `missing` tier for `name` (one name of `term`) read in the ad's sentence `source`:
    confident by what it is (`confident`) or by its shape in the sentence (`name_shaped`),
    unless it is a piece of a list or a common noun (`common`), a kind before its examples
    (`before_examples`) or an adjective of nationality (`demonym`)."""
    if common(name) or before_examples(name, source) or kind_of_tool(name, source):
        return False
    if shouted(name, lowercase) and not listed(term):
        return False
    if demonym(name, source) and not listed(term):
        return False
    if glosses(name, source):
        return False
    return confident(term, kind) or name_shaped(name, source, lowercase)


@cache
def _words(key: str) -> tuple[str, ...]:
    """The folded words of `[cv_tiers] key`, all languages."""
    found: list[str] = []
    for lang in SUPPORTED:
        raw = playbook.section(lang, _TABLE).get(key, [])
        if not isinstance(raw, list) or not all(isinstance(w, str) and w for w in raw):
            raise playbook.PlaybookError(f"[{_TABLE}] {key} must be a list of words")
        found.extend(fold(w) for w in raw if fold(w) not in found)
    return tuple(found)


@cache
def _examples() -> re.Pattern[str]:
    """What opens examples of a kind, up to two words after it: "a BI tool such as Looker",
    "plateformes OTA type Booking", "notre CRM (HubSpot)", "a planning system: SAP APO"."""
    cues = "|".join(re.escape(w) + (r"\b" if w[-1].isalnum() else "") for w in _words("examples"))
    return re.compile(rf"^\W{{0,3}}(?:\w+\W{{1,3}}){{0,2}}?(?:\(|:|{cues})", re.IGNORECASE)


def glosses(name: str, source: str) -> bool:
    """A phrase in brackets right after a technical name, spelling it out or saying what it
    is: "ICH Q9 (Quality Risk Management)", "PL-300 (Power BI Data Analyst)". The name is the
    keyword; its gloss is to check.

    >>> glosses("Quality Risk Management", "cGMP, ICH Q9 (Quality Risk Management) and ICH Q10")
    True
    >>> glosses("HubSpot", "Suivre tes dossiers dans notre CRM (HubSpot)")
    False
    """
    if len(name.split()) < 2:
        return False
    at = source.find(name)
    head = source[:at].rstrip()
    if at < 1 or not head.endswith("(") or not source[at + len(name) :].lstrip().startswith(")"):
        return False
    before = tokens(head[:-1])
    return (
        bool(before) and is_technical(before[-1].text) and any(c.isdigit() for c in before[-1].text)
    )


def shouted(name: str, lowercase: Collection[str]) -> bool:
    """A word in capitals because its line is ("ACCOUNT EXECUTIVE (MID-MARKET)") that the ad
    also writes in lower case ("mid-market SaaS customers"): a common word, not an acronym. A
    tool of the vocabulary ("SQL") is read before this.

    >>> shouted("MID-MARKET", {"mid-market"}), shouted("SQL", set())
    (True, False)
    """
    words = [t.text for t in tokens(name)]
    return bool(words) and all(w.isupper() and fold(w) in lowercase for w in words)


def kind_of_tool(name: str, source: str) -> bool:
    """An acronym that names a kind of tool, before the word for a tool: "a BI tool or
    spreadsheet", "an ITSM platform". Any tool of the kind may do: to check. A product
    ("Salesforce platform") is not an acronym; after the noun it often is one ("le logiciel
    IODAS"), so that order is not read.

    >>> kind_of_tool("BI", "you can build a view in a BI tool or spreadsheet")
    True
    >>> kind_of_tool("Salesforce", "the Salesforce platform"), kind_of_tool("SQL", "SQL skills")
    (False, False)
    """
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    at = source.find(name)
    after = tokens(source[at + len(name) :]) if at >= 0 else []
    return bool(after) and fold(after[0].text) in _words("tool_nouns")


def before_examples(name: str, source: str) -> bool:
    """A kind the ad gives examples of, right after it: "notre CRM (HubSpot)", "a BI tool such
    as Looker or Tableau", "plateformes OTA type Booking.com". Any tool of the kind may do, so
    the kind itself is to check; the examples are read on their own.

    >>> before_examples("CRM", "Suivre tes dossiers dans notre CRM (HubSpot)")
    True
    >>> before_examples("BI", "Experience with dbt and a BI tool such as Looker or Tableau")
    True
    >>> before_examples("HubSpot", "Suivre tes dossiers dans notre CRM (HubSpot)")
    False
    """
    at = source.find(name)
    if at < 0 or any(c.isdigit() for c in name):
        return False  # "PL-300 (Power BI Data Analyst)": a product code names one thing
    after = source[at + len(name) :]
    match = _examples().match(after)
    if match is None:
        return False
    rest = after[match.end() :].lstrip(" :")
    if re.match(r"[A-Z&]{2,}\)", rest):
        return False  # "master production schedule (MPS)": the phrase's own acronym
    return bool(rest[:1].isupper() or re.match(r"\S*[A-Z]", rest.split(" ")[0] if rest else ""))


# An adjective of nationality or region: "Australian", "Southeast Asian", "South African".
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|can|ese)")


def demonym(name: str, source: str) -> bool:
    """A name ending in an adjective of nationality or region before the noun it qualifies
    ("Australian customers", "Southeast Asian markets"): the market or the people, not a thing
    to show. Alone, it may be a language ("Fluent Vietnamese", "Japanese and Korean").

    >>> demonym("Southeast Asian", "working across Southeast Asian markets")
    True
    >>> demonym("Vietnamese", "Fluent Vietnamese"), demonym("Korean", "Japanese and Korean")
    (False, False)
    """
    words = [t.text for t in tokens(name)]
    if not words or not _DEMONYM.fullmatch(words[-1]):
        return False
    at = source.find(name)
    after = tokens(source[at + len(name) :]) if at >= 0 else []
    return (
        bool(after)
        and after[0].text.islower()
        and fold(after[0].text) not in _words("after_language")
    )


def common(name: str) -> bool:
    """Not one name: a piece of a coordination ("AMF et/ou", "hygiène et de sécurité") or an
    acronym used as a plural common noun ("CFOs", "RFQs").

    >>> common("USAID and/or"), common("CFOs"), common("Power BI"), common("A&E")
    (True, True, False, False)
    """
    words = [t.text for t in tokens(name)]
    if any(fold(w) in _words("coordination") for w in words):
        return True
    return bool(re.search(r"\b(?:et/ou|and/or)\b", fold(name))) or any(
        _PLURAL_ACRONYM.fullmatch(w) for w in words
    )


def named_gap(term: JobTerm, name: str, source: str, lowercase: Collection[str]) -> bool:
    """A named thing, by what it is or by its shape: missing even when its line is covered in
    other words."""
    return named(term) or name_shaped(name, source, lowercase)
