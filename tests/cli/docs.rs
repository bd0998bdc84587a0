//! man/ and completions/ are generated from the clap definitions; they must not go stale.

use std::collections::BTreeMap;
use std::path::Path;

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn man_pages_and_completions_are_up_to_date() {
    let out = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(assert_cmd::cargo::cargo_bin!("chorus"))
        .args(["generate-docs", "--out"])
        .arg(out.path())
        .status()
        .unwrap();
    assert!(status.success());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["man", "completions"] {
        let fresh = files(&out.path().join(dir));
        let committed = files(&root.join(dir));
        assert_eq!(
            fresh.keys().collect::<Vec<_>>(),
            committed.keys().collect::<Vec<_>>(),
            "{dir}/ is stale: run `cargo run -- generate-docs --out .`"
        );
        for (name, content) in &fresh {
            assert!(
                committed[name] == *content,
                "{dir}/{name} is stale: run `cargo run -- generate-docs --out .`"
            );
        }
    }
    assert!(root.join("man/chorus-attach-transfer.1").exists());
    assert!(root.join("completions/chorus.bash").exists());
}
