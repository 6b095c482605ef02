"""A coach's tools (issue 23): private notes, threads answered by both sides, notices by
e-mail, proposed actions. Every read of a thread by the coach needs the section shared now."""

from __future__ import annotations

import pytest

from rebond.coaching import proposals, services, threads
from rebond.coaching.choices import ProposalStatus, Role, Section
from rebond.coaching.models import Comment, Membership, Note, Proposal
from rebond.coaching.tests.factories import join, make_organisation, share
from rebond.jobs.tests.factories import make_application
from rebond.plan.models import Action
from rebond.reminders.services import set_coaching_messages
from rebond.trash.models import BinEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def coach(django_user_model, owner):
    coach = django_user_model.objects.create(
        username="coach", first_name="Nadia", email="nadia@example.org", content_language="en"
    )
    organisation = make_organisation()
    join(owner, organisation)
    join(coach, organisation, Role.COACH)
    owner.first_name, owner.email, owner.content_language = "Léa", "lea@example.org", "fr"
    owner.save()
    return coach


@pytest.fixture
def second_coach(django_user_model, owner, coach):
    second = django_user_model.objects.create(username="second", first_name="Marc")
    join(second, Membership.objects.get(user=coach).organisation, Role.COACH)
    return second


def as_user(client, user):
    client.force_login(user)
    return client


# Private notes --------------------------------------------------------------------------------


def test_a_note_is_read_by_its_coach_only(client, owner, coach, second_coach):
    share(owner, coach, Section.PLAN)
    share(owner, second_coach, Section.PLAN)
    as_user(client, coach).post(
        f"/coaching/people/{owner.pk}/notes/new/", {"text": "Seems tired, ask about sleep."}
    )
    note = Note.objects.get()
    assert note.user == coach and note.person == owner
    assert "Seems tired" in client.get(f"/coaching/people/{owner.pk}/").content.decode()

    as_user(client, second_coach)
    page = client.get(f"/coaching/people/{owner.pk}/").content.decode()
    assert "Seems tired" not in page
    assert client.get(f"/coaching/notes/{note.pk}/edit/").status_code == 404
    assert client.post(f"/coaching/notes/{note.pk}/delete/", {"confirmed": "1"}).status_code == 404

    as_user(client, owner)
    for url in ("/coaching/sharing/", "/plan/today/", "/plan/"):
        assert "Seems tired" not in client.get(url).content.decode()
    assert client.get(f"/coaching/notes/{note.pk}/edit/").status_code == 404
    note.refresh_from_db()
    assert note.text == "Seems tired, ask about sleep."


def test_a_note_needs_a_person_who_shares(client, owner, coach):
    response = as_user(client, coach).post(f"/coaching/people/{owner.pk}/notes/new/", {"text": "x"})
    assert response.status_code == 404 and not Note.objects.exists()


def test_a_note_is_edited_then_deleted_into_the_coach_bin_after_asking(client, owner, coach):
    share(owner, coach, Section.PLAN)
    as_user(client, coach).post(f"/coaching/people/{owner.pk}/notes/new/", {"text": "First"})
    note = Note.objects.get()
    client.post(f"/coaching/notes/{note.pk}/edit/", {"text": "Second thought"})
    note.refresh_from_db()
    assert note.text == "Second thought"

    asked = client.post(f"/coaching/notes/{note.pk}/delete/")
    assert asked.status_code == 200 and Note.objects.exists()  # the question, nothing deleted
    client.post(f"/coaching/notes/{note.pk}/delete/", {"confirmed": "1"})
    assert not Note.objects.exists()
    entry = BinEntry.objects.get()
    assert entry.user == coach and entry.kind == "coaching.note"


def test_a_note_is_in_the_coach_export_not_the_person_s(owner, coach):
    from rebond.coaching import exporting, notes

    notes.add(coach, owner, "Private")
    assert exporting.sections(coach)["coaching_notes"][1][0]["person"] == "owner"
    assert exporting.sections(owner)["coaching_notes"][1] == []


