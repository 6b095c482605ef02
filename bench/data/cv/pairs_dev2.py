"""CV / job-description pairs: --- "dev2": written after fresh2 was scored, used (with "dev") while
cutting duty phrases and soft skills from the missing list.
"""

from pairs_common import pair

pair(
    "dev2-fr-chef-equipe-logistique",
    "fr",
    "dev2",
    """
Chef d'équipe logistique H/F — plateforme e-commerce, Orléans
Notre plateforme expédie 40 000 colis par jour pour des enseignes de prêt-à-porter.
Vos missions : animer une équipe de 20 préparateurs et caristes, organiser les vagues de préparation, suivre les indicateurs de productivité, veiller au respect des consignes de sécurité, participer aux inventaires tournants.
Profil : première expérience d'encadrement en entrepôt, maîtrise du WMS Reflex, CACES 1, 3 et 5 à jour, connaissance des méthodes lean (5S). Esprit d'équipe, dynamisme.
Postes en 2x8, prime de fin d'année.
""",
    """
Kevin Morel — Préparateur de commandes
Préparateur puis cariste, Log'In Centre (2018-2025) : préparation de 1 200 lignes par jour, réception et rangement, formation de 6 intérimaires.
CACES 1 et 3
Outils : terminal radio, SAP EWM
""",
    [
        "encadrement",
        "Reflex",
        "WMS",
        "CACES 5",
        "lean",
        "5S",
        "inventaires tournants",
        "e-commerce",
    ],
)

pair(
    "dev2-fr-infirmier-ehpad",
    "fr",
    "dev2",
    """
Infirmier(ère) diplômé(e) d'État — EHPAD de 90 lits, Angers
Au sein d'une équipe pluridisciplinaire, vous assurez la prise en charge globale des résidents.
Missions : réaliser les soins techniques et la distribution des traitements, participer à l'élaboration des projets de soins personnalisés, assurer la traçabilité dans le dossier de soins informatisé (NetSoins), encadrer les aides-soignants et les stagiaires.
Profil : DE infirmier obligatoire, expérience en gériatrie appréciée, connaissance des soins palliatifs et de la prise en charge de la douleur. Un DU plaies et cicatrisation serait un plus.
Bienveillance et sens du travail en équipe.
Avantages : prime Ségur, CE, crèche d'entreprise.
""",
    """
Élodie Fabre — Infirmière
Infirmière, Clinique du Parc — service de chirurgie (2019-2025) : soins post-opératoires pour 25 patients, pansements complexes, gestion de la douleur, encadrement de 10 étudiants infirmiers par an.
Diplôme d'État d'infirmier (2019)
Logiciel : DxCare
""",
    [
        "gériatrie",
        "soins palliatifs",
        "NetSoins",
        "projets de soins personnalisés",
        "DU plaies et cicatrisation",
    ],
)

pair(
    "dev2-en-inside-sales",
    "en",
    "dev2",
    """
Inside Sales Representative – Industrial Supplies
We distribute fasteners and tools to 8,000 trade customers across the Midlands.
Responsibilities: manage a portfolio of 250 existing accounts by phone and e-mail, upsell and cross-sell our product range, prepare quotations, chase overdue quotes, log all activity in Microsoft Dynamics.
Requirements: 2 years of telesales or inside sales experience, ideally in B2B distribution; technical product knowledge (fasteners, power tools) an advantage; confident with Excel.
A positive, can-do attitude and resilience.
Salary £26k plus monthly bonus.
""",
    """
Chloe Adams — Customer Service Advisor
Customer Service Advisor, HomeFix Retail (2021-2025): handled 70 customer calls a day; processed returns and refunds; upsold extended warranties (top seller 3 quarters).
Skills: Salesforce, Excel, Zendesk
""",
    [
        "inside sales",
        "telesales",
        "Microsoft Dynamics",
        "cross-sell",
        "quotations",
        "B2B",
        "fasteners",
        "power tools",
        "account management",
    ],
)

