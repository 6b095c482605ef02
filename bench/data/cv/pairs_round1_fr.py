"""CV / job-description pairs of the first round in French, "dev" (used while tuning) and
"test" (held out).
"""

from pairs_common import pair

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
