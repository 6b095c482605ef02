"""CV / job-description pairs: fresh4: written for the fourth precision pass (issue 8, November
2026) before any error of the other splits was looked at, in sectors and job families no other
split covers; gold lists written from the texts alone. Scored once with the code as it stood,
then only at the very end; its errors are never printed.
"""

from pairs_common import pair

pair(
    "fresh4-fr-gestionnaire-sinistres",
    "fr",
    "fresh4",
    """
Gestionnaire sinistres IARD H/F — CDI, Niort
Mutuelle d'assurance de 1 200 collaborateurs, nous protégeons 900 000 sociétaires en auto et habitation.
Au sein du pôle indemnisation, vous prenez en charge un portefeuille de dossiers de sinistres dommages aux biens :
- Analyser les déclarations et vérifier les garanties du contrat
- Missionner les experts et suivre leurs rapports
- Déterminer les responsabilités en appliquant la convention IRSA et la convention CIDRE
- Chiffrer et régler les indemnités dans le respect de votre délégation
- Détecter les situations de fraude et exercer les recours
Profil recherché :
- Bac+2 assurance (BTS Assurance ou équivalent), 2 ans en gestion de sinistres
- Bonne connaissance du Code des assurances
- Maîtrise des outils bureautiques ; la connaissance de l'outil de gestion Darva est un plus
- Rigueur, sens de l'écoute et aisance rédactionnelle
Nos avantages : 13e mois, télétravail 2 jours par semaine, restaurant d'entreprise, CE.
""",
    """
Julie Renaud — Chargée d'indemnisation
Expérience
Chargée d'indemnisation auto, Assurances du Centre (2021-2025) : 180 dossiers ouverts en continu, règlement des sinistres matériels, application de la convention IRSA, relation avec les garages agréés.
Téléconseillère, plateforme de déclaration de sinistres (2019-2021) : 60 appels par jour, ouverture des dossiers.
Formation : BTS Assurance (2019)
Compétences : Pack Office, gestion des recours, relation sociétaires
""",
    [
        "dommages aux biens",
        "convention CIDRE",
        "Code des assurances",
        "Darva",
    ],
)

pair(
    "fresh4-fr-declarant-douane",
    "fr",
    "fresh4",
    """
Déclarant en douane H/F — Commissionnaire agréé, Le Havre
Notre agence portuaire accompagne des importateurs et exportateurs de la grande distribution et de l'industrie.
Vos missions :
- Établir les déclarations d'import et d'export dans DELTA G
- Déterminer l'espèce tarifaire, l'origine et la valeur en douane des marchandises
- Calculer et liquider les droits et taxes (droits de douane, TVA à l'import)
- Gérer les régimes particuliers (entrepôt sous douane, perfectionnement actif)
- Échanger avec les services douaniers et les transitaires
Profil :
- Formation en commerce international ou transport-logistique
- Expérience de 2 ans minimum en dédouanement
- Connaissance des Incoterms et de la nomenclature combinée
- Anglais professionnel indispensable
- La maîtrise de SOFT1 ou d'un logiciel de dédouanement similaire serait un atout
Poste en CDI, 35 h, tickets restaurant, prime annuelle.
""",
    """
Thomas Lefèvre — Assistant import-export
Assistant transit maritime, TransOcéan (2020-2025) : suivi de 400 conteneurs par an, réservation des navires, préparation des documents de transport, contrôle des factures de fret.
Assistant logistique, Portline (2018-2020) : gestion des litiges transport.
Formation : BTS Commerce international (2018)
Compétences : Incoterms 2020, Excel, connaissement (B/L), anglais courant (TOEIC 850)
""",
    [
        "DELTA G",
        "dédouanement",
        "espèce tarifaire",
        "valeur en douane",
        "entrepôt sous douane",
        "perfectionnement actif",
        "nomenclature combinée",
        "SOFT1",
    ],
)

