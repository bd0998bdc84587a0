//! PDF generation with lopdf: the invoice (with its embedded CII XML) and the deposit certificate.
//!
//! Both are A4 documents in the standard Helvetica fonts (WinAnsiEncoding, so French accents,
//! « », € and œ render and extract), laid out by `canvas`. The output is deterministic: no
//! clock is read (dates come from the invoice) and the trailer /ID is a hash of the input.

use rust_decimal::Decimal;

use super::canvas::{self, Attachment, Canvas, LEFT, Meta, RIGHT, wrap};
use super::winansi::Font;
use crate::domain::invoice::{Amounts, InvoiceContent, InvoiceType, Party, PaymentMode, VatRegime};
use crate::error::{Error, Result};

/// What the certificat de dépôt shows.
#[derive(Debug, Clone)]
pub struct Certificate {
    pub invoice_id: i64,
    pub number: String,
    pub date: String,
    pub invoice_type: String,
    pub framework: String,
    pub supplier: String,
    pub recipient: String,
    pub amounts: Amounts,
    pub currency: String,
    pub deposit_mode: String,
    pub deposited_at: String,
    pub status: String,
    /// SHA-256 (hex) of the deposited file.
    pub sha256: String,
}

/// An A4 invoice PDF (parties, references, lines, VAT recap, totals) carrying `cii_xml` as
/// factur-x.xml (EN 16931 profile, AFRelationship Data, XMP metadata).
pub fn invoice_pdf(content: &InvoiceContent, cii_xml: &[u8]) -> Result<Vec<u8>> {
    if cii_xml.is_empty() {
        return Err(Error::internal(
            "the CII XML to embed in the invoice PDF is empty",
        ));
    }
    let title = format!("{} N° {}", kind(content), content.number);
    let mut layout = Layout {
        canvas: Canvas::new(),
        y: TOP,
        running_title: title.clone(),
    };
    layout.header(content, &title);
    layout.parties(content);
    layout.references(content);
    layout.lines(content);
    layout.totals(content);
    layout.comment(content);
    let mut canvas = layout.canvas;
    footers(
        &mut canvas,
        &title,
        "Factur-X EN 16931 : les données de la facture sont jointes au PDF (factur-x.xml)",
    );

    let meta = Meta {
        title: title.clone(),
        author: content.supplier.name.clone(),
        subject: format!(
            "{} de {} à {}",
            title, content.supplier.name, content.recipient.name
        ),
        date: canvas::iso_date(&content.date),
    };
    let mut seed = serde_json::to_vec(content)
        .map_err(|e| Error::internal(format!("cannot serialise the invoice: {e}")))?;
    seed.extend_from_slice(cii_xml);
    canvas::assemble(
        canvas.into_pages(),
        &meta,
        Some(Attachment {
            xml: cii_xml,
            level: "EN 16931",
        }),
        &seed,
    )
}

