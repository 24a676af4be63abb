"""The I-statement rewriter: transformations per judgment family, styles, safety, data."""

from __future__ import annotations

import doctest
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from intimacy_kit import Category, detect
from intimacy_kit.lexicon._feelings import FAUX_FEELING_FORMS, FAUX_FEELINGS, NEEDS, feeling
from intimacy_kit.rewriting._model import STYLES, Edit, Rewrite, RewriteParts, Style
from intimacy_kit._rewrite_phrases import NEED_EFFECTS, NEED_REQUESTS, RULE_PLANS
from intimacy_kit.rewriting._rewriter import (
    _XYZ_DEFAULT_MOMENT,
    _XYZ_MOMENTS,
    SAFE_FEELINGS,
    SAFE_NEEDS,
    rewrite,
    sentence_bounds,
)
from intimacy_kit.detection.rules import DEFAULT_RULES

ROOT = Path(__file__).resolve().parents[1]


def _named_feelings(result: Rewrite) -> list[str]:
    assert result.parts.feeling is not None
    return result.parts.feeling.split(" and ")


# --- no change, no exception ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Could you pick up milk on the way home?",
        "I feel lonely when we eat in silence. Could we talk tonight?",
        "You always make me laugh.",
        "👍",
    ],
)
def test_a_clean_message_comes_back_as_the_same_object(text: str) -> None:
    """No findings: the result holds the very string given, unchanged, with no parts."""
    result = rewrite(text)
    assert result.text is text
    assert result.original is text
    assert not result.changed
    assert not result.declined
    assert result.parts.is_empty
    assert result.edits == ()
    assert result.reason is None


def test_bad_arguments_raise_clear_errors() -> None:
    """A non-string message is a TypeError; an unknown style is a ValueError naming the choices."""
    with pytest.raises(TypeError, match="needs a str"):
        rewrite(b"you never listen")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'nvc', 'gordon', 'xyz'"):
        rewrite("You never listen.", style="shouty")


# --- one transformation per family ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "observation"),
    [
        ("You never listen to me!", "you didn't listen to me"),
        ("you never listened to a word I said", "you didn't listen to a word I said"),
        ("You always leave your dishes in the sink.", "you left your dishes in the sink"),
        ("you're always on your phone", "you were on your phone"),
        ("You keep interrupting me.", "you interrupted me"),
        ("You've left them piled up again!", "you left them piled up"),
        ("You haven't once cleaned the bathroom.", "you didn't clean the bathroom"),
    ],
)
def test_absolutes_become_a_specific_past_observation(text: str, observation: str) -> None:
    """The absolute goes; do-support and tense turn the habit into one occasion."""
    result = rewrite(text)
    assert result.parts.observation == observation
    assert f"When {observation}," in result.text
    lowered = result.text.lower()
    assert "never" not in lowered
    assert "always" not in lowered
    assert " again" not in lowered
    assert any(edit.note.startswith("removed the absolute") for edit in result.edits)


@pytest.mark.parametrize(
    ("text", "observation"),
    [
        # sarcasm means the opposite: "never forget" mocks someone who forgot
        ("Yeah, because you never forget anything.", "you forgot something"),
        ("Oh sure, because you always do the dishes.", None),
        ("Right, because you've never been late in your life.", None),
        # what would happen "if …" did not happen
        ("You'd lose your head if it wasn't screwed on, you scatterbrain.", None),
    ],
)
def test_no_observation_says_the_opposite_of_what_happened(
    text: str, observation: str | None
) -> None:
    """Sarcastic and hypothetical clauses never become a literal "When you …"."""
    assert rewrite(text).parts.observation == observation


def test_a_missed_act_becomes_the_request() -> None:
    """What the partner "never" does is what the rewrite asks for, as an invitation."""
    result = rewrite("You never help with the dishes!")
    assert result.parts.request == "help with the dishes"
    assert result.text.endswith("Would you be willing to help with the dishes?")
    assert result.parts.need == "shared effort"


