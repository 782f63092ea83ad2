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
    #: From HTML: keep each block's link targets, which Markdown writes as ``[text](url)``.
    links: bool = False
    #: From HTML: keep the main content's images, which Markdown writes as ``![alt](src)``.
    images: bool = False
    #: The page's address, for a saved page (``--url``): a date in its path, its host as the site's
    #: name, and the base of relative links, where the page itself does not say. Not a config key.
    url: str | None = None
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
            if name not in names or name in NOT_CONFIG:
                continue
            if name in ("boilerplate_phrases", "boilerplate_patterns"):
                value = tuple(_as_list(value))
            elif name in ("disable", "profile_lines"):
                value = frozenset(_as_list(value))
            elif name == "max_bytes":
                value = int(value)
            elif name in _BOOLEAN:
                value = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
            changes[name] = value
        return replace(self, compiled_patterns=(), **changes) if changes else self


_BOOLEAN = ("fix_mojibake", "links", "images")


def _as_list(value: Any) -> list[str]:
    """Config lists come as TOML arrays or as lines / commas in setup.cfg."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return [str(v) for v in value]
    return [part.strip() for part in re.split(r"[\n,]", str(value)) if part.strip()]


#: The keys of ``check`` in the shared section (:mod:`article_clean.check.config` reads them).
CHECK_KEYS = ("select", "extend-select", "ignore", "per-file-ignores", "min-confidence")
PYPROJECT_SECTION = "[tool.article_clean]"
SETUP_CFG_SECTION = "[article_clean]"
UNKNOWN_KEY = "{where}: unknown key {key!r}{hint}; the keys are {keys}"
NO_SECTION = "{path}: has no {section} section"
NOT_A_CONFIG = "{path}: cannot be read ({reason}); give a pyproject.toml, setup.cfg or .toml file"
#: Options fields that no config file sets: one page's address, and what is derived.
NOT_CONFIG = frozenset({"compiled_patterns", "url"})
#: How close a misspelt key must be to a known one to be suggested (difflib's ratio).
SUGGEST_CUTOFF = 0.6


def config_keys() -> tuple[str, ...]:
    """Every key the config section takes, written with dashes (underscores are read alike).

    >>> "max-bytes" in config_keys() and "select" in config_keys()
    True
    """
    options = tuple(f.name.replace("_", "-") for f in fields(Options) if f.name not in NOT_CONFIG)
    return options + CHECK_KEYS


@dataclass(frozen=True)
class Config:
    """A configuration section and the file it came from."""

    path: Path | None
    values: dict[str, Any]
    #: Config files passed over because they could not be read (``lenient`` discovery), each as one line.
    skipped: tuple[str, ...] = ()

    @property
    def section(self) -> str:
        """The section's name as written in its file."""
        if self.path is not None and self.path.name == "pyproject.toml":
            return PYPROJECT_SECTION
        return SETUP_CFG_SECTION if self.path is None or self.path.suffix != ".toml" else "the top level"

    def unknown_key(self) -> str | None:
        """The error for the first key that no option takes, naming the file; None when all are known.

        >>> Config(Path("pyproject.toml"), {"max-byte": 9}).unknown_key().split(";")[0]
        "pyproject.toml: [tool.article_clean]: unknown key 'max-byte' (did you mean 'max-bytes'?)"
        """
        import difflib

        known = config_keys()
        for key in self.values:
            if key.replace("_", "-") in known:
                continue
            close = difflib.get_close_matches(key.replace("_", "-"), known, n=1, cutoff=SUGGEST_CUTOFF)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            return UNKNOWN_KEY.format(where=f"{self.path}: {self.section}", key=key, hint=hint, keys=", ".join(known))
        return None

    def checked(self) -> Config:
        """This config when every key is known; else :class:`ConfigError` naming the first unknown one."""
        problem = self.unknown_key()
        if problem:
            raise ConfigError(problem)
        return self


def load_config(path: Path | None = None, isolated: bool = False, lenient: bool = False,
                start: Path | None = None) -> Config:
    """The config for a run: the file ``path`` when given, none when ``isolated``, else the one found
    by walking up from ``start``. ``lenient`` passes over unreadable files found on the way (noted
    in ``skipped``) instead of raising; a file given by ``path`` must always be read.
    Raises :class:`ConfigError`, also for an unknown key."""
    if isolated:
        return Config(None, {})
    if path is not None:
        return read_config(Path(path)).checked()
    return find_config(start, lenient).checked()


def read_config(path: Path) -> Config:
    """The section of one named config file: ``[tool.article_clean]`` of a ``pyproject.toml``, the
    top level of another ``.toml`` file, ``[article_clean]`` of a ``setup.cfg`` or other INI file."""
    if not path.is_file():
        raise ConfigError(NOT_A_CONFIG.format(path=path, reason="no such file"))
    if path.suffix == ".toml":
        section = _read_pyproject(path) if path.name == "pyproject.toml" else _read_toml(path)
    else:
        section = _read_setup_cfg(path)
    if section is None:
        name = PYPROJECT_SECTION if path.name == "pyproject.toml" else SETUP_CFG_SECTION
        raise ConfigError(NO_SECTION.format(path=path, section=name))
    return Config(path, section)


def find_config(start: Path | None = None, lenient: bool = False) -> Config:
    """Walk up from ``start`` for ``setup.cfg [article_clean]`` or ``pyproject.toml [tool.article_clean]``.

    A file that cannot be read raises :class:`ConfigError`; with ``lenient`` it is passed over and
    named in ``skipped``, and the walk goes on.
    """
    directory = (start or Path.cwd()).resolve()
    skipped: list[str] = []
    for folder in (directory, *directory.parents):
        for name, read in (("pyproject.toml", _read_pyproject), ("setup.cfg", _read_setup_cfg)):
            candidate = folder / name
            if not candidate.is_file():
                continue
            try:
                section = read(candidate)
            except ConfigError as problem:
                if not lenient:
                    raise
                skipped.append(str(problem))
                continue
            if section is not None:
                return Config(candidate, section, tuple(skipped))
    return Config(None, {}, tuple(skipped))


def _load_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read as TOML: {error}") from None


def _read_pyproject(path: Path) -> dict[str, Any] | None:
    section = _load_toml(path).get("tool", {}).get("article_clean")
    return dict(section) if isinstance(section, dict) else None


def _read_toml(path: Path) -> dict[str, Any] | None:
    """A ``.toml`` file of article-clean's own: its keys at the top level, or under ``[tool.article_clean]``."""
    data = _load_toml(path)
    section = data.get("tool", {}).get("article_clean") if isinstance(data.get("tool"), dict) else None
    return dict(section) if isinstance(section, dict) else dict(data)


def _read_setup_cfg(path: Path) -> dict[str, Any] | None:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        raise ConfigError(f"{path}: cannot be read as INI: {error}") from None
    if not parser.has_section("article_clean"):
        return None
    return dict(parser.items("article_clean"))
