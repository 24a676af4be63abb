"""The barrier taxonomy: every barrier the seed texts name, plus the four horsemen.

Where two texts describe the same barrier under different names they are merged into one
entry and the other names become aliases. The order is stable: by kind, then as the
barriers are usually met.
"""

from __future__ import annotations

from intimacy_kit._model import Category
from intimacy_kit.catalogue._model import Barrier, BarrierKind
from intimacy_kit.catalogue._sources import (
    FOUR_HORSEMEN,
    SEED_BLOCKING,
    SEED_DEEPENING,
    SEED_OPEN_UP,
    SEED_OVERCOMING,
    SEED_WALLS,
)

__all__ = ["BARRIERS"]

_SELF_PROTECTIVE: tuple[Barrier, ...] = (
    Barrier(
        id="stoicism",
        name="Stoicism",
        kind=BarrierKind.SELF_PROTECTIVE,
        aliases=("an attitude of stoicism", "denying emotional needs", "the lone island"),
        summary=(
            "Treating your own need for closeness as weakness or indulgence, and so "
            "shutting it away. The stoic stays safe from being let down, but also stays "
            "alone, even inside a relationship."
        ),
        signs=(
            "Answers questions about feelings with facts or a shrug.",
            "Speaks of needing people as something other, weaker people do.",
            "Refuses help even when clearly struggling.",
            "Seems uncomfortable or impatient when a partner is emotional.",
        ),
        language_cues=(
            "i don't need anyone",
            "i'm fine, i always am",
            "feelings don't change anything",
            "i'll deal with it myself",
            "crying won't fix it",
            "i'm not the emotional type",
        ),
        root_causes=(
            "Learning early that showing need brought disappointment, shame or punishment.",
            "Cultural or family messages that strength means self-sufficiency.",
            "Fear that admitting a need hands another person power over you.",
        ),
        strategies=(
            "Reframe needing closeness as a normal human need, not a flaw.",
            "Start by naming feelings privately before sharing them with anyone.",
            "Practise asking for small things and accepting them.",
            "Partners: share your own feelings first, and do not mock or rush the stoic's "
            "first attempts.",
        ),
        related=(
            "cultural-and-gender-norms",
            "upbringing",
            "fear-of-vulnerability",
            "numbing",
            "personality-traits",
        ),
        exercises=(
            "name-the-feeling",
            "i-feel-mirror",
            "i-feel-daily",
            "i-feel-with-partner",
            "receiving-care",
            "go-first",
        ),
        sources=(SEED_BLOCKING,),
    ),
    Barrier(
        id="perpetual-motion",
        name="Perpetual motion",
        kind=BarrierKind.SELF_PROTECTIVE,
        aliases=("constant busyness", "never slowing down", "busyness as escape"),
        summary=(
            "Staying so busy that there is never a quiet moment to feel anything or to be "
            "with a partner. Some people simply have lots of energy; it becomes a barrier "
            "when the rushing is a way of not facing oneself or one's life."
        ),
        signs=(
            "Fills every evening and weekend with tasks, projects or plans.",
            "Gets restless or irritable when there is nothing to do.",
            "Postpones talks about the relationship until after the next deadline.",
            "Feels guilty or anxious when resting.",
        ),
        language_cues=(
            "i'm too busy this month",
            "let's talk after this project",
            "i can't just sit around",
            "there's always something to do",
            "i'll relax when it's all done",
        ),
        root_causes=(
            "Using activity to avoid painful feelings or unresolved situations.",
            "Self-worth tied to being productive.",
            "A household growing up where rest was seen as laziness.",
        ),
        strategies=(
            "Schedule stillness and time together as firmly as work.",
            "Notice the feeling that arises when you stop, and name it.",
            "Separate healthy energy from busyness used as escape by asking what the "
            "activity helps you avoid.",
        ),
        related=("lack-of-quality-time", "numbing", "stress-and-external-pressures"),
        exercises=(
            "slow-down-pause",
            "quality-time-ritual",
            "connection-rituals",
            "personal-decompression",
            "numbing-awareness-log",
        ),
        sources=(SEED_BLOCKING,),
    ),
    Barrier(
        id="excessive-caregiving",
        name="Excessive caregiving",
        kind=BarrierKind.SELF_PROTECTIVE,
        aliases=("caretaking", "over-giving", "always the helper"),
        summary=(
            "Looking after a partner's needs so constantly that your own never come up. "
            "Care is a good thing, but when it only flows one way the caregiver stays "
            "unseen and the relationship loses its give and take."
        ),
        signs=(
            "Rarely asks for anything and deflects offers of help.",
            "Knows every detail of the partner's needs but struggles to name their own.",
            "Feels uneasy or guilty when cared for.",
            "Quietly builds up exhaustion or resentment.",
        ),
        language_cues=(
            "don't worry about me",
            "my needs can wait",
            "i just want you to be happy",
            "i don't want to be a burden",
            "let me take care of it",
        ),
        root_causes=(
            "Having learned that being useful is the way to be loved.",
            "Discomfort with being the one who is vulnerable or in need.",
            "A family role as the responsible child or the peacemaker.",
        ),
        strategies=(
            "Name one need of your own each day and ask for it to be met.",
            "Practise receiving help without repaying it immediately.",
            "Treat self-care as part of caring for the relationship.",
        ),
        related=("alone-in-the-effort", "low-self-acceptance", "controlling-behaviour"),
        exercises=(
            "receiving-care",
            "self-compassion-break",
            "trust-yourself-check-in",
            "effort-audit",
        ),
        sources=(SEED_BLOCKING,),
    ),
    Barrier(
        id="numbing",
        name="Numbing",
        kind=BarrierKind.SELF_PROTECTIVE,
        aliases=("emotional numbing", "escapism", "zoning out"),
        summary=(
            "Dulling painful feelings with alcohol, drugs, gambling, endless screens or even "
            "sex. It brings short-term relief, but feelings left untended wither, and "
            "closeness withers with them."
        ),
        signs=(
            "Reaches for a drink, a game or a screen when tension rises.",
            "Spends most evenings absorbed in a device.",
            "Seems absent or flat during conversations that matter.",
            "Uses sex to escape rather than to connect.",
        ),
        language_cues=(
            "i just need a drink",
            "i just want to switch off",
            "one more episode, then we'll talk",
            "i don't want to think about it tonight",
            "it helps me unwind",
        ),
        root_causes=(
            "Feelings that seem too painful or too big to face.",
            "Past trauma or chronic stress.",
            "Never having learned other ways to soothe oneself.",
        ),
        strategies=(
            "Notice the moment of reaching for the escape and name the feeling behind it.",
            "Build calming alternatives that do not shut feelings off.",
            "Seek professional help early if a habit becomes hard to control.",
        ),
        related=("stoicism", "perpetual-motion", "past-trauma", "stress-and-external-pressures"),
        exercises=(
            "numbing-awareness-log",
            "name-the-feeling",
            "slow-down-pause",
            "personal-decompression",
            "suggest-professional-help",
        ),
        sources=(SEED_BLOCKING,),
    ),
    Barrier(
        id="anger-and-resentment",
        name="Anger and resentment as a smokescreen",
        kind=BarrierKind.SELF_PROTECTIVE,
        aliases=("emotional smokescreens", "holding a grudge", "resentment"),
        summary=(
            "Anger usually follows feeling wronged or disrespected, and it can protect a "
            "boundary. It becomes a wall when it is kept alive long after the event, "
            "because staying angry justifies never risking hurt again."
        ),
        signs=(
            "Brings up old grievances in new arguments.",
            "Stays cold or irritable long after a fight is over.",
            "Refuses apologies or repair attempts.",
            "Distrusts the partner's good actions.",
        ),
        language_cues=(
            "i'll never forget what you did",
            "why should i trust you again",
            "i'm still angry and i have every right to be",
            "don't expect me to just get over it",
            "after what you did, you don't get a say",
        ),
        root_causes=(
            "A hurt that was never acknowledged or repaired.",
            "Feeling unfairly treated or disrespected.",
            "Fear that letting go means it will happen again.",
        ),
        strategies=(
            "Look for the hurt and the unmet need under the anger.",
            "Ask for a specific repair, or decide consciously to let the grievance go.",
            "Calm your body before talking, so you can speak to the hurt instead of the anger.",
        ),
        related=("unresolved-conflict", "contempt", "criticism", "past-experiences"),
        exercises=(
            "resentment-release",
            "time-out-for-flooding",
            "personal-decompression",
            "gentle-start-up",
            "prompt-conflict-repair",
        ),
        categories=(Category.BLAME, Category.ACCUSATORY_QUESTION),
        sources=(SEED_BLOCKING, SEED_OVERCOMING),
    ),
)

