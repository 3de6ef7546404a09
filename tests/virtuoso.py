"""A private OpenLink Virtuoso 7 for the server tests.

Starts ``virtuoso-t`` in the foreground on loopback, in a temporary database folder with
its own ``virtuoso.ini`` (own SQL and HTTP ports, ``ResultSetMaxRows`` raised,
``DirsAllowed`` limited to that folder), waits until its SPARQL endpoint answers, sets the
dba password, creates a writer account with ``SPARQL_UPDATE`` and stops the server by its
PID at the end. Nothing here touches a system-wide Virtuoso.

``RENDA_KG_REQUIRE_VIRTUOSO=1`` (or ``CI=true``) turns "Virtuoso is not installed" from a
skip into a failure.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

VIRTUOSO_BIN = "virtuoso-t"
ISQL_BINS = ("isql-vt", "isql")
# The test server's cap on result rows (Virtuoso's default is 10000); the client is told
# the same number so that it can recognise an answer cut at the cap.
MAX_ROWS = 20000
START_TIMEOUT = 90.0
VAD_DIR = "/usr/share/virtuoso-opensource-7/vad"


def required() -> bool:
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("RENDA_KG_REQUIRE_VIRTUOSO") == "1"


def find_isql() -> str | None:
    for name in ISQL_BINS:
        path = shutil.which(name)
        if path:
            return path
    return None


def available() -> bool:
    return shutil.which(VIRTUOSO_BIN) is not None and find_isql() is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort          = 127.0.0.1:{sql_port}
LiteMode            = 0
DisableUnixSocket   = 1
DisableTcpSocket    = 0
MaxClientConnections = 10
CheckpointInterval  = 0
O_DIRECT            = 0
CaseMode            = 2
MaxStaticCursorRows = 5000
MaxSortedTopRows    = {max_rows}
CheckpointAuditTrail = 0
AllowOSCalls        = 0
SchedulerInterval   = 10
DirsAllowed         = ., {dir}, {vad}
ThreadCleanupInterval = 0
ThreadThreshold     = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize   = 100000
SingleCPU           = 0
VADInstallDir       = {vad}/
PrefixResultNames   = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps       = 64
MaxQueryMem         = 256M
NumberOfBuffers     = 10000
MaxDirtyBuffers     = 6000

[HTTPServer]
ServerPort          = 127.0.0.1:{http_port}
ServerRoot          = {dir}/vsp
MaxClientConnections = 10
DavRoot             = DAV
EnabledDavVSP       = 0
HTTPProxyEnabled    = 0
TempASPXDir         = 0
ServerThreads       = 10
MaxKeepAlives       = 10
KeepAliveTimeout    = 10
HTTPThreadSize      = 280000
HttpPrintWarningsInOutput = 0
Charset             = UTF-8
EnabledGzipContent  = 0

[Client]
SQL_PREFETCH_ROWS   = 100
SQL_PREFETCH_BYTES  = 16000
SQL_QUERY_TIMEOUT   = 0
SQL_TXN_TIMEOUT     = 0

[SPARQL]
ResultSetMaxRows           = {max_rows}
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 60
DefaultGraph               = http://localhost:{http_port}/dataspace
"""


@dataclass
class VirtuosoServer:
    """One Virtuoso process of our own; ``start()`` then ``stop()``."""

    folder: Path
    dba_password: str = "renda-test-dba"
    user: str = "renda"
    password: str = "renda-test-pw"
    max_rows: int = MAX_ROWS
    sql_port: int = field(default_factory=free_port)
    http_port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def endpoint(self) -> str:
        return f"{self.base}/sparql"

    @property
    def auth_endpoint(self) -> str:
        return f"{self.base}/sparql-auth"

    @property
    def graph_store(self) -> str:
        return f"{self.base}/sparql-graph-crud-auth"

    def sparql_store(self, **options):
        """The program's ``sparql`` store on this server, as its user (a 30 s timeout and
        the server's row cap unless given)."""
        from renda_kg.graph.sparql import SparqlStore

        options.setdefault("timeout", 30)
        options.setdefault("max_rows", self.max_rows)
        return SparqlStore(endpoint=self.endpoint, user=self.user, password=self.password, **options)

    def start(self) -> "VirtuosoServer":
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "vsp").mkdir(exist_ok=True)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(INI.format(dir=self.folder, sql_port=self.sql_port, http_port=self.http_port,
                                  max_rows=self.max_rows, vad=VAD_DIR))
        self._log = open(self.folder / "stdout.log", "wb")
        self.process = subprocess.Popen([VIRTUOSO_BIN, "+foreground", "+configfile", str(ini)],
                                        cwd=self.folder, stdout=self._log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        try:
            self._wait_until_up()
            self._isql("dba", f"USER_SET_PASSWORD('dba', '{self.dba_password}');")
            self.isql(f"DB.DBA.USER_CREATE('{self.user}', '{self.password}');",
                      f"GRANT SPARQL_UPDATE TO \"{self.user}\";",
                      f"DB.DBA.RDF_DEFAULT_USER_PERMS_SET('{self.user}', 3);",
                      # the anonymous endpoint reads all graphs, never writes
                      "DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 1);")
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        last = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                url = self.endpoint + "?query=ASK%7B%7D&format=text%2Fplain"
                with urllib.request.urlopen(url, timeout=2) as r:
                    if r.status == 200:
                        return
            except (OSError, urllib.error.URLError) as exc:
                last = exc
            time.sleep(0.5)
        raise RuntimeError(f"Virtuoso did not answer on {self.endpoint} within {START_TIMEOUT:.0f} s "
                           f"({last}):\n{self.log_tail()}")

    def _isql(self, password: str, *statements: str) -> str:
        script = "\n".join(statements) + "\nEXIT;\n"
        done = subprocess.run([find_isql(), f"127.0.0.1:{self.sql_port}", "dba", password],
                              input=script, capture_output=True, text=True, timeout=60)
        if done.returncode != 0 or "*** Error" in done.stdout or "*** Error" in done.stderr:
            raise RuntimeError(f"isql failed: {done.stdout}\n{done.stderr}")
        return done.stdout

    def isql(self, *statements: str) -> str:
        return self._isql(self.dba_password, *statements)

    def log_tail(self, lines: int = 30) -> str:
        text = ""
        for name in ("virtuoso.log", "stdout.log"):
            path = self.folder / name
            if path.exists():
                text += path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # by PID: only the process we started
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        self._log.close()
