import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from rebond.accounts import encryption
from rebond.accounts.fields import EncryptedTextField


@pytest.fixture
def keys(settings):
    first, second = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [first]
    return settings, first, second


def test_it_stores_ciphertext_and_reads_back_the_text(keys):
    field = EncryptedTextField()
    stored = field.get_prep_value("Je me sens nul après ce refus")
    assert stored.startswith("enc1:") and "nul" not in stored
    assert field.from_db_value(stored, None, None) == "Je me sens nul après ce refus"
    assert field.get_prep_value("") == ""


def test_it_reads_old_values_after_a_new_key_is_put_first(keys):
    settings, first, second = keys
    old = encryption.encrypt("colère")
    settings.FIELD_ENCRYPTION_KEYS = [second, first]
    assert encryption.decrypt(old) == "colère"
    rotated = encryption.rotate(old)
    settings.FIELD_ENCRYPTION_KEYS = [second]
    assert encryption.decrypt(rotated) == "colère"
    with pytest.raises(ImproperlyConfigured, match="cannot be read"):
        encryption.decrypt(old)


def test_it_refuses_a_malformed_key(keys):
    keys[0].FIELD_ENCRYPTION_KEYS = ["not-a-key"]
    with pytest.raises(ImproperlyConfigured, match="REBOND_FIELD_KEYS"):
        encryption.encrypt("x")


def test_it_refuses_to_search_an_encrypted_field():
    with pytest.raises(TypeError, match="encrypted"):
        EncryptedTextField(name="text").get_lookup("icontains")
