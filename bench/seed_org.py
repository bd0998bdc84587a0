#!/usr/bin/env python3
"""Seeds a chorus store (already created and migrated by the real binary) with a realistic
organisation data set: structures, accounts, attachments, services, spaces, events.

Standard library only. Everything is written in one transaction, then ANALYZE runs.

    python3 bench/seed_org.py STORE.db --structures 100000 --accounts 200000 [--seed 42]

The values mirror what src/store/*.rs and src/ops/*.rs write:
  accounts.status        ACTIVE
  structures             identifier_type SIRET, structure_type PRIVEE | PUBLIQUE, status ACTIF
  attachments.role       GESTIONNAIRE_PRINCIPAL | GESTIONNAIRE_SECONDAIRE | UTILISATEUR_SIMPLE | NULL
  attachments.status     VALIDEE | EN_COURS_DE_VALIDATION | REFUSEE
  services               public structures get FACTURES_PUBLIQUES
  structure_spaces       the default spaces of src/domain/space.rs
  booleans               0/1, timestamps RFC 3339 UTC (2026-11-23T10:00:00Z)

Prints one JSON line on stdout with the row counts, the seed time and a few planted search
terms (RARE_NAME is planted in exactly 3 structure names).
"""

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import time
import unicodedata

RARE_NAME = "Kerbiriou"  # planted in exactly RARE_COUNT structure names
RARE_COUNT = 3

# Weighted like real French surnames: Martin is by far the most frequent.
SURNAMES = (
    ["Martin"] * 12
    + ["Bernard"] * 6 + ["Thomas"] * 6 + ["Petit"] * 5 + ["Robert"] * 5 + ["Richard"] * 5
    + ["Durand"] * 4 + ["Dubois"] * 4 + ["Moreau"] * 4 + ["Laurent"] * 4 + ["Simon"] * 4
    + ["Michel"] * 3 + ["Lefebvre"] * 3 + ["Leroy"] * 3 + ["Roux"] * 3 + ["David"] * 3
    + [
        "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
        "Rousseau", "Vincent", "Muller", "Lefevre", "Faure", "Andre", "Mercier", "Blanc",
        "Guerin", "Boyer", "Garnier", "Chevalier", "Francois", "Legrand", "Gauthier", "Garcia",
        "Perrin", "Robin", "Clement", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
        "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire",
        "Noel", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Riviere",
        "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gerard", "Roche",
        "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger",
        "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
        "Bourgeois", "Pierre", "Benoit", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq",
        "Guillaume", "Lecomte", "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger",
        "Carpentier", "Sanchez", "Dupuis", "Moulin", "Louis", "Deschamps", "Huet", "Vasseur",
        "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet", "Adam", "Paris", "Poirier",
        "Marty", "Aubry", "Guyot", "Carre", "Charles", "Renault", "Charpentier", "Menard",
        "Maillard", "Baron", "Bertin", "Bailly", "Herve", "Schneider", "Fernandez", "Le Gall",
        "Collet", "Leger", "Bouvier", "Julien", "Prevost", "Millet", "Perrot", "Daniel",
        "Le Roux", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Remy", "Le Goff",
        "Pelletier", "Leveque", "Perrier", "Leblanc", "Barre", "Lebrun", "Marchal", "Weber",
        "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud", "Rodriguez", "Guichard",
        "Gillet", "Etienne", "Grondin", "Poulain", "Tessier", "Chevallier", "Collin", "Chauvin",
        "Da Silva", "Bouchet", "Gay", "Lemaitre", "Benard", "Marechal", "Humbert", "Reynaud",
        "Antoine", "Hoarau", "Perret", "Barthelemy", "Cordier", "Pichon", "Lejeune", "Gilbert",
        "Lamy", "Delaunay", "Pasquier", "Carlier", "Laporte",
    ]
)

