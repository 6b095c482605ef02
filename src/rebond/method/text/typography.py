"""French typography, applied by the product rather than typed by hand in each string.

A narrow no-break space (U+202F) goes before ``: ; ! ?`` and inside ``« »``, and before % and €
after a number. Only marks that end a word are touched: times (14:30), ratios
(3:1), URLs (http://, ?next=), emoticons (:-), ;)) and entities (&amp;) keep their form.

>>> french_typography("Un fait objectif: le refus. Et maintenant ?")
'Un fait objectif\\u202f: le refus. Et maintenant\\u202f?'
>>> french_typography("Rendez-vous à 14:30, voir http://exemple.fr?x=1 :)")
'Rendez-vous à 14:30, voir http://exemple.fr?x=1 :)'
>>> french_typography("« Trop junior »")
'«\\u202fTrop junior\\u202f»'
"""

from __future__ import annotations

import re

NNBSP = "\u202f"  # narrow no-break space: before : ; ! ? % € and inside « »

_SPACE = r"(?:[ \t\u00a0\u2009\u202f]|&nbsp;|&#160;|&#8239;|&#x202f;)"
_TEXT = re.compile(
    rf"(?P<space>{_SPACE}*)(?P<marks>[:;!?]+)"
    rf"|(?P<entity>&#?\w+;)"
    rf"|«{_SPACE}*"
    rf"|{_SPACE}*»"
    rf"|(?P<number>\d) (?P<unit>[%€])",
    re.IGNORECASE,
)
# What may follow a mark for it to end a word (")" only after ! and ?: ":)" is a smile).
_AFTER = frozenset("»\"”…)'’.,") | {""}
# What may stand just before a mark that has no space yet.
_BEFORE = frozenset(')]»"”’…%*')
_QUICK = re.compile(r"[:;!?«»%€]")

# In markup, text nodes only: comments, tags (with their attribute values) and the contents of
# script, style, pre, code and textarea pass through as they are. Marks are rare in a page, so
# the markup is searched for them with str.find (a tenth of a regular expression's scan on a
# 20 KB page) rather than parsed.
_SKIPPED = (
    ("<!--", "-->"),
    ("<script", "</script>"),
    ("<style", "</style>"),
    ("<pre", "</pre>"),
    ("<code", "</code>"),
    ("<textarea", "</textarea>"),
)
_CANDIDATES = ":;!?«»%€"
_SHOWN = re.compile(r'(\sdata-text-[\w-]+=")([^"]*)"')


def french_typography(text: str) -> str:
    """Plain text (or one text node of HTML) with French spacing rules applied.

    >>> french_typography("Distorsions possibles : Trop longue: 0/3 !")
    'Distorsions possibles\\u202f: Trop longue\\u202f: 0/3\\u202f!'
    >>> french_typography("Vraiment?! (ou pas?)")
    'Vraiment\\u202f?! (ou pas\\u202f?)'
    >>> french_typography("10 % de 30 €")
    '10\\u202f% de 30\\u202f€'
    >>> french_typography("R&amp;D ; aujourd&#x27;hui")
    'R&amp;D\\u202f; aujourd&#x27;hui'
    """
    if not _QUICK.search(text):
        return text
    return _TEXT.sub(_fix, text)


def number(value: float, lang: str, digits: int | None = None) -> str:
    """A number as the language writes it, for text built outside Django's localisation:
    French groups thousands with a narrow no-break space and writes a decimal comma.

    >>> number(27999, "fr"), number(3.0, "fr", 1), number(0.5, "fr"), number(27999.5, "en")
    ('27\u202f999', '3,0', '0,5', '27,999.5')
    """
    text = f"{value:,}" if digits is None else f"{value:,.{digits}f}"
    return text.replace(",", NNBSP).replace(".", ",") if lang == "fr" else text


def french_typography_html(html: str) -> str:
    """An HTML document or fragment with `french_typography` applied to its visible text only,
    and to the `data-text-*` attributes that hold the words a script shows.

    >>> french_typography_html('<p title="a: b">Note: <code>x: 1</code> « ok »</p>')
    '<p title="a: b">Note\\u202f: <code>x: 1</code> «\\u202fok\\u202f»</p>'
    """
    skipped = _spans(html)
    out: list[str] = []
    done = 0  # html[:done] is in out
    for at in sorted(_positions(html)):
        if at < done or any(start <= at < end for start, end in skipped):
            continue
        if html.rfind("<", done, at) > html.rfind(">", done, at):
            continue  # inside a tag: an attribute value
        start = max(html.rfind(">", done, at) + 1, done)
        end = html.find("<", at)
        end = len(html) if end == -1 else end
        out += [html[done:start], _TEXT.sub(_fix, html[start:end])]
        done = end
    out.append(html[done:])
    page = "".join(out)
    if "data-text-" in page:  # words a script shows (a timer's "Step 1 of 3: …") are text too
        page = _SHOWN.sub(lambda m: m.group(1) + french_typography(m.group(2)) + '"', page)
    return page


def _positions(html: str) -> list[int]:
    found = []
    for mark in _CANDIDATES:
        at = html.find(mark)
        while at != -1:
            found.append(at)
            at = html.find(mark, at + 1)
    return found


def _spans(html: str) -> list[tuple[int, int]]:
    spans = []
    for opening, closing in _SKIPPED:
        at = html.find(opening)
        while at != -1:
            end = html.find(closing, at)
            end = len(html) if end == -1 else end + len(closing)
            spans.append((at, end))
            at = html.find(opening, end)
    return spans


def _fix(match: re.Match[str]) -> str:
    found = match.group()
    if match.group("entity") is not None:
        return found
    if match.group("number") is not None:
        return match.group("number") + NNBSP + match.group("unit")
    if found.startswith("«"):
        return "«" + NNBSP
    if found.endswith("»"):
        return NNBSP + "»"
    text, start, end = match.string, match.start(), match.end()
    marks = match.group("marks")
    after = text[end : end + 1]
    if not (after in _AFTER or after.isspace()):
        return found  # 14:30, http://, ?next=, :-)
    if after and after in ")'’." and marks[0] in ":;":
        return found  # :) ;) and the like
    before = text[start - 1 : start]
    if match.group("space"):
        if before.isspace():
            return found  # a mark at the start of a line stays where the writer put it
        return NNBSP + marks
    if before.isalnum() or before in _BEFORE:
        return NNBSP + marks
    return found
