"""Source of bench/data/cv/pairs.jsonl (kept as Python for readable multi-line texts).

Written by hand before the matcher was tuned: for each pair, `missing` lists what a recruiter
reading the ad would say the CV does not show. `split` = "dev" (used while tuning) or "test"
(held out; figures are reported on it). Run: .venv/bin/python bench/data/cv/pairs_src.py
"""

import json
from pathlib import Path

P = []


def pair(pid, lang, split, job, cv, missing):
    P.append(
        {
            "id": pid,
            "lang": lang,
            "split": split,
            "job": job.strip(),
            "cv": cv.strip(),
            "missing": missing,
        }
    )


pair(
    "fr-chef-projet",
    "fr",
    "dev",
    """
Chef de projet digital H/F
Qui sommes-nous ? Agence de 40 personnes spécialisée dans le e-commerce, nous accompagnons des marques de mode.
Vos missions :
- Piloter les projets de refonte de sites de nos clients
- Coordonner les équipes techniques et créatives
- Suivre le budget et le planning
Profil recherché :
- 5 ans d'expérience en gestion de projet web
- Maîtrise des méthodes agiles (Scrum)
- Connaissance de Google Analytics et de JIRA
- Anglais professionnel
Une expérience sur Shopify serait un plus.
Avantages : tickets restaurant, télétravail 2 jours par semaine.
""",
    """
Camille Durand — Chef de projet web
Expérience
Chef de projet, Agence Nova — 2019 – présent
- Piloté la refonte de 12 sites e-commerce
- Coordonné une équipe de 6 développeurs
Compétences : gestion de projet, suivi budgétaire, planning, Google Analytics
Langues : anglais courant
""",
    ["méthodes agiles", "Scrum", "JIRA", "Shopify"],
)

pair(
    "fr-comptable",
    "fr",
    "dev",
    """
Comptable général H/F — CDI
Notre groupe industriel (2 000 salariés) renforce sa direction financière.
Missions : tenue de la comptabilité générale, clôtures mensuelles, déclarations de TVA, rapprochements bancaires.
Profil : BTS ou DCG, 3 ans d'expérience minimum. Maîtrise de SAP et d'Excel (tableaux croisés dynamiques). Connaissance de la fiscalité. Rigueur et autonomie.
La connaissance des normes IFRS serait appréciée.
Rémunération : 38 à 42 k€ selon profil.
""",
    """
Julien Petit, comptable
Expérience : Comptable, Cabinet Martin (2020-2024) : tenue de la comptabilité générale de 45 PME, déclarations de TVA, rapprochements bancaires.
Formation : DCG, 2020
Outils : Sage, Excel
Qualités : rigueur, autonomie
""",
    ["clôtures mensuelles", "SAP", "fiscalité", "IFRS", "tableaux croisés dynamiques"],
)

pair(
    "fr-dev-backend",
    "fr",
    "dev",
    """
Développeur backend Python (H/F)
Au sein d'une scale-up de la logistique, vous rejoindrez une équipe de 8 développeurs.
Vos responsabilités : concevoir des API REST, améliorer la performance des services, participer aux revues de code.
Compétences requises : Python, Django, PostgreSQL, Docker, tests automatisés, CI/CD.
Un plus : Kubernetes, AWS.
Nous offrons : mutuelle prise en charge à 100 %, BSPCE.
""",
    """
Nadia Benali — Développeuse Python
Expériences professionnelles
Développeuse, Logi+ (2021 – aujourd'hui) : conçu 15 API REST avec Django et PostgreSQL ; mis en place l'intégration continue (GitLab CI).
Compétences : Python, Django, Flask, PostgreSQL, Git, tests unitaires
""",
    ["Docker", "Kubernetes", "AWS"],
)

pair(
    "fr-commercial-b2b",
    "fr",
    "dev",
    """
Commercial B2B terrain (H/F) – Région lyonnaise
Leader de la fourniture de bureau, nous recherchons un commercial pour développer notre portefeuille.
Missions : prospection de nouveaux clients PME, négociation commerciale, suivi des grands comptes, reporting dans Salesforce.
Profil : 3 ans d'expérience en vente B2B, goût du challenge, permis B indispensable.
La connaissance du secteur des fournitures de bureau est un atout.
Rémunération fixe + variable, véhicule de fonction.
""",
    """
Thomas Leroy — Commercial
2018-2024 : Chargé d'affaires, ImprimPro. Prospection téléphonique et terrain, 60 nouveaux clients PME, négociation des contrats annuels.
Outils : HubSpot, Excel
Permis B
""",
    ["grands comptes", "Salesforce", "fournitures de bureau", "B2B"],
)