FIRST_NAMES = [
    "Jean", "Marie", "Pierre", "Michel", "Nathalie", "Isabelle", "Philippe", "Sylvie",
    "Catherine", "Alain", "Nicolas", "Christophe", "Stéphane", "Sophie", "Valérie", "Patrick",
    "Sandrine", "Frédéric", "Laurent", "Céline", "Julien", "Aurélie", "Camille", "Léa", "Manon",
    "Chloé", "Hugo", "Lucas", "Thomas", "Emma", "Louise", "Jules", "Arthur", "Inès", "Mathilde",
    "Antoine", "Élodie", "Guillaume", "Hélène", "François", "Anne", "Olivier", "Émilie",
    "Vincent", "Caroline", "Sébastien", "Julie", "Maxime", "Pauline", "Romain", "Manuela",
    "Yannick", "Gwenaëlle", "Loïc", "Morgane", "Kevin", "Amandine", "Benoît", "Agnès", "Rémi",
]

TRADES = [
    "Boulangerie", "Pâtisserie", "Boucherie", "Charcuterie", "Fromagerie", "Épicerie",
    "Garage", "Carrosserie", "Plomberie", "Électricité", "Menuiserie", "Maçonnerie",
    "Couverture", "Peinture", "Serrurerie", "Transports", "Taxi", "Ambulances", "Pharmacie",
    "Cabinet", "Études et Conseil", "Informatique", "Imprimerie", "Traiteur", "Restaurant",
    "Hôtel", "Café", "Librairie", "Fleurs", "Coiffure", "Institut", "Auto-école", "Pressing",
    "Nettoyage", "Paysages", "Jardins", "Sécurité", "Architecture", "Géomètres", "Expertise",
    "Déménagements", "Chauffage", "Climatisation", "Terrassement", "Carrelage", "Vitrerie",
    "Agence", "Laboratoire", "Ostéopathie", "Kinésithérapie", "Formation", "Communication",
]
FORMS = ["", "", "", "SARL ", "SAS ", "EURL ", "SASU ", "SA ", "SCI ", "SELARL "]
SUFFIXES = ["", "", "", "", " & Fils", " et Associés", " Frères", " Services", " Pro", " Conseil"]

