"""Writes research/claims/review.yaml (the fact-check of the AI-generated article).

The verdicts live here as data; run `python3 research/claims/make_review.py` then
`python3 research/claims/check_review.py`. Nothing here is read by the service.
"""
import datetime
import yaml
from pathlib import Path


class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _str(dumper, value):
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


Dumper.add_representer(str, _str)


def _dates(sources):
    for s in sources:
        for f in ("published_date", "accessed_date"):
            if s.get(f):
                s[f] = datetime.date.fromisoformat(s[f])
    return sources

ROOT = Path(__file__).resolve().parents[2]
ART = "role-of-nato-and-partners-in-iraq"

# ---------------------------------------------------------------- new sources
NEW_SOURCES = [
    dict(slug="jwc-iraqi-key-leader-course-2005",
         title="Joint Warfare Centre holds second key leader training course for Iraqi security forces",
         author=None, publisher="NATO Joint Warfare Centre (Allied Command Transformation)",
         url="https://www.jwc.nato.int/articles/joint-warfare-centre-holds-second-key-leader-training-course-iraqi-security-forces",
         published_date=None, accessed_date="2026-12-01", kind="official", tally="official",
         reliability="NATO's own page (JWC, Stavanger): a 2005 course for 27 Iraqi key leaders held in support of NATO's Iraq training mission; tailored to Iraqi requirements, it taught the operational planning process. The page gives no publication date (the course started on 14 March 2005).",
         text_file="jwc-iraqi-key-leader-course-2005.txt"),
    dict(slug="latimes-nato-balking-at-iraq-mission-2004",
         title="NATO Balking at Iraq Mission",
         author=None, publisher="Los Angeles Times (as reproduced by an archive mirror of latimes.com)",
         url="http://161.35.110.226/archives/la-xpm-2004-may-09-fg-troops9-story.html",
         published_date="2004-05-09", accessed_date="2026-12-01", kind="article", tally="press",
         reliability="Los Angeles Times report of 9 May 2004 (staff writer, citing allied defence officials and diplomats), read from an archive mirror of latimes.com; used only for the allies' divergent positions on a NATO role in Iraq in 2004.",
         text_file="latimes-nato-balking-at-iraq-mission-2004.txt"),
    dict(slug="nato-review-rethinking-nato-2003",
         title="Rethinking NATO",
         author="Tom Donnelly", publisher="NATO Review (NATO)",
         url="https://www.nato.int/docu/review/articles/2003/06/01/rethinking-nato/index.html",
         published_date="2003-06-01", accessed_date="2026-12-01", kind="article", tally="press",
         reliability="Signed opinion article in NATO's own magazine NATO Review (Summer 2003) by a US analyst; used only for what it reports, the Allies' political divisions over the Iraq war, not for its judgements.",
         text_file="nato-review-rethinking-nato-2003.txt"),
    dict(slug="cnn-tide-of-blood-subsides-iraq-2008",
         title="Tide of blood subsides in Iraq",
         author="Matt Smith; Joe Sterling", publisher="CNN",
         url="http://www.cnn.com/2008/WORLD/meast/01/10/iraq.surge/index.html",
         published_date="2008-01-10", accessed_date="2026-12-01", kind="article", tally="press",
         reliability="CNN report of 10 January 2008 citing US and Iraqi military officials: the fall in violence in 2007 followed the US troop surge; press, used for who reduced the violence, not for figures.",
         text_file="cnn-tide-of-blood-subsides-iraq-2008.txt"),
]
NEW_SOURCES.append(
    dict(slug="radio-prague-czech-field-hospital-basra-returns-2003",
         title="Czech military police unit leave for Iraq as field hospital personnel return",
         author=None, publisher="Radio Prague (Český rozhlas)",
         url="https://www.radio.cz/en/section/curraffrs/czech-military-police-unit-leave-for-iraq-as-field-hospital-personnel-return",
         published_date=None, accessed_date="2026-12-01", kind="article", tally="press",
         reliability="Radio Prague, the Czech public broadcaster's international service, reporting the return of the Czech Army's field hospital from Basra after nine months (late 2003; the page gives no date); press, used for the fact of a national medical contribution in Iraq, not for its figures.",
         text_file="radio-prague-czech-field-hospital-basra-returns-2003.txt"))
SOURCE_EXTENSIONS = [
    dict(slug="nato-iraq-podcast-2007",
         what="The excerpt's last paragraph now continues verbatim with the page's next three sentences (the Junior Staff Course's modules: 'tactical employment of military units at the joint level', 'developed under the supervision of NATO mentors'); earlier text unchanged, so existing quotes still match."),
]

# ---------------------------------------------------------------- new citations
def nc(key, subject, source, quote, note):
    return dict(key=key, subject=subject, source=source, quote=quote, note=note)

