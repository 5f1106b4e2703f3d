"""The button row's layout keeps its sizes between layout passes (issue 15: switching
partnership asked for them hundreds of times) and forgets them when a button changes."""

from PySide6.QtWidgets import QPushButton, QWidget

from pps_monitor.ui.common.flow_layout import FlowLayout


def _row(qtbot, texts):
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    buttons = [QPushButton(t) for t in texts]
    for b in buttons:
        layout.addWidget(b)
    host.show()
    return host, layout, buttons


def _settle(qtbot, host, width):
    host.resize(width, 200)
    qtbot.wait(20)


def test_buttons_wrap_and_follow_changes(qtbot):
    host, layout, buttons = _row(qtbot, ["Een", "Twee", "Drie", "Vier"])
    one_line = sum(b.sizeHint().width() for b in buttons) + 6 * 3
    _settle(qtbot, host, one_line + 10)
    assert len({b.y() for b in buttons}) == 1
    assert layout.heightForWidth(one_line + 10) == buttons[0].sizeHint().height()
    # a longer text: the new width is used, not the one kept from before
    buttons[0].setText("Een veel langere tekst op deze knop")
    qtbot.wait(20)
    assert buttons[0].width() == buttons[0].sizeHint().width()
    assert len({b.y() for b in buttons}) == 2  # no longer fits on one line
    assert layout.minimumSize().width() >= buttons[0].minimumSizeHint().width()
    # a hidden button takes no place: the rest fits on one line again
    buttons[0].hide()
    qtbot.wait(20)
    assert len({b.y() for b in buttons[1:]}) == 1
    # a button added later is laid out too
    extra = QPushButton("Vijf")
    layout.addWidget(extra)
    qtbot.wait(20)
    assert extra.width() == extra.sizeHint().width()
