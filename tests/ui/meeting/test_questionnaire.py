from PySide6.QtCore import Qt

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.ui.meeting.questionnaire import QuestionnaireWidget, build_pages


def test_one_dimension_per_page_and_risk_pages():
    inst = default_instrument()
    pages = build_pages(inst, "en", "Risks")
    assert [p.comment_key for p in pages[:15]] == [d.code for d in inst.dimensions]
    assert sum(len(p.items) for p in pages) == 60
    assert pages[-1].comment_key == "risks"


def test_keys_answer_move_and_go_back(qtbot):
    q = QuestionnaireWidget(default_instrument(), "nl")
    qtbot.addWidget(q)
    qtbot.keyClick(q, "5")
    qtbot.keyClick(q, Qt.Key.Key_Return)
    qtbot.keyClick(q, "0")
    assert q.rows[0][0].value() == 5 and q.rows[0][1].value() is None  # 0 = don't know
    qtbot.keyClick(q, Qt.Key.Key_Backspace)
    qtbot.keyClick(q, "2")
    assert q.rows[0][0].value() == 2
    for _ in range(len(q.rows[0])):
        qtbot.keyClick(q, Qt.Key.Key_Return)
    assert q.page_index == 1 and q.item_index == 0
    qtbot.keyClick(q, Qt.Key.Key_Backspace)
    assert (q.page_index, q.item_index) == (0, len(q.rows[0]) - 1)


def test_comment_is_kept_with_its_dimension(qtbot):
    q = QuestionnaireWidget(default_instrument(), "en")
    qtbot.addWidget(q)
    got = []
    q.submitted.connect(lambda a, c: got.append((a, c)))
    q.comments[0].setText("Afspraken staan eindelijk op papier")
    for page in range(len(q.pages)):
        q._show_page(page)
        for _ in q.rows[page]:
            qtbot.keyClick(q, "4")
            qtbot.keyClick(q, Qt.Key.Key_Return)
    assert q.on_summary
    qtbot.keyClick(q, Qt.Key.Key_Return)
    answers, comments = got[0]
    assert len(answers) == 60 and set(answers.values()) == {4}
    assert comments == {"CC-AGR": "Afspraken staan eindelijk op papier"}