pair(
    "fr-rh-recrutement",
    "fr",
    "dev",
    """
Chargé(e) de recrutement
Vous aurez en charge le recrutement de profils techniques et commerciaux, de la rédaction des annonces à l'intégration des nouveaux arrivants.
Votre profil : expérience de 2 ans en recrutement, maîtrise des techniques de sourcing sur LinkedIn Recruiter, connaissance du droit du travail, aisance avec un ATS (type Flatchr ou Taleo).
Anglais courant souhaité.
Pourquoi nous rejoindre ? Une équipe RH bienveillante et 12 RTT.
""",
    """
Sarah Cohen, chargée RH
Chargée de recrutement, Interim+ (2021-2024) : 120 recrutements par an de profils commerciaux, sourcing sur LinkedIn Recruiter, entretiens, intégration des nouveaux arrivants.
Formation : Master RH, droit du travail.
Langues : anglais intermédiaire
""",
    ["ATS", "rédaction des annonces", "profils techniques"],
)

pair(
    "fr-logistique",
    "fr",
    "dev",
    """
Responsable d'entrepôt H/F
Entreprise de distribution alimentaire, entrepôt de 15 000 m².
Missions : management d'une équipe de 25 préparateurs, gestion des stocks et des inventaires, optimisation des flux, respect des règles d'hygiène et sécurité.
Profil recherché : expérience en logistique d'entrepôt, maîtrise d'un WMS, sensibilité au lean management, CACES apprécié.
Horaires en 2x8.
""",
    """
Karim Haddad — Chef d'équipe logistique
2017-2024 Chef d'équipe, EntrepôtSud : encadrement de 12 préparateurs, inventaires tournants, réduction des erreurs de préparation de 30 %.
Formation : Licence pro logistique
Compétences : gestion des stocks, Excel, sécurité au travail
""",
    ["WMS", "lean management", "CACES", "optimisation des flux"],
)

pair(
    "fr-data-analyst",
    "fr",
    "dev",
    """
Data analyst (F/H)
Vous rejoignez l'équipe data d'un acteur de l'assurance en ligne.
Au quotidien : construire des tableaux de bord, analyser le comportement des clients, mettre en place des tests A/B.
Exigences : SQL avancé, Python (pandas), Power BI, statistiques.
Idéalement une connaissance de dbt ou de BigQuery.
Télétravail possible 3 jours par semaine.
""",
    """
Léa Martin — Data analyst junior
Stage Data analyst, Assur'Direct (2023) : tableaux de bord Tableau pour 30 utilisateurs, requêtes SQL, analyse de la rétention client.
Compétences : SQL, Python, Excel, Tableau, statistiques
""",
    ["Power BI", "tests A/B", "pandas", "dbt", "BigQuery"],
)

pair(
    "fr-community-manager",
    "fr",
    "dev",
    """
Community manager H/F
Marque de cosmétiques naturels en forte croissance.
Missions : animer nos réseaux sociaux (Instagram, TikTok, LinkedIn), créer des contenus, gérer les partenariats avec des influenceurs, suivre les statistiques d'audience.
Profil : maîtrise de Canva et de la suite Adobe, excellente orthographe, première expérience en community management.
La maîtrise du montage vidéo est un plus.
""",
    """
Inès Garcia
Community manager, Boutique Verte (2022-2024) : animation d'Instagram et Facebook, +4 000 abonnés en un an, création de visuels sur Canva.
Compétences : rédaction, photographie, Canva
""",
    [
        "TikTok",
        "LinkedIn",
        "influenceurs",
        "suite Adobe",
        "montage vidéo",
        "statistiques d'audience",
    ],
)

pair(
    "fr-controleur-gestion",
    "fr",
    "test",
    """
Contrôleur de gestion (H/F)
Groupe de distribution spécialisée, 80 magasins.
Vos missions : élaborer le budget annuel et les reprévisions, analyser les écarts, produire le reporting mensuel pour la direction, accompagner les directeurs de magasin.
Votre profil : école de commerce ou master en finance, 4 ans d'expérience en contrôle de gestion, maîtrise avancée d'Excel, connaissance de SAP BO. Esprit d'analyse, aisance relationnelle.
Une expérience dans le retail serait appréciée.
Nos avantages : 13e mois, intéressement.
""",
    """
Paul Girard — Contrôleur de gestion
Contrôleur de gestion, Industrie Alpha (2019-2024) : construction du budget annuel (120 M€), analyse mensuelle des écarts, tableaux de bord pour le comité de direction.
Formation : Master finance, 2019
Outils : Excel avancé, Cognos
""",
    ["SAP BO", "retail", "reprévisions"],
)

