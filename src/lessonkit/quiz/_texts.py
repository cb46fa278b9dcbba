"""The words generated questions are made of: forms, source types, loaded verbs."""

from __future__ import annotations

__all__ = [
    "FORM_CHOICES",
    "FORM_OF_KIND",
    "FORM_WHY",
    "FORM_WRONG",
    "LOADED_VERBS",
    "NEUTRAL_NOTE",
    "TYPE_CHOICES",
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

# Why a wrong form is wrong: (chosen, actual) -> the reason.
FORM_WRONG = {
    (
        "paraphrase",
        "direct",
    ): "Not a paraphrase: the words sit inside quotation marks, so they are given as the speaker’s own.",
    (
        "partial",
        "direct",
    ): "Not a partial quote: the quotation marks hold all the words asked about, not a few inside the reporter’s sentence.",
    (
        "direct",
        "paraphrase",
    ): "Not a direct quote: there are no quotation marks, so these are the reporter’s words for what was said.",
    ("partial", "paraphrase"): "Not a partial quote: no word of it is in quotation marks.",
    (
        "direct",
        "partial",
    ): "Not a direct quote: only some words are in quotation marks ({quoted}); the rest is the reporter’s wording.",
    (
        "paraphrase",
        "partial",
    ): "Not only a paraphrase: some words keep their quotation marks ({quoted}).",
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

NEUTRAL_NOTE = "neutral: it passes the words on without judging them"

# Verbs that colour the words they report: lemma -> (forms as printed, past form, note).
# The notes say what the verb suggests to a reader.
LOADED_VERBS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "admit": (
        ("admit", "admits", "admitted", "admitting"),
        "admitted",
        "the speaker gives up something they would rather not say, so it sounds true but unwelcome",
    ),
    "claim": (
        ("claim", "claims", "claimed", "claiming"),
        "claimed",
        "the reporter keeps a distance, as if the statement may not be true",
    ),
    "insist": (
        ("insist", "insists", "insisted", "insisting"),
        "insisted",
        "the speaker holds to it against doubt or pressure",
    ),
    "concede": (
        ("concede", "concedes", "conceded", "conceding"),
        "conceded",
        "the speaker yields a point, often to an opponent",
    ),
    "boast": (
        ("boast", "boasts", "boasted", "boasting"),
        "boasted",
        "the speaker is showing off, so the words may be exaggerated",
    ),
    "brag": (("brag", "brags", "bragged", "bragging"), "bragged", "the speaker is showing off"),
    "confess": (
        ("confess", "confesses", "confessed", "confessing"),
        "confessed",
        "the speaker owns up to something wrong or embarrassing",
    ),
    "allege": (
        ("allege", "alleges", "alleged", "alleging"),
        "alleged",
        "an accusation that has not been proved",
    ),
    "deny": (
        ("deny", "denies", "denied", "denying"),
        "denied",
        "the speaker rejects an accusation, which the reader is reminded of",
    ),
    "reveal": (
        ("reveal", "reveals", "revealed", "revealing"),
        "revealed",
        "the words bring out something hidden, and are taken as true",
    ),
    "acknowledge": (
        ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
        "acknowledged",
        "the speaker accepts a fact, often reluctantly",
    ),
    "complain": (
        ("complain", "complains", "complained", "complaining"),
        "complained",
        "the speaker is presented as aggrieved, which can make them sound petty",
    ),
    "lament": (
        ("lament", "laments", "lamented", "lamenting"),
        "lamented",
        "the speaker regrets something, with feeling",
    ),
    "confirm": (
        ("confirm", "confirms", "confirmed", "confirming"),
        "confirmed",
        "the words settle a fact, so the reporter treats the claim as true",
    ),
    "retort": (
        ("retort", "retorts", "retorted", "retorting"),
        "retorted",
        "a sharp answer to someone, which frames the words as a quarrel",
    ),
    "quip": (("quip", "quips", "quipped", "quipping"), "quipped", "the words are a joke"),
    "condemn": (
        ("condemn", "condemns", "condemned", "condemning"),
        "condemned",
        "a strong verdict of disapproval: a judgement, not a report of fact",
    ),
}
