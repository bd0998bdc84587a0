//! Invoices: codes, the content of an invoice (what a PDF, a Factur-X XML or a JSON entry
//! carries), and the status lifecycle. Pure types and rules, no I/O.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

code_enum!(
    /// `statutFacture`: the statuses chorus moves invoices through.
    InvoiceStatus {
        Brouillon = "BROUILLON",
        AValider1 = "A_VALIDER_1",
        Validee1 = "VALIDEE_1",
        Refusee1 = "REFUSEE_1",
        AbsenceValidation1HorsDelai = "ABSENCE_VALIDATION_1_HORS_DELAI",
        Deposee = "DEPOSEE",
        MiseADisposition = "MISE_A_DISPOSITION",
        Suspendue = "SUSPENDUE",
        Completee = "COMPLETEE",
        ARecycler = "A_RECYCLER",
        Rejetee = "REJETEE",
        ServiceFait = "SERVICE_FAIT",
        Mandatee = "MANDATEE",
        MiseADispositionComptable = "MISE_A_DISPOSITION_COMPTABLE",
        Comptabilisee = "COMPTABILISEE",
        MiseEnPaiement = "MISE_EN_PAIEMENT",
    }
);

code_enum!(
    /// `typeFacture`.
    InvoiceType {
        Facture = "FACTURE",
        Avoir = "AVOIR",
    }
);

code_enum!(
    /// `codeCadreFacturation` for simple invoices (input also takes the short `A1`).
    Framework {
        A1 = "A1_FACTURE_FOURNISSEUR" | "A1",
        A2 = "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE" | "A2",
        A9 = "A9_FACTURE_SOUSTRAITANT" | "A9",
        A12 = "A12_FACTURE_COTRAITANT" | "A12",
    }
);

code_enum!(
    /// `typeTva`.
    VatRegime {
        TvaSurDebit = "TVA_SUR_DEBIT",
        TvaSurEncaissement = "TVA_SUR_ENCAISSEMENT",
        Exoneration = "EXONERATION",
        SansTva = "SANS_TVA",
    }
);

code_enum!(
    /// `modePaiement`.
    PaymentMode {
        Cheque = "CHEQUE",
        Prelevement = "PRELEVEMENT",
        Virement = "VIREMENT",
        Espece = "ESPECE",
        Autre = "AUTRE",
        Report = "REPORT",
    }
);

code_enum!(
    /// `modeDepot`: how the invoice reached chorus.
    DepositMode {
        DepotPdfApi = "DEPOT_PDF_API",
        SaisieApi = "SAISIE_API",
    }
);

/// A party of the invoice as the document names it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Party {
    /// SIRET (or other identifier) of the structure.
    pub identifier: String,
    pub name: String,
    /// Service code inside the structure (BT-10 for the buyer).
    pub service_code: Option<String>,
    pub vat_number: Option<String>,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    /// ISO 3166 alpha-2.
    pub country: Option<String>,
    /// The electronic address (BT-34 / BT-49, scheme 0225 of the French directory); a SIRET
    /// party's defaults to its SIREN.
    #[serde(default)]
    pub electronic_address: Option<String>,
}

/// One invoice line (BG-25).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub description: String,
    pub quantity: Decimal,
    /// UN/ECE Rec 20 unit code (C62 = unit, HUR = hour, KGM = kilogram…).
    pub unit: String,
    /// Net unit price, excluding VAT.
    pub unit_price: Decimal,
    /// VAT rate in percent (20.00).
    pub vat_rate: Decimal,
    /// quantity × unit_price, rounded to two decimals.
    pub net_amount: Decimal,
}

/// One line of the VAT breakdown (BG-23).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VatLine {
    /// UNCL5305 category: S (standard), Z (zero), E (exempt), AE (reverse charge), O (outside scope)…
    pub category: String,
    pub rate: Decimal,
    pub base: Decimal,
    pub amount: Decimal,
}

/// Document totals (BG-22).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Amounts {
    pub total_excl_vat: Decimal,
    pub vat: Decimal,
    pub total_incl_vat: Decimal,
    pub amount_due: Decimal,
}

