//! Works invoices (factures de travaux): the cadres of a dossier de facturation, who deposits
//! each, what each must follow, and who moves a piece from each status. Pure rules, no I/O.
//!
//! During the market: supplier A4 → MOE (takes it into account, deposits A15 associated with it)
//! → MOA (deposits A19 associated with A15) → the payment request is made available to the
//! recipient (the MOA). At the end: A7 → MOE A17 → MOA A20 → supplier A8 (signed DGD) → MOA.
//! Tacit procedure: A22 replaces an unanswered A7, then A23 (supplier), A24 (MOE) or A25 (MOA).
//! Subcontractor and co-contractor pieces (A10, A11, A13, A14) wait for the titulaire's validation
//! (A_VALIDER_1) before they go on to the MOE.

use serde::{Deserialize, Serialize};

use super::invoice::{Amounts, FileRef, PartyRef};

code_enum!(
    /// `codeCadreFacturation` of works pieces (input also takes the short `A4`).
    WorksFramework {
        A4 = "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR" | "A4",
        A5 = "A5_ETAT_ACOMPTE_FOURNISSEUR" | "A5",
        A6 = "A6_ETAT_ACOMPTE_VALIDE_FOURNISSEUR" | "A6",
        A7 = "A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR" | "A7",
        A8 = "A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR" | "A8",
        A10 = "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT" | "A10",
        A11 = "A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT" | "A11",
        A13 = "A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT" | "A13",
        A14 = "A14_PROJET_DECOMPTE_FINAL_COTRAITANT" | "A14",
        A15 = "A15_ETAT_ACOMPTE_MOE" | "A15",
        A16 = "A16_ETAT_ACOMPTE_VALIDE_MOE" | "A16",
        A17 = "A17_PROJET_DECOMPTE_GENERAL_MOE" | "A17",
        A18 = "A18_DECOMPTE_GENERAL_MOE" | "A18",
        A19 = "A19_ETAT_ACOMPTE_VALIDE_MOA" | "A19",
        A20 = "A20_DECOMPTE_GENERAL_MOA" | "A20",
        A22 = "A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE" | "A22",
        A23 = "A23_DECOMPTE_GENERAL_DEFINITIF_TACITE_FOURNISSEUR" | "A23",
        A24 = "A24_DECOMPTE_GENERAL_DEFINITIF_TACITE_MOE" | "A24",
        A25 = "A25_DECOMPTE_GENERAL_DEFINITIF_MOE_PROCEDURE_TACITE" | "A25",
    }
);

code_enum!(
    /// `typeFactureTravaux`: what kind of document a cadre carries.
    WorksType {
        ProjetDecompteMensuel = "PROJET_DECOMPTE_MENSUEL",
        EtatAcompte = "ETAT_ACOMPTE",
        EtatAcompteValide = "ETAT_ACOMPTE_VALIDE",
        ProjetDecompteFinal = "PROJET_DECOMPTE_FINAL",
        ProjetDecompteGeneral = "PROJET_DECOMPTE_GENERAL",
        ProjetDecompteGeneralProcedureTacite = "PROJET_DECOMPTE_GENERAL_PROCEDURE_TACITE",
        DecompteGeneral = "DECOMPTE_GENERAL",
        DecompteGeneralSigne = "DECOMPTE_GENERAL_SIGNE",
        DecompteGeneralDefinitifTacite = "DECOMPTE_GENERAL_DEFINITIF_TACITE",
        DecompteGeneralDefinitifProcedureTacite = "DECOMPTE_GENERAL_DEFINITIF_PROCEDURE_TACITE",
    }
);

code_enum!(
    /// The part a structure plays in a dossier (`roleUtilisateur`, with the titulaire's partners).
    WorksRole {
        Fournisseur = "FOURNISSEUR" | "supplier",
        SousTraitant = "SOUS_TRAITANT" | "subcontractor",
        Cotraitant = "COTRAITANT" | "cocontractor" | "co-contractor",
        Moe = "MOE",
        Moa = "MOA",
    }
);

