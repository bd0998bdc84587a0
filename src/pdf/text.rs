//! Best-effort reading of an invoice's text when the PDF carries no XML, as the portal does:
//! recipient SIRET, engagement number and invoice number found by keyword.
//!
//! Keywords are matched on a folded copy of the text (lower case, no accents, non-breaking
//! spaces as spaces) that keeps one character per original character, so a match in the folded
//! text points at the same place in the original.
//!
//! The text is hostile: every search is linear in its length (line starts and role words are
//! indexed once, values and windows are capped), and the characters scanned are charged to the
//! file's [`Work`] budget.

use std::cell::Cell;
use std::collections::HashMap;

use super::work::Work;
use crate::domain::identifier::check_siret;
use crate::domain::invoice::{DocumentFields, InvoiceType};
use crate::error::Result;

/// The fields found in `text`, the steps spent charged to `work` (refused past its limit).
pub fn guess_fields(text: &str, work: &mut Work) -> Result<DocumentFields> {
    let t = Folded::new(text);
    let mut fields = DocumentFields::default();
    let (supplier, recipient) = sirets(&t);
    work.charge(t.take_steps())?;
    fields.supplier_identifier = supplier;
    fields.recipient_identifier = recipient;
    fields.engagement_number = first_value(&t, ENGAGEMENT_LABELS).map(|(_, v)| v);
    work.charge(t.take_steps())?;
    if let Some((label, number)) = first_value(&t, NUMBER_LABELS) {
        fields.invoice_type = Some(if label.contains("avoir") || label.contains("credit") {
            InvoiceType::Avoir
        } else {
            InvoiceType::Facture
        });
        fields.number = Some(number);
    }
    work.charge(t.take_steps())?;
    fields.date = invoice_date(&t);
    work.charge(t.take_steps())?;
    Ok(fields)
}

/// The text twice: as written, and folded for matching; index i is the same character in both.
struct Folded {
    chars: Vec<char>,
    folded: Vec<char>,
    /// Index of the first character of each line.
    lines: Vec<usize>,
    /// Where words start (after a character that is not a letter or digit), by their first
    /// character, a to z then 0 to 9: a keyword is only compared where its first letter starts
    /// a word, instead of at every position once per keyword.
    starts: Vec<Vec<usize>>,
    /// Steps spent since the last [`Folded::take_steps`] (a `Cell`: the searches only read).
    steps: Cell<u64>,
}

/// The index of a word's first character in [`Folded::starts`].
fn bucket(c: char) -> Option<usize> {
    match c {
        'a'..='z' => Some(c as usize - 'a' as usize),
        '0'..='9' => Some(26 + c as usize - '0' as usize),
        _ => None,
    }
}

fn fold(c: char) -> char {
    match crate::domain::text::unaccent(c) {
        'º' => '°',
        '’' | '`' | '´' => '\'',
        '\t' | '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' => ' ',
        '\r' => '\n',
        c => c,
    }
}

impl Folded {
    fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let folded: Vec<char> = chars.iter().map(|&c| fold(c)).collect();
        let lines = std::iter::once(0)
            .chain(
                folded
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| **c == '\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        let mut starts = vec![Vec::new(); 36];
        for (i, &c) in folded.iter().enumerate() {
            if let Some(bucket) = bucket(c)
                && (i == 0 || !folded[i - 1].is_alphanumeric())
            {
                starts[bucket].push(i);
            }
        }
        let steps = Cell::new(3 * chars.len() as u64);
        Folded {
            chars,
            folded,
            lines,
            starts,
            steps,
        }
    }

    /// Where words starting with a digit start, in order.
    fn digit_starts(&self) -> Vec<usize> {
        let mut all: Vec<usize> = self.starts[26..].concat();
        all.sort_unstable();
        self.spend(all.len());
        all
    }

    fn spend(&self, steps: usize) {
        self.steps.set(self.steps.get() + steps as u64);
    }

    fn take_steps(&self) -> u64 {
        self.steps.replace(0)
    }

    fn len(&self) -> usize {
        self.chars.len()
    }