NEW_CITATIONS = [
    nc("pub-mnf-i-other-nations-forces", {"mission": "mnf-i"}, "hubbry-multi-national-force-iraq",
       "However it also supervised British, Australian, Polish, Spanish, and other countries' forces.",
       "Wikipedia (via Hubbry): the other nations' forces in Iraq served in the US-led MNF-I, not under NATO."),
    nc("pub-ntim-i-coordinated-with-mnf-i", {"mission": "ntm-i"}, "canada-dnd-ntim-i-2004",
       "The team trained Iraqi Army and Iraqi National Guard personnel, coordinating these activities with the American-led Multi-National Force [-Iraq].",
       "Canada DND history page: NATO's 2004 training team in Iraq coordinated its training with the US-led MNF-I; it deployed no forces of its own."),
    nc("pub-ntm-i-istanbul-summit-2004", {"mission": "ntm-i"}, "infocenter-ge-natos-role-in-iraq",
       "On 28 June 2004, At the NATO Summit in Istanbul, NATO Heads of State and Government agree to assist Iraq with training of its security forces.",
       "Georgian government NATO info centre: what NATO decided in 2004 was to train Iraq's security forces."),
    nc("pub-mnd-cs-limited-technical-assistance", {"mission": "nato-support-mnd-cs"}, "voa-nato-to-assist-poland-2003",
       "Although only limited technical assistance is involved, NATO Secretary General George Robertson hailed the move at alliance headquarters in Brussels.",
       "VOA, 21 May 2003: NATO's first Iraq-related role after the invasion was limited technical assistance to Poland."),
    nc("pub-mnf-i-ddr-not-yet-possible", {"mission": "mnf-i"}, "wikileaks-07baghdad2140-ddr",
       "The political and security environment in\nIraq among the contending parties does not make it possible\nto pursue a doctrinal demobilization, disarmament and\nreintegration (DDR) program for militia members at this time.",
       "US Embassy Baghdad cable 07BAGHDAD2140 (2007, via WikiLeaks): no DDR programme could be run in Iraq at the time; planning sat with MNF-I and the US Mission."),
    nc("pub-doc-iwo-operational-planning-jwc", {"contribution": "nato-iwo-operational-planning-training"}, "jwc-iraqi-key-leader-course-2005",
       "The course is focusing on the management of an operational-level headquarters and includes instruction on crisis management, command and control of forces, the operational planning process, and integration of all aspects of civil-military cooperation, including liaison with the UN, Red Cross, and other international organisations.",
       "NATO's own page (Joint Warfare Centre): a 2005 course for Iraqi key leaders taught the operational planning process."),
    nc("pub-doc-iwo-tactical-training-jsc", {"contribution": "nato-iwo-tactical-training"}, "nato-iraq-podcast-2007",
       "The course material included general staff duties, tactical employment of military units at the joint level, battle staff procedures, and military leadership.",
       "NATO's own page (NTM-I podcast, 23 Apr 2007): the NATO-mentored Junior Staff Course at the Iraqi Joint Staff College taught tactics."),
    nc("pub-doc-partners-course-tailored-jwc", {"contribution": "international-partners-iwo-training-modules"}, "jwc-iraqi-key-leader-course-2005",
       "The 10-day course, which started on March 14th, has been tailored to Iraqi requirements.",
       "NATO's own page (Joint Warfare Centre): NATO tailored its courses for Iraqi leaders to Iraqi requirements."),
    nc("pub-org-nato-members-training-effort", {"organization": "nato-member-countries"}, "call-handbook-11-03-nato-assistance-to-iraq",
       "All NATO member countries are contributing to the training effort either in or outside Iraq through financial contributions or donations of equipment.",
       "US Army CALL Handbook 11-03: every NATO member contributed to NATO's training effort for Iraq."),
    nc("pub-doc-partners-mnd-cs-contributors", {"contribution": "international-partners-iwo-joint-mission-personnel"}, "scoop-poland-mnd-cs-nato-support-2003",
       "Several NATO and other partner countries are among the nations contributing to the Polish-led multinational division.",
       "NATO press release of 3 Sep 2003 as reprinted by Scoop (US State Dept text): partner countries sent personnel to the Polish-led division, part of the US-led force."),
    nc("pub-doc-challenge-allies-delay-2004", {"lesson": "divergent-national-priorities"}, "latimes-nato-balking-at-iraq-mission-2004",
       "But amid continuing bloodshed and strong public opposition to the occupation in many nations, allies want to delay any major commitment until after the U.S. presidential election in November, officials say.",
       "Los Angeles Times, 9 May 2004: the Allies' differing positions delayed a decision on a NATO role in Iraq."),
    nc("pub-doc-challenge-slow-to-consult", {"lesson": "coordination-complexities"}, "latimes-nato-balking-at-iraq-mission-2004",
       "Some countries also have complained that the U.S. military has been slow to consult with coalition partners on planned moves",
       "Los Angeles Times, 9 May 2004, citing NATO and European defence officials: coordination problems inside the coalition."),
    nc("pub-doc-challenge-political-differences", {"lesson": "regional-politics-and-diverging-interests"}, "nato-review-rethinking-nato-2003",
       "The diplomacy that preceded the Iraq war and the campaign itself revealed fundamental differences of political views among the Alliance's pillars, France, Germany, the United Kingdom and the United States.",
       "NATO Review (Summer 2003, signed article): the Iraq war exposed political divisions among the Allies."),
    nc("pub-doc-partners-czech-field-hospital", {"contribution": "international-partners-iwo-medical-support"}, "radio-prague-czech-field-hospital-basra-returns-2003",
       "Since April, Czech military doctors performed almost 250 operations, treating nearly 10,000 Iraqi civilians and 1,300 soldiers.",
       "Radio Prague (2003): the Czech Army's field hospital in Basra, a national contribution alongside the coalition, gave medical care in Iraq for nine months."),
    nc("pub-mnf-i-surge-reduced-violence", {"mission": "mnf-i"}, "cnn-tide-of-blood-subsides-iraq-2008",
       "A year after President Bush announced he was ordering nearly 30,000 additional American troops into Iraq, that \"surge\" has at least temporarily staunched the blood-soaked tide of violence loosed on the country in the previous months.",
       "CNN, 10 Jan 2008: the fall in violence followed the US troop surge, an operation of the US-led force in which NATO took no part."),
]

# ---------------------------------------------------------------- reviews
R = {}
def rv(keys, verdict, note=None, corrected_by=None, corroborated_by=None, split=None, move_to=None):
    for k in keys.split():
        assert k not in R, k
        e = dict(key=k, verdict=verdict, note=note)
        if corroborated_by:
            e["corroborated_by"] = corroborated_by
        e["corrected_by"] = corrected_by
        e["split"] = split
        if move_to:
            e["move_to"] = move_to
        R[k] = e

NOT_PART = "pub-mnf-i-nato-did-not-participate"
LIMITED = ("Georgia's government NATO info centre: NATO 'did not participate in the military operation of the U.S.-led "
           "multinational coalition forces in Iraq' and its role 'was limited to training Iraqi military personnel'")
NO_FORCES = ("NATO commanded no multinational force in Iraq: " + LIMITED + "; the multinational force was the US-led MNF-I "
             "(Wikipedia via Hubbry).")

# ---- organizations
rv("doc-org-partners-vital-role", "misleading",
   "The nations that sent forces to Iraq served in the US-led MNF-I, not in a NATO effort (Wikipedia via Hubbry: MNF-I 'supervised British, Australian, Polish, Spanish, and other countries' forces'); NATO as an organisation took no part in the coalition's operations (Georgia's NATO info centre). Only a few partners, e.g. Ukraine (PfP), served in NATO's own training mission.",
   "pub-mnf-i-other-nations-forces")
rv("doc-org-partners-expanded-nato", "opinion",
   "A judgement ('instrumental in expanding NATO's influence') that no source can confirm; it also assumes partners served NATO's efforts, which doc-org-partners-vital-role shows to be misleading.")
rv("doc-org-member-countries-troops", "disputed",
   "Same sentence as doc-mnf-under-nato-command and doc-member-countries-troops: 'these forces' are the NATO-commanded forces that never existed. Member countries did send troops, but to the US-led MNF-I (Wikipedia via Hubbry), whose commander reported to US Central Command, not NATO.",
   "pub-mnf-i-us-led")
rv("doc-org-nato-members-training", "corroborated",
   "NATO members did take part in the training effort for Iraq: US Army CALL Handbook 11-03, 'All NATO member countries are contributing to the training effort'. Same sentence and verdict as doc-partners-tailored-training-modules.",
   corroborated_by=["pub-org-nato-members-training-effort"])
rv("doc-org-broader-coalition", "misleading",
   "Same sentence as doc-mnf-coordinated-with-coalition: NATO had no 'deployment initiatives' of forces in Iraq (Georgia's NATO info centre), but its training mission did coordinate with the US-led MNF-I (Canada DND, NTIM-I 2004). The 'broader coalition' is the US-led coalition already recorded as us-led-coalition.",
   "pub-ntim-i-coordinated-with-mnf-i")
rv("doc-org-coalition-forces", "opinion",
   "This fragment only says the coalition's 'capacity and reach' were enhanced, a judgement; it differs from the partner citations of the same sentence (doc-partners-military-assistance etc.), which make checkable claims about who contributed what. The coalition itself is the US-led MNF-I (pub-org-us-led-coalition).")
rv("doc-org-international-coalition-forces", "misleading",
   "International coalition forces existed, but as the US-led MNF-I (Wikipedia via Hubbry); the only 'NATO-led' presence in Iraq was the NTM-I training mission, 'not a combat mission' (NATO). Same verdict as doc-logistics-enhanced-capacity, which quotes the same words on the lesson.",
   "pub-mnf-i-us-led")
rv("doc-nato-collective-security", "disputed",
   "'Their deployment' is the deployment of NATO-commanded multinational forces in Iraq, which did not happen: " + LIMITED + ".",
   NOT_PART)
rv("doc-nato-adaptability", "disputed",
   "Same sentence as doc-mnf-interoperability: 'this collaboration' is the NATO-commanded multinational force in Iraq, which did not exist (" + LIMITED + ").",
   NOT_PART)

