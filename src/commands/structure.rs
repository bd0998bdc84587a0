use super::App;
use crate::cli::structure::{SpaceCmd, StructureCmd};
use crate::domain::{Address, StructureStatus, StructureType};
use crate::error::Result;
use crate::ops::space::*;
use crate::ops::structure::*;

pub fn run(app: &mut App, cmd: StructureCmd) -> Result<()> {
    match cmd {
        StructureCmd::Create(a) => app.run(CreateStructure {
            identifier: a.identifier,
            identifier_type: a.identifier_type,
            name: a.name,
            label: a.label,
            address: Address {
                line: a.address,
                postcode: a.postcode,
                city: a.city,
                country: a.country.trim().to_ascii_uppercase(),
            },
            public: a.public,
            routing: RoutingParameters {
                service_required: a.service_required,
                engagement_required: a.engagement_required,
                service_or_engagement_required: a.service_or_engagement_required,
                payment_status_not_reported: a.payment_status_not_reported,
            },
        }),
        StructureCmd::Show { id } => app.run(ShowStructure { identifier: id }),
        StructureCmd::Search(a) => app.run_columns(
            SearchStructures {
                name: a.name,
                identifier: a.identifier,
                label: a.label,
                structure_type: match (a.public, a.private) {
                    (true, _) => Some(StructureType::Publique),
                    (_, true) => Some(StructureType::Privee),
                    _ => None,
                },
                status: a.status,
                limit: Some(a.limit).filter(|n| *n > 0),
            },
            &[
                "identifier",
                "identifier_type",
                "name",
                "label",
                "structure_type",
                "status",
                "address.postcode",
                "address.city",
            ],
        ),
        StructureCmd::Update(a) => app.run(UpdateStructure {
            identifier: a.id,
            name: a.name,
            label: a.label,
            address: a.address,
            postcode: a.postcode,
            city: a.city,
            country: a.country.map(|c| c.trim().to_ascii_uppercase()),
            service_required: a.service_required,
            engagement_required: a.engagement_required,
            service_or_engagement_required: a.service_or_engagement_required,
            payment_status_not_reported: a.payment_status_not_reported,
        }),
        StructureCmd::Deactivate { id } => app.run(SetStructureStatus {
            identifier: id,
            status: StructureStatus::Inactif,
        }),
        StructureCmd::Activate { id } => app.run(SetStructureStatus {
            identifier: id,
            status: StructureStatus::Actif,
        }),
        StructureCmd::Space(cmd) => match cmd {
            SpaceCmd::List { id } => app.run(ListSpaces { structure: id }),
            SpaceCmd::Open { id, space } => app.run(SetSpaceOpen {
                structure: id,
                space,
                open: true,
            }),
            SpaceCmd::Close { id, space } => app.run(SetSpaceOpen {
                structure: id,
                space,
                open: false,
            }),
            SpaceCmd::Request { id, space, mode } => app.run(RequestSpace {
                structure: id,
                space,
                mode,
            }),
            SpaceCmd::Requests { id, status } => app.run(ListSpaceRequests {
                structure: id,
                status,
            }),
            SpaceCmd::Accept { req } => app.run(DecideSpaceRequest {
                id: req,
                accept: true,
            }),
            SpaceCmd::Refuse { req } => app.run(DecideSpaceRequest {
                id: req,
                accept: false,
            }),
        },
    }
}
