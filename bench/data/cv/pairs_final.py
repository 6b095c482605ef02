"""CV / job-description pairs: "final": written after all tuning was done, scored once, never used
to change anything.
"""

from pairs_common import pair

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