pub fn certificate_pdf(c: &Certificate) -> Result<Vec<u8>> {
    let mut canvas = Canvas::new();
    let mut y = TOP;
    canvas.text(LEFT, y, Font::Bold, 20.0, "Certificat de dépôt");
    y -= 18.0;
    canvas.text_gray(
        LEFT,
        y,
        Font::Regular,
        10.0,
        "Chorus Pro — accusé de dépôt d'une facture",
    );
    y -= 14.0;
    canvas.line(LEFT, y, RIGHT, y, 1.0, 0.0);
    y -= 22.0;

    let money = |d: &Decimal| format_money(d, &c.currency);
    let rows: Vec<(&str, String)> = vec![
        ("Identifiant de la facture", c.invoice_id.to_string()),
        ("Numéro de facture", c.number.clone()),
        ("Date de facture", format_date(&c.date)),
        ("Type de facture", c.invoice_type.clone()),
        ("Cadre de facturation", c.framework.clone()),
        ("Fournisseur", c.supplier.clone()),
        ("Destinataire", c.recipient.clone()),
        ("Montant HT", money(&c.amounts.total_excl_vat)),
        ("Montant TVA", money(&c.amounts.vat)),
        ("Montant TTC", money(&c.amounts.total_incl_vat)),
        ("Net à payer", money(&c.amounts.amount_due)),
        ("Devise", c.currency.clone()),
        ("Mode de dépôt", c.deposit_mode.clone()),
        ("Date et heure de dépôt", c.deposited_at.clone()),
        ("Statut", c.status.clone()),
        ("Empreinte SHA-256 du fichier", c.sha256.clone()),
    ];
    let value_x = LEFT + 175.0;
    let value_width = RIGHT - value_x;
    for (label, value) in rows {
        // The hash on one line: 64 hex digits fit at 9 points.
        let size = if value.len() == 64 { 9.0 } else { 10.0 };
        let lines = wrap(&value, Font::Regular, size, value_width);
        canvas.text(LEFT, y, Font::Bold, 10.0, label);
        for line in &lines {
            canvas.text(value_x, y, Font::Regular, size, line);
            y -= 14.0;
        }
        y -= 4.0;
        canvas.line(LEFT, y + 10.0, RIGHT, y + 10.0, 0.3, 0.75);
        if y < 120.0 {
            break;
        }
    }
    y -= 16.0;
    for line in wrap(
        "Ce certificat atteste que le fichier identifié par l'empreinte SHA-256 ci-dessus a été \
         déposé à la date indiquée. Conservez-le avec la facture.",
        Font::Regular,
        9.0,
        RIGHT - LEFT,
    ) {
        canvas.text_gray(LEFT, y, Font::Regular, 9.0, &line);
        y -= 12.0;
    }
    let title = format!("Certificat de dépôt — facture N° {}", c.number);
    footers(&mut canvas, &title, "");

    let meta = Meta {
        title,
        author: c.supplier.clone(),
        subject: format!(
            "Dépôt de la facture N° {} de {} à {}",
            c.number, c.supplier, c.recipient
        ),
        date: canvas::iso_date(&c.deposited_at).or_else(|| canvas::iso_date(&c.date)),
    };
    canvas::assemble(
        canvas.into_pages(),
        &meta,
        None,
        format!("{c:?}").as_bytes(),
    )
}

const TOP: f32 = 800.0;
/// Content stops above this line; the footer lives below it.
const BOTTOM: f32 = 62.0;

const SIZE: f32 = 9.0;
const LEADING: f32 = 11.5;

fn kind(content: &InvoiceContent) -> &'static str {
    match content.invoice_type {
        InvoiceType::Facture => "FACTURE",
        InvoiceType::Avoir => "AVOIR",
    }
}

/// Writes "title — page i / n" and `note` at the bottom of every page.
fn footers(canvas: &mut Canvas, title: &str, note: &str) {
    let n = canvas.page_count();
    for i in 0..n {
        let page = canvas.on_page(i);
        let label = format!("Page {} / {}", i + 1, n);
        canvas::draw_text(page, LEFT, 40.0, Font::Regular, 8.0, title, 0.35);
        let x = RIGHT - Font::Regular.width(&label, 8.0);
        canvas::draw_text(page, x, 40.0, Font::Regular, 8.0, &label, 0.35);
        if !note.is_empty() {
            canvas::draw_text(page, LEFT, 29.0, Font::Regular, 7.0, note, 0.35);
        }
    }
}

/// The invoice being laid out: a canvas and the height reached on its current page.
struct Layout {
    canvas: Canvas,
    y: f32,
    running_title: String,
}

/// Columns of the lines table: (left edge, right edge).
const COL_DESC: (f32, f32) = (LEFT + 4.0, LEFT + 218.0);
const COL_QTY: (f32, f32) = (LEFT + 222.0, LEFT + 268.0);
const COL_UNIT: (f32, f32) = (LEFT + 274.0, LEFT + 322.0);
const COL_PRICE: (f32, f32) = (LEFT + 326.0, LEFT + 392.0);
const COL_VAT: (f32, f32) = (LEFT + 396.0, LEFT + 430.0);
const COL_NET: (f32, f32) = (LEFT + 434.0, RIGHT - 4.0);