@pytest.mark.parametrize(
    ("text", "need"),
    [("You're so lazy.", "shared effort"), ("You idiot!", None), ("You're so selfish.", None)],
)
def test_labels_and_insults_become_the_need_behind_them(text: str, need: str | None) -> None:
    """The label is gone; a need from the label's lexicon entry takes its place."""
    result = rewrite(text)
    label = text.split()[-1].strip(".!").lower()
    assert label not in result.text.lower()
    if need is not None:
        assert result.parts.need == need
    assert any("label" in e.note or "insult" in e.note for e in result.edits)


def test_blame_becomes_ownership_of_the_feeling() -> None:
    """Blame ("you make me angry") becomes "I feel angry": the speaker owns the feeling."""
    result = rewrite("You make me so angry.")
    assert result.text.startswith("I feel angry")
    assert result.parts.feeling == "angry"
    assert "make me" not in result.text


def test_blame_for_an_outcome_describes_what_happened() -> None:
    """Blame for an outcome keeps the event and drops whose fault it was."""
    result = rewrite("Because of you we missed the flight.")
    assert result.parts.observation == "we missed the flight"
    assert "because of you" not in result.text.lower()


def test_mind_reading_becomes_behaviour_and_a_question() -> None:
    """A guessed motive is dropped; what was done stays, and the request is a question."""
    result = rewrite("You did that on purpose.")
    assert result.parts.observation == "you did that"
    assert "purpose" not in result.text
    assert result.parts.request == "tell me what was going on for you"
    care = rewrite("You don't care about me.")
    assert "care about me" not in care.text
    assert care.text.endswith("?")


def test_should_have_becomes_what_happened_and_a_request_for_next_time() -> None:
    """A "should have" becomes what happened and a request to do it next time."""
    result = rewrite("You should have called.")
    assert result.parts.observation == "you didn't call"
    assert result.parts.request == "call"
    assert "should" not in result.text


def test_commands_become_requests() -> None:
    """A command turns into "Would you be willing to …?"."""
    result = rewrite("Listen to me!")
    assert result.text.endswith("Would you be willing to listen to me?")


def test_accusing_questions_become_open_questions() -> None:
    """An accusing "how could you …?" becomes the behaviour and a curious question."""
    result = rewrite("How could you do this to me?")
    assert "how could you" not in result.text.lower()
    assert result.parts.request == "tell me what was going on for you"
    assert rewrite("Why can't you ever just listen?").parts.request == "listen"


def test_faux_feelings_become_the_real_feelings_behind_them() -> None:
    """A faux feeling ("ignored") becomes lonely and hurt, and the need to be seen."""
    result = rewrite("I feel ignored.")
    assert _named_feelings(result) == ["lonely", "hurt"]
    assert result.parts.need == "being seen"
    assert "ignored" not in result.text
    assert result.notes == ("named the feeling behind 'ignored'",)
    thought = rewrite("I feel like you don't care.")
    assert "feel like" not in thought.text
    assert all(feeling(word) is not None for word in _named_feelings(thought))


@pytest.mark.parametrize("form", sorted(FAUX_FEELING_FORMS))
def test_no_faux_feeling_is_ever_named_as_the_feeling(form: str) -> None:
    """Every faux feeling of the lexicon is replaced by real feelings in the output."""
    result = rewrite(f"I feel {form}.")
    assert not result.declined
    for word in _named_feelings(result):
        assert feeling(word) is not None, word
    assert detect(result.text) == ()


def test_comparisons_become_what_the_speaker_wants() -> None:
    """A comparison with other husbands becomes a request for what they do."""
    result = rewrite("Other husbands help around the house.")
    assert "husbands" not in result.text
    assert result.parts.request == "help around the house"


def test_contempt_and_stonewalling_become_feelings_and_wants() -> None:
    """Sarcasm and shutting down give way to a feeling, a need and a request."""
    sarcasm = rewrite("Wow, nice job, genius.")
    assert "genius" not in sarcasm.text
    assert sarcasm.parts.feeling is not None
    shutdown = rewrite("Fine, whatever!")
    assert shutdown.parts.need == "peace"
    assert "take a short break with me and come back to this" in shutdown.text
    walkout = rewrite("We're not having this conversation again.")
    assert walkout.parts.need == "space"
    assert "an hour on my own, and then talk with me" in walkout.text


