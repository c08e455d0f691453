"""Was the event realised? asserted / reported / future / hypothetical / negated.

(`historical` is decided after dates are resolved, in the pipeline.) The cue words are data in
`lexicons/modality.yaml`; this module walks the parse. Negation has a scope: it applies to the
predicate it modifies (and to an infinitive that predicate controls), not to a noun inside its object:
"have not hampered ... its withdrawal" leaves the withdrawal asserted.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from .. import docmemo, yamlload
from .lexicon import load_word_classes
from .roles import ASPECTUAL as ASPECTUAL_VERBS
from .roles import announced_plan, argument, aspectual_governor, base_form, modal_spelled_subject

_WORDS = load_word_classes()  # lexicons/constructions.yaml


@dataclass(frozen=True)
class ModalityCues:
    negators: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    conditional_marks: frozenset[str]
    intent_governors: frozenset[str]  # "plan to", "seek to", "keenness to"
    announce_governors: frozenset[str]  # the intent governors that state an intention
    negative_governors: frozenset[str]  # "failed to", "declined to"
    reporting_verbs: frozenset[str]
    reporting_adverbs: frozenset[str]
    hypothetical_modifiers: frozenset[str]  # "possible attacks"
    future_modifiers: frozenset[str]  # "planned talks"
    reported_modifiers: frozenset[str]  # "the alleged attack"
    undoing_verbs: frozenset[str]  # "revoked the arrest": the nominal event is being undone
    undoing_nouns: frozenset[str] = frozenset()  # "a suspension of attacks": the attacks are being stopped
    impact_verbs: frozenset[str] = frozenset()  # "hit by air strikes": the agent is an event that happened
    attribution_verbs: frozenset[str] = frozenset()  # '"...", agreed X': a verb of saying in that use
    opinion_nouns: frozenset[str] = frozenset()  # "agreed with the remark": an opinion, not an agreement
    accord_objects: frozenset[str] = frozenset()  # s22: "agree with the proposal": a stance on terms, kept
    deliberation_governors: frozenset[str] = frozenset()  # s22: "says he is considering giving": no stated intent
    demand_nouns: frozenset[str] = frozenset()  # "its call to drop the charges": content, not an act
    means_preps: frozenset[str] = frozenset()  # "may respond by sending troops": shares the verb's modality
    offence_verbs: frozenset[str] = frozenset()  # "alleged that X violated the truce": an accusation against X
    negating_subjects: frozenset[str] = frozenset()  # "no passengers were killed": nobody did or suffered it
    wishing_governors: frozenset[str] = frozenset()  # "we hope we'll round up X": hoped for, not done
    option_nouns: frozenset[str] = frozenset()  # "the option to leave or die": a possible outcome
    claim_nouns: frozenset[str] = frozenset()  # "charges that it tortured a priest": someone's claim
    necessity_governors: frozenset[str] = frozenset()  # "is crucial for X to negotiate": needed, not done
    speculative_aux: frozenset[str] = frozenset()  # "X might be willing to make": a guess, not a statement
    habitual_adverbs: frozenset[str] = frozenset()  # "is usually deported": a rule, not an act
    mandative_governors: frozenset[str] = frozenset()  # "proposed that troops be sent": wanted, not done
    attempt_nouns: frozenset[str] = frozenset()  # "an attempt to have X arrested": sought, not done
    attempted_attacks: frozenset[str] = frozenset()  # "an attempt to assassinate X": an attack all the same
    attempt_verbs: frozenset[str] = frozenset()  # "were trying to reach a truce": tried, not reached (s15 trig)
    attempted_achievements: frozenset[str] = frozenset()  # ... only for verbs of reaching an end: reach, strike, secure
    denial_verbs: frozenset[str] = frozenset()  # "denied firing on the convoy": denied, not reported
    directive_governors: frozenset[str] = frozenset()  # "told the militia to leave": wanted of another, not done
    infinitive_verbs: frozenset[str] = frozenset()  # "vowed to fight": a complement, not a purpose
    enacted_purposes: frozenset[str] = frozenset()  # "called X to congratulate him": done by the call
    permission_verbs: frozenset[str] = frozenset()  # "the law allows police to detain": a power, not an act
    rule_nouns: frozenset[str] = frozenset()  # the rules that can give it
    conditional_nouns: frozenset[str] = frozenset()  # "in case the army attacked": a condition, not an act
    preventing_verbs: frozenset[str] = frozenset()  # "forbids the banker's extradition": kept from happening
    ending_verbs: frozenset[str] = frozenset()  # "the shelling stopped", "ordered all attacks to cease": being ended
    counterfactual_modals: frozenset[str] = frozenset()  # "had X done it, Y would have ...": contrary to fact
    pending_marks: frozenset[str] = frozenset()  # "will not lift it until X frees ...": X's act is still pending
    refraining_governors: frozenset[str] = frozenset()  # "refrained from attacking", "ruled out withdrawing": not done
    keeping_governors: frozenset[str] = frozenset()  # "prevented the students from marching": not done
    wanting_governors: frozenset[str] = frozenset()  # "wants the troops withdrawn": wanted, not done
    evidence_nouns: frozenset[str] = frozenset()  # "no evidence that X attacked": denied, not reported
    claim_denials: frozenset[str] = frozenset()  # "denied reports that X attacked": denied, not reported
    urging_governors: frozenset[str] = frozenset()  # "pressured X to release Y": wanted of X, not done
    planned_cues: frozenset[str] = frozenset()  # "will meet", "is scheduled to visit": a plan told as fact
    future_in_past_verbs: frozenset[str] = frozenset()  # "said the board would begin an inquiry": future (s17)
    wishing_verbs_s17: frozenset[str] = frozenset()  # "would like to thank": no plan (s17)
    difficulty_verbs: frozenset[str] = frozenset()  # "struggling to silence critics": tried, not said done (s19)
    near_miss_adverbs: frozenset[str] = frozenset()  # "almost arrested him": fell short, not done (s19)
    near_miss_attacks: frozenset[str] = frozenset()  # "nearly killed the governor": an attack all the same (s19)
    speculation_governors: frozenset[str] = frozenset()  # "speculated that rebels seized it": a guess (s21)


@lru_cache(maxsize=1)
def load_cues() -> ModalityCues:
    data = yamlload.safe_load((resources.files("eventlens") / "lexicons" / "modality.yaml").read_text("utf-8"))
    return ModalityCues(**{k: frozenset(v) for k, v in data.items()})


@dataclass(frozen=True)
class Modality:
    value: str
    cue: str | None = None
    attributed_to: tuple[int, int] | None = None  # token span of the source of a reported claim


def _rel(tok: Token) -> str:
    """The dependency label, reading an infinitival adverbial clause as a complement: the small model
    often attaches "sworn to fight" as advcl."""
    if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return "xcomp"
    return tok.dep_


def _governors(pred: Token):
    """The predicate and the verbs above it through xcomp/conj/ccomp/advcl, stopping at the root."""
    t = pred
    seen = 0
    while seen < 8:
        yield t
        if t.dep_ in {"ROOT"} or t.head is t:
            return
        t = t.head
        seen += 1


def _denied_noun(noun: Token) -> bool:
    """The noun is said not to exist: "no evidence", or the object or attribute of a negated verb ("did not
    find any evidence", "there is not a shred of proof" is not covered)."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    return noun.dep_ in {"dobj", "attr"} and any(c.dep_ == "neg" for c in noun.head.children)


def _gerund_subject(pred: Token, cues: ModalityCues) -> Modality | None:
    """s22: a gerund that is the subject of its clause names an act someone talks about, not one done: "attacking
    Iran would be a grave mistake", "arresting the leader will only fuel the protests", "executing him would not
    bring her back", "deporting them is illegal". Only when that clause is modal (will, would, could, ...) or a
    present-tense "is"/"are": "bombing the bridges did not stop the advance" and "attacking the convoy was a
    mistake" tell of an act that happened."""
    if pred.tag_ != "VBG" or pred.dep_ != "csubj":
        return None
    clause = pred.head
    modal = [c for c in clause.children if c.dep_ == "aux" and c.lower_ in cues.future_aux | cues.hypothetical_aux]
    if modal:
        return Modality("hypothetical", f"{pred.text} ... {modal[0].text} (an act talked of)")
    if clause.lemma_ == "be" and clause.tag_ in {"VBZ", "VBP"}:
        return Modality("hypothetical", f"{pred.text} {clause.text} (an act talked of)")
    return None


def classify(pred: Token, noun: Token | None = None, cues: ModalityCues | None = None) -> Modality:
    """Modality of an event whose predicate is `pred` (the trigger verb, or the light verb of a
    nominal trigger; for a bare nominal trigger, the noun itself)."""
    cues = cues or load_cues()
    # Modifiers of a nominal trigger: "possible attacks", "the planned withdrawal", "no arrests".
    if noun is not None:
        for c in noun.children:
            if c.dep_ == "det" and c.lower_ == "no":
                return Modality("negated", "no")
            if c.dep_ in {"amod", "compound"} and c.lower_ in cues.hypothetical_modifiers:
                return Modality("hypothetical", c.text)
            if c.dep_ in {"amod", "compound"} and c.lower_ in cues.future_modifiers:
                return Modality("future", c.text)
            if c.dep_ in {"amod", "compound", "advmod"} and c.lower_ in cues.reported_modifiers:
                return Modality("reported", c.text)

    refrained = _refrained(pred, cues)
    if refrained is not None:  # "refrained from attacking", "prevented the students from marching"
        phrase, verb = refrained
        outer = classify(verb, cues=cues)
        if outer.value in {"future", "hypothetical"}:
            return outer  # "asked Israel to refrain from using force", "an attempt to deter X from attacking"
        if outer.value != "negated" and not _to_infinitive(verb):
            return Modality("negated", phrase)
        if _to_infinitive(verb) and _wants_of_another(verb.head, cues):
            return Modality("future", verb.head.text)  # "urged the army to refrain from shelling the town"
        # "did not refrain from shelling", "tried to stop police from detaining him": the act may have happened
    talked_of = _gerund_subject(pred, cues)
    if talked_of is not None:
        return talked_of
    own = _own_modality(pred, cues)
    if own is not None:
        return own
    # Up the chain of governing clauses: control verbs, conditionals and reported speech.
    child = pred
    # Purposes and infinitives wanted of another reach the predicate itself and the infinitives it chains
    # ("to help deliver aid", "to arrest and question"), not a clause or phrase under it: "strengthened its
    # forces to deter a new attack after Russia seized the port" leaves the seizure asserted, and "... to
    # reassure them and provided $4m" (a tensed verb the parse hangs on the infinitive) is its own clause.
    finite = False
    # a past-tense adverbial or relative clause, or a past participle describing a noun, is told as having
    # happened, whatever the verbs above it intend: "plans to talk to the rebels who seized the town", "moved
    # troops to deter raids after rebels seized a post", "failed to protect the villagers driven from their homes"
    past_clause = False
    for gov in list(_governors(pred))[1:]:
        rel = _rel(child)
        if child.dep_ == "advcl" and rel == "xcomp" and not finite and _purpose(child, gov, cues):
            return Modality("future", f"{gov.text} to (purpose)")  # "the ministers met to settle the quarrel"
        if rel == "ccomp" and not finite and _to_infinitive(child) and _wants_of_another(gov, cues):
            return Modality("future", gov.text)  # "officials expect the island to sign the pact"
        if rel == "xcomp" and not finite and _to_infinitive(child) and gov.lemma_ in cues.urging_governors and any(
                c.dep_ in {"dobj", "nsubjpass"} for c in gov.children):
            return Modality("future", gov.text)  # "pressured the government to release him", "was invited to attend"
        if rel in {"ccomp", "xcomp"} and not finite and _to_infinitive(child) and _rule_permits(gov, cues):
            return Modality("hypothetical", gov.text)  # "the new law allows the government to seize the assets"
        if rel == "ccomp" and not finite and _to_infinitive(child) and gov.pos_ in {"VERB", "AUX"} \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
            # an infinitive with its own subject happens only if the verb that brings it about does: "said it
            # would allow the agency to deliver food", "did not let the trucks enter", "will force X to withdraw"
            inherited = _own_modality(gov, cues)
            if inherited is not None and inherited.value != "reported":
                return inherited
        if rel == "ccomp" and child is pred and gov.lemma_ in cues.wishing_governors:
            # only the hoped-for clause itself: "hoped the talks would succeed after rebels attacked" keeps the attack
            return Modality("hypothetical", gov.text)
        if rel in {"ccomp", "acl"} and child is pred and gov.lemma_ in cues.speculation_governors:
            # a guess, not a claim (which would be `reported`): "analysts speculated that rebels had seized the
            # tanker", "speculation that the army arrested the mayor"; only the guessed clause itself
            return Modality("hypothetical", gov.text)
        if rel == "ccomp" and child is pred and gov.lemma_ in cues.mandative_governors and _subjunctive(pred):
            return Modality("hypothetical", gov.text)  # "proposed that troops be sent to the region"
        if rel == "xcomp" and _necessity(gov, cues):
            return Modality("hypothetical", gov.text)  # "is crucial for X to negotiate", "needs funds to provide"
        if rel in {"acl", "relcl"} and gov.dep_ == "dobj" and _necessity(gov.head, cues) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return Modality("hypothetical", gov.head.text)  # "needs more trucks to deliver aid"
        if rel == "xcomp" and gov.lemma_ in cues.attempt_verbs and child.lemma_ in cues.attempted_achievements:
            return Modality("future", gov.text)  # "mediators are trying to reach a truce": sought, not reached
        if rel == "xcomp" and gov.lemma_ in cues.difficulty_verbs and _to_infinitive(child):
            return Modality("future", gov.text)  # "the regime is struggling to silence dissidents": tried, not done
        if rel == "xcomp" and not past_clause:
            if gov.lemma_ in cues.negative_governors:
                return Modality("negated", gov.text)
            if gov.lemma_ in {"have", "be"} and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in gov.children):
                return Modality("negated", "yet")  # "the junta has yet to release them", "is yet to withdraw": not done
            neg = [c for c in gov.children if c.dep_ == "neg"]
            if neg:  # "does not want to meet", "did not agree to withdraw"
                return Modality("negated", neg[0].text)
            if gov.lemma_ in cues.intent_governors and not aspectual_governor(child):
                return Modality("future", gov.text)
        if rel in {"xcomp", "conj", "acl"} and gov.pos_ in {"VERB", "AUX"}:
            inherited = _own_modality(gov, cues, negation=(rel == "xcomp"))
            if inherited is not None and inherited.value != "reported":
                return inherited
        if gov.pos_ in {"VERB", "AUX"} and (rel == "prep" and child.lower_ in cues.means_preps or _participle_adjunct(child)):
            # "may respond by sending troops", "could retaliate, attacking ...": the means or the
            # accompanying act happens only if the verb it serves does (negation too: "did not win by ...")
            inherited = _own_modality(gov, cues)
            if inherited is not None and inherited.value != "reported":
                return inherited
        if rel == "ccomp" and gov.lemma_ in cues.attribution_verbs and attributes_speech(gov):
            # '"Troops shelled the town," agreed X', 'X conceded that ...': what is said, attributed to X
            subj = [c for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"}] or inverted_speaker(gov)
            span = None
            if subj:
                a = argument(subj[0], "source")
                span = (a.start, a.end)
            return Modality("reported", gov.text, span)
        if rel in {"ccomp", "xcomp"} and (gov.lemma_ in cues.reporting_verbs or gov.lemma_ in cues.denial_verbs):
            subj = [c for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"}]
            span = None
            if subj:
                a = argument(subj[0], "source")
                span = (a.start, a.end)
            if gov.lemma_ in cues.denial_verbs and child.i > gov.i:
                # "the militia denied firing on the convoy"; a clause before the verb is what the denial answers
                # ("Russia accuses Ukraine of theft; Ukraine denies this" keeps the accusation)
                return Modality("negated", gov.text, span)
            return Modality("reported", gov.text, span)
        if rel == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.conditional_marks for c in child.children):
            return Modality("hypothetical", "if")
        if rel == "advcl" and gov.pos_ in {"VERB", "AUX"} and (mark := next(
                (c for c in child.children if c.dep_ == "mark" and c.lower_ in cues.pending_marks), None)) is not None \
                and _unrealised_clause(gov, cues):
            return Modality("hypothetical", mark.text)  # "will not lift the embargo until China frees the activists"
        if rel == "acl" and gov.pos_ in {"NOUN", "ADJ"} and gov.lemma_ in cues.negative_governors:
            return Modality("negated", gov.text)  # "its reluctance to fully endorse the plan"
        if rel == "acl" and gov.pos_ == "NOUN" and gov.lemma_ in cues.attempt_nouns and child.lemma_ not in cues.attempted_attacks:
            return Modality("future", gov.text)  # "an attempt to have the official arrested"
        if rel == "acl" and gov.pos_ in {"NOUN", "PROPN"} and gov.lemma_ in cues.intent_governors:
            return Modality("future", gov.text)
        if rel in {"acl", "relcl"} and gov.pos_ == "NOUN" and gov.lemma_ in cues.option_nouns and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return Modality("hypothetical", gov.text)  # "offered villagers the option to leave or die"
        if rel in {"acl", "relcl"} and child is pred and gov.lemma_ not in cues.attempt_nouns and _purpose_of_noun(child, gov):
            return Modality("future", f"{gov.text} to (purpose)")  # "a safe zone to resettle refugees"
        if rel in {"acl", "ccomp"} and gov.pos_ == "NOUN" and gov.lemma_ in cues.evidence_nouns and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children) and _denied_noun(gov) and not past_clause:
            return Modality("negated", f"no {gov.text}")  # "police have no evidence that the rebels bombed it"
        if rel in {"acl", "relcl", "ccomp"} and gov.pos_ == "NOUN" and gov.lemma_ in cues.claim_nouns and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            if gov.dep_ == "dobj" and gov.head.lemma_ in cues.claim_denials and not past_clause:
                # (not a relative clause inside it: "rejected claims that it armed the rebels who attacked X")
                return Modality("negated", f"{gov.head.text} {gov.text}")  # "denied reports that troops killed civilians"
            return Modality("reported", gov.text)  # "denied charges that it tortured a priest"
        # the links that keep a purpose's scope: an infinitive it chains, a conjoined bare infinitive, and the
        # event noun that is its object ("to stop fresh demonstrations")
        finite = finite or not (rel == "xcomp" or child.dep_ == "conj" and child.tag_ == "VB"
                                or child is pred and child.pos_ in {"NOUN", "PROPN"} and child.dep_ in {"dobj", "nsubjpass"})
        past_clause = past_clause or (child.dep_ in {"advcl", "relcl"} and child.tag_ == "VBD") \
            or (child.dep_ in {"acl", "relcl"} and child.tag_ == "VBN")  # "failed to protect civilians killed in ..."
        child = gov
    if _yes_no_question(pred.sent) and _main_clause(pred):
        return Modality("hypothetical", "?")  # "Did the army shell the village?" asks, it does not say
    reported = _reported_anywhere(pred, cues)
    if reported is not None:
        return reported
    return Modality("asserted")