@pytest.mark.parametrize("erased", ["person", "coach"])
def test_notes_go_with_the_person_or_the_coach_erased(owner, coach, erased):
    from rebond.coaching import notes
    from rebond.privacy.services import erase

    notes.add(coach, owner, "Private")
    erase(owner if erased == "person" else coach)
    assert not Note.objects.exists()


# Threads --------------------------------------------------------------------------------------


def start_thread(coach, owner, application, text="Did you follow up") -> Comment:
    return services.comment(
        coach, owner, Section.APPLICATIONS, f"applications:{application.pk}", text
    )


def test_the_seeker_answers_on_the_application_page_and_the_coach_reads_it(client, owner, coach):
    share(owner, coach, Section.APPLICATIONS)
    application = make_application(owner)
    first = start_thread(coach, owner, application)

    as_user(client, owner)
    today = client.get("/plan/today/").content.decode()
    assert "Did you follow up" in today  # new, not read yet
    page = client.get(f"/applications/{application.pk}/").content.decode()
    assert "Did you follow up" in page
    assert "Did you follow up" not in client.get("/plan/today/").content.decode()  # read now
    client.post(f"/coaching/comments/{first.pk}/reply/", {"text": "Yes, on Monday."})
    answer = Comment.objects.get(by_seeker=True)
    assert answer.user == owner and answer.coach == coach and answer.item == first.item

    as_user(client, coach)
    person = client.get(f"/coaching/people/{owner.pk}/").content.decode()
    assert f"#comment-{answer.pk}" in person  # a new answer, linked from the person's page
    section = client.get(f"/coaching/people/{owner.pk}/applications/").content.decode()
    assert "Yes, on Monday." in section
    assert (
        f"#comment-{answer.pk}" not in client.get(f"/coaching/people/{owner.pk}/").content.decode()
    )
    client.post(f"/coaching/comments/{answer.pk}/reply/", {"text": "Great."})
    assert Comment.objects.filter(by_seeker=False).count() == 2


def test_the_thread_is_on_the_feedback_item_page(client, owner, coach):
    from rebond.feedback.tests.factories import make_feedback

    share(owner, coach, Section.FEEDBACK)
    item = make_feedback(owner)
    services.comment(coach, owner, Section.FEEDBACK, f"feedback_items:{item.pk}", "Useful one")
    page = as_user(client, owner).get(f"/feedback/items/{item.pk}/").content.decode()
    assert "Useful one" in page


def test_the_thread_is_on_the_plan_action_page(client, owner, coach):
    from rebond.plan.tests.factories import make_action

    share(owner, coach, Section.PLAN)
    action = make_action(owner)
    services.comment(coach, owner, Section.PLAN, f"plan_actions:{action.pk}", "Good pace")
    page = as_user(client, owner).get(f"/plan/actions/{action.pk}/").content.decode()
    assert "Good pace" in page


def test_each_side_edits_and_deletes_only_its_own_messages(client, owner, coach):
    share(owner, coach, Section.APPLICATIONS)
    first = start_thread(coach, owner, make_application(owner))
    answer = threads.reply(owner, first, "Mine")

    as_user(client, owner)
    assert client.post(f"/coaching/comments/{first.pk}/edit/", {"text": "x"}).status_code == 404
    assert (
        client.post(f"/coaching/comments/{first.pk}/delete/", {"confirmed": "1"}).status_code == 404
    )
    client.post(f"/coaching/comments/{answer.pk}/edit/", {"text": "Mine, edited"})
    answer.refresh_from_db()
    assert answer.text == "Mine, edited" and answer.edited_at is not None
    assert client.post(f"/coaching/comments/{answer.pk}/delete/").status_code == 200  # asks
    client.post(f"/coaching/comments/{answer.pk}/delete/", {"confirmed": "1"})
    assert not Comment.objects.filter(pk=answer.pk).exists()
    assert BinEntry.objects.get().user == owner

    as_user(client, coach)
    assert (
        client.post(f"/coaching/comments/{first.pk}/edit/", {"text": "Better"}).status_code == 302
    )
    client.post(f"/coaching/comments/{first.pk}/delete/", {"confirmed": "1"})
    assert not Comment.objects.exists()
    assert BinEntry.objects.filter(user=coach, kind="coaching.comment").count() == 1