_RELATIONAL: tuple[Barrier, ...] = (
    Barrier(
        id="fear-of-vulnerability",
        name="Fear of vulnerability",
        kind=BarrierKind.RELATIONAL,
        aliases=(
            "fear of rejection",
            "fear of judgement",
            "guardedness",
            "emotional hide-and-seek",
            "wearing a mask",
        ),
        summary=(
            "Holding back your real thoughts and feelings because you expect to be "
            "rejected, judged or hurt if they are seen. It keeps you safe and unknown at "
            "the same time; closeness needs you to be known."
        ),
        signs=(
            "Shares plans and facts but rarely feelings.",
            "Changes the subject or jokes when a conversation deepens.",
            "Shows a polished, capable version of themself even at home.",
            "Tests the partner before revealing anything personal.",
        ),
        language_cues=(
            "i'm fine, it's nothing",
            "i'd rather not get into it",
            "it's not a big deal",
            "you'll think i'm stupid",
            "i don't really do feelings",
            "forget i said anything",
        ),
        root_causes=(
            "Earlier experiences of betrayal, ridicule or rejection.",
            "Not accepting parts of oneself, and so expecting others not to either.",
            "Believing vulnerability is weakness.",
        ),
        strategies=(
            "Share small personal things first and go deeper as trust is confirmed.",
            "Build a safe space together in which sharing is met with respect.",
            "See vulnerability as courage, not weakness.",
            "Practise self-acceptance, so being seen feels less dangerous.",
        ),
        related=(
            "stoicism",
            "past-experiences",
            "past-trauma",
            "low-self-acceptance",
            "personality-traits",
        ),
        exercises=(
            "disclosure-ladder",
            "safe-space-agreement",
            "i-feel-mirror",
            "i-feel-daily",
            "i-feel-with-partner",
            "gentle-open-questions",
            "getting-to-know-you-questions",
            "self-compassion-break",
            "trust-yourself-check-in",
        ),
        categories=(Category.STONEWALLING,),
        sources=(SEED_BLOCKING, SEED_OVERCOMING, SEED_DEEPENING, SEED_OPEN_UP),
    ),
    Barrier(
        id="communication-breakdown",
        name="Communication breakdown",
        kind=BarrierKind.RELATIONAL,
        aliases=("communication issues", "poor communication", "misunderstandings"),
        summary=(
            "Talking past each other: poor listening, unclear wording, assumptions and "
            "unproductive arguing leave both partners misunderstood, and distance grows "
            "with each failed exchange."
        ),
        signs=(
            "The same misunderstanding keeps happening.",
            "One or both interrupt, or plan their reply while the other speaks.",
            "Needs are hinted at rather than said.",
            "Conversations end with both feeling unheard.",
        ),
        language_cues=(
            "that's not what i said",
            "i thought you knew what i meant",
            "we just talk past each other",
            "there's no point explaining it again",
            "i assumed you'd figure it out",
        ),
        root_causes=(
            "Never having learned listening or I-statements.",
            "Assumptions and mind reading in place of questions.",
            "Stress and tiredness that shorten patience.",
        ),
        strategies=(
            "Listen to understand, and reflect back before replying.",
            "Say feelings and needs clearly with I-statements instead of hints.",
            "Be patient with conflicts, and try couples counselling to build the skills.",
        ),
        related=(
            "unresolved-conflict",
            "feeling-misunderstood",
            "criticism",
            "defensiveness",
            "stonewalling",
        ),
        exercises=(
            "active-listening",
            "speaker-listener-turns",
            "i-feel-with-partner",
            "gentle-start-up",
            "prompt-conflict-repair",
        ),
        categories=(Category.MIND_READING, Category.ACCUSATORY_QUESTION, Category.FAUX_FEELING),
        sources=(SEED_OVERCOMING, SEED_DEEPENING),
    ),
    Barrier(
        id="past-trauma",
        name="Past trauma and emotional baggage",
        kind=BarrierKind.RELATIONAL,
        aliases=("past trauma", "emotional baggage", "old wounds"),
        summary=(
            "Trauma from childhood or from earlier relationships, whether it hurt body or "
            "mind, can keep shaping how someone relates, making trust hard and guardedness "
            "automatic. Owning one's baggage and healing it is work that often needs "
            "professional support."
        ),
        signs=(
            "Strong reactions that seem out of proportion to the present moment.",
            "Difficulty trusting despite the partner's reliability.",
            "Shutting down or going numb when certain topics come up.",
            "Avoiding closeness that feels similar to a past hurt.",
        ),
        language_cues=(
            "i can't go through that again",
            "i've been burned before",
            "i don't trust easily",
            "you'll leave like everyone else",
            "i don't want to talk about what happened",
        ),
        root_causes=(
            "Abuse, betrayal, loss or neglect earlier in life or in past relationships.",
            "Wounds that were never acknowledged or treated.",
        ),
        strategies=(
            "Acknowledge how the past affects the present relationship.",
            "Seek a trauma-informed therapist; if your partner carries old wounds as well, "
            "invite them to consider it too.",
            "Give healing time; it cannot be hurried.",
        ),
        related=("past-experiences", "fear-of-vulnerability", "numbing"),
        exercises=("suggest-professional-help", "respect-their-pace", "self-compassion-break"),
        sources=(SEED_OVERCOMING, SEED_DEEPENING, SEED_BLOCKING, SEED_OPEN_UP),
    ),
    Barrier(
        id="lack-of-quality-time",
        name="Lack of quality time",
        kind=BarrierKind.RELATIONAL,
        aliases=("no time together", "busy lifestyles", "living like roommates"),
        summary=(
            "Work, children and obligations squeeze out undistracted time together, and "
            "without it the couple gradually turns into co-managers of a household."
        ),
        signs=(
            "Conversations are mostly logistics.",
            "Evenings are spent in the same room on separate screens.",
            "Date plans are repeatedly cancelled or never made.",
        ),
        language_cues=(
            "we barely see each other",
            "maybe next weekend",
            "i'm too tired tonight",
            "we're like flatmates",
            "i'll make it up to you",
        ),
        root_causes=(
            "Demanding jobs and family duties.",
            "Treating the relationship as the thing that can wait.",
            "Screens filling the small gaps that used to be shared.",
        ),
        strategies=(
            "Book regular time together and protect it.",
            "Share a hobby or activity.",
            "Make small daily moments of undivided attention.",
        ),
        related=("perpetual-motion", "stress-and-external-pressures", "emotional-neglect"),
        exercises=(
            "quality-time-ritual",
            "connection-rituals",
            "stress-reducing-conversation",
            "getting-to-know-you-questions",
            "weekly-check-in",
            "shared-stress-map",
        ),
        sources=(SEED_OVERCOMING,),
    ),
    Barrier(
        id="unresolved-conflict",
        name="Unresolved conflict",
        kind=BarrierKind.RELATIONAL,
        aliases=("lingering arguments", "festering conflict", "swept under the rug"),
        summary=(
            "Disagreements that are dropped rather than settled stay alive under the "
            "surface and turn into resentment and distance."
        ),
        signs=(
            "The same argument returns in different forms.",
            "Topics are avoided because they 'always end badly'.",
            "Tension lingers for days after a fight.",
        ),
        language_cues=(
            "let's just drop it",
            "forget it, it doesn't matter",
            "here we go again",
            "we never sorted that out",
            "i'm not bringing that up again",
        ),
        root_causes=(
            "Avoiding conflict for fear it will get worse.",
            "Lacking the skills to argue constructively.",
            "Aiming to win rather than to solve.",
        ),
        strategies=(
            "Address issues soon and constructively.",
            "Listen to each other's perspective before proposing solutions.",
            "Look for compromises that meet both partners' needs.",
        ),
        related=(
            "anger-and-resentment",
            "communication-breakdown",
            "stonewalling",
            "defensiveness",
        ),
        exercises=(
            "prompt-conflict-repair",
            "gentle-start-up",
            "speaker-listener-turns",
            "active-listening",
            "time-out-for-flooding",
            "own-your-part",
            "weekly-check-in",
            "resentment-release",
            "suggest-professional-help",
        ),
        categories=(Category.ABSOLUTE, Category.STONEWALLING),
        sources=(SEED_OVERCOMING, SEED_DEEPENING),
    ),
    Barrier(
        id="emotional-neglect",
        name="Emotional neglect",
        kind=BarrierKind.RELATIONAL,
        aliases=("unmet emotional needs", "emotional unresponsiveness", "feeling invisible"),
        summary=(
            "Partners stop noticing or responding to each other's emotional needs, and one "
            "or both end up lonely while still together."
        ),
        signs=(
            "Bids for attention or comfort go unanswered.",
            "Little affection or appreciation is expressed.",
            "One partner has stopped sharing news or worries.",
        ),
        language_cues=(
            "i feel invisible here",
            "i'm lonely even when we're together",
            "i stopped telling you things",
            "you didn't even notice i was upset",
            "when did you last ask about my day",
        ),
        root_causes=(
            "Busyness, stress or distraction.",
            "Not knowing what the other needs emotionally.",
            "Habits from families where needs were ignored.",
        ),
        strategies=(
            "Notice and answer your partner's bids for connection.",
            "Show warmth, thanks and backing often, in small everyday ways.",
            "Talk openly about what each of you needs emotionally.",
        ),
        related=(
            "lack-of-quality-time",
            "lack-of-curiosity",
            "alone-in-the-effort",
            "feeling-misunderstood",
        ),
        exercises=(
            "appreciation-habit",
            "connection-rituals",
            "stress-reducing-conversation",
            "validate-before-responding",
            "curiosity-questions",
            "quality-time-ritual",
            "weekly-check-in",
            "getting-to-know-you-questions",
        ),
        categories=(Category.FAUX_FEELING, Category.MIND_READING),
        sources=(SEED_OVERCOMING, SEED_OPEN_UP),
    ),
    Barrier(
        id="unrealistic-expectations",
        name="Unrealistic expectations",
        kind=BarrierKind.RELATIONAL,
        aliases=("mismatched expectations", "comparing with other couples", "fairy-tale ideals"),
        summary=(
            "Holding an ideal of what intimacy should look like, or how fast it should "
            "grow, that the relationship cannot meet, which brings repeated disappointment "
            "and frustration."
        ),
        signs=(
            "Frequent comparisons with other couples or with the early days.",
            "Disappointment that the partner did not guess what was wanted.",
            "Impatience with the partner's pace of change.",
        ),
        language_cues=(
            "if you loved me you'd just know",
            "other couples don't have this problem",
            "we should be past this by now",
            "it shouldn't be this hard",
            "you should know what i need",
        ),
        root_causes=(
            "Ideals from films, social media or other couples.",
            "Expectations that were never said out loud.",
            "Believing intimacy stays the same instead of changing over time.",
        ),
        strategies=(
            "Talk openly about what intimacy means to each of you.",
            "Accept that closeness changes over time and looks different in each couple.",
            "Measure progress against your own starting point, not other couples.",
        ),
        related=("pressuring-to-open-up", "alone-in-the-effort", "criticism"),
        exercises=(
            "expectations-conversation",
            "celebrate-small-steps",
            "respect-their-pace",
            "weekly-check-in",
            "effort-audit",
        ),
        categories=(Category.DEMAND, Category.COMPARISON),
        sources=(SEED_OVERCOMING, SEED_OPEN_UP),
    ),
    Barrier(
        id="stress-and-external-pressures",
        name="Stress and external pressures",
        kind=BarrierKind.RELATIONAL,
        aliases=("job stress", "financial worries", "family obligations", "outside pressures"),
        summary=(
            "Pressures from outside the relationship, such as work, money or family duties, "
            "take up the attention and energy that closeness needs, and stressed partners "
            "can turn on each other instead of toward each other."
        ),
        signs=(
            "Conversations are dominated by problems and to-do lists.",
            "Irritability and short tempers at home.",
            "Little energy left for affection or fun.",
        ),
        language_cues=(
            "work is crushing me right now",
            "i can't think about us with all this going on",
            "we can't afford it",
            "once things calm down",
            "my family needs me again this weekend",
        ),
        root_causes=(
            "Job demands, financial strain, illness or caring duties.",
            "Carrying stress alone instead of sharing it.",
        ),
        strategies=(
            "Keep the relationship a priority even when pressures are high.",
            "Use stress-management habits, alone and together.",
            "Keep talking about what weighs on each of you, and tackle outside problems as a team.",
        ),
        related=("perpetual-motion", "lack-of-quality-time", "numbing"),
        exercises=(
            "stress-reducing-conversation",
            "shared-stress-map",
            "personal-decompression",
            "quality-time-ritual",
            "slow-down-pause",
        ),
        sources=(SEED_DEEPENING, SEED_OVERCOMING),
    ),
)