pair(
    "dev2-fr-assistant-comptable",
    "fr",
    "dev2",
    """
Assistant(e) comptable fournisseurs H/F — CDI
Groupe de distribution automobile (15 concessions).
Vos missions : saisie et contrôle des factures fournisseurs, lettrage des comptes, préparation des règlements, relances et traitement des litiges, participation aux arrêtés trimestriels.
Profil : Bac+2 en comptabilité, 2 ans d'expérience sur un poste similaire, maîtrise d'un ERP (Cegid ou Sage X3), aisance sur Excel (RECHERCHEV). Une expérience dans le secteur automobile est appréciée.
Rigueur, discrétion.
Avantages : 13e mois, mutuelle, RTT.
""",
    """
Manon Girard — Assistante comptable
Assistante comptable, Cabinet Audit Conseil (2022-2025) : saisie des pièces de 60 clients, rapprochements bancaires, préparation des déclarations de TVA.
Formation : BTS Comptabilité et gestion (2022)
Logiciels : Sage 100, Excel
""",
    [
        "comptabilité fournisseurs",
        "lettrage",
        "Cegid",
        "Sage X3",
        "ERP",
        "RECHERCHEV",
        "arrêtés trimestriels",
        "secteur automobile",
        "règlements fournisseurs",
    ],
)

pair(
    "dev2-en-content-marketing",
    "en",
    "dev2",
    """
Content Marketing Manager (B2B SaaS)
We make compliance software for mid-sized banks and insurers.
What you'll do: own our content calendar, write long-form articles, white papers and case studies, work with product marketing on launches, grow organic traffic with the SEO agency, run our LinkedIn company page.
What you'll need: 4+ years writing for a B2B tech or fintech audience, strong SEO knowledge (keyword research, on-page), experience with WordPress and HubSpot, ability to explain regulation in plain English. Knowledge of financial services regulation is a plus.
Great written communication, curiosity.
""",
    """
Lucy Palmer — Copywriter
Copywriter, Brightside Agency (2019-2025): wrote 300+ blog posts and 20 case studies for retail and travel brands; grew a client's newsletter list from 4k to 19k.
Skills: WordPress, Mailchimp, Google Analytics, copy editing
""",
    [
        "B2B",
        "white papers",
        "SEO",
        "keyword research",
        "HubSpot",
        "content calendar",
        "financial services regulation",
        "fintech",
        "SaaS",
    ],
)

pair(
    "dev2-fr-responsable-formation",
    "fr",
    "dev2",
    """
Responsable formation H/F — Groupe de services à la personne (3 000 salariés)
Rattaché(e) à la DRH, vous pilotez le développement des compétences.
Vos missions : construire et déployer le plan de développement des compétences, gérer le budget formation et les relations avec l'OPCO, piloter les organismes de formation, suivre les entretiens professionnels, déployer la plateforme LMS.
Profil : Bac+5 en RH ou ingénierie de formation, 5 ans d'expérience, connaissance de la réforme de la formation professionnelle et de Qualiopi, maîtrise d'un SIRH (Talentsoft idéalement).
Capacité d'écoute, sens de la pédagogie et aisance relationnelle.
Avantages : télétravail, 25 CP + 12 RTT.
""",
    """
Hélène Bonnet — Chargée de formation
Chargée de formation, Banque Régionale (2018-2025) : organisation de 350 sessions par an, suivi du budget formation (1,2 M€), relation avec les organismes de formation, bilans à chaud et à froid.
Formation : Master RH, Université de Tours (2018)
Outils : Excel, Workday
""",
    [
        "plan de développement des compétences",
        "OPCO",
        "entretiens professionnels",
        "LMS",
        "Qualiopi",
        "ingénierie de formation",
        "SIRH",
        "Talentsoft",
        "formation professionnelle",
    ],
)

pair(
    "dev2-en-data-analyst",
    "en",
    "dev2",
    """
Data Analyst – Customer Insights
A national chain of 120 gyms with 400,000 members.
Responsibilities: build dashboards for operations and marketing, analyse churn and member behaviour, design and read A/B tests, present findings to senior leadership.
Requirements: advanced SQL, Tableau or Power BI, Python (pandas) for analysis, good grounding in statistics, experience with cohort and churn analysis.
Nice to have: dbt, experience in subscription businesses.
Strong stakeholder management and storytelling with data.
Hybrid: 2 days in our Manchester office.
""",
    """
Oliver Grant — Junior Analyst
Reporting Analyst, NorthBank (2022-2025): built 25 Power BI dashboards for branch managers; automated weekly reports with SQL, saving 6 hours a week.
Skills: SQL, Power BI, Excel, DAX
Education: BSc Economics
""",
    [
        "Python",
        "pandas",
        "statistics",
        "churn analysis",
        "cohort analysis",
        "A/B tests",
        "dbt",
        "subscription businesses",
    ],
)

