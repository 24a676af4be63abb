"""Contempt: sarcasm, mockery, disgust, rejection and superiority.

Contempt tells the other person they are beneath the writer. It rarely uses a label
word: it praises mockingly ("nice going, Einstein"), offers rewards for small things
("want a medal?"), scorns what the other says ("you're talking rubbish", your "advice"),
swears at them ("f*** you"), declares disgust or rejection ("you make me sick", "nobody
could love someone like you"), talks down ("do I have to spell it out?") and dresses
blame as politeness ("no, it's fine, I'll do it myself like always").

Each rule names one frame; the words come from the lexicon's classes (mocking
nicknames, ironic remarks, mock rewards, verdicts of nonsense, disgust and affection
verbs, idioms of stupidity, the words put before someone's things to belittle them), so
a new sarcastic nickname or a new word for rubbish needs an entry, not a rule. Most
frames ask that the remark stand as a clause of its own (``^`` … ``$``) or that it be
about the addressee: "nice job, genius" is contempt, "nice job on the garden" is praise.
Hedging does not soften contempt, so the rules keep their severity after "maybe".
"""

from __future__ import annotations

from intimacy_kit._model import Category, Severity
from intimacy_kit.detection._rule import Rule
from intimacy_kit.detection.rules._fragments import DELIGHT, with_context

_WHY = (
    "Contempt (sarcasm, mockery, eye-rolling, superiority) tells the other person they are "
    "beneath you; research on couples finds it the strongest predictor of a breakup."
)
_INSTEAD = "Say plainly what bothers you and what you would like, without the sting."
_SWEAR_WHY = (
    "Swearing at someone or telling them where to go is contempt in its plainest form; "
    "it ends the conversation and wounds more than it says."
)
_REJECT_WHY = (
    "Declaring hatred, disgust or that someone is unlovable attacks their worth as a "
    "person; it is among the most damaging things partners say to each other."
)
_SCORN_INSTEAD = "Disagree with the idea and say why, without scorn for the person."
_COOL_DOWN = "Take a break before you speak, then say what you feel and need."
_SARCASM = "Gottman: contempt (sarcasm, mockery)."
_SUPERIORITY = "Gottman: contempt (superiority, talking down)."
_DISGUST = "Gottman: contempt (disgust, rejection)."
_BELITTLE = "Gottman: contempt (belittling)."

# Nothing but fillers (or emoji) follows in the sentence.
_ALONE = "-(WORD | COMMA | CLAUSE_BREAK)"
# A mocking nickname: "Einstein", "Mr Perfect", "Little Miss Sunshine".
_NICKNAME = "(SARCASTIC_TITLE | MOCK_HONORIFIC MOCK_TITLE_QUALITY)"
# A fault of character that is not also a feeling ("lazy", "selfish"; not "sad", "angry").
_FAULT = "(=CHARACTER_FAULT !FEELING)"
# A laugh opening a mocking remark ("lol", "haha", "lmao").
_LAUGH = "(lol | lmao | lmfao | rofl | haha | hahaha | hahahaha | ha | hah | hehe)"
# A name: a capitalised word that is not a pronoun or a function word. The engine's gate
# does not see capitals, so a name is read as "the next token is capitalised; take it".
_NAME = (
    "(=CAPITALIZED -(SPEAKER | YOU | WE | THIRD_PERSON | DETERMINER | QUESTION_WORD"
    " | CONJUNCTION | DISCOURSE_PARTICLE | FILLER_ADVERB | BE | MODAL | DO | HAVE | NEGATION) _)"
)

