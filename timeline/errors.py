"""Errors the user can act on: each names the input and the problem in one line."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error the CLI reports as a one-line message instead of a traceback."""


class InputError(TimelineError):
    """An input file or argument cannot be used (missing, empty, binary, undecodable, malformed)."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