_ORIGIN: tuple[Barrier, ...] = (
    Barrier(
        id="past-experiences",
        name="Past hurt and broken trust",
        kind=BarrierKind.ORIGIN,
        aliases=("past experiences", "betrayal", "history of broken trust"),
        summary=(
            "Someone who has been betrayed, neglected or let down before may hesitate to "
            "be vulnerable again, because the last time it ended in pain."
        ),
        signs=(
            "Expects to be let down before anything has happened.",
            "Reveals personal things slowly and watches the reaction.",
            "Reacts strongly to small signs of unreliability.",
        ),
        language_cues=(
            "people always let me down",
            "i learned not to count on anyone",
            "my ex used what i told him against me",
            "i keep waiting for it to go wrong",
            "i've been lied to before",
        ),
        root_causes=(
            "Betrayal or infidelity in a past relationship.",
            "Emotional neglect or broken promises in childhood.",
        ),
        strategies=(
            "Be consistent and reliable over time; trust is rebuilt by repeated experience.",
            "Let them set the pace of sharing.",
            "Approach them with compassion, not frustration.",
        ),
        related=("past-trauma", "fear-of-vulnerability", "anger-and-resentment", "upbringing"),
        exercises=(
            "safe-space-agreement",
            "respect-their-pace",
            "disclosure-ladder",
            "trust-yourself-check-in",
            "family-feelings-history",
            "resentment-release",
            "suggest-professional-help",
        ),
        sources=(SEED_OPEN_UP, SEED_DEEPENING),
    ),
    Barrier(
        id="cultural-and-gender-norms",
        name="Cultural and gender norms",
        kind=BarrierKind.ORIGIN,
        aliases=("gender norms", "boys don't cry", "cultural expectations"),
        summary=(
            "Social messages that showing emotion is weak, especially for men, teach people "
            "to hide feelings, and that habit follows them into their relationships."
        ),
        signs=(
            "Treats emotional talk as embarrassing or unmanly.",
            "Expresses distress as anger or silence rather than sadness or fear.",
            "Is more open in private than when others are around.",
        ),
        language_cues=(
            "men don't talk about this stuff",
            "real men don't cry",
            "in my culture we keep it private",
            "people would laugh at me",
            "that's not how we do things",
        ),
        root_causes=(
            "Gender expectations learned in childhood, school and peer groups.",
            "Cultural or community values that favour privacy or endurance.",
        ),
        strategies=(
            "Respect the culture while showing that feelings are welcome at home.",
            "Use low-stakes practice to make naming feelings feel normal.",
            "Praise openness and never tease it.",
        ),
        related=("stoicism", "upbringing"),
        exercises=(
            "go-first",
            "name-the-feeling",
            "i-feel-mirror",
            "i-feel-daily",
            "family-feelings-history",
            "celebrate-small-steps",
        ),
        sources=(SEED_OPEN_UP,),
    ),
    Barrier(
        id="upbringing",
        name="Upbringing without words for feelings",
        kind=BarrierKind.ORIGIN,
        aliases=("upbringing", "family of origin", "never learned to talk about feelings"),
        summary=(
            "People who grew up where emotions were not discussed or taken seriously may "
            "find it hard even to recognise what they feel, let alone say it. Nobody "
            "taught them how intimacy is built."
        ),
        signs=(
            "Says 'I don't know' when asked how they feel, and means it.",
            "Describes feelings only as 'fine', 'stressed' or 'annoyed'.",
            "Seems puzzled or uneasy when a partner expresses emotion.",
        ),
        language_cues=(
            "that's how i was raised",
            "we never talked about feelings at home",
            "i honestly don't know what i'm feeling",
            "nobody ever asked me how i felt",
            "my parents never said sorry",
        ),
        root_causes=(
            "A family where emotions were ignored, punished or ridiculed.",
            "No model of adults resolving conflict or comforting each other.",
        ),
        strategies=(
            "Build a feelings vocabulary with a daily check-in.",
            "Talk together about how each family handled emotion.",
            "Approach with compassion: this is a missing skill, not a lack of love.",
        ),
        related=(
            "cultural-and-gender-norms",
            "stoicism",
            "past-experiences",
            "low-self-acceptance",
        ),
        exercises=(
            "name-the-feeling",
            "family-feelings-history",
            "i-feel-mirror",
            "i-feel-daily",
            "go-first",
        ),
        sources=(SEED_OPEN_UP, SEED_BLOCKING),
    ),
    Barrier(
        id="personality-traits",
        name="Reserved or independent temperament",
        kind=BarrierKind.ORIGIN,
        aliases=("personality traits", "introversion", "strong independence"),
        summary=(
            "Introverted or very independent people may find opening up uncomfortable "
            "because it is outside their natural way of being. This is a difference in "
            "style to work with, not a flaw to fix."
        ),
        signs=(
            "Needs time alone to process before talking.",
            "Prefers to solve problems independently.",
            "Shares more in writing or side by side than face to face.",
        ),
        language_cues=(
            "i need some time alone to recharge",
            "i'm just a private person",
            "i'd rather work it out on my own",
            "i'm not much of a talker",
            "give me a day to think about it",
        ),
        root_causes=(
            "Temperament: some people are naturally reserved or self-reliant.",
            "Needing more processing time before putting feelings into words.",
        ),
        strategies=(
            "Offer low-pressure formats: walks, messages, time to think first.",
            "Respect their need for space while staying available.",
            "Notice and welcome small openings.",
        ),
        related=("stoicism", "fear-of-vulnerability", "pressuring-to-open-up"),
        exercises=(
            "gentle-open-questions",
            "respect-their-pace",
            "celebrate-small-steps",
            "go-first",
            "disclosure-ladder",
            "i-feel-daily",
        ),
        sources=(SEED_OPEN_UP,),
    ),
    Barrier(
        id="low-self-acceptance",
        name="Low self-acceptance",
        kind=BarrierKind.ORIGIN,
        aliases=("insecurity", "self-rejection", "not liking who you are"),
        summary=(
            "If you dislike parts of yourself you will hide them, especially from someone "
            "whose rejection would hurt most, and you may sabotage closeness before it can "
            "expose you."
        ),
        signs=(
            "Harsh self-criticism.",
            "Expects to be rejected once the partner 'really' knows them.",
            "Pushes the partner away when things are going well.",
        ),
        language_cues=(
            "if you really knew me you'd leave",
            "i'm not good enough for you",
            "who'd want to hear about my problems",
            "i always ruin things",
            "i hate that side of me",
        ),
        root_causes=(
            "Critical or shaming experiences in childhood or past relationships.",
            "Individual insecurities and a harsh inner critic.",
        ),
        strategies=(
            "Practise self-compassion regularly.",
            "Build trust in your ability to look after yourself.",
            "Share less-loved parts of yourself gradually, with a partner who has shown "
            "they are safe.",
            "A therapist can help when self-criticism is severe.",
        ),
        related=("fear-of-vulnerability", "upbringing", "excessive-caregiving"),
        exercises=("self-compassion-break", "trust-yourself-check-in", "disclosure-ladder"),
        sources=(SEED_BLOCKING, SEED_OVERCOMING),
    ),
)