def _unrealised_clause(verb: Token, cues: ModalityCues) -> bool:
    """The verb's act is future or conditional, or a negated will/would ("will not lift", "would not release"):
    what must happen first is still pending. A past negation ("did not stop until ...") is not."""
    found = classify(verb, cues=cues)
    if found.value in {"future", "hypothetical"}:
        return True
    return found.value == "negated" and any(c.dep_ == "aux" and (c.lower_ in cues.future_aux or c.lower_ in cues.hypothetical_aux)
                                            for c in verb.children)


def _to_infinitive(verb: Token) -> bool:
    """A "to" infinitive that is not perfect ("to sign", not "to have signed": that one reports a past act)."""
    auxes = docmemo.children_with(verb, "aux")
    return any(c.lower_ == "to" for c in auxes) and not any(c.lemma_ == "have" for c in auxes)


def _wants_of_another(gov: Token, cues: ModalityCues) -> bool:
    """A verb whose infinitive clause with its own subject is wanted, expected or asked of that subject."""
    lemma = gov.lemma_.lower()
    return lemma in cues.intent_governors or lemma in cues.mandative_governors or lemma in cues.wishing_governors \
        or lemma in cues.directive_governors


def _rule_permits(gov: Token, cues: ModalityCues) -> bool:
    """A verb of permission whose subject is a law, decree, deal or other rule ("the law allows X to ...")."""
    if gov.lemma_.lower() not in cues.permission_verbs:
        return False
    holder = gov
    while holder.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in holder.children):
        holder = holder.head  # "the law is aimed at X and allows the state to ...": the shared subject
    subj = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and (subj.lemma_.lower() in cues.rule_nouns or subj.lower_ in cues.rule_nouns)


