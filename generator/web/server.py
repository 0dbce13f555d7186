"""`fwgen serve`: run the app with uvicorn on a loopback address unless told otherwise."""

from __future__ import annotations

import ipaddress
import socket
import threading
import webbrowser
from collections.abc import Callable

import uvicorn

from generator.errors import FwgenError
from generator.web.app import create_app

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})


def is_loopback(host: str) -> bool:
    """Whether every address ``host`` names is a loopback one (``localhost`` included)."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        raise FwgenError(f"--host {host!r} is not an address this machine knows") from None
    return all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos)


def serve(
    host: str, port: int, *, open_browser: bool, allow_remote: bool, say: Callable[[str], None]
) -> None:
    if not is_loopback(host):
        if not allow_remote:
            raise FwgenError(
                f"--host {host} is reachable from other machines; pass --allow-remote to serve there anyway"
            )
        say(f"Warning: serving on {host}: anyone who can reach it can use this page (no authentication)")
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"
    # On loopback, only loopback names: a web page whose name rebinds to 127.0.0.1 gets nothing.
    hosts = None if allow_remote else LOOPBACK_NAMES | {host if ":" not in host else f"[{host}]"}
    config = uvicorn.Config(create_app(hosts=hosts), host=host, port=port, log_level="warning")
    server = uvicorn.Server(config)
    if open_browser:
        # The browser asks once the server is up; opening it is best effort.
        threading.Timer(0.8, webbrowser.open, args=(url,)).start()
    say(f"fwgen is serving on {url} (Ctrl-C to stop)")
    server.run()
