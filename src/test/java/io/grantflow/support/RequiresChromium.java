package io.grantflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives Debian's headless Chromium: it runs where Chromium and its driver are installed and is
 * skipped, with a message naming what is missing, where they are not. With {@code -Dbrowser.required=true}
 * (as CI runs) their absence fails the test instead.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(ChromiumCondition.class)
public @interface RequiresChromium {
}
