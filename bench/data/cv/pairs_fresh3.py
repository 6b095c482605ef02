"""CV / job-description pairs: fresh3: written for the learned-filter pass (issue 8, November
2026), in sectors no other split covers; scored once with the rules as they stood, then only at
the very end.
"""

from pairs_common import pair

pair(
    "fresh3-fr-conducteur-travaux",
    "fr",
    "fresh3",
    """
Conducteur de travaux gros œuvre H/F
Entreprise générale de bâtiment de 120 personnes, nous construisons des logements collectifs et des établissements scolaires en Occitanie.
Vos missions :
- Préparer les chantiers et établir les plannings d'exécution
- Encadrer les chefs de chantier et les équipes de compagnons
- Suivre les sous-traitants et tenir les réunions de chantier
- Garantir le respect des délais, du budget et de la sécurité
Votre profil :
- Bac+2/3 en génie civil ou bâtiment, 5 ans d'expérience en conduite de travaux
- Lecture de plans et maîtrise d'AutoCAD
- Connaissance du béton armé et des DTU
- Maîtrise de MS Project
- Permis B indispensable
La connaissance du BIM (Revit) serait un plus.
Nous offrons : véhicule de fonction, prime d'intéressement, mutuelle.
""",
    """
Karim Benali — Conducteur de travaux
Conducteur de travaux, Bati Sud (2018-2025) : 9 opérations de logements collectifs (jusqu'à 6 M€), encadrement de 4 chefs de chantier, suivi de 15 sous-traitants, livraison dans les délais sur 8 chantiers sur 9.
Formation : DUT génie civil (2015)
Compétences : lecture de plans, béton armé, métrés, Excel
Permis B
""",
    ["AutoCAD", "DTU", "MS Project", "BIM", "Revit"],
)

pair(
    "fresh3-fr-chauffeur-pl",
    "fr",
    "fresh3",
    """
Chauffeur poids lourd SPL (H/F) — CDI
Transporteur régional de produits frais, 80 véhicules, basé près de Rennes.
Au quotidien vous assurez des livraisons en température dirigée auprès de grandes surfaces, chargez et déchargez la marchandise, contrôlez l'état du véhicule avant départ et remplissez les documents de transport.
Exigences : permis CE en cours de validité, FIMO ou FCO à jour, carte conducteur, expérience du transport frigorifique. Maîtrise du chronotachygraphe numérique et de la réglementation sur les temps de conduite.
L'ADR serait un atout.
Horaires de nuit, prime de panier, 13e mois.
""",
    """
Sébastien Le Goff — Chauffeur livreur
Chauffeur PL, TransArmor (2019-2025) : tournées régionales de 350 km par jour, livraison de magasins, zéro accident responsable en 6 ans.
Permis C, FIMO (2019), FCO (2024), carte conducteur
Compétences : chronotachygraphe numérique, arrimage des charges, hayon élévateur
""",
    [
        "permis CE",
        "transport frigorifique",
        "température dirigée",
        "réglementation sur les temps de conduite",
        "ADR",
    ],
)

pair(
    "fresh3-fr-preparateur-pharmacie",
    "fr",
    "fresh3",
    """
Préparateur / Préparatrice en pharmacie H/F
Pharmacie de centre-ville, équipe de 9 personnes, forte activité d'orthopédie et de maintien à domicile.
Missions : délivrance des ordonnances sous le contrôle du pharmacien, conseil aux patients, gestion des stocks et des commandes auprès des grossistes, réalisation de préparations magistrales, suivi du tiers payant.
Profil : titulaire du BP de préparateur en pharmacie (ou DEUST), à l'aise avec le logiciel LGO Winpharma, connaissances en orthopédie appréciées. Bon contact avec la patientèle.
Avantages : horaires fixes, tenue fournie.
""",
    """
Émilie Caron — Préparatrice en pharmacie
Préparatrice, Pharmacie des Halles (2020-2025) : délivrance de 150 ordonnances par jour, conseil en dermocosmétique, réception des commandes grossistes.
Formation : BP préparateur en pharmacie (2020)
Logiciel : LGPI
""",
    ["Winpharma", "préparations magistrales", "tiers payant", "orthopédie", "maintien à domicile"],
)

