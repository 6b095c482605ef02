"""CV / job-description pairs: fresh5: a new unseen split for issue 8, written after fresh4 in
sectors and job families no other split covers (railway signalling, pharmacovigilance, HVAC,
dietetics, forestry, tax advisory, fundraising, museum collections; occupational therapy,
broadcast engineering, port operations, sommellerie, store management, solar PV, bid writing,
personal training). Gold lists written from the texts alone, without running the matcher on
them.
"""

from pairs_common import pair

pair(
    "fresh5-fr-technicien-signalisation",
    "fr",
    "fresh5",
    """
Technicien de maintenance signalisation ferroviaire H/F — CDI, Dijon
Entreprise de maintenance d'infrastructures ferroviaires (600 salariés), nous intervenons pour le gestionnaire du réseau sur 1 500 km de lignes.
Vos missions :
- Réaliser la maintenance préventive et corrective des installations de signalisation ferroviaire : postes d'aiguillage (dont PRCI), circuits de voie, passages à niveau
- Diagnostiquer les dérangements sur des équipements à relais et électroniques
- Contrôler les équipements de contrôle de vitesse KVB
- Renseigner les comptes rendus d'intervention et participer aux astreintes
Votre profil :
- BTS Électrotechnique, DUT GEII ou équivalent
- Habilitation électrique B2V / BR exigée
- Lecture de schémas électriques
- Connaissance des règles de sécurité ferroviaire
- Une première approche de l'ERTMS serait un plus
- Permis B indispensable (déplacements sur le secteur)
Ce que nous offrons : véhicule de service, primes d'astreinte et de déplacement, 13e mois, formation interne de 6 mois à nos métiers.
""",
    """
Kevin Marchal — Technicien de maintenance électrique
Technicien de maintenance, usine agroalimentaire (2019-2025) : dépannage de 35 lignes automatisées, câblage et modification d'armoires à relais, réduction des arrêts non planifiés de 20 %.
Électricien, entreprise d'installations tertiaires (2017-2019) : lecture de plans et de schémas unifilaires, mises en service.
Formation : BTS Électrotechnique (2017)
Habilitations B2V, BR, H0 — Permis B
Compétences : automates Siemens S7, mesures à l'oscilloscope, GMAO
""",
    [
        "signalisation ferroviaire",
        "postes d'aiguillage",
        "PRCI",
        "circuits de voie",
        "passages à niveau",
        "KVB",
        "sécurité ferroviaire",
        "ERTMS",
    ],
)

pair(
    "fresh5-fr-pharmacovigilance",
    "fr",
    "fresh5",
    """
Chargé(e) de pharmacovigilance H/F — Laboratoire pharmaceutique, Lyon
Laboratoire français indépendant (médicaments de prescription, 40 pays), nous renforçons notre département de sécurité des patients.
Rattaché(e) au responsable de pharmacovigilance, vous :
- collectez, évaluez et saisissez les cas d'effets indésirables dans notre base de sécurité (Argus Safety ou ArisG selon les filiales)
- codez les cas avec le dictionnaire MedDRA et rédigez les narratifs
- assurez les déclarations à l'ANSM et dans EudraVigilance dans les délais réglementaires
- contribuez à la rédaction des rapports périodiques (PSUR / PBRER)
- réalisez la veille bibliographique hebdomadaire
Profil recherché :
Formation scientifique (pharmacie, master en sciences de la vie) ; un DU de pharmacovigilance est un plus.
Deux ans d'expérience en pharmacovigilance, en laboratoire ou en CRO.
Connaissance des bonnes pratiques de pharmacovigilance (BPV, GVP).
Anglais courant écrit et oral.
Avantages : télétravail 3 jours par semaine, intéressement, RTT, mutuelle familiale.
""",
    """
Sarah Benali — Assistante pharmacovigilance
CRO internationale (2022-2025) : case processing de 1 200 cas d'événements indésirables par an dans ArisG, codage MedDRA, rédaction des narratives en anglais, veille de la littérature scientifique pour 15 molécules.
Stage de fin d'études, attachée de recherche clinique, CHU de Grenoble (2022) : monitoring de 3 essais de phase III.
Formation : Master Biologie-Santé, parcours recherche clinique (2022)
Compétences : BPV, anglais C1 (TOEFL 104), Excel
""",
    [
        "ANSM",
        "EudraVigilance",
        "PSUR",
        "PBRER",
        "DU de pharmacovigilance",
    ],
)

