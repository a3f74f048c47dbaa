"""A pool of pre-forked query worker processes over a copy-on-write snapshot of a store.

pyoxigraph cannot interrupt a query and a thread cannot be killed, so queries run in child
processes that can be. Forking one child per query is safe but costs a fork, a pipe and a
reap every time. A :class:`WorkerPool` keeps up to ``size`` children alive instead: each was
forked from the serving process while its in-memory store was quiet, so it holds a
copy-on-write snapshot of the store as it was then, and answers queries sent to it over a
socket (a JSON request in, a serialised result out) until it is retired.

- **Generations.** The pool asks ``generation()`` (a counter the store bumps with each
  write, under the same lock as the fork) whenever it hands out a worker. A worker forked at
  an older generation is never given another query: it is stopped when it is next idle and
  a new one is forked from the current state. So a query that starts after a write has
  returned sees that write.
- **Timeouts.** The caller waits for the answer until its deadline; past it, the busy
  worker is killed with SIGKILL and reaped, so its CPU use ends, and
  :class:`~polgraph.errors.QueryTimeout` is raised. The other workers go on answering, and
  the slot is refilled by the next query that needs one. Each worker also arms its own alarm
  for every query and caps the memory it may add, and exits when the serving process goes
  away (its socket reaches end of file).
- **Batches.** Several queries can travel in one round trip (:meth:`WorkerPool.execute`
  takes a list), for an API call that needs, say, a page and a total.

The ``fork_lock`` given to the pool must be the lock every writer of the store holds; the
pool forks only while holding it, so a worker never inherits a store in mid-write.

>>> import threading, pyoxigraph as ox
>>> from polgraph.sparql.execution import QueryRequest
>>> store, lock = ox.Store(), threading.Lock()
>>> pool = WorkerPool(lambda: store, size=1, fork_lock=lock, generation=lambda: 0)
>>> store.update("INSERT DATA { <http://a> <http://b> 1 }")
>>> [(h["form"], b[:20]) for h, b in pool.execute([QueryRequest("ASK { ?s ?p 1 }", max_rows=1)], timeout=10)]
[('ask', b'{"head":{},"boolean"')]
>>> pool.close()
"""
from __future__ import annotations

import json
import os
import signal
import socket
import struct
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from polgraph.errors import QueryError, QueryTimeout
from polgraph.sparql.execution import (MAX_RESULT_BYTES, QueryRequest, evaluate, limit_memory, reap_child,
                                       too_large_message)

__all__ = ["WorkerPool", "WorkerInfo"]

# A frame: header length, body length, the JSON header, the body.
_FRAME = struct.Struct("!IQ")
#: Seconds a worker's own alarm fires after the caller's deadline (a dead caller's backstop).
_ALARM_MARGIN = 2.0


@dataclass(frozen=True)
class WorkerInfo:
    """What the pool tells about one live worker (for tests and monitoring)."""

    pid: int
    generation: int
    busy: bool


@dataclass(eq=False)
class _Worker:
    pid: int
    sock: socket.socket
    generation: int
    busy: bool = field(default=False)


class _Late(Exception):
    """The deadline passed while talking to a worker."""


class _Gone(Exception):
    """The worker died or closed its end."""


def _recv_exact(sock: socket.socket, size: int, deadline: float | None) -> bytes:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Late
            sock.settimeout(remaining)
        try:
            n = sock.recv_into(view[got:])
        except TimeoutError:
            raise _Late from None
        except OSError:
            raise _Gone from None
        if n == 0:
            raise _Gone
        got += n
    return bytes(buffer)


def _send_frame(sock: socket.socket, header: dict[str, Any], body: bytes) -> None:
    head = json.dumps(header, ensure_ascii=False).encode("utf-8")
    sock.sendall(_FRAME.pack(len(head), len(body)) + head)
    if body:
        sock.sendall(body)


