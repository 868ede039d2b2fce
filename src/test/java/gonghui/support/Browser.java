package gonghui.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright (no browser download), saving screenshots under target/screenshots. */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM =
            Paths.get(System.getenv().getOrDefault("GONGHUI_CHROMIUM", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    /** Starts Chromium, or skips (fails under CI) when it is not installed. */
    public static Browser start() {
        ExternalDependency.require(Files.isExecutable(CHROMIUM), "Chromium at " + CHROMIUM);
        return new Browser();
    }

    /** A new browser session (own cookies) with a desktop-sized, Chinese-language window. */
    public Page newPage(String baseUrl) {
        BrowserContext context = browser.newContext(new NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("zh-CN")
                .setViewportSize(1366, 860)
                .setAcceptDownloads(true));
        return context.newPage();
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
