"""CV / job-description pairs: "fresh": written by the merge of the two job-term extractors
(skills.py + cv_jobterms.py) BEFORE that work started; scored only once it was done, never used
to change anything.
"""

from pairs_common import pair

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
