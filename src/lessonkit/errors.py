"""Errors and warnings raised by lessonkit."""

from __future__ import annotations

__all__ = ["InputError", "LessonkitError", "LessonkitWarning"]


class LessonkitError(ValueError):
    """A lesson file or an argument is not what lessonkit expects.

    The message names what was wrong, what was expected and what was found.
    """


class InputError(LessonkitError):
    """A file given to lessonkit cannot be read as an article.

    Parameters
    ----------
    path
        The file, as the user named it.
    problem
        What is wrong with it, in a few words.
    fix
        What the user can do about it.
    """

    def __init__(self, path: str, problem: str, fix: str) -> None:
        self.path = path
        self.problem = problem
        self.fix = fix
        super().__init__(f"{path}: {problem}; {fix}")


class LessonkitWarning(UserWarning):
    """Something was recovered from, and the result says how."""
