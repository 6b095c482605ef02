"""The forms of a page, read with the standard library's HTML parser (for the edge tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Form:
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)  # name -> a plausible value
    types: dict[str, str] = field(default_factory=dict)  # name -> input type


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._form = Form(a.get("action", ""), a.get("method", "get").lower())
            self.forms.append(self._form)
        if self._form is None:
            return
        name = a.get("name", "")
        if tag == "input" and name and a.get("type", "text") not in ("submit", "button", "file"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and name in self._form.fields:
                return
            self._form.fields[name] = a.get("value", "") or ("on" if kind == "checkbox" else "x")
            self._form.types[name] = kind
        elif tag == "select" and name:
            self._select = name
            self._form.types[name] = "select"
        elif tag == "option" and self._select and self._select not in self._form.fields:
            if a.get("value"):
                self._form.fields[self._select] = a["value"]
        elif tag == "textarea" and name:
            self._textarea = name
            self._form.fields[name] = "x"
            self._form.types[name] = "textarea"

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def forms_of(html: str) -> list[Form]:
    reader = _Reader()
    reader.feed(html)
    return reader.forms