pair(
    "dev2-en-maths-teacher",
    "en",
    "dev2",
    """
Teacher of Mathematics (KS3–KS5) – maternity cover
An oversubscribed 11–18 academy in Bristol, rated Good by Ofsted.
You will teach maths across Key Stages 3 to 5, including A level, plan lessons to the department's scheme of work, track progress and set interventions, and act as a form tutor.
We are looking for: Qualified Teacher Status (QTS), a strong maths degree, experience teaching A level Further Maths, confident use of Sparx Maths and Google Classroom.
An enhanced DBS check will be required.
Enthusiastic, committed to inclusion.
""",
    """
Priya Shah — Mathematics Teacher
Mathematics Teacher, Hillside School (2020-2025): taught KS3 and KS4 classes; 78% of my GCSE groups reached grade 5+; led the maths club.
Qualifications: PGCE Secondary Mathematics with QTS, BSc Mathematics
Tools: MyMaths, Microsoft Teams
""",
    ["KS5", "A level", "Further Maths", "Sparx Maths", "Google Classroom", "DBS", "form tutor"],
)

pair(
    "dev2-fr-second-cuisine",
    "fr",
    "dev2",
    """
Second de cuisine H/F — Restaurant bistronomique, Bordeaux (60 couverts)
Cuisine de produits frais et de saison, carte renouvelée chaque mois.
Vos missions : seconder le chef dans l'élaboration des plats, gérer la cuisine en son absence, passer les commandes et contrôler les livraisons, garantir l'application du plan de maîtrise sanitaire (HACCP), former les commis.
Profil : CAP cuisine minimum, 3 ans d'expérience en restauration traditionnelle dont un poste de chef de partie, maîtrise des cuissons basse température et de la pâtisserie de restaurant. Anglais apprécié (clientèle touristique).
Passion, rigueur et résistance au stress.
Horaires en coupure, 2 jours de repos consécutifs.
""",
    """
Yanis Haddad — Cuisinier
Chef de partie, Brasserie du Port (2020-2025) : poste chaud, 150 couverts par service, gestion des commandes fournisseurs, formation de 3 commis.
Commis de cuisine, Hôtel Les Pins (2018-2020)
Formation : CAP Cuisine (2018), formation HACCP
""",
    [
        "cuisson basse température",
        "pâtisserie",
        "plan de maîtrise sanitaire",
        "anglais",
        "produits frais",
        "cuisine de saison",
    ],
)

pair(
    "dev2-en-policy-officer",
    "en",
    "dev2",
    """
Policy Officer – Housing (Grade 7)
A London borough council serving 300,000 residents.
You will research and draft housing policy, prepare reports for cabinet and scrutiny committees, analyse the impact of national legislation such as the Renters' Reform Bill, consult residents and partners, and carry out equality impact assessments.
Essential: a degree or equivalent experience, knowledge of local government decision-making, strong report writing, experience of policy analysis in housing or homelessness. Knowledge of the Housing Act 1996 Part 7 is an advantage.
Collaborative, politically aware.
Benefits: Local Government Pension Scheme, flexible working.
""",
    """
Hannah Cole — Research Officer
Research Officer, Shelter Together charity (2021-2025): wrote 12 research briefings on private renting; ran 4 resident surveys with 2,000 responses; briefed MPs on tenant rights.
Education: MA Public Policy, University of York
Skills: NVivo, SPSS, report writing
""",
    [
        "local government",
        "housing policy",
        "homelessness",
        "equality impact assessments",
        "scrutiny committees",
        "Housing Act 1996",
        "policy analysis",
    ],
)

pair(
    "dev2-fr-technicien-qualite",
    "fr",
    "dev2",
    """
Technicien qualité H/F — Équipementier automobile, Besançon
Site de 350 personnes, certifié IATF 16949.
Vos missions : traiter les réclamations clients en 8D, animer les résolutions de problèmes (Ishikawa, 5 pourquoi), réaliser les audits produit et process, mettre à jour les plans de surveillance et les AMDEC, suivre les indicateurs qualité (PPM).
Profil : BTS ou DUT qualité / mesures physiques, 2 ans d'expérience en industrie automobile, connaissance du référentiel IATF 16949 et des core tools (APQP, PPAP, MSP), lecture de plans et métrologie. Anglais technique.
Rigueur et esprit de synthèse.
""",
    """
Romain Faure — Technicien qualité
Technicien qualité, Aéro Usinage (2020-2025) : 40 audits produit par an, traitement des non-conformités fournisseurs, mise en place de la MSP sur 6 machines, contrôle dimensionnel (MMT).
Formation : DUT Qualité, logistique industrielle et organisation (2020)
Référentiels : EN 9100, ISO 9001
Langues : anglais (B1)
""",
    [
        "IATF 16949",
        "lecture de plans",
        "8D",
        "AMDEC",
        "APQP",
        "PPAP",
        "PPM",
        "plans de surveillance",
        "industrie automobile",
        "réclamations clients",
        "Ishikawa",
    ],
)

