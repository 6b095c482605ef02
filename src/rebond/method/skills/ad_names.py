"""Names an ad gives that are not skills: its employer, people, places, job titles (issue 21).

A CV keyword is a thing a person can show: a tool, a method, a field. An ad also names its
employer ("Sofralec Industries conçoit…"), people ("Margaux, notre Head of People"), places
("un hub tech à Barcelone", "Address: Calderbrook General Hospital") and roles ("rattaché au
Directeur des Opérations", "a Senior Analyst to join…"). They are read from the ad's own
structure, without a named-entity model (one tags tools as names and costs recall and load
time; docs/cv.md, "Tuning history"):

- the **employer**: a short name line of the ad's header ("VOLTA CYCLES", "Tandem Money",
  "Vantage Shield Security · Reading, …"), an "Employer name:" line,
  and a capitalised subject followed by a describing verb ("Ouvrio développe…",
  "Corelynx is the…"); any term made only of its words is a fragment of its name;
- **places**: capitalised words after a place preposition ("à", "en", "au", "in", "at",
  and the lists they open: "en France, en Belgique et en Espagne"), in address-like lines
  ("Address:", "Lieu :") and in the ad's header block;
- **people**: a capitalised name in apposition to a role ("Marion Chabert, consultante",
  "Margaux, notre Head of People") or after a civility ("M.", "Mme", "Ms");
- **roles and teams**: a phrase headed by a role noun ("Senior Analyst", "VP Product",
  "product managers"), a capitalised word after one ("Directeur des Opérations"), after
  "en tant que" / "as a", or before "team"/"équipe";
- **admin lines**: "Référence :", "Salaire :", "Start dates:", "Employer's website:", …;
- **non-terms**: a phrase with a finite verb inside ("tech est un vrai"), a month, a term
  with fewer than two letters ("5+", "4/C").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rebond.method import playbook
from rebond.method.cv.config import months
from rebond.method.cv.terms import Token, is_technical, tokens
from rebond.method.skills.nonterms import schools
from rebond.method.text.language import SUPPORTED, fold

# What these reasons name is to check at most, never missing.
UNCERTAIN = frozenset({"team", "schooling", "licence"})
# The word tables are the playbook's (`[ad_names]` of every language, read together).
_TABLE = "ad_names"


@cache
def _listed(key: str) -> tuple[str, ...]:
    """The words of `[ad_names] key`, all languages, in the files' order, as written."""
    found: list[str] = []
    for lang in SUPPORTED:
        raw = playbook.section(lang, _TABLE).get(key, [])
        if not isinstance(raw, list) or not all(isinstance(w, str) and w for w in raw):
            raise playbook.PlaybookError(f"[{_TABLE}] {key} must be a list of words")
        found.extend(w for w in raw if w not in found)
    return tuple(found)


@cache
def _w(key: str) -> frozenset[str]:
    """The folded words of `[ad_names] key`."""
    return frozenset(fold(w) for w in _listed(key))


