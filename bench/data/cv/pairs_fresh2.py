"""CV / job-description pairs: --- "fresh2": written before the precision work of November 2026
(issue 8, second pass), scored once with the code as it stood, then once at the end; errors
never looked at.
"""

from pairs_common import pair

pair(
    "fresh2-fr-affreteur",
    "fr",
    "fresh2",
    """
Affréteur transport routier H/F — CDI, Rungis
Commissionnaire de transport de 120 personnes, spécialisé dans le froid positif.
Vos missions : négocier les tarifs avec les transporteurs partenaires, organiser les tournées de livraison, suivre les litiges et les réserves, assurer la relation avec les clients chargeurs.
Votre profil : 2 ans d'expérience en affrètement routier, connaissance de la réglementation du transport sous température dirigée, pratique d'un TMS (idéalement Shippeo ou Transporeon), Excel avancé. Capacité à travailler dans l'urgence.
L'anglais serait un plus pour les flux européens.
Horaires : 7h-15h, tickets restaurant.
""",
    """
Léa Marchand — Exploitante transport
Exploitante, TransAlpes (2021-2025) : planification de 35 tournées par jour, négociation des tarifs avec 20 sous-traitants, traitement des litiges clients (délai moyen divisé par 2).
Outils : Transporeon, Excel (RECHERCHEV, TCD)
Formation : BTS Gestion des transports et logistique associée
Permis B
""",
    ["affrètement routier", "température dirigée", "TMS", "anglais"],
)

pair(
    "fresh2-fr-secretaire-medicale",
    "fr",
    "fresh2",
    """
Secrétaire médicale H/F — Centre hospitalier de Vannes
Le service de cardiologie recherche un(e) secrétaire médical(e) à temps plein.
Missions : accueil physique et téléphonique des patients, prise de rendez-vous, frappe et mise en forme des comptes rendus, gestion du dossier patient informatisé, facturation des actes.
Profil : diplôme de secrétaire médicale ou titre professionnel équivalent, maîtrise de la terminologie médicale, connaissance du logiciel DxCare, connaissance de la codification CCAM appréciée. Respect du secret médical. Sens de l'accueil.
Poste en CDD de 6 mois, renouvelable.
""",
    """
Sophie Garnier — Secrétaire médicale
Secrétaire médicale, Cabinet de radiologie du Port (2019-2025) : accueil de 60 patients par jour, prise de rendez-vous sur Doctolib, frappe des comptes rendus (dictée numérique), facturation et télétransmission.
Formation : Titre professionnel secrétaire assistant médico-social (2019)
Compétences : terminologie médicale, Word, Doctolib
""",
    ["dossier patient informatisé", "DxCare", "CCAM", "secret médical"],
)

pair(
    "fresh2-en-account-executive",
    "en",
    "fresh2",
    """
Account Executive – Mid-Market (SaaS)
We sell scheduling software to hospitals and clinics across the UK and Ireland.
The role: own the full sales cycle from first call to signed contract, build pipeline through outbound prospecting, run product demos, forecast accurately in HubSpot.
You have: 2+ years closing SaaS deals, a track record against quota, experience with MEDDICC or a similar qualification framework, confident presenting to senior stakeholders.
Bonus: experience selling into the NHS or healthcare.
Benefits: uncapped commission, 25 days holiday, private health insurance.
""",
    """
Tom Fletcher — Sales Executive
Business Development Representative, CloudDesk (2022-2023): booked 180 meetings through outbound prospecting; 130% of target.
Account Executive, CloudDesk (2023-2025): closed £640k of new SaaS revenue; ran product demos for IT directors.
Tools: Salesforce, Outreach, LinkedIn Sales Navigator
""",
    ["HubSpot", "MEDDICC", "NHS", "healthcare", "forecasting", "full sales cycle", "mid-market"],
)