RULES: tuple[Rule, ...] = (
    # -- sarcasm -----------------------------------------------------------------------------
    Rule(
        id="contempt.sarcastic_praise",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # The nickname is an address: after a short praise or assent that opens the clause
        # ("great idea genius", "ok Einstein") or after a comma. "You're a genius" is a
        # predicate and stays out. The gate of the engine does not see commas, so "a comma"
        # is written "(COMMA | =COMMA)", which asks no word of the message.
        pattern=(
            f"^ [SARCASTIC_PRAISE_LEAD+ {_NICKNAME}] -(SPEECH_OBJECT | move | thing | stuff"
            " | solution | work | job | hack | trick | plan | idea)"
            f" | (COMMA | =COMMA) [{_NICKNAME}] $"
            " | (COMMA | =COMMA) [MOCK_HONORIFIC _? (MOCK_TITLE_QUALITY | SARCASTIC_TITLE)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Brilliant plan, Sherlock.",
            "lmao ok genius",
            "ok einstein whatever you say",
            "Well done, Mr Know-It-All, you've broken the printer.",
            "Superb parking job there, Captain Obvious.",
            "Okay, Little Miss Drama, we get it.",
            "Thanks a bunch, genius!!",
        ),
        near_misses=(
            "You're a genius, the shelf looks perfect!",
            "My sister is a real genius at maths.",
            "Way to go, champ, you smashed the race!",
            "ok genius idea, let's do it",
            "She married her Mr Right last June.",
        ),
        hedge="keep",
        source="Gottman: contempt (sarcasm, mock praise).",
    ),
    Rule(
        id="contempt.mock_address",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # A mocking nickname opening the message as its address, and royal titles after a
        # sarcastic "whatever" or "sure thing".
        pattern=(
            f"^ [{_NICKNAME}] COMMA"
            " | ^ [MOCK_HONORIFIC (MOCK_TITLE_QUALITY | SARCASTIC_TITLE)]"
            ' | ^ [(whatever | "sure thing" | "as you wish" | "yes sir" | "yes ma\'am")'
            ' (princess | "your majesty" | "your highness" | "your royal highness"'
            ' | "your lordship" | "your ladyship" | "m\'lady" | boss | chief | sir)] $'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Professor, the lid goes ON the jar.",
            "Einstein, the bins don't take themselves out.",
            "sure thing your highness 🙄",
            "Mr Perfect strikes again.",
        ),
        near_misses=(
            "Night night, princess, sweet dreams.",
            "Genius idea, let's book it!",
            "Sure thing, I'll be there at six.",
        ),
        hedge="keep",
        source="Gottman: contempt (sarcasm, mock praise).",
    ),
    Rule(
        id="contempt.sarcasm",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Set ironic remarks standing as a clause of their own ("real mature", "boo hoo").
        pattern=(
            "(^ | COMMA) [IRONIC_REMARK] ($ | =CAPITALIZED)"
            ' | ^ [("smooth move" | "genius move" | "real smooth")] ' + _ALONE
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Wow. Real classy.",
            "Boo hoo, poor you.",
            "Oh come off it, Dave.",
            "cool story bro",
            "Smooth move.",
            "Big surprise.",
        ),
        near_misses=(
            "What a lovely surprise, thank you!",
            "That's a cool story, tell me more!",
            "Nice try on the quiz, you nearly had it.",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.scorn_exclamation",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # A one-word verdict of scorn as a sentence of its own; "typical of you".
        pattern=(
            "^ how? [SCORN_EXCLAMATION] "
            + _ALONE
            + " | ^ [(so)? typical (of)? YOU] "
            + _ALONE
            + " | ^ [(SCORN_EXCLAMATION | TRAIT) little (PERSON_NOUN | PARTNER_NOUN | INSULT)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Pathetic.",
            "How childish.",
            "So typical of you.",
            "Pathetic little man.",
        ),
        near_misses=(
            "Disgusting! The milk's gone off.",
            "The film was pathetic, honestly, let's pick another.",
            "Typical Monday, the train's late again.",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.must_be_nice",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Mock envy, as a sentence of its own: "must be nice to sleep till noon."
        pattern=(
            "^ [must be (nice | lovely | great | fun | wonderful | grand | relaxing)]"
            " ((to | being | having | when | living | getting | not) ...)? " + _ALONE
        ),
        message=_WHY,
        suggestion="Say what you need: 'I'd love a lie-in too. Could we take turns?'",
        examples=(
            "Must be nice having a maid, huh.",
            "must be lovely to nap all afternoon while I work",
            "Must be nice.",
        ),
        near_misses=(
            "Must be nice to see your family again after so long, enjoy every minute!",
            "It must be nice weather there, send pictures!",
        ),
        hedge="keep",
        source="Gottman: contempt (sarcasm, mock envy).",
    ),
    Rule(
        id="contempt.mock_belief",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Mock belief: "as if you'd notice", "like you care", "sure you will", "of course
        # you forgot", "yeah, because your memory is so reliable".
        pattern=(
            '^ [(sure | right | yeah | oh | yes | "of course") because (YOU | YOUR | QUOTE_MARK)]'
            ' | ^ ["as if" there (BE n\'t | BE not)]'
            ' | ^ ["as if" YOU (MODAL | <care> | <know> | <give> | ever | even | <listen>'
            " | <understand> | <bother> | <notice>)]"
            " | ^ [like YOU (('d | would | could | MODAL) (<know> | <understand> | <care>"
            " | <notice>"
            " | <remember> | <help> | <listen>) | <care> | even <care> | ever)]"
            ' | ^ ["of course" YOU (did | would | \'d | were | had | <forget> | forgot)] '
            + _ALONE
            + " | ^ [sure YOU (did | do | will | 'll | were | are | 're | would | 'd | had)] "
            + _ALONE
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Yeah, because your memory is so reliable.",
            "Oh right, because 'I forgot' fixes everything.",
            "As if you'd notice I'm gone.",
            "Like you'd know anything about hard work.",
            "Of course you forgot. 🙄",
            "Sure you will.",
            "As if there aren't bigger problems!",
            "Like you ever cook.",
        ),
        near_misses=(
            "Of course you can borrow the car!",
            "Sure, I can pick you up at six.",
            "It looks as if there isn't any milk left.",
            "Like, you could come over later?",
            "I'd like you ever so much to come to dinner.",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.mock",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Mock delight at the other person's effort or ideas.
        pattern=(
            "[(cute | adorable | precious | sweet | funny | hilarious) (how | that | when) YOU"
            " (<think> | <believe> | <pretend> | <act> like | <get> all)]"
            " | ^ [(nice | good | kind | decent | big | generous) of YOU to (finally | actually"
            " | bother | grace | deign | <show> up | <turn> up | <make> an appearance)]"
            " | [BE (that | this | it) supposed to be (a | an | YOUR)? (SPEECH_OBJECT | compliment"
            ' | dinner | help | effort | cleaning | tidying | "a joke")] =QUESTION_MARK'
            " | [YOU <call> (that | this) (a | an)? _{1,2}] =QUESTION_MARK"
            " | [how (nice | kind | good | generous | thoughtful | sweet | decent | considerate"
            " | lovely | gracious | big) of YOU to (finally | actually | bother | grace | deign"
            " | even | <show> up | <turn> up | <make> an appearance | <spare> | <find> the time)]"
            " | ^ (oh | well | wow)? [look who (BE | 's)? (finally | decided | <decide>"
            " | remembered"
            " | bothered | deigned | <grace> | <deign> | <crawl> out of bed | <come> crawling)]"
            " | [(<come> up with | <think> of | <think> up | <figure> out | <work> out) (that"
            " | this"
            " | it) all by YOURSELF]"
            " | [YOU (really | honestly | actually | seriously)? thought (that | this | it) (was"
            " | would be) a (good | great | smart | bright | clever | wise) idea] =QUESTION_MARK"
            " | [YOU (really | honestly | actually | seriously)? thought (that | this | it) (was"
            " | would be) a (good | great | smart | bright | clever | wise) (time | moment) to]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "It's adorable how you think you're always right.",
            "How generous of you to finally turn up.",
            "Oh look who finally bothered to call.",
            "Did you think of that all by yourself?",
            "You honestly thought this was a smart idea?",
            "You thought that was a good moment to mention my mother?",
            "Nice of you to finally join us.",
            "Is that supposed to be an apology?",
            "You call that a clean kitchen?",
        ),
        near_misses=(
            "How kind of you to bring me soup when I was ill.",
            "Look who's here, my favourite nephew!",
            "It's cute how the puppy follows you around.",
            "Is that supposed to go in the freezer?",
            "Nice of you to bring cake!",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.recap",
        category=Category.CONTEMPT,
        severity=Severity.LOW,
        # A sarcastic paraphrase of the other person, closed with "huh?".
        pattern=(
            "^ (oh | well)? so COMMA? [(YOU (<think> | BE saying | <mean> | <reckon> | <believe>)"
            " | (this | that) BE what | now it BE (about | my)) ...] COMMA? (huh | eh | right)"
            " =QUESTION_MARK"
        ),
        message=_WHY,
        suggestion="Check your understanding without the edge: 'Do you mean …?'.",
        examples=(
            "So you think my job is pointless, huh?",
            "so this is what you really think of me, eh?",
            "Oh, so now it's about my family, huh?",
        ),
        near_misses=(
            "So you're moving to Lisbon, huh? That's exciting!",
            "So you think we should leave at six?",
        ),
        hedge="keep",
        source="Gottman: contempt (sarcastic paraphrase of the partner).",
    ),
    Rule(
        id="contempt.funny_how",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # A sarcastic observation that insinuates: "funny how you're suddenly busy".
        pattern=(
            '[(convenient | "how convenient" | conveniently) ... YOU]'
            " | [(funny | interesting | amazing | strange | odd | curious) how YOU (suddenly"
            " | only | conveniently | somehow | never | ca n't | <forget>)]"
        ),
        message=_WHY,
        suggestion="Name what you noticed and ask about it: 'I've noticed …; what's going on?'",
        examples=(
            "Funny how you suddenly have plans whenever my parents visit.",
            "How convenient that you forgot your wallet again.",
            "interesting how u never have time for me",
        ),
        near_misses=(
            "Funny how the cat always finds the sunny spot.",
            "It's so convenient that the shop is next door!",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.mock_reward",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Rewards offered in mock for a small or overdue effort.
        pattern=(
            "[(<want> | <expect> | after) MOCK_REWARD]"
            ' (for | "or something" | =QUESTION_MARK | ' + _ALONE + ")"
            " | [(shall | should | MODAL | <want>) (SPEAKER | we | me to | us to) (<throw> | <get>"
            " | <give> | <buy> | <build> | <bake> | <organise> | <organize> | <hold> | <award>)"
            " YOU MOCK_REWARD]"
            " | [(shall | should | MODAL | <want>) (SPEAKER | we | me to | us to) _ YOU (a | an)? _"
            " for (CHORE_VERB | DEVOTED_ACT_VERB | <remember> | <show> up | <turn> up)]"
            " | [(shall | should) (SPEAKER | we) (<call> | <alert> | <ring> | <notify>) the"
            " (newspapers | papers | press | media | news | guinness)]"
            " | [(somebody | someone | everybody | everyone) (<give> | <get>) (YOU | him | her)"
            " MOCK_REWARD] =(for | PUNCT)"
        ),
        message=_WHY,
        suggestion="Thank the effort plainly, or say what you still need.",
        examples=(
            "You took the bins out. Want a medal?",
            "Shall we throw you a parade?",
            "Should I call the newspapers? You cooked!",
            "Oh, someone get her a gold star for that.",
            "expecting a round of applause or something?",
            "Should I buy you a cake for taking the bins out?",
        ),
        near_misses=(
            "You deserve a medal for putting up with my mum!",
            "Want a cookie? I baked them this morning.",
            "Should we get you a cake for your birthday?",
        ),
        hedge="keep",
        source="Gottman: contempt (sarcasm, mock praise).",
    ),
    Rule(
        id="contempt.mock_pity",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Mock sympathy for hurt feelings, and casting the other as playing the victim.
        pattern=(
            "[the big bad _ <hurt> YOUR]"
            " | [<hurt> YOUR (little | widdle | delicate | fragile | precious | poor | tender)"
            " (feelings | feelies | ego | pride | heart)]"
            " | [(someone | somebody) <get> (their | his | her) (little)? feelings hurt]"
            " | [(ALWAYS | <play> | <act> | <cast> YOURSELF as | <pull> | <bring> out) the?"
            " VICTIM_ROLE]"
        ),
        message=_WHY,
        suggestion="If they are hurt, ask about it; if you disagree, say so plainly.",
        examples=(
            "Oh no, did the nasty traffic warden hurt your little ego?",
            "Did someone get their feelings hurt?",
            "Playing the martyr again, I see.",
            "You're always the poor little victim, eh.",
        ),
        near_misses=(
            "Did I hurt your feelings? I'm so sorry.",
            "The victim was taken to hospital after the crash.",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.mock_expert",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # The other person mocked as a self-appointed expert.
        pattern=(
            "[now YOU BE (a | an | the | my | some)? (kind of)? EXPERT_ROLE]"
            " | ^ [(so | oh so) YOU BE (a | an | the)? EXPERT_ROLE now?] =QUESTION_MARK"
            " | [YOU BE the EXPERT_ROLE COMMA? (huh | apparently | eh)]"
            ' | [YOU BE (the | "such an") EXPERT_ROLE now]'
            " | [that <make> YOU (the | an | a)? EXPERT_ROLE]"
        ),
        message=_WHY,
        suggestion="Disagree with the point, not with their right to make it.",
        examples=(
            "Oh, so now you're a financial advisor.",
            "So you're the doctor now?",
            "You're the expert now.",
            "I guess that makes you the expert, huh?",
        ),
        near_misses=(
            "You're the expert, what do you think we should plant?",
            "You're a doctor now! So proud of you.",
        ),
        hedge="keep",
        source=_SUPERIORITY,
    ),
    Rule(
        id="contempt.jab",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # A sarcastic "go ahead" to a way of dodging, and mock praise for a bad habit.
        pattern=(
            '^ (sure | fine | okay | alright | "go ahead" | "go on" | yeah | right | oh'
            ' | "of course" | "by all means" | please) COMMA? [EVASION_VERB] then? $'
            " | ^ [EVASION_VERB then] "
            + _ALONE
            + ' | ^ (sure | yeah | right | oh | "of course" | "go on" | "go ahead") COMMA?'
            " [<blame> (the | it on | everyone | everybody | everything | YOUR | someone | anyone"
            f" | {_NAME} | THIRD_PERSON)]"
            " | [(it BE | that BE) what YOU (BE (best | good | great) at | <do> best)]"
            ' | [(good | great | brilliant | talented | skilled | "an expert" | "a pro"'
            ' | "the best" | expert) at (EVASION_VERB | MISDEED_VERB)]'
            " | [(quick | fast | ready | eager) to (EVASION_VERB | MISDEED_VERB | <blame> | <judge>"
            " | <point> the finger)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Go ahead, storm off.",
            "Walk away then.",
            "Oh sure, blame the traffic.",
            "Changing the subject, that's what you're best at.",
            "You're so good at making excuses.",
            "always so quick to point the finger",
        ),
        near_misses=(
            "Sure, leave the keys on the table, thanks!",
            "You're so good at making me laugh.",
            "Go ahead, I'll catch up with you.",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.sarcastic_retort",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Retorts that rub it in: "happy now?", "now you know how it feels", "easy for you
        # to say", "see how you like it".
        pattern=(
            "^ [(BE YOU)? (happy | satisfied | pleased) now] =QUESTION_MARK"
            " | [(now YOU | YOU now) (<know> | <see> | <understand> | <get>) (how"
            " | what) it <feel>]"
            " | [<see> how YOU <like> it] $"
            " | [(that BE | it BE) (easy | alright | fine) for YOU to (say | talk)]"
            " | ^ [here we go (again | with (the | YOUR | another | this))]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Satisfied now?",
            "Now you know how it feels to be left waiting.",
            "That's easy for you to say, you don't pay the rent.",
            "Let's see how you like it.",
            "Here we go again with the sulking.",
        ),
        near_misses=(
            "Are you happy now that the move is over?",
            "Here we go! Road trip time!",
            "Do you know how it feels to fly a plane?",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.for_a_change",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # A request made sarcastic by "for a change" or "it wouldn't kill you".
        pattern=(
            '[YOU ... (for once in YOUR life | "for a change" | "for once")] '
            + _ALONE
            + " | [(it)? (would n't | \"would not\" | wo n't) (<kill> | <hurt>) YOU to]"
        ),
        message=_WHY,
        suggestion="Ask for the thing itself: 'Could you pick up the kids today?'",
        examples=(
            "Could you pick up the kids for a change?",
            "It wouldn't kill you to say thanks.",
            "you could try listening for once in your life",
        ),
        near_misses=(
            "Let's eat out for a change!",
            "It wouldn't hurt to bring a jumper.",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.mock_effort",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Mock warnings against over-exertion, and chores that will "do themselves".
        pattern=(
            '[(DO n\'t | "do not" | careful | "try not to" | "mind you do n\'t") COMMA?'
            " (YOU ('ll | might | MODAL))? MOCK_EFFORT] $"
            " | [(wo n't | do n't | MODAL n't | MODAL not | BE n't going to) CHORE_VERB themselves]"
            " | [(magically | just) CHORE_VERB (themselves | itself)]"
        ),
        message=_WHY,
        suggestion="Ask for the help you need directly: 'Could you do the dishes tonight?'",
        examples=(
            "Careful, you'll pull a muscle.",
            "Careful, don't burst a blood vessel.",
            "I guess the laundry will magically fold itself.",
            "the bins won't take themselves out",
        ),
        near_misses=(
            "The oven will clean itself on the self-clean setting.",
            "This mess won't sort itself out, can you give me a hand?",
            "Don't overdo it at the gym, ok?",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.passive_aggressive",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Politeness that blames: the writer doing it all "like always", "fine, I'll do it
        # myself", "don't worry about me, I'll manage".
        pattern=(
            "[SPEAKER (FUTURE | 'll | BE going to | BE gonna)? (just)? _{1,4} (myself"
            ' | "by myself" | "on my own" | alone) (ALWAYS | again | "as usual" | "like always"'
            ' | "like i always do" | "as i always do" | "like every other time"'
            ' | "like everything else" | "as always" | "per usual")]'
            ' | ^ (fine | "never mind" | "forget it" | "do n\'t bother" | "it \'s fine"'
            " | whatever | okay) COMMA? [SPEAKER (FUTURE | 'll) (just)? _{1,4} (myself"
            ' | "by myself" | "on my own")] (then)? '
            + _ALONE
            + ' | [(do n\'t | "do not") (YOU)? (<trouble> | <bother> | <worry> | <mind>)'
            " (YOURSELF)? (about)? me] COMMA? SPEAKER (FUTURE | 'll) (just)? _{0,4} (alone | myself"
            ' | "by myself" | "on my own" | "in the dark")'
            + ' | ^ [(oh)? (do n\'t | "do not") <mind> me] '
            + _ALONE
        ),
        message=_WHY,
        suggestion="Ask for the help you need directly: 'Could you do X tonight?'",
        examples=(
            "No, it's fine, I'll sort it all myself like always.",
            "Fine, I'll just do it myself then.",
            "forget it, i'll fix it on my own",
            "I'll take the bins out myself as usual.",
            "Don't worry about me, I'll just sit here alone.",
            "Oh, don't mind me.",
        ),
        near_misses=(
            "I'll make myself a coffee, want one?",
            "Don't worry, I'll do it myself tomorrow, you rest.",
            "I'm going to the cinema by myself tonight, can't wait!",
            "Don't worry about me, I'm fine, just tired.",
            "Don't mind me, just grabbing a coffee!",
        ),
        hedge="keep",
        source="Passive aggression: blame dressed as politeness (Gottman: contempt).",
    ),
    Rule(
        id="contempt.scare_quotes",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # The other person's claim (their "work", "help", "busy") in quote marks right after
        # "your" or "you (were)"; a quoted name or technical term ("press 'save'", your
        # "minor edit") is not mockery.
        pattern=(
            "[(YOUR little? | YOU (BE | HAVE)? | (this | that | the) _ of yours | (thanks"
            ' | "thank you") for (the | "all the" | YOUR) | the (famous | infamous | legendary)'
            " | being (a | an) | the luxury of) QUOTE_MARK"
            " !(QUOTE_MARK | CAPITALIZED | PUNCT){0,2} SCARE_QUOTED_WORD !(QUOTE_MARK | PUNCT){0,2}"
            " QUOTE_MARK]"
            " | [(YOUR | his | her | their | this | that | these | those) DOUBT_MODIFIER _] -to"
        ),
        message=_WHY,
        suggestion="Use the other person's word plainly, or ask what they meant by it.",
        examples=(
            "Your 'research' is a YouTube video.",
            'oh sure, you were "working late" again',
            "So you 'forgot' my birthday.",
            "Thanks for the 'help', it took me an hour to fix.",
            "Oh good, you've 'cleaned' the bathroom.",
            "Here we go, the famous 'five minutes' again.",
            "Bring your 'famous' chilli if you must.",
            "Enjoy your so-called friends.",
            "his supposed job at the bank",
        ),
        near_misses=(
            "What do you mean by 'soon', tonight or tomorrow?",
            "Press the word 'save' at the top.",
            "You called me a 'nag' in front of everyone.",
            "Your 'Summer Hits' playlist is on the laptop.",
            'I noticed your "minor edit" changed the meaning, could you look?',
            "That would be great, thanks!",
            "Thanks for the 'Best Dad' mug, I love it!",
            "The famous 'Abbey Road' crossing was packed.",
        ),
        hedge="keep",
        source="Scare quotes around the other's own words and things: mockery.",
    ),
    Rule(
        id="contempt.belittled_things",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # A belittling word before the other person's things and pursuits.
        pattern=(
            "[(YOUR | his | her | their | this | that | these | those) SCORNED_PURSUIT_MODIFIER+]"
            " -(FAMILY_NOUN | PARTNER_NOUN | FRIEND_NOUN | PERSON_NOUN | baby | babies | face"
            " | heart | smile | self | soul | to | PUNCT | time | moments | memories | gift | gifts"
            " | minutes | hours | days | sleep | life | health | little)"
        ),
        message=_WHY,
        suggestion="Say what the thing costs you (time, money, attention), not what it's worth.",
        examples=(
            "I'm sick of hearing about your precious car.",
            "Go back to your stupid little game then.",
            "your useless hobby again?",
        ),
        near_misses=(
            "Your precious daughter is asleep on my lap ❤️",
            "Your beloved nan rang this morning.",
            "Enjoy your precious time off, you've earned it.",
        ),
        hedge="keep",
        source=_BELITTLE,
    ),
    Rule(
        id="contempt.your_doing",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # What the listener does or makes, called bad: a verdict on the person's doing.
        # Sympathy keeps its own words ("your day sounds awful" is about a day, not a
        # skill; "your drive sounds tough" is not a verdict).
        pattern=(
            "[YOUR SKILL_NOUN _{0,3} (BE | <sound> | <seem> | <look> | <taste> | <smell>)"
            " -(difficult | impossible | tricky | tough | awkward | dark | black | sour | grim"
            " | miserable | n't | not | never)"
            " (BAD_ADJ | a? (INSULT_AMBIGUOUS | joke | disgrace | embarrassment | shambles"
            " | catastrophe) | embarrassing | pathetic | appalling | hopeless | useless"
            " | laughable | tragic | painful | dire | shocking | disgusting | inedible"
            " | unbearable | cringe | cringey | cringy | the (worst | pits))]"
        ),
        message=_WHY,
        suggestion=(
            "Name one thing that happened and what you would like instead, not a verdict "
            "on how they do it."
        ),
        examples=(
            "Your cooking is honestly terrible.",
            "your driving is a disaster, I'm never getting in that car again",
            "Your excuses are pathetic.",
            "your taste in music is so cringe",
            "Your parenting at the party was shocking.",
        ),
        near_misses=(
            "Your cooking is amazing, can I have the recipe?",
            "My cooking is terrible, sorry about dinner.",
            "Your day sounds awful, I'm so sorry.",
            "Your driving test sounds tough, good luck!",
            "Your memory isn't bad at all for someone who was up all night.",
        ),
        hedge="keep",
        source=_BELITTLE,
    ),
    # -- swearing at someone and dismissing them -------------------------------------------------
    Rule(
        id="contempt.swear_at",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # A set phrase of swearing at someone where it opens a clause or follows "you
        # can"/"why don't you"; "stick it on the fridge" goes on with a place.
        pattern=(
            "(^ | COMMA | and | so | then | just | YOU (MODAL | BE going to | BE gonna)?"
            " | why (DO | MODAL) n't YOU) [SWEAR_AT]"
            " (-WORD | =(YOU | YOUR | YOURSELF | and | CAPITALIZED | already | too | then | now"
            " | SPEAKER | right | with | for | very | INSULT | TRAIT))"
        ),
        message=_SWEAR_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "oh just fuck off already",
            "You can go to hell, Mark.",
            "Kiss my ass!",
            "why don't you go fuck yourself",
            "get stuffed, mate",
        ),
        near_misses=(
            "Stick it on the fridge so we don't forget.",
            "I need to get a life outside work, honestly.",
            "Don't get lost on the way, text me when you park!",
            "Let's take a hike on Sunday if it's sunny.",
        ),
        hedge="keep",
        source="Swearing at a person: contempt (Gottman); profanity aimed at the reader.",
    ),
    Rule(
        id="contempt.curse",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # A swear verb aimed at the person, anywhere: "fuck you", "screw your rules".
        pattern=(
            '[CURSE_VERB (YOU | YOURSELF | off | "right off")] -(\'re | BE | MODAL | HAVE | DO'
            " | 'd | 'll | guys | all | know | to)"
            " | [(fuck | fck | fk | fuk | screw | sod | feck) YOUR (_ | feelings | rules"
            " | opinion)]"
            " | [go (fuck | screw | <get> fucked) YOURSELF]"
            ' | [CURSE_VERB ("all of" | "both of" | "the lot of" | "every one of") YOU]'
            " | [CURSE_VERB what (YOU | YOUR)]"
            ' | [CURSE_VERB "out of here"]'
            ' | [shut ("the fuck" | "the hell" | "the fucking hell" | YOUR SWEAR? (mouth | face'
            " | trap | gob)) up?]"
        ),
        message=_SWEAR_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "F*** you.",
            "Screw you and your stupid rules.",
            "well fuck you too then",
            "and screw your feelings",
            "fuck all of you",
            "I wish you'd shut the fuck up.",
        ),
        near_misses=(
            "Damn, you look good tonight.",
            "Fuck, you're right, I forgot the tickets.",
            "I fucking love you so much.",
            "I mean the stuff you said last time.",
        ),
        hedge="keep",
        source="Swearing at a person: contempt (Gottman); profanity aimed at the reader.",
    ),
    Rule(
        id="contempt.mockery",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # Commands that talk down to the other as a child or a fool, where they open a
        # clause; "shut up".
        pattern=(
            '(^ | COMMA | just | "it \'s time" YOU | "it \'s about time" YOU | YOU (should'
            " | need to | MODAL)) [CONDESCENDING_COMMAND]"
            " | ^ (just | oh | god)? [shut (up | it | YOUR (trap | mouth | face | gob"
            ' | "pie hole" | piehole | cakehole))] -(and | about | with | to)'
            " | (^ | COMMA | just) [<mind> YOUR own business]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Oh, grow up.",
            "Maybe it's time you grew a spine.",
            "learn to read, it's on the label",
            "Just shut up.",
            "mind your own fucking business",
        ),
        near_misses=(
            "I want to grow up to be as kind as you.",
            "Don't grow up too fast, little one!",
            "Shut up and dance with me 😄",
            "The shop shuts up at five on Sundays.",
            "Oh shut up. Congratulations, you earned every bit of it!",
        ),
        hedge="keep",
        source="Gottman: contempt (mockery, belittling commands).",
    ),
    Rule(
        id="contempt.dismissal",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Waving the other person or their distress off with contempt.
        pattern=(
            "[DISMISSAL_IDIOM]"
            " | (^ | COMMA) [DISMISSIVE_SIGNOFF] $"
            ' | ^ (fine | whatever) COMMA? [("be my guest" | "suit yourself" | "knock yourself out"'
            ' | "have it your way" | "do what you like" | "do whatever you want")] $'
            ' | [("spare me" | save | cut | "enough with" | "enough of" | "stop with" | "none of"'
            ' | "not another" | "here comes" | "here come" | "do n\'t give me") (the | YOUR | this'
            " | that | these | all (this | the | YOUR))? MOCK_TEARS]"
            " -(notes | hall | room | theatre | theater | for | at | on)"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Don't let the door hit you on the way out.",
            "It's your funeral.",
            "Enough with the crocodile tears.",
            "spare me your pity party",
            "Good riddance.",
            "Fine, have it your way.",
        ),
        near_misses=(
            "Good luck with that exam tomorrow!",
            "Be my guest, help yourself to wine.",
            "Can you save the lecture notes for me?",
            "Suit yourself for the party, there's no dress code.",
        ),
        hedge="keep",
        source="Gottman: contempt (dismissal).",
    ),
    # -- disgust, hatred and rejection -----------------------------------------------------------
    Rule(
        id="contempt.disgust",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        pattern=(
            "[(YOU | YOU !(NEGATION | MODAL | DO | HAVE | BE | ALWAYS) | YOU _ (that | who) _{1,3}"
            " | YOUR (face | voice | laugh | smell | breath | body | attitude | behaviour"
            " | behavior"
            ' | existence | presence) | ("the sight of" | "the thought of" | "the smell of"'
            ' | "the sound of") (YOU | YOUR _)) (DISGUST_VERB (me | us | SPEAKER | everyone'
            " | everybody | people) | <make> (me | us | everyone) DISGUST_REACTION | <turn> my"
            " stomach | <make> my skin crawl | <give> me the (creeps | ick))] -(with | for)"
        ),
        message=_REJECT_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "You honestly repulse me.",
            "u make me want to throw up",
            "The sight of you turns my stomach.",
            "You people sicken me.",
            "You bore me to tears.",
        ),
        near_misses=(
            "You make me want to be a kinder person.",
            "This milk makes me sick, I think it's off.",
            "You never bore me, even after ten years.",
        ),
        hedge="keep",
        source=_DISGUST,
    ),
    Rule(
        id="contempt.people_like_you",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # The other person as one of a contemptible kind, or as shameful to be seen with.
        pattern=(
            "[(people | PERSON_NOUN | idiots | INSULT) like YOU (BE | <make>) (the problem"
            " | the reason | why | what BE wrong | everything that BE wrong | a (disease | cancer"
            " | plague) | INSULT | TRAIT | me sick)]"
            " | [SPEAKER (BE | feel)? (ashamed | embarrassed | humiliated | mortified) to (be seen"
            " | be | <go> out | <go> anywhere) (with | around | in public with) YOU]"
            " | [(embarrassing | humiliating | mortifying | shameful) to (be seen | be) with]"
        ),
        message=_REJECT_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "People like you are the reason nobody trusts anyone.",
            "I'm ashamed to be seen with you.",
            "It's mortifying to be seen with you.",
        ),
        near_misses=(
            "People like you make the world kinder.",
            "I'm proud to be seen with you.",
        ),
        hedge="keep",
        source=_DISGUST,
    ),
    Rule(
        id="contempt.hatred",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        pattern=(
            "[SPEAKER (BE | HAVE | DO | MODAL)? (HATE_VERB | HATE_PHRASE) (YOU | YOUR (guts"
            " | face | voice | existence | presence | attitude | lies | games | MOCK_TEARS)"
            " | everything about YOU)] -(to | that | when | being | leaving | going | having)"
            " | [SPEAKER BE (so | really)? over YOU] $"
            " | [SPEAKER (DO n't | do not | never | did n't) (really)? <love> YOU (anymore"
            ' | "any more" | $)] -(more | less | enough | as | the | like | when)'
        ),
        message=_REJECT_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "I hate you.",
            "honestly i despise you",
            "I'm so sick of your lies.",
            "I'm so over you.",
            "I don't love you anymore.",
        ),
        near_misses=(
            "I hate that you have to work this weekend.",
            "I hate you being so far away, I miss you.",
            "I don't love you any less for it.",
        ),
        hedge="keep",
        source=_DISGUST,
    ),
    Rule(
        id="contempt.rejection",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # The other person as nothing to the writer, and regret at having chosen them.
        pattern=(
            '[YOU BE (dead | nothing | nobody | "no one" | worthless) to (me | us | SPEAKER)]'
            ' | [YOU MODAL? BE (nothing | nobody | "no one") without me]'
            ' | [YOU <mean> (nothing | "fuck all" | "jack shit" | "less than nothing") to me]'
            " | [what (DO | HAVE) SPEAKER (ever)? (<see> | seen) in YOU]"
            " | [SPEAKER (ca n't | cannot | still ca n't) <believe> SPEAKER (ever)? (<marry>"
            " | <choose> | <date> | <pick> | <settle> for | <fall> for | <waste> | <trust>"
            " | <sleep> with | <move> in with | <find> | <agree> to | <say> yes to) ... YOU]"
            " | [SPEAKER (must | should | 'd | HAVE) (have | 've)? (been | <be>) (out of my mind"
            " | crazy | mad | insane | blind | drunk | desperate | stupid) to (<marry> | <date>"
            " | <be> with | <choose> | <pick> | <trust>) YOU]"
        ),
        message=_REJECT_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "You're dead to me.",
            "You'd be nothing without me.",
            "What did I ever see in you?",
            "I can't believe I wasted ten years on you.",
            "I must have been mad to marry you.",
        ),
        near_misses=(
            "I can't believe I won the raffle!",
            "You mean the world to me.",
            "I can't believe I finally met you, it's been years online!",
        ),
        hedge="keep",
        source=_DISGUST,
    ),
    Rule(
        id="contempt.unlovable",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # "Nobody could love someone like you", "who would want you", "no wonder your ex left".
        pattern=(
            '[(nobody | "no one" | noone) else? (MODAL | BE going to | BE gonna)? ever?'
            " AFFECTION_VERB (YOU | (someone | anybody | anyone | somebody | a PERSON_NOUN"
            " | people) like YOU)] ($ | =(because | cause | cos | with | after | when | if | and"
            " | except | but"
            " | SENTENCE_END))"
            " | [who (MODAL | 'd) ever? AFFECTION_VERB (YOU | (someone | anybody | anyone | a"
            " PERSON_NOUN) like YOU)] -(to | for | more)"
            ' | [no wonder ((nobody | "no one" | noone) AFFECTION_VERB | (SOMEONE | YOUR _{1,2}'
            " | THIRD_PERSON | everyone | everybody) (REJECT_VERB | DO n't AFFECTION_VERB"
            " | MODAL n't AFFECTION_VERB) | YOU BE (still | always)? (single | alone | lonely"
            " | friendless | unemployed | unemployable | divorced | unloved))]"
        ),
        message=_REJECT_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "No one could ever love someone like you.",
            "Who would even want you?",
            "No wonder your ex walked out on you.",
            "no wonder ur still single",
            "Nobody would put up with you except me.",
        ),
        near_misses=(
            "No one could love you more than I do.",
            "Nobody will ever love you like I do.",
            "Nobody wants you to feel bad about it.",
            "No wonder everyone loves you, you're so kind.",
            "Nobody wants you to leave except the boss, haha.",
        ),
        hedge="keep",
        source=_DISGUST,
    ),
    # -- superiority and talking down --------------------------------------------------------------
    Rule(
        id="contempt.superiority",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # The writer above the other: better than them, too good for them, the other lucky
        # to have them.
        pattern=(
            "[unlike YOU COMMA? SPEAKER (actually | DO n't | BE n't | 'm not | never | <care>"
            " | <bother> | <work> | <pay> | <know> how | <take> | <have> a job | <pull> my weight)]"
            ' | [SPEAKER BE (too good | better | "way too good" | "so much better") (for | than)'
            " YOU]"
            " | [SPEAKER (could | can | deserve to | <deserve>) (<do>)? (so much | a lot | way)?"
            " better than YOU]"
            " | [(YOU | SPEAKER_POSSESSIVE (PARTNER_NOUN | EX_PARTNER)) BE (always)? beneath (me"
            " | us | SPEAKER | contempt)]"
            " | [YOU BE (n't | not) in my league]"
            ' | [YOU BE (n\'t | not) worth (it | "my time" | "the effort" | "the trouble"'
            ' | "my energy" | "my breath" | "the hassle" | "a second of my time")]'
            " | [YOU BE (so | really)? lucky ((anyone | anybody | someone | SPEAKER) <put> up with"
            " | SPEAKER BE | SPEAKER"
            " <stay> | SPEAKER (still)? <bother> | to <have> me | SPEAKER even)]"
            " | [YOU (should | ought to) (be)? (grateful | thankful) (SPEAKER | that SPEAKER"
            " | for me | to <have> me)]"
            " | [we (ca n't | cannot) all be (as _ as YOU | like YOU | perfect | FLAWLESS_WORD)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Unlike you, I actually pay my bills on time.",
            "I'm way too good for you.",
            "You're beneath me.",
            "My ex was always beneath me, honestly.",
            "You should be grateful I even reply.",
            "You're lucky I put up with you.",
            "You're lucky anyone puts up with you.",
            "We can't all be as perfect as you.",
        ),
        near_misses=(
            "Unlike you, I'm hopeless at maths, can you help?",
            "You're lucky to have such good friends.",
            "You're worth every minute of the wait.",
        ),
        hedge="keep",
        source=_SUPERIORITY,
    ),
    Rule(
        id="contempt.talking_down",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Explaining down to the other person as to a child.
        pattern=(
            '[(it | this | that) BE (n\'t | not) exactly? ("rocket science" | "brain surgery"'
            ' | "quantum physics" | astrophysics | neuroscience | "advanced maths"'
            ' | "advanced math" | calculus)]'
            " | [(DO | MODAL) SPEAKER (<have> | <need>) to <spell> it out]"
            " | [SPEAKER (FUTURE | MODAL)? <spell> it out for YOU]"
            " | [(<draw> | <make>) YOU a (picture | diagram | map | chart | flowchart)]"
            " | [(let me | SPEAKER FUTURE | SPEAKER 'll) (<explain> | <say> | <repeat>) (it | this"
            ' | that)? again? (slowly | "very slowly" | "really slowly" | "in small words"'
            ' | "in simple terms" | "using small words" | "in words of one syllable"'
            ' | "with crayons" | "with puppets" | "so you understand")]'
            " | ^ [YOU (would | 'd | could) n't (<understand> | <get> it | <know>)] $"
            " | [SPEAKER (DO n't | did n't | never) <expect> YOU to (<understand> | <get> it"
            " | <care> | <know> | <notice> | <remember>)]"
            " | [SPEAKER (knew | <know>) YOU (would n't | wo n't | could n't) (<get> it"
            " | <understand>)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "It isn't brain surgery.",
            "Do I have to spell it out for you?",
            "Want me to draw you a diagram?",
            "Let me say this again in small words.",
            "You wouldn't understand.",
            "I didn't expect you to understand.",
            "I knew you wouldn't get it.",
        ),
        near_misses=(
            "Let me explain the plan for Saturday.",
            "You wouldn't believe the queue at the post office!",
            "I didn't expect you to come, what a lovely surprise!",
        ),
        hedge="keep",
        source=_SUPERIORITY,
    ),
    Rule(
        id="contempt.gloat",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Rubbing in the other person's mistake, and flat verdicts that they are wrong.
        pattern=(
            "(^ | COMMA | (it | that | this) BE (a | the)?) [GLOAT_PHRASE] ($ | for"
            " | =CAPITALIZED)"
            " | [that BE where YOU BE wrong]"
            ' | [YOU BE (so | dead | completely | totally | absolutely | just | plain | "flat out"'
            " | utterly | entirely | way) wrong] $"
            " | [YOU (could | can) n't be more wrong]"
        ),
        message=_WHY,
        suggestion="Say what you think is true and why, and ask what they see.",
        examples=(
            "Truth hurts, doesn't it.",
            "Well, I told you so.",
            "That's where you're wrong, pal.",
            "You couldn't be more wrong.",
            "That's a reality check for you.",
        ),
        near_misses=(
            "I told you so many times how much I love you.",
            "You're wrong about the date, it's on Friday.",
            "Sorry for your loss, we're thinking of you.",
        ),
        hedge="keep",
        source=_SUPERIORITY,
    ),
    Rule(
        id="contempt.scolding",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # The other person scolded like a child, or told the world does not turn on them.
        pattern=(
            "[(DO n't | <watch> | <mind> | <listen> | <stop> | <get> | <sit>) ... COMMA?"
            ' (young (lady | man) | missy | sonny | "little girl" | "little boy")] $'
            ' | [(not everything BE | "it \'s not all" | "it is not all") about YOU]'
            " | [the world (DO n't | does n't) <revolve> around YOU]"
            " | [SPEAKER (DO n't | did n't | never) <ask> for YOUR (advice | opinion | input | help"
            " | two cents | SPEECH_OBJECT)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Watch your language, young man.",
            "Not everything is about you.",
            "The world doesn't revolve around you.",
            "I didn't ask for your opinion.",
        ),
        near_misses=(
            "Thank you, young man, that's very kind.",
            "It's not all about the money, love.",
            "I asked for your opinion because I trust you.",
        ),
        hedge="keep",
        source=_SUPERIORITY,
    ),
    # -- scorn for what the other says, thinks and is ---------------------------------------------
    Rule(
        id="contempt.nonsense",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # What the other person says called worthless.
        pattern=(
            "[(YOU BE | YOUR) (talking | speaking | spouting | writing | posting | saying | making"
            ' | <talk> | <speak>) (such | "a lot of" | "so much" | utter | complete | total)?'
            " NONSENSE_VERDICT]"
            ' | [YOU BE full of (it | shit | crap | yourself | "hot air" | bullshit | bs'
            " | nonsense | rubbish | garbage)]"
            " | [YOUR _{0,2} SPEECH_OBJECT (BE | <sound> | <seem> | <look>) !(NEGATION | PUNCT"
            " | SPEECH_OBJECT){0,2} ((NONSENSE_VERDICT | TRAIT_ARROGANT"
            " | =CHARACTER_FAULT !(FEELING | TRAIT_AMBIGUOUS)) | FOLLY_NOUN)]"
            " | [(what | such) (a | an) ((NONSENSE_VERDICT | TRAIT_ARROGANT"
            " | =CHARACTER_FAULT !(FEELING | TRAIT_AMBIGUOUS)) | and){1,4} SPEECH_OBJECT]"
            " | [(what | such) (a | an) ((NONSENSE_VERDICT | TRAIT_ARROGANT"
            " | =CHARACTER_FAULT !(FEELING | TRAIT_AMBIGUOUS)) | and){1,4} thing to (<say> | <do>"
            " | <suggest> | <think> | <post> | <write>)]"
            " | [(YOUR _? | more) (own)? (NONSENSE_VERDICT | TRAIT_ARROGANT"
            " | =CHARACTER_FAULT !(FEELING | TRAIT_AMBIGUOUS)){1,3} SPEECH_OBJECT]"
            " | [(the | YOUR)? NONSENSE_VERDICT SPEECH_OBJECT (of the (day | week | year | decade"
            ' | century) | ever | "of all time")]'
            " | [(what | such) (a | an) (NONSENSE_VERDICT | TRAIT_ARROGANT"
            " | =CHARACTER_FAULT !(FEELING | TRAIT_AMBIGUOUS)) (move | stunt | decision | mistake)]"
            " | [what (shit | crap | nonsense | bullshit | rubbish | garbage) BE? YOU (talking"
            " | <go> on | saying | on about)]"
            " | [YOUR _{1,2} (BE | <look> | <sound>) (so | just | completely | totally | utterly)?"
            ' (pathetic | laughable | pitiful | "a joke" | "a disgrace" | "an embarrassment"'
            ' | worthless | garbage | trash | rubbish | "beneath contempt")]'
            " | [tell me YOU BE (not | n't) (that | this | so) (=CHARACTER_FAULT !FEELING)]"
            " | [the (most)? NONSENSE_VERDICT (thing | SPEECH_OBJECT) SPEAKER (HAVE)?"
            " ever (<hear> | heard | <read> | <see> | seen)]"
            " | [YOU ... (<post> | <make> | <write> | <say> | <spout> | <type> | <talk>) (such)?"
            " (NONSENSE_VERDICT | TRAIT_ARROGANT | =CHARACTER_FAULT !(FEELING"
            " | TRAIT_AMBIGUOUS)){1,3} (SPEECH_OBJECT | things | shit | stuff | crap)]"
        ),
        message=_WHY,
        suggestion=_SCORN_INSTEAD,
        examples=(
            "You're talking complete drivel.",
            "ur so full of it",
            "Your whole argument is laughable.",
            "What a petty and childish reply.",
            "Spare us your stupid comments.",
            "That's the dumbest idea I've ever heard.",
            "Stupidest comment of the day, congrats.",
            "Your cooking is pathetic.",
            "Tell me you're not that clueless.",
            "What a dumb move.",
            "What a moronic thing to post.",
        ),
        near_misses=(
            "Your idea is brilliant, let's do it.",
            "Your idea is not stupid at all.",
            "Your cold is getting worse, see a doctor.",
            "Tell me you're not that tired, let's go out!",
            "You're full of surprises!",
            "That's the best thing I've ever heard!",
            "What a kind thing to say, thank you.",
        ),
        hedge="keep",
        source="Gottman: contempt (scorn for the other's words).",
    ),
    Rule(
        id="contempt.folly",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # The other person's folly named as a thing they carry: "your stupidity".
        pattern="[YOUR _? FOLLY_NOUN] | [the FOLLY_NOUN of (YOUR | what YOU)]",
        message=_WHY,
        suggestion=_SCORN_INSTEAD,
        examples=(
            "I'm tired of your hypocrisy.",
            "Spare me your utter nonsense.",
            "You don't even see the absurdity of what you said.",
        ),
        near_misses=(
            "Sorry for my stupidity earlier, I was tired.",
            "I love your craziness and your laugh.",
        ),
        hedge="keep",
        source="Gottman: contempt (scorn for the other's words).",
    ),
    Rule(
        id="contempt.not_caring",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Not caring what the other thinks or feels, said with scorn.
        pattern=(
            "[(SPEAKER | we | nobody | \"no one\" | noone | who) (DO n't | DO not | could n't"
            " | could not)? <give> (a | two | one)? CARE_AMOUNT (about | what | for | if | whether"
            " | how)? _{0,3} (YOU | YOUR | what YOU)]"
            ' | [(nobody | "no one" | noone | who) <care> (about | abt | what)? (YOUR | what YOU'
            " | YOU)] -(more | as | so)"
            " | [SPEAKER (DO n't | do not) (even)? <care> (what YOU (<think> | <say>"
            " | <have> to say"
            " | <want> | <feel>) | about YOUR (opinion | opinions | feelings | excuses | problems"
            " | SPEECH_OBJECT | MOCK_TEARS))]"
            " | [SPEAKER (could | can) (n't | not)? care less (about)? (YOU | YOUR | what YOU)]"
            " | [DO SPEAKER <look> like SPEAKER (<care> | <give>)]"
            ' | ^ [(like | "as if") SPEAKER (even)? <care>] ' + _ALONE
        ),
        message=_WHY,
        suggestion="If you are too angry to care right now, say so and take a break.",
        examples=(
            "No one gives a toss about your moaning.",
            "idgaf about ur opinion",
            "I couldn't care less about your feelings.",
            "Nobody cares about your excuses.",
            "I don't care what you think.",
            "Like I care.",
        ),
        near_misses=(
            "I don't give a damn about the weather, let's go anyway!",
            "Like, I care about you so much.",
            "I don't care what you wear, you always look great.",
            "Nobody cares about you more than I do.",
        ),
        hedge="keep",
        source="Gottman: contempt (dismissal).",
    ),
    Rule(
        id="contempt.lacking",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # The other person utterly without a virtue or faculty, or with one that is a joke.
        pattern=(
            '[YOU (<have> | \'ve got | HAVE got | got) (no | zero | "not an ounce of"'
            ' | "not a shred of" | "not one" | "not a single" | "not a" | "not an"'
            ' | "not any") LACKED_VIRTUE]'
            " | [YOU (DO n't | DO not | HAVE n't | HAVE not) even? (<have> | got) (a | an | any"
            ' | "a single" | "an ounce of" | "a shred of" | one)? LACKED_VIRTUE] -of'
            " | [DO YOU (even)? <have> (a | an | any)? LACKED_VIRTUE] -of"
            " | [HAVE YOU (got)? no LACKED_VIRTUE]"
            " | [YOU (<have> | 've got | HAVE got | got) the MOCKED_FACULTY of (a | an) !(saint"
            " | angel | lion | god | goddess | champion | hero | queen | king | genius | poet"
            " | professional | pro)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "You have no shame.",
            "u got zero common sense",
            "You don't even have a backbone.",
            "Do you even have a brain?",
            "Have you no manners?",
            "You have the personality of a wet sock.",
            "you've got the attention span of a goldfish",
        ),
        near_misses=(
            "You have no idea how much I love you.",
            "Do you have any sense of where the keys are?",
            "You have the patience of a saint.",
            "You don't have any plans on Friday, right?",
        ),
        hedge="keep",
        source="Gottman: contempt (insult and mockery of the person).",
    ),
    Rule(
        id="contempt.dim_idiom",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # Folk idioms that call someone stupid without the word: the roundabout form makes
        # the insult feel clever to the speaker and no less wounding to the listener.
        pattern=(
            "[DIM_IDIOM]"
            " | [(special | rare | certain) (kind | type | brand | level) of (stupid | dumb"
            " | crazy | idiot | stupidity | idiocy | incompetence | genius | lazy | selfish"
            " | TRAIT_STUPID | INSULT_STUPID)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Honestly, you're a few cards short of a full deck.",
            "You'd forget your head if it wasn't screwed on.",
            "ur not the brightest crayon in the box are u",
            "He's as much use as a chocolate teapot.",
            "You couldn't organise a piss-up in a brewery.",
            "That takes a special kind of stupid.",
        ),
        near_misses=(
            "This is the sharpest knife in the drawer, use it for the bread.",
            "We're a few sandwiches short for the picnic, can you grab some?",
            "The lights are on but the shop is closed.",
        ),
        hedge="keep",
        source="Gottman: contempt (insults and mockery).",
    ),
    Rule(
        id="contempt.eye_roll",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        pattern=(
            '[(<roll> (my | her | his | their | YOUR)? eyes | "eye roll" | eyeroll | eye-roll'
            ' | facepalm | "face palm" | smh | smfh | "shakes head" | "shaking my head")]'
            " | [slow <clap>] (for | COMMA | " + _ALONE + ")"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "*rolls eyes* sure you were at work",
            "Late again. smh",
            "Slow clap for remembering the bins for once.",
            "eyeroll. whatever you say",
            "Don't roll your eyes at me.",
        ),
        near_misses=(
            "My eyes hurt from the screen.",
            "The comedian did a slow clap bit that had me crying.",
            "The eye doctor said my eyes are fine.",
        ),
        hedge="keep",
        source="Gottman: contempt (eye-rolling and its written forms).",
    ),
    # -- belittling -------------------------------------------------------------------------------
    Rule(
        id="contempt.belittle",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # The other person's abilities run down: "you can barely", "I bet you can't".
        pattern=(
            "[SPEAKER <bet> none of YOUR _{0,4} (MODAL | DO | BE)]"
            " | [(<do> | doing | did) the (bare | absolute)? minimum]"
            " | [SPEAKER <bet> (YOU | YOUR _{1,3}) (MODAL n't | MODAL not | DO n't | DO not | never"
            " | MODAL never | even)]"
            " | [YOU (could | can) barely]"
            " | [YOU BE (not | n't) even able to]"
            " | [YOU (ca n't | cannot | could n't) even] -(<tell> | <see> | <notice> | <hear>"
            " | <imagine> | <believe> | <say>)"
            " | [YOU (ai n't | BE n't | wo n't | ca n't | cannot | DO n't) (gon | gonna"
            ' | "going to")? <do> (shit | jack | squat | "jack shit" | "fuck all" | "sod all"'
            ' | "bugger all")]'
            " | [SPEAKER ('ll | FUTURE | BE)? (<laugh> in YOUR face | laughing at YOU and YOUR)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I bet you can't even name one of my friends.",
            "I bet none of your mates could fix it either.",
            "You can barely boil an egg.",
            "You can't even tie your own shoes.",
            "You're not even able to boil pasta.",
            "you ain't gonna do shit",
            "Look at you, doing the bare minimum.",
        ),
        near_misses=(
            "I bet you'll love the new place!",
            "You can't even tell where it was broken, good as new.",
            "We were laughing at the dog all evening.",
            "The minimum order is ten pounds.",
        ),
        hedge="keep",
        source=_BELITTLE,
    ),
    Rule(
        id="contempt.child_could",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # The other person measured against a child, a monkey or "anyone".
        pattern=(
            "[YOU ... (even | any | a) SIMPLETON_BENCHMARK (MODAL | <know> | <understand>"
            " | <get> | <manage> | <figure>)]"
            " | [(even | any) SIMPLETON_BENCHMARK (MODAL | <know> | <understand> | <get>"
            " | <manage> | <figure>) ... YOU]"
            " | [SIMPLETON_BENCHMARK (could | can | MODAL) ... (why MODAL n't YOU | (and | but) YOU"
            " (MODAL n't | never | still MODAL n't | cannot))]"
            " | [(a | even | any) SIMPLETON_BENCHMARK (could | can) _{1,6} better] " + _ALONE + ""
            ' | [(any | a) (idiot | moron | fool | monkey | "trained monkey" | chimp | half-wit'
            " | imbecile) (could | can) (have)? (<do> | <manage> | <figure> | <work>) (that | this"
            " | it)]"
            " | [something (anyone | anybody | SIMPLETON_BENCHMARK) (could | can) (<do> | <learn>"
            " | <manage>)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "A toddler could work this out, why can't you?",
            "Any idiot could do that.",
            "Isn't that something anyone could learn?",
            "Even my dog knows when you're lying.",
            "A toddler could fold laundry better.",
        ),
        near_misses=(
            "It's so easy, any kid can join the club.",
            "A child can enjoy this hike, it's very gentle.",
            "Even a child could draw better than me haha.",
        ),
        hedge="keep",
        source=_BELITTLE,
    ),
    Rule(
        id="contempt.minimizing",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # The other's effort or situation made small: "it's not like you've climbed
        # Everest", "would it be the end of the world", "nothing better to do".
        pattern=(
            '[it BE (n\'t | not) (like | "as if") YOU (HAVE | BE | DO | MODAL | <know>'
            " | <care> | <have>) -never]"
            " | [it (would | 'd | BE) (be)? the? end of the world if (YOU | SPEAKER)]"
            " | [(DO n't | do not) YOU <have> (anything | something)? better to do]"
            " | [(DO n't | do not) YOU <have> (more | bigger) (important | pressing | urgent)?"
            " (things | stuff | problems | issues | fish to fry)]"
            " | [YOU (<have> | 've got | got) nothing better to do]"
            " | [YOU (HAVE | 've)? (completely | totally | finally)? (lost | <lose>) YOUR (mind"
            " | marbles)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "It's not like you have a real job.",
            "Would it be the end of the world if you washed a pan?",
            "Don't you have something better to do?",
            "Don't you have more important things to worry about?",
            "You've completely lost your mind.",
        ),
        near_misses=(
            "It's not like you to be late, is everything ok?",
            "It wouldn't be the end of the world if we stayed in.",
        ),
        hedge="keep",
        source=_BELITTLE,
    ),
    Rule(
        id="contempt.rhetorical",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Rhetorical questions of contempt: "how dumb can you be?", "not so funny now, is it?".
        pattern=(
            f'[how {_FAULT} MODAL (YOU | "one person" | a PERSON_NOUN | someone | anyone | one)'
            " (<be> | <get>)]"
            f" | [how {_FAULT} BE YOU] =QUESTION_MARK"
            " | [(can | could) YOU (<be> | <get>) any (more)? TRAIT]"
            " | [(not | n't) (so | very | always | that | much)? (fun | nice | great | funny"
            " | pleasant | cool | good | clever | smart | tough | brave | confident | cocky | big"
            " | perfect)"
            " (now)? COMMA? (BE | DO) (it | YOU)] =QUESTION_MARK"
            " | [(DO n't | DO not) <feel> (so | very | too)? (good | nice | great) COMMA? DO it]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "How dumb can you be?",
            "Could you be any more selfish?",
            "Not so funny now, is it?",
            "Doesn't feel good, does it?",
            "Not so smart now, are you?",
            "How stupid are you?",
        ),
        near_misses=(
            "How cute can you be?! 🥰",
            "Not always easy, is it? I'm proud of you.",
            "How old are you now?",
            "How sad are you feeling today, love?",
        ),
        hedge="keep",
        source=_BELITTLE,
    ),
    # -- mock wonder, mock interest, mock fanfare ----------------------------------------------
    Rule(
        id="contempt.mock_imagine",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # "Imagine thinking …", "lol at you thinking …", "you actually think you can …?"
        # after a laugh or "bless your heart": the other's belief held up to be laughed at.
        # "Imagine being on a beach" is a wish, so "being" needs an age and "still".
        pattern=(
            "^ [imagine (thinking | believing | needing | <think> | still (thinking | <think>))]"
            " -(of | about) | ^ [imagine being NUMBER _{0,3} and still]"
            f" | ^ {_LAUGH} [at YOU (thinking | believing | trying | pretending)]"
            f" | ^ ({_LAUGH} | bless YOUR heart | aww | aw) COMMA? [YOU (actually | really"
            " | honestly | seriously) (<think> | <believe>) (that)? (YOU | YOUR)]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Imagine thinking a podcast counts as a job.",
            "lmao imagine needing a nap after one meeting",
            "Imagine being 40 and still living off your parents.",
            "haha at you thinking you'd win the quiz",
            "lol you actually think you could beat me at chess?",
            "Bless your heart, you really believe your band will make it.",
        ),
        near_misses=(
            "Imagine being on a beach right now 😍",
            "Imagine thinking of you and then you text, spooky!",
            "Haha you really think so? Thank you, that means a lot.",
            "Do you actually think you'll come on Friday?",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.mock_fanfare",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # A small act met with mock ceremony: someone call a celebrity, hold your applause,
        # sit down before I faint, miracle of miracles; and credit for remembering that the
        # other has a family ("well done for remembering you have kids").
        pattern=(
            "[(somebody | someone) (<call> | <ring> | <phone> | <alert> | <get>)"
            " (SARCASTIC_TITLE | the (newspapers | papers | press | media | guinness))]"
            " | [please hold YOUR applause] $"
            " | [(SPEAKER | me) (just)? (<sit> | <lie>) down before SPEAKER (<faint>"
            " | <pass> out | <collapse> | <keel> over)]"
            ' | [("miracle of miracles" | "wonders will never cease" | "wonders never cease")]'
            ' | [("well done" | congratulations | congrats | "good job" | bravo | kudos'
            ' | thanks | "thank you") (for | on) <remember> (that)? YOU (<have> | HAVE got)'
            " (a | an | any | YOUR)? (FAMILY_NOUN | PARTNER_NOUN | kids | children | family"
            " | job | home | house)]"
            " | [YOU even (remembered | <manage> | bothered | <bother>) ...] this time"
        ),
        message=_WHY,
        suggestion="Thank the effort plainly, or say what you still need.",
        examples=(
            "You boiled an egg. Somebody call Gordon Ramsay.",
            "He hoovered the stairs, everyone. Please hold your applause.",
            "You folded a towel? Let me sit down before I faint.",
            "She's up before noon, miracle of miracles.",
            "Congrats on remembering you have a wife.",
            "Wow, you even remembered the milk this time.",
        ),
        near_misses=(
            "Someone call the plumber, the sink is leaking again.",
            "Hold the applause till the end of the show, it's the rule.",
            "Hold your applause, everyone, the cake is here!",
            "I need to sit down, I feel faint.",
            "Well done for remembering the passports, I'd forgotten!",
            "You even remembered my favourite flowers, thank you!",
        ),
        hedge="keep",
        source="Gottman: contempt (sarcasm, mock praise).",
    ),
    Rule(
        id="contempt.mock_interest",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Feigned interest in what the other goes on about: "do go on about your …",
        # "tell me again how busy you are", "nobody wants to hear about your …".
        pattern=(
            "[(please)? do go on (about | with) YOUR]"
            " | [tell me (again | more) (about)? how (busy | tired | hard | stressful"
            " | important | exhausted | difficult | CHARACTER_FAULT) (YOU | YOUR)]"
            " | [tell me more about how YOU ('d | would) have]"
            ' | [(nobody | "no one" | noone) (<want> | wanted | BE interested) to (<hear>'
            " | <know>) (about)? (YOUR | what YOU | any more about YOUR)]"
        ),
        message=_WHY,
        suggestion="Say plainly that you'd like to change the subject, or what you need.",
        examples=(
            "Oh please, do go on about your golf swing.",
            "Go on, tell me again how tired you are.",
            "Tell me more about how you'd have done it better.",
            "Nobody wants to hear about your diet.",
        ),
        near_misses=(
            "Tell me more about the trip, it sounds amazing!",
            "Do go on, I'm listening, take your time.",
            "Nobody wants to hear bad news on a birthday.",
            "Tell me again how the film ends, I fell asleep.",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
    Rule(
        id="contempt.condescension",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Talking down about the other's wits: reading "is hard for you, but …", long
        # messages "confuse you", "is that what passes for …", "who taught you
        # to park, a goat?", "you wouldn't know X if it slapped you in the face".
        pattern=(
            "[(reading | thinking | counting | spelling | listening | maths | math | words"
            " | long (words | messages | texts | sentences | emails)) (BE | <seem> to be"
            " | <seem>) (hard | difficult | tricky | confusing | a struggle | too much) for YOU]"
            " COMMA? but"
            " | [(long (words | messages | texts | sentences | emails) | big words | numbers"
            " | instructions) (<seem> to)? <confuse> YOU]"
            " | [(BE (that | this) | so (that | this) BE) what <pass> for]"
            " | [who (taught | <teach>) YOU (to | how to) _{1,2}] COMMA? (a | an) _{1,2}"
            " =QUESTION_MARK"
            " | [YOU (would n't | 'd never | would never) <know> _{1,3} if it (<hit> | <slap>"
            " | <bite> | <smack> | <kick> | bit | hit | slapped) YOU]"
            " | [(DO n't | do not) flatter YOURSELF]"
            " | [as SPEAKER (HAVE)? (already | now)? (said | explained | told YOU) (several"
            " | many | multiple | a few | NUMBER | a hundred | a thousand | a million | countless)"
            " times]"
            ' | ^ ["per my last" (text | email | message | mail)]'
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "I know spelling is hard for you, but it's on the form.",
            "I'll keep it short, long texts seem to confuse you.",
            "Is that what passes for dinner at your place?",
            "Who taught you to drive, a blind hamster?",
            "You wouldn't know a good film if it bit you.",
            "Don't flatter yourself, it wasn't about you.",
            "As I have said several times, the car goes in for its MOT on Monday.",
            "Per my last message, the keys are under the mat.",
        ),
        near_misses=(
            "I know this is hard for you, I'm here whenever you need me.",
            "Who taught you to knit? It's beautiful.",
            "I know maths is hard for you, want me to help with the homework?",
            "As I said, I'll be a bit late tonight.",
            "Don't be so hard on yourself, you did great.",
            "Your last message made me smile.",
        ),
        hedge="keep",
        source=_SUPERIORITY,
    ),
    Rule(
        id="contempt.dim_question",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # Mockery of the other's brain: a single brain cell, a head full of wind, a brain
        # that fell out or has no on switch.
        pattern=(
            "[(a | one | two | three) (single | solitary)? brain (cell | cells)] (left | between"
            " | to rub | =QUESTION_MARK)"
            " | [YOUR (brain | brains | head) (<fall> | fell) out]"
            " | [YOUR brain ... (on switch | off switch | permanently off | switched off)]"
            " | [(in | inside) that (empty | thick)? (head | skull) of yours]"
            " | [combined (iq | i.q.) of]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Do you have two brain cells to rub together?",
            "Did your brain fall out in the car?",
            "What goes on inside that thick skull of yours?",
            "Your friends have a combined IQ of about five.",
            "Does your brain have an off switch that's stuck?",
        ),
        near_misses=(
            "The brain cells regenerate, the doctor said.",
            "That head of yours is full of brilliant ideas.",
            "My head fell off the pillow and I woke up.",
        ),
        hedge="keep",
        source="Gottman: contempt (insults and mockery).",
    ),
    Rule(
        id="contempt.disdain",
        category=Category.CONTEMPT,
        severity=Severity.HIGH,
        # Not bearing the other's voice or company, regretting the relationship, pitying
        # whoever comes next, hyperbole of preferring pain to their company, and the other
        # as nothing special or far beneath the writer's league.
        pattern=(
            "[SPEAKER (ca n't | cannot | could n't | can no longer) (stand | bear | <stand>"
            " | <bear> | <stomach>) the (sound | sight | smell) of (YOU | YOUR)]"
            " | [SPEAKER <regret> (ever | the day SPEAKER)? (<marry> | <meet> | met | <move> in"
            " with | <date> | <get> together with | <have> kids with | <get> with) YOU]"
            " | [SPEAKER <pity> (whoever | anyone who | the _? (PERSON_NOUN | PARTNER_NOUN | one)"
            " who) ... YOU]"
            " | [SPEAKER ('d | would) (rather | sooner) (<eat> glass | <eat> nails | <chew>"
            " (glass | foil | tinfoil) | <pull> (my | out my) _? teeth | <gouge> (my | out my)"
            " eyes | <stick> pins in) ... than]"
            ' | [YOU BE ("nothing special" | "nothing to write home about" | "not that special")]'
            " -(to | at | for)"
            ' | [YOU BE "not all that"] -WORD'
            " | [SPEAKER BE (so | way)? (far)? out of YOUR league]"
        ),
        message=_REJECT_WHY,
        suggestion=_COOL_DOWN,
        examples=(
            "I can't bear the sight of you today.",
            "I regret ever moving in with you.",
            "I pity the poor woman who ends up with you.",
            "I'd sooner chew tinfoil than sit through dinner with your mates.",
            "You're nothing special, get over yourself.",
            "I'm way out of your league and you know it.",
        ),
        near_misses=(
            "I can't stand the sight of blood, can you do the plaster?",
            "I regret not moving in with you sooner.",
            "I pity whoever has to clean the stadium after the match.",
            "I'd rather eat pizza than curry tonight.",
            "You're not all that tired, are you? Let's go out!",
            "You're nothing special to the cat, she loves everyone.",
            "You're way out of my league and I still can't believe you said yes.",
        ),
        hedge="keep",
        source=_DISGUST,
    ),
    Rule(
        id="contempt.sarcastic_aside",
        category=Category.CONTEMPT,
        severity=Severity.MEDIUM,
        # Sarcastic asides: "oh wait, you didn't", "God forbid you lift a finger", "take
        # your time, it's only our anniversary", "was that meant to be a joke?", "the only
        # joke here is you", "it's almost impressive how useless you are", "oh wise one".
        pattern=(
            "^ [oh wait] COMMA? (YOU | he | she) (did n't | DO n't | never | HAVE n't"
            " | could n't | wo n't | were n't | BE n't)"
            " | ^ [(god | heaven | lord) forbid (YOU | he | she | THIRD_PERSON"
            ' | "his lordship" | "her ladyship" | "his majesty" | "her majesty"'
            ' | "her highness" | "his highness" | SARCASTIC_TITLE) (<lift> a finger'
            " | <do> (something | anything | a (thing | chore)) | CHORE_VERB | <help> | <offer>"
            " | <pick> up | <tidy> | <clean> | <cook> | <think> of)]"
            ' | [(take YOUR time | "no rush" | "no hurry") COMMA? it BE (only | just)'
            " (SPEAKER_POSSESSIVE | our | YOUR)]"
            " | [the only joke (here | around here)? BE YOU]"
            " | [(BE | was) (that | this | it) (meant | supposed) to be (a | an)? (joke | funny"
            " | compliment | apology)] =QUESTION_MARK"
            " | [(impressive | amazing | incredible | remarkable | astonishing) how"
            " (CHARACTER_FAULT | TRAIT) YOU (BE | <manage> to be | can be)]"
            " | (COMMA | =COMMA) [oh? (wise | great | mighty | enlightened | holy | all-knowing)"
            " one] $"
            " | [what (would | 'd) (we | SPEAKER) (all)? <do> without YOUR (expert | expertise"
            " | wisdom | SPEECH_OBJECT | advice | input | genius | words of wisdom)]"
            " | ^ (well)? [are n't YOU just (a | such a) (ray of sunshine | delight | treat"
            " | joy | charmer | peach | barrel of laughs | bundle of joy)]"
            " | [YOUR time BE (so | much | so much)? more (precious | important | valuable)"
            " than (mine | SPEAKER_POSSESSIVE)]"
            " | [the (whole)? world BE so (unfair to | against | out to get) YOU] COMMA?"
            " (BE n't it | DO n't it)"
            " | [(DO YOU <need> | (shall | should) SPEAKER (<get> | <write> | <sign>) YOU) (a"
            " | an)? (permission slip | note from YOUR FAMILY_NOUN)] _{0,3} for (that | this | it)"
            ' (too | "as well" | also) =QUESTION_MARK'
            " | [(<set> | <get>) (YOU)? a reminder ... (for | to) (breathing | <breathe> | blinking"
            " | <blink>)]"
            " | [the fact (that)? YOU (<think> | <find> | <believe> | thought | found"
            " | believed) ... (<say> | <tell> me) (everything | it all"
            ' | "all i need to know" | "all you need to know")]'
            " | [(ca n't | cannot) wait (for YOU to (<quit> | <give> up | <get> bored | <lose>"
            ' interest | <drop>) | to <hear> about it (every | "all the time"))]'
            " | [SPEAKER (<love> | <adore> | <enjoy>) (cleaning | picking | tidying) up after"
            " (YOU | grown _ | adults | everyone | everybody | other people | PARTNER_NOUN)]"
            " | another (lecture | SPEECH_OBJECT) COMMA? [my (favourite | favorite) thing]"
            ' | ^ (please | "go on" | "go ahead")? COMMA? [lecture me (more | again)?'
            " about]"
        ),
        message=_WHY,
        suggestion=_INSTEAD,
        examples=(
            "Thanks for tidying up. Oh wait, you didn't.",
            "God forbid you pick up a sock.",
            "Heaven forbid his lordship does the washing up.",
            "No rush, it's only my birthday.",
            "Was that meant to be funny?",
            "The only joke here is you.",
            "It's amazing how lazy you can be.",
            "Thanks for the tip, oh wise one.",
            "What would we do without your words of wisdom.",
            "Well aren't you just a ray of sunshine this morning.",
            "Sure, your time is much more valuable than mine.",
            "The whole world is so unfair to you, isn't it.",
            "Do you need a permission slip from your dad for that as well?",
            "Shall I set you a reminder to breathe too?",
            "The fact that you think this is normal tells me everything.",
            "Can't wait for you to give up on this one too.",
            "I just adore picking up after grown men.",
            "Oh, another lecture, my favourite thing.",
            "Go on, lecture me about saving money.",
        ),
        near_misses=(
            "Oh wait, you did it already? Thank you!",
            "God forbid anything happens, but the spare key is under the pot.",
            "Take your time, it's only a quick coffee, no pressure.",
            "Was that meant to be in the fridge?",
            "It's amazing how calm you are under pressure.",
            "The great one is the lake at the top, we should hike it.",
            "What would I do without you? Thank you for today.",
            "Your time is precious, so I'll keep this short.",
            "Sometimes the whole world is against you, isn't it, love. I'm here.",
            "The fact that you remembered says everything about you ❤️",
            "Do you need a permission slip for the school trip? I'll sign it.",
            "Do you need a note from your mum for the trip too?",
            "Can't wait to hear about it all tonight!",
            "I can't wait for you to see the new flat!",
            "I love picking up after the kids' party, weirdly.",
            "My favourite thing about you is your laugh.",
        ),
        hedge="keep",
        source=_SARCASM,
    ),
)
"""The contempt rules."""

# "Shut up, that's amazing!" is delight, not mockery.
RULES = with_context(RULES, DELIGHT, ids=("contempt.mockery",))