code_enum!(
    /// Groupement of co-contractors: joint (conjoint) or jointly liable (solidaire).
    GroupType {
        Conjoint = "CONJOINT",
        Solidaire = "SOLIDAIRE",
    }
);

code_enum!(
    /// `statutFactureTravaux`.
    WorksStatus {
        AValider1 = "A_VALIDER_1",
        Validee1 = "VALIDEE_1",
        Refusee1 = "REFUSEE_1",
        AbsenceValidation1HorsDelai = "ABSENCE_VALIDATION_1_HORS_DELAI",
        MiseADispositionMoe = "MISE_A_DISPOSITION_MOE",
        PriseEnCompteMoe = "PRISE_EN_COMPTE_MOE",
        MiseADispositionMoa = "MISE_A_DISPOSITION_MOA",
        PriseEnCompteMoa = "PRISE_EN_COMPTE_MOA",
        MiseADispositionFournisseur = "MISE_A_DISPOSITION_FOURNISSEUR",
        Associee = "ASSOCIEE",
        RemplaceeParA22 = "REMPLACEE_PAR_A22",
        ACompleter = "A_COMPLETER",
        Suspendue = "SUSPENDUE",
        Completee = "COMPLETEE",
        ErreurFournisseurSurMoe = "ERREUR_FOURNISSEUR_SUR_MOE",
        ErreurFournisseurSurMoa = "ERREUR_FOURNISSEUR_SUR_MOA",
        ErreurMoeSurMoa = "ERREUR_MOE_SUR_MOA",
        ErreurMoeSurFournisseur = "ERREUR_MOE_SUR_FOURNISSEUR",
        ErreurMoaSurFournisseur = "ERREUR_MOA_SUR_FOURNISSEUR",
        RefuseeMoe = "REFUSEE_MOE",
        RefuseeMoa = "REFUSEE_MOA",
        RefuseeFournisseur = "REFUSEE_FOURNISSEUR",
        MiseADisposition = "MISE_A_DISPOSITION",
        Rejetee = "REJETEE",
        ServiceFait = "SERVICE_FAIT",
        Mandatee = "MANDATEE",
        MiseEnPaiement = "MISE_EN_PAIEMENT",
    }
);

use WorksFramework as F;
use WorksStatus as S;

/// Who must act on a piece next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Holder {
    /// The titulaire validating a subcontractor's or co-contractor's piece.
    Validator,
    Moe,
    Moa,
    Supplier,
    /// The MOA as the recipient of the payment request.
    Recipient,
    /// Whoever deposited the piece (completion, recycling).
    Depositor,
}

impl Holder {
    /// Who that is, for messages.
    pub fn label(self) -> &'static str {
        match self {
            Holder::Validator => "the titulaire (validator)",
            Holder::Moe => "the MOE",
            Holder::Moa => "the MOA",
            Holder::Supplier => "the supplier",
            Holder::Recipient => "the recipient (MOA)",
            Holder::Depositor => "the depositor",
        }
    }
}

