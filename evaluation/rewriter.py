"""Quality of ``rewrite`` on the judgmental messages the detector flags.

Run ``python -m evaluation.rewriter`` to print the figures and a sample of input/output
pairs for a person to read. Options: ``--sample N`` (pairs to print, default 40),
``--style nvc|gordon|xyz``, ``--all`` (print every pair), ``--holdout`` and ``--fresh``
(also report the team's holdout and fresh sets; report-only: their pairs are never
printed, so they can't be read while tuning).

What is measured, on the judgmental clear cases of the PersonaConflicts dev half and on
the team's own judgmental messages, **only those the detector flags** (a message with no
findings is returned unchanged by design; how many are flagged is reported):

* **no findings**: share of rewrites on which ``detect`` finds nothing;
* **real feeling**: share whose text names a real feeling from the feelings lexicon
  (every word of ``parts.feeling`` is a real feeling, and it appears in the text);
* **content kept**: share of rewrites that keep the content words of the original.

Content words are the words of the original, as the detector reads them (chat
spellings spelled out: "u" is "you", "bf" is "boyfriend"; a contraction counts by its
first word, "didn't" as "did"), that

* can be a noun or a main verb (lemminflect's dictionary: a word it knows only as an
  adjective or adverb is left out; unknown words such as names count),
* are not in our stopword list (:data:`STOPWORDS`: function words, auxiliaries,
  pronouns, discourse markers, chat interjections, forms of address) and not a
  discourse marker in context (a fixed phrase such as "the point is", "matter of
  fact", "for a change", "make a nice change", "considering" before "how" or "that"
  (a conjunction there), or a single word opening a sentence
  before a comma or question mark: "See?", "Wait, …", "Hmmm…"), and
* are not judgment words: not a character label or faux feeling (one of several words
  only as a whole: the "job" of "nut job", not every "job"), overgeneralising
  adverb or intensifier ("always", the "single" of "every single", the "life" of
  "never in your life") or word of appraisal ("great", "better", "classic"), and not
  inside the span of a finding. A finding's span is the detector's own claim of where
  the judgment is ("you never help", "Cry me a river", "your superiority complex"); its
  words are the sting, and dropping them is the point of the rewrite.

**The official figure is this span view.** Everything outside the judgment's own words
is subject matter the speaker cared about (the dishes, the trip, the takeaway they paid
for), also in a sarcastic or comparing sentence, so the rewrite has to keep it. It is
strict where the detector's span stops short of the put-down: "You're making a
mountain" leaves "out of a molehill" outside, "be more like" leaves "your brother", and
such words count as content the rewrite dropped. A *sentence view* is printed too, for
comparison with earlier reports only: it also leaves out every word of a sentence with
a comparison, contempt, invalidation, label or stonewalling finding. It excuses whole
sentences, so it is not used to judge the rewriter.

A content word is kept when one of its lemmas (any part of speech) or the word itself is
among the lemmas of the rewrite. A rewrite keeps the content words when at least
:data:`KEEP_THRESHOLD` of them are kept (a message with none keeps them trivially); the
all-kept share and the mean kept fraction are printed too.

It also checks the safety and no-change guarantees on the same data: every message with
a threat finding is declined, and every message without findings comes back unchanged.
"""

from __future__ import annotations

import argparse
import functools
import random
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

import intimacy_kit as ik
from evaluation.data_sources import persona_clear_cases, persona_conflicts_path, team_cases
from intimacy_kit.lexicon._feelings import FAUX_FEELING_FORMS, LABEL_FORMS, feeling
from intimacy_kit.rewriting._model import STYLES, Rewrite
from intimacy_kit.rewriting._rewriter import rewrite, sentence_bounds
from intimacy_kit._text import normalize

TUNING_SPLITS = ("dev", "dev2")
"""Team splits whose pairs may be read while tuning; holdout and fresh are report-only."""

KEEP_THRESHOLD = 0.75
"""Share of its content words a rewrite must keep to count as keeping them."""

