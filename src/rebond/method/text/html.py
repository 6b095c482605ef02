"""Readable text out of HTML, with the standard library's parser (one home for the e-mail
reader and the job-ad reader)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCK_TAGS = frozenset(
    {"p", "div", "br", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section",
     "article", "header", "footer", "li", "dd", "dt"}
)  # fmt: skip


class TextExtractor(HTMLParser):
    """Text of an HTML document: blocks on their own lines, list items as "- …", the lines of a
    `<blockquote>` quoted ("> "); `skip` tags (scripts, styles…) and what they hold left out."""

    def __init__(self, skip: frozenset[str] = frozenset({"style", "script", "head", "title"})):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = skip
        self._skipping = 0
        self._quoting = 0

    def _newline(self) -> None:
        self.parts.append("\n> " if self._quoting else "\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._skip:
            self._skipping += 1
        elif self._skipping:
            return
        elif tag == "blockquote":
            self._quoting += 1
            self._newline()
        elif tag == "li":
            self._newline()
            self.parts.append("- ")
        elif tag in BLOCK_TAGS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._skip:
            self._skipping = max(0, self._skipping - 1)
        elif self._skipping:
            return
        elif tag == "blockquote":
            self._quoting = max(0, self._quoting - 1)
            self._newline()
        elif tag in BLOCK_TAGS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str, skip: frozenset[str] | None = None) -> str:
    """The text of `html`, one block per line.

    >>> html_to_text("<p>Vos exemples :</p><ul><li>clairs</li><li>chiffrés</li></ul>")
    'Vos exemples :\\n- clairs\\n- chiffrés'
    """
    parser = TextExtractor(skip) if skip is not None else TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())