pair(
    "fresh4-fr-technicien-eau",
    "fr",
    "fresh4",
    """
Technicien d'exploitation station d'épuration (H/F)
Délégataire de service public de l'eau, nous exploitons 40 stations de traitement des eaux usées dans le Grand Est.
Rattaché(e) au responsable de secteur, vous assurez le bon fonctionnement de la station de Metz (120 000 EH) :
- conduite du process boues activées et de la filière boues (déshydratation, chaulage)
- prélèvements et analyses d'autocontrôle (DCO, DBO5, MES, azote, phosphore)
- maintenance de premier niveau des pompes, surpresseurs et automatismes
- saisie des données d'exploitation et rédaction des bilans réglementaires
- participation aux astreintes
Votre profil : BTS Métiers de l'eau ou GEMEAU, première expérience en exploitation de STEP. Vous connaissez la supervision (PCWin ou Topkapi). Habilitation électrique B1V / BR exigée, permis B indispensable. Le CATEC serait apprécié.
Véhicule de service, prime d'astreinte, mutuelle prise en charge à 60 %.
""",
    """
Claire Humbert — Technicienne traitement de l'eau
Agent d'exploitation, Eaux de Moselle (2021-2025) : station de 30 000 équivalents-habitants, suivi du traitement biologique par boues activées, prélèvements et analyses DCO et MES au laboratoire de la station, entretien des pompes de relevage.
Stage, usine de production d'eau potable (2020).
Formation : BTS Métiers de l'eau (2021)
Permis B — habilitation électrique B1V
""",
    [
        "filière boues",
        "déshydratation",
        "chaulage",
        "DBO5",
        "azote",
        "phosphore",
        "automatismes",
        "supervision",
        "PCWin",
        "Topkapi",
        "BR",
        "CATEC",
    ],
)

pair(
    "fresh4-fr-asv-veterinaire",
    "fr",
    "fresh4",
    """
Auxiliaire spécialisé(e) vétérinaire (ASV) — Clinique vétérinaire, Nantes
Clinique de 6 vétérinaires dédiée aux animaux de compagnie et aux NAC, avec service d'urgences et de chirurgie.
Au quotidien, vous :
- accueillez les propriétaires et gérez les rendez-vous et l'encaissement
- assistez les vétérinaires en consultation et au bloc opératoire
- préparez le matériel, assurez la stérilisation et l'hygiène des locaux
- surveillez les animaux hospitalisés et le réveil anesthésique
- réalisez les radiographies sous la responsabilité du vétérinaire
- conseillez en nutrition et gérez le stock de petfood et de médicaments
Profil : titre d'ASV échelon 5 exigé, expérience en clinique canine appréciée, maîtrise du logiciel Vetup. Des connaissances en contention des NAC sont un plus. Permis B.
Horaires en roulement, un samedi sur deux, prime sur objectifs, réduction sur les soins de vos animaux.
""",
    """
Manon Giraud — Auxiliaire vétérinaire
ASV, Cabinet vétérinaire des Marais (2022-2025) : accueil et prise de rendez-vous, encaissement, assistance en consultation, préparation du bloc et stérilisation des instruments, suivi des animaux hospitalisés.
Formation : titre d'ASV échelon 5 (2022)
Compétences : logiciel Vétocom, conseil en alimentation, gestion des stocks
""",
    [
        "NAC",
        "réveil anesthésique",
        "radiographie",
        "Vetup",
        "contention",
        "permis B",
    ],
)

pair(
    "fresh4-fr-kinesitherapeute",
    "fr",
    "fresh4",
    """
Masseur-kinésithérapeute H/F — Centre de rééducation fonctionnelle, Lyon
Établissement SSR de 110 lits spécialisé en neurologie et en orthopédie, plateau technique avec balnéothérapie.
Vos missions :
- réaliser les bilans kinésithérapiques et fixer les objectifs de rééducation
- prendre en charge les patients post-AVC, blessés médullaires et opérés de prothèses
- animer des séances collectives en balnéothérapie
- participer aux réunions pluridisciplinaires et tracer vos actes dans le dossier patient informatisé (Hopital Manager)
Profil : Diplôme d'État de masseur-kinésithérapeute, inscription à l'Ordre obligatoire. Une formation en rééducation neurologique (Bobath ou équivalent) est souhaitée. Des connaissances en rééducation vestibulaire seraient un plus.
Nous offrons : temps plein ou partiel, reprise d'ancienneté, crèche d'entreprise, formations financées.
""",
    """
Antoine Morel — Kinésithérapeute
Kinésithérapeute libéral, cabinet de groupe à Villeurbanne (2019-2025) : rééducation post-opératoire (ligaments croisés, prothèses de hanche et de genou), kinésithérapie respiratoire, 25 patients par jour.
Remplacements en clinique orthopédique (2018-2019).
Formation : Diplôme d'État de masseur-kinésithérapeute, IFMK de Lyon (2018)
Inscrit à l'Ordre des masseurs-kinésithérapeutes
""",
    [
        "neurologie",
        "balnéothérapie",
        "AVC",
        "blessés médullaires",
        "Hopital Manager",
        "Bobath",
        "rééducation vestibulaire",
    ],
)

