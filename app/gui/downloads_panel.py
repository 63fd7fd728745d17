"""Downloads: a row per file with a progress bar, speed, time left, Stop, Retry.

Runs ``Downloader`` on a pool thread, one file at a time (the others wait in
line, so each gets the whole connection); the chat stays usable meanwhile.
Downloads stopped by a quit or a lost connection are listed again at the next
start, ready to continue from where they stopped.
"""

from __future__ import annotations

import html
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.core.models.catalog import display_name
from app.core.models.download import Downloader, DownloadState, Progress, Stage
from app.core.sizes import format_duration, format_size
from app.gui.tasks import Tasks

REPORT_INTERVAL_S = 0.1  # progress reaches the window at most ten times a second
STALL_S = 5.0  # no bytes for this long: the row says so
DONE_SHOWN_MS = 8_000  # a finished download stays listed this long
WAITING, RUNNING, STOPPED, FAILED, DONE = (
    DownloadState.WAITING, DownloadState.RUNNING, DownloadState.STOPPED, DownloadState.FAILED, DownloadState.DONE
)  # fmt: skip


def progress_words(progress: Progress) -> str:
    if progress.message:  # waiting for another ShortChat, or retrying: the core says what is happening
        return progress.message
    if progress.stage == "checking":
        return QCoreApplication.translate("Downloads", "Asking the model hub…")
    if progress.stage == "verifying":
        if progress.done < progress.total and progress.total:
            return QCoreApplication.translate("Downloads", "Checking what was already downloaded… {share}").format(
                share=f"{progress.fraction:.0%}"
            )
        return QCoreApplication.translate("Downloads", "Verifying the file…")
    if progress.stage == "done":
        return QCoreApplication.translate("Downloads", "Downloaded and verified ✓")
    text = QCoreApplication.translate("Downloads", "{done} of {total}").format(
        done=format_size(progress.done), total=format_size(progress.total)
    )
    if progress.bytes_per_s:
        text += " · " + QCoreApplication.translate("Downloads", "{size}/s").format(
            size=format_size(progress.bytes_per_s)
        )
    if progress.eta_s is not None:
        text += " · " + QCoreApplication.translate("Downloads", "{time} left").format(
            time=format_duration(progress.eta_s)
        )
    return text


@dataclass(eq=False)
class DownloadJob:
    repo: str
    file: str
    size: int = 0
    have: int = 0
    state: DownloadState = WAITING
    cancel: threading.Event = field(default_factory=threading.Event)
    row: DownloadRow | None = None
    path: Path | None = None


