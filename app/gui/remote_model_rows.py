"""'On other computers' in the model picker: one row per model a saved server offers, named with the
computer ("Vicuna 5.5b · Q4_K_M on 192.168.1.20:8080"), with Use or the "In use" badge.

The memory verdicts of this computer do not apply to them: a row says the server's chat memory and
the writing speed measured from here, once a reply has been written. A server that cannot be used
is one row with its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.core.fit.speed import words_text
from app.core.remote.remote_engine import remote_model_name
from app.core.remote.servers import RemoteModel, Server, kind_words
from app.gui.installed_models import VISIBLE_ROWS, InstalledRow, titled_rows
from app.gui.list_rows import WrappedRows


@dataclass(frozen=True)
class RemoteOffer:
    """A model a saved server offers, as a row shows it."""

    url: str
    model: str  # the server's name for it
    name: str  # "Vicuna 5.5b · Q4_K_M on 192.168.1.20:8080"
    details: str  # "llama.cpp server · chat memory 2,048 tokens"

    @property
    def path(self) -> Path:  # what the row it reuses (an installed model's) calls it
        return Path(self.name)


def offers_of(server: Server) -> list[RemoteOffer]:
    return [
        RemoteOffer(server.url, m.name, remote_model_name(server, m.name), _details(server, m)) for m in server.models
    ]


def _details(server: Server, model: RemoteModel) -> str:
    if model.n_ctx:
        memory = QCoreApplication.translate("RemoteModels", "chat memory {count} tokens")
        memory = memory.format(count=f"{model.n_ctx:,}")
    else:
        memory = QCoreApplication.translate("RemoteModels", "chat memory as the server sets it")
    return f"{kind_words(server.kind)} · {memory}"


def speed_words(tokens_per_s: float | None) -> str:
    if not tokens_per_s:
        return QCoreApplication.translate("RemoteModels", "speed measured after its first reply")
    return QCoreApplication.translate("RemoteModels", "writes {speed}, measured from here").format(
        speed=words_text(tokens_per_s)
    )


class RemoteModelRow(InstalledRow):
    """An installed model's row (name, figures, Use, "In use"), without Delete: the file is not here."""

    def __init__(self, offer: RemoteOffer, speed: float | None) -> None:
        super().__init__(offer, f"{offer.details} · {speed_words(speed)}")
        self.offer = offer
        self.delete_button.hide()
        self.use_button.setToolTip(
            QCoreApplication.translate("RemoteModels", "Chat with {model} on the server at {url}").format(
                model=offer.model, url=offer.url
            )
        )


class RemoteModelsBox(QFrame):
    """The models of the saved computers, titled "On other computers"; hidden when none are saved."""

    use_requested = Signal(object)  # RemoteOffer
    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RemoteModelRow] = []
        self.problems: list[str] = []
        self.check_button = QPushButton(QCoreApplication.translate("RemoteModels", "Ask the servers again"))
        self.check_button.setToolTip(
            QCoreApplication.translate(
                "RemoteModels", "See which models the computers in Settings → Other computers offer now"
            )
        )
        self.check_button.clicked.connect(self.check_requested)
        self.list = titled_rows(
            self,
            "<b>{}</b>".format(QCoreApplication.translate("RemoteModels", "On other computers")),
            self.check_button,
            QCoreApplication.translate("RemoteModels", "Models on other computers"),
        )
        self.row_heights = WrappedRows(self.list, self._sized)
        self.hide()

    def show_asking(self, urls: list[str]) -> None:
        if urls:
            asking = QCoreApplication.translate("RemoteModels", "{url}: asking the server…")
            self._fill([], [asking.format(url=url) for url in urls], None, {})
            self.problems = []  # (not yet known)

    def set_offers(self, offers: list[RemoteOffer], problems: list[str], in_use: tuple[str, str] | None,
                   speeds: dict[tuple[str, str], float]) -> None:  # fmt: skip
        """``problems``: one sentence per server that could not be asked; ``in_use``: (url, model)."""
        self._fill(offers, problems, in_use, speeds)

    def _fill(self, offers, problems, in_use, speeds) -> None:
        self.list.clear()
        self.rows, self.problems = [], list(problems)
        for offer in offers:
            row = RemoteModelRow(offer, speeds.get((offer.url, offer.model)))
            row.use_button.clicked.connect(lambda _=False, offer=offer: self.use_requested.emit(offer))
            item = QListWidgetItem()
            item.setToolTip(
                QCoreApplication.translate("RemoteModels", "{model} at {url}").format(model=offer.model, url=offer.url)
            )
            self.list.addItem(item)
            self.list.setItemWidget(item, row)
            self.rows.append(row)
        for sentence in problems:
            item = QListWidgetItem(sentence)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.row_heights.fit()
        self.setVisible(bool(offers or problems))
        self.show_in_use(in_use)

    def show_in_use(self, in_use: tuple[str, str] | None) -> None:
        for row in self.rows:
            row.show_in_use(in_use is not None and (row.offer.url, row.offer.model) == in_use)

    def texts(self) -> list[str]:
        return [row.text() for row in self.rows] + self.problems

    def _sized(self, heights: list[int]) -> None:
        sentences = self.list.count() - len(heights)
        plain = self.list.sizeHintForRow(self.list.count() - 1) if sentences else 0
        shown = (heights + [plain] * sentences)[:VISIBLE_ROWS]
        self.list.setFixedHeight(sum(shown) + 2 * self.list.frameWidth())
