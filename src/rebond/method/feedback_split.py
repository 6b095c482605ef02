"""Cut a pasted recruiter e-mail into feedback statements (C3.3 input).

HTML is flattened with the standard library's parser (quoted `<blockquote>` replies, styles and
scripts dropped). Then, line by line: greetings go, everything from a reply header ("Le … a
écrit :", "On … wrote:"), a signature delimiter, a closing formula or a legal footer onwards
goes, quoted "> " lines go. What is left is split into sentences that respect abbreviations
("M.", "e.g.", initials), bullets and numbered lists; pure courtesy sentences ("Merci pour votre
candidature") are dropped. Each statement carries its own language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from rebond.method.feedback_settings import all_email_patterns
from rebond.method.language import Lang, detect, fold, words

MAX_EMAIL_CHARS = 20_000
_BLOCK_TAGS = {"p", "div", "br", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"}
_SKIP_TAGS = {"style", "script", "head", "blockquote", "title"}
_LOOKS_HTML = re.compile(r"<(html|body|p|br|div|li|ul|ol|span|table|blockquote|b|i|strong)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•–·▪◦]|\d{1,2}[.)]|[a-z][.)])\s+")
_CONTACT = re.compile(r"@\w|https?://|www\.|\+?\d[\d .-]{7,}\d")
# Abbreviations after which a full stop does not end a sentence (folded, without the dot).
# "etc." is left out on purpose: followed by a capital it does end the sentence.
_ABBREVIATIONS = frozenset(
    "m mme mlle mm dr pr mr mrs ms st jr eg ie cf vs env approx ex p no nº n°".split()
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”)]?\s+(?=[\"«“(]?[A-ZÀ-ÖØ-Þ0-9])")


@dataclass(frozen=True)
class Statement:
    """One feedback statement cut out of an e-mail, with its own language."""

    text: str
    lang: Lang


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS or tag == "li":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def _html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def _matches(kind: str, line: str) -> bool:
    folded = fold(line.strip())
    return any(p.search(folded) for p in all_email_patterns()[kind])


def _strip_greeting(line: str) -> str:
    """Drop "Bonjour Marie," / "Dear Sam," even when the message continues on the same line."""
    if not _matches("greetings", line):
        return line
    head, comma, rest = line.partition(",")
    if comma and len(words(head)) <= 5:
        return rest.strip()
    return "" if len(words(line)) <= 5 else line


def _body_lines(text: str) -> list[str]:
    """The e-mail's own lines, cut before replies, signatures, closings and footers."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for i, raw in enumerate(lines):
        line = raw.strip()
        joined = f"{line} {lines[i + 1].strip()}" if i + 1 < len(lines) else line
        if _matches("reply_header", line) or _matches("reply_header", joined):
            break
        if line in {"--", "-- ", "__", "___"} or _matches("footer", line):
            break
        if len(line) <= 60 and _matches("closings", line):
            break
        if not line or line.startswith(">"):
            kept.append("")
            continue
        if not any(k.strip() for k in kept):
            line = _strip_greeting(line)
        if _CONTACT.search(line) and len(words(line)) < 12:
            continue
        kept.append(line)
    return kept


def _paragraphs(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines; every bullet or numbered item stands alone."""
    blocks: list[str] = []
    current: list[str] = []
    for line in lines:
        bullet = _BULLET.match(line)
        if not line or bullet:
            if current:
                blocks.append(" ".join(current))
            current = [line[bullet.end() :]] if bullet else []
            continue
        current.append(line)
    if current:
        blocks.append(" ".join(current))
    return [b.strip() for b in blocks if b.strip()]


def _sentences(paragraph: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[start : match.start()].rstrip('"»”)')
        last = fold(before.split()[-1]) if before.split() else ""
        token = last.rstrip(".").replace(".", "")
        if before.endswith(".") and (token in _ABBREVIATIONS or len(token) == 1):
            continue
        pieces.append(paragraph[start : match.start()].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    return [p for p in pieces if p]


def split_statements_with_lang(email_text: str) -> list[Statement]:
    """Feedback statements of an e-mail, each with its detected language.

    Raises ValueError for inputs over 20,000 characters.
    """
    if len(email_text) > MAX_EMAIL_CHARS:
        raise ValueError(
            f"The pasted text is {len(email_text):,} characters long; the limit is "
            f"{MAX_EMAIL_CHARS:,}. Paste only the feedback part of the message."
        )
    text = _html_to_text(email_text) if _LOOKS_HTML.search(email_text) else email_text
    statements = []
    for paragraph in _paragraphs(_body_lines(text)):
        for sentence in _sentences(paragraph):
            # A line that announces a list ("Voici nos retours :") is not itself feedback.
            if len(words(sentence)) < 3 or sentence.endswith(":") or _matches("courtesy", sentence):
                continue
            statements.append(Statement(sentence, detect(sentence)))
    return statements


def split_statements(email_text: str) -> list[str]:
    """Feedback statements of a pasted e-mail (plain text or HTML), in order.

    >>> split_statements("Bonjour Léa,\\n\\nVos exemples étaient concrets. Vous pourriez "
    ...                  "être plus concise, e.g. sur le pitch.\\n\\nCordialement,\\nMarc")
    ['Vos exemples étaient concrets.', 'Vous pourriez être plus concise, e.g. sur le pitch.']
    """
    return [s.text for s in split_statements_with_lang(email_text)]