pair(
    "fr-ux-designer",
    "fr",
    "test",
    """
UX/UI designer F/H
Start-up de la santé numérique, application utilisée par 200 000 patients.
Ce que vous ferez : mener des entretiens utilisateurs, concevoir des parcours et des maquettes, faire évoluer notre design system, collaborer avec les développeurs.
Profil : 3 ans d'expérience en UX design, maîtrise de Figma, notions d'accessibilité (RGAA), portfolio obligatoire.
Une expérience dans la santé est un plus.
""",
    """
Hugo Blanc — Designer UX/UI
Designer UX, Studio Pixel (2020-2024) : maquettes et prototypes sur Figma pour 10 applications mobiles ; tests utilisateurs avec 40 participants.
Portfolio : hugoblanc.design
""",
    ["design system", "accessibilité", "RGAA", "santé", "entretiens utilisateurs"],
)

pair(
    "fr-juriste",
    "fr",
    "test",
    """
Juriste droit des affaires (H/F)
Direction juridique d'un groupe de services.
Missions : rédaction et négociation des contrats commerciaux, conseil aux opérationnels, veille juridique, suivi des contentieux avec les avocats, mise en conformité RGPD.
Profil : Master 2 en droit des affaires, 3 à 5 ans d'expérience en entreprise ou en cabinet, anglais juridique courant.
""",
    """
Claire Fontaine — Juriste
Juriste, Cabinet Lambert (2020-2024) : rédaction de 200 contrats commerciaux par an, négociation avec les fournisseurs, veille juridique.
Formation : Master 2 droit des affaires
Langues : anglais courant
""",
    ["contentieux", "RGPD", "anglais juridique"],
)

pair(
    "fr-support-it",
    "fr",
    "test",
    """
Technicien support informatique N2 (H/F)
Au sein de la DSI d'une collectivité, vous assurez le support des 800 utilisateurs.
Missions : traiter les incidents de niveau 2, administrer Active Directory, déployer les postes de travail, rédiger la documentation.
Compétences requises : Windows 10/11, Active Directory, bonnes bases réseaux (TCP/IP, VLAN), outil de ticketing GLPI, sens du service.
La connaissance d'ITIL est un plus.
""",
    """
Mehdi Saïdi — Technicien informatique
Technicien support N1, InfoServices (2021-2024) : résolution de 30 tickets par jour sous GLPI, installation de postes Windows 10, assistance aux utilisateurs.
Compétences : Windows, Office 365, GLPI, réseaux TCP/IP
""",
    ["Active Directory", "VLAN", "ITIL", "documentation", "niveau 2"],
)

pair(
    "fr-acheteur",
    "fr",
    "test",
    """
Acheteur industriel H/F
Équipementier automobile, site de 600 personnes.
Vos missions : sourcing et sélection de fournisseurs, négociation des prix et des conditions, suivi de la performance fournisseurs, réduction des coûts.
Profil recherché : formation ingénieur ou école de commerce, 5 ans en achats industriels, maîtrise de SAP MM, anglais courant, l'allemand serait un plus.
""",
    """
Élodie Roux — Acheteuse
Acheteuse, MécaPlus (2018-2024) : négociation annuelle avec 40 fournisseurs, 1,2 M€ d'économies, sourcing en Europe de l'Est.
Formation : École d'ingénieurs, 2018
Langues : anglais courant, allemand courant
Outils : SAP
""",
    ["performance fournisseurs", "SAP MM", "achats industriels"],
)

pair(
    "fr-qualite",
    "fr",
    "test",
    """
Responsable qualité (H/F)
PME agroalimentaire certifiée IFS.
Missions : piloter le système de management de la qualité, préparer les audits de certification IFS et BRC, animer la démarche HACCP, traiter les réclamations clients, former le personnel aux bonnes pratiques d'hygiène.
Profil : Bac+5 qualité, 5 ans d'expérience en agroalimentaire, connaissance des normes ISO 9001.
""",
    """
Antoine Morel — Qualité
Animateur qualité, FromagesDuJura (2019-2024) : préparation de l'audit IFS (note A), plans HACCP, traitement de 150 réclamations clients par an.
Formation : Master qualité agroalimentaire
""",
    ["BRC", "ISO 9001", "système de management de la qualité", "formation du personnel"],
)

pair(
    "fr-infirmier",
    "fr",
    "test",
    """
Infirmier(ère) diplômé(e) d'État – service de chirurgie
Clinique privée de 250 lits.
Vos missions : dispenser les soins pré et post-opératoires, surveiller les patients, gérer les traitements, travailler avec l'équipe médicale, utiliser le dossier patient informatisé.
Profil : diplôme d'État infirmier, expérience en chirurgie appréciée, travail en 12 h.
""",
    """
Aurélie Simon — Infirmière DE
Infirmière, EHPAD Les Tilleuls (2019-2024) : soins à 60 résidents, gestion des traitements, coordination avec les médecins.
Diplôme d'État infirmier, 2019
""",
    ["chirurgie", "soins pré et post-opératoires", "dossier patient informatisé"],
)