    /// Start indices of `pattern` (already folded, starting with a-z or 0-9) at word
    /// boundaries.
    fn find_all(&self, pattern: &str) -> Vec<usize> {
        let p: Vec<char> = pattern.chars().collect();
        let mut hits = Vec::new();
        let Some(bucket) = p.first().and_then(|&c| bucket(c)) else {
            return hits;
        };
        let starts = &self.starts[bucket];
        self.spend(starts.len());
        for &i in starts {
            if self.folded.get(i..i + p.len()) == Some(&p[..])
                && self
                    .folded
                    .get(i + p.len())
                    .is_none_or(|c| !c.is_alphanumeric() || !p[p.len() - 1].is_alphanumeric())
            {
                hits.push(i);
            }
        }
        hits
    }

    fn folded_str(&self, from: usize, to: usize) -> String {
        self.folded[from.min(self.len())..to.min(self.len())]
            .iter()
            .collect()
    }

    /// The line of the character at `i` (a binary search: long lines cost nothing more).
    fn line_of(&self, i: usize) -> usize {
        self.spend(1);
        self.lines.partition_point(|&start| start <= i) - 1
    }

    fn line_start(&self, i: usize) -> usize {
        self.lines[self.line_of(i)]
    }
}

// ---------------------------------------------------------------------------------------------
// Labelled values: engagement and invoice numbers.

/// Engagement (purchase order) labels: tiers by specificity; within a tier the first in the
/// text wins.
const ENGAGEMENT_LABELS: &[&[&str]] = &[
    &["engagement juridique", "engagement", "ej"],
    &["bon de commande", "commande", "purchase order", "po", "bc"],
];

/// Invoice number labels, in tiers like [`ENGAGEMENT_LABELS`]: the generic words come last
/// and the first of them in the text wins, so that the title "AVOIR N° A-7" beats a later
/// "avoir sur la facture N° F-1".
const NUMBER_LABELS: &[&[&str]] = &[
    &[
        "numero de facture",
        "n° de facture",
        "no de facture",
        "n° facture",
        "invoice number",
        "invoice no",
        "numero d'avoir",
        "n° d'avoir",
        "n° avoir",
        "credit note number",
    ],
    &["facture", "avoir", "invoice"],
];

/// Words that may sit between a label and its value.
const FILLERS: &[&str] = &[
    "n°",
    "no.",
    "no",
    "nr",
    "num.",
    "num",
    "numero",
    "number",
    "ref.",
    "ref",
    "reference",
    "de",
    "du",
    "d'",
    "l'",
    "juridique",
    "#",
];

/// The first label (by tier, then by position) followed by a plausible value: (label, value).
fn first_value(t: &Folded, tiers: &[&[&str]]) -> Option<(String, String)> {
    tiers.iter().find_map(|labels| {
        let mut hits: Vec<(usize, &str)> = labels
            .iter()
            .flat_map(|label| t.find_all(label).into_iter().map(move |at| (at, *label)))
            .collect();
        // At one position the longer label wins ("engagement juridique" over "engagement").
        hits.sort_by_key(|&(at, label)| (at, std::cmp::Reverse(label.len())));
        hits.into_iter().find_map(|(at, label)| {
            value_after(t, at + label.chars().count()).map(|v| (label.to_string(), v))
        })
    })
}

/// The longest value read after a label.
const MAX_VALUE: usize = 50;