pair(
    "fresh4-fr-conseiller-agronomie",
    "fr",
    "fresh4",
    """
Conseiller agronomie grandes cultures H/F — Coopérative agricole, Beauce
Coopérative céréalière de 2 800 adhérents, nous collectons et commercialisons blé, orge, colza et maïs.
Votre rôle : accompagner un secteur de 90 exploitations dans leurs choix techniques.
- conseil en fertilisation, protection des cultures et choix variétaux
- tours de plaine et diagnostics au champ
- vente des approvisionnements (semences, engrais, produits phytosanitaires)
- mise en place d'essais et restitution des résultats aux adhérents
- accompagnement des agriculteurs vers l'agriculture de conservation
Profil : ingénieur agronome ou BTS Agronomie productions végétales avec expérience. Certiphyto conseil obligatoire. Connaissance des outils d'agriculture de précision (modulation, Farmstar, Mes Satimages). Permis B. Une connaissance de la réglementation Ecophyto et de la PAC est un plus.
Véhicule de service, téléphone et ordinateur portables, intéressement.
""",
    """
Pauline Chevalier — Technicienne culture
Technicienne grandes cultures, Négoce Agri Loiret (2020-2025) : suivi de 60 exploitations, préconisations de fertilisation azotée et de désherbage, tours de plaine hebdomadaires, vente d'engrais et de semences (1,2 M€ de chiffre d'affaires).
Formation : BTS Agronomie productions végétales (2020)
Certiphyto conseil — Permis B
Outils : Mes Satimages, Excel
""",
    [
        "choix variétaux",
        "agriculture de conservation",
        "agriculture de précision",
        "modulation",
        "Farmstar",
        "Ecophyto",
        "PAC",
    ],
)

pair(
    "fresh4-fr-traducteur",
    "fr",
    "fresh4",
    """
Traducteur / Traductrice technique anglais et allemand vers français — CDI, Toulouse
Agence de traduction certifiée ISO 17100, nous traduisons la documentation de grands industriels de l'aéronautique et du médical.
Vos missions :
- traduire et relire des manuels techniques, notices et documents réglementaires
- gérer les mémoires de traduction et les bases terminologiques
- assurer la post-édition de traduction automatique
- contrôler la qualité avec les outils d'assurance qualité (Xbench)
Profil : Master en traduction spécialisée, français langue maternelle, excellente maîtrise de l'anglais et de l'allemand. Maîtrise de Trados Studio indispensable ; memoQ apprécié. Une expérience en traduction médicale ou en localisation de logiciels serait un plus.
Mutuelle, tickets restaurant, horaires flexibles.
""",
    """
Léa Fontaine — Traductrice anglais > français
Traductrice indépendante (2020-2025) : traduction et relecture de notices techniques et de fiches de données de sécurité pour des clients industriels, 2 millions de mots traduits, gestion des mémoires de traduction et glossaires clients.
Traductrice salariée, agence LinguaPro (2018-2020) : post-édition de traduction automatique.
Formation : Master Traduction technique, Université de Strasbourg (2018)
Langues : français (langue maternelle), anglais (C2), espagnol (B2)
Outils : SDL Trados Studio, Xbench
""",
    [
        "allemand",
        "memoQ",
        "traduction médicale",
        "localisation de logiciels",
    ],
)