impl Layout {
    /// Starts a new page if `height` does not fit above the footer.
    fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM {
            self.canvas.new_page();
            self.y = TOP;
            let title = format!("{} (suite)", self.running_title);
            self.canvas.text(LEFT, self.y, Font::Bold, 11.0, &title);
            self.y -= 24.0;
        }
    }

    fn header(&mut self, c: &InvoiceContent, title: &str) {
        self.canvas.text(LEFT, self.y, Font::Bold, 18.0, title);
        let date = format!("Date : {}", format_date(&c.date));
        self.canvas
            .text_right(RIGHT, self.y, Font::Regular, 10.0, &date);
        self.y -= 16.0;
        if c.invoice_type == InvoiceType::Avoir
            && let Some(original) = &c.original_number
        {
            let text = format!("Avoir sur la facture N° {original}");
            self.canvas.text(LEFT, self.y, Font::Regular, 10.0, &text);
            self.y -= 14.0;
        }
        self.canvas.line(LEFT, self.y, RIGHT, self.y, 1.0, 0.0);
        self.y -= 18.0;
    }

    fn parties(&mut self, c: &InvoiceContent) {
        let width = (RIGHT - LEFT - 14.0) / 2.0;
        let blocks = [
            (
                "FOURNISSEUR (ÉMETTEUR)",
                party_lines(&c.supplier, width - 16.0),
            ),
            (
                "DESTINATAIRE (CLIENT)",
                party_lines(&c.recipient, width - 16.0),
            ),
        ];
        let rows = blocks.iter().map(|(_, l)| l.len()).max().unwrap_or(0);
        let height = 22.0 + rows as f32 * 12.0 + 6.0;
        let top = self.y + 10.0;
        for (i, (heading, lines)) in blocks.iter().enumerate() {
            let x = LEFT + i as f32 * (width + 14.0);
            self.canvas.frame(x, top - height, width, height, 0.6);
            self.canvas
                .text_gray(x + 8.0, self.y, Font::Bold, 8.0, heading);
            let mut y = self.y - 15.0;
            for (font, line) in lines {
                self.canvas.text(x + 8.0, y, *font, SIZE, line);
                y -= 12.0;
            }
        }
        self.y = top - height - 20.0;
    }

    fn references(&mut self, c: &InvoiceContent) {
        let mut items: Vec<(&str, String)> = Vec::new();
        if let Some(v) = &c.engagement_number {
            items.push(("N° d'engagement", v.clone()));
        }
        if let Some(v) = &c.market_number {
            items.push(("N° de marché", v.clone()));
        }
        if let Some(v) = &c.original_number {
            items.push(("Facture d'origine", v.clone()));
        }
        items.push(("Cadre de facturation", c.framework.as_str().to_string()));
        items.push(("Devise", c.currency.clone()));
        if let Some(v) = c.vat_regime {
            items.push(("Régime de TVA", vat_regime_label(v).to_string()));
        }
        if let Some(v) = c.payment_mode {
            items.push(("Mode de paiement", payment_mode_label(v).to_string()));
        }
        self.ensure(30.0);
        self.canvas
            .text(LEFT, self.y, Font::Bold, 10.0, "Références");
        self.y -= 15.0;
        let width = (RIGHT - LEFT - 14.0) / 2.0;
        for pair in items.chunks(2) {
            let cells: Vec<Vec<String>> = pair
                .iter()
                .map(|(label, value)| {
                    wrap(&format!("{label} : {value}"), Font::Regular, SIZE, width)
                })
                .collect();
            let rows = cells.iter().map(Vec::len).max().unwrap_or(1);
            self.ensure(rows as f32 * LEADING);
            for (i, lines) in cells.iter().enumerate() {
                let x = LEFT + i as f32 * (width + 14.0);
                for (j, line) in lines.iter().enumerate() {
                    self.canvas
                        .text(x, self.y - j as f32 * LEADING, Font::Regular, SIZE, line);
                }
            }
            self.y -= rows as f32 * LEADING;
        }
        self.y -= 14.0;
    }

    fn table_header(&mut self) {
        self.canvas
            .fill(LEFT, self.y - 5.0, RIGHT - LEFT, 17.0, 0.88);
        let y = self.y;
        let size = 8.5;
        self.canvas
            .text(COL_DESC.0, y, Font::Bold, size, "Désignation");
        self.canvas
            .text_right(COL_QTY.1, y, Font::Bold, size, "Qté");
        self.canvas.text(COL_UNIT.0, y, Font::Bold, size, "Unité");
        self.canvas
            .text_right(COL_PRICE.1, y, Font::Bold, size, "P.U. HT");
        self.canvas
            .text_right(COL_VAT.1, y, Font::Bold, size, "TVA");
        self.canvas
            .text_right(COL_NET.1, y, Font::Bold, size, "Montant HT");
        self.y -= 19.0;
    }

    fn lines(&mut self, c: &InvoiceContent) {
        self.ensure(17.0 + 2.0 * LEADING);
        self.table_header();
        for line in &c.lines {
            let desc = wrap(
                &line.description,
                Font::Regular,
                SIZE,
                COL_DESC.1 - COL_DESC.0,
            );
            let unit = wrap(
                unit_label(&line.unit),
                Font::Regular,
                SIZE,
                COL_UNIT.1 - COL_UNIT.0,
            );
            let rows = desc.len().max(unit.len());
            let height = rows as f32 * LEADING + 4.0;
            if self.y - height < BOTTOM {
                self.ensure(height + 19.0);
                self.table_header();
            }
            let y = self.y;
            for (i, text) in desc.iter().enumerate() {
                let yy = y - i as f32 * LEADING;
                self.canvas.text(COL_DESC.0, yy, Font::Regular, SIZE, text);
            }
            for (i, text) in unit.iter().enumerate() {
                let yy = y - i as f32 * LEADING;
                self.canvas.text(COL_UNIT.0, yy, Font::Regular, SIZE, text);
            }
            let qty = format_number(&line.quantity);
            self.canvas
                .text_right(COL_QTY.1, y, Font::Regular, SIZE, &qty);
            let price = format_price(&line.unit_price);
            self.canvas
                .text_right(COL_PRICE.1, y, Font::Regular, SIZE, &price);
            let rate = format_rate(&line.vat_rate);
            self.canvas
                .text_right(COL_VAT.1, y, Font::Regular, SIZE, &rate);
            let net = format_amount(&line.net_amount);
            self.canvas
                .text_right(COL_NET.1, y, Font::Regular, SIZE, &net);
            self.y -= height;
            self.canvas
                .line(LEFT, self.y + 7.5, RIGHT, self.y + 7.5, 0.3, 0.75);
        }
        self.y -= 12.0;
    }

    fn totals(&mut self, c: &InvoiceContent) {
        let money = |d: &Decimal| format_money(d, &c.currency);
        let a = &c.amounts;
        let totals = [
            ("Total HT", money(&a.total_excl_vat)),
            ("Total TVA", money(&a.vat)),
            ("Total TTC", money(&a.total_incl_vat)),
        ];
        let recap_rows = c.vat_lines.len() + 2;
        let height = (recap_rows.max(totals.len() + 2) as f32) * 14.0 + 10.0;
        self.ensure(height);
        let top = self.y;

        // VAT breakdown, left.
        let x0 = LEFT;
        let cols = [x0 + 118.0, x0 + 160.0, x0 + 225.0, x0 + 285.0];
        self.canvas
            .text(x0, top, Font::Bold, 10.0, "Récapitulatif de la TVA");
        let mut y = top - 15.0;
        self.canvas.text(x0, y, Font::Bold, 8.5, "Catégorie");
        self.canvas.text_right(cols[1], y, Font::Bold, 8.5, "Taux");
        self.canvas
            .text_right(cols[2], y, Font::Bold, 8.5, "Base HT");
        self.canvas
            .text_right(cols[3], y, Font::Bold, 8.5, "Montant TVA");
        self.canvas.line(x0, y - 4.0, cols[3], y - 4.0, 0.3, 0.5);
        for v in &c.vat_lines {
            y -= 14.0;
            let category = vat_category_label(&v.category);
            self.canvas.text(x0, y, Font::Regular, SIZE, &category);
            let rate = format_rate(&v.rate);
            self.canvas
                .text_right(cols[1], y, Font::Regular, SIZE, &rate);
            let base = format_amount(&v.base);
            self.canvas
                .text_right(cols[2], y, Font::Regular, SIZE, &base);
            let amount = format_amount(&v.amount);
            self.canvas
                .text_right(cols[3], y, Font::Regular, SIZE, &amount);
        }
        let recap_bottom = y;

        // Totals, right.
        let label_x = RIGHT - 200.0;
        let mut y = top;
        for (label, value) in &totals {
            self.canvas.text(label_x, y, Font::Regular, 10.0, label);
            self.canvas
                .text_right(RIGHT - 6.0, y, Font::Regular, 10.0, value);
            y -= 15.0;
        }
        self.canvas
            .fill(label_x - 6.0, y - 6.0, RIGHT - label_x + 6.0, 19.0, 0.88);
        self.canvas
            .text(label_x, y, Font::Bold, 11.0, "Net à payer");
        let due = money(&a.amount_due);
        self.canvas
            .text_right(RIGHT - 6.0, y, Font::Bold, 11.0, &due);
        self.y = recap_bottom.min(y) - 26.0;
    }

    fn comment(&mut self, c: &InvoiceContent) {
        let Some(comment) = c.comment.as_deref().filter(|s| !s.trim().is_empty()) else {
            return;
        };
        self.ensure(15.0 + LEADING);
        self.canvas
            .text(LEFT, self.y, Font::Bold, 10.0, "Commentaire");
        self.y -= 15.0;
        for line in wrap(comment, Font::Regular, SIZE, RIGHT - LEFT) {
            self.ensure(LEADING);
            self.canvas.text(LEFT, self.y, Font::Regular, SIZE, &line);
            self.y -= LEADING;
        }
    }
}

