"""Word lists for the attribution rules: reporting verbs, loaded verbs, speaker nouns."""

from __future__ import annotations

import json
import re

from .._resources import data_path

__all__ = [
    "ANONYMITY",
    "AUXILIARIES",
    "CLAUSE_BREAKERS",
    "COLLECTIVE_NOUNS",
    "CUE_FORMS",
    "CUE_LEMMA",
    "DOCUMENT_NOUNS",
    "INVERTIBLE",
    "LOADED_LEMMAS",
    "MEDIA_WORDS",
    "NAME_OPENERS",
    "NAMING_LEMMAS",
    "NP_STOP",
    "OBJECT_LEMMAS",
    "OPENER_WORDS",
    "ORG_WORDS",
    "PEOPLE_PLURALS",
    "PRONOUNS",
    "ROLE_HEADS",
    "ROLE_SYNONYMS",
    "SOURCE_HEADS",
    "STANCE_LEMMAS",
    "TELL_LEMMAS",
    "TIME_WORDS",
    "TITLE_WORDS",
    "TO_LEMMAS",
    "anonymity_search",
    "strip_possessive",
]

# lemma -> (third person, past, participle -ing, past participle)
_IRREGULAR: dict[str, tuple[str, str, str, str]] = {
    "say": ("says", "said", "saying", "said"),
    "tell": ("tells", "told", "telling", "told"),
    "write": ("writes", "wrote", "writing", "written"),
    "think": ("thinks", "thought", "thinking", "thought"),
    "read": ("reads", "read", "reading", "read"),
    "find": ("finds", "found", "finding", "found"),
    "show": ("shows", "showed", "showing", "shown"),
    "seek": ("seeks", "sought", "seeking", "sought"),
    "feel": ("feels", "felt", "feeling", "felt"),
    "understand": ("understands", "understood", "understanding", "understood"),
    "plan": ("plans", "planned", "planning", "planned"),
    "predict": ("predicts", "predicted", "predicting", "predicted"),
    "know": ("knows", "knew", "knowing", "known"),
    "see": ("sees", "saw", "seeing", "seen"),
    "testify": ("testifies", "testified", "testifying", "testified"),
    "reply": ("replies", "replied", "replying", "replied"),
    "deny": ("denies", "denied", "denying", "denied"),
    "signal": ("signals", "signalled", "signalling", "signalled"),
    "sing": ("sings", "sang", "singing", "sung"),
}

# Verbs that introduce speech, writing or a stated position.
_SPEECH = (
    "say tell add note write announce report claim explain argue warn urge insist admit "
    "concede boast confirm deny state declare tweet post suggest predict acknowledge recall "
    "reply respond answer ask continue conclude estimate allege assert contend maintain stress "
    "emphasise emphasize complain promise pledge vow threaten accuse describe believe think "
    "hope fear agree observe reveal remark mention testify inform assure speculate caution "
    "insist brag confess charge counter retort quip joke lament complain recount concur "
    "propose demand vow predict proclaim repeat reiterate disclose indicate acknowledge "
    "advise recommend criticise criticize blame praise question dispute reject dismiss "
    "wonder worry doubt expect read find show signal order condemn denounce hail telegraph "
    "hint brand call defend cite endorse attack slam blast mock decry express discuss identify "
    "applaud welcome thank congratulate apologize apologise comment tout highlight underscore "
    "advocate forecast calculate determine decide learn discover realize realise recognize "
    "recognise understand feel consider want plan seek intend decline refuse support oppose "
    "prefer aim seem appear point acknowledge shout yell chant exclaim scream whisper mutter "
    "surmise muse opine marvel grumble gush interject scoff snap sigh liken exhort laud "
    "elaborate reason characterize characterise portray herald echo see know "
    # tabloid verbs of speech: "fumed", "raged", "sobbed"
    "fume rage sob weep beam rant storm plead gasp seethe bark thunder hiss bellow growl "
    # said with a laugh or a cry, right after the quotation only ("‘...,’ laughed Moira")
    "laugh chuckle giggle grin smile cry wail shriek squeal "
    # remembered aloud, sung or jeered: before a quotation, "that" or a colon, or right after
    # the quotation ("“...,” remembered Tom Reyes"; "fans sang “...”")
    "remember reminisce sing jeer "
    # a court's ruling and a message's words, only before "that" or a quotation
    "rule text email "
    # talking of a topic, only with "about", "of" or "on" after it ("talked about rents"),
    # and referring to someone, only with "to" ("referring to the mayor")
    "talk refer "
    "bemoan ridicule assail lambaste rebuke chastise deride disparage belittle scold berate "
    "castigate excoriate fault"
).split()


