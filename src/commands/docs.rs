//! `chorus generate-docs`: man pages (one per command) and shell completions from the clap
//! definitions, so that they never drift from the code (a test compares them).

use std::fs;
use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::Result;

pub fn generate(out: &Path) -> Result<()> {
    let man = out.join("man");
    let completions = out.join("completions");
    fs::create_dir_all(&man)?;
    fs::create_dir_all(&completions)?;
    let mut cmd = Cli::command();
    cmd.build();
    write_man(&cmd, "chorus", &man)?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
        let mut cmd = Cli::command();
        clap_complete::generate_to(shell, &mut cmd, "chorus", &completions)?;
    }
    Ok(())
}

fn write_man(cmd: &clap::Command, name: &str, dir: &Path) -> Result<()> {
    if cmd.is_hide_set() {
        return Ok(());
    }
    let cmd = cmd.clone().name(name.to_string());
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut page)?;
    fs::write(dir.join(format!("{name}.1")), page)?;
    for sub in cmd.get_subcommands() {
        if sub.get_name() != "help" {
            write_man(sub, &format!("{name}-{}", sub.get_name()), dir)?;
        }
    }
    Ok(())
}