def test_revoking_consent_hides_the_threads_from_the_coach(client, owner, coach):
    share(owner, coach, Section.APPLICATIONS, Section.PLAN)
    first = start_thread(coach, owner, make_application(owner))
    threads.reply(owner, first, "Answer")
    services.set_sharing(owner, coach, {Section.PLAN})

    assert threads.for_coach(coach, owner, Section.APPLICATIONS) == []
    as_user(client, coach)
    assert client.get(f"/coaching/people/{owner.pk}/applications/").status_code == 404
    assert client.post(f"/coaching/comments/{first.pk}/reply/", {"text": "x"}).status_code == 404
    assert client.get(f"/coaching/comments/{first.pk}/edit/").status_code == 404
    # The person still sees their own threads.
    assert "Answer" in as_user(client, owner).get("/coaching/sharing/").content.decode()


def test_a_second_coach_neither_reads_nor_answers_another_coach_s_thread(
    client, owner, coach, second_coach
):
    share(owner, coach, Section.APPLICATIONS)
    share(owner, second_coach, Section.APPLICATIONS)
    first = start_thread(coach, owner, make_application(owner), "Between us two")
    proposals.propose(coach, owner, title="Nadia's idea", axis="skills", due_on=None)
    as_user(client, second_coach)
    section = client.get(f"/coaching/people/{owner.pk}/applications/").content.decode()
    person = client.get(f"/coaching/people/{owner.pk}/").content.decode()
    assert "Between us two" not in section and "Nadia" not in person
    assert client.post(f"/coaching/comments/{first.pk}/reply/", {"text": "x"}).status_code == 404
    assert Comment.objects.count() == 1


def test_another_seeker_cannot_read_or_answer_a_thread(client, owner, other, coach):
    share(owner, coach, Section.APPLICATIONS)
    first = start_thread(coach, owner, make_application(owner))
    as_user(client, other)
    assert client.post(f"/coaching/comments/{first.pk}/reply/", {"text": "x"}).status_code == 404
    assert client.get(f"/coaching/comments/{first.pk}/edit/").status_code == 404
    assert Comment.objects.count() == 1


# Notices by e-mail ---------------------------------------------------------------------------


def test_a_coach_comment_tells_the_seeker_in_their_language_without_its_text(
    owner, coach, mailoutbox, django_capture_on_commit_callbacks
):
    share(owner, coach, Section.APPLICATIONS)
    with django_capture_on_commit_callbacks(execute=True):
        start_thread(coach, owner, make_application(owner), "Secret advice")
    (mail,) = mailoutbox
    assert mail.to == ["lea@example.org"]
    assert "Nadia" in mail.subject and "commentaire" in mail.subject  # French, Léa's language
    assert "Secret advice" not in mail.body and "Secret advice" not in mail.subject


def test_an_answer_tells_the_coach_in_their_language(
    owner, coach, mailoutbox, django_capture_on_commit_callbacks
):
    share(owner, coach, Section.APPLICATIONS)
    first = start_thread(coach, owner, make_application(owner))
    with django_capture_on_commit_callbacks(execute=True):
        threads.reply(owner, first, "My answer")
    (mail,) = mailoutbox
    assert mail.to == ["nadia@example.org"] and "Léa answered your comment" in mail.subject
    assert "My answer" not in mail.body