impl WorksFramework {
    pub fn short(self) -> &'static str {
        self.as_str().split('_').next().unwrap_or_default()
    }

    /// The role that deposits this cadre.
    pub fn role(self) -> WorksRole {
        match self {
            F::A4 | F::A5 | F::A6 | F::A7 | F::A8 | F::A22 | F::A23 => WorksRole::Fournisseur,
            F::A10 | F::A11 => WorksRole::SousTraitant,
            F::A13 | F::A14 => WorksRole::Cotraitant,
            F::A15 | F::A16 | F::A17 | F::A18 | F::A24 => WorksRole::Moe,
            F::A19 | F::A20 | F::A25 => WorksRole::Moa,
        }
    }

    pub fn works_type(self) -> WorksType {
        use WorksType as T;
        match self {
            F::A4 | F::A10 | F::A13 => T::ProjetDecompteMensuel,
            F::A5 | F::A15 => T::EtatAcompte,
            F::A6 | F::A16 | F::A19 => T::EtatAcompteValide,
            F::A7 | F::A11 | F::A14 => T::ProjetDecompteFinal,
            F::A17 => T::ProjetDecompteGeneral,
            F::A22 => T::ProjetDecompteGeneralProcedureTacite,
            F::A18 | F::A20 => T::DecompteGeneral,
            F::A8 => T::DecompteGeneralSigne,
            F::A23 | F::A24 => T::DecompteGeneralDefinitifTacite,
            F::A25 => T::DecompteGeneralDefinitifProcedureTacite,
        }
    }

    /// The cadres this one must be associated with (`--associate`), and the statuses that
    /// piece must be in; none when the cadre starts a chain.
    pub fn follows(self) -> (&'static [WorksFramework], &'static [WorksStatus]) {
        const AT_MOE: &[WorksStatus] = &[S::MiseADispositionMoe, S::PriseEnCompteMoe];
        const AT_MOA: &[WorksStatus] = &[S::MiseADispositionMoa, S::PriseEnCompteMoa];
        match self {
            F::A15 | F::A16 => (&[F::A4, F::A10, F::A13], AT_MOE),
            F::A17 | F::A18 => (&[F::A7, F::A11, F::A14], AT_MOE),
            F::A19 => (&[F::A15, F::A5], AT_MOA),
            F::A20 => (&[F::A17, F::A7], AT_MOA),
            F::A8 => (&[F::A20, F::A18], &[S::MiseADispositionFournisseur]),
            F::A22 => (
                &[F::A7],
                &[
                    S::MiseADispositionMoe,
                    S::PriseEnCompteMoe,
                    S::MiseADispositionMoa,
                    S::PriseEnCompteMoa,
                    S::Associee,
                ],
            ),
            F::A23 | F::A24 => (&[F::A22], AT_MOA),
            F::A25 => (&[F::A22, F::A23, F::A24], AT_MOA),
            F::A4 | F::A5 | F::A6 | F::A7 | F::A10 | F::A11 | F::A13 | F::A14 => (&[], &[]),
        }
    }

    /// What the associated piece becomes.
    pub fn associated_becomes(self) -> WorksStatus {
        if self == F::A22 {
            S::RemplaceeParA22
        } else {
            S::Associee
        }
    }

    /// Whether the cadre needs the dossier to have an MOE (`Some(true)`) or none
    /// (`Some(false)`): A4 goes to the MOE, A5 is the supplier's own état d'acompte when there
    /// is no MOE.
    pub fn needs_moe(self) -> Option<bool> {
        match self {
            F::A4 | F::A15 | F::A16 | F::A17 | F::A18 | F::A24 => Some(true),
            F::A5 => Some(false),
            _ => None,
        }
    }

    /// The status a deposited piece starts in.
    pub fn first_status(self, has_moe: bool) -> WorksStatus {
        match self {
            F::A10 | F::A11 | F::A13 | F::A14 => S::AValider1,
            F::A4 => S::MiseADispositionMoe,
            F::A7 if has_moe => S::MiseADispositionMoe,
            F::A5 | F::A7 | F::A8 | F::A15 | F::A17 | F::A22 | F::A23 | F::A24 => {
                S::MiseADispositionMoa
            }
            F::A18 | F::A20 => S::MiseADispositionFournisseur,
            F::A6 | F::A16 | F::A19 | F::A25 => S::MiseADisposition,
        }
    }

    /// Where a validated (or unvalidated after the delay) piece goes.
    pub fn after_validation(has_moe: bool) -> WorksStatus {
        if has_moe {
            S::MiseADispositionMoe
        } else {
            S::MiseADispositionMoa
        }
    }
}

