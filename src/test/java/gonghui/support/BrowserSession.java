package gonghui.support;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for a browser test class: {@code @RegisterExtension static final BrowserSession browser = new
 * BrowserSession();} starts it before the class (or skips the class, failing under CI, without Chromium) and closes
 * it after.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** A new browser session (own cookies) with a desktop-sized, Chinese-language window. */
    public Page newPage(String baseUrl) {
        return browser.newPage(baseUrl);
    }

    /** Signs in on the login page with the demo password and waits for the page that follows. */
    public static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("#username", username);
        page.fill("#password", "gonghui-demo");
        page.click("button[type=submit]");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }
}