def test_advice_is_offered_instead_of_given() -> None:
    """Unsolicited advice becomes worry, an offer to talk and the idea as an offer."""
    result = rewrite("You should just quit.")
    assert "I have an idea about quitting, if you'd like to hear it." in result.text
    assert result.parts.feeling == "worried"


# --- the subject matter survives ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # sarcasm: the facts stay, the sting goes
        ("That's rich, coming from someone who forgot my birthday.", "you forgot my birthday"),
        (
            "Interesting how you're suddenly busy the one weekend my family visits.",
            "you were busy the one weekend my family visits",
        ),
        ("Your 'support' is merely a sign of your superiority complex.", "'support'"),
        # comparisons: what the others do becomes the request
        (
            "Everyone else at the party brought their partner a drink.",
            "bring me a drink next time we're at a party?",
        ),
        ("Some of us were raised to write thank-you notes.", "write thank-you notes"),
        ("Tom's girlfriend doesn't make him ask twice.", "When I had to ask twice"),
        # defence: the speaker's view of what happened, owned as theirs
        (
            "Don't blame me, you're the one who booked the wrong date.",
            "As I remember it, you booked the wrong date.",
        ),
        # what they called someone is what they said: an observation
        ("Let's not forget when you called me lazy.", "As I remember it, you called me lazy."),
        # blame for a state of things keeps the state
        ("It's your fault we're broke.", "Now that we're broke,"),
        # a label over something: the something stays
        ("You're behaving like a spoilt brat over a parking space.", "the parking space"),
        # the thing done stays with what it was done to, not the object alone
        ("Like you've never delayed cleaning up your restaurant kitchen.", "cleaning up your"),
        ("Not a single time have you cleaned the bathroom.", "cleaning the bathroom"),
        ("Skipping her party made you look so selfish.", "skipping her party"),
        # a demand about the partner to someone else: what is wanted, asked of them
        ("My partner needs to learn to pick up after himself.", "ask my partner to pick up after"),
        (
            "Maybe I wouldn't have to shout if you'd just see things from my side.",
            "seeing things from my side",
        ),
        # two things joined by "and" stay together, and take a plural verb
        ("So now you're making a big deal about age and maturity?", "age and maturity matter"),
        # accusing questions: the behaviour and the thing asked for
        ("What were you thinking, leaving the baby in the car?", "you left the baby in the car"),
        ("Is it really too much to ask for a text?", "send me a text"),
        ("How many times do I have to tell you to lock the door?", "lock the door"),
        (
            "You drank all the water? Without asking me if I needed some first?",
            "you didn't ask me if I needed some first",
        ),
        # the speaker's moment stays with the habit, each clause whole
        ("Every time I bring up money you change the subject.", "When I brought up money and"),
        ("You interrupt me every time I speak.", "When I spoke and you interrupted me,"),
        ("You're late every time we make plans.", "When we made plans and you were late,"),
        # a mocking echo: what was echoed is asked about
        ("Stand-up comedy? You?", "tell me more about stand-up comedy?"),
        ("Magic, sweetie? Seriously?", "tell me more about magic?"),
        # where and when stay with what they describe
        ("Well, considering how you could barely keep your job at the bar...", "at the bar"),
        ("You've had your fair share of glaring errors in the past, huh?", "errors in the past"),
        # a defence: what the speaker meant or denies, said plainly
        ("So it's a problem now? All I did was help you.", "I meant to help you."),
        ("All I wanted was a hug.", "I wanted a hug."),
        ("Don't act like I was trying to force something!", "I wasn't trying to force anything"),
        (
            "Maybe... sorry, I didn't realize it's such a big deal for you.",
            "Sorry, I didn't realize how much this matters to you.",
        ),
        # advice: the idea is offered, the feeling it names acknowledged
        ("Not to be that person, but a budgeting app would solve all of this.", "a budgeting app"),
        ("If you'd just plan ahead, you wouldn't be so stressed.", "I can see you're stressed."),
        # an emoji does not end the advice it sits in
        ("Here's what you do: quit the choir 🎶❌ and sleep more.", "quitting the choir and"),
        # what a dismissal stops short of is what matters to them
        ("Relax, nobody cares about your little work drama.", "I can see your work drama matters"),
        ("Crying about work again?", "I can see work matters to you."),
        # "your" typed for "you're"
        ("your late every time we make plans", "When we made plans and you were late,"),
        # faux feelings: the thought is owned as a story and checked
        (
            "I feel like you're hiding something from me.",
            "I'm telling myself a story that you're hiding something from me.",
        ),
    ],
)
def test_the_subject_of_the_complaint_stays_and_the_sting_goes(text: str, kept: str) -> None:
    """Objects, activities and times of a judgment are kept in the rewrite."""
    result = rewrite(text)
    assert kept in result.text, result.text
    assert detect(result.text) == ()


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Why can't you be more like your brother?", "brother"),
        ("You're making a mountain out of a molehill.", "molehill"),
        ("Well, sorry for not being at your beck and call.", "beck"),
        ("You're not the sharpest tool in the shed, are you?", "shed"),
        ("Honestly, I feel like your mother sometimes, not your girlfriend.", "girlfriend"),
        ("Oh bravo, you managed to boil an egg. Shall I call the newspapers?", "bravo"),
        ("Thanks to you, my mother isn't speaking to me. Great work.", "Great work"),
        ("You're so lazy compared to your brother.", "brother"),
        ("Mind your tone, young lady.", "young lady"),
        ("What a selfish, self-absorbed man you've turned into.", "turned into"),
        ("Go ahead and talk to the wall, it'll listen better than I will.", "listen better"),
    ],
)
def test_comparators_idioms_and_mock_praise_are_not_kept(text: str, dropped: str) -> None:
    """What completes a put-down is part of it, not the subject to talk about."""
    assert dropped not in rewrite(text).text


