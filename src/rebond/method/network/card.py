"""A contact as address books and the professional network export it (C6.5).

`ContactCard` is the plain value the vCard and connections-CSV readers produce and the vCard
writer consumes; `ImportIssue` names the line a person sees in their file. `identity_key`
is the duplicate rule: the same folded name, company and profile URL is the same person.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ContactCard:
    """One person read from (or written to) a file; every field may be empty but the name."""

    first_name: str = ""
    last_name: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    company: str = ""
    role: str = ""
    profile_url: str = ""
    note: str = ""
    connected_on: date | None = None
    # Where the entry starts in the file (1-based; 0 when unknown); not part of its identity.
    line: int = field(default=0, compare=False)
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(frozen=True)
class ImportIssue:
    """A line that could not be read; `line` is 1-based in the file as the person sees it."""

    line: int
    message: str


def fold(text: str) -> str:
    """Lower case without accents or repeated spaces, for comparing names typed differently.

    >>> fold("  Zoé   LEFÈVRE ")
    'zoe lefevre'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def normalise_url(url: str) -> str:
    """A profile URL without scheme, `www.`, query or trailing slash, for duplicate checks.

    >>> normalise_url("https://www.linkedin.com/in/zoe-l/?trk=x")
    'linkedin.com/in/zoe-l'
    """
    bare = url.strip().split("?", 1)[0].split("#", 1)[0].casefold()
    for prefix in ("https://", "http://"):
        bare = bare.removeprefix(prefix)
    return bare.removeprefix("www.").rstrip("/")


def identity_key(first_name: str, last_name: str, company: str, profile_url: str) -> str:
    """Duplicate rule: folded full name + company + normalised profile URL.

    >>> identity_key("Zoé", "Lefèvre", "Acme ", "https://www.x.org/in/z/") == identity_key(
    ...     "zoe", "LEFEVRE", "acme", "http://x.org/in/z")
    True
    """
    name = fold(f"{first_name} {last_name}")
    return "|".join((name, fold(company), normalise_url(profile_url)))


def split_name(full_name: str) -> tuple[str, str]:
    """First and last name from a single "formatted name" (last word is the family name).

    >>> split_name("Jean-Pierre de la Tour")
    ('Jean-Pierre', 'de la Tour')
    >>> split_name("Madonna")
    ('Madonna', '')
    """
    words = full_name.split()
    if len(words) < 2:
        return (full_name.strip(), "")
    # French particles belong to the family name ("de la Tour", "du Pont", "van Dijk").
    particles = {"de", "du", "des", "la", "le", "van", "von", "der", "di", "da", "d'"}
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in particles:
        cut -= 1
    return (" ".join(words[:cut]), " ".join(words[cut:]))
