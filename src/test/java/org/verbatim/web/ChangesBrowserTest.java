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
 * A plain link to a turn, cited before a version renumbered the turns, in a real browser
 * ({@link BrowserTest#chromium}): the page's script offers the turn the link meant, and following
 * it lands on that turn in the latest version.
 */
class ChangesBrowserTest {

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
  void a_turn_link_cited_before_the_turns_moved_is_offered_the_turn_it_meant() throws Exception {
    // Turn 3 of version 1 ("Who came from abroad?") is turn 5 since version 2 inserted two turns.
    browser.get(site.base() + "/p/" + site.id + "#t3");
    List<WebElement> offers = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#t3 .cited-before"), 2));

    assertThat(offers.get(0).getText()).endsWith(
        "This link then meant turn 3 of version 2: follow that turn.");
    assertThat(offers.get(1).getText()).endsWith(
        "This link then meant turn 3 of version 1: follow that turn.");
    BrowserTest.screenshot(browser, "turn-cited-before-renumbering");

    offers.get(1).findElement(By.tagName("a")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlToBe(site.base() + "/p/" + site.id + "#t5"));
    Object target = ((JavascriptExecutor) browser).executeScript(
        "var t = document.querySelector(':target'); return t && t.id;");
    assertThat(target).isEqualTo("t5");
    assertThat(browser.findElement(By.id("t5")).getText()).contains("Who came from abroad?");
  }
}
