#!/usr/bin/env python3
"""Writes a realistic public directory (annuaire) as CSV, one row per structure-service pair
(structure columns repeated, as the official export lists them), in the columns
`chorus directory import` reads and `chorus directory export` writes.

Standard library only, deterministic for a seed.

    python3 bench/gen_directory.py --structures 150000 --services 250000 > annuaire.csv

Every structure has at least one service; identifiers are valid SIRETs (Luhn on the SIREN and
the SIRET); names mix communes, départements, hospitals, schools and State services, with
accents and apostrophes (« DEP COTES-D'ARMOR », « COMMUNE DE SAINT-ÉTIENNE »). About 3% of the
structures are INACTIF, 10% require a service code, 5% an engagement, 5% either.
"""

import argparse
import csv
import random
import sys

COLUMNS = [
    "identifier", "identifier_type", "name", "label", "status", "address", "postcode", "city",
    "country", "service_required", "engagement_required", "service_or_engagement_required",
    "payment_status_not_reported", "service_code", "service_name", "service_active",
    "service_engagement_required", "service_payment_status_not_reported", "service_valid_from",
    "service_valid_to",
]

CITIES = [
    ("Chambéry", "73000"), ("Saint-Brieuc", "22000"), ("Saint-Étienne", "42000"),
    ("Besançon", "25000"), ("Orléans", "45000"), ("Nîmes", "30000"), ("Angoulême", "16000"),
    ("Évreux", "27000"), ("Épinal", "88000"), ("Mâcon", "71000"), ("Périgueux", "24000"),
    ("Béziers", "34500"), ("Lannion", "22300"), ("Guingamp", "22200"), ("Dinan", "22100"),
    ("Annecy", "74000"), ("Grenoble", "38000"), ("Lyon", "69001"), ("Marseille", "13001"),
    ("Toulouse", "31000"), ("Rennes", "35000"), ("Brest", "29200"), ("Quimper", "29000"),
    ("Vannes", "56000"), ("Lorient", "56100"), ("Nantes", "44000"), ("Angers", "49000"),
    ("Le Mans", "72000"), ("Tours", "37000"), ("Poitiers", "86000"), ("Limoges", "87000"),
    ("Clermont-Ferrand", "63000"), ("Dijon", "21000"), ("Reims", "51100"), ("Amiens", "80000"),
    ("Lille", "59000"), ("Rouen", "76000"), ("Caen", "14000"), ("Strasbourg", "67000"),
    ("Metz", "57000"), ("Nancy", "54000"), ("Bordeaux", "33000"), ("Pau", "64000"),
    ("Bayonne", "64100"), ("Perpignan", "66000"), ("Montpellier", "34000"), ("Nice", "06000"),
    ("Toulon", "83000"), ("Ajaccio", "20000"), ("Bastia", "20200"), ("Aix-en-Provence", "13100"),
]
DEPARTEMENTS = [
    "AIN", "AISNE", "ALLIER", "ARDECHE", "ARIEGE", "AUBE", "AUDE", "AVEYRON", "CALVADOS",
    "CANTAL", "CHARENTE", "CHER", "CORREZE", "COTES-D'ARMOR", "CREUSE", "DORDOGNE", "DOUBS",
    "DROME", "EURE", "FINISTERE", "GARD", "GERS", "GIRONDE", "HERAULT", "ISERE", "JURA",
    "LANDES", "LOIRE", "LOIRET", "LOT", "LOZERE", "MANCHE", "MARNE", "MAYENNE", "MEUSE",
    "MORBIHAN", "MOSELLE", "NIEVRE", "NORD", "OISE", "ORNE", "RHONE", "SARTHE", "SAVOIE",
    "HAUTE-SAVOIE", "SOMME", "TARN", "VAR", "VAUCLUSE", "VENDEE", "VIENNE", "VOSGES", "YONNE",
]
KINDS = [
    (40, "COMMUNE DE {place}"), (10, "CCAS DE {place}"), (8, "COLLEGE {person} {place}"),
    (8, "LYCEE {person}"), (6, "CENTRE HOSPITALIER DE {place}"), (5, "SYNDICAT DES EAUX DE {place}"),
    (5, "COMMUNAUTE DE COMMUNES DU PAYS DE {place}"), (4, "EHPAD LES {tree} DE {place}"),
    (3, "SDIS DE {dep}"), (3, "DIRECTION DEPARTEMENTALE DES TERRITOIRES DE {dep}"),
    (2, "DEP {dep}"), (2, "UNIVERSITE DE {place}"), (2, "OFFICE PUBLIC DE L'HABITAT DE {place}"),
    (2, "MAIRIE D'{vowel_place}"),
]
PEOPLE = ["JEAN MOULIN", "MARIE CURIE", "VICTOR HUGO", "JULES FERRY", "LOUIS PASTEUR",
          "SIMONE VEIL", "JEAN JAURÈS", "ALBERT CAMUS", "GEORGE SAND", "PAUL ÉLUARD"]
