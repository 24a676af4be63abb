"""Render the barrier taxonomy and the exercise catalogue as MyST Markdown pages.

Both functions are pure: they read the package data and return a string, so the Sphinx
build can write them wherever it likes. Every barrier and exercise gets an explicit MyST
target (``(barrier-<id>)=`` and ``(exercise-<id>)=``) just before its heading, and the two
pages link to each other with ``{ref}`` roles, which work across documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from intimacy_kit.catalogue._lookup import BARRIERS, EXERCISES, get_barrier, get_exercise
from intimacy_kit.catalogue._model import Barrier, BarrierKind, Exercise, Source, Who

__all__ = ["barrier_label", "catalogue_markdown", "exercise_label", "taxonomy_markdown"]

TAXONOMY_LABEL = "barrier-taxonomy"
CATALOGUE_LABEL = "exercise-catalogue"

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|{}$])")

_WHO_INTRO = {
    Who.SOLO: "Practices you do on your own; your partner does not need to take part.",
    Who.PARTNER: (
        "Practices you use toward your partner; they take part without needing to prepare."
    ),
    Who.TOGETHER: "Practices both partners agree to do together, with equal roles.",
}


def barrier_label(barrier_id: str) -> str:
    """The MyST target of a barrier: ``barrier-<id>``."""
    return f"barrier-{barrier_id}"


def exercise_label(exercise_id: str) -> str:
    """The MyST target of an exercise: ``exercise-<id>``."""
    return f"exercise-{exercise_id}"


def _kind_label(kind: BarrierKind) -> str:
    return "barrier-kind-" + kind.value.replace("_", "-")


def _who_label(who: Who) -> str:
    return f"exercise-who-{who.value}"


def _esc(text: str) -> str:
    """Escape characters Markdown would otherwise read as markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _role_text(text: str) -> str:
    """Text safe inside a ``{ref}`text <label>` `` role."""
    return text.replace("`", "'").replace("<", "(").replace(">", ")")


def _ref(text: str, label: str) -> str:
    return f"{{ref}}`{_role_text(text)} <{label}>`"


def _barrier_ref(barrier_id: str) -> str:
    return _ref(get_barrier(barrier_id).name, barrier_label(barrier_id))


def _exercise_ref(exercise_id: str) -> str:
    return _ref(get_exercise(exercise_id).title, exercise_label(exercise_id))


def _bullets(items: Iterable[str], *, escape: bool = True) -> list[str]:
    return [f"- {_esc(item) if escape else item}" for item in items] + [""]


def _field(title: str, items: Iterable[str], *, escape: bool = True) -> list[str]:
    lines = list(items)
    if not lines:
        return []
    return [f"**{title}**", "", *_bullets(lines, escape=escape)]


def _source_text(source: Source) -> str:
    """A citation a reader can follow: title, author and year, and any note.

    The seed file name is the project's internal handle for a text and means nothing
    to a reader, so it is left out; the title names the text.

    >>> from intimacy_kit.catalogue._sources import SEED_WALLS
    >>> _source_text(SEED_WALLS)
    '*How to Break Down Emotional Walls*, Michael Fulmer, 2019'
    """
    parts = [f"*{_esc(source.title)}*"]
    if source.author:
        parts.append(_esc(source.author))
    if source.year:
        parts.append(str(source.year))
    text = ", ".join(parts)
    if source.note:
        text += f". {_esc(source.note)}"
    return text


def _kind_heading(kind: BarrierKind) -> str:
    return {
        BarrierKind.SELF_PROTECTIVE: "Self-protective patterns",
        BarrierKind.RELATIONAL: "Relational barriers",
        BarrierKind.ORIGIN: "Origins and backgrounds",
        BarrierKind.PARTNER_DYNAMIC: "Partner dynamics",
        BarrierKind.COMMUNICATION_PATTERN: "Communication patterns",
    }[kind]


