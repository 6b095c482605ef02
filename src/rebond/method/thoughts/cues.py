"""Language-aware cue rules for cognitive distortions (C4.1), French and English.

The rules look for the grammatical shape of a distortion (an absolute tied to the self, a label
the person gives themselves, a claim about what others think, a certain prediction…) on folded
text (lower case, no accents, plain apostrophes). They feed the learned scorer in
`thoughts_model` as features; they never decide alone, because wording varies too much.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rebond.method.text.language import Lang, fold

DISTORTIONS: tuple[str, ...] = (
    "all_or_nothing",
    "overgeneralization",
    "labeling",
    "mind_reading",
    "fortune_telling",
    "catastrophizing",
    "personalization",
    "should_statement",
    "emotional_reasoning",
    "discounting_positive",
    "magnification",
    "mental_filter",
)

# Extra signals that argue against a distortion: a factual "never" about experience, a plan,
# a figure, a nuance ("mais", "and I'll"). Names double as feature names.
GUARDS: tuple[str, ...] = ("factual_never", "plan", "nuance")

_FR_LABELS = (
    r"nul(le)?s?|idiote?|bete|stupide|rate(e)?|loser|perdante?|incapable|incompetente?|"
    r"imposteur|bon(ne)? a rien|minable|pathetique|moins que rien|zero|naze|fardeau|"
    r"amateur"
)
_EN_LABELS = (
    r"loser|failure|idiot|stupid|dumb|useless|worthless|pathetic|fraud|impostor|imposter|"
    r"incompetent|joke|nobody|burden|hopeless case|amateur|moron"
)

_RULES: dict[Lang, dict[str, tuple[str, ...]]] = {
    "fr": {
        "overgeneralization": (
            r"\b(je|j')\s*(ne\s+|n')?\w+\s+(jamais|toujours)\b(?!\s+(utilise|travaille|fait|gere|"
            r"ete|eu|passe|presente|vu|manage|pratique|code|ecrit|vecu))",
            r"\b(ne|n')\s*(reussi\w*|marche\w*|arrive\w*|convain\w*)\s+jamais\b",
            r"\bjamais\s+rien\b|\bpersonne\s+ne\b.*\bjamais\b|\bpersonne\s+ne\s+(veut|voudra)\b",
            r"\b(toujours|a chaque fois|chaque fois|a tous les coups|systematiquement|"
            r"comme d'habitude)\b.*\b(rate|echou|plant|refus|non|meme|pareil|preferer?|mal)\w*",
            r"\b(tous|toutes) les (recruteurs|entreprises|boites|managers)\b",
            r"\bc'est toujours\b|\btoujours la meme\b|\bje rate\w* tout\b",
        ),
        "labeling": (
            rf"\bje suis (vraiment |juste |tellement |trop |completement |)"
            rf"(un |une |qu'un |qu'une |)(vrai |vraie |)({_FR_LABELS})\b",
            rf"\bquel(le)? ({_FR_LABELS})\b",
            rf"\bje ne suis qu'un(e)? ({_FR_LABELS})\b",
            r"\bje suis (trop )?(bete|nul|mauvaise?)\b",
        ),
        "mind_reading": (
            r"\b(ils|elles|il|elle|on|le jury|le recruteur|la recruteuse|le manager|la drh|"
            r"l'equipe)\s+(me |m')?(pens\w+|trouv\w+|juge\w*|croi\w+|etai\w+ decu|"
            r"a (surement|forcement|du) |ont (surement|forcement|du) |se sont dit|"
            r"se sont moque|s'est dit|ont pris pour|a pris pour|m'ont pris)",
            r"\b(ont|a|avait|avaient)\s+(surement|forcement|clairement|sans doute)\s+"
            r"(pens|trouv|jug|cru)",
            r"\b(ils|elle|il|elles) (ont|a) du (me |se )",
            r"\bdecu\w* de moi\b",
            r"\bje (suis sur\w*|sais) qu'(ils|elle|il|elles|on)\b.*\b(moque|juge|pens|trouv)",
            r"\bme trouvai\w+\b|\bm'a juge\b|\bme jugeai\w+\b",
            r"\bca se voyait\b|\bj'en suis sur\w*\b",
        ),
        "fortune_telling": (
            r"\bje ne (serai|trouverai|retrouverai|decrocherai|reussirai|serais|pourrai|"
            r"aurai)\w* jamais\b",
            r"\b(n'aurai|n'y arriverai|n'obtiendrai|ne ferai)\w* jamais\b",
            r"\bpersonne ne (m'embauchera|me recrutera|voudra|me prendra)\b",
            r"\b(va|vont|vais) (forcement|encore|surement)\b",
            r"\b(je sais|je le sais|je le sens)\b.*\b(ne|n')\b.*\b(pas|jamais)\b",
            r"\b(ne me rappelleront|ne me repondront)\b",
            r"\bd'avance\b|\bc'est (sur|certain)\b.*\b(echou|rat|refus)|\b(echou|rat|refus)\w*.*"
            r"c'est (sur|certain)\b",
            r"\bde toute facon je vais\b|\bje vais encore (echouer|rater|me planter)\b",
        ),
        "catastrophizing": (
            r"\bcatastroph\w*|\bdesastre\b|\bcauchemar\b|\bfoutu\w*\b|\bfichu\w*\b",
            r"\b(ma vie|ma carriere|mon avenir|tout) (est|sont) (finie?|terminee?|ruinee?|fichue?|"
            r"foutue?)\b",
            r"\bla fin de tout\b|\btout s'ecroule\b|\bpire chose\b|\bje vais tout perdre\b",
            r"\b(a la rue|m'en remettrai|m'en sortir)\b",
        ),
        "personalization": (
            r"\b(de|par) ma faute\b|\bc'est moi qui\b|\ba cause de moi\b|\bc'est moi\b",
            r"\bparce que (j'ai ete|je suis|j'etais|je n'ai pas su)\b",
            r"\bc'est que j'ai (mal|ete)\b|\bsurement a cause de mes\b",
        ),
        "should_statement": (
            r"\bj'aurais du\b|\bje devrais\b(?! (recevoir|avoir une reponse))|"
            r"\bje n'aurais (jamais |pas )du\b",
            r"\bje dois (etre|toujours|tout|absolument)\b|\bil faut absolument que je\b",
            r"\bil faudrait que je ne\b|\bje ne devrais\b",
        ),
        "emotional_reasoning": (
            r"\bje (me sens|ressens)\b.*\b(donc|alors|c'est que|c'est bien la preuve|"
            r"preuve que)\b",
            r"\b(j'ai honte|j'ai peur|j'ai l'impression)\b.*\b(donc|c'est bien la preuve|"
            r"preuve que|c'est que)\b",
            r"\bpuisque je me sens\b|\bje le sens\b",
        ),
        "discounting_positive": (
            r"\bmais (ca|cela) ne (compte|prouve|veut) (pas|rien)\b|\bne compte\w* pas\b",
            r"\b(de la|par|un coup de) chance\b|\bpar (simple )?politesse\b|"
            r"\bjuste de la politesse\b",
            r"\bn'importe qui\b|\bne veut rien dire\b|\bne prouve rien\b|\bdisent ca a tout le\b",
        ),
        "magnification": (
            r"\b(enorme|monumental\w*|impardonnable|terrible|la plus grave|desastre absolu|"
            r"gravissime)\b",
            r"\b(une seule|un seul|une petite|un petit|ma petite|mon petit|une fois)\b.*"
            r"\b(tout (gache|ruine|fichu|gacher)|fichu|gache|ruine)\w*",
            r"\bet (ca a |)tout (a ete |)(gache|ruine)\w*",
        ),
        "mental_filter": (
            r"\bje ne (retiens|pense|vois|garde)\b.*\bque\b",
            r"\btout ce que je vois\b|\bil n'y a que\b|\ble reste ne compte pas\b",
            r"\ben boucle\b|\bsans arret sur\b|\bseule remarque\b|\btout le reste s'efface\b",
        ),
        "all_or_nothing": (
            r"\bsoit\b.*\bsoit\b|\btout ou rien\b",
            r"\b(echec|rate|fiasco) (total|complet)\b|\bcompletement (rate|nul)\w*\b",
            r"\brien n'a (marche|fonctionne)\b|\brien ne s'est bien\b|\bne vaut rien\b",
            r"\bje n'ai (rien|aucune?)\b(?!.*\b(encore|pour l'instant|pour le moment)\b)",
            r"\bje ne sais rien faire\b|\bdu debut a la fin\b|\bsi ce n'est pas parfait\b",
            r"\bsi je (n'ai pas|ne suis pas)\b.*\b(nul|rien|rate)\b",
        ),
    },
    "en": {
        "overgeneralization": (
            r"\bi (always|never) (fail|blow|mess|get|succeed|make|win|manage to|do anything)\b",
            r"\b(nobody|no one|no company|no recruiter)\b.*\bever\b",
            r"\bnothing ever\b|\bevery (single )?(company|interview|time|recruiter|application)\b",
            r"\b(recruiters|companies|employers|they) (always|never) \w+",
            r"\bit'?s always\b|\bthe same every time\b|\bi mess up every\b|\balways the same\b",
            r"\bi always\b",
        ),
        "labeling": (
            rf"\bi'?m (such |so |just |a |an |totally |a total |a complete |complete |"
            rf"really |just a |just an |such a |such an )*({_EN_LABELS})\b",
            rf"\bi am (such |so |just |a |an |totally |a total |a complete )*({_EN_LABELS})\b",
            r"\bi'?m (pathetic|terrible|hopeless|bad) at\b",
        ),
        "mind_reading": (
            r"\b(they|she|he|the panel|the recruiter|the manager|the interviewer|the cto|"
            r"everyone)\s+(must|probably|obviously|clearly|definitely|surely)?\s*"
            r"(think|thought|thinks|found|judged|hated|saw|were disappointed|was disappointed|"
            r"have found|must have)",
            r"\bclearly,? they\b|\bi bet they\b|\bi know they (judged|thought|hated|saw)\b",
            r"\bdisappointed in me\b|\bi could tell\b|\ball over their faces\b",
            r"\b(they|she|he) (didn'?t|did not) like me\b",
        ),
        "fortune_telling": (
            r"\bi'?(ll| will) never\b|\bi'?m never going to\b",
            r"\b(nobody|no one) will (ever )?\b|\bwill never (get|be|hire)\b",
            r"\b(going to|gonna) (fail|be rejected|be a disaster)\b|\bi know they won'?t\b",
            r"\bno point (applying|trying)\b|\bi just know it\b|\bforever\b",
            r"\bi'?m sure of it\b|\bis coming\b",
        ),
        "catastrophizing": (
            r"\bcatastroph\w*|\bdisaster\b|\bnightmare\b",
            r"\b(my life|my career|my future|everything|it) (is|'s) (over|ruined|finished|done)\b",
            r"\b(ruined everything|falling apart|falls apart|worst thing|lose everything|"
            r"end of my career|homeless|never recover)\b",
        ),
        "personalization": (
            r"\b(my fault|because of me|on me|i'?m the reason)\b",
            r"\bbecause i (wasn'?t|was|didn'?t|did not)\b",
            r"\bsomething i did\b",
        ),
        "should_statement": (
            r"\bi should(n'?t)? (have|be|know|not)\b(?! hear)",
            r"\bi must (never|always|be|not)\b|\bi ought to\b|\bi have to be (the best|perfect)\b",
        ),
        "emotional_reasoning": (
            r"\bi feel\b.*\b(so i|therefore|which (means|proves)|so it|must be|probably am|"
            r"so nobody|so i must)\b",
            r"\b(i'?m scared|since i feel|because i feel)\b.*\b(so|must|will)\b",
            r"\bi feel like\b.*\b(never|so i|am one)\b",
        ),
        "discounting_positive": (
            r"\bdoesn'?t (really )?(count|matter)\b|\bmeans nothing\b|\bproves nothing\b",
            r"\b(just|only|was) (luck|a fluke|being (nice|polite))\b|\bjust to be nice\b",
            r"\banyone could\b|\bthey say that to everyone\b|\bwas luck\b|\bjust luck\b",
        ),
        "magnification": (
            r"\b(huge|massive|monumental|unforgivable|terrible|catastrophic|worst)\b",
            r"\b(one|a single|small|tiny|that one|one little)\b.*\b(ruined|destroyed|wrecked)\b",
            r"\b(ruined|destroyed) (it all|everything|the whole)\b",
        ),
        "mental_filter": (
            r"\ball i (can )?(think about|see|remember)\b|\bi only (remember|see|keep|care)\b",
            r"\bthe only thing that matters\b|\bnothing else\b|\bthat'?s all i see\b",
            r"\bkeep (going back|replaying)\b|\bthe rest doesn'?t matter\b",
            r"\beverything else fades\b",
        ),
        "all_or_nothing": (
            r"\beither\b.*\bor\b|\ball or nothing\b",
            r"\b(complete|total|utter) (failure|disaster|mess)\b",
            r"\bnothing went (well|right)\b|\bfrom start to finish\b|\bif it'?s not perfect\b",
            r"\b(no skills|nothing of value|nothing to offer|can'?t do anything right)\b",
            r"\bif i'?m not (perfect|chosen)\b|\bworthless\b",
        ),
    },
}

_GUARD_RULES: dict[Lang, dict[str, tuple[str, ...]]] = {
    "fr": {
        # "Je n'ai jamais travaillé avec Kafka": experience never had, stated as a fact.
        "factual_never": (
            r"\bje n'ai jamais (\w+ ){0,2}(utilise|travaille|fait|gere|ete|eu|passe|presente|"
            r"pratique|manage|code|occupe|dirige|vendu|fait de)\b",
            r"\b(ils|elle|il) (ne|n')\s*(m'ont|m'a|ont|a|recrutent)\s*(\w+ )?jamais\b",
            r"\bc'est (factuel|un vrai manque|une lacune)\b",
        ),
        "plan": (
            r"\bje vais\b|\bje (prepare|prevois|m'entraine|clarifie|ameliore|travaille)\b",
            r"\bla prochaine fois\b|\bpour la (suite|prochaine)\b|\bd'ici\b|\bcette semaine\b",
            r"\bca se travaille\b|\ba combler\b|\bpoint a travailler\b",
        ),
        "nuance": (
            r"\b(mais|et) (j'ai|je|c'est normal|ca passera)\b|\bquand meme\b|\bpas encore\b",
            r"\bc'est (normal|comprehensible)\b|\b\d",
        ),
    },
    "en": {
        "factual_never": (
            r"\bi(?: have|'ve) never (\w+ ){0,2}(used|worked|done|managed|been|had|held|"
            r"presented|practised|practiced|coded|run|led|sold|interviewed)\b",
            r"\b(they|she|he) never (answered|called|hire|replied)\b",
            r"\b(that gap is real|that'?s a fact|a gap to close)\b",
        ),
        "plan": (
            r"\bi'?ll\b|\bi will\b|\bi'?m (going to|preparing|practising|taking)\b",
            r"\bnext (time|week)\b|\bthis week\b|\bcan be worked on\b|\bto work on\b",
        ),
        "nuance": (
            r"\b(but|and) (i|it|that'?s) (still|will|also|have|can)\b|\bnot yet\b|\byet\b",
            r"\b(makes sense|understandable)\b|\b\d",
        ),
    },
}


@dataclass(frozen=True)
class _Compiled:
    types: dict[str, tuple[re.Pattern[str], ...]]
    guards: dict[str, tuple[re.Pattern[str], ...]]


def _compile(lang: Lang) -> _Compiled:
    return _Compiled(
        types={k: tuple(re.compile(p) for p in v) for k, v in _RULES[lang].items()},
        guards={k: tuple(re.compile(p) for p in v) for k, v in _GUARD_RULES[lang].items()},
    )


_COMPILED: dict[Lang, _Compiled] = {"fr": _compile("fr"), "en": _compile("en")}
FEATURES: tuple[str, ...] = DISTORTIONS + GUARDS


def cue_hits(text: str, lang: Lang) -> dict[str, int]:
    """Count the cue rules each distortion type (and each guard) matches in `text`.

    >>> cue_hits("Je suis nul en entretien.", "fr")["labeling"] > 0
    True
    """
    folded = fold(text)
    compiled = _COMPILED[lang]
    hits = {
        name: sum(bool(p.search(folded)) for p in pats) for name, pats in compiled.types.items()
    }
    for name, pats in compiled.guards.items():
        hits[name] = sum(bool(p.search(folded)) for p in pats)
    return hits


def cue_vector(text: str, lang: Lang) -> list[float]:
    """Cue hits as a fixed-order feature vector (order of `FEATURES`), capped at 1 each."""
    hits = cue_hits(text, lang)
    return [min(float(hits.get(name, 0)), 1.0) for name in FEATURES]
