"""The main window: two side views in a splitter, menus, toolbar, docks and status; features install into it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QSplitter, QStatusBar, QToolBar, QWidget

from reader_app import APP_DISPLAY_NAME, __version__
from reader_app.core.document import Document, PassageRole
from reader_app.core.freed_memory import release_freed_memory
from reader_app.core.language import is_cjk
from reader_app.ui.document_loader import DocumentLoader
from reader_app.ui.session import ReaderSession, Side
from reader_app.ui.settings import Settings
from reader_app.ui.side_view import BIG_TEXT_CHARS, SideView
from reader_app.ui.status import Status, TaskHandle
from reader_app.ui.theme import ZOOM_MAX, ZOOM_MIN, Theme, apply_theme, theme_named

# Only what the first frame shows is imported at the top: each PySide6 class is built, with its enums, on first use,
# and `Qt` is the largest of them (see complete_setup).
if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
    from PySide6.QtWidgets import QDockWidget, QMessageBox, QTextEdit

    from reader_app.ui.features import Feature

F = TypeVar("F", bound="Feature")

log = logging.getLogger(__name__)

MENU_ORDER = ("File", "Edit", "View", "Translate", "Tools", "Window", "Help")
"""Menus appear in this order; other names go before Help."""

TOOLBAR_SLOTS = ("open", "translate", "summary", "facts", "highlight", "library")
"""Toolbar groups in the order of the design sketch; unknown slots go at the end."""

_STANDARD_FALLBACKS = {
    "Quit": "Ctrl+Q",
    "ZoomIn": "Ctrl++",
    "ZoomOut": "Ctrl+-",
    "Open": "Ctrl+O",
    "HelpContents": "F1",
}
"""Platforms without a desktop theme (offscreen, bare X11) define no binding for some standard keys (by the name of
their `QKeySequence.StandardKey`)."""

FIRST_FRAME_MENUS = ("File", "Edit", "View", "Help")
"""The menu titles the first frame shows; `complete_setup` fills them."""

TITLE_MAX_CHARS = 72
BOTTOM_PANEL_MIN = 76
BOTTOM_PANEL_MAX = 230
EMPTY_HINT = (
    "No document is open. Open one with File → Open… (Ctrl+O), paste text with Ctrl+Shift+V, or drop a file here."
)


def elide_title(title: str, limit: int = TITLE_MAX_CHARS) -> str:
    """Shorten at a word boundary so a title made from the first sentence still reads well; a dash at its end goes
    (the window's own " — " follows it)."""
    title = " ".join(title.split()).rstrip(" -–—―－") or title.strip()
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0] if " " in title[:limit] else title[:limit]
    return cut.rstrip(",;:") + "…"


def sentence_counts(document: Document) -> str:
    """"1 + 12 sentences" (prompt + article) or "12 sentences"."""
    counts = [len(passage.sentences) for passage in document.passages()]
    total = sum(counts)
    noun = "sentence" if total == 1 else "sentences"
    return f"{' + '.join(str(c) for c in counts)} {noun}"


def window_style_sheet(theme: Theme) -> str:
    """The window's own chrome: splitter handle, toolbar, status bar and dock titles."""
    return (
        f"QSplitter#readerSplitter::handle {{ background: {theme.border}; }}"
        f"QToolBar#mainToolbar {{ background: {theme.window}; border: none;"
        f" border-bottom: 1px solid {theme.border}; padding: 3px 8px; spacing: 4px; }}"
        f"QToolBar#mainToolbar QToolButton {{ padding: 4px 10px; border-radius: 4px; }}"
        f"QToolBar#mainToolbar QToolButton:hover {{ background: {theme.border}; }}"
        f"QStatusBar {{ border-top: 1px solid {theme.border}; }}"
        f"QStatusBar QLabel {{ color: {theme.muted_text}; padding: 0 6px; }}"
        f"QStatusBar::item {{ border: none; }}"
        f"QDockWidget {{ color: {theme.text}; }}"
        f"QDockWidget::title {{ background: {theme.window}; padding: 5px 8px;"
        f" border-top: 1px solid {theme.border}; }}"
    ) + (_dark_controls_style_sheet(theme) if theme.dark else "")


def _dark_controls_style_sheet(theme: Theme) -> str:
    """Fusion draws check boxes and slider grooves in shades of the window colour: on a dark window the box and the
    groove vanish (a bare ✓, an invisible slider), so they get visible colours here."""
    from reader_app.core.bundled import resource

    tick = Path(str(resource("icons/check-dark.svg"))).as_posix()
    return (
        f"QCheckBox::indicator {{ width: 13px; height: 13px; border: 1px solid {theme.label};"
        f" border-radius: 3px; background: {theme.base}; }}"
        f"QCheckBox::indicator:hover {{ border-color: {theme.accent}; }}"
        f"QCheckBox::indicator:checked {{ background: {theme.accent}; border-color: {theme.accent};"
        f" image: url({tick}); }}"
        f"QCheckBox::indicator:disabled {{ border-color: {theme.border}; background: {theme.window}; }}"
        f"QSlider::groove:horizontal {{ height: 4px; background: {theme.label}; border-radius: 2px; }}"
        f"QSlider::sub-page:horizontal {{ height: 4px; background: {theme.accent}; border-radius: 2px; }}"
        f"QSlider::handle:horizontal {{ width: 14px; margin: -6px 0; border-radius: 7px;"
        f" background: {theme.text}; border: 1px solid {theme.window}; }}"
        f"QSlider::handle:horizontal:disabled {{ background: {theme.label}; }}"
    )


