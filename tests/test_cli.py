"""The command line as a user (or a script) meets it: real processes, exit codes and messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "templates"


def fwgen(*args: str, cwd: Path | None = None, templates: Path | None = FIXTURES):
    env = {k: v for k, v in os.environ.items() if k != "FWGEN_TEMPLATES_DIR"}
    if templates is not None:
        env["FWGEN_TEMPLATES_DIR"] = str(templates)
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def files(path: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(path)): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(path).parts
    }  # the files, not the repository


def test_help_and_version() -> None:
    result = fwgen("--help")
    assert result.returncode == 0
    assert "new" in result.stdout and "list" in result.stdout and "Examples:" in result.stdout
    new_help = fwgen("new", "--help").stdout
    assert "--no-input" in new_help and "--kind" in new_help and "--set KEY=VALUE" in new_help
    assert "--needs LIST" in fwgen("recommend", "--help").stdout
    version = fwgen("--version")
    assert version.returncode == 0 and version.stdout.startswith("fwgen, version ")


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys\nfrom generator.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('cookiecutter', 'questionary', 'jinja2') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().endswith("[]"), result.stdout + result.stderr


def test_list_text_and_json() -> None:
    text = fwgen("list")
    assert text.returncode == 0
    assert "sample" in text.stdout and "mode: fast | slow | explode (default fast)" in text.stdout
    data = json.loads(fwgen("list", "--json").stdout)
    sample = next(item for item in data["templates"] if item["framework"] == "sample")
    mode = next(o for o in sample["options"] if o["key"] == "mode")
    assert mode == {"key": "mode", "kind": "choice", "prompt": "mode", "default": "fast",
                    "choices": ["fast", "slow", "explode"]}  # fmt: skip


def test_new_no_input_creates_the_project_and_prints_next_steps(tmp_path: Path) -> None:
    result = fwgen("new", "My Shop", "-f", "sample", "--no-input", "--set", "extra=yes", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "my_shop" / "extra.txt").exists()
    assert "cd " in result.stdout and "uv run pytest" in result.stdout
    assert "fwgen new 'My Shop' --framework sample --set extra=yes --no-input" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["new", "shop", "--no-input"],
            "no framework given; pass --framework features|sample, or --kind/--needs",
        ),
        (
            ["new", "shop", "--kind", "spaceship", "--no-input"],
            "unknown kind 'spaceship'; choose one of: site",
        ),
        (
            ["new", "shop", "--needs", "telepathy", "--no-input"],
            "unknown need(s): telepathy; choose from: admin",
        ),
        (["new", "shop", "-f", "nope", "--no-input"], "no template for 'nope'; templates: features, sample"),
        (
            ["new", "shop", "-f", "sample", "--set", "colour=red", "--no-input"],
            "unknown option 'colour' for sample; its options are: project_name, project_slug",
        ),
        (
            ["new", "shop", "-f", "sample", "--set", "mode=turbo", "--no-input"],
            "option 'mode' takes one of: fast, slow, explode (not 'turbo')",
        ),
        (["new", "shop", "-f", "sample", "--set", "mode", "--no-input"], "--set takes KEY=VALUE"),
        (
            ["new", "shop", "-f", "sample", "--set", "mode=slow", "--set", "extra=no", "--no-input"],
            "mode=slow needs extra to be one of: yes",
        ),
        (["new", "../x", "-f", "sample", "--no-input"], "project slug '../x' is not a valid package"),
        (
            ["new", "x", "-f", "sample", "--set", "project_slug=sample_reserved", "--no-input"],
            "would shadow the package 'sample_reserved'",
        ),
        (
            ["new", "shop", "-f", "sample"],
            "stdin is not a terminal, so fwgen cannot ask; pass --set description=TEXT "
            "--set extra=no|yes --set mode=fast|slow|explode or --no-input",
        ),
        (
            ["new", "-f", "sample", "--answers", "missing.json", "--no-input"],
            "cannot read answers file missing.json",
        ),
        (["new", "shop", "--bogus"], "No such option '--bogus'"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(tmp_path: Path, args, message) -> None:
    result = fwgen(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_broken_answers_file(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("{oops")
    result = fwgen("new", "--answers", "a.json", "--no-input", cwd=tmp_path)
    assert result.returncode == 2 and "answers file a.json does not parse" in result.stderr
    (tmp_path / "b.yaml").write_text("- a list\n")
    result = fwgen("new", "--answers", "b.yaml", "--no-input", cwd=tmp_path)
    assert result.returncode == 2 and "must hold a mapping" in result.stderr


def test_existing_target_needs_force(tmp_path: Path) -> None:
    assert fwgen("new", "shop", "-f", "sample", "--no-input", cwd=tmp_path).returncode == 0
    (tmp_path / "shop" / "notes.txt").write_text("mine")
    again = fwgen("new", "shop", "-f", "sample", "--no-input", cwd=tmp_path)
    assert again.returncode == 2 and "pass --force" in again.stderr
    assert (tmp_path / "shop" / "notes.txt").read_text() == "mine"
    forced = fwgen("new", "shop", "-f", "sample", "--no-input", "--force", cwd=tmp_path)
    assert forced.returncode == 0 and not (tmp_path / "shop" / "notes.txt").exists()


def test_template_failure_is_exit_1_without_traceback(tmp_path: Path) -> None:
    result = fwgen("new", "shop", "-f", "sample", "--set", "mode=explode", "--no-input", cwd=tmp_path)
    assert result.returncode == 1 and "rendering sample failed" in result.stderr
    assert "Traceback" not in result.stderr and list(tmp_path.iterdir()) == []


def test_answers_file_reproduces_the_same_tree(tmp_path: Path) -> None:
    first = fwgen("new", "Shop", "-f", "sample", "--set", "extra=yes", "--set", "description=Hi",
                  "--no-input", "-o", "one", cwd=tmp_path)  # fmt: skip
    assert first.returncode == 0, first.stderr
    again = fwgen("new", "--answers", "one/shop/.fwgen.json", "--no-input", "-o", "two", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    one, two = files(tmp_path / "one" / "shop"), files(tmp_path / "two" / "shop")
    assert one.pop(".env") != two.pop(".env")  # a fresh secret each time, and nothing else differs
    assert one == two


def test_yaml_answers_file_and_flags_override_it(tmp_path: Path) -> None:
    (tmp_path / "answers.yaml").write_text("framework: sample\nproject_name: Yaml Shop\nextra: 'yes'\n")
    result = fwgen("new", "--answers", "answers.yaml", "--set", "description=Over", "--no-input",
                   cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "yaml_shop" / ".fwgen.json").read_text())
    assert record["answers"]["extra"] == "yes" and record["answers"]["description"] == "Over"


def test_real_templates_are_listed_without_the_override() -> None:
    result = fwgen("list", "--json", templates=None)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    names = {item["framework"] for item in data["templates"]}
    assert "_shared" not in names
    # every framework fwgen knows appears, with a template or with its status
    others = {item["key"]: item for item in data["other_frameworks"]}
    assert others["webapp2"]["status"] == "not-generated" and others["webapp2"]["alternative"] == "flask"
    assert not names & set(others)


def test_needs_without_a_framework_take_the_recommendation(tmp_path: Path) -> None:
    result = fwgen(
        "new", "Shop", "--kind", "api", "--needs", "openapi,orm", "--no-input", cwd=tmp_path, templates=None
    )
    assert result.returncode == 0, result.stderr
    assert "Recommended for your needs: FastAPI" in result.stdout
    record = json.loads((tmp_path / "shop" / ".fwgen.json").read_text())
    assert record["framework"] == "fastapi"
    assert record["needs"]["kind"] == "api" and record["needs"]["needs"] == ["openapi", "orm"]
    # a stated need informs the defaults: an ORM means a database
    assert record["answers"]["database"] == "sqlite"


def test_needs_nothing_can_meet_is_a_clear_error(tmp_path: Path) -> None:
    result = fwgen(
        "new", "Shop", "--hard", "admin,websockets,single_file", "--no-input", cwd=tmp_path, templates=None
    )
    assert result.returncode == 2
    assert "no framework with a template fits" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_recommend_text_and_json() -> None:
    text = fwgen("recommend", "--kind", "site", "--needs", "admin,orm,auth", templates=None)
    assert text.returncode == 0 and text.stdout.startswith("Recommended: Django")
    data = json.loads(
        fwgen("recommend", "--kind", "api", "--needs", "openapi", "--json", templates=None).stdout
    )
    assert data["pick"] == "fastapi" and data["entries"][0]["key"] == "fastapi"
    bad = fwgen("recommend", "--experience", "wizard", templates=None)
    assert bad.returncode == 2 and "unknown experience 'wizard'" in bad.stderr
