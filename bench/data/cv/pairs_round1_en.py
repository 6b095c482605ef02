"""CV / job-description pairs of the first round in English, "dev" (used while tuning) and
"test" (held out), then two pairs across languages (an ad in one, a CV in the other).
"""

from pairs_common import pair

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
