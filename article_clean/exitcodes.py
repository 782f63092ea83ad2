"""The one exit-code policy of every article-clean command.

=====  ==========================================================
code   meaning
=====  ==========================================================
0      success: everything read and cleaned (or checked) cleanly
1      findings: flags with ``clean --strict``, findings with ``check``
2      usage or configuration error
3      at least one input could not be read or cleaned
130    interrupted (Ctrl-C, or SIGTERM during ``clean``): 128 + SIGINT,
       as a shell reports it; ``clean`` prints what was done first
143    a worker process of a batch stopped by SIGTERM: 128 + SIGTERM
=====  ==========================================================

A run with both findings and unreadable inputs exits 3: an input that was
never looked at is the more serious news. A reader of standard output that
goes away (a broken pipe, as with ``| head``) is not an error: exit 0.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Every code an article-clean process exits with; the table above says when."""

    OK = 0
    FINDINGS = 1
    USAGE = 2
    INPUT = 3
    INTERRUPTED = 130
    TERMINATED = 143


def combine(*, failed: int, findings: int, strict: bool) -> ExitCode:
    """The exit code for a run that failed on ``failed`` inputs and found ``findings``.

    >>> combine(failed=0, findings=2, strict=False)
    <ExitCode.OK: 0>
    >>> combine(failed=0, findings=2, strict=True)
    <ExitCode.FINDINGS: 1>
    >>> combine(failed=1, findings=2, strict=True)
    <ExitCode.INPUT: 3>
    """
    if failed:
        return ExitCode.INPUT
    if findings and strict:
        return ExitCode.FINDINGS
    return ExitCode.OK