def _purpose(inf: Token, gov: Token, cues: ModalityCues) -> bool:
    """An infinitive adverbial of a verb that takes no infinitive complement: what the act was for ("met
    to settle the quarrel"), not a complement the small model attached as an adverbial ("vowed to fight")."""
    if gov.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in inf.children) \
            or inf.lemma_.lower() in cues.enacted_purposes:
        return False
    lemma = gov.lemma_.lower()
    complement_takers = (cues.infinitive_verbs, cues.intent_governors, cues.announce_governors, cues.negative_governors,
                         cues.necessity_governors, cues.attribution_verbs, cues.reporting_verbs)
    return not any(lemma in words for words in complement_takers) and lemma not in ASPECTUAL_VERBS


def _main_clause(tok: Token) -> bool:
    """The token is in the sentence's main clause, not in an adverbial or relative clause under it ("Is the
    war over after troops withdrew?" asks about the war, the withdrawal is given)."""
    root = tok.sent.root
    for t in _governors(tok):
        if t.dep_ == "acl" and root.lemma_ == "be" and t.head.dep_ in {"nsubj", "nsubjpass"} and t.head.head == root:
            continue  # "Was the journalist arrested?": the small model makes "Was" the root and the verb an acl
        if t.dep_ in {"advcl", "relcl", "acl", "parataxis"}:
            return False
    return True