pair(
    "fresh3-fr-conseiller-bancaire",
    "fr",
    "fresh3",
    """
Conseiller clientèle particuliers H/F
Banque mutualiste régionale, 140 agences. Poste basé à Dijon.
Rattaché(e) au directeur d'agence, vous développez et fidélisez un portefeuille de 500 clients particuliers : ouverture de comptes, crédit immobilier et crédit à la consommation, épargne et assurance-vie, prévoyance.
Ce que nous attendons : Bac+2/3 banque-assurance, une première expérience commerciale en banque, la certification AMF obtenue ou à obtenir dans les 6 mois, la connaissance des règles de LCB-FT. Vous êtes à l'aise avec les objectifs.
Une habilitation IOBSP serait appréciée.
Nous proposons : intéressement, participation, taux préférentiels.
""",
    """
Laura Mercier — Chargée de clientèle
Chargée d'accueil puis conseillère, Crédit Régional (2021-2025) : portefeuille de 350 clients, 45 ouvertures de comptes par an, placements en assurance-vie (2,1 M€ collectés en 2024).
Formation : BTS Banque, conseiller de clientèle (2021)
Compétences : épargne, assurance-vie, prospection téléphonique
""",
    [
        "crédit immobilier",
        "crédit à la consommation",
        "prévoyance",
        "certification AMF",
        "LCB-FT",
        "IOBSP",
    ],
)

pair(
    "fresh3-fr-agent-securite",
    "fr",
    "fresh3",
    """
Agent de sécurité incendie SSIAP 1 (H/F)
Société de sécurité privée, site d'un centre commercial à Lille.
Vos missions : rondes de prévention, contrôle d'accès, surveillance vidéo depuis le PC sécurité, intervention sur les alarmes, tenue de la main courante.
Prérequis : diplôme SSIAP 1 en cours de validité, carte professionnelle CNAPS, SST à jour. Le CQP APS est souhaité. Disponible en horaires décalés, week-ends et jours fériés.
Rémunération selon convention collective, prime d'habillage.
""",
    """
Moussa Diallo — Agent de sécurité
Agent de sécurité, Securis (2022-2025) : contrôle d'accès d'un immeuble de bureaux de 900 personnes, rondes, gestion des badges.
Diplômes : CQP APS (2022), SST (2024)
Carte professionnelle CNAPS valide jusqu'en 2027
""",
    ["SSIAP 1", "surveillance vidéo"],
)

pair(
    "fresh3-fr-electricien",
    "fr",
    "fresh3",
    """
Électricien bâtiment confirmé (H/F)
PME d'électricité générale, 25 salariés, chantiers tertiaires et résidentiels en Île-de-France.
Vous réaliserez les installations électriques courants forts et courants faibles, le tirage de câbles, la pose d'appareillage et de tableaux, la mise en service et le dépannage.
Votre profil : CAP/BP électricien ou Bac pro MELEC, habilitations électriques B2V BR à jour, connaissance de la norme NF C 15-100, lecture de schémas électriques. Le CACES nacelle est un plus.
Véhicule de service et outillage fournis, paniers repas.
""",
    """
Thomas Girard — Électricien
Électricien, Elec Services (2017-2025) : installation électrique de 40 logements neufs par an, pose de tableaux, dépannage chez les particuliers.
Formation : Bac pro MELEC (2017)
Habilitations : B1V, BR (2023)
Compétences : NF C 15-100, domotique KNX
""",
    [
        "courants faibles",
        "B2V",
        "lecture de schémas électriques",
        "CACES nacelle",
    ],
)

