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
    /// The invoice a credit note corrects (BT-25).
    pub original_number: Option<String>,
    pub lines: Vec<Line>,
    pub vat_lines: Vec<VatLine>,
    pub amounts: Amounts,
    pub comment: Option<String>,
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
    pub vat_lines: Vec<VatLine>,
    pub lines: Vec<Line>,
}