# ---- mission iraq-war-operations
rv("doc-iwo-intro", "misleading",
   "Presents NATO as pivotal to the outcome of the Iraq War's operations; NATO as an organisation did not take part in the coalition's military operation and its role was limited to training (Georgia's NATO info centre). 'Pivotal' is a judgement, but the implied NATO role is false.",
   NOT_PART)
rv("doc-iwo-2003-invasion", "disputed",
   "NATO was not merely 'exploring' in 2003: from June it supported Poland's multinational division in five areas (AFP via SpaceWar, 3 Jun 2003), after defending Turkey in Operation Display Deterrence (NATO). Same verdict as doc-nato-exploratory-after-2003.",
   "pub-mnd-cs-five-areas")
rv("doc-iwo-nato-combat-remained-limited", "misleading",
   "'Limited' implies some combat role; NATO had none: US Army CALL Handbook 11-03, NATO 'is involved in training, equipping, and technical assistance - not combat', and NATO's NTM-I 'was not a combat mission'.",
   "pub-org-nato-training-not-combat")
rv("doc-iwo-nato-not-in-combat", "corroborated",
   "US Army CALL Handbook 11-03: NATO 'is involved in training, equipping, and technical assistance - not combat'; NATO: NTM-I 'was not a combat mission'.",
   corroborated_by=["pub-doc-iwo-nato-not-combat", "pub-ntm-i-not-combat"])
rv("doc-iwo-nato-supported-coalition", "misleading",
   "NATO had no combat involvement at all (CALL Handbook 11-03: 'not combat'), not a 'limited' one; its support to the coalition was limited technical assistance to Poland's division in 2003 (VOA) and a training mission coordinated with MNF-I, not 'operational contributions' that 'significantly supported' the coalition.",
   "pub-org-nato-training-not-combat")

# ---- CSL / NTM-I sentence (split)
CSL_NTMI = "Major NATO contributions were organized through specific missions, including the NATO Training Mission-Iraq (NTM-I) and the Cooperative Security Location (CSL) initiatives."
NTMI_PART = "Major NATO contributions were organized through specific missions, including the NATO Training Mission-Iraq (NTM-I)"
CSL_PART = "the Cooperative Security Location (CSL) initiatives"
assert NTMI_PART in CSL_NTMI and CSL_PART in CSL_NTMI
def split_csl(ntm_key, ntm_subj, csl_key, csl_subj):
    return [dict(key=ntm_key, quote=NTMI_PART, subject=ntm_subj, verdict="corroborated"),
            dict(key=csl_key, quote=CSL_PART, subject=csl_subj, verdict="disputed")]
SPLIT_MISSIONS = split_csl("doc-ntm-i-named", {"mission": "ntm-i"}, "doc-csl-named-as-nato-mission", {"mission": "csl-initiatives"})
SPLIT_CONTRIBS = split_csl("doc-ntm-i-major-contributions", {"contribution": "nato-ntm-i-security-sector-reform"},
                           "doc-csl-major-contributions", {"contribution": "nato-csl-security-sector-reform"})
CSL_NOTE = ("A Cooperative Security Location is a US military basing category (Wikipedia 'Cooperative Security Location', "
            "2016: 'a U.S. military term', sites set up after the Pentagon's 2004 posture review, mainly in Africa and Latin "
            "America), not a NATO mission. The sentence is true of NTM-I and false of CSL: split so each citation quotes only its part.")
NTM_NOTE = ("NTM-I was NATO's mission in Iraq, 2004-2011 (NATO, 'NATO’s assistance to Iraq'). The same sentence is false of "
            "CSL: split so each citation quotes only its part.")
rv("doc-csl-named-as-nato-mission", "disputed", CSL_NOTE, "pub-org-dod-csl-us-military-term", split=SPLIT_MISSIONS)
rv("doc-ntm-i-named", "corroborated", NTM_NOTE, corroborated_by=["pub-ntm-i-established-2004"], split=SPLIT_MISSIONS)
rv("doc-ntm-i-major-contributions", "corroborated", NTM_NOTE, corroborated_by=["pub-doc-ntm-i-security-sector-aim"], split=SPLIT_CONTRIBS)
rv("doc-csl-major-contributions", "disputed", CSL_NOTE, "pub-org-dod-csl-us-military-term", split=SPLIT_CONTRIBS)
rv("doc-ntm-i-ssr", "corroborated",
   "NATO: 'The aim of NTM-I was to help Iraq develop a democratically-led and enduring security sector'. 'These efforts' are NTM-I and CSL; the same sentence is disputed on the CSL record (doc-csl-ssr) because CSL is not a NATO mission.",
   corroborated_by=["pub-doc-ntm-i-security-sector-aim"])
rv("doc-csl-ssr", "disputed",
   "'These efforts' are NTM-I and CSL; the sentence stands for NTM-I (doc-ntm-i-ssr) but not for CSL, a US basing category that is not a NATO mission and had no part in Iraq's security sector reform (Wikipedia 'Cooperative Security Location').",
   "pub-org-dod-csl-us-military-term")

# ---- NATO-commanded multinational force (does not exist)
rv("doc-mnf-deployment", "disputed",
   NO_FORCES + " NATO's 2003 help to Poland (force generation, movement coordination) was support to a US-led force, not a NATO deployment.",
   NOT_PART)
rv("doc-mnf-under-nato-command doc-member-countries-troops", "disputed",
   "The multinational force in Iraq was the US-led MNF-I (Wikipedia via Hubbry), whose commander reported to US Central Command, not NATO; member countries' troops served there, not under NATO command.",
   "pub-mnf-i-us-led")
rv("doc-mnf-nato-command", "disputed",
   "No force in Iraq was under NATO command: MNF-I was US-led (Wikipedia via Hubbry) and its commander reported to US Central Command (Wikipedia, Iraq War order of battle 2009).",
   "pub-mnf-i-us-led")
rv("doc-nato-deploying-multinational-forces", "disputed", NO_FORCES, NOT_PART)
rv("doc-mnf-balanced-approach", "disputed",
   "'Their presence' is that of NATO-commanded multinational forces in Iraq, which never existed: " + LIMITED + ".", NOT_PART)
rv("doc-mnf-coordinated-with-coalition", "misleading",
   "NATO had no 'deployment initiatives' of forces in Iraq (Georgia's NATO info centre); what NATO did coordinate with the US-led coalition was its training mission (Canada DND: the 2004 team coordinated its training 'with the American-led Multi-National Force').",
   "pub-ntim-i-coordinated-with-mnf-i")
NO_PK = ("NATO had no peacekeeping or stabilisation force in Iraq: US Army CALL Handbook 11-03, NATO 'does not have a direct "
         "role in the international stabilization force'.")
rv("doc-mnf-roles-peacekeeping doc-mnf-peacekeeping-missions", "disputed", NO_PK,
   "pub-org-nato-no-direct-role-stabilization-force")
rv("doc-mnf-roles-patrols doc-mnf-conducted-patrols doc-mnf-escorted-convoys doc-mnf-supported-reconstruction doc-mnf-counterinsurgency",
   "disputed", "NATO deployed no forces for patrols, convoys, reconstruction or counterinsurgency in Iraq: " + LIMITED + ".", NOT_PART)
rv("doc-mnf-roles-capacity-building", "disputed",
   "Capacity building in Iraq was done by NATO's non-combat training mission NTM-I (NATO, 'NATO’s assistance to Iraq'), not by NATO-commanded multinational forces, which did not exist. Same sentence as the peacekeeping and patrol citations, all disputed.",
   "pub-ntm-i-not-combat")
