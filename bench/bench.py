#!/usr/bin/env python3
"""The platform's benchmark: one run on this machine, written to docs/performance.md.

Starts the packaged jar on a generated data set (profiles demo,scale; the data stay in bench/data/<size> between
runs), warms it up, then measures with wrk: the Fortunes baseline of this same stack, the public pages, the
organisations API and a signed-in page, at 16 connections (throughput, p50/p95/p99, ratio to Fortunes) and at 64
(errors and time-outs); then resident memory; then the organisation import of 220,000 rows with -Xmx512m on a fresh
demo database; then start-up with the demo data to the first page. See bench/README.md.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import http.cookiejar

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, 'target', 'nko-platform-0.1.0-SNAPSHOT.jar')
PORT = 18080

# Guests' pages are answered from the platform's short cache (nko.web.guest-page-cache) once rendered; each is measured
# that way, as guests get it, and rendered on every request (a cookie the cache does not know passes it by).
RENDERED = 'nko-bench=rendered'

# name, path (quoted), signed in
PAGES = [
    ('Fortunes (baseline)', '/fortunes', False),
    ('Roadmap /', '/', False),
    ('Dashboard', '/dashboard', False),
    ('Directory', '/organizations', False),
    ('Directory, filters', '/organizations?area=YOUTH&so=true', False),
    ('Compliance matrix', '/meetings/compliance', False),
    ('Problems', '/problems', False),
    ('Meetings', '/meetings', False),
    ('Organisations API', '/api/v1/organizations', False),
    ('Cabinet (signed in)', '/cabinet', True),
    # last: at 64 connections its slow queries go on in PostgreSQL after wrk gives up, and would weigh on the next page
    ('Directory, text query', '/organizations?q=' + urllib.parse.quote('экология'), False),
]

LUA = r'''
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("JSON {\"requests\":%d,\"seconds\":%f,\"p50\":%f,\"p95\":%f,\"p99\":%f,\"errors\":%d,\"timeouts\":%d,\"status\":%d}\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3, errors, summary.errors.timeout, summary.errors.status))
end
'''


def log(*args):
    print(time.strftime('%H:%M:%S'), *args, flush=True)


def wait_for(url, seconds, process=None):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process is not None and process.poll() is not None:
            raise SystemExit('the application stopped; see its log')
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except Exception:
            pass
        time.sleep(0.2)
    raise SystemExit('no answer from ' + url)


def start(data_dir, profiles, extra=(), log_file=None, heap=None, jvm=()):
    """extra: the application's arguments; jvm: options of the JVM itself (before -jar), after the platform's own
    (jvm.options), which they override."""
    command = ['java', '@' + os.path.join(ROOT, 'jvm.options')]
    if heap:
        command.append('-Xmx' + heap)
    command += list(jvm) + ['-jar', JAR, '--server.port=%d' % PORT, '--spring.profiles.active=' + profiles,
                '--nko.embedded-db.data-dir=' + os.path.join(data_dir, 'pg'),
                '--nko.files.root=' + os.path.join(data_dir, 'files')] + list(extra)
    out = open(log_file, 'w') if log_file else subprocess.DEVNULL
    return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=data_dir, start_new_session=True)


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def sign_in(username, password):
    """A session cookie of a demo account, signed in through the form as a browser would."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open('http://localhost:%d/login' % PORT).read().decode('utf-8')
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({'username': username, 'password': password, '_csrf': token}).encode()
    opener.open('http://localhost:%d/login' % PORT, data)
    return '; '.join('%s=%s' % (c.name, c.value) for c in jar)


def wrk(path, connections, seconds, cookie=None, lua=None):
    command = ['wrk', '-t2', '-c%d' % connections, '-d%ds' % seconds, '--timeout', '5s']
    if cookie:
        command += ['-H', 'Cookie: ' + cookie]
    if lua:
        command += ['-s', lua]
    command.append('http://localhost:%d%s' % (PORT, path))
    output = subprocess.run(command, capture_output=True, text=True).stdout
    match = re.search(r'^JSON (.*)$', output, re.M)
    return json.loads(match.group(1)) if match else None


def rss_mb(pid):
    total = 0
    for child in [pid] + [int(p) for p in subprocess.run(['pgrep', '-P', str(pid)], capture_output=True,
                                                          text=True).stdout.split()]:
        try:
            with open('/proc/%d/status' % child) as status:
                for line in status:
                    if line.startswith('VmRSS:') and child_is_java(child):
                        total += int(line.split()[1]) // 1024
        except FileNotFoundError:
            pass
    return total


def child_is_java(pid):
    try:
        with open('/proc/%d/comm' % pid) as comm:
            return comm.read().strip() == 'java'
    except FileNotFoundError:
        return False


def java_pid(process):
    """The JVM's pid (the process itself: java is started directly)."""
    return process.pid


