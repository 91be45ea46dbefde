package io.grantflow.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.grantflow.identity.UserDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's data as a ZIP: {@code account.json}, one JSON file per table holding rows about him or her, and the
 * documents he or she uploaded under {@code documents/}. Left out, and said so in the file's README: secrets (account
 * keys, signing tokens, password hashes), the reviews of his or her applications (a reviewer gets his or her own) (their authors' data; the comments
 * meant for the applicant come with the decision), and managers' audit trail.
 */
@Service
public class PersonalDataExport {

    /** Tables whose rows name the person in a column of their own. */
    private static final Map<String, String> BY_PERSON = linked(
            "application", "applicant_id",
            "application_draft", "applicant_id",
            "co_applicant", "applicant_id",
            "prize_nomination", "nominator_id",
            "reviewer_profile", "user_id",
            "review_assignment", "reviewer_id",
            "assignment_preference", "reviewer_id",
            "reviewer_conflict", "reviewer_id",
            "notification", "recipient_id");
    /** Tables of a reviewer's own reviews, by the review assignment they belong to. */
    private static final List<String> BY_ASSIGNMENT = List.of("review", "review_score");
    /** Parts of column names never given out: credentials. */
    private static final List<String> SECRETS = List.of("token", "password", "hash", "secret");
    /** File contents, written as files instead. */
    private static final String CONTENT = "content";

    private final JdbcClient jdbc;
    private final IdentityService identity;
    private final UserDirectory users;
    private final ObjectMapper json;

    PersonalDataExport(JdbcClient jdbc, IdentityService identity, UserDirectory users, ObjectMapper json) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.users = users;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Transactional(readOnly = true)
    public byte[] zipOf(String userId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "README.txt", readme().getBytes(StandardCharsets.UTF_8));
            put(zip, "account.json", json.writeValueAsBytes(account(userId)));
            BY_PERSON.forEach((table, column) -> rows(zip, table,
                    jdbc.sql("SELECT * FROM " + table + " WHERE " + column + " = ?").param(userId).query().listOfRows()));
            List<String> applications = jdbc.sql("SELECT id FROM application WHERE applicant_id = ?").param(userId)
                    .query(String.class).list();
            for (String table : ApplicationRecords.BY_APPLICATION) {
                rows(zip, table, applications.isEmpty() ? List.of() : jdbc.sql("SELECT * FROM " + table
                        + " WHERE application_id IN (:ids)").param("ids", applications).query().listOfRows());
            }
            for (String table : BY_ASSIGNMENT) {
                rows(zip, table, jdbc.sql("SELECT t.* FROM " + table + " t JOIN review_assignment a ON a.id = t.assignment_id"
                        + " WHERE a.reviewer_id = ?").param(userId).query().listOfRows());
            }
            documents(zip, userId, applications);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Map<String, Object> account(String userId) {
        var user = identity.createUserQuery().userId(userId).singleResult();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", userId);
        account.put("firstName", user == null ? null : user.getFirstName());
        account.put("lastName", user == null ? null : user.getLastName());
        account.put("email", user == null ? null : user.getEmail());
        account.put("language", users.languageOf(userId).getLanguage());
        account.put("groups", identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getName).toList());
        return account;
    }

    private void rows(ZipOutputStream zip, String table, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Map<String, Object>> given = rows.stream().map(PersonalDataExport::withoutWithheld).toList();
        try {
            put(zip, "tables/" + table + ".json", json.writeValueAsBytes(given));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void documents(ZipOutputStream zip, String userId, List<String> applications) throws IOException {
        for (String application : applications) {
            for (String table : ApplicationRecords.DOCUMENTS) {
                for (Map<String, Object> file : jdbc.sql("SELECT id, file_name, content FROM " + table + " WHERE application_id = ?")
                        .param(application).query().listOfRows()) {
                    put(zip, "documents/" + application + "/" + table + "-" + file.get("id") + "-" + safe(file.get("file_name")),
                            (byte[]) file.get("content"));
                }
            }
        }
        for (Map<String, Object> file : jdbc.sql("""
                SELECT d.id, d.nomination_id, d.file_name, d.content FROM prize_document d
                JOIN prize_nomination n ON n.id = d.nomination_id WHERE n.nominator_id = ?""").param(userId).query().listOfRows()) {
            put(zip, "documents/nomination-" + file.get("nomination_id") + "/" + file.get("id") + "-" + safe(file.get("file_name")),
                    (byte[]) file.get("content"));
        }
    }

    private static Map<String, Object> withoutWithheld(Map<String, Object> row) {
        Map<String, Object> given = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            String name = column.toLowerCase(Locale.ROOT);
            if (!name.equals(CONTENT) && SECRETS.stream().noneMatch(name::contains)) {
                given.put(name, value);
            }
        });
        return given;
    }

    /** A stored file name as a ZIP entry's last part: no folders, nothing a file system would refuse. */
    private static String safe(Object fileName) {
        String name = fileName == null ? "document" : fileName.toString();
        return name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content == null ? new byte[0] : content);
        zip.closeEntry();
    }

    private static String readme() {
        return """
                Everything Grantflow holds about you, as the funder's portal gave it.
                account.json: your account. tables/: one file per table of rows about you or your applications.
                documents/: the files you uploaded (proposals, reports, letters).
                Not included: credentials (password hashes, signing links, account keys), the reviews of your
                applications (the comments meant for you come with the decision), and the managers' audit trail.
                """;
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