def _yes_no_question(sent: Span) -> bool:
    """A sentence that is a yes/no question: it ends in "?" and opens with the inverted auxiliary of its
    main clause ("Did the army shell the village?", "Has the envoy met the rebels?")."""
    if "?" not in docmemo.text(sent):
        return False  # no "?" token (most sentences): no need to read every word
    words = [t for t in sent if not (t.is_punct and t.text != "?") and not t.is_space]
    if len(words) < 3 or words[-1].text != "?":
        return False
    first = words[0]
    if first.tag_ not in {"VBD", "VBZ", "VBP", "MD"} or not (first.tag_ == "MD" or first.lemma_ in {"be", "do", "have"}):
        return False
    # the inverted auxiliary hangs on the main verb, or is the root itself ("Was the journalist arrested?"
    # parses "Was" as the root)
    return (first.dep_ in {"aux", "auxpass"} and first.head == sent.root or first == sent.root) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > first.i for c in sent.root.children)


def _subjunctive(pred: Token) -> bool:
    """A that-clause verb in the bare subjunctive: a base form with a subject and no tense or modal
    ("that the envoy leave", "that troops be sent"); "that troops were sent" has a tense."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in pred.children) or any(c.dep_ == "aux" for c in pred.children):
        return False
    if base_form(pred):  # "that the envoy leave", "that Zembla drop its claim" (tagged VBP)
        return True
    return pred.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in pred.children)


def _necessity(gov: Token, cues: ModalityCues) -> bool:
    """A word of need or difficulty governing an infinitive, or a copula whose complement is one
    ("is crucial for X to negotiate": the small model hangs the infinitive on "is")."""
    if gov.lemma_ in cues.necessity_governors or gov.lower_ in cues.necessity_governors:
        return True
    return gov.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in cues.necessity_governors for c in gov.children)


def _counterfactual_condition(pred: Token, cues: ModalityCues) -> Modality | None:
    """A condition opened by an inverted "had" in a sentence with a would/could/might have: contrary to fact.
    "Had NATO bombed Belgrade, Russia would have ..." (the small model: "had" an aux of the verb, before its
    subject) and "... would have stormed the mosque had the militants not surrendered" ("had" a verb with the
    clause as its complement). Not done when affirmative, done when negated."""
    subj = next(iter(docmemo.children_with(pred, ("nsubj", "nsubjpass"))), None)
    if subj is None:
        return None
    had = next((c for c in docmemo.children_with(pred, "aux") if c.lower_ == "had" and c.i < subj.i
                and c.i == pred.left_edge.i), None)
    if had is None and pred.dep_ == "ccomp" and pred.head.lower_ == "had" and pred.head.i < subj.i \
            and pred.head.i == pred.head.left_edge.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in pred.head.children):
        had = pred.head
    if had is None or had.i == pred.sent.end - 1:
        return None
    if not any(t.dep_ == "aux" and t.lower_ in cues.counterfactual_modals and any(
            a.dep_ == "aux" and a.lemma_ == "have" for a in t.head.children) for t in pred.sent):
        return None
    if any(c.dep_ == "neg" for c in pred.children):
        return Modality("asserted", "had ... not (counterfactual)")
    return Modality("hypothetical", "had (counterfactual)")


def _own_modality(pred: Token, cues: ModalityCues, negation: bool = True) -> Modality | None:
    counterfactual = _counterfactual_condition(pred, cues)
    if counterfactual is not None:
        return counterfactual
    # negation first: "would not provide" is negated, not hypothetical
    if negation:
        for c in docmemo.children_with(pred, ("neg", "advmod", "nsubj", "nsubjpass")):
            if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in cues.negators):
                return Modality("negated", c.text)
            if c.dep_ in {"nsubj", "nsubjpass"}:
                denial = c if c.lower_ in cues.negating_subjects else next(
                    (d for d in c.children if d.dep_ == "det" and d.lower_ in cues.negating_subjects), None)
                if denial is not None:
                    return Modality("negated", denial.text)
    if negation and (near := near_miss(pred, cues)) is not None and pred.lemma_.lower() not in cues.near_miss_attacks:
        return Modality("negated", near.text)  # "police almost arrested the leader": the arrest did not happen
    if _present(pred):
        # a present tense with a word of habit states a rule, not an act ("the person is usually deported",
        # "police routinely detain ..."); headlines' present tense without one is an act ("X calls for ...")
        habit = next((c for c in docmemo.children_with(pred, "advmod") if c.lower_ in cues.habitual_adverbs), None)
        if habit is not None:
            return Modality("hypothetical", habit.text)
        if _habitual_relative(pred):
            return Modality("hypothetical", f"habitual present ('{pred.text}')")
        if _descriptive_relative(pred):
            return Modality("hypothetical", f"descriptive relative clause ('{pred.text}')")
        if (when := _habitual_when(pred)) is not None:
            return Modality("hypothetical", f"habitual '{when.lower_}' clause")
    # "May urged the EU ...": a surname spelled like a modal and parsed as the verb's aux is its subject
    # (roles.modal_spelled_subject), no modal of the verb
    named = modal_spelled_subject(pred)
    named_at = named.i if named is not None else -1
    for c in docmemo.children_with(pred, ("neg", "advmod", "aux", "mark")):  # the only labels tested below
        if c.i == named_at:
            continue
        low = c.lower_
        if negation and c.dep_ == "neg" or (negation and c.dep_ == "advmod" and low in cues.negators):
            return Modality("negated", c.text)
        if c.dep_ == "aux" and low in cues.hypothetical_aux:
            if low == "would" and _future_in_past(pred, c, cues):
                return Modality("future", f"would (after '{pred.head.text}')")
            return Modality("hypothetical", low)
        if c.dep_ == "aux" and low in cues.future_aux:
            return Modality("future", c.text)
        if c.dep_ == "mark" and low in cues.conditional_marks:
            return Modality("hypothetical", c.text)
        if c.dep_ == "advmod" and low in cues.reporting_adverbs:
            return Modality("reported", c.text)
    if _in_case(pred, cues):
        return Modality("hypothetical", "in case")  # "in case the army attacked the compound"
    if _to_infinitive(pred) and (pred.dep_ == "ROOT" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in pred.children)
                                 or pred.dep_ in {"acl", "relcl"} and pred.head.dep_ == "ROOT" and pred.head.pos_ in {"NOUN", "PROPN"}):
        # a headline's "X to VERB" announces what is to come ("Kenyan president to visit Ethiopia next week",
        # "Egypt to host talks", the infinitive hung on the verbless root noun); also the root the parse makes of an
        # infinitive when it misses the main verb
        return Modality("future", "to (headline)")
    if _for_to_clause(pred):  # "rallied for the premier to resign", "time for X to withdraw"
        if pred.head.lemma_.lower() in cues.intent_governors:
            return Modality("future", pred.head.text)  # "were waiting for the army to investigate"
        return Modality("hypothetical", "for ... to")
    if _wanted_state(pred, cues):
        return Modality("hypothetical", pred.head.text)  # "wants the troops withdrawn"
    # a gerund as the object of a preposition is a purpose or topic, not a report: "based on denying X"
    if pred.tag_ == "VBG" and pred.dep_ == "pcomp" and pred.head.lower_ in {"on", "for", "of", "at", "in", "to", "toward", "towards", "about", "against"} \
            and not culpable_gerund(pred):
        return Modality("hypothetical", f"{pred.head.text} + gerund")
    # "is going to attack", "is to visit"
    if pred.dep_ == "xcomp" and pred.head.lemma_ == "go" and pred.head.tag_ == "VBG":
        return Modality("future", "going to")
    if pred.dep_ == "xcomp" and pred.head.lemma_ == "be" and _to_infinitive(pred):
        # "announced that it is to deport 3,000 migrants", "the envoy was to meet the rebels": arranged, not done
        return Modality("future", "be to")
    return None


def _purpose_of_noun(inf: Token, noun: Token) -> bool:
    """A "to" infinitive without its own subject that tells what a thing is for (precision s20): "a safe zone to
    resettle refugees", "a fund to help the victims", "a commission to investigate the killings" -- the act is
    the aim, not done. Not after a superlative or an ordinal, where the infinitive tells what was done ("the first
    country to recognise the state", "the latest government to expel envoys")."""
    if noun.pos_ != "NOUN" or not _to_infinitive(inf) or any(c.dep_ in {"nsubj", "nsubjpass"} for c in inf.children):
        return False
    if noun.lemma_.lower() in TRAVEL_NOUNS:
        return False  # "during a visit to Pretoria to meet opposition leaders": the trip is the meeting's occasion
    if noun.lemma_.lower() in PLAN_NOUNS:
        return False  # "makes a commitment to ease restrictions": a stated intention, which its own rules code
    return not any(c.dep_ in {"amod", "advmod"} and (c.tag_ in {"JJS", "RBS"} or c.lower_ in RANKING_WORDS)
                   for c in noun.children)


# words before a noun that make its infinitive a deed done, not a purpose ("the first/only/next to ...")
RANKING_WORDS = _WORDS["ranking_words"]
TRAVEL_NOUNS = _WORDS["travel_nouns"]
PLAN_NOUNS = _WORDS["plan_nouns"]


def _bare_plural(noun: Token) -> bool:
    """A plural common noun with no determiner, possessor or number: a kind, not a set of people in the news
    ("bloggers", "charities"; not "the bloggers", "three charities", "its allies")."""
    return noun.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod", "predet"} for c in noun.children)


def _habitual_relative(pred: Token) -> bool:
    """A relative clause in the simple present with no auxiliary whose subject is its noun, said of a kind: it
    describes the kind by what its members habitually do, not an act in the news (precision s20): "bloggers who
    praise the government gain followers", "groups that attack convoys". Not a clause whose subject is someone
    else ("refugees whom the authorities blame": their stance now), not a counted set ("scores of refugees who
    ..."), and not particular people ("the men who storm the bank": a headline's present tells an act)."""
    if pred.dep_ != "relcl" or pred.tag_ not in {"VBZ", "VBP"} or pred.pos_ != "VERB":
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in pred.children):
        return False  # "who have attacked", "which is being sued", "which does not ..." (negation is its own rule)
    if not any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"} for c in pred.children):
        return False  # the noun is not the one who acts: "refugees whom the authorities blame"
    head = pred.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return False  # "scores of refugees who ...", "dozens of fighters who ...": counted people, not a kind
    return head.pos_ == "NOUN" and _bare_plural(head)


