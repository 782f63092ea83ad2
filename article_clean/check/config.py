"""The configuration of ``check``: the keys of the shared config section, with the flags on top.

The section is the one ``clean`` reads (``[article_clean]`` in ``setup.cfg``,
``[tool.article_clean]`` in ``pyproject.toml``), so the boilerplate phrases
and patterns tune both commands. ``check`` adds ``select``, ``ignore``,
``extend-select``, ``per-file-ignores`` and ``min-confidence``. A flag given on the command line
replaces the config value of the same key.
"""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..options import Config, Options, load_config
from ..pipeline import validate
from .select import RuleSelection, SelectionError, expand_all, parse_per_file

KEYS = ("select", "extend-select", "ignore", "per-file-ignores")
NOT_A_LIST = "must be a list of rule codes (a TOML array of strings, or codes separated by commas or lines)"
CONFIDENCE_KEY = "min-confidence"
NOT_A_CONFIDENCE = "must be a number from 0 to 1, e.g. 0.8 to keep only the sure findings"
NOT_A_MAPPING = "must map globs to codes: a TOML table {\"GLOB\" = [\"CODE\"]}, or 'GLOB: CODES' lines"


def _where(config: Config, key: str) -> str:
    return f"{config.path}: {config.section} {key}"


def _value(values: dict[str, Any], key: str) -> Any:
    """The value of ``key``, written with a dash or an underscore."""
    return values.get(key, values.get(key.replace("-", "_")))


def _entries(value: Any) -> tuple[str, ...] | None:
    """Config lists come as TOML arrays or as comma- or line-separated text; anything else is None."""
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(item.strip() for item in value if item.strip())
    if isinstance(value, str):
        return tuple(part.strip() for part in re.split(r"[\n,]", value) if part.strip())
    return None


def _per_file(value: Any) -> tuple[str, ...] | None:
    """Per-file ignores as ``GLOB: CODES`` entries, from a TOML table, a list or lines."""
    if isinstance(value, dict):
        entries = []
        for pattern, codes in value.items():
            listed = _entries(codes)
            if listed is None:
                return None
            entries.append(f"{pattern}: {', '.join(listed)}")
        return tuple(entries)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    if isinstance(value, str):
        return tuple(line.strip() for line in value.splitlines() if line.strip())
    return None


def _given(config: Config, flags: dict[str, tuple[str, ...] | None], key: str) -> tuple[tuple[str, ...] | None, str]:
    """The entries of ``key``, from its flag when one was given, else from the config; and where from."""
    if flags.get(key) is not None:
        return flags[key], f"--{key}"
    where = _where(config, key)
    raw = _value(config.values, key)
    if raw is None:
        return None, where
    entries = (_per_file if key == "per-file-ignores" else _entries)(raw)
    if entries is None:
        raise ConfigError(f"{where}: {NOT_A_MAPPING if key == 'per-file-ignores' else NOT_A_LIST}")
    return entries, where


def selection_from(config: Config, flags: dict[str, tuple[str, ...] | None]) -> RuleSelection:
    """The rule selection from ``config``, with each flag that was given replacing its key.

    Raises :class:`ConfigError` naming the file, the key and what is allowed.
    """
    chosen: dict[str, tuple[str, ...] | None] = {}
    for key in KEYS:
        chosen[key], where = _given(config, flags, key)
        try:
            (parse_per_file if key == "per-file-ignores" else expand_all)(chosen[key] or ())
        except SelectionError as error:
            raise ConfigError(f"{where}: {error}") from None
    return RuleSelection(
        min_confidence=min_confidence(config, flags.get(CONFIDENCE_KEY)),
        select=chosen["select"],
        extend_select=chosen["extend-select"] or (),
        ignore=chosen["ignore"] or (),
        per_file_ignores=parse_per_file(chosen["per-file-ignores"] or ()),
        root=config.path.parent if config.path is not None else Path.cwd(),
    )


def min_confidence(config: Config, flag: Any) -> float:
    """The ``min-confidence`` from its flag when given, else from the config; 0 when neither says.

    Raises :class:`ConfigError` naming where the value came from.
    """
    where = f"--{CONFIDENCE_KEY}" if flag is not None else _where(config, CONFIDENCE_KEY)
    value = flag if flag is not None else _value(config.values, CONFIDENCE_KEY)
    if value is None:
        return 0.0
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if isinstance(value, bool) or not 0.0 <= number <= 1.0:
        raise ConfigError(f"{where}: {value!r} {NOT_A_CONFIDENCE}")
    return number


def options_from(config: Config, flags: dict[str, Any]) -> Options:
    """The cleaning options from ``config`` (boilerplate settings and the rest), then the flags.

    Keys are applied one at a time, so that an invalid value is reported with its key.
    """
    options = Options()
    for key, value in config.values.items():
        try:
            options = validate(options.with_config({key: value}))
        except ConfigError as error:
            raise ConfigError(f"{_where(config, key)}: {error}") from None
        except (ValueError, TypeError):
            raise ConfigError(f"{_where(config, key)}: {value!r} is not {_allowed(key)}") from None
    return options.with_config({key: value for key, value in flags.items() if value is not None})


#: What an Options field of each type takes, for error messages.
_ALLOWED = {"int": "a whole number", "bool": "true or false", "str": "a string"}


def _allowed(key: str) -> str:
    """What the Options field behind config ``key`` takes.

    >>> _allowed("max-bytes")
    'a whole number'
    """
    types = {field.name: str(field.type) for field in fields(Options)}
    kind = types.get(key.replace("-", "_"), "")
    return _ALLOWED.get(kind, "a list of strings" if kind.startswith(("tuple", "frozenset")) else "a valid value")


def load(flags: dict[str, Any], start: Path | None = None, config: Config | None = None
         ) -> tuple[Options, RuleSelection, Path | None]:
    """Options and rule selection for a run, and the config file they came from: ``config``, or the
    one found by walking up from ``start``, where any file that cannot be read is an error."""
    config = config if config is not None else load_config(start=start)
    selection = selection_from(config, {key: flags.get(key) for key in KEYS + (CONFIDENCE_KEY,)})
    options = options_from(config, {key: value for key, value in flags.items() if key not in KEYS + (CONFIDENCE_KEY,)})
    return options, selection, config.path