def _recv_frame(sock: socket.socket, deadline: float | None, max_body: int) -> tuple[dict[str, Any], bytes]:
    head_size, body_size = _FRAME.unpack(_recv_exact(sock, _FRAME.size, deadline))
    if body_size > max_body:
        raise QueryError(too_large_message(max_body))
    header = json.loads(_recv_exact(sock, head_size, deadline))
    return header, _recv_exact(sock, body_size, deadline) if body_size else b""


def _serve(sock: socket.socket, store: ox.Store) -> None:
    """A worker's life: answer batches of queries until the serving process closes the socket."""
    signal.signal(signal.SIGALRM, signal.SIG_DFL)  # the alarm kills, whatever the server set
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    limit_memory()
    sock.settimeout(None)
    while True:
        try:
            header, _ = _recv_frame(sock, None, 0)
        except _Gone:
            return
        signal.setitimer(signal.ITIMER_REAL, float(header["timeout"]) + _ALARM_MARGIN)
        results, bodies = [], []
        for item in header["queries"]:
            result, body = evaluate(store, QueryRequest.from_json(item))
            results.append({**result, "length": len(body)})
            bodies.append(body)
        signal.setitimer(signal.ITIMER_REAL, 0)
        if sum(len(b) for b in bodies) > MAX_RESULT_BYTES:
            results = [{"error": too_large_message(MAX_RESULT_BYTES), "length": 0}] * len(results)
            bodies = []
        _send_frame(sock, {"results": results}, b"".join(bodies))


def _close_inherited_fds(keep: int) -> None:
    """Close every descriptor a worker inherited but must not hold: the server's sockets,
    the store directory's files, and the other workers' sockets (so that each worker sees end
    of file when the server, and only the server, lets go of it)."""
    os.closerange(3, keep)
    os.closerange(keep + 1, os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 65536)


def _exited(pid: int) -> bool:
    """Whether a child has ended (and reap it if so), without waiting."""
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done == pid