def measure_pages(args, cookie, lua):
    results = []
    for name, path, signed_in in PAGES:
        result = wrk(path, 16, args.seconds, cookie if signed_in else None, lua)
        result64 = wrk(path, 64, max(10, args.seconds // 2), cookie if signed_in else None, lua)
        rendered = None if signed_in or path == '/fortunes' else wrk(path, 16, args.seconds, RENDERED, lua)
        results.append((name, path, result, result64, rendered))
        log('%-28s %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d;  at 64: errors %d, time-outs %d%s'
            % (name, result['requests'] / result['seconds'], result['p50'], result['p95'], result['p99'],
               result['errors'], result64['errors'], result64['timeouts'],
               '' if rendered is None else ';  rendered every time %.1f req/s, p95 %.1f ms'
               % (rendered['requests'] / rendered['seconds'], rendered['p95'])))
    return results


def import_benchmark(args, work):
    """220,000 rows of the generated directory, moved to Leningrad Oblast's municipalities, into a fresh demo
    database with the heap capped at 512 MB."""
    csv_path = os.path.join(work, 'organizations.csv')
    data_dir = os.path.join(work, 'import')
    os.makedirs(data_dir, exist_ok=True)
    app = start(data_dir, 'demo', log_file=os.path.join(work, 'import.log'), heap='512m',
                jvm=['-Xlog:gc:file=' + os.path.join(work, 'import-gc.log')])
    try:
        wait_for('http://localhost:%d/fortunes' % PORT, 300, app)
        while 'Demo data loaded: roadmap' not in open(os.path.join(work, 'import.log'), encoding='utf-8',
                                                       errors='replace').read():
            if app.poll() is not None:
                raise SystemExit('the application stopped; see ' + os.path.join(work, 'import.log'))
            time.sleep(1)
        municipalities = json.loads(urllib.request.urlopen(
            'http://localhost:%d/api/v1/municipalities' % PORT).read().decode('utf-8'))
        names = [m['name'] for m in (municipalities if isinstance(municipalities, list) else municipalities['items'])]
        subprocess.run(['python3', os.path.join(ROOT, 'bench', 'organizations_csv.py'), csv_path, str(args.rows),
                        '|'.join(names)], check=True)
        size = os.path.getsize(csv_path)
        boundary = '----bench%d' % time.time()
        with open(csv_path, 'rb') as f:
            content = f.read()
        body = (('--%s\r\nContent-Disposition: form-data; name="file"; filename="organizations.csv"\r\n'
                 'Content-Type: text/csv\r\n\r\n' % boundary).encode() + content + ('\r\n--%s--\r\n' % boundary).encode())
        request = urllib.request.Request('http://localhost:%d/api/v1/organizations/import' % PORT, data=body,
                                         method='POST')
        request.add_header('Content-Type', 'multipart/form-data; boundary=' + boundary)
        request.add_header('Authorization', 'Basic YWRtaW46ZGVtbw==')
        started = time.time()
        try:
            answer = urllib.request.urlopen(request, timeout=3600).read().decode('utf-8')
            outcome = json.loads(answer)
        except urllib.error.HTTPError as error:
            outcome = {'error': error.code, 'body': error.read().decode('utf-8')[:500]}
        seconds = time.time() - started
        peak = 0
        with open(os.path.join(work, 'import-gc.log')) as gc:
            for line in gc:
                match = re.search(r'(\d+)M->(\d+)M\((\d+)M\)', line)
                if match:
                    peak = max(peak, int(match.group(1)))
        return {'rows': args.rows, 'seconds': seconds, 'bytes': size, 'outcome': outcome, 'peak_heap_mb': peak}
    finally:
        stop(app)


def startup_benchmark(work):
    data_dir = os.path.join(work, 'startup')
    shutil.rmtree(data_dir, ignore_errors=True)
    os.makedirs(data_dir)
    started = time.time()
    app = start(data_dir, 'demo', log_file=os.path.join(work, 'startup.log'))
    try:
        wait_for('http://localhost:%d/' % PORT, 300, app)
        # the demo data are in when the roadmap shows
        while b'roadmap-section' not in urllib.request.urlopen('http://localhost:%d/' % PORT).read():
            time.sleep(0.2)
        return time.time() - started
    finally:
        stop(app)


def machine():
    model = ''
    with open('/proc/cpuinfo') as cpu:
        for line in cpu:
            if line.startswith('model name'):
                model = line.split(':', 1)[1].strip()
                break
    with open('/proc/meminfo') as mem:
        total = int(mem.readline().split()[1]) // 1024 // 1024
    java = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]
    return '%d cores (%s), %d GiB, %s, %s' % (os.cpu_count(), model, total, platform.platform(), java)


def write_report(args, results, rss, imported, startup):
    baseline = results[0][2]['requests'] / results[0][2]['seconds']
    lines = ['', '## %s — %s size' % (datetime.date.today().isoformat(), args.size), '',
             'Machine: %s. wrk, 2 threads, 16 connections, %d s per page after %d s of warm-up; then 64 connections.'
             % (machine(), args.seconds, args.warmup), '',
             'Guests\' pages as guests get them (from the short cache once rendered); the last two columns: rendered on '
             'every request (16 connections).', '',
             '| page | requests/s | × Fortunes | p50 ms | p95 ms | p99 ms | errors | at 64: errors / time-outs '
             '| rendered: requests/s | rendered: p95 ms |',
             '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |']
    for name, path, r, r64, rendered in results:
        rate = r['requests'] / r['seconds']
        lines.append('| %s `%s` | %.0f | %.2f | %.1f | %.1f | %.1f | %d | %d / %d | %s | %s |' % (
            name, urllib.parse.unquote(path), rate, rate / baseline, r['p50'], r['p95'], r['p99'], r['errors'],
            r64['errors'], r64['timeouts'],
            '—' if rendered is None else '%.0f' % (rendered['requests'] / rendered['seconds']),
            '—' if rendered is None else '%.1f' % rendered['p95']))
    lines.append('')
    lines.append('Resident memory after the run: %d MB.' % rss)
    if imported:
        rate = imported['rows'] / imported['seconds'] if imported['seconds'] else 0
        lines.append('Organisation import: %d rows (%.1f MB of CSV) in %.1f s — %.0f rows/s, peak heap %d MB with '
                     '-Xmx512m; answer: %s.' % (imported['rows'], imported['bytes'] / 1e6, imported['seconds'], rate,
                                               imported['peak_heap_mb'], json.dumps(imported['outcome'],
                                                                                   ensure_ascii=False)[:300]))
    if startup:
        lines.append('Start-up with the demo data to the first page with the roadmap: %.1f s.' % startup)
    path = os.path.join(ROOT, 'docs', 'performance.md')
    if not os.path.exists(path):
        with open(path, 'w') as f:
            f.write('# Performance\n\nWritten by `bench/run` (see bench/README.md); newest run last, earlier runs kept '
                    'for comparison.\n')
    with open(path, 'a') as f:
        f.write('\n'.join(lines) + '\n')
    log('written to', path)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--size', default='country', choices=['region', 'country'])
    parser.add_argument('--seconds', type=int, default=20)
    parser.add_argument('--warmup', type=int, default=150)
    parser.add_argument('--rows', type=int, default=220000)
    parser.add_argument('--skip-import', action='store_true')
    parser.add_argument('--skip-startup', action='store_true')
    parser.add_argument('--no-report', action='store_true')
    args = parser.parse_args()
    if shutil.which('wrk') is None:
        raise SystemExit('wrk is missing: apt-get install wrk')
    data_dir = os.path.join(ROOT, 'bench', 'data', args.size)
    os.makedirs(data_dir, exist_ok=True)
    work = tempfile.mkdtemp(prefix='nko-bench-')
    lua = os.path.join(work, 'report.lua')
    with open(lua, 'w') as f:
        f.write(LUA)
    log('starting on the %s data set (generated on the first run, kept in %s)' % (args.size, data_dir))
    app = start(data_dir, 'demo,scale', ['--nko.scale.size=' + args.size], os.path.join(data_dir, 'app.log'))
    try:
        wait_for('http://localhost:%d/fortunes' % PORT, 1800, app)
        while not re.search(r'Scale data \(\w+\) (generated|already present)',
                            open(os.path.join(data_dir, 'app.log'), encoding='utf-8', errors='replace').read()):
            if app.poll() is not None:
                raise SystemExit('the application stopped; see ' + os.path.join(data_dir, 'app.log'))
            time.sleep(1)
        cookie = sign_in('municipal', 'demo')
        log('warming up for %d s' % args.warmup)
        per_page = max(1, args.warmup // len(PAGES))
        for name, path, signed_in in PAGES:
            wrk(path, 16, per_page, cookie if signed_in else RENDERED, lua)
        results = measure_pages(args, cookie, lua)
        rss = rss_mb(java_pid(app))
        log('resident memory %d MB' % rss)
    finally:
        stop(app)
    imported = None
    if not args.skip_import:
        try:
            imported = import_benchmark(args, work)
        except Exception as error:  # the report still shows the pages, and why the import failed
            imported = {'rows': args.rows, 'seconds': 0, 'bytes': 0, 'peak_heap_mb': 0,
                        'outcome': {'failed': repr(error)[:300]}}
    if imported:
        log('import: %s' % json.dumps(imported, ensure_ascii=False)[:400])
    startup = None if args.skip_startup else startup_benchmark(work)
    if startup:
        log('start-up %.1f s' % startup)
    if not args.no_report:
        write_report(args, results, rss, imported, startup)


if __name__ == '__main__':
    main()