pair(
    "fr-marketing",
    "fr",
    "test",
    """
Chargé(e) de marketing digital
Éditeur de logiciels B2B (SaaS), 120 salariés.
Missions : piloter les campagnes d'acquisition (SEA, LinkedIn Ads), optimiser le référencement naturel, produire des contenus (livres blancs, webinaires), suivre les leads dans HubSpot.
Profil : 2 ans d'expérience en marketing B2B, maîtrise de Google Ads et de HubSpot, bonne plume.
""",
    """
Margaux Lemoine — Marketing
Chargée de marketing, ModeShop (2022-2024) : campagnes Google Ads (budget 20 k€/mois), newsletters, référencement naturel (+40 % de trafic).
Compétences : Google Ads, SEO, Mailchimp, WordPress
""",
    ["HubSpot", "LinkedIn Ads", "B2B", "livres blancs", "webinaires", "leads"],
)

pair(
    "en-software-engineer",
    "en",
    "dev",
    """
Senior Software Engineer (Backend)
About us: we build payment infrastructure for 3,000 online merchants.
What you'll do: design and build scalable services, own features end to end, mentor junior engineers.
Requirements:
- 5+ years of experience with Go or Java
- Strong knowledge of distributed systems and microservices
- Experience with Kafka and PostgreSQL
- Familiarity with Kubernetes
Nice to have: experience in payments or fintech.
Benefits: equity, private health insurance.
""",
    """
Dan Walker — Backend engineer
Experience
Software Engineer, ShopCo (2018 – Present): built 20 Java microservices handling 5M requests a day; mentored 3 junior engineers.
Skills: Java, Spring Boot, PostgreSQL, Docker, AWS
""",
    ["Kafka", "Kubernetes", "distributed systems", "payments", "fintech", "Go"],
)

pair(
    "en-product-manager",
    "en",
    "dev",
    """
Product Manager — Mobile
Who we are: a travel app used by 2 million people.
Responsibilities: own the mobile roadmap, write user stories, prioritise the backlog, run discovery interviews, define success metrics.
What we're looking for: 3+ years of product management, experience with mobile apps, strong analytical skills (SQL, Amplitude), excellent communication with stakeholders.
Bonus: experience with A/B testing at scale.
""",
    """
Priya Shah — Product Owner
Product Owner, BankApp (2020 – Present): wrote user stories and managed the backlog for a team of 8; launched 3 features used by 500k users.
Skills: Scrum, JIRA, Figma, stakeholder management
""",
    [
        "SQL",
        "Amplitude",
        "A/B testing",
        "roadmap",
        "mobile apps",
        "discovery interviews",
        "success metrics",
    ],
)

pair(
    "en-marketing-manager",
    "en",
    "dev",
    """
Marketing Manager
We are a B2B SaaS company selling HR software to mid-sized businesses.
The role: lead demand generation, manage a team of 3, own the marketing budget, work closely with sales.
Requirements: 5 years in B2B marketing, proven experience with marketing automation (Marketo or HubSpot), strong understanding of SEO and paid search, data-driven mindset.
Nice to have: experience in HR tech.
""",
    """
Emma Jones — Marketing
Marketing Lead, CloudDesk (2019-2024): grew inbound leads by 60% with content marketing and SEO; managed a budget of $400k; led 2 marketers.
Skills: HubSpot, Google Analytics, SEO, copywriting
""",
    ["demand generation", "paid search", "HR tech"],
)

pair(
    "en-data-scientist",
    "en",
    "dev",
    """
Data Scientist
Join our retail analytics team.
You will: build forecasting models, run experiments, present insights to business teams.
You have: an MSc in statistics, computer science or similar; 3 years of experience with Python (scikit-learn, pandas); solid SQL; experience with time series forecasting; ability to communicate results to non-technical audiences.
Preferred: experience with Spark and cloud platforms (GCP).
""",
    """
Tom Baker — Data scientist
Data Scientist, RetailCo (2020 – Present): churn model in Python (scikit-learn) that cut churn by 8%; weekly dashboards.
Education: MSc Statistics
Skills: Python, pandas, R, SQL
""",
    ["time series", "forecasting", "Spark", "GCP"],
)

pair(
    "en-hr-generalist",
    "en",
    "dev",
    """
HR Generalist
Our manufacturing company (900 employees) is looking for an HR Generalist.
Key responsibilities: employee relations, onboarding, payroll coordination with our provider, HR administration, support managers on performance reviews.
Requirements: 3 years as an HR generalist, knowledge of UK employment law, experience with an HRIS (Workday preferred), CIPD qualification.
""",
    """
Laura Evans — HR assistant
HR Assistant, Foodworks (2021-2024): onboarding of 150 new starters, HR administration, payroll data entry.
Skills: Excel, Sage HR
""",
    ["employee relations", "employment law", "HRIS", "Workday", "CIPD", "performance reviews"],
)

