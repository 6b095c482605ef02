"""A person keeps an interviewer as a contact, plans an informational interview with them, and
finds the reminders where they look every day: Today when the plan app provides it, and the
network's own "due to contact" list."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import NoReverseMatch, reverse
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link
from rebond.jobs import services as jobs
from rebond.network import services
from rebond.network.models import Contact

pytestmark = pytest.mark.django_db(transaction=True)


def today_url():
    try:
        return reverse("plan:today")
    except NoReverseMatch:
        return None


def test_it_goes_from_an_interview_to_a_contact_and_a_reminder(live_server, page, screenshot):
    page.goto(issue_login_link(live_server.url))
    user = Contact._meta.get_field("user").related_model.objects.get()
    application = jobs.create_application(user, company="Doctolib", role="Analyste données")
    jobs.log_interview(
        application,
        scheduled_at=datetime.now(UTC) - timedelta(days=2),
        interviewers="Léa Martin, responsable data\nPaul Roy, recruteur",
    )
    with time_machine.travel(datetime.now(UTC) - timedelta(days=120), tick=False):
        services.create_contact(user, first_name="Karim", last_name="Benali",
                                company_name="Qonto", kind="alumni")  # fmt: skip

    page.goto(f"{live_server.url}/network/interviewers/")
    expect(page.get_by_text("Léa Martin")).to_be_visible()
    screenshot("network-interviewers")
    page.locator("tr", has_text="Léa Martin").get_by_role("button").click()
    expect(page.get_by_role("heading", name="Léa Martin")).to_be_visible()
    page.locator("a[href$='/info/new/']").click()
    page.locator("#goal-pick").select_option("explore_role")
    page.locator("form[method='get'] button").click()
    assert "semaine type" in page.locator("#id_questions").input_value()
    page.locator("#id_topic").fill("le métier de data analyst en santé")
    soon = datetime.now().astimezone() + timedelta(hours=1)  # the browser's local time
    page.locator("#id_scheduled_at").fill(soon.strftime("%Y-%m-%dT%H:%M"))
    screenshot("network-info-form")
    page.locator("form[method='post'] button[type='submit']").click()
    expect(page.get_by_role("heading", name="le métier de data analyst en santé")).to_be_visible()
    page.goto(f"{live_server.url}/network/")
    due = page.locator(".due-panel")
    expect(due.get_by_role("link", name="Karim Benali")).to_be_visible()
    screenshot("network-home")

    url = today_url()
    if url:  # the plan app's Today page lists the network's items
        page.goto(f"{live_server.url}{url}")
        body = page.locator("main").inner_text()
        assert "Karim Benali" in body and "Léa Martin" in body
        screenshot("network-today")
    page.goto(f"{live_server.url}/network/due/")
    expect(page.get_by_role("link", name="Karim Benali")).to_be_visible()
    screenshot("network-due")


def test_it_drafts_a_request_and_imports_at_phone_width(live_server, page, screenshot):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(issue_login_link(live_server.url))
    user = Contact._meta.get_field("user").related_model.objects.get()
    lea = services.create_contact(
        user,
        first_name="Léa",
        last_name="Martin",
        company_name="Doctolib",
        email="lea@doctolib.example",
    )
    page.goto(f"{live_server.url}/network/contacts/{lea.pk}/draft/")
    page.locator("#id_kind").select_option("precise_introduction")
    page.locator("#id_target_person").fill("Paul Roy, responsable de l'équipe data")
    page.locator("form[method='get'] button").click()
    assert "Paul Roy" in page.locator("pre.draft").inner_text()
    expect(page.locator("a[href^='mailto:lea@doctolib.example']")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    screenshot("network-draft-phone")
    page.goto(f"{live_server.url}/network/contacts/{lea.pk}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    screenshot("network-contact-phone")
