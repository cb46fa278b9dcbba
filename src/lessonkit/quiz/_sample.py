"""An invented news article of any length, for timing the question generator.

Every sentence is lessonkit's own: a made-up town, made-up people, made-up events. The
paragraphs mix the shapes a generator meets in real reports (direct quotes before and after
the cue, reported speech, a partial quote, an unnamed source, a group, "according to", a
loaded verb, and sentences in the reporter's own voice).
"""

from __future__ import annotations

from ..article import Article

__all__ = ["sample_article"]

_PEOPLE = (
    ("Ana Ruiz", "the mayor"),
    ("Tom Hale", "the council leader"),
    ("Marta Olsen", "the harbour master"),
    ("Kofi Mensah", "a local shopkeeper"),
    ("Ines Carvalho", "the transport chief"),
    ("Piotr Nowak", "an opposition councillor"),
    ("Leila Osei", "who chairs the residents' group"),
    ("Dana Whitfield", "the finance director"),
)

_PARAGRAPHS = (
    "“The new bridge will carry its first traffic in {month},” said {name}, {role}.",
    "{surname} said the works had stayed within the budget agreed last year.",
    "{name}, {role}, admitted that the timetable had slipped by several weeks.",
    "The town has grown by a fifth in ten years, and its roads were built for far fewer cars.",
    "Engineers said the river had risen faster than expected during the {month} storms.",
    "According to the regional planning office, {count} homes will be built near the station.",
    "A contractor, who asked not to be named, said crews had worked through the weekend.",
    "{name} described the plan as “a gamble with public money” and called for a vote.",
    "“We asked for a second opinion and nobody listened,” {surname} told reporters. "
    "“Now the bill has doubled.”",
    "Residents' groups claimed the consultation had been too short to be fair.",
    "The decision is perhaps the most important the council has taken this decade.",
    "{surname} insisted that the figures would be published before the {month} meeting.",
)
_MONTHS = ("March", "June", "September", "November")


def sample_article(words: int = 5000) -> Article:
    """An invented article of about ``words`` words, one paragraph per line.

    Examples
    --------
    >>> article = sample_article(300)
    >>> 280 <= len(article.text.split()) <= 340
    True
    >>> sample_article(0)
    Traceback (most recent call last):
    ...
    ValueError: 'words' must be a positive int (got 0)
    """
    if not isinstance(words, int) or isinstance(words, bool) or words <= 0:
        raise ValueError(f"'words' must be a positive int (got {words!r})")
    lines: list[str] = []
    count = 0
    k = 0
    while count < words:
        name, role = _PEOPLE[k % len(_PEOPLE)]
        line = _PARAGRAPHS[k % len(_PARAGRAPHS)].format(
            name=name,
            surname=name.split()[-1],
            role=role,
            month=_MONTHS[k % len(_MONTHS)],
            count=120 + 10 * (k % 9),
        )
        lines.append(line)
        count += len(line.split())
        k += 1
    return Article.from_text("\n".join(lines) + "\n", name=f"sample-{words}-words.txt")
