"""The sources the barrier taxonomy and the exercise catalogue cite.

The five seed texts are the project's reference reading (kept outside the package, in
``shared/seeds``); the others name general research knowledge and common couples-therapy
practice. Every sentence in the catalogue is written in our own words.
"""

from __future__ import annotations

from intimacy_kit.catalogue._model import Source

__all__ = [
    "COUPLES_PRACTICE",
    "FOUR_HORSEMEN",
    "GRADUAL_CLOSENESS",
    "SEEDS",
    "SEED_BLOCKING",
    "SEED_DEEPENING",
    "SEED_OPEN_UP",
    "SEED_OVERCOMING",
    "SEED_WALLS",
]

SEED_WALLS = Source(
    title="How to Break Down Emotional Walls",
    file="000_5e555bb31487d224.txt",
    author="Michael Fulmer",
    year=2019,
)
SEED_BLOCKING = Source(
    title="Blocking Emotional Intimacy",
    file="001_1df12793b8993652.txt",
)
SEED_OVERCOMING = Source(
    title="Overcoming Barriers to Emotional Intimacy: Unlocking Deeper Connections",
    file="002_599d4e527121b797.txt",
)
SEED_DEEPENING = Source(
    title="Deepening Emotional Intimacy: From Surface-Level to Soul-Level Connection",
    file="003_c10b1eeaec85f41d.txt",
    note="The post on barriers in the series of that name.",
)
SEED_OPEN_UP = Source(
    title="Building emotional intimacy with a partner who struggles to open up",
    file="004_44658b8af69d7a39.txt",
    note="The seed is untitled; this title is descriptive.",
)

SEEDS = (SEED_WALLS, SEED_BLOCKING, SEED_OVERCOMING, SEED_DEEPENING, SEED_OPEN_UP)
"""The five seed texts, in file-name order."""

FOUR_HORSEMEN = Source(
    title="The 'four horsemen' of couple communication (John Gottman's research)",
    author="John Gottman",
    note=(
        "General research knowledge, not a seed: long-term observation of couples found "
        "criticism, contempt, defensiveness and stonewalling to predict breakdown, and "
        "described an antidote for each."
    ),
)
COUPLES_PRACTICE = Source(
    title="Common couples-therapy practice",
    note=(
        "General clinical knowledge, not a seed: exercises such as the daily stress-reducing "
        "conversation, the weekly check-in, the time-out for flooding and the speaker-listener "
        "turn-taking drill are widely taught in couples work (Gottman method, PREP)."
    ),
)
GRADUAL_CLOSENESS = Source(
    title="Research on closeness built through escalating mutual self-disclosure",
    note=(
        "General research knowledge, not a seed (for example Aron and colleagues, 1997). "
        "The questions in this catalogue are our own; no published question set is copied."
    ),
)
