"""Hello world in Tornado, for benchmarks/throughput.py: `python -m hello_tornado --address=H --port=P`."""

import asyncio

import tornado.web
from tornado.options import define, options, parse_command_line

define("address", default="127.0.0.1")
define("port", default=8000, type=int)


class Health(tornado.web.RequestHandler):
    def get(self) -> None:
        self.write({"status": "ok"})


async def main() -> None:
    tornado.web.Application([(r"/health", Health)]).listen(options.port, options.address)
    await asyncio.Event().wait()


if __name__ == "__main__":
    parse_command_line()
    asyncio.run(main())
