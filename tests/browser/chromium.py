"""Headless Chromium for the explorer's tests and benchmark: the system browser, never a download.

Debian's ``chromium`` and ``chromium-driver`` packages (``.ci/run`` installs them when missing),
driven by Selenium with the system chromedriver, so Selenium Manager never runs or fetches anything.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1")


def _which(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


def missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if not browser_path():
        return "no chromium on PATH (apt-get install chromium chromium-driver fonts-noto-cjk, or set BSKG_CHROMIUM)"
    if not driver_path():
        return "no chromedriver on PATH (apt-get install chromium-driver, or set BSKG_CHROMEDRIVER)"
    return None


def cjk_fonts() -> bool:
    """Whether Chinese labels will render (fonts-noto-cjk or any font fontconfig knows for zh)."""
    if shutil.which("fc-list"):
        out = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False).stdout
        return bool(out.strip())
    return any(Path("/usr/share/fonts").glob("**/*CJK*"))


def browser_path() -> str | None:
    return _executable(os.environ.get("BSKG_CHROMIUM")) or _which("chromium", "chromium-browser")


def driver_path() -> str | None:
    return _executable(os.environ.get("BSKG_CHROMEDRIVER")) or _which("chromedriver")


def _executable(path: str | None) -> str | None:
    return path if path and os.path.isfile(path) and os.access(path, os.X_OK) else None


@contextmanager
def chromium(width: int = 1400, height: int = 900):
    """A Selenium driver for a fresh headless Chromium that logs console messages and network events."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="bskg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = browser_path()
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path()), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(driver, path: Path, timeout: float = 30.0) -> float:
    """Load ``path`` and wait until the explorer says it is drawn; returns its ready time in ms."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(Path(path).resolve().as_uri())
    WebDriverWait(driver, timeout, poll_frequency=0.02).until(
        lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready') === '1'"))
    return float(driver.execute_script("return window.bskgReadyAt"))
