"""`python -m edx_mock`: serve the mock on localhost and say how to get a token."""

from __future__ import annotations

import argparse

import uvicorn

from .app import create_app
from .auth import DEV_CLIENTS


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the edX API mock.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    client = next(iter(DEV_CLIENTS.values()))
    base = f"http://{args.host}:{args.port}"
    print(f"edX mock on {base}. Get a token with:\n"
          f"  curl -s -X POST {base}/oauth2/v1/access_token \\\n"
          f"    -d grant_type=client_credentials -d token_type=jwt \\\n"
          f"    -d client_id={client.client_id} -d client_secret={client.client_secret}\n"
          f"then send it as 'Authorization: JWT <access_token>'. "
          f"Reset the data with: curl -X POST {base}/__mock__/reset", flush=True)
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