@pytest.mark.parametrize(
    ("text", "not_asked"),
    [
        # the setting of a complaint is not its subject
        ("I can't do anything right in this house, can I?", "about this house"),
        # advice asked about is the advice again
        ("I'd just ignore your sister if I were you.", "ignoring your sister"),
    ],
)
def test_settings_and_advised_acts_are_not_what_the_request_is_about(
    text: str, not_asked: str
) -> None:
    """The request names the subject of the complaint, not where it happened or the advice."""
    assert not_asked not in rewrite(text).text


@pytest.mark.parametrize(
    "text",
    [
        "You only care about your animals.",
        "Sometimes, I wonder if you care about me as much as you care about your animals.",
    ],
)
def test_a_guess_that_they_care_about_something_else_asks_to_be_cared_for(text: str) -> None:
    """Behind "you only care about X" is a wish to be cared for, not a question of trust."""
    result = rewrite(text)
    assert result.parts.need_clause == "to feel cared for", result.text
    assert detect(result.text) == ()


def test_a_stage_direction_stays_where_it_was() -> None:
    """A stage direction ("(pulls away)") is not the speaker's words: kept as written."""
    text = rewrite("(pulls away) God, Gwen, not this again! I've had a taxing day.").text
    assert text.startswith("(pulls away) Gwen, I feel")
    assert detect(text) == ()


def test_a_complaint_about_the_partner_asks_them_in_the_third_person() -> None:
    """Told to someone else, the request is what the speaker would like to ask him or her."""
    result = rewrite("My husband never lifts a finger around the house.")
    assert result.parts.observation == "my husband didn't help around the house"
    assert result.text.endswith("I'd like to ask him to help around the house.")
    assert "Would you be willing" not in result.text


def test_the_third_person_request_names_the_partner_when_nothing_else_does() -> None:
    """Without an observation naming him, "him" would not say who is meant."""
    text = rewrite("My wife makes me miserable.").text
    assert text.endswith("I'd like to ask my wife to talk this through with me.")


def test_a_partner_who_cant_be_bothered_is_not_asked_for_quiet_time() -> None:
    """Withdrawal spoken about a partner is theirs; the speaker asks for what they need."""
    text = rewrite(
        "He's a useless lump, my boyfriend. Can't cook, can't clean, can't be bothered."
    ).text
    assert "quiet time" not in text
    assert "I'd like to ask my boyfriend to share the chores" in text


def test_a_past_if_only_becomes_what_happened_and_a_wish_for_next_time() -> None:
    result = rewrite(
        "This is entirely on you. I'd never have been late if you'd packed last night."
    )
    assert result.parts.observation == "you didn't pack last night"
    assert result.text.endswith("Would you be willing to pack next time?")