rv("doc-mnf-stability-specific-regions", "disputed",
   "NATO held no region of Iraq: its only link to a regional multinational force was support to Poland's division from outside, 'We are not talking about a NATO presence in Iraq' (Robertson, VOA 21 May 2003).",
   "pub-mnd-cs-no-nato-presence")
rv("doc-mnf-reduce-insurgent-influence", "disputed",
   "'Their presence' is that of NATO-deployed forces holding regions of Iraq, which never existed (VOA 2003: 'We are not talking about a NATO presence in Iraq'; " + LIMITED + ").",
   NOT_PART)

# ---- ISAF
ISAF = ("ISAF was NATO's mission in Afghanistan (UNSCR 1386; NATO-led Aug 2003 - Dec 2014, 'NATO and Afghanistan'), not in "
        "Iraq; NATO's training of Iraqi forces was NTM-I.")
rv("doc-isaf-in-iraq doc-isaf-supported-iraqi-institutions doc-isaf-promoted-ssr-iraq doc-isaf-training-iraqi-personnel doc-isaf-mentoring-iraqi-personnel",
   "disputed", ISAF, "pub-isaf-afghanistan-2003-2014")

# ---- NATO contributions (iraq-war-operations)
rv("doc-nato-exploratory-after-2003", "disputed",
   "NATO was not merely 'assessing' after the invasion: from June 2003 it supported Poland's division in five defined areas (AFP via SpaceWar), after defending Turkey (Operation Display Deterrence, NATO). Same verdict as doc-iwo-2003-invasion.",
   "pub-mnd-cs-five-areas")
rv("doc-nato-initially-limited-support", "corroborated",
   "True of 2003: NATO's first Iraq-related roles were support roles, Display Deterrence for Turkey and 'only limited technical assistance' to Poland's division (VOA, 21 May 2003). It belongs on mission nato-support-mnd-cs, not on the disputed 'exploratory assessment' contribution (see duplicates).",
   corroborated_by=["pub-mnd-cs-limited-technical-assistance", "pub-mnd-cs-five-areas"],
   move_to={"mission": "nato-support-mnd-cs"})
rv("doc-nato-partner-cooperation-by-2004", "misleading",
   "What happened in 2004 was not a turn from 'exploration' to 'cooperation with international partners': at Istanbul on 28 June 2004 NATO agreed, at the Iraqi government's request, to train Iraq's security forces (Georgia's NATO info centre); the team then coordinated with the US-led MNF-I (Canada DND).",
   "pub-ntm-i-istanbul-summit-2004")
STAB = ("NATO made no stabilisation or broader military contribution in Iraq: " + LIMITED + "; CALL Handbook 11-03: no direct role in "
        "the stabilization force.")
rv("doc-nato-expanded-to-stabilization", "disputed",
   "NATO did not expand into 'broader military contributions and stabilization efforts'; what grew was its training mission (NATO, 16 Dec 2004: up to 300 personnel). " + LIMITED + ".",
   NOT_PART)
rv("doc-nato-key-ops-stabilization", "disputed",
   "On this stabilisation record the claim is false: " + LIMITED + ". The capacity-building half is true (NTM-I) and already corroborated on nato-iwo-capacity-building: cut the quote to its stabilisation part.",
   NOT_PART,
   split=[dict(key="doc-nato-key-ops-stabilization",
               quote="During the Iraq War, NATO’s key operations and missions primarily focused on stabilization",
               subject={"contribution": "nato-iwo-stabilization-support"}, verdict="disputed")])
rv("doc-nato-facilitating-peace", "disputed",
   "'These initiatives' are the NATO patrols, convoys, logistics and intelligence sharing of the paragraph; as a NATO stabilisation contribution it is false: " + LIMITED + ".",
   NOT_PART)
rv("doc-nato-shift-to-capacity-building", "corroborated",
   "The capacity-building and training half is confirmed by NATO (NTM-I set up in 2004 'to help Iraq create effective armed forces'); the 'supporting stabilization initiatives' half is false (" + LIMITED + "): split the quote.",
   corroborated_by=["pub-doc-iwo-capacity-building-ntm-i"],
   split=[dict(key="doc-nato-shift-to-capacity-building",
               quote="In subsequent years, NATO shifted towards capacity building, training Iraqi security forces",
               subject={"contribution": "nato-iwo-capacity-building"}, verdict="corroborated"),
          dict(key="doc-nato-shift-to-stabilization (new)", quote="supporting stabilization initiatives",
               subject={"contribution": "nato-iwo-stabilization-support"}, verdict="disputed",
               corrected_by=NOT_PART)])
rv("doc-nato-capacity-building-integral", "corroborated",
   "NATO's own page 'NATO’s assistance to Iraq': NTM-I (2004-2011) was set up to help Iraq create effective armed forces.",
   corroborated_by=["pub-doc-iwo-capacity-building-ntm-i"])
rv("doc-nato-partners-capacity-vital-nato doc-partners-capacity-vital", "corroborated",
   "NATO's NTM-I trained over 5,000 military and 10,000 police personnel (NATO) and a partner, Ukraine (PfP), had staff in it (13-nation lists of 2010 and 2011); 'vital' is the article's word. Same verdict on the NATO and partner records.",
   corroborated_by=["pub-doc-iwo-training-isf-ntm-i", "pub-ukr-ntm-i-staff-2011"])
rv("doc-nato-core-role-training", "corroborated",
   "NATO's own page 'NATO’s assistance to Iraq': NTM-I trained over 5,000 military and over 10,000 police personnel in Iraq.",
   corroborated_by=["pub-doc-iwo-training-isf-ntm-i"])
rv("doc-nato-specialized-training", "corroborated",
   "NATO's own page 'NATO’s assistance to Iraq': NTM-I trained Iraqi military and police personnel; Wikipedia adds NATO 'out-of-country specialized training'.",
   corroborated_by=["pub-doc-iwo-training-isf-ntm-i"])
rv("doc-nato-training-foundation", "opinion",
   "An assessment of effect ('a foundation for sustainable security') that no source can confirm.")
rv("doc-nato-allied-forces-logistics doc-nato-allied-forces-intelligence", "corroborated",
   "In 2003 NATO supported Poland's division in Iraq with logistics and intelligence, among five defined areas (AFP via SpaceWar, quoting NATO's spokesman). The same fragment is disputed on the training record (doc-nato-allied-forces-training): training was not one of the five areas.",
   corroborated_by=["pub-doc-iwo-logistics-support-poland", "pub-doc-iwo-intelligence-support-poland"])
rv("doc-nato-allied-forces-training", "disputed",
   "NATO's support to allied (Polish-led) forces covered five defined areas and training was not one of them (AFP via SpaceWar, 3 Jun 2003); NATO's training in Iraq was of Iraqi, not allied, personnel (Georgia's NATO info centre). Logistics and intelligence in the same fragment are corroborated on their records.",
   "pub-mnd-cs-five-areas")
rv("doc-nato-key-missions-logistics doc-nato-key-missions-intelligence", "misleading",
   "NATO's logistics and intelligence support went to Poland's division in 2003, from outside Iraq (AFP via SpaceWar; VOA: 'no direct NATO involvement in Iraq'); no source shows NATO sharing intelligence with Iraqi authorities, and these were not NATO 'key missions' in Iraq, whose role was limited to training (Georgia's NATO info centre).",
   "pub-mnd-cs-five-areas")
