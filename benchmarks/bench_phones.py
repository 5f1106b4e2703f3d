"""Sixty phones answer at once (issue 13: p95 under 200 ms, 0 answers lost or doubled).

    python benchmarks/bench_phones.py [--phones 60] [--pages 5] [--resend 10]

Starts a phone session on 127.0.0.1 in a separate process (so that its CPU can be
measured alone), then lets N simulated phones (asyncio tasks, one httpx client each) do at the same
moment: open the questionnaire page and, alternating with it as a baseline in the same
run, fetch the static style sheet (--pages times each); then send a full questionnaire.
The first --resend phones send a second time (an edit must replace, not add). Prints
the p50/p95 of a page, of the baseline and of a submission, the ratio page/baseline,
the server process's CPU during the run, and the respondents in the database
(must equal the number of phones). Bounded: every request times out after 10 s and
the whole run after 120 s.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database

CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')
RUN_LIMIT_S = 120


def serve(db_path: str, round_id: str, conn) -> None:  # the server process
    from pps_monitor.web.session import PhoneSession

    session = PhoneSession(db_path, round_id, host="127.0.0.1", port=0)
    session.start()
    conn.send(session.join_url)
    conn.recv()  # begin
    cpu0, wall0 = time.process_time(), time.perf_counter()
    conn.recv()  # end
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    conn.send((cpu, wall, session.count))
    session.close()


def p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--phones", type=int, default=60)
    ap.add_argument("--pages", type=int, default=5)
    ap.add_argument("--resend", type=int, default=10)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp())
    db_path = tmp / "phones.sqlite"
    inst = default_instrument()
    db = open_database(db_path)
    pid = repo.create_partnership(db, "Benchmark")
    rid = repo.create_round(db, pid, "Phones", "2026-01-01", inst)
    db.close()

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    server = ctx.Process(target=serve, args=(str(db_path), rid, child), daemon=True)
    server.start()
    url = parent.recv()

    timings: dict[str, list[float]] = {"page": [], "static": [], "submit": []}
    errors: list[str] = []
    rng = random.Random(13)
    plans = [
        {i.code: rng.choice(["1", "2", "3", "4", "5", "dk"]) for i in inst.items}
        for _ in range(args.phones)
    ]

    async def timed(kind: str, request):
        t0 = time.perf_counter()
        response = await request
        timings[kind].append(time.perf_counter() - t0)
        return response

    async def phone(n: int, start: asyncio.Event) -> None:
        # One client per phone: its own connection and its own cookie.
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                await start.wait()
                csrf = None
                for _ in range(args.pages):
                    page = await timed("page", client.get(url))
                    page.raise_for_status()
                    csrf = CSRF.search(page.text).group(1)
                    await timed("static", client.get(f"{url}/static/phone.css"))
                form = {"csrf": csrf, "lang": "nl", "sector": "", "role": ""}
                form.update({f"a.{code}": v for code, v in plans[n].items()})
                for _ in range(2 if n < args.resend else 1):
                    sent = await timed("submit", client.post(f"{url}/send", data=form))
                    if sent.status_code != 303:
                        raise RuntimeError(f"send answered {sent.status_code}")
        except Exception as exc:  # a phone that fails is counted, not fatal
            errors.append(f"phone {n}: {exc!r}")

    async def all_phones() -> None:
        start = asyncio.Event()
        tasks = [asyncio.create_task(phone(n, start)) for n in range(args.phones)]
        await asyncio.sleep(0.2)  # every phone ready, then all at once
        start.set()
        await asyncio.wait_for(asyncio.gather(*tasks), RUN_LIMIT_S)

    parent.send("begin")
    t0, client_cpu0 = time.perf_counter(), time.process_time()
    try:
        asyncio.run(all_phones())
    except TimeoutError:
        errors.append(f"the run did not end within {RUN_LIMIT_S} s")
    wall = time.perf_counter() - t0
    client_cpu = time.process_time() - client_cpu0
    parent.send("end")
    cpu, server_wall, session_count = parent.recv()
    server.join(timeout=20)

    db = open_database(db_path, create=False)
    stored = db.execute("SELECT count(*) FROM respondents").fetchone()[0]
    db.close()

    print(
        f"{args.phones} phones at once, {args.pages} page loads each, "
        f"{args.resend} sending twice; run {wall:.2f} s"
    )
    if hasattr(os, "getloadavg"):  # other work on the machine inflates every latency
        print(f"  machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    for kind in ("page", "static", "submit"):
        v = timings[kind]
        if v:
            print(
                f"  {kind:<7} n={len(v):4d}  p50 {statistics.median(v) * 1000:6.1f} ms"
                f"  p95 {p(v, 0.95) * 1000:6.1f} ms  max {max(v) * 1000:6.1f} ms"
            )
    if timings["page"] and timings["static"]:
        print(
            f"  page p95 / static-file p95 (baseline): "
            f"{p(timings['page'], 0.95) / p(timings['static'], 0.95):.2f}x"
        )
    print(
        f"  server process CPU: {cpu:.2f} s over {server_wall:.2f} s = "
        f"{100 * cpu / server_wall:.0f}% of one core (the simulated phones: "
        f"{100 * client_cpu / wall:.0f}%)"
    )
    requests = sum(len(v) for v in timings.values())
    if requests:
        print(f"  server CPU per request: {1000 * cpu / requests:.1f} ms ({requests} requests)")
    lost, doubled = max(0, args.phones - stored), max(0, stored - args.phones)
    print(
        f"  respondents in the database: {stored} (phones {args.phones}, session count "
        f"{session_count}): {lost} lost, {doubled} doubled"
    )
    if errors:
        print(f"  {len(errors)} phones failed; first: {errors[0]}")
    worst = max(p(timings["page"], 0.95), p(timings["submit"], 0.95)) if timings["submit"] else 1e9
    ok = not errors and lost == 0 and doubled == 0 and worst < 0.2
    print("  goal (p95 < 200 ms, 0 lost, 0 doubled):", "met" if ok else "NOT met")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
