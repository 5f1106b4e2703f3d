from PySide6.QtCore import Qt

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.ui.meeting.questionnaire import QuestionnaireWidget, build_pages


def test_one_dimension_per_page_and_risk_pages():
    inst = default_instrument()
    pages = build_pages(inst, "en", "Risks")
    dims = len(inst.dimensions)
    assert [p.comment_key for p in pages[:dims]] == [d.code for d in inst.dimensions]
    assert sum(len(p.items) for p in pages) == len(inst.items)
    assert pages[-1].comment_key == "risks"


def test_keys_answer_move_and_go_back(qtbot):
    q = QuestionnaireWidget(default_instrument(), "nl")
    qtbot.addWidget(q)
    qtbot.keyClick(q, "5")
    qtbot.keyClick(q, Qt.Key.Key_Return)
    qtbot.keyClick(q, "0")
    assert q.rows[0][0].value() == 5 and q.rows[0][1].value() is None  # 0 = don't know
    # An answer moves on (issue 13), so "0" left the third statement highlighted.
    qtbot.keyClick(q, Qt.Key.Key_Backspace)
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
    assert len(answers) == len(default_instrument().items) and set(answers.values()) == {4}
    assert comments == {"CC-AGR": "Afspraken staan eindelijk op papier"}


def _focused(q):
    """The widget that has (or will have, once the window is active) the keyboard focus."""
    return q.focusWidget()


def test_an_answer_moves_to_the_next_statement_and_the_last_turns_the_page(qtbot):
    q = QuestionnaireWidget(default_instrument(), "en")
    qtbot.addWidget(q)
    q.show()
    q._answered_at = -1e9
    q.answer(3)
    assert (q.page_index, q.item_index) == (0, 1)
    for _ in range(len(q.rows[0]) - 1):
        q.answer(4)
    assert (q.page_index, q.item_index) == (1, 0)


def test_enter_in_a_comment_goes_to_the_first_statement_of_the_next_page(qtbot):
    q = QuestionnaireWidget(default_instrument(), "en")
    qtbot.addWidget(q)
    q.show()
    q.setFocus()
    qtbot.keyClick(q, Qt.Key.Key_Tab)
    comment = q.comments[0]
    assert _focused(q) is comment
    qtbot.keyClicks(comment, "Goede afspraken")
    qtbot.keyClick(comment, Qt.Key.Key_Return)
    assert (q.page_index, q.item_index) == (1, 0)  # the first statement, not the second
    assert _focused(q) is q
    qtbot.keyClick(q, "2")
    assert q.rows[1][0].value() == 2 and comment.text() == "Goede afspraken"


def test_the_summary_lists_unanswered_statements_by_text_and_goes_to_them(qtbot):
    inst = default_instrument()
    q = QuestionnaireWidget(inst, "en")
    qtbot.addWidget(q)
    q.show()
    skipped = {(0, 1), (3, 0), (len(q.pages) - 1, 2)}
    for page, rows in enumerate(q.rows):
        for index, row in enumerate(rows):
            if (page, index) not in skipped:
                row.set_value(4)
    q._show_page(len(q.pages))
    texts = [q.missing_list.item(k).text() for k in range(q.missing_list.count())]
    expected = sorted(skipped)
    assert len(texts) == 3
    for text, (page, index) in zip(texts, expected, strict=True):
        row = q.rows[page][index]
        assert row.item.text("en") in text and text.startswith(f"{row.number}. ")
    assert not q.submit_button.isEnabled()

    # Enter alone goes nowhere; Down, Down, Enter: to the second one; answering it
    # comes back to the summary.
    qtbot.keyClick(q, Qt.Key.Key_Return)
    assert q.on_summary
    qtbot.keyClick(q, Qt.Key.Key_Down)
    qtbot.keyClick(q, Qt.Key.Key_Down)
    qtbot.keyClick(q, Qt.Key.Key_Return)
    assert (q.page_index, q.item_index) == expected[1]
    qtbot.keyClick(q, "5")
    assert q.on_summary and q.missing_list.count() == 2
    assert q.rows[expected[1][0]][expected[1][1]].value() == 5

    # A click takes you there too.
    item = q.missing_list.item(1)
    rect = q.missing_list.visualItemRect(item)
    qtbot.mouseClick(q.missing_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (q.page_index, q.item_index) == expected[2]
    qtbot.keyClick(q, "1")
    assert q.on_summary and q.missing_list.count() == 1

    # 0 records the rest as "don't know", then Enter submits.
    got = []
    q.submitted.connect(lambda a, c: got.append(a))
    q._answered_at = -1e9
    qtbot.keyClick(q, "0")
    qtbot.keyClick(q, Qt.Key.Key_Return)
    row = q.rows[expected[0][0]][expected[0][1]]
    assert got and got[0][row.item.code] is None


def test_an_enter_right_after_an_answer_does_not_skip_a_statement(qtbot):
    q = QuestionnaireWidget(default_instrument(), "en")
    qtbot.addWidget(q)
    qtbot.keyClick(q, "4")
    qtbot.keyClick(q, Qt.Key.Key_Return)  # habit from forms: confirms, does not skip
    assert (q.page_index, q.item_index) == (0, 1)
    q._answered_at = -1e9  # a while later, Enter skips the statement
    qtbot.keyClick(q, Qt.Key.Key_Return)
    assert (q.page_index, q.item_index) == (0, 2)
