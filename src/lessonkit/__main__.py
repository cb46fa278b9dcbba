"""``python -m lessonkit``: the same as the ``lessonkit`` command."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
