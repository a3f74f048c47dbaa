"""The interactive page in a real headless Chromium: it loads cleanly, the slider redraws the
network, a tie shows its events, the SPARQL box fills its table, and it looks like something."""
from __future__ import annotations

import io

import pytest
from PIL import Image

pytestmark = pytest.mark.browser


def _edges(page) -> list[tuple[str, str, str]]:
    return page.eval_on_selector_all(
        "#network g.edge", "els => els.map(e => [e.dataset.a, e.dataset.b, e.dataset.score])")


def _assert_not_trivial(png: bytes, *, min_colours: int = 40) -> None:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.width >= 1000 and image.height >= 600
    colours = image.getcolors(maxcolors=1 << 22)
    assert len(colours) >= min_colours
    # Not one colour covering nearly everything (a blank or error page).
    assert max(count for count, _ in colours) < 0.95 * image.width * image.height


def test_page_loads_without_console_errors(page, tmp_path):
    assert page.title().startswith("polgraph")
    _assert_not_trivial(page.screenshot(path=str(tmp_path / "loaded.png")))
    assert page.locator("#period-label").inner_text() not in ("…", "error", "no events")
    assert page.errors == []


def test_slider_changes_the_drawn_network(page, tmp_path):
    latest_label = page.locator("#period-label").inner_text()
    latest = _edges(page)
    slider = page.locator("#period")
    slider.focus()
    seen = {latest_label: latest}
    for _ in range(int(slider.evaluate("s => Number(s.max)"))):
        page.keyboard.press("ArrowLeft")
        label = page.locator("#period-label").inner_text()
        seen[label] = _edges(page)
    assert len(seen) > 2
    assert any(edges != latest for edges in seen.values())
    # Back to where we started with the Next button: the same drawing again.
    next_button = page.locator("#next")
    while page.locator("#period-label").inner_text() != latest_label:
        next_button.click()
    assert _edges(page) == latest
    assert page.errors == []


def test_actors_keep_their_place_across_periods(page):
    def places():
        return page.eval_on_selector_all(
            "#network g.node circle", "els => els.map(c => [c.parentNode.dataset.id, c.getAttribute('cx'), c.getAttribute('cy')])")
    before = places()
    page.locator("#prev").click()
    assert places() == before


def test_clicking_an_edge_lists_its_events(page, tmp_path):
    edge = page.locator('#network g.edge[data-a="SYR"][data-b="USA"]')
    edge.click()
    page.wait_for_selector("#evidence-list li.driver")
    heading = page.locator("#evidence-list h3").first.inner_text()
    assert heading.startswith("Syria – United States")
    items = page.locator("#evidence-list li.driver")
    assert items.count() >= 2
    first = items.first
    assert first.locator("time").get_attribute("datetime")[:4].isdigit()
    assert first.locator("cite").inner_text().strip() not in ("", "—")
    quotes = page.locator("#evidence-list blockquote")
    assert quotes.count() >= 1
    assert all(q.get_attribute("dir") == "auto" for q in quotes.all())
    png = page.screenshot(path=str(tmp_path / "evidence.png"))
    _assert_not_trivial(png)
    assert page.errors == []


def test_keyboard_selects_an_actor(page):
    node = page.locator('#network g.node[data-id="TUR"]')
    node.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#evidence-list h3")
    assert "Turkey" in page.locator("#evidence-list .selection").inner_text()
    assert page.locator("#network g.node.selected").get_attribute("data-id") == "TUR"


def test_arabic_labels_are_right_to_left(page):
    direction = page.eval_on_selector('#network g.node[data-id="SYR"] text.ar',
                                      "t => [t.getAttribute('direction'), t.textContent, getComputedStyle(t).direction]")
    assert direction == ["rtl", "سوريا", "rtl"]


def test_sparql_box_returns_rows(page, tmp_path):
    page.select_option("#examples", label="Agreements involving the SDF since 2025")
    assert "SDF" in page.locator("#query").input_value()
    page.locator("#run").click()
    page.wait_for_selector("#results tbody tr")
    rows = page.locator("#results tbody tr").count()
    assert rows >= 1
    assert page.locator("#sparql-status").inner_text() == f"{rows} row{'s' if rows != 1 else ''}"
    headers = page.locator("#results th").all_inner_texts()
    assert headers[:2] == ["date", "type"]
    png = page.screenshot(path=str(tmp_path / "sparql.png"), full_page=True)
    _assert_not_trivial(png)
    assert page.errors == []


def test_a_bad_query_shows_its_error_not_a_crash(page):
    page.fill("#query", "SELECT nonsense WHERE {")
    page.locator("#run").click()
    page.wait_for_function("document.querySelector('#sparql-status').classList.contains('error')")
    assert page.locator("#sparql-status").inner_text().startswith("Query failed")


def test_switching_to_quarters_redraws(page):
    years = page.eval_on_selector("#period", "s => Number(s.max)")
    page.select_option("#by", "quarter")
    page.wait_for_function(f"Number(document.querySelector('#period').max) > {years}")
    assert "-Q" in page.locator("#period-label").inner_text()
    assert page.locator("#network g.edge").count() >= 1
    assert page.errors == []