def _loaded_lemmas() -> frozenset[str]:
    """The verbs ``data/lexicons/cue-verbs.json`` marks loaded (they colour how the words are
    heard): one list for the attribution rules and the framing lessons."""
    entries = json.loads(data_path("lexicons", "cue-verbs.json").read_text(encoding="utf-8"))
    return frozenset(str(e["lemma"]) for e in entries["entries"] if e.get("framing") == "loaded")


LOADED_LEMMAS = _loaded_lemmas()

# Verbs whose content may be an infinitive ("wants to ...", "declined to comment").
TO_LEMMAS = frozenset(
    "want plan seek intend decline refuse hope promise pledge vow threaten urge ask aim "
    "prefer offer agree decide expect seem appear tell warn advise order call".split()
)

# Verbs of a stance or an intention rather than of speech: a relative clause on a person
# with one of these ("Ana, who backed the plan, ...") describes them and reports nothing.
STANCE_LEMMAS = frozenset(
    "support endorse oppose want seek advise decline refuse agree decide prefer plan seem "
    "appear intend aim".split()
)

# Verbs of stance whose content is a noun phrase: "endorsed Ruiz", "praised the plan".
OBJECT_LEMMAS = frozenset(
    "support endorse back oppose attack defend criticize criticise blast slam praise denounce "
    "condemn thank mock dispute hail applaud welcome decry laud tout congratulate "
    # blaming, questioning, mentioning or describing someone or something
    "blame question mention describe "
    "bemoan ridicule assail lambaste rebuke chastise deride disparage belittle scold berate "
    "castigate excoriate fault "
    "talk refer".split()
)

# Verbs that give something a name: "called the plan “a disaster”".
NAMING_LEMMAS = frozenset("call describe brand label dub characterize characterise".split())

# Verbs that take the addressee as an object ("told the BBC that ...").
TELL_LEMMAS = frozenset("tell inform assure advise ask urge warn remind order".split())

# Verbs that may come before the speaker ("... ,” said Kuzan.").
INVERTIBLE = frozenset(
    "say add write tell ask continue explain note reply answer respond read recall insist "
    "admit concede boast warn declare state claim argue suggest conclude recount counter "
    "retort quip joke lament complain confirm announce report tweet post shout yell chant "
    "exclaim scream whisper mutter write surmise muse opine marvel grumble gush interject "
    "scoff snap sigh elaborate charge fume rage sob weep beam rant storm plead gasp seethe "
    "bark thunder hiss bellow growl".split()
)

# Verbs that come before their speaker only right after a quotation ("…,” agrees Tom Hale),
# kept apart from INVERTIBLE, whose bare forms are also read as cues in headlines.
AFTER_QUOTE_INVERTIBLE = INVERTIBLE | frozenset(
    "agree exhort observe remark concur caution mention demand wonder question laugh "
    "chuckle giggle grin smile cry wail shriek squeal remember reminisce sing jeer".split()
)


_DOUBLING = frozenset("admit prefer regret commit refer omit permit submit rebut".split())


def _forms(lemma: str) -> tuple[str, ...]:
    if lemma in _IRREGULAR:
        return (lemma, *_IRREGULAR[lemma])
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", lemma) or lemma in _DOUBLING:
        double = lemma + lemma[-1]  # slam -> slammed, admit -> admitted
        return (lemma, lemma + "s", double + "ed", double + "ing")
    if lemma.endswith(("ch", "sh", "ss", "x")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


CUE_LEMMA: dict[str, str] = {}
for _lemma in _SPEECH:
    for _form in _forms(_lemma):
        CUE_LEMMA.setdefault(_form, _lemma)
# Seeing and knowing report a view only as finite verbs ("voters see ...", "she knew that
# ..."): "well known", "seen as", "knowing" are left out.
for _form in ("seen", "seeing", "known", "knowing"):
    del CUE_LEMMA[_form]
CUE_LEMMA["admitted"] = "admit"
CUE_LEMMA["admitting"] = "admit"
CUE_LEMMA["vowed"] = "vow"
CUE_LEMMA["quipped"] = "quip"
CUE_LEMMA["quipping"] = "quip"
CUE_LEMMA["signaled"] = "signal"
CUE_LEMMA["signaling"] = "signal"
# "back" as a verb of stance, in the forms that are rarely an adverb ("backed Ruiz").
for _form in ("backs", "backed", "backing"):
    CUE_LEMMA[_form] = "back"
CUE_FORMS = frozenset(CUE_LEMMA)

AUXILIARIES = frozenset(
    "has have had having is are was were be been will would could can may might must shall "
    "should did does do not never also later previously then recently repeatedly reportedly "
    "once again further separately publicly privately earlier already often frequently "
    "subsequently initially first last had n't long".split()
)

PRONOUNS = frozenset("he she they it we i you".split())

TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec today yesterday tonight".split()
)

