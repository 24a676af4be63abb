"""The learned judgment lexicon: weights learned from labelled messages, run like a rule.

:data:`LEARNED_RULE` is the last member of :data:`~intimacy_kit.DEFAULT_RULES`. It reads
each sentence in which no hand-written rule fired, sums the weights of its words, word
classes and word pairs (:class:`LexiconScorer`), and reports the sentence's heaviest
clause when the probability reaches its threshold. ``DEFAULT_RULES.without("learned")``
turns it off; ``with_threshold`` moves its threshold; :func:`learned_rule` builds one
from weights you trained yourself (``scripts/train_lexicon.py --add``).
"""

from __future__ import annotations

from intimacy_kit.detection.learned._rule import LEARNED_RULE, learned_rule
from intimacy_kit.detection.learned._scorer import LexiconScorer

__all__ = ["LEARNED_RULE", "LexiconScorer", "learned_rule"]
