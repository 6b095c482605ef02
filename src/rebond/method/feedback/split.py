"""Cut a pasted message (recruiter e-mail, notes) into pieces, each with what it is (C3.3 input).

Structure first, by rules a person can check: HTML is flattened (quoted `<blockquote>` replies,
styles and scripts go); then, line by line, a greeting, a quoted reply (from "Le … a écrit :",
"On … wrote:", "-----Original Message-----", or "> " lines), a forwarded message's header lines,
a signature (after "--" or a closing formula: short lines, names, phones, addresses), contact
lines and legal or data-protection paragraphs are set aside, each with its kind. What is left
is cut into sentences (abbreviations, bullets and numbered lists respected), and a sentence that
joins two points with "mais", "but", "however"… into two clauses. Those are the `CANDIDATE`
pieces that `feedback_email` weighs as feedback or courtesy. Nothing is dropped: every line of
the message is in exactly one piece, so a person can bring any of them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rebond.method.feedback.settings import all_email_patterns
from rebond.method.text.html import TextExtractor
from rebond.method.text.language import Lang, detect, fold, words

MAX_EMAIL_CHARS = 20_000

# What a piece of a message is. CANDIDATE pieces are weighed by `feedback_email`; the others
# are set aside as they are.
CANDIDATE = "candidate"
GREETING = "greeting"
SIGNATURE = "signature"
QUOTED = "quoted"
HEADER = "header"  # the message's own From/To/Subject lines, pasted with it
LEGAL = "legal"
HEADING = "heading"  # "Voici nos retours :", a line that only announces what follows
SHORT = "short"  # fewer than three words: "Ok.", "Bonne nouvelle !"
STRUCTURAL_KINDS = (GREETING, SIGNATURE, QUOTED, HEADER, LEGAL, HEADING, SHORT)

_LOOKS_HTML = re.compile(r"<(html|body|p|br|div|li|ul|ol|span|table|blockquote|b|i|strong)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•–·▪◦>]|\d{1,2}[.)]|[a-z][.)])\s+")
_CONTACT = re.compile(r"@\w|https?://|www\.|\+?\d[\d .()/-]{7,}\d|\b[\w-]+\.(com|fr|org|io)\b")
_FORWARD = re.compile(
    r"^-*\s*(forwarded message|message transfere|debut du message reexpedie|begin forwarded "
    r"message|message d'origine|original message)\s*-*:?$"
)
_HEADER_LINE = re.compile(
    r"^(from|de|date|sent|envoye|to|a|cc|subject|objet|reply-to|repondre a)\s?:", re.I
)
# Abbreviations after which a full stop does not end a sentence (folded, without the dot).
# "etc." is left out on purpose: followed by a capital it does end the sentence.
_ABBREVIATIONS = frozenset(
    "m mme mlle mm dr pr mr mrs ms st jr eg ie cf vs env approx ex p no nº n° ref tel".split()
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”)]?\s+(?=[\"«“(]?[A-ZÀ-ÖØ-Þ0-9])")
# Notes typed fast start sentences in lower case: "… the migration thing. he said …".
_LOWER_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[a-zà-öø-ÿ])")
# A sentence that joins two points: "…, mais …", "…; however, …", "… — but …". A parenthetical
# "le jury a, cependant, relevé…" is not a cut (the conjunction is followed by a comma there).
_CONTRAST = re.compile(
    r"(?:,\s+(?=(?:mais|but)\s)|\s[-–—]\s+(?=(?:mais|but)\s)|;\s+"
    r"|,\s+(?=(?:en revanche|par contre|cependant|toutefois|neanmoins|however)\b(?!,)))",
    re.I,
)
_LEADING_CONJUNCTION = re.compile(r"^(?:mais|but|yet)\s+", re.I)


@dataclass(frozen=True)
class Piece:
    """A sentence, a clause or a set-aside block of a message, with its kind and language."""

    text: str
    lang: Lang
    kind: str
    # Clauses cut from one sentence share this number (see `clauses`); -1 for a whole sentence.
    sentence: int = -1


@dataclass(frozen=True)
class Statement:
    """One feedback statement cut out of an e-mail, with its own language."""

    text: str
    lang: Lang


def _html_to_text(html: str) -> str:
    parser = TextExtractor()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def _matches(kind: str, line: str) -> bool:
    folded = fold(line.strip())
    return any(p.search(folded) for p in all_email_patterns()[kind])


def _greeting_split(line: str) -> tuple[str, str]:
    """("Bonjour Marie,", rest of the line) for a line that opens with a greeting."""
    if not _matches("greetings", line):
        return "", line
    head, comma, rest = line.partition(",")
    if comma and len(words(head)) <= 5:
        return head + comma, rest.strip()
    return (line, "") if len(words(line)) <= 5 else ("", line)


def _looks_like_signature(line: str) -> bool:
    """A short line without a sentence's end: a name, a title, a company, an address."""
    stripped = line.strip()
    if not stripped:
        return True
    if _CONTACT.search(stripped):
        return True
    return len(words(stripped)) <= 7 and not stripped.endswith((".", "!", "?", ":"))


@dataclass
class _Walk:
    """Lines of the message sorted into body lines and set-aside blocks, in order."""

    blocks: list[tuple[str, list[str]]]

    def add(self, kind: str, line: str) -> None:
        if self.blocks and self.blocks[-1][0] == kind:
            self.blocks[-1][1].append(line)
        else:
            self.blocks.append((kind, [line]))


