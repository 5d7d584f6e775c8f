package io.podiokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.podiokit.emulator.PodioEmulator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web examples clicked through in headless Chromium, against an in-process emulator. Server-side: the link, the
 * emulator's login form and consent page, then Grant (the user's name is shown) or Deny (the error is shown).
 * Client-side: Grant, and the callback page's script hands the token fragment to the server.
 * Runs with {@code mvn verify -Pe2e}; uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}
 * (override with {@code -Dpodio.e2e.chromium=...} and {@code -Dpodio.e2e.chromedriver=...}) and downloads nothing.
 */
class WebExamplesBrowserIT {

  private static final Path CHROMIUM = Path.of(System.getProperty("podio.e2e.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("podio.e2e.chromedriver", "/usr/bin/chromedriver"));
  private static final Duration WAIT = Duration.ofSeconds(20);

  private DemoPodio demo;
  private AutoCloseable app;
  private URI appUrl;
  private Path profile;
  private WebDriver browser;

  @BeforeAll
  static void chromiumIsInstalled() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("The browser test needs Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
          + ". Install them (Debian: apt-get install chromium chromium-driver) or point -Dpodio.e2e.chromium and "
          + "-Dpodio.e2e.chromedriver at them.");
    }
    // The driver is given, so Selenium has nothing to look up or download.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
  }

  @BeforeEach
  void start() throws IOException {
    demo = DemoPodio.start();

    profile = Files.createTempDirectory("podio-e2e-chromium");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile);
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() throws Exception {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (app != null) {
        app.close();
      }
      demo.close();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private WebElement await(By locator) {
    return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private void startServerSide() {
    ServerSideExample serverSide = ServerSideExample.start(demo.client, 0);
    app = serverSide;
    appUrl = serverSide.url();
  }

  /** From the example's home page to the emulator's consent page, signing in on the way. */
  private void signInAndReachConsent() {
    browser.get(appUrl.toString());
    await(By.linkText("Start authenticating")).click();

    await(By.id("email")).sendKeys(PodioEmulator.DEMO_USER_EMAIL);
    browser.findElement(By.id("password")).sendKeys(PodioEmulator.DEMO_USER_PASSWORD);
    browser.findElement(By.id("login")).click();

    assertThat(await(By.id("user")).getText()).isEqualTo(PodioEmulator.DEMO_USER_NAME);
    assertThat(browser.findElement(By.id("client")).getText()).isEqualTo(PodioEmulator.DEMO_CLIENT_ID);
    assertThat(browser.getCurrentUrl()).startsWith(demo.podio.authorizeUrl().toString());
  }

  @Test
  void serverSideGrantShowsTheUsersName() {
    startServerSide();
    signInAndReachConsent();
    await(By.id("grant")).click();

    assertThat(await(By.id("name")).getText()).isEqualTo(PodioEmulator.DEMO_USER_NAME);
    assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("Hello, Demo User.");
    assertThat(browser.getCurrentUrl()).as("the code is gone from the address bar").isEqualTo(appUrl.toString());
    assertThat(demo.podio.counters().exchanges("authorization_code")).isEqualTo(1);

    browser.navigate().refresh();
    assertThat(await(By.id("name")).getText()).as("already authenticated, from the store")
        .isEqualTo(PodioEmulator.DEMO_USER_NAME);
    assertThat(demo.podio.counters().exchanges()).isEqualTo(1);
  }

  @Test
  void serverSideDenyShowsTheError() {
    startServerSide();
    signInAndReachConsent();
    await(By.id("deny")).click();

    assertThat(await(By.id("error")).getText())
        .isEqualTo("The user did not authorize this app. Podio said: The user denied your request.");
    assertThat(browser.findElement(By.linkText("Start authenticating")).getAttribute("href"))
        .startsWith(demo.podio.authorizeUrl().toString());
    assertThat(demo.podio.counters().tokenRequests()).isZero();
  }

  @Test
  void clientSideGrantHandsTheFragmentToTheServerAndShowsTheUsersName() {
    ClientSideExample clientSide = ClientSideExample.start(demo.client, 0);
    app = clientSide;
    appUrl = clientSide.url();
    signInAndReachConsent();
    await(By.id("grant")).click();

    assertThat(await(By.id("name")).getText()).isEqualTo(PodioEmulator.DEMO_USER_NAME);
    assertThat(browser.getCurrentUrl()).as("the token is gone from the address bar").isEqualTo(appUrl.toString());
    assertThat(demo.podio.counters().exchanges("implicit")).isEqualTo(1);
    assertThat(demo.podio.counters().exchanges()).as("the server used the fragment's token, asked for no other")
        .isEqualTo(1);
  }
}
