package org.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
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
 * A search hit's link to the same turn of the other language version, in a real browser
 * ({@link BrowserTest#chromium}), on the archive of {@link VersionSite}: English answer turns 4
 * and 5 about the bridge fund are Russian turn 4.
 */
class CrossLanguageBrowserTest {

  static VersionSite site;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = BrowserTest.chromium();
    site = VersionSite.get();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void a_hit_turns_link_leads_to_the_aligned_turn_of_the_russian_version() throws Exception {
    browser.get(site.base() + "/search?q=" + URLEncoder.encode("lang:en fund in:answers", UTF_8));
    List<WebElement> links = browser.findElements(By.cssSelector(".turn-hits a.version-turn"));
    assertThat(links).extracting(WebElement::getText).containsExactly("ru ↗ t4", "ru ↗ t4");
    BrowserTest.screenshot(browser, "search-hit-versions");

    links.get(1).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/p/" + site.russian));

    assertThat(browser.getCurrentUrl()).isEqualTo(site.base() + "/p/" + site.russian + "#t4");
    Object target = ((JavascriptExecutor) browser).executeScript(
        "var t = document.querySelector(':target'); return t && t.id;");
    assertThat(target).isEqualTo("t4");
    assertThat(browser.findElement(By.id("t4")).getText()).contains("Добавлю, что фонд создан");
  }
}