def _walk(text: str) -> _Walk:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    walk = _Walk([])
    state = "body"  # body | signature | quoted | forward_header
    seen_body = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        folded = fold(line)
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if state == "quoted":
            walk.add(QUOTED, raw)
            continue
        if _FORWARD.match(folded.strip(" -")) or _FORWARD.match(folded):
            state = "forward_header"
            walk.add(QUOTED, raw)
            continue
        if state == "forward_header":
            if not line or _HEADER_LINE.match(folded):
                walk.add(QUOTED, raw)
                continue
            state, seen_body = "body", False
        if not seen_body and state == "body" and _HEADER_LINE.match(folded):
            walk.add(HEADER, raw)  # pasted with its own headers
            continue
        replying = _matches("reply_header", line) or _matches("reply_header", f"{line} {following}")
        # "De : …" alone is a sentence's start; with a header line after it, a quoted message.
        if replying and (not _HEADER_LINE.match(folded) or _HEADER_LINE.match(fold(following))):
            state = "quoted"
            walk.add(QUOTED, raw)
            continue
        if line.startswith(">"):
            walk.add(QUOTED, raw)
            continue
        if line in {"--", "-- ", "__", "___"}:
            state = "signature"
            walk.add(SIGNATURE, raw)
            continue
        if _matches("footer", line):
            walk.add(LEGAL, raw)
            state = "legal"
            continue
        if state == "legal":
            if line:
                walk.add(LEGAL, raw)
                continue
            state = "body"
        if len(line) <= 60 and _matches("closings", line) and len(words(line)) <= 6:
            state = "signature"
            walk.add(SIGNATURE, raw)
            continue
        if state == "signature":
            if _looks_like_signature(line):
                walk.add(SIGNATURE, raw)
                continue
            state = "body"  # a real sentence after the sign-off (a P.S.): read it
        if not seen_body and line:
            greeting, rest = _greeting_split(line)
            if greeting:
                walk.add(GREETING, greeting)
                line = rest
            if not line:
                continue
            seen_body = True
        if line and _CONTACT.search(line) and len(words(line)) < 12:
            walk.add(SIGNATURE, raw)
            continue
        walk.add("body", line)
    return walk


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
    return [part for p in pieces if p for part in _lower_case_sentences(p)]


def _lower_case_sentences(text: str) -> list[str]:
    """Sentences of a note that starts them in lower case, each of three words or more."""
    out: list[str] = []
    start = 0
    for match in _LOWER_SENTENCE_END.finditer(text):
        before = text[start : match.start()]
        token = fold(before.split()[-1]).rstrip(".").replace(".", "") if before.split() else ""
        rest = text[match.end() :]
        if token in _ABBREVIATIONS or len(token) <= 1 or len(words(before)) < 3:
            continue
        if len(words(rest)) < 3:
            break
        out.append(before.strip())
        start = match.end()
    out.append(text[start:].strip())
    return [p for p in out if p]


def clauses(sentence: str) -> list[str]:
    """A sentence that joins two points by a contrast, as two clauses (2+ words, then 3+).

    >>> clauses("Très bon contact, mais un anglais jugé insuffisant pour le poste.")
    ['Très bon contact.', 'Un anglais jugé insuffisant pour le poste.']
    >>> clauses("Bien, mais court.")
    ['Bien, mais court.']
    """
    folded = fold(sentence)
    cuts = [m for m in _CONTRAST.finditer(folded)]
    if not cuts or len(folded) != len(sentence):
        return [sentence]
    parts, start = [], 0
    for match in cuts:
        parts.append(sentence[start : match.start()])
        start = match.end()
    parts.append(sentence[start:])
    if len(words(parts[0])) < 2 or any(len(words(p)) < 3 for p in parts[1:]):
        return [sentence]
    out = []
    end = sentence.rstrip()[-1] if sentence.rstrip()[-1:] in ".!?" else "."
    for part in parts:
        part = _LEADING_CONJUNCTION.sub("", part.strip()).strip(" ,;")
        part = part[:1].upper() + part[1:]
        out.append(part if part[-1:] in ".!?…" else part + end)
    return out


def pieces(email_text: str) -> list[Piece]:
    """Every part of a message in order: candidate sentences and clauses, and set-aside blocks.

    Raises ValueError for inputs over 20,000 characters.
    """
    if len(email_text) > MAX_EMAIL_CHARS:
        raise ValueError(
            f"The pasted text is {len(email_text):,} characters long; the limit is "
            f"{MAX_EMAIL_CHARS:,}. Paste only the feedback part of the message."
        )
    text = _html_to_text(email_text) if _LOOKS_HTML.search(email_text) else email_text
    found: list[Piece] = []
    body: list[str] = []

    def flush() -> None:
        for paragraph in _paragraphs(body):
            for sentence in _sentences(paragraph):
                parts = clauses(sentence)
                joined = len(found) if len(parts) > 1 else -1
                for clause in parts:
                    found.append(_candidate(clause, joined))
        body.clear()

    for kind, lines in _walk(text).blocks:
        if kind == "body":
            body.extend(lines)
            continue
        if kind == QUOTED:  # a quoted reply keeps its lines apart from the body's paragraphs
            flush()
        block = "\n".join(line.rstrip() for line in lines).strip()
        if block:
            if kind != QUOTED:
                flush()
            found.append(Piece(block, detect(block), kind))
        elif kind != QUOTED:
            body.append("")
    flush()
    return found


def _candidate(sentence: str, joined: int = -1) -> Piece:
    lang = detect(sentence)
    if len(words(sentence)) < 2 or (joined < 0 and len(words(sentence)) < 3):
        return Piece(sentence, lang, SHORT)
    if sentence.endswith(":"):
        return Piece(sentence, lang, HEADING)
    return Piece(sentence, lang, CANDIDATE, joined)


def is_courtesy(text: str) -> bool:
    """Whether a sentence is one of the playbook's courtesy formulas (`[feedback.email]`)."""
    return _matches("courtesy", text)