/// The identifier written after a label: separators and filler words skipped (one line break
/// allowed, for labels above their value), then letters, digits and - / _ . up to a space.
fn value_after(t: &Folded, mut i: usize) -> Option<String> {
    let mut newlines = 0;
    loop {
        t.spend(1);
        match t.folded.get(i) {
            Some(' ' | ':' | '.' | '=' | '-' | '–' | '#') => i += 1,
            Some('\n') if newlines == 0 => {
                newlines += 1;
                i += 1;
            }
            Some(_) => {
                // Compared in place: this runs after every label hit.
                let filler = FILLERS.iter().find_map(|f| {
                    let n = f.chars().count();
                    let here = f.chars().zip(i..).all(|(c, j)| t.folded.get(j) == Some(&c));
                    let last = f.chars().last().is_some_and(char::is_alphanumeric);
                    let ends = t
                        .folded
                        .get(i + n)
                        .is_none_or(|c| !c.is_alphanumeric() || !last);
                    (here && ends).then_some(n)
                });
                match filler {
                    Some(n) => i += n,
                    None => break,
                }
            }
            None => return None,
        }
    }
    let start = i;
    // A value is at most 50 characters: scanning further would make every label inside a long
    // run ("facture-facture-…") rescan the rest of it.
    while i - start <= MAX_VALUE
        && t.chars
            .get(i)
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '_' | '.'))
    {
        i += 1;
    }
    t.spend(i - start);
    let value: String = t.chars[start..i].iter().collect();
    let value = value.trim_end_matches(['.', '-', '/', '_']).to_string();
    let ok = (1..=MAX_VALUE).contains(&value.chars().count())
        && value.chars().any(|c| c.is_ascii_digit())
        && parse_date(&Folded::new(&value), 0).is_none();
    ok.then_some(value)
}

// ---------------------------------------------------------------------------------------------
// Dates.

const MONTHS: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// Dates that are not the invoice date.
const OTHER_DATES: &[&str] = &[
    "echeance",
    "limite",
    "livraison",
    "paiement",
    "reglement",
    "commande",
    "prestation",
    "execution",
    "validite",
    "naissance",
    "periode",
    "depot",
    "reception",
];

/// The invoice date as ISO: after "date" (not a due or delivery date), after "facture … du",
/// else the first date of the text that is not labelled as another date.
fn invoice_date(t: &Folded) -> Option<String> {
    let others = OtherDates::new(t);
    let labelled = |label: &str| {
        t.find_all(label).into_iter().find_map(|at| {
            let from = at + label.chars().count();
            // The date must follow within a short window, with no other-date word before it:
            // it starts before the end of the first such word.
            let end = (from + 40).min(t.len());
            let cutoff = others.first_end(t, at).map_or(end, |e| e.min(end));
            (from..cutoff).find_map(|i| {
                t.spend(1);
                let starts = i == 0 || !t.folded[i - 1].is_alphanumeric();
                starts.then(|| parse_date(t, i)).flatten()
            })
        })
    };
    if let Some(d) = labelled("date") {
        return Some(d);
    }
    for label in ["facture", "avoir", "emise le", "emis le", "fait le"] {
        if let Some(d) = labelled(label) {
            return Some(d);
        }
    }
    // A date starts with a digit at the start of a word.
    t.digit_starts().into_iter().find_map(|i| {
        let date = parse_date(t, i)?;
        let before = i.saturating_sub(30).max(t.line_start(i));
        match others.first_end(t, before) {
            Some(end) if end <= i => None,
            _ => Some(date),
        }
    })
}

/// The other-date words wherever they are (as `str::contains` finds them), found in one pass:
/// `starts` in order and, for each k, the smallest end of the words from k on, so that "is there
/// one in from..to" is a binary search.
struct OtherDates {
    starts: Vec<usize>,
    min_end: Vec<usize>,
}

impl OtherDates {
    fn new(t: &Folded) -> OtherDates {
        let words: Vec<Vec<char>> = OTHER_DATES.iter().map(|w| w.chars().collect()).collect();
        let mut found: Vec<(usize, usize)> = Vec::new();
        t.spend(t.len());
        for i in 0..t.len() {
            // Few characters start one of the words: most positions stop at the first test.
            for w in words.iter().filter(|w| w[0] == t.folded[i]) {
                if t.folded.get(i..i + w.len()) == Some(&w[..]) {
                    found.push((i, i + w.len()));
                }
            }
        }
        let starts = found.iter().map(|&(s, _)| s).collect();
        let mut min_end: Vec<usize> = found.iter().map(|&(_, e)| e).collect();
        for k in (0..min_end.len().saturating_sub(1)).rev() {
            min_end[k] = min_end[k].min(min_end[k + 1]);
        }
        OtherDates { starts, min_end }
    }

    /// The end of the first word to end among those starting at or after `from`.
    fn first_end(&self, t: &Folded, from: usize) -> Option<usize> {
        t.spend(1);
        let k = self.starts.partition_point(|&s| s < from);
        self.min_end.get(k).copied()
    }
}

