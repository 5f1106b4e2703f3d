"""A chart drawn from data that changed while it was drawn is never kept nor shown: the
canvas draws it again from the new data, even under the same key (the same round)."""

import threading

from PySide6.QtCore import QThreadPool

from pps_monitor.ui.common.chart_canvas import ChartCanvas


def titled(title, gate=None):
    def build(fig):
        if gate is not None:
            gate.wait(10)
        fig.add_subplot().set_title(title)
        return fig

    return build


def title_of(canvas):
    return canvas.figure.axes[0].get_title()


def test_data_changed_during_a_render_draws_again(qtbot):
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(400, 300)
    canvas.show()
    gate = threading.Event()
    canvas.show_chart(titled("old data", gate), key="round-1")
    assert canvas.pending()
    canvas.forget()  # the data changed while the old chart is being drawn
    canvas.show_chart(titled("new data"), key="round-1")
    gate.set()
    qtbot.waitUntil(lambda: not canvas.pending() and canvas.figure is not None, timeout=10_000)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    assert title_of(canvas) == "new data"
    # and the image kept for that key is the new one too
    canvas.show_chart(titled("unused"), key="round-1")
    assert title_of(canvas) == "new data"


def test_a_prefetch_made_before_the_change_is_not_kept(qtbot):
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(400, 300)
    canvas.show()
    canvas.show_chart(titled("round 1"), key="round-1")
    qtbot.waitUntil(lambda: not canvas.pending(), timeout=10_000)
    gate = threading.Event()
    canvas.prefetch([(titled("old round 2", gate), "round-2")])
    canvas.forget()
    gate.set()
    qtbot.waitUntil(canvas.idle, timeout=10_000)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    canvas.show_chart(titled("new round 2"), key="round-2")
    qtbot.waitUntil(lambda: not canvas.pending(), timeout=10_000)
    assert title_of(canvas) == "new round 2"