pair(
    "fresh4-fr-geomaticien",
    "fr",
    "fresh4",
    """
Géomaticien / Géomaticienne SIG (H/F) — Métropole, catégorie B, contractuel ou titulaire
Au sein de la direction du numérique, le service information géographique gère le référentiel cartographique de la métropole (48 communes).
Vous serez chargé(e) de :
- mettre à jour et administrer les bases de données géographiques (réseaux, voirie, cadastre)
- produire des cartes et des atlas thématiques pour les services
- développer des traitements automatisés (scripts Python, FME)
- diffuser les données sur le portail open data et le webSIG
- intégrer les données du PCRS et des levés topographiques
Profil : Bac+3 à Bac+5 en géomatique. Maîtrise de QGIS et de PostgreSQL/PostGIS exigée ; la connaissance d'ArcGIS Pro est un plus. Notions de sémiologie graphique et des normes INSPIRE.
Télétravail possible, RIFSEEP, CNAS, participation à la mutuelle.
""",
    """
Hugo Marchand — Technicien SIG
Technicien SIG, Communauté d'agglomération du Val (2021-2025) : mise à jour des couches réseaux d'eau et voirie dans QGIS, production de 150 cartes par an pour les élus, intégration du cadastre (données DGFiP).
Stage, bureau d'études environnement (2020) : cartographie des zones humides sous ArcGIS.
Formation : Licence pro géomatique (2021)
Compétences : QGIS, ArcGIS, Excel, notions de Python
""",
    [
        "PostgreSQL",
        "PostGIS",
        "FME",
        "open data",
        "webSIG",
        "PCRS",
        "levés topographiques",
        "sémiologie graphique",
        "INSPIRE",
    ],
)

pair(
    "fresh4-en-ecommerce-merchandiser",
    "en",
    "fresh4",
    """
E-commerce Merchandiser — Womenswear
We are a fast-growing fashion retailer with 60 stores and a website that now drives 45% of sales.
About the role
Reporting to the Head of Online Trading, you will own the online presentation of our womenswear range and make sure customers find the right products at the right time.
Key responsibilities
- Merchandise category pages and product listing pages to maximise sell-through
- Plan and launch product drops, promotions and seasonal markdowns with the buying team
- Analyse trading performance weekly (conversion, AOV, sell-through) and act on the findings
- Maintain product data and attributes in the PIM
- Brief the content team on imagery and copy
What we're looking for
- 2+ years in e-commerce merchandising or online trading, ideally in fashion
- Hands-on experience with Shopify Plus or Salesforce Commerce Cloud
- Strong Excel skills (pivot tables, VLOOKUP); Google Analytics 4
- Experience with on-site search and merchandising tools (e.g. Algolia) is a bonus
- Knowledge of A/B testing is desirable
Benefits: 30% staff discount, hybrid working, 25 days holiday, pension scheme.
""",
    """
Sophie Turner — Online Trading Assistant
Experience
Online Trading Assistant, Bloom & Thread (2022-2025): updated product pages and category sorting for 3,000 SKUs, prepared weekly sales reports, coordinated sale launches with the buying team; sell-through on discounted lines up 12%.
Retail Supervisor, High Street Fashion (2019-2022): visual merchandising for a 20-person store.
Education: BA Fashion Marketing (2019)
Skills: Shopify, Excel (pivot tables), Google Analytics, Photoshop
""",
    [
        "VLOOKUP",
        "PIM",
        "on-site search",
        "Algolia",
        "A/B testing",
    ],
)