def _barrier_section(barrier: Barrier) -> list[str]:
    lines = [f"({barrier_label(barrier.id)})=", f"### {_esc(barrier.name)}", ""]
    meta = f"Id `{barrier.id}` · {barrier.kind.display_name}"
    if barrier.aliases:
        meta += " · also called " + ", ".join(f"*{_esc(a)}*" for a in barrier.aliases)
    lines += [meta, "", _esc(barrier.summary), ""]
    lines += _field("Signs to notice", barrier.signs)
    lines += _field(
        "What someone with this barrier may say",
        (f"`{cue}`" for cue in barrier.language_cues),
        escape=False,
    )
    lines += _field("Where it comes from", barrier.root_causes)
    lines += _field("What helps", barrier.strategies)
    lines += _field(
        "Exercises, most useful first",
        (_exercise_ref(e) for e in barrier.exercises),
        escape=False,
    )
    if barrier.related:
        lines += [
            "**Related barriers:** " + ", ".join(_barrier_ref(r) for r in barrier.related),
            "",
        ]
    if barrier.categories:
        lines += [
            "**Detector categories that signal it:** "
            + ", ".join(f"`{c.value}`" for c in barrier.categories),
            "",
        ]
    lines += _field("Sources", (_source_text(s) for s in barrier.sources), escape=False)
    return lines


def taxonomy_markdown() -> str:
    """The barrier taxonomy as a MyST Markdown page, one section per kind.

    >>> page = taxonomy_markdown()
    >>> page.startswith("(barrier-taxonomy)=")
    True
    >>> "(barrier-stonewalling)=" in page and "<exercise-time-out-for-flooding>" in page
    True
    """
    lines = [
        f"({TAXONOMY_LABEL})=",
        "# Barrier taxonomy",
        "",
        f"The {len(BARRIERS)} barriers to emotional intimacy that `intimacy_kit` knows, "
        "grouped by kind. Each entry says what to notice, what people with the barrier "
        "tend to say (the phrases are matched against messages), where it comes from, what "
        f"helps, and which exercises from the {_ref('exercise catalogue', CATALOGUE_LABEL)} "
        "address it. This page is generated from the package data.",
        "",
    ]
    for kind in BarrierKind:
        members = [b for b in BARRIERS if b.kind is kind]
        if not members:
            continue
        lines += [
            f"({_kind_label(kind)})=",
            f"## {_kind_heading(kind)}",
            "",
            _esc(kind.description),
            "",
            *_bullets((_barrier_ref(b.id) for b in members), escape=False),
        ]
        for barrier in members:
            lines += _barrier_section(barrier)
    return "\n".join(lines).rstrip("\n") + "\n"


def _exercise_section(exercise: Exercise) -> list[str]:
    lines = [f"({exercise_label(exercise.id)})=", f"### {_esc(exercise.title)}", ""]
    lines += [
        f"Id `{exercise.id}` · {exercise.who.display_name} · about {exercise.minutes} "
        f"minutes · {exercise.difficulty.label}",
        "",
        _esc(exercise.purpose),
        "",
        "**Steps**",
        "",
        *[f"{n}. {_esc(step)}" for n, step in enumerate(exercise.steps, start=1)],
        "",
    ]
    lines += _field("Things you might say", exercise.example_phrases)
    lines += _field("Cautions", exercise.cautions)
    lines += [
        "**Addresses:** " + ", ".join(_barrier_ref(b) for b in exercise.barriers),
        "",
    ]
    lines += _field("Sources", (_source_text(s) for s in exercise.sources), escape=False)
    return lines


def catalogue_markdown() -> str:
    """The exercise catalogue as a MyST Markdown page, one section per :class:`Who`.

    >>> page = catalogue_markdown()
    >>> page.startswith("(exercise-catalogue)=")
    True
    >>> "(exercise-active-listening)=" in page and "<barrier-lack-of-empathy>" in page
    True
    """
    lines = [
        f"({CATALOGUE_LABEL})=",
        "# Exercise catalogue",
        "",
        f"The {len(EXERCISES)} exercises in `intimacy_kit`, grouped by who does them. Each "
        "has numbered steps you can try tonight, things you might say, cautions (including "
        "when outside help is wiser), and the barriers from the "
        f"{_ref('barrier taxonomy', TAXONOMY_LABEL)} it addresses. This page is generated "
        "from the package data.",
        "",
        "| Exercise | Who | Minutes | Difficulty |",
        "| --- | --- | ---: | --- |",
    ]
    lines.extend(
        f"| {_exercise_ref(exercise.id)} | {exercise.who.display_name} | "
        f"{exercise.minutes} | {exercise.difficulty.label} |"
        for exercise in EXERCISES
    )
    lines.append("")
    for who in Who:
        members = [e for e in EXERCISES if e.who is who]
        if not members:
            continue
        lines += [f"({_who_label(who)})=", f"## {who.display_name}", "", _WHO_INTRO[who], ""]
        for exercise in members:
            lines += _exercise_section(exercise)
    return "\n".join(lines).rstrip("\n") + "\n"
