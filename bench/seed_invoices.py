#!/usr/bin/env python3
"""Seeds invoices into a chorus store that already holds an organisation (bench/seed_org.py):
invoices, their status history, a few hundred shared PDF blobs, some attachments.

Standard library only. Everything is written in one transaction.

    python3 bench/seed_invoices.py STORE.db --invoices 1000000 [--suppliers 10000]
        [--recipients 2000] [--seed 42] [--now 2026-11-23T17:00:00Z] [--analyze]

The rows mirror src/store/invoices.rs (`insert`, `add_history`, `set_status`):
  invoices.detail     JSON {"lines":[…],"vat_lines":[…],"analysis":{…}}, decimals as strings
  amounts             decimal strings with 2 decimals; amount_cents = total_incl_vat in cents
  number              unique per (supplier_id, year, number), year = year of created_at
  status_at           when the last status was set (>= created_at); deposited_at NULL for drafts
  invoice_history     one row per status the invoice went through (1 for a draft, 2-4 otherwise)
  file_sha256         one of a few hundred shared dummy PDFs in `files`

Shape of the data set (chosen to look like Chorus Pro, not uniform):
  * invoices created over the last 3 years, more and more each month (density 1 + x), ids in
    creation order, so about a quarter of them are archived (status untouched for 2 years);
  * SUPPLIERS private structures issue them with Zipf-like volumes (the largest ~4 %), to
    RECIPIENTS public structures, also Zipf-like (the busiest receives ~3 %);
  * status depends on age: recent invoices mostly MISE_A_DISPOSITION, older ones mostly
    MISE_EN_PAIEMENT, with a few % REJETEE, SUSPENDUE, SERVICE_FAIT, MANDATEE, …;
  * A9/A12 invoices (2 %) have a validator; the A_VALIDER_1 ones are younger than the 15-day
    validation delay, so that reading commands do not move them (apply_validation_delays).

Without --analyze the store is left without planner statistics, as chorus itself leaves it
(it never runs ANALYZE): the sqlite_stat tables written by seed_org.py are dropped.

Prints one JSON line on stdout with the counts, the seed time and the store's `now`.
"""

import argparse
import datetime as dt
import hashlib
import itertools
import json
import random
import sqlite3
import sys
import time

YEAR_S = 365.25 * 86400
DAY_S = 86400.0

DESCRIPTIONS = [
    "Prestation de maintenance", "Fournitures de bureau", "Intervention technique",
    "Travaux de peinture", "Nettoyage des locaux", "Repas servis", "Transport scolaire",
    "Location de matériel", "Formation du personnel", "Licence logicielle annuelle",
    "Entretien des espaces verts", "Réparation de toiture", "Contrôle réglementaire",
    "Déplacement", "Main d'œuvre", "Pièces détachées", "Consommables", "Étude préalable",
    "Assistance à maîtrise d'ouvrage", "Abonnement", "Affranchissement", "Impression de documents",
]
UNITS = ["C62", "C62", "C62", "HUR", "HUR", "DAY", "KGM", "LTR", "MTR"]
# (rate in hundredths of a percent, category, weight)
RATES = [(2000, "S", 80), (1000, "S", 10), (550, "S", 7), (0, "E", 3)]
ANALYSES = [
    (70, {"source": "facturx", "profile": "urn:cen.eu:en16931:2017", "xml_filename": "factur-x.xml",
          "pages": 1, "fields_from_document": ["number", "date", "invoice_type", "currency",
                                               "supplier", "recipient", "lines", "amounts"]}),
    (10, {"source": "ubl", "profile": "urn:cen.eu:en16931:2017", "xml_filename": "invoice.xml",
          "pages": 2, "fields_from_document": ["number", "date", "invoice_type", "currency",
                                               "supplier", "recipient", "amounts"]}),
    (15, {"source": "text", "profile": None, "xml_filename": None, "pages": 1,
          "fields_from_document": ["number", "date", "amounts"]}),
    (5, {"source": "none", "profile": None, "xml_filename": None, "pages": 1,
         "fields_from_document": []}),
]
ENTRY_ANALYSIS = {"source": "entry", "profile": "urn:cen.eu:en16931:2017",
                  "xml_filename": "factur-x.xml", "pages": 0, "fields_from_document": []}

