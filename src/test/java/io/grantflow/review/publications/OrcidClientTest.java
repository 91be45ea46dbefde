package io.grantflow.review.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The ORCID client against a local server that answers as pub.orcid.org v3.0 does. */
class OrcidClientTest {

    private HttpServer server;
    private final List<String> asked = new ArrayList<>();
    private OrcidClient client;

    @BeforeEach
    void startOrcid() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v3.0/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            asked.add(path + " " + exchange.getRequestHeaders().getFirst("Accept"));
            byte[] body;
            int status;
            if (path.equals("/v3.0/0000-0002-1825-0097/works")) {
                body = PublicationFilesTest.sample("orcid-works.json");
                status = 200;
            } else if (path.equals("/v3.0/0000-0003-1415-9269/works")) {
                body = "<html>Service unavailable</html>".getBytes();
                status = 503;
            } else {
                body = "{\"response-code\":404,\"developer-message\":\"404 Not Found\"}".getBytes();
                status = 404;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        client = new OrcidClient("http://127.0.0.1:" + server.getAddress().getPort() + "/v3.0/");
    }

    @AfterEach
    void stopOrcid() {
        server.stop(0);
    }

    @Test
    void readsAPersonsWorksAsJsonFromTheConfiguredBaseUrl() {
        List<Work> works = client.works("https://orcid.org/0000-0002-1825-0097");

        assertThat(works).extracting(Work::title).containsExactly(
                "Solvent effects on proton transfer in DNA base pairs", "Teaching quantum chemistry with notebooks");
        assertThat(works.get(0).doi()).isEqualTo("10.1063/5.0187654");
        assertThat(asked).containsExactly("/v3.0/0000-0002-1825-0097/works application/json");
    }

    @Test
    void anUnknownRecordAFailingOrcidAndAWrongIdAreSaidPlainly() {
        assertThatThrownBy(() -> client.works("0000-0001-5109-3700"))
                .isInstanceOf(OrcidClient.OrcidException.class).hasMessage("ORCID has no record 0000-0001-5109-3700");
        assertThatThrownBy(() -> client.works("0000-0003-1415-9269"))
                .isInstanceOf(OrcidClient.OrcidException.class).hasMessage("ORCID answered 503 for 0000-0003-1415-9269");
        assertThatThrownBy(() -> client.works("0000-0002-1825-0098"))
                .isInstanceOf(OrcidClient.OrcidException.class).hasMessageContaining("is not an ORCID iD");
        assertThat(asked).hasSize(2);
    }

    @Test
    void worksReadFromOrcidMeetTheApplicantsListByDoiAndAnIdSettlesWhoIsWho() {
        List<Work> reviewersWorks = client.works("0000-0002-1825-0097");
        CoAuthorship.Person reviewer = new CoAuthorship.Person("Marie Dubois", "0000-0002-1825-0097", reviewersWorks);
        CoAuthorship.Person applicant = new CoAuthorship.Person("Wei Chen", "0000-0001-5109-3700",
                List.of(new Work("Solvent effects on proton transfer in DNA bases", 2024, "https://doi.org/10.1063/5.0187654", List.of())));

        CoAuthorship.Finding found = CoAuthorship.between(reviewer, applicant, 3, 2026);

        assertThat(found.certainty()).isEqualTo(CoAuthorship.Certainty.CERTAIN);
        assertThat(found.by()).as("ORCID's summaries name no authors: the shared DOI decides").isEqualTo("DOI");
        assertThat(found.explanation()).isEqualTo("co-authored 'Solvent effects on proton transfer in DNA base pairs', 2024");
        assertThat(CoAuthorship.between(reviewer, applicant, 3, 2028)).as("outside the window").isNull();
        assertThat(CoAuthorship.between(reviewer, new CoAuthorship.Person("Marie Dubois", "0000-0002-1825-0097", List.of()), 3, 2026))
                .as("the same iD is the same person, no co-author").isNull();
    }

    @Test
    void anOrcidThatCannotBeReachedIsSaidPlainly() {
        int port = server.getAddress().getPort();
        server.stop(0);
        assertThatThrownBy(() -> client.works("0000-0002-1825-0097"))
                .isInstanceOf(OrcidClient.OrcidException.class).hasMessage("ORCID cannot be reached at http://127.0.0.1:" + port + "/v3.0");
    }
}
