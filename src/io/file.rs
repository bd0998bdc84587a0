//! Files chorus reads from a path the user gives, and files it writes.
//!
//! Reading: only regular files, their size checked from metadata before a byte is read, and
//! read through a bounded reader so that a file growing meanwhile is still bounded (a sparse
//! 5 GB file or a link to /dev/zero is refused in constant memory).
//!
//! Writing: never over an existing file unless asked (`--force`), always through a temporary
//! file in the same folder renamed into place, so that no half-written file is ever seen and
//! a link planted at the path is replaced, never written through.

use std::collections::HashSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::domain::files::safe_file_name;
use crate::error::{Error, Result};

/// Any file that travels in a deposit (PDF, attachment): nothing larger can be accepted (the
/// invoice and its attachments together are at most 120 MB). Smaller per-file rules (10 MB)
/// are the deposit's own, reported as before.
pub const MAX_DEPOSIT_FILE_BYTES: u64 = 120 * 1024 * 1024;
/// An invoice JSON (`invoice create --from`), an invoice to validate.
pub const MAX_DOCUMENT_BYTES: u64 = 10 * 1024 * 1024;
/// A batch manifest (a list of paths, a CSV of deposits).
pub const MAX_MANIFEST_BYTES: u64 = 64 * 1024 * 1024;

fn too_large(shown: &str, size: Option<u64>, limit: u64) -> Error {
    let size = size.map_or_else(String::new, |s| format!("{s} bytes, "));
    Error::invalid(
        "file_too_large",
        format!(
            "{shown} is {size}over the limit of {limit} bytes ({} MB)",
            limit / (1024 * 1024)
        ),
    )
    .hint("give a smaller file")
}

/// Reads at most `limit` bytes from `path` (`-`: stdin), refusing anything that is not a
/// regular file or is larger than `limit`.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        return read_up_to(std::io::stdin().lock(), "stdin", None, limit);
    }
    let shown = path.display().to_string();
    let unreadable =
        |e: std::io::Error| Error::not_found("file_not_found", format!("cannot read {shown}: {e}"));
    // Checked before opening too: opening a FIFO would wait for a writer.
    check_metadata(&shown, &std::fs::metadata(path).map_err(unreadable)?, limit)?;
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    check_metadata(&shown, &meta, limit)?;
    read_up_to(file, &shown, Some(meta.len()), limit)
}

fn check_metadata(shown: &str, meta: &std::fs::Metadata, limit: u64) -> Result<()> {
    if !meta.is_file() {
        let what = if meta.is_dir() {
            "a folder"
        } else {
            "not a regular file (a device, a pipe or a socket)"
        };
        return Err(
            Error::invalid("file_not_regular", format!("{shown} is {what}"))
                .hint("name a regular file; to read from a pipe, give - and use stdin"),
        );
    }
    if meta.len() > limit {
        return Err(too_large(shown, Some(meta.len()), limit));
    }
    Ok(())
}

/// Reads `limit + 1` bytes at most: one more than allowed proves the input too large.
fn read_up_to(reader: impl Read, shown: &str, size: Option<u64>, limit: u64) -> Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(size.unwrap_or(0).min(limit) as usize);
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::internal(format!("cannot read {shown}: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(shown, None, limit));
    }
    Ok(bytes)
}

/// Where a manifest may point: inside its folder once links are resolved, absolute paths only
/// when the user allowed them. A manifest may come from someone else; without this rule a line
/// `../../.ssh/id_rsa` or a link to /etc/passwd would deposit that file to a recipient.
#[derive(Debug, Clone)]
pub struct ManifestPaths {
    /// The manifest's folder (the current folder for stdin), links resolved.
    root: PathBuf,
    allow_absolute: bool,
}