def test_a_journal_comment_never_carries_the_journal(
    owner, coach, mailoutbox, django_capture_on_commit_callbacks
):
    share(owner, coach, Section.JOURNAL)
    with django_capture_on_commit_callbacks(execute=True):
        services.comment(coach, owner, Section.JOURNAL, "thought_records:1", "About your fear")
    (mail,) = mailoutbox
    assert "journal" in mail.body and "About your fear" not in mail.body + mail.subject


def test_no_notice_for_who_turned_them_off(
    owner, coach, mailoutbox, django_capture_on_commit_callbacks
):
    share(owner, coach, Section.APPLICATIONS)
    set_coaching_messages(owner, False)
    set_coaching_messages(coach, False)
    with django_capture_on_commit_callbacks(execute=True):
        first = start_thread(coach, owner, make_application(owner))
        threads.reply(owner, first, "Answer")
        proposals.propose(coach, owner, title="Call Acme", axis="search_strategy", due_on=None)
    assert mailoutbox == []


def test_a_proposal_tells_the_seeker(owner, coach, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        proposals.propose(coach, owner, title="Call Acme", axis="search_strategy", due_on=None)
    (mail,) = mailoutbox
    assert "Nadia" in mail.subject and "Call Acme" not in mail.body


# Proposed actions ----------------------------------------------------------------------------


def test_an_accepted_proposal_becomes_exactly_one_plan_action(client, owner, coach):
    share(owner, coach, Section.PLAN)
    as_user(client, coach).post(
        f"/coaching/people/{owner.pk}/proposals/new/",
        {"title": "Call three alumni", "axis": "search_strategy", "due_on": "2030-01-15"},
    )
    proposal = Proposal.objects.get()
    as_user(client, owner)
    assert "Call three alumni" in client.get("/plan/today/").content.decode()
    assert "Call three alumni" in client.get("/plan/").content.decode()
    client.post(f"/coaching/proposals/{proposal.pk}/accept/")
    client.post(f"/coaching/proposals/{proposal.pk}/accept/")  # sent twice
    action = Action.objects.get()
    assert action.user == owner and action.title == "Call three alumni"
    assert str(action.due_on) == "2030-01-15" and action.source_kind == "coaching"
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED and proposal.action == action
    page = as_user(client, coach).get(f"/coaching/people/{owner.pk}/").content.decode()
    assert "Ajoutée au plan" in page


def test_a_declined_proposal_creates_no_action(client, owner, coach):
    proposal = proposals.propose(coach, owner, title="Call", axis="skills", due_on=None)
    as_user(client, owner).post(f"/coaching/proposals/{proposal.pk}/decline/")
    client.post(f"/coaching/proposals/{proposal.pk}/accept/")  # too late: already answered
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.DECLINED and not Action.objects.exists()


def test_only_the_person_answers_a_proposal(client, owner, other, coach):
    proposal = proposals.propose(coach, owner, title="Call", axis="skills", due_on=None)
    for intruder in (other, coach):
        response = as_user(client, intruder).post(f"/coaching/proposals/{proposal.pk}/accept/")
        assert response.status_code == 404
    assert not Action.objects.exists()


def test_a_coach_proposes_only_to_someone_who_shares(client, owner, coach):
    response = as_user(client, coach).post(
        f"/coaching/people/{owner.pk}/proposals/new/", {"title": "x", "axis": "skills"}
    )
    assert response.status_code == 404 and not Proposal.objects.exists()


def test_the_reminders_page_turns_coaching_notices_off_and_on(client, owner, coach):
    from rebond.reminders.services import settings_for

    assert settings_for(owner).coaching_messages is True  # on until turned off
    as_user(client, owner)
    assert "coaching_messages" in client.get("/reminders/").content.decode()
    client.post("/reminders/", {})
    assert settings_for(owner).coaching_messages is False
    client.post("/reminders/", {"coaching_messages": "on"})
    assert settings_for(owner).coaching_messages is True