@cache
def _licence() -> re.Pattern[str]:
    """A driving licence is a condition to check ("B - Véhicule léger", "UK driving licence")."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(_w("licence"))) + r")\b")


@cache
def _months() -> frozenset[str]:
    """Month names of the CV date reader, four letters or more ("may" is also a verb)."""
    return frozenset(name for name in months() if len(name) >= 4)


def _place_prepositions() -> frozenset[str]:
    # As written, lower-cased but not folded: "à" is a preposition, "a" an article.
    return frozenset(w.lower() for w in _listed("place_prepositions"))


_NAME_LINE = re.compile(r"^[^\W\d_][\w'’&.\- ]{0,60}$")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


@dataclass(frozen=True)
class AdNames:
    """What the ad names that is not a skill, as folded words."""

    employer: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    title: frozenset[str] = frozenset()
    admin_lines: frozenset[str] = frozenset()  # folded lines
    employer_lines: frozenset[str] = frozenset()  # folded sentences describing the employer

    def excluded(self, term: str, source: str, listed: bool = False) -> str | None:
        """Why `term`, read in the ad's sentence `source`, is not a keyword; None if it may be.
        `listed`: the term is a skill of the vocabulary or the concept table, never read as a
        name of the employer, a place or a person ("fluent in English and Spanish").

        >>> names = read_names("Analyste\\nACME SAS\\nLyon\\nProfil :\\n- SQL")
        >>> names.excluded("ACME", "ACME SAS recrute"), names.excluded("SQL", "- SQL")
        ('employer', None)
        """
        words = [t.text for t in tokens(term)]
        folded = [fold(w) for w in words]
        if not folded:
            return "non-term"
        if sum(c.isalpha() for c in term) < 2 or all(f in _months() for f in folded):
            return "non-term"
        if len(folded) > 1 and any(f in _w("finite_verbs") for f in folded):
            return "non-term"  # "tech est un vrai": a piece of a clause
        item = bool(re.match(r"\s*[-•*–·>]", source))  # a list item is never a heading
        source = _strip(source)
        line = fold(source).strip()
        if (
            line in self.admin_lines
            or line.startswith(tuple(_w("boilerplate")))
            or (not item and _heading_line(source))
            or re.search(r"\+\s?\d+ more$", line)  # a job board's skill list, not the ad's
        ):
            return "admin"
        if words[0].endswith(("'s", "’s")) and fold(words[0][:-2]) in self.employer:
            return "employer"  # "the Trust's SQL Server": the employer's own system
        if _licence().search(fold(term)):
            return "licence"
        if line in self.employer_lines:
            return "employer"
        if _role(words, folded):
            return "role"
        context = _context(term, source)
        before, after = context if context is not None else ([], [])
        low = [w.lower() for w in before]
        if (
            (_capitalised(words[0]) and _after_role(before))
            or (after[:1] and after[0] in ("team", "teams", "equipe", "equipes"))
            or (folded[-1] in _w("role_openers") and after[:1] in (["of"], ["de"], ["des"], ["du"]))
            or low[-3:] == ["en", "tant", "que"]
            or low[-2:] in (["as", "a"], ["as", "an"])
        ):
            return "role"  # "Directeur des [Opérations]", "our [Disputes Operations] team"
        if len(words) == 1 and words[0].istitle() and folded[0] in _w("departments"):
            return "team"  # "partner with Product and Risk": the people, to check at most
        unit = " ".join(fold(w) for w in before[-4:])
        if _capitalised(words[0]) and unit.endswith(tuple(_w("within"))):
            return "team"  # "Au sein de la [Direction] de la Conformité": the post's unit
        if _schooling_line(source):
            return "schooling"
        if listed:
            return None
        if (len(folded) > 1 and folded[0] in _w("civilities")) or (
            _capitalised(words[0]) and low[-1:] and low[-1].rstrip(".") in _w("civilities")
        ):
            return "person"  # "Mr Tom Baker", "M. Julien Ferrandon"
        named = [f for w, f in zip(words, folded, strict=True) if _capitalised(w)]
        if named and all(f in self.employer for f in named) and len(named) == len(folded):
            return "employer"
        if named and all(f in self.people for f in named):
            return "person"
        capital_name = _capitalised(words[0]) and not any(_technical(w) for w in words)
        in_place = (
            (context is not None and _place_context(before))
            or all(f in self.places for f in folded)
            or bool(after[:1] and after[0] in _w("place_heads"))  # "our Columbus office"
        )
        return "place" if capital_name and in_place else None


def _schooling_line(source: str) -> bool:
    """A line about the schooling a post expects, by its first words ("Bachelor's degree in
    …", "Formation Bac+2 en commerce…"). "Formation" is schooling only when what follows says
    so (`nonterms.schools`): "Une formation d'auditeur interne" is a training.

    >>> _schooling_line("Formation supérieure en droit public"), _schooling_line("Degree in law")
    (True, True)
    >>> _schooling_line("Une formation d'auditeur interne et la connaissance d'Ennov")
    False
    """
    opening = [re.sub(r"['’]s$", "", fold(t.text)) for t in tokens(source)[:4]]
    for k, word in enumerate(opening[:3]):
        if word in _w("schooling") and (
            word not in ("formation", "formations") or schools(next(iter(opening[k + 1 :]), ""))
        ):
            return True
    return False


def _technical(word: str) -> bool:
    """A technical token, but not a compound place name ("Auvergne-Rhône-Alpes")."""
    parts = word.split("-")
    if len(parts) > 1 and all(p[:1].isupper() and p[1:].islower() for p in parts if p):
        return False
    return is_technical(word)


def _heading_line(line: str) -> bool:
    """A title-case line with no verb nor tool: "Disclosure and Barring Service Check".

    >>> _heading_line("Disclosure and Barring Service Check"), _heading_line("Python, SQL")
    (True, False)
    """
    words = [t.text for t in tokens(line)]
    glue = _w("list_glue") | {"of", "de", "des", "du", "the"}
    content = [w for w in words if fold(w) not in glue]
    return (
        len(content) >= 3
        and not re.search(r"[,;.:()!?]", line)
        and all(_capitalised(w) and not is_technical(w) for w in content)
    )


def _role(words: list[str], folded: list[str]) -> bool:
    """A phrase headed by a role noun: "Senior Analyst", "VP Product", "product managers"."""
    head = folded[-1]
    if head in _w("role_heads") and (len(folded) > 1 or head not in ("lead", "partner", "head")):
        return not (len(folded) == 1 and head in ("assistant", "charge"))
    return len(folded) > 1 and folded[0] in _w("role_openers") and _capitalised(words[0])


def _context(term: str, source: str) -> tuple[list[str], list[str]] | None:
    """The folded words before and after the term's first occurrence in its sentence."""
    at = fold(source).find(fold(term))
    if at < 0:
        return None
    after = [fold(t.text) for t in tokens(source[at + len(term) :])]
    return _words_before(source, at), after


def _words_before(text: str, at: int) -> list[str]:
    """The words of text[:at] as written, with the commas: they continue a list of places."""
    return [w for w in re.findall(r"[\w'’.\-]+|,", text[:at]) if w.strip(".")]


def _place_context(before: list[str]) -> bool:
    """ "à Barcelone", "en France, en Belgique et en Espagne", "in France and Belgium":
    `before` holds the words before the name, as written, with the commas.

    >>> _place_context("hub tech à".split()), _place_context("looking for a".split())
    (True, False)
    """
    k = len(before) - 1
    while k >= 0:
        word = before[k]
        if word in _w("list_glue"):
            k -= 1
        elif word[:1].isupper() and k < len(before) - 1:
            k -= 1  # another name of the list: "in France and [Belgium]"
        else:
            break
    if k < 0 or before[k].lower() not in _place_prepositions():
        return False
    return not (k >= 1 and fold(before[k - 1]) in _w("skill_before"))  # "experience in Salesforce"


def _after_role(before: list[str]) -> bool:
    """ "Directeur des [Opérations]", "Head of [People]", "Directeur Administratif et
    [Financier]": the words of a role's title.

    >>> _after_role("Poste de Directeur Administratif et".split())
    True
    >>> _after_role("Experience with".split())
    False
    """
    k = len(before) - 1
    while k >= 0 and (
        fold(before[k]) in ("de", "des", "du", "d", "d'", "of", "the", "la", "le", "l", "l'")
        or fold(before[k]) in ("et", "and", "&")
        or (_capitalised(before[k]) and fold(before[k]) not in _w("role_openers"))
    ):
        k -= 1
    return 0 <= k < len(before) - 1 and fold(before[k]) in _w("role_openers")


def _admin_key(line: str) -> str | None:
    head, colon, _rest = line.partition(":")
    if not colon:
        return None
    key = fold(head).strip(" -•*").strip()
    key = re.sub(r"['’]s\b", "", key)
    for known in _listed("address_keys") + _listed("admin_keys"):
        if key == known or key.startswith(known + " ") or key.endswith(" " + known):
            return known
    return None


@cache
def read_names(job_text: str) -> AdNames:
    """The employer, places, people and admin lines an ad names.

    >>> n = read_names("Chargé de paie\\nORFÉA\\nLyon 6e\\nOrféa est un cabinet.\\n"
    ...                "Contact : Marion Chabert, consultante RH.")
    >>> sorted(n.employer), sorted(n.people), "lyon" in n.places
    (['orfea'], ['chabert', 'marion'], True)
    """
    lines = [line.strip() for line in job_text.splitlines()]
    filled = [line for line in lines if line]
    title = filled[0] if filled else ""
    employer: set[str] = set()
    places: set[str] = set()
    people: set[str] = set()
    admin: set[str] = set()
    described: set[str] = set()
    # The header block: the short lines after the title, before the first sentence.
    for line in filled[1:12]:
        if len(tokens(line)) >= 8 or line.endswith((".", "!", "?")):
            break
        key = _admin_key(line)
        if key is not None:
            if key in _w("address_keys"):
                places.update(_names_in(line.partition(":")[2]))
            continue
        parts = [p.strip() for p in re.split(r"\s[·•|]\s", line)]
        first = parts[0]
        words = [t.text for t in tokens(first)]
        if (
            1 <= len(words) <= 5
            and _NAME_LINE.match(first)
            and all(
                _capitalised(w) or fold(w) in ("de", "du", "des", "&", "and", "et") for w in words
            )
            and not all(fold(w) in _w("header_words") for w in words)
            and not employer
        ):
            employer.update(fold(w) for w in words if _capitalised(w))
        elif _place_line(first):
            places.update(_names_in(first))
        for rest in parts[1:]:
            if _place_line(rest.split(",")[0]):
                places.update(_names_in(rest))
    for line in filled:
        key = _admin_key(line)
        if key is not None:
            admin.add(fold(_strip(line)))
            value = line.partition(":")[2]
            if fold(line.partition(":")[0]).strip(" -•*") in _w("employer_keys"):
                employer.update(_names_in(value))
            if key in _w("address_keys"):
                places.update(_names_in(value))
    # Capitalised words seen inside a sentence, not only at its start: names.
    mid = frozenset(
        fold(t.text)
        for sentence in _sentences(job_text)
        for t in tokens(sentence)[1:]
        if _capitalised(t.text)
    ) | frozenset(employer)
    for sentence in _sentences(job_text):
        toks = tokens(sentence)
        _employer_subject(sentence, toks, employer, mid)
        people.update(apposed_people(sentence) - _w("role_heads") - _w("role_openers"))
    for sentence in _sentences(job_text):
        toks = tokens(sentence)
        places.update(_places_after_prepositions(sentence, toks))
        if _describes_employer(toks, employer):
            described.add(fold(_strip(sentence)))
    # A standalone line naming the employer opens its profile lines ("Logiciels, SaaS", "150
    # collaborateurs"): read up to the next blank line.
    for i, line in enumerate(lines):
        words = [fold(t.text) for t in tokens(line)]
        if words and all(w in employer for w in words) and i > 0:
            for nxt in lines[i + 1 :]:
                if not nxt or nxt.endswith(("?", ":")):
                    break
                admin.add(fold(_strip(nxt)))
    employer -= {"de", "du", "des", "the", "and", "et"}
    return AdNames(
        frozenset(employer),
        frozenset(places),
        frozenset(people - employer),
        frozenset(fold(t.text) for t in tokens(title)),
        frozenset(admin),
        frozenset(described),
    )


def _place_line(line: str) -> bool:
    """A short header line of capitalised words: "Saint-Priest", "Chassieu - 69"."""
    words = [t.text for t in tokens(line)]
    return (
        1 <= len(words) <= 4
        and all(_capitalised(w) or any(c.isdigit() for c in w) for w in words)
        and not any(fold(w) in _w("header_words") for w in words)
    )


def _strip(line: str) -> str:
    return re.sub(r"^[\s\-•*–·>]+", "", line).strip()


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"\n|(?<=[.;!?])\s+", text) if s.strip()]


