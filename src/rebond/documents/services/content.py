"""An extracted CV (`rebond.method.cv.ExtractedDocument`) to and from plain JSON.

Stored on the CV version so reports are recomputed in the reader's language without opening
the file again; the page words (only needed while detecting columns) are left out.
"""

from __future__ import annotations

from typing import Any

from rebond.method.cv.document import ExtractedDocument, Line, PageInfo


def to_json(doc: ExtractedDocument) -> dict[str, Any]:
    return {
        "kind": doc.kind,
        "filename": doc.filename,
        "byte_size": doc.byte_size,
        "lines": [
            {"text": x.text, "page": x.page, "size": x.size, "heading": x.heading_hint}
            for x in doc.lines
        ],
        "pages": [
            {
                "number": p.number,
                "width": p.width,
                "word_count": p.word_count,
                "image_count": p.image_count,
                "columns": p.columns,
            }
            for p in doc.pages
        ],
        "fonts": sorted(doc.fonts),
        "font_sizes": list(doc.font_sizes),
        "table_count": doc.table_count,
        "text_box_count": doc.text_box_count,
        "header_footer_text": doc.header_footer_text,
        "notes": list(doc.notes),
    }


def from_json(data: dict[str, Any]) -> ExtractedDocument:
    return ExtractedDocument(
        kind=data["kind"],
        filename=data["filename"],
        byte_size=int(data["byte_size"]),
        lines=tuple(
            Line(x["text"], int(x["page"]), float(x["size"]), bool(x["heading"]))
            for x in data["lines"]
        ),
        pages=tuple(
            PageInfo(
                int(p["number"]),
                float(p["width"]),
                int(p["word_count"]),
                int(p["image_count"]),
                int(p["columns"]),
            )
            for p in data["pages"]
        ),
        fonts=frozenset(data.get("fonts", [])),
        font_sizes=tuple(data.get("font_sizes", [])),
        table_count=int(data.get("table_count", 0)),
        text_box_count=int(data.get("text_box_count", 0)),
        header_footer_text=data.get("header_footer_text", ""),
        notes=tuple(data.get("notes", [])),
    )