pair(
    "en-sales-exec",
    "en",
    "dev",
    """
Account Executive (SaaS)
About us: cybersecurity platform for mid-market companies.
What you'll do: run the full sales cycle from discovery to close, manage a pipeline in Salesforce, hit a quarterly quota.
What we're looking for: 2+ years of B2B SaaS sales, track record of meeting quota, experience with MEDDIC or a similar methodology, excellent negotiation skills.
A plus: knowledge of cybersecurity.
""",
    """
Ryan Cooper — Sales
Business Development Representative, AdTech Ltd (2021 – Present): booked 25 meetings a month, 140% of target; used Salesforce and Outreach.
""",
    ["full sales cycle", "MEDDIC", "negotiation", "cybersecurity", "quota", "SaaS"],
)

pair(
    "en-accountant",
    "en",
    "dev",
    """
Management Accountant
A fast-growing retailer seeks a Management Accountant.
Responsibilities: month-end close, management accounts, variance analysis, balance sheet reconciliations, support the annual budget.
Requirements: ACCA or CIMA qualified (or finalist), advanced Excel, experience with NetSuite, attention to detail.
""",
    """
Olivia Brown
Assistant Accountant, Retail Group (2020-2024): month-end close for 4 entities, balance sheet reconciliations, VAT returns.
Qualifications: ACCA finalist
Skills: Excel (advanced), Sage 200
""",
    ["management accounts", "variance analysis", "NetSuite", "budget"],
)

pair(
    "en-supply-chain",
    "en",
    "test",
    """
Supply Chain Analyst
Global consumer goods company.
The role: analyse inventory levels, improve demand forecasts, work with procurement and logistics, build reports.
Requirements: degree in supply chain or engineering, 2 years of experience in supply chain planning, advanced Excel, experience with SAP APO or IBP, strong analytical skills.
Nice to have: Power BI, Python.
""",
    """
Chris Miller — Supply chain
Logistics Coordinator, FastFreight (2021-2024): coordinated 200 shipments a week; cut late deliveries by 15%.
Skills: Excel, SAP, Power BI
""",
    [
        "inventory",
        "demand forecasting",
        "supply chain planning",
        "SAP APO",
        "IBP",
        "procurement",
        "Python",
    ],
)

pair(
    "en-devops",
    "en",
    "test",
    """
DevOps Engineer
We run a video streaming platform.
You will: maintain our Kubernetes clusters, automate infrastructure with Terraform, improve our CI/CD pipelines, be part of the on-call rotation.
Must have: Linux, Kubernetes, Terraform, AWS, scripting in Python or Bash, monitoring (Prometheus, Grafana).
Nice to have: experience with video delivery or CDNs.
Perks: remote-first, 30 days of leave.
""",
    """
Sam Taylor — Systems engineer
Systems Engineer, HostNet (2019 – Present): automated server provisioning with Ansible; migrated 40 services to AWS; set up Jenkins pipelines.
Skills: Linux, Bash, AWS, Docker, Ansible, Jenkins
""",
    ["Kubernetes", "Terraform", "Prometheus", "Grafana", "on-call", "CDN", "Python"],
)

pair(
    "en-customer-success",
    "en",
    "test",
    """
Customer Success Manager
Our HR software helps 5,000 small businesses.
Responsibilities: own a portfolio of 80 accounts, drive adoption and renewals, run onboarding sessions, identify upsell opportunities, reduce churn.
Requirements: 2 years in customer success or account management in SaaS, experience with Gainsalight or a similar tool, excellent communication, fluent English; French is a plus.
""",
    """
Chloé Dubois — Customer success
Customer Support Specialist, PayFlow (2021-2024): answered 60 tickets a day in Zendesk with 95% satisfaction; ran onboarding calls for new clients.
Languages: French (native), English (fluent)
""",
    [
        "renewals",
        "upsell",
        "churn",
        "account management",
        "SaaS",
        "Gainsalight",
        "portfolio of accounts",
    ],
)

pair(
    "en-ux-researcher",
    "en",
    "test",
    """
UX Researcher
We design banking apps for 4 million customers.
What you'll do: plan and run user interviews and usability tests, synthesise findings, share insights with product teams, build a research repository.
About you: 3 years in UX research, mixed methods (qualitative and quantitative), survey design, experience with Dovetail or similar tools, strong storytelling.
""",
    """
Maya Patel — UX researcher
UX Researcher, ShopFast (2021 – Present): ran 80 user interviews and 20 usability tests; insights led to a 12% lift in checkout conversion.
Skills: user interviews, usability testing, Figma, Miro
""",
    ["survey design", "quantitative research", "Dovetail", "research repository", "storytelling"],
)

