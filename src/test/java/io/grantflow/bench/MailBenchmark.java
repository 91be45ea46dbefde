package io.grantflow.bench;

import java.net.ServerSocket;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.grantflow.GrantflowApplication;
import io.grantflow.identity.Contact;
import io.grantflow.notification.MailDelivery;
import io.grantflow.notification.NotificationService;
import io.grantflow.support.LoopbackSmtp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Messages per second through the product's delivery ({@link MailDelivery}: claim in the engine, send, record in
 * the outbox and the engine), with one SMTP connection per message (batches of 1) and with one connection reused
 * for a batch of 50 (the shipped batch-size). The application runs on in-memory H2 with its delivery thread off,
 * and this benchmark drives the deliveries; the server is our own loopback SMTP server (support/LoopbackSmtp), so
 * that the server's own cost stays small. Each message is a French receipt, rendered from its template.
 * Arguments: messages per round (500), warm-up rounds (1), measured rounds (3).
 */
public final class MailBenchmark {

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (LoopbackSmtp.Scripted server = LoopbackSmtp.refusing(port, Set.of());
             ConfigurableApplicationContext context = new SpringApplicationBuilder(GrantflowApplication.class).profiles("test")
                     .run("--server.port=0", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                             "--spring.datasource.url=jdbc:h2:mem:mail-bench;DB_CLOSE_DELAY=-1",
                             "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            System.out.printf("Mail benchmark: %d messages per round, %d warm-up and %d measured rounds, %d cores%n",
                    messages, warmUp, rounds, Runtime.getRuntime().availableProcessors());
            NotificationService notifications = context.getBean(NotificationService.class);
            MailDelivery delivery = context.getBean(MailDelivery.class);
            int[] batches = {1, 50};
            List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>());
            for (int round = 1; round <= warmUp + rounds; round++) {
                StringBuilder line = new StringBuilder(round <= warmUp ? "warm-up " + round : "round " + (round - warmUp));
                for (int b = 0; b < batches.length; b++) {
                    int connectionsBefore = server.connections();
                    double rate = round(notifications, delivery, server, messages, batches[b]);
                    if (round > warmUp) {
                        rates.get(b).add(rate);
                    }
                    line.append(String.format(" | batches of %d: %.1f messages/s over %d connections", batches[b], rate,
                            server.connections() - connectionsBefore));
                }
                System.out.println(line);
            }
            double single = median(rates.get(0));
            double reused = median(rates.get(1));
            System.out.printf("median of %d rounds: one connection per message %.1f/s; one connection per 50 messages %.1f/s; ratio %.2f%n",
                    rounds, single, reused, reused / single);
        }
    }

    /** Queues the messages, then delivers them all in passes of the batch size; returns messages per second. */
    private static double round(NotificationService notifications, MailDelivery delivery, LoopbackSmtp.Scripted server,
                                int messages, int batch) {
        for (int i = 0; i < messages; i++) {
            Contact to = new Contact("bench" + i, "Camille Martin", "bench" + i + "@bench.grantflow.example", Locale.FRENCH);
            notifications.send("receipt", to, Map.of("name", to.name(), "title", "Graphene photonics for quantum links",
                    "callTitle", "First Step 2027", "submittedAt", ZonedDateTime.now(ZoneId.of("Europe/Paris")),
                    "link", "http://localhost:8080/portal/applications/" + i), "bench-" + i);
        }
        int before = server.received().size();
        long start = System.nanoTime();
        int sent = 0;
        for (MailDelivery.Pass pass = delivery.deliverDue(batch); pass.taken() > 0; pass = delivery.deliverDue(batch)) {
            sent += pass.sent();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int received = server.received().size() - before;
        if (sent != messages || received != messages) {
            throw new IllegalStateException("sent " + sent + ", the server received " + received + " of " + messages);
        }
        return messages / seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
