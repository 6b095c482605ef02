"""Fill empty French translations of a .po catalogue from JSON hand-off files.

Usage: python scripts/po_fill.py src/rebond/locale/fr/LC_MESSAGES/django.po .i18n/*.json
Each JSON file is {"English msgid": "traduction"} (a 2-item list for plurals; a message with a
context is keyed "context\u0004msgid", gettext's own separator). Prints the msgids
still untranslated, so a new string never ships in English by accident.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def unquote(lines: list[str]) -> str:
    return "".join(json.loads(line) for line in lines if line.strip())


def _forget_fuzzy(lines: list[str]) -> list[str]:
    """msgmerge's fuzzy guesses are often wrong ("Page %(n)s" for "%(done)s of %(total)s"):
    an entry flagged fuzzy is treated as untranslated, to be filled from the hand-offs."""
    flags = next((line for line in lines if line.startswith("#,")), "")
    if "fuzzy" not in flags:
        return lines
    kept_flags = [f.strip() for f in flags[2:].split(",") if f.strip() != "fuzzy"]
    out = []
    for line in lines:
        if line.startswith("#|"):
            continue
        if line == flags:
            if kept_flags:
                out.append("#, " + ", ".join(kept_flags))
            continue
        out.append(line)
    # Drop the guessed translation (and its continuation lines).
    cleared: list[str] = []
    in_msgstr = False
    for line in out:
        if line.startswith("msgstr"):
            in_msgstr = True
            head = line.split(" ", 1)[0]
            cleared.append(f'{head} ""')
            continue
        if in_msgstr and line.startswith('"'):
            continue
        in_msgstr = False
        cleared.append(line)
    return cleared


def _plural_forms(lines: list[str]) -> list[str]:
    """The texts of `msgstr[i]` lines, each with its wrapped continuation lines."""
    forms: list[list[str]] = []
    for line in lines:
        if line.startswith("msgstr["):
            forms.append([line.split(" ", 1)[1]])
        elif line.startswith('"') and forms:
            forms[-1].append(line)
    return [unquote(form) for form in forms]


def lookup(translations: dict[str, str | list[str]], msgid: str) -> str | list[str] | None:
    """The translation of msgid; hand-offs may write a template's literal "%%" as "%"."""
    if msgid in translations:
        return translations[msgid]
    value = translations.get(msgid.replace("%%", "%"))
    if isinstance(value, str) and "%%" in msgid:
        return value.replace("%", "%%").replace("%%(", "%(")
    return value


def fill(po_path: Path, translations: dict[str, str | list[str]]) -> list[str]:
    blocks = po_path.read_text(encoding="utf-8").split("\n\n")
    missing: list[str] = []
    out = []
    for block in blocks:
        lines = _forget_fuzzy(block.split("\n"))
        ids = [i for i, line in enumerate(lines) if line.startswith("msgid ")]
        if not ids:
            out.append("\n".join(lines))
            continue
        first = ids[0]
        if any(line.startswith("msgid_plural") for line in lines):
            plural_at = next(i for i, line in enumerate(lines) if line.startswith("msgid_plural"))
            msgid = unquote([lines[first][6:], *lines[first + 1 : plural_at]])
            forms_at = next(i for i, line in enumerate(lines) if line.startswith("msgstr["))
            done = all(_plural_forms(lines[forms_at:]))
            value = lookup(translations, msgid)
            if not done and isinstance(value, list):
                # The forms and their continuation lines (msgmerge wraps long ones) all go.
                lines = lines[:forms_at] + [
                    f"msgstr[{i}] {json.dumps(v, ensure_ascii=False)}" for i, v in enumerate(value)
                ]
            elif not done:
                missing.append(msgid)
            out.append("\n".join(lines))
            continue
        at = next(i for i, line in enumerate(lines) if line.startswith("msgstr "))
        msgid = unquote([lines[first][6:], *lines[first + 1 : at]])
        context = next((line[8:] for line in lines if line.startswith("msgctxt ")), None)
        if context is not None:  # never the context-free translation of the same words
            msgid = f"{unquote([context])}\x04{msgid}"
        msgstr = unquote([lines[at][7:], *lines[at + 1 :]])
        if msgid and not msgstr:
            value = lookup(translations, msgid)
            if isinstance(value, str):
                lines = [*lines[:at], f"msgstr {json.dumps(value, ensure_ascii=False)}"]
            else:
                missing.append(msgid)
        out.append("\n".join(lines))
    po_path.write_text("\n\n".join(out), encoding="utf-8")
    return missing


def main() -> None:
    po_path, *sources = sys.argv[1:]
    translations: dict[str, str | list[str]] = {}
    for source in sources:
        translations.update(json.loads(Path(source).read_text(encoding="utf-8")))
    missing = fill(Path(po_path), translations)
    for msgid in missing:
        print(f"untranslated: {msgid.replace(chr(4), ' | ')}")  # context | message


if __name__ == "__main__":
    main()