def _descriptive_relative(pred: Token) -> bool:
    """A relative clause set off by a comma, in the simple present with no auxiliary, whose subject is its
    relative pronoun: it describes what the named party does as a standing activity, not an act in the news
    (s23 types): "Oxfam, which provides aid to refugees, said ...", "the Red Cross, which supplies food to flood
    victims, warned ...". Not a clause that dates its act ("X, who visits Paris on Monday, ..." is a schedule or a
    headline's act, left to the other rules), not a restrictive clause (`_habitual_relative` judges those) and not
    a perfect, passive or negated clause ("X, which has sent aid", "which is supplied by", "which does not ...")."""
    if pred.dep_ != "relcl" or pred.tag_ not in {"VBZ", "VBP"} or pred.pos_ != "VERB":
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in pred.children):
        return False
    subj = next((c for c in pred.children if c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"}), None)
    if subj is None or subj.lower_ not in RELATIVE_PRONOUNS:
        return False
    first = min(t.i for t in pred.subtree)
    if first == 0 or pred.doc[first - 1].text != ",":
        return False  # no comma before the clause: a restrictive one
    return not any(t.ent_type_ in {"DATE", "TIME"} or t.dep_ in {"npadvmod", "tmod"} for t in pred.subtree)


# the pronouns that open a non-restrictive relative clause ("that" opens restrictive ones only)
RELATIVE_PRONOUNS = frozenset({"which", "who"})


def _present(verb: Token) -> bool:
    """The verb, or an auxiliary of it, is in the present tense ("detain", "is deported")."""
    return verb.tag_ in {"VBZ", "VBP"} or any(c.tag_ in {"VBZ", "VBP"}
                                              for c in docmemo.children_with(verb, ("aux", "auxpass")))


def _habitual_when(pred: Token) -> Token | None:
    """The "when"/"whenever" of a present-tense clause that tells what happens in general, not an act in the news
    (s21 types): "press freedom suffers when journalists are harassed", "they are beaten whenever they march". A
    "whenever" clause in the present always is (and so is the present-tense clause it hangs on); a "when" clause
    only under a present-tense clause and with a kind or a pronoun as its subject ("when journalists are ...",
    "when they are ..."), not particular people ("the crowd cheered when the president arrives" is a misparse or a
    headline's act)."""
    for c in pred.children:  # "protesters are arrested whenever they gather": the main clause is the habit
        if c.dep_ == "advcl" and any(m.dep_ in {"advmod", "mark"} and m.lower_ == "whenever" for m in c.children):
            return next(m for m in c.children if m.lower_ == "whenever")
    if pred.dep_ != "advcl":
        return None
    when = next((c for c in pred.children if c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "whenever"}
                 and c.i < pred.i), None)
    if when is None or when.lower_ == "whenever":
        return when
    if pred.head.pos_ not in {"VERB", "AUX"} or not _present(pred.head):
        return None
    subj = next((c for c in pred.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return when if subj is not None and (subj.lower_ in {"they", "we", "you", "one"} or _bare_plural(subj)) else None


def near_miss(pred: Token, cues: ModalityCues | None = None) -> Token | None:
    """The "almost"/"nearly" that says the verb's act fell short ("almost arrested", "was nearly killed"), or None.
    Not in a perfect ("has almost withdrawn": a process mostly done), and only on the verb itself: "nearly 40
    people were killed" counts people, it does not hedge the killing."""
    cues = cues or load_cues()
    if pred.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "aux" and c.lemma_ == "have" for c in pred.children):
        return None
    return next((c for c in docmemo.children_with(pred, "advmod") if c.lower_ in cues.near_miss_adverbs), None)


def _future_in_past(pred: Token, would: Token, cues: ModalityCues) -> bool:
    """'Would' as the past of 'will' in reported speech: "she announced that she would launch an inquiry", "the
    officers indicated they would appeal" tell the speaker's plan, not a condition (s17 events). Only in a clause
    reported by a past-tense verb of telling (modality.yaml `future_in_past_verbs`) whose subject is the speaker,
    with no "would have", no negation and no condition ("said it would withdraw if ...", "unless ...")."""
    gov = pred.head
    if pred.dep_ != "ccomp" or gov is pred or gov.lemma_.lower() not in cues.future_in_past_verbs:
        return False
    if not (gov.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in gov.children)):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.i > would.i for c in pred.children):
        return False  # "would have": counterfactual
    if any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in {"never", "longer"} for c in pred.children):
        return False  # "would no longer tolerate", "would never accept": a refusal, read by the pipeline
    if pred.lemma_.lower() in cues.wishing_verbs_s17:
        return False  # "we would like to thank", "would prefer to agree": a polite or wished act, not a plan
    # the speaker's own act ("X said it would ...", "announced that she would ..."): another party's act is a
    # prediction ("Bolivia said Peru would attack the post") and stays hypothetical
    subj = next((c for c in pred.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    who = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is None or who is None or not (
            subj.lower_ in _WORDS["self_pronouns"]
            or subj.lemma_.lower() == who.lemma_.lower() and subj.pos_ in {"PROPN", "NOUN"}):
        return False
    for t in (pred, gov):
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in cues.conditional_marks:
                return False
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.conditional_marks for m in c.children):
                return False
    return True


def kept_from_happening(noun: Token, cues: ModalityCues | None = None) -> str | None:
    """The verb that keeps a nominal event from taking place or ends it, else None: its object under a verb of
    preventing ("the law forbids his extradition", "police prevented a march"), its subject under a verb of
    stopping ("the shelling stopped"), or the object of a verb that orders or asks it to stop ("ordered all
    attacks to cease"). Such a noun names no realised event (modality.yaml `preventing_verbs`, `ending_verbs`)."""
    cues = cues or load_cues()
    head = noun.head
    if head.pos_ not in {"VERB", "AUX"} or head is noun:
        return None
    lemma = head.lemma_.lower()
    if noun.dep_ in {"dobj", "nsubjpass"} and lemma in cues.preventing_verbs:
        return head.text
    if noun.dep_ == "nsubj" and lemma in cues.ending_verbs:
        return head.text
    if noun.dep_ == "dobj" and any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in cues.ending_verbs
                                   and _to_infinitive(c) and c.i > noun.i for c in head.children):
        return head.text
    return None