fn digits_at(t: &Folded, i: usize, min: usize, max: usize) -> Option<(u32, usize)> {
    let n = t.folded[i.min(t.len())..]
        .iter()
        .take(max + 1)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if n < min || n > max {
        return None;
    }
    let s: String = t.folded[i..i + n].iter().collect();
    Some((s.parse().ok()?, i + n))
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400)) => 29,
        2 => 28,
        _ => return None,
    };
    ((1900..=2199).contains(&y) && (1..=days).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A date starting at `i`: 22/11/2026, 22.11.2026, 22-11-2026, 22/11/26, 2026-11-22,
/// 22 novembre 2026, 1er mars 2026.
fn parse_date(t: &Folded, i: usize) -> Option<String> {
    let end_ok = |j: usize| t.folded.get(j).is_none_or(|c| !c.is_ascii_digit());
    // yyyy-mm-dd
    if let Some((y, j)) = digits_at(t, i, 4, 4)
        && t.folded.get(j) == Some(&'-')
        && let Some((m, k)) = digits_at(t, j + 1, 1, 2)
        && t.folded.get(k) == Some(&'-')
        && let Some((d, l)) = digits_at(t, k + 1, 1, 2)
        && end_ok(l)
    {
        return iso(y, m, d);
    }
    let (d, j) = digits_at(t, i, 1, 2)?;
    // dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, dd/mm/yy
    if let Some(&sep) = t.folded.get(j)
        && matches!(sep, '/' | '.' | '-')
        && let Some((m, k)) = digits_at(t, j + 1, 1, 2)
        && t.folded.get(k) == Some(&sep)
    {
        if let Some((y, l)) = digits_at(t, k + 1, 4, 4)
            && end_ok(l)
        {
            return iso(y, m, d);
        }
        if let Some((y, l)) = digits_at(t, k + 1, 2, 2)
            && end_ok(l)
        {
            return iso(2000 + y, m, d);
        }
        return None;
    }
    // 22 novembre 2026, 1er mars 2026
    let mut k = j;
    if t.folded_str(k, k + 2) == "er" {
        k += 2;
    }
    if t.folded.get(k) != Some(&' ') {
        return None;
    }
    k += 1;
    let month = MONTHS.iter().position(|m| {
        let n = m.chars().count();
        t.folded_str(k, k + n) == *m && t.folded.get(k + n) == Some(&' ')
    })?;
    k += MONTHS[month].chars().count() + 1;
    let (y, l) = digits_at(t, k, 4, 4)?;
    end_ok(l).then(|| iso(y, month as u32 + 1, d)).flatten()
}

// ---------------------------------------------------------------------------------------------
// SIRET numbers.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Supplier,
    Recipient,
}

/// Words announcing the buyer (the public structure Chorus Pro delivers to).
const RECIPIENT_WORDS: &[&str] = &[
    "destinataire",
    "client",
    "acheteur",
    "facture a",
    "factures a",
    "adresse de facturation",
    "debiteur",
    "commanditaire",
    "pouvoir adjudicateur",
    "donneur d'ordre",
    "service executant",
    "siret dest",
];

/// Words announcing the seller, including the legal mentions of its letterhead.
const SUPPLIER_WORDS: &[&str] = &[
    "fournisseur",
    "emetteur",
    "vendeur",
    "prestataire",
    "titulaire",
    "creancier",
    "capital",
    "rcs",
    "ape",
    "naf",
];

/// Groupings in which a SIRET is written: 14 digits, 9 + 5, 3 3 3 5, 3 3 3 3 2.
const SHAPES: &[&[usize]] = &[&[14], &[9, 5], &[3, 3, 3, 5], &[3, 3, 3, 3, 2]];

#[derive(Debug)]
struct Siret {
    digits: String,
    at: usize,
    /// "SIRET" (or "SIREN") is written just before it.
    labelled: bool,
    role: Option<Role>,
}

