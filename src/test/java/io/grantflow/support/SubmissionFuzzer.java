package io.grantflow.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Generates malformed submissions to {@code POST /api/calls/{callId}/applications}. Each case changes a valid
 * submission in one way that makes it wrong, so the server must refuse every one. A case depends only on the
 * Random it is given, so a seed reproduces a run.
 */
public final class SubmissionFuzzer {

    /** One request: what kind of fault, a short description for the report, and the bytes to send. */
    public record Case(String kind, String description, String path, String contentType, List<String> headers, byte[] body) {
    }

    private record Part(byte[] headers, byte[] content) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TEXT_FIELDS = {"title", "abstractText", "unitCode"};
    private static final String[] REQUIRED_FIELDS = {"title", "abstractText", "keywords", "budgetEur", "durationMonths", "phdDate", "unitCode", "partners"};
    private static final byte[][] INVALID_UTF8 = {
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    private static final String[] PATH_NAMES = {"../../etc/passwd", "..\\..\\windows\\system32\\config", "C:\\", "C:\\Users\\x\\proposal.pdf",
            "/etc/passwd", "proposal.pdf\u0000.exe", "\u0000", "..", ".", "", "....//....//x.pdf", "%2e%2e%2fetc%2fpasswd",
            "\u202Efdp.exe", "con.pdf", "a/b/c/../../../../d.pdf", "~/.ssh/id_rsa", "\\\\server\\share\\p.pdf", "p\r\nX-Injected: 1.pdf"};
    private static final String[] ODD_CALL_IDS = {"no-such-call", "%2e%2e", "..", "%3Bx", ";x=1", "%25", "%5C", "caf%C3%A9", "%FF%FE",
            "%20", "null", "0", "-1", "..%3B", "a.b", "%E2%80%AE"};

    private final String callId;
    private final String authorization;
    private final byte[] validPdf;

    public SubmissionFuzzer(String callId, String user, String password, byte[] validPdf) {
        this.callId = callId;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.validPdf = validPdf;
    }

    public String authorization() {
        return authorization;
    }

    /** The unchanged submission, which the server accepts: the base every case departs from. */
    public Case valid(String call) {
        return multipart("VALID", "valid submission", call, List.of(applicationPart(baseJson()), proposalPart(validPdf, "proposal.pdf")));
    }

    public Case next(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> wrongType(r);
            case 1 -> missingField(r);
            case 2 -> hugeString(r);
            case 3 -> brokenJson(r);
            case 4 -> trailingTokens(r);
            case 5 -> invalidUtf8(r);
            case 6 -> controlCharacters(r);
            case 7 -> disguisedPdf(r);
            case 8 -> pathInFileName(r);
            case 9 -> brokenMultipart(r);
            case 10 -> unknownCall(r);
            default -> wrongContentType(r);
        };
    }

    // ---- the JSON part ----

    private Case wrongType(Random r) {
        Map<String, Object> app = base();
        String field = pick(r, "title", "abstractText", "unitCode", "keywords", "budgetEur", "durationMonths", "phdDate", "partners", "excludedReviewers");
        Object value = switch (field) {
            case "keywords" -> pick(r, "graphene", 42, Map.of("k", 1), List.of(List.of(1)), List.of(Map.of()));
            case "budgetEur" -> pick(r, "lots", "NaN", Map.of(), List.of(), List.of(1), "12 EUR");
            case "durationMonths" -> pick(r, "twelve", 1e40, 99999999999L, Map.of(), List.of());
            case "phdDate" -> pick(r, "yesterday", "2021-13-45", "30/06/2021", List.of(2021), Map.of());
            case "partners" -> pick(r, "x", Map.of(), List.of(1), List.of(List.of()), List.of("MIT"));
            case "excludedReviewers" -> pick(r, "x", Map.of("a", 1), List.of(Map.of()));
            default -> pick(r, Map.of(), List.of(), List.of(1, 2), Map.of("a", 1));
        };
        app.put(field, value);
        return withJson("WRONG_TYPE", field + " = " + value, json(app));
    }

    private Case missingField(Random r) {
        Map<String, Object> app = base();
        String field = pick(r, REQUIRED_FIELDS);
        if (r.nextBoolean()) {
            app.remove(field);
            return withJson("MISSING_FIELD", "no " + field, json(app));
        }
        app.put(field, null);
        return withJson("MISSING_FIELD", field + " = null", json(app));
    }