def test_the_name_from_a_dropped_sentence_still_addresses_the_listener() -> None:
    text = rewrite(
        "Oh not that again, Finnegan. I understand he was your friend, but he's gone. "
        "You need to move on, buddy."
    ).text
    assert "Finnegan, I can see" in text
    assert "not that again" not in text


def test_the_speakers_own_sentence_loses_only_the_scare_quotes() -> None:
    text = rewrite(
        "No, I'm just trying to understand why my desire to be close feels 'suffocating' to you!"
    ).text
    assert text.startswith("I'm trying to understand why my desire to be close feels suffocating")
    assert "tell me what you mean by 'suffocating'" in text


def test_the_wish_inside_cant_you_just_is_the_request() -> None:
    text = rewrite("Can't you just leave it alone?").text
    assert text.endswith("Would you be willing to leave it alone?")


def test_not_the_first_time_says_plainly_that_it_happened_before() -> None:
    text = rewrite("This isn't the first time this has happened either.").text
    assert text.startswith("This has happened before. I feel")


def test_a_rich_coming_from_jab_spans_the_whole_idiom() -> None:
    result = rewrite("That's rich, coming from someone who forgot my birthday.")
    assert [f.text for f in result.findings] == ["That's rich, coming from"]
    assert result.parts.observation == "you forgot my birthday"


def test_the_command_after_stop_ing_and_is_the_request() -> None:
    text = rewrite("Stop moaning and apply somewhere else.").text
    assert text.endswith("Would you be willing to apply somewhere else?")
    assert "moaning" not in text


def test_a_dismissive_one_word_verdict_after_advice_is_not_kept() -> None:
    text = rewrite("Here's what you do: quit the choir and sleep more. Easy.").text
    assert "Easy." not in text


def test_words_inside_quotes_are_not_the_subject_of_the_request() -> None:
    text = rewrite("Ugh, here we go with the “when I was your age” speech. I'm not you, Dad.").text
    assert "your age speech" not in text


def test_an_order_left_in_a_clean_sentence_is_not_kept_next_to_the_request() -> None:
    text = rewrite(
        "Isabelle, get out. Now. Just take your books and study your fancy magic somewhere else."
    ).text
    assert "Just take your books" not in text
    assert text.startswith("Isabelle, I feel")


def test_a_bare_insult_sentence_is_not_kept() -> None:
    text = rewrite("Honestly, my ex was always beneath me. Pathetic little man.").text
    assert "Pathetic" not in text


def test_fallback_wording_follows_the_kind_of_remark() -> None:
    """Shutting down, defending and mocking get different needs and requests."""
    texts = ("Fine, whatever!", "It's not my fault you forgot.", "cool story bro", "Get out!")
    requests = {rewrite(text).parts.request for text in texts}
    assert len(requests) == len(texts)


# --- whole messages -----------------------------------------------------------------------


def test_clean_sentences_are_kept_verbatim_and_in_order() -> None:
    """Sentences without judgment stay exactly as written, around the I-statement."""
    text = "Thanks for dinner, it was lovely. But you always check your phone at the table."
    result = rewrite(text)
    assert result.text.startswith("Thanks for dinner, it was lovely. When you checked your phone")
    text = "It's not about the coat, Gwen. You always seem to leave stuff everywhere. It's chaos."
    result = rewrite(text)
    first = result.text.index("It's not about the coat, Gwen.")
    assert first == 0
    assert result.text.index("It's chaos.") > result.text.index("When you left")


def test_a_clean_lead_in_and_a_form_of_address_are_kept() -> None:
    """A clean lead-in ("I love you, but …") and a name ("…, Emily.") are kept."""
    assert rewrite("I love you, but you never put the cap back on.").text.startswith("I love you.")
    result = rewrite("You could've talked to me about it at least, Emily.")
    assert result.text.startswith("Emily, when you didn't talk to me about it, I felt")
    # a chat spelling that stands for several words is spelled out whole, not cut short
    assert rewrite("idk why i bother, u always forget anyway").text.startswith(
        "I don't know why i bother."
    )