pair(
    "fresh5-fr-technicien-cvc",
    "fr",
    "fresh5",
    """
Technicien de maintenance CVC itinérant (H/F) — Bordeaux Métropole
Nous assurons l'exploitation et la maintenance des installations de chauffage, ventilation et climatisation de 300 bâtiments tertiaires (bureaux, écoles, hôpitaux).
Le poste
Vous réalisez la maintenance préventive et curative d'un parc de chaudières gaz, pompes à chaleur, groupes froids et centrales de traitement d'air (CTA). Vous effectuez les contrôles d'étanchéité des circuits frigorifiques, ajustez les réglages sur la GTB / GTC et saisissez vos rapports d'intervention dans la GMAO sur tablette.
Votre profil
- Bac pro TFCA, BTS FED ou MFER
- Attestation d'aptitude à la manipulation des fluides frigorigènes catégorie 1 obligatoire
- Habilitation électrique BR
- Une expérience des systèmes VRV est appréciée, ainsi que la connaissance des régulations Siemens ou Trend
- Permis B
Nos avantages
Véhicule de service, paniers repas, primes d'astreinte, participation, formation continue.
""",
    """
Yanis Robert — Technicien HVAC / frigoriste
Frigoriste, Froid Service Aquitaine (2019-2025) : entretien et dépannage de 90 installations de climatisation et groupes frigorifiques, mise en service de PAC air/eau, recherche de fuites sur circuits frigorifiques, installation de 12 systèmes VRV Daikin.
Formation : Bac pro Technicien du froid et du conditionnement d'air (TFCA), 2019
Attestation d'aptitude fluides frigorigènes cat. 1 — Habilitation BR — Permis B
Outils : GMAO Coswin, manifolds connectés
""",
    [
        "chaudières gaz",
        "CTA",
        "GTB",
        "GTC",
        "Siemens",
        "Trend",
    ],
)

pair(
    "fresh5-fr-dieteticienne",
    "fr",
    "fresh5",
    """
Diététicien(ne) H/F — CDI à 80 %
Notre clinique de soins de suivi et de réadaptation (110 lits, polyvalent et gériatrique) recrute un(e) diététicien(ne) pour rejoindre son équipe pluridisciplinaire.
Vos missions :
- Réaliser les bilans nutritionnels et le dépistage de la dénutrition (MNA, suivi pondéral)
- Établir les prescriptions diététiques et adapter les régimes : diabète, obésité, insuffisance rénale
- Animer des séances d'éducation thérapeutique du patient
- Définir les textures modifiées selon la classification IDDSI, en lien avec la cuisine centrale et les orthophonistes
- Assurer le suivi des patients sous nutrition entérale
- Tracer vos interventions dans le dossier patient informatisé (DxCare)
Votre profil :
BTS Diététique ou BUT Génie biologique option diététique, inscription au RPPS. Une formation ETP de 40 heures est souhaitée. Une expérience en gériatrie serait appréciée.
Nous offrons : reprise d'ancienneté, horaires de jour du lundi au vendredi, parking gratuit, accès à la formation continue.
""",
    """
Laura Vidal — Diététicienne nutritionniste
Diététicienne, EHPAD Les Tilleuls (2022-2025) : dépistage de la malnutrition pour 110 résidents (MNA, pesées mensuelles), adaptation des textures (mixé, haché) avec le chef de cuisine, suivi des régimes diabétiques.
Diététicienne libérale (2021-2022) : consultations de rééquilibrage alimentaire, 15 patients par semaine, surpoids et obésité.
Formation : BTS Diététique (2021) — n° RPPS
Logiciels : Netsoins, Nutrilog ; validation des menus
""",
    [
        "insuffisance rénale",
        "éducation thérapeutique",
        "IDDSI",
        "nutrition entérale",
        "DxCare",
    ],
)

