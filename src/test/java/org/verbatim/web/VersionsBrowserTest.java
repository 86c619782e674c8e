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
 * Language versions in a real browser ({@link BrowserTest#chromium}): the switcher lands on the
 * aligned turn of the other version, and the side-by-side view shows aligned turns on one row.
 */
class VersionsBrowserTest {

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
  void the_switcher_lands_on_the_aligned_turn_of_the_other_version() throws Exception {
    // English turn 7 (the answer about the border posts) is Russian turn 6: an English answer
    // printed as two turns (4 and 5) is one Russian turn.
    browser.get(site.base() + "/p/" + site.english + "#t7");
    browser.findElement(By.cssSelector(".languages a[hreflang='ru-RU']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/p/" + site.russian));

    assertThat(browser.getCurrentUrl()).isEqualTo(site.base() + "/p/" + site.russian + "#t6");
    Object target = ((JavascriptExecutor) browser).executeScript(
        "var t = document.querySelector(':target'); return t && t.id;");
    assertThat(target).isEqualTo("t6");
    assertThat(browser.findElement(By.id("t6")).getText())
        .contains("Не в этом году. Сначала мы попробуем ночную переправу у Тарново");
    BrowserTest.screenshot(browser, "version-switched-at-turn");

    browser.findElement(By.cssSelector(".languages a[hreflang='en-GB']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/p/" + site.english));
    assertThat(browser.getCurrentUrl()).isEqualTo(site.base() + "/p/" + site.english + "#t7");
  }

  @Test
  void the_compare_view_shows_aligned_turns_side_by_side() throws Exception {
    browser.get(site.base() + "/p/" + site.english);
    browser.findElement(By.cssSelector(".languages a.compare-link")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".compare-table")));

    List<WebElement> rows = browser.findElements(By.cssSelector("tr.aligned"));
    assertThat(rows).hasSize(9);
    WebElement split = rows.get(3);
    List<WebElement> cells = split.findElements(By.tagName("td"));
    assertThat(cells.get(0).getText()).contains("The piers are shared.",
        "I should add that the fund was set up in 2019");
    assertThat(cells.get(1).getText()).contains("Причалы общие.", "Добавлю, что фонд создан");
    // One row: the two cells stand side by side, at the same height.
    assertThat(cells.get(1).getLocation().getY()).isEqualTo(cells.get(0).getLocation().getY());
    assertThat(cells.get(1).getLocation().getX()).isGreaterThan(cells.get(0).getLocation().getX());
    assertThat(rows.get(8).findElements(By.tagName("td")).get(1).getText()).isEmpty();
    BrowserTest.screenshot(browser, "versions-side-by-side");

    cells.get(1).findElement(By.cssSelector("a.permalink")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("#t4"));
    assertThat(browser.getCurrentUrl()).isEqualTo(site.base() + "/p/" + site.russian + "#t4");
  }
}
