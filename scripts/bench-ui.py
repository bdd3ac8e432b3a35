#!/usr/bin/env python3
"""Times the web interface's Events and Timeline pages against a running `dateline serve`: in
headless Chromium (driven through /usr/bin/chromedriver's W3C protocol, no extra packages), the
time from the route change to the page drawn (main[data-ms], set by app.js), beside the time of
the API request the page makes (the baseline: what the server alone takes), both over the same
runs. Prints a Markdown table.

    ./dateline serve --db synthetic.db --port 8090 &
    python3 scripts/bench-ui.py http://127.0.0.1:8090 20
"""
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

# page route, API request it makes
CASES = [
    ("Events, newest first", "events", "/events?sort=-date&limit=50&offset=0"),
    ("Events, most mentioned, page 5", "events?sort=-mentions&offset=200", "/events?sort=-mentions&limit=50&offset=200"),
    ("Events, QuadClass 4 and a date range", "events?quad=4&from=1987-03-01&to=1987-06-30",
     "/events?quad=4&from=1987-03-01&to=1987-06-30&sort=-date&limit=50&offset=0"),
    ("Events, actor USA", "events?actor=USA", "/events?actor=USA&sort=-date&limit=50&offset=0"),
    ("Timeline per month", "timeline?by=month", "/timeline?by=month"),
    ("Timeline per day", "timeline?by=day", "/timeline?by=day"),
    ("Timeline per week, actor CHN", "timeline?by=week&actor=CHN", "/timeline?by=week&actor=CHN"),
]
PORT = 9517


def call(method, path, body=None):
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (PORT, path), method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.load(r)["value"]


def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main():
    base, runs = sys.argv[1].rstrip("/"), int(sys.argv[2]) if len(sys.argv) > 2 else 20
    profile = tempfile.mkdtemp()
    driver = subprocess.Popen(["/usr/bin/chromedriver", "--port=%d" % PORT], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,900", "--user-data-dir=" + profile]
    session = call("POST", "/session", {"capabilities": {"alwaysMatch": {
        "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args}}}})["sessionId"]
    s = "/session/" + session
    try:
        call("POST", s + "/url", {"url": base + "/#/events"})
        print("| page | page p50 (ms) | page p95 (ms) | API p50 (ms) | API p95 (ms) | page / API p50 |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, route, api in CASES:
            page, http = [], []
            for i in range(runs + 2):  # the first two warm up
                # a parameter the page ignores makes each run a new route, so the page loads afresh
                hash = "#/" + route + ("&" if "?" in route else "?") + "run=%d" % i
                call("POST", s + "/execute/sync", {"script": "location.hash = arguments[0];", "args": [hash]})
                ms = None
                for _ in range(600):
                    ms = call("POST", s + "/execute/sync", {"script": "return document.getElementById('main').dataset.ms || null;", "args": []})
                    if ms is not None:
                        break
                    time.sleep(0.01)
                t = time.perf_counter()
                urllib.request.urlopen(base + api).read()
                if i >= 2:
                    page.append(float(ms))
                    http.append((time.perf_counter() - t) * 1000)
            print("| %s | %.0f | %.0f | %.1f | %.1f | %.1f |" % (name, statistics.median(page), percentile(page, 95),
                  statistics.median(http), percentile(http, 95), statistics.median(page) / statistics.median(http)))
    finally:
        call("DELETE", s)
        driver.terminate()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