def _names_in(text: str) -> set[str]:
    return {fold(t.text) for t in tokens(text) if _capitalised(t.text) or t.text.isupper()}


def _places_after_prepositions(sentence: str, toks: list[Token]) -> set[str]:
    """Capitalised words a place preposition opens: "dont 25 à Barcelone".

    >>> sorted(_places_after_prepositions(s := "Sites en France et en Belgique", tokens(s)))
    ['belgique', 'france']
    """
    return {
        fold(tok.text)
        for k, tok in enumerate(toks)
        if k > 0
        and _capitalised(tok.text)
        and not _technical(tok.text)
        and _place_context(_words_before(sentence, tok.start))
    }


def _employer_subject(
    sentence: str, toks: list[Token], employer: set[str], mid: frozenset[str]
) -> None:
    """ "Ouvrio développe…", "…, Sofralec Industries réalise…", "Corelynx is the…"."""
    k = 0
    while k < len(toks):
        if not _capitalised(toks[k].text) or is_technical(toks[k].text):
            k += 1
            continue
        start = k
        while k < len(toks) and _capitalised(toks[k].text) and not is_technical(toks[k].text):
            k += 1
        before = sentence[: toks[start].start].rstrip()
        at_start = start == 0 or before.endswith(",")
        if not at_start or k >= len(toks) or k - start > 4:
            continue
        run = [fold(t.text) for t in toks[start:k]]
        if run[0] in _w("not_names") or (start == 0 and len(run) == 1 and run[0] not in mid):
            continue
        verb = fold(toks[k].text)
        following = [fold(t.text) for t in toks[k + 1 : k + 4]]
        if verb in _w("describing_verbs") and not _w("not_a_description").intersection(following):
            articles = ("a", "an", "the", "un", "une", "le", "la", "l")
            if verb in ("est", "sont", "is", "are", "was") and following[:1] not in [
                [a] for a in articles
            ]:
                continue
            employer.update(fold(t.text) for t in toks[start:k])