# Words that can never be part of a speaker noun phrase read backwards from the cue.
NP_STOP = frozenset(
    "in on at with from by to after before during since despite when while that which who "
    "whom whose and but or as if because than though although where whether so yet nor "
    "into onto upon about against among between through over under without within "
    "is are was were be been being has have had will would could can may might must shall "
    "should did does do not this it its there here what why how "
    "i you we me us him her them my our your "
    "said says told tells added adds wrote writes saying telling adding".split()
)

# Capitalised words that open a sentence without naming anyone.
OPENER_WORDS = frozenset(
    "amid amidst among outside inside across around following unlike despite during "
    "after before since until upon within throughout along through against about "
    "meanwhile however instead indeed nonetheless nevertheless moreover furthermore "
    "thus therefore hence still yet also later earlier then".split()
)

CLAUSE_BREAKERS = frozenset("that which who because while when although though if".split())
# Words that open a sentence or a clause before a name and are never part of it: "Then Tom
# Reyes arrived", "Even Carla Diaz conceded", "When Ana Ruiz spoke".
NAME_OPENERS = (
    OPENER_WORDS
    | CLAUSE_BREAKERS - {"that", "which", "who"}
    | frozenset("even maybe now only perhaps once whether but and or as".split())
)

ORG_WORDS = frozenset(
    "ministry department office council committee commission agency army military police "
    "government campaign party court university institute center centre company group "
    "association union foundation bank administration kremlin pentagon house command "
    "service services navy guard staff board bureau authority authorities "
    "corporation corp inc ltd news times post journal guardian reuters bbc cnn press "
    "network television tv magazine newspaper channel coalition alliance federation league "
    "organisation organization parliament senate congress assembly cabinet embassy "
    "consulate mission secretariat directorate headquarters firm fund trust society club "
    "school college hospital clinic council nato un eu fbi cia "
    # Words in newspaper titles ("the Daily Ledger", "the Evening Herald").
    "ledger herald gazette tribune daily chronicle telegraph examiner courier dispatch "
    # company and club endings: "Fenwick Holt PLC", "Corvale FC", "Brightline Energy"
    "plc fc llc gmbh holdings energy airways airlines shipping motors foods "
    # football clubs: "Harwell United", "Dale Rovers"
    "united rovers athletic wanderers albion hotspur sports "
    "appliances logistics technologies industries pharmaceuticals electronics laboratories "
    "enterprises telecom insurance properties research orchestra choir theatre museum "
    "gallery "
    "inquirer bulletin chamber".split()
)

COLLECTIVE_NOUNS = frozenset(
    "officials sources experts analysts residents people critics witnesses authorities "
    "observers lawmakers legislators diplomats investigators troops soldiers locals "
    "activists supporters voters democrats republicans leaders members aides advisers "
    "advisors economists scientists researchers doctors protesters protestors organisers "
    "organizers prosecutors officers spokespeople commentators historians campaigners "
    "workers families parents students teachers residents villagers refugees survivors "
    "insiders allies opponents rivals staffers volunteers fans pollsters strategists "
    "observers onlookers police forces others many some several both few".split()
)

# Plural nouns for kinds of people, which may open a sentence capitalised ("Farmers in the
# valley say"): the collective nouns and common words for people by trade, place or part.
PEOPLE_PLURALS = COLLECTIVE_NOUNS | frozenset(
    "farmers growers fishermen miners builders engineers nurses doctors medics paramedics "
    "firefighters rescuers pilots drivers commuters passengers travellers travelers "
    "shopkeepers retailers traders merchants vendors shoppers customers consumers users "
    "employers employees staff bosses managers owners homeowners landlords tenants "
    "pensioners taxpayers citizens constituents neighbours neighbors patients victims "
    "bystanders mourners participants respondents delegates donors backers proponents "
    "sceptics skeptics detractors lobbyists investors bankers lenders borrowers exporters "
    "importers manufacturers producers landowners mothers fathers grandparents women men "
    "children pupils graduates athletes players coaches viewers readers listeners "
    "congregants worshippers pilgrims immigrants migrants veterans militants rebels "
    "insurgents separatists fighters demonstrators marchers strikers unions "
    "lawyers attorneys advocates judges senators governors mayors ministers scholars "
    "teachers charities campaigners activists councillors councils experts economists "
    "scientists researchers analysts critics residents locals villagers".split()
)

