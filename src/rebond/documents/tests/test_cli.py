"""`rebond match` and `rebond cv check` on the real fixture files (text only, no Django)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rebond.cli import app
from rebond.documents.models import CvVersion
from rebond.documents.tests.factories import JOB_TEXT

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "cv"
runner = CliRunner()


@pytest.fixture
def job_file(tmp_path):
    path = tmp_path / "job.txt"
    path.write_text(JOB_TEXT, encoding="utf-8")
    return path


def test_it_matches_a_cv_file_with_a_job_file_as_json(job_file):
    result = runner.invoke(
        app,
        ["match", "--cv", str(FIXTURES / "cv_fr_one_column.pdf"), "--job", str(job_file), "--json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {
        "score",
        "requirements",
        "missing",
        "to_check",
        "matched",
        "findings",
        "explanation",
    }
    # The PDF lists Scrum, Google Analytics and JIRA under its skills; Shopify is nowhere.
    assert [t["term"] for t in data["missing"]] == ["Shopify"]
    assert "Shopify serait un plus" in data["missing"][0]["source"]
    assert {"Scrum", "JIRA", "Google Analytics"} <= {t["term"] for t in data["matched"]}
    lines = {r["text"]: r for r in data["requirements"]}
    analytics = lines["Connaissance de Google Analytics et de JIRA"]
    assert analytics["covered"] and "JIRA" in analytics["evidence"]
    assert analytics["keywords"] == ["Google Analytics", "JIRA"]
    assert not lines["Une expérience sur Shopify serait un plus."]["covered"]
    assert data["score"] == 0.8  # two required lines (1 + 1) of 2.5 points; Shopify weighs 0.5


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_it_reads_the_job_ad_from_a_docx_or_a_saved_web_page(tmp_path, kind):
    lines = ["Chef de projet digital", "Profil :", "- Maîtrise de Scrum et de JIRA"]
    lines += ["- Connaissance de Google Analytics", "- Une expérience sur Shopify serait un plus."]
    if kind == "docx":
        import docx

        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        job = tmp_path / "offre.docx"
        document.save(str(job))
    else:
        body = "".join(f"<p>{line}</p>" for line in lines[1:] * 4)
        job = tmp_path / "offre.html"
        job.write_text(
            f"<html><head><title>{lines[0]}</title></head><body><main>{body}</main></body></html>",
            encoding="utf-8",
        )
    cv = str(FIXTURES / "cv_fr_one_column.pdf")
    result = runner.invoke(app, ["match", "--cv", cv, "--job", str(job), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [t["term"] for t in data["missing"]] == ["Shopify"]
    assert "<p>" not in json.dumps(data) and "PK" not in json.dumps(data)


def test_it_checks_a_cv_file_in_plain_text():
    result = runner.invoke(
        app, ["cv", "check", str(FIXTURES / "cv_en_two_columns.pdf"), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    assert "Readability findings: 1" in result.output
    assert "Experience bullets (1 of 3 to improve)" in result.output
    assert "how to fix it:" in result.output and "rewrite pattern" in result.output


def test_a_french_cv_gets_a_report_worded_in_french_throughout(tmp_path):
    cv = tmp_path / "cv.txt"
    cv.write_text(
        "Julie Martin\njulie@example.com · 06 12 34 56 78 · Lyon\nExpérience\n"
        "Chargée de paie, Hexa (2019-2024)\n- Responsable de la paie des cadres\n"
        "Compétences : Silae, Excel, DSN\nFormation : BTS Comptabilité (2018)\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["cv", "check", str(cv)])
    assert result.exit_code == 0, result.output
    assert "Puces d'expérience (1 sur 1 à retravailler)" in result.output
    assert "modèle de réécriture" in result.output
    # "Compétences : …" and "Formation : …" are sections, written on one line with their title.
    assert "Constats de lisibilité\u202f: 0" in result.output, result.output
    assert not any(word in result.output for word in ("why", "fix:", "Bullets", "pattern:"))
    job = tmp_path / "job.txt"
    job.write_text("Gestionnaire de paie H/F\nProfil : Silae, Cegid.\n", encoding="utf-8")
    matched = runner.invoke(app, ["match", "--cv", str(cv), "--job", str(job)])
    lines = matched.output.splitlines()
    assert "Manquants\u202f: Cegid" in lines
    # One line of the ad: Silae shown, Cegid not.
    assert "  [ok] Silae, Cegid." in lines and "       non trouvé\u202f: Cegid" in lines


def test_it_reports_an_unreadable_file_clearly():
    result = runner.invoke(app, ["cv", "check", str(FIXTURES / "cv_protected.pdf")])
    assert result.exit_code != 0
    assert "password" in result.output


def test_it_never_sets_django_up_for_text_commands(job_file):
    script = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from rebond.cli import app\n"
        f"r = CliRunner().invoke(app, ['match', '--cv', {str(FIXTURES / 'cv_en.txt')!r}, "
        f"'--job', {str(job_file)!r}])\n"
        f"r2 = CliRunner().invoke(app, ['cv', 'check', {str(FIXTURES / 'cv_fr.docx')!r}])\n"
        "assert r.exit_code == 0 and r2.exit_code == 0, (r.output, r2.output)\n"
        "print('django' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


@pytest.mark.django_db
def test_it_keeps_a_version_from_the_command_line(monkeypatch, owner):
    monkeypatch.setattr("rebond.cli.setup.person", lambda: owner)
    result = runner.invoke(app, ["cv", "add", str(FIXTURES / "cv_en.txt"), "--label", "CLI"])
    assert result.exit_code == 0, result.output
    assert CvVersion.objects.get(user=owner).label == "CLI"
    listed = runner.invoke(app, ["cv", "list"])
    assert "CLI" in listed.output
