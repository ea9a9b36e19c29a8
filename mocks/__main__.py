"""`python -m mocks VENDOR [--host H] [--port P]`: serve one vendor's mock over HTTP."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from mocks import UnknownVendor, create_app, known_vendors
from mocks.server import bind, serve_forever


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mocks", description=__doc__)
    parser.add_argument("vendor", help=f"one of: {', '.join(known_vendors())}")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8800)
    args = parser.parse_args(argv)
    try:
        app = create_app(args.vendor)
        listener = bind(args.host, args.port)
    except (UnknownVendor, ValueError) as error:
        print(f"python -m mocks: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"python -m mocks: cannot listen on {args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 1
    origin = f"http://{args.host}:{listener.getsockname()[1]}"
    print(f"{args.vendor} mock on {origin}{app.base_path}/ (spec at {origin}/openapi.json)", flush=True)
    serve_forever(app, listener)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