TREES = ["TILLEULS", "CHÊNES", "PEUPLIERS", "ÉRABLES", "GLYCINES", "MIMOSAS"]
VOWEL_PLACES = ["ANNECY", "ÉVREUX", "ÉPINAL", "ORLÉANS", "ANGOULÊME", "AIX-EN-PROVENCE"]
SERVICES = [
    ("FACTURES_PUBLIQUES", "Service des factures publiques"), ("COMPTA", "Service comptabilité"),
    ("RH", "Ressources humaines"), ("TECH", "Services techniques"), ("ECOLES", "Écoles et périscolaire"),
    ("VOIRIE", "Voirie et réseaux"), ("CULTURE", "Culture et patrimoine"), ("SPORTS", "Sports"),
    ("ACHATS", "Commande publique"), ("INFORMATIQUE", "Systèmes d'information"),
    ("SOCIAL", "Action sociale"), ("ENV", "Environnement et déchets"),
]

def luhn_check_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = ord(ch) - 48
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--structures", type=int, default=150000)
    p.add_argument("--services", type=int, default=250000)
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    if a.services < a.structures:
        sys.exit("--services must be at least --structures (every structure has a service)")
    rng = random.Random(a.seed)
    weights = [w for w, _ in KINDS]
    # Services per structure: one each, the rest spread with a long tail.
    counts = [1] * a.structures
    for _ in range(a.services - a.structures):
        counts[min(int(rng.paretovariate(1.2)) * rng.randrange(a.structures) % a.structures, a.structures - 1)] += 1
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(COLUMNS)
    seen = set()
    for n in range(a.structures):
        while True:
            siren = "2" + f"{rng.randrange(10**7):07d}"
            siren += luhn_check_digit(siren)
            payload = siren + f"{rng.randrange(1, 10**4):04d}"
            siret = payload + luhn_check_digit(payload)
            if siret not in seen:
                seen.add(siret)
                break
        city, postcode = rng.choice(CITIES)
        kind = rng.choices(KINDS, weights)[0][1]
        name = kind.format(place=city.upper(), dep=rng.choice(DEPARTEMENTS),
                           person=rng.choice(PEOPLE), tree=rng.choice(TREES),
                           vowel_place=rng.choice(VOWEL_PLACES))
        r = rng.random()
        flags = ["false"] * 4
        if r < 0.10:
            flags[0] = "true"
        elif r < 0.15:
            flags[1] = "true"
        elif r < 0.20:
            flags[2] = "true"
        if rng.random() < 0.02:
            flags[3] = "true"
        status = "INACTIF" if rng.random() < 0.03 else "ACTIF"
        label = "" if rng.random() < 0.7 else f"Budget annexe {n % 97}"
        address = f"{rng.randrange(1, 200)} {rng.choice(['rue', 'avenue', 'place', 'boulevard'])} de la République"
        for k in range(counts[n]):
            code, sname = SERVICES[k] if k < len(SERVICES) else (f"SERVICE_{k}", f"Service n°{k}")
            w.writerow([
                siret, "SIRET", name, label, status, address, postcode, city, "FR", *flags,
                code, sname, "false" if rng.random() < 0.02 else "true",
                "true" if rng.random() < 0.05 else "false", "false",
                "2020-01-01" if rng.random() < 0.5 else "", "",
            ])

main()