pair(
    "fresh5-fr-technicien-forestier",
    "fr",
    "fresh5",
    """
Technicien forestier (H/F) — Coopérative forestière, Limousin
Coopérative de 8 000 propriétaires adhérents, nous gérons et commercialisons leurs bois sur 60 000 ha.
Au sein de l'agence de Limoges, vous conseillez les propriétaires privés de votre secteur :
martelage et cubage des bois sur pied, estimation des coupes, rédaction de plans simples de gestion (PSG), suivi des chantiers d'exploitation et de reboisement, cartographie des parcelles sous QGIS.
Profil :
- BTS Gestion forestière
- Bonne connaissance de la sylviculture des résineux (douglas) et des feuillus
- Connaissance des certifications PEFC et FSC
- Maîtrise du compas forestier ou du dendromètre
- La connaissance du Code forestier est un plus
- Permis B, goût pour le terrain
Poste en CDI, véhicule de service, smartphone et tablette de terrain, intéressement.
""",
    """
Mathieu Chabrol — Technicien forestier junior
Agent d'exploitation, scierie du Haut-Limousin (2023-2025) : cubage de 8 000 m³ de grumes par an, classement des bois, réception des camions.
Apprenti, agence ONF (2021-2023) : martelage sur 40 ha de douglas et de chênes, travaux sylvicoles (dépressage, élagage), inventaires au compas forestier, saisie des données sur SIG (ArcGIS).
Formation : BTS GF (2023)
Permis B ; PEFC chaîne de contrôle
""",
    [
        "plans simples de gestion",
        "QGIS",
        "FSC",
        "Code forestier",
    ],
)

pair(
    "fresh5-fr-fiscaliste",
    "fr",
    "fresh5",
    """
Fiscaliste H/F — Cabinet d'avocats d'affaires, Paris 8e
Cabinet de 90 avocats, nous accompagnons des groupes français et étrangers en fiscalité des entreprises.
Votre rôle :
Au sein d'une équipe de six fiscalistes, vous établissez et revoyez les liasses fiscales et les déclarations de TVA et d'IS de nos clients, conseillez sur l'intégration fiscale et le régime mère-fille, préparez la documentation prix de transfert et accompagnez les clients lors des contrôles fiscaux.
Vous assurez une veille sur la loi de finances et rédigez des notes de synthèse.
Votre profil :
- Master 2 Droit fiscal ou DJCE ; le CAPA est apprécié
- 3 ans d'expérience en cabinet ou en direction fiscale
- Maîtrise de la fiscalité internationale et des conventions fiscales
- Anglais courant
- Outils : Navis, Excel
Rémunération selon profil, bonus annuel, télétravail partiel.
""",
    """
Antoine Mercier — Juriste fiscal
Juriste fiscal, direction fiscale d'un groupe industriel (2021-2025) : préparation de 30 liasses fiscales et des déclarations de CVAE et de TVA par an, suivi du groupe intégré (22 filiales), assistance lors de 2 vérifications de comptabilité.
Stagiaire, cabinet d'avocats (2020) : recherches en TVA immobilière.
Formation : M2 Fiscalité de l'entreprise, Université Paris-Dauphine (2021)
Compétences : impôt sur les sociétés, Navis, Excel (TCD), English: fluent (TOEIC 910)
""",
    [
        "régime mère-fille",
        "prix de transfert",
        "fiscalité internationale",
        "conventions fiscales",
        "CAPA",
    ],
)