def test_sentence_bounds_split_like_punkt_on_short_messages() -> None:
    """Abbreviations and "..." before a lower-case word do not end a sentence."""
    text = "Dr. Lee said so... but you never listen! OK?\nFine."
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "Dr. Lee said so... but you never listen!",
        "OK?",
        "Fine.",
    ]
    assert sentence_bounds("   ") == ()


# --- styles -------------------------------------------------------------------------------


def test_styles_render_the_same_parts_differently() -> None:
    """Nvc asks, gordon names the effect without asking, xyz is "When you X, I feel Z"."""
    text = "You never help with the dishes!"
    nvc, gordon, xyz = (rewrite(text, style=style) for style in STYLES)
    assert nvc.parts == gordon.parts == xyz.parts
    assert "Would you be willing" in nvc.text
    assert "Would you be willing" not in gordon.text
    assert gordon.parts.effect is not None
    assert gordon.parts.effect in gordon.text
    assert xyz.text == "When you didn't help with the dishes, I felt overwhelmed."
    assert {r.style for r in (nvc, gordon, xyz)} == set(Style)
    assert rewrite(text, style=Style.GORDON).text == gordon.text


def test_every_style_is_clean_for_every_family() -> None:
    """Whatever the style, the rewrite of each rule's examples has no findings."""
    for rule in DEFAULT_RULES:
        for example in rule.examples:
            for style in STYLES:
                result = rewrite(example, style=style)
                if not result.declined:
                    assert detect(result.text) == (), (rule.id, example, style, result.text)


# --- safety -------------------------------------------------------------------------------


def test_threats_are_declined_never_softened() -> None:
    """Every threat example is declined: text unchanged, a reason that points to help."""
    for rule in DEFAULT_RULES:
        if rule.category is not Category.THREAT:
            continue
        for example in rule.examples:
            result = rewrite(example)
            assert result.declined, example
            assert result.text is example
            assert not result.changed
            assert result.reason is not None
            assert "help" in result.reason or "crisis" in result.reason
            assert result.parts.is_empty
            assert result.edits == ()


def test_the_reason_names_the_concern() -> None:
    """A self-harm ultimatum and a threat to the partner get different reasons."""
    self_harm = rewrite("If you leave, I'll kill myself.")
    assert self_harm.reason is not None
    assert "harming yourself" in self_harm.reason
    threat = rewrite("You'll regret this.")
    assert threat.reason is not None
    assert "threat" in threat.reason
    assert "You'll regret this" in threat.reason


def test_a_threat_anywhere_in_a_message_declines_all_of_it() -> None:
    """A kind sentence does not make a threat in the same message acceptable."""
    result = rewrite("I love you. But do that again and you'll be sorry.")
    assert result.declined


# --- the fallback wordings and phrase lexicons are clean -----------------------------------


def test_every_need_has_a_request_and_an_effect() -> None:
    """The phrase lexicons cover the needs lexicon exactly."""
    names = {n.name for n in NEEDS}
    assert set(NEED_REQUESTS) == names
    assert set(NEED_EFFECTS) == names


def test_every_phrase_is_clean_in_its_template() -> None:
    """No need clause, request or effect fires a rule in the sentence it is written for."""
    for need in NEEDS:
        for word in SAFE_FEELINGS:
            assert detect(f"I feel {word}, because I need {need.clause}.") == (), need.name
        assert detect(f"Would you be willing to {NEED_REQUESTS[need.name]}?") == ()
        assert detect(f"I feel hurt, because {NEED_EFFECTS[need.name]}.") == ()
    for moment in (*_XYZ_MOMENTS.values(), _XYZ_DEFAULT_MOMENT):
        for word in SAFE_FEELINGS:
            assert detect(f"When {moment}, I feel {word}.") == ()


def test_every_rule_plan_is_clean_and_real() -> None:
    """The per-rule fallback feelings are real, needs known, requests clean."""
    names = {n.name for n in NEEDS}
    for rule_id, (word, need, request) in RULE_PLANS.items():
        assert feeling(word) is not None, rule_id
        assert need in names, rule_id
        assert detect(f"I feel {word}. Would you be willing to {request}?") == (), rule_id
    assert {rule_id for rule in DEFAULT_RULES for rule_id in [rule.id]} >= set(RULE_PLANS)


