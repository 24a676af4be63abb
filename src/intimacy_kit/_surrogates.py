"""What ``to_dict(errors=...)`` does with unpaired surrogates in the text it carries.

A message from a broken source (bytes decoded with ``surrogateescape``, a JavaScript
string cut in the middle of a pair) may hold surrogate code points. Python keeps them and
``json.dumps`` escapes them, but a UTF-8 encoder refuses them, strict JSON parsers in
other languages may too, and ``json.loads`` reads a high surrogate followed by a low one
as the single character the pair encodes. ``errors="replace"`` puts U+FFFD (the
replacement character) in place of each one: one code point for one, so every offset of
every finding still points at the same characters.
"""

from __future__ import annotations

import re
from typing import Any, Final, Literal

__all__ = ["SurrogateErrors", "handle_surrogates"]

SurrogateErrors = Literal["keep", "replace"]
"""``"keep"``: surrogates stay as they are (the default); ``"replace"``: each becomes U+FFFD."""

_CHOICES: Final = ("keep", "replace")
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def handle_surrogates(data: dict[str, Any], errors: str, function: str) -> dict[str, Any]:
    r"""``data`` as it is for ``errors="keep"``; with every surrogate replaced for "replace".

    >>> handle_surrogates({"text": "hi \udcff", "n": [1, "\ud800"]}, "replace", "to_dict")
    {'text': 'hi \ufffd', 'n': [1, '\ufffd']}
    """
    if errors == "keep":
        return data
    if errors != "replace":
        # Imported here: the result types import this module, and the checks import them.
        from intimacy_kit._checks import check_choice

        check_choice(errors, _CHOICES, "errors", function)
    replaced: dict[str, Any] = _replaced(data)
    return replaced


def _replaced(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {key: _replaced(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_replaced(item) for item in value]
    return value
