//! Reading the contracts of an older revision straight from git's object store, so comparing
//! never touches the working tree (no checkout, no stash).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, anyhow, bail};

/// What the comparison needs from a revision: the registries and the folders they point into.
/// `api/` and `proto/` are taken whole because split specs reach across API folders
/// (`api/common`), and a module's imports across packages.
pub const CONTRACT_PATHS: [&str; 4] = ["redocly.yaml", "buf.yaml", "api", "proto"];

fn git(root: &Path) -> Command {
    let mut command = Command::new("git");
    command.arg("-C").arg(root);
    command
}

fn run(mut command: Command, what: &str) -> anyhow::Result<Vec<u8>> {
    let output = command
        .stderr(Stdio::piped())
        .output()
        .with_context(|| format!("running git to {what} (is git installed?)"))?;
    if !output.status.success() {
        bail!(
            "git failed to {what}: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(output.stdout)
}

/// The commit `rev` names, checked before anything is read so that a typo is a usage error.
///
/// # Errors
/// When `root` is not inside a git work tree or `rev` names no commit.
pub fn resolve_commit(root: &Path, rev: &str) -> anyhow::Result<String> {
    let mut inside = git(root);
    inside.args(["rev-parse", "--is-inside-work-tree"]);
    run(inside, "find the repository")
        .map_err(|e| anyhow!("{} is not inside a git repository ({e})", root.display()))?;
    let mut verify = git(root);
    verify.args(["rev-parse", "--verify", "--quiet", "--end-of-options"]);
    verify.arg(format!("{rev}^{{commit}}"));
    let out = run(verify, "resolve the revision")
        .map_err(|_| anyhow!("unknown revision `{rev}`: it names no commit in this repository"))?;
    Ok(String::from_utf8_lossy(&out).trim().to_owned())
}

/// Files under [`CONTRACT_PATHS`] at `commit`, relative to `root` (`/`-separated).
fn list(root: &Path, commit: &str) -> anyhow::Result<Vec<String>> {
    let mut ls = git(root);
    ls.args(["ls-tree", "-r", "-z", "--name-only", commit, "--"]);
    ls.args(CONTRACT_PATHS);
    let out = run(ls, "list the revision's contract files")?;
    Ok(out
        .split(|b| *b == 0)
        .filter(|name| !name.is_empty())
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .collect())
}

/// Where `root` sits inside its repository (`""` at the top, `sub/dir/` below it): `cat-file`
/// wants paths from the top, `ls-tree` answers relative to `root`.
fn prefix(root: &Path) -> anyhow::Result<String> {
    let mut show = git(root);
    show.args(["rev-parse", "--show-prefix"]);
    Ok(
        String::from_utf8_lossy(&run(show, "locate the workspace in its repository")?)
            .trim()
            .to_owned(),
    )
}

/// Write the contract files of `commit` under `dest`, mirroring their places below `root`.
/// Returns the relative paths written.
///
/// One `git cat-file --batch` process serves every file, so a large spec tree costs one spawn.
pub fn materialise(root: &Path, commit: &str, dest: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let names = list(root, commit)?;
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let prefix = prefix(root)?;
    let mut child = git(root)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("running git cat-file")?;
    let mut stdin = child.stdin.take().context("opening git cat-file's input")?;
    let requests: String = names
        .iter()
        .map(|name| format!("{commit}:{prefix}{name}\n"))
        .collect();
    // Writing from a thread keeps a large request list from deadlocking against unread output.
    let writer = std::thread::spawn(move || stdin.write_all(requests.as_bytes()));
    let stdout = child
        .stdout
        .take()
        .context("reading git cat-file's output")?;
    let mut reader = BufReader::new(stdout);
    let mut written = Vec::with_capacity(names.len());
    for name in &names {
        let contents =
            read_object(&mut reader).with_context(|| format!("reading {name} at {commit}"))?;
        let relative = PathBuf::from(name);
        let target = dest.join(&relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&target, contents)
            .with_context(|| format!("writing {}", target.display()))?;
        written.push(relative);
    }
    writer
        .join()
        .map_err(|_| anyhow!("the thread feeding git cat-file panicked"))?
        .context("writing to git cat-file")?;
    let status = child.wait().context("waiting for git cat-file")?;
    if !status.success() {
        bail!("git cat-file failed ({status})");
    }
    Ok(written)
}

/// One `<oid> <type> <size>\n<bytes>\n` record of `git cat-file --batch`.
fn read_object(reader: &mut impl BufRead) -> anyhow::Result<Vec<u8>> {
    let mut header = String::new();
    reader
        .read_line(&mut header)
        .context("reading the object header")?;
    let fields: Vec<&str> = header.split_whitespace().collect();
    let [_, kind, size] = fields.as_slice() else {
        bail!("git cat-file answered `{}`", header.trim());
    };
    if *kind != "blob" {
        bail!("expected a file, git has a {kind}");
    }
    let size: usize = size
        .parse()
        .with_context(|| format!("bad object size `{size}`"))?;
    let mut contents = vec![0; size + 1];
    reader
        .read_exact(&mut contents)
        .context("reading the object")?;
    contents.pop();
    Ok(contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_record_is_read_without_its_trailing_newline() {
        let mut input: &[u8] = b"abc123 blob 5\nhello\nrest";
        assert_eq!(read_object(&mut input).unwrap(), b"hello");
        assert_eq!(input, b"rest");
    }

    #[test]
    fn a_missing_object_is_an_error() {
        let mut input: &[u8] = b"HEAD:nope missing\n";
        let err = read_object(&mut input).unwrap_err();
        assert!(err.to_string().contains("missing"), "{err}");
    }
}