def test_the_last_resort_sentences_are_clean_and_real() -> None:
    """The plainest fallback names a real feeling and a known need, and fires nothing."""
    for word in SAFE_FEELINGS:
        found = feeling(word)
        assert found is not None
        assert not found.pleasant
    assert {n.name for n in NEEDS} >= set(SAFE_NEEDS)


def test_faux_feeling_entries_point_to_real_feelings() -> None:
    """The lexicon the rewriter relies on maps every faux feeling to real feelings."""
    for entry in FAUX_FEELINGS:
        assert all(feeling(word) is not None for word in entry.feelings), entry.word


# --- values -------------------------------------------------------------------------------


def test_results_are_frozen_json_ready_and_picklable() -> None:
    """``to_dict`` survives JSON; pickling round-trips; fields cannot be assigned."""
    result = rewrite("You never help with the dishes!")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["style"] == "nvc"
    assert data["changed"] is True
    assert data["parts"]["need"] == "shared effort"
    assert data["edits"][0]["category"] == "absolute"
    assert data["findings"][0]["rule_id"].startswith("absolute.")
    assert pickle.loads(pickle.dumps(result)) == result
    with pytest.raises(AttributeError):
        result.text = "x"  # type: ignore[misc]
    edit = result.edits[0]
    assert isinstance(edit, Edit)
    assert edit.to_dict()["before"] == edit.before
    assert RewriteParts(feeling="sad").to_dict()["feeling"] == "sad"


def test_edits_point_into_the_original() -> None:
    """Each edit's offsets slice the original message to the words it changed."""
    text = "Honestly you never listen, and I feel ignored."
    result = rewrite(text)
    assert result.edits
    for edit in result.edits:
        assert text[edit.start : edit.end] == edit.before


# --- docs and examples --------------------------------------------------------------------


def test_the_guide_examples_are_real_outputs() -> None:
    """Every ``>>>`` example in docs/guide/rewriter.md runs and prints what it shows."""
    guide = ROOT / "docs" / "guide" / "rewriter.md"
    failures, tried = doctest.testfile(
        str(guide),
        module_relative=False,
        optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS,
    )
    assert tried > 20
    assert failures == 0


def test_the_example_script_rewrites_each_line_of_standard_input() -> None:
    """examples/rewrite_lines.py prints one rewrite per input line, in the chosen style."""
    script = ROOT / "examples" / "rewrite_lines.py"
    lines = "You never listen to me!\nSee you at six!\n\nYou'll regret this.\n"
    done = subprocess.run(
        [sys.executable, str(script), "--style", "gordon"],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    out = done.stdout.splitlines()
    assert out[0].startswith("When you didn't listen to me, I felt hurt, because")
    assert out[1] == "See you at six!"
    assert out[2] == ""
    assert out[3] == "You'll regret this."
    assert "declined" in done.stderr


@pytest.mark.parametrize(
    ("text", "observation"),
    [
        # "you can't (just/keep) X" objects to something they did
        ("You can't just decide things without me.", "you decided things without me"),
        ("You can't keep spending money on games.", "you spent money on games"),
        ("Don't you dare walk away while I'm talking.", "you walked away while I was talking"),
        # a boast of what the speaker doesn't do points at what the partner did
        ("At least I don't spend all night on my phone.", "you spent all night on your phone"),
        ("At least I don't lie about where I've been.", "you lied about where you've been"),
        ("I never left messes around when I was your age.", "you left messes around"),
        # quoting their words back is an observation, not a mocking quote
        (
            'Let\'s not forget when you called my reading a "useless hobby".',
            None,
        ),
    ],
)
def test_what_a_put_down_points_at_becomes_the_observation(
    text: str, observation: str | None
) -> None:
    """The act behind a rule, a dare or a boast is kept as what happened."""
    result = rewrite(text)
    if observation is not None:
        assert result.parts.observation == observation, result.text
    else:
        assert "you called my reading a 'useless hobby'" in result.text
    assert detect(result.text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "You can't rely on luck forever.",  # a rule, not an act
        "At least I tried.",  # a boast about the speaker only
        "My shop may be messy but at least I'm not serving people subpar coffee and "
        "calling it 'unique blend'.",  # the act is tangled with another put-down
    ],
)
def test_no_observation_is_made_up_from_a_rule_or_a_boast(text: str) -> None:
    """Only an act the words point at becomes "When you …"; nothing half-cut."""
    assert rewrite(text).parts.observation is None


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Other dads actually turn up to the games.", "turn up to the games"),
        ("My friends' partners actually text back.", "text back"),
        ("My ex at least knew how to cook.", "cook"),
    ],
)
def test_what_others_do_is_asked_for_past_actually_and_at_least(text: str, wish: str) -> None:
    """The comparison's verb is found past "actually" and "at least"."""
    assert rewrite(text).parts.request == wish


