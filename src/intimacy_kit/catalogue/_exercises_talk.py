"""Exercises for listening, empathy, curiosity and saying what you feel.

Part of the exercise catalogue; :mod:`intimacy_kit.catalogue._exercises` gathers the families.
"""

from __future__ import annotations

from intimacy_kit.catalogue._model import Difficulty, Exercise, Who
from intimacy_kit.catalogue._sources import (
    COUPLES_PRACTICE,
    FOUR_HORSEMEN,
    GRADUAL_CLOSENESS,
    SEED_BLOCKING,
    SEED_DEEPENING,
    SEED_OPEN_UP,
    SEED_OVERCOMING,
    SEED_WALLS,
)

__all__ = ["TALK_EXERCISES"]

TALK_EXERCISES: tuple[Exercise, ...] = (
    Exercise(
        id="active-listening",
        title="Active listening: reflect before you reply",
        purpose=(
            "Show your partner that you heard both the words and the feeling under them, so "
            "they feel understood instead of argued with. Being heard lowers the need to "
            "defend and makes it safer to say more."
        ),
        steps=(
            "Put your phone face down, turn toward your partner and keep a relaxed face and "
            "an even voice.",
            "Let them finish. If they pause, count to three in your head before you say "
            "anything, even if they speak slowly.",
            "Notice when you start drafting your answer or your own story; drop it and go "
            "back to what they are saying.",
            "Give small signs you are following: a nod, 'mm', 'I'm with you', 'that makes sense'.",
            "Sum up what you heard in your own words, including the feeling, and check: "
            "'So you're swamped and a bit scared you'll fall behind. Did I get that right?'",
            "Only when they say you have it, ask whether they want your thoughts or just "
            "wanted to be heard.",
        ),
        who=Who.PARTNER,
        minutes=15,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "Let me check I've got this: you felt brushed off when I changed the subject?",
            "Take your time, I'm not going anywhere.",
            "That makes sense to me.",
            "Is there more to it?",
        ),
        cautions=(
            "Reflecting is not agreeing; you can understand a view you do not share, and "
            "your turn comes later.",
            "Parroting word for word sounds mechanical; paraphrase and name the feeling.",
            "If every attempt ends in the same fight, a couples counsellor can coach the "
            "skill in the room, where it is easier to learn.",
        ),
        barriers=(
            "communication-breakdown",
            "feeling-misunderstood",
            "lack-of-empathy",
            "injecting-own-story",
            "unresolved-conflict",
            "defensiveness",
        ),
        sources=(SEED_WALLS, SEED_OVERCOMING, SEED_DEEPENING, SEED_OPEN_UP),
    ),
    Exercise(
        id="speaker-listener-turns",
        title="Speaker and listener: taking turns with the floor",
        purpose=(
            "Slow a charged topic down so that only one person talks at a time and each "
            "feels accurately heard before answering. The structure stops interruptions and "
            "counter-attacks from taking over."
        ),
        steps=(
            "Pick a small object (a pen, a coaster) to stand for the floor. Whoever holds it "
            "is the speaker; the other is the listener.",
            "The speaker talks for two or three sentences about their own experience, using "
            "'I' and leaving out accusations.",
            "The listener restates what they heard, without adding a view, and asks 'Did I "
            "get that?' The speaker corrects anything missed.",
            "Repeat until the speaker feels fully heard, then hand over the object and swap roles.",
            "Do not try to solve anything during the first round. When both feel heard, "
            "decide together whether to brainstorm options now or on another day.",
        ),
        who=Who.TOGETHER,
        minutes=20,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "What I'm hearing is that the late nights make you feel like an afterthought.",
            "Can I have the pen when you're done?",
            "You got most of it; the part you missed is that I was scared, not angry.",
        ),
        cautions=(
            "It feels stiff at first; that is the point. Practise on a mild topic before a "
            "hot one.",
            "If either of you cannot keep from attacking even with the structure, stop and "
            "use the time-out; repeated failures are a good reason to see a couples "
            "therapist.",
        ),
        barriers=(
            "communication-breakdown",
            "unresolved-conflict",
            "defensiveness",
            "criticism",
            "feeling-misunderstood",
            "stonewalling",
        ),
        sources=(COUPLES_PRACTICE, SEED_OVERCOMING),
    ),
    Exercise(
        id="perspective-taking",
        title="Walk through it in their shoes (written)",
        purpose=(
            "Build empathy by deliberately imagining your relationship as your partner lived "
            "it, good and hard moments alike, without defending your side. Partners lower "
            "their walls when they sense you really grasp their experience."
        ),
        steps=(
            "Set aside twenty minutes alone with paper. Choose one period or event you see "
            "differently, such as the months before a big fight.",
            "Write it in the first person as your partner: 'I was...', 'I felt...', 'I was "
            "afraid that...'. Include what they saw you do and what they could not see.",
            "Add details you usually skip: their tiredness, their worries, the non-verbal "
            "signals, and the pleasant moments too.",
            "Whenever a sentence starts to justify you ('but I only did it because...'), "
            "cross it out. This page is about their view only.",
            "Underline the two feelings you think were strongest for them. Later, tell them "
            "what you understood and ask where you got it wrong.",
        ),
        who=Who.SOLO,
        minutes=25,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "I've been trying to imagine how that spring felt for you. I think you felt "
            "alone with the baby. Is that close?",
            "I hadn't seen how much my checking up on you felt like being watched.",
        ),
        cautions=(
            "Your guesses are guesses; offer them as questions, never as a verdict on what "
            "your partner 'really' felt.",
            "Understanding their view does not mean accepting mistreatment. If what you "
            "uncover involves fear or harm, talk to a professional.",
        ),
        barriers=(
            "lack-of-empathy",
            "feeling-misunderstood",
            "injecting-own-story",
            "controlling-behaviour",
            "alone-in-the-effort",
        ),
        sources=(SEED_WALLS, SEED_OVERCOMING),
    ),
    Exercise(
        id="validate-before-responding",
        title="Validate before you respond",
        purpose=(
            "Tell your partner that their feeling makes sense from where they stand before "
            "you add anything of your own. Validation is the quickest way to turn a debate "
            "about facts into a conversation about experience."
        ),
        steps=(
            "When your partner tells you they are upset, hold back your explanation or "
            "correction for now.",
            "Name the feeling you hear: 'You sound hurt' or 'That sounds exhausting'.",
            "Link it to their view with 'it makes sense that... because...': 'It makes "
            "sense you were upset, because you'd been waiting an hour.'",
            "Ask whether you have understood, and listen to the answer.",
            "Only then, if it still matters, share your side, starting with 'And from my "
            "side...' rather than 'But...'.",
        ),
        who=Who.PARTNER,
        minutes=10,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "It makes sense you felt left out, since everyone else knew first.",
            "I can see why that stung.",
            "And from my side, I didn't realise it mattered so much.",
        ),
        cautions=(
            "Validating a feeling is not admitting a fault you do not believe you made; it "
            "just says the feeling is understandable.",
            "Avoid 'I understand, but', which cancels the first half.",
            "If you find you cannot validate anything your partner feels, or they never "
            "validate you, a couples counsellor can help you both get unstuck.",
        ),
        barriers=(
            "feeling-misunderstood",
            "lack-of-empathy",
            "defensiveness",
            "emotional-neglect",
        ),
        sources=(SEED_WALLS, SEED_BLOCKING, SEED_OPEN_UP),
    ),
    Exercise(
        id="curiosity-questions",
        title="Stay curious about who your partner is now",
        purpose=(
            "Keep learning who your partner is instead of assuming you already know. Asking "
            "about their inner life shows you think about them as a person, and stops the "
            "slide into taking each other for granted."
        ),
        steps=(
            "Each evening this week, write down one thing about your partner you are not "
            "sure of: a current worry, a hope, a memory, an opinion.",
            "Ask about it once, casually, at a relaxed moment: at dinner, on a walk, in the car.",
            "Follow up on the answer with one more question ('What was that like?', 'How "
            "did you decide?') before you share anything yourself.",
            "Cover different areas across the week: their work, friends, family and "
            "childhood, past relationships, what they want from the next few years.",
            "At the end of the week, tell them one thing you learned that surprised you.",
        ),
        who=Who.PARTNER,
        minutes=15,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "What's the best part of your job at the moment, and the worst?",
            "What did you think of the way your parents handled money?",
            "What would you love to be doing five years from now?",
            "I didn't know that about you. Tell me more.",
        ),
        cautions=(
            "One or two real questions beat twenty quick ones; a quiz feels like an interrogation.",
            "If your partner would rather not answer, drop it kindly and try a lighter "
            "topic another day.",
            "If you realise you have stopped caring what the answers are, that is worth "
            "exploring honestly, perhaps with a counsellor.",
        ),
        barriers=("lack-of-curiosity", "emotional-neglect", "lack-of-empathy"),
        sources=(SEED_BLOCKING, SEED_WALLS),
    ),
    Exercise(
        id="i-feel-mirror",
        title="'I feel ___' in the mirror",
        purpose=(
            "The first rung of a three-step ladder for people who find it hard to name "
            "their feelings aloud: practise owning a feeling with no audience and no "
            "justification."
        ),
        steps=(
            "Once a day, stand in front of a mirror, look yourself in the eye and say 'I "
            "feel' followed by one feeling word: tired, nervous, glad, irritated, lonely.",
            "Stop after the feeling. Do not add 'because...'; explaining usually slides "
            "into blaming a situation or a person.",
            "Notice what happens in your body as you say it, and say it once more, a "
            "little slower.",
            "Keep it up for a week, or until saying it feels ordinary, then move to the "
            "next rung, 'I feel' in everyday conversations.",
        ),
        who=Who.SOLO,
        minutes=5,
        difficulty=Difficulty.EASY,
        example_phrases=("I feel tired.", "I feel nervous.", "I feel proud.", "I feel sad."),
        cautions=(
            "If you draw a blank, that is common for people raised without words for "
            "feelings; use a list of feeling words (see 'Name the feeling') to help.",
            "If feelings that come up are overwhelming or frightening, stop and consider "
            "working with a therapist rather than pushing on alone.",
        ),
        barriers=("stoicism", "fear-of-vulnerability", "upbringing", "cultural-and-gender-norms"),
        sources=(SEED_BLOCKING,),
    ),
    Exercise(
        id="i-feel-daily",
        title="'I feel ___' in everyday conversations",
        purpose=(
            "The second rung of the ladder: name a feeling to people you are not close to, "
            "where little is at stake, until doing it is a habit."
        ),
        steps=(
            "When a cashier, colleague or neighbour asks how you are, answer with a real "
            "feeling instead of the automatic 'fine': 'I feel a bit frazzled today'.",
            "Aim for at least three such answers a day; keep them short and light.",
            "In the evening, note which feelings came easily and which you avoided saying.",
            "After one to two weeks, move to the third rung: 'I feel' with your partner.",
        ),
        who=Who.SOLO,
        minutes=5,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "Honestly? I feel pretty cheerful today.",
            "I feel a bit worn out, but thanks for asking.",
            "I feel annoyed at this rain.",
        ),
        cautions=(
            "Match the setting: a light, true feeling is the goal, not a confession to a stranger.",
            "This builds a habit; it does not heal old wounds. If opening up stays "
            "frightening, a therapist can help.",
        ),
        barriers=(
            "stoicism",
            "fear-of-vulnerability",
            "upbringing",
            "cultural-and-gender-norms",
            "personality-traits",
        ),
        sources=(SEED_BLOCKING,),
    ),
    Exercise(
        id="i-feel-with-partner",
        title="'I feel ___' with your partner",
        purpose=(
            "The third rung of the ladder: share your own feelings with your partner "
            "without making them responsible for those feelings. Owning a feeling invites "
            "closeness; blaming with it invites defence."
        ),
        steps=(
            "Tell your partner you are practising saying how you feel and ask them simply "
            "to listen, not fix.",
            "Once a day, share one feeling in the form 'I feel ___' or 'I feel ___ about "
            "___', about something outside the two of you at first.",
            "After a week, share a feeling about the relationship, still owning it: 'I "
            "feel close to you tonight', 'I feel a bit lonely this week'.",
            "Check yourself: if the sentence contains 'you made me' or 'I feel like you...', "
            "rephrase it as a feeling of your own.",
            "Thank your partner for listening, whatever their response.",
        ),
        who=Who.PARTNER,
        minutes=10,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "I feel nervous about the meeting tomorrow.",
            "I feel lonely when we don't talk for a few days, and I miss you.",
            "I feel really happy sitting here with you.",
        ),
        cautions=(
            "'I feel like you don't care' is a judgement in disguise, not a feeling; name "
            "what happens in you instead (lonely, hurt, worried).",
            "If sharing feelings reliably leads to ridicule or anger, the problem is safety, "
            "not your skill; seek outside support.",
        ),
        barriers=("fear-of-vulnerability", "stoicism", "communication-breakdown", "criticism"),
        sources=(SEED_BLOCKING, SEED_OVERCOMING, SEED_OPEN_UP),
    ),
    Exercise(
        id="gentle-open-questions",
        title="Gentle, open-ended questions",
        purpose=(
            "Invite a reserved partner to talk without putting them under pressure. A "
            "noticed detail plus an open door works better than a demand for an "
            "explanation."
        ),
        steps=(
            "Choose a calm moment when neither of you is rushed or tired, ideally side by "
            "side (walking, driving, washing up) rather than face to face.",
            "Start with what you noticed, without a verdict: 'You were quiet on the way home.'",
            "Ask one open question that cannot be answered with yes or no, then wait in "
            "silence for longer than feels comfortable.",
            "If the answer is short, accept it and leave the door open: 'OK. I'm around if "
            "you want to talk later.'",
            "Keep it to two or three questions in a conversation, and mix in light topics "
            "so it does not feel like a cross-examination.",
        ),
        who=Who.PARTNER,
        minutes=10,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "You seemed far away at dinner. How's your week been, really?",
            "What's been taking up most of your head lately?",
            "What would make tomorrow a bit easier for you?",
            "Is there something about you that I keep missing?",
        ),
        cautions=(
            "Avoid 'why' questions about their silence ('Why won't you tell me?'); they "
            "sound like accusations.",
            "If your partner is withdrawn for weeks, seems low or hopeless, or mentions "
            "self-harm, encourage professional help promptly.",
        ),
        barriers=(
            "pressuring-to-open-up",
            "personality-traits",
            "lack-of-curiosity",
            "fear-of-vulnerability",
        ),
        sources=(SEED_OPEN_UP,),
    ),
    Exercise(
        id="disclosure-ladder",
        title="The disclosure ladder: share a little more each week",
        purpose=(
            "Grow trust step by step by sharing small personal things first and deeper ones "
            "as safety is proven. Each good experience makes the next step feel less risky."
        ),
        steps=(
            "On your own, list ten things about yourself from lightest to heaviest: a "
            "favourite childhood food at the bottom, a fear or regret near the top.",
            "Share one item from the bottom third this week. Invite your partner to share "
            "something of similar weight if they wish.",
            "Notice how it was received. If it went well, move one rung up next week; if "
            "not, stay on the same rung and talk about what would make it easier.",
            "Keep the top rungs for when trust is clearly there. You never have to share "
            "every item.",
        ),
        who=Who.TOGETHER,
        minutes=20,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "Something small I've never told you: I was terrified of swimming until I was twelve.",
            "This one's a bit harder for me to say.",
            "Your turn, if you want one.",
        ),
        cautions=(
            "Match each other's pace; disclosure is not a trade that must be repaid at once.",
            "Traumatic memories are better opened with a therapist present than on a "
            "schedule at home.",
        ),
        barriers=(
            "fear-of-vulnerability",
            "past-experiences",
            "personality-traits",
            "low-self-acceptance",
        ),
        sources=(SEED_OVERCOMING, SEED_DEEPENING, GRADUAL_CLOSENESS),
    ),
    Exercise(
        id="getting-to-know-you-questions",
        title="Three rounds of questions, from light to deep",
        purpose=(
            "Create closeness on purpose with questions that get gradually more personal, "
            "taking turns to answer. The escalating format lets trust keep up with depth."
        ),
        steps=(
            "Sit together without screens for about forty-five minutes. Take turns: one "
            "reads a question, both answer, then swap readers.",
            "Round one (light): What is a small thing that reliably improves your day? "
            "Which meal from your childhood would you like to eat again? What were you "
            "obsessed with at ten years old? Where would you go for a free week?",
            "Round two (personal): What are you proudest of that few people know about? "
            "Which friendship changed you most, and how? What do you wish you had been "
            "told at eighteen? When did you last change your mind about something "
            "important?",
            "Round three (deep): What do you find hardest to ask for? When do you feel most "
            "alone, even with people around? What is one thing you want me to understand "
            "about you that I might be missing? What do you appreciate in me that you "
            "rarely say?",
            "Finish by each naming one answer from the other that moved you, and agree "
            "whether to do another session in a month.",
        ),
        who=Who.TOGETHER,
        minutes=45,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "Want to try round two, or stay light tonight?",
            "I'd like to pass on that one for now.",
            "I loved hearing about your grandmother's kitchen.",
        ),
        cautions=(
            "Either person may pass on any question, without needing to explain.",
            "Stop if a question reopens an old wound; talk about it gently another time, or "
            "with a counsellor if it is heavy.",
        ),
        barriers=(
            "lack-of-curiosity",
            "lack-of-quality-time",
            "fear-of-vulnerability",
            "emotional-neglect",
        ),
        sources=(GRADUAL_CLOSENESS, SEED_BLOCKING),
    ),
    Exercise(
        id="name-the-feeling",
        title="Name the feeling: a three-times-a-day check",
        purpose=(
            "Build a vocabulary for feelings and the habit of noticing them, for people who "
            "grew up where emotions went unnamed or who have learned to tune them out."
        ),
        steps=(
            "Set three phone reminders a day (for example 11:00, 15:00, 20:00).",
            "When one goes off, pause for a minute and scan your body: jaw, shoulders, "
            "chest, stomach. Note any tension, heat, heaviness or lightness.",
            "Pick the closest word from a simple list: glad, calm, excited, tender, tired, "
            "sad, lonely, hurt, worried, scared, frustrated, angry, ashamed.",
            "Write the word and what was going on, in one line. Once a week, look back for "
            "patterns.",
        ),
        who=Who.SOLO,
        minutes=5,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "Tight chest, short breath: I think that's worried.",
            "Noticed I felt lonely right after the call.",
        ),
        cautions=(
            "Numbness is also an answer; write it down without judging it.",
            "If the check-ins keep turning up intense sadness, fear or emptiness, talk to a "
            "doctor or therapist.",
        ),
        barriers=("upbringing", "stoicism", "numbing", "cultural-and-gender-norms"),
        sources=(SEED_OPEN_UP, SEED_BLOCKING),
    ),
    Exercise(
        id="listen-or-help",
        title="Ask first: listen or help?",
        purpose=(
            "Support your partner the way they want to be supported. Jumping to solutions "
            "or your own story can feel like criticism or like you took over their problem."
        ),
        steps=(
            "When your partner brings you a problem, do not offer advice or a similar story "
            "of your own in the first few minutes.",
            "Ask plainly: 'Do you want me to just listen, or would ideas help?'",
            "If they want listening, reflect and ask about their feelings; keep your "
            "opinions to yourself until invited.",
            "If they want ideas, offer one or two as options ('One thing that might "
            "work...'), not instructions.",
            "Close by asking: 'Was that what you needed?'",
        ),
        who=Who.PARTNER,
        minutes=5,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "Do you want me to just listen, or are you after ideas?",
            "I'll keep my opinions out of it unless you ask.",
            "Was that helpful, or did I jump in too fast?",
        ),
        cautions=(
            "If your partner is in danger or in a crisis, act or get help; this is for "
            "everyday troubles.",
        ),
        barriers=("injecting-own-story", "feeling-misunderstood", "controlling-behaviour"),
        sources=(SEED_BLOCKING, SEED_WALLS, SEED_OPEN_UP),
    ),
    Exercise(
        id="go-first",
        title="Go first: model openness with your own feelings",
        purpose=(
            "Make opening up feel normal and safe by sharing your own feelings, your "
            "intentions and your mistakes, without asking for anything back."
        ),
        steps=(
            "Choose one honest feeling of yours about your day or the relationship and "
            "share it as an I-statement, with no request attached.",
            "Tell your partner what you are trying to do: 'I'm trying to let you see more "
            "of what goes on inside me.'",
            "If you have reacted badly to their feelings before, say so plainly and say "
            "what you will do differently.",
            "Ask one thing: 'Is there anything I do that makes it harder for you to "
            "share?' Listen without defending.",
            "Repeat a small version every few days, whether or not they reciprocate.",
        ),
        who=Who.PARTNER,
        minutes=10,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "I felt a bit low after the call with my dad today.",
            "I know I've snapped when you've told me things before. I'm sorry, and I'm "
            "trying to do better.",
            "Is there anything I do that makes it harder to tell me stuff?",
        ),
        cautions=(
            "Do not use your openness as a lever ('I told you mine, now you tell me'); "
            "that turns a gift into pressure.",
            "If your partner's silence comes with contempt or hostility rather than "
            "shyness, consider couples counselling.",
        ),
        barriers=(
            "personality-traits",
            "upbringing",
            "cultural-and-gender-norms",
            "stoicism",
            "pressuring-to-open-up",
        ),
        sources=(SEED_OPEN_UP,),
    ),
    Exercise(
        id="family-feelings-history",
        title="How feelings were handled where we grew up",
        purpose=(
            "Understand where each of your habits around emotion came from, so differences "
            "can be met with compassion instead of frustration."
        ),
        steps=(
            "Each of you takes ten minutes alone to jot answers: In your family, what "
            "happened when someone cried or got angry? Who comforted whom? What were "
            "boys, girls, men and women expected to show or hide where you grew up?",
            "Take turns sharing your answers for about five minutes each while the other "
            "only listens and asks questions.",
            "Each name one habit you carried into adult life ('I go quiet', 'I make a joke').",
            "Each name one small thing the other could do that would help you say how you feel.",
        ),
        who=Who.TOGETHER,
        minutes=30,
        difficulty=Difficulty.MODERATE,
        example_phrases=(
            "In my house, if you cried you got sent to your room.",
            "So when I go quiet, that's the old habit, not me shutting you out.",
            "It would help if you didn't ask me straight away, and gave me an evening.",
        ),
        cautions=(
            "This can surface painful memories; either person can stop at any time.",
            "If childhood memories involve abuse or neglect, explore them with a therapist "
            "rather than in a home exercise.",
        ),
        barriers=(
            "upbringing",
            "cultural-and-gender-norms",
            "past-experiences",
            "lack-of-empathy",
        ),
        sources=(SEED_OPEN_UP, SEED_BLOCKING),
    ),
    Exercise(
        id="appreciation-habit",
        title="Daily appreciation: notice and say what you value",
        purpose=(
            "Shift attention from what is wrong to what is good, which is the research-based "
            "antidote to contempt and a direct answer to emotional neglect."
        ),
        steps=(
            "Each day, notice one specific thing your partner did or one quality you saw in "
            "action.",
            "Say it to them the same day, naming the act and its effect on you: 'Thanks "
            "for sorting the car; I slept better knowing it was done.'",
            "Once a week, add one appreciation about who they are, not just what they did.",
            "If you catch yourself rolling your eyes or mocking them, make a mental note "
            "and find something to appreciate within the hour.",
        ),
        who=Who.PARTNER,
        minutes=5,
        difficulty=Difficulty.EASY,
        example_phrases=(
            "I noticed you called my mum back. That meant a lot to me.",
            "I love how patient you were with the kids tonight.",
            "Thank you for listening earlier; I felt lighter afterwards.",
        ),
        cautions=(
            "Generic praise ('you're great') lands less than specific thanks.",
            "Appreciation does not cover over contempt that keeps coming back; if mockery "
            "and disgust are routine, get help from a couples therapist.",
        ),
        barriers=("contempt", "emotional-neglect", "alone-in-the-effort", "criticism"),
        sources=(FOUR_HORSEMEN, SEED_OVERCOMING),
    ),
)
