use super::App;
use crate::cli::attach::AttachCmd;
use crate::error::Result;
use crate::ops::attachment::*;

pub fn run(app: &mut App, cmd: AttachCmd) -> Result<()> {
    match cmd {
        AttachCmd::Request { structure, comment } => {
            app.run(RequestAttachment { structure, comment })
        }
        AttachCmd::List { structure, status } => app.run(ListAttachments { structure, status }),
        AttachCmd::Accept { req, role } => app.run(DecideAttachment {
            id: req,
            decision: Decision::Accept { role },
        }),
        AttachCmd::Refuse { req, reason } => app.run(DecideAttachment {
            id: req,
            decision: Decision::Refuse { reason },
        }),
        AttachCmd::SetRole {
            structure,
            account,
            role,
        } => app.run(SetAttachmentRole {
            structure,
            account,
            role,
        }),
        AttachCmd::Remove { structure, account } => {
            app.run(RemoveAttachment { structure, account })
        }
        AttachCmd::Transfer { structure, to } => {
            app.confirm(&format!(
                "Make {to} the principal manager of {structure}? You will become secondary manager"
            ))?;
            app.run(TransferPrincipal { structure, to })
        }
    }
}