impl WorksRole {
    pub fn label(self) -> &'static str {
        match self {
            WorksRole::Fournisseur => "the supplier (titulaire)",
            WorksRole::SousTraitant => "a subcontractor",
            WorksRole::Cotraitant => "a co-contractor",
            WorksRole::Moe => "the MOE (maîtrise d'œuvre)",
            WorksRole::Moa => "the MOA (maîtrise d'ouvrage)",
        }
    }

    /// The cadres this role deposits.
    pub fn frameworks(self) -> Vec<WorksFramework> {
        F::ALL
            .iter()
            .copied()
            .filter(|f| f.role() == self)
            .collect()
    }
}

/// One thing a holder may do with `works-file process` from a status.
pub struct Move {
    pub to: WorksStatus,
    pub holder: Holder,
    pub needs_reason: bool,
}

const fn mv(to: WorksStatus, holder: Holder, needs_reason: bool) -> Move {
    Move {
        to,
        holder,
        needs_reason,
    }
}

impl WorksStatus {
    /// Who must act next on a piece in this status, if anyone.
    pub fn holder(self) -> Option<Holder> {
        Some(match self {
            S::AValider1 => Holder::Validator,
            S::MiseADispositionMoe | S::PriseEnCompteMoe => Holder::Moe,
            S::MiseADispositionMoa | S::PriseEnCompteMoa => Holder::Moa,
            S::MiseADispositionFournisseur => Holder::Supplier,
            S::MiseADisposition | S::ServiceFait | S::Mandatee => Holder::Recipient,
            // A suspended payment request waits for the creditor, the titulaire.
            S::Suspendue => Holder::Supplier,
            S::ACompleter
            | S::ErreurFournisseurSurMoe
            | S::ErreurFournisseurSurMoa
            | S::ErreurMoeSurMoa
            | S::ErreurMoeSurFournisseur
            | S::ErreurMoaSurFournisseur => Holder::Depositor,
            _ => return None,
        })
    }

    /// A partner's piece not (yet) validated by the titulaire: the MOE and the MOA do not see it.
    pub fn before_validation(self) -> bool {
        matches!(self, S::AValider1 | S::Refusee1)
    }

    /// A routing error: the depositor corrects the dossier and recycles the piece.
    pub fn is_routing_error(self) -> bool {
        matches!(
            self,
            S::ErreurFournisseurSurMoe
                | S::ErreurFournisseurSurMoa
                | S::ErreurMoeSurMoa
                | S::ErreurMoeSurFournisseur
                | S::ErreurMoaSurFournisseur
        )
    }

    /// Who the routing error blames: the party whose routing data the depositor must correct.
    pub fn wrong_party(self) -> Option<WorksRole> {
        match self {
            S::ErreurFournisseurSurMoe => Some(WorksRole::Moe),
            S::ErreurFournisseurSurMoa | S::ErreurMoeSurMoa => Some(WorksRole::Moa),
            S::ErreurMoeSurFournisseur | S::ErreurMoaSurFournisseur => Some(WorksRole::Fournisseur),
            _ => None,
        }
    }