DOCUMENT_NOUNS = frozenset(
    "statement report poll polls survey surveys study studies data document documents "
    "letter memo filing complaint indictment ruling post tweet video message email "
    "release communique communiqué transcript figures records analysis assessment update "
    "briefing bulletin notice accounts files minutes summary".split()
)

# Nouns that name a job or office: "the minister", "Senator Ruiz".
ROLE_HEADS = frozenset(
    "president minister secretary spokesperson spokesman spokeswoman governor mayor senator "
    "representative general colonel captain major admiral chief director head leader chairman "
    "mp mep msp councillor councilor "
    "chairwoman chair ceo founder professor judge ambassador envoy commander commissioner "
    "adviser advisor aide analyst expert economist correspondent reporter editor columnist "
    "official officer deputy assistant candidate nominee attorney lawyer king queen prince "
    "princess pope premier chancellor sheriff speaker whip manager coach boss".split()
)
# Role and family nouns that a report uses for the same person in other words: "the port
# chief" for "the head of the port authority", "the father" for "one worried dad".
_SAME_ROLE = (
    "chief head boss leader director chair chairman chairwoman chairperson",
    "manager boss coach",
    "father dad daddy",
    "mother mum mom mummy",
    "grandfather grandad granddad grandpa",
    "grandmother gran granny grandma nan",
    "spokesman spokeswoman spokesperson",
    "lawyer attorney solicitor barrister",
    "officer policeman policewoman constable",
    "doctor physician medic",
    "minister secretary",
    "teenager teen youngster",
    "friend pal",
)
ROLE_SYNONYMS: dict[str, frozenset[str]] = {}
for _group in _SAME_ROLE:
    for _word in _group.split():
        ROLE_SYNONYMS[_word] = ROLE_SYNONYMS.get(_word, frozenset()) | frozenset(_group.split())

# Words that may stand before a name as part of a title: job nouns, abbreviations, qualifiers.
TITLE_WORDS = ROLE_HEADS | frozenset(
    "acting adm brother capt col corporal dame defence defense dr father finance foreign former gen gov health interim interior justice lady lieutenant lord lt marshal military miss mr mrs ms national press prime private prof regional rep rev security sen sergeant sgt sir sister state vice".split()
)

MEDIA_WORDS = frozenset(
    "telegram twitter facebook instagram tiktok youtube x media television tv radio "
    "statement address interview conference briefing post tweet video message broadcast "
    "speech letter email blog programme program show hearing meeting rally event call "
    "channel network website newspaper op-ed column podcast livestream filing filings file "
    "memo memoir book article essay editorial".split()
)

# Documents a speaker puts out and a participle then reports: "a statement saying".
ISSUED_DOCS = (
    "statement",
    "letter",
    "tweet",
    "post",
    "message",
    "video",
    "release",
    "email",
    "memo",
    "note",
)
# What an outlet does to a document it only passes on: "seen by", "obtained by".
SEEN_VERBS = r"(?:seen|obtained|reviewed|viewed|examined|leaked\s+to|read)"
# ", seen by the Gazette," / ", obtained by this newspaper,": who passed a document on, set off
# by commas between the document and its verb.
SEEN_BY_ASIDE = re.compile(
    r",\s+" + SEEN_VERBS + r"\s+(?:[\w’'-]+\s+){0,2}?by\s+"
    r"[^,;:\ue000]{1,60},\s*$"
)
# ", released by the statistics office on Wednesday,", ", conducted last week,": how a
# document was made, set off by commas between it and its verb.
MADE_ASIDE = re.compile(
    r",\s+(?:published|released|issued|conducted|compiled|commissioned|produced|prepared|"
    r"carried\s+out|made\s+public|posted|filed|written)\b[^,;:\ue000]{0,90},\s*$"
)


ANONYMITY = re.compile(
    r"anonymous|anonymity|not to be (?:named|identified)|not be (?:named|identified)|"
    r"(?:declined|refused|preferred|wished|asked|agreed) (?:not )?to (?:be )?(?:named|identified|"
    r"give (?:his|her|their) (?:full )?names?)|"
    r"(?:not|n't|n’t) (?:want|wish)\w* to be (?:named|identified)|"
    r"unnamed|unidentified|not authori[sz]ed to (?:speak|comment)|familiar with",
    re.I,
)
# Every ANONYMITY match holds one of these, lower-cased (keep them in step with it); under
# re.I the dotless "ı" and the dotted "İ" also match "i".
ANONYMITY_WORDS = ("anonym", "name", "identified", "authori", "familiar")