    private Case hugeString(Random r) {
        Map<String, Object> app = base();
        int length = r.nextInt(10) == 0 ? 200_000 + r.nextInt(800_000) : 3_001 + r.nextInt(20_000);
        String huge = randomText(r, length);
        String where = pick(r, "title", "abstractText", "unitCode", "keyword", "institution", "leadName", "exclusion");
        switch (where) {
            case "keyword" -> app.put("keywords", List.of("graphene", "photonics", huge));
            case "institution" -> app.put("partners", List.of(Map.of("institution", huge, "country", "JP", "leadName", "Ken Sato")));
            case "leadName" -> app.put("partners", List.of(Map.of("institution", "MIT", "country", "US", "leadName", huge)));
            case "exclusion" -> app.put("excludedReviewers", List.of(huge));
            default -> app.put(where, huge);
        }
        return withJson("HUGE_STRING", where + " of " + length + " chars", json(app));
    }

    private Case brokenJson(Random r) {
        String json = json(base());
        String broken = switch (r.nextInt(12)) {
            case 0 -> json.substring(0, r.nextInt(json.length() - 1));
            case 1 -> json.replaceFirst(":", "=");
            case 2 -> json.replace("\"title\"", "title");
            case 3 -> json.replace('"', '\'');
            case 4 -> json.substring(0, json.length() - 1) + ",}";
            case 5 -> json.replace("9500", "NaN");
            case 6 -> "/* x */" + json;
            case 7 -> pick(r, "", " ", "null", "[]", "\"text\"", "42", "true", "{", "}", "[{}]");
            case 8 -> json.replace("[", "{");
            case 9 -> json.replace("\"graphene\",", "\"graphene\" ");
            case 10 -> "{" + json;
            default -> json.replace("\"budgetEur\":9500", "\"budgetEur\":95 00");
        };
        return withJson("BROKEN_JSON", abbreviate(broken), broken);
    }

    private Case trailingTokens(Random r) {
        String trailer = pick(r, " x", "}", "{}", " 42", "]", " null", ",", "{\"title\":\"second\"}", " \"junk\"", " true");
        return withJson("TRAILING_TOKENS", "valid JSON then '" + trailer + "'", json(base()) + trailer);
    }

    private Case invalidUtf8(Random r) {
        byte[] bad = INVALID_UTF8[r.nextInt(INVALID_UTF8.length)];
        String field = pick(r, "title", "abstractText", "unitCode");
        byte[] json = json(base()).getBytes(StandardCharsets.UTF_8);
        byte[] marker = ("\"" + field + "\":\"").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(json, marker) + marker.length + r.nextInt(3);
        byte[] body = concat(Arrays.copyOf(json, at), bad, Arrays.copyOfRange(json, at, json.length));
        return multipart("INVALID_UTF8", field + " with " + hex(bad), callId, List.of(jsonPart(body), proposalPart(validPdf, "proposal.pdf")));
    }

    private Case controlCharacters(Random r) {
        Map<String, Object> app = base();
        boolean surrogate = r.nextInt(5) == 0;
        String bad = surrogate ? String.valueOf((char) (0xD800 + r.nextInt(0x800))) : String.valueOf(controlCharacter(r));
        String where = pick(r, "title", "abstractText", "unitCode", "keyword", "institution", "leadName", "email", "exclusion");
        String value = "Graphene" + bad + "photonics";
        switch (where) {
            case "keyword" -> app.put("keywords", List.of("graphene", "photonics", value));
            case "institution" -> app.put("partners", List.of(Map.of("institution", value, "country", "JP", "leadName", "Ken Sato")));
            case "leadName" -> app.put("partners", List.of(Map.of("institution", "MIT", "country", "US", "leadName", value)));
            case "email" -> app.put("partners", List.of(Map.of("institution", "MIT", "country", "US", "leadName", "Jo", "email", "jo" + bad + "@mit.example")));
            case "exclusion" -> app.put("excludedReviewers", List.of(value));
            default -> app.put(where, value);
        }
        // Jackson writes a lone surrogate raw, which UTF-8 cannot carry: send its \\u escape instead.
        String json = surrogate ? json(app).replace(bad, String.format("\\u%04x", (int) bad.charAt(0))) : json(app);
        String description = where + " with U+" + String.format("%04X", (int) bad.charAt(0));
        if (!surrogate && r.nextBoolean()) {
            // The raw character rather than its \\u escape: JSON forbids it unescaped.
            json = json.replace(String.format("\\u%04x", (int) bad.charAt(0)), bad).replace(String.format("\\u%04X", (int) bad.charAt(0)), bad);
            description += " raw";
        }
        return withJson("CONTROL_CHARACTER", description, json);
    }

