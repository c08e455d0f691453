"""Conflict-side coding found by reading Current Events items and ConfliBERT's training sentences (session 10):
constructions a news writer uses across stories, each with sentences of our own (other words and names than
the sentences read), the type (and mode) they must get, and near-misses that must not be coded."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

CODED = [
    # an attack noun that left people dead or wounded (cues.yaml casualty_verbs): the toll says it happened
    ("A gunfight between two drug gangs in Sinaloa leaves at least nine people dead.", "ASSAULT", "firearms"),
    ("Clashes between the army and rebels near Goma, which left dozens dead, continued on Monday.", "ASSAULT", None),
    ("A suicide bombing near the main bus depot of Maiduguri left fourteen passengers dead.", "ASSAULT", None),
    # a shooting as a noun, with a toll or an onset verb
    ("A mass shooting at a bar in Cali leaves four dead.", "ASSAULT", "firearms"),
    ("A shooting took place at a shopping mall in Bangkok, leaving five dead.", "ASSAULT", "firearms"),
    # a state's forces boarding, intercepting or commandeering someone's ship
    ("Naval commandos from Israel boarded the Turkish aid ship off the coast of Gaza.", "COERCE", "seize"),
    ("The Greek tanker was intercepted by Iranian coast guards in the Gulf of Oman.", "COERCE", "seize"),
    ("Somali militiamen commandeered a Yemeni cargo vessel near Kismayo.", "COERCE", "seize"),
    # a raid carried out in a sentence that reports deaths is an attack, as the verb (assault.deadly_raid.s9)
    ("A night raid carried out by Nigerian commandos left two guards dead near Maiduguri.", "ASSAULT", None),
    # a hotline or the communication channels cut
    ("Pyongyang cut the military hotline with Seoul on Tuesday.", "SANCTION", "discontinue"),
    ("Armenia suspended communications with the Azerbaijani border command.", "SANCTION", "discontinue"),
    # imports or exports suspended from a country
    ("Beijing suspended all fruit imports from Taiwan on Friday.", "SANCTION", "discontinue"),
    # a blockade by protesters obstructs (PROTEST), a state's or an army's is COERCE
    ("Opposition protesters blockaded the main port in Durban for a second day.", "PROTEST", "obstruct"),
    ("The Kenyan army blockaded the town of Garissa.", "COERCE", "restrict"),
    # a fast started as a protest is a hunger strike
    ("The jailed opposition leader started a fast in a prison near Baku to demand a retrial.", "PROTEST", "hunger"),
    # a headquarters or a compound captured is a seizure of a place, not an arrest
    ("Al-Shabaab fighters captured the headquarters of the regional police in Baidoa.", "COERCE", "seize"),
    # describing, labelling or portraying someone as an insult
    ("The Iranian president labelled the Saudi leaders as traitors to Islam.", "ACCUSE", "disapprove"),
    ("Moscow portrayed the Ukrainian government as puppets of Washington.", "ACCUSE", "disapprove"),
    # a state's jets forcing a plane to land
    ("Turkish fighter jets forced a Syrian passenger plane to land in Ankara.", "COERCE", "restrict"),
    # a closure of borders or a territory imposed or ordered by a state
    ("The Israeli army imposed a closure on the Palestinian territories.", "COERCE", "restrict"),
    ("Uzbekistan announced the closure of its border crossings with Tajikistan.", "COERCE", "restrict"),
    # the noun 'detainment'; a social network banned by a government
    ("Iran's intelligence ministry announces the detainment of the leader of an exile group.", "COERCE", "arrest"),
    ("The Ethiopian government banned Facebook and WhatsApp for two weeks.", "COERCE", "censor"),
    # a protest lodged, or made by a state, is a verbal protest (ACCUSE), not a demonstration
    ("The Chinese embassy lodged a strong protest with the Japanese foreign ministry.", "ACCUSE", None),
    ("The Indian government issued a protest to Nepal over the new map.", "ACCUSE", "disapprove"),
    # a dam or an oilfield captured
    ("Kurdish fighters captured the Mosul dam from the militants on Sunday.", "COERCE", "seize"),
    # an armed force taking or gaining control of a place
    ("Taliban fighters took control of the border town of Spin Boldak on Wednesday.", "COERCE", "seize"),
    ("Rebels gained control of most of the province of Idlib.", "COERCE", "seize"),
    # warplanes striking posts; police storming a protest site
    ("Israeli jets struck two Hamas posts in the northern Gaza Strip.", "ASSAULT", "aerial"),
    ("Yemeni police stormed a protest site in Aden, killing one man.", "ASSAULT", None),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session10_conflict_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # a protest as the motive of another act is no demonstration: the resignation or walkout is the event
    ("Three Chilean senators quit the ruling coalition in protest at the pension bill.", "PROTEST"),
    ("The Kenyan transport minister resigned on Monday in protest against the new fuel levy.", "PROTEST"),
    ("The Romanian liberals left the cabinet as a protest against the dismissal of their minister.", "PROTEST"),
    # the toll of a fire, a crash or a storm is no attack
    ("A fire at a textile depot in Dhaka left 26 workers injured.", "ASSAULT"),
    ("A blaze at a hostel in Jos kills eleven students and leaves 20 others injured.", "ASSAULT"),
    ("A bus crash in Kerala left 12 passengers injured and three dead.", "ASSAULT"),
    ("A cyclone that struck the coast of Odisha left hundreds of villagers injured.", "ASSAULT"),
    # passengers boarding a ferry, a navy boarding its own ship to sail home
    ("Tourists boarded the ferry to Crete in Piraeus on Sunday.", "COERCE"),
    ("About 300 French marines boarded a warship bound for Toulon after the exercise.", "COERCE"),
    # missiles intercepted are defence, not a seizure; a phone line cut by a storm
    ("Israeli air defences intercepted two rockets fired from Gaza.", "COERCE"),
    ("The storm cut power lines across the north of Luzon.", "SANCTION"),
    # the shooting of a film; a raid that arrests is no attack
    ("The shooting of the new war film began in Malta last week.", "ASSAULT"),
    ("Police conducted a raid on a warehouse in Lagos and arrested nine suspects.", "ASSAULT"),
    # a religious fast; a lawsuit or petition to seize assets has seized nothing yet
    ("Millions of Muslims in Jakarta began the fast of Ramadan on Monday.", "PROTEST"),
    ("Kenya filed a lawsuit in Nairobi to seize the assets of the former minister.", "COERCE"),
    ("Ukrainian lawmakers sent a petition to the court to ban the pro-Russian party.", "COERCE"),
    # described as something that is no insult; a plane forced down by the weather
    ("The Mexican minister described the talks as constructive.", "ACCUSE"),
    ("The Sudanese general portrayed the army as a force for order.", "ACCUSE"),
    ("Heavy fog forced the plane to land in Ankara.", "COERCE"),
    # a business closing its own branches or offices
    ("The bank announced the closure of 40 branches in Lagos.", "COERCE"),
    ("Lehman Brothers announced the closure of its office in Tokyo.", "COERCE"),
    # a border closed against a disease coerces nobody
    ("Chile announced the closure of its borders to slow the spread of the virus.", "COERCE"),
    # people staging a protest demonstrate: no diplomatic protest
    ("Thousands of Kenyan teachers staged a protest outside parliament in Nairobi.", "ACCUSE"),
    ("Riot police in Hanoi broke up anti-Japan protests near the embassy.", "ACCUSE"),
    # a party taking control of parliament; a car striking a post
    ("The opposition party took control of the parliament in Lima.", "COERCE"),
    ("A speeding car struck a post in central Lyon.", "ASSAULT"),
    # a school banning phones is no censorship
    ("The school in Leeds banned apps on pupils' phones during lessons.", "COERCE"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session10_conflict_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)


CODED_STILL = [
    # with its article, or as a plural, a protest is one that happened
    ("Hundreds of nurses took part in a protest outside the health ministry in Accra.", "PROTEST", "demo"),
    ("Thousands of Bolivian miners marched in La Paz in protest at the new mining law.", "PROTEST", "demo"),
]


@pytest.mark.parametrize("text,etype,mode", CODED_STILL)
def test_session10_real_protests_stay_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)
