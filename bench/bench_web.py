"""``POST /screen`` of ``kleinschalig[fastapi]`` against a plain FastAPI JSON echo, per request.

Two uvicorn servers run at the same time on 127.0.0.1, each in its own process:

- **library**: :func:`kleinschalig.web.fastapi.create_app` with the bundled plugins;
  ``POST /screen?facility=kv-middelburg&lang=en`` with ``examples/cases/kvm-zelfmelder.json``
  (the body is parsed and validated by the library, the case screened, the decision
  returned for a reader: every label translated, every source explained);
- **baseline**: a FastAPI app whose one route reads the same body with ``json.loads``
  and returns it as JSON (``JSONResponse``): the floor of any JSON endpoint.

The client sends the requests one after another over one keep-alive connection per
server, in interleaved rounds (library, baseline, library, …). What is compared is the
**server process's CPU time per request** (user + system, read from ``/proc``), so the
client's own cost and the machine's other load do not count; the wall time per request is
printed too. Both servers answer one warm-up round first.

Run with ``python bench/bench_web.py [--rounds 7] [--requests 300]``. The script is a
report: it always exits 0 and prints ``TARGET MET`` or ``TARGET MISSED``.

Target: the library's ``/screen`` costs at most 1.25x the baseline's CPU per request.
"""

import argparse
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET = 1.25
ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "examples" / "cases" / "kvm-zelfmelder.json"


def _echo_app() -> object:
    import json

    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse

    app = FastAPI()

    @app.post("/echo")
    async def echo(request: Request) -> JSONResponse:
        return JSONResponse(json.loads(await request.body()))

    return app


def _library_app() -> object:
    from kleinschalig.plugins import HostConfig, PluginHost
    from kleinschalig.web.fastapi import create_app

    return create_app(PluginHost.load(HostConfig.from_env()))


def serve(kind: str, port: int) -> None:
    import uvicorn

    app = _library_app() if kind == "library" else _echo_app()
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime


def _wait(url: str, client: object) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            client.get(url + "/docs")  # type: ignore[attr-defined]
            return
        except Exception:
            if time.monotonic() > deadline:
                raise SystemExit(f"{url} did not start within 60 s") from None
            time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--requests", type=int, default=300, help="requests per round")
    parser.add_argument("--serve", nargs=2, metavar=("KIND", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve[0], int(args.serve[1]))
        return 0
    import httpx2 as httpx

    body = CASE.read_bytes()
    ports = {"library": _free_port(), "baseline": _free_port()}
    servers = {
        kind: subprocess.Popen([sys.executable, __file__, "--serve", kind, str(port)])
        for kind, port in ports.items()
    }
    paths = {"library": "/screen?facility=kv-middelburg&lang=en", "baseline": "/echo"}
    cpu: dict[str, list[float]] = {"library": [], "baseline": []}
    wall: dict[str, list[float]] = {"library": [], "baseline": []}
    try:
        clients = {k: httpx.Client(base_url=f"http://127.0.0.1:{p}") for k, p in ports.items()}
        for kind, client in clients.items():
            _wait(f"http://127.0.0.1:{ports[kind]}", client)
        for number in range(args.rounds + 1):
            for kind in ("library", "baseline"):
                client, pid = clients[kind], servers[kind].pid
                before, started = _cpu_seconds(pid), time.perf_counter()
                for _ in range(args.requests):
                    answer = client.post(paths[kind], content=body)
                    if answer.status_code != 200:
                        raise SystemExit(f"{kind}: status {answer.status_code}")
                elapsed = time.perf_counter() - started
                used = _cpu_seconds(pid) - before
                if number:  # round 0 warms both up
                    cpu[kind].append(used / args.requests)
                    wall[kind].append(elapsed / args.requests)
        for client in clients.values():
            client.close()
    finally:
        for process in servers.values():
            process.terminate()
            process.wait(timeout=10)
    load = os.getloadavg()
    print(f"python {sys.version.split()[0]}; {os.cpu_count()} cores; load {load[0]:.2f}")
    print(f"{args.rounds} rounds of {args.requests} requests each, interleaved")
    for kind in ("library", "baseline"):
        print(
            f"{kind:9} CPU {statistics.median(cpu[kind]) * 1e3:.3f} ms/request "
            f"(min {min(cpu[kind]) * 1e3:.3f}), wall {statistics.median(wall[kind]) * 1e3:.3f} ms"
        )
    ratio = statistics.median(cpu["library"]) / statistics.median(cpu["baseline"])
    verdict = "TARGET MET" if ratio <= TARGET else "TARGET MISSED"
    print(f"/screen CPU per request: {ratio:.2f}x the JSON echo (target <= {TARGET}x): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