def anonymity_search(text: str) -> re.Match[str] | None:
    """``ANONYMITY.search(text)``, run only when a word it needs is there (much quicker)."""
    low = text.lower()
    if any(w in low for w in ANONYMITY_WORDS) or "ı" in text or "İ" in text:
        return ANONYMITY.search(text)
    return None


# Lowercase head nouns that can name a source (people, groups, bodies, documents).
SOURCE_HEADS = frozenset(
    """
        campaign poll polls voters candidates candidate supporters supporter leaders leader
        president experts expert report reports group groups administration governor company
        companies advisers adviser advisors advisor people official officials spokesman
        spokeswoman spokesperson spokespeople team party parties records judge judges nominee
        manager survey surveys strategist strategists director directors office member members
        media aide aides government source sources analysts analyst lawmakers lawmaker
        statement statements critics critic board reporter reporters crowd agency agencies
        rivals rival man men woman women politicians politician organization organisation
        organizations organisations lawsuit newspaper newspapers law establishment advocates
        advocate polling opponents opponent activists activist staff police website filings
        filing insiders insider donors donor delegates delegate emails email executives
        executive economists economist court courts campaigns conservatives liberals
        progressives businessman businesswoman audience chairman chairwoman chair friends
        friend committee letter data results networks network prosecutors prosecutor
        authorities public front-runner frontrunner mayor firm firms pollster pollsters
        observers observer employee employees video videos countries country secretary bill
        attendees movement protesters protester protestors researchers researcher unions union
        lawyers lawyer operatives operative mogul editorial message paper wife husband backers
        backer person persons account everyone everybody outlets outlet narrator general actor
        actress panel plan scientists scientist department diplomat diplomats staffer staffers
        organizers organisers journalist journalists fans fan figures star host investors
        investor superdelegates book release speakers speaker commentators commentator
        veteran veterans moderators moderator electorate documents document residents resident
        soldiers soldier troops military army ministry minister ministers council intelligence
        study studies analysis memo ruling indictment complaint transcript tweet tweets post
        posts article editorial column editor editors columnist writer writers author authors
        researchers doctors doctor nurse nurses teacher teachers students student parents
        parent surveyed polled questioned interviewed neighbour neighbor mother father son daughter brother sister family families relatives neighbors
        neighbours witness witnesses victim victims survivors survivor refugee refugees
        worker workers farmer farmers owner owners residents villagers locals citizens
        citizen americans public crowd crowds protesters demonstrators marchers fighters
        commander commanders general generals officer officers envoy ambassador embassy
        senator senators representative representatives congressman congresswoman
        lawmakers legislators legislator governors mayors councillor councilor councilors
        regulators regulator watchdog watchdogs institute university center centre
        foundation association federation coalition alliance think-tank thinktank
        spokespeople sheriff chief chiefs head heads founder ceo cfo manager managers
        sign placard placards banner banners poster posters billboard billboards
        director directors president presidents prime premier chancellor king queen prince
        pope bishop priest pastor imam rabbi coach player players airline airlines airport
        museum charity charities brand studio store chain platform site regime junta palace
        dad dads mum mums mom moms grandfather grandmother grandad grandpa gran granny
        grandma uncle aunt cousin girlfriend boyfriend partner fiance fiancee widow widower
        pensioner pensioners teenager teenagers colleague colleagues boss bosses shopkeeper
        landlord tenant tenants passenger passengers driver drivers patient patients
        bloke blokes guy guys lad lads lady ladies girl girls boy boys stranger strangers
        """.split()
)


def pronoun_part(word: str) -> str:
    """``word`` without a contracted verb ending when it is a subject pronoun with one.

    >>> pronoun_part("They’ve"), pronoun_part("she'll"), pronoun_part("Novak’s")
    ('They', 'she', 'Novak’s')
    """
    head, mark, _ = word.replace("’", "'").partition("'")
    return word[: len(head)] if mark and head.lower() in PRONOUNS else word


def strip_possessive(word: str) -> str:
    """``word`` without a possessive ending.

    >>> strip_possessive("Novak's"), strip_possessive("Reyes’"), strip_possessive("Novak")
    ('Novak', 'Reyes', 'Novak')
    """
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word