pair(
    "fresh4-en-game-developer",
    "en",
    "fresh4",
    """
Gameplay Programmer (Unity) — Indie studio, Brighton
We're a 25-person studio making narrative adventure games for PC and consoles. Our last title sold over a million copies.
What you'll do
- Implement gameplay systems, player controls and camera behaviour in C#
- Work with designers to prototype and iterate on mechanics
- Build tools in the Unity editor to speed up content creation
- Profile and optimise performance on Nintendo Switch and PlayStation 5
- Fix bugs and support certification submissions
Who you are
- Shipped at least one commercial game with Unity
- Strong C# and solid grasp of object-oriented design and vector maths
- Familiar with version control using Perforce or Git
- Experience with console development and platform certification (TRC/TRCs, Lotcheck) is a big plus
- Knowledge of shader programming (HLSL, Shader Graph) is nice to have
Perks: flexible hours, four-day week trial, profit share, games library.
""",
    """
Daniel Okafor — Game Programmer
Experience
Programmer, Pixel Harbour (2021-2025): gameplay and UI programming in Unity and C# for two released mobile titles (4M downloads); wrote editor tools that cut level set-up time by half; profiled frame rate on low-end Android devices.
Junior Developer, web agency (2019-2021): JavaScript front-end.
Education: BSc Computer Games Programming (2019)
Skills: Unity, C#, Git, Jira, linear algebra
""",
    [
        "Nintendo Switch",
        "PlayStation 5",
        "object-oriented design",
        "console development",
        "platform certification",
        "TRC",
        "Lotcheck",
        "shader programming",
        "HLSL",
        "Shader Graph",
    ],
)

pair(
    "fresh4-en-clinical-research-associate",
    "en",
    "fresh4",
    """
Clinical Research Associate II — Oncology (home-based, UK)
Our CRO runs phase I–III trials for biotech and pharmaceutical sponsors in 30 countries.
The role
As a CRA you will monitor investigator sites across the north of England from start-up to close-out.
Responsibilities
- Conduct site selection, initiation, routine monitoring and close-out visits
- Perform source data verification and review of the investigator site file
- Ensure compliance with the protocol, ICH-GCP and UK clinical trial regulations
- Follow up on queries in the EDC system and track recruitment
- Report serious adverse events and protocol deviations in line with SOPs
Requirements
- Life sciences degree and at least 2 years of independent on-site monitoring
- Oncology trial experience is essential
- Working knowledge of Medidata Rave and a CTMS (Veeva Vault preferred)
- Full UK driving licence and willingness to travel 60% of the time
- Experience of risk-based monitoring is desirable
We offer a company car, bonus, private medical insurance and a structured career ladder.
""",
    """
Priya Shah — Clinical Trial Monitor
Experience
Clinical Research Associate I, TrialCore (2022-2025): independent monitoring of 8 sites in cardiology and respiratory studies; source data verification, site initiation and close-out visits, query resolution in Medidata Rave.
Clinical Trial Assistant, TrialCore (2020-2022): maintained the trial master file and site payments.
Education: BSc Biomedical Science (2020)
Certificates: ICH-GCP (2024)
""",
    [
        "oncology",
        "site selection",
        "serious adverse events",
        "CTMS",
        "Veeva Vault",
        "driving licence",
        "risk-based monitoring",
    ],
)

pair(
    "fresh4-en-wind-turbine-technician",
    "en",
    "fresh4",
    """
Wind Turbine Technician — Onshore, Scottish Borders
We operate and maintain 400 onshore turbines for independent generators across Scotland.
About the job
You will join a two-person crew carrying out scheduled and corrective maintenance on multi-megawatt turbines.
- Carry out service tasks on gearboxes, yaw and pitch systems and hydraulics
- Fault-find on electrical, mechanical and control systems using SCADA data
- Torque and tension bolted connections to manufacturer specifications
- Complete work orders and service reports accurately
- Work at height in line with safe systems of work
You will need
- NVQ Level 3 or HNC in an electrical or mechanical engineering discipline
- GWO Basic Safety Training (Working at Heights, First Aid, Fire Awareness, Manual Handling) in date
- Experience with Siemens Gamesa or Vestas platforms
- Full driving licence
- 18th Edition wiring regulations and high-voltage authorisation are advantageous
Package: overtime, call-out allowance, company van, 33 days leave including bank holidays.
""",
    """
Ryan McLeod — Maintenance Technician
Experience
Electro-mechanical Technician, Clyde Paper Mill (2019-2025): planned and reactive maintenance on drives, gearboxes, hydraulic presses and pumps; fault-finding with PLC diagnostics; reduced unplanned downtime by 18%.
Apprentice Electrician, Borders Electrical (2015-2019).
Qualifications: NVQ Level 3 Electrical Installation, 18th Edition (BS 7671), IPAF
Full UK driving licence
""",
    [
        "yaw",
        "pitch",
        "SCADA",
        "torque",
        "GWO",
        "Basic Safety Training",
        "working at heights",
        "Siemens Gamesa",
        "Vestas",
        "high-voltage authorisation",
    ],
)

