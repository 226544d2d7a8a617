"""Analysis of a document stream, in this process or in N worker processes.

Workers get documents in chunks through Pool.imap, which keeps input order; a semaphore bounds how many
documents are read ahead, so memory stays flat on any input size. Only the caller writes the warehouse.
"""

from __future__ import annotations

import multiprocessing
import threading
import traceback
from functools import partial
from typing import Callable, Iterable, Iterator, TypeVar

from etl.context.model import Document, Reject

T = TypeVar("T")
Analyse = Callable[[Document], T]  # an Analysis, or the rows of one (etl.load.work.document_rows)


def analyse_or_reject(analyse: Analyse, item: Document | Reject) -> T | Reject:
    """Analyse one document; a document the analysis fails on becomes a reject naming the error and where."""
    if isinstance(item, Reject):
        return item
    try:
        return analyse(item)
    except Exception as error:  # one document's failure is data: recorded in rejects, named on stderr
        frame = traceback.extract_tb(error.__traceback__)[-1]
        where = f"{frame.filename}:{frame.lineno}"
        return Reject(item.source_path, None, "analysis_error", f"{type(error).__name__}: {error} ({where})")


def bounded(items: Iterable, window: threading.Semaphore, stop: threading.Event) -> Iterator:
    """Yield items, each only once the window has room (the consumer releases one slot per result)."""
    for item in items:
        window.acquire()
        if stop.is_set():
            return
        yield item


def analysed(
    items: Iterable[Document | Reject], analyse: Analyse, workers: int = 1, chunksize: int = 4
) -> Iterator[T | Reject]:
    """``analyse`` of every document in input order; rejects pass through in place."""
    work = partial(analyse_or_reject, analyse)
    if workers <= 1:
        yield from map(work, items)
        return
    ahead = workers * chunksize * 4
    window, stop = threading.Semaphore(ahead), threading.Event()
    context = multiprocessing.get_context("forkserver")  # no fork of a process holding DuckDB threads
    with context.Pool(workers) as pool:
        try:
            for result in pool.imap(work, bounded(items, window, stop), chunksize):
                window.release()
                yield result
        finally:
            stop.set()  # a consumer that stops early must not leave the feeder blocked on the window
            window.release(ahead + 1)
