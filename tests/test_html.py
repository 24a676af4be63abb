"""The notebook view, read as a browser reads it: parsed HTML, colours and alignment.

The HTML of every kind of result is parsed with :mod:`html.parser`; the tests check
that user text is escaped, that every colour is set as a text/background pair with a
WCAG contrast of at least 4.5:1 (so it reads in light and dark themes alike), that
text is left-aligned, and that explanations are written out in a legend.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import intimacy_kit as ik
from intimacy_kit._html import COLOURS

HOSTILE = "You never listen <script>alert('x')</script> & you're \"such\" an idiot"


class _Element:
    def __init__(self, tag: str, attrs: dict[str, str], parent: _Element | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.text: list[str] = []

    @property
    def style(self) -> dict[str, str]:
        declarations = (part.split(":", 1) for part in self.attrs.get("style", "").split(";"))
        return {name.strip(): value.strip() for name, *rest in declarations for value in rest}

    def inherited(self, name: str) -> str | None:
        element: _Element | None = self
        while element is not None:
            if name in element.style:
                return element.style[name]
            element = element.parent
        return None


class _Tree(HTMLParser):
    """Every element with its attributes, parent and own text."""

    _VOID = frozenset({"br", "hr", "img", "meta", "input"})

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[_Element] = []
        self._open: list[_Element] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        parent = self._open[-1] if self._open else None
        element = _Element(tag, {k: v or "" for k, v in attrs}, parent)
        self.elements.append(element)
        if tag not in self._VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        assert self._open, f"</{tag}> closes nothing"
        assert self._open[-1].tag == tag, f"</{tag}> closes <{self._open[-1].tag}>"
        self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1].text.append(data)

    def text(self) -> str:
        return "".join("".join(element.text) for element in self.elements)


def _luminance(colour: str) -> float:
    """Relative luminance of a ``#rrggbb`` colour (WCAG 2.x)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_computed_as_wcag_says() -> None:
    """Black on white is 21:1, a colour on itself 1:1, and #767676 on white about 4.54:1."""
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#123456", "#123456") == pytest.approx(1)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def _pages() -> dict[str, str]:
    conversation = ik.analyze_conversation(
        [("<b>Sam</b>", HOSTILE), ("Alex", "Thanks for dinner."), ("Alex", "Whatever.")]
    )
    return {
        "findings": ik.detect(HOSTILE)._repr_html_(),
        "clean": ik.detect("Thanks for dinner.")._repr_html_(),
        "rewrite": ik.rewrite(HOSTILE)._repr_html_(),
        "declined": ik.rewrite("Do that again and you'll be sorry.")._repr_html_(),
        "analysis": ik.analyze(HOSTILE)._repr_html_(),
        "conversation": conversation._repr_html_(),
    }


PAGES = _pages()


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_user_text_is_escaped(kind: str) -> None:
    """Markup in a message is shown as text: no <script> element, and the text survives."""
    tree = _Tree(PAGES[kind])
    assert not [e for e in tree.elements if e.tag == "script"]
    if kind not in {"clean", "declined"}:  # the pages made from the hostile message
        assert "<script>alert('x')</script>" in tree.text()


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_every_colour_is_a_readable_pair(kind: str) -> None:
    """Text and background colours come in pairs with at least 4.5:1 contrast.

    A colour set alone would clash with one of the themes (dark text on a dark theme);
    a pair reads the same in every theme.
    """
    painted = 0
    for element in _Tree(PAGES[kind]).elements:
        style = element.style
        assert ("color" in style) == ("background" in style), element.attrs
        assert "opacity" not in style, "transparency lowers contrast"
        if "color" in style:
            painted += 1
            assert contrast(style["color"], style["background"]) >= 4.5, style
    assert painted or kind == "clean"


def test_the_palette_reads_well_for_every_severity() -> None:
    """Every severity's pair has at least 4.5:1 contrast (the palette is above 7:1)."""
    for text, background in COLOURS.values():
        assert contrast(text, background) >= 7


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_text_is_left_aligned(kind: str) -> None:
    """Every block of text is explicitly left-aligned; notebooks right-align table cells."""
    tree = _Tree(PAGES[kind])
    assert not [e for e in tree.elements if e.tag in {"table", "td", "th"}]
    for element in tree.elements:
        if element.tag in {"div", "li", "ol", "ul"} and "".join(element.text).strip():
            assert element.inherited("text-align") == "left", element.attrs


def test_the_legend_explains_each_highlight_without_hovering() -> None:
    """Under the message, a numbered list gives each explanation and suggestion in full."""
    findings = ik.detect(HOSTILE)
    tree = _Tree(findings._repr_html_())
    [legend] = [e for e in tree.elements if e.attrs.get("class") == "intimacy-kit-legend"]
    items = [e for e in tree.elements if e.tag == "li" and e.parent is legend]
    explanations = {(f.category, f.message) for f in findings}
    assert len(items) == len(explanations)
    legend_text = re.sub(r"\s+", " ", tree.text())
    for finding in findings:
        assert finding.message in legend_text
        assert finding.suggestion is None or finding.suggestion in legend_text
    marks = [e for e in tree.elements if e.tag == "mark"]
    numbers = {
        n for e in tree.elements if e.tag == "sup" for n in re.findall(r"\d+", "".join(e.text))
    }
    assert marks
    assert numbers == {item.attrs["value"] for item in items}


def test_clean_turns_are_shown_quietly_in_a_conversation() -> None:
    """A clean turn shows its text only; no 'no judgmental language found' on every turn."""
    page = PAGES["conversation"]
    assert "no judgmental language found" not in page
    assert "Thanks for dinner." in page
    # A single clean message still says that nothing was found.
    assert "no judgmental language found" in PAGES["clean"]


def test_each_turn_is_its_own_left_aligned_block() -> None:
    """The conversation is one block per turn, the speaker's name escaped in it."""
    tree = _Tree(PAGES["conversation"])
    turns = [e for e in tree.elements if e.attrs.get("class") == "intimacy-kit-turn"]
    assert len(turns) == 3
    assert all(turn.style["text-align"] == "left" for turn in turns)
    assert "<b>Sam</b>" in tree.text()
