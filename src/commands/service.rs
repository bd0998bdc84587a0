use super::App;
use crate::cli::service::ServiceCmd;
use crate::error::Result;
use crate::ops::service::*;

pub fn run(app: &mut App, cmd: ServiceCmd) -> Result<()> {
    match cmd {
        ServiceCmd::Create {
            structure,
            code,
            name,
            engagement_required,
            payment_status_not_reported,
        } => app.run(CreateService {
            structure,
            code,
            name,
            engagement_required,
            payment_status_not_reported,
        }),
        ServiceCmd::List { structure } => app.run(ListServices { structure }),
        ServiceCmd::Show { structure, code } => app.run(ShowService { structure, code }),
        ServiceCmd::Update(a) => app.run(UpdateService {
            structure: a.structure,
            code: a.code,
            name: a.name,
            engagement_required: a.engagement_required,
            payment_status_not_reported: a.payment_status_not_reported,
            active: None,
        }),
        ServiceCmd::Deactivate { structure, code } => app.run(UpdateService {
            structure,
            code,
            active: Some(false),
            ..Default::default()
        }),
        ServiceCmd::Activate { structure, code } => app.run(UpdateService {
            structure,
            code,
            active: Some(true),
            ..Default::default()
        }),
        ServiceCmd::Grant(a) => app.run(GrantService {
            structure: a.structure,
            service: a.service,
            account: a.account,
            grant: true,
        }),
        ServiceCmd::Revoke(a) => app.run(GrantService {
            structure: a.structure,
            service: a.service,
            account: a.account,
            grant: false,
        }),
    }
}
