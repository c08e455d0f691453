"""Coverage of SANCTION, CONCEDE, REJECT, AID, SUPPORT, COOPERATE, RETREAT and MOBILIZE wording (session 6):
one sentence of our own per verb, noun or construction the lexicon groups `*.s6` add, with the type it
must be coded as, and near-misses in another sense that must not be coded as that type."""

from __future__ import annotations

import pytest
from coverage_checks import assert_coded, assert_not_coded

CODED = [
    # SANCTION: ties broken, cooperation ended, arms sales and lending stopped
    ("Nicaragua broke diplomatic relations with Taiwan.", "SANCTION", "withdraw"),
    ("France ended its military cooperation with Mali.", "SANCTION", "discontinue"),
    ("Germany suspended arms exports to Saudi Arabia.", "SANCTION", "discontinue"),
    ("The World Bank froze lending to Uganda.", "SANCTION", "discontinue"),
    ("Washington stopped arms sales to Ankara.", "SANCTION", "discontinue"),
    # SANCTION expel: from a bloc or party; SANCTION convict: a sentence handed down, a guilty finding
    ("The African Union suspended Mali from the bloc after the coup.", "SANCTION", "expel"),
    ("The ruling party in South Africa expelled the dissident lawmaker from its ranks.", "SANCTION", "expel"),
    ("A Pakistani military tribunal handed the former general a life sentence.", "SANCTION", "convict"),
    ("A Kenyan court found the former minister guilty of fraud.", "SANCTION", "convict"),
    # SANCTION: sanctions slapped on or reimposed, visa bans and punitive tariffs
    ("Washington slapped sanctions on three Iranian banks on Tuesday.", "SANCTION", "discontinue"),
    ("The United States reimposed sanctions on Iran.", "SANCTION", "discontinue"),
    ("Britain imposed punitive tariffs on steel from China.", "SANCTION", "discontinue"),
    ("Canada imposed a visa ban on senior Belarusian officials.", "SANCTION", "discontinue"),
    # CONCEDE: regret, ending and repealing restrictions, reinstating, softening, giving way to pressure
    ("The Japanese prime minister expressed remorse for wartime atrocities.", "CONCEDE", None),
    ("The Ethiopian government ended the state of emergency.", "CONCEDE", None),
    ("The Sudanese authorities repealed the curfew in Khartoum.", "CONCEDE", None),
    ("The Venezuelan government restored the license of the television channel.", "CONCEDE", None),
    ("The Chinese government reinstated the dismissed officials in Hong Kong.", "CONCEDE", None),
    ("The Pakistani government softened its stance on the blasphemy law.", "CONCEDE", None),
    ("The Chilean government scrapped the controversial tax after weeks of protests.", "CONCEDE", None),
    ("Under pressure from farmers, the Indian government repealed the farm laws.", "CONCEDE", None),
    # REJECT: objecting, blocking, voting down, brushing off; barred from entering
    ("Turkey objected to Sweden's membership bid.", "REJECT", None),
    ("Hungary blocked the EU aid package for Ukraine.", "REJECT", None),
    ("The Israeli cabinet voted down the ceasefire proposal.", "REJECT", None),
    ("The Kremlin brushed off Western demands for a withdrawal.", "REJECT", None),
    ("Kenya barred the Ugandan opposition leader from entering the country.", "REJECT", None),
    # AID: weapons and vehicles delivered, supplied or shipped; rebels armed; relief distributed; rescuers sent
    ("Britain delivered tanks to Ukraine.", "AID", None),
    ("Russia supplied fighter jets to Syria.", "AID", None),
    ("China shipped vaccines to Pakistan.", "AID", None),
    ("Iran armed the Houthi rebels in Yemen.", "AID", None),
    ("The Red Cross distributed food to displaced families in Yemen.", "AID", None),
    ("Japan sent rescuers to Turkey after the earthquake.", "AID", None),
    ("Britain handed over ambulances to Ukraine.", "AID", None),
    # SUPPORT: an embassy reopened, congratulations sent, a vote for a resolution
    ("Saudi Arabia reopened its embassy in Damascus.", "SUPPORT", None),
    ("Kenya sent congratulations to Tanzania after the election.", "SUPPORT", None),
    ("Spain voted for the resolution on Palestinian statehood.", "SUPPORT", None),
    # COOPERATE: intelligence exchanged, trade resumed
    ("Kenya and Ethiopia exchanged intelligence on al-Shabab.", "COOPERATE", None),
    ("Greece and Turkey resumed trade.", "COOPERATE", None),
    # RETREAT: a town abandoned or left by troops, weapons dismantled, a resignation tendered
    ("Ukrainian forces abandoned the eastern town of Soledar.", "RETREAT", "withdraw"),
    ("British troops left Basra.", "RETREAT", "withdraw"),
    ("Libya dismantled its chemical weapons.", "RETREAT", "disarm"),
    ("The Italian prime minister tendered his resignation.", "RETREAT", "resign"),
    # MOBILIZE: new missiles unveiled, conscription, a boosted military presence, weapons tests
    ("Iran unveiled a new ballistic missile.", "MOBILIZE", "weapons"),
    ("The Ethiopian army conscripted thousands of young men.", "MOBILIZE", "troops"),
    ("Armenia boosted its military presence on the border.", "MOBILIZE", "troops"),
    ("Pakistan conducted a nuclear test.", "MOBILIZE", "weapons"),
    # second batch: peacekeepers pulled out, aid agencies expelled, exercises cancelled, contacts frozen
    ("Bangladesh pulled out its peacekeepers from Sierra Leone.", "SANCTION", "withdraw"),
    ("The UN withdrew its peacekeepers from the Golan Heights.", "SANCTION", "withdraw"),
    ("Sudan expelled the aid agencies from Darfur.", "SANCTION", "expel"),
    ("Russia cancelled the military exercises with Belarus.", "SANCTION", "discontinue"),
    ("Azerbaijan froze contacts with the European Parliament.", "SANCTION", "discontinue"),
    # restrictions loosened or scaled back, a sentence reduced, martial law ended, a claim given up
    ("The Egyptian government loosened restrictions on the press.", "CONCEDE", None),
    ("The Chinese authorities scaled back the curfew in Urumqi.", "CONCEDE", None),
    ("A Nigerian court reduced the sentence of the journalist.", "CONCEDE", None),
    ("The Thai government ended martial law in the south.", "CONCEDE", None),
    ("Bolivia gave up its claim to the disputed territory.", "CONCEDE", None),
    ("The Nepalese government gave in to the demands of the Maoists.", "CONCEDE", None),
    # medical teams sent, supplies flown; support lent, weight thrown behind a plan
    ("Cuba sent medical teams to Italy.", "AID", None),
    ("The Jordanian army flew supplies to Gaza.", "AID", None),
    ("Egypt lent its support to the Sudanese peace plan.", "SUPPORT", None),
    ("France threw its weight behind Germany's proposal.", "SUPPORT", None),
    # access granted or given to third parties, control handed back
    ("Syria granted access to the UN inspectors.", "RETREAT", "access"),
    ("Sudan gave the Red Cross access to the prisoners.", "RETREAT", "access"),
    ("Britain handed back control of the island to Mauritius.", "RETREAT", "withdraw"),
    # judicial cooperation and coordinated efforts
    ("Serbia handed over the evidence to the Hague tribunal.", "COOPERATE", None),
    ("Kenya and Somalia coordinated efforts against the militants.", "COOPERATE", None),
    # third batch: one party declining to accept or to yield refuses; criticism shrugged off; permission given
    ("Iran did not accept the European proposal.", "REJECT", None),
    ("The Greek government would not back down on the name dispute with Macedonia.", "REJECT", None),
    ("The Burmese junta shrugged off the UN criticism.", "REJECT", None),
    ("The Serbian government gave permission to the opposition to hold the rally.", "CONCEDE", None),
    ("NATO ended its combat mission in Afghanistan.", "RETREAT", "withdraw"),
    # the name of an international body is no sport cue ("League")
    ("Syria flatly rejected the Arab League plan.", "REJECT", None),
    # fourth batch: more people released or freed, aid sent by the planeload
    ("Pro-Russian rebels in Ukraine freed a Swedish observer.", "RETREAT", "release"),
    ("The kidnappers released the Italian engineer in Nigeria.", "RETREAT", "release"),
    ("France sends two planeloads of aid to the rebels in Benghazi.", "AID", None),
    # fifth batch: sanctions approved or adopted, a state recognized, a sum of aid provided
    ("The Security Council adopted new sanctions on North Korea.", "SANCTION", "discontinue"),
    ("Liechtenstein recognizes Kosovo as an independent state.", "SUPPORT", None),
    ("Japan provided $10 million in humanitarian aid to Haiti.", "AID", None),
]


