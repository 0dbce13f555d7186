"""Every template, every combination (all pairs of its options), one shared body: bake it with
fwgen and run ``generator.template_test.check_combination`` on it, the machinery of `fwgen test`
(install, the project's own tests and lint, migrations, the production server answering /health),
so `pytest` and `fwgen test` can never disagree. Each framework's own HTTP behaviour is checked
by its probe (probes/<template>.py) while that server runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import probes
import pytest

from generator import template_test
from support.baking import check_generated_tree
from support.free_text import rendered_forms
from support.matrix import template_names, template_options

CASES = [
    pytest.param(template, case, id=f"{template}-{case.label()}")
    for template in template_names()
    for case in probes.cases(template, template_test.combinations(template_options(template)))
]


@pytest.fixture(scope="session", autouse=True)
def shared_mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One mypy cache for every baked project that runs mypy as lint: mypy validates entries by
    content hash, and re-analysing FastAPI, pydantic and SQLAlchemy from scratch costs ~20 s each."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MYPY_CACHE_DIR", str(tmp_path_factory.mktemp("mypy-cache")))
        yield


@pytest.mark.slow
@pytest.mark.parametrize(("template", "case"), CASES)
def test_baked_project_passes_its_checks_and_probe(
    tmp_path: Path, request: pytest.FixtureRequest, template: str, case: probes.Case
) -> None:
    options = template_options(template)
    probe = probes.load(template)
    path = template_test.bake(options, case.combo, tmp_path, case.slug or f"check_{template}", **case.text)
    check_generated_tree(path, case.combo, rendered_forms(*case.text.values()))

    result = template_test.check_combination(
        options,
        case.combo,
        path,
        python=case.python,
        databases=lambda: request.getfixturevalue("postgres"),
        queues=lambda: request.getfixturevalue("redis"),
        probe=probe.probe,
        serve_env=getattr(probe, "SERVE_ENV", {}),
        serve_timeout=getattr(probe, "SERVE_TIMEOUT", 45),
    )
    assert result.ok, result.failure()
    assert [phase.phase for phase in result.phases][-1] == "serve", "the server was never started"
