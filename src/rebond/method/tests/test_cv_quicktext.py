"""The fast text reader used by `rebond match`: same words, same refusals, same bounds."""

from pathlib import Path

import pytest

from rebond.method.cv.document import DocumentError
from rebond.method.cv.extract import extract_text
from rebond.method.cv.quicktext import cv_words

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "cv"


@pytest.mark.parametrize("name", ["cv_fr_one_column.pdf", "cv_en_two_columns.pdf", "cv_fr.docx"])
def test_it_reads_the_same_words_as_the_layout_reader(name):
    data = (FIXTURES / name).read_bytes()
    assert sorted(cv_words(data, name).split()) == sorted(extract_text(data, name).text.split())


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("cv.pdf", (FIXTURES / "cv_protected.pdf").read_bytes(), "password"),
        ("bomb.pdf", b"%PDF-1.4\n" + b"1 0 obj\n<<>>\nendobj\n" * 100_001, "objects"),
        ("cv.pdf", b"%PDF-1.4\n garbage", "damaged"),
    ],
)
def test_it_refuses_what_the_layout_reader_refuses(name, data, message):
    with pytest.raises(DocumentError, match=message):
        cv_words(data, name)