class DownloadRow(QFrame):
    def __init__(self, job: DownloadJob, panel: DownloadsPanel) -> None:
        super().__init__()
        self._last_data_at = time.monotonic()
        self._receiving = False
        self._stall_timer = QTimer(self)
        self._stall_timer.setInterval(1000)
        self._stall_timer.timeout.connect(self._check_stall)
        self.job = job
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(f"<b>{html.escape(display_name(job.file))}</b>")
        self.name.setToolTip(job.file)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(
            QCoreApplication.translate("Downloads", "Download of {model}").format(model=display_name(job.file))
        )
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.stop_button = QPushButton(QCoreApplication.translate("Downloads", "Stop"))
        self.stop_button.setAccessibleName(
            QCoreApplication.translate("Downloads", "Stop downloading {model}").format(model=display_name(job.file))
        )
        self.stop_button.clicked.connect(lambda: panel.stop(job))
        self.retry_button = QPushButton(QCoreApplication.translate("Downloads", "Continue"))
        self.retry_button.clicked.connect(lambda: panel.retry(job))
        self.remove_button = QPushButton(QCoreApplication.translate("Downloads", "Remove"))
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "Downloads", "Remove from this list (and delete what was downloaded of an unfinished file)"
            )
        )
        self.remove_button.clicked.connect(lambda: panel.remove(job))
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.stop_button)
        top.addWidget(self.retry_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        if job.size:
            self.bar.setValue(int(1000 * job.have / job.size))

    def show_state(self, text: str | None = None) -> None:
        state = self.job.state
        self.stop_button.setVisible(state in (WAITING, RUNNING))
        self.retry_button.setVisible(state in (STOPPED, FAILED))
        self.retry_button.setText(
            QCoreApplication.translate("Downloads", "Try again")
            if state == FAILED
            else QCoreApplication.translate("Downloads", "Continue")
        )
        self.remove_button.setVisible(state in (STOPPED, FAILED, DONE))
        # A finished file stays on this computer: its row only leaves the list ("Remove" sounded like deleting).
        self.remove_button.setText(
            QCoreApplication.translate("Downloads", "Hide")
            if state == DONE
            else QCoreApplication.translate("Downloads", "Remove")
        )
        if text is not None:
            self.detail.setText(text)

    def show_progress(self, progress: Progress) -> None:
        if progress.total:
            self.bar.setValue(int(1000 * progress.fraction))
        self.bar.setFormat(f"{progress.fraction:.0%}")
        self.detail.setText(progress_words(progress))
        self._last_data_at = time.monotonic()
        self._receiving = progress.stage == "downloading" and not progress.message
        if self._receiving and not self._stall_timer.isActive():
            self._stall_timer.start()

    def _check_stall(self) -> None:
        """The hub stopped sending: say so, instead of an old speed and time left."""
        if self.job.state != RUNNING or not self._receiving:
            self._stall_timer.stop()
            return
        quiet = time.monotonic() - self._last_data_at
        if quiet >= STALL_S:
            self.detail.setText(
                QCoreApplication.translate("Downloads", "No data for {seconds} s · retrying").format(
                    seconds=f"{quiet:.0f}"
                )
            )


class DownloadsPanel(QWidget):
    model_ready = Signal(object)  # Path of a verified model
    changed = Signal()  # jobs were added or removed, or one ended

    def __init__(self, tasks: Tasks, downloader: Downloader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.downloader = downloader or Downloader()
        self.jobs: list[DownloadJob] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addStretch()  # rows at the top, each as tall as its contents
        self.setAccessibleName(QCoreApplication.translate("Downloads", "Downloads"))

    # -- what the window calls ----------------------------------------------------

    def restore_unfinished(self) -> None:
        """List downloads that a quit or a lost connection stopped, ready to continue."""
        for unfinished in self.downloader.unfinished():
            if any(j.file == unfinished.file for j in self.jobs):
                continue
            job = DownloadJob(unfinished.repo, unfinished.file, unfinished.size, unfinished.have, STOPPED)
            self._add_row(job)
            share = unfinished.have / unfinished.size if unfinished.size else 0
            job.row.show_state(
                QCoreApplication.translate("Downloads", "Stopped at {share}: press Continue to finish it.").format(
                    share=f"{share:.0%}"
                )
            )

    def add(self, repo: str, file: str, size: int = 0) -> DownloadJob:
        existing = next((j for j in self.jobs if j.file == file and j.state in (WAITING, RUNNING)), None)
        if existing is not None:
            return existing
        for job in [j for j in self.jobs if j.file == file]:
            self._remove_row(job)
        job = DownloadJob(repo, file, size)
        self._add_row(job)
        job.row.show_state(QCoreApplication.translate("Downloads", "Waiting for the download before it…"))
        self._next()
        return job

    def stop(self, job: DownloadJob) -> None:
        if job.state == WAITING:
            job.state = STOPPED
            job.row.show_state(QCoreApplication.translate("Downloads", "Stopped before it began."))
        elif job.state == RUNNING:
            job.cancel.set()
            job.row.show_state("Stopping…")

    def retry(self, job: DownloadJob) -> None:
        if job.state in (STOPPED, FAILED):
            job.state = WAITING
            job.cancel = threading.Event()
            job.row.show_state("Waiting…")
            self._next()

    def remove(self, job: DownloadJob) -> None:
        if job.state in (WAITING, RUNNING):
            return
        if job.state != DONE:
            self.downloader.forget(job.file)
        self._remove_row(job)

    def stop_all(self) -> None:
        """For quitting: stop everything now; what was downloaded is kept for next time."""
        for job in self.jobs:
            if job.state == WAITING:
                job.state = STOPPED
            job.cancel.set()

    @property
    def active(self) -> bool:
        return any(j.state in (WAITING, RUNNING) for j in self.jobs)

    def downloading(self) -> set[str]:
        """The files being downloaded or waiting their turn."""
        return {j.file for j in self.jobs if j.state in (WAITING, RUNNING)}

    # -- the queue ---------------------------------------------------------------

    def _next(self) -> None:
        if any(j.state == RUNNING for j in self.jobs):
            return
        job = next((j for j in self.jobs if j.state == WAITING), None)
        if job is None:
            return
        job.state = RUNNING
        job.row.show_state(QCoreApplication.translate("Downloads", "Asking the model hub…"))
        self.tasks.run(
            _download,
            self.downloader,
            job.repo,
            job.file,
            job.cancel,
            progress=job.row.show_progress,
            done=lambda path: self._done(job, path),
            failed=lambda message: self._failed(job, message),
            cancelled=lambda: self._stopped(job),
            finished=self._next,
        )

    def _done(self, job: DownloadJob, path: Path) -> None:
        job.state, job.path = DONE, path
        job.row.bar.setValue(1000)
        job.row.show_state(QCoreApplication.translate("Downloads", "Downloaded and verified ✓"))
        self.model_ready.emit(path)
        self.changed.emit()
        # A finished download leaves the list by itself after a while (the model is listed under
        # "On this computer"), so the panel closes when nothing else is going on.
        QTimer.singleShot(DONE_SHOWN_MS, self, lambda: job in self.jobs and job.state == DONE and self._remove_row(job))

    def _failed(self, job: DownloadJob, message: str) -> None:
        job.state = FAILED
        job.row.show_state(message)
        self.changed.emit()

    def _stopped(self, job: DownloadJob) -> None:
        job.state = STOPPED
        job.row.show_state(
            QCoreApplication.translate("Downloads", "Stopped. Press Continue to go on from where it stopped.")
        )
        self.changed.emit()

    def _add_row(self, job: DownloadJob) -> None:
        job.row = DownloadRow(job, self)
        self.jobs.append(job)
        self._layout.insertWidget(self._layout.count() - 1, job.row)  # above the stretch
        job.row.show_state()
        self.changed.emit()

    def _remove_row(self, job: DownloadJob) -> None:
        self.jobs.remove(job)
        self._layout.removeWidget(job.row)
        job.row.deleteLater()
        self.changed.emit()


def _download(downloader: Downloader, repo: str, file: str, cancel: threading.Event, report) -> Path:
    """On a pool thread: ask the hub for the file's details, then fetch it."""
    report(Progress(Stage.CHECKING, 0, 0))
    remote = downloader.describe(repo, file)
    return downloader.download(remote, _every(report, REPORT_INTERVAL_S), cancel)


def _every(report, interval_s: float):
    """``report``, but at most once per ``interval_s`` while the stage stays the same."""
    last = {"at": 0.0, "stage": None}

    def throttled(progress: Progress) -> None:
        now = time.monotonic()
        if progress.stage != last["stage"] or now - last["at"] >= interval_s or progress.done == progress.total:
            last["at"], last["stage"] = now, progress.stage
            report(progress)

    return throttled
