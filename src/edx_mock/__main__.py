"""`edx-mock` / `python -m edx_mock`: serve the fake on localhost and say how to sign in."""

from __future__ import annotations

import argparse

import uvicorn

from .app import DEFAULT_SPECS, create_app
from .auth import DEFAULT_CLIENT, DEV_CLIENTS
from .server import FakeServer


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Serve the fake edX (LMS, Enterprise and Course Catalog APIs), seeded with a "
                    "demo course, its users and an enterprise customer. Data lives in memory: a "
                    "restart or POST /__mock__/reset brings back the seed.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--public-url", help="the base URL clients reach the fake at, for the links "
                                             "it writes (default: the address it serves on)")
    args = parser.parse_args()
    base = f"http://{args.host}:{args.port}"
    clients = "\n".join(f"    {c.client_id:<24} {c.client_secret:<30} {c.username} ({c.role})"
                        for c in DEV_CLIENTS.values())
    print(f"Fake edX on {base} (LMS under {base}/api), serving {DEFAULT_SPECS}.\n"
          f"Development clients (client_id, client_secret, user):\n{clients}\n"
          f"Get a token with:\n"
          f"  curl -s -X POST {base}/oauth2/v1/access_token -d grant_type=client_credentials \\\n"
          f"    -d token_type=jwt -d client_id={DEFAULT_CLIENT.client_id} "
          f"-d client_secret={DEFAULT_CLIENT.client_secret}\n"
          f"then send it as 'Authorization: JWT <access_token>'. "
          f"Reset the data with: curl -X POST -H 'Content-Type: application/json' "
          f"{base}/__mock__/reset", flush=True)
    app = create_app(public_url=args.public_url)
    FakeServer(uvicorn.Config(app, host=args.host, port=args.port, log_level="warning")).run()


if __name__ == "__main__":
    main()
