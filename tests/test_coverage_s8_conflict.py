"""Conflict-side coding found by reading Current Events items and ConfliBERT's training sentences (session 8):
constructions a news writer uses across stories, each with sentences of our own (other words and names than
the sentences read), the type (and modality) they must get, and near-misses that must not be coded."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded, code

CODED = [
    # 'storm' as a verb is no weather word: storming a prison, a legislature or a residence
    ("Masked gunmen storm a jail in northern Mozambique, freeing dozens of inmates.", "ASSAULT", None),
    ("Armed men stormed the residence of the provincial governor in Kandahar.", "ASSAULT", None),
    # protesters storming a place riot
    ("Angry demonstrators stormed the legislature in Asuncion.", "PROTEST", "riot"),
    # the noun 'fighting' between or with named armed parties
    ("Forty people die in fighting between the Malian army and jihadist fighters near Gao.", "ASSAULT", None),
    ("Villagers fled heavy fighting between Kachin rebels and government troops in Myanmar.", "ASSAULT", None),
    # 'fire upon' is 'fire on'
    ("Coast guard vessels fired upon a Vietnamese trawler near the Paracel Islands.", "ASSAULT", "firearms"),
    # people held hostage
    ("Pirates held eleven sailors hostage off the coast of Somalia for a month.", "ASSAULT", "abduct"),
    # a rally or protest shut down, a protest camp broken up, protesters cleared
    ("Belarusian riot police shut down an opposition rally in Minsk.", "COERCE", "restrict"),
    ("Soldiers broke up a protest camp outside the army headquarters in Khartoum.", "COERCE", "restrict"),
    ("Police cleared protesters from the main square of Tbilisi.", "COERCE", "restrict"),
    # forces massing with no object
    ("Azerbaijani troops massed near the border with Armenia.", "MOBILIZE", "troops"),
    # talks or a visit called off or scrapped
    ("Pakistan called off talks with India over the shelling in Kashmir.", "REJECT", "meet"),
    ("The Greek prime minister scrapped a planned visit to Ankara.", "REJECT", "meet"),
    # the attacks a refusal follows are an event of their own, not what is refused
    ("The Nepali minister cancelled his trip to Malaysia after attacks on Nepali workers in Kuala Lumpur.", "ASSAULT", None),
    # a concern that someone did something still accuses
    ("The Danish foreign ministry expressed concern that Iranian police had beaten protesters.", "ACCUSE", None),
    # people taken hostage (active with the predicate after the object, and passive)
    ("Gunmen took nine aid workers hostage in northern Niger.", "ASSAULT", "abduct"),
    ("Twelve tourists were taken hostage by militants near Luxor.", "ASSAULT", "abduct"),
    # a promise of force or punishment is a threat
    ("The Sudanese general vowed a crushing response to the attack on his convoy.", "THREATEN", None),
    ("The Iranian president promised retaliation against Israel.", "THREATEN", None),
    # a state's agents seizing a person arrest them
    ("Egyptian security forces seized the opposition leader at his home in Giza.", "COERCE", "arrest"),
    # troops surrounding a building restrict those inside
    ("Soldiers surrounded the parliament building in Bamako.", "COERCE", "restrict"),
    # an assault on army positions is an armed attack, not a beating
    ("Jihadist fighters assaulted army positions near Menaka.", "ASSAULT", None),
    # fighting between protesters and their opponents
    ("Fighting broke out between protesters and police in central Conakry.", "ASSAULT", None),
    # calling, branding or labelling someone an insult
    ("The Venezuelan president called the opposition leaders traitors.", "ACCUSE", "disapprove"),
    ("The Iranian foreign minister called the Saudi crown prince a murderer.", "ACCUSE", "disapprove"),
    # staff forced out of a country are expelled; villagers driven from their homes, a mass expulsion
    ("The junta in Niger forced French aid workers out of the country.", "COERCE", "deport"),
    ("Militias drove thousands of villagers out of their homes in Darfur.", "ASSAULT", None),
    # 'murder' as a verb; an offensive the tagger reads as an adjective; more things destroyed or stormed
    ("Unknown gunmen murdered a local judge in Honduras.", "ASSAULT", None),
    ("The Nigerian army began a ground offensive against Boko Haram near Lake Chad.", "ASSAULT", None),
    ("Coalition jets destroyed a section of road near Mayadin in Syria.", "ASSAULT", "destroy"),
    ("Gunmen stormed a beach resort near Sousse in Tunisia.", "ASSAULT", None),
    # forces placed on full readiness
    ("The Russian defence minister placed the Black Sea fleet on full readiness.", "MOBILIZE", None),
    # rockets launched against a target are an attack; a hunger strike participated in is a protest
    ("Islamic Jihad fighters launched a dozen rockets against towns in southern Israel.", "ASSAULT", "heavy-weapons"),
    ("Jailed Kurdish activists in Diyarbakir are participating in a hunger strike.", "PROTEST", "hunger"),
    # rockets or missiles hitting a town or a named place
    ("Several rockets hit the Israeli city of Ashkelon on Tuesday.", "ASSAULT", "heavy-weapons"),
    ("Missiles struck the city of Kharkiv overnight.", "ASSAULT", "heavy-weapons"),
    # attacking a policy is criticism
    ("The Dutch finance minister attacked the Irish tax policy.", "ACCUSE", "disapprove"),
    ("Hungarian police said far-right youths attacked a planned gay rights rally in Budapest.", "ASSAULT", None),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session8_conflict_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # a storm is weather; a court clearing protesters of charges acquits them
    ("A violent storm destroyed hundreds of homes in coastal Bangladesh.", "ASSAULT"),
    ("A court in Tbilisi cleared the protesters of all charges.", "COERCE"),
    # fighting over a budget inside a party; crowds massing are no troops
    ("The fighting between the two party factions over the budget intensified in Rome.", "ASSAULT"),
    ("Crowds massed outside the stadium in Lagos before the final.", "MOBILIZE"),
    # calling off a strike yields; it is no refusal
    ("The teachers' union in Kenya called off its strike.", "REJECT"),
    # a proposal that troops be sent sends nobody
    ("The Kenyan president proposed that African Union troops be sent to Haiti.", "MOBILIZE"),
    # a worry about what may happen accuses nobody
    ("The Swiss foreign ministry expressed concern that the violence in Sudan could spread to Chad.", "ACCUSE"),
    # an office or a legal gray area occupied; generosity abused; a bomb squad's controlled blast
    ("The new Bolivian law occupied a gray area between civil and criminal law.", "COERCE"),
    ("The Czech minister said the migrants had abused Czech generosity.", "ASSAULT"),
    ("The parcel bomb found in Leeds was safely detonated by police.", "ASSAULT"),
    # a promise of help is no threat; supporters surrounding a minister restrict nobody
    ("The Japanese minister promised help to the flood victims in Kyushu.", "THREATEN"),
    ("Cheering supporters surrounded the Nigerian minister in Abuja.", "COERCE"),
    # seized goods are no arrest; a threat to harm oneself threatens nobody
    ("Customs officers in Lagos seized a shipment of rifles.", "SANCTION"),
    ("A man on the bridge in Lisbon threatened to throw himself off.", "THREATEN"),
    # a domestic service paused for a day of mourning is no sanction (nor its announcement a threat)
    ("The Brazilian postal service announced it will suspend mail deliveries for a national day of mourning.", "THREATEN"),
    # calling something a success or someone an ally is no insult; a president forced out is no expulsion
    ("The Ghanaian president called the summit in Accra a success.", "ACCUSE"),
    ("The Polish prime minister called Ukraine a close ally.", "ACCUSE"),
    ("The army forced the president out of office in Bamako.", "COERCE"),
    # missiles launched with no target are a test, not an attack
    ("North Korea launched two ballistic missiles into the sea off its east coast.", "ASSAULT"),
    # a storm or rising prices hitting a town are no attack
    ("A tropical storm hit the town of Galveston in Texas.", "ASSAULT"),
    ("Rising rocket fuel prices hit the port of Houston.", "ASSAULT"),
    # a place described by a participle is no act
    ("The Swedish foreign ministry criticised new settlements in occupied East Jerusalem.", "COERCE"),
    # attacking a policy is no assault
    ("The Dutch finance minister attacked the Irish tax policy.", "ASSAULT"),
    # a charge of conspiracy to kill is no killing
    ("Prosecutors in Ohio charged two men with conspiracy to murder a federal judge.", "ASSAULT"),
    # what an attempt seeks is not done
    ("Activists in Madrid launched an attempt to have the former general arrested.", "COERCE"),
    ("Police in Kingston made a failed attempt to arrest the gang leader.", "COERCE"),
]


MODALITY = [
    # an attempted attack is an attack (thwarted or not)
    ("An attempt to assassinate the mayor of Cali was foiled by police, the ministry reported.", "ASSAULT", "reported"),
    # a belief is someone's claim
    ("The kidnapped Italian engineer is believed to have been killed in Libya.", "ASSAULT", "reported"),
    # an attempt stated as a verb leaves the act under way: the march is coded as it happens
    ("Thousands of Pakistani protesters broke through barricades in Lahore and marched to the parliament.", "PROTEST", "asserted"),
]


@pytest.mark.parametrize("text,etype,modality", MODALITY)
def test_session8_modality(pipeline, text, etype, modality):
    events = [e for e in code(pipeline, text) if e.event == etype]
    assert events, f"no {etype} in {text!r}"
    assert modality in {e.modality for e in events}, [(e.text_info.trigger, e.modality) for e in events]
    if modality != "asserted":
        assert "asserted" not in {e.modality for e in events}, [(e.text_info.trigger, e.modality) for e in events]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session8_conflict_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)
