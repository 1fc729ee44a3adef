"""ThreadPoolExecutor: calls run by a pool of worker threads started as work arrives.

Workers take jobs from one queue; a pool starts a new worker for a submitted job unless one
is idle, up to max_workers. A None job tells a worker to stop. At interpreter exit (before
non-daemon threads are joined) every pool stops accepting work and its workers finish the
jobs already queued.
"""

__all__ = ("ThreadPoolExecutor", "BrokenThreadPool")

import itertools
import os
import queue
import threading
import weakref

from concurrent.futures import _base

_exit_guard = threading.Lock()
_exiting = False
_live_pools = weakref.WeakSet()


def _stop_all_pools():
    global _exiting
    with _exit_guard:
        _exiting = True
    pools = list(_live_pools)
    for pool in pools:
        pool._stop_workers()
    for pool in pools:
        for worker in list(pool._threads):
            worker.join()


threading._register_atexit(_stop_all_pools)


class BrokenThreadPool(_base.BrokenExecutor):
    """An initializer failed in a worker: the pool takes no more work."""


def _run_job(job):
    future, fn, args, kwargs = job
    if not future.set_running_or_notify_cancel():
        return
    try:
        outcome = fn(*args, **kwargs)
    except BaseException as failure:
        future.set_exception(failure)
        failure = None
    else:
        future.set_result(outcome)


def _worker_main(pool_ref, jobs, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical("Exception in initializer:", exc_info=True)
            pool = pool_ref()
            if pool is not None:
                pool._break("A thread initializer failed, the thread pool is not usable anymore")
            return
    while True:
        pool = pool_ref()
        if pool is not None:
            with pool._guard:
                pool._idle += 1
        del pool
        # submit() takes this worker off the idle count when it queues a job for it.
        job = jobs.get()
        if job is None:
            jobs.put(None)     # the other workers stop too
            return
        try:
            _run_job(job)
        except BaseException:
            _base.LOGGER.critical("Exception in worker", exc_info=True)
        del job


class ThreadPoolExecutor(_base.Executor):
    """An Executor running calls in up to max_workers threads (default: CPU count + 4, at
    most 32), named from thread_name_prefix; each runs initializer(*initargs) first."""

    _numbers = itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._jobs = queue.SimpleQueue()
        self._guard = threading.Lock()
        self._threads = set()
        self._idle = 0
        self._closed = False
        self._broken = None
        self._thread_name_prefix = (thread_name_prefix
                                    or f"ThreadPoolExecutor-{next(self._numbers)}")
        self._initializer = initializer
        self._initargs = initargs
        _live_pools.add(self)

    def submit(self, fn, /, *args, **kwargs):
        """Queues fn(*args, **kwargs); returns the Future of its outcome."""
        with self._guard, _exit_guard:
            if self._broken is not None:
                raise BrokenThreadPool(self._broken)
            if self._closed:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _exiting:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            future = _base.Future()
            self._jobs.put((future, fn, args, kwargs))
            if self._idle > 0:
                self._idle -= 1
            elif len(self._threads) < self._max_workers:
                self._start_worker()
            return future

    def _start_worker(self):
        def pool_gone(_, jobs=self._jobs):
            jobs.put(None)
        name = f"{self._thread_name_prefix}_{len(self._threads)}"
        worker = threading.Thread(name=name, target=_worker_main,
                                  args=(weakref.ref(self, pool_gone), self._jobs,
                                        self._initializer, self._initargs))
        worker.start()
        self._threads.add(worker)

    def _break(self, reason):
        with self._guard:
            self._broken = reason
            self._drain(lambda fut: fut.set_exception(BrokenThreadPool(reason)))

    def _drain(self, settle):
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if job is not None:
                settle(job[0])

    def _stop_workers(self):
        self._closed = True
        self._jobs.put(None)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Takes no more work; cancel_futures cancels the queued jobs; wait joins the workers."""
        with self._guard:
            if cancel_futures:
                self._drain(lambda fut: fut.cancel())
            self._stop_workers()
        if wait:
            for worker in list(self._threads):
                worker.join()