# Written by us: function words, pronouns, auxiliaries, discourse markers, forms of
# address and other words that carry no subject matter in these messages.
STOPWORDS = frozenset(
    # A word list reads and diffs better as plain text than as hundreds of literals.
    """
    a an the and or but so if then than that this these those there here it its i
    me my mine myself you your yours yourself yourselves we us our ours ourselves he
    him his himself she her hers herself itself they them their theirs themselves
    who whom whose which what when where why
    how all any both each few more most other some such no nor not only own same
    too very s t d ll m re ve can will just don should now is am are was were be
    been being have has had having do does did doing would could might must shall
    may ought to of at by for with about against between into through during before
    after above below from up down in out on off over under again further once as
    until while because also yet still even ever never always really just quite
    rather pretty kind sort lot lots bit little much many well oh wow yeah yes ok
    okay hey like um uh hmm huh right sure fine whatever please thanks thank sorry
    gonna wanna gotta got get gets getting go goes going went gone make makes made
    making let lets say says said saying tell tells told know knows knew think
    thinks thought mean means meant want wants wanted need needs needed feel feels
    felt feeling seem seems seemed look looks looked come comes came thing things
    something anything everything nothing someone anyone everyone nobody one ones
    way time times day today tonight now just actually honestly seriously literally
    totally completely basically maybe perhaps probably definitely clearly obviously
    simply again already anymore lol tbh omg u ur im dont cant wont didnt doesnt
    isnt arent wasnt werent youre ive merely sometimes often usually either neither
    least tad anywhere everywhere somewhere lately anyway besides though although
    however else whole entire bunch buddy mate dude man babe baby honey hun hon
    sweetie sweetheart darling dear guys rn pfft smh ugh idk btw ya nah bye nope
    yep bravo god gosh jeez guess suppose wonder another lmao lmfao rofl omg jfc ngl fr wtf
    ffs fml smh istg ikr imo imho lmk af pls plz bruh haha hahaha meh eh ah yikes
    """.split()
)
"""Words that are never counted as content words."""

_ABSOLUTES = frozenset(
    """
    always never constantly forever continually perpetually every whenever once
    ever again nothing everything anything
    """.split()
)
# Words of appraisal: they say how good or bad something is, never what it is about
# ("Great work.", "Classic.", "you think you're better than me").
_APPRAISALS = frozenset(
    """
    great good bad better best worse worst lovely nice classic brilliant perfect amazing
    wonderful fantastic clever cute adorable genius awesome cool terrible awful horrible
    smart mature stupid ridiculous pathetic impressive incredible fine real simple
    """.split()
)
_JUDGMENT_WORDS = (
    frozenset(form for form in LABEL_FORMS | FAUX_FEELING_FORMS if " " not in form)
    | _ABSOLUTES
    | _APPRAISALS
)
# A label or faux feeling of several words counts only as a whole: "nut job" is a label,
# "your job" is subject matter.
_JUDGMENT_PHRASES = re.compile(
    r"(?i)\b(?:"
    + "|".join(
        r"\s+".join(re.escape(word) for word in form.split())
        for form in sorted(LABEL_FORMS | FAUX_FEELING_FORMS, key=len, reverse=True)
        if " " in form
    )
    + r")\b"
)
# Categories where the whole sentence is the judgment (the sentence view).
_WHOLE_SENTENCE = frozenset(
    {
        ik.Category.COMPARISON,
        ik.Category.CONTEMPT,
        ik.Category.INVALIDATION,
        ik.Category.LABEL,
        ik.Category.STONEWALLING,
    }
)


@functools.cache
def _lemmas(word: str) -> frozenset[str]:
    import lemminflect

    found = {word}
    known = lemminflect.getAllLemmas(word)
    if not known:
        # Words outside lemminflect's dictionary ("texted"): its rules for unknown words.
        known = {
            **lemminflect.getAllLemmasOOV(word, upos="NOUN"),
            **lemminflect.getAllLemmasOOV(word, upos="VERB"),
        }
    for forms in known.values():
        found.update(forms)
    return frozenset(found)


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


_NEGATIVE_CONTRACTIONS = {"can't": "can", "won't": "will", "shan't": "shall", "ain't": "be"}