/// The lines of a party's block, each with its font.
fn party_lines(p: &Party, width: f32) -> Vec<(Font, String)> {
    let mut lines = Vec::new();
    for l in wrap(&p.name, Font::Bold, SIZE, width) {
        lines.push((Font::Bold, l));
    }
    let id = p.identifier.trim();
    let id_line = if id.len() == 14 && id.bytes().all(|b| b.is_ascii_digit()) {
        format!(
            "SIRET : {} {} {} {}",
            &id[..3],
            &id[3..6],
            &id[6..9],
            &id[9..]
        )
    } else {
        format!("Identifiant : {id}")
    };
    lines.push((Font::Regular, id_line));
    let mut push = |text: String| {
        for l in wrap(&text, Font::Regular, SIZE, width) {
            lines.push((Font::Regular, l));
        }
    };
    if let Some(v) = p.vat_number.as_deref().filter(|v| !v.is_empty()) {
        push(format!("N° TVA : {v}"));
    }
    if let Some(v) = p.service_code.as_deref().filter(|v| !v.is_empty()) {
        push(format!("Code service : {v}"));
    }
    if let Some(v) = p.address.as_deref().filter(|v| !v.is_empty()) {
        push(v.to_string());
    }
    let city = [p.postcode.as_deref(), p.city.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if !city.is_empty() {
        push(city);
    }
    if let Some(v) = p.country.as_deref().filter(|v| !v.is_empty() && *v != "FR") {
        push(v.to_string());
    }
    lines
}

fn vat_regime_label(v: VatRegime) -> &'static str {
    match v {
        VatRegime::TvaSurDebit => "TVA sur les débits",
        VatRegime::TvaSurEncaissement => "TVA sur les encaissements",
        VatRegime::Exoneration => "exonération de TVA",
        VatRegime::SansTva => "sans TVA",
    }
}