pair(
    "fresh2-fr-controleur-gestion",
    "fr",
    "fresh2",
    """
Contrôleur de gestion industriel H/F
Groupe familial de plasturgie (3 usines, 600 salariés), rattaché(e) au DAF.
Vos missions : élaborer le budget et les reprévisions, analyser les écarts de coûts de revient, produire le reporting mensuel pour la direction, participer à la mise en place de l'outil de BI.
Profil : école de commerce ou master CCA, 3 à 5 ans en contrôle de gestion industriel, maîtrise de la comptabilité analytique, excellent niveau sur Excel et Power BI, connaissance de SAP CO. Anglais lu et écrit.
Esprit d'analyse et bon relationnel avec les opérationnels.
""",
    """
Antoine Roux — Contrôleur de gestion
Contrôleur de gestion, Distrimax (2020-2025) : budget annuel de 80 M€, reporting mensuel au comité de direction, tableaux de bord sous Power BI.
Formation : Master CCA, IAE de Lyon (2020)
Outils : Excel (VBA), Power BI, Cegid
Langues : anglais courant
""",
    [
        "coûts de revient",
        "contrôle de gestion industriel",
        "comptabilité analytique",
        "SAP CO",
        "reprévisions",
        "analyse des écarts",
    ],
)

pair(
    "fresh2-en-performance-marketing",
    "en",
    "fresh2",
    """
Performance Marketing Manager
An online furniture retailer (€90m revenue) growing in France, Germany and Spain.
You will: plan and optimise paid campaigns across Google Ads and Meta, manage a monthly budget of €400k, run A/B tests on landing pages, report on ROAS and customer acquisition cost, brief the creative team.
You bring: 4+ years in paid acquisition for e-commerce, hands-on Google Analytics 4 and Looker Studio, solid SQL for campaign analysis, experience with attribution models. German or Spanish is a plus.
We offer: hybrid working, stock options.
""",
    """
Inès Moreau — Digital Marketing Specialist
Paid Social Specialist, ModaBox (2021-2025): managed Meta and TikTok campaigns with a €150k monthly budget; ROAS up from 3.1 to 4.4.
Skills: Meta Ads Manager, TikTok Ads, Google Analytics 4, Canva, A/B testing
Languages: French (native), English (fluent)
""",
    [
        "Google Ads",
        "Looker Studio",
        "SQL",
        "attribution models",
        "customer acquisition cost",
        "German",
        "Spanish",
        "e-commerce",
    ],
)

pair(
    "fresh2-fr-gestionnaire-paie",
    "fr",
    "fresh2",
    """
Gestionnaire de paie et administration du personnel (H/F)
Cabinet d'expertise comptable de 80 collaborateurs, portefeuille de clients TPE/PME.
Vos missions : établir les bulletins de paie d'un portefeuille de 300 salariés, réaliser les déclarations sociales (DSN), gérer les entrées et sorties du personnel, répondre aux questions des clients sur le droit social.
Profil : formation en paie (BTS ou titre professionnel), 3 ans d'expérience en cabinet, maîtrise de Silae, bonne connaissance des conventions collectives (BTP, HCR). La connaissance de Sage Paie est un plus.
Vous êtes organisé(e) et savez respecter les échéances.
Avantages : 13e mois, intéressement, télétravail partiel.
""",
    """
Nathalie Vidal — Gestionnaire paie
Gestionnaire paie, Groupe Hexa (2018-2025) : paie de 450 salariés en entreprise, DSN mensuelle, soldes de tout compte, arrêts maladie.
Formation : Titre professionnel gestionnaire de paie (2018)
Logiciels : Sage Paie, Excel
""",
    [
        "Silae",
        "conventions collectives",
        "BTP",
        "HCR",
        "droit social",
        "expérience en cabinet",
        "administration du personnel",
    ],
)

pair(
    "fresh2-en-data-engineer",
    "en",
    "fresh2",
    """
Data Engineer
A public transport operator modernising its data platform.
Responsibilities: build and maintain batch and streaming pipelines, model data in the warehouse, work with analysts to deliver trusted datasets, improve monitoring and data quality checks.
Requirements: strong Python and SQL, experience with Apache Airflow and dbt, a cloud data warehouse (Snowflake or BigQuery), infrastructure as code with Terraform, Git-based workflows.
Nice to have: Kafka or another streaming platform, GTFS or transport data.
Security clearance (BPSS) will be required.
""",
    """
Ravi Patel — Data Engineer
Data Engineer, RetailCo (2020-2025): built 40 Airflow DAGs loading 2 TB a day into BigQuery; cut pipeline failures by 60% with data quality checks in Great Expectations.
Skills: Python, SQL, Airflow, BigQuery, Git, Docker
""",
    [
        "dbt",
        "Terraform",
        "infrastructure as code",
        "Kafka",
        "streaming",
        "GTFS",
        "transport data",
        "BPSS",
        "security clearance",
    ],
)