# Status by age, for invoices that reached the recipient. (status, weight, path after MAD)
YOUNG = [  # deposited less than 45 days ago
    ("MISE_A_DISPOSITION", 600), ("MISE_EN_PAIEMENT", 95), ("SERVICE_FAIT", 80),
    ("MANDATEE", 50), ("COMPTABILISEE", 30), ("MISE_A_DISPOSITION_COMPTABLE", 20),
    ("SUSPENDUE", 40), ("COMPLETEE", 15), ("A_RECYCLER", 20), ("REJETEE", 30),
]
OLD = [
    ("MISE_EN_PAIEMENT", 840), ("MISE_A_DISPOSITION", 80), ("REJETEE", 40), ("SERVICE_FAIT", 8),
    ("MANDATEE", 6), ("COMPTABILISEE", 6), ("MISE_A_DISPOSITION_COMPTABLE", 3), ("SUSPENDUE", 8),
    ("COMPLETEE", 3), ("A_RECYCLER", 6),
]
# History after DEPOSEE, MISE_A_DISPOSITION; the last element is the invoice's status.
PATHS = {
    "MISE_A_DISPOSITION": [],
    "MISE_EN_PAIEMENT": [["MISE_EN_PAIEMENT"], ["SERVICE_FAIT", "MISE_EN_PAIEMENT"],
                         ["MANDATEE", "MISE_EN_PAIEMENT"]],
    "SERVICE_FAIT": [["SERVICE_FAIT"]],
    "MANDATEE": [["MANDATEE"], ["SERVICE_FAIT", "MANDATEE"]],
    "COMPTABILISEE": [["COMPTABILISEE"], ["MANDATEE", "COMPTABILISEE"]],
    "MISE_A_DISPOSITION_COMPTABLE": [["MISE_A_DISPOSITION_COMPTABLE"]],
    "SUSPENDUE": [["SUSPENDUE"]],
    "COMPLETEE": [["SUSPENDUE", "COMPLETEE"]],
    "A_RECYCLER": [["A_RECYCLER"]],
    "REJETEE": [["REJETEE"]],
}
COMMENTS = {
    "SUSPENDUE": "Pièce justificative manquante",
    "REJETEE": "Facture non conforme : numéro d'engagement erroné",
    "A_RECYCLER": "Mauvais destinataire",
    "COMPLETEE": "Bon de livraison ajouté",
}


def fmt_t(t):
    return dt.datetime.fromtimestamp(int(t), dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def fmt_d(t):
    return dt.datetime.fromtimestamp(int(t), dt.timezone.utc).strftime("%Y-%m-%d")


def money(c):
    """Cents → decimal string with 2 decimals."""
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100}.{c % 100:02d}"


