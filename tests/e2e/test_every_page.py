"""Every page a person can open, with data in every section, in French and in English, at
desktop (1280 px) and phone (390 px) width: no error, nothing wider than the screen, and a
screenshot of each under test-artifacts/pages/ to look at."""

from __future__ import annotations

import pytest
from django.test import Client
from tests.hosted import objects

from rebond.accounts.services import issue_login_link, local_user

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]
WIDTHS = {"desktop": 1280, "phone": 390}


def pages(user) -> list[tuple[str, str]]:
    """(name, url) of every page that answers 200 with HTML to a GET, for this person."""
    client = Client()
    client.force_login(user)
    return [(name, url) for name, url, _ in objects.owner_pages(client, user)]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_fits_the_screen_in_both_languages(live_server, browser, language):
    user = local_user()
    found = pages(user)
    assert len(found) > 60, found
    folder = ARTIFACTS / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    problems = []
    for width_name, width in WIDTHS.items():
        context = browser.new_context(
            locale="fr-FR" if language == "fr" else "en-GB",
            viewport={"width": width, "height": 900},
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(issue_login_link(live_server.url))
        errors: list[str] = []
        page.on("pageerror", lambda error, errors=errors: errors.append(str(error)))
        for name, url in found:
            errors.clear()
            response = page.goto(live_server.url + url)
            if response is None or response.status >= 400:
                problems.append(f"{name} {width_name}: HTTP {response and response.status}")
                continue
            wider = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if wider > 1:
                problems.append(f"{name} {width_name}: {wider}px wider than the screen")
            problems.extend(f"{name} {width_name}: {e}" for e in errors)
            slug = name.replace(":", "-")
            page.screenshot(
                path=str(folder / f"{language}-{width_name}-{slug}.png"), full_page=True
            )
        context.close()
    assert problems == []
