import sys
from intimacy_kit.detection import RuleSet, detect
from intimacy_kit.detection.rules import DEFAULT_RULES
fam = sys.argv[1] if len(sys.argv) > 1 else None
bad = 0
for rule in DEFAULT_RULES:
    if fam and rule.family != fam: continue
    one = RuleSet([rule])
    for ex in rule.examples:
        if not detect(ex, rules=one):
            print("MISS", rule.id, repr(ex)); bad += 1
    for nm in rule.near_misses:
        f = detect(nm, rules=one)
        if f:
            print("FP  ", rule.id, repr(nm), [x.text for x in f]); bad += 1
print("problems:", bad)
