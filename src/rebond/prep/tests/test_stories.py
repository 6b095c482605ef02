"""The story bank (C7.1): each story checked, the bank measured, the job's skills covered."""

import pytest

from rebond.prep.models import Story
from rebond.prep.services import stories
from rebond.prep.tests.factories import GOOD_STORY, make_application, make_story

pytestmark = pytest.mark.django_db


def test_it_passes_a_complete_quantified_story(owner):
    item = stories.checked(make_story(owner))
    assert item.lang == "en"
    assert item.check.missing == [] and item.check.result_has_figure
    assert item.check.vague_verbs == []
    assert item.check.within_window and item.check.ok


def test_it_names_missing_parts_a_result_without_figure_and_vague_verbs(owner):
    story = make_story(
        owner,
        title="Délais",
        situation="Chez Acme, les délais de livraison explosaient.",
        task="Je devais les réduire.",
        actions="J'ai aidé l'équipe à revoir le planning.",
        result="Les délais ont baissé.",
        learnings="",
        transfer="",
        tags="",
    )
    check = stories.checked(story).check
    assert check.missing == ["learnings", "transfer"]
    assert not check.result_has_figure
    assert [v.expression for v in check.vague_verbs] == ["j'ai aide"]
    assert not check.ok


def test_it_says_how_many_stories_are_missing_from_the_bank(owner):
    make_story(owner)
    bank = stories.bank(owner)
    assert (bank.report.count, bank.missing_count) == (1, 5)
    assert bank.themes_without_story  # one story cannot cover every usual theme


def test_it_never_mixes_two_peoples_banks(owner, other):
    make_story(owner)
    assert stories.bank(other).report.count == 0


def test_it_refuses_unknown_fields_and_an_empty_title(owner):
    with pytest.raises(TypeError):
        stories.create_story(owner, title="x", colour="blue")
    with pytest.raises(ValueError):
        stories.create_story(owner, title="  ")


def test_it_names_the_job_skills_no_story_proves(owner):
    make_story(owner, tags="SQL")
    description = "Profil recherché :\n- Maîtrise de SQL\n- Négociation avec les fournisseurs"
    matrix = stories.coverage_for(owner, description, use_embeddings=False)
    assert "SQL" in matrix.skills
    assert matrix.proofs("SQL") == [0]
    assert any("gociation" in gap for gap in matrix.gaps)


def test_it_creates_a_story_from_the_form_and_shows_its_check(owner_client, owner):
    data = {**GOOD_STORY, "result": "Stock-outs went down."}
    response = owner_client.post("/prep/stories/new/", data, follow=True)
    story = Story.objects.get(user=owner)
    assert response.redirect_chain[-1][0] == f"/prep/stories/{story.pk}/"
    page = response.content.decode()
    assert "The result has no figure" in page or "Le résultat n’a pas de chiffre" in page


def test_it_edits_and_deletes_a_story(owner_client, owner):
    story = make_story(owner)
    data = {**GOOD_STORY, "title": "Renamed"}
    assert owner_client.post(f"/prep/stories/{story.pk}/edit/", data).status_code == 302
    assert Story.objects.get(pk=story.pk).title == "Renamed"
    assert (
        owner_client.post(f"/prep/stories/{story.pk}/delete/", {"confirmed": "1"}).status_code
        == 302
    )
    assert not Story.objects.filter(pk=story.pk).exists()


def test_it_shows_the_coverage_matrix_with_gaps(owner_client, owner):
    make_story(owner, tags="SQL")
    application = make_application(
        owner, job_description="Profil recherché :\n- SQL\n- Négociation commerciale"
    )
    page = owner_client.get(f"/prep/stories/coverage/?application={application.pk}")
    assert page.status_code == 200
    matrix = page.context["matrix"]
    assert matrix.stories == ["Stock-outs at Acme"] and matrix.gaps
    assert matrix.gaps[0] in page.content.decode()