/// The content of an invoice: what `invoice create` takes, what chorus writes into the PDF and
/// its CII XML, and what a deposited invoice ends up holding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvoiceContent {
    pub number: String,
    /// ISO date, e.g. 2026-11-22.
    pub date: String,
    pub invoice_type: InvoiceType,
    pub currency: String,
    pub framework: Framework,
    pub vat_regime: Option<VatRegime>,
    pub payment_mode: Option<PaymentMode>,
    pub supplier: Party,
    pub recipient: Party,
    pub engagement_number: Option<String>,
    pub market_number: Option<String>,
    /// The invoice a credit note corrects (BT-25) and its date (BT-26, ISO).
    pub original_number: Option<String>,
    #[serde(default)]
    pub original_date: Option<String>,
    /// When payment is due (BT-9, ISO); for an invoice already paid, the payment date.
    #[serde(default)]
    pub due_date: Option<String>,
    pub lines: Vec<Line>,
    pub vat_lines: Vec<VatLine>,
    pub amounts: Amounts,
    pub comment: Option<String>,
    /// Notes with their subject (BG-1); the French mentions PMT, PMD and AAB get a default
    /// text when missing (see [`FRENCH_MENTIONS`]).
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The French billing mode (BT-23, « cadre de facturation » of the 2026 reform: B1, S1,
    /// M1…); by default [`default_billing_mode`].
    #[serde(default)]
    pub billing_mode: Option<String>,
    /// The account a credit transfer pays (BT-84): without it, no payment instructions (BG-16)
    /// are written for a credit transfer, as EN 16931 wants one (BR-61).
    #[serde(default)]
    pub payee_iban: Option<String>,
    /// An invoice not in euros: its VAT total in euros (BT-111, with BT-6 = EUR).
    #[serde(default)]
    pub vat_total_eur: Option<Decimal>,
}

/// A note of the invoice (BG-1): its UNTDID 4451 subject code (BT-21) and its text (BT-22).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    #[serde(default)]
    pub subject: Option<String>,
    pub text: String,
}

/// The mentions French law requires on every invoice between businesses (Code de commerce
/// L441-9), as notes with their UNTDID 4451 subject code (French CTC rule BR-FR-05), and the
/// text written when the invoice gives none: the flat recovery fee (PMT), the late-payment
/// penalties (PMD, at the public-procurement rate since Chorus Pro's buyers are public), the
/// discount for early payment (AAB).
pub const FRENCH_MENTIONS: [(&str, &str); 3] = [
    (
        "PMT",
        "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.",
    ),
    (
        "PMD",
        "Pénalités de retard : intérêts moratoires au taux de la BCE majoré de 8 points.",
    ),
    ("AAB", "Pas d'escompte pour paiement anticipé."),
];

/// The billing modes of the French reform (BT-23), as the French CTC rules list them (BR-FR-08):
/// B goods, S services, M both; 1 an invoice, 2 an invoice already paid, 4 a final invoice after
/// a down payment, 8 and 9 multi-vendor invoices and sub-invoices; the others special cases.
pub const BILLING_MODES: [&str; 20] = [
    "B1", "S1", "M1", "B2", "S2", "M2", "S3", "B4", "S4", "M4", "S5", "S6", "B7", "S7", "B8", "S8",
    "M8", "B9", "S9", "M9",
];

/// BT-23 when the invoice names none: an invoice of goods and services (M), already paid under
/// cadre A2 (M2), else M1.
pub fn default_billing_mode(framework: Framework) -> &'static str {
    match framework {
        Framework::A2 => "M2",
        _ => "M1",
    }
}

/// What an embedded XML (or, best effort, the text of a PDF) says. Every field is optional:
/// flags fill or override them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentFields {
    /// BT-24 specification identifier (Factur-X / EN 16931 profile).
    pub profile: Option<String>,
    /// BT-1
    pub number: Option<String>,
    /// BT-2, as an ISO date.
    pub date: Option<String>,
    /// BT-3 mapped: 380 → FACTURE, 381 → AVOIR.
    pub invoice_type: Option<InvoiceType>,
    /// BT-5
    pub currency: Option<String>,
    /// BT-10 (buyer reference) → recipient service code.
    pub recipient_service: Option<String>,
    /// BT-13 (purchase order reference) → engagement number.
    pub engagement_number: Option<String>,
    /// BT-12 (contract reference) → market number.
    pub market_number: Option<String>,
    /// BT-25 (preceding invoice reference).
    pub original_number: Option<String>,
    /// Seller: SIRET under scheme 0009 (GlobalID / ID / SpecifiedLegalOrganization), name, VAT id.
    pub supplier_identifier: Option<String>,
    pub supplier_name: Option<String>,
    pub supplier_vat_number: Option<String>,
    /// Buyer: SIRET under scheme 0009, name.
    pub recipient_identifier: Option<String>,
    pub recipient_name: Option<String>,
    /// BT-109, BT-110, BT-112, BT-115.
    pub total_excl_vat: Option<Decimal>,
    pub vat: Option<Decimal>,
    pub total_incl_vat: Option<Decimal>,
    pub amount_due: Option<Decimal>,
    /// BT-114: the rounding amount the amount due includes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounding: Option<Decimal>,
    pub vat_lines: Vec<VatLine>,
    pub lines: Vec<Line>,
}