pair(
    "en-financial-analyst",
    "en",
    "test",
    """
Financial Analyst (FP&A)
Renewable energy developer.
You will: build financial models for new projects, prepare monthly forecasts, analyse variances, support investment decisions.
Requirements: 2-4 years in FP&A, corporate finance or investment banking, advanced Excel and financial modelling, knowledge of project finance, fluency in English.
Nice to have: experience in energy, Power BI.
""",
    """
Lucas Martin — Finance
Financial Analyst, BuildCorp (2021-2024): monthly reporting and forecasts for a €300M business; built the 5-year budget model in Excel.
Languages: English (fluent), French
""",
    [
        "financial modelling",
        "project finance",
        "variance analysis",
        "energy",
        "Power BI",
        "investment decisions",
    ],
)

pair(
    "en-content-writer",
    "en",
    "test",
    """
Content Writer
A travel booking site with 10M monthly visitors.
Responsibilities: write SEO-optimised articles and destination guides, update existing content, work with the design team on visuals.
Requirements: 2 years of professional writing, excellent English, solid SEO knowledge, experience with a CMS such as WordPress, keyword research tools (Ahrefs or Semrush).
""",
    """
Nina Rossi — Writer
Freelance copywriter (2020 – Present): 150 blog articles for travel and food brands; grew a client's organic traffic by 70%.
Skills: WordPress, SEO, English (native), Italian
""",
    ["keyword research", "Ahrefs", "Semrush", "destination guides"],
)

pair(
    "en-it-support",
    "en",
    "test",
    """
IT Support Technician
A law firm with 300 staff in London.
Duties: first and second line support, manage user accounts in Microsoft 365 and Active Directory, set up laptops and phones, maintain the asset register.
Requirements: 2 years in IT support, Windows 11, Microsoft 365, Active Directory, good customer service, ITIL Foundation is a plus.
""",
    """
Jack Wilson — IT technician
IT Technician, School Trust (2021-2024): resolved 40 tickets a week; set up 300 Windows laptops; managed Microsoft 365 accounts.
Skills: Windows 10/11, Microsoft 365, networking basics
""",
    ["Active Directory", "ITIL", "asset register", "second line support"],
)

pair(
    "en-operations-manager",
    "en",
    "test",
    """
Operations Manager
A food delivery company operating in 12 cities.
Responsibilities: manage daily operations of a city hub, lead a team of 15 supervisors, improve delivery times, manage courier scheduling, report KPIs to leadership.
Requirements: 4 years in operations management, people management experience, lean or continuous improvement background, strong Excel or Google Sheets, data-driven decision making.
""",
    """
Ben Clarke — Operations
Shift Supervisor, QuickMart Logistics (2019-2024): supervised 25 warehouse staff; cut picking errors by 20%; weekly KPI reports.
Skills: Excel, team leadership
""",
    ["operations management", "scheduling", "continuous improvement", "delivery times"],
)

pair(
    "x-en-job-fr-cv-project",
    "fr",
    "test",
    """
Project Manager — Digital transformation
International consulting firm.
Responsibilities: run digital transformation projects for clients, manage budgets and schedules, lead cross-functional teams, report to steering committees.
Requirements: 5 years of project management, PMP or PRINCE2 certification, change management, fluent English and French.
""",
    """
Sophie Bernard — Cheffe de projet
Cheffe de projet, ConseilPlus (2018-2024) : pilotage de 10 projets de transformation digitale, gestion budgétaire (2 M€), animation des comités de pilotage.
Compétences : gestion de projet, conduite du changement, anglais courant
""",
    ["PMP", "PRINCE2", "cross-functional teams"],
)

pair(
    "x-fr-job-en-cv-data",
    "en",
    "dev",
    """
Data engineer H/F
Banque en ligne, équipe data de 20 personnes.
Missions : construire les pipelines de données, industrialiser les modèles, garantir la qualité des données.
Profil : maîtrise de Python et SQL, expérience sur Airflow et Spark, connaissance d'un cloud (GCP ou Azure), bonnes pratiques DevOps.
Anglais courant.
""",
    """
Marco Bianchi — Data engineer
Data Engineer, FinData (2020 – Present): built 30 data pipelines in Python and Airflow processing 2 TB a day; improved data quality checks.
Skills: Python, SQL, Airflow, AWS, Docker
Languages: English (fluent), Italian
""",
    ["Spark", "GCP", "Azure", "DevOps"],
)

