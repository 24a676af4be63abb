"""Comparisons: measuring the partner unfavourably against someone else."""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit._rule import Rule

_WHY = (
    "Comparing someone with another person says they fall short as they are; it breeds "
    "shame and resentment rather than change."
)
_INSTEAD = "Ask for the specific thing you value: 'It means a lot to me when … . Could you …?'"

_OTHERS = (
    r"(?:my\s+ex(?:-?(?:husband|wife|boyfriend|girlfriend|partner))?|"
    r"other\s+(?:husbands|wives|boyfriends|girlfriends|partners|guys|girls|men|women|couples|dads|"
    r"moms|mums|fathers|mothers|parents|kids|sons|daughters|people's\s+\w+)|"
    r"normal\s+(?:people|couples|husbands|wives|partners|adults|families)|"
    r"real\s+(?:men|women|adults|partners)|everyone\s+else(?:'s\s+\w+)?|"
    r"(?:any|every)\s+other\s+(?:husband|wife|boyfriend|girlfriend|partner|guy|girl|man|woman|"
    r"person|parent|kid|dad|mom|mum|father|mother)|most\s+(?:husbands|wives|people|partners|men|women|couples))"
)
# Someone else's partner ("Jenna's boyfriend"): kept apart from the group words above so
# that each alternative can be looked up by the words it needs.
_THEIR_PARTNER = (
    r"[a-z]+(?:'s|s')\s+(?:husband|wife|boyfriend|girlfriend|partner|fiance|fiancee|"
    r"husbands|wives|boyfriends|girlfriends|partners)"
)

# The people a partner is measured against. The comparator is part of the judgment, so
# a finding covers it: "be more like [your sister]", "not half the cook [your mother is]".
_CMP_NOUN = (
    r"(?:sister|sisters|brother|brothers|mother|mum|mom|father|dad|parents|ex|friend|friends|"
    r"husband|husbands|wife|wives|boyfriend|boyfriends|girlfriend|girlfriends|partner|partners|"
    r"man|men|woman|women|guy|guys|girl|girls|person|people|colleague|colleagues|boss|"
    r"neighbou?r|neighbou?rs|cousin|cousins|son|daughter|kids|family|families)"
)
_COMPARATOR = (
    r"(?:\s+(?:(?:your|my|his|her|their|our|the|a|an)\s+)?(?:[a-z']+\s+){0,2}?"
    + _CMP_NOUN
    + r"\b(?:\s+(?:is|was|does|did|used\s+to\s+be|(?:i|you)\s+married|"
    r"(?:my|your|his|her)\s+[a-z]+\s+(?:is|was)))?)?"
)

