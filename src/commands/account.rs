use super::{App, interactive, prompt_secret, stdin_lines};
use crate::cli::account::AccountCmd;
use crate::error::{Error, Result};
use crate::ops::account::*;

fn no_terminal() -> Error {
    Error::usage(
        "password_input",
        "no terminal to ask for the password, and --password-stdin was not given",
    )
    .hint("pipe it in: printf '%s\\n' \"$PASSWORD\" | chorus … --password-stdin")
}

pub fn run(app: &mut App, cmd: AccountCmd) -> Result<()> {
    match cmd {
        AccountCmd::Create(a) => {
            let out = app.call(CreateAccount {
                email: a.email,
                first_name: a.first_name,
                last_name: a.last_name,
                phone: a.phone,
                siret: a.siret,
            })?;
            app.emit(&out)?;
            let email = &out.account.email;
            app.note(&match &out.activation_token {
                Some(token) => format!(
                    "Account {email} created. Activate it with:\n  chorus account activate --email {email} --token {token}"
                ),
                None => format!(
                    "Account {email} created. The activation message went to its mailbox: \
                     activate it with the token it holds (chorus account activate --email {email} --token TOKEN)"
                ),
            });
            Ok(())
        }
        AccountCmd::Activate(a) => {
            let question = a.security_question;
            let (password, answer) = if a.password_stdin {
                let mut lines =
                    stdin_lines(if question.is_some() { 2 } else { 1 }, "the password")?;
                let answer = if question.is_some() {
                    lines.pop()
                } else {
                    None
                };
                (lines.remove(0), answer)
            } else if interactive() {
                let password = prompt_secret("New password", true)?;
                let answer = match &question {
                    Some(q) => Some(prompt_secret(q, false)?),
                    None => None,
                };
                (password, answer)
            } else {
                return Err(no_terminal());
            };
            let security = question.zip(answer.or(Some(String::new())));
            let out = app.call(ActivateAccount::new(a.email, a.token, password, security))?;
            app.emit(&out)?;
            app.note(&if app.backend.is_remote() {
                format!(
                    "Account {} is active. Sign in with: chorus login --email {}",
                    out.email, out.email
                )
            } else {
                format!(
                    "Account {} is active. Act as it with --as {}",
                    out.email, out.email
                )
            });
            Ok(())
        }
        AccountCmd::Show { email } => app.run(ShowAccount { email }),
        AccountCmd::List => app.run(ListAccounts {}),
        AccountCmd::Update(a) => app.run(UpdateAccount {
            email: a.email,
            first_name: a.first_name,
            last_name: a.last_name,
            phone: a.phone,
        }),
        AccountCmd::Password { password_stdin } => {
            let (old, new) = if password_stdin {
                let mut lines = stdin_lines(2, "the current then the new password")?;
                let new = lines.pop().unwrap_or_default();
                (lines.pop().unwrap_or_default(), new)
            } else if interactive() {
                (
                    prompt_secret("Current password", false)?,
                    prompt_secret("New password", true)?,
                )
            } else {
                return Err(no_terminal());
            };
            app.run(ChangePassword::new(old, new))?;
            app.note("Password changed.");
            Ok(())
        }
        AccountCmd::Deactivate { email } => {
            let who = email.clone().unwrap_or_else(|| "your account".into());
            app.confirm(&format!(
                "Deactivate {who}? It will no longer be able to act"
            ))?;
            app.run(DeactivateAccount { email })
        }
        AccountCmd::Events { since, limit } => app.run(AccountEvents { since, limit }),
        AccountCmd::Notifications { email } => app.run(AccountNotifications { email }),
    }
}
