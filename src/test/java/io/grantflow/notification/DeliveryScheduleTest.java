package io.grantflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** What the product ships: deliveries ride out a long mail server outage, and a silent server cannot hold them. */
class DeliveryScheduleTest {

    private final Properties shipped = shipped();

    private static Properties shipped() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        return yaml.getObject();
    }

    @Test
    void theRetriesSpanAnOutageOfMoreThanFourHoursWithGrowingWaits() {
        Duration[] waits = Arrays.stream(shipped.getProperty("grantflow.notification.retry-cycle").split(","))
                .map(String::trim).map(Duration::parse).toArray(Duration[]::new);
        assertThat(Arrays.stream(waits).reduce(Duration.ZERO, Duration::plus)).isGreaterThan(Duration.ofHours(4));
        for (int i = 1; i < waits.length; i++) {
            assertThat(waits[i]).as("wait " + i).isGreaterThanOrEqualTo(waits[i - 1]);
        }
    }

    @Test
    void everySmtpConversationHasConnectReadAndWriteTimeouts() {
        for (String timeout : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
            String value = shipped.getProperty("spring.mail.properties[mail.smtp." + timeout + "]",
                    shipped.getProperty("spring.mail.properties.mail.smtp." + timeout));
            assertThat(value).as(timeout).isNotNull().contains(":");
            long millis = Long.parseLong(value.replaceAll(".*:(\\d+)}", "$1"));
            assertThat(millis).as(timeout).isBetween(1_000L, 60_000L);
        }
    }
}