rv("doc-nato-facilitated-supply-chain doc-nato-facilitated-transport", "misleading",
   "The kernel is NATO's 2003 help to Poland's division in 'coordinating troop and equipment movement' and 'logistics' (AFP via SpaceWar), from outside Iraq; NATO ran no supply chain or transport for coalition forces in Iraq, where its role was limited to training (Georgia's NATO info centre). The medical part of the same sentence is disputed (doc-nato-facilitated-medical).",
   "pub-mnd-cs-five-areas")
MED = ("No NATO medical services or medical aid in Iraq are on record; " + LIMITED + ".")
rv("doc-nato-facilitated-medical", "disputed",
   MED + " Supply chain and transport in the same sentence are misleading, not false (NATO's 2003 movement and logistics help to Poland).",
   NOT_PART)
rv("doc-nato-support-medical-services doc-nato-medical-aid", "disputed", MED, NOT_PART)
rv("doc-nato-provided-supply-chain doc-nato-transportation-of-equipment doc-partners-provided-supply-chain doc-partners-transportation-of-equipment",
   "misleading",
   "The kernel: NATO delivered donated equipment and ammunition to Iraq's forces (NATO, 2005: 'some 26,000 light weapons ... more than 9,3 million rounds of ammunition') and in 2003 coordinated troop and equipment movement for Poland's division; neither NATO nor named partners ran a supply chain for the coalition in Iraq (" + LIMITED + "). Same verdict on the NATO and partner records of this sentence.",
   "pub-nato-equipment-delivered-2005")
rv("doc-nato-task-transport-routes", "misleading",
   "The nearest true fact is NATO's 2003 help to Poland's division in 'coordinating troop and equipment movement' (AFP via SpaceWar) from outside Iraq; no source shows NATO coordinating supply routes in Iraq, where its role was limited to training.",
   "pub-mnd-cs-five-areas")
rv("doc-nato-task-fuel", "disputed",
   "No NATO fuel or maintenance support to forces in Iraq is on record; " + LIMITED + ". (NATO's 2003 'logistics' help to Poland's division was support from outside Iraq, not supply to deployed forces: 'no direct NATO involvement in Iraq', VOA.)",
   NOT_PART)
rv("doc-nato-task-hubs", "disputed",
   "NATO set up no logistical hubs in Iraq: 'We are not talking about a NATO presence in Iraq' (Robertson, VOA 2003); " + LIMITED + ".",
   NOT_PART)
rv("doc-nato-secure-corridors", "disputed",
   "NATO established no secure logistical corridors in Iraq: " + LIMITED + ". Medical services and equipment repair in the same sentence are disputed on their NATO records too.",
   NOT_PART)
rv("doc-nato-equipment-repair doc-nato-equipment-maintenance", "disputed",
   "No NATO equipment repair or maintenance for forces in Iraq is on record; " + LIMITED + " (NATO's equipment role was coordinating donations, e.g. Hungary's 'newly refurbished' T-72 tanks, NATO 2005).",
   NOT_PART)
rv("doc-nato-task-communication-networks", "corroborated",
   "NATO gave 'communications support' to Poland's division in 2003 (AFP via SpaceWar, quoting NATO's spokesman); it restates public record nato-mnd-cs-communications (see duplicates).",
   corroborated_by=["pub-nato-mnd-cs-communications"])
rv("doc-nato-ddr-programs doc-partners-ddr-programs", "disputed",
   "No DDR programme was implemented with NATO's or partners' support: the US Embassy's 2007 cable (07BAGHDAD2140, via WikiLeaks) says the environment 'does not make it possible' to pursue DDR, and DDR planning sat with MNF-I and the US Mission. Same verdict for NATO and the partners.",
   "pub-mnf-i-ddr-not-yet-possible")

# ---- training initiatives
rv("doc-training-instructor-development", "corroborated",
   "NATO podcast (23 Apr 2007): Iraqi Joint Staff College instructors attended a NATO 'Train the Trainer course'; the Carabinieri also trained 133 instructors (NATO release via GlobalDefence).",
   corroborated_by=["pub-doc-iwo-train-the-trainer"])
rv("doc-training-tactical", "corroborated",
   "NATO podcast (23 Apr 2007): the NATO-mentored Junior Staff Course taught 'tactical employment of military units at the joint level'.",
   corroborated_by=["pub-doc-iwo-tactical-training-jsc"])
rv("doc-training-operational-planning", "corroborated",
   "NATO's Joint Warfare Centre: its 2005 course for Iraqi key leaders included 'the operational planning process'.",
   corroborated_by=["pub-doc-iwo-operational-planning-jwc"])
rv("doc-training-leadership-courses", "corroborated",
   "NATO (ACO) release via GlobalDefence: NTM-I's Carabinieri ran the '14th Leadership Training Course' for Iraqi police.",
   corroborated_by=["pub-doc-iwo-leadership-course"])
rv("doc-partners-tailored-training-modules", "corroborated",
   "NATO's courses for Iraqis were 'tailored to Iraqi requirements' (JWC 2005; NATO podcast 2007: modules 'developed under the supervision of NATO mentors'); the actors are NATO and its members, as the sentence says. Same sentence as doc-org-nato-members-training.",
   corroborated_by=["pub-doc-partners-course-tailored-jwc", "pub-doc-iwo-train-the-trainer"])
rv("doc-partners-training-confidence", "opinion",
   "An assessment of effect ('fostered confidence and independence') that no source can confirm.")
rv("doc-nato-institutional-support", "corroborated",
   "US Army CALL Handbook 11-03: NATO was 'supporting the development of the country's security institutions'.",
   corroborated_by=["pub-doc-iwo-institutional-support"])
rv("doc-nato-strategic-advisory", "corroborated",
   "NATO, 16 Dec 2004: 'training and advice given to mid and senior level personnel from the Iraqi security forces'.",
   corroborated_by=["pub-doc-iwo-advice-senior-personnel"])
rv("doc-nato-institutional-governance doc-nato-advisory-counter-terrorism", "unverifiable",
   "Searched the shipped NATO, CALL, Canada DND and Wikipedia NTM-I excerpts and stored pages (pages corpus: NTM-I training, logistics, counter-terrorism): none says NTM-I improved 'organizational governance, logistical management, and counter-terrorism strategies' (the Junior Staff Course had a 'focus on counter insurgency'; NATO's counter-terrorism aims belong to NMI, from 2018).")

# ---- international partners
rv("doc-partners-military-assistance", "corroborated",
   "Other countries' forces did serve with the coalition: MNF-I 'supervised British, Australian, Polish, Spanish, and other countries' forces' (Wikipedia via Hubbry). The diplomatic and logistical parts of the same sentence stay unverifiable on their records.",
   corroborated_by=["pub-mnf-i-other-nations-forces"])
rv("doc-partners-diplomatic-support doc-partners-logistical-support", "unverifiable",
   "Searched shipped excerpts and stored pages (coalition members' contributions): no source names a partner country giving diplomatic or logistical support; the military part of this sentence is corroborated (doc-partners-military-assistance), which is why the verdicts differ.")
rv("doc-partners-medical-support", "corroborated",
   "Countries did provide medical support in Iraq: the Czech Army's field hospital in Basra treated 'nearly 10,000 Iraqi civilians and 1,300 soldiers' in 2003 (Radio Prague). The intelligence-sharing record of the same sentence stays unverifiable (no source names a country), which is why the verdicts differ; the credit belongs to the Czech Republic, not to unnamed partners.",
   corroborated_by=["pub-doc-partners-czech-field-hospital"])