pair(
    "fresh5-fr-charge-mecenat",
    "fr",
    "fresh5",
    """
Chargé(e) de mécénat et de collecte de fonds — Fondation de recherche médicale, Paris
Le poste
Reconnue d'utilité publique, notre fondation finance 120 équipes de recherche. Au sein de la direction du développement, vous développez le mécénat d'entreprise et la relation avec les grands donateurs : prospection, rédaction de propositions de partenariat, organisation d'événements de collecte. Vous participez aux campagnes de marketing direct et aux campagnes IFI et legs, et assurez le suivi des donateurs dans notre CRM (Salesforce).
Vous
- avez 3 ans d'expérience en collecte de fonds (fundraising) ou en partenariats
- connaissez la fiscalité du mécénat
- maîtrisez un CRM et rédigez avec aisance
- parlez anglais (apprécié)
- le Certificat de Fundraising de l'AFF est un plus
On vous offre
Un CDI cadre, 25 RTT, télétravail 2 jours par semaine, une mission qui a du sens.
""",
    """
Camille Delorme — Chargée de partenariats
Chargée de partenariats et sponsoring, festival de musique (2021-2025) : 35 entreprises partenaires, 420 k€ levés par an, montage des conventions de mécénat et des contreparties, soirées partenaires.
Assistante communication, club sportif associatif (2019-2021) : campagne de crowdfunding sur Ulule (18 k€).
Formation : Master Management des organisations culturelles (2019)
Compétences : CRM Salesforce, dossiers de subvention (DRAC, Région), anglais courant
""",
    [
        "grands donateurs",
        "marketing direct",
        "IFI",
        "legs",
        "fiscalité du mécénat",
        "Certificat de Fundraising",
    ],
)

pair(
    "fresh5-fr-regisseur-collections",
    "fr",
    "fresh5",
    """
Régisseur / Régisseuse des collections — Musée départemental d'art et d'histoire
Contrat de 3 ans, catégorie B, poste basé à Chambéry.
Le musée conserve 25 000 objets (beaux-arts, archéologie, arts décoratifs) et organise deux expositions temporaires par an.
Missions :
• Organiser les mouvements d'œuvres : prêts, dépôts, expositions, en lien avec les transporteurs
• Rédiger les constats d'état et superviser l'emballage et le conditionnement
• Conduire le récolement décennal et mettre à jour l'inventaire
• Documenter les collections dans la base Micromusée
• Veiller à la conservation préventive dans les réserves
Profil :
Master en régie des œuvres, muséologie ou histoire de l'art. Connaissance de la réglementation des musées de France. Anglais lu et parlé. Permis B.
Avantages : télétravail ponctuel, CNAS, tickets restaurant.
""",
    """
Inès Faure — Chargée des collections
Assistante régie, FRAC Auvergne-Rhône-Alpes (2022-2025) : organisation de 60 prêts d'œuvres par an, rédaction des constats d'état, emballage et conditionnement, relation avec les transporteurs spécialisés.
Stagiaire documentation, musée des Beaux-Arts de Lyon (2021) : saisie de 900 notices d'inventaire dans Actimuseo.
Formation : Master 2 Muséologie, École du Louvre (2022)
Anglais B2 — Permis B — photographie d'œuvres
""",
    [
        "récolement",
        "Micromusée",
        "conservation préventive",
        "musées de France",
    ],
)