# What the other person is said to do (better): "… would never", "… actually plans".
_DOES_BETTER = (
    r"\s+(?:[a-z']+\s+){0,2}?(?:would|wouldn't|never|always|"
    r"actually|at\s+least|manages?\s+to|knows?\s+how|bothers?\s+to|remembers?|helps?|treats?|"
    r"cares?|listens?|doesn't|don't|didn't|did|do|does|can|could|had|have|has|makes?|"
    r"takes?|gets?|calls?|texts?|pays?|earns?|cooks?|cleans?|(?:was|is|were)\s+(?:way\s+|"
    r"much\s+|so\s+much\s+|a\s+lot\s+)?(?:better|nicer|kinder|more|less)|shows?|says?|buys?|"
    r"brings?|plans?|gives?|spends?|go|goes|went|travel|have|get)\b"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="comparison.be_more_like",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:why\s+can't\s+you|you\s+should|you\s+could|try\s+to|can't\s+you)\s+"
            r"(?:just\s+)?(?:be|act)\s+(?:(?:a\s+bit|a\s+little)\s+)?(?:more\s+)?(?:[a-z]+\s+)?like\s+"
            r"(?:(?:your|my|his|her|their|the|our)\s+)?[a-z']+(?:\s+" + _CMP_NOUN + r"\b)?)"
            r"|(?P<hit4>(?:\bwish\s+you\s+(?:were|could\s+be|would\s+be)\s+(?:more\s+)?"
            r"(?:as\s+[a-z]+\s+as|like)\b"
            r"|\byou(?:'re|\s+are)\s+nothing\s+like\b|\bnot\s+half\s+the\s+[a-z]+\b|"
            r"\b(?:more|as\s+much)\s+(?:than|as)\s+you\s+(?:care|cared|think|worry)\s+about\b|"
            r"\byou\s+care\s+more\s+about\s+(?:your|the|that|those|her|his)\s+[^.!?]{1,30}?\s+than\s+"
            r"(?:about\s+|you\s+(?:do|care)\s+about\s+)?me\b|"
            r"(?:^|(?<=[.!?]\s))(?:just\s+)?(?:be|act)\s+more\s+like\b)" + _COMPARATOR + r")"
            r"|(?P<hit2>\b(?:why\s+can't|why\s+don't|how\s+come)\s+you\b[^.!?]{0,40}?\b(?:like|as)\s+"
            r"(?:your|my|his|her|their)\s+[a-z]+\s+(?:does|did|do|can|would)\b)"
            r"|(?P<hit3>\bwhy\s+can't\s+you\s+be\s+(?:as\s+[a-z]+\s+as|more\s+[a-z]+\s+like)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Why can't you be more like your brother?",
            "You should be more like Sarah.",
            "Why don't you ever cook like your mom does?",
            "why cant u be chill like my other friends",
            "I love your family. I just wish you were as thoughtful as your dad.",
            "You're nothing like the man my father was.",
            "You’re not half the cook your mother is.",
            "Be more like your sister for once.",
            "You care more about your car than you care about me.",
        ),
        near_misses=("You look like your brother in this photo!", "My sister is coming on Friday."),
        triggers=("like", "as", "half", "wish", "much", "more"),
        source="Nonviolent Communication: comparison as a form of judgment.",
    ),
    Rule(
        id="comparison.others_would",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        pattern=(
            # Two alternatives with the same tail rather than one: the second opens with
            # any word, which would leave the first without a selective gate.
            r"(?P<hit>\b" + _OTHERS + _DOES_BETTER + r")"
            r"|(?P<hit4>\b" + _THEIR_PARTNER + _DOES_BETTER + r")"
            # Someone close held up against the partner: "your brother has his life
            # together, unlike you". ("Even my dad cooks more than you" is left to the
            # "more than you" alternative below: what the dad does is the request.)
            r"|(?P<hit5>\b(?:my|your|his|her|their|our)\s+(?:[a-z]+\s+)?"
            + _CMP_NOUN
            + r"\b[^.!?]{1,50}?,?"
            r"\s+unlike\s+you\b)"
            # A judgment measured against someone close: "so lazy compared to your brother".
            r"|(?P<hit6>\b(?:compared\s+(?:to|with)|next\s+to)\s+(?:(?:your|my|his|her|their|our|the)"
            r"\s+)?(?:[a-z']+\s+){0,2}?(?:[a-z]+(?:'s|s')\s+)?" + _CMP_NOUN + r"\b(?!'))"
            r"|(?P<hit2>\bwould\s+never\s+[a-z]+\s+(?:his|her|their)\s+(?:wife|husband|partner|girlfriend|"
            r"boyfriend)\b|\band\s+you\s+can't\s+even\b|\b(?:more\s+[a-z]+|(?!(?:old|young|tall|short|big|"
            r"small|earl|lat|clos|furth|fast|quick|long)er\b)[a-z]{3,}er|better|worse)\s+than\s+you\b"
            r"(?!\s+(?:know|think|imagine|realize|realise|expect))|\bwhen\s+i\s+was\s+your\s+age\b)"
            r"|(?P<hit3>\byour\s+(?:sister|brother|mom|mum|mother|dad|father|friends?|best\s+friend|ex|"
            r"cousin|boss)\s+would\s+(?:never|always|at\s+least)\b|\b(?:more|better)\s+than\s+you\s*"
            r"(?:do|did|ever|will|[.!?]|$))"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Your brother has his life together, unlike you.",
            "My ex would never treat me like this.",
            "Other husbands help with the dishes.",
            "Everyone else manages to be on time.",
            "Jenna's boyfriend actually plans dates.",
            "Every other dad at school shows up to the games.",
            "Not to compare, but my ex was way better at this.",
            "Your sister would never talk to me like that.",
            "Even my dad cooks more than you.",
            "My friends' partners actually text back.",
            "Your cousin got into med school and you can't even pass your driving test.",
            "My last boyfriend was way more romantic than you.",
            "Honestly my roommate in college was tidier than you 😒",
            "Mark would never forget his wife's birthday.",
            "When I was your age I was already working.",
            "You're so lazy compared to your brother.",
            "My husband is so boring compared to my friends' husbands.",
        ),
        near_misses=(
            "My mum loves you more than anyone.",
            "My sister is coming on Friday.",
            "Other people's kids are at the party too.",
            "Everyone else is already at the restaurant.",
            "Other dads at school asked if you want to coach.",
            "My sister is older than you.",
            "You're stronger than you think.",
            "Compared to last year, the garden looks great.",
            "The flat is tiny compared to my parents' house.",
        ),
        triggers=(
            "ex",
            "other",
            "normal",
            "real",
            "else",
            "most",
            "husband",
            "wife",
            "boyfriend",
            "girlfriend",
            "partner",
            "fiance",
            "fiancee",
            "your",
            "than",
            "husbands",
            "wives",
            "boyfriends",
            "girlfriends",
            "partners",
            "never",
            "even",
            "age",
            "unlike",
            "my",
            "his",
            "her",
            "their",
            "our",
            "compared",
            "next",
        ),
        source="Unfavourable comparison with third parties.",
    ),
    Rule(
        id="comparison.not_everyone",
        category=Category.COMPARISON,
        severity=Severity.LOW,
        pattern=(
            r"(?P<hit>\bnot\s+everyone\s+(?:is|has|can|gets|gets\s+to|enjoys|likes|wants|lives|"
            r"has\s+the\s+luxury)\b|\bsome\s+of\s+us\s+(?:have|actually|work|don't|can't|"
            r"have\s+to|need\s+to)\b|\b(?:better|smarter|nicer|more\s+[a-z]+)(?:\s+[a-z]+)?\s+than\s+you\s+"
            r"(?:ever|will\s+ever|are|were)\b|\b(?:no|any)\s+less\s+[a-z]+\s+than\s+your\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Not everyone has weekends off, Ben.",
            "Some of us have jobs, you know.",
            "She was a better cook than you will ever be.",
            "My hobby is no less important than your golf.",
        ),
        near_misses=("Not everyone could make it, but we had fun.", "Some of us are going hiking."),
        triggers=("everyone", "us", "than"),
        source="Implied comparison.",
    ),
    Rule(
        id="comparison.then_and_others",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:turning|turned|turn)\s+into\s+(?:your|ur)\s+(?:dad|mum|mom|father|mother)\b|"
            r"\byou're\s+(?:just\s+|exactly\s+)?like\s+your\s+(?:dad|mum|mom|father|mother)\b)"
            r"|(?P<hit2>\beveryone\s+else(?:'s)?\s+(?:\w+\s+){0,4}?(?:[a-z]+ed|brought|bought|made|got|took|"
            r"gave|went|came|did|had|does|has|gets|makes|manages|remembers|helps|texts)\b)"
            r"|(?P<hit3>\byour\s+(?:dad|mum|mom|father|mother|brother|sister)\s+(?:always|never)\s+"
            r"(?:managed|made\s+time|found\s+time|remembered|helped|called|bothered|showed\s+up)\b)"
            r"|(?P<hit4>\byou\s+(?:were|used\s+to\s+be)\s+so\s+(?:romantic|sweet|caring|fun|thoughtful|"
            r"attentive|kind|patient|affectionate|different|nice|loving|considerate|generous|"
            r"interested|spontaneous)\s+(?:when|back\s+when|before|once|at\s+the\s+start)\b)"
            r"|(?P<hit5>\bi\s+used\s+to\s+date\s+someone\s+who\b|\belse'?s\s+(?:bf|gf|boyfriend|girlfriend|"
            r"partner|husband|wife)\b)"
            r"|(?P<hit6>\b(?:a\s+)?(?:normal|decent|reasonable|grown|sane|real)\s+(?:person|partner|adult|"
            r"human|husband|wife|man|woman|boyfriend|girlfriend)\s+would(?:\s+have)?\b)"
            r"|(?P<hit7>\bsome\s+of\s+us\s+(?:were|are)\s+(?:raised|brought\s+up|taught)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "ur mum was right, ur turning into ur dad",
            "Everyone else at the party brought their partner a drink.",
            "Your dad always managed to be home for dinner. Just an observation.",
            "You were so romantic when we met. Now? I'm lucky if I get a text.",
            "I used to date someone who actually read the books I recommended.",
            "A normal person would have texted to say they'd be late.",
            "Some of us were raised to write thank-you notes.",
        ),
        near_misses=(
            "You were so little when we moved here!",
            "Everyone else is coming at eight.",
            "Your dad always made the best pancakes, I miss him.",
        ),
        triggers=(
            "turning",
            "turned",
            "turn",
            "like",
            "else",
            "elses",
            "always",
            "never",
            "were",
            "used",
            "date",
            "normal",
            "decent",
            "reasonable",
            "grown",
            "sane",
            "real",
            "us",
        ),
        source="Unfavourable comparison with others or with the partner's past self.",
    ),
    Rule(
        id="comparison.past_and_others",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        pattern=(
            r"(?P<hit>\b(?:can|could|manages?\s+to|remembers?|knows)\b[^.!?]{1,60}\band\s+you\s+(?:can't|"
            r"couldn't|don't|never)\b|\byou\s+used\s+to\s+be\s+(?:so\s+)?(?:fun|romantic|sweet|nice|kind|"
            r"caring|interesting|attentive|happy|different|someone|patient|thoughtful)\b|"
            r"\b(?:worse|better|nicer|kinder|lazier|meaner|(?!(?:old|young|tall|short|big|small|earl|lat|clos|"
            r"furth|fast|quick|long|high|low)er\b)[a-z]+er)\s+than\s+(?:my|your)\s+(?:ex|last|old|"
            r"previous|brother|sister|dad|mum|mom|mother|father|friends?)\b|"
            r"\bi\s+should\s+have\s+(?:stayed\s+with|married|gone\s+out\s+with|picked|chosen)\b|"
            r"\bi\s+could\s+have\s+(?:married|been\s+with|had)\s+(?:someone|anyone)\b|"
            r"\bwhen\s+we\s+(?:first\s+)?met,?\s+you\s+(?:actually|used\s+to|were|would)\b|"
            r"\bnext\s+to\s+(?:ours|yours)\b|\bthe\s+old\s+you\b|\bto\s+be\s+(?:a\s+bit\s+|a\s+little\s+)?more\s+like\b|"
            r"\byour\s+(?:brother|sister|dad|mum|mom|mother|father|friend)\s+(?:somehow\s+)?manages\s+to\b|"
            r"\b(?:is|are|'s)\s+nothing\s+like\s+(?:my|your|other)\b|"
            r"\byou\s+were\s+so\s+much\s+[a-z]+er\s+(?:before|when)\b|"
            r"\bmy\s+(?:last|previous|old)\s+(?:boyfriend|girlfriend|partner|husband|wife)\s+(?:\w+\s+)?"
            r"(?:took|bought|made|gave|always|never|actually|would|was|did)\b|"
            r"\byou\s+can't\s+(?:even\s+)?manage\s+(?:one|a\s+single)\b|\bat\s+least\s+(?:he|she)\s+"
            r"(?:had|has|was|did|could|would|knew|cared|tried)\b)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Funny how my boss can remember my coffee order and you can't remember my birthday.",
            "You used to be fun. What happened?",
            "ur literally worse than my ex lol",
            "I should have stayed with Ben. At least he had ambition.",
            "When we first met you actually listened to me.",
            "Your brother’s marriage looks so easy next to ours, I wonder why.",
            "Your brother somehow manages to hold down a job.",
            "My husband is nothing like my friends' husbands, they actually help out.",
            "You were so much sweeter before the wedding.",
            "My last boyfriend took me to Paris. You took me to a garden centre. 😒",
            "My dad worked two jobs and still made it to every match. You can't manage one.",
            "She's way lazier than my last girlfriend ever was.",
            "I could have married someone who actually wanted kids.",
        ),
        near_misses=(
            "My sister can drive us and you can take the bus.",
            "You used to be so shy, look at you now!",
            "I'm taller than my brother.",
        ),
        source="Unfavourable comparison with others or with the partner's past self.",
    ),
    Rule(
        id="comparison.better_before",
        category=Category.COMPARISON,
        severity=Severity.MEDIUM,
        # Someone else held up as the standard the partner misses: an ex "at least", the
        # person the speaker was with before, other people who "manage".
        pattern=(
            r"(?P<hit>\bat\s+least\s+my\s+(?:ex|last\s+(?:boyfriend|girlfriend|partner|husband|wife))\b"
            r"(?:\s+[a-z']+){0,2}"
            r"|\bat\s+least\s+your\s+(?:brother|sister|dad|mum|mom|mother|father)\s+(?:actually\s+)?"
            r"(?:knew|knows|bothers?|bothered|tries|tried|cares|cared|listens|listened|helps|helped|"
            r"calls|called|remembers|remembered)\b"
            r"|\bwhen\s+i\s+was\s+with\s+[a-z]+,?\s+(?:he|she|they)\s+(?:never|always|would|used\s+to|"
            r"actually)\b"
            r"|\bother\s+(?:people|guys|men|women|couples|partners|husbands|wives|boyfriends|girlfriends|"
            r"dads|mums|moms)\s+(?:somehow\s+|all\s+)?(?:manage|seem\s+to\s+manage|remember|bother)\b"
            r"|\bother\s+(?:people|couples|partners)\s+somehow\s+(?:find|make)\s+(?:the\s+)?time\b"
            r")"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "At least my ex knew how to cook.",
            "at least ur sister bothers to call",
            "When I was with Dan, he never made me wait.",
            "Other people manage to get to work on time, you know.",
            "Other couples somehow find the time to go out.",
        ),
        near_misses=(
            "At least my cold is getting better.",
            "Other people make time for hobbies too, so don't feel bad.",
            "When I was with Dan at the market, he bought us all coffee.",
        ),
        triggers=("least", "with", "other"),
        source="Unfavourable comparison with others or with the partner's past self.",
    ),
)