rv("doc-partners-intelligence-sharing", "unverifiable",
   "Searched shipped excerpts and stored pages (allied participation in OIF, coalition members' contributions): no source found names a partner country sharing intelligence; the medical part of the same sentence is corroborated (Czech field hospital), which is why the verdicts differ.")
rv("doc-partners-support-medical-services doc-partners-medical-aid", "corroborated",
   "On the partners' medical record the medical part holds: the Czech Army's field hospital in Basra gave medical care in 2003 (Radio Prague). NATO's record of the same words is disputed (NATO itself ran no medical services in Iraq; Georgia's NATO info centre), and the partners' repair, maintenance and corridor records stay unverifiable; each note says why.",
   corroborated_by=["pub-doc-partners-czech-field-hospital"])
rv("doc-partners-equipment-repair doc-partners-equipment-maintenance doc-partners-secure-corridors",
   "unverifiable",
   "NATO's share of this sentence is disputed (NATO's role was limited to training, Georgia's NATO info centre); for the unnamed partners no source found (shipped excerpts; pages searches on coalition logistic units) confirms or denies equipment repair or secure corridors, which is why the verdict differs from the NATO record's and from the partners' medical record (corroborated: Czech field hospital).")
rv("doc-partners-task-fuel doc-partners-task-hubs doc-partners-task-communication-networks doc-partners-task-transport-routes",
   "unverifiable",
   "The NATO record of this list item has its own verdict (disputed for fuel and hubs, misleading for transport routes, corroborated for communications support to Poland's division); for the unnamed partners no source found confirms or denies it, so the verdict differs.")
rv("doc-partners-joint-missions-personnel", "corroborated",
   "Partner nations did send personnel for security and reconstruction: NATO's 3 Sep 2003 release (via Scoop) lists 'NATO and other partner countries' contributing to the Polish-led division, and Ukraine (PfP) had staff in NATO's training mission. They served the US-led force, not NATO.",
   corroborated_by=["pub-doc-partners-mnd-cs-contributors", "pub-ukr-ntm-i-staff-2011"])
rv("doc-partners-capacity-building doc-partners-training-initiatives", "corroborated",
   "A partner, Ukraine (PfP), had staff in NATO's training mission (13-nation lists, 2010 and 2011) alongside all NATO members (CALL Handbook 11-03); 'significantly' is the article's word. Same verdict on both records of the sentence.",
   corroborated_by=["pub-ukr-ntm-i-staff-2011", "pub-org-nato-members-training-effort"])
rv("doc-partners-long-term-stability", "opinion",
   "A statement of intent ('aimed to ensure long-term stability') that no source can confirm for the unnamed partners.")

# ---- lessons
rv("doc-lesson-adaptive-evolution", "opinion", "A judgement on NATO's approach ('adaptive') that no source can confirm.")
rv("doc-lesson-observation-to-participation", "disputed",
   "NATO's role did not begin as 'observation' (it supported Poland's division in five areas from June 2003, AFP via SpaceWar) and never became 'active participation' in the coalition's operations (Georgia's NATO info centre).",
   "pub-mnd-cs-five-areas")
rv("doc-logistics-essential doc-logistics-fundamental", "misleading",
   "Builds a lesson on NATO logistics in Iraq: NATO's only logistics role was 2003 support to Poland's division from outside Iraq (AFP via SpaceWar); its role in Iraq was limited to training (Georgia's NATO info centre), and its medical services did not exist.",
   NOT_PART)
rv("doc-impact-logistics", "opinion", "A generic benefit ('improving logistical support') listed without actor or fact that a source could confirm.")
rv("doc-logistics-wide-array", "opinion", "Generic ('a wide array of activities vital for ...'), no checkable fact.")
rv("doc-logistics-enhanced-capacity", "misleading",
   "The 'logistical efforts' and 'medical aid' credited to NATO did not exist in Iraq (" + LIMITED + "); the coalition forces were the US-led MNF-I. Same verdict as doc-org-international-coalition-forces for the shared words.",
   "pub-mnf-i-us-led")
rv("doc-achv-local-security-infrastructure doc-achv-resilient-security-sector doc-achv-equipping-iraqi-forces doc-achv-joint-training-improvements",
   "opinion", "An assessment of the training's effect on Iraq's forces that no source can confirm (the training itself is corroborated on nato-iwo-training-iraqi-security-forces).")
rv("doc-impact-training-programs", "corroborated",
   "NATO's NTM-I training programmes are confirmed (over 5,000 military and 10,000 police trained, NATO); 'fostering longer-term stability' is the article's judgement.",
   corroborated_by=["pub-doc-iwo-training-isf-ntm-i"])
rv("doc-mnf-diverse-capabilities", "opinion", "A generic statement about multinational forces; no checkable fact (the NATO-commanded force it refers to is disputed elsewhere).")
rv("doc-mnf-interoperability", "disputed",
   "'This collaboration' is the NATO-commanded multinational force in Iraq, which did not exist (" + LIMITED + "). Same verdict as doc-nato-adaptability on the same sentence.",
   NOT_PART)
rv("doc-mnf-enhanced-capacity", "disputed",
   "NATO deployed no multinational forces in Iraq: " + LIMITED + ". Same words as doc-mnf-counterinsurgency and doc-mnf-peacekeeping-missions, all disputed.",
   NOT_PART)
rv("doc-partners-interoperability doc-partners-doctrine-integration doc-legacy-interoperability", "opinion",
   "A judgement on interoperability that no source can confirm for Iraq (NATO Review 2003 credits interoperability to NATO training before the war, a different claim).")
rv("doc-lesson-multilateral-stability doc-lesson-international-cooperation-success doc-lesson-collective-commitment doc-lesson-value-of-cooperation doc-lesson-precedents doc-lesson-multilateral-complex-ops",
   "opinion", "A generic lesson on multilateral cooperation; no source can confirm it.")
rv("doc-impact-significant doc-impact-combined-efforts doc-impact-diverse-assets doc-impact-collective-expertise doc-impact-shared-resources",
   "opinion", "A judgement of impact with no checkable fact.")
rv("doc-impact-unified-command-intelligence", "disputed",
   "NATO and its partners had no unified command: the only unified command was the US-led MNF's under UNSCR 1546 (Powell letter, via Hubbry), while NTM-I answered to the North Atlantic Council (Wikipedia NTM-I).",
   "pub-mnf-i-unified-command")
rv("doc-impact-security-environment doc-achv-security-zones", "misleading",
   "Military operations and patrols were the US-led coalition's (CNN, 2008: the US troop surge 'staunched the ... tide of violence'); NATO, credited with them here, took no part (Georgia's NATO info centre).",
   "pub-mnf-i-surge-reduced-violence")
rv("doc-achv-stabilization-security doc-achv-stable-environment", "opinion", "A judgement of contribution ('significantly contributed', 'crucial') with no checkable fact.")
rv("doc-lesson-capacity-precedent doc-lesson-collective-understanding", "opinion", "A generic lesson; no source can confirm it.")
rv("doc-political-shaped-collaboration doc-political-scope-legitimacy doc-political-regional-alignment doc-political-central doc-political-adapt-unity",
   "opinion", "A generic statement on political considerations; no checkable fact.")
rv("doc-challenge-national-interests doc-challenge-balancing-objectives", "opinion",
   "Generic ('coordination required addressing varying national interests'); no checkable fact (the specific divergences are corroborated on doc-challenge-differing-priorities).")