def _words(text: str) -> list[tuple[int, int, str]]:
    """Words of ``text`` as the detector reads it, with their spans in ``text``.

    The text is normalised first (case, full-width letters, curly quotes, chat spellings:
    "ur" is "you're"); a contraction counts by its first word ("can't" is "can",
    "didn't" is "did", "mum's" is "mum").
    """
    normalized = normalize(text)
    out = []
    for match in _WORD.finditer(normalized.text):
        word = match.group()
        word = _NEGATIVE_CONTRACTIONS.get(word) or (
            word[:-3] if word.endswith("n't") else word.split("'")[0]
        )
        if word.isalpha():
            a, b = normalized.original_span(match.start(), match.end())
            out.append((a, b, word))
    return out


@functools.cache
def _noun_or_verb(word: str) -> bool:
    """Whether ``word`` can be a noun or a verb (or is unknown, as most names are).

    lemminflect's dictionary lists the parts of speech a word form can take; a word it
    knows only as an adjective or adverb ("sloppy", "lately") is not a content word here.
    """
    import lemminflect

    tags = lemminflect.getAllLemmas(word)
    return not tags or bool({"NOUN", "VERB", "PROPN"} & set(tags))


# Fixed phrases that organise talk rather than carry its subject.
_DISCOURSE = re.compile(
    r"(?i)\b(?:(?:as\s+a\s+)?matter\s+of\s+fact|(?:the|my)\s+point\s+is|(?:it\s+)?sounds\s+like|"
    r"the\s+thing\s+is|here'?s\s+the\s+thing|in\s+fact|of\s+course|to\s+be\s+(?:fair|honest)|"
    r"for\s+a\s+change|for\s+once|at\s+least|let'?s\s+be\s+real|here\s+we\s+go|"
    r"just\s+saying|no\s+offen[cs]e|not\s+to\s+be\s+that\s+person|guess\s+what|"
    r"on\s+the\s+other\s+hand|(?:make|be)\s+a\s+nice\s+change|"
    # "considering how/that …": a conjunction here, not the verb "consider"
    r"considering(?=\s+(?:how|that|what|the\s+fact)))\b"
)
# "every single", "not a single": the overgeneralising intensifier, part of the absolute.
# So is the "life" of "never … in your life" and "for once in your life".
_OVERGENERAL = re.compile(
    r"(?i)\b(?:every|not\s+a|no|each)\s+(single)\b|"
    r"\b(?:never|once|ever)\b[^.!?]{0,60}?\bin\s+(?:your|my|his|her|their)\s+"
    r"(?:whole\s+|entire\s+)?(life)\b"
)
# A word that opens a sentence on its own, before a comma or a question mark: "See?",
# "Wait, …", "Listen, …", "Hmmm…".
_OPENER = re.compile(r"(?:^|(?<=[.!?\u2026]\s))\s*[^\W\d_]+(?=\s*(?:[,?!]|\.{2,}|\u2026))")


def _discourse_markers(text: str) -> list[tuple[int, int]]:
    """Spans of discourse markers (fixed phrases, one-word openers) and of "every single"."""
    return (
        [m.span() for m in _DISCOURSE.finditer(text)]
        + [m.span() for m in _OPENER.finditer(text)]
        + [m.span(1) if m.group(1) else m.span(2) for m in _OVERGENERAL.finditer(text)]
    )


def judgment_spans(
    text: str, findings: Sequence[ik.Finding], *, whole_sentences: bool
) -> list[tuple[int, int]]:
    """The parts of ``text`` that count as the judgment, in one of the two views."""
    spans = [(f.start, f.end) for f in findings]
    if whole_sentences:
        for a, b in sentence_bounds(text):
            if any(f.category in _WHOLE_SENTENCE and f.start < b and f.end > a for f in findings):
                spans.append((a, b))
    return spans


