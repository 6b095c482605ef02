"""vCard and Connections.csv import/export (C6.5): real-format files, round trips, all or none."""

from pathlib import Path

import pytest

from rebond.method.network.connections import parse_connected_on
from rebond.method.network.vcard import read_vcards
from rebond.network.importing import export_vcf, import_contacts
from rebond.network.models import Contact
from rebond.network.tests import factories

DATA = Path(__file__).parent / "data"
pytestmark = pytest.mark.django_db


def read(name):
    return (DATA / name).read_bytes()


def people(user):
    return sorted(
        (c.first_name, c.last_name, c.company_name, tuple(c.emails), c.phone, c.role)
        for c in Contact.objects.for_user(user)
    )


def test_it_reads_a_vcard_written_the_way_phones_write_them():
    cards, issues = read_vcards(read("phone_export.vcf").decode("utf-8"))
    assert issues == []
    zoe, jerome, ana = cards
    assert (zoe.first_name, zoe.last_name, zoe.company) == ("Zoé", "Lefèvre", "Acme, Inc.")
    assert zoe.emails == ("zoe@acme.example", "zoe.lefevre@mail.example")
    assert zoe.note.endswith("repliée sur deux lignes par le téléphone.")
    assert "9j/4AAQ" not in repr(zoe)  # the photo is skipped
    assert (jerome.first_name, jerome.last_name) == ("Jérôme", "Müller")
    assert jerome.note == "Ancien collègue, connaît bien l’équipe produit."
    assert ana.last_name == "de la Tour" and ana.phones == ("+33-1-23-45-67-89",)
    assert [c.line for c in cards] == [1, 17, 26]


def test_it_reads_a_vcard_written_by_a_library():
    cards, issues = read_vcards(read("vobject_made.vcf").decode("utf-8"))
    assert issues == []
    assert cards[0].emails == ("mh@dupont.example", "mh2@dupont.example")
    assert cards[0].role.endswith("talents, Europe du Sud")
    assert cards[1].company == "Ryanair, DAC"


@pytest.mark.parametrize("name", ["phone_export.vcf", "vobject_made.vcf", "Connections.csv"])
def test_it_gives_back_the_same_contacts_after_export_then_import(owner, other, name):
    assert import_contacts(owner, read(name), name).ok
    exported = export_vcf(owner).encode("utf-8")
    report = import_contacts(other, exported, "back.vcf")
    assert report.ok and report.created == Contact.objects.for_user(owner).count()
    assert people(other) == people(owner)


def test_it_reads_the_connections_export_after_its_notes(owner):
    report = import_contacts(owner, read("Connections.csv"), "Connections.csv")
    assert report.ok and report.format == "csv" and report.created == 3
    karim = Contact.objects.for_user(owner).get(last_name="Benali")
    assert (karim.company_name, karim.role, karim.email) == ("Qonto, SAS", "Product Manager",
                                                              "karim@example.org")  # fmt: skip
    assert str(karim.connected_on) == "2023-11-17"
    assert not karim.keep_warm  # an address book is not a to-do list


def test_it_reads_a_semicolon_cp1252_export_resaved_by_a_spreadsheet(owner):
    text = "First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n"
    text += "Hélène;Durand;;;Société X;DRH;12 Jan 2024\r\n"
    report = import_contacts(owner, text.encode("cp1252"), "Connections.csv")
    assert report.ok
    assert Contact.objects.for_user(owner).get().company_name == "Société X"


def test_it_imports_nothing_and_names_each_bad_line(owner):
    report = import_contacts(owner, read("Connections_bad.csv"), "Connections.csv")
    assert not report.ok
    assert [(i.line, i.message) for i in report.issues] == [
        (8, "unreadable date '31 Feb 2024'"),
        (9, "no first or last name"),
    ]
    assert Contact.objects.for_user(owner).count() == 0


def test_it_reports_a_vcard_without_end_and_imports_nothing(owner):
    text = read("vobject_made.vcf").decode() + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half\r\n"
    report = import_contacts(owner, text.encode(), "x.vcf")
    assert [(i.line, i.message) for i in report.issues] == [
        (20, "card not closed (END:VCARD missing)")
    ]
    assert Contact.objects.for_user(owner).count() == 0


def test_it_rejects_a_file_that_is_neither(owner):
    report = import_contacts(owner, b"Company,Role\r\nAcme,Dev\r\n", "apps.csv")
    assert not report.ok and "First Name" in report.issues[0].message


def test_it_skips_duplicates_by_name_company_and_url(owner):
    factories.contact(owner, first_name="Lea", last_name="MARTIN", company_name="doctolib",
                      profile_url="http://linkedin.com/in/lea-martin-42/")  # fmt: skip
    data = read("Connections.csv")
    doubled = data + data.split(b"\r\n", 4)[4]  # the same three people again in the same file
    report = import_contacts(owner, doubled, "Connections.csv")
    assert report.ok and report.created == 2
    assert [line for line, _ in report.duplicates] == [5, 8, 9, 10]


def test_it_saves_nothing_on_a_dry_run(owner):
    report = import_contacts(owner, read("phone_export.vcf"), "c.vcf", dry_run=True)
    assert report.ok and report.created == 3 and report.dry_run
    assert Contact.objects.for_user(owner).count() == 0


def test_it_sets_a_check_in_for_each_import_when_asked(owner):
    import_contacts(owner, read("phone_export.vcf"), "c.vcf", keep_warm=True)
    assert all(c.keep_warm and c.due_at for c in Contact.objects.for_user(owner))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("05 Mar 2024", "2024-03-05"), ("12 janv. 2023", "2023-01-12"), ("2024-02-29", "2024-02-29"),
     ("3/7/24", "2024-03-07"), ("", None)],
)  # fmt: skip
def test_it_reads_the_connected_on_dates(text, expected):
    found = parse_connected_on(text)
    assert (found.isoformat() if found else None) == expected


def test_a_file_over_the_contact_cap_is_refused_whole_on_every_face(owner, monkeypatch):
    from rebond.network import importing as contacts_import
    from rebond.network.models import Contact

    monkeypatch.setattr(contacts_import, "MAX_CONTACTS", 3)
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {k}\r\nN:{k};Person;;;\r\nEND:VCARD\r\n"
        for k in range(5)
    )
    report = contacts_import.import_contacts(owner, cards.encode(), "contacts.vcf")
    assert not report.ok and "3 au plus" in report.issues[-1].message
    assert not Contact.objects.for_user(owner).exists()
