"""Options (one frozen dataclass) and configuration discovery.

Configuration lives in ``setup.cfg`` under ``[article_clean]`` or in
``pyproject.toml`` under ``[tool.article_clean]``, found by walking up from the
working directory. Flags given on the command line win over it.
"""

from __future__ import annotations

import configparser
import re
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
INPUT_FORMATS = ("auto", "text", "html")


@dataclass(frozen=True)
class Options:
    """How to clean. Make variants with :func:`dataclasses.replace`."""

    #: ``auto`` sniffs the content; ``text`` or ``html`` force a reader.
    input_format: str = "auto"
    #: Names of pipeline stages to skip (see ``article_clean.pipeline.STAGES``, which checks them:
    #: this module imports nothing above it).
    disable: frozenset[str] = frozenset()
    #: Extra whole-line boilerplate phrases, matched case-insensitively (rule ``config-phrase``).
    boilerplate_phrases: tuple[str, ...] = ()
    #: Extra boilerplate regexes, matched against each stripped line (rule ``config-pattern``).
    boilerplate_patterns: tuple[str, ...] = ()
    #: Lines learned from a folder (``--profile``), removed with rule ``repeated-line``.
    profile_lines: frozenset[str] = frozenset()
    #: Inputs larger than this many bytes are refused.
    max_bytes: int = DEFAULT_MAX_BYTES
    #: Repair mojibake with ftfy.
    fix_mojibake: bool = True
    #: Compiled ``boilerplate_patterns``; derived, not set by hand.
    compiled_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.input_format not in INPUT_FORMATS:
            raise ConfigError(f"input_format must be one of {', '.join(INPUT_FORMATS)}, not {self.input_format!r}")
        if self.boilerplate_patterns and not self.compiled_patterns:
            compiled = []
            for pattern in self.boilerplate_patterns:
                try:
                    compiled.append(re.compile(pattern))
                except re.error as error:
                    raise ConfigError(f"boilerplate pattern {pattern!r} is not a valid regex: {error}") from None
            object.__setattr__(self, "compiled_patterns", tuple(compiled))

    @cached_property
    def phrase_set(self) -> frozenset[str]:
        """``boilerplate_phrases``, lower-cased, for matching."""
        return frozenset(phrase.lower().rstrip(":") for phrase in self.boilerplate_phrases)

    def with_config(self, config: dict[str, Any]) -> Options:
        """These options with the keys of a config section applied."""
        changes: dict[str, Any] = {}
        names = {f.name for f in fields(self)}
        for key, value in config.items():
            name = key.replace("-", "_")
            if name not in names or name == "compiled_patterns":
                continue
            if name in ("boilerplate_phrases", "boilerplate_patterns"):
                value = tuple(_as_list(value))
            elif name in ("disable", "profile_lines"):
                value = frozenset(_as_list(value))
            elif name == "max_bytes":
                value = int(value)
            elif name == "fix_mojibake":
                value = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
            changes[name] = value
        return replace(self, compiled_patterns=(), **changes) if changes else self


def _as_list(value: Any) -> list[str]:
    """Config lists come as TOML arrays or as lines / commas in setup.cfg."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return [str(v) for v in value]
    return [part.strip() for part in re.split(r"[\n,]", str(value)) if part.strip()]


@dataclass(frozen=True)
class Config:
    """A configuration section and the file it came from."""

    path: Path | None
    values: dict[str, Any]


def find_config(start: Path | None = None) -> Config:
    """Walk up from ``start`` for ``setup.cfg [article_clean]`` or ``pyproject.toml [tool.article_clean]``."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            section = _read_pyproject(pyproject)
            if section is not None:
                return Config(pyproject, section)
        setup_cfg = folder / "setup.cfg"
        if setup_cfg.is_file():
            section = _read_setup_cfg(setup_cfg)
            if section is not None:
                return Config(setup_cfg, section)
    return Config(None, {})


def _read_pyproject(path: Path) -> dict[str, Any] | None:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read as TOML: {error}") from None
    section = data.get("tool", {}).get("article_clean")
    return dict(section) if isinstance(section, dict) else None


def _read_setup_cfg(path: Path) -> dict[str, Any] | None:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        raise ConfigError(f"{path}: cannot be read as INI: {error}") from None
    if not parser.has_section("article_clean"):
        return None
    return dict(parser.items("article_clean"))
