"""Crisis safety: notice words that suggest self-harm or suicidal thoughts, offer real help.

A job-search tool is not a crisis service. When a journal line suggests the person may hurt
themselves, the product stops analysing the thought and shows calm words and phone numbers from
the playbook (`[safety]`). The rules favour recall on explicit phrasings while leaving everyday
idioms alone ("this rejection killed my motivation", "je meurs d'envie de travailler chez eux").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rebond.method import playbook
from rebond.method.text.language import Lang, detect, fold

# "En finir avec ce process / cette candidature" is about the search, not about life.
_NOT_A_JOB_THING = r"(?! avec (ce|cet|cette|ces|le|les|mon|ma|mes|leur|leurs|un|une)\b)"

# Patterns run on folded text (lower case, no accents, plain apostrophes). Both languages are
# always checked: a person may switch language in the middle of a distressing sentence.
_CRISIS_PATTERNS: tuple[str, ...] = (
    # French
    r"\b(envie|besoin|tentation|idee)s? d\W?\s?en finir\b" + _NOT_A_JOB_THING,
    r"\benvie den finir\b|\bj\W?\s?ai envie de mourir\b",
    r"\ben finir (avec la vie|avec tout|pour de bon|une bonne fois)\b",
    r"\bje (veux|voudrais|prefererais|vais|pourrais|pense a|aimerais) (\w+ )?(en finir|mourir|"
    r"disparaitre pour toujours|me tuer|me suicider)\b" + _NOT_A_JOB_THING,
    r"\b(me|se) (faire du mal|blesser expres|mutiler|scarifier|tuer|suicider|foutre en l'air|"
    r"jeter sous|pendre)\b",
    # "Suicide professionnel" / "career suicide" are figures of speech about a decision.
    r"(?<!career )(?<!social )(?<!political )\bsuicid\w*\b(?! professionnel| politique| social)",
    r"\b(plus|pas|aucune|aucun|sans) (de |d')?(envie|raison|gout|but) (de|a) (vivre|la vie)\b",
    r"\b(je )?(ne )?veux plus vivre\b",
    r"\bje (veux|voudrais|aimerais) (juste |)disparaitre\b(?! sous terre)",
    r"\bplus envie d'etre (la|en vie)\b|\bmarre de vivre\b|\bla vie ne vaut (plus |pas )",
    r"\b(mieux|mieux vaudrait) (que je sois |)(mort|morte|plus la)\b",
    r"\bpersonne ne (me regretterait|remarquerait si je disparaissais)\b",
    r"\bmettre fin a (mes|ma) (jours|vie)\b",
    r"\bj'ai envie de mourir\b|\bje veux mourir\b",
    # English
    r"\b(kill|killing|hurt|hurting|harm|harming|cut|cutting) myself\b",
    r"\bself[- ]harm\w*",
    r"\b(end|ending) (it all|my life|things for good|everything for good)\b",
    r"\b(want|wanna|going|plan|planning|thinking about how) to die\b|\bwish i (was|were) dead\b",
    r"\bno (reason|point) (to|in) (live|living|go on|going on|being alive|keep going|carry on)\b",
    r"\b(disappear|vanish) (forever|for good|for ever)\b",
    r"\b(don'?t|do not) want to (live|be alive|be here anymore|wake up)\b",
    r"\bbetter off (dead|without me)\b|\btake my (own )?life\b",
    r"\bnot worth living\b|\bcan'?t go on (anymore|like this)\b",
)
_CRISIS = re.compile("|".join(f"(?:{p})" for p in _CRISIS_PATTERNS))
# Every pattern above contains one of these fragments; one cheap scan for them spares the full
# alternation on the vast majority of journal lines (batch analysis runs this on every line).
_TRIGGERS = re.compile(
    r"finir|mour|mort|tuer|suicid|mal\b|vivre|vie\b|viv|plus la|regrett|dispar|jours|bless|"
    r"mutil|scarif|pend|jeter|myself|harm|end|die|dead|live|living|alive|life|worth|go on|"
    r"wake|without me|here anymore|en l'air|keep going|carry on|disappear|vanish|den finir"
)


@dataclass(frozen=True)
class Helpline:
    """One place to call or write, as the playbook states it."""

    name: str
    number: str
    hours: str


@dataclass(frozen=True)
class HelpMessage:
    """Calm words shown instead of an analysis when a crisis signal is found."""

    lang: Lang
    title: str
    body: str
    helplines: tuple[Helpline, ...]
    emergency: str


def crisis_signal(text: str, lang: Lang | None = None) -> bool:
    """True when the text suggests self-harm or suicidal thoughts (French or English).

    `lang` is accepted for symmetry with the other analysers; both languages are always checked.

    >>> crisis_signal("J'ai envie d'en finir"), crisis_signal("I want to kill myself")
    (True, True)
    >>> crisis_signal("This rejection killed my motivation")
    False
    """
    del lang  # both languages are checked on purpose
    if not text:
        return False
    folded = fold(text)
    return _TRIGGERS.search(folded) is not None and _CRISIS.search(folded) is not None


def help_message(lang: Lang) -> HelpMessage:
    """The playbook's help message for `lang`, validated.

    >>> any(h.number == "3114" for h in help_message("fr").helplines)
    True
    """
    data = playbook.section(lang, "safety")
    try:
        lines = tuple(
            Helpline(name=str(h["name"]), number=str(h["number"]), hours=str(h["hours"]))
            for h in data["helplines"]
        )
        message = HelpMessage(
            lang=lang,
            title=str(data["title"]),
            body=str(data["body"]).strip(),
            helplines=lines,
            emergency=str(data["emergency"]).strip(),
        )
    except (KeyError, TypeError) as exc:
        raise playbook.PlaybookError(f"[safety] in {lang!r} playbook is malformed: {exc}") from exc
    if not lines:
        raise playbook.PlaybookError(f"[safety] in {lang!r} playbook lists no helpline")
    return message


def not_therapy_notice(lang: Lang) -> str:
    """The playbook's one-paragraph "Rebond is not therapy" notice."""
    notice = playbook.section(lang, "safety").get("not_therapy")
    if not isinstance(notice, str) or not notice.strip():
        raise playbook.PlaybookError(f"[safety] not_therapy missing in {lang!r} playbook")
    return notice.strip()


def help_message_for(text: str) -> HelpMessage:
    """The help message in the language the text is written in."""
    return help_message(detect(text))
