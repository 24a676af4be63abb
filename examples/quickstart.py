"""A one-screen tour of intimacy_kit on a few built-in sample messages.

Run with ``make demo`` (which sets everything up first) or ``python examples/quickstart.py``.
"""

from __future__ import annotations

import intimacy_kit as ik
from intimacy_kit._text import normalize, sentence_spans

SAMPLES = (
    "You never listen to me!",
    "Ur soooo lazy, u know that?",
    "I feel lonely when we eat in silence. Could we talk tonight?",
)


def main() -> None:
    print(f"intimacy_kit {ik.__version__}\n")
    for message in SAMPLES:
        print(f"message:    {message}")
        print(f"normalised: {normalize(message).text}")
        print(f"sentences:  {[message[a:b] for a, b in sentence_spans(message)]}\n")


if __name__ == "__main__":
    main()