_PARTNER_DYNAMIC: tuple[Barrier, ...] = (
    Barrier(
        id="feeling-misunderstood",
        name="Feeling misunderstood and invalidated",
        kind=BarrierKind.PARTNER_DYNAMIC,
        aliases=("invalidation", "not feeling understood", "an emotional wall"),
        summary=(
            "When a partner feels their experience is not understood or is dismissed, they "
            "stop listening and put up a wall. Once they feel understood and validated, the "
            "wall has less reason to stay."
        ),
        signs=(
            "The partner has stopped explaining themself.",
            "Conversations end with 'forget it'.",
            "Your reasons and arguments no longer reach them.",
        ),
        language_cues=(
            "you just don't get it",
            "forget it, you won't understand",
            "nobody listens to me",
            "what's the point of explaining",
            "you're not even trying to see my side",
        ),
        root_causes=(
            "A partner who argues with feelings instead of acknowledging them.",
            "Opinions and judgements offered in place of understanding.",
        ),
        strategies=(
            "See the relationship from your partner's perspective, without judgement.",
            "Validate their feelings before offering your own view.",
            "Tell them you have tried to understand, and check whether you got it right.",
        ),
        related=(
            "lack-of-empathy",
            "injecting-own-story",
            "communication-breakdown",
            "emotional-neglect",
        ),
        exercises=(
            "validate-before-responding",
            "active-listening",
            "perspective-taking",
            "listen-or-help",
            "speaker-listener-turns",
            "safe-space-agreement",
        ),
        categories=(Category.INVALIDATION,),
        sources=(SEED_WALLS, SEED_OPEN_UP),
    ),
    Barrier(
        id="alone-in-the-effort",
        name="Feeling alone in the effort",
        kind=BarrierKind.PARTNER_DYNAMIC,
        aliases=("one-sided effort", "carrying the relationship", "isolated within the couple"),
        summary=(
            "One partner feels they are the only one working at the relationship, "
            "whether or not that is accurate. Feeling isolated while in a couple is "
            "exhausting, and it often comes before a decision to leave."
        ),
        signs=(
            "One partner always initiates talks, plans and repairs.",
            "Expressions of hopelessness or exhaustion about the relationship.",
            "Talk of giving up.",
        ),
        language_cues=(
            "i can't do this anymore",
            "i'm the only one trying",
            "i'm tired of carrying us",
            "i feel so alone in this",
            "why am i always the one who reaches out",
        ),
        root_causes=(
            "Unequal effort, or effort that the other partner does not see.",
            "Unspoken expectations about who does what.",
            "Long-term emotional neglect.",
        ),
        strategies=(
            "Take the feeling seriously, whatever you think of the facts.",
            "Make both partners' contributions visible and rebalance them.",
            "Show effort in deeds as well as words.",
        ),
        related=("emotional-neglect", "excessive-caregiving", "unrealistic-expectations"),
        exercises=(
            "effort-audit",
            "perspective-taking",
            "appreciation-habit",
            "weekly-check-in",
            "shared-stress-map",
            "own-your-part",
            "expectations-conversation",
            "receiving-care",
        ),
        sources=(SEED_WALLS,),
    ),
    Barrier(
        id="lack-of-empathy",
        name="Lack of empathy",
        kind=BarrierKind.PARTNER_DYNAMIC,
        aliases=("empathy gap", "not seeing the other's perspective", "half-listening"),
        summary=(
            "Not trying, or not managing, to imagine what your partner feels. Empathy can "
            "be developed through listening fully and deliberately taking the other's "
            "perspective, but it is a choice each partner must make."
        ),
        signs=(
            "Half-listening while thinking about something else.",
            "Judging the partner's reactions by how one would have reacted oneself.",
            "Surprise when the partner says they were hurt.",
        ),
        language_cues=(
            "i don't see why that's a big deal",
            "i'd never have reacted like that",
            "that's not how it happened",
            "you're overthinking it",
            "sorry, i wasn't really listening",
        ),
        root_causes=(
            "Habitual self-focus or distraction.",
            "Never having been shown empathy oneself.",
            "Fear of what one might feel if one let the other's pain in.",
        ),
        strategies=(
            "Listen without adding your own thoughts.",
            "Imagine the relationship from the partner's side, bad times and good.",
            "Stay curious about the partner's inner life.",
        ),
        related=("feeling-misunderstood", "injecting-own-story", "lack-of-curiosity", "contempt"),
        exercises=(
            "perspective-taking",
            "active-listening",
            "validate-before-responding",
            "curiosity-questions",
            "family-feelings-history",
        ),
        categories=(Category.INVALIDATION,),
        sources=(SEED_WALLS, SEED_OVERCOMING),
    ),
    Barrier(
        id="controlling-behaviour",
        name="Controlling or smothering behaviour",
        kind=BarrierKind.PARTNER_DYNAMIC,
        aliases=("smothering", "possessiveness", "control"),
        summary=(
            "Checking up on, directing or crowding a partner, often driven by fear of losing "
            "them, leaves the partner feeling trapped and pushes them away. People often do "
            "not see their own controlling behaviour until later."
        ),
        signs=(
            "Frequent questions about where the partner is and who they are with.",
            "Decisions made for the partner.",
            "Anger or panic when the partner wants time apart.",
        ),
        language_cues=(
            "where were you tonight",
            "you have to tell me everything",
            "i just need to know where you are",
            "you're not going without me",
            "i'm only doing this because i love you",
        ),
        root_causes=(
            "Fear of being left or of losing what you have.",
            "Anxiety that is soothed by control.",
            "Controlling relationships seen or experienced before.",
        ),
        strategies=(
            "Find the fear under the urge to control and calm it in other ways.",
            "Ask what kind of contact feels good to your partner.",
            "Get professional help for jealousy or monitoring; coercive control is abuse.",
        ),
        related=("injecting-own-story", "pressuring-to-open-up", "excessive-caregiving"),
        exercises=(
            "loosen-the-grip",
            "perspective-taking",
            "listen-or-help",
            "suggest-professional-help",
        ),
        categories=(Category.DEMAND, Category.THREAT, Category.ACCUSATORY_QUESTION),
        sources=(SEED_WALLS,),
    ),
    Barrier(
        id="injecting-own-story",
        name="Injecting your own story and opinions",
        kind=BarrierKind.PARTNER_DYNAMIC,
        aliases=(
            "unsolicited opinions",
            "making it about me",
            "fixing instead of listening",
        ),
        summary=(
            "Answering your partner's experience with your opinions, advice or a story of "
            "your own. However well meant, it tells them you are not trying to understand, "
            "and solving their problem can feel like criticism."
        ),
        signs=(
            "Advice comes before any questions.",
            "The conversation ends up being about your experience.",
            "The partner says 'never mind' and stops sharing.",
        ),
        language_cues=(
            "if i were you i'd",
            "you should just",
            "that's nothing, when i was",
            "here's what you need to do",
            "the same thing happened to me",
        ),
        root_causes=(
            "Wanting to help, and discomfort with sitting in someone else's pain.",
            "Habitually relating everything to one's own experience.",
        ),
        strategies=(
            "Ask whether your partner wants listening or help.",
            "Keep your opinions out until they are invited.",
            "Get curious about their view of events.",
        ),
        related=("feeling-misunderstood", "lack-of-empathy", "controlling-behaviour"),
        exercises=(
            "listen-or-help",
            "active-listening",
            "perspective-taking",
            "stress-reducing-conversation",
            "loosen-the-grip",
        ),
        categories=(Category.UNSOLICITED_ADVICE,),
        sources=(SEED_WALLS, SEED_BLOCKING, SEED_OPEN_UP),
    ),
    Barrier(
        id="pressuring-to-open-up",
        name="Pressuring a partner to open up",
        kind=BarrierKind.PARTNER_DYNAMIC,
        aliases=("interrogating", "pushing for disclosure", "forcing the conversation"),
        summary=(
            "Pushing a reserved partner to talk before they are ready, with many questions "
            "or demands, usually makes them close up further. Patience and gentle "
            "invitations work better than pressure."
        ),
        signs=(
            "Rapid-fire or 'why' questions about the partner's silence.",
            "Frustration or hurt shown when the partner does not share.",
            "Comparing the partner with more open people.",
        ),
        language_cues=(
            "why won't you just tell me",
            "we're not leaving until you talk",
            "just say what's wrong",
            "i shouldn't have to drag it out of you",
            "why can't you open up like everyone else",
        ),
        root_causes=(
            "Anxiety about the relationship when a partner goes quiet.",
            "Expectations about how fast intimacy should grow.",
        ),
        strategies=(
            "Use gentle, open questions and accept short answers.",
            "Let the partner set the pace, and celebrate small openings.",
            "Meet your own needs for support from other people too.",
        ),
        related=("personality-traits", "controlling-behaviour", "unrealistic-expectations"),
        exercises=(
            "gentle-open-questions",
            "respect-their-pace",
            "celebrate-small-steps",
            "go-first",
            "safe-space-agreement",
            "expectations-conversation",
        ),
        categories=(Category.DEMAND, Category.ACCUSATORY_QUESTION),
        sources=(SEED_OPEN_UP,),
    ),
    Barrier(
        id="lack-of-curiosity",
        name="Lack of curiosity about your partner",
        kind=BarrierKind.PARTNER_DYNAMIC,
        aliases=("taking each other for granted", "assuming you know them", "not asking"),
        summary=(
            "Stopping asking questions because you assume you already know your partner. "
            "People change, and assumptions take the place of real knowing; people who "
            "struggle with intimacy often keep their distance this way."
        ),
        signs=(
            "Few questions about the partner's day, work, hopes or past.",
            "Finishing the partner's sentences, or guessing their opinions for them.",
            "Surprise at learning something basic about them.",
        ),
        language_cues=(
            "i already know what you'll say",
            "what's left to ask after all these years",
            "you haven't changed a bit",
            "i know you better than you know yourself",
            "we've got nothing new to talk about",
        ),
        root_causes=(
            "Familiarity and routine.",
            "Keeping distance to avoid real intimacy.",
        ),
        strategies=(
            "Ask about your partner's opinions, feelings, hopes, work, childhood and friends.",
            "Think about them as a person with an inner life when they are not around.",
        ),
        related=("emotional-neglect", "lack-of-empathy"),
        exercises=(
            "curiosity-questions",
            "getting-to-know-you-questions",
            "gentle-open-questions",
        ),
        categories=(Category.MIND_READING,),
        sources=(SEED_BLOCKING,),
    ),
)

