"""Any file, any header: the import answers with a line-numbered error or a correct import, all
or nothing, and never fails any other way (Hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rebond.jobs.importing import ImportFailed, import_applications
from rebond.jobs.models import Application, Company
from rebond.jobs.tabular import TableError

pytestmark = pytest.mark.django_db

HEADERS = ["Entreprise", "Poste", "Date", "Statut", "Canal", "Notes", "Lien", "x", ""]
CELLS = st.one_of(
    st.sampled_from(
        [
            "Acme",
            "Data analyst",
            "03/11/2026",
            "31/02/2026",
            "Entretien 2",
            "Site carrière",
            "Refus",
            "",
            "https://acme.example",
            "javascript:x",
            "46329",
            "pigeon",
        ]
    ),
    st.text(max_size=30),
)
ROWS = st.lists(st.lists(CELLS, min_size=0, max_size=7), max_size=6)


def _check(user, data: bytes, name: str) -> None:
    before = (Application.objects.count(), Company.objects.count())
    try:
        report = import_applications(user, data, name)
    except ImportFailed as exc:
        assert exc.errors and all(e.line >= 1 for e in exc.errors)
        assert (Application.objects.count(), Company.objects.count()) == before
        return
    except TableError:
        assert (Application.objects.count(), Company.objects.count()) == before
        return
    assert Application.objects.count() == before[0] + report.applications


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    headers=st.lists(st.sampled_from(HEADERS), max_size=7), rows=ROWS, sep=st.sampled_from(";,\t")
)
def test_any_table_is_imported_whole_or_refused_with_its_line(owner, headers, rows, sep):
    text = "\n".join(sep.join(cells) for cells in [headers, *rows])
    _check(owner, text.encode("utf-8"), "suivi.csv")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400), name=st.sampled_from(["a.csv", "a.xlsx", "a.json", "a"]))
def test_any_bytes_are_refused_cleanly_or_imported(owner, data, name):
    _check(owner, data, name)


NAMES = st.one_of(
    st.sampled_from(["Doctolib – PM", "PM @ Qonto", "Alan", "", "x - ", " - y"]),
    st.text(max_size=30),
)
JSON_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lists=st.lists(
        st.fixed_dictionaries({"id": st.sampled_from(["a", "b"]), "name": NAMES}), max_size=3
    ),
    cards=st.lists(
        st.fixed_dictionaries(
            {"name": NAMES, "idList": st.sampled_from(["a", "b", "c"]), "desc": JSON_VALUES},
            optional={
                "labels": st.lists(st.dictionaries(st.just("name"), JSON_VALUES)),
                "closed": JSON_VALUES,
                "due": JSON_VALUES,
            },
        ),
        max_size=5,
    ),
)
def test_any_trello_board_is_imported_whole_or_refused_with_its_line(owner, lists, cards):
    import json

    data = json.dumps({"lists": lists, "cards": cards}).encode()
    _check(owner, data, "board.json")