def _for_to_clause(pred: Token) -> bool:
    """An infinitive clause opened by "for" with its own subject ("for the premier to resign"): what someone
    wants, waits or calls for, never a report that it happened."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in pred.children) and _to_infinitive(pred) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in pred.children)


def _refrained(pred: Token, cues: ModalityCues) -> tuple[str, Token] | None:
    """A gerund its governor says did not happen: after a verb of refraining with its particle or preposition
    ("refrained from attacking", "backed away from withdrawing", "stopped short of recognising", "ruled out
    withdrawing"), or after "from" under a verb that keeps someone from acting ("prevented the students from
    marching"). The words of the governor and its verb, else None. Only the predicate itself: a gerund's
    conjunct or an event further down keeps its own reading ("banned the lawyers from practising and exiled
    the campaigner" may be one parse away from the exile hanging on "practising")."""
    if pred.tag_ != "VBG":
        return None
    if pred.dep_ in {"xcomp", "advcl"} and pred.head.pos_ == "VERB" and not any(
            c.dep_ in {"mark", "nsubj", "nsubjpass", "aux"} for c in pred.children):
        verb, prep = pred.head, None  # the small model may hang the gerund as an adverbial: "ruled out sending"
    elif pred.dep_ == "pcomp" and pred.head.dep_ == "prep":
        prep = pred.head
        verb = prep.head
        if verb.pos_ in {"ADV", "ADJ", "ADP"} and verb.dep_ in {"advmod", "prt", "acomp"} and verb.head.pos_ == "VERB":
            verb = verb.head  # "stopped short of": the preposition hangs on "short"
        if verb.pos_ != "VERB":
            return None
    else:
        return None
    end = prep.i if prep is not None else pred.i
    words = [c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "acomp"} and verb.i < c.i < end]
    phrase = " ".join([verb.lemma_.lower(), *words] + ([prep.lower_] if prep is not None else []))
    if phrase in cues.refraining_governors:
        return phrase, verb
    if prep is not None and prep.lower_ == "from" and verb.lemma_.lower() in cues.keeping_governors:
        return f"{verb.lemma_.lower()} ... from", verb
    return None


def _wanted_state(pred: Token, cues: ModalityCues) -> bool:
    """A past participle that says what state someone wants another party in: "wants the troops withdrawn"
    (a clause with its own subject), "would like the prisoners freed" (the participle on the object). These
    verbs take no tensed clause, so a participle the tagger reads as a past tense is one too ("wants the
    soldiers pulled out")."""
    if pred.tag_ not in {"VBN", "VBD"} or any(c.dep_ in {"aux", "auxpass", "mark"} for c in pred.children):
        return False
    if pred.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in pred.children):
        gov = pred.head  # "wants [the troops withdrawn]"
    elif pred.dep_ == "acl" and pred.head.dep_ == "dobj":
        gov = pred.head if pred.head.pos_ == "VERB" else pred.head.head  # "would like [the prisoners] freed"
    else:
        return False
    return gov.pos_ in {"VERB", "AUX"} and gov.lemma_.lower() in cues.wanting_governors


