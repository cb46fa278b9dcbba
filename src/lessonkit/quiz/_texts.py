"""The words generated questions are made of: quoting forms and source types.

The loaded verbs and their notes come from ``data/lexicons/cue-verbs.json``.
"""

from __future__ import annotations

__all__ = [
    "FORM_CHOICES",
    "FORM_OF_KIND",
    "FORM_WHY",
    "FORM_WRONG",
    "TYPE_CHOICES",
    "TYPE_NOT",
    "TYPE_SHORT",
    "TYPE_WHY",
]

# How is it quoted? The engine's kinds, as the quiz names them.
FORM_OF_KIND = {"direct": "direct", "indirect": "paraphrase", "mixed": "partial"}
FORM_CHOICES = {
    "direct": "Direct quote: the speaker’s own words, inside quotation marks",
    "paraphrase": "Paraphrase: the reporter’s words for what was said, no quotation marks",
    "partial": "Partial quote: a paraphrase that keeps a few of the speaker’s words in quotation marks",
}
FORM_WHY = {
    "direct": "The words asked about sit inside quotation marks: the report gives them as the speaker’s own.",
    "paraphrase": "There are no quotation marks: the reporter puts what was said into their own words.",
    "partial": "The reporter’s sentence keeps some of the speaker’s words in quotation marks ({quoted}) and words the rest.",
}

# Why a wrong form does not fit: (chosen, actual) -> what the chosen form would need and
# where to look, never the actual form (a wrong try shows this, then allows another).
FORM_WRONG = {
    ("paraphrase", "direct"): (
        "Not a paraphrase: a paraphrase has no quotation marks, and the words asked about "
        "have them."
    ),
    ("partial", "direct"): (
        "Not a partial quote: a partial quote keeps only a few quoted words inside the "
        "reporter’s own sentence. Look at where the quotation marks open and close."
    ),
    ("direct", "paraphrase"): (
        "Not a direct quote: the words asked about are not inside quotation marks, as a "
        "direct quote would be."
    ),
    ("partial", "paraphrase"): (
        "Not a partial quote: a partial quote keeps a few of the speaker’s words in quotation "
        "marks. Look for any in the words asked about."
    ),
    ("direct", "partial"): (
        "Not a direct quote: the quotation marks do not hold all the words asked about, as "
        "they would in a direct quote."
    ),
    ("paraphrase", "partial"): (
        "Not a paraphrase: a paraphrase has no quotation marks, and some of the words asked "
        "about have them."
    ),
}

# What kind of source is it? The engine's speaker types, as the quiz names them.
TYPE_CHOICES = {
    "named_person": "A named person",
    "named_org": "A named organisation",
    "collective": "A group, not named one by one",
    "anonymous": "An anonymous individual",
}
TYPE_SHORT = {
    "named_person": "a named person",
    "named_org": "a named organisation",
    "collective": "a group",
    "anonymous": "an anonymous individual",
}
TYPE_WHY = {
    "named_person": "{name} is one person, named in the report, so a reader can look them up.",
    "named_org": "{name} is an organisation named in the report: one body, not a person.",
    "collective": "{name} is a group described by what its members are, with no one named.",
    "anonymous": "{name} is one person whose name the report does not give.",
}

# Why a wrong source type does not fit: what that type would need (never the right type).
TYPE_NOT = {
    "named_person": "That would be one person whose name the report gives.",
    "named_org": "That would be one body (a ministry, an army, a company) named in the report.",
    "collective": "That would be a group described by what its members are, with no one named.",
    "anonymous": "That would be one person whose name the report does not give.",
}