pair(
    "fresh4-en-social-worker",
    "en",
    "fresh4",
    """
Social Worker — Children in Need and Child Protection Team
A county council children's services department rated Good by Ofsted.
About us
Our locality teams support families in market towns and rural villages. Caseloads are protected and every worker gets monthly reflective supervision.
What the role involves
- Hold a caseload of children in need and children subject to child protection plans
- Complete Child and Family Assessments within statutory timescales
- Plan and chair core group meetings; present reports at child protection conferences
- Work with schools, health and police under the Working Together framework
- Record case work in Liquidlogic (LCS)
Requirements
- Social Work degree and current registration with Social Work England
- Post-qualifying experience in statutory children's services
- Sound knowledge of the Children Act 1989 and safeguarding procedures
- Experience of court work and care proceedings (PLO) is desirable
- Car driver with business insurance
Benefits: relocation package, lease car scheme, 27 days leave, local government pension.
""",
    """
Hannah Brooks — Social Worker
Experience
Social Worker, Family Support Team, City Council (2022-2025): caseload of 16 children in need; completed assessments within timescales in 94% of cases; multi-agency work with schools and health visitors; recording in Mosaic.
Family Support Worker, charity (2019-2022).
Education: BA (Hons) Social Work (2022)
Registration: Social Work England
Knowledge: Children Act 1989, safeguarding
""",
    [
        "child protection",
        "child protection conferences",
        "Working Together",
        "Liquidlogic",
        "statutory children's services",
        "court work",
        "care proceedings",
        "PLO",
        "car driver",
        "business insurance",
    ],
)

pair(
    "fresh4-en-dental-nurse",
    "en",
    "fresh4",
    """
Qualified Dental Nurse — Mixed NHS/Private Practice, Leeds
Friendly six-surgery practice with a strong implant and orthodontic list, open six days a week.
Your day
- Chairside support for associates, the hygienist and our implant surgeon
- Decontamination and sterilisation of instruments in line with HTM 01-05
- Take and process radiographs (where trained)
- Manage patient records and appointments on Software of Excellence
- Support patients during treatment and give oral hygiene advice
What you'll bring
- GDC registration as a qualified dental nurse
- Up-to-date Hepatitis B immunisation
- Experience with implant surgery or orthodontics is a plus
- Post-qualification certificate in dental radiography or sedation nursing is desirable
- Enhanced DBS check (we will arrange)
We offer paid CPD, uniform, birthday off, staff dental plan.
""",
    """
Chloe Hughes — Dental Nurse
Experience
Dental Nurse, Smile Street Practice (2021-2025): chairside assistance in general dentistry and hygiene clinics, decontamination following HTM 01-05, patient records on Dentally, reception cover.
Trainee Dental Nurse (2019-2021).
Qualifications: NEBDN National Diploma in Dental Nursing (2021)
Registered with the GDC — Hepatitis B immunisation up to date
""",
    [
        "radiographs",
        "Software of Excellence",
        "implant surgery",
        "orthodontics",
        "dental radiography",
        "sedation nursing",
    ],
)