# (city, postcode, département code) — the first digits of a commune's postcode.
CITIES = [
    ("Paris", "75001"), ("Paris", "75011"), ("Paris", "75015"), ("Marseille", "13001"),
    ("Lyon", "69003"), ("Toulouse", "31000"), ("Nice", "06000"), ("Nantes", "44000"),
    ("Montpellier", "34000"), ("Strasbourg", "67000"), ("Bordeaux", "33000"), ("Lille", "59000"),
    ("Rennes", "35000"), ("Reims", "51100"), ("Toulon", "83000"), ("Saint-Étienne", "42000"),
    ("Le Havre", "76600"), ("Grenoble", "38000"), ("Dijon", "21000"), ("Angers", "49000"),
    ("Nîmes", "30000"), ("Clermont-Ferrand", "63000"), ("Aix-en-Provence", "13100"),
    ("Le Mans", "72000"), ("Brest", "29200"), ("Tours", "37000"), ("Amiens", "80000"),
    ("Limoges", "87000"), ("Annecy", "74000"), ("Perpignan", "66000"), ("Metz", "57000"),
    ("Besançon", "25000"), ("Orléans", "45000"), ("Rouen", "76000"), ("Mulhouse", "68100"),
    ("Caen", "14000"), ("Nancy", "54000"), ("Argenteuil", "95100"), ("Chambéry", "73000"),
    ("Pau", "64000"), ("La Rochelle", "17000"), ("Quimper", "29000"), ("Vannes", "56000"),
    ("Bayonne", "64100"), ("Avignon", "84000"), ("Poitiers", "86000"), ("Ajaccio", "20000"),
    ("Saint-Denis", "97400"), ("Cayenne", "97300"), ("Fort-de-France", "97200"),
    ("Colmar", "68000"), ("Troyes", "10000"), ("Valence", "26000"), ("Albi", "81000"),
    ("Auxerre", "89000"), ("Niort", "79000"), ("Laval", "53000"), ("Évreux", "27000"),
]
STREET_KINDS = ["rue", "rue", "rue", "avenue", "boulevard", "place", "chemin", "impasse", "allée", "quai"]
STREETS = [
    "de la République", "Victor Hugo", "Jean Jaurès", "de la Gare", "du Général de Gaulle",
    "Pasteur", "de l'Église", "des Écoles", "du Moulin", "de Paris", "Gambetta", "Carnot",
    "de la Liberté", "du Château", "Jules Ferry", "des Lilas", "de la Mairie", "du Port",
    "Émile Zola", "Voltaire", "de Verdun", "du Stade", "des Tilleuls", "Nationale",
    "Saint-Michel", "Foch", "de Bretagne", "des Acacias", "du Lac", "de la Paix",
]
PUBLIC_KINDS = [
    ("Commune de {city}", 40), ("Mairie de {city}", 8), ("Centre communal d'action sociale de {city}", 6),
    ("Lycée {surname}", 8), ("Collège {surname}", 10), ("Centre hospitalier de {city}", 4),
    ("Communauté de communes {surname}", 3), ("Syndicat intercommunal des eaux de {city}", 3),
    ("Office public de l'habitat de {city}", 2), ("Direction départementale des finances publiques", 1),
    ("Université de {city}", 1), ("Établissement public foncier {surname}", 1),
]
SERVICE_NAMES = [
    ("COMPTABILITE", "Service comptabilité"), ("ACHATS", "Service des achats"),
    ("TECHNIQUE", "Services techniques"), ("RH", "Ressources humaines"),
    ("FINANCES", "Direction des finances"), ("SCOLAIRE", "Affaires scolaires"),
    ("VOIRIE", "Voirie et réseaux"), ("CULTURE", "Affaires culturelles"),
    ("SPORTS", "Service des sports"), ("INFORMATIQUE", "Systèmes d'information"),
    ("LOGISTIQUE", "Logistique"), ("JURIDIQUE", "Affaires juridiques"),
    ("COMMERCIAL", "Service commercial"), ("SAV", "Service après-vente"),
    ("SIEGE", "Siège social"), ("AGENCE-NORD", "Agence Nord"), ("AGENCE-SUD", "Agence Sud"),
    ("ATELIER", "Atelier"), ("DIRECTION", "Direction générale"), ("TRAITEUR", "Traiteur"),
]
DOMAINS = ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr", "outlook.fr"]

DEFAULT_SPACES_PRIVATE = ["manager", "my-account", "invoices-issued", "tickets-issued"]
DEFAULT_SPACES_PUBLIC = DEFAULT_SPACES_PRIVATE + ["invoices-received", "tickets-received"]
OPTIONAL_SPACES = ["invoices-to-validate", "works-invoices", "commitments", "flows"]
DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hiZW5jaGJlbmNo$bm90LWEtcmVhbC1oYXNoLWZvci1iZW5jaG1hcmtzIQ"


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum() or c in "-.")


