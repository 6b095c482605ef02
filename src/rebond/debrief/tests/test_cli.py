"""`rebond analyze thoughts` (text only, no Django), `rebond debrief ID`, `rebond mood`."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from rebond.cli import app
from rebond.debrief.models import CheckIn
from rebond.debrief.tests.factories import make_debrief

runner = CliRunner()
LINES = "Je suis nul en entretien.\nThe interview lasted 45 minutes.\n\nI want to end it all.\n"
PROBE = """
import sys
from rebond.cli import app
try:
    app(["analyze", "thoughts", sys.argv[1]])
except SystemExit:
    pass
print("DJANGO_LOADED", any(m == "django" or m.startswith("django.") for m in sys.modules))
"""


def test_it_writes_one_json_object_per_line_in_order(tmp_path):
    path = tmp_path / "thoughts.txt"
    path.write_text(LINES, encoding="utf-8")
    result = runner.invoke(app, ["analyze", "thoughts", str(path)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == LINES.splitlines()
    assert all(
        set(r) == {"text", "lang", "distorted", "distortions", "reformulation"} for r in rows
    )
    assert (
        rows[0]["distorted"] and rows[0]["distortions"][0] == "labeling" and rows[0]["lang"] == "fr"
    )
    assert not rows[1]["distorted"] and rows[1]["reformulation"] is None
    assert rows[3]["distortions"] == [] and not rows[3]["distorted"]  # crisis: not analysed
    assert "3114" in result.stderr  # where to find help, once


def test_it_reads_stdin_and_forces_a_language(tmp_path):
    result = runner.invoke(app, ["analyze", "thoughts", "--lang", "en"], input="I always fail.\n")
    assert result.exit_code == 0 and json.loads(result.stdout)["lang"] == "en"
    assert runner.invoke(app, ["analyze", "thoughts"], input="").exit_code == 2
    missing = runner.invoke(app, ["analyze", "thoughts", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_it_never_sets_django_up_to_analyse_thoughts(tmp_path):
    path = tmp_path / "thoughts.txt"
    path.write_text("Je ne réussis jamais.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True
    )
    assert '"distorted"' in done.stdout
    assert done.stdout.strip().endswith("DJANGO_LOADED False")


@pytest.mark.django_db
def test_it_prints_the_debrief_summary_of_an_application(owner, monkeypatch):
    monkeypatch.setattr("rebond.cli.setup.person", lambda: owner)
    debrief = make_debrief(owner, lessons="Quantify results", tests="Send 2 CVs with figures")
    result = runner.invoke(app, ["debrief", str(debrief.application_id)])
    assert result.exit_code == 0
    assert "Quantify results" in result.stdout and "Send 2 CVs with figures" in result.stdout
    data = json.loads(runner.invoke(app, ["debrief", str(debrief.application_id), "--json"]).stdout)
    assert data["hypotheses"] == ["Send 2 CVs with figures"]
    assert runner.invoke(app, ["debrief", "999999"]).exit_code == 2


@pytest.mark.django_db
def test_it_logs_a_mood_check_in(owner, monkeypatch):
    monkeypatch.setattr("rebond.cli.setup.person", lambda: owner)
    result = runner.invoke(app, ["mood", "4", "colère", "--intensity", "7"])
    assert result.exit_code == 0
    checkin = CheckIn.objects.get()
    assert (checkin.mood, checkin.emotion, checkin.intensity) == (4, "anger", 7)
    assert checkin.soothing_action in result.stdout
    assert runner.invoke(app, ["mood", "11", "anger"]).exit_code == 2