def content_words(
    text: str, findings: Sequence[ik.Finding], *, whole_sentences: bool = False
) -> list[str]:
    """The content words of ``text`` (see the module docstring)."""
    spans = judgment_spans(text, findings, whole_sentences=whole_sentences)
    spans += _discourse_markers(text)
    normalized = normalize(text)
    spans += [
        normalized.original_span(m.start(), m.end())
        for m in _JUDGMENT_PHRASES.finditer(normalized.text)
    ]
    out = []
    for a, b, word in _words(text):
        if word in STOPWORDS or word in _JUDGMENT_WORDS or len(word) < 2:
            continue
        if not _noun_or_verb(word):
            continue
        if any(a < end and b > start for start, end in spans):
            continue
        out.append(word)
    return out


def kept_fraction(
    original: str, findings: Sequence[ik.Finding], output: str, *, whole_sentences: bool = False
) -> float | None:
    """Share of the original's content words kept in ``output`` (``None`` if it has none)."""
    wanted = content_words(original, findings, whole_sentences=whole_sentences)
    if not wanted:
        return None
    have: set[str] = set()
    for _, _, word in _words(output):
        have |= _lemmas(word)
    kept = sum(1 for word in wanted if _lemmas(word) & have)
    return kept / len(wanted)


def names_real_feeling(result: Rewrite) -> bool:
    """Whether the rewrite names a real feeling (every word of ``parts.feeling``) in its text."""
    named = result.parts.feeling
    if not named:
        return False
    words = [w.strip() for w in named.split(" and ")]
    return all(feeling(w) is not None for w in words) and named in result.text


@attrs.frozen
class ContentScores:
    """Content-kept figures in one view."""

    kept: float
    """Share of rewrites keeping at least ``KEEP_THRESHOLD`` of their content words."""
    all_kept: float
    """Share of rewrites keeping every content word."""
    mean: float
    """Mean share of content words kept."""

    def summary(self) -> str:
        """One line of figures."""
        return f"{self.kept:6.1%} (all kept {self.all_kept:.1%}, mean {self.mean:.1%})"


@attrs.frozen
class Scores:
    """Rewriter figures on one set of flagged judgmental messages."""

    name: str
    messages: int
    """Judgmental messages in the set."""
    flagged: int
    """Of those, the ones the detector flags (the ones evaluated)."""
    declined: int
    """Of those, the ones declined as threats (not rewritten, not scored)."""
    no_findings: float
    real_feeling: float
    content: ContentScores
    """Content kept, span view: the official figure."""
    content_sentences: ContentScores
    """Content kept, sentence view: more lenient, for comparison with earlier reports."""
    pairs: tuple[tuple[str, str], ...]

    def summary(self) -> str:
        """A few lines of figures."""
        return (
            f"{self.name}: {self.flagged} of {self.messages} judgmental messages flagged "
            f"and evaluated ({self.declined} declined as threats)\n"
            f"  no findings  {self.no_findings:6.1%}\n"
            f"  real feeling {self.real_feeling:6.1%}\n"
            f"  content kept {self.content.summary()}  [official: span view, "
            f">= {KEEP_THRESHOLD:.0%} of content words]\n"
            f"  content kept {self.content_sentences.summary()}  [sentence view, lenient]"
        )


def _content(fractions: list[float | None]) -> ContentScores:
    values = [1.0 if f is None else f for f in fractions]
    n = len(values) or 1
    return ContentScores(
        kept=sum(v >= KEEP_THRESHOLD for v in values) / n,
        all_kept=sum(v >= 1.0 for v in values) / n,
        mean=sum(values) / n,
    )


def score(name: str, texts: Iterable[str], style: str = "nvc") -> Scores:
    """Rewrite every flagged message of ``texts`` and score the results."""
    texts = list(texts)
    flagged = [t for t in texts if ik.detect(t)]
    clean = feeling_ok = declined = 0
    sentence_view: list[float | None] = []
    span_view: list[float | None] = []
    pairs = []
    for text in flagged:
        result = rewrite(text, style=style)
        pairs.append((text, result.text if not result.declined else f"[declined] {result.reason}"))
        if result.declined:
            declined += 1
            continue
        clean += not ik.detect(result.text)
        feeling_ok += names_real_feeling(result)
        span_view.append(kept_fraction(text, result.findings, result.text))
        sentence_view.append(
            kept_fraction(text, result.findings, result.text, whole_sentences=True)
        )
    n = (len(flagged) - declined) or 1
    return Scores(
        name=name,
        messages=len(texts),
        flagged=len(flagged),
        declined=declined,
        no_findings=clean / n,
        real_feeling=feeling_ok / n,
        content=_content(span_view),
        content_sentences=_content(sentence_view),
        pairs=tuple(pairs),
    )