class WorkerPool:
    """Pre-forked processes that evaluate queries on a snapshot of a store, killable at a
    deadline, retired when the store moves on to a new generation.

    Parameters
    ----------
    snapshot:
        Returns the in-memory store the workers inherit; called while holding ``fork_lock``.
    size:
        Most workers alive (and queries evaluated) at once.
    fork_lock:
        The lock writers of ``store`` hold; held around every fork.
    generation:
        Returns the store's current generation; call it only while holding ``fork_lock`` or
        accept a value that may be one write old.
    """

    def __init__(self, snapshot: Callable[[], ox.Store], *, size: int, fork_lock: threading.Lock,
                 generation: Callable[[], int]) -> None:
        if size < 1:
            raise ValueError("a worker pool needs at least one worker")
        self._snapshot = snapshot
        self.size = size
        self._fork_lock = fork_lock
        self._generation = generation
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._all: dict[int, _Worker] = {}
        self._starting = 0  # forks under way, counted against size
        self._closed = False

    # ---- public --------------------------------------------------------------------------
    def execute(self, requests: Sequence[QueryRequest], *, timeout: float) -> list[tuple[dict[str, Any], bytes]]:
        """Evaluate ``requests`` in one worker, in order; return each one's header and body.

        ``timeout`` bounds the wait for a free worker and, separately, the evaluation of the
        whole batch.

        Raises
        ------
        QueryTimeout
            No worker became free in time, a worker could not be started, or the batch ran
            past ``timeout`` (its worker was killed).
        QueryError
            The result was too large, or the worker died while answering.
        """
        worker = self._checkout(time.monotonic() + timeout)
        healthy = False
        try:
            header, body = self._ask(worker, requests, timeout)
            healthy = True
        finally:
            self._checkin(worker, healthy)
        out, position = [], 0
        for result in header["results"]:
            length = int(result.pop("length"))
            out.append((result, body[position:position + length]))
            position += length
        return out

    def workers(self) -> list[WorkerInfo]:
        """The live workers: process id, generation, whether busy."""
        with self._cond:
            return [WorkerInfo(w.pid, w.generation, w.busy) for w in self._all.values()]

    def retire_idle(self) -> None:
        """Stop the idle workers of an older generation now instead of at their next turn."""
        with self._cond:
            stale = self._take_stale(self._generation())
        for worker in stale:
            self._stop(worker)

    def close(self) -> None:
        """Stop every idle worker now, and each busy one as soon as its query is answered."""
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            for worker in idle:
                self._all.pop(worker.pid, None)
            self._cond.notify_all()
        for worker in idle:
            self._stop(worker)

    # ---- handing workers out -------------------------------------------------------------
    def _take_stale(self, generation: int) -> list[_Worker]:
        stale = [w for w in self._idle if w.generation != generation]
        if stale:
            self._idle = [w for w in self._idle if w.generation == generation]
            for worker in stale:
                self._all.pop(worker.pid, None)
            self._cond.notify_all()
        return stale

    def _checkout(self, deadline: float) -> _Worker:
        stale: list[_Worker] = []
        try:
            with self._cond:
                while True:
                    if self._closed:
                        raise QueryTimeout("the server is shutting down")
                    stale += self._take_stale(self._generation())
                    while self._idle:
                        worker = self._idle.pop()
                        if _exited(worker.pid):  # killed from outside while idle
                            self._all.pop(worker.pid, None)
                            worker.sock.close()
                            continue
                        worker.busy = True
                        return worker
                    if len(self._all) + self._starting < self.size:
                        self._starting += 1
                        break
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise QueryTimeout("the server is busy: no query worker became free in time; retry later")
                    self._cond.wait(remaining)
        finally:
            for worker in stale:
                self._stop(worker)
        try:
            worker = self._fork()
        except BaseException:
            with self._cond:
                self._starting -= 1
                self._cond.notify_all()
            raise
        with self._cond:
            self._starting -= 1
            self._all[worker.pid] = worker
        return worker

    def _checkin(self, worker: _Worker, healthy: bool) -> None:
        keep = False
        with self._cond:
            worker.busy = False
            if healthy and not self._closed and worker.generation == self._generation():
                self._idle.append(worker)
                keep = True
            else:
                self._all.pop(worker.pid, None)
            self._cond.notify_all()
        if not keep:
            self._stop(worker)

    def _fork(self) -> _Worker:
        parent_end, child_end = socket.socketpair()
        try:
            with self._fork_lock:
                generation = self._generation()
                store = self._snapshot()
                pid = os.fork()
        except OSError as err:
            parent_end.close()
            child_end.close()
            raise QueryTimeout(f"the server cannot start a query process now ({err.strerror}); retry later") from None
        if pid == 0:  # the worker: never returns
            code = 0
            try:
                _close_inherited_fds(child_end.fileno())
                _serve(child_end, store)
            except BaseException:  # noqa: BLE001 - nothing may escape a forked child
                code = 70
            finally:
                os._exit(code)
        child_end.close()
        return _Worker(pid, parent_end, generation, busy=True)

    def _stop(self, worker: _Worker) -> None:
        worker.sock.close()
        reap_child(worker.pid)

    # ---- talking to a worker -------------------------------------------------------------
    def _ask(self, worker: _Worker, requests: Sequence[QueryRequest],
             timeout: float) -> tuple[dict[str, Any], bytes]:
        deadline = time.monotonic() + timeout
        try:
            worker.sock.settimeout(timeout)
            _send_frame(worker.sock, {"timeout": timeout, "queries": [r.to_json() for r in requests]}, b"")
            return _recv_frame(worker.sock, deadline, MAX_RESULT_BYTES)
        except (_Late, TimeoutError):
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped; "
                               "add a LIMIT or make it more selective") from None
        except (_Gone, OSError):
            raise QueryError("the query process died before answering (it may have needed too much memory)") from None
