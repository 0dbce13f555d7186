"""The page of `fwgen serve` in a real browser: Debian's headless Chromium driven by Playwright.

Playwright's own browsers are never downloaded: the tests launch /usr/bin/chromium (.ci/run
installs it), with the flags that keep it off the network. Without it they skip locally and fail in
CI, where every test must run.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.project import Project
from support.web import served, unzip

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
# Without the networking flags Chromium waits on a closed network for updates, sync and QUIC.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# FWGEN_SCREENSHOT=docs/serve.png python -m pytest tests/test_web_browser.py refreshes the README's picture.
SCREENSHOT = os.environ.get("FWGEN_SCREENSHOT")


def _require(ready: bool, message: str) -> None:
    if not ready:
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must run every test: .ci/run installs chromium
        pytest.skip(message)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served(cwd=tmp_path_factory.mktemp("serve")) as base:
        yield base


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    """A fresh Chromium profile per test, downloads accepted."""
    _require(CHROMIUM.is_file(), f"{CHROMIUM} not found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _require(False, "playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            accept_downloads=True,
            viewport={"width": 1200, "height": 900},
        )
        context.set_default_timeout(30_000)
        try:
            yield context
        finally:
            context.close()


def open_page(browser, server: str):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(server)
    page.wait_for_selector("body[data-ready=true]")
    return page, errors


def wait_for_command(page, *parts: str) -> str:
    """The shown command once it holds every one of ``parts`` (the preview has caught up)."""
    condition = " && ".join(f"text.includes({part!r})" for part in parts)
    page.wait_for_function(f"(() => {{ const text = document.getElementById('command').textContent; "
                           f"return {condition}; }})()")  # fmt: skip
    return page.text_content("#command")


def test_json_api_persona_gets_fastapi_with_reasons_and_a_project_whose_tests_pass(
    browser, server: str, tmp_path: Path
) -> None:
    page, errors = open_page(browser, server)
    page.check("#kind-api")
    page.check("#need-openapi")
    page.wait_for_selector("#pick-line[data-pick=fastapi]")
    assert page.text_content("#pick-line").startswith("Recommended: FastAPI (confidence high)")
    pick = page.locator("#ranking li.pick")
    assert pick.get_attribute("data-key") == "fastapi"
    assert "OpenAPI docs: Built in." in pick.inner_text()  # the reason, with why it counts
    assert "you need it" in pick.inner_text()

    page.fill("#opt-project_name", "Persona API")
    page.select_option("#opt-database", "sqlite")
    command = wait_for_command(page, "'Persona API'", "--set database=sqlite", "--kind api")
    assert command == (
        "fwgen new 'Persona API' --framework fastapi --set database=sqlite "
        "--kind api --needs openapi --no-input"
    )
    # the database option's files are in the preview, and their content can be read
    page.click("#files button[data-path='migrations/versions/0001_initial.py']")
    assert "persona_api/migrations/versions/0001_initial.py" in page.text_content("#file-name")
    assert "def upgrade()" in page.text_content("#file-view")
    page.click("#files button[data-path='README.md']")
    if SCREENSHOT:
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=SCREENSHOT, full_page=True)

    with page.expect_download() as download_info:
        page.click("#download")
    download = download_info.value
    assert download.suggested_filename == "persona_api.zip"
    archive = tmp_path / "persona_api.zip"
    download.save_as(archive)
    assert zipfile.ZipFile(archive).testzip() is None
    unzip(archive, tmp_path / "unzipped")
    project = Project(tmp_path / "unzipped" / "persona_api")
    project.install()
    project.run_own_checks()
    assert errors == []


def test_a_constraint_disabled_option_shows_why_and_the_page_fits_a_phone(browser, server: str) -> None:
    page, errors = open_page(browser, server)
    page.set_viewport_size({"width": 390, "height": 844})
    page.select_option("#framework", "fastapi")
    wait_for_command(page, "--framework fastapi")
    auth = page.locator("#opt-auth")
    assert auth.is_disabled()  # database=none decides it
    reason = page.locator(".reason[data-option=auth]")
    assert reason.is_visible()
    assert "JWT users are stored in the database" in reason.inner_text()
    assert page.locator("#opt-auth option[value=jwt]").is_disabled()

    page.select_option("#opt-database", "postgresql")
    page.wait_for_selector("#opt-auth:not([disabled])")
    page.select_option("#opt-auth", "jwt")
    wait_for_command(page, "--set auth=jwt")
    # now "none" is the database value the constraint rules out, with the same reason
    assert page.locator("#opt-database option[value=none]").is_disabled()
    assert "JWT users" in page.locator(".reason[data-option=database]").inner_text()

    # at a phone's width nothing is wider than the screen, and every step is still there
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    for selector in ("#kinds", "#ranking", "#options-form", "#download", "#copy", "#files"):
        page.locator(selector).scroll_into_view_if_needed()
        box = page.locator(selector).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, selector
    page.click("#copy")
    page.wait_for_selector("#copied:not([hidden])")
    assert errors == []
