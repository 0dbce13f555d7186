"""Hello world in Twisted with Klein, for benchmarks/throughput.py:
`python -m hello_twisted --listen ENDPOINT` (other options of the project's command are ignored)."""

import argparse
import json

from klein import Klein
from twisted.internet import endpoints, reactor
from twisted.web.server import Site

app = Klein()


@app.route("/health")
def health(request):
    request.setHeader("Content-Type", "application/json")
    return json.dumps({"status": "ok"})


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--listen", default="tcp:port=8000:interface=127.0.0.1")
    args, _ = parser.parse_known_args()
    endpoints.serverFromString(reactor, args.listen).listen(Site(app.resource()))
    reactor.run()
