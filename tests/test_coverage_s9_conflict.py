"""Conflict-side coding found by reading Current Events items and ConfliBERT's training sentences (session 9):
constructions a news writer uses across stories, each with sentences of our own (other words and names than
the sentences read), the type (and mode) they must get, and near-misses that must not be coded."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

CODED = [
    # hand-to-hand violence beside 'beat': slapping, clubbing, flogging a person
    ("A prison guard in Tabriz slapped a hunger-striking inmate.", "ASSAULT", "beat"),
    ("Riot police clubbed marchers near the parliament in Tbilisi.", "ASSAULT", "beat"),
    ("Taliban fighters flogged two shopkeepers in a square in Kandahar.", "ASSAULT", "beat"),
    # a candidate beaten outside a vote count
    ("Masked men beat an opposition candidate at his campaign office in Kampala.", "ASSAULT", "beat"),
    # homes demolished or bulldozed by the state: COERCE destroy (the GSR's coding), not an armed attack
    ("Egyptian troops bulldozed dozens of homes along the Rafah border.", "COERCE", "destroy"),
    ("Israeli forces demolished the family home of a Palestinian gunman in Nablus.", "COERCE", "destroy"),
    # protesters tearing a building down still riot
    ("The governor's building was demolished by protesters in Osh.", "PROTEST", "riot"),
    # missiles or mortars launched or lobbed AT or INTO a target
    ("Houthi rebels launched three missiles at an oil facility in Jizan.", "ASSAULT", "heavy-weapons"),
    ("Militants lobbed mortars at an army compound near Kismayo.", "ASSAULT", "heavy-weapons"),
    # a delegation walking out of talks halts them (CAMEO 164)
    ("The Armenian delegation walked out of the peace talks in Geneva.", "SANCTION", "withdraw"),
    # a mediator ending or suspending its mediation (CAMEO 165)
    ("Egypt ended its mediation between the two Palestinian factions.", "SANCTION", "withdraw"),
    ("The Kenyan envoy suspended mediation efforts between the South Sudanese rivals.", "SANCTION", "withdraw"),
    # journalists' accreditation revoked: censorship
    ("Moscow revoked the accreditation of two Dutch correspondents.", "COERCE", "censor"),
    # a party dissolved or an organisation banned as extremist
    ("The supreme court in Cambodia dissolved the main opposition party.", "COERCE", "ban"),
    ("A court in Moscow banned Greenpeace as an extremist organisation.", "COERCE", "ban"),
    # more insults as the object's predicate
    ("The Philippine president called the European lawmakers idiots.", "ACCUSE", "disapprove"),
    ("The Turkish leader called the Israeli offensive cowardice.", "ACCUSE", "disapprove"),
    # a threat dismissed or shrugged off is rejected
    ("Caracas dismissed the American threat of new sanctions.", "REJECT", None),
    # a court ordering a payment (manual: court-ordered payments are SANCTION)
    ("A tribunal in Lagos ordered the former oil minister to repay 90 million dollars to the state.", "SANCTION", "convict"),
    # an envoy snubbed; a boat of migrants turned away (manual: barring entry is REJECT)
    ("The Bolivian president snubbed the Chilean envoy at the summit in Lima.", "REJECT", None),
    ("Thai naval patrols turned away two boats of Rohingya migrants.", "REJECT", None),
    # placed under (formal) investigation
    ("A judge in Paris placed a former defence minister under formal investigation.", "ACCUSE", "investigate"),
    # a ship or trawler impounded
    ("Coast guards in Sri Lanka impounded an Indian fishing trawler.", "COERCE", "seize"),
    # a raid that arrests or searches stays COERCE seize
    ("Police raided the offices of an opposition newspaper in Harare and detained its editor.", "COERCE", "seize"),
    # wire-service verbs of firing: opening up on, trading fire, rocketing, lobbing or hurling at a target
    ("Syrian anti-aircraft guns opened up on Israeli jets over the Golan.", "ASSAULT", "firearms"),
    ("Armenian and Azerbaijani troops traded fire along the border near Tavush.", "ASSAULT", None),
    ("Israeli helicopters rocketed a car carrying two militants in Gaza.", "ASSAULT", "heavy-weapons"),
    ("Rebel gunners lobbed shells into the centre of Aleppo.", "ASSAULT", "heavy-weapons"),
    ("A man hurled a grenade at an army patrol in Pulwama.", "ASSAULT", None),
    # a bomb tearing through a place; throats slit; a crowd teargassed
    ("A bomb tore through a wedding hall in Kabul on Saturday.", "ASSAULT", "explosives"),
    ("Gunmen slit the throats of six shepherds near Medea in Algeria.", "ASSAULT", None),
    ("Riot police teargassed striking nurses outside the ministry in Nairobi.", "ASSAULT", "crowd-control"),
    # the idioms of total destruction: vowed, a threat; done, an attack
    ("The Iranian general vowed to turn Tel Aviv into ashes.", "THREATEN", None),
    ("Russian jets reduced much of the town to rubble, witnesses in Syria said.", "ASSAULT", None),
    # political activity banned, universities shut down, monitors ordered out
    ("The military junta in Mali banned all political activity.", "COERCE", "ban"),
    ("The Sudanese government shut down all universities in Khartoum after the protests.", "COERCE", "restrict"),
    ("The junta in Niger ordered French diplomats out of the country.", "SANCTION", "expel"),
    # an army patrol stoned; supporters on the rampage; a march held; protesters converging on a building
    ("Dozens of youths stoned an army patrol in Nablus.", "ASSAULT", "primitive"),
    ("Opposition supporters went on the rampage in Blantyre after the election result.", "PROTEST", "riot"),
    ("Thousands of Armenians held a candlelit march through Yerevan.", "PROTEST", "demo"),
    ("Hundreds of protesters converged on the parliament building in Bishkek.", "PROTEST", "demo"),
    # fighter jets scrambled
    ("Japan scrambled fighter jets as Chinese bombers approached Okinawa.", "MOBILIZE", "weapons"),
    # dialogue broken off; restrictions on broadcasters announced
    ("The Spanish government broke off dialogue with the Catalan authorities.", "SANCTION", "withdraw"),
    ("Israel announced restrictions on foreign broadcasters in the West Bank.", "COERCE", "restrict"),
    # sent or thrown into jail
    ("The Ugandan judge sent the opposition leader to jail for six months.", "COERCE", "arrest"),
    ("The blogger was thrown in prison for criticising the king in Bahrain.", "COERCE", "arrest"),
    # crossings sealed, a curfew clamped, live rounds fired at people
    ("Israel sealed its crossings with Gaza after the rocket fire.", "COERCE", "restrict"),
    ("The army clamped a curfew on the old quarter of Hebron.", "COERCE", "curfew"),
    ("Soldiers fired live rounds at marchers in Khartoum.", "ASSAULT", "firearms"),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session9_conflict_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode)


NOT_CODED = [
    # the winner of a vote 'beating' the runner-up; a sports result
    ("The Labour candidate won the seat in Leeds, beating the Conservative candidate by 4,000 votes.", "ASSAULT"),
    ("The assembly elected a Kenyan judge as its chair, beating the Swiss nominee Anna Keller.", "ASSAULT"),
    # a developer's demolition is building work
    ("A property developer demolished the old cinema in downtown Lagos to build flats.", "COERCE"),
    # a missile test into the sea, a missile test-fired, a launch at dawn: no target
    ("North Korea fired a missile into the sea off its east coast on Sunday.", "ASSAULT"),
    ("Pakistan test-fired a nuclear-capable cruise missile on Thursday.", "ASSAULT"),
    ("The rocket was launched at dawn from a base in Kazakhstan.", "ASSAULT"),
    # workers walking out of a pay meeting are no delegation halting talks
    ("Striking dockworkers walked out of the meeting with port managers in Rotterdam.", "SANCTION"),
    # efforts ended that are no mediation
    ("The Indian central bank ended efforts to prop up the rupee.", "SANCTION"),
    # a parliament dissolved for an election; a bank's licence revoked
    ("The prime minister dissolved parliament and called a snap election in Tokyo.", "COERCE"),
    ("The regulator revoked the licence of a failed bank in Nairobi.", "COERCE"),
    # a participle naming a force by what it does reports no occupation
    ("A Syrian official blamed the occupying forces for the shortages in Raqqa.", "COERCE"),
    # a project called a gamble is no insult
    ("The mayor called the new stadium plan a gamble in Kiev.", "ACCUSE"),
    # what a threat, plot or plan would do has not happened
    ("Police in Kenya foiled a plot to bomb the American embassy in Nairobi.", "ASSAULT"),
    ("The militia commander mocked the army's threat to kill him in Goma.", "ASSAULT"),
    ("Moscow announced a plan to expel ten Latvian diplomats.", "SANCTION"),
    # a court ordering no payment; a film star's snub; a policy turned away from; parked cars impounded
    ("A court in Caracas ordered a recount of the votes in two districts.", "SANCTION"),
    ("The actress snubbed the awards ceremony in Los Angeles.", "REJECT"),
    ("The Spanish party turned away from its old socialist policies.", "REJECT"),
    ("Police impounded dozens of illegally parked cars in Rome.", "COERCE"),
    # a raid that kills is an attack, not a seizure; an arrest raid is no attack, nor the raid on a suspect
    ("Indian troops raided a hideout in Kupwara, killing two militants.", "COERCE"),
    ("Police raided the offices of an opposition newspaper in Harare and detained its editor.", "ASSAULT"),
    ("Police raided the home of a man suspected of killing a judge in Lima.", "ASSAULT"),
    # the same verbs with no weapon or target: criticism, barbs, insults, a fire or a gas leak, smog, a crisis
    ("The senator opened up on his critics in a long interview in Washington.", "ASSAULT"),
    ("The two candidates traded barbs during the debate in Lima.", "ASSAULT"),
    ("The crowd hurled insults at the visiting minister in Karachi.", "ASSAULT"),
    ("A wildfire tore through a village in northern Greece.", "ASSAULT"),
    ("A gas explosion ripped through an apartment block in Moscow.", "ASSAULT"),
    ("Authorities shut down schools in Delhi because of the smog.", "COERCE"),
    ("The minister turned the crisis into an opportunity in Madrid.", "ASSAULT"),
    # a gunman's rampage is no riot; a month, football fans, airlines scrambling, a drugged singer
    ("A gunman went on a shooting rampage at a school in Texas.", "PROTEST"),
    ("The election will be held in March in Tunisia.", "PROTEST"),
    ("Fans converged on the stadium in Madrid for the final.", "PROTEST"),
    ("Airlines scrambled to rebook passengers after the strike in Paris.", "MOBILIZE"),
    ("The singer was stoned when police found him in a hotel in Miami.", "ASSAULT"),
    # troops sent to the front are no prisoners
    ("The general sent fresh troops to the front in Ukraine.", "COERCE"),
    # a deal sealed, a lid clamped: no closure
    ("The two companies sealed a merger deal in Frankfurt.", "COERCE"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session9_conflict_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype, realised_only=True)