fn payment_mode_label(p: PaymentMode) -> &'static str {
    match p {
        PaymentMode::Cheque => "chèque",
        PaymentMode::Prelevement => "prélèvement",
        PaymentMode::Virement => "virement",
        PaymentMode::Espece => "espèces",
        PaymentMode::Autre => "autre",
        PaymentMode::Report => "report",
    }
}

fn vat_category_label(code: &str) -> String {
    let name = match code {
        "S" => "taux normal",
        "Z" => "taux zéro",
        "E" => "exonéré",
        "AE" => "autoliquidation",
        "K" => "intracommunautaire",
        "G" => "export hors UE",
        "O" => "hors champ",
        "L" => "Canaries",
        "M" => "Ceuta et Melilla",
        _ => return code.to_string(),
    };
    format!("{code} ({name})")
}

/// UN/ECE Recommendation 20 units in French; other codes as they are.
fn unit_label(code: &str) -> &str {
    match code {
        "C62" | "H87" | "EA" | "XPP" => "unité",
        "HUR" => "heure",
        "DAY" => "jour",
        "WEE" => "semaine",
        "MON" => "mois",
        "ANN" => "an",
        "MIN" => "minute",
        "KGM" => "kg",
        "TNE" => "tonne",
        "GRM" => "g",
        "MTR" => "m",
        "KMT" => "km",
        "MTK" => "m²",
        "MTQ" => "m³",
        "LTR" => "litre",
        "LS" => "forfait",
        "SET" => "lot",
        "E48" => "service",
        other => other,
    }
}

