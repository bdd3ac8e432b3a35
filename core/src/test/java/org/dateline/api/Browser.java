package org.dateline.api;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system's packages, driven through /usr/bin/chromedriver so that
 * Selenium downloads nothing. Pages say when they are done in {@code main[data-state]}.
 */
final class Browser implements AutoCloseable {
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  final ChromeDriver driver;
  private final String base;
  private final Path profile;

  /** Skips the calling tests, with the reason, where chromium or its driver is not installed. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM),
        "skipped: browser tests need /usr/bin/chromium and /usr/bin/chromedriver "
            + "(apt-get install chromium chromium-driver; .ci/run installs them)");
  }

  Browser(String base) throws IOException {
    this.base = base;
    this.profile = Files.createTempDirectory("dateline-chromium");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    // Without the background-networking flags chromium's own connections are refused on a closed network.
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, o);
  }

  /** Opens a page (the part after "#/") and waits until it has loaded, or shows that nothing matched. */
  String open(String route) {
    if (driver.getCurrentUrl().startsWith(base)) js("var m = document.getElementById('main'); if (m) m.dataset.state = 'stale';");
    driver.get(base + "/#/" + route);
    return settle(Duration.ofSeconds(30));
  }

  /**
   * Does what changes the page (a click, back) and waits for the new page: the old one's state is
   * cleared first, so its "ready" cannot be taken for the new page's.
   */
  String then(Runnable action) {
    js("document.getElementById('main').dataset.state = 'stale';");
    action.run();
    return settle(Duration.ofSeconds(30));
  }

  /** Waits for main[data-state] to be ready, empty or error, and returns which. */
  String settle(Duration timeout) {
    new WebDriverWait(driver, timeout).until(d -> {
      Object s = js("var m = document.getElementById('main'); return m ? m.dataset.state : null;");
      return "ready".equals(s) || "empty".equals(s) || "error".equals(s);
    });
    return String.valueOf(js("return document.getElementById('main').dataset.state;"));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Errors the page wrote to the console since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
  }

  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
