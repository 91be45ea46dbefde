package io.grantflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-up page on a phone-sized screen: a refusal beside its field, then the account and its first login. */
class RegistrationBrowserTest extends BrowserTest {

    @BeforeEach
    void phoneSizedWindow() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @Test
    void someoneSignsUpOnAPhoneAfterATooShortPasswordAndLogsIn() {
        String id = "Phone" + System.nanoTime() % 1_000_000;
        browser.get(url("/register?lang=en"));
        browser.findElement(By.id("userId")).sendKeys(id);
        browser.findElement(By.id("firstName")).sendKeys("Ines");
        browser.findElement(By.id("lastName")).sendKeys("Moreau");
        browser.findElement(By.id("email")).sendKeys(id + "@example.org");
        browser.findElement(By.id("password")).sendKeys("too-short");
        browser.findElement(By.id("register")).click();

        String error = Browser.waitUpTo(browser, 20)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("password-error"))).getText();
        assertThat(error).isEqualTo("12 to 128 characters");
        assertThat(browser.findElement(By.id("userId")).getAttribute("value")).isEqualTo(id);
        assertThat(browser.findElement(By.id("lastName")).getAttribute("value")).isEqualTo("Moreau");
        assertThat(browser.findElement(By.id("password")).getAttribute("value")).isEmpty();
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) pageWidth).intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        assertThat(Browser.cspViolations(browser)).as("the page keeps to its Content-Security-Policy").isEmpty();

        browser.findElement(By.id("password")).sendKeys("amber-lanterns-at-dusk");
        browser.findElement(By.id("register")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("/login?registered"));

        browser.findElement(By.id("username")).sendKeys(id.toLowerCase());
        browser.findElement(By.id("password")).sendKeys("amber-lanterns-at-dusk");
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("/portal/applications"));
        assertThat(browser.findElement(By.cssSelector("header .user")).getText()).isEqualTo(id.toLowerCase());
    }
}
