"""`python -m mocks VENDOR [--host H] [--port P]`: serve one vendor's mock over HTTP."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import uvicorn

from mocks import create_app


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m mocks", description=__doc__)
    parser.add_argument("vendor", help="vendor name, e.g. movalio or movio")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8800)
    args = parser.parse_args(argv)
    app = create_app(args.vendor)
    print(f"{args.vendor} mock on http://{args.host}:{args.port}/ (spec at /openapi.json)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
