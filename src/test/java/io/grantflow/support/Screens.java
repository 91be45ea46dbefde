package io.grantflow.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Screenshots of a page as a person sees it on a laptop (1366 px wide) and on a phone (390 px), for reading by eye. */
public final class Screens {

    /** Where the screenshots go: one file per page and width, "name-1366.png" and "name-390.png". */
    public static final Path FOLDER = Path.of(System.getProperty("screens.folder", "/tmp/shots/tasklist"));

    private Screens() {
    }

    /** Shoots the page at both widths and leaves the window at the laptop's. */
    public static void shoot(ChromeDriver browser, String name) {
        shoot(browser, name, null);
    }

    /** The same, with the element the selector finds scrolled to the top of the view at each width. */
    public static void shoot(ChromeDriver browser, String name, String inView) {
        at(browser, 390, 844, name, inView);
        at(browser, 1366, 900, name, inView);
    }

    /** Resizes the window to a laptop's, as the page is to be read and clicked. */
    public static void laptop(ChromeDriver browser) {
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    private static void at(ChromeDriver browser, int width, int height, String name, String inView) {
        browser.manage().window().setSize(new Dimension(width, height));
        try {
            Thread.sleep(400); // the webapps lay out again after a resize
            if (inView != null) {
                browser.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", inView);
                Thread.sleep(200);
            }
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