def luhn_check_digit(payload):
    """The digit that makes payload + digit pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = ord(ch) - 48
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


class Clock:
    """Random RFC 3339 UTC instants between 2019-01-01 and 2026-11-23."""

    START = dt.datetime(2019, 1, 1, tzinfo=dt.timezone.utc).timestamp()
    END = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone.utc).timestamp()

    def __init__(self, rng):
        self.rng = rng

    def at(self, after=None):
        lo = self.START if after is None else after
        t = self.rng.uniform(lo, self.END)
        return t

    @staticmethod
    def fmt(t):
        return dt.datetime.fromtimestamp(int(t), dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("--structures", type=int, default=100_000)
    ap.add_argument("--accounts", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    n_struct, n_acc = args.structures, args.accounts
    if n_struct < 10 or n_acc < n_struct:
        sys.exit("seed_org.py: need at least 10 structures and at least as many accounts as structures")

    rng = random.Random(args.seed)
    clock = Clock(rng)
    started = time.perf_counter()

    db = sqlite3.connect(args.store, isolation_level=None)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version < 1:
        sys.exit(f"seed_org.py: {args.store} is not a migrated chorus store (user_version {version})")
    if db.execute("SELECT count(*) FROM structures").fetchone()[0]:
        sys.exit(f"seed_org.py: {args.store} already holds structures; seed a fresh store")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-1000000")
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("BEGIN IMMEDIATE")

    # ---- accounts -------------------------------------------------------------------------
    accounts = []  # (id, email, created_t)
    acc_rows = []
    notif_rows = []
    for i in range(1, n_acc + 1):
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(SURNAMES)
        email = f"{ascii_slug(first)}.{ascii_slug(last)}.{i}@{rng.choice(DOMAINS)}"
        created = clock.at()
        activated = min(created + rng.uniform(60, 7 * 86400), Clock.END)
        phone = f"0{rng.randint(1, 7)}{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.6 else None
        acc_rows.append((
            i, email, first, last, phone, None, "ACTIVE", None, DUMMY_HASH, None, None,
            Clock.fmt(created), Clock.fmt(activated),
        ))
        notif_rows.append((
            i, "activation",
            f"Welcome to Chorus Pro. Activate your account with: chorus account activate --email {email} --token {rng.getrandbits(128):032x}",
            Clock.fmt(created),
        ))
        accounts.append((i, email, created, activated))
    db.executemany(
        "INSERT INTO accounts (id, email, first_name, last_name, phone, siret, status,"
        " activation_token_hash, password_hash, security_question, security_answer_hash,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        acc_rows,
    )
    db.executemany(
        "INSERT INTO notifications (account_id, kind, message, created_at) VALUES (?,?,?,?)",
        notif_rows,
    )
    del acc_rows, notif_rows

    events = []  # (at_t, actor, kind, structure_id, account_id, object, summary)
    for (aid, email, created, activated) in accounts:
        events.append((created, "anonymous", "account.created", None, aid, email, f"account {email} created"))
        events.append((activated, "anonymous", "account.activated", None, aid, email, f"account {email} activated"))

    # ---- structures -----------------------------------------------------------------------
    sirens_used = set()
    sirets_used = set()

    def new_siren(public):
        while True:
            head = ("2" + "".join(rng.choice("0123456789") for _ in range(7))) if public else (
                rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(7)))
            siren = head + luhn_check_digit(head)
            if siren not in sirens_used and not siren.startswith("356000000"):
                sirens_used.add(siren)
                return siren

    def new_siret(siren):
        while True:
            nic_head = f"{rng.randint(1, 9999):04d}"
            payload = siren + nic_head
            siret = payload + luhn_check_digit(payload)
            if siret not in sirets_used:
                assert luhn_ok(siret) and luhn_ok(siret[:9]), siret
                sirets_used.add(siret)
                return siret

    rare_at = set(rng.sample(range(n_struct), RARE_COUNT))
    structures = []  # (id, identifier, public, created_t)
    st_rows = []
    space_rows = []
    private_sirens = []
    for k in range(n_struct):
        sid = k + 1
        public = rng.random() < 0.15
        city, postcode = rng.choice(CITIES)
        surname = RARE_NAME if k in rare_at else rng.choice(SURNAMES)
        if public:
            tmpl = rng.choices([t for t, _ in PUBLIC_KINDS], [w for _, w in PUBLIC_KINDS])[0]
            name = tmpl.format(city=city, surname=surname)
            siret = new_siret(new_siren(True))
        else:
            name = f"{rng.choice(FORMS)}{rng.choice(TRADES)} {surname}{rng.choice(SUFFIXES)}"
            # About one private structure in ten is a second establishment of an existing SIREN.
            if private_sirens and rng.random() < 0.1:
                siret = new_siret(rng.choice(private_sirens))
            else:
                siren = new_siren(False)
                private_sirens.append(siren)
                siret = new_siret(siren)
        if k in rare_at and RARE_NAME not in name:
            name = f"{name} {RARE_NAME}"
        label = None
        if rng.random() < 0.2:
            label = rng.choice(["Siège", "Établissement principal", "Agence", "Dépôt", surname])
        if rng.random() < 0.3:
            postcode = postcode[:2] + f"{rng.randint(0, 999):03d}"
        address = f"{rng.randint(1, 250)} {rng.choice(STREET_KINDS)} {rng.choice(STREETS)}"
        flags = (0, 0, 0, 0)
        if public:
            flags = tuple(int(rng.random() < p) for p in (0.35, 0.25, 0.1, 0.05))
        created = clock.at()
        updated = created if rng.random() < 0.7 else clock.at(created)
        status = "ACTIF" if rng.random() < 0.97 else "INACTIF"
        st_rows.append((
            sid, siret, "SIRET", name, label, "PUBLIQUE" if public else "PRIVEE", status,
            address, postcode, city, "FR", *flags, Clock.fmt(created), Clock.fmt(updated),
        ))
        spaces = list(DEFAULT_SPACES_PUBLIC if public else DEFAULT_SPACES_PRIVATE)
        if rng.random() < 0.1:
            spaces.append(rng.choice(OPTIONAL_SPACES))
        space_rows.extend((sid, sp) for sp in spaces)
        structures.append((sid, siret, public, created))
    db.executemany(
        "INSERT INTO structures (id, identifier, identifier_type, name, label, structure_type,"
        " status, address, postcode, city, country, service_required, engagement_required,"
        " service_or_engagement_required, payment_status_not_reported, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        st_rows,
    )
    db.executemany("INSERT INTO structure_spaces (structure_id, space) VALUES (?,?)", space_rows)
    n_spaces = len(space_rows)
    del st_rows, space_rows

    # ---- attachments ----------------------------------------------------------------------
    # Principal managers: most structures have their own; one account in 2,000 structures
    # (accountants, group head offices) is the principal manager of ~160 structures, which
    # gives `--as` its worst case (attach list filters on every managed structure).
    acc_ids = [a[0] for a in accounts]
    rng.shuffle(acc_ids)
    n_principal_pool = int(n_struct * 0.9)
    heavy = acc_ids[:max(1, n_struct // 2000)]  # e.g. 50 accounts managing many structures
    pool = acc_ids[:n_principal_pool]
    others = acc_ids[n_principal_pool:]
    email_of = {a[0]: a[1] for a in accounts}
    activated_of = {a[0]: a[3] for a in accounts}

    att_rows = []
    live = set()  # (account, structure) pending or accepted
    principal_of = {}
    next_pool = 0
    for (sid, siret, public, created) in structures:
        if rng.random() < 0.08:
            acc = rng.choice(heavy)
        else:
            acc = pool[next_pool % len(pool)]
            next_pool += 1
        if (acc, sid) in live:
            acc = pool[next_pool % len(pool)]
            next_pool += 1
        live.add((acc, sid))
        principal_of[sid] = acc
        at = max(created, activated_of[acc])
        att_rows.append((acc, sid, "GESTIONNAIRE_PRINCIPAL", "VALIDEE", None, None, at, at, email_of[acc]))

    # Others: secondary managers, simple users, pending requests, refused requests.
    target_total = int(n_struct * 2.5)
    mix = [("GESTIONNAIRE_SECONDAIRE", "VALIDEE", 0.25), ("UTILISATEUR_SIMPLE", "VALIDEE", 0.5),
           (None, "EN_COURS_DE_VALIDATION", 0.17), (None, "REFUSEE", 0.08)]
    candidates = others + acc_ids[:n_principal_pool]
    while len(att_rows) < target_total:
        sid, siret, public, created = structures[rng.randrange(n_struct)]
        # Prefer accounts without a structure, so that few accounts stay unattached.
        acc = others[rng.randrange(len(others))] if rng.random() < 0.7 else candidates[rng.randrange(len(candidates))]
        role, status, _ = rng.choices(mix, [m[2] for m in mix])[0]
        if status in ("VALIDEE", "EN_COURS_DE_VALIDATION"):
            if (acc, sid) in live:
                continue
            live.add((acc, sid))
        requested = max(created, activated_of[acc]) + rng.uniform(0, 30 * 86400)
        requested = min(requested, Clock.END)
        comment = rng.choice([None, None, "Comptable de la structure", "Nouvelle embauche", "Merci de valider"])
        if status == "EN_COURS_DE_VALIDATION":
            decided, by, reason = None, None, None
        else:
            decided = min(requested + rng.uniform(3600, 10 * 86400), Clock.END)
            by = email_of[principal_of[sid]]
            reason = "Personne inconnue de la structure" if status == "REFUSEE" else None
        att_rows.append((acc, sid, role, status, comment, reason, requested, decided, by))

    db.executemany(
        "INSERT INTO attachments (account_id, structure_id, role, status, comment, reason,"
        " requested_at, decided_at, decided_by) VALUES (?,?,?,?,?,?,?,?,?)",
        [(a, s, r, st, c, re, Clock.fmt(rq), Clock.fmt(d) if d is not None else None, by)
         for (a, s, r, st, c, re, rq, d, by) in att_rows],
    )
    for att_id, (acc, sid, role, status, comment, reason, rq, d, by) in enumerate(att_rows, start=1):
        ident = structures[sid - 1][1]
        email = email_of[acc]
        if role == "GESTIONNAIRE_PRINCIPAL":
            kind = "PUBLIQUE" if structures[sid - 1][2] else "PRIVEE"
            events.append((structures[sid - 1][3], "operator" if kind == "PUBLIQUE" else email,
                           "structure.created", sid, None, ident, f"{kind} structure {ident} created"))
            events.append((rq, email, "attachment.accepted", sid, acc, ident,
                           f"{email} is the principal manager of {ident} (creator)"))
            continue
        events.append((rq, email, "attachment.requested", sid, acc, f"attachment/{att_id}",
                       f"{email} requested attachment to {ident}"))
        if status == "VALIDEE":
            events.append((d, by, "attachment.accepted", sid, acc, f"attachment/{att_id}",
                           f"{email} attached to {ident} as {role}"))
        elif status == "REFUSEE":
            events.append((d, by, "attachment.refused", sid, acc, f"attachment/{att_id}",
                           f"attachment of {email} to {ident} refused: {reason}"))
    n_att = len(att_rows)
    del att_rows

    # ---- services -------------------------------------------------------------------------
    svc_rows = []
    for (sid, siret, public, created) in structures:
        n = min(len(SERVICE_NAMES), int(rng.expovariate(1 / 3.0)))  # mean ~3, long tail
        codes = rng.sample(SERVICE_NAMES, n)
        if public:
            codes = [("FACTURES_PUBLIQUES", "Service des factures publiques")] + codes[:max(0, n - 1)]
        for code, name in codes:
            at = created if code == "FACTURES_PUBLIQUES" else clock.at(created)
            active = 1 if rng.random() < 0.93 else 0
            svc_rows.append((sid, code, name, active, int(public and rng.random() < 0.2),
                             int(public and rng.random() < 0.05), Clock.fmt(at), Clock.fmt(at)))
            who = "operator" if public else email_of[principal_of[sid]]
            events.append((at, who, "service.created", sid, None, f"{siret}/{code}",
                           f"service {code} « {name} » created in {siret}"))
    db.executemany(
        "INSERT INTO services (structure_id, code, name, active, engagement_required,"
        " payment_status_not_reported, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
        svc_rows,
    )
    n_svc = len(svc_rows)
    del svc_rows

    # ---- events (in time order, as the real log would be) ---------------------------------
    events.sort(key=lambda e: e[0])
    db.executemany(
        "INSERT INTO events (at, actor, kind, structure_id, account_id, object, summary)"
        " VALUES (?,?,?,?,?,?,?)",
        ((Clock.fmt(e[0]),) + e[1:] for e in events),
    )
    n_events = len(events)
    del events

    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    fk = db.execute("PRAGMA foreign_key_check").fetchmany(5)
    if fk:
        sys.exit(f"seed_org.py: foreign key violations, e.g. {fk}")
    db.close()

    print(json.dumps({
        "structures": n_struct,
        "accounts": n_acc,
        "attachments": n_att,
        "services": n_svc,
        "structure_spaces": n_spaces,
        "events": n_events,
        "rare_name": RARE_NAME,
        "rare_count": RARE_COUNT,
        "seed_seconds": round(time.perf_counter() - started, 2),
    }))


if __name__ == "__main__":
    main()
