"""A job ad's page fetched over the network, only when the person asks for it (C1.1).

The reading itself is pure (`rebond.method.job_page`); this module is the input/output around
it: an http(s) address, a 10-second limit, 3 MB at most, the page's own charset, and a plain
message for each way it can fail. A hosted server refuses addresses inside its own network
(the person's laptop in local mode may read its own).
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from urllib.parse import urlparse

from django.conf import settings
from django.utils.translation import gettext as _

from rebond.method.errors import ServiceError
from rebond.method.job_page import JobAd, read_job_page

TIMEOUT = 10.0
MAX_BYTES = 3 * 1024 * 1024
_HEADERS = {
    "User-Agent": "Mozilla/5.0 (compatible; Rebond job tracker)",
    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    "Accept-Language": "fr,en;q=0.8",
}


class JobAdError(ServiceError):
    """The page cannot be read as a job ad; the message says what to do instead."""


def _private(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False  # the request itself will say the site cannot be reached
    for *_rest, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0])
        if address.is_private or address.is_loopback or address.is_link_local:
            return True
    return False


def fetch_page(url: str) -> str:
    """The page's HTML; JobAdError with a plain message otherwise."""
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise JobAdError(_("Give the ad's web address, starting with http:// or https://."))
    if not settings.LOCAL_MODE and _private(parsed.hostname):
        raise JobAdError(_("That address is inside a private network: Rebond does not read it."))
    request = urllib.request.Request(url.strip(), headers=_HEADERS)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            kind = response.headers.get_content_type()
            if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
                raise JobAdError(_("This address is not a web page (%(kind)s).") % {"kind": kind})
            data = response.read(MAX_BYTES + 1)
            charset = response.headers.get_content_charset() or "utf-8"
    except urllib.error.HTTPError as exc:
        if exc.code in (401, 403, 429):
            raise JobAdError(
                _(
                    "The site refused to show the page to a program (HTTP %(code)s). Paste the "
                    "ad's text, or save the page as .html and give that file."
                )
                % {"code": exc.code}
            ) from None
        raise JobAdError(
            _("The site answered with an error (HTTP %(code)s).") % {"code": exc.code}
        ) from None
    except TimeoutError:
        raise JobAdError(
            _("The site did not answer within %(s)s seconds: try again, or paste the ad's text.")
            % {"s": int(TIMEOUT)}
        ) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise JobAdError(
                _(
                    "The site did not answer within %(s)s seconds: try again, or paste the ad's "
                    "text."
                )
                % {"s": int(TIMEOUT)}
            ) from None
        raise JobAdError(_("The site cannot be reached: check the address.")) from None
    if len(data) > MAX_BYTES:
        raise JobAdError(_("This page is over 3 MB: paste the ad's text instead."))
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def read_ad(page: str) -> JobAd:
    """The job ad in a page's HTML (or pasted text); JobAdError when none can be told."""
    found = read_job_page(page) if "<" in page else _pasted(page)
    if found is None:
        raise JobAdError(
            _(
                "This page does not look like a job ad (no title or description found). Paste "
                "the ad's text instead."
            )
        )
    return found


def _pasted(text: str) -> JobAd | None:
    """Text pasted from the page: its first line is taken as the title, the rest as the ad."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return None
    return JobAd(lines[0][:200], "", "", None, "\n".join(lines)[:20_000], "pasted")


def read_ad_at(url: str) -> JobAd:
    return read_ad(fetch_page(url))