_COMMUNICATION: tuple[Barrier, ...] = (
    Barrier(
        id="criticism",
        name="Criticism",
        kind=BarrierKind.COMMUNICATION_PATTERN,
        aliases=("character attacks", "the first horseman"),
        summary=(
            "Turning a complaint about a situation into an attack on the partner's "
            "character. Research on couples finds it one of four patterns that predict "
            "breakdown; the antidote is a gentle start-up about your own feeling and need."
        ),
        signs=(
            "Complaints framed with 'you always' or 'you never'.",
            "Labels such as lazy, selfish or useless.",
            "Lists of the partner's failings.",
        ),
        language_cues=(
            "you always do this",
            "what's wrong with you",
            "you're so selfish",
            "you never think of anyone else",
            "why can't you ever do anything right",
        ),
        root_causes=(
            "Complaints that were held back until they boiled over.",
            "Frustration without the words to name one's own feelings and needs.",
        ),
        strategies=(
            "Describe the situation, your feeling and a positive request.",
            "Raise complaints early, while they are small.",
            "Balance complaints with appreciation.",
        ),
        related=(
            "contempt",
            "defensiveness",
            "anger-and-resentment",
            "communication-breakdown",
            "unrealistic-expectations",
        ),
        exercises=(
            "gentle-start-up",
            "i-feel-with-partner",
            "appreciation-habit",
            "speaker-listener-turns",
            "safe-space-agreement",
        ),
        categories=(
            Category.LABEL,
            Category.ABSOLUTE,
            Category.BLAME,
            Category.ACCUSATORY_QUESTION,
            Category.COMPARISON,
        ),
        sources=(FOUR_HORSEMEN,),
    ),
    Barrier(
        id="contempt",
        name="Contempt",
        kind=BarrierKind.COMMUNICATION_PATTERN,
        aliases=("mockery", "sarcasm and disgust", "the second horseman"),
        summary=(
            "Speaking to the partner from a position of superiority: sarcasm, mockery, "
            "eye-rolling, disgust. Research on couples finds it the strongest predictor of "
            "breakdown; the antidote is building a habit of appreciation and respect."
        ),
        signs=(
            "Eye-rolling, sneering or mocking imitation.",
            "Sarcastic praise.",
            "Name-calling and put-downs, sometimes in front of others.",
        ),
        language_cues=(
            "oh, great job, genius",
            "grow up",
            "you're pathetic",
            "sure thing, your highness",
            "i can't believe i married you",
        ),
        root_causes=(
            "Long-held resentment and negative thoughts about the partner.",
            "A sense of being superior.",
        ),
        strategies=(
            "Notice and say what you appreciate in your partner every day.",
            "Express the hurt or need under the contempt directly.",
            "If contempt is routine, get help from a couples therapist.",
        ),
        related=("criticism", "anger-and-resentment", "lack-of-empathy"),
        exercises=("appreciation-habit", "resentment-release", "suggest-professional-help"),
        categories=(Category.CONTEMPT,),
        sources=(FOUR_HORSEMEN,),
    ),
    Barrier(
        id="defensiveness",
        name="Defensiveness",
        kind=BarrierKind.COMMUNICATION_PATTERN,
        aliases=("counter-attacking", "playing the victim", "the third horseman"),
        summary=(
            "Warding off a complaint by denying, making excuses or complaining back. It "
            "feels like self-protection but tells the partner their concern does not count. "
            "The antidote is taking responsibility for even part of the problem."
        ),
        signs=(
            "Excuses offered before the partner has finished.",
            "Complaints answered with counter-complaints.",
            "An innocent-victim stance.",
        ),
        language_cues=(
            "it's not my fault",
            "well, you're not perfect either",
            "i was only trying to help",
            "what about the time you forgot",
            "don't put this on me",
        ),
        root_causes=(
            "Feeling attacked, especially by criticism.",
            "Shame about having made a mistake.",
        ),
        strategies=(
            "Find the part of the complaint that is true and own it.",
            "Listen and reflect before you explain.",
            "Take a break if you feel flooded, then come back.",
        ),
        related=("criticism", "stonewalling", "communication-breakdown", "unresolved-conflict"),
        exercises=(
            "own-your-part",
            "validate-before-responding",
            "active-listening",
            "speaker-listener-turns",
            "time-out-for-flooding",
        ),
        categories=(Category.DEFENSIVENESS,),
        sources=(FOUR_HORSEMEN, SEED_OPEN_UP),
    ),
    Barrier(
        id="stonewalling",
        name="Stonewalling",
        kind=BarrierKind.COMMUNICATION_PATTERN,
        aliases=("shutting down", "the silent treatment", "the fourth horseman"),
        summary=(
            "Withdrawing from an interaction: going silent, turning away, leaving without a "
            "word. It often happens when someone is physiologically flooded. The antidote "
            "is a time-out to calm down, with an agreed return."
        ),
        signs=(
            "Silence, looking away, busying oneself with a phone.",
            "Leaving the room in the middle of a conversation.",
            "One-word answers that close the topic.",
        ),
        language_cues=(
            "whatever",
            "i don't want to talk about it",
            "i'm done",
            "leave me alone",
            "fine. are we finished?",
        ),
        root_causes=(
            "Being overwhelmed by the intensity of a conflict (flooding).",
            "Having learned that withdrawing ends arguments.",
        ),
        strategies=(
            "Agree on a time-out signal and always come back at the agreed time.",
            "Soothe yourself during the break instead of rehearsing the argument.",
            "Say that you need a pause instead of simply going silent.",
        ),
        related=("defensiveness", "communication-breakdown", "unresolved-conflict"),
        exercises=(
            "time-out-for-flooding",
            "personal-decompression",
            "speaker-listener-turns",
            "prompt-conflict-repair",
        ),
        categories=(Category.STONEWALLING,),
        sources=(FOUR_HORSEMEN,),
    ),
)

BARRIERS: tuple[Barrier, ...] = (
    *_SELF_PROTECTIVE,
    *_RELATIONAL,
    *_ORIGIN,
    *_PARTNER_DYNAMIC,
    *_COMMUNICATION,
)
"""All barriers, in a stable order: grouped by kind, then as they are usually met."""