DEFAULT_SIZE = (1400, 900)
FRAME_ALLOWANCE = (16, 48)
"""Room left for a window manager's borders and title bar before the window shows and they are known."""
FRAME_SETTLE_MS = 500


def first_run_size(area: QRect | None) -> tuple[int, int]:
    """The window's size on a first run (no saved geometry): the default, made smaller to fit `area` (the screen's
    available desktop) with its frame."""
    width, height = DEFAULT_SIZE
    if area is None or area.isEmpty():
        return width, height
    return min(width, area.width() - FRAME_ALLOWANCE[0]), min(height, area.height() - FRAME_ALLOWANCE[1])


DOCK_DRAG_SLACK = 4
"""Pixels a panel's size may move by itself (the layout rounding) before it counts as dragged by the reader."""


def bottom_panel_height(window_height: int) -> int:
    """First-run height of the bottom panels: a fifth of a tall window, less in a short one, where the text is what
    a reader came for (at 1024×700 a fifth left the text little more than half the window)."""
    short_by = max(0, 900 - window_height)
    return max(BOTTOM_PANEL_MIN, min(BOTTOM_PANEL_MAX, window_height // 5 - short_by // 3))


class _ResizeWatch(QObject):
    """Calls `on_resize` each time `watched` is resized."""

    def __init__(self, watched: QWidget, on_resize: Callable[[], None]) -> None:
        super().__init__(watched)
        self._on_resize = on_resize
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Resize:
            self._on_resize()
        return False


class _Menu(QMenu):
    """A menu that keeps some actions (Quit, About) at the bottom whatever features add later."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        self._pinned: list[QAction] = []
        self.aboutToShow.connect(self._sink_pinned)

    def pin_to_bottom(self, *actions: QAction) -> None:
        self._pinned.extend(actions)

    def _sink_pinned(self) -> None:
        actions = self.actions()
        if not self._pinned or actions[-len(self._pinned) :] == self._pinned:
            return
        for action in self._pinned:
            self.removeAction(action)
        for action in self._pinned:
            self.addAction(action)


def _document_name(path: Path | None, document: Document) -> str:
    """The status line's name of what is open: its file, the file a library copy was read from, or pasted text."""
    if path is not None:
        return path.name
    if document.source is not None:
        return f"{document.source.name} (library copy)"
    return "Pasted text"


class MainWindow(QMainWindow):
    """Shows a ReaderSession side by side; feature modules add docks, menus and toolbar items through its API."""

    translateSelectionRequested = Signal(object, object, object)
    """(PassageRole, Span, SideView): translate the selected span of that side's block."""
    highlightRequested = Signal(object, object, object, str)
    """(PassageRole, Span, SideView, colour name)"""
    noteRequested = Signal(object, object, object)
    """(PassageRole, Span, SideView)"""
    lookUpRequested = Signal(object, object, object)
    """(PassageRole, Span, SideView): look the selection up (a dictionary connects here and calls
    `set_look_up_available(True)`, which shows Look Up in the menus)."""
    copyWithSourceRequested = Signal(object, object, object)
    """(PassageRole, Span, SideView)"""
    searchLibraryRequested = Signal(str)
    themeChanged = Signal(object)
    """(Theme)"""
    zoomChanged = Signal(int)
    documentOpened = Signal(object)
    """(Path or None): the session's new document came from this file (None for pasted text)."""

    def __init__(
        self,
        session: ReaderSession,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        complete: bool = True,
        empty_hint: str = EMPTY_HINT,
    ) -> None:
        """`empty_hint` shows while no document is open. With `complete=False` the window has what its first frame
        shows and nothing more; the caller paints it, then calls `complete_setup()` (as `run_gui` does)."""
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._context_menu_key: QObject | None = None
        self._path: Path | None = None
        self._theme = theme_named(settings.theme)
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, settings.zoom))
        self._about_handler: Callable[[], object] = self._default_about
        self._menus: dict[str, QMenu] = {}
        self._toolbar_slots: dict[str, list[QAction]] = {}
        self._hover: tuple[Side, PassageRole, int] | None = None
        self._pinned: tuple[Side, PassageRole, int] | None = None
        self._load_task: TaskHandle | None = None
        self._render_task: TaskHandle | None = None
        self._busy_checks: list[Callable[[], bool]] = []
        self._openers: dict[str, Callable[[Path], object]] = {}
        self._features: dict[type[Feature], Feature] = {}
        self._bottom_tabs: list[QDockWidget] = []
        self._auto_docks: set[QDockWidget] = set()
        """Panels at their first-run size (never dragged): they follow the window's size."""
        self._auto_extent: dict[QDockWidget, int] = {}
        self._fit_pending = False
        self._resize_watch: _ResizeWatch | None = None
        self._new_docks: list[tuple[QDockWidget, Qt.DockWidgetArea]] = []
        self._open_filters: list[str] = []
        self._startup_fallback = False
        self.reopening_last = False
        """True while `open_startup` reopens the last file of the previous run (no file named): openers then show
        the newest work without asking about older saved versions."""
        self.last_error_box: QMessageBox | None = None
        self._completed = False
        # Style, palette and style sheet before the widgets exist, so each widget is polished once.
        apply_theme(self._theme)
        self.setStyleSheet(window_style_sheet(self._theme))

        self.cjk_view = SideView(Side.CJK, theme=self._theme, complete=False)
        self.english_view = SideView(Side.ENGLISH, theme=self._theme, complete=False)
        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("readerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.cjk_view)
        self.splitter.addWidget(self.english_view)
        self.setCentralWidget(self.splitter)
        for view in (self.cjk_view, self.english_view):
            view.set_zoom(self._zoom)
            self._connect_view(view)

        self.toolbar = QToolBar("Toolbar", self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)  # at the top
        # Made here rather than by menuBar() and statusBar(): see side_view._text_viewport for why.
        self.setMenuBar(QMenuBar(self))
        self.setStatusBar(QStatusBar(self))

        self.status = Status(self.statusBar(), complete=False)
        self.loader = DocumentLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)

        for name in FIRST_FRAME_MENUS:
            self.menu(name)
        self.open_action = QAction("&Open…", self)
        self.open_action.setIconText("Open")
        self.add_toolbar_item("open", self.open_action)

        self._replacing_big = False
        session.documentAboutToChange.connect(self._note_replaced_size)
        session.documentChanged.connect(self._on_document_changed)
        session.translationChanged.connect(self._on_translation_changed)
        session.targetChanged.connect(self._refresh_views)

        self.cjk_view.set_empty_hint(empty_hint)
        self._first_run_size: tuple[int, int] | None = None
        if self.settings.geometry is None:
            self._first_run_size = first_run_size(self._available_area())
        self.resize(*(self._first_run_size or DEFAULT_SIZE))
        self._restore_settings()
        self._apply_theme()
        self._refresh_views()
        if complete:
            self.complete_setup()

    def complete_setup(self) -> None:
        """What the first frame does without: the actions with their shortcuts, the menus' items, text-only toolbar
        buttons (features add some with icons) and the text views' input set-up. Called once, right after the first
        paint by `run_gui`, in the constructor otherwise; later calls do nothing.

        Before the first paint nothing touches PySide6's `Qt` namespace: its enum classes cost more to build than any
        other class the window uses (docs/performance.md, start-up)."""
        if self._completed:
            return
        self._completed = True
        from PySide6.QtCore import Qt

        from reader_app.ui.context_menu_key import ContextMenuKey

        self._context_menu_key = ContextMenuKey(self)

        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for view in self.views():
            view.complete()
        self.status.complete()
        self._create_actions()
        self._create_menus()
        self.swap_action.setChecked(self.sides_swapped())
        self._check_theme_action()

    # --- public API for features ----------------------------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        """The menu called `name` ("File", "Edit", "View", "Translate", "Tools", "Help", ...), created on demand."""
        key = name.replace("&", "")
        if key in self._menus:
            return self._menus[key]
        menu = _Menu(f"&{key}", self)
        menu.setObjectName(f"menu{key}")
        rank = MENU_ORDER.index(key) if key in MENU_ORDER else MENU_ORDER.index("Help") - 0.5
        before = None
        for other, other_menu in self._menus.items():
            other_rank = MENU_ORDER.index(other) if other in MENU_ORDER else MENU_ORDER.index("Help") - 0.5
            if other_rank > rank and (before is None or other_rank < before[0]):
                before = (other_rank, other_menu)
        bar = self.menuBar()
        if before is None:
            bar.addMenu(menu)
        else:
            bar.insertMenu(before[1].menuAction(), menu)
        self._menus[key] = menu
        return menu

    def add_toolbar_item(self, slot: str, item: QAction | QWidget) -> QAction:
        """Put `item` in the toolbar group `slot` (see TOOLBAR_SLOTS), keeping the design's order."""
        rank = TOOLBAR_SLOTS.index(slot) if slot in TOOLBAR_SLOTS else len(TOOLBAR_SLOTS)
        before: QAction | None = None
        for other_slot, actions in self._toolbar_slots.items():
            other_rank = TOOLBAR_SLOTS.index(other_slot) if other_slot in TOOLBAR_SLOTS else len(TOOLBAR_SLOTS)
            if other_rank > rank and actions:
                candidate = actions[0]
                if before is None or self.toolbar.actions().index(candidate) < self.toolbar.actions().index(before):
                    before = candidate
        group = self._toolbar_slots.setdefault(slot, [])
        if not group and slot != TOOLBAR_SLOTS[0]:
            # Each group after the first starts with a thin separator, as the " · " in the design sketch.
            separator = QAction(self.toolbar)
            separator.setSeparator(True)
            self._insert_toolbar_action(separator, before)
            group.append(separator)
        if isinstance(item, QAction):
            action = self._insert_toolbar_action(item, before)
        else:
            action = self.toolbar.addWidget(item) if before is None else self.toolbar.insertWidget(before, item)
        group.append(action)
        return action

    def _insert_toolbar_action(self, action: QAction, before: QAction | None) -> QAction:
        if before is None:
            self.toolbar.addAction(action)
        else:
            self.toolbar.insertAction(before, action)
        return action

    def add_dock(
        self,
        dock: QDockWidget,
        area: Qt.DockWidgetArea | None = None,
        tab_with_bottom: bool = False,
    ) -> None:
        """Add a movable, closable dock (on the right unless `area` says) whose place and visibility are remembered
        between runs."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget

        if area is None:
            area = Qt.DockWidgetArea.RightDockWidgetArea
        if not dock.objectName():
            dock.setObjectName(dock.windowTitle().replace(" ", "") or f"dock{len(self._docks())}")
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        tab_mates = [d for d in self._bottom_tabs if self.dockWidgetArea(d) == bottom]
        current_tab = next((d for d in tab_mates if d.isVisible() and not d.visibleRegion().isEmpty()), None)
        self.addDockWidget(area, dock)
        if tab_with_bottom and area == bottom:
            if tab_mates:
                self.tabifyDockWidget(tab_mates[-1], dock)
            self._bottom_tabs.append(dock)
        known = self.settings.value("window/docks", [])
        restored = isinstance(known, list) and dock.objectName() in known and self.restoreDockWidget(dock)
        if restored and self.isVisible():
            # A dock restored into an already shown window stays hidden unless told: show what was open last time.
            hidden = self.settings.value("window/hiddenDocks", [])
            dock.setVisible(not (isinstance(hidden, list) and dock.objectName() in hidden))
        automatic = self.settings.value("window/autoSizedDocks", []) if restored else []
        pending = [new for new, _area in self._new_docks]
        laid_out_tabs = [d for d in self.tabifiedDockWidgets(dock) if d not in pending]
        if laid_out_tabs:
            # It takes the size of the tabs it joined: sizing it would resize them, and the text, under the reader.
            if any(d in self._auto_docks for d in laid_out_tabs):
                self._auto_docks.add(dock)
        elif not restored or (isinstance(automatic, list) and dock.objectName() in automatic):
            self._new_docks.append((dock, area))  # never dragged: sized for this window, not the last one
            if self.isVisible():
                QTimer.singleShot(0, self._layout_new_docks)
        if current_tab is not None:
            current_tab.raise_()  # a panel added while reading joins the tabs without taking the reader's
        self._panels_menu().addAction(dock.toggleViewAction())

    def _layout_new_docks(self) -> None:
        """First-run sizes that leave the text most of the window: a short bottom strip, a narrow side panel."""

        new, self._new_docks = self._new_docks, []
        if not new:
            return
        if self._bottom_tabs and any(dock is self._bottom_tabs[0] for dock, _area in new):
            self._bottom_tabs[0].raise_()  # the first tabs laid out: the first is the one shown
        for dock, _area in new:
            self._auto_docks.add(dock)
        if self._resize_watch is None:
            # An event filter, not a resizeEvent override: that would run before the first paint (see complete_setup).
            self._resize_watch = _ResizeWatch(self, self._refit_later)
        self._fit_auto_docks([dock for dock, _area in new])  # a panel added later leaves the others as they are

    def _dock_size(self, dock: QDockWidget) -> tuple[int, int, Qt.Orientation] | None:
        """(its extent now, the first-run extent for this window's size, the orientation they are along)."""
        from PySide6.QtCore import Qt

        area = self.dockWidgetArea(dock)
        if area == Qt.DockWidgetArea.BottomDockWidgetArea:
            return dock.height(), bottom_panel_height(self.height()), Qt.Orientation.Vertical
        if area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
            return dock.width(), max(220, min(340, self.width() // 5)), Qt.Orientation.Horizontal
        return None

    def _fit_auto_docks(self, only: list[QDockWidget] | None = None) -> None:
        """Give the panels the reader never dragged (of `only`, when given) their first-run size for the window's
        size now (a window made smaller kept panels sized for the bigger one); one the reader dragged keeps its size
        from then on."""
        self._fit_pending = False
        self._drop_dragged_docks()
        for dock in list(self._auto_docks):
            if only is not None and dock not in only:
                continue
            sized = self._dock_size(dock)
            if sized is not None and dock.isVisible() and abs(sized[0] - sized[1]) > DOCK_DRAG_SLACK:
                self.resizeDocks([dock], [sized[1]], sized[2])
        QTimer.singleShot(0, self._note_auto_extents)  # what the layout gave them, once laid out

    def _drop_dragged_docks(self) -> None:
        """Panels whose size moved since it was last given (the reader dragged an edge) keep theirs from now on."""
        for dock in list(self._auto_docks):
            sized = self._dock_size(dock) if not dock.isFloating() else None
            given = self._auto_extent.get(dock)
            if sized is None or (given is not None and dock.isVisible() and abs(sized[0] - given) > DOCK_DRAG_SLACK):
                for gone in (dock, *self.tabifiedDockWidgets(dock)):  # tabs share the size dragged
                    self._auto_docks.discard(gone)
                    self._auto_extent.pop(gone, None)

    def _note_auto_extents(self) -> None:
        for dock in self._auto_docks:
            sized = self._dock_size(dock)
            if sized is not None and dock.isVisible():
                self._auto_extent[dock] = sized[0]

    def _refit_later(self) -> None:
        if self._auto_docks and not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self._fit_auto_docks)

    def add_feature(self, feature: Feature) -> None:
        """Called by `Feature.__init__`: `feature(type(feature))` finds it from now on."""
        kind = type(feature)
        if kind in self._features:
            raise ValueError(f"{kind.__name__} is installed already; its module's install() returns that one")
        self._features[kind] = feature

    def feature(self, kind: type[F]) -> F | None:
        """The installed feature of class `kind` (e.g. `window.feature(FactsFeature)`), None when not installed."""
        found = self._features.get(kind)
        return found if isinstance(found, kind) else None

    def features(self) -> list[Feature]:
        """The installed features, in install order."""
        return list(self._features.values())

    def register_opener(self, suffix: str, opener: Callable[[Path], object], filter_label: str) -> None:
        """Files ending in `suffix` (e.g. ".json") go to `opener` instead of the document loader.

        The opener reports its own errors (`show_error`) and shows its result (`open_document`)."""
        suffix = suffix.lower() if suffix.startswith(".") else f".{suffix.lower()}"
        self._openers[suffix] = opener
        self._open_filters.append(f"{filter_label} (*{suffix})")

    def set_about_handler(self, handler: Callable[[], object]) -> None:
        """Replace the minimal About box (the packaging feature installs the full dialog here)."""
        self._about_handler = handler

    def set_look_up_available(self, available: bool) -> None:
        """Show Look Up in the text's menu and selection bar (a dictionary is ready to answer `lookUpRequested`)."""
        for view in self.views():
            view.set_look_up_available(available)

    def view_for_lang(self, lang: str) -> SideView:
        return self.cjk_view if is_cjk(lang) else self.english_view

    def view_for_side(self, side: Side) -> SideView:
        return self.cjk_view if side is Side.CJK else self.english_view

    def views(self) -> tuple[SideView, SideView]:
        return self.cjk_view, self.english_view

    def theme(self) -> Theme:
        return self._theme

    def zoom(self) -> int:
        return self._zoom

    def current_path(self) -> Path | None:
        """The file the current document came from; None for pasted text or before anything loaded."""
        return self._path

    def loading(self) -> bool:
        """A document is being read or still being laid into the views."""
        return self.loader.busy() or any(view.rendering() for view in self.views())

    def add_busy_check(self, check: Callable[[], bool]) -> None:
        """Let a feature report background work (e.g. fact extraction) so `--screenshot` waits for it."""
        self._busy_checks.append(check)

    def busy(self) -> bool:
        """Anything still working: loading, laying out, status-bar tasks or a feature's background job."""
        return self.loading() or self.status.busy() or any(check() for check in self._busy_checks)

    def open_path(self, path: Path) -> None:
        """Load `path` off the UI thread; on failure an error dialog shows and the current document stays."""
        path = Path(path).expanduser()
        opener = self._openers.get(path.suffix.lower())
        if opener is not None:
            opener(path)
            return
        if self._load_task is not None:
            self._load_task.finish()
        self._load_task = self.status.start_task(f"Opening {path.name}…", self.loader.cancel)
        self.loader.load(path)

    def open_document(self, document: Document, path: Path | None = None) -> None:
        """Show an already built document (pasted text, tests, the library)."""
        self._path = path
        self.session.set_document(document)
        self.documentOpened.emit(path)

    def open_startup(self, path: Path | None) -> None:
        """What to show at launch: `path`, else the most recent file, else the bundled sample."""
        if path is None and self._existing_recent_files():
            self._startup_fallback = True  # a recent file that fails to open falls back to the sample
        self.reopening_last = path is None
        try:
            self.open_path(self.startup_path(path))
        finally:
            self.reopening_last = False

    def startup_path(self, path: Path | None) -> Path:
        """The file `open_startup(path)` opens."""
        if path is not None:
            return path
        recent = self._existing_recent_files()
        return recent[0] if recent else bundled_sample_path()

    def _existing_recent_files(self) -> list[Path]:
        return [p for p in self.settings.recent_files if p.is_file()]

    def set_theme(self, name: str) -> None:
        self._theme = theme_named(name)
        self.settings.theme = self._theme.name
        self._apply_theme()

    def set_zoom(self, zoom: int) -> None:
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        if zoom == self._zoom:
            return
        self._zoom = zoom
        self.settings.zoom = zoom
        for view in self.views():
            view.set_zoom(zoom)
        self.zoomChanged.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    def sides_swapped(self) -> bool:
        return self.splitter.widget(0) is self.english_view

    def set_sides_swapped(self, swapped: bool) -> None:
        """English on the left when `swapped`; the CJK side is on the left by default."""
        if swapped != self.sides_swapped():
            # By widget: the splitter may hold more than the two columns (the interleaved column, hidden).
            splitter = self.splitter
            sizes = {id(splitter.widget(i)): size for i, size in enumerate(splitter.sizes())}
            splitter.insertWidget(0, self.english_view if swapped else self.cjk_view)
            splitter.setSizes([sizes.get(id(splitter.widget(i)), 0) for i in range(splitter.count())])
        left, right = (self.english_view, self.cjk_view) if swapped else (self.cjk_view, self.english_view)
        QWidget.setTabOrder(left.editor, right.editor)
        self.settings.swapped = swapped
        if self._completed and self.swap_action.isChecked() != swapped:
            self.swap_action.setChecked(swapped)

    # --- actions and menus ----------------------------------------------------------------------------------------

    def _action(
        self,
        text: str | QAction,
        slot: Callable[..., object],
        shortcut: QKeySequence.StandardKey | str | None = None,
        tip: str | None = None,
        checkable: bool = False,
    ) -> QAction:
        """A window-wide action (its shortcut works wherever the focus is) with `text`, or `text` itself made one."""
        from PySide6.QtGui import QKeySequence

        action = text if isinstance(text, QAction) else QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            bindings = QKeySequence.keyBindings(shortcut)
            fallback = _STANDARD_FALLBACKS.get(shortcut.name)
            if not bindings and fallback:
                bindings = [QKeySequence(fallback)]
            action.setShortcuts(bindings)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setCheckable(checkable)
        # Checkable actions report their new state; the others call `slot()` without Qt's `checked` argument.
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        from PySide6.QtGui import QActionGroup, QKeySequence

        key = QKeySequence.StandardKey
        self._action(self.open_action, self.choose_file, key.Open, "Open a document")
        self.paste_action = self._action(
            "&Paste as New Document", self.paste_as_document, "Ctrl+Shift+V", "Open the clipboard's text as a document"
        )
        self.quit_action = self._action("&Quit", self.close, key.Quit, "Quit the reader")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.copy_action = self._action("&Copy", self.copy_selection, key.Copy, "Copy the selected text")
        self.select_all_action = self._action("Select &All", self.select_all, key.SelectAll, "Select the whole side")
        self.zoom_in_action = self._action("Zoom &In", self.zoom_in, key.ZoomIn, "Larger text on both sides")
        self.zoom_out_action = self._action("Zoom &Out", self.zoom_out, key.ZoomOut, "Smaller text on both sides")
        self.zoom_reset_action = self._action("&Reset Zoom", self.zoom_reset, "Ctrl+0", "Default text size")
        self.swap_action = self._action(
            "&Swap Sides", self.set_sides_swapped, "Ctrl+Shift+X", "Put English on the left", checkable=True
        )
        self.switch_side_action = self._action(
            "Switch to the &Other Side", self.focus_other_side, "F6", "Move the keyboard focus to the other side"
        )
        self.next_sentence_action = self._action(
            "&Next Sentence", lambda: self.step_sentence(1), "Alt+Down", "Mark the next sentence on both sides"
        )
        self.previous_sentence_action = self._action(
            "P&revious Sentence", lambda: self.step_sentence(-1), "Alt+Up", "Mark the previous sentence on both sides"
        )
        self.light_action = self._action("&Light Theme", lambda: self.set_theme("light"), "Ctrl+Shift+L")
        self.dark_action = self._action("&Dark Theme", lambda: self.set_theme("dark"), "Ctrl+Shift+D")
        themes = QActionGroup(self)
        for action in (self.light_action, self.dark_action):
            action.setCheckable(True)
            themes.addAction(action)
        # F1 (the platform's help key) opens Help → Reading Guide, which the help feature adds.
        self.about_action = self._action(f"&About {APP_DISPLAY_NAME}", lambda: self._about_handler())
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _create_menus(self) -> None:
        file_menu = self.menu("File")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.paste_action)
        quit_separator = file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        assert isinstance(file_menu, _Menu)
        file_menu.pin_to_bottom(quit_separator, self.quit_action)

        edit_menu = self.menu("Edit")
        edit_menu.addAction(self.copy_action)
        edit_menu.addAction(self.select_all_action)

        view_menu = self.menu("View")
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.swap_action)
        view_menu.addAction(self.switch_side_action)
        view_menu.addAction(self.next_sentence_action)
        view_menu.addAction(self.previous_sentence_action)
        view_menu.addSeparator()
        view_menu.addAction(self.light_action)
        view_menu.addAction(self.dark_action)
        view_menu.addSeparator()
        self._panels = view_menu.addMenu("&Panels")
        self._panels.setObjectName("menuPanels")
        self._panels.addAction(self.toolbar.toggleViewAction())
        self.toolbar.toggleViewAction().setText("&Toolbar")

        help_menu = self.menu("Help")
        help_menu.addAction(self.about_action)
        assert isinstance(help_menu, _Menu)
        help_menu.pin_to_bottom(self.about_action)

    def _panels_menu(self) -> QMenu:
        return self._panels

    def _docks(self) -> list[QDockWidget]:
        from PySide6.QtWidgets import QDockWidget

        return self.findChildren(QDockWidget)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for number, path in enumerate(recent, start=1):
            label = f"&{number} {path.name}" if number < 10 else path.name
            action = self.recent_menu.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, path=path: self.open_path(path))
        if not recent:
            empty = self.recent_menu.addAction("No recent documents")
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("&Clear Recent", self.settings.clear_recent_files)

    def _default_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            f"About {APP_DISPLAY_NAME}",
            f"<h3>{APP_DISPLAY_NAME} {__version__}</h3>"
            "<p>Read Chinese or Japanese and English news side by side, sentence by sentence.</p>",
        )

    # --- slots --------------------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from reader_app.core.document_formats import open_dialog_filters

        start = str(self._path.parent) if self._path is not None else ""
        filters = ";;".join([*open_dialog_filters(), *self._open_filters, "All files (*)"])
        name, _filter = QFileDialog.getOpenFileName(self, "Open Document", start, filters)
        if name:
            self.open_path(Path(name))

    def paste_as_document(self) -> None:
        from PySide6.QtGui import QGuiApplication

        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.status.show_message("The clipboard holds no text to open.")
            return
        if self._load_task is not None:
            self._load_task.finish()
        self._load_task = self.status.start_task("Reading the pasted text…", self.loader.cancel)
        self.loader.load_text(text)

    def _view_with_focus(self) -> SideView | None:
        """The side whose text has the keyboard focus, also while the window is not the active one (a dialog just
        closed, no window manager): `hasFocus()` is False then, `focusWidget()` still says where focus will return."""
        focus = self.focusWidget()  # also the editor's viewport counts: isAncestorOf is True for the editor itself
        for view in self.views():
            if view.editor.hasFocus() or (focus is not None and view.editor.isAncestorOf(focus)):
                return view
        return None

    def _focused_view(self) -> SideView:
        view = self._view_with_focus()
        if view is not None:
            return view
        for view in self.views():
            if view.editor.textCursor().hasSelection():
                return view
        return self.cjk_view if not self.sides_swapped() else self.english_view

    def focus_other_side(self) -> None:
        focused = self._view_with_focus()
        target = self._other(focused) if focused is not None else self._focused_view()
        from PySide6.QtCore import Qt

        target.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def copy_selection(self) -> None:
        self._focused_text().copy()

    def _focused_text(self) -> QTextEdit:
        """The shown, read-only text with the focus (a side, the interleaved column, the summary), else a side's."""
        from PySide6.QtWidgets import QTextEdit

        focus: QWidget | None = self.focusWidget()
        while focus is not None and not isinstance(focus, QTextEdit):
            focus = focus.parentWidget()
        if isinstance(focus, QTextEdit) and focus.isVisible() and focus.isReadOnly():
            return focus
        return self._focused_view().editor

    def select_all(self) -> None:
        text = self._focused_text()
        text.setFocus()
        text.selectAll()

    def show_error(self, title: str, message: str) -> None:
        """A window-modal, non-blocking error box; the reader's work stays as it was."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_error_box = box
        box.open()

    def _on_loaded(self, document: Document, path: Path | None) -> None:
        self._finish_load_task()
        self._startup_fallback = False
        if path is None:
            self.open_document(document, None)
            self.status.show_message("Opened the clipboard's text as a new document.")
            return
        self.settings.add_recent_file(path)
        self.open_document(document, path)
        self.status.show_message(f"Opened {path.name}.", 4000)

    def _on_load_failed(self, message: str, path: Path | None) -> None:
        self._finish_load_task()
        if path is None:
            self.show_error("Cannot open the pasted text", message)
            return
        if not path.exists():
            self.settings.remove_recent_file(path)
        if self._startup_fallback:
            self._startup_fallback = False
            self.status.show_message(f"Could not reopen {path.name}: {message}")
            self.open_path(bundled_sample_path())
            return
        self.show_error("Could not open document", message)

    def _finish_load_task(self) -> None:
        if self._load_task is not None:
            self._load_task.finish()
            self._load_task = None

    def _note_replaced_size(self) -> None:
        document = self.session.document()
        chars = sum(len(p.text) for p in document.passages()) if document is not None else 0
        self._replacing_big = chars >= BIG_TEXT_CHARS

    def _on_document_changed(self, _document: object) -> None:
        self._hover = None
        self._pinned = None
        self._refresh_views(opened=True)
        if self._replacing_big:
            # Once every feature has let go of the old document (they do so on this signal).
            self._replacing_big = False
            QTimer.singleShot(0, release_freed_memory)

    def _on_translation_changed(self, _role: object) -> None:
        self._refresh_views()
        self._apply_sync()

    def _refresh_views(self, *, opened: bool = False) -> None:
        """Show the session's blocks; a document just `opened` shows from its top (not where the last one was)."""
        for view in self.views():
            view.set_blocks(self.session.blocks(view.side), self.session.side_lang(view.side), keep_scroll=not opened)
        document = self.session.document()
        if document is None:
            self.setWindowTitle(APP_DISPLAY_NAME)
            self.status.set_document_text("No document")
            return
        pair = self.session.language_pair()
        self.setWindowTitle(f"{elide_title(document.title)} — {pair}")
        name = _document_name(self._path, document)
        parts = [name, pair, *self._models_in_use(), sentence_counts(document)]
        self.status.set_document_text(" · ".join(parts))

    def _models_in_use(self) -> list[str]:
        """"ja→en model 1.9" per translation shown (with the versions of a pivot's two models)."""
        labels: list[str] = []
        for translation in self.session.translations().values():
            parts = [part.strip() for part in translation.package.split("+") if part.strip()]
            packages = [part for part in parts if not part.startswith("OpenCC ")]  # a script conversion step
            if not packages or translation.package == "identity":
                continue
            versions = " + ".join(part.rsplit(" ", 1)[-1] for part in packages)
            noun = "model" if len(packages) == 1 else "models"
            label = f"{translation.source_lang}→{translation.target_lang} {noun} {versions}"
            if len(parts) > len(packages):
                label += " via Simplified"
            if label not in labels:
                labels.append(label)
        return labels

    # --- sentence sync -------------------------------------------------------------------------------------------

    def _connect_view(self, view: SideView) -> None:
        view.sentenceHovered.connect(lambda role, index, view=view: self._on_hovered(view, role, index))
        view.sentenceClicked.connect(lambda role, index, view=view: self._on_clicked(view, role, index))
        view.translateRequested.connect(
            lambda role, span, view=view: self.translateSelectionRequested.emit(role, span, view)
        )
        view.highlightRequested.connect(
            lambda role, span, colour, view=view: self.highlightRequested.emit(role, span, view, colour)
        )
        view.noteRequested.connect(lambda role, span, view=view: self.noteRequested.emit(role, span, view))
        view.lookUpRequested.connect(lambda role, span, view=view: self.lookUpRequested.emit(role, span, view))
        view.copyWithSourceRequested.connect(
            lambda role, span, view=view: self.copyWithSourceRequested.emit(role, span, view)
        )
        view.searchLibraryRequested.connect(self.searchLibraryRequested)
        view.renderingChanged.connect(self._on_rendering_changed)
        view.zoomRequested.connect(lambda step: self.set_zoom(self._zoom + step))

    def _on_rendering_changed(self, _rendering: bool) -> None:
        """A long article is laid in slices; show that in the status bar until both sides are done."""
        busy = any(view.rendering() for view in self.views())
        if busy and self._render_task is None:
            self._render_task = self.status.start_task("Laying out the text…")
        elif not busy and self._render_task is not None:
            self._render_task.finish()
            self._render_task = None

    def _other(self, view: SideView) -> SideView:
        return self.english_view if view is self.cjk_view else self.cjk_view

    def _on_hovered(self, view: SideView, role: PassageRole | None, index: int) -> None:
        self._hover = (view.side, role, index) if role is not None and index >= 0 else None
        self._apply_sync()

    def _on_clicked(self, view: SideView, role: PassageRole | None, index: int) -> None:
        if role is None or index < 0:
            self._pinned = None
            self._apply_sync()
            return
        from PySide6.QtCore import Qt

        self._pinned = (view.side, role, index)
        view.editor.setFocus(Qt.FocusReason.MouseFocusReason)  # the keys step on from here (synthetic clicks too)
        self._apply_sync()
        view.scroll_to_sentence(role, index)
        if self.session.is_aligned(role):
            self._other(view).scroll_to_sentence(role, index)

    def step_sentence(self, step: int) -> None:
        """Move the marked sentence by `step` through prompt then article, scrolling both sides to it.

        The side with the focus steps; with no focus anywhere, the side of the clicked (pinned) sentence."""
        view = self._view_with_focus()
        if view is None:
            view = self.view_for_side(self._pinned[0]) if self._pinned is not None else self._focused_view()
        sentences = [
            (block.role, index)
            for block in view.blocks()
            if block.passage is not None
            for index in range(len(block.passage.sentences))
        ]
        if not sentences:
            return
        current = (self._pinned[1], self._pinned[2]) if self._pinned and self._pinned[0] is view.side else None
        position = sentences.index(current) + step if current in sentences else (0 if step > 0 else -1)
        role, index = sentences[max(0, min(len(sentences) - 1, position))]
        self._on_clicked(view, role, index)

    def _apply_sync(self) -> None:
        """Tint the hovered (or last clicked) sentence, and its counterpart when the sides are aligned."""
        active = self._hover or self._pinned
        if active is None:
            for view in self.views():
                view.set_sentence_highlight(None, -1)
            return
        side, role, index = active
        source = self.view_for_side(side)
        source.set_sentence_highlight(role, index)
        other = self._other(source)
        if self.session.is_aligned(role):
            other.set_sentence_highlight(role, index)
        else:
            other.set_sentence_highlight(None, -1)

    # --- theme, settings, window events -----------------------------------------------------------------------

    def _apply_theme(self) -> None:
        theme = self._theme
        apply_theme(theme)
        for view in self.views():
            view.set_theme(theme)
        self._check_theme_action()
        sheet = window_style_sheet(theme)
        if sheet != self.styleSheet():  # setting it again re-polishes every child
            self.setStyleSheet(sheet)
        self.themeChanged.emit(theme)

    def _check_theme_action(self) -> None:
        if self._completed:
            self.light_action.setChecked(self._theme.name == "light")
            self.dark_action.setChecked(self._theme.name == "dark")

    def _restore_settings(self) -> None:
        if (geometry := self.settings.geometry) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.window_state) is not None:
            self.restoreState(state)
        if (splitter := self.settings.splitter_state) is not None:
            self.splitter.restoreState(splitter)
        self.set_sides_swapped(self.settings.swapped)

    def save_settings(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.set_value("window/docks", [dock.objectName() for dock in self._docks()])
        self.settings.set_value(
            "window/hiddenDocks", [d.objectName() for d in self._docks() if not d.toggleViewAction().isChecked()]
        )
        self._drop_dragged_docks()
        self.settings.set_value("window/autoSizedDocks", sorted(d.objectName() for d in self._auto_docks))
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()

    def _available_area(self) -> QRect | None:
        """The desktop of the screen the window opens on, less the panels and docks of the system."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else None

    def _fit_first_run_window(self) -> None:
        """Once the window manager's frame is known, bring a first-run window wholly onto the desktop (its status
        bar, with the progress and Cancel of long work, was below the screen's edge). A size the reader or a caller
        chose is left alone."""
        area = self._available_area()
        if self._first_run_size is None or area is None or self.isMaximized() or self.isFullScreen():
            return
        if (self.width(), self.height()) != self._first_run_size:
            self._first_run_size = None
            return
        frame = self.frameGeometry()
        if area.contains(frame):
            return
        extra_width, extra_height = frame.width() - self.width(), frame.height() - self.height()
        width = max(self.minimumWidth(), min(self.width(), area.width() - extra_width))
        height = max(self.minimumHeight(), min(self.height(), area.height() - extra_height))
        self.resize(width, height)
        self._first_run_size = (self.width(), self.height())
        left = max(area.left(), min(frame.left(), area.right() + 1 - (width + extra_width)))
        top = max(area.top(), min(frame.top(), area.bottom() + 1 - (height + extra_height)))
        self.move(left, top)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_run_size is not None:
            # The frame of a window manager arrives some time after the window shows: look now and once more.
            QTimer.singleShot(0, self._fit_first_run_window)
            QTimer.singleShot(FRAME_SETTLE_MS, self._fit_first_run_window)
        if self._new_docks:
            # Dock sizes only stick once the window is laid out, so apply them from the event loop.
            QTimer.singleShot(0, self._layout_new_docks)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        # Gone from the screen first (the window system is told at once): the last saves must not leave it up.
        self.hide()
        self.loader.cancel()
        for feature in reversed(self.features()):  # the ones installed first (the reading store) stop last
            try:
                feature.shutdown()
            except Exception:  # one feature's failure must not keep the others from saving and stopping
                log.exception("%s did not shut down cleanly", type(feature).__name__)
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_path(paths[0])


def bundled_sample_path() -> Path:
    """A real file for the bundled sample (copied out of the package when it is zipped)."""
    from importlib import resources

    from reader_app.core.app_paths import data_dir
    from reader_app.core.bundled import SAMPLE_NAME, resource

    item = resource(SAMPLE_NAME)
    if isinstance(item, Path) and item.is_file():
        return item
    target = data_dir() / "sample" / SAMPLE_NAME
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        with resources.as_file(item) as source:
            target.write_bytes(Path(source).read_bytes())
    return target

