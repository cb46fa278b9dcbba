"""The attribution rules as a specification table: one sentence per rule and what it yields."""

from __future__ import annotations

import pytest

from lessonkit.attribution import Attribution, extract_attributions

# Each row: text, then the expected (speaker, speaker_type, cue, kind, content, rule) of the
# attribution whose content is given; None in a column means "not checked here".
PATTERNS = [
    pytest.param(
        "“We will not retreat,” said Maria Lopez, the city’s mayor.",
        (
            "Maria Lopez",
            "named_person",
            "said",
            "direct",
            "We will not retreat,",
            "quote-then-said-speaker",
        ),
        id="typographic-quote-then-said-speaker",
    ),
    pytest.param(
        '"The bridge is closed," the police chief told reporters.',
        (
            "the police chief",
            "unknown",
            "told reporters",
            "direct",
            "The bridge is closed,",
            "quote-then-speaker-said",
        ),
        id="straight-quote-then-speaker-told",
    ),
    pytest.param(
        "“Prices will keep rising,” Dana Whitfield, an economist at Harlow Bank, said.",
        (
            "Dana Whitfield",
            "named_person",
            "said",
            "direct",
            "Prices will keep rising,",
            "quote-then-speaker-said",
        ),
        id="quote-then-name-apposition-said",
    ),
    pytest.param(
        "The governor said: “Help is on the way.”",
        (
            "The governor",
            "unknown",
            "said",
            "direct",
            "Help is on the way.",
            "speaker-said-colon-quote",
        ),
        id="speaker-said-colon-quote",
    ),
    pytest.param(
        "'We are ready,' said coach Ellen Park.",
        None,
        id="single-straight-marks-are-not-quotes",
    ),
    pytest.param(
        "“The water is rising,” said Tom Reyes. “We need more boats.”",
        ("Tom Reyes", "named_person", None, "direct", "We need more boats.", "continuation-quote"),
        id="continuation-quote-next-sentence",
    ),
    pytest.param(
        "“We held the line,” the commander said, “and we will hold it again.”",
        (
            "the commander",
            "unknown",
            "said",
            "direct",
            "and we will hold it again.",
            "continuation-quote",
        ),
        id="quote-split-by-its-cue",
    ),
    pytest.param(
        "“He told me ‘never again’, and I believed him,” said Omar Haddad.",
        (
            "Omar Haddad",
            "named_person",
            "said",
            "direct",
            "He told me ‘never again’, and I believed him,",
            "quote-then-said-speaker",
        ),
        id="nested-single-quotes",
    ),
    pytest.param(
        "The prime minister said that the talks had failed.",
        (
            "The prime minister",
            "unknown",
            "said",
            "indirect",
            "the talks had failed",
            "reporting-verb-that",
        ),
        id="reporting-verb-that",
    ),
    pytest.param(
        "Jana Novak told the BBC that the factory would reopen in May.",
        (
            "Jana Novak",
            "named_person",
            "told the BBC",
            "indirect",
            "the factory would reopen in May",
            "reporting-verb-that",
        ),
        id="told-addressee-that",
    ),
    pytest.param(
        "Prices will rise again next year, the central bank added.",
        (
            "the central bank",
            "named_org",
            "added",
            "indirect",
            "Prices will rise again next year",
            "content-then-speaker-said",
        ),
        id="content-then-speaker-added",
    ),
    pytest.param(
        "The storm will reach the coast by Friday, warned the weather service.",
        (
            "the weather service",
            "named_org",
            "warned",
            "indirect",
            "The storm will reach the coast by Friday",
            "content-then-said-speaker",
        ),
        id="content-then-warned-speaker",
    ),
    pytest.param(
        "Health officials urged residents to boil their water.",
        (
            "Health officials",
            "collective",
            "urged",
            "indirect",
            "residents to boil their water",
            "reporting-verb-clause",
        ),
        id="urged-collective",
    ),
    pytest.param(
        "Officials said the road would reopen on Friday.",
        (
            "Officials",
            "collective",
            "said",
            "indirect",
            "the road would reopen on Friday",
            "reporting-verb-clause",
        ),
        id="collective-officials",
    ),
    pytest.param(
        "A nurse, who asked not to be named, said the ward was full.",
        ("A nurse", "anonymous", "said", "indirect", "the ward was full", "reporting-verb-clause"),
        id="anonymous-source",
    ),
    pytest.param(
        "According to the fire service, three homes were destroyed.",
        (
            "the fire service",
            "named_org",
            "According to",
            "indirect",
            "three homes were destroyed",
            "according-to",
        ),
        id="according-to-first",
    ),
    pytest.param(
        "Three homes were destroyed overnight, according to the fire service.",
        (
            "the fire service",
            "named_org",
            "according to",
            "indirect",
            "Three homes were destroyed overnight",
            "according-to",
        ),
        id="according-to-last",
    ),
    pytest.param(
        "The ministry said in a statement that the border would stay open.",
        (
            "The ministry",
            "named_org",
            "said in a statement",
            "indirect",
            "the border would stay open",
            "reporting-verb-that",
        ),
        id="said-in-a-statement",
    ),
    pytest.param(
        "The governor wrote on Telegram that power had been restored.",
        (
            "The governor",
            "unknown",
            "wrote on Telegram",
            "indirect",
            "power had been restored",
            "reporting-verb-that",
        ),
        id="wrote-on-telegram",
    ),
    pytest.param(
        "The president said in a video address that the army was advancing.",
        (
            "The president",
            "unknown",
            "said in a video address",
            "indirect",
            "the army was advancing",
            "reporting-verb-that",
        ),
        id="said-in-a-video-address",
    ),
    pytest.param(
        "The coastguard said it had rescued 40 people. “Conditions were appalling,” reads the "
        "statement.",
        (
            "The coastguard",
            None,
            "reads",
            "direct",
            "Conditions were appalling,",
            "quote-then-said-speaker",
        ),
        id="the-statement-reads",
    ),
    pytest.param(
        "Analysts described the plan as “deeply flawed”.",
        (
            "Analysts",
            "collective",
            "described",
            "mixed",
            "the plan as “deeply flawed”",
            "reporting-verb-clause",
        ),
        id="partial-quote",
    ),
    pytest.param(
        "The company claimed that no workers were hurt.",
        (
            "The company",
            "named_org",
            "claimed",
            "indirect",
            "no workers were hurt",
            "reporting-verb-that",
        ),
        id="loaded-claimed",
    ),
    pytest.param(
        "The spokesperson said that talks would resume, and that a deal was close.",
        (
            "The spokesperson",
            "unknown",
            "said",
            "indirect",
            "a deal was close",
            "reporting-verb-that",
        ),
        id="second-that-clause",
    ),
    pytest.param(
        "The airline confirmed the cancellations, adding that refunds would follow.",
        ("The airline", None, "adding", "indirect", "refunds would follow", "participle-cue"),
        id="participle-adding",
    ),
    pytest.param(
        "The fire started at night, according to neighbours, who said they heard a blast.",
        ("neighbours", "collective", "said", "indirect", "they heard a blast", "who-said"),
        id="relative-who-said",
    ),
    pytest.param(
        "Volunteer leader Sara Kim said the shelter was full. “We turned people away,” she said.",
        (
            "Sara Kim",
            "named_person",
            "said",
            "direct",
            "We turned people away,",
            "quote-then-speaker-said",
        ),
        id="pronoun-resolves-to-earlier-speaker",
    ),
    pytest.param(
        "“The dam held,” said engineer Paul Grant. Grant said repairs would take a month.",
        (
            "Paul Grant",
            "named_person",
            "said",
            "indirect",
            "repairs would take a month",
            "reporting-verb-clause",
        ),
        id="surname-resolves-to-full-name",
    ),
    pytest.param(
        "“First paragraph of the quote.\n\n“Second paragraph,” said Ana Silva.",
        (
            "Ana Silva",
            "named_person",
            "said",
            "direct",
            "First paragraph of the quote.\n\n“Second paragraph,",
            "quote-then-said-speaker",
        ),
        id="quote-over-two-paragraphs",
    ),
    pytest.param(
        "The agency said levels had peaked but warned that more rain was coming.",
        (
            "The agency",
            "named_org",
            "warned",
            "indirect",
            "more rain was coming",
            "coordinated-cue",
        ),
        id="coordinated-but-warned",
    ),
    pytest.param(
        "Claims could pass £200m, analysts at Harlow Ratings estimated.",
        (
            "analysts at Harlow Ratings",
            "collective",
            "estimated",
            "indirect",
            "Claims could pass £200m",
            "content-then-speaker-said",
        ),
        id="speaker-with-preposition-at-the-end",
    ),
    pytest.param(
        "Her neighbour, a retired teacher who did not want to be named, told the paper: "
        "“Nobody came to warn us.”",
        (
            "Her neighbour",
            "anonymous",
            "told the paper",
            "direct",
            "Nobody came to warn us.",
            "speaker-said-colon-quote",
        ),
        id="anonymous-apposition-colon-quote",
    ),
    pytest.param(
        "“It is a scandal,” Ms Okafor wrote on Facebook.",
        (
            "Okafor",
            "named_person",
            "wrote on Facebook",
            "direct",
            "It is a scandal,",
            "quote-then-speaker-said",
        ),
        id="quote-then-wrote-on-channel",
    ),
    pytest.param(
        "The levee, the engineer said, will hold for another decade.",
        (
            "the engineer",
            "unknown",
            "said",
            "indirect",
            "The levee, the engineer said, will hold for another decade",
            "speaker-said-interrupting",
        ),
        id="cue-interrupting-its-content",
    ),
    pytest.param(
        "The levee, she said, will hold.",
        (
            "she",
            "unknown",
            "said",
            "indirect",
            "The levee, she said, will hold",
            "speaker-said-interrupting",
        ),
        id="cue-interrupting-a-short-content",
    ),
    pytest.param(
        "While residents said the water was “rising by the minute”, the council stayed shut.",
        (
            "residents",
            "collective",
            "said",
            "mixed",
            "the water was “rising by the minute”",
            "reporting-verb-clause",
        ),
        id="content-ends-with-its-subordinate-clause",
    ),
    pytest.param(
        "Said Grace Osei, who runs the bakery on the corner, “We lost a week of trade.”",
        (
            "Grace Osei",
            "named_person",
            "Said",
            "direct",
            "We lost a week of trade.",
            "said-speaker-quote",
        ),
        id="sentence-opening-said",
    ),
    pytest.param(
        "When asked whether the school would reopen, the head teacher declined to comment.",
        (None, "unknown", "asked", "indirect", "whether the school would reopen", "asked-question"),
        id="question-from-an-unnamed-asker",
    ),
    pytest.param(
        "“I warned them,” Ana Reyes (Green) said.",
        (
            "Ana Reyes",
            "named_person",
            "said",
            "direct",
            "I warned them,",
            "quote-then-speaker-said",
        ),
        id="party-tag-in-parentheses",
    ),
    pytest.param(
        "Greta Lind slammed the ruling as “a gift to polluters”.",
        (
            "Greta Lind",
            "named_person",
            "slammed",
            "mixed",
            "the ruling as “a gift to polluters”",
            "reporting-verb-clause",
        ),
        id="stance-verb-with-partial-quote",
    ),
    pytest.param(
        "Omar Haddad joked about “the longest winter of my life”.",
        (
            "Omar Haddad",
            "named_person",
            "joked",
            "mixed",
            "about “the longest winter of my life”",
            "subject-verb-quote",
        ),
        id="person-verb-quote",
    ),
    pytest.param(
        "The minister issued a statement saying the border “will stay open”.",
        (
            "The minister",
            "unknown",
            "saying",
            "mixed",
            "the border “will stay open”",
            "participle-cue",
        ),
        id="statement-saying",
    ),
    pytest.param(
        "Most said they were “very worried” about prices.",
        (
            "Most",
            "collective",
            "said",
            "mixed",
            "they were “very worried” about prices",
            "reporting-verb-clause",
        ),
        id="quantifier-speaker",
    ),
    pytest.param(
        "Mayor Lopez: We will rebuild every school",
        (
            "Lopez",
            "named_person",
            ":",
            "indirect",
            "We will rebuild every school",
            "speaker-colon-headline",
        ),
        id="headline-colon",
    ),
    pytest.param(
        "Readers wrote in.\n“We deserve a straight answer.” ― Amara Okafor\n“Not again.” — Lee Park.",
        (
            "Amara Okafor",
            "named_person",
            None,
            "direct",
            "We deserve a straight answer.",
            "dash-signoff",
        ),
        id="dash-signoff",
    ),
    pytest.param(
        "Readers wrote in.\n“We deserve a straight answer.” ― Amara Okafor\n“Not again.” — Lee Park.",
        ("Lee Park", "named_person", None, "direct", "Not again.", "dash-signoff"),
        id="dash-signoff-full-stop-not-in-name",
    ),
    pytest.param(
        "The budget was late. Councillor Ruth Amsel told the meeting:\n\n“We cannot pay for this twice.”",
        (
            "Councillor Ruth Amsel",
            "named_person",
            "told the meeting",
            "direct",
            "We cannot pay for this twice.",
            "colon-lead-in",
        ),
        id="colon-lead-in-next-paragraph",
    ),
    pytest.param(
        "The mayor said Friday that she believes the plan will work.",
        (
            "The mayor",
            "unknown",
            "said Friday",
            "indirect",
            "she believes the plan will work",
            "reporting-verb-that",
        ),
        id="said-time-that-nested-belief-stays-inside",
    ),
    pytest.param(
        "The shortlist includes:\n\n“The Long Road”",
        None,
        id="colon-list-is-not-a-lead-in",
    ),
    pytest.param(
        "The list included the following:\n\n“Apples”",
        None,
        id="following-list-is-not-a-lead-in",
    ),
    pytest.param(
        "On Monday, Senator Ruiz made the following statement:\n\n“We will vote no.”",
        (
            "Ruiz",
            "named_person",
            "made the following statement",
            "direct",
            "We will vote no.",
            "colon-lead-in",
        ),
        id="made-the-following-statement",
    ),
    pytest.param(
        'Transcript:\n\n"HOST: Will you run again?\n\n"MORALES: I have not decided.',
        ("HOST", "named_person", ":", "direct", "Will you run again?", "transcript-label"),
        id="transcript-label-quoted-lines",
    ),
    pytest.param(
        "She’s insisting that nothing was rigged.",
        ("She", None, "’s insisting", "indirect", "nothing was rigged", "reporting-verb-that"),
        id="contracted-be-before-cue",
    ),
    pytest.param(
        "UPDATE: The story was corrected.",
        None,
        id="label-is-not-a-transcript-speaker",
    ),
    pytest.param(
        "“It could happen,” she said when asked about a second term. “But not this year.”",
        ("she", "unknown", None, "direct", "But not this year.", "continuation-quote"),
        id="continuation-after-asked-question-keeps-the-speaker",
    ),
    pytest.param(
        "The mayor said Tuesday night that the bridge would stay shut.",
        (
            "The mayor",
            "unknown",
            "said Tuesday night",
            "indirect",
            "the bridge would stay shut",
            "reporting-verb-that",
        ),
        id="day-and-part-of-day-before-that",
    ),
    pytest.param(
        "Critics were glad the senator appeared to be recovering well.",
        None,
        id="appeared-to-be-is-not-a-cue",
    ),
    pytest.param(
        "The senator appeared to suggest that the vote would slip.",
        (
            "The senator",
            "unknown",
            "appeared",
            "indirect",
            "to suggest that the vote would slip",
            "reporting-verb-clause",
        ),
        id="appeared-to-suggest-is-a-cue",
    ),
    pytest.param(
        "“The audit is late,” Sen. Mara Quinn (D-Vt.), a budget committee member, said.",
        (
            "Mara Quinn",
            "named_person",
            "said",
            "direct",
            "The audit is late,",
            "quote-then-speaker-said",
        ),
        id="party-label-then-apposition-before-cue",
    ),
    pytest.param(
        "Officials in Lviv, meanwhile, warned that the power cuts would go on.",
        (
            "Officials in Lviv",
            "collective",
            "warned",
            "indirect",
            "the power cuts would go on",
            "reporting-verb-that",
        ),
        id="sentence-adverb-between-speaker-and-cue",
    ),
    pytest.param(
        "Senate Minority Whip Dora Kent said the vote would be close.",
        (
            "Dora Kent",
            "named_person",
            "said",
            "indirect",
            "the vote would be close",
            "reporting-verb-clause",
        ),
        id="title-with-an-institution-before-a-name",
    ),
    pytest.param(
        "Gov. Alma Ruiz of New Mexico said the plan was “a fresh start.”",
        (
            "Alma Ruiz",
            "named_person",
            "said",
            "mixed",
            "the plan was “a fresh start.”",
            "reporting-verb-clause",
        ),
        id="name-of-place",
    ),
    pytest.param(
        "The Institute of Fiscal Studies said the gap would widen.",
        (
            "Institute of Fiscal Studies",
            "named_org",
            "said",
            "indirect",
            "the gap would widen",
            "reporting-verb-clause",
        ),
        id="org-of-place-is-not-a-person",
    ),
    pytest.param(
        "According to an army officer who asked not to be named, the convoy left at dawn.",
        (
            "an army officer",
            "anonymous",
            "According to",
            "indirect",
            "the convoy left at dawn",
            "according-to",
        ),
        id="according-to-relative-clause-stays-with-the-speaker",
    ),
    pytest.param(
        "The 41-year-old father of two replied, “We are not leaving.”",
        (
            "The 41-year-old father of two",
            "unknown",
            "replied",
            "direct",
            "We are not leaving.",
            "speaker-said-quote",
        ),
        id="speaker-noun-with-age-and-of-phrase",
    ),
    pytest.param(
        "A police officer, speaking on condition of anonymity to discuss the case, said "
        "that the suspect had fled.",
        (
            "A police officer",
            "anonymous",
            "said",
            "indirect",
            "the suspect had fled",
            "reporting-verb-that",
        ),
        id="anonymity-apposition-with-a-cue-word-inside",
    ),
    pytest.param(
        "The minister said in an interview with Reuters that talks would resume.",
        (
            "The minister",
            "unknown",
            "said in an interview with Reuters",
            "indirect",
            "talks would resume",
            "reporting-verb-that",
        ),
        id="interview-with-outlet-before-that",
    ),
    pytest.param(
        "Ruiz said on NBC’s “Morning Desk” that she would run again.",
        (
            "Ruiz",
            "named_person",
            "said on NBC’s “Morning Desk”",
            "indirect",
            "she would run again",
            "reporting-verb-that",
        ),
        id="quoted-programme-title-before-that",
    ),
    pytest.param(
        "“The rule is clear,” the court said, reasoning that the law had not changed.",
        (
            "the court",
            "named_org",
            "reasoning",
            "indirect",
            "the law had not changed",
            "participle-cue",
        ),
        id="reasoning-that-after-a-quote",
    ),
    pytest.param(
        "“In my view,” she elaborated, “the vote was fair.”",
        ("she", "unknown", "elaborated", "direct", "In my view,", "quote-then-speaker-said"),
        id="elaborated-is-a-dialogue-verb",
    ),
    pytest.param(
        "Rivals piled on, with Senator Ruiz warning that the plan would fail.",
        (
            "Ruiz",
            "named_person",
            "warning",
            "indirect",
            "the plan would fail",
            "reporting-verb-that",
        ),
        id="with-a-named-subject-and-participle",
    ),
    pytest.param(
        "“We won,” Ana Silva said, adding later, “And we will win again.”",
        (
            "Ana Silva",
            "named_person",
            "adding",
            "direct",
            "And we will win again.",
            "participle-cue",
        ),
        id="second-quote-with-its-own-participle-cue",
    ),
    pytest.param(
        "Ruiz, who has told aides she will run, said in a statement: “The race is open.”",
        (
            "Ruiz",
            "named_person",
            "said in a statement",
            "direct",
            "The race is open.",
            "coordinated-cue",
        ),
        id="main-clause-after-a-relative-clause-names-the-antecedent",
    ),
    pytest.param(
        "“It is late,” said Ana Silva, a nurse who has warned of shortages. “We are tired.”",
        ("Ana Silva", "named_person", None, "direct", "We are tired.", "continuation-quote"),
        id="continuation-skips-a-relative-clause-cue",
    ),
    pytest.param(
        "“It is early,” said Tom Reyes, who hosts the TV show “Night Desk.” “Ask me later.”",
        ("Tom Reyes", "named_person", None, "direct", "Ask me later.", "continuation-quote"),
        id="show-before-a-quoted-title-is-not-a-cue",
    ),
    pytest.param(
        "The mayor opened by saying the budget was “in good shape.”",
        (
            "The mayor",
            "unknown",
            "saying",
            "mixed",
            "the budget was “in good shape.”",
            "participle-cue",
        ),
        id="by-saying-takes-the-sentence-subject",
    ),
    pytest.param(
        "After saying the bridge was “safe,” the engineer left the site.",
        (
            "the engineer",
            "unknown",
            "saying",
            "mixed",
            "the bridge was “safe,”",
            "participle-cue",
        ),
        id="opening-participle-clause-then-subject",
    ),
    pytest.param(
        "Hours later, she issued a statement saying the mine was “safe again.”",
        ("she", "unknown", "saying", "mixed", "the mine was “safe again.”", "participle-cue"),
        id="subject-after-an-opening-time-phrase",
    ),
    pytest.param(
        "Three days later the council voted “no” on the plan.",
        None,
        id="number-opening-is-not-a-subject",
    ),
    pytest.param(
        "Ruiz said “we will see,” before cautiously predicting a win.",
        ("Ruiz", "named_person", "said", "direct", "“we will see,”", "reporting-verb-clause"),
        id="before-adverb-participle-ends-the-content",
    ),
    pytest.param(
        "Asked about the strike, the union leader said of the company: “They know our terms.”",
        (
            "the union leader",
            "unknown",
            "said of the company",
            "direct",
            "They know our terms.",
            "speaker-said-colon-quote",
        ),
        id="said-of-a-topic-then-quote",
    ),
    pytest.param(
        "She stated a day earlier, “The deadline will hold.”",
        (
            "She",
            "unknown",
            "stated a day earlier",
            "direct",
            "The deadline will hold.",
            "speaker-said-quote",
        ),
        id="time-span-between-weak-cue-and-quote",
    ),
    pytest.param(
        "Her lawyer, Tom Reyes, wrote in a court filing that the request was “futile.”",
        (
            "Tom Reyes",
            "named_person",
            "wrote in a court filing",
            "mixed",
            "the request was “futile.”",
            "reporting-verb-that",
        ),
        id="wrote-in-a-court-filing-that",
    ),
    pytest.param(
        "The mayor, exasperated, replied: “Ask the council.”",
        (
            "The mayor",
            "unknown",
            "replied",
            "direct",
            "Ask the council.",
            "speaker-said-colon-quote",
        ),
        id="one-word-aside-between-speaker-and-cue",
    ),
    pytest.param(
        "A spokesman for the governor called a report claiming that the state had hidden "
        "its spending from auditors for years “false and reckless.”",
        (
            "A spokesman for the governor",
            "anonymous",
            "called",
            "mixed",
            "a report claiming that the state had hidden its spending from auditors for years "
            "“false and reckless.”",
            "reporting-verb-clause",
        ),
        id="called-a-long-object-then-a-quote",
    ),
    pytest.param(
        "“Why should we wait?” Ana Silva writes to the board.",
        (
            "Ana Silva",
            "named_person",
            "writes",
            "direct",
            "Why should we wait?",
            "quote-then-speaker-said",
        ),
        id="question-quote-then-present-tense-cue-is-one-sentence",
    ),
    pytest.param(
        "“That is a disgrace,” the senator charged.",
        (
            "the senator",
            "unknown",
            "charged",
            "direct",
            "That is a disgrace,",
            "quote-then-speaker-said",
        ),
        id="charged-after-a-quote",
    ),
    pytest.param(
        "The host quipped, “Nobody saw that coming.”",
        (
            "The host",
            "unknown",
            "quipped",
            "direct",
            "Nobody saw that coming.",
            "speaker-said-quote",
        ),
        id="quipped-is-a-cue",
    ),
    pytest.param(
        "“We will rebuild the school,” she went on.",
        (
            "she",
            "unknown",
            "went on",
            "direct",
            "We will rebuild the school,",
            "quote-then-speaker-said",
        ),
        id="went-on-after-a-quote",
    ),
    pytest.param(
        "“You had your chance,” Tom Reyes shot back.",
        (
            "Tom Reyes",
            "named_person",
            "shot back",
            "direct",
            "You had your chance,",
            "quote-then-speaker-said",
        ),
        id="shot-back-after-a-quote",
    ),
    pytest.param(
        "The meeting went on for hours.",
        None,
        id="went-on-without-words-is-not-a-cue",
    ),
    pytest.param(
        "The seller wrote in the listing for the old truck that it had “never broken down.”",
        (
            "The seller",
            "unknown",
            "wrote in the listing for the old truck",
            "mixed",
            "it had “never broken down.”",
            "reporting-verb-that",
        ),
        id="prepositional-phrase-between-cue-and-that",
    ),
    pytest.param(
        "The coach tried to calm his players, and took the loss in stride, saying the team "
        "would “come back stronger.”",
        (
            "The coach",
            "unknown",
            "saying",
            "mixed",
            "the team would “come back stronger.”",
            "participle-cue",
        ),
        id="infinitive-object-is-not-an-apposition-speaker",
    ),
    pytest.param(
        "“The bridge will open in May,” the mayor said, according to the Harbor Times.",
        (
            "Harbor Times",
            "named_org",
            "according to",
            "mixed",
            "“The bridge will open in May,” the mayor said",
            "according-to",
        ),
        id="quote-and-cue-relayed-by-an-outlet",
    ),
    pytest.param(
        "“The bridge will open in May,” the mayor said, according to the Harbor Times.",
        (
            "the mayor",
            "unknown",
            "said",
            "direct",
            "The bridge will open in May,",
            "quote-then-speaker-said",
        ),
        id="relayed-quote-keeps-its-own-speaker",
    ),
    pytest.param(
        "Asked if the plant would close, she laughed and said, “Not this year.”",
        ("she", "unknown", "said", "direct", "Not this year.", "coordinated-cue"),
        id="coordinated-cue-takes-the-nearer-pronoun-subject",
    ),
    pytest.param(
        "Ana Silva bemoaned the delays and said she thought that the plan was “dead.”",
        (
            "Ana Silva",
            "named_person",
            "said",
            "mixed",
            "she thought that the plan was “dead.”",
            "coordinated-cue",
        ),
        id="coordinated-cue-ignores-a-pronoun-inside-the-content",
    ),
    pytest.param(
        "The union’s lawyer, Tom Reyes, agreed. “The contract is clear.”",
        (
            "Tom Reyes",
            "named_person",
            "agreed",
            "direct",
            "The contract is clear.",
            "cue-then-quote",
        ),
        id="cue-sentence-then-quote-sentence",
    ),
    pytest.param(
        "The council agreed.",
        None,
        id="cue-sentence-alone-gives-nothing",
    ),
    pytest.param(
        "Ruiz said during a town hall in Dayton, Ohio, that taxes would fall.",
        (
            "Ruiz",
            "named_person",
            "said during a town hall in Dayton, Ohio",
            "indirect",
            "taxes would fall",
            "reporting-verb-that",
        ),
        id="place-with-commas-between-cue-and-that",
    ),
    pytest.param(
        "“It has been a long year,” the mayor said, asked about the delays.",
        (None, "unknown", "asked", "indirect", "about the delays", "asked-question"),
        id="asked-after-a-comma-is-a-question-put-to-the-speaker",
    ),
    pytest.param(
        "Amid calls for a recount, the Harbor Times issued a statement saying the count was "
        "“beyond doubt.”",
        (
            "Harbor Times",
            "named_org",
            "saying",
            "mixed",
            "the count was “beyond doubt.”",
            "participle-cue",
        ),
        id="opening-preposition-is-not-a-speaker",
    ),
    pytest.param(
        "The fans chanted “One more year!” as the coach walked off.",
        (
            "The fans",
            "collective",
            "chanted",
            "direct",
            "“One more year!”",
            "reporting-verb-clause",
        ),
        id="scene-after-a-chanted-quote-is-not-content",
    ),
    pytest.param(
        "LVIV, Ukraine (AP) — Trains are running again, officials said, as crews cleared "
        "the last of the debris.",
        (
            "officials",
            "collective",
            "said",
            "indirect",
            "Trains are running again",
            "content-then-speaker-said",
        ),
        id="dateline-and-a-clause-after-the-cue",
    ),
    pytest.param(
        "Ana Ruiz, who supported the new bridge, spent the day at the harbour.",
        None,
        id="relative-clause-with-a-stance-verb-describes-not-reports",
    ),
    pytest.param(
        "The mayor, who wanted a second term, opened the market on Monday.",
        None,
        id="relative-clause-with-want-describes-not-reports",
    ),
    pytest.param(
        "Ruiz’s remarks drew loud applause from the dockworkers.",
        None,
        id="possessive-before-a-verb-form-makes-it-a-noun",
    ),
    pytest.param(
        "Party support among nurses stayed high all year.",
        None,
        id="preposition-after-a-verb-form-makes-it-a-noun",
    ),
    pytest.param(
        "Renewed attacks against the convoy forced the crews to turn back.",
        None,
        id="attacks-against-is-a-noun",
    ),
    pytest.param(
        "The mayor heralded the deal with the union as a “breakthrough.”",
        (
            "The mayor",
            None,
            "heralded",
            "mixed",
            "the deal with the union as a “breakthrough.”",
            "reporting-verb-clause",
        ),
        id="heralded-x-as-quote",
    ),
    pytest.param(
        "Ruiz often characterizes herself as a “builder” of ports.",
        (
            "Ruiz",
            None,
            "often characterizes",
            "mixed",
            "herself as a “builder” of ports",
            "reporting-verb-clause",
        ),
        id="characterizes-x-as-quote",
    ),
    pytest.param("The mayor heralded a new era for the port.", None, id="heralded-without-as"),
    pytest.param(
        "Then Noah Berg said the ferry would sail at noon.",
        (
            "Noah Berg",
            "named_person",
            "said",
            "indirect",
            "the ferry would sail at noon",
            "reporting-verb-clause",
        ),
        id="opening-then-is-not-part-of-the-speaker",
    ),
    pytest.param(
        "The ferry was late again, the Daily Ledger said.",
        (
            "Daily Ledger",
            "named_org",
            "said",
            "indirect",
            "The ferry was late again",
            "content-then-speaker-said",
        ),
        id="newspaper-title-is-an-organisation",
    ),
    pytest.param(
        "After an hour of questions, Ruiz called them on it:\n\n“These questions show why"
        " people distrust the board.”",
        (
            "Ruiz",
            "named_person",
            "called",
            "direct",
            "These questions show why people distrust the board.",
            "colon-lead-in",
        ),
        id="lead-in-with-a-verb-that-is-a-cue-only-before-the-quotation",
    ),
    pytest.param(
        "The Daily Ledger confirmed that account, reporting:\n\n“A flow of cash went to the fund.”",
        (
            "Daily Ledger",
            "named_org",
            "reporting",
            "direct",
            "A flow of cash went to the fund.",
            "colon-lead-in",
        ),
        id="lead-in-participle-takes-the-main-subject",
    ),
    pytest.param(
        "The board met on Monday.\n\nAna Ruiz, a dock worker, echoed:\n\n“She speaks her mind.”",
        (
            "Ana Ruiz",
            "named_person",
            "echoed",
            "direct",
            "She speaks her mind.",
            "cue-then-quote",
        ),
        id="echoed-before-a-quotation",
    ),
    pytest.param(
        "Voters will decide the fate of the bridge in May.",
        None,
        id="stance-verb-after-a-modal-is-a-guess",
    ),
    pytest.param("The mayor may want to rethink the toll.", None, id="may-want-is-a-guess"),
    pytest.param(
        "The mayor wants to rethink the toll.",
        (
            "The mayor",
            "unknown",
            "wants",
            "indirect",
            "to rethink the toll",
            "reporting-verb-clause",
        ),
        id="stance-verb-without-a-modal-is-a-stance",
    ),
    pytest.param(
        "Officials on Friday said the port would open.",
        (
            "Officials",
            "collective",
            "said",
            "indirect",
            "the port would open",
            "reporting-verb-clause",
        ),
        id="time-between-speaker-and-cue",
    ),
    pytest.param(
        "Ruiz later Thursday told the Daily Ledger: “Both sides will meet next week.”",
        (
            "Ruiz",
            "named_person",
            "told the Daily Ledger",
            "direct",
            "Both sides will meet next week.",
            "speaker-said-colon-quote",
        ),
        id="later-and-a-day-between-speaker-and-cue",
    ),
]


def _find(attributions: list[Attribution], content: str) -> Attribution:
    for a in attributions:
        if a.content == content:
            return a
    got = [a.content for a in attributions]
    raise AssertionError(f"no attribution with content {content!r}; got {got!r}")


@pytest.mark.parametrize(("text", "expected"), PATTERNS)
def test_pattern_table(text: str, expected: tuple[object, ...] | None) -> None:
    found = extract_attributions(text)
    if expected is None:
        assert found == []
        return
    speaker, speaker_type, cue, kind, content, rule = expected
    a = _find(found, str(content))
    assert a.speaker == speaker
    if speaker_type is not None:
        assert a.speaker_type == speaker_type
    assert a.cue == cue
    assert a.kind == kind
    assert a.rule == rule
