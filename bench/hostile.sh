#!/usr/bin/env bash
# Hostile files against the analysis (issue 14): small crafted PDFs and XMLs that used to pin a
# core for minutes, and a large realistic PDF at the 10 MB limit. Prints, per file, its size,
# the wall time of `chorus invoice analyse` (PDFs) or `chorus invoice validate` (XML), process
# start included, the median of ROUNDS runs, and the outcome (ok, or the error code).
#
#   bash bench/hostile.sh                  # builds the release binary first
#   CHORUS_BIN=target/release/chorus ROUNDS=1 bash bench/hostile.sh
#
# Environment:
#   CHORUS_BIN  binary to measure (default: cargo build --release, then target/release/chorus)
#   ROUNDS      timed runs per file; the median counts (default 3)
#   KEEP=1      keep the generated files (their folder is printed)
#
# Targets: every crafted case under 50 ms, any PDF within the 10 MB limit under 1 s. A refusal
# (pdf_too_complex, pdf_bomb, xml_unparseable…) is a fine outcome: what matters is the time.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
work=$(mktemp -d)
if [[ "${KEEP:-0}" == 1 ]]; then echo "keeping $work" >&2; else trap 'rm -rf "$work"' EXIT; fi

if [[ -z "${CHORUS_BIN:-}" ]]; then
  cargo build --release --quiet
  CHORUS_BIN="$PWD/target/release/chorus"
fi

python3 - "$work" <<'PY'
import os, random, sys, zlib

out = sys.argv[1]

def pdf(objects, root=1):
    """A PDF from object bodies (object i+1 is objects[i]) with a correct xref table."""
    data = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        data += b"%010d 00000 n \n" % o
    data += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, xref)
    return bytes(data)

def stream(data, extra=b""):
    z = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(z), extra) + z + b"\nendstream"

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

def pages_pdf(contents, font=HELVETICA, more=()):
    """One page per content stream, all with the font /F1."""
    n = len(contents)
    first_page = 4 + len(more)
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
        font,
        *more,
    ]
    for i, c in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % (first_page + 2 * i + 1))
        objects.append(stream(c))
    return pdf(objects)

def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)

# Thousands of short text lines: the SIRET search looked up every number's heading by
# scanning the whole text again.
lines = b"BT /F1 9 Tf 40 800 Td (Fournisseur Client) Tj\n" + \
    b"0 -1 Td (SIRET 217 300 656 00014) Tj\n" * 40_000 + b"ET"
write("siret-lines.pdf", pages_pdf([lines]))

# 200,000 accented characters (e and e acute) in one string: one long line, whose every
# position looked for its line start.
write("accents.pdf", pages_pdf([b"BT /F1 9 Tf 40 800 Td (" + b"\xe9 " * 200_000 + b") Tj ET"]))

# A label inside a value that runs on ("facture-facture-..."): each label read the rest.
write("labels.pdf", pages_pdf([b"BT /F1 9 Tf 40 800 Td (x " + b"facture-" * 120_000 + b") Tj ET"]))

# Fifty megabytes of tiny operations: the work budget stops them.
write("operations.pdf", pages_pdf([b"q\n" * (25 << 20)]))

# 20,000 pages sharing one font dictionary of 20,000 entries (each read on every page).
n = 20_000
fonts = b" ".join(b"/F%d 3 0 R" % i for i in range(n))
objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
           b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (6 + i) for i in range(n)), n),
           HELVETICA,
           b"<< /Font << %s >> >>" % fonts,
           stream(b"BT /F7 9 Tf 40 800 Td (Facture) Tj ET")]
objects += [b"<< /Type /Page /Parent 2 0 R /Contents 5 0 R /Resources 4 0 R >>"] * n
write("shared-fonts.pdf", pdf(objects))

# A font whose /ToUnicode map inflates to 40 MB.
cmap = stream(b"%% padding\n" * (4 << 20))
font = b"<< /Type /Font /Subtype /Type0 /BaseFont /X /ToUnicode 4 0 R >>"
write("font-map.pdf", pages_pdf([b"BT /F1 9 Tf 40 800 Td <0041> Tj ET"], font, [cmap]))

# 200,000 namespace declarations on the root, distinct, then all of the same namespace, as a
# standalone XML and embedded in a Factur-X PDF.
def facturx(xml):
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(factur-x.xml) 4 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /EF << /F 5 0 R >> /AFRelationship /Data >>",
        stream(xml, b"/Type /EmbeddedFile"),
    ])
for name, uri in [("namespaces", lambda i: b"urn:%d" % i), ("namespaces-same", lambda i: b"urn:x")]:
    decls = b"".join(b' xmlns:p%d="%s"' % (i, uri(i)) for i in range(200_000))
    xml = b"<p0:a" + decls + b">" + b"<p0:b/>" * 1000 + b"</p0:a>"
    write(name + ".xml", xml)
    write(name + ".pdf", facturx(xml))

# A realistic large invoice near the 10 MB limit: about 5,500 pages of invoice lines, numbers
# random enough that the file stays big once compressed.
rng = random.Random(14)
pages = []
for p in range(5600):
    c = [b"BT /F1 9 Tf 40 800 Td 11 TL (FACTURE N\xb0 F-2026-%05d   Page %d) Tj T*" % (p, p + 1)]
    if p == 0:
        c.append(b"(Fournisseur : ACME SAS  SIRET 732 829 320 00074) Tj T*")
        c.append(b"(Client : Commune de Montreuil  SIRET 217 300 656 00014) Tj T*")
        c.append(b"(Engagement juridique : EJ2026-00123   Date : 22/11/2026) Tj T*")
    for _ in range(60):
        q, pu = rng.randint(1, 99), rng.randint(100, 99999)
        c.append(b"(Ref. %08d  D\xe9signation article %06d  Qt\xe9 %d  P.U. %d,%02d  Total %d,%02d) Tj T*" % (
            rng.randint(0, 10**8), rng.randint(0, 10**6), q, pu // 100, pu % 100,
            q * pu // 100, q * pu % 100))
    c.append(b"ET")
    pages.append(b"\n".join(c))
big = pages_pdf(pages)
while len(big) > 10 * 1024 * 1024:
    del pages[-100:]
    big = pages_pdf(pages)
write("large-invoice.pdf", big)
PY

python3 - "$work" "$CHORUS_BIN" "$ROUNDS" <<'PY'
import json, os, statistics, subprocess, sys, time
folder, chorus, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
print(f"{'file':<22} {'size':>10} {'median':>9}  outcome")
for name in sorted(os.listdir(folder)):
    path = os.path.join(folder, name)
    if name.endswith(".pdf"):
        command = [chorus, "invoice", "analyse", path, "--format", "json"]
    else:
        command = [chorus, "--store", os.path.join(folder, "none.db"), "invoice", "validate", path,
                   "--format", "json"]
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run = subprocess.run(command, capture_output=True)
        times.append(time.perf_counter() - start)
    outcome = "ok" if run.returncode == 0 else f"exit {run.returncode}"
    text = (run.stdout + run.stderr).decode(errors="replace")
    for code in ["pdf_too_complex", "pdf_bomb", "pdf_too_large", "pdf_damaged", "xml_unparseable",
                 "xml_not_invoice", "pdf_no_xml"]:
        if code in text:
            outcome += f" {code}"
            break
    print(f"{name:<22} {os.path.getsize(path):>10} {statistics.median(times) * 1000:>7.0f} ms  {outcome}")
PY
