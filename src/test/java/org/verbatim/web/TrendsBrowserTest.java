package org.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trends page in a real browser ({@link BrowserTest#chromium}) under the site's CSP: the
 * chart library and the page's script load from /static/, the chart is drawn on a canvas from the
 * page's data attribute, and the table beside it holds the same counts.
 */
class TrendsBrowserTest {

  static TestSite site;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = BrowserTest.chromium();
    site = TestSite.get();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void draws_the_chart_on_a_canvas_beside_the_table() throws Exception {
    browser.get(site.base() + "/trends?q=teapot&q=lighthouse&by=year");
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions
        .presenceOfElementLocated(By.cssSelector("#trend-chart[data-drawn='true'] canvas")));
    WebElement canvas = browser.findElement(By.cssSelector("#trend-chart canvas"));
    assertThat(canvas.getSize().getWidth()).isPositive();
    assertThat(canvas.getSize().getHeight()).isPositive();
    // Drawn: some pixel of the canvas is not transparent.
    Object painted = ((JavascriptExecutor) browser).executeScript("""
        var c = document.querySelector('#trend-chart canvas');
        var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        var n = 0;
        for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } }
        return n;""");
    assertThat(((Number) painted).longValue()).isPositive();
    // Both series are in the chart's legend.
    assertThat(browser.findElements(By.cssSelector("#trend-chart .u-legend .u-label"))
        .stream().map(WebElement::getText).toList()).contains("teapot", "lighthouse");

    List<WebElement> rows = browser.findElements(By.cssSelector("#trend-table tbody tr"));
    Object periods = ((JavascriptExecutor) browser).executeScript("return JSON.parse("
        + "document.getElementById('trend-chart').getAttribute('data-trends')).periods.length;");
    assertThat(rows).hasSize(2 * ((Number) periods).intValue());
    assertThat(rows.stream().map(WebElement::getText).toList())
        .anySatisfy(row -> assertThat(row).startsWith("teapot 2018 3 2 "));
    BrowserTest.screenshot(browser, "trends-chart");
  }
}