# "final": written after all tuning was done, scored once, never used to change anything.
pair(
    "final-fr-assistant-admin",
    "fr",
    "final",
    """
Assistant(e) administratif(ve) et commercial(e)
PME familiale de négoce de matériaux, 35 salariés.
Vos missions :
- Accueil téléphonique et physique des clients
- Saisie des commandes et facturation dans l'ERP
- Relances des impayés
- Gestion des agendas de l'équipe commerciale
Profil :
- Bac+2 en gestion ou assistanat
- Maîtrise du Pack Office, notamment Excel
- Connaissance de Sage appréciée
- Excellent relationnel, sens de l'organisation
""",
    """
Nathalie Perrin — Assistante
Assistante de direction, Cabinet Dumas (2017-2024) : gestion des agendas de 3 associés, organisation de 40 déplacements par an, accueil des clients.
Compétences : Word, Excel, PowerPoint, Outlook
Formation : BTS Support à l'action managériale
""",
    ["facturation", "ERP", "relances des impayés", "saisie des commandes", "Sage"],
)

pair(
    "final-fr-dev-front",
    "fr",
    "final",
    """
Développeur front-end React (H/F)
Éditeur d'une plateforme RH, 60 personnes.
Vous serez chargé(e) de développer de nouvelles interfaces et d'améliorer l'accessibilité de l'application.
Compétences attendues : React, TypeScript, tests avec Jest, intégration HTML/CSS responsive, Git.
Une connaissance de Next.js ou de GraphQL est un plus.
Avantages : RTT, télétravail total possible.
""",
    """
Yanis Boucher — Développeur web
Développeur front, WebAgence (2021-2024) : 20 sites vitrines en React et JavaScript, intégration HTML/CSS responsive.
Compétences : JavaScript, React, Vue.js, Git, Figma
""",
    ["TypeScript", "Jest", "accessibilité", "Next.js", "GraphQL"],
)

pair(
    "final-fr-rh-paie",
    "fr",
    "final",
    """
Gestionnaire de paie H/F
Cabinet d'expertise comptable, portefeuille de 40 clients.
Missions : établir les bulletins de paie, réaliser les déclarations sociales (DSN), gérer les entrées et sorties du personnel, conseiller les clients en droit social.
Profil : 3 ans d'expérience en paie multi-conventions, maîtrise de Silae, connaissance du droit social.
""",
    """
Fatima Zerouali — Paie
Assistante paie, Groupe Hôtelier (2020-2024) : 250 bulletins de paie par mois, DSN mensuelle, suivi des absences.
Logiciel : ADP
""",
    ["Silae", "droit social", "multi-conventions", "entrées et sorties du personnel"],
)

pair(
    "final-en-data-analyst",
    "en",
    "final",
    """
Marketing Data Analyst
Online retailer with 3 million customers.
What you'll do: measure campaign performance, build attribution models, automate reporting, partner with the CRM team on segmentation.
Requirements: 2+ years in marketing analytics, strong SQL, experience with Looker or Tableau, Python for analysis, understanding of attribution and A/B testing.
Nice to have: dbt, Google Analytics 4.
""",
    """
Grace Kim — Analyst
Business Analyst, ShopNow (2021 – Present): wrote SQL queries for weekly sales reports; built 10 Tableau dashboards; ran 6 A/B tests on checkout.
Skills: SQL, Tableau, Excel, Python
""",
    ["attribution", "marketing analytics", "segmentation", "dbt", "Google Analytics 4", "Looker"],
)

pair(
    "final-en-project-coordinator",
    "en",
    "final",
    """
Project Coordinator — Construction
Regional builder delivering schools and hospitals.
Responsibilities: maintain project schedules in MS Project, track budgets and change orders, prepare site meeting minutes, liaise with subcontractors.
Requirements: 2 years in construction project coordination, MS Project, strong organisational skills, knowledge of health and safety regulations; CSCS card preferred.
""",
    """
Liam Walsh — Coordinator
Office Coordinator, BuildRight (2021-2024): prepared minutes for weekly meetings; tracked invoices for 12 subcontractors.
Skills: Excel, Outlook, organisational skills
""",
    ["MS Project", "change orders", "health and safety", "CSCS", "construction", "schedules"],
)

pair(
    "final-en-nurse",
    "en",
    "final",
    """
Registered Nurse — Emergency Department
Busy city hospital.
Duties: triage patients, administer medication, monitor vital signs, work with doctors in a fast-paced environment, keep accurate electronic health records.
Requirements: NMC registration, experience in emergency or acute care, ILS certification, excellent communication.
""",
    """
Hannah Scott — Nurse
Staff Nurse, Riverside Care Home (2019-2024): cared for 30 residents; administered medication; kept care records up to date.
NMC registered
""",
    ["triage", "emergency", "acute care", "ILS", "electronic health records", "vital signs"],
)