def zipf_cum(n, s):
    """Cumulative weights 1/k^s, k = 1..n."""
    return list(itertools.accumulate(1.0 / (k ** s) for k in range(1, n + 1)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("--invoices", type=int, default=1_000_000)
    ap.add_argument("--suppliers", type=int, default=10_000)
    ap.add_argument("--recipients", type=int, default=2_000)
    ap.add_argument("--files", type=int, default=300, help="distinct dummy PDFs shared by the invoices")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--now", help="RFC 3339 instant the data set ends at (default: the clock)")
    ap.add_argument("--analyze", action="store_true", help="run ANALYZE (chorus never does)")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    started = time.perf_counter()
    if args.now:
        now = dt.datetime.strptime(args.now, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc).timestamp()
    else:
        now = float(int(time.time()))
    start = now - 3 * YEAR_S

    db = sqlite3.connect(args.store, isolation_level=None)
    if db.execute("PRAGMA user_version").fetchone()[0] < 2:
        sys.exit(f"seed_invoices.py: {args.store} has no invoice tables (user_version < 2)")
    if db.execute("SELECT count(*) FROM invoices").fetchone()[0]:
        sys.exit(f"seed_invoices.py: {args.store} already holds invoices")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-2000000")
    db.execute("PRAGMA temp_store=MEMORY")

    # ---- parties --------------------------------------------------------------------------
    def structures(kind, n):
        rows = db.execute(
            "SELECT s.id, s.identifier, a.email FROM structures s"
            " JOIN attachments t ON t.structure_id = s.id AND t.role = 'GESTIONNAIRE_PRINCIPAL'"
            "  AND t.status = 'VALIDEE'"
            " JOIN accounts a ON a.id = t.account_id"
            " WHERE s.structure_type = ? AND s.status = 'ACTIF' ORDER BY s.id", (kind,)).fetchall()
        if len(rows) < n:
            print(f"seed_invoices.py: only {len(rows)} active {kind} structures (wanted {n})", file=sys.stderr)
        return rng.sample(rows, min(n, len(rows)))

    suppliers = structures("PRIVEE", args.suppliers)
    recipients = structures("PUBLIQUE", args.recipients)
    if not suppliers or not recipients:
        sys.exit("seed_invoices.py: no supplier or no recipient: seed a larger organisation")
    # Validators of A9/A12 invoices: main contractors, i.e. other private structures.
    validators = suppliers[: max(1, len(suppliers) // 20)]
    sup_cum = zipf_cum(len(suppliers), 0.8)
    rec_cum = zipf_cum(len(recipients), 0.7)
    services = {}
    for sid, code in db.execute("SELECT structure_id, code FROM services WHERE active = 1"):
        services.setdefault(sid, []).append(code)

    # ---- files ----------------------------------------------------------------------------
    blobs = []
    db.execute("BEGIN IMMEDIATE")
    for k in range(args.files):
        body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(rng.randint(2_000, 30_000)) + b"\n%%EOF\n"
        sha = hashlib.sha256(body).hexdigest()
        db.execute("INSERT OR IGNORE INTO files (sha256, size, content) VALUES (?,?,?)", (sha, len(body), body))
        blobs.append(sha)

    # ---- invoices -------------------------------------------------------------------------
    n = args.invoices
    # Creation instants with density growing linearly (1 + x) over three years, in order.
    created_all = sorted(start + 3 * YEAR_S * (-1 + (1 + 3 * rng.random()) ** 0.5) for _ in range(n))
    seq = {}  # (supplier id, year, prefix) → last number
    status_count = {}
    n_hist = n_att = 0
    young_w = [w for _, w in YOUNG]
    old_w = [w for _, w in OLD]
    young_s = [s for s, _ in YOUNG]
    old_s = [s for s, _ in OLD]
    analysis_w = [w for w, _ in ANALYSES]
    analysis_v = [a for _, a in ANALYSES]
    rate_w = [w for _, _, w in RATES]

    inv_sql = (
        "INSERT INTO invoices (id, number, year, status, invoice_type, framework, invoice_date, currency,"
        " deposit_mode, vat_regime, payment_mode, supplier_id, supplier_service, recipient_id,"
        " recipient_service, validator_id, engagement_number, market_number, original_number,"
        " mandate_number, comment, total_excl_vat, vat, total_incl_vat, amount_due, amount_cents, detail,"
        " file_sha256, file_name, created_by, created_at, deposited_at, status_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    hist_sql = "INSERT INTO invoice_history (invoice_id, status, at, by, comment) VALUES (?,?,?,?,?)"
    att_sql = "INSERT INTO invoice_attachments (invoice_id, name, sha256, size, added_at) VALUES (?,?,?,?,?)"
    blob_size = dict(db.execute("SELECT sha256, size FROM files"))

    inv_rows, hist_rows, att_rows = [], [], []

    def flush():
        db.executemany(inv_sql, inv_rows)
        db.executemany(hist_sql, hist_rows)
        db.executemany(att_sql, att_rows)
        inv_rows.clear()
        hist_rows.clear()
        att_rows.clear()

    for iid, created in enumerate(created_all, start=1):
        sid, s_ident, s_email = rng.choices(suppliers, cum_weights=sup_cum)[0]
        rid, r_ident, r_email = rng.choices(recipients, cum_weights=rec_cum)[0]
        age = now - created
        year = int(fmt_t(created)[:4])
        avoir = rng.random() < 0.03
        fw_r = rng.random()
        framework = ("A9_FACTURE_SOUSTRAITANT" if fw_r < 0.015 else "A12_FACTURE_COTRAITANT" if fw_r < 0.02
                     else "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE" if fw_r < 0.05 else "A1_FACTURE_FOURNISSEUR")
        validator = None
        if fw_r < 0.02:
            validator = rng.choice(validators)[0]
            if validator == sid:
                validator = None
        entry = rng.random() < 0.25
        deposit_mode = "SAISIE_API" if entry else "DEPOT_PDF_API"

        # Status and its history.
        hist = []  # (status, t, by, comment)
        if rng.random() < 0.004:
            status = "BROUILLON"  # a draft, maybe forgotten long ago
            hist.append(("BROUILLON", created, s_email, None))
        elif validator is not None and age < 14 * DAY_S and rng.random() < 0.5:
            status = "A_VALIDER_1"
            hist.append(("A_VALIDER_1", created, s_email, None))
        else:
            t = created
            if validator is not None:
                hist.append(("A_VALIDER_1", t, s_email, None))
                t = min(now, t + rng.uniform(3600, 10 * DAY_S))
                hist.append(("VALIDEE_1", t, "validator", None))
            hist.append(("DEPOSEE", t, s_email, None))
            hist.append(("MISE_A_DISPOSITION", t, s_email, None))
            if age < 45 * DAY_S:
                status = rng.choices(young_s, young_w)[0]
            else:
                status = rng.choices(old_s, old_w)[0]
            paths = PATHS[status]
            path = rng.choice(paths) if paths else []
            span = min(age, 90 * DAY_S)
            for st in path:
                t = min(now, t + rng.uniform(0.05, 0.5) * span)
                by = "chorus" if st == "MISE_EN_PAIEMENT" else (s_email if st == "COMPLETEE" else r_email)
                hist.append((st, t, by, COMMENTS.get(st)))
        status_count[status] = status_count.get(status, 0) + 1
        status_at = hist[-1][1]
        deposited_at = next((h[1] for h in hist if h[0] == "DEPOSEE"), None)

        # Lines, VAT breakdown, totals.
        n_lines = min(12, 1 + int(rng.expovariate(0.7)))
        scale = rng.lognormvariate(4.0, 1.3)  # unit price level, euros
        lines = []
        by_rate = {}
        exempt = rng.random() < 0.03
        for _ in range(n_lines):
            rate, cat, _ = RATES[3] if exempt else rng.choices(RATES, rate_w)[0]
            unit = rng.choice(UNITS)
            qty = rng.randint(1, 40) if unit in ("C62", "DAY") else rng.randint(100, 4000) / 100
            price = max(1, int(scale * rng.uniform(0.3, 1.7) * 100))  # cents
            net = round(qty * price)
            qty_s = str(qty) if isinstance(qty, int) else f"{qty:.2f}"
            lines.append({"description": rng.choice(DESCRIPTIONS), "quantity": qty_s, "unit": unit,
                          "unit_price": money(price), "vat_rate": money(rate), "net_amount": money(net)})
            by_rate.setdefault((cat, rate), 0)
            by_rate[(cat, rate)] += net
        vat_lines = []
        total_excl = total_vat = 0
        for (cat, rate), base in sorted(by_rate.items(), key=lambda kv: -kv[0][1]):
            amount = (base * rate + 5000) // 10000
            vat_lines.append({"category": cat, "rate": money(rate), "base": money(base), "amount": money(amount)})
            total_excl += base
            total_vat += amount
        total_incl = total_excl + total_vat
        due = 0 if framework.startswith("A2") else total_incl
        analysis = ENTRY_ANALYSIS if entry else rng.choices(analysis_v, analysis_w)[0]
        detail = json.dumps({"lines": lines, "vat_lines": vat_lines, "analysis": analysis},
                            ensure_ascii=False, separators=(",", ":"))

        prefix = "AV" if avoir else "F"
        key = (sid, year, prefix)
        seq[key] = seq.get(key, 0) + 1
        number = f"{prefix}{year}-{seq[key]:06d}"
        r_services = services.get(rid) or [None]
        r_service = rng.choice(r_services) if rng.random() < 0.4 else None
        blob = blobs[iid % len(blobs)] if rng.random() < 0.5 else rng.choice(blobs)
        file_name = f"{number}.pdf" if entry else rng.choice([f"facture-{number}.pdf", f"{number}.pdf", "facture.pdf"])
        mandate = (f"M{year}{rng.randint(0, 999999):06d}"
                   if status in ("MANDATEE", "COMPTABILISEE", "MISE_A_DISPOSITION_COMPTABLE") or
                   (status == "MISE_EN_PAIEMENT" and rng.random() < 0.5) else None)
        inv_rows.append((
            iid, number, year, status, "AVOIR" if avoir else "FACTURE", framework, fmt_d(created - rng.uniform(0, 10 * DAY_S)),
            "EUR", deposit_mode, "TVA_SUR_DEBIT" if rng.random() < 0.6 else None,
            rng.choice(["VIREMENT", "VIREMENT", "VIREMENT", "PRELEVEMENT", "CHEQUE"]) if rng.random() < 0.7 else None,
            sid, None, rid, r_service, validator,
            f"EJ{rng.randint(0, 9_999_999_999):010d}" if rng.random() < 0.4 else None,
            f"MP{year}-{rng.randint(1, 999):03d}" if rng.random() < 0.1 else None,
            f"F{year}-{rng.randint(1, max(1, seq.get((sid, year, 'F'), 1))):06d}" if avoir else None,
            mandate, "Commande du service technique" if rng.random() < 0.05 else None,
            money(total_excl), money(total_vat), money(total_incl), money(due), total_incl, detail,
            blob, file_name, s_email, fmt_t(created),
            fmt_t(deposited_at) if deposited_at is not None else None, fmt_t(status_at),
        ))
        for st, t, by, comment in hist:
            hist_rows.append((iid, st, fmt_t(t), by, comment))
        n_hist += len(hist)
        if rng.random() < 0.05:
            a = rng.choice(blobs)
            att_rows.append((iid, rng.choice(["bon-de-livraison.pdf", "devis.pdf", "PV-reception.pdf"]),
                             a, blob_size[a], fmt_t(created)))
            n_att += 1
        if len(inv_rows) >= 20_000:
            flush()
    flush()
    db.execute("COMMIT")

    if args.analyze:
        db.execute("ANALYZE")
    else:
        for (t,) in db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'sqlite_stat%'").fetchall():
            db.execute(f"DROP TABLE {t}")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()

    cutoff = f"{int(fmt_t(now)[:4]) - 2}{fmt_t(now)[4:]}"
    print(json.dumps({
        "invoices": n,
        "suppliers": len(suppliers),
        "recipients": len(recipients),
        "history": n_hist,
        "attachments": n_att,
        "files": len(set(blobs)),
        "statuses": dict(sorted(status_count.items(), key=lambda kv: -kv[1])),
        "now": fmt_t(now),
        "archive_cutoff": cutoff,
        "analyzed": args.analyze,
        "seed_seconds": round(time.perf_counter() - started, 2),
    }))


if __name__ == "__main__":
    main()
