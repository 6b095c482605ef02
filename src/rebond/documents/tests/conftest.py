import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores uploads in its own folder, so "nothing left behind" can be checked."""
    settings.MEDIA_ROOT = tmp_path / "files"
    return settings.MEDIA_ROOT
