"""The I-statement rewriter: ``rewrite(text, *, style="nvc") -> Rewrite``.

How a message is rewritten:

1. The detector runs once. No findings: the message comes back unchanged (the very
   same string). Any threat or self-harm finding: the rewrite is declined, the text is
   left as it was and the reason points toward outside help.
2. The message is split into sentences (only when it has more than one). Sentences
   without findings are kept exactly as the speaker wrote them, in their order.
3. Each judgmental sentence is taken apart (:mod:`intimacy_kit._rewrite_sentence`): the
   behaviour it names, the feelings and needs behind the judgment, a clean lead-in
   worth keeping, a form of address.
4. The parts of all judgmental sentences become one I-statement in the chosen style,
   placed where the first judgment was, with the request at the end.
5. The result is checked with the detector. If anything in it is still flagged, simpler
   wordings are tried in turn, down to a plain "I feel …, because I need …" sentence
   that is tested against the default rules for every feeling and need we use. So the
   output is always clean, and rewriting it again changes nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from intimacy_kit._detector import detect, detect_normalized
from intimacy_kit.lexicon._feelings import feeling as lookup_feeling
from intimacy_kit.lexicon._feelings import need as lookup_need
from intimacy_kit._model import Category, Finding
from intimacy_kit._rewrite_clause import Token, tokenize
from intimacy_kit._rewrite_model import Edit, Rewrite, RewriteParts, Style
from intimacy_kit._rewrite_phrases import (
    CATEGORY_PLAN,
    INTERJECTIONS,
    NEED_EFFECTS,
    NEED_REQUESTS,
    TOPICS,
)
from intimacy_kit._rewrite_sentence import CATEGORY_RANK, SentencePlan, analyse
from intimacy_kit._rewrite_topic import PEOPLE, Topic, lemma_set, topic
from intimacy_kit._rewrite_verbs import is_known_word, parts_of_speech, verb_lemma
from intimacy_kit._rule import RuleSet
from intimacy_kit._rules import DEFAULT_RULES
from intimacy_kit._text import _ABBREVIATIONS, Normalized, normalize

__all__ = ["SAFE_FEELINGS", "SAFE_NEEDS", "rewrite"]

_THREAT_REASON: Final = (
    "This message contains a threat or an ultimatum ({quote}). A threat can't be made "
    "polite, so it was not rewritten. If anyone might get hurt, please step away and "
    "contact local emergency services or a helpline (for example a domestic-abuse "
    "line); a counsellor can help with the anger or fear behind it."
)
_SELF_HARM_REASON: Final = (
    "This message talks about harming yourself ({quote}), so it was not rewritten. "
    "Your safety matters more than the wording: please reach out to someone you trust "
    "or a crisis line today, and if you are in immediate danger, call emergency services."
)

# Words that make a threat finding about the speaker's own life, not the partner's safety.
_SELF_HARM: Final = re.compile(
    r"(?i)\b(?:myself|my\s+(?:own\s+)?life|end\s+it\s+all|without\s+me|when\s+i'?m\s+(?:gone|dead)|"
    r"(?:be|i'?m)\s+dead|to\s+(?:live|die|exist)|done\s+living|suicide)\b"
)

# Feelings and needs of the last-resort sentence, tried in order until one is clean.
SAFE_FEELINGS: Final = ("hurt", "sad", "worried", "frustrated", "lonely")
"""Feelings the plainest fallback sentence may name, in the order they are tried."""
SAFE_NEEDS: Final = ("understanding", "connection", "being heard", "support")
"""Needs the plainest fallback sentence may name, in the order they are tried."""

_ACKNOWLEDGEMENT: Final = "I can see this matters to you."
_MAX_ANALYSED: Final = 40
"""Judgmental sentences of one message taken apart in full; a longer rant is summed up."""
_MAX_SENTENCE_FINDINGS: Final = 24
"""Judgments of one sentence taken apart; a run-on sentence is read up to here."""
_MAX_SENTENCE_TOKENS: Final = 400
"""Tokens of one sentence taken apart."""
# Topic words that are nouns, so they name the subject wherever they appear.
_MESSAGE_TOPICS: Final = frozenset(
    {
        "dishes",
        "chores",
        "laundry",
        "housework",
        "trash",
        "bins",
        "phone",
        "gadgets",
        "screen",
        "birthday",
        "anniversary",
        "kids",
        "money",
    }
)
_DEFAULT_REQUEST: Final = "talk about this with me"
# Requests with a slot for the subject of the message: "tell me what it means to you".
_PLACEHOLDER: Final = re.compile(
    r"^(?:tell me (?:more )?about|tell me what|help me understand what) (it|this)\b"
)
_RELATION_WORDS: Final = frozenset(
    {"husband", "wife", "partner", "boyfriend", "girlfriend", "bf", "gf", "mum", "mom", "dad"}
)
# Requests of one word that read better with who or what they are about.
_BARE_REQUESTS: Final = {"listen": "listen to me", "help": "give me a hand"}
_ONE_OFF_VERBS: Final = frozenset(
    {"tell", "call", "text", "ask", "let", "warn", "check", "invite", "wait", "answer", "reply"}
    | {"phone", "ring", "email", "message"}
)
# Who a comparison measures the partner against. A boss, one's mates or one's family
# can be what a complaint is about ("your boss is awful"), so only here are they people
# rather than subjects.
_COMPARED_WITH: Final = PEOPLE | frozenset(
    {"family", "coworker", "coworkers", "boss", "mate", "mates", "cousin", "aunt", "uncle"}
)
# "When you didn't text back when you were out" reads better with "while" inside.
_INNER_WHEN: Final = re.compile(r" when (?=(?:you|I|we) (?:were|was)\b)")
_WORD: Final = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_YOU_WORDS: Final = frozenset({"you", "you're", "you've", "you'll", "you'd", "your", "yours"})
# A request about the subject of the message, by the need behind it.
_ABOUT_REQUESTS: Final = {
    **dict.fromkeys(
        ("respect", "gentleness", "kindness", "peace", "emotional safety", "harmony"),
        "talk with me calmly about {}",
    ),
    **dict.fromkeys(
        ("honesty", "trust", "transparency", "clarity"),
        "tell me openly how you see {}",
    ),
    **dict.fromkeys(
        ("shared effort", "fairness", "balance", "cooperation", "teamwork", "partnership"),
        "sit down with me and talk about {}",
    ),
}
_ADVICE_REQUEST: Final = "talk it through with me first"
_LISTEN_REQUEST: Final = "tell me more about what's upsetting you"
_QUESTION_REQUEST: Final = "tell me how you see it"

# XYZ needs a "when …" even when the message named no behaviour; these describe the
# moment without blaming anyone.
_XYZ_MOMENTS: Final = {
    Category.STONEWALLING: "this conversation gets heated",
    Category.DEFENSIVENESS: "we talk about what went wrong",
    Category.INVALIDATION: "I see you this upset",
    Category.UNSOLICITED_ADVICE: "I see you going through this",
    Category.MIND_READING: "I'm unsure where we stand",
}
_XYZ_DEFAULT_MOMENT: Final = "things are like this between us"


@attrs.frozen
class _Draft:
    """Everything one attempt at the rewritten text is made from."""

    pieces: tuple[tuple[str, str, str], ...]
    """(separator before, text, kind) in order; kind is "kept", "statement" or "request"."""
    parts: RewriteParts
    level: int


def _unchanged(text: str, style: Style, findings: tuple[Finding, ...] = ()) -> Rewrite:
    return Rewrite(
        original=text,
        text=text,
        style=style,
        changed=False,
        declined=False,
        reason=None,
        parts=RewriteParts(),
        findings=findings,
        edits=(),
    )


def _declined(text: str, style: Style, findings: tuple[Finding, ...]) -> Rewrite:
    threats = [f for f in findings if f.category is Category.THREAT]
    self_harm = [f for f in threats if "self_harm" in f.rule_id or _SELF_HARM.search(f.text)]
    concern = (self_harm or threats)[0]
    template = _SELF_HARM_REASON if self_harm else _THREAT_REASON
    quote = concern.text.strip()
    if len(quote) > 80:
        quote = quote[:77].rstrip() + "…"
    return Rewrite(
        original=text,
        text=text,
        style=style,
        changed=False,
        declined=True,
        reason=template.format(quote=f"“{quote}”"),
        parts=RewriteParts(),
        findings=findings,
        edits=(),
    )


# A place where a sentence ends: terminal punctuation (and closing quotes) before
# whitespace or the end, or a line break.
_BOUNDARY: Final = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s|$)|\n+")
_LAST_WORD: Final = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# A stage direction opening a sentence of a script or transcript: "(pulls away) God, …".
_STAGE_DIRECTION: Final = re.compile(r"\([a-z][^()\n]{0,60}\)(?=[ \t]+\S)")


def sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of ``text``, found with one regular-expression pass.

    Splits after ``.``, ``!`` or ``?`` followed by a space (chat messages often start a
    sentence in lower case), after ``…`` or ``...`` unless the next word is in lower case
    (the speaker trailing off), and at line breaks; the common abbreviations of
    :func:`~intimacy_kit._text.sentence_spans` ("Dr.", "e.g.") do not end a sentence.
    It costs a few microseconds where Punkt costs a few hundred.

    >>> text = "You never call. I asked Dr. Lee about it... it's fine! ok?"
    >>> [text[a:b] for a, b in sentence_bounds(text)]
    ['You never call.', "I asked Dr. Lee about it... it's fine!", 'ok?']

    A stage direction opening a sentence is a sentence of its own:

    >>> text = "(pulls away) Not this again!"
    >>> [text[a:b] for a, b in sentence_bounds(text)]
    ['(pulls away)', 'Not this again!']
    """
    spans = []
    start = 0
    size = len(text)
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group()[0] != "\n":
            following = end
            while following < size and text[following] in " \t":
                following += 1
            trailing_off = match.group().rstrip("\"'\u201d\u2019)]").endswith(("..", "\u2026"))
            if trailing_off and following < size and text[following].islower():
                continue  # "It's... it's not like that": one sentence trailing off
            if match.group() == ".":
                word = _LAST_WORD.search(text, max(0, match.start() - 12), match.start())
                if word is not None and word.group(1).lower() in _ABBREVIATIONS:
                    continue
        spans.append((start, end))
        start = end
    spans.append((start, size))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            direction = _STAGE_DIRECTION.match(text, a, b)
            if direction is not None and direction.end() < b:
                out.append((a, direction.end()))  # "(pulls away)": not the speaker's words
                a = direction.end() + 1
            out.append((a, b))
    return tuple(out)


