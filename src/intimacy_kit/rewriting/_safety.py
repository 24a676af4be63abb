"""Knowing when not to rewrite: threats, ultimatums, coercion and self-harm are declined.

A threat is never softened into a polite message. The rewriter declines when the
detector files anything as a threat, and it also runs the built-in threat rules and
looks for the words of threats itself, so that a caller's narrowed rule set (or a threat
the detector filed under another category) cannot turn a threat into a request.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from typing import Final

from intimacy_kit._model import Category, Finding
from intimacy_kit.detection import RuleSet, detect_doc
from intimacy_kit.lexicon import get_vocabulary
from intimacy_kit.text import Doc
from intimacy_kit.text import flags as F

__all__ = [
    "DISTRESS_REASON",
    "SELF_HARM_REASON",
    "THREAT_REASON",
    "ULTIMATUM_REASON",
    "decline_reason",
]

THREAT_REASON: Final = (
    "Not rewritten: this message reads as a threat or an ultimatum, and rewording would "
    "only soften it. If anyone may be at risk, step away and contact local emergency "
    "services or a domestic-abuse or crisis helpline."
)
"""Why a threat is declined, with a pointer to outside help."""
ULTIMATUM_REASON: Final = (
    "Not rewritten: this message sets an ultimatum (a condition, and a consequence such "
    "as leaving), and rewording it would only make the pressure sound polite. Say what "
    "you feel and need, and what you have decided, without the condition."
)
"""Why an ultimatum with no harm in it is declined: in proportion, without a helpline."""
SELF_HARM_REASON: Final = (
    "Not rewritten: this message talks about harming yourself. Please reach out to "
    "someone you trust or a crisis line today; if you are in immediate danger, call "
    "emergency services."
)
"""Why a self-harm statement is declined, with a pointer to outside help."""

DISTRESS_REASON: Final = (
    "Not rewritten: this message says someone is hurting or frightening you. If you are "
    "in danger, get somewhere safe and contact local emergency services or a "
    "domestic-abuse helpline."
)
"""Why a message about being hurt is declined: it is not a judgment to soften."""

_SELF_HARM_RULE: Final = "threat.self_harm"
_ULTIMATUM_RULE: Final = "threat.ultimatum"


@functools.cache
def _safety_rules() -> RuleSet:
    from intimacy_kit.detection.rules import threat

    return RuleSet(threat.RULES)


@functools.cache
def _distress_rules() -> RuleSet:
    # Not a rule of the detector: the writer is the one in danger, not the one judging.
    from intimacy_kit.detection import Rule

    physical = "(<hurt> | <hit> | <grab> | <choke> | <push> | <shove> | <kick> | <slap>"
    physical += " | <punch> | <strangle> | <scare> | <frighten>)"
    return RuleSet(
        [
            Rule(
                id="safety.distress",
                category=Category.THREAT,
                severity="high",
                pattern=(
                    f"[YOU BE {physical} me] | [(stop | quit) {physical} me]"
                    " | [(let go of | get off | get away from) me] -WORD"
                    " | [SPEAKER BE (so | really)? (scared | afraid | terrified | frightened)"
                    " of YOU]"
                ),
                message="The writer says they are being hurt or frightened.",
                examples=(
                    "Stop! You're hurting me.",
                    "please stop grabbing me",
                    "Get off me!",
                    "I'm scared of you.",
                ),
                near_misses=(
                    "You're hurting my feelings when you joke like that.",
                    "Stop hitting the snooze button, love.",
                    "Get off the phone and come to bed.",
                    "I'm scared of spiders, can you help?",
                ),
                negatable=False,
            )
        ]
    )


@functools.cache
def _threat_words() -> tuple[int, int]:
    vocabulary = get_vocabulary()
    self_harm = vocabulary.bit("SELF_HARM_PHRASE")
    threats = vocabulary.bit("HARM_WISH") | vocabulary.bit("THREAT_IDIOM")
    return self_harm, threats


def _words_reason(doc: Doc) -> str | None:
    """A reason from the words alone: a self-harm phrase, a wish of harm, a threat idiom."""
    vocabulary = get_vocabulary()
    self_harm, threats = _threat_words()
    for first, _, phrase in doc.phrases:
        if doc.flags[first] & F.FICTION:
            continue
        classes = vocabulary.phrase_classes(phrase)
        if classes & self_harm:
            return SELF_HARM_REASON
        if classes & threats:
            return THREAT_REASON
    for norm, flags in zip(doc.norms, doc.flags, strict=True):
        if not flags & F.FICTION and vocabulary.classes_of(norm) & (self_harm | threats):
            return SELF_HARM_REASON if vocabulary.classes_of(norm) & self_harm else THREAT_REASON
    return None


def _harm_words_in(doc: Doc, finding: Finding, *, coercion: bool = False) -> bool:
    """Whether a finding's span holds a word of harm or self-harm.

    With ``coercion``, words of control count too: the children, money, papers, exposure.
    """
    vocabulary = get_vocabulary()
    harm = 0
    names: tuple[str, ...] = ("HARM_VERB", "HARM_VERB_VAGUE", "DESTROY_VERB")
    if coercion:
        names += ("COERCIVE_VERB", "PROTECTED_THING", "EXPOSE_VERB", "AUTHORITY")
    for name in names:
        harm |= vocabulary.bit(name)
    self_harm, threats = _threat_words()
    harm |= self_harm | threats
    # Only the tokens from the finding's start on (a bisection), not the whole message:
    # this runs once per finding.
    index = bisect.bisect_left(doc.starts, finding.start)
    while index < len(doc.norms) and doc.starts[index] < finding.end:
        if doc.ends[index] <= finding.end and vocabulary.classes_of(doc.norms[index]) & harm:
            return True
        index += 1
    return False


def decline_reason(doc: Doc, findings: Sequence[Finding]) -> str | None:
    """Why the message must not be rewritten, or None when it may be.

    A threat the learned lexicon found counts when its span holds a word of harm or
    coercion: the lexicon's threat category is a guess from the words that weighed, and
    "you're talking out of your ass" is rude, not a threat.
    """
    threats = [
        f
        for f in findings
        if f.category is Category.THREAT
        and (not f.rule_id.startswith("learned.") or _harm_words_in(doc, f))
    ]
    if detect_doc(doc, _distress_rules()):
        return DISTRESS_REASON
    if not threats:
        threats = list(detect_doc(doc, _safety_rules()))
    if threats:
        if any(f.rule_id == _SELF_HARM_RULE for f in threats):
            return SELF_HARM_REASON
        if all(
            f.rule_id == _ULTIMATUM_RULE and not _harm_words_in(doc, f, coercion=True)
            for f in threats
        ):
            return ULTIMATUM_REASON  # "… or we're done": pressure, not danger
        return THREAT_REASON
    return _words_reason(doc)
