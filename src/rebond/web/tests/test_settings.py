import pytest
from django.core.exceptions import ImproperlyConfigured

from rebond.envconfig import env_bool, env_int, env_str


@pytest.mark.parametrize(
    ("reader", "value"),
    [
        (lambda: env_bool("REBOND_X", False), "maybe"),
        (lambda: env_int("REBOND_X", 1), "twelve"),
        (lambda: env_int("REBOND_X", 1, minimum=1, maximum=5), "9"),
        (lambda: env_str("REBOND_X", "a", choices=("a", "b")), "c"),
    ],
)
def test_it_fails_loudly_naming_the_variable(monkeypatch, reader, value):
    monkeypatch.setenv("REBOND_X", value)
    with pytest.raises(ImproperlyConfigured, match="REBOND_X"):
        reader()


def test_it_reads_secrets_from_a_file(monkeypatch, tmp_path):
    secret = tmp_path / "key"
    secret.write_text("s3cret\n")
    monkeypatch.setenv("REBOND_X_FILE", str(secret))
    assert env_str("REBOND_X") == "s3cret"


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("off", False), ("Yes", True)])
def test_it_reads_booleans(monkeypatch, value, expected):
    monkeypatch.setenv("REBOND_X", value)
    assert env_bool("REBOND_X", not expected) is expected