def _describes_employer(toks: list[Token], employer: set[str]) -> bool:
    """A sentence whose subject is the employer, with no word for the reader: "Ouvrio
    développe…", "Groupe industriel de 780 collaborateurs, Sofralec Industries réalise…"."""
    if not toks or not employer:
        return False
    folded = [fold(t.text) for t in toks]
    reader = {"you", "your", "vous", "votre", "vos", "tu", "ton", "ta", "tes", "te"}
    if reader.intersection(folded):
        return False
    for k in range(1, len(folded)):
        if folded[k] in _w("describing_verbs") and folded[k - 1] in employer:
            return True
    return False


def apposed_people(sentence: str) -> set[str]:
    """Capitalised names in apposition to a role: "Margaux, notre Head of People".

    >>> sorted(apposed_people("Rattaché à Margaux, notre Head of People, tu seras…"))
    ['margaux']
    >>> sorted(apposed_people("Build, lead and develop a team"))
    []
    """
    found: set[str] = set()
    for m in re.finditer(
        r"([A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+){0,2}),\s+((?:notre|our|votre|your|the|"
        r"le|la|l'|mon|ma|my)\s+)?([\w'’\-]+)",
        sentence,
    ):
        role = fold(m.group(3))
        if (m.group(2) and (role in _w("role_heads") or role in _w("role_openers"))) or role in _w(
            "apposed_roles"
        ):
            found.update(fold(w) for w in m.group(1).split())
    return found


__all__ = ["AdNames", "apposed_people", "read_names"]