/// 2026-11-22 → 22/11/2026; anything else as it is.
fn format_date(iso: &str) -> String {
    match canvas::iso_date(iso) {
        Some((y, m, d)) => format!("{d:02}/{m:02}/{y:04}"),
        None => iso.to_string(),
    }
}

/// French grouping: 1234567.5 → "1 234 567,5".
fn french(plain: &str) -> String {
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(' ');
        }
        grouped.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{grouped},{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// An amount with two decimals: "1 234,50".
fn format_amount(d: &Decimal) -> String {
    french(&format!(
        "{:.2}",
        d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    ))
}

/// A quantity or price without trailing zeros: "1,5", "12".
fn format_number(d: &Decimal) -> String {
    french(&d.normalize().to_string())
}

/// A unit price: two decimals at least, more when it has them ("80,00", "0,125").
fn format_price(d: &Decimal) -> String {
    let n = d.normalize();
    if n.scale() <= 2 {
        format_amount(&n)
    } else {
        format_number(&n)
    }
}

fn format_rate(d: &Decimal) -> String {
    format!("{} %", format_number(d))
}

fn format_money(d: &Decimal, currency: &str) -> String {
    let symbol = if currency.eq_ignore_ascii_case("EUR") {
        "€"
    } else {
        currency
    };
    format!("{} {symbol}", format_amount(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_number_formats() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(format_amount(&d("1234567.5")), "1 234 567,50");
        assert_eq!(format_amount(&d("-12.345")), "-12,35");
        assert_eq!(format_amount(&d("0")), "0,00");
        assert_eq!(format_number(&d("1.500")), "1,5");
        assert_eq!(format_number(&d("1200")), "1 200");
        assert_eq!(format_rate(&d("5.50")), "5,5 %");
        assert_eq!(format_price(&d("80")), "80,00");
        assert_eq!(format_price(&d("0.12500")), "0,125");
        assert_eq!(format_money(&d("10"), "EUR"), "10,00 €");
        assert_eq!(format_money(&d("10"), "USD"), "10,00 USD");
        assert_eq!(format_date("2026-11-22"), "22/11/2026");
        assert_eq!(format_date("bientôt"), "bientôt");
    }
}