pair(
    "fresh5-en-occupational-therapist",
    "en",
    "fresh5",
    """
Occupational Therapist (Band 6) — Community Rehabilitation Team
Our community rehab team supports adults to stay safe and independent at home after illness or a hospital stay.
Main duties
- Carry out functional assessments in patients' homes and plan goal-based interventions
- Provide equipment and arrange minor adaptations
- Lead on moving and handling and falls prevention for your caseload
- Contribute to discharge planning with social care colleagues
- Supervise Band 5 therapists and OT assistants
- Keep clinical records up to date on SystmOne
Person specification
Essential: BSc or MSc in Occupational Therapy; HCPC registration; post-registration experience; working knowledge of the Care Act 2014; full UK driving licence.
Desirable: AMPS accreditation; training in sensory integration; use of the MOHO model in practice.
We offer NHS pension, 27 days' annual leave rising with service, flexible working and a lease car scheme.
""",
    """
Priya Nair — Occupational Therapist, HCPC registered
Rotational Occupational Therapist (Band 5), acute hospital trust (2022-2025): rotations in stroke, orthopaedics and frailty; 25 discharge assessments a month; home visits and provision of bathing equipment and hoists; falls risk assessments.
Rehabilitation assistant, private care provider (2019-2020).
Education: BSc (Hons) Occupational Therapy, 2022
Skills: Model of Human Occupation, manual handling trainer, RiO electronic records, full driving licence
""",
    [
        "SystmOne",
        "Care Act 2014",
        "AMPS",
        "sensory integration",
    ],
)

pair(
    "fresh5-en-broadcast-engineer",
    "en",
    "fresh5",
    """
Broadcast Engineer — Playout and Studios, Manchester
We run playout for 14 channels and two live studios from our MediaCity facility, on air 24 hours a day.
You will keep the building on air: fault finding across the signal chain, planned maintenance, and supporting projects that move us from SDI to IP.
Must have
- 3+ years as an engineer in a broadcast facility
- Hands-on SDI and SMPTE ST 2110 infrastructure
- Support of routers and vision mixers (Grass Valley or Ross)
- Experience of playout automation
- Fault finding down to component level
- Audio over IP (Dante or MADI)
- Linux basics
- Willing to work a shift pattern including nights
Nice to have
- PTP timing
- Evertz monitoring and routing
- Python scripting
Salary £45-52k plus shift allowance, private healthcare, 25 days' holiday.
""",
    """
Tom Gallagher — Broadcast Systems Engineer
Broadcast maintenance technician, post-production facility (2019-2025): looked after 40 edit suites, the 12G-SDI infrastructure and Grass Valley routers; component-level repairs on cameras and monitors; Dante audio network of 120 devices; 24/7 rota.
AV technician, university campus (2017-2019): lecture theatre AV, 300 support tickets a term.
Education: BSc Electronic Engineering, 2017
Skills: Bash on Ubuntu servers, Cisco CCNA (2022), EBU R128 loudness
""",
    [
        "SMPTE ST 2110",
        "vision mixers",
        "playout",
        "PTP",
        "Evertz",
        "Python",
    ],
)

pair(
    "fresh5-en-port-operations-supervisor",
    "en",
    "fresh5",
    """
Port Operations Supervisor — Container Terminal
Our deep-water container terminal handles 1.2 million TEU a year and works around the clock.
The role
As Port Operations Supervisor you will run quay and yard operations on your shift, working with
the ship planners to turn vessels safely and on time. You will allocate labour and equipment,
monitor productivity against targets such as crane moves per hour, and make sure every operation
follows our safety and security rules.
About you
You bring at least three years' supervisory experience in a port, container terminal or
high-volume logistics operation. You have working knowledge of quay cranes, RTGs and straddle
carriers, understand the ISPS Code and dangerous goods handling under the IMDG Code, and have used
Navis N4 (or a comparable terminal operating system). IOSH Managing Safely is essential; a NEBOSH
General Certificate and Lean Six Sigma training would be an advantage.
The role works a 4-on/4-off pattern of days and nights.
In return: competitive salary with shift premium, 10% pension contribution, free parking and an annual bonus.
""",
    """
Daniel Okafor — Shift Manager, Distribution
Shift Manager, regional distribution centre (2018-2025): led 45 operatives and 6 team leaders per shift, 30,000 pallets a week, Manhattan WMS and yard management, cut trailer turnaround time by 18%.
Reach truck operator (2015-2018).
Education: Level 3 Certificate in Logistics Operations
Skills: IOSH Managing Safely, ADR awareness (dangerous goods by road), Lean Six Sigma Yellow Belt
""",
    [
        "quay cranes",
        "RTG",
        "straddle carriers",
        "ISPS Code",
        "IMDG Code",
        "Navis N4",
        "NEBOSH",
    ],
)