def test_a_vague_or_cut_comparison_falls_back_to_the_general_request() -> None:
    """Nothing concrete ("at least tries"), nothing cut short ("your best | friend's")."""
    result = rewrite("Your best friend's husband at least tries.")
    assert "try?" not in result.text
    assert "your best?" not in result.text


def test_after_an_acknowledgement_the_request_takes_the_next_subject() -> None:
    """The acknowledgement names one subject; the request talks about the other."""
    result = rewrite(
        "Oh c'mon Dad... Who cares about a few books here and there? You've practically "
        "turned the backyard into a jungle with all your weird plants."
    )
    assert "I can see a few books matter to you." in result.text
    assert result.text.endswith("talk with me about your plants?")


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("you called it a 'disaster' first", "you called it a 'disaster' first"),
        ('my "hobby" pays', 'my "hobby" pays'),
        ("your own kids' birthdays", "your own kids' birthdays"),
        ("the dishes , please ( now )", "the dishes, please (now)"),
    ],
)
def test_words_join_with_quote_marks_on_the_right_side(text: str, joined: str) -> None:
    """Quote marks open and close around the words; an apostrophe stays on its word."""
    from intimacy_kit._rewrite_clause import join_words, tokenize

    assert join_words(tokenize(text)) == joined


@pytest.mark.parametrize(
    ("text", "observation"),
    [
        ("You put me in a foul mood every time you come home late.", "you came home late"),
        ("I was perfectly calm before you walked in.", "you walked in"),
        ("You're the reason I can't sleep at night.", "now that I can't sleep at night"),
        ("The kids are upset and that's on you.", "now that the kids are upset"),
        ("your fault we're broke lol", "now that we're broke"),
    ],
)
def test_blame_keeps_the_moment_or_the_state_it_is_about(text: str, observation: str) -> None:
    """Whose fault it is goes; the act or the state of things stays."""
    result = rewrite(text)
    assert result.parts.observation == observation, result.text
    assert detect(result.text) == ()


def test_blame_for_what_went_wrong_does_not_invent_a_state() -> None:
    """There is no state to keep after "you" in "You've wrecked the whole weekend"."""
    assert "now that" not in rewrite("You've wrecked the whole weekend, well done.").text.lower()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("You're so irresponsible with the car.", "the car"),
        ("You're clueless when it comes to money.", "money"),
    ],
)
def test_what_a_label_is_about_becomes_the_subject_to_talk_about(text: str, subject: str) -> None:
    """The label ("useless with money") goes; what it was about stays."""
    result = rewrite(text)
    assert result.text.endswith(f"about {subject}?"), result.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I feel betrayed that you told your sister.", "When you told your sister, I felt"),
        ("I feel criticised every time I cook.", "discouraged every time I cook, because"),
        ("I feel invisible when your friends come round.", "sad when your friends come round,"),
        # told in the past: "I feel … when the trip got planned" would mix the tenses
        ("I felt left out when the trip got planned without me.", "I feel lonely and sad, because"),
    ],
)
def test_a_faux_feeling_keeps_the_moment_it_comes_in(text: str, expected: str) -> None:
    """The moment or the act after a faux feeling stays with the real feeling."""
    result = rewrite(text)
    assert expected in result.text, result.text
    assert detect(result.text) == ()


def test_a_scoffed_word_is_asked_about() -> None:
    """A scoff ("What career, …?") throws their word back; the rewrite asks about it."""
    result = rewrite("What career, the magician thing again?")
    assert result.text.endswith("Would you be willing to tell me more about your career?")