    /// The moves `works-file process` offers from this status, for a piece deposited by
    /// `depositor`. Deposits of associated pieces, validation and recycling are other commands.
    pub fn moves(self, depositor: WorksRole) -> Vec<Move> {
        use Holder as H;
        let moa_error = if depositor == WorksRole::Moe {
            S::ErreurMoeSurMoa
        } else {
            S::ErreurFournisseurSurMoa
        };
        let supplier_error = if depositor == WorksRole::Moe {
            S::ErreurMoeSurFournisseur
        } else {
            S::ErreurMoaSurFournisseur
        };
        match self {
            S::MiseADispositionMoe | S::PriseEnCompteMoe => {
                let mut m = vec![
                    mv(S::ErreurFournisseurSurMoe, H::Moe, true),
                    mv(S::RefuseeMoe, H::Moe, true),
                    mv(S::ACompleter, H::Moe, true),
                ];
                if self == S::MiseADispositionMoe {
                    m.insert(0, mv(S::PriseEnCompteMoe, H::Moe, false));
                }
                m
            }
            S::MiseADispositionMoa | S::PriseEnCompteMoa => {
                let mut m = vec![
                    mv(moa_error, H::Moa, true),
                    mv(S::RefuseeMoa, H::Moa, true),
                    mv(S::ACompleter, H::Moa, true),
                ];
                if self == S::MiseADispositionMoa {
                    m.insert(0, mv(S::PriseEnCompteMoa, H::Moa, false));
                }
                m
            }
            S::MiseADispositionFournisseur => vec![
                mv(supplier_error, H::Supplier, true),
                mv(S::RefuseeFournisseur, H::Supplier, true),
            ],
            S::MiseADisposition => vec![
                mv(S::ServiceFait, H::Recipient, false),
                mv(S::Mandatee, H::Recipient, false),
                mv(S::MiseEnPaiement, H::Recipient, false),
                mv(S::Suspendue, H::Recipient, true),
                mv(S::Rejetee, H::Recipient, true),
            ],
            S::ServiceFait => vec![
                mv(S::Mandatee, H::Recipient, false),
                mv(S::MiseEnPaiement, H::Recipient, false),
                mv(S::Rejetee, H::Recipient, true),
            ],
            S::Mandatee => vec![mv(S::MiseEnPaiement, H::Recipient, false)],
            S::ACompleter => vec![mv(S::Completee, H::Depositor, false)],
            S::Suspendue => vec![mv(S::Completee, H::Supplier, false)],
            _ => Vec::new(),
        }
    }

    /// Statuses that end a piece's life: nothing more happens to it.
    pub fn is_final(self) -> bool {
        self.holder().is_none() && !matches!(self, S::Completee | S::Validee1)
    }
}

/// Whether a piece in this status awaits its holder: a piece taken into account that no cadre
/// follows (the signed DGD at the MOA) has reached its end, though it may still be refused.
pub fn awaits(status: WorksStatus, framework: WorksFramework) -> bool {
    let taken = matches!(status, S::PriseEnCompteMoe | S::PriseEnCompteMoa);
    let followed = F::ALL
        .iter()
        .any(|f| f.follows().0.contains(&framework) && f.follows().1.contains(&status));
    status.holder().is_some() && (!taken || followed)
}

/// What the holder of a status is expected to do, for `works-file todo`.
pub fn next_step(status: WorksStatus, framework: WorksFramework) -> String {
    let follow = |holder: WorksRole| {
        let list: Vec<&str> = holder
            .frameworks()
            .into_iter()
            .filter(|f| f.follows().0.contains(&framework) && f.follows().1.contains(&status))
            .map(|f| f.short())
            .collect();
        if list.is_empty() {
            String::new()
        } else {
            format!(" or deposit {} with --associate", list.join("/"))
        }
    };
    match status {
        S::AValider1 => "approve or refuse".into(),
        S::MiseADispositionMoe => format!(
            "take into account (PRISE_EN_COMPTE_MOE){}",
            follow(WorksRole::Moe)
        ),
        S::PriseEnCompteMoe => format!("refuse{}", follow(WorksRole::Moe)),
        S::MiseADispositionMoa => format!(
            "take into account (PRISE_EN_COMPTE_MOA){}",
            follow(WorksRole::Moa)
        ),
        S::PriseEnCompteMoa => format!("refuse{}", follow(WorksRole::Moa)),
        S::MiseADispositionFournisseur => format!("refuse{}", follow(WorksRole::Fournisseur)),
        S::MiseADisposition | S::ServiceFait | S::Mandatee => "process the payment request".into(),
        S::ACompleter | S::Suspendue => "complete (COMPLETEE)".into(),
        s if s.is_routing_error() => "correct the routing and recycle".into(),
        _ => String::new(),
    }
}