pair(
    "dev2-en-paralegal",
    "en",
    "dev2",
    """
Commercial Property Paralegal
A top-50 UK law firm, real estate team in Leeds.
You will support two partners on commercial leases, acquisitions and disposals: draft leases and licences, run Land Registry applications, carry out pre-completion searches, manage completion statements and SDLT returns, keep matters up to date in our case management system.
We need: at least 2 years as a paralegal or conveyancer in commercial property, a good understanding of Land Registry practice, experience with Visualfiles or a similar case management system. A CILEx qualification (or working towards one) is welcome.
Organised, calm, good with clients.
""",
    """
Sophie Turner — Legal Assistant
Legal Assistant, Harris & Webb Solicitors (2022-2025): supported the residential conveyancing team on 150 sales and purchases a year; prepared completion statements; ordered local searches.
Education: LLB Law, University of Sheffield
Skills: Microsoft Office, dictation
""",
    [
        "commercial property",
        "commercial leases",
        "Land Registry",
        "SDLT",
        "case management system",
        "Visualfiles",
        "CILEx",
        "paralegal",
        "licences",
    ],
)

pair(
    "dev2-fr-charge-communication",
    "fr",
    "dev2",
    """
Chargé(e) de communication — Communauté de communes (catégorie B, contractuel possible)
Collectivité de 45 000 habitants, service communication de 3 personnes.
Vos missions : rédiger le magazine intercommunal et les communiqués de presse, animer les réseaux sociaux (Facebook, Instagram, LinkedIn), mettre à jour le site internet sous Drupal, organiser les événements institutionnels, réaliser des visuels simples.
Profil : formation supérieure en communication, maîtrise de la suite Adobe (InDesign, Photoshop), bonnes qualités rédactionnelles, connaissance du fonctionnement des collectivités territoriales. Notions de vidéo (Premiere Pro) appréciées.
Créativité, réactivité, sens du service public.
""",
    """
Laura Mercier — Chargée de communication
Chargée de communication, Agence Pixel (2021-2025) : gestion des réseaux sociaux de 8 clients (Instagram, Facebook), +35 % d'abonnés en un an ; rédaction de newsletters ; création de visuels sur Canva.
Formation : Licence Information-communication (2021)
Outils : Canva, Meta Business Suite, WordPress
""",
    [
        "communiqués de presse",
        "magazine",
        "LinkedIn",
        "Drupal",
        "InDesign",
        "Photoshop",
        "suite Adobe",
        "collectivités territoriales",
        "Premiere Pro",
        "événements institutionnels",
    ],
)

pair(
    "dev2-en-supply-planner",
    "en",
    "dev2",
    """
Supply Chain Planner – Consumer Health
A global consumer health company; this role sits in the Northern Europe supply team.
Key responsibilities: build the monthly supply plan from the demand forecast, run MRP and release production orders to contract manufacturers, monitor inventory against safety stock targets, take part in the S&OP process, manage shortages and expiry risk.
Qualifications: 3+ years in supply or demand planning, hands-on SAP APO or IBP, strong Excel, understanding of GMP in a regulated industry. APICS CPIM or ASCM certification is a plus.
Proactive, good communicator, able to juggle priorities.
""",
    """
Jonas Berg — Logistics Coordinator
Logistics Coordinator, NordFood (2019-2025): planned inbound deliveries for 3 warehouses; kept stock accuracy at 99.2%; ran the weekly replenishment in SAP MM.
Skills: SAP MM, Excel (pivot tables, Power Query), Power BI
Languages: Swedish, English
""",
    [
        "supply planning",
        "demand planning",
        "MRP",
        "S&OP",
        "SAP APO",
        "IBP",
        "GMP",
        "safety stock",
        "CPIM",
        "contract manufacturers",
    ],
)