pair(
    "fresh5-en-sommelier",
    "en",
    "fresh5",
    """
Head Sommelier — Fine Dining Restaurant, London
Our Michelin-starred restaurant serves a seasonal tasting menu to 40 covers a night.
What you will do
- Own a wine list of 600 references: buying, cellar management and stock control
- Build wine pairings for the tasting menu with the head chef
- Run our Coravin by-the-glass programme
- Train and lead a team of three sommeliers
- Manage beverage GP and cellar stock in Fourth
What we are looking for
- WSET Level 3 as a minimum; the WSET Diploma or CMS Advanced would be a strong plus
- At least two years as a sommelier in fine dining
- Knowledge of sake and spirits
- French is welcome
We offer: tronc on top of salary, four-day week, staff meals, and a paid study budget.
""",
    """
Léa Fournier — Sommelier
Assistant head sommelier, one-star restaurant, Edinburgh (2021-2025): 450-bin list, food and wine matching for a 9-course menu, monthly stock takes, lifted beverage sales by 22%.
Commis sommelier, hotel brasserie (2019-2021).
WSET Level 3 Award in Wines (Distinction), 2020
Languages: French (native), Italian (conversational)
Skills: Coravin programme, cellar stock in Fourth
""",
    [
        "WSET Diploma",
        "CMS Advanced",
        "sake",
        "spirits",
    ],
)

pair(
    "fresh5-en-store-manager",
    "en",
    "fresh5",
    """
Store Manager — Fashion & Homeware, Leeds City Centre
About the role
You will lead one of our largest stores (£5m turnover, 40 colleagues) and own its results.
What you'll do
• Own the store P&L and drive sales through footfall conversion, ATV and UPT
• Plan rotas in Kronos and keep labour in budget
• Lead visual merchandising to our brand standards
• Drive loss prevention and keep shrinkage below target
• Recruit, coach and develop your team
What you'll bring
• Store or deputy store management experience in a store of £3m+
• Experience of click & collect and omnichannel service
• SAP Retail would be useful
• CMI Level 5 in Management and Leadership is desirable
What's in it for you
Bonus up to 20%, 30% staff discount, 28 days' holiday and a contributory pension.
""",
    """
Chloe Bennett — Deputy Store Manager
Deputy Store Manager, high-street fashion retailer (2020-2025): £4.2m store, 28 colleagues, ran the store in the manager's absence, lifted conversion from 11% to 14% and average transaction value by 9%, cut stock loss to 0.6% of sales, weekly rotas in Kronos.
Sales Supervisor (2017-2020): window and in-store displays, new-line launches.
Education: BA (Hons) Business and Retail Management, 2017
Skills: omnichannel (click & collect, ship-from-store), coaching, first aid at work
""",
    [
        "P&L",
        "UPT",
        "SAP Retail",
        "CMI Level 5",
    ],
)