/// A dossier de facturation as every command prints it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WorksFile {
    pub id: i64,
    pub market_number: String,
    pub title: Option<String>,
    pub supplier: PartyRef,
    pub moe: Option<PartyRef>,
    pub moa: PartyRef,
    pub engagement_number: Option<String>,
    pub subcontractors: Vec<PartyRef>,
    pub cocontractors: Vec<PartyRef>,
    /// How the co-contractors are grouped; the titulaire is their mandataire.
    pub group_type: Option<GroupType>,
    pub created_by: String,
    pub created_at: String,
}

/// A piece of a dossier (a facture de travaux).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WorksPiece {
    pub id: i64,
    pub file_id: i64,
    pub market_number: String,
    pub number: String,
    pub framework: WorksFramework,
    pub works_type: WorksType,
    pub role: WorksRole,
    pub depositor: PartyRef,
    /// The piece this one follows (`--associate`).
    pub associated_id: Option<i64>,
    pub status: WorksStatus,
    pub date: String,
    pub currency: String,
    pub amounts: Amounts,
    pub file: FileRef,
    pub attachments: Vec<FileRef>,
    pub comment: Option<String>,
    pub created_by: String,
    pub created_at: String,
    pub status_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WorksHistoryEntry {
    pub status: WorksStatus,
    pub at: String,
    pub by: String,
    pub comment: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_follower_is_deposited_by_another_role_or_the_same_chain() {
        for f in F::ALL {
            let (after, statuses) = f.follows();
            assert_eq!(after.is_empty(), statuses.is_empty(), "{f}");
            assert!(!after.contains(f), "{f} follows itself");
        }
    }

    #[test]
    fn in_market_chain() {
        assert_eq!(F::A4.first_status(true), S::MiseADispositionMoe);
        assert!(F::A15.follows().0.contains(&F::A4));
        assert_eq!(F::A15.first_status(true), S::MiseADispositionMoa);
        assert!(F::A19.follows().0.contains(&F::A15));
        assert_eq!(F::A19.first_status(true), S::MiseADisposition);
        assert_eq!(F::A19.role(), WorksRole::Moa);
    }

    #[test]
    fn end_of_market_chain() {
        assert_eq!(F::A7.first_status(true), S::MiseADispositionMoe);
        assert_eq!(F::A7.first_status(false), S::MiseADispositionMoa);
        assert!(F::A17.follows().0.contains(&F::A7));
        assert!(F::A20.follows().0.contains(&F::A17));
        assert_eq!(F::A20.first_status(true), S::MiseADispositionFournisseur);
        assert!(F::A8.follows().0.contains(&F::A20));
        assert_eq!(F::A8.first_status(true), S::MiseADispositionMoa);
        assert_eq!(F::A22.associated_becomes(), S::RemplaceeParA22);
    }

    #[test]
    fn routing_errors_name_the_party_to_correct() {
        let moves = S::MiseADispositionMoa.moves(WorksRole::Moe);
        assert!(moves.iter().any(|m| m.to == S::ErreurMoeSurMoa));
        let moves = S::MiseADispositionMoa.moves(WorksRole::Fournisseur);
        assert!(moves.iter().any(|m| m.to == S::ErreurFournisseurSurMoa));
        assert_eq!(
            S::ErreurFournisseurSurMoe.wrong_party(),
            Some(WorksRole::Moe)
        );
        assert!(S::RefuseeMoe.is_final());
        assert!(!S::ACompleter.is_final());
        assert!(awaits(S::PriseEnCompteMoe, F::A4));
        assert!(!awaits(S::PriseEnCompteMoa, F::A8));
    }

    #[test]
    fn short_codes_parse() {
        assert_eq!("a15".parse::<F>().unwrap(), F::A15);
        assert_eq!(F::A15.short(), "A15");
        assert!("A9".parse::<F>().is_err());
    }
}
