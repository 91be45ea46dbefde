package io.grantflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GrantflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(GrantflowApplication.class, args);
    }
}
