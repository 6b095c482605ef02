"""`rebond analyze transcript` (text only, no Django) and `rebond stories check`."""

import json
import subprocess
import sys

import pytest
from django.utils import translation
from typer.testing import CliRunner

from rebond.cli import app
from rebond.prep.tests.factories import VTT, make_story

runner = CliRunner()

# Runs the command in a fresh interpreter and reports whether Django was imported by the end.
PROBE = """
import sys
from rebond.cli import app
try:
    app(["analyze", "transcript", sys.argv[1], "--interviewer", "Q"])
except SystemExit:
    pass
print("DJANGO_LOADED", any(m == "django" or m.startswith("django.") for m in sys.modules))
"""


def test_it_prints_the_speech_metrics_of_a_webvtt_file(tmp_path):
    path = tmp_path / "mock.vtt"
    path.write_text(VTT, encoding="utf-8")
    result = runner.invoke(app, ["analyze", "transcript", str(path)])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["interviewer_found"] and report["lang"] == "en"
    assert report["filler_total"] >= 1 and len(report["answers"]) == 2
    other = runner.invoke(app, ["analyze", "transcript", str(path), "--interviewer", "Ana"])
    assert json.loads(other.stdout)["words"] < report["words"]  # now Q's words are counted


def test_it_explains_a_missing_or_empty_file(tmp_path):
    missing = runner.invoke(app, ["analyze", "transcript", str(tmp_path / "none.vtt")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    empty = tmp_path / "empty.srt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["analyze", "transcript", str(empty)])
    assert result.exit_code == 2 and "no speech found" in result.stderr


def test_it_never_sets_django_up_to_analyse_a_transcript(tmp_path):
    path = tmp_path / "mock.vtt"
    path.write_text(VTT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True
    )
    assert '"words"' in done.stdout
    assert done.stdout.strip().endswith("DJANGO_LOADED False")


@pytest.mark.django_db
def test_it_lints_the_story_bank(owner, monkeypatch):
    monkeypatch.setattr("rebond.cli.setup.person", lambda: owner)
    make_story(owner)
    make_story(owner, title="Vague", result="Things got better.", learnings="")
    with translation.override("en"):  # `setup.person` (replaced here) would choose it
        result = runner.invoke(app, ["stories", "check"])
    assert result.exit_code == 1  # stories to rework and a bank under six
    assert "2 stories (target: 6 to 8 reusable stories)." in result.stdout
    assert "Stock-outs at Acme: ok" in result.stdout
    assert "Vague: missing: Learnings; result without a figure" in result.stdout
    report = json.loads(runner.invoke(app, ["stories", "check", "--json"]).stdout)
    assert [s["ok"] for s in report["stories"]] == [True, False] and report["missing"] == 4