pair(
    "fresh5-en-solar-pv-installer",
    "en",
    "fresh5",
    """
Solar PV Installer / Electrician — Domestic Renewables
We are an MCS-certified installer fitting 40 home solar and battery systems a month across the Midlands.
The job:
- Install solar PV arrays on domestic roofs with the roofing team
- Fit and commission SolarEdge or Enphase inverters and GivEnergy battery storage
- Test and certify installations and send G98 / G99 notifications to the network operator
- Leave every home tidy and explain the system to the customer
You will need:
- NVQ Level 3 in Electrotechnical Services or time-served electrician status
- 18th Edition wiring regulations
- Level 3 Award in the Installation of Solar PV Systems
- Working at height: PASMA or IPAF
- Full UK driving licence
Desirable: EV charger installation, knowledge of MCS standards.
Company van, fuel card, overtime at time and a half, paid training.
""",
    """
Ryan Walsh — Approved Electrician (JIB Gold Card)
Domestic electrician, self-employed (2017-2025): 300+ consumer unit upgrades, full rewires, EV chargepoint installs (Zappi, OZEV-approved installer), 12 GivEnergy battery storage systems fitted.
Apprentice electrician (2013-2017).
Education: NVQ Level 3 in Electrotechnical Services, AM2 passed
Skills: BS 7671 wiring regulations, City & Guilds 2391 inspection and testing, PASMA towers, clean driving licence
""",
    [
        "solar PV",
        "inverters",
        "SolarEdge",
        "Enphase",
        "G98",
        "G99",
        "MCS",
    ],
)

pair(
    "fresh5-en-bid-writer",
    "en",
    "fresh5",
    """
Bid Writer — Facilities Management
We deliver cleaning, security and maintenance services to councils, NHS trusts and universities, and win most of our work through public tenders.
Responsibilities
- Write and edit persuasive responses to PQQs / SQs and ITTs
- Keep our bid library current and reusable
- Coordinate contributors across operations, HR and finance
- Build compliance matrices and track clarifications on tender portals (Proactis, Delta eSourcing)
- Write social value responses, including TOMs measures
Requirements
- 2+ years of bid writing or proposal work
- Sound knowledge of the Public Contracts Regulations 2015 and the Procurement Act 2023
- Excellent written English and advanced Microsoft Word
- Adobe InDesign and APMP Foundation are desirable
Hybrid working (2 days in our Bristol office), 25 days' leave, bid win bonus.
""",
    """
Hannah Price — Proposal Coordinator
Proposal coordinator, engineering consultancy (2021-2025): assembled 70 tender submissions a year (38% win rate), kept the content library up to date, tracked questions and clarifications on Delta eSourcing, designed submissions in InDesign.
Marketing assistant, architecture practice (2019-2021): case studies, newsletters.
Education: BA English Literature
Skills: MS Word (styles, templates), SharePoint, APMP Foundation
""",
    [
        "PQQ",
        "SQ",
        "social value",
        "TOMs",
        "Public Contracts Regulations 2015",
        "Procurement Act 2023",
    ],
)

pair(
    "fresh5-en-personal-trainer",
    "en",
    "fresh5",
    """
Personal Trainer / Gym Instructor — Leisure Centre
Our charitable leisure trust runs 12 centres; this role is based at our flagship site with a
120-station gym and a 25 m pool.
Your week
You will carry out gym inductions, design programmes, deliver personal training sessions and
sell PT packages. You will also run group classes (spin, circuits) and deliver our GP exercise
referral scheme with the local health partnership.
What you need
A Level 2 Gym Instructor and a Level 3 Personal Training qualification recognised by CIMSPA,
and a valid first aid certificate.
Desirable: Level 3 Exercise Referral, Level 4 Lower Back Pain, BACPR cardiac rehabilitation,
a nutrition qualification, and the NPLQ pool lifeguard award.
Free membership for you and a family member, discounted courses, and a pension scheme.
""",
    """
Jordan Hughes — Personal Trainer
Self-employed personal trainer, budget gym (2021-2025): 22 regular clients, 1-to-1 and small-group strength sessions, body composition tracking, 80% client retention over 6 months.
Fitness instructor, hotel spa gym (2019-2021): inductions for new members, indoor cycling and circuit classes.
Education: BSc Sport and Exercise Science; Level 3 Diploma in Personal Training; Level 2 Certificate in Fitness Instructing (Gym)
Certificates: Emergency First Aid at Work (valid to 2026), CIMSPA member, Level 2 Nutrition for Exercise
""",
    [
        "exercise referral",
        "Level 4 Lower Back Pain",
        "BACPR",
        "NPLQ",
    ],
)
