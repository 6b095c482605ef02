"""Long text wraps instead of overflowing: a 5,000-character company name and an unbroken
300-character word, on the pages that show them, at desktop and phone width."""

import pytest

from rebond.accounts.services import issue_login_link, local_user
from rebond.jobs.services import create_application

pytestmark = pytest.mark.django_db(transaction=True)


def test_long_names_wrap_on_every_page_that_shows_them(live_server, page, screenshot):
    user = local_user()
    long_name = ("Compagnie générale des établissements " * 135)[:5000]
    wordy = create_application(user, company=long_name, role="Analyste " * 40)
    unbroken = create_application(user, company="X" * 300, role="Y" * 300)
    page.goto(issue_login_link(live_server.url))
    urls = [
        "/board/",
        "/applications/",
        wordy.get_absolute_url(),
        unbroken.get_absolute_url(),
        f"/companies/{unbroken.company_id}/",
    ]
    wider = {}
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        for url in urls:
            page.goto(live_server.url + url)
            extra = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if extra > 1:
                wider[f"{url} at {width}px"] = extra
        screenshot(f"long-text-{width}")
    assert wider == {}