# "fresh": written by the merge of the two job-term extractors (skills.py + cv_jobterms.py)
# BEFORE that work started; scored only once it was done, never used to change anything.
pair(
    "fresh-fr-chef-produit",
    "fr",
    "fresh",
    """
Product Owner H/F
Éditeur de logiciels RH en forte croissance (120 personnes), basé à Nantes.
Vos missions :
- Recueillir les besoins des clients et rédiger les user stories
- Prioriser le backlog avec les équipes de développement
- Animer les cérémonies agiles
Profil :
- 3 ans d'expérience comme Product Owner ou Product Manager
- Maîtrise de Scrum et de JIRA
- Connaissance du secteur SIRH
- Capacité à analyser des données d'usage (SQL apprécié)
- Anglais courant
Avantages : RTT, mutuelle, télétravail partiel.
""",
    """
Léa Fontaine — Product Owner
Expérience : Product Owner, Logiplus (2020-2024) : rédaction des user stories, priorisation du backlog pour 2 équipes de 5 développeurs ; +18 % d'adoption d'une nouvelle fonctionnalité.
Compétences : Scrum, Confluence, ateliers utilisateurs
Langues : anglais courant
""",
    ["JIRA", "SIRH", "SQL", "analyse de données"],
)

pair(
    "fresh-fr-technicien-maintenance",
    "fr",
    "fresh",
    """
Technicien de maintenance industrielle H/F
Site de production agroalimentaire, équipes en 3x8.
Missions : maintenance préventive et curative des lignes de conditionnement, diagnostic des pannes électriques et mécaniques, suivi des interventions dans la GMAO.
Profil : BTS MS ou électrotechnique, habilitation électrique B1V/BR, connaissance des automates Siemens. Une première expérience en agroalimentaire serait un plus.
Rémunération selon profil, prime d'équipe.
""",
    """
Karim Benali — Technicien de maintenance
Technicien, Plastiform (2019-2024) : maintenance préventive et curative de 8 presses à injecter ; diagnostic de pannes mécaniques ; taux de panne réduit de 12 %.
Formation : BTS Maintenance des systèmes (2019)
Habilitation électrique B1V
""",
    [
        "GMAO",
        "pannes électriques",
        "automates Siemens",
        "BR",
        "agroalimentaire",
        "lignes de conditionnement",
    ],
)

pair(
    "fresh-en-backend-dev",
    "en",
    "fresh",
    """
Backend Developer (Node.js)
We are a fintech start-up building payment APIs for marketplaces.
What you'll do: design and build REST APIs, write automated tests, take part in code reviews and on-call rotations.
What we're looking for: 3+ years with Node.js and TypeScript, solid PostgreSQL, experience with Docker and AWS, understanding of payment systems or PCI DSS.
Nice to have: GraphQL, Kafka.
Perks: stock options, learning budget.
""",
    """
Ana Ruiz — Software developer
Backend Developer, ShopLine (2021-2024): built REST APIs in Node.js serving 2M requests a day; cut response time by 35%.
Skills: JavaScript, Node.js, MongoDB, Docker, Jest
""",
    ["TypeScript", "PostgreSQL", "AWS", "payment systems", "PCI DSS", "GraphQL", "Kafka"],
)

pair(
    "fresh-en-event-manager",
    "en",
    "fresh",
    """
Events Manager
A London charity running fundraising events across the UK.
Responsibilities: plan and deliver fundraising events from 50 to 2,000 guests, manage supplier contracts and event budgets, recruit and brief volunteers, report on income against targets.
About you: proven event management experience, strong budget management, experience with Raiser's Edge or a similar CRM, a full UK driving licence.
Desirable: experience in the charity sector.
""",
    """
Grace Miller — Events coordinator
Events Coordinator, Bright Hotels (2020-2024): organised 40 corporate events a year for up to 300 guests; negotiated supplier contracts saving 15%.
Skills: event planning, Salesforce, budgeting
""",
    [
        "fundraising",
        "volunteers",
        "Raiser's Edge",
        "driving licence",
        "charity sector",
        "event management",
    ],
)

# --- "fresh2": written before the precision work of November 2026 (issue 8, second pass),
# scored once with the code as it stood, then once at the end; errors never looked at.

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

# --- "dev2": written after fresh2 was scored, used (with "dev") while cutting duty phrases
# and soft skills from the missing list.

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

# fresh3: written for the learned-filter pass (issue 8, November 2026), in sectors no other
# split covers; scored once with the rules as they stood, then only at the very end.

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

Path(__file__).with_name("pairs.jsonl").write_text(
    "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in P), encoding="utf-8"
)
print(len(P), "pairs;", sum(p["split"] not in ("dev", "dev2") for p in P), "held out")