def _in_case(pred: Token, cues: ModalityCues) -> bool:
    """The clause opens with 'in case' or 'in the event (that)' right before its subject ("in case the army
    attacked"; the small model hangs "in case" anywhere, so the words before the subject are read). "In the
    case of the town, ..." names a topic: a noun phrase follows, not a clause."""
    subj = next((c for c in pred.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pred.i), None)
    if subj is None:
        return False
    edge = subj.left_edge.i + (subj.left_edge.lower_ in cues.conditional_nouns)  # "case" parsed into the subject
    words = [t.lower_ for t in pred.doc[max(pred.sent.start, edge - 4): edge]]
    if words and words[-1] == "that":
        words = words[:-1]
    return words[-2:-1] == ["in"] and words[-1:] and words[-1] in cues.conditional_nouns \
        or words[-3:-1] == ["in", "the"] and words[-1] in cues.conditional_nouns


def _participle_adjunct(tok: Token) -> bool:
    """A bare -ing participle clause that goes with its verb ("could retaliate, attacking ..."), not
    one with its own subject or subordinator."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(
        c.dep_ in {"mark", "nsubj", "nsubjpass", "aux"} for c in tok.children)


def inverted_speaker(verb: Token) -> list[Token]:
    """The speaker after a verb of saying that follows its quotation ('"...," warned the minister'),
    which the small model often parses as the verb's direct object; [] when there is none."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return []
    if not any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i][:1]


def attributes_speech(verb: Token) -> bool:
    """True when an attribution verb (modality.yaml `attribution_verbs`: agree, concede, warn, ...) only
    introduces what someone said: a quotation before it or in quotation marks ('"...", agreed X', '"...,"
    X warned'), a bare ", saying ..." ('X agreed, saying ...'), a statement of fact ('conceded that the
    truce was fragile': no will/would/should in it), or agreement with someone's words ('agreed with the
    minister's assessment'). It is then a verb of saying, not an agreement, concession or warning; an
    object, an infinitive ("agreed to withdraw") or "on"/"to" phrase ("agreed on a plan") keeps the event."""
    cues = load_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.attribution_verbs:
        return False
    speaker_after = {s.i for s in inverted_speaker(verb)}
    kids = list(verb.children)
    if any(c.dep_ in {"xcomp", "dative", "attr", "oprd"} or (c.dep_ == "dobj" and c.i not in speaker_after)
           or (c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "to", "upon", "of", "against"}) for c in kids):
        return False
    with_objs = [g for c in kids if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    if with_objs and all(g.lemma_.lower() in cues.opinion_nouns or g.lower_ in cues.opinion_nouns for g in with_objs):
        return True
    if not with_objs and any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pcomp" for g in c.children)
                             for c in kids):
        return True  # "agree with what the senators were proposing": an opinion of someone's words
    if with_objs and verb.tag_ in {"VBP", "VBZ"} and not any(c.dep_ == "aux" for c in kids) and not any(
            g.lemma_.lower() in cues.accord_objects or g.lower_ in cues.accord_objects for g in with_objs):
        # s22: "they agree with the NCAA that ...", "both ministers agree with the governor": a present-tense stance
        # shared with someone is CAMEO 019 "express accord", a statement PLOVER leaves out; an agreement reached
        # is told in the past or with what it is on or to ("agreed with Russia", "agree with X on a truce")
        return True
    if with_objs:
        return False  # "agreed with Russia": a partner
    if verb.dep_ == "parataxis":
        return True  # '"The truce," he agreed, "is fragile."'
    clauses = [c for c in kids if c.dep_ in {"ccomp", "parataxis"}]
    for c in clauses:
        if c.i < verb.i or any(t.tag_ in {"``", "''"} or t.text in {'"', "“", "”"} for t in c.subtree):
            return True  # a quotation
        if not _stated_act(c, cues) and not (verb.lemma_.lower() in cues.mandative_governors and _subjunctive(c)):
            # (a bare subjunctive after a verb of demanding is an act demanded, not a statement: "insisted that
            # Zembla withdraw its envoy" asks Zembla, as "insisted that Zembla must withdraw" does; s13b coop)
            return True  # a statement of fact or opinion
    if not clauses and any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in cues.reporting_verbs
                           for c in kids):
        return True  # "X agreed, saying ...", "X warned, adding ..."
    return False


def _stated_act(clause: Token, cues: ModalityCues) -> bool:
    """A clause that states an act to come or a duty ('that the border would reopen', 'should withdraw'),
    which agreeing to or warning of is an event."""
    for t in [clause] + [c for c in clause.children if c.dep_ == "conj"]:
        if any(c.dep_ == "aux" and (c.lower_ in cues.future_aux or c.lower_ in cues.hypothetical_aux) for c in t.children):
            return True
    return False


# "X are guilty of violating the truce": the act is asserted ("is responsible for arresting" may be a duty).
CULPABLE = frozenset({"guilty", "culpable"})


def culpable_gerund(pred: Token) -> bool:
    """A gerund after "be guilty of" (not "found guilty of", the charge of a verdict)."""
    prep = pred.head
    adj = prep.head
    return (pred.dep_ == "pcomp" and prep.dep_ == "prep" and adj.lower_ in CULPABLE and adj.dep_ == "acomp"
            and adj.head.lemma_ == "be")


