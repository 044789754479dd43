"""The image, the Makefile and the CLI run the same commands, and the Dockerfile lints clean."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_dockerfile_lints_clean_with_hadolint() -> None:
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    result = subprocess.run(
        [hadolint, "--failure-threshold", "info", str(ROOT / "Dockerfile")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_image_serves_with_the_command_make_run_uses() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    makefile = (ROOT / "Makefile").read_text()
    cmd = re.search(r'^CMD \["coalition-kb", "serve"', dockerfile, re.M)
    assert cmd, "the image must start with `coalition-kb serve` (migrate, seed, serve)"
    assert re.search(r"^\t\$\(BIN\)/coalition-kb serve ", makefile, re.M)
    assert re.search(r"^USER \d+", dockerfile, re.M), "the image runs as a non-root user"
    assert "HEALTHCHECK" in dockerfile and "/healthz" in dockerfile


def test_readme_opens_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text().splitlines()
    block = readme[readme.index("```sh") + 1 : readme.index("```")]
    assert [line.split("#")[0].strip() for line in block] == ["make run", "make test"]


def test_cli_serve_migrate_seed_exist() -> None:
    from app.cli import main

    for command in ("serve", "migrate", "downgrade", "seed", "check-seed"):
        try:
            main([command, "--help"])
        except SystemExit as exit_:
            assert exit_.code == 0
