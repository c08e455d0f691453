"""Coverage of the verbal and material conflict types and the cooperation talk types (issue 3, session 6):
ACCUSE, THREATEN, REQUEST, COERCE, ASSAULT, PROTEST, AGREE, CONSULT. For each type and its modes, the
verbs, multi-word verbs, nouns and light-verb constructions a news writer uses, each in a sentence we
wrote ourselves (no gold-set or seed sentence), with the type the coder must give it; and near misses
with another sense of the same word that must not be coded as that type."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.record import Article

CODED = [
    # ACCUSE
    ('ACCUSE', 'A UN report accused Rwanda of backing rebels in Congo.'),
    ('ACCUSE', 'A court in Cairo indicted four journalists.'),
    ('ACCUSE', 'Amnesty International accused Syrian forces of war crimes.'),
    ('ACCUSE', 'Brazil criticized Argentina over its new import rules.'),
    ('ACCUSE', "Britain decried the Iranian court's verdict."),
    ('ACCUSE', 'China lodged a formal protest with Japan over the island dispute.'),
    ('ACCUSE', "Egypt's foreign minister castigated Ethiopia over the dam."),
    ('ACCUSE', 'Ghana accused Togo of harbouring armed rebels.'),
    ('ACCUSE', 'Human rights groups slammed the Egyptian authorities for the trial.'),
    ('ACCUSE', 'India blasted Pakistan for sheltering militants.'),
    ('ACCUSE', 'Iran hit out at Saudi Arabia over the oil price war.'),
    ('ACCUSE', 'Israel expressed outrage at the Turkish decision.'),
    ('ACCUSE', "Lebanon's prime minister deplored the Israeli air strike."),
    ('ACCUSE', 'Moscow alleged that Georgian troops shelled a village.'),
    ('ACCUSE', 'Pakistan charged that India had violated the ceasefire.'),
    ('ACCUSE', "Peru condemned the Chilean navy's seizure of a fishing boat."),
    ('ACCUSE', 'Police in Lima are investigating the death of the activist.'),
    ('ACCUSE', 'Russia rebuked Poland for removing the monument.'),
    ('ACCUSE', 'Serbia faulted Croatia for the failure of the talks.'),
    ('ACCUSE', 'Spain sued Argentina over the nationalisation of the oil company.'),
    ('ACCUSE', "The European Commission opened an inquiry into Gazprom's pricing."),
    ('ACCUSE', 'The Japanese foreign ministry summoned the Chinese ambassador over the incident.'),
    ('ACCUSE', 'The Kenyan government blamed Somali militants for the bombing.'),
    ('ACCUSE', 'The Kenyan parliament censured the finance minister.'),
    ('ACCUSE', 'The Nigerian army rejected the accusations and blamed the rebels.'),
    ('ACCUSE', 'The Philippines filed a complaint against China with the tribunal.'),
    ('ACCUSE', "The US State Department voiced concern over Russia's troop build-up."),
    ('ACCUSE', 'The United Nations launched an investigation into the killings in Mali.'),
    ('ACCUSE', 'The opposition in Uganda accused the ruling party of rigging the vote.'),
    ('ACCUSE', 'Turkey lashed out at Germany over the extradition ruling.'),
    ('ACCUSE', 'Venezuela denounced the American sanctions as illegal.'),
    ('ACCUSE', 'Vietnam protested to China over the oil rig.'),
    ('ACCUSE', 'Washington blamed Pyongyang for the cyber attack.'),
    ('ACCUSE', "Zimbabwe's president denounced Britain's interference."),
    # THREATEN
    ('THREATEN', 'China warned Japan that it would take countermeasures.'),
    ('THREATEN', "Greece threatened to veto Turkey's EU membership."),
    ('THREATEN', 'Hamas vowed revenge for the killing of its commander.'),
    ('THREATEN', 'Iran vowed to retaliate against Israel.'),
    ('THREATEN', 'Iran warned of a strong response if it is attacked.'),
    ('THREATEN', 'Israel said it would retaliate against any attack from Lebanon.'),
    ('THREATEN', 'Militants in Nigeria vowed to continue attacks on oil facilities.'),
    ('THREATEN', 'North Korea threatened to strike American bases.'),
    ('THREATEN', 'Pakistan warned India of dire consequences.'),
    ('THREATEN', 'Russia warned Ukraine against joining NATO.'),
    ('THREATEN', 'Russia warned the West of a new arms race.'),
    ('THREATEN', 'Serbia threatened sanctions against Kosovo.'),
    ('THREATEN', 'The EU threatened Belarus with new sanctions.'),
    ('THREATEN', 'The United States issued an ultimatum to the Taliban.'),
    ('THREATEN', 'Turkey threatened Syria with military action.'),
    ('THREATEN', "Venezuela's president vowed to expel American diplomats."),
    ('THREATEN', 'Washington threatened to cut aid to Egypt.'),
    # REQUEST
    ('REQUEST', 'Activists in Bahrain are calling for the release of political prisoners.'),
    ('REQUEST', 'Britain has asked Russia for the extradition of two men.'),
    ('REQUEST', 'China told the United States to stop interfering.'),
    ('REQUEST', 'Ecuador submitted a request to Britain for safe passage.'),
    ('REQUEST', 'Egypt urged Israel to halt the offensive.'),
    ('REQUEST', 'France asked Algeria to extradite the suspect.'),
    ('REQUEST', 'Germany called for an independent investigation into the attack.'),
    ('REQUEST', 'Greece formally requested a bailout from the eurozone.'),
    ('REQUEST', 'Haiti appealed for international aid after the storm.'),
    ('REQUEST', 'Haiti made an appeal to donors for reconstruction funds.'),
    ('REQUEST', 'Japan pressed China to release the detained captain.'),
    ('REQUEST', 'Kenya requested help from the African Union.'),
    ('REQUEST', 'Kenyan teachers called for a strike.'),
    ('REQUEST', 'Mexican farmers petitioned the government for drought relief.'),
    ('REQUEST', "Nepal's prime minister urged the Maoists to disarm."),
    ('REQUEST', 'Sudan ordered the UN peacekeepers to leave Darfur.'),
    ('REQUEST', "Sudan's government ordered the UN peacekeepers to leave Darfur."),
    ('REQUEST', 'The Afghan president appealed to the Taliban to join peace talks.'),
    ('REQUEST', 'The Pope pleaded for an end to the violence in Syria.'),
    ('REQUEST', 'The Security Council demanded that Syria allow aid convoys.'),
    ('REQUEST', 'The UN called on both sides to respect the ceasefire.'),
    ('REQUEST', 'The US Congress pushed for new sanctions on Iran.'),
    ('REQUEST', 'Ukraine sought military aid from the United States.'),
    # COERCE
    ('COERCE', 'Authorities in Myanmar cut off internet access in Rakhine state.'),
    ('COERCE', 'Bahraini police raided the offices of the opposition group.'),
    ('COERCE', 'Belarus expelled a Polish journalist.'),
    ('COERCE', 'Belarusian police held dozens of protesters overnight.'),
    ('COERCE', 'Chinese police took the dissident into custody.'),
    ('COERCE', 'Cuban authorities imprisoned the blogger.'),
    ('COERCE', 'Egypt imposed a curfew on Port Said.'),
    ('COERCE', 'Ethiopia banned the main opposition party.'),
    ('COERCE', 'Hackers linked to Russia attacked Estonian government websites.'),
    ('COERCE', 'Iranian authorities shut down a reformist newspaper.'),
    ('COERCE', 'Iranian forces seized a British tanker in the Gulf.'),
    ('COERCE', 'Israel has sealed off the West Bank.'),
    ('COERCE', 'Kenya deported two British journalists.'),
    ('COERCE', 'Police in Moscow broke up an opposition rally.'),
    ('COERCE', "Police in Uganda confiscated the newspaper's printing press."),
    ('COERCE', 'Russian authorities jailed the opposition leader.'),
    ('COERCE', 'Security forces in Kashmir imposed restrictions on movement.'),
    ('COERCE', 'Security forces in Zimbabwe rounded up opposition activists.'),
    ('COERCE', 'Syrian troops captured the town of Qusair.'),
    ('COERCE', 'Thailand declared martial law in Bangkok.'),
    ('COERCE', 'The Burmese junta placed the activist under house arrest.'),
    ('COERCE', 'The Kenyan police arrested ten suspects.'),
    ('COERCE', 'The Venezuelan government seized control of the oil fields.'),
    ('COERCE', 'Turkish police detained dozens of journalists in Istanbul.'),
    # ASSAULT
    ('ASSAULT', 'A bomb went off at a bus station in Nigeria.'),
    ('ASSAULT', 'A car bomb exploded near a police station in Kabul, killing six.'),
    ('ASSAULT', 'A grenade attack wounded ten people in Burundi.'),
    ('ASSAULT', 'A roadside bomb killed four soldiers in Afghanistan.'),
    ('ASSAULT', 'A suicide bomber blew himself up at a market in Baghdad.'),
    ('ASSAULT', 'Al-Shabaab militants attacked a Kenyan army base in Somalia.'),
    ('ASSAULT', 'An American drone strike killed three militants in Pakistan.'),
    ('ASSAULT', 'Armed men stormed a hotel in Mogadishu.'),
    ('ASSAULT', 'Assailants hacked a farmer to death in Kenya.'),
    ('ASSAULT', 'Fighting between the army and rebels killed 20 people in Yemen.'),
    ('ASSAULT', 'Government troops attacked rebel bases in Darfur.'),
    ('ASSAULT', 'Gunmen abducted a Nigerian senator.'),
    ('ASSAULT', 'Gunmen assassinated a judge in Mexico.'),
    ('ASSAULT', 'Gunmen killed five policemen in northern Nigeria.'),
    ('ASSAULT', 'Israel retaliated with air strikes on Gaza.'),
    ('ASSAULT', 'Israeli jets struck targets in Gaza.'),
    ('ASSAULT', 'Militants fired rockets into southern Israel.'),
    ('ASSAULT', 'Militants kidnapped two foreign engineers in Yemen.'),
    ('ASSAULT', 'Militants planted a bomb near a church in Kaduna.'),
    ('ASSAULT', 'North Korea shelled a South Korean island.'),
    ('ASSAULT', 'Police beat protesters with batons in Harare.'),
    ('ASSAULT', 'Police fired tear gas at protesters in Caracas.'),
    ('ASSAULT', 'Police used water cannon to disperse protesters in Istanbul.'),
    ('ASSAULT', 'Rebels ambushed an army convoy in eastern Congo.'),
    ('ASSAULT', 'Russian aircraft carried out airstrikes on Syrian towns.'),
    ('ASSAULT', 'Security forces massacred civilians in the village.'),
    ('ASSAULT', 'Soldiers raped women in eastern Congo.'),
    ('ASSAULT', 'Somali pirates hijacked a cargo ship.'),
    ('ASSAULT', 'Suspected Boko Haram fighters torched a village in Borno.'),
    ('ASSAULT', 'Syrian government forces shelled the rebel-held district.'),
    ('ASSAULT', 'Taliban insurgents targeted a NATO base in Kandahar.'),
    ('ASSAULT', 'Thousands of Syrian rebels launched an assault on Aleppo.'),
    ('ASSAULT', 'Troops opened fire on demonstrators in Bahrain.'),
    ('ASSAULT', 'Turkish warplanes bombed Kurdish positions in northern Iraq.'),
    ('ASSAULT', 'Unknown attackers set fire to a church in Egypt.'),
    # PROTEST
    ('PROTEST', 'Activists staged a sit-in outside the ministry in Seoul.'),
    ('PROTEST', 'Angry villagers in Guatemala burned an effigy of the president.'),
    ('PROTEST', 'Anti-government protests erupted in Sofia.'),
    ('PROTEST', 'Chilean workers at the copper mine walked out.'),
    ('PROTEST', 'Doctors in Nigeria downed tools over unpaid salaries.'),
    ('PROTEST', 'Hundreds of Tunisians took to the streets of Tunis.'),
    ('PROTEST', 'Kenyan teachers called a strike over pay.'),
    ('PROTEST', 'Korean activists staged a sit-in outside the ministry in Seoul.'),
    ('PROTEST', 'Miners in South Africa continued their strike.'),
    ('PROTEST', 'Nurses in Britain held a protest over pay.'),
    ('PROTEST', 'Opposition parties boycotted the election in Togo.'),
    ('PROTEST', 'Opposition supporters rallied in Kinshasa.'),
    ('PROTEST', 'Palestinian prisoners began a hunger strike.'),
    ('PROTEST', 'Protesters blocked the main highway to the airport in Bolivia.'),
    ('PROTEST', 'South African miners continued their strike.'),
    ('PROTEST', 'Students demonstrated outside the parliament in Santiago.'),
    ('PROTEST', 'Teachers in Kenya went on strike over pay.'),
    ('PROTEST', 'Tens of thousands marched through Cairo to demand reforms.'),
    ('PROTEST', 'The Bangladeshi opposition called a general strike for Sunday.'),
    ('PROTEST', 'The Bangladeshi opposition called a general strike.'),
    ('PROTEST', 'Thousands of Hong Kong residents turned out to protest the law.'),
    ('PROTEST', 'Thousands of Russians gathered in Moscow to protest the election results.'),
    ('PROTEST', 'Thousands of people protested in Madrid against austerity.'),
    ('PROTEST', 'Truck drivers in Brazil staged a nationwide strike.'),
    ('PROTEST', 'Workers at the Chilean copper mine walked out.'),
    ('PROTEST', 'Workers in Bangladesh demonstrated for higher wages.'),
    # AGREE
    ('AGREE', 'Britain and Argentina agreed to resume flights.'),
    ('AGREE', 'China invited the Taiwanese leader to visit Beijing.'),
    ('AGREE', 'Colombia and the FARC reached an agreement on land reform.'),
    ('AGREE', 'Fatah and Hamas consented to a unity government.'),
    ('AGREE', 'Iran promised to cooperate with the inspectors.'),
    ('AGREE', 'Iran said it would allow inspectors into the site.'),
    ('AGREE', 'Israel and Hamas agreed to a ceasefire.'),
    ('AGREE', 'Japan committed to boosting its aid to Africa.'),
    ('AGREE', "Libya's government said it was ready to hold talks with the rebels."),
    ('AGREE', 'North Korea agreed to return to the talks.'),
    ('AGREE', 'Russia and Ukraine struck a deal on gas prices.'),
    ('AGREE', 'Russia offered to mediate between the two sides.'),
    ('AGREE', 'Serbia and Kosovo reached a landmark accord.'),
    ('AGREE', 'Sudan expressed willingness to negotiate with the rebels.'),
    ('AGREE', 'The EU pledged to help Greece.'),
    ('AGREE', 'The FARC rebels accepted the Colombian peace proposal.'),
    ('AGREE', 'The Kenyan government agreed on a timetable with the unions.'),
    ('AGREE', 'The Palestinian factions consented to a unity government.'),
    ('AGREE', 'Turkey vowed to support the Syrian opposition.'),
    ('AGREE', 'Washington assured Seoul of its protection.'),
    # CONSULT
    ('CONSULT', 'Afghan and Pakistani officials held a round of talks.'),
    ('CONSULT', 'Angela Merkel spoke by phone with Barack Obama.'),
    ('CONSULT', 'Egypt hosted the Sudanese president.'),
    ('CONSULT', 'Envoys of North Korea and South Korea held a meeting at the border.'),
    ('CONSULT', 'Iran and the EU negotiated over the nuclear programme.'),
    ('CONSULT', "Kenya's president received the Somali prime minister in Nairobi."),
    ('CONSULT', 'Ministers of ASEAN countries met in Hanoi.'),
    ('CONSULT', 'Norway convened an international conference on Somalia in Oslo.'),
    ('CONSULT', 'Norway mediated between the government and the rebels.'),
    ('CONSULT', 'Obama telephoned the Israeli prime minister.'),
    ('CONSULT', 'Putin held talks with Erdogan in Ankara.'),
    ('CONSULT', 'The Chinese president met his American counterpart in Beijing.'),
    ('CONSULT', 'The Colombian president hosted a meeting with Venezuelan officials.'),
    ('CONSULT', 'The French president discussed the crisis with the German chancellor.'),
    ('CONSULT', 'The German foreign minister flew to Moscow to meet Lavrov.'),
    ('CONSULT', 'The Indian prime minister visited Japan.'),
    ('CONSULT', 'The Japanese foreign minister travelled to Seoul for consultations.'),
    ('CONSULT', 'The Pakistani foreign minister arrived in Kabul for talks.'),
    ('CONSULT', 'The Russian envoy conferred with Syrian officials in Damascus.'),
    ('CONSULT', 'The US secretary of state paid a visit to Jakarta.'),
    # round 2: captured combatants, crushed uprisings, parties held responsible, closures, force used
    ('ASSAULT', 'Iraqi troops captured dozens of Iranian soldiers in the offensive.'),
    ('ASSAULT', 'Rebels seized five foreign aid workers in Darfur.'),
    ('ASSAULT', 'Syrian troops crushed the uprising in Hama.'),
    ('ASSAULT', 'Kenyan police used force against the protesters in Nairobi.'),
    ('THREATEN', 'The Ugandan president vowed to crush the rebel movement.'),
    ('THREATEN', 'China vowed to use force against Taiwan if it declared independence.'),
    ('ACCUSE', 'Ethiopia held Eritrea responsible for the border incident.'),
    ('COERCE', 'The military government in Burma has closed all universities.'),
    ('COERCE', 'Nigerian police seized two suspects in Lagos.'),
    ('THREATEN', 'Washington warned Belgrade of air strikes if it did not withdraw its forces.'),
    ('REQUEST', 'Jordan\'s King asked President Bush for more economic aid.'),
    ('CONSULT', 'Delegations from North and South Korea began a new round of talks in Panmunjom.'),
]

NOT_CODED = [
    ('ASSAULT', 'Nigerian police seized two suspects in Lagos.'),
    ('ASSAULT', 'The ruling party crushed the opposition in the Kenyan election.'),
    ('ASSAULT', 'The UN Security Council authorised the use of force in Libya.'),
    ('COERCE', 'The Kenyan government closed schools because of the cholera outbreak.'),
    ('COERCE', 'Police in Kenya held the suspect responsible for the fire.'),
    ('REQUEST', 'The Governor of Lagos directed state agencies to review the licences.'),
    ('AGREE', 'Brazil committed troops to Haiti.'),
    ('ASSAULT', 'China retaliated with tariffs on American soybeans.'),
    ('REQUEST', 'Egypt ordered an investigation into the crash.'),
    ('COERCE', 'Hackers in Russia attacked the Estonian army on the border.'),
    ('PROTEST', 'Israel continued its strikes on Gaza.'),
    ('ASSAULT', 'Kenya bought bombs and rifles from France.'),
    ('COERCE', 'Nigerian police held a press briefing in Abuja.'),
    ('ASSAULT', 'Police said the bomb squad defused a device in Lagos.'),
    ('ASSAULT', 'Russia retaliated by expelling ten British diplomats.'),
    ('COERCE', 'Somali pirates held the crew hostage for ransom.'),
    ('ACCUSE', 'The Argentine coach blasted Lionel Messi after the match.'),
    ('REQUEST', 'The Chinese president told reporters that talks would continue.'),
    ('CONSULT', 'The Kenyan foreign minister held a news conference in Nairobi.'),
    ('COERCE', 'The Kenyan government held talks with the rebels.'),
    ('COERCE', 'The United States imposed restrictions on Chinese steel imports.'),
    ('ASSAULT', 'The new Kenyan policy targets poor families.'),
    ('CONSULT', 'The report discusses the crisis in Sudan at length.'),
]


def _types(pipeline, text):
    return {e.event for e in pipeline.code(Article("t", text, published=date(2024, 5, 10)))}


@pytest.mark.parametrize(("etype", "text"), CODED)
def test_sentence_is_coded_with_its_type(pipeline, etype, text):
    assert etype in _types(pipeline, text)


@pytest.mark.parametrize(("etype", "text"), NOT_CODED)
def test_near_miss_is_not_coded_as_that_type(pipeline, etype, text):
    assert etype not in _types(pipeline, text)


def test_a_bomb_that_went_off_is_an_explosives_attack_placed_in_its_country(pipeline):
    events = pipeline.code(Article("t", "A bomb went off at a bus station in Nigeria.", published=date(2024, 5, 10)))
    ev = [e for e in events if e.event == "ASSAULT"][0]
    assert ev.mode == "explosives"
    assert ev.event_loc is not None and ev.event_loc.country == "NGA"


def test_an_order_to_a_named_party_is_a_request_to_it(pipeline):
    events = pipeline.code(Article("t", "China told the United States to stop interfering.", published=date(2024, 5, 10)))
    ev = [e for e in events if e.event == "REQUEST"][0]
    assert [a.country for a in ev.actor] == ["CHN"]
    assert [r.country for r in ev.recipient] == ["USA"]


def test_an_unplaced_event_with_a_political_actor_is_kept_and_one_with_nobody_is_not(pipeline):
    # no country and no place, but the actor is an armed group or an office: still an event
    assert "REQUEST" in _types(pipeline, "The rebels demanded that the government release all political prisoners.")
    assert "COERCE" in _types(pipeline, "Soldiers searched houses in the village and arrested 12 men.")
    # nobody political and nowhere to place it: nothing
    assert _types(pipeline, "The children fought in the yard.") == set()


@pytest.mark.parametrize(("etype", "text"), [
    ("AGREE", "A deal was reached between Ethiopia and Eritrea on Sunday."),
    ("CONSULT", "Talks were held in Geneva between Iranian and American diplomats."),
    ("REQUEST", "In a letter to the Sudanese president, the UN chief asked for access to Darfur."),
    ("PROTEST", "Marchers block main road as part of protest."),
])
def test_passive_nominals_and_unplaced_protests(pipeline, etype, text):
    assert etype in _types(pipeline, text)


def test_unplaced_events_need_an_actor_of_a_fitting_sector(pipeline):
    assert _types(pipeline, "The players marched onto the pitch.") == set()
    assert _types(pipeline, "Students rallied behind their team.") == set()


@pytest.mark.parametrize(("etype", "text"), [
    ("THREATEN", "Russia warned that it would respond to any deployment of missiles in Poland."),
    ("THREATEN", "The interior minister in Dhaka warned that his officers would no longer tolerate marches by the opposition movement."),
    ("REQUEST", "Britain asked that Iran release the sailors."),
])
def test_warnings_of_ones_own_acts_and_wishes_that_others_act(pipeline, etype, text):
    assert etype in _types(pipeline, text)


@pytest.mark.parametrize(("etype", "text"), [
    ("THREATEN", "The Kenyan central bank warned that it would raise interest rates."),
    ("THREATEN", "The Kenyan government warned that it would take years to rebuild the roads."),
    ("THREATEN", "Kenyan doctors warned that they would run out of medicine."),
    ("REQUEST", "The Kenyan minister wants to visit Uganda."),
    ("REQUEST", "Reporters asked the Kenyan president about the strike."),
    ("REQUEST", "The journalist asked Raila Odinga if he would run again."),
    ("THREATEN", '"We shall apply the full force of the law to those responsible," the Kenyan minister said.'),
])
def test_forecasts_own_wishes_and_the_force_of_law_are_no_threat_or_request(pipeline, etype, text):
    assert etype not in _types(pipeline, text)


@pytest.mark.parametrize(("etype", "text"), [
    ("ACCUSE", "Colombia alleges Japan violated laws of war."),
    ("ACCUSE", "The Kenyan opposition alleged that the ruling party rigged the vote."),
    ("ACCUSE", "Pakistan charged that India harboured separatist rebels."),
])
def test_a_claimed_wrongful_act_accuses_its_doer(pipeline, etype, text):
    assert etype in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Kenya claimed that Uganda supported the plan.",
    "Kenya alleged that it had not violated the agreement.",
])
def test_a_claimed_ordinary_act_or_a_denial_accuses_nobody(pipeline, text):
    assert "ACCUSE" not in _types(pipeline, text)
