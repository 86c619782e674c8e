package org.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * Citations in a real browser ({@link BrowserTest#chromium}), under the site's
 * Content-Security-Policy: the page's CSL-JSON data block is read as data, the page's own script
 * still runs, and a turn's citation copied from an earlier version leads to the notice that its
 * words changed.
 */
class CitationBrowserTest {

  static ChangesSite site;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = BrowserTest.chromium();
    site = ChangesSite.get();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void the_data_block_is_read_as_data_and_a_cited_edited_turn_says_it_changed()
      throws Exception {
    browser.get(site.base() + "/p/" + site.id + "?v=2");
    // The page's script adds its buttons: scripts from /static/ run under the policy.
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
        .presenceOfElementLocated(By.cssSelector("details.cite-publication button")));
    Object title = ((JavascriptExecutor) browser).executeScript(
        "return JSON.parse(document.getElementById('csl-json').textContent)[0].title;");
    assertThat(title).isEqualTo("Foreign Minister Ivan Petrov’s interview with the Northern "
        + "Courier, Newtown, March 2, 2017");

    WebElement cite = browser.findElement(By.cssSelector("#t8 details.cite"));
    cite.findElement(By.tagName("summary")).click();
    String citation = cite.findElement(By.className("citation")).getText();
    browser.get(citation.substring(citation.lastIndexOf(' ') + 1));

    assertThat(browser.findElement(By.className("notice")).getText()).isEqualTo("The words of "
        + "this turn changed since it was cited. See what changed (version 2 to 4).");
    BrowserTest.screenshot(browser, "cited-turn-changed");
    browser.findElement(By.linkText("See what changed")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
        .urlToBe(site.base() + "/p/" + site.id + "/changes?from=2&to=4"));
  }
}
