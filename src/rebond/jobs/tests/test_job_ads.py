"""A job ad read from its page: JSON-LD, OpenGraph, the page's text; fetched on loopback."""

from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rebond.jobs import job_ads
from rebond.method.job_page import read_job_page

PAGES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "job_pages"


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English; the default language is French."""
    from django.utils import translation

    with translation.override("en"):
        yield


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_a_json_ld_posting_beside_breadcrumbs_is_read_and_its_escaped_html_cleaned() -> None:
    ad = read_job_page(page("jsonld_graph.html"))
    assert ad is not None and ad.source == "json-ld"
    assert (ad.title, ad.company) == ("Contrôleur de gestion H/F", "Groupe Azur")
    assert ad.location == "Lyon, Auvergne-Rhône-Alpes, FR"
    assert ad.date_posted.isoformat() == "2026-11-28"
    assert ad.description.splitlines() == [
        "Rattaché(e) au DAF, vous pilotez le budget et les re-prévisions.",
        "- Clôtures mensuelles",
        "- Reporting sous Power BI",
        "Anglais courant.",
    ]


def test_without_json_ld_the_open_graph_tags_and_the_article_are_read() -> None:
    ad = read_job_page(page("opengraph.html"))
    assert (ad.title, ad.company, ad.source) == ("Data Analyst", "Northwind", "opengraph")
    assert "weekly sales dashboards" in ad.description and "Strong SQL" in ad.description
    for noise in ("cookies", "You may also like", "Home", "Northwind Ltd"):
        assert noise not in ad.description


def test_a_page_that_is_no_job_ad_says_so() -> None:
    assert read_job_page(page("not_a_job.html")) is None
    with pytest.raises(job_ads.JobAdError, match="does not look like a job ad"):
        job_ads.read_ad(page("not_a_job.html"))


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/forbidden":
            self.send_response(403)
            self.end_headers()
            return
        body = page(self.path.strip("/") or "jsonld_graph.html").encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _Site(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the slow page's client gives up first: a broken pipe is expected


@pytest.fixture
def site():
    server = _Site(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_it_fetches_a_page_on_loopback_and_explains_each_failure(site, monkeypatch) -> None:
    assert job_ads.read_ad_at(f"{site}/jsonld_graph.html").company == "Groupe Azur"
    with pytest.raises(job_ads.JobAdError, match="HTTP 403"):
        job_ads.read_ad_at(f"{site}/forbidden")
    monkeypatch.setattr(job_ads, "TIMEOUT", 0.5)
    with pytest.raises(job_ads.JobAdError, match="did not answer"):
        job_ads.read_ad_at(f"{site}/slow")
    with pytest.raises(job_ads.JobAdError, match="http"):
        job_ads.read_ad_at("file:///etc/passwd")


@pytest.mark.django_db
def test_a_hosted_server_never_reads_its_own_network(site, settings) -> None:
    settings.LOCAL_MODE = False
    with pytest.raises(job_ads.JobAdError, match="private network"):
        job_ads.read_ad_at(f"{site}/jsonld_graph.html")


@pytest.mark.django_db
def test_the_web_reads_the_ad_into_a_form_to_check_before_saving(site, owner_client) -> None:
    from rebond.jobs.models import Application

    owner_client.cookies["django_language"] = "en"
    response = owner_client.get("/applications/from-ad/", {"url": f"{site}/jsonld_graph.html"})
    content = response.content.decode()
    assert 'value="Groupe Azur"' in content and "Contrôleur de gestion H/F" in content
    assert not Application.objects.exists()
    # The quick add with only the link goes the same way.
    quick = owner_client.post("/applications/quick-add/", {"job_url": f"{site}/opengraph.html"})
    assert quick.status_code == 302 and "/applications/from-ad/?url=" in quick["Location"]


@pytest.mark.django_db
def test_rebond_add_reads_the_ad_when_company_and_role_are_not_given(site) -> None:
    from rebond.accounts.services import local_user
    from rebond.cli import app
    from rebond.jobs.models import Application

    result = CliRunner().invoke(app, ["add", "--url", f"{site}/jsonld_graph.html"])
    assert result.exit_code == 0, result.output
    found = Application.objects.for_user(local_user()).get()
    assert (found.company.name, found.role, found.location) == (
        "Groupe Azur",
        "Contrôleur de gestion H/F",
        "Lyon, Auvergne-Rhône-Alpes, FR",
    )
    assert "Power BI" in found.job_description
    missing = CliRunner().invoke(app, ["add", "--url", f"{site}/forbidden"])
    assert missing.exit_code == 2 and "HTTP 403" in missing.output
