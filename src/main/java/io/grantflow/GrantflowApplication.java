package io.grantflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GrantflowApplication {

    static {
        // Two factories that their APIs otherwise look up with a ServiceLoader, a scan of the whole class path,
        // on every use: Camunda parses each job's retry cycle ("R5/PT1M") with a new DatatypeFactory, and Jakarta
        // Mail finds its stream provider for every encoded header (jakartaee/mail-api#861). Naming the
        // implementations that would be found anyway makes each lookup a plain class load.
        nameFactory("javax.xml.datatype.DatatypeFactory", "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl");
        nameFactory("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    public static void main(String[] args) {
        SpringApplication.run(GrantflowApplication.class, args);
    }

    private static void nameFactory(String api, String implementation) {
        if (System.getProperty(api) == null) {
            System.setProperty(api, implementation);
        }
    }
}
