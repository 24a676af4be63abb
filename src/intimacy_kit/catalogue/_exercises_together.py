"""Exercises for time together, stress, conflict and repair, safety, pace and outside help.

Part of the exercise catalogue; :mod:`intimacy_kit.catalogue._exercises` gathers the families.
"""

from __future__ import annotations

from intimacy_kit.catalogue._model import Difficulty, Exercise, Who
from intimacy_kit.catalogue._sources import (
    COUPLES_PRACTICE,
    FOUR_HORSEMEN,
    SEED_BLOCKING,
    SEED_DEEPENING,
    SEED_OPEN_UP,
    SEED_OVERCOMING,
    SEED_WALLS,
)

__all__ = ["TOGETHER_EXERCISES"]

TOGETHER_EXERCISES: tuple[Exercise, ...] = (
    Exercise(
        id="quality-time-ritual",
        title="A protected weekly date",
        purpose=(
            "Give the relationship a fixed, undistracted slot in the calendar so that "
            "closeness does not depend on having spare time, which busy couples never have."
        ),
        steps=(
            "Open both calendars now and book one recurring two-hour slot a week, treated "
            "like a work appointment: moved only by agreement, never just dropped.",
            "Take turns choosing the activity: a walk, cooking together, a class, a shared "
            "hobby. Anything where you can talk or do something side by side.",
            "Phones go in a bag or a drawer for the whole slot; arrange childcare or a "
            "'do not disturb' in advance.",
            "Leave logistics, money and problems for another time; this slot is for "
            "enjoying each other.",
            "At the end, each say one thing you liked about the time together.",
        ),
        who=Who.TOGETHER,
        minutes=60,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "Thursday evening is ours. I've told work I'm offline.",
            "Your pick this week: pottery class or the coast path?",
            "Let's park the boiler question until tomorrow.",
        ),
        cautions=(
            "A date cannot repair a conflict you both avoid; if dates keep turning into "
            "fights, work on the conflict first.",
            "If one partner always cancels, talk about that directly rather than letting "
            "resentment build; if talking does not change it, a counsellor can help.",
        ),
        barriers=(
            "lack-of-quality-time",
            "perpetual-motion",
            "emotional-neglect",
            "stress-and-external-pressures",
        ),
        sources=(SEED_OVERCOMING, SEED_DEEPENING),
    ),
    Exercise(
        id="connection-rituals",
        title="Small daily rituals of connection",
        purpose=(
            "Keep a thread of closeness through busy days with tiny, reliable moments: how "
            "you part, how you reunite and how you end the day."
        ),
        steps=(
            "Agree on three moments: leaving in the morning, coming home, and going to bed.",
            "For each, pick a small ritual: a real hug of a few breaths, a question about "
            "the other's day ahead, ten minutes on the sofa before screens go on.",
            "Do them every day for two weeks, even when you are tired or irritated.",
            "After two weeks, keep what felt good and change what felt forced.",
        ),
        who=Who.TOGETHER,
        minutes=10,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "What's the one thing you're dreading today?",
            "Come here, hug first, news later.",
            "How did the meeting go in the end?",
        ),
        cautions=(
            "Rituals keep a connection going; they do not replace real conversations about "
            "problems.",
            "If even small rituals feel impossible or are met with coldness, the distance "
            "may need a couples therapist's help to close.",
        ),
        barriers=("lack-of-quality-time", "emotional-neglect", "perpetual-motion"),
        sources=(COUPLES_PRACTICE, SEED_OVERCOMING),
    ),
    Exercise(
        id="stress-reducing-conversation",
        title="The daily stress-reducing conversation",
        purpose=(
            "Help each other with stress that comes from outside the relationship (work, "
            "family, money) so that it brings you closer instead of pulling you apart. The "
            "listener's job is to be on their partner's side, not to solve."
        ),
        steps=(
            "Once a day, at a set time, take about ten minutes each; one talks about what "
            "is stressing them outside the relationship, the other listens.",
            "The listener shows interest and takes their partner's side ('That sounds "
            "unfair'), even if they can see the other person's point.",
            "The listener holds back advice unless asked, and asks questions instead: "
            "'What's the worst part of it?'",
            "End with a gesture of support (a hug, a cup of tea, an offer of practical "
            "help), then swap roles.",
            "Keep relationship complaints out of this conversation; they belong in the "
            "weekly check-in.",
        ),
        who=Who.TOGETHER,
        minutes=20,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "That sounds really unfair. No wonder you're fed up.",
            "What's weighing on you most?",
            "I'm on your side here.",
            "Do you want a hand with the email, or just to vent?",
        ),
        cautions=(
            "If the stress is about the relationship itself, use a conflict conversation instead.",
            "Chronic stress with poor sleep, panic or low mood deserves a doctor's or "
            "therapist's attention, not just a supportive partner.",
        ),
        barriers=(
            "stress-and-external-pressures",
            "emotional-neglect",
            "injecting-own-story",
            "lack-of-quality-time",
        ),
        sources=(COUPLES_PRACTICE, SEED_DEEPENING, SEED_OVERCOMING),
    ),
    Exercise(
        id="personal-decompression",
        title="A personal decompression routine",
        purpose=(
            "Lower your own stress and arousal before you meet your partner, using "
            "something that calms rather than numbs: movement, breathing, a hobby."
        ),
        steps=(
            "Pick one calming activity you can do in fifteen minutes: a brisk walk, a slow "
            "breathing exercise (in for four, out for six), stretching, playing an "
            "instrument, gardening.",
            "Do it at a fixed point each day, for example between work and home.",
            "Rate your tension from 0 to 10 before and after, and write both numbers down.",
            "Tell your partner about the routine so they know what you are doing and can "
            "protect the time.",
        ),
        who=Who.SOLO,
        minutes=15,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "Give me fifteen minutes to walk it off, then I'm all yours.",
            "I went in at a seven and came out at a four.",
        ),
        cautions=(
            "A routine that turns into hiding for hours is a retreat, not self-care; keep "
            "it short and come back.",
            "If stress stays high despite good habits, see a doctor or therapist.",
        ),
        barriers=(
            "stress-and-external-pressures",
            "perpetual-motion",
            "numbing",
            "anger-and-resentment",
            "stonewalling",
        ),
        sources=(SEED_DEEPENING, COUPLES_PRACTICE),
    ),
    Exercise(
        id="shared-stress-map",
        title="Map the pressures together",
        purpose=(
            "Turn outside pressures from a private burden into a shared problem. Listing "
            "them together makes it easier to drop, share or get help with some of them, "
            "and to protect the relationship while they last."
        ),
        steps=(
            "Each write down every pressure you are carrying right now: work, money, "
            "family duties, health, the house.",
            "Put both lists on the table and mark each item: can drop, can share, can ask "
            "for outside help with, have to carry for now.",
            "Choose one item to act on this week, and decide who does what.",
            "Agree on one thing you will protect for the relationship during this busy "
            "period, such as Sunday mornings or the bedtime talk.",
            "Put a date in the calendar to look at the map again in a month.",
        ),
        who=Who.TOGETHER,
        minutes=30,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "I didn't realise you were still doing all of your mum's shopping.",
            "Could we pay for a cleaner for three months while the project's on?",
            "Whatever happens, Sunday breakfast stays ours.",
        ),
        cautions=(
            "Debt, caring for an ill relative and job loss can need professional advice "
            "(financial, medical, legal) as well as a plan between you.",
        ),
        barriers=(
            "stress-and-external-pressures",
            "alone-in-the-effort",
            "lack-of-quality-time",
        ),
        sources=(SEED_DEEPENING, SEED_OVERCOMING),
    ),
    Exercise(
        id="slow-down-pause",
        title="A daily ten-minute pause",
        purpose=(
            "Practise being still, for people who keep moving so they never have to feel "
            "what is underneath. Closeness needs a slower gear."
        ),
        steps=(
            "Once a day, sit somewhere quiet for ten minutes with no phone, book or task.",
            "Notice the urge to get up or check something; name it ('restless') and stay put.",
            "Ask yourself what you would feel if there were nothing left to do today, and "
            "write down the first answer.",
            "After a week, invite your partner to sit with you for the last few minutes, "
            "without needing to talk.",
        ),
        who=Who.SOLO,
        minutes=10,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "I'm going to sit on the step for ten minutes. Want to join me for the end?",
            "It's weird, sitting still made me feel sad.",
        ),
        cautions=(
            "If stillness brings up panic or old memories, keep the pause shorter and "
            "consider talking to a therapist.",
        ),
        barriers=("perpetual-motion", "numbing", "stress-and-external-pressures"),
        sources=(SEED_BLOCKING,),
    ),
    Exercise(
        id="numbing-awareness-log",
        title="Catch the urge to numb",
        purpose=(
            "Notice which feelings you escape from with drink, screens, gambling or other "
            "habits, so you can choose to feel or share them instead."
        ),
        steps=(
            "For one week, each time you reach for your usual escape, stop for one minute first.",
            "Write down the time, what happened just before, and the feeling you would "
            "rather not have (bored, lonely, anxious, angry, ashamed).",
            "Decide consciously: go ahead, or try an alternative first (a walk, a shower, "
            "telling your partner 'I'm feeling ___').",
            "At the end of the week, read the log and look for the two most common "
            "feelings. Share one of them with your partner.",
        ),
        who=Who.SOLO,
        minutes=10,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "I noticed I reach for my phone whenever we start talking about money.",
            "I'm about to zone out in front of the TV, and I think I'm actually lonely.",
        ),
        cautions=(
            "If you cannot cut down, if the habit harms your health, money or safety, or if "
            "stopping brings withdrawal, seek professional help for addiction; a log is not "
            "treatment.",
        ),
        barriers=("numbing", "perpetual-motion"),
        sources=(SEED_BLOCKING,),
    ),
    Exercise(
        id="prompt-conflict-repair",
        title="Settle it soon: a constructive conflict conversation",
        purpose=(
            "Deal with a disagreement within a day or two, calmly and aiming at a shared "
            "solution, before it hardens into resentment."
        ),
        steps=(
            "Within 48 hours of a disagreement, ask for a time to talk: 'Can we sort out "
            "Saturday tonight after dinner?'",
            "Each take five uninterrupted minutes to describe your view and feelings with "
            "I-statements; the other summarises before replying.",
            "Name the need under each position (rest, fairness, feeling included), and "
            "look for the overlap.",
            "Brainstorm at least three options without judging them, then pick one you can "
            "both accept for a trial period.",
            "Agree when you will check how the trial is going, and thank each other for "
            "staying in the conversation.",
        ),
        who=Who.TOGETHER,
        minutes=30,
        difficulty=Difficulty.HARD,
        example_phrases=(
            "I'd like us to sort this out rather than let it sit. Is tonight OK?",
            "What I need underneath this is to feel we're a team on the weekends.",
            "Could we try it your way for two weeks and see?",
        ),
        cautions=(
            "If either of you gets flooded (racing heart, shouting, shutting down), take "
            "the agreed time-out and come back.",
            "Recurring fights about the same issue, or any fear of the other's reaction, "
            "are reasons to see a couples therapist.",
        ),
        barriers=(
            "unresolved-conflict",
            "anger-and-resentment",
            "communication-breakdown",
            "stonewalling",
        ),
        sources=(SEED_OVERCOMING, SEED_DEEPENING, COUPLES_PRACTICE),
    ),
    Exercise(
        id="gentle-start-up",
        title="Gentle start-up: raise a complaint without an attack",
        purpose=(
            "Bring up a problem in a way that describes a situation and your feeling and "
            "asks for something, instead of criticising your partner's character. How a "
            "conversation starts strongly predicts how it ends."
        ),
        steps=(
            "Before you speak, write the complaint as: 'When [specific event], I feel "
            "[feeling], and I'd like [positive request].'",
            "Strike out 'always', 'never', labels ('lazy', 'selfish') and guesses about motives.",
            "Start calmly and early, before your irritation has built up.",
            "Say the sentence, then stop and listen to the answer.",
        ),
        who=Who.PARTNER,
        minutes=5,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "When the bins are still out on Tuesday, I feel stressed. Could you take them "
            "in when you get home?",
            "I feel lonely when we eat in front of our phones. Could we keep dinner screen-free?",
        ),
        cautions=(
            "A gentle start is not hinting; be clear about what you would like.",
            "If every complaint is met with contempt or rage, the issue is bigger than "
            "phrasing; seek outside help.",
        ),
        barriers=(
            "criticism",
            "communication-breakdown",
            "unresolved-conflict",
            "anger-and-resentment",
        ),
        sources=(FOUR_HORSEMEN, SEED_OVERCOMING, SEED_OPEN_UP),
    ),
    Exercise(
        id="time-out-for-flooding",
        title="Time-out for flooding, with an agreed return",
        purpose=(
            "Stop an argument that has become too heated to be useful, calm your body, and "
            "come back at an agreed time. A break with a return time is the antidote to "
            "stonewalling; a walk-out without one feels like abandonment."
        ),
        steps=(
            "In a calm moment, agree on a neutral signal (a word or a hand sign) that "
            "either of you can use when they feel overwhelmed.",
            "When one of you uses it, stop talking at once. The person asking says when "
            "they will come back, at least twenty minutes and no more than a day later.",
            "Spend the break doing something soothing (walking, breathing, music), not "
            "rehearsing your case or scrolling through the argument.",
            "Return at the agreed time, even if only to set another time. Begin by each "
            "saying one thing you understood about the other's view.",
        ),
        who=Who.TOGETHER,
        minutes=30,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "I'm flooded. I need a break; I'll come find you at eight.",
            "Pause. Can we come back to this after a walk?",
            "I'm back. Here's what I understood about your side.",
        ),
        cautions=(
            "A time-out used to dodge every hard topic becomes stonewalling; always return.",
            "If arguments involve threats, intimidation or violence, a time-out is not "
            "enough: put safety first and contact a domestic abuse service or a "
            "professional.",
        ),
        barriers=("stonewalling", "anger-and-resentment", "defensiveness", "unresolved-conflict"),
        sources=(COUPLES_PRACTICE, FOUR_HORSEMEN),
    ),
    Exercise(
        id="own-your-part",
        title="Own your part",
        purpose=(
            "Replace the reflex to defend with taking responsibility for even a small piece "
            "of the problem. It is the antidote to defensiveness and usually calms the "
            "other person at once."
        ),
        steps=(
            "When you hear a complaint and feel the urge to explain or counter-attack, take "
            "one breath first.",
            "Look for the part that is true, however small, and say it: 'You're right that "
            "I didn't call.'",
            "Add an apology for that part, without 'but'.",
            "Say what you will do differently next time, and then ask whether there is more "
            "they need you to hear.",
        ),
        who=Who.PARTNER,
        minutes=10,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "You're right, I did forget, and I'm sorry.",
            "Fair point. I got sharp with you, and that's on me.",
            "Next time I'll text if I'm running late.",
        ),
        cautions=(
            "Owning your part does not mean accepting blame for everything, or for abuse.",
            "If you are being blamed for things you did not do, week after week, that is "
            "worth taking to a therapist.",
        ),
        barriers=("defensiveness", "unresolved-conflict", "alone-in-the-effort"),
        sources=(FOUR_HORSEMEN, SEED_OPEN_UP),
    ),
    Exercise(
        id="resentment-release",
        title="Work through an old grudge",
        purpose=(
            "Look at an anger you have held onto for a long time, find the hurt and the "
            "need under it, and decide whether to ask for repair or let it go, so it stops "
            "being a reason to stay closed."
        ),
        steps=(
            "Write down the event, what you told yourself it meant, and how long you have "
            "carried it.",
            "Under it, write the hurt (humiliated, scared, alone) and the need that was not "
            "met (respect, safety, support).",
            "Ask yourself what the anger protects you from now, and what it costs the "
            "relationship.",
            "Decide: ask your partner for a specific repair, or choose to let it go and "
            "tell them so. Write down which.",
            "If you ask for repair, do it with an I-statement at a calm time, and listen to "
            "their side.",
        ),
        who=Who.SOLO,
        minutes=30,
        difficulty=Difficulty.HARD,
        example_phrases=(
            "I've held onto what happened at your sister's wedding. I'd like to talk about "
            "it properly so I can put it down.",
            "What I needed then was for you to stand up for me.",
        ),
        cautions=(
            "Letting go is not pretending it did not matter, and it is not a duty if the "
            "hurt is ongoing.",
            "Betrayal, infidelity or abuse usually need a therapist's help to work through.",
        ),
        barriers=(
            "anger-and-resentment",
            "unresolved-conflict",
            "contempt",
            "past-experiences",
        ),
        sources=(SEED_BLOCKING, SEED_OVERCOMING),
    ),
    Exercise(
        id="weekly-check-in",
        title="The weekly check-in",
        purpose=(
            "A short, regular meeting about the relationship itself, so small issues are "
            "raised while they are still small and both partners share the upkeep."
        ),
        steps=(
            "Pick the same time each week (for example Sunday at seven) and keep it to "
            "thirty minutes.",
            "Open with three appreciations each, for specific things from the week.",
            "Each say what went well between you and what felt hard, with I-statements.",
            "Choose at most one issue to talk through, using the speaker-listener turns if "
            "it is tense.",
            "End by looking at the week ahead: busy days, one thing to look forward to "
            "together, and one small request each.",
        ),
        who=Who.TOGETHER,
        minutes=30,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "Three things I appreciated this week...",
            "One thing that felt hard for me was Tuesday night.",
            "My small request for next week is a lie-in on Saturday.",
        ),
        cautions=(
            "Keep it short and regular; a check-in that becomes a two-hour trial will soon "
            "be skipped.",
            "If every check-in turns into the same fight, bring the issue to a counsellor.",
        ),
        barriers=(
            "unresolved-conflict",
            "lack-of-quality-time",
            "alone-in-the-effort",
            "emotional-neglect",
            "unrealistic-expectations",
        ),
        sources=(COUPLES_PRACTICE, SEED_OVERCOMING),
    ),
    Exercise(
        id="expectations-conversation",
        title="What closeness means to each of us",
        purpose=(
            "Bring hidden expectations into the open and agree on a shared, realistic "
            "picture of intimacy for your relationship, instead of measuring it against "
            "films, friends or an ideal."
        ),
        steps=(
            "Each finish these sentences on paper: 'I feel close to you when...', 'I "
            "expect a couple to...', 'I think we should already be...'.",
            "Read them to each other without debate; the listener only asks questions to "
            "understand.",
            "Sort each expectation into: shared, negotiable, or one we should let go of.",
            "Agree on two or three concrete things you both want, such as a daily talk or "
            "saying goodnight in person, and accept that closeness grows and changes.",
            "Plan to revisit the list in three months.",
        ),
        who=Who.TOGETHER,
        minutes=45,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "I feel close to you when we cook together, more than when we go out.",
            "I think I expected you to just know when I'm upset. That's not fair on you.",
            "Can we agree that a quiet evening counts as time together?",
        ),
        cautions=(
            "Expectations about safety and respect are not negotiable; if those are not "
            "met, this is not the right exercise.",
            "If your visions of the relationship turn out to be far apart, a counsellor "
            "can help you explore what is possible.",
        ),
        barriers=("unrealistic-expectations", "alone-in-the-effort", "pressuring-to-open-up"),
        sources=(SEED_OVERCOMING, SEED_OPEN_UP),
    ),
    Exercise(
        id="effort-audit",
        title="Make the effort visible",
        purpose=(
            "Answer the feeling that one partner carries the relationship alone by making "
            "both partners' contributions visible and rebalancing them."
        ),
        steps=(
            "Each list what you do for the relationship and the household in a typical "
            "week, including invisible work such as planning, remembering and soothing.",
            "Swap lists and read them; each mark one item you had not noticed the other doing.",
            "Say which items feel heaviest, and which the other person thought were optional.",
            "Agree on one item to hand over or share, and one small visible thing each of "
            "you will do for the other this week.",
        ),
        who=Who.TOGETHER,
        minutes=30,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "I had no idea you were the one keeping track of all the birthdays.",
            "I'd like to take over planning our weekends for a while.",
            "I feel like I'm paddling on my own sometimes, and I'd like us to fix it together.",
        ),
        cautions=(
            "Keep it from becoming a scorecard; the goal is a fairer load, not a winner.",
            "When one partner says they cannot go on, take it seriously; counselling can "
            "help before a decision to leave is made.",
        ),
        barriers=("alone-in-the-effort", "excessive-caregiving", "unrealistic-expectations"),
        sources=(SEED_WALLS, SEED_BLOCKING),
    ),
    Exercise(
        id="receiving-care",
        title="Practise receiving care",
        purpose=(
            "For people who always look after others: ask for and accept small acts of care, "
            "so the relationship becomes a two-way exchange."
        ),
        steps=(
            "Each day for a week, ask your partner for one small thing for yourself: a cup "
            "of tea, a shoulder rub, help with a task, ten minutes of listening.",
            "When they do it, say thank you and do not pay it back immediately.",
            "Notice any guilt or urge to refuse, and write it down in one line.",
            "At the end of the week, tell your partner which act of care meant the most.",
        ),
        who=Who.TOGETHER,
        minutes=10,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "Would you make dinner tonight? I'm wiped out.",
            "Thank you. I'm going to just enjoy that and not fuss.",
            "It felt strange letting you help, but I liked it.",
        ),
        cautions=(
            "If caring for others is a way to feel worthwhile, the guilt can be strong; "
            "working with a therapist on it can help.",
        ),
        barriers=("excessive-caregiving", "stoicism", "alone-in-the-effort"),
        sources=(SEED_BLOCKING,),
    ),
    Exercise(
        id="self-compassion-break",
        title="A self-compassion break",
        purpose=(
            "Treat yourself with the kindness you would offer a friend. People who cannot "
            "accept themselves hide those parts from a partner; self-compassion makes it "
            "safer to be seen."
        ),
        steps=(
            "When you notice self-criticism ('I'm such an idiot'), stop and put a hand on "
            "your chest or arm.",
            "Name the moment: 'This is hard right now.'",
            "Remind yourself that struggling is part of being human: 'Lots of people feel "
            "this way.'",
            "Say one kind sentence to yourself, as you would to a good friend: 'You're "
            "doing your best; it's OK to get it wrong.'",
            "Once a week, read a chapter of a book on self-compassion (Kristin Neff's "
            "'Self-Compassion' is a good start) and try one of its practices.",
        ),
        who=Who.SOLO,
        minutes=10,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "This is a hard moment, and I'm allowed to find it hard.",
            "I'd never talk to a friend the way I just talked to myself.",
        ),
        cautions=(
            "Persistent self-hatred, hopelessness or thoughts of self-harm need "
            "professional help, not just an exercise; contact a doctor or crisis line.",
        ),
        barriers=(
            "low-self-acceptance",
            "fear-of-vulnerability",
            "past-trauma",
            "excessive-caregiving",
        ),
        sources=(SEED_BLOCKING,),
    ),
    Exercise(
        id="trust-yourself-check-in",
        title="Trust yourself: check in with your inner voice",
        purpose=(
            "Build confidence that you can look after yourself whatever your partner does, "
            "so opening up feels less like a leap without a net."
        ),
        steps=(
            "Each evening, write three short answers: What did I need today? Did I get it, "
            "or ask for it? When did something feel off, and did I listen?",
            "Note one moment when you hid a feeling, and what you feared would happen if "
            "you showed it.",
            "Write one sentence that starts 'If this relationship ended, I would still...' "
            "to remind yourself that you remain whole on your own.",
            "Once a week, act on one need you noted, by meeting it yourself or asking for it.",
        ),
        who=Who.SOLO,
        minutes=15,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "My gut said I needed a night in, and I listened.",
            "If this ended, I'd still have my friends, my work and myself.",
        ),
        cautions=(
            "If trusting yourself feels impossible, or your inner voice is harsh, a "
            "therapist can help you build this more safely than you can alone.",
        ),
        barriers=(
            "low-self-acceptance",
            "fear-of-vulnerability",
            "excessive-caregiving",
            "past-experiences",
        ),
        sources=(SEED_BLOCKING,),
    ),
    Exercise(
        id="safe-space-agreement",
        title="Build a safe space: a respect, support and curiosity agreement",
        purpose=(
            "Agree together on how each of you wants to be treated when sharing something "
            "vulnerable, so that opening up is met with respect, support without fixing, "
            "and interest rather than judgement."
        ),
        steps=(
            "Each answer aloud: 'When I tell you something hard, what I'd like from you "
            "is...' and 'What makes me close up is...'.",
            "Write down three agreements you both accept, for example: no mocking or "
            "eye-rolling, ask before giving advice, no bringing it up in a fight later.",
            "Agree on how to say 'this feels unsafe' gently in the moment, and what the "
            "other does then (slow down, ask, apologise).",
            "Each week, each of you asks the other one curious question about their life.",
            "Review the agreements after a month and adjust them.",
        ),
        who=Who.TOGETHER,
        minutes=30,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "When I tell you something embarrassing, I need you not to laugh, even kindly.",
            "Can we agree that what I share stays out of our arguments?",
            "That felt a bit unsafe just then. Can we slow down?",
        ),
        cautions=(
            "An agreement cannot make a relationship safe if there is intimidation or "
            "violence; get help from a professional or an abuse service.",
        ),
        barriers=(
            "fear-of-vulnerability",
            "past-experiences",
            "feeling-misunderstood",
            "criticism",
            "pressuring-to-open-up",
        ),
        sources=(SEED_BLOCKING, SEED_OPEN_UP, SEED_OVERCOMING, SEED_DEEPENING),
    ),
    Exercise(
        id="celebrate-small-steps",
        title="Celebrate small steps",
        purpose=(
            "Reinforce every bit of opening up by noticing and thanking it, so that sharing "
            "becomes associated with warmth rather than with being analysed."
        ),
        steps=(
            "Watch for any small sign of openness: a mention of a worry, a feeling word, "
            "staying in a hard conversation a little longer.",
            "Thank them soon and simply, without adding 'finally' or 'see, that wasn't so hard'.",
            "Resist the urge to push for more in the same moment.",
            "Keep a private note of these moments to remind yourself of progress on "
            "discouraging days.",
        ),
        who=Who.PARTNER,
        minutes=5,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "Thanks for telling me that. I know it's not easy for you.",
            "I really liked hearing how your day actually went.",
        ),
        cautions=(
            "Do not compare your pace with other couples'; progress is measured against "
            "where you two started.",
            "Praise that sounds like a teacher marking homework backfires; keep it warm and brief.",
            "If months pass with no movement at all and you are running on empty, suggest "
            "seeing a therapist together.",
        ),
        barriers=(
            "pressuring-to-open-up",
            "personality-traits",
            "unrealistic-expectations",
            "cultural-and-gender-norms",
        ),
        sources=(SEED_OPEN_UP,),
    ),
    Exercise(
        id="respect-their-pace",
        title="Respect their pace",
        purpose=(
            "Let a partner for whom sharing is hard set the speed, while you stay warm and "
            "available. Pressure tends to close people further; patience lets them come "
            "forward."
        ),
        steps=(
            "Tell your partner once, clearly, that you would like to hear more about them "
            "and that there is no deadline.",
            "Agree on a low-pressure way for them to signal readiness, such as a text, a "
            "note, or asking for a walk.",
            "When they withdraw, remind yourself that it reflects their own struggle and is "
            "not a rejection of you; do not chase.",
            "Keep an eye on your own needs: talk to a friend or a therapist so your partner "
            "is not your only outlet.",
            "Every month, notice the trend rather than single setbacks; growth usually "
            "comes in waves.",
        ),
        who=Who.PARTNER,
        minutes=10,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "No rush. Whenever you feel like talking, I'm here.",
            "Text me 'walk?' any time you want to talk; I'll say yes.",
            "It's OK that today isn't the day.",
        ),
        cautions=(
            "Patience has limits: if your own needs have gone unmet for a long time, say "
            "so, and consider couples counselling together.",
            "Respecting a pace is different from tolerating contempt or control.",
        ),
        barriers=(
            "pressuring-to-open-up",
            "personality-traits",
            "past-trauma",
            "past-experiences",
            "unrealistic-expectations",
        ),
        sources=(SEED_OPEN_UP, SEED_DEEPENING),
    ),
    Exercise(
        id="loosen-the-grip",
        title="Loosen the grip: notice the fear behind control",
        purpose=(
            "For the partner who checks, directs or smothers: find the fear of losing the "
            "other that drives it, and calm that fear without controlling them."
        ),
        steps=(
            "For a week, note each time you check up on your partner, tell them what to do, "
            "or insist on doing something together.",
            "For each note, write the fear underneath: being left, being made a fool of, "
            "things going wrong.",
            "Before acting on the urge next time, wait ten minutes and do something to "
            "calm yourself.",
            "Tell your partner about one fear you found, as an I-statement, and ask what "
            "kind of checking in feels fine to them.",
        ),
        who=Who.SOLO,
        minutes=15,
        difficulty=Difficulty.HARD,
        example_phrases=(
            "I've noticed I text you a lot when you're out. I think I get scared, and I'm "
            "working on it.",
            "Would a single message when you arrive feel OK to you?",
        ),
        cautions=(
            "Monitoring a partner's phone, money or movements, or threatening them, is "
            "coercive control; it needs professional help, and the partner on the "
            "receiving end deserves support from an abuse service.",
        ),
        barriers=("controlling-behaviour", "injecting-own-story"),
        sources=(SEED_WALLS,),
    ),
    Exercise(
        id="suggest-professional-help",
        title="How to suggest seeing a professional",
        purpose=(
            "Raise the idea of therapy or counselling in a way that feels like an "
            "invitation to do something together, not a verdict that your partner is "
            "broken."
        ),
        steps=(
            "Check whether it is time: old trauma keeps affecting your connection, the same "
            "conflict keeps coming back, your partner says they want to change but does "
            "not know how, or anyone feels unsafe.",
            "Do some groundwork first: find two or three counsellors or services, their "
            "costs and whether they offer online sessions.",
            "Choose a calm, private moment, not during or just after a fight.",
            "Frame it as 'us' and as tools, not blame: say what you want for the "
            "relationship and that you would go too.",
            "Offer a choice and no deadline, and accept a 'not yet' while keeping the door open.",
        ),
        who=Who.PARTNER,
        minutes=20,
        difficulty=Difficulty.HARD,
        example_phrases=(
            "I'd like us to find someone who can help us talk about the hard stuff. I'd go "
            "with you.",
            "I found a couple of counsellors; would you look at them with me?",
            "You don't have to decide tonight.",
        ),
        cautions=(
            "If there is violence, threats or fear of your partner, couples therapy is "
            "usually not the right first step; contact a domestic abuse service for "
            "individual support.",
            "If someone talks about suicide or self-harm, contact emergency or crisis "
            "services now rather than waiting for an appointment.",
        ),
        barriers=(
            "past-trauma",
            "numbing",
            "controlling-behaviour",
            "unresolved-conflict",
            "contempt",
            "past-experiences",
        ),
        sources=(SEED_OPEN_UP, SEED_OVERCOMING, SEED_DEEPENING, SEED_BLOCKING),
    ),
)