    /** C0 controls other than tab, LF and CR, DEL, C1 controls; tab and newlines only where a single line is expected. */
    private static char controlCharacter(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> (char) (int) pick(r, 0, 1, 7, 8, 11, 12, 27, 31);
            case 1 -> (char) 0x7F;
            default -> (char) (0x80 + r.nextInt(0x20));
        };
    }

    // ---- the file part ----

    private Case disguisedPdf(Random r) {
        byte[] file;
        String description;
        switch (r.nextInt(8)) {
            case 0 -> {
                file = concat("%PDF-1.".getBytes(StandardCharsets.US_ASCII), randomBytes(r, r.nextInt(4000)));
                description = "PDF header and junk";
            }
            case 1 -> {
                int end = lastIndexOf(validPdf, "%%EOF".getBytes(StandardCharsets.US_ASCII));
                int cut = 1 + r.nextInt(end - 1);
                file = Arrays.copyOf(validPdf, cut);
                description = "PDF truncated at " + cut + " of " + validPdf.length;
            }
            case 2 -> {
                file = pick(r, png(), jpeg(), zip(), gif(), "<html><body>proposal</body></html>".getBytes(StandardCharsets.UTF_8),
                        "Just a plain text proposal".getBytes(StandardCharsets.UTF_8), new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
                description = "another format named .pdf (" + hex(Arrays.copyOf(file, 4)) + ")";
            }
            case 3 -> {
                file = new byte[0];
                description = "empty file";
            }
            case 4 -> {
                file = concat(randomBytes(r, 1 + r.nextInt(200)), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
                description = "junk then a PDF signature";
            }
            case 5 -> {
                file = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                        + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
                description = "a PDF without pages";
            }
            case 6 -> {
                file = concat(Arrays.copyOf(validPdf, validPdf.length / 2), randomBytes(r, 100 + r.nextInt(2000)));
                description = "first half of a PDF, then junk";
            }
            default -> {
                file = new byte[10 * 1024 * 1024 + 1 + r.nextInt(1024)];
                System.arraycopy(validPdf, 0, file, 0, validPdf.length);
                Arrays.fill(file, validPdf.length, file.length, (byte) ' ');
                description = "a PDF over the 10 MB limit";
            }
        }
        if (description.contains("10 MB") && r.nextInt(20) != 0) {
            // Keep the large uploads rare, so the run stays short.
            return disguisedPdf(r);
        }
        return multipart("DISGUISED_PDF", description, callId, List.of(applicationPart(baseJson()), proposalPart(file, pick(r, "proposal.pdf", "cv.PDF", "x"))));
    }

    private Case pathInFileName(Random r) {
        String name = r.nextInt(10) == 0 ? "../".repeat(300) + "passwd" : pick(r, PATH_NAMES);
        byte[] file = pick(r, "%PDF-1.4 junk".getBytes(StandardCharsets.US_ASCII), png(), new byte[0]);
        List<Part> parts = List.of(applicationPart(baseJson()), proposalPart(file, name));
        return multipart("PATH_IN_FILE_NAME", "file name '" + abbreviate(name) + "' (content is no PDF)", callId, parts);
    }

    // ---- the multipart envelope ----

    private Case brokenMultipart(Random r) {
        Part app = applicationPart(baseJson());
        Part pdf = proposalPart(validPdf, "proposal.pdf");
        String boundary = "----fuzz" + Long.toHexString(r.nextLong());
        return switch (r.nextInt(14)) {
            case 0 -> raw("BROKEN_MULTIPART", "body boundary differs from the declared one",
                    "multipart/form-data; boundary=" + boundary, assemble("other" + boundary, List.of(app, pdf)));
            case 1 -> raw("BROKEN_MULTIPART", "no boundary parameter", "multipart/form-data", assemble(boundary, List.of(app, pdf)));
            case 2 -> {
                byte[] whole = assemble(boundary, List.of(app, pdf));
                // Cut before the closing "--boundary--": a body that lacks only the final "--" after a complete last
                // boundary holds every part whole, and Tomcat's parser takes it as the complete request it is.
                int closing = ("--" + boundary + "--\r\n").length();
                int cut = whole.length - closing - 1 - r.nextInt(whole.length / 2);
                yield raw("BROKEN_MULTIPART", "body cut at " + cut + " of " + whole.length, "multipart/form-data; boundary=" + boundary, Arrays.copyOf(whole, cut));
            }
            case 3 -> multipart("BROKEN_MULTIPART", "no application part", callId, List.of(pdf));
            case 4 -> multipart("BROKEN_MULTIPART", "no proposal part", callId, List.of(app));
            case 5 -> multipart("BROKEN_MULTIPART", "no parts", callId, List.of());
            case 6 -> {
                // Over the server's 8 KB limit for the headers of one part.
                int size = 8_500 + r.nextInt(r.nextInt(5) == 0 ? 200_000 : 8_000);
                Part junkHeader = new Part(concat(app.headers(), ("X-Junk: " + "j".repeat(size) + "\r\n").getBytes(StandardCharsets.US_ASCII)), app.content());
                yield multipart("BROKEN_MULTIPART", "part header of " + size + " bytes", callId, List.of(junkHeader, pdf));
            }
            case 7 -> multipart("BROKEN_MULTIPART", "application part without Content-Disposition", callId,
                    List.of(new Part(bytes("Content-Type: application/json\r\n"), app.content()), pdf));
            case 8 -> multipart("BROKEN_MULTIPART", "proposal part without a name", callId,
                    List.of(app, new Part(bytes("Content-Disposition: form-data; filename=\"p.pdf\"\r\nContent-Type: application/pdf\r\n"), validPdf)));
            case 9 -> raw("BROKEN_MULTIPART", "random bytes", "multipart/form-data; boundary=" + boundary, randomBytes(r, r.nextInt(5000)));
            case 10 -> raw("BROKEN_MULTIPART", "LF instead of CRLF", "multipart/form-data; boundary=" + boundary,
                    new String(assemble(boundary, List.of(app, pdf)), StandardCharsets.ISO_8859_1).replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1));
            case 11 -> multipart("BROKEN_MULTIPART", "application part as text/plain", callId,
                    List.of(new Part(bytes("Content-Disposition: form-data; name=\"application\"\r\nContent-Type: text/plain\r\n"), app.content()), pdf));
            case 12 -> multipart("BROKEN_MULTIPART", "application part without Content-Type", callId,
                    List.of(new Part(bytes("Content-Disposition: form-data; name=\"application\"\r\n"), app.content()), pdf));
            default -> {
                List<Part> many = new ArrayList<>();
                for (int i = 0; i < 20 + r.nextInt(300); i++) {
                    many.add(new Part(bytes("Content-Disposition: form-data; name=\"extra" + i + "\"\r\n"), bytes("x")));
                }
                many.add(app);
                yield multipart("BROKEN_MULTIPART", many.size() + " parts, no proposal", callId, many);
            }
        };
    }

    private Case unknownCall(Random r) {
        String id = switch (r.nextInt(3)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> pick(r, ODD_CALL_IDS);
            default -> "x".repeat(1 + r.nextInt(2000));
        };
        return multipart("UNKNOWN_CALL", "call id '" + abbreviate(id) + "'", id, List.of(applicationPart(baseJson()), proposalPart(validPdf, "proposal.pdf")));
    }

    private Case wrongContentType(Random r) {
        String json = json(base());
        return switch (r.nextInt(6)) {
            case 0 -> raw("WRONG_CONTENT_TYPE", "application/json body", "application/json", bytes(json));
            case 1 -> raw("WRONG_CONTENT_TYPE", "text/plain body", "text/plain", bytes(json));
            case 2 -> raw("WRONG_CONTENT_TYPE", "form-urlencoded body", "application/x-www-form-urlencoded", bytes("application=" + json));
            case 3 -> raw("WRONG_CONTENT_TYPE", "application/pdf body", "application/pdf", validPdf);
            case 4 -> raw("WRONG_CONTENT_TYPE", "no Content-Type", null, bytes(json));
            default -> {
                Case c = valid(callId);
                yield new Case("WRONG_CONTENT_TYPE", "multipart/mixed", c.path(), c.contentType().replace("form-data", "mixed"), c.headers(), c.body());
            }
        };
    }

    // ---- building requests ----

    private Case withJson(String kind, String description, String json) {
        return multipart(kind, description, callId, List.of(applicationPart(json), proposalPart(validPdf, "proposal.pdf")));
    }

    private Case multipart(String kind, String description, String call, List<Part> parts) {
        String boundary = "----fuzz" + Integer.toHexString(Arrays.hashCode(bytes(description)));
        return new Case(kind, description, path(call), "multipart/form-data; boundary=" + boundary, List.of(), assemble(boundary, parts));
    }

    private Case raw(String kind, String description, String contentType, byte[] body) {
        return new Case(kind, description, path(callId), contentType, List.of(), body);
    }

    /** The request line and headers, without Content-Length, which the client adds. */
    public String head(Case c, int port) {
        StringBuilder head = new StringBuilder("POST " + c.path() + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: " + authorization + "\r\n");
        if (c.contentType() != null) {
            head.append("Content-Type: ").append(c.contentType()).append("\r\n");
        }
        c.headers().forEach(h -> head.append(h).append("\r\n"));
        return head.toString();
    }

    private static String path(String call) {
        return "/api/calls/" + call + "/applications";
    }

    private static Part applicationPart(String json) {
        return jsonPart(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Part jsonPart(byte[] json) {
        return new Part(bytes("Content-Disposition: form-data; name=\"application\"\r\nContent-Type: application/json\r\n"), json);
    }

    private static Part proposalPart(byte[] content, String fileName) {
        // File names go out as raw UTF-8, the way browsers send them; NUL and CR LF stay as they are.
        byte[] headers = concat(bytes("Content-Disposition: form-data; name=\"proposal\"; filename=\""),
                fileName.replace("\"", "%22").getBytes(StandardCharsets.UTF_8),
                bytes("\"\r\nContent-Type: application/pdf\r\n"));
        return new Part(headers, content);
    }

    private static byte[] assemble(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.writeBytes(bytes("--" + boundary + "\r\n"));
            out.writeBytes(part.headers());
            out.writeBytes(bytes("\r\n"));
            out.writeBytes(part.content());
            out.writeBytes(bytes("\r\n"));
        }
        out.writeBytes(bytes("--" + boundary + "--\r\n"));
        return out.toByteArray();
    }

    // ---- the valid submission and small helpers ----

    private static Map<String, Object> base() {
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("title", "Graphene photonics for quantum links");
        app.put("abstractText", "We will build quantum links with graphene photonic circuits.");
        app.put("keywords", List.of("graphene", "photonics", "quantum"));
        app.put("budgetEur", 9500);
        app.put("durationMonths", 12);
        app.put("phdDate", "2021-06-30");
        app.put("unitCode", "UMR1001");
        app.put("partners", List.of(Map.of("institution", "University of Tokyo", "country", "JP", "leadName", "Ken Sato",
                "email", "ken.sato@u-tokyo.example")));
        return app;
    }

    private static String baseJson() {
        return json(base());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomText(Random r, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éèàçœ中文字😀";
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, r.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    private static byte[] jpeg() {
        return new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    private static byte[] zip() {
        return concat(new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0}, bytes("proposal%PDF-1.4.docx"));
    }

    private static byte[] gif() {
        return bytes("GIF89a\u0001\u0000\u0001\u0000");
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... arrays) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] a : arrays) {
            out.writeBytes(a);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("pattern not found");
    }

    private static int lastIndexOf(byte[] data, byte[] pattern) {
        for (int i = data.length - pattern.length; i >= 0; i--) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("pattern not found");
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02X ", x));
        }
        return s.toString().trim();
    }

    static String abbreviate(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "...(" + s.length() + ")" : printable;
    }
}
