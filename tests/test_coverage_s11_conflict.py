"""Conflict-side coding found by reading Current Events items and ConfliBERT's training sentences (session 11):
constructions a news writer uses across stories, each with sentences of our own (other words and names than
the sentences read), the type (and mode) they must get, and near-misses that must not be coded."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

CODED = [
    # an accusation, a report or one's own part in an act denied (reject.deny_charge.s11)
    ("Kazakhstan denies any involvement in the shooting of a Kyrgyz border guard.", "REJECT", None),
    ("The Tanzanian police flatly denied the allegations of abuse in its cells.", "REJECT", None),
    ("The Belarusian government disavowed any responsibility for the sabotage of the pipeline.", "REJECT", None),
    ("The rebel group issued a denial of involvement in the ambush near Bunia.", "REJECT", None),
    # a warning to states or forces of what awaits them (threaten.warn_addressee_of.s11)
    ("The Ethiopian premier warned neighbouring states of grave consequences if they armed the rebels.", "THREATEN", None),
    ("Baku warns the separatist forces of swift retaliation for any shelling.", "THREATEN", None),
    # an air raid (assault.air_raid.s11)
    ("Egyptian aerial raids on militant hideouts in Derna continued for a third day.", "ASSAULT", "aerial"),
    # blame by idiom (accuse.point_finger.s11)
    ("The Georgian premier pointed the finger at Moscow for the cyber attack on the tax office.", "ACCUSE", "allege"),
    # force answered with force (assault.respond_force.s11), and said as the speaker's own future act
    ("Riot police in Nairobi responded with force, beating marchers with batons.", "ASSAULT", None),
    ("The Indian army said it would respond with force to any further incursion.", "THREATEN", None),
    # a weapon's fire as the agent is aimed, not an accident (cues.yaml weapon_modifiers)
    ("Two Ukrainian medics were killed by artillery fire near Bakhmut.", "ASSAULT", None),
    # forces driving back or dislodging an armed opponent, or repelling its attack (assault.drive_back.s11)
    ("Chadian troops drove the jihadists out of the island camps on Lake Chad.", "ASSAULT", None),
    ("The Malian army repelled a militant attack on its base at Boni.", "ASSAULT", None),
    ("Iraqi special forces flushed out the last gunmen from the old quarter of Tal Afar.", "ASSAULT", None),
    # people hanged or beheaded (assault.hang.s11)
    ("Authorities in Tehran hanged four Baluch militants at dawn on Sunday.", "ASSAULT", "targeted"),
    # aid withheld, slashed or cut off (sanction.withhold_aid.s11)
    ("The Netherlands withheld development aid to Burundi after the disputed vote.", "SANCTION", "discontinue"),
    ("Canada slashed military assistance to the Honduran government.", "SANCTION", "discontinue"),
    # punitive tariffs or duties imposed (sanction.tariffs.s11)
    ("Ottawa imposed retaliatory tariffs on American aluminium.", "SANCTION", "discontinue"),
    ("New Delhi slapped punitive duties on Chinese solar panels.", "SANCTION", "discontinue"),
    # slogans chanted against someone (protest.chant.s11)
    ("Thousands of miners chanted slogans against the governor outside the assembly in Potosi.", "PROTEST", "demo"),
    # the blame laid on someone, accusations levelled, charges brought (accuse.nouns.s11)
    ("Addis Ababa laid the blame for the massacre on the Oromo rebels.", "ACCUSE", "allege"),
    ("Bamako levelled accusations of espionage against a French aid worker.", "ACCUSE", "allege"),
    ("State prosecutors in Lima brought charges against the former interior minister.", "ACCUSE", None),
    # an act called or described as a wrong (accuse.call_act.s11)
    ("Hanoi called the survey by China a violation of its sovereignty.", "ACCUSE", "disapprove"),
    ("Manila described the water-cannon attack as an act of aggression.", "ACCUSE", "disapprove"),
    ("The Bolivian opposition denounced the recount as a farce.", "ACCUSE", "disapprove"),
    # an uprising or protests quelled or suppressed (assault.suppress.s11)
    ("Government troops put down a mutiny at the barracks outside Conakry.", "ASSAULT", None),
    ("Riot police suppressed the demonstrations in Minsk with stun grenades.", "ASSAULT", None),
    # people maimed; offices ransacked or shops looted by armed men (assault.maim_loot.s11)
    ("A roadside mine maimed four villagers near Mosul.", "ASSAULT", None),
    ("Armed men ransacked the offices of an aid agency in Juba.", "ASSAULT", "destroy"),
    # the press or critics muzzled (coerce.muzzle.s11)
    ("The military council muzzled the independent press in Khartoum.", "COERCE", "censor"),
    # fighting that broke out, raged or continued at a place (assault.fighting_onset.s11)
    ("Heavy fighting broke out in the suburbs of Mogadishu on Friday.", "ASSAULT", None),
    ("Fierce fighting raged around the airport of Tripoli overnight.", "ASSAULT", None),
    # a warning of repercussions or of a crackdown by a state or its police (threaten.warn_of_more.s11)
    ("Riot police in Tbilisi warned of a tough crackdown on any further marches.", "THREATEN", None),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session11_conflict_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # bail, a visa or a permit denied are no denial of a charge; "denied itself" nothing
    ("A judge in Perth denied bail to the two surfers.", "REJECT"),
    # what a denied allegation says was done is the accuser's claim, not an act the text asserts
    ("The ministry in Bamako denied allegations that its soldiers torched a village near Mopti.", "ASSAULT"),
    # a forecast addressed to farmers, not a threat
    ("The weather office warned farmers of a long dry season.", "THREATEN"),
    # an illness, not an assault (cues.yaml ailment_modifiers)
    ("The former defence minister of Peru died of a heart attack in Lima.", "ASSAULT"),
    ("The senator suffered a panic attack during the hearing.", "ASSAULT"),
    # a police raid that searches is no air raid, and no attack
    ("Police carried out a raid on the offices of a charity in Kano.", "ASSAULT"),
    # pointing at a map; responding to a letter
    ("The Chilean envoy pointed at the map of the disputed waters.", "ACCUSE"),
    ("The Danish ministry responded to the letter from the fishermen.", "ASSAULT"),
    # a fire or a blaze as the agent stays an accident; crowds pushed back are crowd control; water repelled
    ("Four workers were killed by a fire at a textile mill in Karachi.", "ASSAULT"),
    ("Riot police pushed back the demonstrators outside the parliament in Tbilisi.", "ASSAULT"),
    ("The new coating on the hull repels water and ice.", "ASSAULT"),
    # a banner hung; prices slashed; hymns chanted; charges dropped; a meeting called a success
    ("Volunteers hung a banner over the gate of the stadium in Cork.", "ASSAULT"),
    ("The chain slashed prices on winter coats across Ireland.", "SANCTION"),
    ("Monks chanted prayers at the temple in Kandy.", "PROTEST"),
    ("The charges against the Belgian cyclist were dropped last week.", "ACCUSE"),
    ("The Latvian premier called the summit a success.", "ACCUSE"),
    ("The envoy described the talks in Oslo as useful.", "ACCUSE"),
    # a fire quelled; a smile suppressed; the guns silenced by a truce; a budget looted is no attack
    ("Firefighters put down the blaze at the fuel depot in Dakar.", "ASSAULT"),
    # a purpose is not an act: troops sent to quell riots have not (yet) quelled anything
    ("Zambia called for more police officers to help quell the unrest in the copper belt.", "ASSAULT"),
    ("The judge suppressed a smile as the verdict was read in Oslo.", "ASSAULT"),
    ("The truce silenced the guns along the river for a week.", "COERCE"),
    ("Officials looted the pension budget of the province for years.", "ASSAULT"),
    # a budget fight in parliament, a fire fought by crews: no onset of armed fighting
    ("The fighting over the budget continued in the Bulgarian parliament.", "ASSAULT"),
    ("Fighting the wildfires near Athens continued for a third day.", "ASSAULT"),
    # the crackdown a warning threatens has not happened (cues.py warned_content)
    ("Riot police in Tbilisi warned of a tough crackdown on any further marches.", "COERCE"),
    # an economist's forecast is no threat
    ("Economists warned of repercussions for Greek exporters.", "THREATEN"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session11_conflict_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


CODED_STILL = [
    # a scientist among the victims does not make a bombing science news (scientists are a weak domain cue)
    ("Gunmen on a motorbike killed a nuclear scientist in Isfahan.", "ASSAULT", None),
    ("Israel denies any role in the killing of an Iranian scientist.", "REJECT", None),
    ("The ministry in Bamako denied allegations that its soldiers torched a village near Mopti.", "REJECT", None),
    # a real attack keeps its code next to the illness words
    ("Gunmen launched an attack on a police post near Kidal.", "ASSAULT", None),
]


@pytest.mark.parametrize("text,etype,mode", CODED_STILL)
def test_session11_real_events_stay_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)
