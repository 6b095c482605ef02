"""The faces set the method's places from the environment; the method never reads it."""

from __future__ import annotations

from pathlib import Path

from rebond import method_environment
from rebond.method import places, playbook
from rebond.method.learning import embeddings, model_store


def test_the_environment_sets_the_places_and_the_method_reads_them(tmp_path, monkeypatch):
    monkeypatch.setattr(places, "current", places.Places())
    method_environment.configure(
        {
            "REBOND_PLAYBOOK_DIR": str(tmp_path / "playbook"),
            "REBOND_MODEL_CACHE": str(tmp_path / "cache"),
            "REBOND_ENCODER_WORKERS": "3",
        }
    )
    assert playbook.playbook_dir() == tmp_path / "playbook"
    assert model_store.folder() == tmp_path / "cache"
    assert embeddings.batch_workers() == 3


def test_off_keeps_nothing_and_unset_means_the_defaults(monkeypatch):
    monkeypatch.setattr(places, "current", places.Places())
    method_environment.configure({"REBOND_MODEL_CACHE": "off"})
    assert model_store.folder() is None
    assert playbook.playbook_dir() == playbook.BUILTIN_DIR
    assert 1 <= embeddings.batch_workers() <= 2
    method_environment.configure({})
    assert isinstance(model_store.folder(), Path)  # the user's cache folder


def test_the_method_does_not_read_the_environment():
    method = Path(playbook.__file__).parents[1]
    readers = [
        str(path.relative_to(method))
        for path in method.rglob("*.py")
        if "tests" not in path.parts and "os.environ" in path.read_text()
    ]
    assert readers == []
