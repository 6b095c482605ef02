"""Import and export contacts (C6.5): vCard 3.0/4.0 and the network's "Connections.csv".

All or nothing: a file with one unreadable entry imports nothing and lists every problem with
its line. Duplicates (same name, company and profile URL, in the file or already saved) are
skipped and listed, not errors. `dry_run` reports the same without saving.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext

from rebond.jobs import tabular
from rebond.jobs.models import Company
from rebond.method.network.card import ContactCard, ImportIssue, identity_key
from rebond.method.network.connections import connection_cards, header_line_index
from rebond.method.network.vcard import read_vcards, write_vcards
from rebond.network.models import Contact
from rebond.network.services import next_check_in, person_tz

if TYPE_CHECKING:
    from rebond.accounts.models import User

MAX_BYTES = 20 * 1024 * 1024
# Contacts in one file at most (a professional network export holds a few thousand).
MAX_CONTACTS = 20_000
BATCH = 500


@dataclass
class ImportReport:
    format: str
    dry_run: bool
    read: int = 0
    created: int = 0
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)
    # The encoding assumed, and what a person should know about it (tabular.Decoded).
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.issues


def _is_vcard(data: bytes, filename: str) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \r\n\t").upper()
    return filename.lower().endswith((".vcf", ".vcard")) or head.startswith(b"BEGIN:VCARD")


def read_file(data: bytes, filename: str) -> tuple[str, list[ContactCard], list[ImportIssue]]:
    """(format, cards, issues) for an uploaded file, whatever its encoding."""
    if len(data) > MAX_BYTES:
        return "unknown", [], [ImportIssue(0, "file larger than 20 MB")]
    return read_text(tabular.decode(data).text, _is_vcard(data, filename))


def read_text(text: str, vcard: bool) -> tuple[str, list[ContactCard], list[ImportIssue]]:
    """(format, cards, issues) for a file's decoded text."""
    if vcard:
        cards, issues = read_vcards(text)
        return "vcard", cards, issues
    start = header_line_index(text)
    if start < 0:
        message = "no header line with First Name and Last Name: not a connections export"
        return "csv", [], [ImportIssue(1, message)]
    # The notes above the header would confuse the delimiter guess: read from the header on.
    lines = text.splitlines()[start:]
    try:
        table = tabular.read_csv("\n".join(lines).encode("utf-8"))
    except tabular.TableError as exc:
        return "csv", [], [ImportIssue(start + 1, str(exc))]
    rows = [(line + start, cells) for line, cells in table.rows]
    cards, issues = connection_cards(table.headers, rows)
    return "csv", cards, issues


def _contact(user: User, card: ContactCard, key: str, companies: dict[str, int], source: str,
             keep_warm: bool) -> Contact:  # fmt: skip
    emails = list(card.emails)
    return Contact(
        user=user,
        first_name=card.first_name[:120],
        last_name=card.last_name[:120],
        company_name=card.company[:200],
        company_id=companies.get(card.company.casefold()),
        role=card.role[:200],
        email=emails[0][:254] if emails else "",
        other_emails="\n".join(emails[1:]),
        phone=(card.phones[0] if card.phones else "")[:60],
        profile_url=card.profile_url[:500],
        notes=card.note,
        connected_on=card.connected_on,
        keep_warm=keep_warm,
        identity=key,
        imported_from=source,
    )


def import_contacts(
    user: User, data: bytes, filename: str = "", *, dry_run: bool = False, keep_warm: bool = False
) -> ImportReport:
    """Read the file, skip duplicates, and save every new contact, or none if any line fails."""
    if len(data) > MAX_BYTES:
        return ImportReport("unknown", dry_run, issues=[ImportIssue(0, "file larger than 20 MB")])
    decoded = tabular.decode(data)
    source, cards, issues = read_text(decoded.text, _is_vcard(data, filename))
    report = ImportReport(
        source,
        dry_run,
        read=len(cards),
        issues=issues,
        encoding=decoded.encoding,
        warnings=decoded.warnings(),
    )
    if len(cards) > MAX_CONTACTS:  # every face alike: web, CLI, API
        report.issues.append(
            ImportIssue(
                1,
                gettext("%(count)s contacts: %(limit)s at most in one file.")
                % {
                    "count": number_format(len(cards), force_grouping=True),
                    "limit": number_format(MAX_CONTACTS, force_grouping=True),
                },
            )
        )
    if report.issues:
        return report
    seen = set(Contact.objects.for_user(user).values_list("identity", flat=True))
    companies = {
        name.casefold(): pk for pk, name in Company.objects.for_user(user).values_list("pk", "name")
    }
    new: list[Contact] = []
    for card in cards:
        key = identity_key(card.first_name, card.last_name, card.company, card.profile_url)
        if key in seen:
            report.duplicates.append((card.line, card.display_name))
            continue
        seen.add(key)
        new.append(_contact(user, card, key, companies, source, keep_warm))
    report.created = len(new)
    if dry_run or not new:
        return report
    now, tz = timezone.now(), person_tz(user)
    for contact in new:
        contact.created_at = now  # bulk_create fills auto_now_add, but the check-in needs it
        contact.due_at = next_check_in(contact, tz)
    with transaction.atomic():
        Contact.objects.bulk_create(new, batch_size=BATCH)
    return report


def export_vcf(user: User) -> str:
    """Every contact as vCard 3.0 text, in the contacts list's order."""
    cards = (
        ContactCard(
            first_name=c.first_name,
            last_name=c.last_name,
            emails=tuple(c.emails),
            phones=(c.phone,) if c.phone else (),
            company=c.company_name,
            role=c.role,
            profile_url=c.profile_url,
            note=c.notes,
        )
        for c in Contact.objects.for_user(user).iterator(chunk_size=1000)
    )
    return write_vcards(cards)
