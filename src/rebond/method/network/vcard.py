"""Read and write vCard 3.0 / 4.0 address-book files with `vobject` (C6.5).

Phones and mail programs write several EMAIL/TEL lines with TYPE parameters, fold long lines,
use QUOTED-PRINTABLE (vCard 2.1 style) or backslash-escaped commas, embed base64 PHOTOs, and
sometimes start the file with a byte-order mark. Each card is cut out of the file with the
line it starts on, then parsed on its own, so one damaged card is reported with its line
instead of hiding the others. Photos, logos and sounds are skipped: Rebond keeps no pictures.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable

from rebond.method.network.card import ContactCard, ImportIssue, split_name

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)
_SKIPPED = ("PHOTO", "LOGO", "SOUND", "KEY")
_ONE_TEXT = ("NOTE", "FN", "TITLE", "ROLE")
_BARE_COMMA = re.compile(r"(?<!\\),")


def _chunks(text: str) -> Iterable[tuple[int, list[str]]]:
    """(first line number, lines) of each BEGIN:VCARD … END:VCARD block."""
    current: list[str] | None = None
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if _BEGIN.match(line.strip()):
            current, start = [line.strip()], number
        elif current is not None:
            current.append(line.rstrip("\r\n"))
            if _END.match(line.strip()):
                yield start, current
                current = None
    if current is not None:
        yield start, current  # unterminated: parsing reports it


def _unfold_qp(lines: list[str]) -> list[str]:
    """Join QUOTED-PRINTABLE soft line breaks (`=` at line end) and decode those values.

    vobject reads vCard 2.1 quoted-printable only partly; decoding here keeps accents right.
    """
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        head, sep, value = line.partition(":")
        if sep and "QUOTED-PRINTABLE" in head.upper():
            while value.endswith("=") and index + 1 < len(lines):
                index += 1
                value = value[:-1] + lines[index].lstrip()
            params = [p for p in head.split(";") if "QUOTED-PRINTABLE" not in p.upper()]
            charset = "utf-8"
            for p in list(params):
                if p.upper().startswith("CHARSET="):
                    charset = p.split("=", 1)[1] or "utf-8"
                    params.remove(p)
            raw = quopri.decodestring(value.encode("ascii", "replace"))
            decoded = raw.decode(charset, errors="replace").replace("\r\n", "\\n")
            line = ";".join(params) + ":" + decoded.replace("\n", "\\n")
        out.append(line)
        index += 1
    return out


def _escape_commas(lines: list[str]) -> list[str]:
    """Escape bare commas in one-text properties (NOTE, FN, TITLE, ROLE).

    vCard 2.1 and many phones leave them bare; a strict reader would cut the text there.
    """
    out = []
    for line in lines:
        head, sep, value = line.partition(":")
        name = head.split(";", 1)[0].split(".")[-1].upper()
        if sep and name in _ONE_TEXT:
            value = _BARE_COMMA.sub(r"\\,", value)
        out.append(head + sep + value)
    return out


def _drop_binary(lines: list[str]) -> list[str]:
    """Remove PHOTO/LOGO/SOUND/KEY properties and their folded continuation lines."""
    kept: list[str] = []
    skipping = False
    for line in lines:
        if line[:1] in (" ", "\t"):
            if not skipping:
                kept.append(line)
            continue
        name = re.split(r"[;:]", line, maxsplit=1)[0].split(".")[-1].upper()
        skipping = name in _SKIPPED
        if not skipping:
            kept.append(line)
    return kept


def _texts(card: object, name: str) -> list[str]:
    values = []
    for item in getattr(card, "contents", {}).get(name, []):
        value = item.value
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        text = str(value).strip()
        if text:
            values.append(text)
    return values


def _card(vcard: object, line: int) -> ContactCard:
    first = last = ""
    names = getattr(vcard, "contents", {}).get("n", [])
    if names and not isinstance(names[0].value, str):
        first = " ".join(filter(None, [names[0].value.given, names[0].value.additional])).strip()
        last = str(names[0].value.family or "").strip()
    if not (first or last):
        full = (_texts(vcard, "fn") or [""])[0]
        first, last = split_name(full)
    org = getattr(vcard, "contents", {}).get("org", [])
    company = ""
    if org:
        value = org[0].value
        company = (value[0] if isinstance(value, list) and value else str(value)).strip()
    emails = tuple(dict.fromkeys(e.removeprefix("mailto:") for e in _texts(vcard, "email")))
    phones = tuple(dict.fromkeys(p.removeprefix("tel:") for p in _texts(vcard, "tel")))
    return ContactCard(
        first_name=first,
        last_name=last,
        emails=emails,
        phones=phones,
        company=company,
        role=(_texts(vcard, "title") or _texts(vcard, "role") or [""])[0],
        profile_url=(_texts(vcard, "url") or [""])[0],
        note="\n".join(_texts(vcard, "note")),
        line=line,
    )


def read_vcards(text: str) -> tuple[list[ContactCard], list[ImportIssue]]:
    """Every card of a .vcf text, and one issue per card that cannot be read.

    >>> cards, issues = read_vcards("BEGIN:VCARD\\nVERSION:3.0\\nFN:Zoé Lefèvre\\n"
    ...                             "EMAIL;TYPE=work:z@acme.fr\\nEND:VCARD\\n")
    >>> cards[0].first_name, cards[0].last_name, cards[0].emails, issues
    ('Zoé', 'Lefèvre', ('z@acme.fr',), [])
    """
    import vobject  # third-party but pure; loaded only when a file is read

    text = text.lstrip("\ufeff")
    cards: list[ContactCard] = []
    issues: list[ImportIssue] = []
    found = False
    for start, lines in _chunks(text):
        found = True
        if not _END.match(lines[-1].strip()):
            issues.append(ImportIssue(start, "card not closed (END:VCARD missing)"))
            continue
        cleaned = _escape_commas(_drop_binary(_unfold_qp(lines)))
        try:
            vcard = vobject.readOne("\r\n".join(cleaned) + "\r\n", ignoreUnreadable=True)
        except Exception as exc:  # vobject raises ParseError and assorted ValueErrors
            issues.append(ImportIssue(start, f"unreadable card ({type(exc).__name__})"))
            continue
        card = _card(vcard, start)
        if not card.display_name:
            issues.append(ImportIssue(start, "card without a name"))
            continue
        cards.append(card)
    if not found:
        issues.append(ImportIssue(1, "no BEGIN:VCARD found: this is not a vCard file"))
    return cards, issues


def write_vcards(cards: Iterable[ContactCard]) -> str:
    """vCard 3.0 text for `cards` (CRLF line ends, long lines folded by vobject)."""
    import vobject

    out: list[str] = []
    for card in cards:
        vcard = vobject.vCard()
        vcard.add("n").value = vobject.vcard.Name(family=card.last_name, given=card.first_name)
        vcard.add("fn").value = card.display_name
        for index, email in enumerate(card.emails):
            entry = vcard.add("email")
            entry.value = email
            entry.type_param = "INTERNET,PREF" if index == 0 else "INTERNET"
        for phone in card.phones:
            vcard.add("tel").value = phone
        if card.company:
            vcard.add("org").value = [card.company]
        if card.role:
            vcard.add("title").value = card.role
        if card.profile_url:
            vcard.add("url").value = card.profile_url
        if card.note:
            vcard.add("note").value = card.note
        out.append(vcard.serialize())
    return "".join(out)