pair(
    "fresh2-fr-formatrice-fle",
    "fr",
    "fresh2",
    """
Formateur(trice) en français langue étrangère (FLE) — CDD 10 mois
Organisme de formation agréé, public adulte migrant, à Marseille.
Missions : animer des cours de FLE en groupe (niveaux A1 à B1), concevoir des supports pédagogiques, évaluer les apprenants et préparer au DELF, assurer le suivi administratif des présences.
Profil : master FLE ou équivalent, expérience auprès d'un public adulte, habilitation examinateur-correcteur DELF souhaitée, maîtrise des outils numériques (Moodle, TNI). Connaissance de l'arabe ou du dari appréciée.
Qualités attendues : patience, écoute, adaptabilité.
""",
    """
Claire Dubois — Professeure de FLE
Professeure de FLE, Alliance française de Lima (2019-2024) : cours pour groupes de 15 étudiants (A2 à C1), création de supports pédagogiques, préparation au DELF B2 (92 % de réussite).
Formation : Master 2 FLE, Université Lyon 2 (2019)
Langues : espagnol (courant), anglais (B2)
Outils : Moodle, Canva
""",
    ["public adulte migrant", "examinateur-correcteur DELF", "TNI", "arabe", "dari"],
)

pair(
    "fresh2-en-front-office-manager",
    "en",
    "fresh2",
    """
Front Office Manager – 4-star hotel, Edinburgh
Our 180-room city-centre hotel is looking for a Front Office Manager to lead reception, concierge and night audit.
Key responsibilities: lead and schedule a team of 14, maximise room revenue with the revenue manager, handle guest complaints, make sure check-in and check-out run smoothly, train new starters.
What we need: previous supervisory experience in a hotel front office, Opera PMS, good knowledge of upselling and yield management, a personal licence holder is an advantage. French or Italian would be welcome.
Excellent communication skills and a guest-first attitude.
We offer: staff meals, discounted stays, 28 days holiday.
""",
    """
Marco Bianchi — Front Desk Supervisor
Front Desk Supervisor, Harbour View Hotel (2021-2025): supervised 8 receptionists; raised upsell revenue by 22%; handled guest complaints with a 4.7 review score.
Systems: Protel, Micros POS
Languages: Italian (native), English (fluent)
""",
    ["Opera PMS", "yield management", "night audit", "personal licence", "French"],
)

pair(
    "fresh2-fr-marches-publics",
    "fr",
    "fresh2",
    """
Gestionnaire des marchés publics (catégorie B) — Conseil départemental
Poste ouvert aux titulaires et aux contractuels.
Missions : rédiger les pièces administratives des consultations (règlement de consultation, CCAP), publier les avis sur la plateforme de dématérialisation, analyser les offres avec les services prescripteurs, assurer le suivi de l'exécution financière des marchés.
Profil : connaissance du Code de la commande publique, expérience sur un logiciel de gestion des marchés (Marco ou équivalent), maîtrise de Ciril Finances appréciée, notions de finances publiques (M57).
Rigueur et sens du service public.
""",
    """
Julie Lambert — Assistante administrative
Assistante achats, Société Bâtir (2020-2025) : suivi de 120 commandes fournisseurs par mois, analyse des offres et tableaux comparatifs, réponse aux appels d'offres publics.
Formation : BTS Support à l'action managériale (2020)
Outils : Excel, SAP MM
""",
    [
        "marchés publics",
        "règlement de consultation",
        "CCAP",
        "plateforme de dématérialisation",
        "exécution financière",
        "Code de la commande publique",
        "Marco",
        "Ciril Finances",
        "finances publiques",
        "M57",
    ],
)