def _dedupe(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(texts))


def datasets(report_only: Sequence[str] = ()) -> list[tuple[str, list[str], bool]]:
    """(name, judgmental texts, report-only) for every evaluation set that is available.

    ``report_only`` names team splits to add ("holdout", "fresh"); their pairs are not
    meant to be read.
    """
    sets = []
    if persona_conflicts_path().exists():
        persona = _dedupe(t for t, judgmental in persona_clear_cases() if judgmental)
        sets.append(("PersonaConflicts dev, judgmental clear cases", persona, False))
    for split in (*TUNING_SPLITS, *report_only):
        team = [r["text"] for r in team_cases(split) if r["label"] == "judgmental"]
        sets.append((f"Team {split}, judgmental", team, split not in TUNING_SPLITS))
    return sets


def guarantees(report_only: Sequence[str] = ()) -> dict[str, Any]:
    """Safety and no-change checks on every labelled message of the sets in use."""
    texts: list[str] = []
    if persona_conflicts_path().exists():
        texts += [t for t, _ in persona_clear_cases()]
    for split in (*TUNING_SPLITS, *report_only):
        texts += [r["text"] for r in team_cases(split)]
    texts = _dedupe(texts)
    threats = unchanged_clean = clean = declined = 0
    for text in texts:
        findings = ik.detect(text)
        result = rewrite(text)
        if any(f.category is ik.Category.THREAT for f in findings):
            threats += 1
            declined += result.declined and result.text == text
        elif not findings:
            clean += 1
            unchanged_clean += (not result.changed) and result.text is text
    return {
        "threat_messages": threats,
        "threats_declined": declined,
        "clean_messages": clean,
        "clean_unchanged": unchanged_clean,
    }


def report(
    sample: int = 40,
    style: str = "nvc",
    report_only: Sequence[str] = (),
    show_all: bool = False,
) -> str:
    """All rewriter figures and a sample of pairs, as text."""
    lines = ["Rewriter evaluation", "===================", f"style: {style}", ""]
    readable: list[tuple[str, str]] = []
    for name, texts, hidden in datasets(report_only):
        scores = score(name, texts, style)
        lines.append(scores.summary() + ("  (report only)" if hidden else ""))
        if not hidden:
            readable.extend(scores.pairs)
    checks = guarantees(report_only)
    lines.append("")
    lines.append(
        f"threats declined: {checks['threats_declined']} of {checks['threat_messages']}; "
        f"clean (no findings) unchanged: {checks['clean_unchanged']} of "
        f"{checks['clean_messages']}"
    )
    lines.append("")
    count = min(sample, len(readable))
    pairs = readable if show_all else random.Random(7).sample(readable, count)
    lines.append(f"Sample of {len(pairs)} input/output pairs (dev sets only)")
    lines.append("-" * 40)
    for before, after in pairs:
        lines.append(f"IN : {before}")
        lines.append(f"OUT: {after}")
        lines.append("")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sample", type=int, default=40, help="pairs to print")
    parser.add_argument("--style", default="nvc", choices=STYLES)
    parser.add_argument("--holdout", action="store_true", help="also report team_holdout")
    parser.add_argument("--fresh", action="store_true", help="also report team_fresh")
    parser.add_argument("--all", action="store_true", help="print every pair of the dev sets")
    args = parser.parse_args(argv)
    extra = [name for name, wanted in (("holdout", args.holdout), ("fresh", args.fresh)) if wanted]
    print(report(args.sample, args.style, extra, args.all))


if __name__ == "__main__":
    main()
