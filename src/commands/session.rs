//! Remote stores from the client's side: which backend `--store` gives, `chorus login` and
//! `chorus logout`.

use std::io::IsTerminal;
use std::time::Duration;

use super::{App, interactive, prompt_secret, stdin_lines};
use crate::backend::{Backend, Credential, Credentials, RemoteBackend, StoreUrl};
use crate::cli::GlobalArgs;
use crate::cli::session::LoginArgs;
use crate::error::{Error, Result};
use crate::ops::Acting;
use crate::ops::session::{Login, Logout};

/// The backend of `--store`, acting as `--as` locally, as the token's account remotely.
pub fn backend(g: &GlobalArgs, url: StoreUrl) -> Result<Backend> {
    let as_account = g
        .as_account
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    match url {
        StoreUrl::Local(path) => {
            let acting = match as_account {
                Some(email) => Acting::Account(email.to_string()),
                None => Acting::Operator,
            };
            Ok(Backend::local(path, acting))
        }
        StoreUrl::Remote(url) => {
            if let Some(email) = as_account {
                return Err(Error::usage(
                    "as_on_remote_store",
                    format!(
                        "--as {email} (or CHORUS_USER) cannot choose who acts on a remote store: \
                         the server acts as the account of your token"
                    ),
                )
                .hint(format!(
                    "sign in as that account: chorus --store {url} login --email {email}"
                ))
                .hint("or unset CHORUS_USER"));
            }
            let token = token_for(&url)?;
            Ok(remote(g, url, token))
        }
    }
}

fn remote(g: &GlobalArgs, url: String, token: Option<String>) -> Backend {
    let bars = !g.quiet && !g.no_progress && std::io::stderr().is_terminal();
    Backend::Remote(RemoteBackend::new(
        url,
        token,
        Duration::from_secs(g.timeout.max(1)),
        bars,
    ))
}

/// `CHORUS_TOKEN`, else the token `chorus login` saved for this store.
fn token_for(url: &str) -> Result<Option<String>> {
    if let Ok(token) = std::env::var("CHORUS_TOKEN")
        && !token.trim().is_empty()
    {
        return Ok(Some(token.trim().to_string()));
    }
    Ok(Credentials::load()?
        .stores
        .get(url)
        .map(|c| c.token.clone()))
}

fn remote_url(url: &StoreUrl, command: &str) -> Result<String> {
    match url {
        StoreUrl::Remote(u) => Ok(u.clone()),
        StoreUrl::Local(path) => Err(Error::usage(
            "local_store_has_no_login",
            format!(
                "`chorus {command}` is for a remote store; {} is a local file",
                path.display()
            ),
        )
        .hint("on a local store, act as an account with --as EMAIL")
        .hint("give the server's URL: --store https://host:port")),
    }
}

pub fn login(g: &GlobalArgs, url: StoreUrl, args: LoginArgs) -> Result<()> {
    let url = remote_url(&url, "login")?;
    let password = if args.password_stdin {
        stdin_lines(1, "the password")?.remove(0)
    } else if interactive() {
        prompt_secret(&format!("Password for {}", args.email), false)?
    } else {
        return Err(
            Error::usage("password_required", "no terminal to ask the password on")
                .hint("pipe it in with --password-stdin"),
        );
    };
    let mut app = App::new(g, remote(g, url.clone(), None));
    let session = app.call(Login {
        email: args.email,
        password,
    })?;
    if args.print_token {
        use std::io::Write;
        writeln!(std::io::stdout(), "{}", session.token)?;
        return Ok(());
    }
    let mut credentials = Credentials::load()?;
    credentials.stores.insert(
        url.clone(),
        Credential {
            email: session.email.clone(),
            token: session.token,
            expires_at: session.expires_at.clone(),
        },
    );
    credentials.save()?;
    app.note(&format!(
        "signed in to {url} as {} until {}; token kept in {}",
        session.email,
        session.expires_at,
        Credentials::path()?.display()
    ));
    Ok(())
}

pub fn logout(g: &GlobalArgs, url: StoreUrl) -> Result<()> {
    let url = remote_url(&url, "logout")?;
    // The token in use: CHORUS_TOKEN, else the saved one.
    let Some(token) = token_for(&url)? else {
        return Err(Error::not_found(
            "not_signed_in",
            format!("no token for {url}: nothing to sign out of"),
        ));
    };
    let mut app = App::new(g, remote(g, url.clone(), None));
    let out = app.call(Logout {
        token: token.clone(),
    })?;
    let mut credentials = Credentials::load()?;
    if credentials
        .stores
        .get(&url)
        .is_some_and(|c| c.token == token)
    {
        credentials.stores.remove(&url);
        credentials.save()?;
    }
    app.note(&if out.revoked {
        format!("signed out of {url}: the token is revoked")
    } else {
        format!("the token was no longer valid on {url}; forgotten here")
    });
    Ok(())
}