@pytest.mark.parametrize("text,etype,mode", CODED)
def test_session6_wording_is_coded(pipeline, text, etype, mode):
    assert_coded(pipeline, text, etype, mode, realised=False)


NOT_CODED = [
    # exports stopped by war damage, a sales suspension in business, a ban with no relations at stake
    ("Ukraine suspended exports of electricity after the strikes on its power plants.", "SANCTION"),
    ("A Kenyan court found the former minister not guilty of fraud.", "SANCTION"),
    # a policy dropped with no pressure named is ordinary policy, not a concession
    ("The Bolivian government reversed the fuel price hike.", "CONCEDE"),
    ("The Florida party abandons plans to hold a new primary by mail.", "CONCEDE"),
    # a legislature blocking a bill, a road blocked
    ("The Iranian parliament blocked the bill.", "REJECT"),
    # deliveries of goods that are not aid, greetings; condolences are an empathetic statement (CAMEO 018,
    # which the PLOVER crosswalk leaves out), not SUPPORT
    ("Amazon delivered more parcels in Germany this year.", "AID"),
    ("The Pope sent greetings to the congress in Bogota.", "SUPPORT"),
    ("Kenya sent condolences to Tanzania after the ferry disaster.", "SUPPORT"),
    ("The minister expressed her deep sympathy to the families of the miners.", "SUPPORT"),
    # civilians leaving a town, software deployed, a business presence increased
    ("Thousands of residents abandoned the town of Lysychansk.", "RETREAT"),
    ("Brazil deployed new software across its hospitals.", "MOBILIZE"),
    ("The Japanese carmaker boosted its presence in the Indian market.", "MOBILIZE"),
    # sympathy is no regret for one's own act; a runner giving up a race; ballot access; a club's player
    ("President Obama expressed sorrow for the shootings in South Carolina.", "CONCEDE"),
    ("The Kenyan runner gave up the race in Berlin.", "CONCEDE"),
    ("The nominee qualified in Ohio, giving him ballot access to 48 states.", "RETREAT"),
    ("The Brazilian football club expelled the player from the team.", "SANCTION"),
    # two parties failing to agree is no refusal by either; a space probe's mission
    ("Israel and Syria did not agree on the border.", "REJECT"),
    ("The European space probe ended its mission with a landing on the comet.", "RETREAT"),
    ("Chelsea beat Arsenal in the Premier League.", "ASSAULT"),
    # a video of a kidnapped man released is no release of the man
    ("The Islamist group in Iraq released a video of the kidnapped Italian journalist.", "RETREAT"),
    # a sum paid is no aid unless the sentence says so; recognition taken back is no support
    ("The Mexican company paid $5 million to settle the lawsuit.", "AID"),
    ("Brazil said it will no longer recognise Kosovo as an independent state.", "SUPPORT"),
    ("Brazil said it will no longer recognise Kosovo as an independent state.", "AGREE"),
]


@pytest.mark.parametrize("text,etype", NOT_CODED)
def test_session6_near_misses_are_not_coded(pipeline, text, etype):
    assert_not_coded(pipeline, text, etype)
