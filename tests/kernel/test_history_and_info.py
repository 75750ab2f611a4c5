"""kernel_info and history replies that the protocol's schema and numbering require."""


def test_kernel_info(kernel):
    kernel.kc.kernel_info()
    reply = kernel.kc.get_shell_msg(timeout=60)["content"]
    assert reply["implementation"] == "xcairo"
    assert reply["language_info"]["name"] == "python"
    assert reply["debugger"] is False


def test_history_numbers_cells_by_execution_count(kernel):
    counts = []
    for code in ("a = 1", "b = 2", "a + b"):
        reply, _ = kernel.execute(code)
        counts.append(reply["execution_count"])
    kernel.kc.history(hist_access_type="tail", n=3, raw=True, output=False)
    rows = kernel.kc.get_shell_msg(timeout=60)["content"]["history"]
    assert [row[1] for row in rows] == counts
    assert [row[2] for row in rows] == ["a = 1", "b = 2", "a + b"]
    session = rows[0][0]
    assert isinstance(session, int)

    kernel.kc.history(hist_access_type="range", session=session, start=counts[1],
                      stop=counts[2] + 1, raw=True, output=True)
    rows = kernel.kc.get_shell_msg(timeout=60)["content"]["history"]
    assert [(row[1], row[2][0]) for row in rows] == [(counts[1], "b = 2"), (counts[2], "a + b")]


def test_silent_and_unstored_cells_are_not_in_history(kernel):
    kernel.kc.execute("hidden = 1", silent=True)
    kernel.kc.execute("unstored = 1", store_history=False)
    reply, _ = kernel.execute("stored = 1")
    kernel.kc.history(hist_access_type="search", pattern="*= 1", raw=True, output=False)
    while True:
        msg = kernel.kc.get_shell_msg(timeout=60)
        if msg["msg_type"] == "history_reply":
            break
    inputs = [row[2] for row in msg["content"]["history"]]
    assert "stored = 1" in inputs
    assert "hidden = 1" not in inputs and "unstored = 1" not in inputs


def test_history_with_output_pairs_inputs_with_their_results(kernel):
    first, _ = kernel.execute("6 * 7")
    second, _ = kernel.execute("unseen = 1")
    kernel.kc.history(hist_access_type="range", session=0, start=first["execution_count"],
                      stop=second["execution_count"] + 1, raw=True, output=True)
    rows = kernel.kc.get_shell_msg(timeout=60)["content"]["history"]
    assert [row[2] for row in rows] == [["6 * 7", "42"], ["unseen = 1", None]]