def _reported_anywhere(pred: Token, cues: ModalityCues) -> Modality | None:
    """'according to X' anywhere in the clause chain, or 'reportedly' on the sentence root."""
    sent = pred.sent
    memo = docmemo.per_doc("reported_anywhere", of=sent)  # one answer per sentence (events share sentences)
    if memo is None:
        return _reported_in(sent, cues)
    key = (sent.start, id(cues))
    if key not in memo:
        memo[key] = _reported_in(sent, cues)
    return memo[key]  # a Modality is frozen: sharing it is safe


def _reported_in(sent: Span, cues: ModalityCues) -> Modality | None:
    doc = sent.doc
    lowers = docmemo.token_keys(doc)[1]  # read once per coded doc: no Token for every word
    for i in range(sent.start, sent.end):
        if lowers[i] == "according" and i + 1 < sent.end and lowers[i + 1] == "to":
            to = doc[i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                a = argument(objs[0], "source")
                return Modality("reported", "according to", (a.start, a.end))
    root = sent.root
    for c in root.children:
        if c.dep_ == "advmod" and c.lower_ in cues.reporting_adverbs:
            return Modality("reported", c.text)
    return None


# Adjectives of readiness that make a future act a stated intention ("is ready to send troops").
READINESS = _WORDS["readiness"]


# Verbs whose infinitive is the purpose of a deal or plot ("hired X to kill", "paid Y to attack").
PURPOSE_GOVERNORS = _WORDS["purpose_governors"]


def announced(pred: Token, cues: ModalityCues | None = None) -> bool:
    """True when a future/conditional act is stated by someone (a verb of saying above it, or a
    readiness adjective): PLOVER codes such statements as AGREE or THREATEN, not as the act."""
    cues = cues or load_cues()
    if pred.pos_ not in {"VERB", "AUX"}:
        return False  # "a planned visit" is scheduled, not a stated intention
    if pred.dep_ == "ROOT" and any(c.dep_ == "neg" for c in pred.children) and any(
            c.dep_ == "aux" and c.lower_ in cues.future_aux for c in pred.children) and any(
            c.dep_ == "nsubj" and c.lower_ not in {"there", "it"} for c in pred.children):
        return True  # "the group will not release the soldiers": the text states the actor's refusal
    child = pred
    for gov in list(_governors(pred))[1:]:
        if gov.lemma_.lower() in cues.deliberation_governors and _rel(child) in {"xcomp", "ccomp", "pcomp"}:
            return False  # s22: "says he is considering giving money": a deliberation, no stated intention
        if child is pred and announced_plan(child):
            return True  # "Zembia announced a plan to invade the island": its stated intention (s13b conflict)
        if _rel(child) not in {"xcomp", "ccomp", "conj", "acomp"}:
            return False  # a relative or adverbial clause is not what the speaker states
        if child.dep_ == "advcl" and _purpose(child, gov, cues):
            return False  # "launched raids to detain suspects, the prosecutor said": a purpose, not a stated intent
        if _rel(child) == "ccomp" and _indirect_question(child):
            return False  # "the case shows how far the junta will go to jail critics": a question, not a promise
        if _rel(child) == "ccomp" and _to_infinitive(child) and _wants_of_another(gov, cues):
            return False  # "a general said he expects North Korea to launch a missile": his expectation, not its threat
        if _rel(child) == "xcomp" and gov.lemma_ in PURPOSE_GOVERNORS:
            return False  # "hired a man to kill her": a plot someone reports, not an intent the actor states
        if gov.lemma_ in cues.wishing_governors or child.dep_ == "xcomp" and any(c.dep_ in {"dobj", "nsubjpass"} for c in gov.children):
            # "hopes Japan will persuade the president to lift sanctions": a hope about others, and an act
            # someone is to be persuaded or asked to do, is nobody's stated intention (passive too: "claimed
            # they were ordered to kill", s13b conflict)
            return False
        if _rel(child) == "xcomp" and _necessity(gov, cues):
            return False  # "said the agency needs funds to provide support": a need, not a promise
        if gov.lemma_ in cues.reporting_verbs or gov.lemma_ in _WORDS["stating_governors"]:
            return True
        if gov.lower_ in READINESS:
            # "X might be willing to make concessions" is someone's guess; "X is/would be willing" is stated
            copula = gov.head if gov.dep_ == "acomp" else gov
            return not any(c.dep_ == "aux" and c.lower_ in cues.speculative_aux for c in copula.children)
        if _rel(child) == "xcomp" and (gov.lemma_ in cues.announce_governors or gov.lower_ in cues.announce_governors):
            return True  # "plans to attack", "wants to send aid": the actor's stated intent
        child = gov
    return False


def _indirect_question(clause: Token) -> bool:
    """A complement clause opened by a wh-word ("how far the junta will go", "when the troops will leave",
    "whether X will attack"): the speaker asks about or marvels at the act, nobody states it (s19 modality). The
    wh-word is the clause's own dependent before its verb, or the adverb on one ("how" on "far")."""
    for c in clause.children:
        if c.i > clause.i or c.dep_ not in {"advmod", "mark"}:
            continue
        if c.tag_ == "WRB" or c.lower_ == "whether" or any(g.dep_ == "advmod" and g.tag_ == "WRB" for g in c.children):
            return True
    return False


# Nouns whose "that" clause is what someone says ("issued a reminder to Iraq that it must cooperate").
MESSAGE_NOUNS = _WORDS["message_nouns"]


def speaker(pred: Token, cues: ModalityCues | None = None, messages: bool = False) -> Token | None:
    """The subject of the verb of saying above a predicate ('Britain said Iran must ...' -> Britain).
    With `messages`, also the sender of a message whose content the predicate is ('France sent a
    message to Chad that it must ...' -> France)."""
    cues = cues or load_cues()
    child = pred
    for gov in list(_governors(pred))[1:]:
        if messages and child.dep_ == "acl" and gov.lemma_.lower() in MESSAGE_NOUNS and gov.dep_ == "dobj" \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            subj = [c for c in gov.head.children if c.dep_ == "nsubj"]
            return subj[0] if subj else None
        if child.dep_ not in {"xcomp", "ccomp", "conj"}:
            return None
        if gov.lemma_ in cues.reporting_verbs or gov.lemma_ in {"declare", "conclude"}:
            subj = [c for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return subj[0] if subj else None
        child = gov
    return None


def conditional(pred: Token, cues: ModalityCues | None = None) -> bool:
    """'will withdraw unless ...', 'will not release them unless ...': a stated act under a threatening
    condition. An act of cooperation offered if the other side does something ('is willing to withdraw its
    troops if the PA takes control', 'says he will resign if his family's safety is guaranteed') is a
    conditional offer, not a threat: only 'unless' (or 'lest') makes it one. (Force or punishment promised
    'if ...' is a threat by its own type: the caller codes every stated act of material conflict so.)"""
    cues = cues or load_cues()
    marks = {g.lower_ for c in pred.children if c.dep_ == "advcl" for g in c.children if g.dep_ == "mark"} \
        & cues.conditional_marks
    return bool(marks - {"if", "whether"})