impl ManifestPaths {
    /// `manifest`: the manifest's path, `-` for stdin (paths relative to the current folder).
    pub fn new(manifest: &Path, allow_absolute: bool) -> Result<ManifestPaths> {
        let dir = match manifest.parent() {
            _ if manifest.as_os_str() == "-" => Path::new("."),
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let root = dir.canonicalize().map_err(|e| {
            Error::not_found(
                "manifest_folder",
                format!("cannot resolve the folder {}: {e}", dir.display()),
            )
        })?;
        Ok(ManifestPaths {
            root,
            allow_absolute,
        })
    }

    /// The file an entry names, links resolved, or its refusal (`path_absolute`,
    /// `path_outside_manifest_folder`, `file_not_found`).
    pub fn resolve(&self, entry: &str) -> Result<PathBuf> {
        let p = Path::new(entry);
        if p.is_absolute() {
            if self.allow_absolute {
                return Ok(p.to_path_buf());
            }
            return Err(Error::invalid(
                "path_absolute",
                format!("{entry} is an absolute path: a manifest names files inside its folder"),
            )
            .hint("give paths relative to the manifest's folder (stdin: the current folder), or --allow-absolute-paths if you trust the manifest"));
        }
        let real =
            self.root.join(p).canonicalize().map_err(|e| {
                Error::not_found("file_not_found", format!("cannot read {entry}: {e}"))
            })?;
        if !real.starts_with(&self.root) {
            return Err(Error::invalid(
                "path_outside_manifest_folder",
                format!(
                    "{entry} leads outside the manifest's folder {} (through .. or a symbolic link)",
                    self.root.display()
                ),
            )
            .hint("move the file into the manifest's folder, or name it by its absolute path with --allow-absolute-paths"));
        }
        Ok(real)
    }
}

/// Creates `path` with `bytes` (`-`: stdout). An existing file is kept unless `force`; the
/// bytes go to a temporary file beside it, renamed into place once complete (removed on any
/// failure).
pub fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    if path.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        return match out.write_all(bytes).and_then(|_| out.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => Ok(other?),
        };
    }
    let shown = path.display();
    let failed = |e: std::io::Error| Error::internal(format!("cannot write {shown}: {e}"));
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => {
            return Err(Error::invalid(
                "output_is_folder",
                format!("{shown} is a folder: name the file to write"),
            )
            .hint("e.g. -o facture.pdf"));
        }
        Ok(_) if !force => return Err(exists(path)),
        _ => {}
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".chorus-").suffix(".part");
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir).map_err(failed)?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(failed)?;
    let placed = if force {
        tmp.persist(path).map(drop)
    } else {
        tmp.persist_noclobber(path).map(drop)
    };
    match placed {
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Err(exists(path)),
        Err(e) => Err(failed(e.error)),
        Ok(()) => Ok(()),
    }
}

/// Writes several files (a download and its attachments): when one exists and `force` is
/// not given, none is written.
pub fn write_set(files: &[(PathBuf, &[u8])], force: bool) -> Result<()> {
    if !force
        && let Some((path, _)) = files
            .iter()
            .find(|(p, _)| p.as_os_str() != "-" && std::fs::symlink_metadata(p).is_ok())
    {
        return Err(exists(path));
    }
    for (path, bytes) in files {
        write_new(path, bytes, force)?;
    }
    Ok(())
}

/// Where a file named by another party lands in `dir`: its safe base name, made distinct from
/// the paths already `taken` by this download (`a.pdf`, `a-2.pdf`…).
pub fn place(dir: &Path, name: &str, taken: &mut HashSet<PathBuf>) -> PathBuf {
    let name = safe_file_name(name);
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) => (stem, format!(".{ext}")),
        None => (name.as_str(), String::new()),
    };
    let mut path = dir.join(&name);
    let mut n = 1;
    while !taken.insert(path.clone()) {
        n += 1;
        path = dir.join(format!("{stem}-{n}{ext}"));
    }
    path
}

fn exists(path: &Path) -> Error {
    Error::conflict(
        "file_exists",
        format!("{} already exists: it was left as it was", path.display()),
    )
    .hint("give --force to replace it, or -o to write elsewhere")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file_within_the_limit_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read_bounded(&path, 5).unwrap(), b"12345");
        assert_eq!(read_bounded(&path, 4).unwrap_err().code, "file_too_large");
        assert_eq!(
            read_bounded(dir.path(), 5).unwrap_err().code,
            "file_not_regular"
        );
        let missing = read_bounded(&dir.path().join("nope"), 5).unwrap_err();
        assert_eq!(missing.code, "file_not_found");
    }

    #[test]
    fn a_growing_input_is_bounded() {
        let endless = std::io::repeat(b'x');
        let e = read_up_to(endless, "endless", None, 1024).unwrap_err();
        assert_eq!(e.code, "file_too_large");
    }

    #[test]
    #[cfg(unix)]
    fn devices_are_refused() {
        let e = read_bounded(Path::new("/dev/zero"), 1024).unwrap_err();
        assert_eq!(e.code, "file_not_regular");
    }

    #[test]
    fn writes_never_replace_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.pdf");
        write_new(&path, b"one", false).unwrap();
        assert_eq!(
            write_new(&path, b"two", false).unwrap_err().code,
            "file_exists"
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write_new(&path, b"three", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        // Only the file itself: no temporary file left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let folder = write_new(dir.path(), b"x", true).unwrap_err();
        assert_eq!(folder.code, "output_is_folder");
        let other = dir.path().join("other.pdf");
        let set = [(other.clone(), &b"x"[..]), (path.clone(), &b"y"[..])];
        assert_eq!(write_set(&set, false).unwrap_err().code, "file_exists");
        assert!(!other.exists(), "nothing is written when one file exists");
    }

    #[test]
    fn places_are_safe_and_distinct() {
        let mut taken = HashSet::new();
        let dir = Path::new("out");
        assert_eq!(place(dir, "../../a.pdf", &mut taken), dir.join("a.pdf"));
        assert_eq!(place(dir, "/tmp/a.pdf", &mut taken), dir.join("a-2.pdf"));
        assert_eq!(place(dir, "a.pdf", &mut taken), dir.join("a-3.pdf"));
        assert_eq!(place(dir, "..", &mut taken), dir.join("file"));
        assert_eq!(place(dir, "", &mut taken), dir.join("file-2"));
    }
}