def _sentences(text: str, findings: Sequence[Finding]) -> list[tuple[int, int, list[Finding]]]:
    """Sentence spans with the findings that overlap each."""
    spans = sentence_bounds(text) or ((0, len(text)),)
    out: list[tuple[int, int, list[Finding]]] = []
    for a, b in spans:
        if out and not any(c.isalnum() for c in text[a:b]):
            out[-1] = (out[-1][0], b, [])  # "?!" split off on its own belongs to the sentence
        else:
            out.append((a, b, []))
    index = 0
    for finding in findings:
        while index < len(out) and out[index][1] <= finding.start:
            index += 1
        k = index
        while k < len(out) and out[k][0] < max(finding.end, finding.start + 1):
            out[k][2].append(finding)
            k += 1
    return out


def _best(candidates: Iterable[tuple[int, int, int, int, str]]) -> str | None:
    """The candidate with the highest score; ties go to category rank, then order."""
    best = max(candidates, default=None)
    return None if best is None else best[4]


def _join_feelings(first: str, second: str | None) -> str:
    return first if not second or second == first else f"{first} and {second}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Composer:
    """Combines the sentence plans of one message into drafts of decreasing ambition."""

    def __init__(self, normalized: Normalized, findings: tuple[Finding, ...]) -> None:
        text = normalized.original
        self.text = text
        self.sentences = _sentences(text, findings)
        self.plans: list[tuple[int, SentencePlan]] = []
        tokens: tuple[Token, ...] = tokenize(normalized)
        starts = [t.start for t in tokens]
        analysed = 0
        for number, (a, b, found) in enumerate(self.sentences):
            if not found:
                continue
            if analysed < _MAX_ANALYSED:
                inside = tokens[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
                self.plans.append((number, _analyse_bounded(text, a, b, found, inside)))
                analysed += 1
            else:
                # A very long message: one I-statement covers it; the rest is left out.
                self.plans.append((number, _left_out(a, b, found)))
        self.plan_by_number = dict(self.plans)
        plans = [plan for _, plan in self.plans]
        # The subject of the complaint may sit in a clean sentence ("those dishes need
        # cleaning. You've left them piled up again!"): a weak hint for the need.
        self.topic = _message_topic(tokens)
        categories = {c for plan in plans for c in plan.categories}
        self.dominant = min(categories, key=CATEGORY_RANK.__getitem__)
        self.mocking = Category.CONTEMPT in categories
        self.advice_only = Category.UNSOLICITED_ADVICE in categories and categories <= {
            Category.UNSOLICITED_ADVICE,
            Category.ABSOLUTE,
            Category.DEMAND,
        }
        self.feeling, self.second_feeling = self._choose_feeling()
        self.need = self._choose_need()
        self.observations = self._observations()
        self.situation = next((p.situation for p in plans if p.situation), None)
        self.request_score = 0
        self.request = self._choose_request()
        self.address = next((p.address for p in plans if p.address), None)
        self.feeling_where = next((p.feeling_where for p in plans if p.feeling_where), None)
        self.feeling_when = next((p.feeling_when for p in plans if p.feeling_when), None)
        self.acknowledge = any(p.acknowledge for p in plans)
        self.offer = None if self.acknowledge else next((p.offer for p in plans if p.offer), None)
        if self.offer is None and self.advice_only:
            self.offer = next((p.command_offer for p in plans if p.command_offer), None)
        # A complaint about the partner to someone else asks "him" or "her", not "you".
        speaks_to_you = any(t.norm in _YOU_WORDS for t in tokens)
        self.third_person = (
            None if speaks_to_you else next((p.third_person for p in plans if p.third_person), None)
        )
        self.named_partner = next((p.named_partner for p in plans if p.named_partner), None)
        if self.third_person is not None and any(p.self_directed for p in plans):
            # "… can't be bothered" about a boyfriend is his withdrawal, not the
            # speaker's: asking him for "some quiet time" would get it backwards.
            self.request = self._choose_request(only_about_partner=True)
        # What the message is about, when neither the observation nor the request says it.
        self.about = self._choose_about()
        if (
            self.about is not None
            and self.third_person is not None
            and self.about.text.split()[-1].lower() in _RELATION_WORDS
        ):
            self.about = None  # "my boyfriend" is who it is about, not what
        placeholder = _PLACEHOLDER.search(self.request)
        if self.about is not None and placeholder is not None and not self.about.action:
            # "tell me what it means to you" -> "tell me what your career means to you"
            after = self.request[placeholder.end(1) :]
            if self.about.plural:
                after = after.replace(" means ", " mean ", 1)
            self.request = self.request[: placeholder.start(1)] + self.about.text + after
        elif (
            self.about is not None
            and not self.acknowledge
            # Advice names the act it advises: "ignoring your sister" is the advice
            # again, not what the speaker wants to talk about.
            and not (self.advice_only and self.about.action)
            and self.request_score <= 2
        ):
            self.request = self._about_request(self.about)
        elif (
            self.about is not None
            and self.acknowledge
            and not self.advice_only
            and self.request_score <= 2
        ):
            # The acknowledgement names one subject ("I can see a few books matter to
            # you"); a second one the message raises is what to talk about.
            other = self._choose_about(self.about.lemmas)
            if other is not None:
                self.request = self._about_request(other)

    # --- choices -------------------------------------------------------------------------

    def _choose_feeling(self) -> tuple[str, str | None]:
        if self.advice_only:
            return "worried", None
        candidates = [
            (score, rank, -number, -position, word)
            for number, plan in self.plans
            for position, (score, rank, word) in enumerate(plan.feelings)
            if _is_real_feeling(word)
        ]
        if self.topic is not None:
            candidates.append((2, -99, 0, 0, self.topic[1]))
        chosen = _best(candidates) or "hurt"
        second = None
        for _, plan in self.plans:
            if plan.second_feeling and any(w == chosen for _, _, w in plan.feelings):
                second = plan.second_feeling
                break
        if second is not None and not _is_real_feeling(second):
            second = None
        return chosen, second

    def _choose_need(self) -> str:
        candidates = [
            (score, rank, -number, -position, name)
            for number, plan in self.plans
            for position, (score, rank, name) in enumerate(plan.needs)
            if lookup_need(name) is not None
        ]
        if self.topic is not None:
            candidates.append((2, -99, 0, 0, self.topic[0]))
        return _best(candidates) or CATEGORY_PLAN[self.dominant.value][1]

    def _observations(self) -> list[str]:
        seen: list[str] = []
        for _, plan in self.plans:
            if plan.observation and plan.observation not in seen:
                seen.append(plan.observation)
        return seen[:2]

    def _choose_request(self, *, only_about_partner: bool = False) -> str:
        if self.advice_only:
            return _ADVICE_REQUEST
        best_score, best = 0, None
        for _, plan in self.plans:
            if only_about_partner and plan.self_directed:
                continue
            if plan.request and plan.request_score > best_score:
                best_score, best = plan.request_score, plan.request
        self.request_score = best_score
        if best is not None and best_score >= 3:
            return best
        kind = CATEGORY_PLAN[self.dominant.value][2]
        if best is not None:
            return best
        if kind == "listen":
            return _LISTEN_REQUEST
        if kind == "question":
            return _QUESTION_REQUEST
        return NEED_REQUESTS.get(self.need, _DEFAULT_REQUEST)

    def _covered(self) -> set[str]:
        """Lemmas of every word the draft keeps or writes from the message."""
        texts: list[str] = [self.text[a:b] for a, b, found in self.sentences if not found]
        for _, plan in self.plans:
            texts += [*plan.kept_before, *plan.transformed, *plan.kept_after]
        texts += self.observations
        texts += [self.request, self.offer or "", self.situation or ""]
        texts += [self.feeling_where or "", self.feeling_when or ""]
        covered: set[str] = set()
        for word in _WORD.findall(" ".join(texts).lower()):
            covered |= lemma_set(word)
        return covered

    def _choose_about(self, taken: frozenset[str] = frozenset()) -> Topic | None:
        """The subject of the message that the draft would otherwise leave out.

        ``taken`` holds the lemmas of a subject already chosen, to find another.
        """
        covered = self._covered() | taken
        best: Topic | None = None
        for _, plan in self.plans:
            if not plan.tokens:
                continue
            found = topic(plan.tokens, plan.blocked, covered)
            if (
                found is not None
                and Category.COMPARISON in plan.categories
                and found.text.split()[-1].lower() in _COMPARED_WITH
            ):
                # "your brother" is who they are compared with, not the subject; the
                # subject may come next ("my coworker remembers … my birthday").
                found = topic(plan.tokens, plan.blocked, covered | found.lemmas)
                if found is not None and found.text.split()[-1].lower() in _COMPARED_WITH:
                    continue
            if found is not None and (best is None or len(found.lemmas) > len(best.lemmas)):
                best = found
        return best

    def _about_request(self, topic: Topic) -> str:
        """A request about ``topic`` in the words that suit the judgment and the need."""
        dominant = self.dominant
        about = topic.text
        if dominant is Category.STONEWALLING:
            return f"give me an hour on my own, and then talk with me about {about}"
        if dominant is Category.ACCUSATORY_QUESTION:
            # "what happened with your clutter", but "more about living in your clutter"
            return (
                f"tell me more about {about}"
                if topic.action
                else f"tell me what happened with {about}"
            )
        return _ABOUT_REQUESTS.get(self.need, "talk with me about {}").format(about)

    # --- drafts --------------------------------------------------------------------------

    def draft(self, style: Style, level: int, dropped: frozenset[int] = frozenset()) -> _Draft:
        """A draft of the rewrite.

        Level 0 uses everything; 1 drops the observation; 2 also the form of address and
        the offered idea; 3 also every kept clause and sentence. ``dropped`` lists kept
        pieces (by position) that turned out to be flagged in their new surroundings.
        """
        observations = self.observations if level < 1 else []
        offer = self.offer if level < 2 else None
        need = lookup_need(self.need)
        need_clause = need.clause if need is not None else "to be understood"
        feelings = _join_feelings(self.feeling, self.second_feeling)
        observation = _join_observations(observations)
        kept: list[tuple[str, str, str]] = []  # (gap, text, kind)
        left_out_name: str | None = None
        previous_end = 0
        serial = 0
        for number, (a, b, found) in enumerate(self.sentences):
            gap = self.text[previous_end:a] if kept else ""
            gap = gap if gap and not gap.strip() else " "
            previous_end = b
            if not found:
                if (
                    level < 3
                    and serial not in dropped
                    and _worth_keeping(self.text[a:b])
                    and not (self.mocking and _MOCK_OPENING.match(self.text[a:b]))
                ):
                    kept.append((gap, self.text[a:b], "kept"))
                elif left_out_name is None:
                    left_out_name = _name_called(self.text[a:b])
                serial += 1
                continue
            plan = self._plan(number)
            before = [*plan.kept_before, *plan.transformed] if plan else []
            after = list(plan.kept_after) if plan else []
            for piece in before:
                if level < 3 and serial not in dropped:
                    kept.append((gap, piece, "kept"))
                    gap = " "
                serial += 1
            kept.append((gap, "", "statement"))
            gap = " "
            for piece in after:
                if level < 3 and serial not in dropped:
                    kept.append((gap, piece, "kept"))
                    gap = " "
                serial += 1
        # One I-statement, where the first judgment was.
        first = next(i for i, (_, _, kind) in enumerate(kept) if kind == "statement")
        pieces = [p for i, p in enumerate(kept) if p[2] != "statement" or i == first]
        # "Oh not that again, Finnegan.": the sentence goes, the name it calls them by stays.
        address = (self.address or left_out_name) if level < 2 else None
        if address and any(
            kind == "kept" and re.search(rf"\b{re.escape(address)}\b", text)
            for _, text, kind in pieces
        ):
            address = None
        statement = self._statement(style, observation, feelings, need_clause, address)
        pieces[first] = (pieces[first][0], statement, "statement")
        if style is Style.NVC:
            asked = self.request
            if asked in _BARE_REQUESTS:
                asked = _BARE_REQUESTS[asked]
            elif (
                len(asked.split()) <= 2
                and asked.split()[0] in _ONE_OFF_VERBS
                and not asked.endswith(" next time")
            ):
                asked += " next time"  # "tell me" alone reads as a demand for now
            request = f"Would you be willing to {asked}?"
            if self.third_person is not None:
                asked = self.request
                if _YOU_WORDS & set(re.findall(r"[a-z']+", asked.lower())):
                    asked = "talk this through with me"
                who = self.third_person
                named = self.named_partner
                # The statement is among the pieces, so this covers the observation too.
                if named is not None and not any(named in text.lower() for _, text, _ in pieces):
                    who = named  # "I'd like to ask my boyfriend to …" when nothing else says who
                request = f"I'd like to ask {who} to {asked}."
            if offer is not None:
                request += f" I have an idea about {offer}, if you'd like to hear it."
            if pieces[-1][2] == "kept" and pieces[-1][1].rstrip().endswith("?"):
                pieces.insert(first + 1, (" ", request, "request"))
            else:
                pieces.append((" ", request, "request"))
        parts = RewriteParts(
            observation=observation,
            feeling=feelings,
            need=self.need,
            need_clause=need_clause,
            request=self.request,
            effect=NEED_EFFECTS.get(self.need),
            situation=self.situation if observations else None,
        )
        return _Draft(tuple(pieces), parts, level)

    def use_safe_request(self) -> bool:
        """Fall back to the request written for the need; report whether anything changed."""
        safe = NEED_REQUESTS.get(self.need, _DEFAULT_REQUEST)
        if self.request == safe and self.offer is None:
            return False
        self.request, self.offer = safe, None
        return True

    def kept_serials(self, draft: _Draft, findings: Sequence[Finding]) -> set[int] | None:
        """Serial numbers of the kept pieces that ``findings`` (in the draft) fall in.

        ``None`` when a finding touches the wording we wrote ourselves; a finding in the
        request is reported as the serial ``-1``.
        """
        offsets = []
        position = 0
        for gap, text, kind in draft.pieces:
            position += len(gap)
            offsets.append((position, position + len(text), kind, text))
            position += len(text)
        serial_of = self._serials(draft)
        hit: set[int] = set()
        lead = len(draft.pieces[0][0]) if draft.pieces else 0
        for finding in findings:
            start, end = finding.start + lead, finding.end + lead
            for index, (a, b, kind, _) in enumerate(offsets):
                if a < end and start < b:
                    if kind == "request":
                        hit.add(-1)
                    elif kind != "kept":
                        return None
                    else:
                        hit.add(serial_of[index])
        return hit

    def _serials(self, draft: _Draft) -> dict[int, int]:
        """Piece index -> serial number of the kept piece it shows."""
        out: dict[int, int] = {}
        serial = 0
        texts = []
        for number, (a, b, found) in enumerate(self.sentences):
            if not found:
                texts.append(self.text[a:b])
                continue
            plan = self._plan(number)
            if plan is not None:
                texts.extend([*plan.kept_before, *plan.transformed])
                texts.extend(plan.kept_after)
        cursor = 0
        for index, (_, text, kind) in enumerate(draft.pieces):
            if kind != "kept":
                continue
            while cursor < len(texts) and texts[cursor] != text:
                cursor += 1
            out[index] = cursor
            cursor += 1
            serial = cursor
        del serial
        return out

    def _plan(self, number: int) -> SentencePlan | None:
        return self.plan_by_number.get(number)

    def _statement(
        self,
        style: Style,
        observation: str | None,
        feelings: str,
        need_clause: str,
        address: str | None,
    ) -> str:
        about = " about you" if self.advice_only else ""
        if style is Style.GORDON:
            effect = NEED_EFFECTS.get(self.need, "it's hard for me to go on as we are")
            if observation and observation.startswith("now that "):
                core = f"{observation}, I feel {feelings}, because {effect}."
            elif observation:
                core = f"when {observation}, I felt {feelings}{about}, because {effect}."
            else:
                core = f"I feel {feelings}{about}, because {effect}."
        elif style is Style.XYZ:
            moment = observation or _XYZ_MOMENTS.get(self.dominant, _XYZ_DEFAULT_MOMENT)
            verb = "felt" if observation else "feel"
            if moment.startswith("now that "):
                core = f"{moment}, I feel {feelings}."
            else:
                core = f"when {moment}, I {verb} {feelings}{about}."
        elif self.advice_only:
            core = f"I feel {feelings}{about}, and I'd like to help."
        elif observation and observation.startswith("now that "):
            core = f"{observation}, I feel {feelings}, because I need {need_clause}."
        elif observation:
            core = f"when {observation}, I felt {feelings}, because I need {need_clause}."
        elif self.feeling_when:
            # "ngl u made me cry last night" -> "Last night, I felt sad, because …"
            core = f"{self.feeling_when}, I felt {feelings}, because I need {need_clause}."
        else:
            where = f" {self.feeling_where}" if self.feeling_where else ""
            core = f"I feel {feelings}{where}, because I need {need_clause}."
        if self.acknowledge and style is not Style.XYZ:
            acknowledgement = _ACKNOWLEDGEMENT
            if self.about is not None:
                verb = "matter" if self.about.plural else "matters"
                acknowledgement = f"I can see {self.about.text} {verb} to you."
            core = f"{acknowledgement} {_capitalise(core)}"
        if address:
            return f"{address}, {core}"
        return _capitalise(core)

    def edits(self, level: int) -> tuple[Edit, ...]:
        out = []
        for _, plan in self.plans:
            for edit in plan.edits:
                if level >= 1 and edit.after is not None and edit.after in self.observations:
                    edit = attrs.evolve(edit, after=None)
                out.append(edit)
        out.sort(key=lambda e: (e.start, e.end))
        return tuple(out)


_FILLER: Final = frozenset(
    {
        "and",
        "but",
        "so",
        "or",
        "well",
        "oh",
        "wow",
        "what",
        "huh",
        "really",
        "seriously",
        "okay",
        "ok",
        "right",
        "sure",
        "yeah",
        "yes",
        "no",
        "hmm",
        "um",
        "uh",
        "see",
        "i",
        "nope",
        "yep",
        "bravo",
        "fine",
        "whatever",
        "period",
        "always",
        "never",
        "again",
    }
)


# Mock praise that opens a sentence next to a put-down ("Oh bravo, you managed to …").
_MOCK_OPENING: Final = re.compile(
    r"(?i)^\W*(?:oh,?\s+|wow,?\s+)?(?:bravo|congrats|congratulations|well\s+done|"
    r"brilliant|great\s+job|nice\s+one|good\s+for\s+you)\b"
)
# One-word verdicts that follow a put-down as sarcasm ("… a medical degree. Adorable.").
_SARCASTIC_VERDICTS: Final = frozenset(
    {
        "great",
        "adorable",
        "shocking",
        "classic",
        "unbelievable",
        "typical",
        "brilliant",
        "easy",
        "simple",
        "nice",
        "lovely",
        "perfect",
        "wonderful",
        "amazing",
        "fantastic",
        "cool",
        "charming",
        "congrats",
        "congratulations",
        "well",
        "done",
        "work",
        "job",
        "one",
        "just",
        "saying",
        "cute",
        "genius",
        "incredible",
        "impressive",
        "wow",
        "sure",
        "thanks",
        "for",
        "that",
        "so",
        "of",
        "course",
        "surprise",
        "big",
        "what",
        "a",
        "cringe",
        "honestly",
        "yikes",
        "oof",
        "noted",
        "riveting",
        "fascinating",
        "interesting",
    }
)


# A name the sentence calls the listener by: "…, Finnegan." or "Gwen, …".
_CALLED = re.compile(r"(?:,\s*([A-Z][a-z]{2,})\s*[.!?\u2026]*\s*$|^\W*([A-Z][a-z]{2,}),\s)")


def _name_called(sentence: str) -> str | None:
    """The name ``sentence`` addresses the listener by, if it has one."""
    match = _CALLED.search(sentence.strip())
    if match is None:
        return None
    name = match.group(1) or match.group(2)
    if is_known_word(name) or name.lower() in INTERJECTIONS | _FILLER:
        return None
    return name


def _has_verb(words: Sequence[str]) -> bool:
    """Whether a verb is among ``words`` (one that can only be a noun too does not count)."""
    return any(
        verb_lemma(word) is not None and "NOUN" not in parts_of_speech(word)
        for word in words
        if word != "you"
    )


def _worth_keeping(sentence: str) -> bool:
    """A clean sentence is kept unless it is only filler ("Really.", "And...?", "I...")."""
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", sentence.lower())
    if len(words) < 2 and sentence.rstrip().endswith(("...", "…")):
        return False  # "It's..." trails off; it reads as a stray fragment on its own
    if len(words) == 1 and sentence.rstrip().endswith("?"):
        return False  # "Mine?": a rhetorical fragment on its own
    if len(words) < 6 and {"again", "always", "never"} & set(words):
        return False  # "Late again.", "Never heard of it": the absolute goes on in the text
    if len(words) <= 4 and set(words) <= _SARCASTIC_VERDICTS | _FILLER:
        return False  # "Great work.", "Adorable.", "Shocking.": the sarcasm goes with it
    if words[:1] == ["just"] and len(words) > 1 and verb_lemma(words[1]) == words[1]:
        return False  # "Just take your books and go": an order, next to the request we ask
    if words[:1] == ["you"] and len(words) <= 5 and not _has_verb(words):
        return False  # "You, on the other hand?": a jab without a sentence around it
    return any(word not in _FILLER for word in words)


def _analyse_bounded(
    text: str, start: int, end: int, findings: Sequence[Finding], tokens: Sequence[Token]
) -> SentencePlan:
    """Take a sentence apart; a run-on one only as far as its first few judgments.

    Reading a sentence costs time in proportion to its length for every judgment in it,
    so a sentence of thousands of judgments ("you never you never …") is read up to
    :data:`_MAX_SENTENCE_FINDINGS` judgments or :data:`_MAX_SENTENCE_TOKENS` tokens; the
    rest is left out, with a note on each judgment, as in a long message.
    """
    if len(findings) <= _MAX_SENTENCE_FINDINGS and len(tokens) <= _MAX_SENTENCE_TOKENS:
        return analyse(text, start, end, findings, tokens)
    cut = min(len(tokens), _MAX_SENTENCE_TOKENS)
    if len(findings) > _MAX_SENTENCE_FINDINGS:
        limit = findings[_MAX_SENTENCE_FINDINGS].start
        cut = min(cut, bisect.bisect_left([t.start for t in tokens], limit))
    cut = max(cut, 1)
    stop = tokens[cut - 1].end if tokens else end
    read = [f for f in findings if f.start < stop]
    plan = analyse(text, start, stop, read or findings[:1], tokens[:cut])
    rest = _left_out(stop, end, [f for f in findings if f.start >= stop])
    plan.edits.extend(rest.edits)
    plan.end = end
    return plan


def _left_out(start: int, end: int, findings: Sequence[Finding]) -> SentencePlan:
    """The plan of a judgmental sentence beyond :data:`_MAX_ANALYSED`: dropped, with notes."""
    plan = SentencePlan(start=start, end=end, categories=tuple({f.category for f in findings}))
    for finding in findings:
        plan.edits.append(
            Edit(
                start=finding.start,
                end=finding.end,
                before=finding.text,
                after=None,
                note="left out: the I-statement speaks for this part of a long message",
                category=finding.category,
            )
        )
    return plan


def _message_topic(tokens: Sequence[Token]) -> tuple[str, str] | None:
    """The (need, feeling) of the first everyday subject named anywhere in the message."""
    for token in tokens:
        if token.norm in _MESSAGE_TOPICS:
            return TOPICS[token.norm]
    return None


def _is_real_feeling(word: str) -> bool:
    found = lookup_feeling(word)
    return found is not None and not found.pleasant


def _join_observations(observations: Sequence[str]) -> str | None:
    observations = [_INNER_WHEN.sub(" while ", o, count=1) for o in observations]
    if not observations:
        return None
    if len(observations) == 1:
        return observations[0]
    first, second = observations[0], observations[1]
    if first.startswith("you ") and second.startswith("you "):
        return f"{first} and {second[4:]}"
    return f"{first} and {second}"


def _render(draft: _Draft) -> str:
    return "".join(gap + piece for gap, piece, _ in draft.pieces).strip()


def _last_resort(style: Style, rules: RuleSet) -> tuple[str, RewriteParts]:
    """The plainest sentence that is clean: a real feeling and a need, nothing else."""
    text = ""
    parts = RewriteParts()
    for feeling_word in SAFE_FEELINGS:
        for name in SAFE_NEEDS:
            need = lookup_need(name)
            if need is None:  # pragma: no cover - the names are checked by a test
                continue
            if style is Style.GORDON:
                effect = NEED_EFFECTS[name]
                text = f"I feel {feeling_word}, because {effect}."
            elif style is Style.XYZ:
                text = f"When {_XYZ_DEFAULT_MOMENT}, I feel {feeling_word}."
            else:
                text = f"I feel {feeling_word}, because I need {need.clause}."
            parts = RewriteParts(
                feeling=feeling_word,
                need=name,
                need_clause=need.clause,
                effect=NEED_EFFECTS[name],
            )
            if not detect(text, rules=rules):
                return text, parts
    return text, parts


def rewrite(text: str, *, style: Style | str = "nvc") -> Rewrite:
    """Rewrite a judgmental message as an I-statement that keeps what the speaker is upset about.

    ``style`` is ``"nvc"`` (observation, feeling, need, request), ``"gordon"`` (behaviour,
    feeling, concrete effect) or ``"xyz"`` ("When you X, I feel Z"); see
    :class:`~intimacy_kit.Style`. A clean message comes back unchanged; a threat is
    declined. The rewritten text never has findings of its own, so rewriting it again
    changes nothing.

    >>> from intimacy_kit._rewriter import rewrite
    >>> r = rewrite("You never help with the dishes!")
    >>> print(r.text)
    When you didn't help with the dishes, I felt overwhelmed, because I need us to share the
    load. Would you be willing to help with the dishes?
    >>> r.parts.feeling, r.parts.need, r.notes
    ('overwhelmed', 'shared effort', ("removed the absolute 'never'",))
    >>> print(rewrite("You never help with the dishes!", style="gordon").text)
    When you didn't help with the dishes, I felt overwhelmed, because I end up doing most of
    the work at home.
    >>> print(rewrite("I feel ignored.").text)
    I feel lonely and hurt, because I need to be seen. Would you be willing to ask me how my
    day went tonight?
    >>> rewrite("Thanks for dinner!").changed
    False
    >>> r = rewrite("Do that again and you'll be sorry.")
    >>> r.declined, r.text
    (True, "Do that again and you'll be sorry.")
    """
    if not isinstance(text, str):
        raise TypeError(f"rewrite() needs a str, got {type(text).__name__}")
    try:
        chosen = Style(style)
    except ValueError:
        names = ", ".join(repr(s.value) for s in Style)
        raise ValueError(f"unknown style {style!r}; choose one of {names}") from None
    if not text:
        return _unchanged(text, chosen)
    normalized = normalize(text)
    findings = detect_normalized(normalized)
    if not findings:
        return _unchanged(text, chosen)
    if any(f.category is Category.THREAT for f in findings):
        return _declined(text, chosen, findings)
    composer = _Composer(normalized, findings)
    for level in range(4):
        dropped: frozenset[int] = frozenset()
        while True:
            draft = composer.draft(chosen, level, dropped)
            output = _render(draft)
            remaining = detect(output)
            if not remaining:
                edits = composer.edits(level)
                return _result(text, output, chosen, draft.parts, findings, edits)
            # A kept sentence that reads as a judgment in its new place is left out;
            # a judgment in our own wording sends us to a plainer level.
            flagged = composer.kept_serials(draft, remaining)
            if flagged is not None and -1 in flagged:
                if not composer.use_safe_request():
                    break
                flagged.discard(-1)
                if not flagged:
                    continue
            if not flagged or flagged <= dropped:
                break
            dropped = dropped | flagged
    output, parts = _last_resort(chosen, DEFAULT_RULES)
    if chosen is Style.NVC and parts.need is not None:
        request = NEED_REQUESTS[parts.need]
        candidate = f"{output} Would you be willing to {request}?"
        if not detect(candidate):
            output = candidate
            parts = attrs.evolve(parts, request=request)
    return _result(text, output, chosen, parts, findings, composer.edits(4))


def _result(
    original: str,
    output: str,
    style: Style,
    parts: RewriteParts,
    findings: tuple[Finding, ...],
    edits: tuple[Edit, ...],
) -> Rewrite:
    return Rewrite(
        original=original,
        text=output,
        style=style,
        changed=output != original,
        declined=False,
        reason=None,
        parts=parts,
        findings=findings,
        edits=edits,
    )
