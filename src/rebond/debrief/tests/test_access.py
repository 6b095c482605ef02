"""Every debrief and journal page with three people: the owner (200), another person (404 for
anything that names an id; their own empty lists otherwise), anonymous (302 to /login/)."""

import pytest

from rebond.debrief.models import Asset, Attribution, CheckIn, SupportPerson, Win
from rebond.debrief.services import journal
from rebond.debrief.tests.factories import make_debrief, make_rejected, make_thought

pytestmark = pytest.mark.django_db
STEPS = ("checkin", "reset", "cooldown", "columns", "causes", "replay", "summary")


@pytest.fixture
def rows(owner):
    debrief = make_debrief(owner, facts="Secret fact line")
    return {
        "debrief": debrief,
        "application": make_rejected(owner, role="Other role"),
        "thought": make_thought(owner, "Je ne réussis jamais rien."),
        "asset": journal.add_asset(owner, "result", "Cut costs by 20%"),
        "attribution": journal.add_attribution(owner, outcome="Final round at Acme"),
        "checkin": journal.log_mood(owner, mood=4, emotion="anger"),
        "win": journal.add_win(owner, "Sent two applications"),
        "support": journal.add_support_person(owner, name="Léa", role="buddy", effect="lifts"),
    }


def id_urls(rows):
    d = rows["debrief"].pk
    urls = [f"/debrief/{d}/", f"/debrief/{d}/resume/", f"/debrief/thoughts/{rows['thought'].pk}/"]
    return urls + [f"/debrief/{d}/{key}/" for key in STEPS]


LISTS = [
    "/debrief/",
    "/debrief/thoughts/",
    "/debrief/assets/",
    "/debrief/timeline/",
    "/debrief/support/",
]


def test_it_shows_every_page_to_its_owner(owner_client, rows):
    for url in id_urls(rows) + LISTS:
        response = owner_client.get(url, follow=True)
        assert response.status_code == 200, url


def test_it_answers_404_to_another_person_for_every_id(other_client, rows):
    for url in id_urls(rows):
        assert other_client.get(url).status_code == 404, url
    for kind in ("thought", "asset", "attribution", "checkin", "win", "support"):
        url = f"/debrief/{kind}/{rows[kind].pk}/delete/"
        assert other_client.post(url).status_code == 404, url
    assert other_client.post(f"/debrief/{rows['debrief'].pk}/delete/").status_code == 404
    assert other_client.post(f"/debrief/start/{rows['application'].pk}/").status_code == 404
    step = f"/debrief/{rows['debrief'].pk}/columns/"
    assert other_client.post(step, {"facts": "overwrite"}).status_code == 404
    rows["debrief"].refresh_from_db()
    assert rows["debrief"].facts == "Secret fact line"


def test_it_shows_another_person_only_their_own_lists(other_client, rows):
    for url in LISTS:
        body = other_client.get(url).content.decode()
        for secret in ("Secret fact line", "Je ne réussis jamais", "Cut costs", "Léa", "Sent two"):
            assert secret not in body, url


def test_it_sends_anonymous_visitors_to_the_login_page(client, rows):
    for url in id_urls(rows) + LISTS + ["/debrief/thoughts/spot/"]:
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/login/"), url
    response = client.post(f"/debrief/start/{rows['application'].pk}/")
    assert response.url.startswith("/login/")


def test_it_answers_404_for_an_unknown_step_or_kind(owner_client, rows):
    assert owner_client.get(f"/debrief/{rows['debrief'].pk}/nonsense/").status_code == 404
    assert owner_client.post("/debrief/nonsense/1/delete/").status_code == 404


@pytest.mark.parametrize(
    "kind,model",
    [
        ("asset", Asset),
        ("attribution", Attribution),
        ("checkin", CheckIn),
        ("win", Win),
        ("support", SupportPerson),
    ],
)
def test_it_deletes_a_journal_row(owner_client, rows, kind, model):
    response = owner_client.post(f"/debrief/{kind}/{rows[kind].pk}/delete/", {"confirmed": "1"})
    assert response.status_code == 302
    assert not model.objects.filter(pk=rows[kind].pk).exists()
