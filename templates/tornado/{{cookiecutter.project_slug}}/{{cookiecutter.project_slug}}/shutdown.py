"""What a graceful shutdown waits for: the requests still being answered."""

from __future__ import annotations

import asyncio


class InFlightRequests:
    """A count of the requests being handled, and a way to wait until there are none."""

    def __init__(self) -> None:
        self.count = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def started(self) -> None:
        self.count += 1
        self._idle.clear()

    def finished(self) -> None:
        self.count -= 1
        if self.count == 0:
            self._idle.set()

    async def wait_until_idle(self) -> None:
        await self._idle.wait()