pair(
    "fresh3-en-soc-analyst",
    "en",
    "fresh3",
    """
Security Operations Centre (SOC) Analyst – Tier 2
A managed security provider protecting 300 mid-sized companies across Europe.
What you'll do:
- Triage and investigate alerts escalated from Tier 1
- Lead incident response on confirmed intrusions and write post-incident reports
- Tune detection rules and hunt for threats across customer estates
Requirements:
- 3+ years in a SOC or blue team role
- Hands-on with Splunk or Microsoft Sentinel
- Working knowledge of MITRE ATT&CK and EDR tooling (CrowdStrike or Defender)
- Scripting in Python or PowerShell
- Security+ or equivalent certification
Nice to have: GCIH, digital forensics.
Perks: on-call allowance, training budget, remote-first.
""",
    """
Priya Nair — Security Analyst
SOC Analyst (Tier 1), SecureNet (2021-2025): triaged 40 alerts per shift in Splunk; escalated 120 confirmed incidents; wrote 15 runbooks.
Certifications: CompTIA Security+ (2021)
Skills: Splunk, Wireshark, Linux, Bash
""",
    [
        "incident response",
        "MITRE ATT&CK",
        "EDR",
        "CrowdStrike / Defender",
        "Python / PowerShell",
        "threat hunting",
        "detection rules",
        "GCIH",
        "digital forensics",
    ],
)

pair(
    "fresh3-en-architectural-technologist",
    "en",
    "fresh3",
    """
Architectural Technologist
A 30-person practice in Bristol designing schools, care homes and mixed-use housing.
You will produce technical drawings and construction packages, coordinate with structural and MEP engineers, prepare planning and Building Regulations submissions and attend site meetings.
You need: a degree in architectural technology, 3+ years in practice, fluent Revit use on BIM Level 2 projects, working knowledge of the UK Building Regulations and the RIBA Plan of Work. Chartered membership of CIAT, or working towards it.
Desirable: experience with Passivhaus or timber-frame construction.
We offer: 33 days leave, CPD support, cycle-to-work scheme.
""",
    """
Daniel Hughes — Architectural Assistant
Architectural Assistant, Lane & Partners (2020-2025): produced planning drawings for 20 residential schemes in AutoCAD and SketchUp; prepared Building Regulations packages for 8 of them.
Education: BSc Architectural Technology, UWE (2020)
Skills: AutoCAD, SketchUp, Building Regulations, site surveys
""",
    [
        "Revit",
        "BIM Level 2",
        "RIBA Plan of Work",
        "CIAT",
        "Passivhaus",
        "timber-frame construction",
    ],
)

pair(
    "fresh3-en-lab-technician",
    "en",
    "fresh3",
    """
QC Laboratory Technician (Pharmaceuticals)
A contract manufacturer of sterile injectables, 400 staff, Cork.
Responsibilities: test raw materials, in-process and finished product samples; perform HPLC and GC analyses; record results in LIMS; investigate out-of-specification results; maintain and calibrate lab equipment.
Requirements: degree in chemistry or a related science, 2 years in a GMP-regulated QC lab, hands-on HPLC (Empower software), good documentation practices. Experience with Karl Fischer titration and dissolution testing is an advantage.
Shift allowance, pension, health insurance.
""",
    """
Aoife Byrne — Laboratory Analyst
Laboratory Analyst, Dairygold (2022-2025): 60 microbiology and chemistry tests per week on milk powders; ISO 17025 accredited lab; HPLC runs on Chromeleon.
Education: BSc Analytical Chemistry, UCC (2022)
Skills: HPLC, pH and conductivity, LIMS (LabWare)
""",
    [
        "GC",
        "GMP",
        "Empower",
        "out-of-specification",
        "good documentation practices",
        "Karl Fischer titration",
        "dissolution testing",
    ],
)