rv("doc-challenge-differing-focus", "unverifiable",
   "Names no country; searched shipped excerpts and stored pages on Allies' positions over Iraq (LA Times 2004, NATO Review 2003 found): none says which countries 'prioritized stabilization' versus 'counterterrorism or capacity building'.")
rv("doc-challenge-differing-priorities", "corroborated",
   "Los Angeles Times, 9 May 2004: NATO had expected to decide a role in Iraq at its June summit, but Allies wanted 'to delay any major commitment'.",
   corroborated_by=["pub-doc-challenge-allies-delay-2004"])
rv("doc-political-military-diplomatic doc-political-legitimacy-sovereignty doc-political-complemented-goals", "opinion",
   "A generic statement on balancing military and diplomatic engagement; no checkable fact.")
rv("doc-outcome-significant", "opinion", "A judgement ('significant outcomes') with no checkable fact.")
rv("doc-outcome-security-structures", "unverifiable",
   "Support to Iraq's security institutions is confirmed (CALL Handbook 11-03), but searched sources (shipped excerpts; pages on violence trends in Iraq) link no decrease in insurgent activity in any area to it.")
rv("doc-challenge-coordination-complexities", "corroborated",
   "Los Angeles Times, 9 May 2004, citing NATO and European officials: countries complained the US military was 'slow to consult with coalition partners on planned moves'.",
   corroborated_by=["pub-doc-challenge-slow-to-consult"])
rv("doc-challenge-resource-disparities", "opinion", "Generic ('resource disparities and logistical constraints'), no actor or fact named.")
rv("doc-challenge-political-landscape", "corroborated",
   "NATO Review (2003): the Iraq war 'revealed fundamental differences of political views among the Alliance's pillars'; LA Times 2004: Allies delayed a NATO role in Iraq.",
   corroborated_by=["pub-doc-challenge-political-differences", "pub-doc-challenge-allies-delay-2004"])
rv("doc-challenge-sustainability", "opinion", "An assessment ('significant challenges post-mission') that no source can confirm as stated.")
rv("doc-lesson-unified-command-objectives", "opinion", "A generic lesson for future collaborations; no source can confirm it.")
rv("doc-achv-stabilization-process doc-achv-lasting-impact", "opinion", "A judgement of contribution and legacy with no checkable fact.")
rv("doc-achv-urban-centers", "misleading",
   "Violence did fall and Baghdad grew safer in 2007-2008, but through the US troop surge (CNN, 10 Jan 2008), not NATO, which had no forces in Iraq's cities (Georgia's NATO info centre).",
   "pub-mnf-i-surge-reduced-violence")
rv("doc-lesson-areas-for-improvement doc-lesson-coordination-communication doc-lesson-joint-planning-platforms doc-lesson-interoperability-vital doc-lesson-adaptable-frameworks doc-lesson-flexible-strategies doc-lesson-adaptable-command doc-lesson-post-mission-evaluation doc-lesson-systematic-assessments doc-lesson-strategic-planning",
   "opinion", "A generic lesson or recommendation; no source can confirm it.")
rv("doc-legacy-multifaceted doc-legacy-foundation doc-legacy-lessons-relevant", "opinion",
   "A judgement on legacy; no checkable fact (the training it mentions is corroborated on its own records).")
rv("doc-reflect-alliances-legitimacy doc-reflect-strategic-reach doc-reflect-reduce-dependency doc-reflect-joint-planning-trust doc-reflect-iraq-experience",
   "opinion", "A generic reflection; no source can confirm it.")

# ---- sentences listing several services: each citation should quote only its own service
PART_SPLITS = {
    # key: (part quote, subject)
    "doc-nato-support-medical-services": ("Support elements also involved medical services", {"contribution": "nato-iwo-medical-services"}),
    "doc-partners-support-medical-services": ("Support elements also involved medical services", {"contribution": "international-partners-iwo-medical-support"}),
    "doc-nato-equipment-repair": ("repair and maintenance of equipment", {"contribution": "nato-iwo-equipment-repair"}),
    "doc-partners-equipment-repair": ("repair and maintenance of equipment", {"contribution": "international-partners-iwo-equipment-repair"}),
    "doc-nato-secure-corridors": ("establishing secure logistical corridors", {"contribution": "nato-iwo-logistical-corridors"}),
    "doc-partners-secure-corridors": ("establishing secure logistical corridors", {"contribution": "international-partners-iwo-logistical-corridors"}),
    "doc-nato-medical-aid": ("combined with support initiatives such as medical aid", {"contribution": "nato-iwo-medical-services"}),
    "doc-partners-medical-aid": ("combined with support initiatives such as medical aid", {"contribution": "international-partners-iwo-medical-support"}),
    "doc-nato-equipment-maintenance": ("equipment maintenance", {"contribution": "nato-iwo-equipment-repair"}),
    "doc-partners-equipment-maintenance": ("equipment maintenance", {"contribution": "international-partners-iwo-equipment-repair"}),
}
for _k, (_q, _s) in PART_SPLITS.items():
    assert R[_k]["split"] is None, _k
    R[_k]["split"] = [dict(key=_k, quote=_q, subject=_s, verdict=R[_k]["verdict"])]
    R[_k]["note"] += " Split: quote only this record's part of the sentence."