pair(
    "fresh4-en-records-manager",
    "en",
    "fresh4",
    """
Records and Archives Officer — University Library
The university's archives hold 800 years of records, from medieval charters to born-digital research data.
Purpose of the post
To manage the university's institutional records and help researchers and the public access the archive collections.
Main duties
- Catalogue collections to ISAD(G) standards in our collections management system (CALM)
- Appraise and accession transfers of records from university departments
- Maintain the records retention schedule and advise staff on records management
- Answer enquiries and supervise the search room
- Contribute to the digital preservation programme (Preservica)
Person specification
Essential: a postgraduate qualification in archives and records management recognised by the Archives and Records Association; experience of cataloguing; knowledge of UK GDPR and the Freedom of Information Act.
Desirable: Latin or palaeography skills; experience of EAD; conservation handling training.
Benefits: 35 hours a week, generous annual leave, USS pension, on-site nursery.
""",
    """
Tom Fielding — Archive Assistant
Experience
Archive Assistant, County Record Office (2021-2025): catalogued 2,400 items of estate and parish records to ISAD(G) in CALM; supervised the search room; answered 300 remote enquiries a year; prepared exhibitions.
Volunteer, cathedral library (2019-2021): cleaning and repackaging of bound volumes.
Education: MA Archives and Records Management (ARA accredited) (2021); BA History (2019)
Skills: palaeography (early modern), Latin (reading), Excel
""",
    [
        "retention schedule",
        "records management",
        "digital preservation",
        "Preservica",
        "UK GDPR",
        "Freedom of Information Act",
        "EAD",
        "conservation handling",
    ],
)

pair(
    "fresh4-en-environmental-health-officer",
    "en",
    "fresh4",
    """
Environmental Health Officer (Food and Health & Safety) — District Council
Our Regulatory Services team protects residents, visitors and workers across a busy tourist district.
The role
- Carry out food hygiene inspections and award ratings under the Food Hygiene Rating Scheme
- Investigate food poisoning outbreaks and infectious disease notifications
- Inspect workplaces and investigate accidents reported under RIDDOR
- Take formal enforcement action, including improvement notices and prosecutions
- Respond to service requests about food complaints and pest control
About you
- BSc/MSc in Environmental Health accredited by the CIEH, and registered with the EHRB, or equivalent
- Authorised and competent under the Food Law Code of Practice
- Experience of interviews under PACE
- Knowledge of the Health and Safety at Work etc. Act 1974
- Full driving licence and use of a car
Desirable: Level 4 food safety or HACCP training; experience of licensing or private sector housing.
Benefits: flexible working, essential car user allowance, local government pension.
""",
    """
Aisha Rahman — Environmental Health Practitioner
Experience
Food Safety Officer, Borough Council (2021-2025): 250 food hygiene inspections a year with ratings under the Food Hygiene Rating Scheme; handled food complaints and infectious disease notifications; served hygiene improvement notices.
Technical Officer, pest control service (2019-2021).
Education: BSc (Hons) Environmental Health, CIEH accredited (2019)
Training: HACCP Level 4, Food Law Code of Practice competency
Full driving licence
""",
    [
        "EHRB",
        "food poisoning outbreaks",
        "health and safety",
        "RIDDOR",
        "prosecutions",
        "PACE",
        "Health and Safety at Work etc. Act 1974",
        "licensing",
        "private sector housing",
    ],
)

pair(
    "fresh4-en-early-years-practitioner",
    "en",
    "fresh4",
    """
Early Years Practitioner (Level 3) — Day Nursery, Bristol
Our 72-place nursery is rated Outstanding and follows a play-based, outdoor-first approach.
What you'll be doing
- Plan activities that follow children's interests in line with the Early Years Foundation Stage (EYFS)
- Act as key person for a group of toddlers and keep their learning journals up to date on Tapestry
- Observe, assess and track progress, including the two-year progress check
- Support children with SEND alongside the SENCo
- Build warm relationships with parents and carers
What we need
- A full and relevant Level 3 childcare qualification
- Paediatric First Aid certificate (or willingness to obtain within three months)
- Good understanding of safeguarding and the EYFS statutory framework
- Food Hygiene Level 2
- Forest School Level 3 or Makaton training would be a bonus
Benefits: 50% childcare discount, paid birthday, wellbeing days, pension.
""",
    """
Grace Adebayo — Nursery Practitioner
Experience
Nursery Practitioner, Little Acorns (2021-2025): key person for eight pre-school children, planning activities around the EYFS, learning journals on Famly, parents' evenings, outdoor play sessions.
Nursery Assistant (2019-2021).
Qualifications: CACHE Level 3 Diploma for the Early Years Workforce (2021), Paediatric First Aid (2024), Food Hygiene Level 2
Training: safeguarding (Level 2)
""",
    [
        "Tapestry",
        "two-year progress check",
        "SEND",
        "Forest School",
        "Makaton",
    ],
)