pair(
    "fresh3-en-aircraft-engineer",
    "en",
    "fresh3",
    """
B1 Licensed Aircraft Engineer – Line Maintenance
A Part-145 approved maintenance organisation at Manchester Airport, supporting three airlines.
The job: carry out scheduled and unscheduled line maintenance on A320 family aircraft, troubleshoot defects, certify release to service, complete tech log entries.
Essential: EASA/UK Part-66 B1.1 licence with A320 family type rating, minimum 2 years of line experience, knowledge of human factors and EWIS. Willing to work a 4-on 4-off shift pattern.
Desirable: B737 type rating, B2 modules.
Benefits: shift allowance, staff travel.
""",
    """
Liam O'Connor — Aircraft Engineer
Aircraft Mechanic then B1 Engineer, SkyTech MRO (2018-2025): line and base maintenance on Boeing 737-800; signed 1,200 certificates of release to service.
Licence: UK Part-66 B1.1, B737 type rating
Training: human factors (2024)
""",
    ["A320 type rating", "EWIS", "Part-145", "B2 modules"],
)

pair(
    "fresh3-en-graphic-designer",
    "en",
    "fresh3",
    """
Mid-weight Graphic Designer (Print & Packaging)
An independent design studio in Leeds working with food and drink brands.
You'll take briefs from concept to artwork: packaging ranges, point-of-sale, brand guidelines and social assets; prepare print-ready files and liaise with printers.
You'll need: 3+ years in a studio, expert Adobe Illustrator and InDesign, Photoshop for retouching, a strong typography eye, solid knowledge of print production (CMYK, Pantone, dielines). A portfolio is required.
Bonus points: motion graphics in After Effects, 3D packaging mock-ups.
We offer: four-day week, studio dog.
""",
    """
Chloe Bennett — Designer
Junior Designer, Brightside Agency (2021-2025): designed social campaigns and brand identities for 25 clients; led the rebrand of a regional bakery chain.
Skills: Adobe Illustrator, Photoshop, Figma, typography
Portfolio: chloebennett.design
""",
    [
        "InDesign",
        "packaging",
        "print production",
        "Pantone",
        "dielines",
        "After Effects",
        "motion graphics",
    ],
)

pair(
    "fresh3-en-actuarial-analyst",
    "en",
    "fresh3",
    """
Actuarial Analyst – Life Insurance
A UK life and pensions insurer, part of a European group.
You will support the quarterly Solvency II reporting, run and check cash-flow models, analyse experience studies on mortality and lapses, and help prepare IFRS 17 disclosures.
About you: a numerate degree, progress in the IFoA exams (at least 4 passed), strong Excel with VBA, experience with Prophet or a similar actuarial modelling platform, and R or Python for data analysis.
Study support: paid study leave and exam fees.
""",
    """
Ethan Clarke — Graduate Actuary
Actuarial Trainee, Westbridge Pensions (2023-2025): valued 12 defined benefit schemes; automated the monthly data checks in Python, saving two days per month.
Education: BSc Mathematics, University of Warwick (2023)
Exams: 3 IFoA exams passed (CS1, CM1, CB1)
Skills: Excel, VBA, Python, SQL
""",
    [
        "Solvency II",
        "IFRS 17",
        "Prophet",
        "cash-flow models",
        "life insurance",
        "experience studies",
    ],
)

pair(
    "fresh3-fr-negociateur-immobilier",
    "fr",
    "fresh3",
    """
Négociateur immobilier transaction H/F
Agence indépendante de Bordeaux (8 collaborateurs), spécialisée dans l'ancien et le viager.
Vous prospectez des mandats de vente, réalisez les estimations, organisez les visites et accompagnez vos clients jusqu'à la signature chez le notaire.
Profil : expérience réussie en transaction immobilière, connaissance de la loi Hoguet et de la loi ALUR, pratique d'un logiciel de transaction type Apimo ou Hektor. Attestation de collaborateur délivrée par l'agence. Permis B et véhicule.
La connaissance du viager est un plus.
Commission attractive, fichier clients fourni.
""",
    """
Nadia Ferreira — Conseillère immobilier
Conseillère en immobilier, Maisons & Co (2020-2025) : 28 ventes signées en 2024, 60 mandats exclusifs rentrés, estimations de maisons anciennes.
Formation : BTS Professions immobilières (2020)
Outils : Apimo, SeLoger Pro
Permis B, véhicule personnel
""",
    ["loi Hoguet", "loi ALUR", "viager"],
)