/// Every SIRET-shaped number of the text, in order.
fn siret_candidates(t: &Folded) -> Vec<Siret> {
    // Runs of digit groups separated by one space or dot.
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::new();
    t.spend(2 * t.len());
    let mut i = 0;
    while i < t.len() {
        if !t.folded[i].is_ascii_digit() || (i > 0 && t.folded[i - 1].is_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut run = Vec::new();
        let mut j = i;
        loop {
            let start = j;
            while j < t.len() && t.folded[j].is_ascii_digit() {
                j += 1;
            }
            run.push((start, j - start));
            let next_is_group = matches!(t.folded.get(j), Some(' ' | '.'))
                && t.folded.get(j + 1).is_some_and(char::is_ascii_digit);
            if !next_is_group {
                break;
            }
            j += 1;
        }
        let followed_by_letter = t.folded.get(j).is_some_and(|c| c.is_alphabetic());
        if !followed_by_letter {
            runs.push(run);
        }
        i = j.max(i + 1);
    }

    let mut found = Vec::new();
    for run in runs {
        let mut g = 0;
        while g < run.len() {
            let shape = SHAPES.iter().find(|shape| {
                run.len() - g >= shape.len()
                    && shape.iter().zip(&run[g..]).all(|(&n, &(_, len))| n == len)
            });
            match shape {
                Some(shape) => {
                    let digits: String = run[g..g + shape.len()]
                        .iter()
                        .flat_map(|&(s, n)| t.chars[s..s + n].iter())
                        .collect();
                    let at = run[g].0;
                    let before = t.folded_str(at.saturating_sub(40), at);
                    let labelled = before.contains("siret") || before.contains("siren");
                    found.push(Siret {
                        digits,
                        at,
                        labelled,
                        role: None,
                    });
                    g += shape.len();
                }
                None => g += 1,
            }
        }
    }
    found
}

/// Every role keyword of the text, in order, found once: `run[k]` numbers the stretch of
/// consecutive same-role hits that hit k belongs to, so that the roles of any stretch of text
/// (consecutive repeats merged) are read by binary search instead of a new scan.
struct Roles {
    hits: Vec<(usize, Role)>,
    run: Vec<usize>,
}

impl Roles {
    fn new(t: &Folded) -> Roles {
        let mut hits: Vec<(usize, Role)> = Vec::new();
        for (words, role) in [
            (RECIPIENT_WORDS, Role::Recipient),
            (SUPPLIER_WORDS, Role::Supplier),
        ] {
            for w in words {
                hits.extend(t.find_all(w).into_iter().map(|at| (at, role)));
            }
        }
        hits.sort_by_key(|&(at, _)| at);
        let mut run = Vec::with_capacity(hits.len());
        for (k, hit) in hits.iter().enumerate() {
            let same = k > 0 && hits[k - 1].1 == hit.1;
            run.push(run.last().map_or(0, |r| if same { *r } else { r + 1 }));
        }
        t.spend(hits.len());
        Roles { hits, run }
    }

    /// The hits within `from..to`, as a range of indices.
    fn within(&self, t: &Folded, from: usize, to: usize) -> std::ops::Range<usize> {
        t.spend(2);
        let a = self.hits.partition_point(|&(at, _)| at < from);
        let b = self.hits.partition_point(|&(at, _)| at < to);
        a..b.max(a)
    }

    /// The k-th role of `from..to` (consecutive repeats merged), the last one past the end.
    fn kth(&self, t: &Folded, from: usize, to: usize, k: usize) -> Option<Role> {
        let r = self.within(t, from, to);
        if r.is_empty() {
            return None;
        }
        let wanted = (self.run[r.start] + k).min(self.run[r.end - 1]);
        let at = self.run[r.clone()].partition_point(|&run| run < wanted);
        Some(self.hits[r.start + at].1)
    }
}

/// The role of each candidate from the words around it: the nearest role word before it on
/// its line; else the nearest heading above it (up to 12 lines: a line with role words, joined
/// with the heading lines just above it across blank lines), whose k-th role goes to the k-th
/// number after the heading. That reads two parties side by side ("Fournisseur   Client" then
/// "SIRET 1   SIRET 2") as well as one after the other under both headings (pdftotext's way).
fn assign_roles(t: &Folded, candidates: &mut [Siret]) {
    let roles = Roles::new(t);
    // A line is blank when it holds only whitespace: known once per line.
    let blank: Vec<bool> = (0..t.lines.len())
        .map(|l| {
            let end = t.lines.get(l + 1).map_or(t.len(), |next| next - 1);
            t.folded[t.lines[l]..end].iter().all(|c| c.is_whitespace())
        })
        .collect();
    t.spend(t.len());
    for idx in 0..candidates.len() {
        let at = candidates[idx].at;
        let line = t.line_of(at);
        let before = roles.within(t, t.lines[line], at);
        if !before.is_empty() {
            candidates[idx].role = Some(roles.hits[before.end - 1].1);
            continue;
        }
        // Walk up to the heading: lines [start, end) of text, the newline at `end`.
        let mut heading: Option<(usize, usize)> = None; // (start, end) of the heading lines
        for l in (line.saturating_sub(12)..line).rev() {
            let (start, end) = (t.lines[l], t.lines[l + 1] - 1);
            let has_roles = !roles.within(t, start, end).is_empty();
            match heading {
                None if has_roles => heading = Some((start, end)),
                Some((_, last)) if has_roles || blank[l] => heading = Some((start, last)),
                Some(_) => break,
                None => {}
            }
        }
        let Some((start, last)) = heading else {
            continue;
        };
        // Candidates are in text order: those after the heading are a tail of the ones before.
        let k = idx - candidates[..idx].partition_point(|c| c.at <= last);
        candidates[idx].role = roles.kth(t, start, last, k);
    }
}

/// Public bodies (the State, local authorities, public establishments) have SIRENs starting
/// with 1 or 2; companies do not.
fn is_public(siret: &str) -> bool {
    siret.starts_with('1') || siret.starts_with('2')
}

/// (supplier SIRET, recipient SIRET), scored: a role word before the number counts most,
/// then the kind of number (a public body's for the recipient, a company's for the supplier),
/// then a "SIRET" label; ties go to the number written first.
fn sirets(t: &Folded) -> (Option<String>, Option<String>) {
    let mut candidates = siret_candidates(t);
    // An unlabelled number must at least be a valid SIRET.
    candidates.retain(|c| c.labelled || check_siret(&c.digits).is_ok());
    assign_roles(t, &mut candidates);
    // One entry per number: its first role, labelled if any occurrence is.
    let mut numbers: Vec<Siret> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for c in candidates {
        match index.get(&c.digits) {
            Some(&i) => {
                let n = &mut numbers[i];
                n.labelled |= c.labelled;
                n.role = n.role.or(c.role);
            }
            None => {
                index.insert(c.digits.clone(), numbers.len());
                numbers.push(c);
            }
        }
    }
    t.spend(numbers.len());
    let score = |c: &Siret, role: Role| {
        let kind = match role {
            Role::Recipient => is_public(&c.digits),
            Role::Supplier => !is_public(&c.digits),
        };
        4 * u8::from(c.role == Some(role)) + 2 * u8::from(kind) + u8::from(c.labelled)
    };
    let best = |role: Role, exclude: Option<&str>| {
        numbers
            .iter()
            .enumerate()
            .filter(|(_, c)| Some(c.digits.as_str()) != exclude && score(c, role) >= 2)
            .max_by_key(|&(i, c)| (score(c, role), std::cmp::Reverse(i)))
            .map(|(_, c)| c.digits.clone())
    };
    let recipient = best(Role::Recipient, None);
    let supplier = best(Role::Supplier, recipient.as_deref());
    let recipient = recipient.or_else(|| {
        // Two companies' numbers and no word: the letterhead (the supplier) comes first.
        match (&supplier, numbers.as_slice()) {
            (Some(s), [a, b]) if a.digits == *s => Some(b.digits.clone()),
            _ => None,
        }
    });
    (supplier, recipient)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guess_fields(text: &str) -> DocumentFields {
        super::guess_fields(text, &mut Work::unlimited()).unwrap()
    }

    #[test]
    fn portal_style_invoice() {
        let text = "ACME Informatique SAS\n12 rue des Lilas 69003 Lyon\n\
                    SAS au capital de 10 000 € – RCS Lyon 732 829 320 – SIRET 732 829 320 00074\n\
                    FACTURE N° F-2026-0042\nDate de facture : 22/11/2026\n\
                    Date d'échéance : 22/12/2026\n\
                    Destinataire : Commune de Montreuil\nSIRET : 217 300 656 00014\n\
                    N° d'engagement : EJ2026-00123\nDésignation Qté P.U. HT\n";
        let f = guess_fields(text);
        assert_eq!(f.recipient_identifier.as_deref(), Some("21730065600014"));
        assert_eq!(f.supplier_identifier.as_deref(), Some("73282932000074"));
        assert_eq!(f.engagement_number.as_deref(), Some("EJ2026-00123"));
        assert_eq!(f.number.as_deref(), Some("F-2026-0042"));
        assert_eq!(f.invoice_type, Some(InvoiceType::Facture));
        assert_eq!(f.date.as_deref(), Some("2026-11-22"));
    }

    #[test]
    fn two_columns_flattened_on_one_line() {
        // What our own extraction gives for the generated invoice's side-by-side blocks.
        let text = "FACTURE N° F-1 Date : 03/02/2026\n\
                    FOURNISSEUR (ÉMETTEUR) DESTINATAIRE (CLIENT)\n\
                    ACME SAS Mairie de Quimper\n\
                    SIRET : 732 829 320 00074 SIRET : 217 300 656 00014\n";
        let f = guess_fields(text);
        assert_eq!(f.supplier_identifier.as_deref(), Some("73282932000074"));
        assert_eq!(f.recipient_identifier.as_deref(), Some("21730065600014"));
        assert_eq!(f.date.as_deref(), Some("2026-02-03"));
    }

    #[test]
    fn columns_one_after_the_other() {
        // pdftotext prints columns one after the other.
        let text = "Client\nLycée Jean Moulin\nSIRET 21730065600014\n\n\
                    Prestataire\nDupont Conseil\nSiret : 73282932000074\n\
                    Bon de commande n° BC-4500012345\nInvoice number: 2026/117\n";
        let f = guess_fields(text);
        assert_eq!(f.recipient_identifier.as_deref(), Some("21730065600014"));
        assert_eq!(f.supplier_identifier.as_deref(), Some("73282932000074"));
        assert_eq!(f.engagement_number.as_deref(), Some("BC-4500012345"));
        assert_eq!(f.number.as_deref(), Some("2026/117"));
    }

    #[test]
    fn labels_above_values_and_credit_notes() {
        let text = "AVOIR\nN° d'avoir\nAV-2026-7\nEngagement juridique\n1300098765\n\
                    émis le 1er mars 2026\n";
        let f = guess_fields(text);
        assert_eq!(f.number.as_deref(), Some("AV-2026-7"));
        assert_eq!(f.invoice_type, Some(InvoiceType::Avoir));
        assert_eq!(f.engagement_number.as_deref(), Some("1300098765"));
        assert_eq!(f.date.as_deref(), Some("2026-03-01"));
    }

    #[test]
    fn headings_printed_before_both_blocks() {
        // pdftotext's reading of two boxes side by side: both headings, then each box.
        let text = "FOURNISSEUR (ÉMETTEUR)\n\nDESTINATAIRE (CLIENT)\n\nChauffage Étienne\n\
                    SIRET : 732 829 320 00074\n12 rue de la Forêt\n\nCommune de Montreuil\n\
                    SIRET : 217 300 656 00014\nCode service : SERV-TECH\n";
        let f = guess_fields(text);
        assert_eq!(f.recipient_identifier.as_deref(), Some("21730065600014"));
        assert_eq!(f.supplier_identifier.as_deref(), Some("73282932000074"));
    }

    #[test]
    fn two_companies_without_words() {
        let f = guess_fields("Dupont SA 732 829 320 00074\nLes Ateliers 73282932000017\n");
        assert_eq!(f.supplier_identifier.as_deref(), Some("73282932000074"));
        assert_eq!(f.recipient_identifier.as_deref(), Some("73282932000017"));
    }

    #[test]
    fn single_unlabelled_siret_goes_by_its_kind() {
        // A public body's SIRET (SIREN starting with 2) is the recipient…
        let f = guess_fields("Mairie de Montreuil 217 300 656 00014");
        assert_eq!(f.recipient_identifier.as_deref(), Some("21730065600014"));
        assert_eq!(f.supplier_identifier, None);
        // … a company's is the supplier.
        let f = guess_fields("Dupont Conseil 73282932000074");
        assert_eq!(f.supplier_identifier.as_deref(), Some("73282932000074"));
        assert_eq!(f.recipient_identifier, None);
    }

    #[test]
    fn no_false_positives() {
        let text = "Tél. 01 23 45 67 89 – IBAN FR76 3000 6000 0112 3456 7890 189\n\
                    Sans engagement de durée. Facture acquittée.\n\
                    Date de livraison : 05/01/2026\nRéf. 12345678901234\n";
        let f = guess_fields(text);
        // 12345678901234 fails the Luhn check and is not labelled SIRET.
        assert_eq!(f.recipient_identifier, None);
        assert_eq!(f.supplier_identifier, None);
        assert_eq!(f.engagement_number, None);
        assert_eq!(f.number, None);
        assert_eq!(f.date, None);
        assert_eq!(guess_fields(""), DocumentFields::default());
    }

    /// The steps the text search spends on `text`.
    fn steps(text: &str) -> u64 {
        let mut work = Work::unlimited();
        super::guess_fields(text, &mut work).unwrap();
        work.spent()
    }

    /// Ten times the input costs at most 15 times the steps (counted, not timed).
    #[track_caller]
    fn assert_linear(make: impl Fn(usize) -> String) {
        let n = 2000;
        let (small, large) = (steps(&make(n)), steps(&make(10 * n)));
        assert!(
            large <= 15 * small,
            "{small} steps, then {large} for 10× the input"
        );
    }

    #[test]
    fn hostile_texts_cost_linear_work() {
        // Thousands of short SIRET lines under one heading (each looked up to its heading).
        assert_linear(|n| {
            format!(
                "Fournisseur Client\n{}",
                "SIRET 217 300 656 00014\n".repeat(n)
            )
        });
        // Accented letters and short words on one line (every position a word start).
        assert_linear(|n| format!("Date {}", "é 1 ".repeat(n)));
        // Many SIRET numbers on one long line, under a long blank line and a long heading.
        assert_linear(|n| {
            let numbers: String = (0..n).map(|i| format!("SIRET {:014} ", i)).collect();
            format!(
                "{}\n{}\n{}",
                "client fournisseur ".repeat(n),
                " ".repeat(n),
                numbers
            )
        });
        // Labels inside a value that runs on and on.
        assert_linear(|n| format!("x {}", "facture-".repeat(n)));
        assert_linear(|n| format!("x {}", "ej juridique ".repeat(n)));
        // Date labels without a date, and dates after other-date words.
        assert_linear(|n| "date facture du ".repeat(n));
        assert_linear(|n| "echeance 01/02/2026 ".repeat(n));
    }

    #[test]
    fn the_work_budget_refuses_the_search() {
        let text = "SIRET 217 300 656 00014\n".repeat(1000);
        let e = super::guess_fields(&text, &mut Work::new(1000)).unwrap_err();
        assert_eq!(e.code, "pdf_too_complex");
    }

    #[test]
    fn dates() {
        let d = |s: &str| parse_date(&Folded::new(s), 0);
        assert_eq!(d("22/11/2026").as_deref(), Some("2026-11-22"));
        assert_eq!(d("22.11.26").as_deref(), Some("2026-11-22"));
        assert_eq!(d("2026-11-22").as_deref(), Some("2026-11-22"));
        assert_eq!(d("22 Novembre 2026").as_deref(), Some("2026-11-22"));
        assert_eq!(d("29 février 2028").as_deref(), Some("2028-02-29"));
        assert_eq!(d("29/02/2026"), None);
        assert_eq!(d("31/04/2026"), None);
        assert_eq!(d("123/11/2026"), None);
    }
}