/// A party as an invoice record shows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PartyRef {
    pub identifier: String,
    pub name: String,
    pub service_code: Option<String>,
}

/// A stored file: the deposited or generated PDF, or an attachment.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileRef {
    pub name: String,
    pub sha256: String,
    pub size: i64,
}

/// An invoice as every command prints it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Invoice {
    pub id: i64,
    pub number: String,
    pub status: InvoiceStatus,
    #[serde(rename = "type")]
    pub invoice_type: InvoiceType,
    pub framework: Framework,
    pub date: String,
    pub currency: String,
    pub deposit_mode: DepositMode,
    pub supplier: PartyRef,
    pub recipient: PartyRef,
    pub validator: Option<String>,
    pub engagement_number: Option<String>,
    pub market_number: Option<String>,
    pub original_number: Option<String>,
    pub mandate_number: Option<String>,
    pub vat_regime: Option<VatRegime>,
    pub payment_mode: Option<PaymentMode>,
    pub amounts: Amounts,
    pub vat_lines: Vec<VatLine>,
    pub lines: Vec<Line>,
    pub file: Option<FileRef>,
    pub attachments: Vec<FileRef>,
    pub comment: Option<String>,
    pub created_at: String,
    pub deposited_at: Option<String>,
    pub status_at: String,
}

/// One step of an invoice's history.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub status: InvoiceStatus,
    pub at: String,
    pub by: String,
    pub comment: Option<String>,
}

/// The recipient's processing chain: it only moves forward; steps may be skipped.
const CHAIN: &[InvoiceStatus] = &[
    InvoiceStatus::ServiceFait,
    InvoiceStatus::Mandatee,
    InvoiceStatus::MiseADispositionComptable,
    InvoiceStatus::Comptabilisee,
    InvoiceStatus::MiseEnPaiement,
];

impl InvoiceStatus {
    /// The statuses a recipient may set from this one (`invoice process`).
    pub fn recipient_transitions(self) -> Vec<InvoiceStatus> {
        use InvoiceStatus::*;
        match self {
            MiseADisposition | Completee => {
                let mut next = vec![Suspendue, Rejetee, ARecycler];
                next.extend_from_slice(CHAIN);
                next
            }
            s => match CHAIN.iter().position(|c| *c == s) {
                Some(i) => CHAIN[i + 1..].to_vec(),
                None => Vec::new(),
            },
        }
    }

    /// Statuses that need a reason.
    pub fn needs_reason(self) -> bool {
        matches!(
            self,
            InvoiceStatus::Suspendue
                | InvoiceStatus::Rejetee
                | InvoiceStatus::ARecycler
                | InvoiceStatus::Refusee1
        )
    }

    /// Whether the recipient has received the invoice (drafts, deposits awaiting validation and
    /// validation refusals stay on the supplier's side).
    pub fn reached_recipient(self) -> bool {
        !Self::BEFORE_RECIPIENT.contains(&self)
    }

    /// The statuses in which the recipient does not see the invoice yet.
    pub const BEFORE_RECIPIENT: &'static [InvoiceStatus] = &[
        InvoiceStatus::Brouillon,
        InvoiceStatus::AValider1,
        InvoiceStatus::Validee1,
        InvoiceStatus::Refusee1,
        InvoiceStatus::AbsenceValidation1HorsDelai,
        InvoiceStatus::Deposee,
    ];
}

/// The State's single billing SIRET: always needs a service and an engagement.
pub const STATE_SIRET: &str = "11000201100044";

/// ISO 4217 currencies accepted on invoices: the EN 16931 list (BR-CL-04).
pub const CURRENCIES: &[&str] = super::code_lists::CURRENCIES;

#[cfg(test)]
mod tests {
    use super::InvoiceStatus::*;

    #[test]
    fn processing_chain_only_moves_forward() {
        assert!(
            MiseADisposition
                .recipient_transitions()
                .contains(&Suspendue)
        );
        assert!(
            MiseADisposition
                .recipient_transitions()
                .contains(&MiseEnPaiement)
        );
        assert_eq!(
            Mandatee.recipient_transitions(),
            [MiseADispositionComptable, Comptabilisee, MiseEnPaiement]
        );
        assert!(
            ServiceFait
                .recipient_transitions()
                .iter()
                .all(|s| *s != Suspendue && *s != ServiceFait)
        );
        assert!(MiseEnPaiement.recipient_transitions().is_empty());
        assert!(Rejetee.recipient_transitions().is_empty());
        assert!(Suspendue.recipient_transitions().is_empty());
        assert!(Completee.recipient_transitions().contains(&Rejetee));
    }
}
