"""The sides a speaker or claimant can speak for."""

from __future__ import annotations

from .errors import LessonkitError

__all__ = ["SIDES", "check_side"]

SIDES: dict[str, str] = {
    "ua_gov": "Ukrainian government or military",
    "ru_gov": "Russian government",
    "ru_installed": "Russian-installed administration",
    "ru_state_media": "Russian state media",
    "pro_russian": "pro-Russian commentary",
    "western_gov": "Western government",
    "independent": "independent analyst",
    "eyewitness": "eyewitness",
    "unattributed": "unattributed",
}


def check_side(value: str, where: str) -> str:
    """Return ``value`` if it is a known side slug, else raise.

    Parameters
    ----------
    value
        The slug to check.
    where
        Where the value was read (file and line or key), for the error message.

    Examples
    --------
    >>> check_side("ua_gov", "claims.csv line 2")
    'ua_gov'
    >>> check_side("ukraine", "claims.csv line 2")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: claims.csv line 2: 'side' must be one of ('ua_gov', 'ru_gov', 'ru_installed', 'ru_state_media', 'pro_russian', 'western_gov', 'independent', 'eyewitness', 'unattributed') (got 'ukraine')
    """
    if value not in SIDES:
        raise LessonkitError(f"{where}: 'side' must be one of {tuple(SIDES)} (got {value!r})")
    return value
