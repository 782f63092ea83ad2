"""The bad-input matrix: every way an input or an output can go wrong, through the CLI.

Each case asserts the exact exit code, and for a failure one error line that
names the file (``article-clean: error: PATH: problem``) and no traceback.
``clean`` and ``check`` share the readers, so each input case runs both.
"""

from __future__ import annotations

import errno
import gzip
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import article_clean
from article_clean.cli import cli
from article_clean.options import DEFAULT_MAX_BYTES

ARTICLE = (
    "Floods cut off villages in northern Bangladesh\n\n"
    "SYLHET, March 9 (AFP) - Flash floods cut off dozens of villages in northern\n"
    "Bangladesh on Thursday, officials said, as rivers burst their banks after three\n"
    "days of torrential rain.\n\n"
    "A farmer in Sunamganj said the water reached the roof of his house in an hour.\n"
)
ACCENTED = ARTICLE.replace("officials said", "officials said at the café, naïvely,")
CURLY = ACCENTED.replace("A farmer", "“A farmer”")
COMMANDS = ("clean", "check")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def invoke(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    """Run the CLI in this process: exit code, standard output, standard error."""
    result = CliRunner().invoke(cli, list(args), input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def run(*args: str, stdin=None, input: bytes | None = None, stdout=subprocess.PIPE,
        timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the CLI in a real process, for what only file descriptors show."""
    return subprocess.run([sys.executable, "-m", "article_clean", *args], stdin=stdin, input=input,
                          stdout=stdout, stderr=subprocess.PIPE, timeout=timeout)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("article-clean: error:")]


def assert_one_error(stderr: str, path: str, problem: str) -> None:
    """Exactly one error line, naming ``path`` and saying ``problem``; no traceback."""
    assert "Traceback" not in stderr, stderr
    errors = error_lines(stderr)
    assert len(errors) == 1, stderr
    assert path in errors[0] and problem in errors[0], errors[0]


# --------------------------------------------------------------------------
# Inputs that are refused
# --------------------------------------------------------------------------

REFUSED = {
    "empty.txt": (b"", "is empty"),
    "blank.txt": ("  \n\t\n\u00a0\n".encode("utf-8"), "only whitespace"),
    "invisible.txt": ("\ufeff\u200b\n\u200b\n".encode("utf-8"), "only whitespace"),
    "image.txt": (PNG, "is binary"),
    "image.png": (PNG, "is binary"),
    "zeros.txt": (b"\x00" * 4096, "is binary"),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_input(tmp_path, command, name):
    content, problem = REFUSED[name]
    path = tmp_path / name
    path.write_bytes(content)
    code, _, stderr = invoke(command, str(path))
    assert code == 3
    assert_one_error(stderr, str(path), problem)


# --------------------------------------------------------------------------
# Inputs in other encodings are read, not refused
# --------------------------------------------------------------------------

ENCODED = {
    "utf16-bom.txt": (CURLY.encode("utf-16"), "utf-16"),
    "utf16le-no-bom.txt": (CURLY.encode("utf-16-le"), "utf-16-le"),
    "utf16be-no-bom.txt": (CURLY.encode("utf-16-be"), "utf-16-be"),
    "utf8-bom.txt": (b"\xef\xbb\xbf" + CURLY.encode("utf-8"), "utf-8"),
    "latin1.txt": (ACCENTED.encode("latin-1"), "cp1252"),
    "cp1252.txt": (CURLY.encode("cp1252"), "cp1252"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_encodings_are_read(tmp_path, name):
    content, encoding = ENCODED[name]
    path = tmp_path / name
    path.write_bytes(content)
    code, stdout, stderr = invoke("clean", str(path))
    assert code == 0, stderr
    data = json.loads(stdout)
    assert data["encoding"].startswith(encoding)
    reference = article_clean.clean(ACCENTED if name == "latin1.txt" else CURLY)
    assert data["text"] == reference.text
    assert data["flags"] == [flag.to_dict() for flag in reference.flags]


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_check_reads_encodings_as_it_reads_utf8(tmp_path, name):
    """``check`` finds the same in a UTF-16 or Windows-1252 file as in the UTF-8 one."""
    content, _ = ENCODED[name]
    text = ACCENTED if name == "latin1.txt" else CURLY
    path, reference = tmp_path / name, tmp_path / "reference.txt"
    path.write_bytes(content)
    reference.write_text(text, encoding="utf-8")
    code, stdout, stderr = invoke("check", "--output-format", "json", str(path))
    expected_code, expected, _ = invoke("check", "--output-format", "json", str(reference))
    assert code == expected_code, stderr
    codes = sorted(f["code"] for f in json.loads(stdout)) if stdout.strip() else []
    expected_codes = sorted(f["code"] for f in json.loads(expected)) if expected.strip() else []
    assert codes == expected_codes


def test_mixed_encodings_in_one_file_are_flagged(tmp_path):
    """UTF-8 with stray Windows-1252 bytes: read, the stray bytes as Windows-1252, and flagged AC401."""
    path = tmp_path / "mixed.txt"
    path.write_bytes(ACCENTED.encode("utf-8") + "Le ministre a déclaré: « c’est fini ».\n".encode("cp1252"))
    code, stdout, stderr = invoke("clean", str(path))
    assert code == 0, stderr
    data = json.loads(stdout)
    assert "café" in data["text"] and "déclaré" in data["text"]
    assert [flag["code"] for flag in data["flags"]].count("AC401") == 1
    assert invoke("clean", "--strict", str(path))[0] == 1


def test_undecodable_bytes_in_utf16_are_flagged(tmp_path):
    path = tmp_path / "broken16.txt"
    path.write_bytes(CURLY.encode("utf-16") + b"\x00\xd8")  # a lone high surrogate at the end
    code, stdout, stderr = invoke("clean", str(path))
    assert code == 0, stderr
    assert "AC401" in [flag["code"] for flag in json.loads(stdout)["flags"]]


# --------------------------------------------------------------------------
# Size limits: a huge file, a huge stream, a gzip bomb
# --------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_200_mb_file_is_refused_without_reading_it(tmp_path, command):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: 200 MB of size, no data on disk or in memory
        handle.truncate(200 * 1024 * 1024)
    code, _, stderr = invoke(command, str(path))
    assert code == 3
    assert_one_error(stderr, str(path), f"larger than the {DEFAULT_MAX_BYTES} byte limit")
    assert "--max-bytes" in stderr


def test_max_bytes_can_be_raised_and_lowered(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    size = path.stat().st_size
    assert invoke("clean", "--max-bytes", str(size), str(path))[0] == 0
    code, _, stderr = invoke("clean", "--max-bytes", str(size - 1), str(path))
    assert code == 3
    assert_one_error(stderr, str(path), f"larger than the {size - 1} byte limit")


def test_200_mb_stream_on_stdin_is_refused(tmp_path):
    """Read in chunks up to the limit and stopped there: never 200 MB in memory."""
    process = subprocess.Popen([sys.executable, "-m", "article_clean", "clean"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    chunk = (ARTICLE * ((1 << 20) // len(ARTICLE) + 1)).encode()[: 1 << 20]

    def feed():
        try:
            for _ in range(200):
                process.stdin.write(chunk)
            process.stdin.close()
        except (BrokenPipeError, ValueError):
            pass  # the reader stopped at the limit, as it should

    feeder = threading.Thread(target=feed)
    feeder.start()
    stdout, stderr = process.stdout.read(), process.stderr.read()  # not communicate(): it would close stdin
    process.wait(timeout=300)
    feeder.join()
    assert process.returncode == 3
    assert_one_error(stderr.decode(), "-", f"larger than the {DEFAULT_MAX_BYTES} byte limit")


def _gzip_of(path: Path, size: int) -> None:
    """A gzip file that expands to ``size`` bytes of article text, written in chunks."""
    chunk = (ARTICLE * 200).encode()
    with gzip.open(path, "wb", compresslevel=9) as handle:
        written = 0
        while written < size:
            handle.write(chunk[: size - written])
            written += len(chunk)


@pytest.mark.parametrize("command", COMMANDS)
def test_gzip_bomb_is_refused(tmp_path, command):
    path = tmp_path / "bomb.txt.gz"
    _gzip_of(path, DEFAULT_MAX_BYTES + (4 << 20))
    assert path.stat().st_size < DEFAULT_MAX_BYTES // 50
    code, _, stderr = invoke(command, str(path))
    assert code == 3
    assert_one_error(stderr, str(path), f"larger than the {DEFAULT_MAX_BYTES} byte limit")


def test_gzip_within_the_limit_is_read(tmp_path):
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode()))
    code, stdout, _ = invoke("clean", str(path))
    assert code == 0 and json.loads(stdout)["title"] == "Floods cut off villages in northern Bangladesh"


@pytest.mark.parametrize("content,problem", [(b"not gzip at all", "is not a valid gzip file"),
                                             (gzip.compress(ARTICLE.encode())[:40], "is not a valid gzip file")])
def test_broken_gzip_is_refused(tmp_path, content, problem):
    path = tmp_path / "broken.txt.gz"
    path.write_bytes(content)
    code, _, stderr = invoke("clean", str(path))
    assert code == 3
    assert_one_error(stderr, str(path), problem)


# --------------------------------------------------------------------------
# Paths that are not regular files
# --------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_directory_named_like_a_file(tmp_path, command):
    folder = tmp_path / "page.txt"
    folder.mkdir()
    code, _, stderr = invoke(command, "-q", str(folder)) if command == "clean" else invoke(command, str(folder))
    assert code == 3
    assert_one_error(stderr, str(folder), "is a directory")


def test_library_refuses_a_directory(tmp_path):
    with pytest.raises(article_clean.InputError, match="is a directory"):
        article_clean.clean_file(tmp_path)


@pytest.mark.parametrize("command", COMMANDS)
def test_fifo_is_refused_without_blocking(tmp_path, command):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    done = run(command, str(fifo), timeout=60)  # opening a FIFO with no writer would block
    assert done.returncode == 3
    assert_one_error(done.stderr.decode(), str(fifo), "is not a regular file")


def test_fifo_in_a_folder_is_skipped_with_an_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    done = run("clean", "-q", "-f", "jsonl", str(tmp_path), timeout=60)
    assert done.returncode == 3
    assert len(done.stdout.decode().splitlines()) == 1
    assert_one_error(done.stderr.decode(), str(tmp_path / "b.txt"), "is not a regular file")


@pytest.mark.parametrize("command", COMMANDS)
def test_broken_symlink(tmp_path, command):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    code, _, stderr = invoke(command, str(link))
    assert code == 3
    assert_one_error(stderr, str(link), "does not exist")


@pytest.mark.parametrize("command", COMMANDS)
def test_symlink_loop_file(tmp_path, command):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    code, _, stderr = invoke(command, str(tmp_path / "a.txt"))
    assert code == 3
    assert_one_error(stderr, str(tmp_path / "a.txt"), "Too many levels of symbolic links")


@pytest.mark.parametrize("command", COMMANDS)
def test_symlink_loop_in_a_folder_is_walked_once(tmp_path, command):
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "sub" / "up").symlink_to(tree)  # sub/up/sub/up/... for ever, unless the walk notices
    (tree / "self").symlink_to(".")
    if command == "clean":
        done = run("clean", "-q", "-f", "jsonl", str(tree), timeout=120)
        sources = [json.loads(line)["source"] for line in done.stdout.decode().splitlines()]
        assert done.returncode == 0, done.stderr.decode()
        assert sorted(sources) == [str(tree / "a.txt"), str(tree / "sub" / "b.txt")]
    else:
        done = run("check", "--output-format", "json", str(tree), timeout=120)
        assert done.returncode in (0, 1) and "Traceback" not in done.stderr.decode()
        paths = {finding["path"] for finding in json.loads(done.stdout)}
        assert paths <= {str(tree / "a.txt"), str(tree / "sub" / "b.txt")}


def _as_nobody(args: list[str]) -> tuple[int, str]:
    """Run the CLI in a forked child that has dropped root, so file permissions apply.

    The child runs in this process's image, with the modules already imported: it
    needs no access to the interpreter's files, only to the input.
    """
    invoke("clean", "--help")  # import what the command imports lazily, before the fork
    article_clean.clean(ARTICLE)
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        try:
            os.close(reader)
            os.setgid(65534)
            os.setuid(65534)
            result = CliRunner().invoke(cli, args)
            os.write(writer, json.dumps([result.exit_code, result.stderr]).encode())
        except BaseException as problem:
            os.write(writer, json.dumps([-1, repr(problem)]).encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as handle:
        data = handle.read()
    os.waitpid(child, 0)
    return tuple(json.loads(data))


@pytest.mark.parametrize("command", COMMANDS)
def test_unreadable_file(command):
    folder = Path(tempfile.mkdtemp(prefix="article-clean-unreadable-"))
    try:
        folder.chmod(0o755)  # others may look in, but not read the file
        path = folder / "secret.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        path.chmod(0)
        if os.geteuid() != 0:
            code, _, stderr = invoke(command, str(path))
        elif hasattr(os, "fork") and hasattr(os, "setuid"):
            code, stderr = _as_nobody([command, str(path)])
            if code == -1:
                pytest.skip(f"cannot drop root to test permissions here: {stderr}")
        else:
            pytest.skip("running as root without os.fork and os.setuid: permissions cannot be tested")
        assert code == 3, stderr
        assert_one_error(stderr, str(path), "Permission denied")
    finally:
        shutil.rmtree(folder)


# --------------------------------------------------------------------------
# Odd names
# --------------------------------------------------------------------------


def _odd_name(folder: Path, content: bytes) -> str:
    """A file whose name has a newline and a byte that is not UTF-8; its path as argv carries it."""
    raw = os.fsencode(folder) + b"/new\nline\xff.txt"
    with open(raw, "wb") as handle:
        handle.write(content)
    return os.fsdecode(raw)


@pytest.mark.parametrize("fmt", ["json", "md"])
@pytest.mark.parametrize("stdout_errors", ["strict", "surrogateescape"])
def test_name_with_newline_and_non_utf8_byte_is_cleaned(tmp_path, monkeypatch, fmt, stdout_errors):
    """The name's stray byte is no UTF-8: the output says U+FFFD for it, and stays valid UTF-8
    whether standard output is strict (a UTF-8 locale) or escapes surrogates (the C locale)."""
    monkeypatch.setenv("PYTHONIOENCODING", f"utf-8:{stdout_errors}")
    path = _odd_name(tmp_path, ARTICLE.encode())
    done = run("clean", "-f", fmt, path)
    assert done.returncode == 0, done.stderr.decode()
    output = done.stdout.decode("utf-8")
    source = str(tmp_path) + "/new\nline\ufffd.txt"
    if fmt == "json":
        assert json.loads(output)["source"] == source
    else:
        assert f"source: {json.dumps(source, ensure_ascii=False)}" in output


@pytest.mark.parametrize("command", COMMANDS)
def test_name_with_newline_gives_one_error_line(tmp_path, command):
    path = _odd_name(tmp_path, b"")
    done = run(command, path)
    assert done.returncode == 3
    stderr = done.stderr.decode("utf-8", "backslashreplace")
    assert_one_error(stderr, "new\\nline", "is empty")


def test_nul_byte_in_a_listed_path(tmp_path):
    done = run("clean", "-q", "--files-from", "-", input=b"a\0b.txt\n")
    assert done.returncode == 3
    assert_one_error(done.stderr.decode(), "a\\x00b.txt", "NUL byte")
    with pytest.raises(article_clean.InputError, match="NUL byte"):
        article_clean.clean_file("a\0b.txt")


# --------------------------------------------------------------------------
# Standard input and output going away
# --------------------------------------------------------------------------


def _closing(fd: int):
    """A preexec_fn that starts the command with ``fd`` closed, as ``cmd <&-`` or ``cmd >&-`` do."""
    return lambda: os.close(fd)


def test_stdin_closed():
    """Started with standard input closed: it reads as empty."""
    done = subprocess.run([sys.executable, "-m", "article_clean", "clean"], preexec_fn=_closing(0),
                          capture_output=True, timeout=60)
    assert done.returncode == 3
    assert_one_error(done.stderr.decode(), "-", "is empty")


def test_stdin_unusable():
    """Standard input whose descriptor goes bad under the reader: one error line, no traceback."""
    done = subprocess.run([sys.executable, "-c", "import os, sys, runpy; os.close(0); sys.argv = ['article-clean', 'clean'];"
                           " runpy.run_module('article_clean', run_name='__main__')"], capture_output=True, timeout=60)
    assert done.returncode == 3
    assert_one_error(done.stderr.decode(), "-", "Bad file descriptor")


def test_stdin_closed_early_mid_character():
    """The writer stops in the middle of a UTF-8 character: what came is cleaned, the cut byte flagged."""
    data = CURLY.encode("utf-8")
    cut = data.index("“".encode()) + 1
    done = run("clean", input=data[:cut])
    assert done.returncode == 0, done.stderr.decode()
    result = json.loads(done.stdout)
    assert "Flash floods cut off dozens of villages" in result["text"]
    assert "AC401" in [flag["code"] for flag in result["flags"]]


def test_stdin_empty():
    done = run("clean", stdin=subprocess.DEVNULL)
    assert done.returncode == 3
    assert_one_error(done.stderr.decode(), "-", "is empty")


@pytest.fixture
def big(tmp_path) -> Path:
    folder = tmp_path / "big"
    folder.mkdir()
    for index in range(300):
        (folder / f"a{index:03d}.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.mark.parametrize("args", [["clean", "-f", "jsonl"], ["clean"], ["clean", "-j", "1", "-f", "text"], ["check"]])
def test_stdout_closed_early(big, args):
    """``article-clean clean big/ | head -1``: quiet, success, no BrokenPipeError."""
    process = subprocess.Popen([sys.executable, "-m", "article_clean", *args, str(big)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=300)
    assert first
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr and not error_lines(stderr), stderr


def test_stdout_closed():
    """Started with standard output closed: an error, before any work."""
    done = subprocess.run([sys.executable, "-m", "article_clean", "clean", "-"], input=ARTICLE.encode(),
                          preexec_fn=_closing(1), capture_output=True, timeout=60)
    assert done.returncode == 2
    assert error_lines(done.stderr.decode()) == ["article-clean: error: standard output is closed; redirect it, e.g. to /dev/null"]


def test_stdout_unusable():
    """Standard output whose descriptor goes bad before the output is written: one line, exit 3."""
    done = subprocess.run([sys.executable, "-c", "import os, sys, runpy; os.close(1); sys.argv = ['article-clean', 'clean', '-'];"
                           " runpy.run_module('article_clean', run_name='__main__')"], input=ARTICLE.encode(),
                          capture_output=True, timeout=60)
    assert done.returncode == 3
    assert_one_error(done.stderr.decode(), "standard output", "Bad file descriptor")


# --------------------------------------------------------------------------
# A full disk under the output
# --------------------------------------------------------------------------


def tree_hashes(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


class FullDisk:
    """A text file on a disk with ``room`` bytes left: writes are buffered, and the flush
    that sends them, as the close that flushes again, fails with ENOSPC."""

    def __init__(self, handle, room: int):
        self.handle, self.room, self.pending = handle, room, 0

    def write(self, text: str) -> int:
        self.pending += len(text.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        if self.pending > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.handle.flush()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.handle.close()

    def fileno(self) -> int:
        return self.handle.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@pytest.fixture
def full_disk(monkeypatch):
    """Every output file opened through ``os.fdopen`` (atomic writes) lands on a full disk."""
    real = os.fdopen

    def fdopen(fd, mode="r", *args, **kwargs):
        handle = real(fd, mode, *args, **kwargs)
        return FullDisk(handle, room=100) if "w" in mode else handle

    monkeypatch.setattr(os, "fdopen", fdopen)


def _no_partial_files(folder: Path) -> list[str]:
    return [str(path) for path in folder.rglob("*") if path.name.endswith(".tmp") or path.name.startswith(".")]


def test_full_disk_on_output_file(big, tmp_path, full_disk):
    before = tree_hashes(big)
    out = tmp_path / "out" / "clean.json"
    out.parent.mkdir()
    code, _, stderr = invoke("clean", "-q", str(big), "-o", str(out))
    assert code == 3
    assert_one_error(stderr, str(out), "No space left on device")
    assert not out.exists() and _no_partial_files(out.parent) == []
    assert tree_hashes(big) == before


def test_full_disk_on_out_dir(big, tmp_path, full_disk):
    before = tree_hashes(big)
    out = tmp_path / "out"
    code, _, stderr = invoke("clean", "-q", "-j", "1", str(big), "--out-dir", str(out))
    assert code == 3
    assert "Traceback" not in stderr
    errors = error_lines(stderr)
    assert len(errors) == 300 and all("No space left on device" in line and str(out) in line for line in errors)
    assert _no_partial_files(out) == []
    assert not list(out.rglob("*.json"))
    assert tree_hashes(big) == before


def test_full_disk_on_check_fix(tmp_path, full_disk):
    page = tmp_path / "page.txt"
    page.write_text("Beta Version\n\n" + ARTICLE, encoding="utf-8")  # a boilerplate line that --fix removes
    before = page.read_bytes()
    code, _, stderr = invoke("check", "--fix", str(page))
    assert code == 3, stderr
    assert_one_error(stderr, str(page), "No space left on device")
    assert page.read_bytes() == before
    assert _no_partial_files(tmp_path) == []


@pytest.fixture
def tmpfs(tmp_path):
    """A real 64 KB disk, where the system allows mounting one (root on Linux)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], capture_output=True)


def test_real_full_disk(big, tmpfs):
    before = tree_hashes(big)
    done = run("clean", "-q", str(big), "-o", str(tmpfs / "clean.json"))
    assert done.returncode == 3
    assert_one_error(done.stderr.decode(), str(tmpfs / "clean.json"), "No space left on device")
    assert list(tmpfs.iterdir()) == []
    done = run("clean", "-q", str(big), "--out-dir", str(tmpfs / "out"))
    assert done.returncode == 3 and "Traceback" not in done.stderr.decode()
    assert _no_partial_files(tmpfs) == []
    _fill(tmpfs / "filler")
    with open(tmpfs / "stdout.json", "wb") as handle:
        done = run("clean", str(big / "a000.txt"), stdout=handle)
    assert done.returncode == 3
    assert_one_error(done.stderr.decode(), "standard output", "No space left on device")
    assert tree_hashes(big) == before


def _fill(path: Path) -> None:
    """Fill the disk under ``path`` to the last byte."""
    with open(path, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError as problem:
            assert problem.errno == errno.ENOSPC
