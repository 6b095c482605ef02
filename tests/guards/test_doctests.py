"""The examples written in the method's docstrings (`>>>`) are run: they document and test."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import rebond.method

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(rebond.method.__path__, "rebond.method.")
    if ".tests" not in m.name
)


@pytest.mark.parametrize("name", MODULES)
def test_the_examples_of_the_method_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=True
    )
    assert result.failed == 0


def test_there_are_examples_to_run():
    finder = doctest.DocTestFinder()
    examples = sum(
        len(test.examples)
        for name in MODULES
        for test in finder.find(importlib.import_module(name))
    )
    assert examples > 250
