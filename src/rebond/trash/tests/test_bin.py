"""The bin (X1): every delete asks first, lands in the bin, comes back in one click with all it
held; nobody else can see or touch it; it empties itself after 30 days and with the account."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from rebond.debrief.models import Cause, CheckIn, Debrief
from rebond.debrief.tests.factories import make_debrief
from rebond.feedback.models import Statement
from rebond.feedback.tests.factories import make_feedback
from rebond.plan.models import Action
from rebond.plan.tests.factories import make_action
from rebond.privacy import services as privacy
from rebond.trash import services
from rebond.trash.models import KEEP_DAYS, BinEntry

pytestmark = pytest.mark.django_db
YES = {"confirmed": "1"}


def a_debrief(user) -> Debrief:
    debrief = make_debrief(user, facts="Zorglub facts")
    debrief.checkins.create(user=user, at=debrief.started_at, emotion_words="tristesse")
    debrief.causes.create(text="Exemples trop vagues", control="mine", nature="skill")
    return debrief


def test_a_delete_asks_first_without_javascript(owner_client, owner):
    debrief = a_debrief(owner)
    url = f"/debrief/{debrief.pk}/delete/"
    for response in (owner_client.get(url), owner_client.post(url)):
        assert response.status_code == 200
        assert b'name="confirmed" value="1"' in response.content
    assert Debrief.objects.filter(pk=debrief.pk).exists()
    assert not BinEntry.objects.exists()


def test_a_confirmed_delete_goes_to_the_bin_and_one_click_brings_it_all_back(owner_client, owner):
    debrief = a_debrief(owner)
    response = owner_client.post(f"/debrief/{debrief.pk}/delete/", YES, follow=True)
    assert not Debrief.objects.exists() and not Cause.objects.exists()
    entry = BinEntry.objects.get()
    # The page says where it went and offers to undo.
    assert f'action="/bin/{entry.pk}/restore/"'.encode() in response.content
    response = owner_client.post(f"/bin/{entry.pk}/restore/", {"next": "/debrief/"})
    assert response.status_code == 302 and response.url == "/debrief/"
    back = Debrief.objects.get()
    assert back.pk == debrief.pk and back.facts == "Zorglub facts"
    assert back.causes.get().text == "Exemples trop vagues"
    assert CheckIn.objects.get().emotion_words == "tristesse"
    assert not BinEntry.objects.exists()


def test_the_bin_keeps_journal_text_encrypted(owner):
    services.discard(owner, a_debrief(owner))
    with connection.cursor() as cursor:
        cursor.execute("SELECT label, payload FROM trash_binentry")
        label, payload = cursor.fetchone()
    assert "Zorglub" not in payload and "tristesse" not in payload
    assert payload.startswith("enc1:") and label.startswith("enc1:")


def test_another_person_can_neither_see_nor_restore_nor_purge_it(owner, other_client):
    entry = services.discard(owner, a_debrief(owner))
    assert b"Zorglub" not in other_client.get("/bin/").content
    assert other_client.post(f"/bin/{entry.pk}/restore/").status_code == 404
    assert other_client.post(f"/bin/{entry.pk}/delete/", YES).status_code == 404
    other_client.post("/bin/empty/", YES)
    assert BinEntry.objects.filter(pk=entry.pk).exists()
    api = other_client.post(f"/api/v1/bin/{entry.pk}/restore")
    assert api.status_code == 404
    assert other_client.get("/api/v1/bin").json() == []


def test_the_bin_page_lists_and_restores(owner_client, owner):
    entry = services.discard(owner, a_debrief(owner))
    page = owner_client.get("/bin/", HTTP_ACCEPT_LANGUAGE="en")
    assert b"Debrief" in page.content and b"Acme" in page.content
    owner_client.post(f"/bin/{entry.pk}/restore/")
    assert Debrief.objects.exists()


def test_delete_for_good_and_empty_ask_first_then_purge(owner_client, owner):
    first = services.discard(owner, a_debrief(owner))
    assert owner_client.post(f"/bin/{first.pk}/delete/").status_code == 200  # asks
    assert BinEntry.objects.exists()
    owner_client.post(f"/bin/{first.pk}/delete/", YES)
    assert not BinEntry.objects.exists()
    services.discard(owner, make_action(owner))
    assert owner_client.post("/bin/empty/").status_code == 200  # asks
    owner_client.post("/bin/empty/", YES)
    assert not BinEntry.objects.exists()


def test_entries_older_than_the_keeping_time_go(owner):
    old = services.discard(owner, a_debrief(owner))
    BinEntry.objects.filter(pk=old.pk).update(
        deleted_at=timezone.now() - timedelta(days=KEEP_DAYS, minutes=1)
    )
    recent = services.discard(owner, make_action(owner))
    assert services.purge_expired() == 1
    assert list(BinEntry.objects.all()) == [recent]


def test_erasure_empties_the_bin(owner):
    services.discard(owner, a_debrief(owner))
    privacy.erase(owner)
    assert not BinEntry.objects.exists()


def test_links_set_to_null_by_the_delete_come_back(owner):
    first = make_action(owner, title="Write the story")
    step = make_action(owner, title="Tell it aloud", follows=first)
    first_pk = first.pk
    entry = services.discard(owner, first)
    step.refresh_from_db()
    assert step.follows is None
    services.restore(owner, entry)
    step.refresh_from_db()
    assert step.follows_id == first_pk


def test_a_row_whose_parent_is_gone_says_so(owner):
    debrief = a_debrief(owner)
    checkin = services.discard(owner, debrief.checkins.get())
    parent = services.discard(owner, Debrief.objects.get())
    with pytest.raises(services.RestoreError):
        services.restore(owner, checkin)
    assert BinEntry.objects.filter(pk=checkin.pk).exists()  # still there to try again
    services.restore(owner, parent)
    services.restore(owner, checkin)
    assert CheckIn.objects.get().debrief_id == debrief.pk


def test_restored_feedback_joins_the_recurring_points_again(owner_client, owner):
    item = make_feedback(owner)
    assert Statement.objects.get().group is not None
    owner_client.post(f"/feedback/items/{item.pk}/delete/", YES)
    entry = BinEntry.objects.get()
    Statement.objects.all()  # gone with the item
    assert not Statement.objects.exists()
    owner_client.post(f"/bin/{entry.pk}/restore/")
    assert Statement.objects.get().group is not None


def test_api_deletes_land_in_the_bin_too(owner_client, owner):
    debrief = a_debrief(owner)
    response = owner_client.delete(f"/api/v1/debriefs/{debrief.pk}")
    assert response.status_code == 204
    entry_id = int(response["X-Rebond-Bin-Entry"])
    listed = owner_client.get("/api/v1/bin").json()
    assert [e["id"] for e in listed] == [entry_id] and listed[0]["kind"] == "debrief.debrief"
    restored = owner_client.post(f"/api/v1/bin/{entry_id}/restore")
    assert restored.status_code == 200 and restored.json() == {
        "kind": "debrief.debrief",
        "id": debrief.pk,
    }
    assert Debrief.objects.exists()


def test_the_export_lists_what_the_bin_keeps(owner):
    from rebond import data_export

    services.discard(owner, make_action(owner, title="Relancer Claire"))
    rows = data_export.collect(owner)["bin"][1]
    assert rows[0]["kind"] == "plan.action" and "Relancer Claire" in rows[0]["rows"]
    assert Action.objects.count() == 0