pair(
    "fresh2-en-maintenance-engineer",
    "en",
    "fresh2",
    """
Multi-skilled Maintenance Engineer – Food manufacturing, Leicester
Shift pattern: 4 on 4 off, days and nights.
You will carry out planned preventive maintenance and breakdown repairs on high-speed packaging lines, fault-find on PLC-controlled equipment, log work in our CMMS, and support continuous improvement projects.
You will need: a time-served apprenticeship with NVQ Level 3 or HNC in electrical or mechanical engineering, experience with Allen-Bradley or Siemens PLCs, 17th/18th Edition wiring regulations, knowledge of pneumatics and hydraulics. Food or FMCG experience is desirable.
Reliable, safety-conscious team player.
Benefits: overtime at time and a half, pension, free parking.
""",
    """
Daniel Hughes — Maintenance Technician
Maintenance Technician, Midland Plastics (2016-2025): preventive maintenance and breakdown cover on 12 injection moulding machines; cut downtime by 18%; fault-finding on Siemens PLCs and hydraulics.
Qualifications: NVQ Level 3 Mechanical Engineering, IOSH Working Safely
Skills: hydraulics, welding, lathe work
""",
    [
        "18th Edition",
        "pneumatics",
        "CMMS",
        "packaging lines",
        "FMCG",
        "food manufacturing",
        "continuous improvement",
    ],
)

pair(
    "fresh2-fr-juriste-affaires",
    "fr",
    "fresh2",
    """
Juriste en droit des affaires H/F — Direction juridique d'un groupe hôtelier
Rattaché(e) au directeur juridique, vous interviendrez sur l'ensemble des sujets contractuels du groupe.
Missions : rédiger et négocier les contrats commerciaux (baux commerciaux, contrats de franchise, contrats fournisseurs), assurer le secrétariat juridique des filiales, suivre les contentieux avec les avocats, veiller à la conformité RGPD.
Profil : Master 2 en droit des affaires, 3 ans d'expérience en cabinet ou en entreprise, anglais juridique courant, maîtrise des outils de gestion documentaire. Une connaissance du droit de la franchise est un vrai plus.
Capacité à vulgariser auprès des opérationnels.
""",
    """
Mathilde Perrin — Juriste
Juriste, Cabinet Lefort Avocats (2021-2025) : rédaction de contrats commerciaux et de conditions générales de vente, suivi de 30 contentieux commerciaux, veille juridique.
Formation : Master 2 Droit des affaires, Université Paris-Saclay (2021)
Langues : anglais (TOEIC 905)
""",
    [
        "baux commerciaux",
        "contrats de franchise",
        "droit de la franchise",
        "secrétariat juridique",
        "RGPD",
        "anglais juridique",
        "gestion documentaire",
    ],
)

pair(
    "fresh2-en-staff-nurse",
    "en",
    "fresh2",
    """
Staff Nurse (Band 5) – Acute Medical Unit
St Anne's NHS Foundation Trust
You will assess, plan and deliver care for acutely unwell adults, administer IV medication, escalate deteriorating patients using NEWS2, and keep accurate records on our EPR system (Cerner).
Essential: registered nurse (adult) with a live NMC PIN, IV therapy and venepuncture competencies or willingness to complete them, knowledge of safeguarding adults.
Desirable: ILS certificate, experience in acute medicine, mentoring student nurses.
Caring, calm under pressure, a good team worker.
""",
    """
Aisha Okafor — Registered Nurse
Staff Nurse, Riverside Care Home (2022-2025): care for 30 residents with complex needs; medication rounds; wound care; led safeguarding referrals.
Registration: NMC registered nurse (adult), PIN active
Training: Basic Life Support, venepuncture
""",
    ["IV therapy", "NEWS2", "Cerner", "EPR", "ILS", "acute medicine", "mentoring student nurses"],
)

pair(
    "fresh2-en-accounts-payable",
    "en",
    "fresh2",
    """
Accounts Payable Specialist (12-month contract)
A Dublin-based software company with entities in five countries.
Duties: process a high volume of supplier invoices through three-way matching, run weekly payment runs, reconcile supplier statements, answer vendor queries, support month-end close and the annual audit.
Requirements: 2+ years in accounts payable in a multi-entity environment, NetSuite experience, advanced Excel (VLOOKUP, pivot tables), working knowledge of VAT and withholding tax. An accounting technician qualification (ATI/AAT) is an advantage.
You are detail-oriented and comfortable with deadlines.
""",
    """
Ciara Byrne — Accounts Assistant
Accounts Assistant, Byrne & Co (2021-2025): processed 900 supplier invoices a month in Sage 50; reconciled bank and supplier statements; prepared VAT returns.
Skills: Sage 50, Excel (pivot tables), Xero
""",
    [
        "accounts payable",
        "three-way matching",
        "payment runs",
        "month-end close",
        "multi-entity",
        "NetSuite",
        "VLOOKUP",
        "withholding tax",
        "ATI",
        "AAT",
    ],
)
