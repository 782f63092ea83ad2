"""Every docstring example in the package runs, from the installed package."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import article_clean

OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
#: Modules that import optional extras are skipped when the extra is absent.
MODULES = sorted(
    info.name for info in pkgutil.walk_packages(article_clean.__path__, prefix="article_clean.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    try:
        module = importlib.import_module(name)
    except ImportError as error:
        pytest.skip(f"{name} needs an optional extra: {error}")
    result = doctest.testmod(module, optionflags=OPTIONS, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctests failed in {name}"
