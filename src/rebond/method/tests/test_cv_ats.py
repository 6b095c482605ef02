"""ATS readability report, sections and dates: fixtures checked by hand, plus inline CVs."""

from __future__ import annotations

from pathlib import Path

import pytest

from rebond.method.cv.ats import EMAIL, PHONE, ats_report
from rebond.method.cv.extract import Line, extract_text
from rebond.method.cv.sections import find_periods, heading_kind, order_breaks, split_sections

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "cv"


def _codes(name: str, lang: str | None = None) -> list[str]:
    doc = extract_text((FIXTURES / name).read_bytes(), name)
    return [f.code for f in ats_report(doc, lang)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("cv_fr_one_column.pdf", []),
        ("cv_en_two_columns.pdf", ["two_columns"]),
        ("cv_scanned.pdf", ["image_only_page"]),
        ("cv_fr.docx", ["tables", "text_boxes"]),
        ("cv_en.txt", []),
        (
            "cv_fr_cp1252.txt",
            ["section_titles", "contact_email", "contact_phone", "contact_city"],
        ),
    ],
)
def test_it_reports_what_a_tracking_system_would_miss(name, codes):
    assert _codes(name) == codes


def test_it_words_findings_in_the_requested_language():
    doc = extract_text((FIXTURES / "cv_scanned.pdf").read_bytes(), "scan.pdf")
    (fr,) = ats_report(doc, "fr")
    (en,) = ats_report(doc, "en")
    assert "page 1" in fr.what.lower() and "image" in fr.what
    assert en.what.startswith("Page 1 has no readable text")
    assert fr.severity == en.severity == "high" and fr.why and fr.fix and en.fix


CV_OUT_OF_ORDER = """Jo Martin
jo@example.fr - 06 12 34 56 78 - Nantes
Mon parcours
Assistante, Alpha - 2016-2018
Cheffe de rayon, Beta - sept. 2019 – présent
Formation
BTS, 2016
Compétences
Excel"""


def test_it_flags_dates_out_of_reverse_order():
    doc = extract_text(CV_OUT_OF_ORDER.encode(), "cv.txt")
    (finding,) = ats_report(doc, "fr")
    assert finding.code == "dates_order"
    assert finding.where == "2016-2018 → sept. 2019 – présent"


def test_it_flags_contact_details_left_in_the_page_header():
    doc = extract_text(CV_OUT_OF_ORDER.replace("jo@example.fr - ", "").encode(), "cv.txt")
    doc = type(doc)(**{**doc.__dict__, "header_footer_text": "jo@example.fr"})
    assert "contact_in_header" in [f.code for f in ats_report(doc, "fr")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Expériences professionnelles", "experience"),
        ("PARCOURS PROFESSIONNEL :", "experience"),
        ("2. Formation", "education"),
        ("Compétences techniques", "skills"),
        ("Langues", "languages"),
        ("Work Experience", "experience"),
        ("Education", "education"),
        ("Skills", "skills"),
        ("Profile", "summary"),
        ("Coordonnées", "contact"),
        ("Chef de projet, Nova - 2019", None),
        ("Piloté la refonte du site", None),
    ],
)
def test_it_recognises_section_titles_in_both_languages(text, kind):
    assert heading_kind(Line(text)) == kind


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        ("Compétences : Silae, Excel, DSN", "skills", "Silae, Excel, DSN"),
        ("Langues : anglais", "languages", "anglais"),
        ("Education: MSc Statistics (2016)", "education", "MSc Statistics (2016)"),
        ("Key skills: SQL, Tableau", "skills", "SQL, Tableau"),
    ],
)
def test_a_title_and_its_content_on_one_line_make_a_section(text, kind, content):
    sections = split_sections([Line("Camille Durand"), Line(text), Line("Python")])
    assert [(s.kind, [line.text for line in s.lines]) for s in sections] == [
        ("header", ["Camille Durand"]),
        (kind, [content, "Python"]),  # the lines after it belong to it, as after a title
    ]


def test_a_colon_after_other_words_is_no_title():
    lines = [Line("Camille Durand"), Line("Résultat : 40 % d'erreurs en moins")]
    assert [s.kind for s in split_sections(lines)] == ["header"]


def test_cv_sections_written_inline_count_as_present():
    lines = "Camille Durand\ncamille@example.com · 06 12 34 56 78 · Lyon\nExpérience\n"
    lines += "Chargée de paie, Hexa (2019-2024)\nCompétences : Silae\nFormation : BTS (2018)"
    doc = extract_text(lines.encode(), "cv.txt")
    assert "section_titles" not in [f.code for f in ats_report(doc, "fr")]


def test_it_marks_an_unusual_title_as_unknown():
    sections = split_sections([Line("Jo"), Line("Mes aventures", heading_hint=True), Line("x")])
    assert [s.kind for s in sections] == ["header", "unknown"]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("janv. 2021 – présent", [((2021, 1), None)]),
        ("2019-2021", [((2019, 0), (2021, 0))]),
        ("03/2020", [((2020, 3), (2020, 3))]),
        ("Sept 2018 – Present", [((2018, 9), None)]),
        ("Juin 2015 à décembre 2017", [((2015, 6), (2017, 12))]),
        ("2021 – aujourd'hui", [((2021, 0), None)]),
        ("06 12 34 56 78", []),
        ("TOEIC 920", []),
    ],
)
def test_it_reads_dates_in_french_and_english(text, periods):
    assert [(p.start, p.end) for p in find_periods(text)] == periods


def test_it_accepts_reverse_chronological_order():
    periods = [find_periods(t)[0] for t in ("2021 - present", "2018 - 2021", "03/2016")]
    assert order_breaks(periods) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("06 12 34 56 78", True),
        ("+33 6 12 34 56 78", True),
        ("06.12.34.56.78", True),
        ("+44 20 7946 0958", True),
        ("(415) 555-0134", True),
        ("+1 415 555 0134", True),
        ("2019 - 2021", False),
        ("TOEIC 920", False),
    ],
)
def test_it_finds_phone_numbers_in_common_formats(text, found):
    assert bool(PHONE.search(text)) is found


def test_it_finds_an_email():
    assert EMAIL.search("Contact : camille.durand+cv@exemple.fr |")
    assert not EMAIL.search("camille at exemple point fr")
