"""Kill model installs at random moments; after each kill a complete, usable model of the pair must be listed.

    .venv/bin/python benchmarks/package_kills.py [--kills 200] [--seed 1] [--max-delay 0.4] [--huge-metadata]

A child process installs, over and over, a tiny ja→en package as version 1.1 and 1.0 (each twice in a row, so every
path is taken: a new folder beside the old one, a same-name exchange, a forced downgrade). The parent SIGKILLs it
after a seeded random delay, then checks what a new start sees: leftovers are cleaned, exactly one ja→en model is
listed, its files are byte for byte those of one of the two packages, its tokenizer loads and CTranslate2 translates
with it. `make test` runs a short seeded run (tests/translation/test_package_kills.py); this script runs long ones.

`--huge-metadata` also installs, in a child process, a 7 MB package whose metadata.json unpacks to 1.5 GiB and
prints the refusal and the child's peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"

_CHILD = """
import sys
from pathlib import Path
from reader_app.translation.packages import install_from_file
paths = [Path(p) for p in sys.argv[1:]]
print("ready", flush=True)
while True:
    for path in paths:
        install_from_file(path, force=True)
"""


@dataclass
class KillReport:
    kills: int = 0
    leftovers_cleaned: int = 0
    versions_seen: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def package_files(package: Path) -> dict[str, bytes]:
    """A package's files relative to its folder (the archive's top folder removed)."""
    with zipfile.ZipFile(package) as archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
        return {name.split("/", 1)[1]: archive.read(name) for name in names}


def build_versions(directory: Path) -> tuple[Path, Path]:
    """The tiny ja→en package as version 1.0 and 1.1 (identical but for metadata.json)."""
    sys.path.insert(0, str(TESTS))
    from tiny_model import build_package_files, package_name

    files = build_package_files("ja", "en")
    made = []
    for version in ("1.0", "1.1"):
        metadata = json.loads(files["metadata.json"])
        metadata["package_version"] = version
        changed = {**files, "metadata.json": json.dumps(metadata).encode()}
        path = directory / f"ja_en-{version}.argosmodel"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in sorted(changed.items()):
                archive.writestr(f"{package_name('ja', 'en')}/{name}", data)
        made.append(path)
    return made[0], made[1]


def _check(packages_dir: Path, expected: list[dict[str, bytes]], report: KillReport) -> None:
    """What a new start sees: leftovers removed, one complete ja→en model that loads and translates."""
    import ctranslate2

    from reader_app.translation.packages import check_tokenizer, clean_leftovers, installed_models

    report.leftovers_cleaned += clean_leftovers(packages_dir)
    hidden = [p.name for p in packages_dir.iterdir() if p.name.startswith(".")]
    models = [m for m in installed_models() if (m.from_code, m.to_code) == ("ja", "en")]
    if hidden or len(models) != 1:
        report.failures.append(f"kill {report.kills}: hidden {hidden}, models {[m.path.name for m in models]}")
        return
    folder = models[0].path
    files = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    if files not in expected:
        report.failures.append(f"kill {report.kills}: {folder.name} is not a complete package")
        return
    report.versions_seen[models[0].version] = report.versions_seen.get(models[0].version, 0) + 1
    try:
        check_tokenizer(folder, "ja", "en", folder.name)
        translator = ctranslate2.Translator(str(folder / "model"), device="cpu", compute_type="int8")
        result = translator.translate_batch([["▁", "東京"]], beam_size=1, max_decoding_length=8)
        if not result[0].hypotheses[0]:
            raise RuntimeError("empty output")
    except Exception as error:
        report.failures.append(f"kill {report.kills}: {folder.name} does not translate ({error})")


def kill_installs(
    packages_dir: Path, versions: tuple[Path, Path], kills: int, seed: int, max_delay: float
) -> KillReport:
    """Install `versions[0]` once, then kill a looping installer `kills` times; `packages_dir` must be the
    ARGOS_PACKAGES_DIR of this process (argostranslate's settings) so listings here see the child's work."""
    from reader_app.translation.packages import install_from_file

    older, newer = versions
    install_from_file(older)
    expected = [package_files(older), package_files(newer)]
    rng = random.Random(seed)
    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(packages_dir))
    report = KillReport()
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(newer), str(newer), str(older), str(older)],
            stdout=subprocess.PIPE,
            env=env,
            cwd=REPO,
        )
        try:
            assert child.stdout is not None
            child.stdout.readline()
            time.sleep(rng.uniform(0.0, max_delay))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
        report.kills += 1
        _check(packages_dir, expected, report)
    return report


def huge_metadata(directory: Path) -> str:
    """Install a package whose metadata.json unpacks to 1.5 GiB in a child; its message and peak memory."""
    sys.path.insert(0, str(TESTS))
    from tiny_model import build_package_files, package_name

    path = directory / "huge-metadata.argosmodel"
    root = package_name("ja", "en")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in build_package_files("ja", "en").items():
            if name != "metadata.json":
                archive.writestr(f"{root}/{name}", data)
        with archive.open(f"{root}/metadata.json", "w", force_zip64=True) as sink:
            block = b" " * (1 << 22)
            for _ in range(384):
                sink.write(block)
    code = (
        "import sys; from pathlib import Path; from reader_app.translation.packages import install_from_file\n"
        "try:\n    install_from_file(Path(sys.argv[1]))\nexcept Exception as error:\n    print(error)"
    )
    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(directory / "packages"))
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env, cwd=REPO)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return (
        f"{path.stat().st_size / 2**20:.1f} MB package, metadata.json 1.5 GiB: {done.stdout.strip()!r}; "
        f"child's peak memory {peak_mb:.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=0.4, help="seconds; kills land uniformly before it")
    parser.add_argument("--huge-metadata", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory(prefix="package-kills-") as tmp:
        home = Path(tmp)
        packages_dir = home / "packages"
        packages_dir.mkdir()
        os.environ["ARGOS_PACKAGES_DIR"] = str(packages_dir)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(home / name.lower())
        if args.huge_metadata:
            print(huge_metadata(home), flush=True)
        versions = build_versions(home)
        report = kill_installs(packages_dir, versions, args.kills, args.seed, args.max_delay)
    print(f"kills: {report.kills}, versions listed after a kill: {report.versions_seen}, "
          f"leftover folders cleaned: {report.leftovers_cleaned}")
    for failure in report.failures:
        print(f"FAILED {failure}")
    print(f"{report.kills - len(report.failures)} passed, {len(report.failures)} failed")
    return 1 if report.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