# ---------------------------------------------------------------- lists
PSEUDO = [
    dict(record={"organization": "international-partners"},
         why="The article's unnamed 'international partners'/'many countries': no source ties any of its claims to a nation. Its contributions (all international-partners-iwo-*) should not rank beside nations; the corroborated ones point at named nations (Ukraine in NTM-I; the Polish-led division's contributors; the Czech Republic's field hospital in Basra for medical support).",
         records=["international-partners-iwo-military-assistance", "international-partners-iwo-diplomatic-support",
                  "international-partners-iwo-logistical-support", "international-partners-iwo-intelligence-sharing",
                  "international-partners-iwo-medical-support", "international-partners-iwo-joint-mission-personnel",
                  "international-partners-iwo-capacity-building", "international-partners-iwo-training",
                  "international-partners-iwo-training-modules", "international-partners-iwo-supply-chain-management",
                  "international-partners-iwo-transport", "international-partners-iwo-equipment-repair",
                  "international-partners-iwo-logistical-corridors", "international-partners-iwo-fuel-and-maintenance",
                  "international-partners-iwo-logistical-hubs", "international-partners-iwo-communication-networks",
                  "international-partners-iwo-ddr-support"]),
    dict(record={"organization": "nato-member-countries"},
         why="Unnamed 'member countries' / 'NATO members'; the nations are recorded by name in public.yaml (NTM-I staff lists, NMI). Its only contribution is disputed.",
         records=["nato-member-countries-mnf-troops"]),
    dict(record={"organization": "coalition-forces"},
         why="The article's unnamed 'broader coalition' / 'coalition forces': no source ties it to a nation; the real coalition is us-led-coalition (MNF-I). It also leads the article's umbrella mission iraq-war-operations.",
         records=["iraq-war-operations (lead_organization)"]),
]
DUPLICATES = [
    dict(article_record={"organization": "coalition-forces"}, public_record={"organization": "us-led-coalition"},
         why="The 'broader coalition' / 'coalition forces' of the article is the US-led coalition (MNF-I); one organization, counted once."),
    dict(article_record={"contribution": "nato-iwo-training-iraqi-security-forces"},
         public_record={"contribution": "nato-ntm-i-military-trained"},
         why="NATO's training of Iraqi security personnel is NTM-I's training (NATO: over 5,000 military and 10,000 police); the article record repeats it under 'Iraq War operations'. Also merge into nato-ntm-i-police-trained."),
    dict(article_record={"contribution": "nato-iwo-capacity-building"}, public_record={"mission": "ntm-i"},
         why="NATO's capacity building in Iraq 2004-2011 is NTM-I itself (its corroborating citation pub-doc-iwo-capacity-building-ntm-i quotes NTM-I's establishment)."),
    dict(article_record={"contribution": "nato-ntm-i-security-sector-reform"}, public_record={"mission": "ntm-i"},
         why="NTM-I's aim ('an enduring security sector') is the mission's own purpose, not a separate NATO contribution to it; NATO's work in Iraq is otherwise counted twice (mission + contribution)."),
    dict(article_record={"contribution": "nato-iwo-logistics-support"}, public_record={"contribution": "nato-mnd-cs-logistics"},
         why="Both rest on the same AFP sentence (five areas of NATO support to Poland's division, 2003)."),
    dict(article_record={"contribution": "nato-iwo-intelligence-sharing"}, public_record={"contribution": "nato-mnd-cs-intelligence"},
         why="Both rest on the same AFP sentence (five areas of NATO support to Poland's division, 2003)."),
    dict(article_record={"contribution": "nato-iwo-communication-networks"}, public_record={"contribution": "nato-mnd-cs-communications"},
         why="Its only corroborated support is NATO's 2003 communications support to Poland's division (same AFP sentence)."),
    dict(article_record={"contribution": "nato-iwo-leadership-courses"}, public_record={"contribution": "ita-ntm-i-carabinieri-police-training"},
         why="The corroborating Leadership Training Course is the Carabinieri's NTM-I police training (same GlobalDefence/NATO release), already recorded for Italy."),
    dict(article_record={"contribution": "international-partners-iwo-training-modules"}, public_record={"contribution": "nato-ntm-i-out-of-country-courses"},
         why="The tailored courses that corroborate it (JWC 2005) are NATO's out-of-country courses for Iraqis ('Nearly 2,000 courses were provided in Allied countries'), given by NATO, not by unnamed partners."),
    dict(article_record={"contribution": "nato-iwo-exploratory-assessment"}, public_record={"mission": "nato-support-mnd-cs"},
         why="Its only true citation (doc-nato-initially-limited-support: 'limited participation focused on support roles') describes NATO's 2003 support to Poland's division; move it there as a supporting claim and leave the 'exploratory assessment' record on its disputed citation."),
    dict(article_record={"contribution": "international-partners-iwo-medical-support"},
         public_record=None, proposed_public_record={"contribution": "cze-field-hospital-basra-2003 (new)", "contributor": "CZE"},
         why="Its only confirmed content is the Czech Republic's 7th Field Hospital in Basra (Radio Prague, 2003); record it under the nation that gave it (with pub-doc-partners-czech-field-hospital) rather than under the unnamed partners, so /contributions?type=medical shows a nation, not a pseudo-contributor."),
    dict(article_record={"mission": "iraq-war-operations"}, public_record={"mission": "mnf-i"},
         why="Partial: the article's umbrella 'Iraq War operations' is the US-led coalition's war (MNF-I from May 2004, CJTF-7 before); its NATO items belong to ntm-i or nato-support-mnd-cs as listed above. Merge only if the umbrella is dropped."),
]

WORKED = [
    dict(title="A NATO medical contribution that never existed (disputed)",
         key="doc-nato-facilitated-medical", record={"contribution": "nato-iwo-medical-services"},
         quote="The alliance also facilitated strategic logistics and support, such as supply chain management, transport, and medical services.",
         verdict="disputed", corrected_by="pub-mnf-i-nato-did-not-participate",
         explanation="No source records NATO medical services in Iraq, and Georgia's NATO info centre says NATO 'did not participate in the military operation of the U.S.-led multinational coalition forces in Iraq' and its role 'was limited to training Iraqi military personnel'. The citation is disputed with that correction, so nato-iwo-medical-services stands only on disputed claims and leaves /contributions?type=medical by default. The same sentence is misleading (not disputed) on the supply-chain and transport records, because NATO did coordinate troop and equipment movement and logistics for Poland's division in 2003; each record's note says why its verdict differs."),
    dict(title="One sentence, two missions: split the quote (corroborated / disputed)",
         key="doc-ntm-i-named / doc-csl-named-as-nato-mission",
         quote="Major NATO contributions were organized through specific missions, including the NATO Training Mission-Iraq (NTM-I) and the Cooperative Security Location (CSL) initiatives.",
         verdict="split",
         explanation="The sentence is true of NTM-I (NATO's own page) and false of CSL, a US basing category (Wikipedia 'Cooperative Security Location'). Rather than two citations quoting the whole sentence with opposite verdicts, each quotes only its part: 'Major NATO contributions were organized through specific missions, including the NATO Training Mission-Iraq (NTM-I)' is corroborated on ntm-i, and 'the Cooperative Security Location (CSL) initiatives' is disputed on csl-initiatives, corrected by pub-org-dod-csl-us-military-term."),
    dict(title="True of the coalition, false of NATO (misleading)",
         key="doc-achv-security-zones", record={"lesson": "reduced-insurgency-and-security-zones"},
         quote="Their coordinated military operations helped reduce insurgent activities and established security zones.",
         verdict="misleading", corrected_by="pub-mnf-i-surge-reduced-violence",
         explanation="Violence did fall in 2007-2008, so the sentence is not simply false, but 'their' means NATO and its partners, and NATO ran no military operations in Iraq. CNN (10 Jan 2008) credits the US troop surge. The verdict is misleading, with a note and a corrected_by naming the citation that says who actually did it. Compare doc-lesson-coordination-communication ('the necessity for enhanced coordination and communication'), rated opinion: a generic lesson no source can confirm or refute, shown without a correction."),
]


def main():
    doc_keys = []
    import sys
    sys.path.insert(0, str(ROOT / "research" / "claims"))
    d = yaml.safe_load(open(ROOT / "app/seed/data/document.yaml", encoding="utf-8"))
    reviews = []
    from check_review import article_citations
    for subj, c in article_citations(d):
        k = c["key"]
        e = dict(R[k])
        e = {"key": k, "subject": subj, "quote": c["quote"], "was": c["status"], **{x: y for x, y in e.items() if x != "key"}}
        reviews.append(e)
    missing = set(R) - {r["key"] for r in reviews}
    assert not missing, missing
    out = dict(new_sources=_dates(NEW_SOURCES), source_extensions=SOURCE_EXTENSIONS, new_citations=NEW_CITATIONS,
               reviews=reviews, pseudo_contributors=PSEUDO, duplicates=DUPLICATES, worked_examples=WORKED)
    text = ("# Fact-check of app/seed/sources/role-of-nato-and-partners-in-iraq.txt (issue 13).\n"
            "# Generated by research/claims/make_review.py; checked by research/claims/check_review.py.\n"
            "# reviews: one per article citation key in app/seed/data/document.yaml, in file order;\n"
            "#   subject/quote/was are copied from document.yaml for reading (was = status before this review);\n"
            "#   corroborated_by names the confirming public citation(s); corrected_by the correcting one;\n"
            "#   split: the quote each citation should carry instead (key = the citation that carries that part).\n")
    text += yaml.dump(out, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "research/claims/review.yaml").write_text(text, encoding="utf-8")
    print("wrote", len(reviews), "reviews")

if __name__ == "__main__":
    main()
