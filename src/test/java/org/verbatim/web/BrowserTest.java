package org.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;

/**
 * The site in a real browser: Debian's chromium driven through its chromedriver, both given by
 * path so that Selenium never looks for or downloads a browser ({@code -Dchromium=…},
 * {@code -Dchromedriver=…} to use others). Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest {

  static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Pattern SHOWING = Pattern.compile("Showing ([0-9,]+) results?");
  static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

  static TestSite site;
  static WebDriver browser;
  static Path profile;

  @BeforeAll
  static void start() throws Exception {
    profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
    browser = chromium(profile);
    site = TestSite.get();
  }

  /**
   * Debian's chromium, headless, through its chromedriver, with a fresh profile in a new folder
   * under {@code target}; skips the test class when either is not installed.
   */
  static WebDriver chromium() throws IOException {
    return chromium(Files.createTempDirectory(Path.of("target"), "chromium-profile-"));
  }

  /** {@link #chromium()} with its profile in {@code profile}. */
  static WebDriver chromium(Path profile) throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium and chromedriver are not installed: apt-get install chromium chromium-driver "
            + "(.ci/run does)");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
    Files.createDirectories(SCREENSHOTS);
    return new ChromeDriver(service, options);
  }

  /** Saves what {@code browser} shows as {@code target/screenshots/NAME.png}. */
  static void screenshot(WebDriver browser, String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void a_phrase_search_opens_the_publication_at_the_highlighted_turn() throws Exception {
    Phrase phrase = phrase();
    browser.get(site.base() + "/search");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("\"" + phrase.words + "\"");
    box.submit();
    waitFor(By.id("showing"));
    assertThat(showing()).isPositive();
    assertThat(browser.findElement(By.cssSelector(".snippet mark")).getText())
        .isEqualToIgnoringCase(phrase.words);
    screenshot("search-phrase");
    String turnLink = "/p/" + phrase.id + "#t" + phrase.turn;
    browser.findElement(By.cssSelector("a.turn-link[href='" + turnLink + "']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("#t"));
    assertThat(browser.getCurrentUrl()).isEqualTo(site.base() + turnLink);
    Object target = js("var t = document.querySelector(':target'); return t && t.id;");
    assertThat(target).isEqualTo("t" + phrase.turn);
    WebElement turn = browser.findElement(By.id("t" + phrase.turn));
    assertThat(turn.getCssValue("background-color")).isEqualTo("rgba(255, 243, 196, 1)");
    assertThat(turn.getText()).contains(phrase.words);
    screenshot("publication-at-turn");
  }

  @Test
  void the_language_switcher_goes_from_english_to_russian() throws Exception {
    Publication english = site.englishVersion.truth();
    Publication russian = site.russianVersion.truth();
    String missing = english.languageVersions().stream()
        .filter(tag -> !tag.equals("en-GB") && !tag.equals("ru-RU")).findFirst().orElseThrow();
    browser.get(site.base() + "/p/" + site.idOf(english.title()));
    assertThat(browser.findElement(By.cssSelector(".languages [aria-current='page']")).getText())
        .isEqualTo("en-GB");
    assertThat(browser.findElement(By.cssSelector(".languages .missing")).getText())
        .isEqualTo(missing + " (not in the archive)");
    browser.findElement(By.linkText("ru-RU")).click();
    waitFor(By.cssSelector(".languages [aria-current='page']"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(russian.title());
    assertThat(browser.findElement(By.cssSelector(".languages [aria-current='page']")).getText())
        .isEqualTo("ru-RU");
    assertThat(browser.getCurrentUrl()).isEqualTo(site.base() + "/p/" + site.idOf(russian.title()));
    screenshot("language-russian");
  }

  @Test
  void the_script_brings_publications_with_similar_content_into_the_page() throws Exception {
    browser.get(site.base() + "/p/" + site.idOf(site.englishVersion.truth().title()));
    waitFor(By.cssSelector(".related [data-similar][data-state='loaded'] li"));
    List<WebElement> similar = browser.findElements(By.cssSelector(".related .similar li"));
    assertThat(similar).isNotEmpty();
    assertThat(similar.get(0).findElement(By.className("why")).getText())
        .startsWith("similar content: ");
    similar.get(0).findElement(By.tagName("a")).click();
    waitFor(By.cssSelector("article.publication"));
    assertThat(browser.getCurrentUrl()).contains("/p/");
  }

  @Test
  void an_advanced_setting_narrows_the_count() throws Exception {
    browser.get(site.base() + "/search");
    long all = showing();
    browser.findElement(By.cssSelector("details.advanced summary")).click();
    new Select(browser.findElement(By.id("f-kind"))).selectByValue("interview");
    browser.findElement(By.xpath("//details[contains(@class,'advanced')]//button")).click();
    waitForUrl("kind=interview"); // the page before also has #showing
    waitFor(By.id("showing"));
    long interviews = showing();
    assertThat(interviews).isPositive().isLessThan(all);
    assertThat(browser.getCurrentUrl()).contains("kind=interview");
    screenshot("advanced-kind");
  }

  @Test
  void a_facet_click_narrows_the_count() throws Exception {
    browser.get(site.base() + "/search");
    long all = showing();
    WebElement facet = browser.findElement(
        By.xpath("//section[@class='facet'][h3='Kind']//li[1]/a"));
    long count = Long.parseLong(facet.findElement(By.xpath("../span[@class='count']")).getText());
    String value = facet.getText();
    facet.click();
    waitForUrl("kind=" + value);
    waitFor(By.id("showing"));
    assertThat(showing()).isEqualTo(count).isLessThan(all);
    assertThat(browser.getCurrentUrl()).contains("kind=" + value);
    screenshot("facet-kind");
  }

  @Test
  void the_seed_renders_with_its_30_turns_and_no_chrome() throws Exception {
    browser.get(site.base() + "/p/" + site.seedId());
    List<WebElement> turns = browser.findElements(By.cssSelector("article .turn"));
    assertThat(turns).hasSize(30);
    for (int i = 0; i < turns.size(); i++) {
      assertThat(turns.get(i).getAttribute("id")).isEqualTo("t" + (i + 1));
    }
    String article = browser.findElement(By.tagName("article")).getText();
    assertThat(article).doesNotContain("Showing 1 result").doesNotContain("Advanced settings")
        .doesNotContain("Additional materials");
    assertThat(turns.get(0).findElement(By.className("label")).getText()).isEqualTo("Question");
    assertThat(turns.get(1).findElement(By.className("label")).getText()).isEqualTo("Sergey Lavrov");
    screenshot("seed");
  }

  /** A phrase of eight words from one turn of a generated English page, with where it is. */
  record Phrase(String words, String id, int turn) {}

  private static Phrase phrase() {
    for (GeneratedPage page : site.generated) {
      if (!"en".equals(page.truth().language())) {
        continue;
      }
      List<Turn> turns = page.truth().turns();
      for (int t = turns.size() - 1; t >= 0; t--) {
        String paragraph = turns.get(t).paragraphs().get(0);
        List<String> words = new ArrayList<>();
        for (String token : paragraph.split(" ")) {
          Matcher m = WORD.matcher(token);
          words = m.matches() ? words : new ArrayList<>();
          if (m.matches()) {
            words.add(token);
          }
          if (words.size() == 8) {
            return new Phrase(String.join(" ", words), idOfPath(page.fileName()), t + 1);
          }
        }
      }
    }
    throw new IllegalStateException("No generated English turn has eight plain words in a row");
  }

  private static String idOfPath(String fileName) {
    return site.archive.store().ids().stream()
        .filter(id -> fileName.equals(
            site.archive.store().publication(id).orElseThrow().publication().source().path()))
        .findFirst().orElseThrow();
  }

  private static long showing() {
    Matcher m = SHOWING.matcher(browser.findElement(By.id("showing")).getText());
    assertThat(m.matches()).isTrue();
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  private static void waitForUrl(String part) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
  }

  private static void waitFor(By by) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static void screenshot(String name) throws IOException {
    screenshot(browser, name);
  }
}
